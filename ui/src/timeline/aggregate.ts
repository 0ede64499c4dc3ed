// The timeline of a large workspace zoomed out: events counted in SQLite by
// first day × type × lane (the `day_counts` command, in columns), binned here
// into counted clusters at the zoom of the moment. Pure functions, unit-tested.
import type { EventType } from "../lib/api";
import type { Cluster, Lane } from "./lanes";

/** The order of `EventType::ALL` in Rust: `types[i]` of a DayCounts row indexes it. */
export const TYPE_INDEX: EventType[] = ["visit", "meeting", "agreement", "sanction", "statement", "military", "election", "other"];

export const DAY = 86_400_000;

export interface Aggregate {
  /** Rows in day order: first day (days since 1970), type, set of lanes (index into laneSets), count. */
  day: Int32Array;
  type: Uint8Array;
  set: Uint32Array;
  count: Uint32Array;
  /** Events up to row i (exclusive): cum[i]. Each event is in one row. */
  cum: Float64Array;
  /** Each lane's name as the timeline shows it. */
  laneLabels: string[];
  /** The sets of lanes events are in: indexes into laneLabels. */
  laneSets: number[][];
  /** Events matching the filter (each once). */
  total: number;
  /** The last day an event ends on (days since 1970), or null when there are none. */
  lastDay: number | null;
}

export interface DayCountsColumns {
  total: number;
  lane_keys: string[];
  lane_names_fr: string[];
  lane_sets: number[][];
  day: number[];
  types: number[];
  lane_set: number[];
  count: number[];
  last_day: number | null;
}

/** The command's columns as typed arrays, lanes named by `label(key, frenchName)`. */
export function fromDayCounts(c: DayCountsColumns, label: (key: string, nameFr: string) => string): Aggregate {
  const n = c.day.length;
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cum[i + 1] = cum[i] + c.count[i];
  return {
    day: Int32Array.from(c.day),
    type: Uint8Array.from(c.types),
    set: Uint32Array.from(c.lane_set),
    count: Uint32Array.from(c.count),
    cum,
    laneLabels: c.lane_keys.map((key, i) => label(key, c.lane_names_fr[i] ?? key)),
    laneSets: c.lane_sets,
    total: c.total,
    lastDay: c.last_day,
  };
}

/** Index of the first row whose day is at or after `day`. */
function lowerDay(agg: Aggregate, day: number): number {
  let lo = 0;
  let hi = agg.day.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (agg.day[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rows [lo, hi) of the events starting in [from, to) (ms). */
export function rowsIn(agg: Aggregate, from: number, to: number): [number, number] {
  return [lowerDay(agg, Math.floor(from / DAY)), lowerDay(agg, Math.ceil(to / DAY))];
}

/** About how many events start in [from, to) (ms): two binary searches. */
export function countIn(agg: Aggregate, from: number, to: number): number {
  const [lo, hi] = rowsIn(agg, from, to);
  return agg.cum[hi] - agg.cum[lo];
}

/** Events of each set of lanes over the whole timeline. */
function setTotals(agg: Aggregate): Float64Array {
  const totals = new Float64Array(agg.laneSets.length);
  for (let i = 0; i < agg.day.length; i++) totals[agg.set[i]] += agg.count[i];
  return totals;
}

/** Each set's lanes as drawn (`lane(label)`, -1 for none), each once: a set whose labels share a lane counts once there. */
function setLanes(agg: Aggregate, lane: (label: string) => number): number[][] {
  return agg.laneSets.map((set) => [...new Set(set.map((l) => lane(agg.laneLabels[l])))].filter((l) => l >= 0));
}

/** Events per lane name over the whole timeline, each once per name (for lane order and sizes). */
export function laneTotals(agg: Aggregate): Map<string, number> {
  const totals = new Map<string, number>();
  const bySet = setTotals(agg);
  agg.laneSets.forEach((set, s) => {
    for (const label of new Set(set.map((l) => agg.laneLabels[l]))) totals.set(label, (totals.get(label) ?? 0) + bySet[s]);
  });
  return totals;
}

/**
 * The events of each drawn lane (planLanesFromTotals's `count`): an event in
 * several names a lane gathers ("Autres") counts there once.
 */
export function laneCounter(agg: Aggregate): (lanes: Lane[], laneOf: Map<string, number>) => void {
  return (lanes, laneOf) => {
    const bySet = setTotals(agg);
    setLanes(agg, (label) => (laneOf.size === 0 ? 0 : (laneOf.get(label) ?? -1))).forEach((drawn, s) => {
      for (const lane of drawn) lanes[lane].total += bySet[s];
    });
  };
}

/** Bin widths in days: bins stay put while panning and change by steps while zooming. */
const BIN_DAYS = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826, 3652, 7305, 18262, 36525];

/** The bin width (days) that keeps clusters at least `px` apart at `pxPerDay`. */
export function binDays(pxPerDay: number, px: number): number {
  const need = px / Math.max(pxPerDay, 1e-9);
  return BIN_DAYS.find((d) => d >= need) ?? Math.ceil(need);
}

/**
 * Counted clusters of the events starting in [from, to) (ms): per lane, one
 * per bin of days at least `px` wide, drawn at the bin's middle in the lane's
 * middle row, coloured by its most frequent type. `laneOf` maps lane labels to
 * lanes (empty: one lane).
 */
export function clusterCounts(agg: Aggregate, lanes: Lane[], laneOf: Map<string, number>, x: (ms: number) => number, from: number, to: number, px: number): Cluster[] {
  if (!lanes.length) return [];
  const pxPerDay = Math.abs(x(DAY) - x(0));
  const width = binDays(pxPerDay, px);
  const [lo, hi] = rowsIn(agg, from, to);
  // The lanes of each set of lanes, each once: an event of two countries
  // gathered in "Autres" is one event there.
  const drawn = setLanes(agg, (label) => (laneOf.size === 0 ? 0 : (laneOf.get(label) ?? -1)));
  const bins = new Map<number, { lane: number; bin: number; count: number; byType: Float64Array }>();
  for (let i = lo; i < hi; i++) {
    const bin = Math.floor(agg.day[i] / width);
    for (const lane of drawn[agg.set[i]]) {
      const key = bin * 1024 + lane;
      let b = bins.get(key);
      if (!b) bins.set(key, (b = { lane, bin, count: 0, byType: new Float64Array(TYPE_INDEX.length) }));
      b.count += agg.count[i];
      b.byType[agg.type[i]] += agg.count[i];
    }
  }
  const out: Cluster[] = [];
  for (const b of bins.values()) {
    let best = 0;
    for (let t = 1; t < TYPE_INDEX.length; t++) if (b.byType[t] > b.byType[best]) best = t;
    const start = b.bin * width * DAY;
    const end = start + width * DAY;
    const lane = lanes[b.lane];
    out.push({ lane: b.lane, row: lane.firstRow + Math.floor((lane.rows - 1) / 2), x: x(start + (width * DAY) / 2), count: b.count, ids: [], from: start, to: end, type: TYPE_INDEX[best] });
  }
  out.sort((a, b) => a.lane - b.lane || a.x - b.x);
  return out;
}

/** The shortest stretch of days holding `share` of the events, padded (the first view). */
export function initialDomainOf(agg: Aggregate, share = 0.7): [number, number] {
  const n = agg.day.length;
  if (n === 0) {
    const now = Date.now();
    return [now - 365 * DAY, now + 30 * DAY];
  }
  const total = agg.cum[n];
  const need = Math.max(1, total * share);
  let best: [number, number] = [agg.day[0], agg.day[n - 1] + 1];
  let j = 0;
  for (let i = 0; i < n; i++) {
    if (j < i) j = i;
    while (j < n && agg.cum[j + 1] - agg.cum[i] < need) j++;
    if (j >= n) break;
    if (agg.day[j] + 1 - agg.day[i] < best[1] - best[0]) best = [agg.day[i], agg.day[j] + 1];
  }
  const from = best[0] * DAY;
  const to = best[1] * DAY;
  const width = Math.max(to - from, 3 * DAY);
  return [from - width * 0.15, to + width * 0.35];
}

/** The first and last instants of the events (ms), or null. */
export function extentOf(agg: Aggregate): [number, number] | null {
  const n = agg.day.length;
  if (!n) return null;
  return [agg.day[0] * DAY, ((agg.lastDay ?? agg.day[n - 1]) + 1) * DAY];
}

/** A count as a badge says it: "842", "1,2 k" / "1.2 k", "12 k", "1,3 M". */
export function formatCount(n: number, lang: string = "fr"): string {
  const decimal = (v: number) => v.toFixed(1).replace(".", lang === "fr" ? "," : ".");
  if (n < 1000) return String(n);
  if (n < 9950) return `${decimal(n / 1000)} k`;
  if (n < 999_500) return `${Math.round(n / 1000)} k`;
  return `${decimal(n / 1_000_000)} M`;
}

/** A badge's radius: a floor, and room for its label with padding (px). */
export function badgeRadius(labelWidth: number, min = 9, padding = 4): number {
  return Math.max(min, labelWidth / 2 + padding);
}

/**
 * Counted clusters as their badges are drawn between `left` and `right` (px):
 * a badge cut by an edge (a bin that begins before the view has its middle
 * near or past the edge) is moved inside, and joins its neighbour in the row
 * when it would then cover it. Clusters wholly outside are left as they are
 * (the drawing clips them). `radius` is a badge's radius for its count.
 */
export function keepBadgesInView(clusters: Cluster[], radius: (count: number) => number, left: number, right: number): Cluster[] {
  const out: Cluster[] = [];
  const rows = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const key = `${c.lane}/${c.row}`;
    rows.set(key, [...(rows.get(key) ?? []), { ...c, ids: [...c.ids] }]);
  }
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    const kept: Cluster[] = [];
    for (const c of row) {
      const r = radius(c.count);
      if (c.x - r < left && c.x + r > left) c.x = left + r + 1;
      if (c.x + r > right && c.x - r < right) c.x = right - r - 1;
      const previous = kept[kept.length - 1];
      if (previous && previous.x + radius(previous.count) > left && c.x - previous.x < radius(previous.count) + r) {
        // Too close once moved: one badge for both, where the one not moved is.
        const moved = previous.x - radius(previous.count) <= left + 1 ? previous : c;
        const stays = moved === previous ? c : previous;
        const joined: Cluster = {
          ...stays,
          count: previous.count + c.count,
          ids: [...previous.ids, ...c.ids],
          from: Math.min(previous.from, c.from),
          to: Math.max(previous.to, c.to),
          type: previous.count >= c.count ? previous.type : c.type,
        };
        const rj = radius(joined.count);
        joined.x = Math.min(Math.max(joined.x, left + rj + 1), right - rj - 1);
        kept[kept.length - 1] = joined;
      } else kept.push(c);
    }
    out.push(...kept);
  }
  out.sort((a, b) => a.lane - b.lane || a.x - b.x);
  return out;
}
