// UI strings in French and English. French is the default; the system
// language picks English when it is English.
import type { EventType, Precision } from "./api";

export type Lang = "fr" | "en";

const strings = {
  fr: {
    appName: "GeoTimeline",
    articles: (n: number) => `${n} article${n > 1 ? "s" : ""}`,
    events: (n: number) => `${n} événement${n > 1 ? "s" : ""}`,
    import: "Importer des articles…",
    importing: "Import en cours…",
    fitAll: "Tout afficher",
    zoomIn: "Zoom avant",
    zoomOut: "Zoom arrière",
    imported: (n: number, added: number, merged: number) =>
      `${n} article${n > 1 ? "s" : ""} importé${n > 1 ? "s" : ""} : ${added} ${added > 1 ? "nouveaux événements" : "nouvel événement"}, ${merged} mention${merged > 1 ? "s" : ""} rattachée${merged > 1 ? "s" : ""} à des événements existants`,
    duplicates: (n: number) => `${n} déjà présent${n > 1 ? "s" : ""}`,
    failures: (n: number) => `${n} échec${n > 1 ? "s" : ""}`,
    dismiss: "Fermer",
    emptyPanel: "Cliquez sur un événement de la frise pour voir sa date, ses lieux, ses acteurs et les citations de chaque source.",
    emptyTimeline: "Aucun événement. Importez des articles pour construire la frise.",
    precision: "Précision",
    planned: "Prévu",
    confidence: "Confiance",
    places: "Lieux",
    actors: "Acteurs",
    sources: (n: number) => `Source${n > 1 ? "s" : ""} (${n})`,
    unknownOutlet: "Source inconnue",
    readArticle: "Lire l’article à ce passage →",
    disagree: { date: "Les sources ne donnent pas la même date", count: "Les sources ne donnent pas le même nombre" } as Record<string, string>,
    publishedOn: "publié le",
    dateFrom: "date lue",
    legend: "Types d’événements (cliquer pour filtrer)",
    filterBy: (type: string) => `Afficher seulement : ${type}`,
    search: "Rechercher (titres, citations, articles)…",
    noMatch: "Aucun événement ne correspond à ce filtre.",
    clearFilters: "Effacer les filtres",
    timelineLabel: "Frise chronologique des événements",
    eventList: "Liste des événements",
    dropHint: "Déposez des articles pour les importer",
    weekOf: (d: string) => `semaine du ${d}`,
    types: {
      visit: "Visite",
      meeting: "Rencontre",
      agreement: "Accord",
      sanction: "Sanctions",
      statement: "Déclaration",
      military: "Militaire",
      election: "Élection",
      other: "Autre",
    } satisfies Record<EventType, string>,
    precisions: { day: "jour", week: "semaine", month: "mois", year: "année" } satisfies Record<Precision, string>,
    kinds: { person: "personne", state: "État", organisation: "organisation" } as Record<string, string>,
  },
  en: {
    appName: "GeoTimeline",
    articles: (n: number) => `${n} article${n === 1 ? "" : "s"}`,
    events: (n: number) => `${n} event${n === 1 ? "" : "s"}`,
    import: "Import articles…",
    importing: "Importing…",
    fitAll: "Show all",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    imported: (n: number, added: number, merged: number) =>
      `${n} article${n === 1 ? "" : "s"} imported: ${added} new event${added === 1 ? "" : "s"}, ${merged} mention${merged === 1 ? "" : "s"} added to existing events`,
    duplicates: (n: number) => `${n} already present`,
    failures: (n: number) => `${n} failed`,
    dismiss: "Dismiss",
    emptyPanel: "Click an event on the timeline to see its date, places, actors and the quote of every source.",
    emptyTimeline: "No events yet. Import articles to build the timeline.",
    precision: "Precision",
    planned: "Planned",
    confidence: "Confidence",
    places: "Places",
    actors: "Actors",
    sources: (n: number) => `Source${n === 1 ? "" : "s"} (${n})`,
    unknownOutlet: "Unknown outlet",
    readArticle: "Read the article at this passage →",
    disagree: { date: "The sources give different dates", count: "The sources give different counts" } as Record<string, string>,
    publishedOn: "published",
    dateFrom: "date read from",
    legend: "Event types (click to filter)",
    filterBy: (type: string) => `Show only: ${type}`,
    search: "Search titles, quotes and articles…",
    noMatch: "No event matches this filter.",
    clearFilters: "Clear filters",
    timelineLabel: "Timeline of events",
    eventList: "List of events",
    dropHint: "Drop articles to import them",
    weekOf: (d: string) => `week of ${d}`,
    types: {
      visit: "Visit",
      meeting: "Meeting",
      agreement: "Agreement",
      sanction: "Sanctions",
      statement: "Statement",
      military: "Military",
      election: "Election",
      other: "Other",
    } satisfies Record<EventType, string>,
    precisions: { day: "day", week: "week", month: "month", year: "year" } satisfies Record<Precision, string>,
    kinds: { person: "person", state: "state", organisation: "organisation" } as Record<string, string>,
  },
};

export type Strings = (typeof strings)["fr"];

export function systemLang(): Lang {
  const nav = typeof navigator !== "undefined" ? navigator.language : "fr";
  return nav.toLowerCase().startsWith("en") ? "en" : "fr";
}

export function t(lang: Lang): Strings {
  return strings[lang] as Strings;
}
