import { describe, expect, test } from "vitest";
import type { TimelineItem } from "./layout";
import { clusterItems, DEFAULT_LANE_OPTIONS, layoutLanes, planLanes } from "./lanes";

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(iso + "T00:00:00Z");
const measure = (s: string) => s.length * 7;
const x = (ms: number) => ((ms - day("2024-06-01")) / DAY) * 40;

function item(id: number, iso: string, lanes: string[], type: TimelineItem["type"] = "visit"): TimelineItem {
  return { id, title: `Événement ${id}`, type, start: day(iso), end: day(iso) + DAY, precision: "day", planned: false, label: `e${id}`, lanes };
}

describe("lanes", () => {
  test("an event with two actors is drawn in both lanes, as the same event", () => {
    const items = [item(1, "2024-06-19", ["Poutine", "Kim"]), item(2, "2024-06-20", ["Poutine"]), item(3, "2024-06-21", ["To Lam"])];
    const { lanes, laneOf } = planLanes(items, ["Poutine", "Kim", "To Lam"], 12);
    // Two rows each, the rest shared by size.
    expect(lanes.map((l) => [l.label, l.total, l.firstRow, l.rows])).toEqual([["Poutine", 2, 0, 6], ["Kim", 1, 6, 3], ["To Lam", 1, 9, 3]]);
    const layout = layoutLanes(items, lanes, laneOf, x, measure);
    const rowsOf1 = layout.placed.filter((p) => p.item.id === 1).map((p) => p.row);
    expect(rowsOf1).toEqual([0, 6]);
    expect(layout.clusters).toEqual([]);
  });

  test("lanes that do not fit the height fold into Autres", () => {
    const names = Array.from({ length: 10 }, (_, i) => `Pays ${i}`);
    const items = names.map((n, i) => item(i, "2024-06-20", [n]));
    const { lanes, laneOf } = planLanes(items, names, 8, "Autres");
    expect(lanes.map((l) => l.label)).toEqual(["Pays 0", "Pays 1", "Pays 2", "Autres"]);
    expect(lanes[3].total).toBe(7);
    expect(laneOf.get("Pays 9")).toBe(3);
  });

  test("events that find no row become a counted cluster in the lane's last row", () => {
    const items = Array.from({ length: 30 }, (_, i) => item(i, "2024-06-20", [], i % 3 ? "visit" : "sanction"));
    const { lanes, laneOf } = planLanes(items, null, 6);
    const layout = layoutLanes(items, lanes, laneOf, x, measure);
    expect(layout.placed).toHaveLength(5);
    expect(layout.placed.every((p) => p.row < 5 && p.label !== "")).toBe(true);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]).toMatchObject({ row: 5, count: 25, type: "visit" });
    // Every event is either labelled or counted.
    expect(layout.placed.length + layout.clusters[0].count).toBe(30);
  });

  test("the titles of events that can find no row are not measured", () => {
    // 1,500 events of one day in 5 rows, as a zoomed-in stretch of a large workspace loads them.
    const items = Array.from({ length: 1500 }, (_, i) => ({ ...item(i, "2024-06-20", []), title: `Titre ${i}` }));
    const { lanes, laneOf } = planLanes(items, null, 6);
    const measured = new Set<string>();
    const counting = (s: string) => {
      measured.add(s);
      return measure(s);
    };
    const layout = layoutLanes(items, lanes, laneOf, x, counting, { ...DEFAULT_LANE_OPTIONS, denseLimit: Number.POSITIVE_INFINITY });
    expect(layout.placed).toHaveLength(5);
    expect(layout.clusters[0]).toMatchObject({ count: 1495 });
    // The five labelled ones and a few tried before the rows filled, not the 1,500 titles.
    expect(measured.size).toBeLessThan(20);
    // The same layout as when every title is measured.
    const measuredAll = layoutLanes(items, lanes, laneOf, x, measure, { ...DEFAULT_LANE_OPTIONS, denseLimit: Number.POSITIVE_INFINITY });
    expect(layout).toEqual(measuredAll);
  });

  test("a lane too dense to label is drawn as clusters only", () => {
    const items = Array.from({ length: 2000 }, (_, i) => item(i, `2024-06-${String(1 + (i % 28)).padStart(2, "0")}`, []));
    items.sort((a, b) => a.start - b.start);
    const { lanes, laneOf } = planLanes(items, null, 10);
    const layout = layoutLanes(items, lanes, laneOf, x, measure);
    expect(layout.placed).toHaveLength(0);
    expect(layout.clusters.reduce((n, c) => n + c.count, 0)).toBe(2000);
    // Clusters never touch: they are at least clusterPx apart.
    for (let i = 1; i < layout.clusters.length; i++) expect(layout.clusters[i].x - layout.clusters[i - 1].x).toBeGreaterThanOrEqual(28);
  });

  test("a cluster knows its time extent, to open it by zooming", () => {
    const [c] = clusterItems([item(1, "2024-06-20", []), item(2, "2024-06-20", [])], x, 28, 0, 0);
    expect(c.from).toBe(day("2024-06-20"));
    expect(c.to).toBe(day("2024-06-21"));
    expect(c.ids).toEqual([1, 2]);
  });
  test("zoomed in among bands under way, the events of the view get the rows and the bands a cluster at the left edge", () => {
    // 20 year-long bands that began before the view, then 6 events of the week on screen (x = 0 … 280 px).
    const bands = Array.from({ length: 20 }, (_, i): TimelineItem => ({ ...item(100 + i, "2024-01-01", []), end: day("2024-12-31"), precision: "year" }));
    const week = Array.from({ length: 6 }, (_, i) => item(i, `2024-06-0${1 + i}`, []));
    const items = [...bands, ...week];
    const { lanes, laneOf } = planLanes(items, null, 6);
    const layout = layoutLanes(items, lanes, laneOf, x, measure, { ...DEFAULT_LANE_OPTIONS, viewLeft: 0, viewWidth: 1000 });
    const placedIds = layout.placed.map((p) => p.item.id);
    for (const e of week) expect(placedIds).toContain(e.id);
    // Every event is either drawn or counted, and no cluster stands off screen.
    expect(layout.placed.length + layout.clusters.reduce((n, c) => n + c.count, 0)).toBe(items.length);
    for (const c of layout.clusters) expect(c.x).toBeGreaterThanOrEqual(0);
  });
});
