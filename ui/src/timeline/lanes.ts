// Lanes and clusters: the timeline split into horizontal lanes (by type,
// country or actor), each with its own rows of labelled events; events that
// find no free row, and lanes too dense to label, are drawn as counted
// clusters that open on click. Pure functions, so they are unit-tested.
import type { EventType } from "../lib/api";
import { fitText, markOf, type Placed, type TimelineItem } from "./layout";

export interface Lane {
  /** The lane's name as shown ("" when the timeline has no lanes). */
  label: string;
  /** First row (global) and number of rows the lane spans. */
  firstRow: number;
  rows: number;
  /** Events of the lane in the whole timeline (not only on screen). */
  total: number;
}

export interface Cluster {
  lane: number;
  row: number;
  x: number;
  count: number;
  ids: number[];
  /** Time extent of its events (ms), for zooming into it. */
  from: number;
  to: number;
  /** The most frequent type, for its colour. */
  type: EventType;
}

export interface LaneLayout {
  lanes: Lane[];
  placed: Placed[];
  clusters: Cluster[];
}

export interface LaneOptions {
  totalRows: number;
  gap: number;
  maxLabelWidth: number;
  labelOffset: number;
  viewLeft: number;
  viewWidth: number;
  /** Lanes with more events on screen than this are drawn as clusters only. */
  denseLimit: number;
  /** Events closer than this (px) share a cluster. */
  clusterPx: number;
  /** Shortens a title to the label width (the timeline caches it); fitText by default. */
  fit?: (title: string) => string;
}

export const DEFAULT_LANE_OPTIONS: LaneOptions = {
  totalRows: 12,
  gap: 14,
  maxLabelWidth: 300,
  labelOffset: 11,
  viewLeft: 0,
  viewWidth: Infinity,
  denseLimit: 800,
  clusterPx: 28,
};

/**
 * Which lanes to draw, in order, with their share of the rows. `order` is the
 * lane names in display order (all events in one unnamed lane when null).
 * Lanes beyond what the height can hold (two rows each) are folded into `others`.
 */
export function planLanes(items: TimelineItem[], order: string[] | null, totalRows: number, others = "Autres"): { lanes: Lane[]; laneOf: Map<string, number> } {
  const totals = new Map<string, number>();
  if (order) for (const item of items) for (const key of item.lanes ?? []) totals.set(key, (totals.get(key) ?? 0) + 1);
  return planLanesFromTotals(totals, items.length, order, totalRows, others, (lanes, laneOf) => {
    for (const item of items) {
      const seen = new Set<number>();
      for (const key of item.lanes ?? []) {
        const lane = laneOf.get(key);
        if (lane !== undefined && !seen.has(lane)) {
          seen.add(lane);
          lanes[lane].total++;
        }
      }
    }
  });
}

/**
 * planLanes from the number of events of each lane name (a large workspace's
 * counts); `count` fills each lane's total when given (by default, the sum of
 * the totals of the names it gathers).
 */
export function planLanesFromTotals(
  totals: Map<string, number>,
  all: number,
  order: string[] | null,
  totalRows: number,
  others = "Autres",
  count?: (lanes: Lane[], laneOf: Map<string, number>) => void,
): { lanes: Lane[]; laneOf: Map<string, number> } {
  if (!order) return { lanes: [{ label: "", firstRow: 0, rows: Math.max(1, totalRows), total: all }], laneOf: new Map() };
  const present = order.filter((key) => totals.has(key));
  const capacity = Math.max(1, Math.floor(totalRows / 2));
  const shown = present.length > capacity ? present.slice(0, capacity - 1) : present;
  const laneOf = new Map<string, number>(shown.map((key, i) => [key, i]));
  const labels = [...shown];
  if (present.length > shown.length) {
    for (const key of present.slice(shown.length)) laneOf.set(key, shown.length);
    labels.push(others);
  }
  const lanes = labels.map((label) => ({ label, firstRow: 0, rows: 0, total: 0 }));
  if (count) count(lanes, laneOf);
  else for (const [key, n] of totals) if (laneOf.has(key)) lanes[laneOf.get(key)!].total += n;
  // Two rows each, then the rest shared by size: a lane of 16 events gets more room than one of 2.
  const base = Math.max(1, Math.min(2, Math.floor(totalRows / lanes.length)));
  let spare = Math.max(0, totalRows - base * lanes.length);
  const sum = lanes.reduce((n, l) => n + l.total, 0) || 1;
  for (const lane of lanes) lane.rows = base + Math.floor((spare * lane.total) / sum);
  spare = totalRows - lanes.reduce((n, l) => n + l.rows, 0);
  for (const lane of [...lanes].sort((a, b) => b.total - a.total)) {
    if (spare <= 0) break;
    lane.rows++;
    spare--;
  }
  let row = 0;
  for (const lane of lanes) {
    lane.firstRow = row;
    row += lane.rows;
  }
  return { lanes, laneOf };
}

function dominantType(items: TimelineItem[]): EventType {
  const counts = new Map<EventType, number>();
  let best: EventType = items[0].type;
  for (const i of items) {
    const n = (counts.get(i.type) ?? 0) + 1;
    counts.set(i.type, n);
    if (n > (counts.get(best) ?? 0)) best = i.type;
  }
  return best;
}

/** Groups items (sorted by x) whose marks are closer than `px` into clusters. */
export function clusterItems(items: TimelineItem[], x: (ms: number) => number, px: number, lane: number, row: number): Cluster[] {
  const out: Cluster[] = [];
  let group: TimelineItem[] = [];
  let groupX = -Infinity;
  const flush = () => {
    if (!group.length) return;
    let from = Infinity;
    let to = -Infinity;
    for (const g of group) {
      from = Math.min(from, g.start);
      to = Math.max(to, g.end);
    }
    out.push({ lane, row, x: groupX, count: group.length, ids: group.map((g) => g.id), from, to, type: dominantType(group) });
    group = [];
  };
  for (const item of items) {
    const ix = x(item.start);
    if (group.length && ix - groupX >= px) flush();
    if (!group.length) groupX = ix;
    group.push(item);
  }
  flush();
  return out;
}

/**
 * Lays out the visible items (sorted by start) lane by lane. In each lane the
 * first free row takes an event with its label; when none is free the lane's
 * last row is kept for clusters of the events that did not fit.
 */
export function layoutLanes(
  visible: TimelineItem[],
  lanes: Lane[],
  laneOf: Map<string, number>,
  x: (ms: number) => number,
  measure: (s: string) => number,
  opts: LaneOptions = DEFAULT_LANE_OPTIONS,
): LaneLayout {
  const members: TimelineItem[][] = lanes.map(() => []);
  if (laneOf.size === 0) members[0] = visible;
  else
    for (const item of visible) {
      const keys = item.lanes ?? [];
      // Most events have one lane: no set needed (this loop runs over every visible event, every frame).
      if (keys.length === 1) {
        const lane = laneOf.get(keys[0]);
        if (lane !== undefined) members[lane].push(item);
        continue;
      }
      const seen: number[] = [];
      for (const key of keys) {
        const lane = laneOf.get(key);
        if (lane !== undefined && !seen.includes(lane)) {
          seen.push(lane);
          members[lane].push(item);
        }
      }
    }
  const placed: Placed[] = [];
  const clusters: Cluster[] = [];
  const right = opts.viewLeft + opts.viewWidth;
  lanes.forEach((lane, index) => {
    const items = members[index];
    if (items.length > opts.denseLimit) {
      // Too many to label: counted clusters in the lane's middle row.
      clusters.push(...clusterItems(items, x, opts.clusterPx, index, lane.firstRow + Math.floor((lane.rows - 1) / 2)));
      return;
    }
    const tryRows = (rows: number, order: TimelineItem[]) => {
      const rowEnds = new Array<number>(Math.max(1, rows)).fill(-Infinity);
      const laid: Placed[] = [];
      const overflow: TimelineItem[] = [];
      for (const item of order) {
        const mark = markOf(item.precision);
        const x0 = x(item.start);
        // A label never starts a row before its mark (x0 - 6): with no row free there, the
        // event overflows whatever its label, and its title is not measured. Measuring every
        // title of a zoomed-in stretch of a large workspace held its first frame (2,271
        // events, 20–99 ms, #16); a few dozen get a row.
        if (!rowEnds.some((end) => end + opts.gap <= x0 - 6)) {
          overflow.push(item);
          continue;
        }
        const x1 = mark === "band" ? Math.max(x(item.end), x0 + 2) : x0;
        const label = opts.fit ? opts.fit(item.title) : fitText(item.title, opts.maxLabelWidth, measure);
        const labelWidth = label ? measure(label) : 0;
        // A short band is labelled after its end, so its outline never crosses the words.
        const anchor = mark === "band" && x1 - x0 < 0.4 * opts.viewWidth ? x1 : x0;
        const flip = label !== "" && anchor + opts.labelOffset + labelWidth > right && x0 - opts.labelOffset - labelWidth >= opts.viewLeft;
        const labelX = flip ? x0 - opts.labelOffset - labelWidth : anchor + opts.labelOffset;
        const begin = Math.min(x0 - 6, labelX);
        const extent = Math.max(x1, labelX + labelWidth);
        const row = rowEnds.findIndex((end) => end + opts.gap <= begin);
        if (row === -1) {
          overflow.push(item);
          continue;
        }
        rowEnds[row] = extent;
        laid.push({ item, row: lane.firstRow + row, x0, x1, mark, labelX, label, labelWidth });
      }
      return { laid, overflow };
    };
    let { laid, overflow } = tryRows(lane.rows, items);
    if (overflow.length) {
      // Rows are short: the events that start on screen take them first, then
      // the bands already under way (a month, a year) that would each fill a
      // row from the left edge and leave the events of the view uncounted.
      const wide = (i: TimelineItem) => markOf(i.precision) === "band" && x(i.start) < opts.viewLeft && x(i.end) - x(i.start) >= 0.4 * opts.viewWidth;
      const order = items.filter((i) => !wide(i)).concat(items.filter(wide));
      ({ laid, overflow } = tryRows(Math.max(1, lane.rows - 1), order));
      overflow.sort((a, b) => a.start - b.start || a.id - b.id);
    }
    placed.push(...laid);
    // Clusters of events under way since before the view stand at its left edge, not off screen.
    const onScreen = (ms: number) => Math.max(x(ms), opts.viewLeft + opts.clusterPx / 2);
    if (overflow.length) clusters.push(...clusterItems(overflow, onScreen, opts.clusterPx, index, lane.firstRow + lane.rows - 1));
  });
  return { lanes, placed, clusters };
}
