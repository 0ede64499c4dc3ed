// Pasting an article: what the clipboard holds (its HTML flavour when it has
// one, else its text), whether text is markup, and when Ctrl+V (Cmd+V) outside
// a text field opens the paste sheet. Pure functions, tested without a window.
import type { PastedArticle } from "../lib/api";
import { isTyping } from "../lib/shortcuts";

/** The part of a DataTransfer (a paste event's clipboardData) read here. */
export interface ClipboardLike {
  readonly types: readonly string[];
  getData(format: string): string;
}

/**
 * What a paste holds: the text/html flavour when there is one with something
 * in it (a page or a selection copied from a browser, reduced like an HTML
 * file), else the plain text (read as HTML too when it starts with markup).
 */
export function fromClipboard(data: ClipboardLike | null | undefined): PastedArticle {
  if (!data) return { text: "", html: false };
  if (data.types.includes("text/html")) {
    const html = data.getData("text/html");
    if (html.trim()) return { text: html, html: true };
  }
  const text = data.getData("text/plain") || data.getData("text");
  return { text, html: looksLikeHtml(text) };
}

/**
 * Text that opens with an HTML doctype, comment or element ("<p>", "<div class=…>"),
 * not a "<" in prose ("<3", "< 5 %"). The same rule as the core's `starts_with_markup`.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.replace(/^\uFEFF/, "").trimStart();
  return /^<(!--|!doctype\b|[a-z][a-z0-9]*[\s/>])/i.test(head);
}

/** Nothing to import: the paste is empty or blank. */
export const isBlank = (text: string) => text.trim() === "";

/** What the paste sheet sends: the text as typed or pasted, HTML when the clipboard said so or the text is markup. */
export const pastedArticle = (text: string, htmlFlavour: boolean): PastedArticle => ({ text, html: htmlFlavour || looksLikeHtml(text) });

/** Ctrl+V (Cmd+V on macOS) with the focus outside any text field: open the paste sheet. */
export function isPasteShortcut(e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean; target: EventTarget | null }): boolean {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return false;
  return e.key.toLowerCase() === "v" && !isTyping(e.target);
}
