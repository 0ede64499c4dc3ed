import { afterEach, describe, expect, test } from "vitest";
import { chipsOf, countryName, isFiltered, NO_FILTERS, toEventFilter, toggle } from "./filters";
import { loadView, saveView, type SavedView } from "./persist";
import { t } from "./i18n";

const names = { type: (x: string) => x, place: (p: string) => (p === "Hanoi" ? "Hanoï" : p), country: (c: string) => countryName(c, "fr"), actor: (a: string) => a, article: (id: number) => `article ${id}` };

describe("filters", () => {
  test("each active filter is a chip that knows how to remove itself", () => {
    const f = { ...NO_FILTERS, types: ["sanction" as const], places: ["Hanoi"], countries: ["VN"], minConfidence: 0.8 };
    const chips = chipsOf(f, names, t("fr"));
    expect(chips.map((c) => c.label)).toEqual(["Type : sanction", "Lieu : Hanoï", "Pays : Viêt Nam", "Confiance ≥ 80 %"]);
    const without = chips[1].without;
    expect(without.places).toEqual([]);
    expect(without.types).toEqual(["sanction"]);
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered(f)).toBe(true);
  });

  test("the Rust filter carries every criterion", () => {
    const f = toEventFilter({ ...NO_FILTERS, query: "  Hanoï ", actors: ["Kim Jong-un"], articles: [3] });
    expect(f).toEqual({ from: null, to: null, types: [], query: "Hanoï", actors: ["Kim Jong-un"], countries: [], places: [], articles: [3], min_confidence: null });
    const period = { ...NO_FILTERS, from: "2024-06-18", to: "2024-06-21" };
    expect(toEventFilter(period)).toMatchObject({ from: "2024-06-18", to: "2024-06-21" });
    expect(chipsOf(period, names, t("fr")).map((c) => c.label)).toEqual(["Période : 18 juin 2024 – 21 juin 2024"]);
    expect(chipsOf(period, names, t("fr"))[0].without).toEqual(NO_FILTERS);
    expect(toggle(["a"], "b")).toEqual(["a", "b"]);
    expect(toggle(["a", "b"], "a")).toEqual(["b"]);
  });
});

describe("the saved view", () => {
  afterEach(() => localStorage.clear());
  const defaults: SavedView = { lang: "fr", theme: "light", lanes: "none", filters: NO_FILTERS, selected: null, range: null, workspace: null };

  test("survives a restart", () => {
    saveView({ ...defaults, lanes: "actor", theme: "dark", selected: 4, range: [1, 2], filters: { ...NO_FILTERS, countries: ["KP"] }, workspace: "/w.sqlite" });
    const back = loadView(defaults);
    expect(back.workspace).toBe("/w.sqlite");
    expect(back.lanes).toBe("actor");
    expect(back.theme).toBe("dark");
    expect(back.selected).toBe(4);
    expect(back.range).toEqual([1, 2]);
    expect(back.filters.countries).toEqual(["KP"]);
  });

  test("a damaged or foreign entry falls back to the defaults", () => {
    localStorage.setItem("geotimeline.view.v1", "{not json");
    expect(loadView(defaults)).toEqual(defaults);
    localStorage.setItem("geotimeline.view.v1", JSON.stringify({ lanes: "galaxy", range: [5, 1], lang: "de" }));
    expect(loadView(defaults)).toEqual(defaults);
  });
});
