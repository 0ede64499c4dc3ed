// Keyboard shortcuts of the window, as pure functions of a key event so they can be tested without a DOM.

export type HistoryAction = "undo" | "redo";

/** What a key event asks of the edit history: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on macOS). */
export function historyShortcut(e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): HistoryAction | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  // With Shift (or Caps Lock) the key is "Z": compare case-insensitively.
  const key = e.key.toLowerCase();
  if (key === "z") return e.shiftKey ? "redo" : "undo";
  if (key === "y" && !e.shiftKey) return "redo";
  return null;
}

/**
 * Whether the key goes to a field the user types in: there the browser's own
 * undo of the typed text must work, not the workspace's.
 */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean; type?: string } | null;
  if (!el || typeof el.tagName !== "string") return false;
  const tag = el.tagName.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable) return true;
  if (tag !== "INPUT") return false;
  // Check boxes and buttons hold no text to undo.
  return !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes((el.type ?? "text").toLowerCase());
}
