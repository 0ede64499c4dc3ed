// A place the knowledge base lacks, added from the event panel's correction
// form with the IPC mocked: the create option at the end of the place search,
// the fields sent as typed, the core's refusal shown as a sentence in the
// window's language, and the place added as a chip that the correction sends.
import { afterEach, describe, expect, test } from "vitest";
import { flushSync } from "svelte";
import EventPanel from "../src/panels/EventPanel.svelte";
import ChipPicker from "../src/panels/ChipPicker.svelte";
import NewPlaceForm from "../src/panels/NewPlaceForm.svelte";
import type { AppError, EventEdit, Place } from "../src/lib/api";
import { setErrorLang } from "../src/lib/errors";
import { cleanUp, hanoiVisit, recordIPC, settle, show } from "./fixtures";

afterEach(() => {
  cleanUp();
  setErrorLang("fr");
});

const diamniadio: Place = { name: "Diamniadio", name_fr: "Diamniadio", aliases: [], country: "SN", kind: "city", lat: 14.7236, lon: -17.1836 };
const countries: Place[] = [
  { name: "Senegal", name_fr: "Sénégal", aliases: [], country: "SN", kind: "country", lat: 14.5, lon: -14.4 },
  { name: "Mali", name_fr: "Mali", aliases: [], country: "ML", kind: "country", lat: 17, lon: -4 },
];
const refusal = (problem: object): AppError => ({
  kind: "Invalid",
  message: "cannot add the place (the backend's English sentence)",
  detail: { code: "BadPlace", name: "Diamniadio", problem } as AppError["detail"],
});

const $ = <T extends Element = HTMLElement>(testid: string) => document.querySelector<T>(`[data-testid="${testid}"]`)!;
const $$ = (testid: string) => [...document.querySelectorAll(`[data-testid="${testid}"]`)];
const texts = (testid: string) => $$(testid).map((e) => e.querySelector(".chip-name")?.textContent);

async function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await settle();
}

function key(target: HTMLElement, key: string) {
  const e = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  flushSync();
  return e;
}

/** The panel's correction form open; `refuse` answers add_place with that refusal. */
function open(lang: "fr" | "en", answer: (place: Record<string, unknown>) => Place | AppError) {
  setErrorLang(lang);
  const calls = recordIPC((cmd, a) => {
    if (cmd === "search_places") return [];
    if (cmd === "list_countries") return countries;
    if (cmd === "add_place") {
      const out = answer(a.place as Record<string, unknown>);
      if ("kind" in out && "message" in out) throw out;
      return out;
    }
    return null;
  });
  const edits: EventEdit[] = [];
  const added: Place[] = [];
  show(EventPanel, {
    event: hanoiVisit,
    lang,
    onread: () => {},
    onedit: async (_id: number, edit: EventEdit) => void edits.push(edit),
    onplaceadded: (p: Place) => void added.push(p),
  });
  flushSync();
  $<HTMLButtonElement>("edit-event").click();
  flushSync();
  return { calls, edits, added };
}

describe("a place the knowledge base lacks", () => {
  test("is offered after the search, typed with its coordinates, refused with a French sentence, then added and sent", async () => {
    let latitude = "";
    const { calls, edits, added } = open("fr", (place) => {
      latitude = String(place.latitude);
      return latitude === "95" ? refusal({ reason: "LatitudeOutOfRange", value: 95 }) : diamniadio;
    });
    const places = $<HTMLInputElement>("places-input");
    await type(places, "Diamniadio");
    expect($("places-create").textContent?.trim()).toBe("+ Ajouter « Diamniadio », un lieu absent de la base…");
    // Enter on the only option opens the new place's form, the name filled in.
    key(places, "Enter");
    await settle();
    expect($<HTMLInputElement>("new-place-name").value).toBe("Diamniadio");
    expect([...$("new-place-country").querySelectorAll("option")].map((o) => o.textContent)).toEqual(["Inconnu", "Mali", "Sénégal"]);
    await type($("new-place-lat"), "95");
    await type($("new-place-lon"), "17,1836 O");
    // Enter in a field adds the place, never submits the correction.
    expect(key($("new-place-lat"), "Enter").defaultPrevented).toBe(true);
    await settle();
    expect($("new-place-error").textContent).toBe(
      "Le lieu « Diamniadio » ne peut pas être ajouté : sa latitude 95 est hors limites : une latitude est comprise entre −90 et 90 degrés.",
    );
    expect(texts("places-chip")).toEqual(["Hanoï"]);
    expect(edits).toEqual([]);

    await type($("new-place-lat"), "14,7236");
    const country = $<HTMLSelectElement>("new-place-country");
    country.value = "SN";
    country.dispatchEvent(new Event("change", { bubbles: true }));
    $<HTMLButtonElement>("new-place-add").click();
    await settle();
    expect(calls.filter((c) => c.cmd === "add_place").at(-1)?.args).toEqual({
      place: { name: "Diamniadio", latitude: "14,7236", longitude: "17,1836 O", country: "SN" },
    });
    expect(document.querySelector('[data-testid="new-place"]')).toBeNull();
    expect(texts("places-chip")).toEqual(["Hanoï", "Diamniadio"]);
    expect(added).toEqual([diamniadio]);
    $<HTMLButtonElement>("save-event").click();
    await settle();
    expect(edits).toEqual([{ title: null, type: null, date: null, planned: null, places: ["Hanoi", "Diamniadio"] }]);
  });

  test("is refused with an English sentence in the English window", async () => {
    open("en", () => refusal({ reason: "NotANumber", axis: "longitude", text: "abc" }));
    await type($<HTMLInputElement>("places-input"), "Diamniadio");
    $("places-create").dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
    await settle();
    expect($("new-place").querySelector("legend")?.textContent).toBe("New place of this workspace");
    $<HTMLButtonElement>("new-place-add").click();
    await settle();
    expect($("new-place-error").textContent).toBe(
      "The place “Diamniadio” cannot be added: its longitude “abc” is not a number of degrees (for example 14.72 or -17.18).",
    );
    // Escape closes the form; the correction stays open.
    key($("new-place-lat"), "Escape");
    expect(document.querySelector('[data-testid="new-place"]')).toBeNull();
    expect(document.querySelector('[data-testid="edit-form"]')).not.toBeNull();
  });
});

describe("the new place's coordinates picked on the map", () => {
  test("the map's click fills the latitude and longitude, in the window's way of writing numbers", async () => {
    recordIPC((cmd) => (cmd === "list_countries" ? countries : null));
    let give: ((lat: number, lon: number) => void) | null = null;
    const asks: boolean[] = [];
    show(NewPlaceForm, {
      name: "Diamniadio",
      lang: "fr",
      onadded: () => {},
      oncancel: () => {},
      onpick: (g: ((lat: number, lon: number) => void) | null) => {
        give = g;
        asks.push(g !== null);
      },
    });
    await settle();
    const pick = $<HTMLButtonElement>("new-place-pick");
    expect(pick.textContent?.trim()).toBe("Choisir sur la carte");
    pick.click();
    flushSync();
    expect(asks).toEqual([true]);
    expect(pick.getAttribute("aria-pressed")).toBe("true");
    expect(pick.textContent?.trim()).toBe("Cliquez sur la carte…");
    give!(14.723612, -17.183641);
    flushSync();
    expect($<HTMLInputElement>("new-place-lat").value).toBe("14,7236");
    expect($<HTMLInputElement>("new-place-lon").value).toBe("-17,1836");
    expect(pick.getAttribute("aria-pressed")).toBe("false");
    // Pressed again while waiting, it stops waiting.
    pick.click();
    pick.click();
    flushSync();
    expect(asks).toEqual([true, true, false]);
  });
});

describe("the search's create option", () => {
  test("ends the list of suggestions and is reached with the arrows", async () => {
    const created: string[] = [];
    const picked: string[] = [];
    show(ChipPicker<string>, {
      label: "Lieux",
      chips: [],
      suggest: async (query: string) => (query.toLowerCase().startsWith("dia") ? [{ chip: { key: "city:Diafarabé", label: "Diafarabé" }, value: "Diafarabé" }] : []),
      onadd: (v: string) => void picked.push(v),
      onremove: () => {},
      removeLabel: (n: string) => n,
      id: "places",
      oncreate: (text: string) => void created.push(text),
      createLabel: (n: string) => `+ Ajouter « ${n} »`,
    });
    flushSync();
    const input = $<HTMLInputElement>("places-input");
    await type(input, "dia");
    expect([...document.querySelectorAll("[role=option]")].map((o) => o.textContent?.trim())).toEqual(["Diafarabé", "+ Ajouter « dia »"]);
    key(input, "ArrowDown");
    expect($("places-create").getAttribute("aria-selected")).toBe("true");
    key(input, "Enter");
    expect(created).toEqual(["dia"]);
    expect(picked).toEqual([]);
    // A name the search found as it is typed (any case or accents) is not offered anew.
    await type(input, "DIAFARABE");
    expect([...document.querySelectorAll("[role=option]")].map((o) => o.textContent?.trim())).toEqual(["Diafarabé"]);
  });
});
