import { describe, expect, test } from "vitest";
import { NO_FILTERS } from "../lib/filters";
import { buildView, isoDay, type FigureOptions } from "./view";

const options: FigureOptions = { scope: "visible", lanes: "type", map: "beside", width: 1600, theme: "light", title: "  ", subtitle: "" };
const june19 = Date.UTC(2024, 5, 19);
const june21 = Date.UTC(2024, 5, 21);

describe("the exported view is the window's view", () => {
  test("the visible range becomes whole days, end exclusive", () => {
    const view = buildView({ visible: [june19 + 3_600_000, june21], filters: { ...NO_FILTERS, types: ["visit"], query: " Hanoï ", countries: ["VN"] }, selected: 4, lang: "fr", lanes: "type", theme: "light" }, options);
    expect(view.from).toBe("2024-06-19");
    expect(view.to).toBe("2024-06-20");
    expect(view.types).toEqual(["visit"]);
    expect(view.query).toBe("Hanoï");
    expect(view.countries).toEqual(["VN"]);
    expect(view.highlighted).toEqual([4]);
    expect(view.title).toBeNull();
  });

  test("all dates drops the range but keeps the filters", () => {
    const view = buildView({ visible: [june19, june21], filters: NO_FILTERS, selected: null, lang: "en", lanes: "none", theme: "dark" }, { ...options, scope: "all", title: "Juin" });
    expect(view.from).toBeNull();
    expect(view.to).toBeNull();
    expect(view.query).toBeNull();
    expect(view.highlighted).toEqual([]);
    expect(view.lang).toBe("en");
    expect(view.title).toBe("Juin");
  });

  test("days are UTC days", () => {
    expect(isoDay(Date.UTC(2024, 0, 1, 23, 59))).toBe("2024-01-01");
    expect(isoDay(Date.UTC(1975, 11, 31))).toBe("1975-12-31");
  });
});
