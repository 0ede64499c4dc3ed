// The timeline's selection of several events, to merge them: a plain click
// selects one event, Ctrl+click (Cmd+click on macOS) or Shift+click adds an
// event or takes it back out. Pure functions, tested without a DOM.

/** The modifier keys of a click. */
export interface ClickKeys {
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Whether the window runs on macOS, where Cmd (not Ctrl, which opens the context menu) adds to a selection. */
export function onMac(platform: string = typeof navigator === "undefined" ? "" : navigator.platform || navigator.userAgent): boolean {
  return /Mac|iPhone|iPad/i.test(platform);
}

/**
 * Whether a click adds to the selection (or takes an event out) instead of selecting one event.
 * Shift toggles as Ctrl does, rather than taking a range: a range would gather the events
 * between the two clicked, which one rarely means to merge.
 */
export function isAdditive(e: ClickKeys, mac = onMac()): boolean {
  return e.shiftKey || (mac ? e.metaKey : e.ctrlKey);
}

/**
 * The selection after a click on `id` (null: on no event). A plain click selects that event
 * alone (or nothing); an additive one adds it or, when it was selected, takes it out, and a
 * click beside the events leaves the selection as it was. The order is the order of the clicks:
 * the first event is the one the others are merged into.
 */
export function pick(selection: readonly number[], id: number | null, additive: boolean): number[] {
  if (!additive) return id === null ? [] : [id];
  if (id === null) return [...selection];
  return selection.includes(id) ? selection.filter((s) => s !== id) : [...selection, id];
}

/**
 * The selection as the window shows it. It begins with the open event (`open`), the one
 * the others are merged into; when another event was opened since (from the map, the reader,
 * an undo), the multi-selection gives way to it. Events no longer in the workspace (`present`,
 * when the window holds all its events) are left out.
 */
export function selectionOf(picked: readonly number[], open: number | null, present: ReadonlySet<number> | null = null): number[] {
  if (open === null) return [];
  const kept = picked[0] === open ? picked : [open];
  return present ? kept.filter((id, i) => i === 0 || present.has(id)) : [...kept];
}

/** Whether the selection holds events to merge: two or more. */
export function canMerge(selection: readonly number[]): boolean {
  return new Set(selection).size >= 2;
}
