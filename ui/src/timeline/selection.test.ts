// The multi-selection of issue 17: which clicks add to it, how it changes, and
// how it follows the open event.
import { expect, test } from "vitest";
import { canMerge, isAdditive, onMac, pick, selectionOf } from "./selection";

const keys = (k: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }>) => ({ ctrlKey: false, metaKey: false, shiftKey: false, ...k });

test("Ctrl adds to the selection elsewhere, Cmd on macOS (where Ctrl+click is the context menu), Shift everywhere", () => {
  expect(isAdditive(keys({ ctrlKey: true }), false)).toBe(true);
  expect(isAdditive(keys({ metaKey: true }), false)).toBe(false);
  expect(isAdditive(keys({ shiftKey: true }), false)).toBe(true);
  expect(isAdditive(keys({}), false)).toBe(false);
  expect(isAdditive(keys({ metaKey: true }), true)).toBe(true);
  expect(isAdditive(keys({ ctrlKey: true }), true)).toBe(false);
  expect(isAdditive(keys({ shiftKey: true }), true)).toBe(true);
  expect(onMac("MacIntel")).toBe(true);
  expect(onMac("Linux x86_64")).toBe(false);
  expect(onMac("Win32")).toBe(false);
});

test("a plain click selects one event, or nothing beside the events", () => {
  expect(pick([3, 5, 8], 5, false)).toEqual([5]);
  expect(pick([3, 5], 9, false)).toEqual([9]);
  expect(pick([3, 5], null, false)).toEqual([]);
});

test("an additive click adds an event at the end, takes a selected one out, and beside the events changes nothing", () => {
  const start = [3];
  expect(pick(start, 5, true)).toEqual([3, 5]);
  expect(pick(pick(start, 5, true), 8, true)).toEqual([3, 5, 8]);
  expect(pick([3, 5, 8], 5, true)).toEqual([3, 8]);
  expect(pick([3, 5, 8], 3, true)).toEqual([5, 8]);
  expect(pick([3], 3, true)).toEqual([]);
  expect(pick([], 4, true)).toEqual([4]);
  expect(pick([3, 5], null, true)).toEqual([3, 5]);
  // The selection given is not changed in place (it is the window's state).
  expect(start).toEqual([3]);
});

test("the selection leads with the open event, and gives way when another one is opened", () => {
  expect(selectionOf([3, 5, 8], 3)).toEqual([3, 5, 8]);
  // Opened from the map, the reader or after an undo: the picked events no longer count.
  expect(selectionOf([3, 5, 8], 5)).toEqual([5]);
  expect(selectionOf([3, 5], null)).toEqual([]);
  expect(selectionOf([], 7)).toEqual([7]);
});

test("events gone from the workspace leave the selection, the open one stays", () => {
  expect(selectionOf([3, 5, 8], 3, new Set([5]))).toEqual([3, 5]);
  expect(selectionOf([3, 5, 8], 3, new Set([3, 5, 8]))).toEqual([3, 5, 8]);
  expect(selectionOf([3, 5, 8], 3, null)).toEqual([3, 5, 8]);
});

test("two different events or more can be merged", () => {
  expect(canMerge([])).toBe(false);
  expect(canMerge([3])).toBe(false);
  expect(canMerge([3, 3])).toBe(false);
  expect(canMerge([3, 5])).toBe(true);
  expect(canMerge([3, 5, 8])).toBe(true);
});
