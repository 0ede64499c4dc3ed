// The map's markers as they are drawn at a zoom: a disc whose area is
// proportional to its number of events up to a maximum radius, and places
// whose discs would overlap merged into one counted marker. Pure, unit-tested.

export interface MarkerInput {
  name: string;
  count: number;
  /** Where it is on screen at the current zoom (px). */
  x: number;
  y: number;
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
 * Merges the places whose discs overlap at this zoom, busiest first: a place
 * joins the first marker it would overlap (its disc, as big as the two
 * together, stays where the busiest is). `max` is the busiest place's count
 * over the whole view, so sizes do not jump as markers merge.
 */
export function mergeMarkers(places: MarkerInput[], max = Math.max(0, ...places.map((p) => p.count)), gap = 2): Marker[] {
  const sorted = [...places].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const out: Marker[] = [];
  // A coarse grid of the markers placed, so merging stays linear for thousands of places.
  const cell = 2 * MAX_RADIUS + gap;
  const grid = new Map<string, Marker[]>();
  const key = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  for (const p of sorted) {
    const r = markerRadius(p.count, max);
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
      into.names.push(p.name);
      into.r = markerRadius(into.count, max);
      continue;
    }
    const m: Marker = { name: p.name, names: [p.name], count: p.count, x: p.x, y: p.y, r };
    out.push(m);
    const k = key(p.x, p.y);
    grid.set(k, [...(grid.get(k) ?? []), m]);
  }
  return out;
}
