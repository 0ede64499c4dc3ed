// Pure layout of the timeline: which row each event goes in so labels never
// overlap, how each is drawn for its precision, what is under the pointer, and
// how the axis is labelled at each zoom. No canvas here, so it is unit-tested.
import type { EventType, Precision } from "../lib/api";
import type { Lang } from "../lib/i18n";

export interface TimelineItem {
  id: number;
  title: string;
  type: EventType;
  /** First instant (ms, UTC) and the instant after the last day. */
  start: number;
  end: number;
  precision: Precision;
  planned: boolean;
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

export interface RowOptions {
  rows: number;
  /** Horizontal room kept free between two neighbours in a row. */
  gap: number;
  /** Widest label drawn, in px; longer titles are shortened with an ellipsis. */
  maxLabelWidth: number;
  /** Space between the mark and its label. */
  labelOffset: number;
  /** Width of the view: a label that would cross the right edge goes left of its mark. */
  viewWidth: number;
}

export const DEFAULT_ROWS: RowOptions = { rows: 12, gap: 12, maxLabelWidth: 280, labelOffset: 10, viewWidth: Infinity };

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

/**
 * Greedy row assignment in time order: each event takes the first row whose
 * last occupant (mark and label) ends before it starts. When no row is free the
 * event goes in the row that frees first, without a label, so labels never overlap.
 */
export function layoutRows(items: TimelineItem[], x: (ms: number) => number, measure: (s: string) => number, opts: RowOptions = DEFAULT_ROWS): Placed[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
  const rowEnds = new Array<number>(Math.max(1, opts.rows)).fill(-Infinity);
  const placed: Placed[] = [];
  for (const item of sorted) {
    const mark = markOf(item.precision);
    const x0 = x(item.start);
    const x1 = mark === "band" ? Math.max(x(item.end), x0 + 2) : x0;
    const label = fitText(item.title, opts.maxLabelWidth, measure);
    const labelWidth = label ? measure(label) : 0;
    // Near the right edge the label reads leftwards from the mark, so it is never cut off.
    const flip = label !== "" && x0 + opts.labelOffset + labelWidth > opts.viewWidth && x0 - opts.labelOffset - labelWidth >= 0;
    const labelX = flip ? x0 - opts.labelOffset - labelWidth : x0 + opts.labelOffset;
    const extent = Math.max(x1, labelX + labelWidth);
    const begin = Math.min(x0 - 6, labelX);
    let row = rowEnds.findIndex((end) => end + opts.gap <= begin);
    let shown = label;
    if (row === -1) {
      // Full: drop the label and share the row that frees first; the mark alone still overlaps nothing textual.
      row = rowEnds.indexOf(Math.min(...rowEnds));
      shown = "";
    }
    rowEnds[row] = Math.max(rowEnds[row], shown ? extent : x1 + 6);
    placed.push({ item, row, x0, x1, mark, labelX, label: shown, labelWidth: shown ? labelWidth : 0 });
  }
  return placed;
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
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options }).format(ms);
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
