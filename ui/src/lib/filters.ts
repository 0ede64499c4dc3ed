// The window's filters: what narrows the timeline, the map and the exports.
// Each active filter is shown as a removable chip.
import type { EventFilter, EventType } from "./api";

export interface Filters {
  types: EventType[];
  query: string;
  places: string[];
  countries: string[];
  actors: string[];
  articles: number[];
  minConfidence: number | null;
  /** A date range (YYYY-MM-DD, inclusive): events outside it are left out. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: Filters = { types: [], query: "", places: [], countries: [], actors: [], articles: [], minConfidence: null, from: null, to: null };

/** The filter the Rust side applies (list_events, exports). */
export function toEventFilter(f: Filters): EventFilter {
  return {
    from: f.from,
    to: f.to,
    types: [...f.types],
    query: f.query.trim() || null,
    actors: [...f.actors],
    countries: [...f.countries],
    places: [...f.places],
    articles: [...f.articles],
    min_confidence: f.minConfidence,
  };
}

export function isFiltered(f: Filters): boolean {
  return f.types.length + f.places.length + f.countries.length + f.actors.length + f.articles.length > 0 || f.query.trim() !== "" || f.minConfidence !== null || f.from !== null || f.to !== null;
}

/** Adds `value` to a list filter, or removes it when already there. */
export function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export interface Chip {
  key: string;
  label: string;
  without: Filters;
}

export interface ChipNames {
  type: (t: EventType) => string;
  place: (name: string) => string;
  country: (iso: string) => string;
  actor: (name: string) => string;
  article: (id: number) => string;
}

export interface ChipWords {
  chipType: (t: string) => string;
  chipQuery: (q: string) => string;
  chipPlace: (p: string) => string;
  chipCountry: (c: string) => string;
  chipActor: (a: string) => string;
  chipSource: (s: string) => string;
  chipConfidence: (n: number) => string;
  chipPeriod: (from: string | null, to: string | null) => string;
}

/** One chip per active filter, each knowing the filters without it. */
export function chipsOf(f: Filters, names: ChipNames, words: ChipWords): Chip[] {
  const chips: Chip[] = [];
  for (const t of f.types) chips.push({ key: `type:${t}`, label: words.chipType(names.type(t)), without: { ...f, types: f.types.filter((x) => x !== t) } });
  if (f.query.trim()) chips.push({ key: "query", label: words.chipQuery(f.query.trim()), without: { ...f, query: "" } });
  for (const p of f.places) chips.push({ key: `place:${p}`, label: words.chipPlace(names.place(p)), without: { ...f, places: f.places.filter((x) => x !== p) } });
  for (const c of f.countries) chips.push({ key: `country:${c}`, label: words.chipCountry(names.country(c)), without: { ...f, countries: f.countries.filter((x) => x !== c) } });
  for (const a of f.actors) chips.push({ key: `actor:${a}`, label: words.chipActor(names.actor(a)), without: { ...f, actors: f.actors.filter((x) => x !== a) } });
  for (const id of f.articles) chips.push({ key: `article:${id}`, label: words.chipSource(names.article(id)), without: { ...f, articles: f.articles.filter((x) => x !== id) } });
  if (f.from !== null || f.to !== null) chips.push({ key: "period", label: words.chipPeriod(f.from, f.to), without: { ...f, from: null, to: null } });
  if (f.minConfidence !== null) chips.push({ key: "confidence", label: words.chipConfidence(Math.round(f.minConfidence * 100)), without: { ...f, minConfidence: null } });
  return chips;
}

/** A country's name in the UI language, from its ISO code (CLDR names in every webview). */
export function countryName(iso: string, lang: string): string {
  try {
    // One formatter per language: lanes by country ask for a name per event.
    let names = displayNames.get(lang);
    if (!names) displayNames.set(lang, (names = new Intl.DisplayNames([lang], { type: "region" })));
    return names.of(iso) ?? iso;
  } catch {
    return iso;
  }
}

const displayNames = new Map<string, Intl.DisplayNames>();
