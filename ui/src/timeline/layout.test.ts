import { describe, expect, test } from "vitest";
import { DEFAULT_LANE_OPTIONS, layoutLanes, planLanes } from "./lanes";
import { fitText, hitTest, initialDomain, markOf, rowY, tickLabel, type Placed, type TimelineItem } from "./layout";

/** The rows of a timeline without lanes: every event labelled, or counted in a cluster. */
function layoutRows(items: TimelineItem[], xOf: (ms: number) => number, measureText: (s: string) => number, opts: Partial<typeof DEFAULT_LANE_OPTIONS> = {}): Placed[] {
  const options = { ...DEFAULT_LANE_OPTIONS, ...opts };
  const sorted = [...items].sort((a, b) => a.start - b.start || a.id - b.id);
  const { lanes, laneOf } = planLanes(sorted, null, options.totalRows);
  return layoutLanes(sorted, lanes, laneOf, xOf, measureText, options).placed;
}

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(iso + "T00:00:00Z");
const measure = (s: string) => s.length * 7;
const x = (ms: number) => (ms - day("2024-06-01")) / DAY * 40; // 40 px a day

function item(id: number, start: string, title = `Event ${id}`, precision: TimelineItem["precision"] = "day", days = 1): TimelineItem {
  return { id, title, type: "visit", start: day(start), end: day(start) + days * DAY, precision, planned: false, label: title };
}

describe("row layout", () => {
  test("labels never overlap within a row", () => {
    const items = Array.from({ length: 40 }, (_, i) => item(i, `2024-06-${String(1 + (i % 20)).padStart(2, "0")}`, "Visite de Vladimir Poutine à Hanoï"));
    const placed = layoutRows(items, x, measure, { totalRows: 6, gap: 12, maxLabelWidth: 200, labelOffset: 10, viewWidth: 800 });
    const extent = (p: (typeof placed)[number]) => [Math.min(p.x0, p.label ? p.labelX : p.x0), Math.max(p.x1, p.label ? p.labelX + p.labelWidth : p.x1)];
    for (const a of placed) {
      for (const b of placed) {
        if (a === b || a.row !== b.row || !a.label || !b.label) continue;
        const [[l0, l1], [r0, r1]] = [extent(a), extent(b)];
        expect(l1 <= r0 || r1 <= l0).toBe(true);
      }
    }
    // No label crosses the right edge of the view.
    expect(placed.filter((p) => p.label && p.labelX + p.labelWidth > 800).map((p) => [p.x0, p.labelX, p.labelWidth])).toEqual([]);
    expect(placed.every((p) => p.row >= 0 && p.row < 6)).toBe(true);
    // With 6 rows for 40 wide labels, some events are left to a cluster rather than overlap.
    expect(placed.length).toBeLessThan(40);
  });

  test("events far apart share the first row", () => {
    const placed = layoutRows([item(1, "2024-06-01"), item(2, "2024-06-20")], x, measure);
    expect(placed.map((p) => p.row)).toEqual([0, 0]);
  });

  test("long titles are shortened with an ellipsis", () => {
    expect(fitText("abcdefghij", 49, measure)).toBe("abcdef…");
    expect(fitText("abc", 49, measure)).toBe("abc");
  });
});

describe("marks follow precision", () => {
  test("a day is a point, a month or a year a band over its extent", () => {
    expect(markOf("day")).toBe("point");
    expect(markOf("month")).toBe("band");
    const [month] = layoutRows([item(1, "2024-06-01", "Juin", "month", 30)], x, measure);
    expect(month.mark).toBe("band");
    expect(month.x1 - month.x0).toBeCloseTo(30 * 40);
  });
});

describe("hit testing", () => {
  test("finds the event under the pointer and nothing elsewhere", () => {
    const g = { top: 10, rowHeight: 26 };
    const placed = layoutRows([item(1, "2024-06-05"), item(2, "2024-06-06")], x, measure);
    const second = placed.find((p) => p.item.id === 2)!;
    expect(hitTest(placed, g, second.x0 + 2, rowY(second.row, g))?.item.id).toBe(2);
    expect(hitTest(placed, g, second.x0, rowY(second.row, g) + 40)).toBeNull();
  });
});

describe("axis labels", () => {
  test("French labels adapt to the zoom", () => {
    const ms = day("2024-06-20");
    expect(tickLabel(ms, 365 * DAY, "fr")).toBe("2024");
    expect(tickLabel(ms, 30 * DAY, "fr")).toBe("juin 2024");
    expect(tickLabel(ms, DAY, "fr")).toBe("20 juin");
    expect(tickLabel(ms + 14 * 3_600_000, 3_600_000, "fr")).toBe("14:00");
    expect(tickLabel(ms, 12 * 3_600_000, "fr")).toBe("20 juin");
    expect(tickLabel(ms, 30 * DAY, "en")).toBe("Jun 2024");
  });
});

describe("initial view", () => {
  test("opens on the dense stretch, not on decades of emptiness", () => {
    const items = [item(1, "1975-01-01", "1975", "year", 365), item(2, "2017-01-01", "2017", "year", 365)];
    for (let i = 0; i < 10; i++) items.push(item(10 + i, "2024-06-19"));
    const [from, to] = initialDomain(items);
    expect(from).toBeGreaterThan(day("2024-06-01"));
    expect(to).toBeLessThan(day("2024-07-15"));
    expect(from).toBeLessThan(day("2024-06-19"));
    expect(to).toBeGreaterThan(day("2024-06-20"));
  });
});
