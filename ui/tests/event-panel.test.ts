// The event panel's correction form, on its own with the IPC mocked: places
// chosen from the knowledge base's search, actors suggested or typed, by mouse
// and by keyboard, and only what changed sent.
import { afterEach, describe, expect, test } from "vitest";
import { flushSync } from "svelte";
import EventPanel from "../src/panels/EventPanel.svelte";
import type { EventEdit } from "../src/lib/api";
import { cleanUp, hanoiVisit, recordIPC, settle, show } from "./fixtures";

const moscow = { name: "Moscow", name_fr: "Moscou", aliases: [], country: "RU", kind: "city", lat: 55.75, lon: 37.62 };
const russia = { name: "Russia", name_fr: "Russie", aliases: [], country: "RU", kind: "country", lat: 61.5, lon: 105.3 };

afterEach(cleanUp);

function open(lang: "fr" | "en" = "fr") {
  const calls = recordIPC((cmd, a) => {
    if (cmd === "search_places") return String(a.query).toLowerCase().startsWith("mos") ? [moscow] : [russia, moscow];
    if (cmd === "suggest_actors") return [{ name: "Sergey Lavrov", name_fr: "Sergueï Lavrov", kind: "person" }];
    return null;
  });
  const edits: EventEdit[] = [];
  show(EventPanel, { event: hanoiVisit, lang, onread: () => {}, onedit: async (_id: number, edit: EventEdit) => void edits.push(edit) });
  flushSync();
  document.querySelector<HTMLButtonElement>('[data-testid="edit-event"]')!.click();
  flushSync();
  return { calls, edits };
}

const $ = <T extends Element = HTMLElement>(testid: string) => document.querySelector<T>(`[data-testid="${testid}"]`)!;
const $$ = (testid: string) => [...document.querySelectorAll(`[data-testid="${testid}"]`)];
const texts = (testid: string) => $$(testid).map((e) => e.querySelector(".chip-name")?.textContent);

async function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await settle();
}

function key(input: HTMLInputElement, key: string) {
  const e = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
  input.dispatchEvent(e);
  flushSync();
  return e;
}

describe("the correction form's places and actors", () => {
  test("the event's places and actors are chips; suggestions are added by keyboard, removed by ×, and only they are sent", async () => {
    const { calls, edits } = open();
    expect(texts("places-chip")).toEqual(["Hanoï"]);
    expect(texts("actors-chip")).toEqual(["Viêt Nam", "Vladimir Poutine"]);
    expect($$("actors-chip")[0].querySelector(".chip-detail")?.textContent).toBe("État");

    const places = $<HTMLInputElement>("places-input");
    await type(places, "r");
    expect(calls.find((c) => c.cmd === "search_places")?.args).toEqual({ query: "r", limit: 8 });
    expect($$("places-option").map((o) => o.querySelector(".chip-name")?.textContent)).toEqual(["Russie", "Moscou"]);
    expect(places.getAttribute("aria-expanded")).toBe("true");
    // ↓ then Enter adds the second; Enter does not submit the form.
    key(places, "ArrowDown");
    expect($$("places-option")[1].getAttribute("aria-selected")).toBe("true");
    const enter = key(places, "Enter");
    expect(enter.defaultPrevented).toBe(true);
    expect(texts("places-chip")).toEqual(["Hanoï", "Moscou"]);
    expect(places.value).toBe("");
    expect(edits).toEqual([]);
    // A place already listed is not suggested again; Escape closes the list.
    await type(places, "mos");
    expect($$("places-option")).toEqual([]);
    await type(places, "ru");
    expect($$("places-option").length).toBe(1);
    key(places, "Escape");
    expect($$("places-option")).toEqual([]);
    // Free text is not a place: Enter with no suggestion adds nothing.
    key(places, "Enter");
    expect(texts("places-chip")).toEqual(["Hanoï", "Moscou"]);

    // The × removes a chip.
    $$("places-chip")[0].querySelector<HTMLButtonElement>("button")!.click();
    flushSync();
    expect(texts("places-chip")).toEqual(["Moscou"]);
    expect($$("places-chip")[0].querySelector("button")?.getAttribute("aria-label")).toBe("Retirer Moscou");

    $<HTMLFormElement>("edit-form").requestSubmit();
    await settle();
    expect(edits).toEqual([{ title: null, type: null, date: null, planned: null, places: ["Moscow"] }]);
  });

  test("an actor is picked from the suggestions or typed with its kind; Backspace removes the last", async () => {
    const { edits } = open("en");
    const actors = $<HTMLInputElement>("actors-input");
    expect(actors.placeholder).toBe("Add an actor…");
    await type(actors, "lav");
    $$("actors-option")[0].dispatchEvent(new MouseEvent("mousedown", { bubbles: true, cancelable: true }));
    flushSync();
    expect(texts("actors-chip")).toEqual(["Vietnam", "Vladimir Putin", "Sergey Lavrov"]);
    // Free text, with the kind chosen beside it.
    const kind = $<HTMLSelectElement>("actors-kind");
    kind.value = "organisation";
    kind.dispatchEvent(new Event("change"));
    await type(actors, "Comité des riverains");
    key(actors, "Escape");
    key(actors, "Enter");
    expect(texts("actors-chip").at(-1)).toBe("Comité des riverains");
    expect($$("actors-chip").at(-1)!.querySelector(".chip-detail")?.textContent).toBe("organisation");
    // Backspace in the empty input takes the last one back.
    key(actors, "Backspace");
    expect(texts("actors-chip")).toEqual(["Vietnam", "Vladimir Putin", "Sergey Lavrov"]);
    await type(actors, "Comité des riverains");
    key(actors, "Escape");
    key(actors, "Enter");

    $<HTMLFormElement>("edit-form").requestSubmit();
    await settle();
    expect(edits).toEqual([
      {
        title: null,
        type: null,
        date: null,
        planned: null,
        actors: [
          { name: "Vietnam", kind: "state" },
          { name: "Vladimir Putin", kind: "person" },
          { name: "Sergey Lavrov", kind: "person" },
          { name: "Comité des riverains", kind: "organisation" },
        ],
      },
    ]);
  });
});
