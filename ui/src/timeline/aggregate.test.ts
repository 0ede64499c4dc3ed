import { describe, expect, test } from "vitest";
import { binDays, clusterCounts, countIn, DAY, extentOf, formatCount, fromDayCounts, initialDomainOf, keepBadgesInView, laneCounter, laneTotals, TYPE_INDEX, badgeRadius } from "./aggregate";
import { planLanesFromTotals } from "./lanes";

// 2024-06-19 and 2024-06-20 as days since 1970.
const D19 = Date.UTC(2024, 5, 19) / DAY;
const D20 = D19 + 1;

const columns = {
  total: 7,
  lane_keys: ["visit", "agreement"],
  lane_names_fr: ["visit", "agreement"],
  lane_sets: [[0], [1]],
  day: [D19, D20, D20, D20 + 400],
  types: [0, 0, 2, 2],
  lane_set: [0, 0, 1, 1],
  count: [1, 2, 3, 1],
  last_day: D20 + 402,
};

describe("a large workspace's counts", () => {
  const agg = fromDayCounts(columns, (key) => key.toUpperCase());

  test("the TypeScript type order is the Rust EventType::ALL order", () => {
    expect(TYPE_INDEX).toEqual(["visit", "meeting", "agreement", "sanction", "statement", "military", "election", "other"]);
  });

  test("count the events of a range with two binary searches", () => {
    expect(countIn(agg, D19 * DAY, (D20 + 1) * DAY)).toBe(6);
    expect(countIn(agg, D20 * DAY, (D20 + 1) * DAY)).toBe(5);
    expect(countIn(agg, 0, D19 * DAY)).toBe(0);
    expect(countIn(agg, 0, Infinity)).toBe(7);
    expect(laneTotals(agg)).toEqual(new Map([["VISIT", 3], ["AGREEMENT", 4]]));
    expect(extentOf(agg)).toEqual([D19 * DAY, (D20 + 403) * DAY]);
  });

  test("bin into clusters at least px apart, per lane, coloured by their most frequent type", () => {
    const { lanes, laneOf } = planLanesFromTotals(laneTotals(agg), agg.total, ["VISIT", "AGREEMENT"], 8);
    // One day = 10 px: clusters 36 px apart need 7-day bins.
    expect(binDays(10, 36)).toBe(7);
    const x = (ms: number) => ((ms - D19 * DAY) / DAY) * 10;
    const clusters = clusterCounts(agg, lanes, laneOf, x, D19 * DAY, (D20 + 1) * DAY, 36);
    const byLane = (lane: number) => clusters.filter((c) => c.lane === lane).reduce((n, c) => n + c.count, 0);
    expect([byLane(0), byLane(1)]).toEqual([3, 3]);
    expect(new Set(clusters.filter((c) => c.lane === 0).map((c) => c.type))).toEqual(new Set(["visit"]));
    expect(new Set(clusters.filter((c) => c.lane === 1).map((c) => c.type))).toEqual(new Set(["agreement"]));
    for (const c of clusters) {
      expect(c.ids).toEqual([]);
      expect(c.to - c.from).toBe(7 * DAY);
      expect(c.row).toBe(lanes[c.lane].firstRow + Math.floor((lanes[c.lane].rows - 1) / 2));
    }
    // Without lanes every count is in the one lane.
    const one = planLanesFromTotals(laneTotals(agg), agg.total, null, 8);
    expect(clusterCounts(agg, one.lanes, one.laneOf, x, 0, Infinity, 36).reduce((n, c) => n + c.count, 0)).toBe(7);
  });

  test("an event of several countries counts once in each lane, and once in the lane gathering them", () => {
    // 5 events in France alone, 3 in Germany and Italy, 2 in Italy and Spain, 1 in France and Spain.
    const c = fromDayCounts(
      { total: 11, lane_keys: ["FR", "DE", "IT", "ES"], lane_names_fr: ["FR", "DE", "IT", "ES"], lane_sets: [[0], [1, 2], [2, 3], [0, 3]], day: [D19, D19, D20, D20], types: [0, 0, 0, 0], lane_set: [0, 1, 2, 3], count: [5, 3, 2, 1], last_day: D20 },
      (key) => key,
    );
    expect(laneTotals(c)).toEqual(new Map([["FR", 6], ["DE", 3], ["IT", 5], ["ES", 3]]));
    expect(countIn(c, 0, Infinity)).toBe(11);
    // Room for two lanes: France, and the others gathered.
    const { lanes, laneOf } = planLanesFromTotals(laneTotals(c), c.total, ["FR", "IT", "DE", "ES"], 4, "Autres", laneCounter(c));
    expect(lanes.map((l) => [l.label, l.total])).toEqual([["FR", 6], ["Autres", 6]]);
    const x = (ms: number) => ((ms - D19 * DAY) / DAY) * 10;
    const clusters = clusterCounts(c, lanes, laneOf, x, 0, Infinity, 36);
    const byLane = (lane: number) => clusters.filter((k) => k.lane === lane).reduce((n, k) => n + k.count, 0);
    expect([byLane(0), byLane(1)]).toEqual([6, 6]);
    // Every lane: all its events, none twice.
    const all = planLanesFromTotals(laneTotals(c), c.total, ["FR", "IT", "DE", "ES"], 8, "Autres", laneCounter(c));
    expect(all.lanes.map((l) => [l.label, l.total])).toEqual([["FR", 6], ["IT", 5], ["DE", 3], ["ES", 3]]);
  });

  test("clusters never come closer than the bin width in px", () => {
    const many = fromDayCounts({ total: 1000, lane_keys: [""], lane_names_fr: [""], lane_sets: [[0]], day: Array.from({ length: 1000 }, (_, i) => 19000 + i), types: new Array(1000).fill(0), lane_set: new Array(1000).fill(0), count: new Array(1000).fill(1), last_day: 19999 }, () => "");
    const { lanes, laneOf } = planLanesFromTotals(laneTotals(many), many.total, null, 8);
    for (const pxPerDay of [0.05, 0.3, 1, 4, 40]) {
      const x = (ms: number) => (ms / DAY - 19000) * pxPerDay;
      const xs = clusterCounts(many, lanes, laneOf, x, 19000 * DAY, 20000 * DAY, 36).map((c) => c.x);
      for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(36 - 1e-6);
    }
  });

  test("open on the shortest stretch holding most events", () => {
    const [from, to] = initialDomainOf(agg, 0.7);
    // 20 June alone holds 5 of the 7 events.
    expect(from).toBeLessThan(D20 * DAY);
    expect(from).toBeGreaterThan(D19 * DAY);
    expect(to).toBeGreaterThan((D20 + 1) * DAY);
    expect(to).toBeLessThan((D20 + 400) * DAY);
  });

  test("badges say their count briefly and are as wide as their label", () => {
    expect(formatCount(842)).toBe("842");
    expect(formatCount(1234, "fr")).toBe("1,2 k");
    expect(formatCount(1234, "en")).toBe("1.2 k");
    expect(formatCount(12_345)).toBe("12 k");
    expect(formatCount(99_045)).toBe("99 k");
    expect(formatCount(1_300_000, "fr")).toBe("1,3 M");
    expect(badgeRadius(10)).toBe(9);
    expect(badgeRadius(30)).toBe(19);
  });

  test("no badge is cut by the edges of the view, and no count is lost", () => {
    const radius = (n: number) => badgeRadius(formatCount(n).length * 6.5, 8, 3);
    const cluster = (x: number, count: number, row = 0) => ({ lane: 0, row, x, count, ids: [], from: x * DAY, to: (x + 1) * DAY, type: "visit" as const });
    // 12 k events in a bin whose middle is 5 px left of the lane names' edge (at 100), others further right.
    const placed = keepBadgesInView([cluster(95, 12_345), cluster(160, 40), cluster(620, 9), cluster(-300, 7), cluster(698, 3_000)], radius, 100, 700);
    for (const c of placed.filter((c) => c.x > -300)) {
      expect(c.x - radius(c.count)).toBeGreaterThanOrEqual(100);
      expect(c.x + radius(c.count)).toBeLessThanOrEqual(700);
    }
    expect(placed.map((c) => c.count)).toEqual([7, 12_345, 40, 9, 3_000]);
    // Wholly outside: left as it is, for the clip to hide.
    expect(placed[0].x).toBe(-300);
    // Moved in, a badge that would cover its neighbour joins it: one badge, both counts.
    const joined = keepBadgesInView([cluster(98, 500), cluster(120, 20), cluster(120, 5, 1)], radius, 100, 700);
    expect(joined.map((c) => [c.row, c.count])).toEqual([[0, 520], [1, 5]]);
    expect(joined[0].x - radius(520)).toBeGreaterThanOrEqual(100);
    expect([joined[0].from, joined[0].to]).toEqual([98 * DAY, 121 * DAY]);
  });
});
