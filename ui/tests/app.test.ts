// The window with its IPC mocked: what the user sees after start, after a
// click on an event, after an import and after an error.
import { afterEach, describe, expect, test } from "vitest";
import { Channel } from "@tauri-apps/api/core";
import App from "../src/App.svelte";
import { cleanUp, hanoiAgreements, hanoiVisit, info, places, recordIPC, settle, show, summaries } from "./fixtures";

afterEach(() => {
  localStorage.clear();
  cleanUp();
});

function start(handler: (cmd: string, args: Record<string, unknown>) => unknown) {
  const calls = recordIPC(handler);
  show(App, {});
  return calls;
}

function start_with_article(event: typeof hanoiVisit, text: string) {
  return start((cmd, args) => {
    if (cmd === "get_event") return event;
    if (cmd === "get_article")
      return { id: 1, file_name: "a.txt", title: "Vladimir Poutine s'engage", outlet: "La Presse", language: "fr", published: "2024-06-20", text, content_hash: "h" };
    return normal(cmd, args);
  });
}

const normal = (cmd: string, args: Record<string, unknown>) => {
  if (cmd === "list_events") return summaries;
  // A small workspace: the window lists all its events.
  if (cmd === "day_counts") return { total: summaries.length, lane_keys: [], lane_names_fr: [], day: [], types: [], lane: [], count: [], last_day: null };
  if (cmd === "workspace_info") return info;
  if (cmd === "list_places") return places;
  if (cmd === "list_articles") return [];
  if (cmd === "list_article_mentions") return [];
  if (cmd === "history") return [];
  if (cmd === "get_event" && args.id === 2) return hanoiVisit;
  if (cmd === "get_event") throw { kind: "NotFound", message: `event ${args.id} does not exist` };
  return null;
};

describe("the window", () => {
  test("lists every event of the workspace with its date and place", async () => {
    const calls = start(normal);
    await settle();
    const items = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="event-item"]')];
    expect(items.map((i) => i.dataset.eventId)).toEqual(["1", "2", "3", "4"]);
    expect(items[1].getAttribute("aria-label")).toBe("Visite : Vladimir Putin — Hanoi, 20 juin 2024 — Hanoi");
    expect(items[3].getAttribute("aria-label")).toContain("septembre 2023");
    expect(document.querySelector('[data-testid="workspace-counts"]')?.textContent?.trim()).toBe("5 articles · 4 événements");
    expect(calls.find((c) => c.cmd === "list_events")?.args).toEqual({ filter: { from: null, to: null, types: [], query: null, actors: [], countries: [], places: [], articles: [], min_confidence: null } });
    // The legend names every type and doubles as a filter.
    expect([...document.querySelectorAll('[data-testid="type-filter"]')].map((b) => b.textContent)).toEqual([
      "Visite", "Rencontre", "Accord", "Sanctions", "Déclaration", "Militaire", "Élection", "Autre",
    ]);
  });

  test("a small workspace's events come with its first counts, in one round of commands", async () => {
    const calls = start((cmd, args) => (cmd === "list_events_up_to" ? summaries : normal(cmd, args)));
    await settle();
    expect(document.querySelectorAll('[data-testid="event-item"]')).toHaveLength(4);
    expect(calls.find((c) => c.cmd === "list_events_up_to")?.args).toMatchObject({ max: 2000 });
    expect(calls.filter((c) => c.cmd === "list_events")).toHaveLength(0);
  });

  test("clicking an event shows its date, places and every source quote", async () => {
    const calls = start(normal);
    await settle();
    document.querySelector<HTMLButtonElement>('[data-event-id="2"]')!.click();
    await settle();
    expect(calls.some((c) => c.cmd === "get_event" && c.args.id === 2)).toBe(true);
    const panel = document.querySelector('[data-testid="event-panel"]')!;
    expect(panel.querySelector("h2")?.textContent).toBe("Visite : Vladimir Putin — Hanoi");
    expect(panel.querySelector('[data-testid="event-date"]')?.textContent).toBe("20 juin 2024");
    expect(panel.textContent).toContain("Hanoï (VN)");
    // People first, in French.
    expect(panel.textContent).toContain("Vladimir Poutine, Viêt Nam");
    const quotes = [...panel.querySelectorAll('[data-testid="source-quote"]')];
    expect(quotes.map((q) => q.textContent)).toEqual([hanoiVisit.sources[0].quote, hanoiVisit.sources[1].quote]);
    expect(quotes[0].querySelector("mark")?.textContent).toBe("dans la nuit de mercredi à jeudi");
    expect(panel.textContent).toContain("La Presse (AFP wire)");
    expect(panel.textContent).toContain("Source inconnue");
  });

  test("an event is corrected in the panel: only what changed is sent, and it is marked corrected", async () => {
    let current = { ...hanoiVisit, edited: [] as string[] };
    const calls = start((cmd, args) => {
      if (cmd === "get_event" && args.id === 2) return current;
      if (cmd === "update_event") {
        const edit = args.edit as { title: string | null };
        current = { ...current, title: edit.title ?? current.title, edited: ["title"] };
        return current;
      }
      return normal(cmd, args);
    });
    await settle();
    document.querySelector<HTMLButtonElement>('[data-event-id="2"]')!.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="edit-event"]')!.click();
    await settle();
    const title = document.querySelector<HTMLInputElement>('[data-testid="edit-title"]')!;
    expect(title.value).toBe("Visite : Vladimir Putin — Hanoi");
    title.value = "Arrivée de Poutine à Hanoï";
    title.dispatchEvent(new Event("input"));
    // A reversed period is refused in the form, before anything is sent.
    const end = document.querySelector<HTMLInputElement>('[data-testid="edit-end"]')!;
    end.value = "2024-06-01";
    end.dispatchEvent(new Event("input"));
    document.querySelector<HTMLFormElement>('[data-testid="edit-form"]')!.requestSubmit();
    await settle();
    expect(document.querySelector('[data-testid="edit-error"]')?.textContent).toContain("précède");
    expect(calls.some((c) => c.cmd === "update_event")).toBe(false);
    end.value = hanoiVisit.date.end;
    end.dispatchEvent(new Event("input"));
    document.querySelector<HTMLFormElement>('[data-testid="edit-form"]')!.requestSubmit();
    await settle();
    const update = calls.find((c) => c.cmd === "update_event")!;
    expect(update.args).toEqual({ id: 2, edit: { title: "Arrivée de Poutine à Hanoï", type: null, date: null, planned: null } });
    const panel = document.querySelector('[data-testid="event-panel"]')!;
    expect(panel.querySelector("h2")?.textContent).toBe("Arrivée de Poutine à Hanoï");
    expect(panel.querySelector('[data-testid="edited-badge"]')?.textContent).toBe("Corrigé");
    expect(document.querySelector('[data-testid="edit-form"]')).toBeNull();
  });

  test("deleting an event asks for confirmation, then clears the panel and reloads the timeline", async () => {
    const calls = start(normal);
    await settle();
    document.querySelector<HTMLButtonElement>('[data-event-id="2"]')!.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="delete-event"]')!.click();
    await settle();
    expect(calls.some((c) => c.cmd === "delete_event")).toBe(false);
    const before = calls.filter((c) => c.cmd === "list_events").length;
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-delete"]')!.click();
    await settle();
    expect(calls.find((c) => c.cmd === "delete_event")?.args).toEqual({ id: 2 });
    expect(calls.filter((c) => c.cmd === "list_events").length).toBe(before + 1);
    expect(document.querySelector('[data-testid="event-panel"] h2')).toBeNull();
  });

  test("where sources disagree, the panel says so and lists each claim", async () => {
    start((cmd, args) => (cmd === "get_event" && args.id === 3 ? hanoiAgreements : normal(cmd, args)));
    await settle();
    document.querySelector<HTMLButtonElement>('[data-event-id="3"]')!.click();
    await settle();
    const box = document.querySelector('[data-testid="disagreement"]');
    expect(box?.querySelector("p")?.textContent).toBe("Les sources ne donnent pas le même nombre :");
    expect([...box!.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "une dizaine de partenariats — La Presse (AFP wire)",
      "11 accords — Source inconnue",
    ]);
  });

  test("a source opens its article at the quote, highlighted", async () => {
    const text = "Titre\n\n(Hanoï) Un paragraphe. Vladimir Poutine est arrivé au Vietnam dans la nuit de mercredi à jeudi. La suite.";
    const quote = hanoiVisit.sources[0].quote;
    const start = new TextEncoder().encode(text.slice(0, text.indexOf(quote))).length;
    const end = start + new TextEncoder().encode(quote).length;
    const event = { ...hanoiVisit, sources: [{ ...hanoiVisit.sources[0], start, end }] };
    start_with_article(event, text);
    await settle();
    document.querySelector<HTMLButtonElement>('[data-event-id="2"]')!.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="read-article"]')!.click();
    await settle();
    const reader = document.querySelector('[data-testid="article-reader"]')!;
    expect(reader.querySelector('[data-testid="reader-quote"]')?.textContent).toBe(quote);
    expect(reader.textContent).toContain("(Hanoï) Un paragraphe.");
    expect(reader.querySelector("h2")?.textContent).toBe("Vladimir Poutine s'engage");
    reader.querySelector<HTMLButtonElement>(".close")!.click();
    await settle();
    expect(document.querySelector('[data-testid="article-reader"]')).toBeNull();
  });

  test("an error from Rust is shown in a banner that can be dismissed", async () => {
    start(normal);
    await settle();
    document.querySelector<HTMLButtonElement>('[data-event-id="3"]')!.click();
    await settle();
    const banner = document.querySelector('[data-testid="error-banner"]');
    expect(banner?.textContent).toContain("event 3 does not exist");
    banner!.querySelector("button")!.click();
    await settle();
    expect(document.querySelector('[data-testid="error-banner"]')).toBeNull();
  });

  test("importing opens the review sheet, imports the reviewed files, reports and reloads", async () => {
    let listed = 0;
    const calls = start((cmd, args) => {
      if (cmd === "list_events") listed++;
      if (cmd === "pick_import_files") return ["/x/a.html", "/x/c.pdf"];
      if (cmd === "preview_import")
        return {
          files: [
            { path: "/x/a.html", file_name: "a.html", title: "A", outlet: "Le Monde", language: "fr", published: "2024-06-21", inferred_published: null, already_stored: false, problem: null },
            { path: "/x/c.pdf", file_name: "c.pdf", title: null, outlet: null, language: null, published: null, inferred_published: null, already_stored: false, problem: "/x/c.pdf: unsupported file type .pdf", reason: { kind: "Ingest", problem: { reason: "UnsupportedType", extension: "pdf" } } },
          ],
          manifests: [],
        };
      if (cmd === "import_reviewed")
        return {
          imported: [{ id: 9, file_name: "a.html", title: "A", outlet: null, language: "fr", published: "2024-06-21" }],
          duplicates: ["b.txt"],
          failures: [{ file: "/x/c.pdf", message: "/x/c.pdf: the file is not text (it looks like a PDF document)", reason: { kind: "Ingest", problem: { reason: "NotText", looks_like: "a PDF document" } } }],
          warnings: [{ file: "/x/a.html", message: "/x/a.html: 1 invalid UTF-8 sequence replaced by � (U+FFFD); the rest of the file is read as UTF-8", reason: { kind: "InvalidUtf8", replaced: 1 } }],
          events_added: 3,
          events_merged: 1,
          cancelled: [],
        };
      return normal(cmd, args);
    });
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="import-button"]')!.click();
    await settle();
    expect(calls.find((c) => c.cmd === "preview_import")?.args).toEqual({ paths: ["/x/a.html", "/x/c.pdf"] });
    expect(calls.some((c) => c.cmd === "import_reviewed")).toBe(false);
    const sheet = document.querySelector('[data-testid="import-review"]')!;
    expect(sheet.querySelectorAll('[data-testid="review-row"]').length).toBe(2);
    sheet.querySelector<HTMLButtonElement>('[data-testid="review-import"]')!.click();
    await settle();
    expect(calls.find((c) => c.cmd === "import_reviewed")?.args).toEqual({
      files: [{ path: "/x/a.html", title: "A", outlet: "Le Monde", language: "fr", published: "2024-06-21" }],
      manifests: [],
      onProgress: expect.any(Channel),
    });
    // The sheet sums the import up until it is closed; the timeline has already reloaded behind it.
    expect(document.querySelector('[data-testid="summary-imported"]')?.textContent).toBe("1 fichier importé, 4 événements trouvés");
    expect(listed).toBe(2);
    document.querySelector<HTMLButtonElement>('[data-testid="summary-close"]')!.click();
    await settle();
    expect(document.querySelector('[data-testid="import-review"]')).toBeNull();
    const report = document.querySelector('[data-testid="import-report"]')!;
    expect(report.textContent).toContain("1 article importé : 3 nouveaux événements, 1 mention rattachée à des événements existants; 1 déjà présent; 1 échec; 1 avertissement");
    // Its rows in the window's language (the backend's sentences are English).
    expect(report.textContent).toContain("c.pdf : le fichier n’est pas du texte (il ressemble à : a PDF document) ; ce n’est pas un article");
    expect(report.querySelector("li.warning")?.textContent).toBe("a.html : 1 séquence UTF-8 invalide remplacée par � (U+FFFD) ; le reste du fichier est lu en UTF-8");
    expect(listed).toBe(2);
  });

  test("closing the file dialog or cancelling the sheet stores nothing", async () => {
    let picked: string[] = [];
    const calls = start((cmd, args) => {
      if (cmd === "pick_import_files") return picked;
      if (cmd === "preview_import")
        return { files: [{ path: "/x/a.txt", file_name: "a.txt", title: "A", outlet: null, language: "fr", published: null, inferred_published: "2024-06-19", already_stored: false, problem: null }], manifests: [] };
      return normal(cmd, args);
    });
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="import-button"]')!.click();
    await settle();
    expect(calls.some((c) => c.cmd === "preview_import")).toBe(false);
    expect(document.querySelector('[data-testid="import-review"]')).toBeNull();
    picked = ["/x/a.txt"];
    document.querySelector<HTMLButtonElement>('[data-testid="import-button"]')!.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="review-cancel"]')!.click();
    await settle();
    expect(document.querySelector('[data-testid="import-review"]')).toBeNull();
    expect(calls.some((c) => c.cmd === "import_reviewed")).toBe(false);
  });

  test("type chips and the search box narrow the events through list_events", async () => {
    const calls = start((cmd, args) => {
      if (cmd === "list_events") {
        const filter = args.filter as { types: string[]; query: string | null };
        return summaries.filter((e) => (filter.types.length === 0 || filter.types.includes(e.type)) && (!filter.query || e.title.includes(filter.query)));
      }
      return normal(cmd, args);
    });
    await settle();
    document.querySelector<HTMLButtonElement>('[data-type="agreement"]')!.click();
    await settle();
    expect(calls.filter((c) => c.cmd === "list_events").at(-1)?.args).toMatchObject({ filter: { from: null, to: null, types: ["agreement"], query: null } });
    // The active filter is a removable chip.
    expect([...document.querySelectorAll('[data-testid="filter-chip"]')].map((c) => c.textContent?.trim())).toEqual(["Type : Accord ×"]);
    expect([...document.querySelectorAll('[data-testid="event-item"]')].map((e) => (e as HTMLElement).dataset.eventId)).toEqual(["3"]);
    expect(document.querySelector('[data-type="agreement"]')?.getAttribute("aria-pressed")).toBe("true");
    // Clicking the chip again removes the filter.
    document.querySelector<HTMLButtonElement>('[data-type="agreement"]')!.click();
    await settle();
    expect(document.querySelectorAll('[data-testid="event-item"]')).toHaveLength(4);

    const box = document.querySelector<HTMLInputElement>('[data-testid="search"]')!;
    box.value = "Biden";
    box.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((r) => setTimeout(r, 300));
    await settle();
    expect(calls.filter((c) => c.cmd === "list_events").at(-1)?.args).toMatchObject({ filter: { from: null, to: null, types: [], query: "Biden" } });
    expect([...document.querySelectorAll('[data-testid="event-item"]')].map((e) => (e as HTMLElement).dataset.eventId)).toEqual(["4"]);

    box.value = "zzz";
    box.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((r) => setTimeout(r, 300));
    await settle();
    expect(document.querySelector('[data-testid="empty-timeline"]')?.textContent).toBe("Aucun événement ne correspond à ce filtre.");
  });

  test("map clicks, actors and chips filter the events, and the view survives a restart", async () => {
    const calls = start(normal);
    await settle();
    // The map follows the timeline's range once it stops moving; it is drawn after the timeline's first frame.
    await new Promise((r) => setTimeout(r, 200));
    for (let i = 0; i < 100 && !document.querySelector('[data-testid="map"] [data-place="Hanoi"]'); i++) await new Promise((r) => setTimeout(r, 20));
    await settle();
    // The map marks the places of the events in the visible range (June 2024, not Biden's
    // September 2023 visit) with their counts.
    const marker = document.querySelector<SVGGElement>('[data-testid="map"] [data-place="Hanoi"]')!;
    expect(marker.getAttribute("aria-label")).toContain("Hanoï : 2 événements");
    marker.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await settle();
    expect(calls.filter((c) => c.cmd === "list_events").at(-1)?.args).toMatchObject({ filter: { places: ["Hanoi"] } });
    // The countries are drawn a step at a time.
    for (let i = 0; i < 200 && !document.querySelector('[data-testid="map"] path.country[data-iso="KP"]'); i++) await new Promise((r) => setTimeout(r, 20));
    const country = document.querySelector<SVGPathElement>('[data-testid="map"] path.country[data-iso="KP"]')!;
    country.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await settle();
    expect(calls.filter((c) => c.cmd === "list_events").at(-1)?.args).toMatchObject({ filter: { places: ["Hanoi"], countries: ["KP"] } });
    const chips = [...document.querySelectorAll('[data-testid="filter-chip"]')];
    expect(chips.map((c) => c.querySelector("span")?.textContent)).toEqual(["Lieu : Hanoï", "Pays : Corée du Nord"]);
    // Removing a chip removes its filter.
    chips[0].querySelector("button")!.click();
    await settle();
    expect(calls.filter((c) => c.cmd === "list_events").at(-1)?.args).toMatchObject({ filter: { places: [], countries: ["KP"] } });
    // An actor in the panel filters to that actor.
    document.querySelector<HTMLButtonElement>('[data-event-id="2"]')!.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="actor-filter"]')!.click();
    await settle();
    expect(calls.filter((c) => c.cmd === "list_events").at(-1)?.args).toMatchObject({ filter: { actors: ["Vladimir Putin"] } });
    // Lanes and the theme are chosen, and everything is there again after a restart.
    const lanes = document.querySelector<HTMLSelectElement>('[data-testid="lanes"]')!;
    lanes.value = "actor";
    lanes.dispatchEvent(new Event("change", { bubbles: true }));
    document.querySelector<HTMLButtonElement>('[data-testid="theme-toggle"]')!.click();
    await settle();
    cleanUp();
    const again = start(normal);
    await settle();
    expect(again.find((c) => c.cmd === "list_events")?.args).toMatchObject({ filter: { countries: ["KP"], actors: ["Vladimir Putin"] } });
    expect(document.querySelector<HTMLSelectElement>('[data-testid="lanes"]')!.value).toBe("actor");
    expect(document.documentElement.dataset.theme).toBe(document.querySelector('[data-testid="theme-toggle"]')?.getAttribute("aria-pressed") === "true" ? "dark" : "light");
    expect(again.some((c) => c.cmd === "get_event" && c.args.id === 2)).toBe(true);
  });

  test("a view saved on another workspace is not applied to this one", async () => {
    const view = { lang: "fr", theme: "light", lanes: "none", filters: { countries: ["KP"] }, selected: 2, range: [0, 86_400_000], workspace: "/elsewhere.sqlite" };
    localStorage.setItem("geotimeline.view.v1", JSON.stringify(view));
    const calls = start(normal);
    await settle();
    expect(calls.filter((c) => c.cmd === "list_events").at(-1)?.args).toMatchObject({ filter: { countries: [] } });
    expect(calls.some((c) => c.cmd === "get_event")).toBe(false);
    expect(document.querySelectorAll('[data-testid="filter-chip"]').length).toBe(0);
    expect(JSON.parse(localStorage.getItem("geotimeline.view.v1")!).workspace).toBe(info.db_path);
    // The same view saved on this workspace is applied whole.
    cleanUp();
    localStorage.setItem("geotimeline.view.v1", JSON.stringify({ ...view, workspace: info.db_path }));
    const again = start(normal);
    await settle();
    expect(again.find((c) => c.cmd === "list_events")?.args).toMatchObject({ filter: { countries: ["KP"] } });
    expect(again.some((c) => c.cmd === "get_event" && c.args.id === 2)).toBe(true);
  });

  test("the language can be switched to English", async () => {
    start(normal);
    await settle();
    [...document.querySelectorAll<HTMLButtonElement>(".lang button")].find((b) => b.textContent === "EN")!.click();
    await settle();
    expect(document.querySelector('[data-testid="workspace-counts"]')?.textContent?.trim()).toBe("5 articles · 4 events");
    expect(document.querySelector('[data-event-id="2"]')?.getAttribute("aria-label")).toContain("20 June 2024");
    // The canvas timeline too (its axis and its counts are written in the window's language).
    const timeline = (window as unknown as { __geotimeline: { timeline: { options: { lang: string } } } }).__geotimeline.timeline;
    expect(timeline.options.lang).toBe("en");
  });

  test("Export sends the window's view and reports where the file went", async () => {
    const calls = start((cmd, args) => {
      if (cmd === "export_view") return { cancelled: false, path: "/home/ana/juin.pdf", bytes: 204_800 };
      return normal(cmd, args);
    });
    await settle();
    // A filter and a selection in the window travel with the export.
    document.querySelector<HTMLButtonElement>('[data-testid="type-filter"][data-type="visit"]')!.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-event-id="2"]')!.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="export-button"]')!.click();
    await settle();
    const dialog = document.querySelector('[data-testid="export-dialog"]')!;
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    dialog.querySelector<HTMLInputElement>('[data-testid="format-pdf"]')!.click();
    const lanes = dialog.querySelector<HTMLSelectElement>('[data-testid="export-lanes"]')!;
    lanes.value = "country";
    lanes.dispatchEvent(new Event("change"));
    const title = dialog.querySelector<HTMLInputElement>('[data-testid="export-title"]')!;
    title.value = "Juin 2024";
    title.dispatchEvent(new Event("input"));
    await settle();
    dialog.querySelector<HTMLButtonElement>('[data-testid="export-run"]')!.click();
    await settle();
    const call = calls.find((c) => c.cmd === "export_view")!;
    expect(call.args.format).toBe("pdf");
    expect(call.args.scale).toBe(1);
    const view = call.args.view as Record<string, unknown>;
    expect(view.types).toEqual(["visit"]);
    expect(view.highlighted).toEqual([2]);
    expect(view.lanes).toBe("country");
    expect(view.title).toBe("Juin 2024");
    expect(view.lang).toBe("fr");
    expect(typeof view.from).toBe("string");
    expect(document.querySelector('[data-testid="export-outcome"]')?.textContent).toBe("Enregistré : /home/ana/juin.pdf (200 Ko)");
  });

  test("an export that fails says why and a cancelled one says nothing", async () => {
    let answer: () => unknown = () => ({ cancelled: true, path: null, bytes: 0 });
    start((cmd, args) => (cmd === "export_view" ? answer() : normal(cmd, args)));
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="export-button"]')!.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="export-run"]')!.click();
    await settle();
    expect(document.querySelector('[data-testid="export-outcome"]')).toBeNull();
    expect(document.querySelector('[data-testid="export-problem"]')).toBeNull();
    answer = () => {
      throw { kind: "Export", message: "/media/usb/x.png: Permission denied (os error 13)" };
    };
    document.querySelector<HTMLButtonElement>('[data-testid="export-run"]')!.click();
    await settle();
    expect(document.querySelector('[data-testid="export-problem"]')?.textContent).toContain("Permission denied");
    // Escape closes the dialog.
    document.querySelector('[data-testid="export-dialog"]')!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await settle();
    expect(document.querySelector('[data-testid="export-dialog"]')).toBeNull();
  });
});

describe("undo, redo, verified, merge and split", () => {
  const entry = (id: number, summary: string, undone = false) => ({ id, at: "2026-12-04T23:00:00Z", summary, undone });
  const key = (init: KeyboardEventInit, target: EventTarget = document.body) => target.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init }));

  test("Ctrl+Z undoes the edit the header names and reloads the open event; Ctrl+Shift+Z redoes; the search box keeps its own undo", async () => {
    let log = [entry(1, "edited event 2: title")];
    let current = { ...hanoiVisit, title: "Arrivée à Hanoï" };
    const calls = start((cmd, args) => {
      if (cmd === "history") return log;
      if (cmd === "get_event" && args.id === 2) return current;
      if (cmd === "undo") {
        log = [{ ...log[0], undone: true }];
        current = { ...hanoiVisit };
        return log[0];
      }
      if (cmd === "redo") {
        log = [{ ...log[0], undone: false }];
        current = { ...hanoiVisit, title: "Arrivée à Hanoï" };
        return log[0];
      }
      return normal(cmd, args);
    });
    await settle();
    document.querySelector<HTMLButtonElement>('[data-event-id="2"]')!.click();
    await settle();
    const undo = document.querySelector<HTMLButtonElement>('[data-testid="undo-button"]')!;
    const redo = document.querySelector<HTMLButtonElement>('[data-testid="redo-button"]')!;
    expect(undo.title).toBe("Annuler : correction de l’événement 2 (titre) (Ctrl+Z)");
    expect(redo.disabled).toBe(true);

    // Typing in the search box: its own undo, not the workspace's.
    key({ key: "z", ctrlKey: true }, document.querySelector('[data-testid="search"]')!);
    await settle();
    expect(calls.some((c) => c.cmd === "undo")).toBe(false);

    const lists = calls.filter((c) => c.cmd === "list_events").length;
    key({ key: "z", ctrlKey: true });
    await settle();
    expect(calls.filter((c) => c.cmd === "undo").length).toBe(1);
    expect(calls.filter((c) => c.cmd === "list_events").length).toBe(lists + 1);
    expect(document.querySelector('[data-testid="event-panel"] h2')?.textContent).toBe("Visite : Vladimir Putin — Hanoi");
    expect(document.querySelector('[data-testid="history-notice"]')?.textContent).toBe("Annulé : correction de l’événement 2 (titre)");
    expect(undo.disabled).toBe(true);
    expect(redo.title).toBe("Rétablir : correction de l’événement 2 (titre) (Ctrl+Maj+Z)");

    key({ key: "Z", ctrlKey: true, shiftKey: true });
    await settle();
    expect(calls.filter((c) => c.cmd === "redo").length).toBe(1);
    expect(document.querySelector('[data-testid="event-panel"] h2')?.textContent).toBe("Arrivée à Hanoï");
  });

  test("undoing the addition of the open event closes the panel without an error", async () => {
    let gone = false;
    start((cmd, args) => {
      if (cmd === "history") return [entry(1, "added event 2 from article 1", gone)];
      if (cmd === "undo") {
        gone = true;
        return entry(1, "added event 2 from article 1", true);
      }
      if (cmd === "get_event" && args.id === 2 && gone) throw { kind: "NotFound", message: "event 2 does not exist" };
      return normal(cmd, args);
    });
    await settle();
    document.querySelector<HTMLButtonElement>('[data-event-id="2"]')!.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="undo-button"]')!.click();
    await settle();
    expect(document.querySelector('[data-testid="event-panel"] h2')).toBeNull();
    expect(document.querySelector('[data-testid="error-banner"]')).toBeNull();
  });

  test("the verified toggle marks the event and the panel and the timeline show it", async () => {
    let current = { ...hanoiVisit };
    const calls = start((cmd, args) => {
      if (cmd === "get_event" && args.id === 2) return current;
      if (cmd === "set_verified") return (current = { ...current, verified: args.verified as boolean });
      if (cmd === "list_events") return summaries.map((e) => (e.id === 2 ? { ...e, verified: !!current.verified } : e));
      return normal(cmd, args);
    });
    await settle();
    document.querySelector<HTMLButtonElement>('[data-event-id="2"]')!.click();
    await settle();
    expect(document.querySelector('[data-testid="verified-badge"]')).toBeNull();
    document.querySelector<HTMLButtonElement>('[data-testid="verify-toggle"]')!.click();
    await settle();
    expect(calls.find((c) => c.cmd === "set_verified")?.args).toEqual({ id: 2, verified: true });
    expect(document.querySelector('[data-testid="verified-badge"]')?.textContent).toContain("Vérifié");
    expect(document.querySelector('[data-testid="verify-toggle"]')?.getAttribute("aria-pressed")).toBe("true");
    // The timeline's item says so too (its list of buttons; the canvas draws a check mark).
    const label = () => document.querySelector('[data-testid="event-item"][data-event-id="2"]')?.getAttribute("aria-label");
    expect(label()).toBe("Visite : Vladimir Putin — Hanoi, 20 juin 2024 — Hanoi (vérifié)");
    document.querySelector<HTMLButtonElement>('[data-testid="verify-toggle"]')!.click();
    await settle();
    expect(document.querySelector('[data-testid="verified-badge"]')).toBeNull();
    expect(label()).toBe("Visite : Vladimir Putin — Hanoi, 20 juin 2024 — Hanoi");
  });

  test("merging lists the other events, nearest first, sends the pair and shows a refusal as its sentence", async () => {
    let refuse = true;
    const calls = start((cmd, args) => {
      if (cmd === "merge_events") {
        if (refuse) throw { kind: "Invalid", message: "give at least two different events to merge" };
        return { ...hanoiVisit, sources: [...hanoiVisit.sources, { ...hanoiVisit.sources[0], article: 5, start: 1 }] };
      }
      return normal(cmd, args);
    });
    await settle();
    document.querySelector<HTMLButtonElement>('[data-event-id="2"]')!.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="merge-event"]')!.click();
    await settle();
    const listed = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="merge-candidate"]')];
    // Not the open event itself; the same day's agreement first.
    expect(listed.map((b) => b.dataset.eventId)).not.toContain("2");
    expect(listed[0].dataset.eventId).toBe("3");
    const search = document.querySelector<HTMLInputElement>('[data-testid="merge-search"]')!;
    search.value = "pyongyang";
    search.dispatchEvent(new Event("input"));
    await settle();
    const found = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="merge-candidate"]')];
    expect(found.map((b) => b.dataset.eventId)).toEqual(["1"]);
    found[0].click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="merge-run"]')!.click();
    await settle();
    expect(calls.find((c) => c.cmd === "merge_events")?.args).toEqual({ ids: [2, 1], title: null });
    expect(document.querySelector('[data-testid="merge-error"]')?.textContent).toBe("give at least two different events to merge");
    refuse = false;
    document.querySelector<HTMLButtonElement>('[data-testid="merge-run"]')!.click();
    await settle();
    expect(document.querySelector('[data-testid="merge-dialog"]')).toBeNull();
    expect(document.querySelectorAll('[data-testid="event-panel"] [data-testid="source"]').length).toBe(3);
  });

  test("splitting offers one box per article, needs one to stay, and opens the new event", async () => {
    const calls = start((cmd, args) => {
      if (cmd === "split_event") return { ...hanoiVisit, id: 9, sources: [hanoiVisit.sources[1]] };
      return normal(cmd, args);
    });
    await settle();
    document.querySelector<HTMLButtonElement>('[data-event-id="2"]')!.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="split-event"]')!.click();
    await settle();
    const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-testid="split-source"]')];
    expect(boxes.map((b) => b.dataset.article)).toEqual(["1", "3"]);
    const run = document.querySelector<HTMLButtonElement>('[data-testid="split-run"]')!;
    expect(run.disabled).toBe(true);
    boxes.forEach((b) => b.click());
    await settle();
    expect(run.disabled).toBe(true);
    boxes[0].click();
    await settle();
    expect(run.disabled).toBe(false);
    run.click();
    await settle();
    expect(calls.find((c) => c.cmd === "split_event")?.args).toEqual({ id: 2, articles: [3] });
    expect(document.querySelector('[data-testid="event-panel"]')?.getAttribute("data-shown-event")).toBe("9");
  });
});

describe("adding an event from the article reader", () => {
  test("a selected passage offers a button whose form sends the passage verbatim, then the new event opens", async () => {
    const text = "Titre\n\n(Hanoï) Un paragraphe. Vladimir Poutine a rencontré To Lam le 20 juin. La suite.";
    const calls = start((cmd, args) => {
      if (cmd === "get_event" && args.id === 2) return hanoiVisit;
      if (cmd === "get_article") return { id: 1, file_name: "a.txt", title: "Titre", outlet: "La Presse", language: "fr", published: "2024-06-20", text, content_hash: "h" };
      if (cmd === "add_event") return { ...hanoiVisit, id: 7, type: "meeting", origin: "manual" };
      return normal(cmd, args);
    });
    await settle();
    document.querySelector<HTMLButtonElement>('[data-event-id="2"]')!.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="read-article"]')!.click();
    await settle();
    expect(document.querySelector('[data-testid="add-from-selection"]')).toBeNull();
    // Select "Vladimir Poutine a rencontré To Lam le 20 juin." in the text, as a user would.
    const body = document.querySelector('[data-testid="article-reader"] .body')!;
    const node = [...body.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes("rencontré"))!;
    const passage = "Vladimir Poutine a rencontré To Lam le 20 juin.";
    const at = node.textContent!.indexOf(passage);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + passage.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event("selectionchange"));
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="add-from-selection"]')!.click();
    await settle();
    expect(document.querySelector('[data-testid="add-event-quote"]')?.textContent).toBe(passage);
    const type = document.querySelector<HTMLSelectElement>('[data-testid="add-event-type"]')!;
    type.value = "meeting";
    type.dispatchEvent(new Event("change"));
    document.querySelector<HTMLFormElement>('[data-testid="add-event-form"]')!.requestSubmit();
    await settle();
    expect(calls.find((c) => c.cmd === "add_event")?.args).toEqual({
      event: { article: 1, quote: passage, type: "meeting", date: { start: "2024-06-20", end: "2024-06-20", precision: "day" }, title: null },
    });
    expect(document.querySelector('[data-testid="article-reader"]')).toBeNull();
    expect(document.querySelector('[data-testid="event-panel"]')?.getAttribute("data-shown-event")).toBe("7");
  });
});

describe("a damaged workspace", () => {
  const path = "/home/a/ws.geotimeline";
  const backup = `${path}.before-v8.bak`;
  const damagedSentence = `the workspace ${path} is damaged and cannot be opened (it is not a SQLite database); GeoTimeline has not changed it.`;

  function startDamaged(withBackup: boolean) {
    let rescued = false;
    const calls = start((cmd, args) => {
      if (cmd === "damaged_workspace") return rescued ? null : { db_path: path, message: damagedSentence, backup: withBackup ? backup : null };
      if (cmd === "restore_workspace_backup" || cmd === "start_over_workspace") {
        rescued = true;
        return { info, damaged_kept_as: `${path}.damaged-20261205-101500` };
      }
      if (!rescued && ["day_counts", "workspace_info", "list_events", "history"].includes(cmd)) throw { kind: "Damaged", message: damagedSentence };
      return normal(cmd, args);
    });
    return calls;
  }

  test("is named with its backup, and restoring the backup opens it and says where the damaged file is kept", async () => {
    const calls = startDamaged(true);
    await settle();
    const dialog = document.querySelector('[data-testid="damaged-workspace"]')!;
    expect(dialog.textContent).toContain(`Le fichier ${path} est endommagé`);
    expect(dialog.textContent).toContain(backup);
    // The dialog says it; no banner repeats it.
    expect(document.querySelector('[data-testid="error-banner"]')).toBeNull();
    expect(document.querySelector('[data-testid="damaged-start-over"]')).not.toBeNull();
    document.querySelector<HTMLButtonElement>('[data-testid="damaged-restore"]')!.click();
    await settle();
    expect(calls.some((c) => c.cmd === "restore_workspace_backup")).toBe(true);
    expect(calls.some((c) => c.cmd === "start_over_workspace")).toBe(false);
    expect(document.querySelector('[data-testid="damaged-workspace"]')).toBeNull();
    expect(document.querySelector('[data-testid="history-notice"]')?.textContent).toContain(`${path}.damaged-20261205-101500`);
    expect(document.querySelectorAll('[data-testid="event-item"]').length).toBe(4);
  });

  test("without a backup offers only a new workspace", async () => {
    const calls = startDamaged(false);
    await settle();
    expect(document.querySelector('[data-testid="damaged-workspace"]')?.textContent).toContain("Il n’en existe pas de sauvegarde automatique.");
    expect(document.querySelector('[data-testid="damaged-restore"]')).toBeNull();
    expect(document.querySelector('[data-testid="damaged-workspace"]')?.textContent).toContain("Le fichier endommagé est conservé à côté");
    document.querySelector<HTMLButtonElement>('[data-testid="damaged-start-over"]')!.click();
    await settle();
    expect(calls.some((c) => c.cmd === "start_over_workspace")).toBe(true);
    expect(document.querySelector('[data-testid="damaged-workspace"]')).toBeNull();
  });
});
