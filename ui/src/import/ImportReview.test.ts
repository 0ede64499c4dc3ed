// The import review sheet: rows as previewed, proposals flagged, dates required,
// skipped rows with their reason, the edits sent to the import, Escape and Cancel.
import { afterEach, describe, expect, test, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import ImportReview from "./ImportReview.svelte";
import type { FilePreview, ImportPreview, ImportProgress, ImportReport, ReviewedFile } from "../lib/api";
import type { Lang } from "../lib/i18n";
import { isDay, reviewed, rowOf } from "./review";

let sheet: ReturnType<typeof mount> | null = null;

afterEach(() => {
  if (sheet) unmount(sheet);
  sheet = null;
  document.body.innerHTML = "";
});

const file = (name: string, more: Partial<FilePreview> = {}): FilePreview => ({
  path: `/articles/${name}`,
  file_name: name,
  title: `Titre ${name}`,
  outlet: null,
  language: "fr",
  published: "2024-06-20",
  inferred_published: null,
  already_stored: false,
  problem: null,
  reason: null,
  ...more,
});

function open(preview: ImportPreview, lang: Lang = "fr") {
  const onimport = vi.fn(async (_files: ReviewedFile[], _manifests: string[], _onprogress: (p: ImportProgress) => void): Promise<ImportReport | null> => null);
  const oncancel = vi.fn();
  sheet = mount(ImportReview, { target: document.body, props: { preview, lang, onimport, oncancel } });
  flushSync();
  return { onimport, oncancel };
}

const q = <T extends Element = HTMLElement>(css: string) => document.querySelector<T & HTMLElement>(css);
const all = (css: string) => [...document.querySelectorAll<HTMLElement>(css)];
const runButton = () => q<HTMLButtonElement>('[data-testid="review-import"]')! as HTMLButtonElement;

function type(el: HTMLInputElement | HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
  flushSync();
}

describe("the import review sheet", () => {
  test("one row per file; a date found is kept, a proposal is flagged as such", async () => {
    const { onimport } = open({
      files: [file("monde.html", { outlet: "Le Monde" }), file("sans-date.txt", { published: null, inferred_published: "2024-06-19", language: "en" })],
      manifests: [],
    });
    expect(all('[data-testid="review-row"]').map((r) => r.querySelector("th")!.textContent)).toEqual(["monde.html", "sans-date.txt"]);
    const dates = all('[data-testid="review-published"]') as HTMLInputElement[];
    expect(dates.map((d) => d.value)).toEqual(["2024-06-20", "2024-06-19"]);
    expect(dates.map((d) => d.classList.contains("flagged"))).toEqual([false, true]);
    expect(all('[data-testid="review-proposed"]').length).toBe(1);
    expect(q('[data-testid="review-proposed"]')!.textContent).toBe("proposée");
    expect((all('[data-testid="review-language"]') as HTMLSelectElement[]).map((s) => s.value)).toEqual(["fr", "en"]);
    expect(runButton().textContent).toBe("Importer (2 fichiers)");
    expect(runButton().disabled).toBe(false);
    runButton().click();
    await Promise.resolve();
    expect(onimport).toHaveBeenCalledWith(
      [
        { path: "/articles/monde.html", title: "Titre monde.html", outlet: "Le Monde", language: "fr", published: "2024-06-20" },
        { path: "/articles/sans-date.txt", title: "Titre sans-date.txt", outlet: null, language: "en", published: "2024-06-19" },
      ],
      [],
      expect.any(Function),
    );
  });

  test("the user's title, outlet, language and date are what is imported", async () => {
    const { onimport } = open({ files: [file("a.txt", { language: "en" })], manifests: ["/articles/manifest.json"] });
    type(q<HTMLInputElement>('[data-testid="review-title"]')! as HTMLInputElement, "  Visite à Hanoï ");
    type(q<HTMLInputElement>('[data-testid="review-outlet"]')! as HTMLInputElement, "Le Devoir");
    type(q<HTMLSelectElement>('[data-testid="review-language"]')! as HTMLSelectElement, "fr");
    type(q<HTMLInputElement>('[data-testid="review-published"]')! as HTMLInputElement, "2024-06-21");
    expect(q('[data-testid="review-manifests"]')!.textContent).toBe("1 manifeste, importé avec ses propres métadonnées");
    expect(runButton().textContent).toBe("Importer (1 fichier)");
    runButton().click();
    await Promise.resolve();
    expect(onimport).toHaveBeenCalledWith([{ path: "/articles/a.txt", title: "Visite à Hanoï", outlet: "Le Devoir", language: "fr", published: "2024-06-21" }], ["/articles/manifest.json"], expect.any(Function));
  });

  test("a file with no date and nothing to propose must get one before the import", () => {
    const { onimport } = open({ files: [file("a.txt", { published: null, inferred_published: null })], manifests: [] }, "en");
    const date = q<HTMLInputElement>('[data-testid="review-published"]')! as HTMLInputElement;
    expect(date.value).toBe("");
    // Always shown yyyy-mm-dd, whatever the system's date order.
    expect(date.type).toBe("text");
    expect(date.placeholder).toBe("yyyy-mm-dd");
    expect(date.classList.contains("flagged")).toBe(true);
    expect(q('[data-testid="review-no-date"]')!.textContent).toBe("No date found: enter it");
    expect(q('[data-testid="review-missing"]')!.textContent).toBe("1 article without a publication date: enter it to import.");
    expect(runButton().disabled).toBe(true);
    runButton().click();
    expect(onimport).not.toHaveBeenCalled();
    type(date, "2024-06-18");
    expect(q('[data-testid="review-missing"]')).toBeNull();
    expect(runButton().disabled).toBe(false);
  });

  test("files already stored or unreadable are listed with why, and skipped", async () => {
    const { onimport } = open(
      {
        files: [
          file("a.txt"),
          file("deja.txt", { already_stored: true }),
          file("vide.txt", { title: null, language: null, published: null, problem: "/articles/vide.txt: the file is empty", reason: { kind: "Ingest", problem: { reason: "Empty" } } }),
        ],
        manifests: [],
      },
      "en",
    );
    const skipped = all('[data-testid="review-skip"]').map((s) => s.textContent?.replace(/\s+/g, " ").trim());
    expect(skipped).toEqual(["Already in the workspace: skipped", "Unreadable: skipped the file is empty"]);
    expect(all('[data-testid="review-title"]').length).toBe(1);
    expect(runButton().textContent).toBe("Import (1 file)");
    runButton().click();
    await Promise.resolve();
    expect(onimport.mock.calls[0][0].map((f: ReviewedFile) => f.path)).toEqual(["/articles/a.txt"]);
  });

  test("Escape and Cancel close it without importing", () => {
    const { onimport, oncancel } = open({ files: [file("a.txt")], manifests: [] });
    // Focus starts in the sheet, on the first field.
    expect(document.activeElement).toBe(q('[data-testid="review-title"]'));
    document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(oncancel).toHaveBeenCalledTimes(1);
    q<HTMLButtonElement>('[data-testid="review-cancel"]')!.click();
    expect(oncancel).toHaveBeenCalledTimes(2);
    expect(onimport).not.toHaveBeenCalled();
  });

  test("a failed import is shown in the sheet, which stays open", async () => {
    const onimport = vi.fn(async () => {
      throw new Error("the workspace is busy");
    });
    sheet = mount(ImportReview, { target: document.body, props: { preview: { files: [file("a.txt")], manifests: [] }, lang: "fr", onimport, oncancel: () => {} } });
    flushSync();
    runButton().click();
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
    expect(q('[data-testid="review-error"]')!.textContent).toBe("the workspace is busy");
  });

  test("while importing it shows the progress and a Cancel button, then the summary with Close", async () => {
    let tell: (p: ImportProgress) => void = () => {};
    let finish: (r: ImportReport) => void = () => {};
    const onimport = vi.fn((_f: ReviewedFile[], _m: string[], onprogress: (p: ImportProgress) => void) => {
      tell = onprogress;
      return new Promise<ImportReport | null>((resolve) => (finish = resolve));
    });
    const oncancelimport = vi.fn(async () => true);
    const oncancel = vi.fn();
    const files = Array.from({ length: 4 }, (_, i) => file(`f${i}.txt`));
    sheet = mount(ImportReview, { target: document.body, props: { preview: { files, manifests: [] }, lang: "fr", onimport, oncancelimport, oncancel } });
    flushSync();
    runButton().click();
    flushSync();
    expect(q('[data-testid="review-row"]')).toBeNull();
    expect(q('[data-testid="progress-files"]')!.textContent).toBe("0 fichier sur 4");
    expect(q('[data-testid="progress-current"]')!.textContent!.trim()).toBe("Préparation…");
    tell({ done: 1, total: 4, events_found: 3, current: "f1.txt" });
    flushSync();
    expect(q('[data-testid="progress-files"]')!.textContent).toBe("1 fichier sur 4");
    expect(q('[data-testid="progress-events"]')!.textContent).toBe("3 événements trouvés");
    expect(q('[data-testid="progress-current"]')!.textContent!.trim()).toBe("En cours : f1.txt");
    expect(q(".fill")!.style.width).toBe("25%");
    expect(q('[role="progressbar"]')!.getAttribute("aria-valuenow")).toBe("1");
    // Escape and the backdrop do not close it while it runs.
    q('[data-testid="import-review"]')!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    q<HTMLElement>(".backdrop")!.click();
    expect(oncancel).not.toHaveBeenCalled();
    const cancel = q<HTMLButtonElement>('[data-testid="import-cancel"]')! as HTMLButtonElement;
    expect(cancel.textContent).toBe("Annuler l’import");
    cancel.click();
    flushSync();
    expect(oncancelimport).toHaveBeenCalledTimes(1);
    expect(cancel.disabled).toBe(true);
    expect(cancel.textContent).toBe("Annulation…");
    finish({
      imported: [{ id: 9, file_name: "f0.txt", title: null, outlet: null, language: "fr", published: "2024-06-20" }],
      duplicates: ["f1.txt"],
      failures: [{ file: "/articles/f2.txt", message: "/articles/f2.txt: the file is empty", reason: { kind: "Ingest", problem: { reason: "Empty" } } }],
      warnings: [{ file: "/articles/f0.txt", message: "/articles/f0.txt: 2 invalid UTF-8 sequences replaced by \u{fffd} (U+FFFD); the rest of the file is read as UTF-8", reason: { kind: "InvalidUtf8", replaced: 2 } }],
      events_added: 2,
      events_merged: 1,
      cancelled: ["/articles/f3.txt"],
    });
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
    expect(q("h2")!.textContent).toBe("Import annulé");
    expect(q('[data-testid="summary-imported"]')!.textContent).toBe("1 fichier importé, 3 événements trouvés");
    expect(q('[data-testid="summary-skipped"]')!.textContent).toBe("1 ignoré : déjà dans l’espace de travail");
    // The French window says why in French (the backend's sentence is English).
    expect(q('[data-testid="summary-failure"]')!.textContent).toBe("f2.txt — le fichier est vide");
    expect(q('[data-testid="summary-warning"]')!.textContent).toBe(
      "f0.txt — 2 séquences UTF-8 invalides remplacées par \u{fffd} (U+FFFD) ; le reste du fichier est lu en UTF-8",
    );
    expect(q('[data-testid="summary-cancelled"]')!.textContent).toBe("1 non importé : import annulé (rien n’est gardé du fichier en cours)");
    expect(document.activeElement).toBe(q('[data-testid="summary-close"]'));
    q<HTMLButtonElement>('[data-testid="summary-close"]')!.click();
    expect(oncancel).toHaveBeenCalledTimes(1);
  });

  test("the summary in English, an import not cancelled", async () => {
    const onimport = vi.fn(async (): Promise<ImportReport | null> => ({
      imported: [],
      duplicates: [],
      failures: [],
      warnings: [],
      events_added: 0,
      events_merged: 0,
      cancelled: [],
    }));
    sheet = mount(ImportReview, { target: document.body, props: { preview: { files: [file("a.txt")], manifests: [] }, lang: "en", onimport, oncancel: () => {} } });
    flushSync();
    runButton().click();
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
    expect(q("h2")!.textContent).toBe("Import finished");
    expect(q('[data-testid="summary-imported"]')!.textContent).toBe("0 files imported, 0 events found");
    expect(q('[data-testid="summary-cancelled"]')).toBeNull();
    expect(q('[data-testid="summary-close"]')!.textContent).toBe("Close");
  });

  test("fifty rows scroll inside the sheet, under a header that stays", () => {
    open({ files: Array.from({ length: 50 }, (_, i) => file(`article-${String(i).padStart(2, "0")}.txt`)), manifests: [] });
    const drawn = all('[data-testid="review-row"]').length;
    expect(drawn).toBeGreaterThan(10);
    expect(runButton().textContent).toBe("Importer (50 fichiers)");
    // The rows are in their own scrolling box; the buttons are outside it.
    const box = q(".rows")!;
    expect(box.contains(runButton())).toBe(false);
    expect(box.querySelectorAll("tr[data-testid='review-row']").length).toBe(drawn);
  });

  test("of a thousand rows only those in view are drawn; scrolled, the others are, and every row is imported with its edits", async () => {
    const { onimport } = open({ files: Array.from({ length: 1000 }, (_, i) => file(`article-${String(i).padStart(4, "0")}.txt`)), manifests: [] });
    const names = () => all('[data-testid="review-row"]').map((r) => r.querySelector("th")!.textContent);
    expect(names().length).toBeLessThan(60);
    expect(names()[0]).toBe("article-0000.txt");
    expect(q('[data-testid="review-table"]')!.getAttribute("aria-rowcount")).toBe("1001");
    expect(runButton().textContent).toBe("Importer (1000 fichiers)");
    // Scrolled to row 600 (jsdom lays nothing out: the scroll position is given, rows are of their estimated height).
    const box = q(".rows")!;
    Object.defineProperty(box, "scrollTop", { value: 600 * 41, configurable: true });
    box.dispatchEvent(new Event("scroll"));
    flushSync();
    expect(names()).toContain("article-0600.txt");
    expect(names()).not.toContain("article-0000.txt");
    const row = all('[data-testid="review-row"]').find((r) => r.dataset.path === "/articles/article-0600.txt")!;
    // A field focused in a row scrolled out: the focus stays in the sheet, on its rows' box.
    row.querySelector<HTMLInputElement>('[data-testid="review-title"]')!.focus();
    Object.defineProperty(box, "scrollTop", { value: 0, configurable: true });
    box.dispatchEvent(new Event("scroll"));
    flushSync();
    expect(names()).not.toContain("article-0600.txt");
    expect(document.activeElement).toBe(box);
    Object.defineProperty(box, "scrollTop", { value: 600 * 41, configurable: true });
    box.dispatchEvent(new Event("scroll"));
    flushSync();
    expect(row.getAttribute("aria-rowindex")).toBe("602");
    type(all('[data-testid="review-row"]').find((r) => r.dataset.path === "/articles/article-0600.txt")!.querySelector<HTMLInputElement>('[data-testid="review-title"]')!, "Titre corrigé");
    runButton().click();
    await Promise.resolve();
    const sent = onimport.mock.calls[0][0];
    expect(sent.length).toBe(1000);
    expect(sent[600].title).toBe("Titre corrigé");
    expect(sent[0].title).toBe("Titre article-0000.txt");
  });
});

describe("review rows", () => {
  test("dates are yyyy-mm-dd days that exist", () => {
    expect(isDay("2024-02-29")).toBe(true);
    expect(isDay("2023-02-29")).toBe(false);
    expect(isDay("20/06/2024")).toBe(false);
    expect(isDay("")).toBe(false);
  });

  test("blank title and outlet are left to the file", () => {
    const row = rowOf(file("a.txt", { title: "T", outlet: "O" }));
    expect(reviewed([{ ...row, title: "  ", outlet: "" }])).toEqual([{ path: "/articles/a.txt", title: null, outlet: null, language: "fr", published: "2024-06-20" }]);
  });
});
