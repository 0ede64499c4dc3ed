import { describe, expect, test } from "vitest";
import type { EventColumns, EventSummary } from "../bindings";
import { eventsOf } from "./columns";

const putin = { name: "Vladimir Putin", name_fr: "Vladimir Poutine", kind: "person" as const };
const lam = { name: "To Lam", name_fr: "Tô Lâm", kind: "person" as const };

describe("event columns", () => {
  test("become the events they were made of, tables shared", () => {
    const columns: EventColumns = {
      id: [7, 9],
      title: ["Visite de Vladimir Poutine à Hanoï", "Sanctions"],
      title_en: ["Vladimir Putin visits Hanoi", ""],
      types: ["visit", "sanction"],
      start: ["2024-06-19", "2024-06-01"],
      end: ["2024-06-20", "2024-06-30"],
      precision: ["day", "month"],
      confidence: [0.8, 0.5],
      planned: [false, true],
      verified: [true, false],
      source_count: [3, 1],
      places: [[0], []],
      place_names: ["Hanoi"],
      countries: [[0], []],
      country_codes: ["VN"],
      actors: [[0, 1], [0]],
      actor_list: [putin, lam],
    };
    const expected: EventSummary[] = [
      { id: 7, title: "Visite de Vladimir Poutine à Hanoï", title_en: "Vladimir Putin visits Hanoi", type: "visit", date: { start: "2024-06-19", end: "2024-06-20", precision: "day" }, confidence: 0.8, planned: false, places: ["Hanoi"], source_count: 3, countries: ["VN"], actors: [putin, lam], verified: true },
      // An English title the same as the French one is sent empty.
      { id: 9, title: "Sanctions", title_en: "Sanctions", type: "sanction", date: { start: "2024-06-01", end: "2024-06-30", precision: "month" }, confidence: 0.5, planned: true, places: [], source_count: 1, countries: [], actors: [putin], verified: false },
    ];
    const events = eventsOf(columns);
    expect(events).toEqual(expected);
    expect(events[0].actors[0]).toBe(events[1].actors[0]);
  });
});
