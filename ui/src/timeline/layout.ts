// Pure layout of the timeline: which row each event goes in so labels never
// overlap, how each is drawn for its precision, what is under the pointer, and
// how the axis is labelled at each zoom. No canvas here, so it is unit-tested.
import type { EventType, Precision } from "../lib/api";
import type { Lang } from "../lib/i18n";
import { dateFormatter } from "../lib/format";

export interface TimelineItem {
  id: number;
  title: string;
  type: EventType;
  /** First instant (ms, UTC) and the instant after the last day. */
  start: number;
  end: number;
  precision: Precision;
  planned: boolean;
  /** A user checked it against its sources: drawn with a check mark. */
  verified?: boolean;
  /** Text for screen readers: title, date and places. */
  label: string;
  /** The lanes it belongs to (its type, its countries or its actors); absent without lanes. */
  lanes?: string[];
}

export interface Placed {
  item: TimelineItem;
  row: number;
  /** Where the mark is drawn (CSS px): x0..x1 for a band, x0 for a point. */
  x0: number;
  x1: number;
  mark: "point" | "band";
  labelX: number;
  /** The label as drawn (possibly shortened), or "" when there is no room. */
  label: string;
  labelWidth: number;
}


/** A day is a point; a week, month or year is a band over its whole extent. */
export function markOf(precision: Precision): "point" | "band" {
  return precision === "day" ? "point" : "band";
}

/** Shortens `text` to fit `width` px, ending it with an ellipsis. */
export function fitText(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid).trimEnd() + "…") <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? "" : text.slice(0, lo).trimEnd() + "…";
}

export interface RowGeometry {
  top: number;
  rowHeight: number;
}

/** The y of a row's centre line. */
export function rowY(row: number, g: RowGeometry): number {
  return g.top + row * g.rowHeight + g.rowHeight / 2;
}

/** The event under (px, py), marks first, then labels. */
export function hitTest(placed: Placed[], g: RowGeometry, px: number, py: number): Placed | null {
  let best: Placed | null = null;
  let bestDistance = Infinity;
  for (const p of placed) {
    const y = rowY(p.row, g);
    if (Math.abs(py - y) > g.rowHeight / 2) continue;
    const onMark = p.mark === "point" ? Math.abs(px - p.x0) <= 8 : px >= p.x0 - 4 && px <= p.x1 + 4;
    const onLabel = p.label !== "" && px >= p.labelX && px <= p.labelX + p.labelWidth;
    if (!onMark && !onLabel) continue;
    const distance = onMark ? Math.abs(px - p.x0) : 100 + (px - p.labelX);
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}

const DAY = 86_400_000;

/** How axis ticks are labelled for the spacing between them. */
export function tickLabel(ms: number, spacing: number, lang: Lang): string {
  const locale = lang === "fr" ? "fr-FR" : "en-GB";
  const options: Intl.DateTimeFormatOptions =
    spacing >= 360 * DAY
      ? { year: "numeric" }
      : spacing >= 28 * DAY
        ? { month: "short", year: "numeric" }
        : spacing >= DAY || ms % DAY === 0
          ? { day: "numeric", month: "short" }
          : { hour: "2-digit", minute: "2-digit" };
  // Below a day, midnight ticks name their day ("20 juin"), the others their hour.
  return dateFormatter(locale, options).format(ms);
}

/**
 * The first view: the shortest stretch holding most events (70 %), padded, so a
 * corpus about one week with a few events decades back opens on that week.
 */
export function initialDomain(items: TimelineItem[], share = 0.7): [number, number] {
  if (items.length === 0) {
    const now = Date.now();
    return [now - 365 * DAY, now + 30 * DAY];
  }
  const starts = items.map((i) => i.start).sort((a, b) => a - b);
  const ends = items.map((i) => i.end).sort((a, b) => a - b);
  const need = Math.max(1, Math.ceil(items.length * share));
  let best: [number, number] = [starts[0], ends[ends.length - 1]];
  for (let i = 0; i + need - 1 < starts.length; i++) {
    const window: [number, number] = [starts[i], starts[i + need - 1]];
    if (window[1] - window[0] < best[1] - best[0]) best = window;
  }
  const width = Math.max(best[1] - best[0], 3 * DAY);
  return [best[0] - width * 0.15, best[1] + width * 0.35];
}
