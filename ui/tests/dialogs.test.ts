// The dialogs' shared frame (lib/Dialog.svelte), through three of them: its role
// and name, where the focus goes when it opens, Escape (kept from the window) and
// a click on the backdrop.
import { afterEach, describe, expect, test, vi } from "vitest";
import { flushSync } from "svelte";
import DamagedWorkspace from "../src/panels/DamagedWorkspace.svelte";
import MergeDialog from "../src/panels/MergeDialog.svelte";
import SplitDialog from "../src/panels/SplitDialog.svelte";
import { cleanUp, hanoiVisit, show, summaries } from "./fixtures";

afterEach(cleanUp);

const q = <T extends HTMLElement = HTMLElement>(css: string) => document.querySelector<T>(css)!;

function escape(target: HTMLElement) {
  const reachedWindow = vi.fn();
  window.addEventListener("keydown", reachedWindow);
  target.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
  window.removeEventListener("keydown", reachedWindow);
  return reachedWindow.mock.calls.length > 0;
}

/** The accessible name a screen reader gives the box: its aria-label, else its heading's text. */
function nameOf(box: HTMLElement) {
  return box.getAttribute("aria-label") ?? document.getElementById(box.getAttribute("aria-labelledby")!)?.textContent;
}

describe("the dialogs' frame", () => {
  test("merge: named by its heading, the search field focused, Escape and the backdrop close it, Escape stays in the dialog", () => {
    const onclose = vi.fn();
    show(MergeDialog, { event: hanoiVisit, candidates: summaries, lang: "fr", onmerge: async () => {}, onclose });
    flushSync();
    const box = q('[data-testid="merge-dialog"]');
    expect(box.getAttribute("role")).toBe("dialog");
    expect(box.getAttribute("aria-modal")).toBe("true");
    expect(nameOf(box)).toBe("Fusionner avec un autre événement");
    expect(box.querySelector("h2")!.textContent).toBe("Fusionner avec un autre événement");
    expect(document.activeElement).toBe(q('[data-testid="merge-search"]'));
    expect(escape(q('[data-testid="merge-search"]'))).toBe(false);
    expect(onclose).toHaveBeenCalledTimes(1);
    q(".backdrop").click();
    expect(onclose).toHaveBeenCalledTimes(2);
  });

  test("split, in English: the box itself focused; Escape and the backdrop close it", () => {
    const onclose = vi.fn();
    show(SplitDialog, { event: hanoiVisit, lang: "en", onsplit: async () => {}, onclose });
    flushSync();
    const box = q('[data-testid="split-dialog"]');
    expect(nameOf(box)).toBe("Split sources off");
    expect(document.activeElement).toBe(box);
    escape(box);
    q(".backdrop").click();
    expect(onclose).toHaveBeenCalledTimes(2);
  });

  test("damaged workspace: an alert dialog that neither Escape nor the backdrop dismisses", () => {
    const rescue = vi.fn(async () => ({ info: { db_path: "/w/ws.geotimeline", name: "ws.geotimeline", article_count: 0, event_count: 0 }, damaged_kept_as: "/w/ws.geotimeline.damaged-20260101-120000" }));
    const damaged = {
      db_path: "/w/ws.geotimeline",
      message: "the workspace /w/ws.geotimeline is damaged and cannot be opened (it is not a SQLite database); GeoTimeline has not changed it. There is no automatic backup of it.",
      backup: null,
      detail: { code: "Damaged" as const, file: "ws.geotimeline", problem: { reason: "NotSqlite" as const }, backup: null },
    };
    show(DamagedWorkspace, { damaged, lang: "fr", onrestore: rescue, onstartover: rescue, onrescued: () => {} });
    flushSync();
    // Its details in the window's language, from the damage's parameters.
    expect(q('[data-testid="damaged-detail"]').textContent).toBe(
      "L’espace de travail ws.geotimeline est endommagé et ne peut pas être ouvert (ce n’est pas une base de données SQLite) ; GeoTimeline ne l’a pas modifié. Il n’en existe aucune sauvegarde automatique.",
    );
    const box = q('[data-testid="damaged-workspace"]');
    expect(box.getAttribute("role")).toBe("alertdialog");
    expect(nameOf(box)).toBe("Espace de travail endommagé");
    expect(document.activeElement).toBe(box);
    expect(escape(box)).toBe(true);
    q(".backdrop").click();
    expect(q('[data-testid="damaged-workspace"]')).not.toBeNull();
    expect(rescue).not.toHaveBeenCalled();
  });
});
