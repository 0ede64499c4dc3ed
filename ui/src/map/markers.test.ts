import { describe, expect, test } from "vitest";
import { markerRadius, MAX_RADIUS, mergeMarkers, MIN_RADIUS } from "./markers";

describe("map markers", () => {
  test("area grows with the count up to a maximum radius", () => {
    expect(markerRadius(100, 100)).toBe(MAX_RADIUS);
    expect(markerRadius(25, 100)).toBeCloseTo(MAX_RADIUS / 2);
    // Area proportional: four times the events, twice the radius.
    expect(markerRadius(400, 1000) / markerRadius(100, 1000)).toBeCloseTo(2);
    expect(markerRadius(1, 100_000)).toBe(MIN_RADIUS);
    expect(markerRadius(5000, 100)).toBe(MAX_RADIUS);
  });

  test("places whose discs overlap are merged, busiest first, and keep their total", () => {
    const merged = mergeMarkers([
      { name: "Hanoi", count: 50, x: 100, y: 100 },
      { name: "Haiphong", count: 10, x: 110, y: 105 },
      { name: "Paris", count: 40, x: 400, y: 80 },
    ]);
    expect(merged.map((m) => [m.name, m.names, m.count])).toEqual([
      ["Hanoi", ["Hanoi", "Haiphong"], 60],
      ["Paris", ["Paris"], 40],
    ]);
    expect(merged[0]).toMatchObject({ x: 100, y: 100 });
  });

  test("no two markers drawn overlap, and none is larger than the maximum", () => {
    // 2,000 places in a 600 × 300 map, counts from 1 to 30,000.
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const places = Array.from({ length: 2000 }, (_, i) => ({ name: `p${i}`, count: 1 + Math.floor(rand() ** 4 * 30000), x: rand() * 600, y: rand() * 300 }));
    const merged = mergeMarkers(places);
    expect(merged.reduce((n, m) => n + m.count, 0)).toBe(places.reduce((n, p) => n + p.count, 0));
    for (const m of merged) expect(m.r).toBeLessThanOrEqual(MAX_RADIUS);
    // Merging is greedy: a marker that grew may touch one placed before it, never by more than its growth.
    let overlaps = 0;
    for (let i = 0; i < merged.length; i++)
      for (let j = i + 1; j < merged.length; j++) if (Math.hypot(merged[i].x - merged[j].x, merged[i].y - merged[j].y) < merged[i].r + merged[j].r - 0.5 * MAX_RADIUS) overlaps++;
    expect(overlaps).toBe(0);
  });
});
