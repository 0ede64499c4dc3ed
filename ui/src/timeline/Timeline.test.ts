// The canvas timeline's behaviour that does not need pixels: keyboard
// navigation between events and where it says it drew them.
import { expect, test, vi } from "vitest";
import type { TimelineItem } from "./layout";
import { Timeline } from "./Timeline";

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(iso + "T00:00:00Z");
const item = (id: number, iso: string): TimelineItem => ({ id, title: `Event ${id}`, type: "visit", start: day(iso), end: day(iso) + DAY, precision: "day", planned: false, label: `Event ${id}` });

function timeline(onSelect = vi.fn(), othersLabel?: string) {
  const host = document.createElement("div");
  host.getBoundingClientRect = () => ({ width: 900, height: 500, top: 0, left: 0, right: 900, bottom: 500, x: 0, y: 0, toJSON() {} });
  const canvas = document.createElement("canvas");
  host.appendChild(canvas);
  document.body.appendChild(host);
  return { t: new Timeline(canvas, { lang: "fr", onSelect, othersLabel }), canvas, onSelect };
}

test("arrow keys move to the previous and next event in time", () => {
  const { canvas, onSelect, t } = timeline();
  t.setItems([item(2, "2024-06-20"), item(1, "2024-06-19"), item(3, "2024-06-25")]);
  const press = (key: string, shiftKey = false) => canvas.dispatchEvent(new KeyboardEvent("keydown", { key, shiftKey }));
  press("ArrowRight");
  press("ArrowRight");
  press("ArrowRight");
  press("ArrowLeft");
  expect(onSelect.mock.calls.map((c) => c[0])).toEqual([1, 2, 3, 2]);
  press("Escape");
  expect(onSelect).toHaveBeenLastCalledWith(null);
  // Enter with nothing selected takes the first event; on a selected event it opens it.
  press("Enter");
  expect(onSelect).toHaveBeenLastCalledWith(1);
  t.destroy();
});

test("an event off screen is brought into view when reached by keyboard", () => {
  const { t } = timeline();
  t.setItems([item(1, "1975-01-01"), ...Array.from({ length: 9 }, (_, i) => item(10 + i, "2024-06-19"))]);
  expect(t.positionOf(1)).toBeNull();
  t.step(-1);
  t.step(-1);
  // Stepping back past the dense week reaches 1975, and the view follows.
  for (let i = 0; i < 9; i++) t.step(-1);
  const [from, to] = t.visibleRange();
  expect(from).toBeLessThanOrEqual(day("1975-01-01"));
  expect(to).toBeGreaterThanOrEqual(day("1975-01-01"));
  expect(t.positionOf(1)).not.toBeNull();
  t.destroy();
});

test("the lane gathering the lanes that find no room is named in the language chosen after start", () => {
  const { t: t2 } = timeline(vi.fn(), "Autres");
  const names = Array.from({ length: 30 }, (_, i) => `Pays ${i}`);
  t2.setItems(names.map((name, i) => ({ ...item(i + 1, "2024-06-20"), lanes: [name] })));
  t2.setLanes(names);
  const labels = () => (t2 as unknown as { lanes: { label: string }[] }).lanes.map((l) => l.label);
  expect(labels().at(-1)).toBe("Autres");
  t2.setLang("en", "Others");
  expect(labels().at(-1)).toBe("Others");
  expect(labels()).not.toContain("Autres");
  t2.destroy();
});
