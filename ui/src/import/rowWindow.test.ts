// The rows a long review sheet draws: those in view and the overscan around them,
// the spacers standing in for the others, at the top, the middle and the end.
import { describe, expect, test } from "vitest";
import { rowWindow } from "./rowWindow";

const even = (n: number, h = 40) => Array.from({ length: n }, () => h);

describe("the rows drawn of a long list", () => {
  test("at the top: the rows in view and the overscan below them; one spacer after", () => {
    expect(rowWindow(even(1000), 0, 400, 5)).toEqual({ start: 0, end: 15, before: 0, after: 985 * 40 });
  });

  test("scrolled to the middle: the rows in view, overscan on both sides, spacers of the rows left out", () => {
    // Rows 250 (from 10,000 px) to 259 (to 10,400 px) are in view.
    const w = rowWindow(even(1000), 10000, 400, 5);
    expect(w).toEqual({ start: 245, end: 265, before: 245 * 40, after: 735 * 40 });
  });

  test("a row cut by the top or the bottom of the view is drawn", () => {
    const w = rowWindow(even(100), 10, 400, 0);
    expect([w.start, w.end]).toEqual([0, 11]);
  });

  test("rows of different heights: the spacers are their exact sum", () => {
    const heights = [40, 56, 34, 40, 56, 34, 40, 56, 34, 40];
    const w = rowWindow(heights, 100, 80, 1);
    // Row 2 spans 96–130, row 3 130–170, row 4 170–226: rows 2 to 4 are in view.
    expect([w.start, w.end]).toEqual([1, 6]);
    expect(w.before).toBe(40);
    expect(w.after).toBe(40 + 56 + 34 + 40);
    expect(w.before + heights.slice(w.start, w.end).reduce((a, b) => a + b, 0) + w.after).toBe(heights.reduce((a, b) => a + b, 0));
  });

  test("at the end, and scrolled past it after the list got shorter: the last rows", () => {
    expect(rowWindow(even(100), 100 * 40 - 400, 400, 3)).toEqual({ start: 87, end: 100, before: 87 * 40, after: 0 });
    const past = rowWindow(even(10), 5000, 400, 3);
    expect(past.end).toBe(10);
    expect(past.start).toBeLessThan(10);
    expect(past.after).toBe(0);
  });

  test("a short list is drawn whole, an empty one not at all", () => {
    expect(rowWindow(even(12), 0, 600, 10)).toEqual({ start: 0, end: 12, before: 0, after: 0 });
    expect(rowWindow([], 0, 600, 10)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});
