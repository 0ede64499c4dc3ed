// The canvas timeline's behaviour that does not need pixels: keyboard
// navigation between events, where it says it drew them, and the clicks that select.
import { expect, test, vi } from "vitest";
import type { TimelineItem } from "./layout";
import { Timeline } from "./Timeline";

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(iso + "T00:00:00Z");
const item = (id: number, iso: string): TimelineItem => ({ id, title: `Event ${id}`, type: "visit", start: day(iso), end: day(iso) + DAY, precision: "day", planned: false, label: `Event ${id}` });

function timeline(onSelect = vi.fn(), othersLabel?: string, onToggle?: (id: number) => void) {
  const host = document.createElement("div");
  host.getBoundingClientRect = () => ({ width: 900, height: 500, top: 0, left: 0, right: 900, bottom: 500, x: 0, y: 0, toJSON() {} });
  const canvas = document.createElement("canvas");
  host.appendChild(canvas);
  document.body.appendChild(host);
  return { t: new Timeline(canvas, { lang: "fr", onSelect, othersLabel, onToggle }), canvas, onSelect };
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

test("a Ctrl+click or Shift+click on an event toggles it; a plain click selects it; several are drawn selected", () => {
  const onToggle = vi.fn();
  const { t, canvas, onSelect } = timeline(vi.fn(), undefined, onToggle);
  t.setItems([item(1, "2024-06-19"), item(2, "2024-06-20"), item(3, "2024-06-25")]);
  const clickOn = (id: number, keys: MouseEventInit = {}) => {
    const at = t.positionOf(id);
    if (!at) throw new Error(`event ${id} not drawn`);
    canvas.dispatchEvent(new MouseEvent("click", { clientX: at.x, clientY: at.y, bubbles: true, ...keys }));
  };
  clickOn(2, { ctrlKey: true });
  clickOn(3, { shiftKey: true });
  expect(onToggle.mock.calls.map((c) => c[0])).toEqual([2, 3]);
  expect(onSelect).not.toHaveBeenCalled();
  // Beside the events an additive click keeps the selection; a plain one clears it.
  canvas.dispatchEvent(new MouseEvent("click", { clientX: 5, clientY: 400, ctrlKey: true }));
  expect(onSelect).not.toHaveBeenCalled();
  clickOn(1);
  expect(onSelect).toHaveBeenLastCalledWith(1);
  canvas.dispatchEvent(new MouseEvent("click", { clientX: 5, clientY: 400 }));
  expect(onSelect).toHaveBeenLastCalledWith(null);

  // The keyboard moves on from the first of several selected events.
  t.setSelection([2, 3]);
  expect((t as unknown as { marked: Set<number> }).marked).toEqual(new Set([2, 3]));
  canvas.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight" }));
  expect(onSelect).toHaveBeenLastCalledWith(3);
  t.destroy();
});

test("the events drawn one by one in the last frame are those on screen, not those off it", () => {
  const { t } = timeline();
  const draw = () => (t as unknown as { draw(): void }).draw();
  t.setItems([item(1, "1975-01-01"), item(2, "2024-06-19"), item(3, "2024-06-20")], false);
  t.showRange(day("2024-06-15"), day("2024-06-25"));
  draw();
  expect([...t.drawnIds()].sort()).toEqual([2, 3]);
  t.showRange(day("1974-12-25"), day("1975-01-05"));
  draw();
  expect([...t.drawnIds()]).toEqual([1]);
  t.destroy();
});
