// The File menu with its IPC mocked: the recent list, a switch, a refused file, the reset's confirmation.
import { afterEach, describe, expect, test, vi } from "vitest";
import { mockIPC } from "@tauri-apps/api/mocks";
import FileMenu from "../src/panels/FileMenu.svelte";
import { cleanUp, settle, show } from "./fixtures";
import { problemText, setErrorLang } from "../src/lib/errors";

afterEach(cleanUp);

const q = (id: string) => document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
const ws = { db_path: "/w/b.geotimeline", name: "b.geotimeline", article_count: 0, event_count: 0 };

function open(handler: (cmd: string) => unknown, lang: "fr" | "en" = "fr") {
  const calls: string[] = [];
  mockIPC((cmd) => {
    calls.push(cmd);
    return handler(cmd);
  });
  const onmessage = vi.fn();
  const onproblem = vi.fn();
  const onswitched = vi.fn();
  const onimported = vi.fn();
  // The window's language, which App gives the backend's errors too.
  setErrorLang(lang);
  show(FileMenu, { lang, current: "/w/a.geotimeline", currentName: "a.geotimeline", disabled: false, onmessage, onproblem, onswitched, onimported });
  return { calls, onmessage, onproblem, onswitched, onimported };
}

describe("the File menu", () => {
  test("lists the recent workspaces but the open one, and a new workspace reloads the window", async () => {
    const { calls, onswitched } = open((cmd) => (cmd === "recent_workspaces" ? ["/w/a.geotimeline", "/w/c.geotimeline"] : cmd === "new_workspace" ? ws : null));
    q("file-menu")!.click();
    await settle();
    expect([...document.querySelectorAll('[data-testid="file-recent"]')].map((b) => b.textContent)).toEqual(["c.geotimeline"]);
    expect(q("file-new")!.textContent).toBe("Nouvel espace de travail…");
    expect(q("workspace-name")!.textContent).toBe("a.geotimeline");
    q("file-new")!.click();
    await settle();
    expect(calls).toContain("new_workspace");
    expect(onswitched).toHaveBeenCalledOnce();
    expect(q("file-new")).toBeNull();
  });

  test("a cancelled dialog changes nothing and a refused file is said, in English too", async () => {
    let refuse = false;
    const { onproblem, onswitched } = open((cmd) => {
      if (cmd === "recent_workspaces") return [];
      if (cmd === "open_workspace_file" && refuse) throw { kind: "Invalid", message: "invalid workspace: /w/x is not a GeoTimeline workspace", detail: { code: "NotAWorkspace", file: "x" } };
      return null;
    }, "en");
    q("file-menu")!.click();
    await settle();
    expect(document.querySelector(".none")?.textContent).toBe("No recent files");
    q("file-open")!.click();
    await settle();
    expect(onswitched).not.toHaveBeenCalled();
    refuse = true;
    q("file-menu")!.click();
    await settle();
    q("file-open")!.click();
    await settle();
    expect(onswitched).not.toHaveBeenCalled();
    expect(onproblem).toHaveBeenCalledOnce();
    // Kept as the typed error: worded in the language of the moment it is shown.
    expect(problemText(onproblem.mock.calls[0][0], "en")).toBe("x is not a GeoTimeline workspace.");
    expect(problemText(onproblem.mock.calls[0][0], "fr")).toBe("x n’est pas un espace de travail GeoTimeline.");
  });

  test("resetting the sample asks first", async () => {
    const { calls, onswitched } = open((cmd) => (cmd === "recent_workspaces" ? [] : cmd === "reset_sample_workspace" ? ws : null));
    q("file-menu")!.click();
    await settle();
    q("file-reset-sample")!.click();
    await settle();
    expect(calls).not.toContain("reset_sample_workspace");
    expect(document.querySelector('[role="alertdialog"] p')?.textContent).toMatch(/^Réinitialiser l’espace d’exemple \?/);
    q("confirm-reset-sample")!.click();
    await settle();
    expect(calls).toContain("reset_sample_workspace");
    expect(onswitched).toHaveBeenCalledOnce();
  });

  test("another workspace is imported: the view refreshes without a reload and the summary is said, in either language", async () => {
    const summary = { path: "/w/autre.geotimeline", articles_imported: 3, articles_skipped: 2, events_added: 7, events_merged: 4, corrections_kept: 1 };
    let answer: (v: unknown) => void = () => {};
    const { calls, onmessage, onswitched, onimported } = open((cmd) =>
      cmd === "recent_workspaces" ? [] : cmd === "import_workspace_file" ? new Promise((resolve) => (answer = resolve)) : null,
    );
    q("file-menu")!.click();
    await settle();
    expect(q("file-import-workspace")!.textContent).toBe("Importer un autre espace de travail…");
    q("file-import-workspace")!.click();
    await settle();
    expect(calls).toContain("import_workspace_file");
    // While it runs (off the UI thread), the menu waits.
    expect(q("file-menu")!.disabled).toBe(true);
    expect(q("file-menu")!.getAttribute("aria-busy")).toBe("true");
    answer(summary);
    await settle();
    expect(q("file-menu")!.disabled).toBe(false);
    expect(onimported).toHaveBeenCalledOnce();
    expect(onswitched).not.toHaveBeenCalled();
    expect(onmessage).toHaveBeenCalledWith(
      "autre.geotimeline importé : 3 articles ajoutés, 2 déjà présents ; 7 nouveaux événements (dont 1 repris avec ses corrections), 4 événements existants complétés.",
    );
    cleanUp();

    const english = open((cmd) => (cmd === "recent_workspaces" ? [] : cmd === "import_workspace_file" ? { ...summary, articles_imported: 1, corrections_kept: 0, events_merged: 1 } : null), "en");
    q("file-menu")!.click();
    await settle();
    expect(q("file-import-workspace")!.textContent).toBe("Import another workspace…");
    q("file-import-workspace")!.click();
    await settle();
    expect(english.onmessage).toHaveBeenCalledWith("autre.geotimeline imported: 1 article added, 2 already present; 7 new events, 1 existing event with new reports.");
  });

  test("importing another workspace: a cancelled dialog says nothing, a refused file is said and nothing refreshes", async () => {
    let refuse = false;
    const { onmessage, onproblem, onimported } = open((cmd) => {
      if (cmd === "recent_workspaces") return [];
      if (cmd === "import_workspace_file" && refuse)
        throw {
          kind: "Storage",
          message: "the workspace database /w/new.geotimeline was written by a newer GeoTimeline (schema 9, this version knows 8); update GeoTimeline to open it",
          detail: { code: "DatabaseTooNew", file: "new.geotimeline", found: 9, known: 8 },
        };
      return null;
    });
    q("file-menu")!.click();
    await settle();
    q("file-import-workspace")!.click();
    await settle();
    expect(onmessage).not.toHaveBeenCalled();
    refuse = true;
    q("file-menu")!.click();
    await settle();
    q("file-import-workspace")!.click();
    await settle();
    expect(onimported).not.toHaveBeenCalled();
    expect(onmessage).not.toHaveBeenCalled();
    expect(problemText(onproblem.mock.calls[0][0], "fr")).toBe(
      "L’espace de travail new.geotimeline a été écrit par une version plus récente de GeoTimeline (schéma 9, cette version connaît le 8) ; mettez GeoTimeline à jour pour l’ouvrir.",
    );
  });

  test("a saved copy is told with its path", async () => {
    const { onmessage, onswitched } = open((cmd) => (cmd === "recent_workspaces" ? [] : cmd === "save_workspace_copy" ? "/w/a (copie).geotimeline" : null));
    q("file-menu")!.click();
    await settle();
    q("file-save-copy")!.click();
    await settle();
    expect(onswitched).not.toHaveBeenCalled();
    expect(onmessage).toHaveBeenCalledWith("Copie enregistrée : /w/a (copie).geotimeline");
  });
});

describe("About GeoTimeline", () => {
  test("the File menu's last item shows the name, the app's version, what it does and its licence, in either language", async () => {
    for (const lang of ["fr", "en"] as const) {
      const { calls } = open((cmd) => (cmd === "plugin:app|version" ? "1.2.3" : cmd === "recent_workspaces" ? [] : null), lang);
      q("file-menu")!.click();
      await settle();
      q("file-about")!.click();
      await settle();
      expect(calls).toContain("plugin:app|version");
      expect(q("file-about")).toBeNull();
      const dialog = document.querySelector('[data-testid="about-dialog"]')!;
      expect(dialog.querySelector("h2")!.textContent).toBe("GeoTimeline");
      expect(q("about-version")!.textContent).toBe("Version 1.2.3");
      expect(q("about-licence")!.textContent).toContain("MIT");
      expect(dialog.textContent).toContain(lang === "fr" ? "chronologies géopolitiques" : "Geopolitical timelines");
      expect(document.activeElement).toBe(q("about-close"));
      q("about-close")!.click();
      await settle();
      expect(document.querySelector('[data-testid="about-dialog"]')).toBeNull();
      cleanUp();
    }
  });

  test("Escape closes it", async () => {
    open((cmd) => (cmd === "plugin:app|version" ? "0.1.0" : []));
    q("file-menu")!.click();
    await settle();
    q("file-about")!.click();
    await settle();
    q("about-close")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await settle();
    expect(document.querySelector('[data-testid="about-dialog"]')).toBeNull();
  });
});

describe("Open the log folder", () => {
  test("asks Rust to open it, says nothing when it opened and the error when it did not", async () => {
    const { calls, onmessage, onswitched } = open((cmd) => (cmd === "open_log_folder" ? "/home/u/.local/share/app.geotimeline.desktop/logs" : []), "en");
    q("file-menu")!.click();
    await settle();
    expect(q("file-open-logs")!.textContent).toBe("Open the log folder");
    q("file-open-logs")!.click();
    await settle();
    expect(calls).toContain("open_log_folder");
    expect(onmessage).not.toHaveBeenCalled();
    expect(onswitched).not.toHaveBeenCalled();
    cleanUp();

    const failing = open((cmd) => {
      if (cmd === "open_log_folder") throw { kind: "Storage", message: "no file manager" };
      return [];
    });
    q("file-menu")!.click();
    await settle();
    expect(q("file-open-logs")!.textContent).toBe("Ouvrir le dossier des journaux");
    q("file-open-logs")!.click();
    await settle();
    expect(problemText(failing.onproblem.mock.calls[0][0], "fr")).toContain("no file manager");
  });
});
