import { describe, expect, test } from "vitest";
import { drawnMarkers, markerRadius, MAX_RADIUS, mergeMarkers, MIN_RADIUS } from "./markers";

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

  test("the largest marker drawn is at the maximum, and the others by area below it, merged or not", () => {
    // A large workspace zoomed out: clusters of places with thousands of events each.
    const places = [
      { name: "Paris", count: 9_000, x: 100, y: 100 },
      { name: "Lyon", count: 6_000, x: 104, y: 112 },
      { name: "Hanoi", count: 6_000, x: 500, y: 200 },
      { name: "Haiphong", count: 4_000, x: 506, y: 204 },
      { name: "Lima", count: 1_000, x: 300, y: 280 },
      { name: "Quito", count: 500, x: 280, y: 20 },
    ];
    const drawn = drawnMarkers(places);
    const radius = new Map(drawn.map((m) => [m.name, m.r]));
    expect(drawn.map((m) => [m.name, m.count])).toEqual([["Paris", 15_000], ["Hanoi", 10_000], ["Lima", 1_000], ["Quito", 500]]);
    expect(radius.get("Paris")).toBe(MAX_RADIUS);
    // Area proportional to the count of what is drawn: two thirds of the events, two thirds of the area.
    expect((radius.get("Hanoi")! / MAX_RADIUS) ** 2).toBeCloseTo(10_000 / 15_000);
    expect((radius.get("Lima")! / radius.get("Quito")!) ** 2).toBeCloseTo(2);
    // Only one marker at the maximum (scaled to the busiest place, both merged ones would be).
    expect(drawn.filter((m) => m.r >= MAX_RADIUS - 1e-9)).toHaveLength(1);
    expect(mergeMarkers(places).filter((m) => m.r >= MAX_RADIUS - 1e-9)).toHaveLength(2);
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) expect(Math.hypot(drawn[i].x - drawn[j].x, drawn[i].y - drawn[j].y)).toBeGreaterThanOrEqual(drawn[i].r + drawn[j].r);
  });

  test("a merged marker is as large as its badge, and merges as such: no badge covers another", () => {
    // Places of about the same count, close together: merged markers are badges ("5,6 k") larger than their disc.
    const badge = (count: number) => (count >= 1000 ? 16 : 9);
    const places = Array.from({ length: 12 }, (_, i) => ({ name: `p${i}`, count: 1_900 + i, x: 100 + (i % 4) * 14, y: 100 + Math.floor(i / 4) * 14 }));
    const drawn = drawnMarkers(places, 2, badge);
    expect(drawn.reduce((n, m) => n + m.count, 0)).toBe(places.reduce((n, p) => n + p.count, 0));
    for (const m of drawn) if (m.names.length > 1) expect(m.r).toBeGreaterThanOrEqual(16);
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) expect(Math.hypot(drawn[i].x - drawn[j].x, drawn[i].y - drawn[j].y)).toBeGreaterThanOrEqual(drawn[i].r + drawn[j].r);
  });
});
