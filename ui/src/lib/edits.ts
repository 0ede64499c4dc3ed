// What a correction sends: only the fields the user changed, so only those are marked as corrected.
import type { Actor, Event, EventEdit, Place } from "./api";

const placeKeys = (list: Place[]) => list.map((p) => p.name).join("\n");
const actorKeys = (list: Actor[]) => list.map((a) => `${a.kind}:${a.name}`).join("\n");

/** The places and actors of an edit: each list only when it differs from the event's. */
export function placesAndActorsEdit(event: Pick<Event, "places" | "actors">, places: Place[], actors: Actor[]): Pick<EventEdit, "places" | "actors"> {
  const edit: Pick<EventEdit, "places" | "actors"> = {};
  if (placeKeys(places) !== placeKeys(event.places)) edit.places = places.map((p) => p.name);
  if (actorKeys(actors) !== actorKeys(event.actors)) edit.actors = actors.map((a) => ({ name: a.name, kind: a.kind }));
  return edit;
}
