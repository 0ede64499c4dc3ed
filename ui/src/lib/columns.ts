// The events of a zoomed-in stretch arrive in columns (the `list_event_columns`
// command): one array per field, places, countries and actors as indexes into
// tables. Parsing 2,271 events sent as a JSON array of objects held the
// window's frame 24–96 ms (#16); here they become the window's EventSummary
// objects, the tables' strings and actors shared between events.
import type { EventColumns, EventSummary } from "../bindings";

export function eventsOf(c: EventColumns): EventSummary[] {
  const out = new Array<EventSummary>(c.id.length);
  const pick = <T>(table: T[], indexes: number[]) => indexes.map((i) => table[i]);
  for (let i = 0; i < c.id.length; i++) {
    out[i] = {
      id: c.id[i],
      title: c.title[i],
      title_en: c.title_en[i] || c.title[i],
      type: c.types[i],
      date: { start: c.start[i], end: c.end[i], precision: c.precision[i] },
      confidence: c.confidence[i] ?? 0,
      planned: c.planned[i],
      places: pick(c.place_names, c.places[i]),
      source_count: c.source_count[i],
      countries: pick(c.country_codes, c.countries[i]),
      actors: pick(c.actor_list, c.actors[i]),
      verified: c.verified[i],
    };
  }
  return out;
}
