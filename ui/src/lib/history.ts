// The edit history as the window shows it: which edit Undo and Redo would
// apply, and its summary in the window's language.
import type { HistoryEntry } from "../bindings";
import type { Lang } from "./i18n";

/** The edit Undo reverts: the newest one not undone (`history` is newest first). */
export function nextUndo(history: HistoryEntry[]): HistoryEntry | null {
  return history.find((e) => !e.undone) ?? null;
}

/** The edit Redo applies again: the oldest undone one (the store redoes in order). */
export function nextRedo(history: HistoryEntry[]): HistoryEntry | null {
  let found: HistoryEntry | null = null;
  for (const e of history) if (e.undone) found = e;
  return found;
}

/**
 * The store writes its summaries in English ("merged events 3, 5 into 3"):
 * French ones are rewritten from the same few shapes; an unknown one is shown as is.
 */
const FIELDS: Record<string, string> = { title: "titre", type: "type", date: "date", planned: "prévu", places: "lieux", actors: "acteurs", sources: "sources", nothing: "rien" };
const FRENCH: [RegExp, (...m: string[]) => string][] = [
  [/^edited event (\d+): (.*)$/, (id, what) => `correction de l’événement ${id} (${what.split(", ").map((f) => FIELDS[f] ?? f).join(", ")})`],
  [/^deleted event (\d+) \((.*)\)$/, (id, title) => `suppression de l’événement ${id} (${title})`],
  [/^merged events (.+) into (\d+)$/, (ids, kept) => `fusion des événements ${ids} en ${kept}`],
  [/^split the sources? from articles? (.+) of event (\d+) into new event (\d+)$/, (arts, id, made) => `séparation de l’événement ${id} (article${arts.includes(",") ? "s" : ""} ${arts}) en un nouvel événement ${made}`],
  [/^added event (\d+) from article (\d+)$/, (id, art) => `ajout de l’événement ${id} depuis l’article ${art}`],
  [/^marked event (\d+) verified$/, (id) => `événement ${id} marqué vérifié`],
  [/^marked event (\d+) not verified$/, (id) => `événement ${id} marqué non vérifié`],
  [/^added place (.+)$/, (name) => `ajout du lieu ${name}`],
  [
    /^imported workspace (.+): (\d+) articles?, (\d+) new events?, (\d+) events? completed$/,
    (file, articles, added, merged) => {
      // French counts 0 and 1 in the singular.
      const one = (n: string) => Number(n) <= 1;
      return `import de l’espace de travail ${file} (${articles} article${one(articles) ? "" : "s"}, ${added} ${one(added) ? "nouvel événement" : "nouveaux événements"}, ${merged} événement${one(merged) ? "" : "s"} complété${one(merged) ? "" : "s"})`;
    },
  ],
];

export function describeEdit(summary: string, lang: Lang): string {
  if (lang === "en") return summary;
  for (const [shape, say] of FRENCH) {
    const m = shape.exec(summary);
    if (m) return say(...m.slice(1));
  }
  return summary;
}
