// The view survives a restart: range, lanes, filters, selection, language and
// theme are kept in the webview's local storage (per user, on this machine).
import type { LaneMode } from "./api";
import { NO_FILTERS, type Filters } from "./filters";
import type { Lang } from "./i18n";

export type ThemeChoice = "light" | "dark";

export interface SavedView {
  lang: Lang;
  theme: ThemeChoice;
  lanes: LaneMode;
  filters: Filters;
  selected: number | null;
  /** The timeline's visible range (ms). */
  range: [number, number] | null;
  /** The workspace file the view was saved on: filters, range and selection belong to it. */
  workspace: string | null;
}

const KEY = "geotimeline.view.v1";

export function loadView(defaults: SavedView): SavedView {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return defaults;
    const saved = JSON.parse(raw) as Partial<SavedView>;
    const range = Array.isArray(saved.range) && saved.range.length === 2 && saved.range.every(Number.isFinite) && saved.range[0] < saved.range[1] ? saved.range : null;
    return {
      lang: saved.lang === "en" || saved.lang === "fr" ? saved.lang : defaults.lang,
      theme: saved.theme === "dark" || saved.theme === "light" ? saved.theme : defaults.theme,
      lanes: ["none", "type", "country", "actor"].includes(saved.lanes as string) ? (saved.lanes as LaneMode) : defaults.lanes,
      filters: { ...NO_FILTERS, ...(saved.filters ?? {}) },
      selected: typeof saved.selected === "number" ? saved.selected : null,
      range: range as [number, number] | null,
      workspace: typeof saved.workspace === "string" ? saved.workspace : null,
    };
  } catch {
    // A damaged entry must not keep the window from opening.
    return defaults;
  }
}

export function saveView(view: SavedView): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(view));
  } catch {
    /* storage full or disabled: the view is simply not kept */
  }
}
