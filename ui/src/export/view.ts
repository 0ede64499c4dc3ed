// What the Export dialog sends to Rust: the window's current view (visible
// range or all dates, type filters, search, selection) plus the figure options.
import type { Format, LaneMode, MapLayout, Theme, TimelineView } from "../bindings";
import type { Filters } from "../lib/filters";
import type { Lang } from "../lib/i18n";

export type Scope = "visible" | "all";

export interface FigureOptions {
  scope: Scope;
  lanes: LaneMode;
  map: MapLayout;
  width: number;
  theme: Theme;
  title: string;
  subtitle: string;
}

export interface WindowState {
  /** The timeline's visible range, ms (UTC), end exclusive. */
  visible: [number, number] | null;
  filters: Filters;
  selected: number | null;
  lang: Lang;
  /** The window's lanes and theme: the figure starts from what the user sees. */
  lanes: LaneMode;
  theme: Theme;
}

export const IMAGE_FORMATS: Format[] = ["png", "svg", "pdf"];
export const DATA_FORMATS: Format[] = ["json", "csv", "csv-sources", "geojson", "ics", "timelinejs"];
export const WIDTHS = [1280, 1600, 1920, 2560, 3840];
export const DENSITIES = [1, 2, 4];

const DAY = 86_400_000;

/** A UTC timestamp as YYYY-MM-DD. */
export function isoDay(ms: number): string {
  return new Date(Math.floor(ms / DAY) * DAY).toISOString().slice(0, 10);
}

export function buildView(state: WindowState, options: FigureOptions): TimelineView {
  const range = options.scope === "visible" && state.visible ? state.visible : null;
  return {
    // The visible end is exclusive: the last day shown is the one before it.
    // "All dates" still keeps a period the user filtered to.
    from: range ? isoDay(range[0]) : state.filters.from,
    to: range ? isoDay(Math.max(range[0], range[1] - 1)) : state.filters.to,
    types: [...state.filters.types],
    query: state.filters.query.trim() || null,
    actors: [...state.filters.actors],
    countries: [...state.filters.countries],
    places: [...state.filters.places],
    articles: [...state.filters.articles],
    min_confidence: state.filters.minConfidence,
    lanes: options.lanes,
    highlighted: state.selected === null ? [] : [state.selected],
    width: options.width,
    theme: options.theme,
    lang: state.lang,
    title: options.title.trim() || null,
    subtitle: options.subtitle.trim() || null,
    map: options.map,
  };
}
