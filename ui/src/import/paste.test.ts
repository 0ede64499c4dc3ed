// Pasting an article: the clipboard's HTML flavour preferred, markup told from
// prose, Ctrl+V only outside text fields; the paste sheet filled from the
// clipboard (or not, when reading it is refused), an empty paste refused, HTML
// kept from a paste into the field, and what is sent for the review.
import { afterEach, describe, expect, test, vi } from "vitest";
import { flushSync, mount, tick, unmount } from "svelte";
import PasteSheet from "./PasteSheet.svelte";
import type { PastedArticle } from "../lib/api";
import type { Lang } from "../lib/i18n";
import { fromClipboard, isBlank, isPasteShortcut, looksLikeHtml, pastedArticle, type ClipboardLike } from "./paste";

const clipboard = (flavours: Record<string, string>): ClipboardLike => ({
  types: Object.keys(flavours),
  getData: (format: string) => flavours[format] ?? "",
});

describe("what a paste holds", () => {
  test("the HTML flavour is preferred, else the text", () => {
    const html = "<meta charset='utf-8'><p>Le <b>20 juin</b></p>";
    expect(fromClipboard(clipboard({ "text/plain": "Le 20 juin", "text/html": html }))).toEqual({ text: html, html: true });
    expect(fromClipboard(clipboard({ "text/plain": "Le 20 juin", "text/html": "  " }))).toEqual({ text: "Le 20 juin", html: false });
    expect(fromClipboard(clipboard({ "text/plain": "<p>Le 20 juin</p>" }))).toEqual({ text: "<p>Le 20 juin</p>", html: true });
    expect(fromClipboard(null)).toEqual({ text: "", html: false });
  });

  test("markup is told from prose", () => {
    for (const html of ["<p>Le 20 juin</p>", "  <!DOCTYPE html><html>", "<!-- x --><div>", '<div class="a">x</div>', "\n<article>\n", "\uFEFF<html>"]) {
      expect(looksLikeHtml(html), html).toBe(true);
    }
    for (const text of ["Le 20 juin <b>", "<3 merci", "< 5 % des voix", "<>", "<1er mai>", ""]) {
      expect(looksLikeHtml(text), text).toBe(false);
    }
    expect(pastedArticle("Le 20 juin.", true)).toEqual({ text: "Le 20 juin.", html: true });
    expect(pastedArticle("<p>Le 20 juin.</p>", false).html).toBe(true);
    expect(isBlank(" \n\t")).toBe(true);
  });

  test("Ctrl+V and Cmd+V open the sheet only outside text fields", () => {
    const key = (more: Partial<Parameters<typeof isPasteShortcut>[0]>) => ({ key: "v", ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, target: document.body, ...more });
    expect(isPasteShortcut(key({}))).toBe(true);
    expect(isPasteShortcut(key({ key: "V", ctrlKey: false, metaKey: true }))).toBe(true);
    expect(isPasteShortcut(key({ shiftKey: true }))).toBe(false);
    expect(isPasteShortcut(key({ ctrlKey: false }))).toBe(false);
    expect(isPasteShortcut(key({ key: "c" }))).toBe(false);
    expect(isPasteShortcut(key({ target: document.createElement("textarea") }))).toBe(false);
    expect(isPasteShortcut(key({ target: document.createElement("input") }))).toBe(false);
    const box = document.createElement("input");
    box.type = "checkbox";
    expect(isPasteShortcut(key({ target: box }))).toBe(true);
  });
});

describe("the paste sheet", () => {
  let sheet: ReturnType<typeof mount> | null = null;
  afterEach(() => {
    if (sheet) unmount(sheet);
    sheet = null;
    document.body.innerHTML = "";
  });

  async function open(initial: PastedArticle, readClipboard: () => Promise<string>, lang: Lang = "fr") {
    const onreview = vi.fn(async (_p: PastedArticle) => {});
    const oncancel = vi.fn();
    sheet = mount(PasteSheet, { target: document.body, props: { initial, lang, onreview, oncancel, readClipboard } });
    flushSync();
    // The clipboard read settles.
    await new Promise((r) => setTimeout(r, 0));
    await tick();
    return { onreview, oncancel };
  }
  const field = () => document.querySelector<HTMLTextAreaElement>('[data-testid="paste-text"]')!;
  const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const submit = async () => {
    q("paste-review")!.click();
    await tick();
  };

  test("opened empty, it is filled from the clipboard's text and sent for review", async () => {
    const { onreview } = await open({ text: "", html: false }, async () => "Poutine à Hanoï\n\nLe 19 juin 2024, il a signé.");
    expect(field().value).toBe("Poutine à Hanoï\n\nLe 19 juin 2024, il a signé.");
    expect(document.activeElement).toBe(field());
    expect(q("paste-kind")!.textContent).toBe("Texte brut");
    await submit();
    expect(onreview).toHaveBeenCalledWith({ text: "Poutine à Hanoï\n\nLe 19 juin 2024, il a signé.", html: false });
  });

  test("HTML given by the clipboard is said to be reduced, and sent as HTML", async () => {
    const reader = vi.fn(async () => "not read");
    const { onreview } = await open({ text: "<p>Le 20 juin</p>", html: true }, reader, "en");
    expect(reader).not.toHaveBeenCalled();
    expect(q("paste-kind")!.textContent).toBe("HTML: reduced to the article’s text, as an imported page is");
    await submit();
    expect(onreview).toHaveBeenCalledWith({ text: "<p>Le 20 juin</p>", html: true });
  });

  test("a refused clipboard leaves the field to paste into, and an empty paste is refused", async () => {
    const { onreview } = await open({ text: "", html: false }, () => Promise.reject(new Error("NotAllowedError")));
    expect(field().value).toBe("");
    expect(q("paste-notice")!.textContent).toBe("Le presse-papiers n’a pas pu être lu : collez l’article dans le champ (Ctrl+V).");
    await submit();
    expect(onreview).not.toHaveBeenCalled();
    expect(q("paste-error")!.textContent).toBe("Rien à importer : le texte collé est vide.");
    // Typing clears the message; text starting with markup is HTML.
    field().value = "<article><p>Le 20 juin 2024.</p></article>";
    field().dispatchEvent(new Event("input", { bubbles: true }));
    await tick();
    expect(q("paste-error")).toBeNull();
    expect(q("paste-kind")!.textContent).toBe("HTML : réduit au texte de l’article, comme une page importée");
  });

  test("a paste into the empty field keeps the clipboard's HTML", async () => {
    const { onreview } = await open({ text: "", html: false }, async () => "");
    // jsdom has no ClipboardEvent nor DataTransfer: a paste event with the clipboard's two flavours.
    const event = new Event("paste", { bubbles: true, cancelable: true });
    Object.defineProperty(event, "clipboardData", { value: clipboard({ "text/plain": "Le 20 juin", "text/html": "<p>Le <i>20 juin</i></p>" }) });
    field().dispatchEvent(event);
    await tick();
    expect(event.defaultPrevented).toBe(true);
    expect(field().value).toBe("<p>Le <i>20 juin</i></p>");
    await submit();
    expect(onreview).toHaveBeenCalledWith({ text: "<p>Le <i>20 juin</i></p>", html: true });
  });

  test("a refusal of the review is shown; Escape and Cancel close", async () => {
    const onreview = vi.fn(async () => {
      throw new Error("invalid paste: nothing was pasted: the text is empty");
    });
    const oncancel = vi.fn();
    sheet = mount(PasteSheet, { target: document.body, props: { initial: { text: "x", html: false }, lang: "fr" as Lang, onreview, oncancel, readClipboard: async () => "" } });
    flushSync();
    await submit();
    await tick();
    expect(q("paste-error")!.textContent).toBe("invalid paste: nothing was pasted: the text is empty");
    q("paste-sheet")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    q("paste-cancel")!.click();
    expect(oncancel).toHaveBeenCalledTimes(2);
  });
});
