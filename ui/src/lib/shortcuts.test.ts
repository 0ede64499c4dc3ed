import { describe, expect, it } from "vitest";
import { historyShortcut, isTyping } from "./shortcuts";

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe("historyShortcut", () => {
  it("undoes on Ctrl+Z and Cmd+Z", () => {
    expect(historyShortcut(key("z", { ctrlKey: true }))).toBe("undo");
    expect(historyShortcut(key("z", { metaKey: true }))).toBe("undo");
  });
  it("redoes on Ctrl+Shift+Z (reported as 'Z') and Ctrl+Y", () => {
    expect(historyShortcut(key("Z", { ctrlKey: true, shiftKey: true }))).toBe("redo");
    expect(historyShortcut(key("z", { ctrlKey: true, shiftKey: true }))).toBe("redo");
    expect(historyShortcut(key("y", { ctrlKey: true }))).toBe("redo");
  });
  it("leaves other keys and plain letters alone", () => {
    expect(historyShortcut(key("z"))).toBeNull();
    expect(historyShortcut(key("Z", { shiftKey: true }))).toBeNull();
    expect(historyShortcut(key("a", { ctrlKey: true }))).toBeNull();
    expect(historyShortcut(key("z", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyShortcut(key("y", { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});

describe("isTyping", () => {
  const el = (tagName: string, extra: object = {}) => ({ tagName, ...extra }) as unknown as EventTarget;
  it("is true in text fields, so the browser's own undo works there", () => {
    expect(isTyping(el("INPUT", { type: "text" }))).toBe(true);
    expect(isTyping(el("input", { type: "search" }))).toBe(true);
    expect(isTyping(el("INPUT", { type: "date" }))).toBe(true);
    expect(isTyping(el("TEXTAREA"))).toBe(true);
    expect(isTyping(el("SELECT"))).toBe(true);
    expect(isTyping(el("DIV", { isContentEditable: true }))).toBe(true);
  });
  it("is false on buttons, check boxes and the page", () => {
    expect(isTyping(el("BUTTON"))).toBe(false);
    expect(isTyping(el("INPUT", { type: "checkbox" }))).toBe(false);
    expect(isTyping(el("BODY"))).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});
