// The article reader corrects the places and actors of the event being read with
// the event panel's own fields (PlacesActorsFields): only the changed lists are
// sent, in one edit; Escape closes the form, not the reader; a refusal is shown.
import { afterEach, describe, expect, test } from "vitest";
import { flushSync } from "svelte";
import ArticleReader from "../src/panels/ArticleReader.svelte";
import type { Article, EventEdit } from "../src/lib/api";
import { cleanUp, hanoiVisit, recordIPC, settle, show } from "./fixtures";

const moscow = { name: "Moscow", name_fr: "Moscou", aliases: [], country: "RU", kind: "city", lat: 55.75, lon: 37.62 };
const text = "Vladimir Poutine est arrivé au Vietnam dans la nuit de mercredi à jeudi.";
const article: Article = { id: 1, file_name: "hanoi.txt", title: "Poutine au Vietnam", outlet: "La Presse", language: "fr", published: "2024-06-20", text, content_hash: "h" };

afterEach(cleanUp);

const $ = <T extends Element = HTMLElement>(testid: string) => document.querySelector<T>(`[data-testid="${testid}"]`)!;
const $$ = (testid: string) => [...document.querySelectorAll(`[data-testid="${testid}"]`)];
const chips = (testid: string) => $$(testid).map((e) => e.querySelector(".chip-name")?.textContent);

async function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await settle();
}

function key(target: Element, key: string) {
  const e = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  flushSync();
  return e;
}

function open(onedit: (id: number, edit: EventEdit) => Promise<void>, lang: "fr" | "en" = "fr") {
  recordIPC((cmd) => (cmd === "search_places" ? [moscow] : cmd === "suggest_actors" ? [] : null));
  let closed = 0;
  show(ArticleReader, { article, start: 0, end: text.length, lang, event: hanoiVisit, onedit, onclose: () => void closed++ });
  flushSync();
  return { closed: () => closed };
}

describe("correcting places and actors from the article reader", () => {
  test("the event's places and actors are shown; the form edits them and sends only those lists, once", async () => {
    const edits: [number, EventEdit][] = [];
    open(async (id, edit) => void edits.push([id, edit]));
    expect($("reader-event-title").textContent).toBe("Visite : Vladimir Putin — Hanoi");
    expect($("reader-places").textContent).toBe("Hanoï");
    expect($("reader-actors").textContent).toBe("Viêt Nam, Vladimir Poutine");
    $<HTMLButtonElement>("reader-edit").click();
    flushSync();
    expect(chips("reader-places-chip")).toEqual(["Hanoï"]);
    expect(chips("reader-actors-chip")).toEqual(["Viêt Nam", "Vladimir Poutine"]);

    await type($<HTMLInputElement>("reader-places-input"), "mos");
    expect(key($("reader-places-input"), "Enter").defaultPrevented).toBe(true);
    $$("reader-places-chip")[0].querySelector<HTMLButtonElement>("button")!.click();
    flushSync();
    expect(chips("reader-places-chip")).toEqual(["Moscou"]);

    const kind = $<HTMLSelectElement>("reader-actors-kind");
    kind.value = "organisation";
    kind.dispatchEvent(new Event("change"));
    await type($<HTMLInputElement>("reader-actors-input"), "Comité des riverains");
    key($("reader-actors-input"), "Enter");
    expect(edits).toEqual([]);

    $<HTMLFormElement>("reader-edit-form").requestSubmit();
    await settle();
    expect(edits).toEqual([
      [
        2,
        {
          title: null,
          type: null,
          date: null,
          planned: null,
          places: ["Moscow"],
          actors: [
            { name: "Vietnam", kind: "state" },
            { name: "Vladimir Putin", kind: "person" },
            { name: "Comité des riverains", kind: "organisation" },
          ],
        },
      ],
    ]);
    expect($$("reader-edit-form")).toEqual([]);
  });

  test("saving unchanged lists sends nothing; Escape closes the form and leaves the reader open", async () => {
    const edits: EventEdit[] = [];
    const reader = open(async (_id, edit) => void edits.push(edit), "en");
    expect($("reader-edit").textContent).toBe("Edit places and actors");
    $<HTMLButtonElement>("reader-edit").click();
    flushSync();
    $<HTMLFormElement>("reader-edit-form").requestSubmit();
    await settle();
    expect(edits).toEqual([]);
    expect($$("reader-edit-form")).toEqual([]);

    $<HTMLButtonElement>("reader-edit").click();
    flushSync();
    key($("reader-places-input"), "Escape");
    expect($$("reader-edit-form")).toEqual([]);
    expect($$("article-reader").length).toBe(1);
    expect(reader.closed()).toBe(0);
  });

  test("a refused correction keeps the form open with the reason", async () => {
    open(async () => {
      throw new Error("lieu inconnu : Atlantide");
    });
    $<HTMLButtonElement>("reader-edit").click();
    flushSync();
    $$("reader-actors-chip")[0].querySelector<HTMLButtonElement>("button")!.click();
    flushSync();
    $<HTMLFormElement>("reader-edit-form").requestSubmit();
    await settle();
    expect($("reader-edit-error").textContent).toBe("lieu inconnu : Atlantide");
    expect($$("reader-edit-form").length).toBe(1);
  });
});
