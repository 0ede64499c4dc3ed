// The map's markers as they are drawn at a zoom: a disc whose area is
// proportional to its number of events, the largest drawn at a maximum
// radius, and places whose discs would overlap merged into one counted
// marker. Pure, unit-tested; the export's map (Rust, render::map) sizes its
// markers by the same rule.

export interface MarkerInput {
  name: string;
  count: number;
  /** Where it is on screen at the current zoom (px). */
  x: number;
  y: number;
  /** The places it already gathers (a marker merged before), itself when absent. */
  names?: string[];
}

export interface Marker {
  /** The place drawn (the one with most events when merged) and every place merged into it. */
  name: string;
  names: string[];
  count: number;
  x: number;
  y: number;
  /** Radius on screen (px). */
  r: number;
}

export const MIN_RADIUS = 3;
export const MAX_RADIUS = 22;

/**
 * Radius for `count` events when the busiest marker has `max`: area
 * proportional to the count, the busiest at MAX_RADIUS, none under MIN_RADIUS.
 */
export function markerRadius(count: number, max: number): number {
  if (count <= 0 || max <= 0) return MIN_RADIUS;
  return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(Math.min(count, max) / max));
}

/**
 * The markers drawn at this zoom: places merged where their discs overlap, the
 * largest marker drawn at MAX_RADIUS and every other with an area
 * proportional to its count. Merging sums counts, so scaled to the busiest
 * single place every merged marker of a large workspace would be at the
 * maximum; scaled to the largest marker drawn, a disc twice as wide holds four
 * times the events. Places are merged at that scale, then sized to the largest
 * count of the merge (at least the scale's, so radii only shrink and markers
 * that did not overlap still do not). A merged marker is at least as large as
 * `badge(count)`, the badge its count is written in, while merging too.
 */
export function drawnMarkers(places: MarkerInput[], gap = 2, badge: (count: number) => number = () => 0): Marker[] {
  const busiest = Math.max(0, ...places.map((p) => p.count));
  const top = Math.max(0, ...mergeMarkers(places, busiest, gap, badge).map((m) => m.count));
  // Merged markers grow and may then cover one placed before them: merge again until none does.
  let merged = mergeMarkers(places, top, gap, badge);
  for (let pass = 0; pass < 10; pass++) {
    const again = mergeMarkers(merged, top, gap, badge);
    if (again.length === merged.length) break;
    merged = again;
  }
  const largest = Math.max(top, ...merged.map((m) => m.count));
  for (const m of merged) m.r = radiusOf(m.count, largest, m.names.length > 1, badge);
  return merged;
}

/** A marker's radius: by its count, and for places merged at least its badge's (the count written inside). */
function radiusOf(count: number, max: number, merged: boolean, badge: (count: number) => number): number {
  return merged ? Math.max(markerRadius(count, max), badge(count)) : markerRadius(count, max);
}

/**
 * Merges the places whose discs overlap at this zoom, busiest first: a place
 * joins the first marker it would overlap (its disc, as big as the two
 * together, stays where the busiest is). `max` is the busiest place's count
 * over the whole view, so sizes do not jump as markers merge.
 */
export function mergeMarkers(places: MarkerInput[], max = Math.max(0, ...places.map((p) => p.count)), gap = 2, badge: (count: number) => number = () => 0): Marker[] {
  const sorted = [...places].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const out: Marker[] = [];
  // A coarse grid of the markers placed, so merging stays linear for thousands of places.
  const cell = 2 * Math.max(MAX_RADIUS, badge(places.reduce((n, p) => n + p.count, 0))) + gap;
  const grid = new Map<string, Marker[]>();
  const key = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  for (const p of sorted) {
    const names = p.names ?? [p.name];
    const r = radiusOf(p.count, max, names.length > 1, badge);
    let into: Marker | null = null;
    const cx = Math.floor(p.x / cell);
    const cy = Math.floor(p.y / cell);
    for (let dx = -1; dx <= 1 && !into; dx++)
      for (let dy = -1; dy <= 1 && !into; dy++)
        for (const m of grid.get(`${cx + dx},${cy + dy}`) ?? [])
          if (Math.hypot(m.x - p.x, m.y - p.y) < m.r + r + gap) {
            into = m;
            break;
          }
    if (into) {
      into.count += p.count;
      into.names.push(...names);
      into.r = radiusOf(into.count, max, true, badge);
      continue;
    }
    const m: Marker = { name: p.name, names: [...names], count: p.count, x: p.x, y: p.y, r };
    out.push(m);
    const k = key(p.x, p.y);
    grid.set(k, [...(grid.get(k) ?? []), m]);
  }
  return out;
}
