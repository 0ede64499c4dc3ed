// The backend's errors in the window's language: each error the window knows by its
// `detail.code` is worded here in French and English from its parameters; the others
// keep the backend's English sentence.
import type { AppError, ErrorDetail, IngestReason, BlockedAction, PlaceReason, DamageReason, FailureDetail, WarningDetail } from "../bindings";
import { t, type Lang, type Strings } from "./i18n";

let current: Lang = "fr";

/** The window's language, which errors are worded in (App sets it when it changes). */
export function setErrorLang(lang: Lang): void {
  current = lang;
}

export function errorLang(): Lang {
  return current;
}

const num = (n: number | null, lang: Lang) => (n === null ? "?" : n.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB"));

const blockedFr: Record<BlockedAction, string> = {
  import: "Un import est déjà en cours : attendez qu’il se termine ou annulez-le.",
  open_workspace: "Un import est en cours : attendez qu’il se termine ou annulez-le avant d’ouvrir un autre espace de travail.",
  import_workspace: "Un import est en cours : attendez qu’il se termine ou annulez-le avant d’importer un autre espace de travail.",
  reset_sample: "Un import est en cours : attendez qu’il se termine ou annulez-le avant de réinitialiser l’exemple.",
};
const blockedEn: Record<BlockedAction, string> = {
  import: "An import is already running: wait for it to finish or cancel it.",
  open_workspace: "An import is running: wait for it to finish or cancel it before opening another workspace.",
  import_workspace: "An import is running: wait for it to finish or cancel it before importing another workspace.",
  reset_sample: "An import is running: wait for it to finish or cancel it before resetting the sample.",
};

function ingestFr(p: IngestReason): string {
  switch (p.reason) {
    case "Empty": return "le fichier est vide";
    case "NoText": return "le fichier n’a aucun texte lisible une fois nettoyé";
    case "TooLarge": return `le fichier fait ${num(p.size, "fr")} octets, au-delà de la limite de ${num(p.limit, "fr")} octets pour un article`;
    case "NotText": return `le fichier n’est pas du texte (il ressemble à : ${p.looks_like}) ; ce n’est pas un article`;
    case "UnsupportedType": return `type de fichier .${p.extension} non pris en charge (GeoTimeline lit les .txt, .md, .html, .htm et .pdf)`;
    case "Unreadable": return `le fichier ne peut pas être lu (${p.cause})`;
    case "BadMetadata": return `métadonnées invalides (${p.cause})`;
    case "NoTextLayer": return "le PDF n’a pas de couche de texte (une image numérisée ?) : GeoTimeline lit le texte d’un PDF, pas ses images ; importez une copie dont le texte a été reconnu (OCR)";
    case "EncryptedPdf": return "le PDF est chiffré et demande un mot de passe ; importez une copie enregistrée sans protection";
    case "BadPdf": return `le PDF ne peut pas être lu (${p.cause}) ; il est peut-être endommagé ou tronqué`;
    case "TooDeep": return `la page imbrique ses éléments sur plus de ${p.limit} niveaux, plus qu’un article n’en a besoin`;
    case "TooManyElements": return `la page a plus de ${num(p.limit, "fr")} éléments, plus qu’un article n’en a besoin`;
  }
}

function ingestEn(p: IngestReason): string {
  switch (p.reason) {
    case "Empty": return "the file is empty";
    case "NoText": return "the file has no readable text after cleaning";
    case "TooLarge": return `the file is ${num(p.size, "en")} bytes, over the ${num(p.limit, "en")}-byte limit for one article`;
    case "NotText": return `the file is not text (it looks like ${p.looks_like}); it is not an article`;
    case "UnsupportedType": return `unsupported file type .${p.extension} (GeoTimeline reads .txt, .md, .html, .htm and .pdf)`;
    case "Unreadable": return `cannot read the file (${p.cause})`;
    case "BadMetadata": return `invalid metadata (${p.cause})`;
    case "NoTextLayer": return "the PDF has no text layer (a scanned image?): GeoTimeline reads a PDF’s text, not its images; import a copy with recognised text (OCR)";
    case "EncryptedPdf": return "the PDF is encrypted and needs a password; import a copy saved without protection";
    case "BadPdf": return `the PDF cannot be read (${p.cause}); it may be damaged or truncated`;
    case "TooDeep": return `the page nests its elements more than ${p.limit} deep, more than an article needs`;
    case "TooManyElements": return `the page has more than ${num(p.limit, "en")} elements, more than an article needs`;
  }
}

/** A number of degrees as the language writes it ("14,72" in French). */
const degrees = (n: number | null, lang: Lang) => (n === null ? "?" : n.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 6 }));

function placeFr(p: PlaceReason): string {
  switch (p.reason) {
    case "EmptyName": return "un lieu a besoin d’un nom";
    case "MissingCoordinate": return p.axis === "latitude" ? "sa latitude manque" : "sa longitude manque";
    case "NotANumber": return `sa ${p.axis} « ${p.text} » n’est pas un nombre de degrés (par exemple 14,72 ou −17,18)`;
    case "LatitudeOutOfRange": return `sa latitude ${degrees(p.value, "fr")} est hors limites : une latitude est comprise entre −90 et 90 degrés`;
    case "LongitudeOutOfRange": return `sa longitude ${degrees(p.value, "fr")} est hors limites : une longitude est comprise entre −180 et 180 degrés`;
    case "UnknownCountry": return `aucun pays ne s’appelle ou n’a pour code « ${p.text} »`;
    case "KnownPlace": return `la base de connaissances le connaît déjà sous le nom « ${p.existing} » : choisissez-le dans la recherche`;
    case "AlreadyAdded": return `cet espace de travail a déjà un lieu nommé « ${p.existing} » : choisissez-le dans la recherche`;
  }
}

function placeEn(p: PlaceReason): string {
  switch (p.reason) {
    case "EmptyName": return "a place needs a name";
    case "MissingCoordinate": return `its ${p.axis} is missing`;
    case "NotANumber": return `its ${p.axis} “${p.text}” is not a number of degrees (for example 14.72 or -17.18)`;
    case "LatitudeOutOfRange": return `its latitude ${degrees(p.value, "en")} is out of range: a latitude is between -90 and 90 degrees`;
    case "LongitudeOutOfRange": return `its longitude ${degrees(p.value, "en")} is out of range: a longitude is between -180 and 180 degrees`;
    case "UnknownCountry": return `no country is named or coded “${p.text}”`;
    case "KnownPlace": return `the knowledge base already knows it as “${p.existing}”: choose it from the search`;
    case "AlreadyAdded": return `this workspace already has a place named “${p.existing}”: choose it from the search`;
  }
}

function damageFr(p: DamageReason): string {
  switch (p.reason) {
    case "NotSqlite": return "ce n’est pas une base de données SQLite";
    case "Truncated": return `il est tronqué (${num(p.size, "fr")} octets, pas un nombre entier de pages)`;
    case "Malformed": return "SQLite signale que son contenu est malformé";
    case "CheckFails": return `la vérification de SQLite échoue : ${p.verdict}`;
  }
}

function damageEn(p: DamageReason): string {
  switch (p.reason) {
    case "NotSqlite": return "it is not a SQLite database";
    case "Truncated": return `it is truncated (${num(p.size, "en")} bytes, not a whole number of pages)`;
    case "Malformed": return "SQLite reports its contents as malformed";
    case "CheckFails": return `SQLite’s check fails: ${p.verdict}`;
  }
}

/** Why a file was not imported, in `lang` (without the file's name). */
export function failureSentence(r: FailureDetail, lang: Lang = current): string {
  const fr = lang === "fr";
  switch (r.kind) {
    case "Ingest": return fr ? ingestFr(r.problem) : ingestEn(r.problem);
    case "Unlistable": return fr ? `le dossier ne peut pas être lu (${r.cause})` : `the folder cannot be read (${r.cause})`;
    case "Manifest": return fr ? `manifeste invalide (${r.cause})` : `invalid manifest (${r.cause})`;
    case "Storage": return fr ? `l’enregistrement a échoué (${r.cause}) ; l’espace de travail n’en a rien gardé` : `storing it failed (${r.cause}); the workspace kept nothing of it`;
    case "AfterStorageFailure": return fr ? `non importé : l’enregistrement d’un fichier précédent a échoué (${r.cause})` : `not imported: storing an earlier file failed (${r.cause})`;
  }
}

/** What was repaired to read a file, in `lang` (without the file's name). */
export function warningSentence(w: WarningDetail, lang: Lang = current): string {
  const fr = lang === "fr";
  switch (w.kind) {
    case "InvalidUtf8":
      return fr
        ? `${w.replaced} séquence${w.replaced > 1 ? "s" : ""} UTF-8 invalide${w.replaced > 1 ? "s" : ""} remplacée${w.replaced > 1 ? "s" : ""} par \u{fffd} (U+FFFD) ; le reste du fichier est lu en UTF-8`
        : `${w.replaced} invalid UTF-8 sequence${w.replaced === 1 ? "" : "s"} replaced by \u{fffd} (U+FFFD); the rest of the file is read as UTF-8`;
    case "UnreadSentences": {
      const n = w.long + w.crowded;
      return fr
        ? `${n} phrase${n > 1 ? "s" : ""} non lue${n > 1 ? "s" : ""} pour les événements (${w.long} de plus de ${num(w.max_bytes, "fr")} octets, ${w.crowded} avec plus de ${w.max_triggers} mots déclencheurs) ; le texte est enregistré et cherchable`
        : `${n} sentence${n === 1 ? "" : "s"} not read for events (${w.long} longer than ${num(w.max_bytes, "en")} bytes, ${w.crowded} with more than ${w.max_triggers} trigger words); the text is stored and searchable`;
    }
  }
}

const whatFr: Record<string, string> = { event: "L’événement", article: "L’article", place: "Le lieu" };

function fr(d: ErrorDetail): string {
  switch (d.code) {
    case "NotFound": return `${whatFr[d.what] ?? `L’élément (${d.what})`} n° ${d.id ?? "?"} n’existe pas.`;
    case "UnknownPlace":
      return d.suggestions.length
        ? `Aucun lieu de la base de connaissances ne s’appelle « ${d.name} » (vouliez-vous dire ${d.suggestions.join(", ")} ?).`
        : `Aucun lieu de la base de connaissances ni de cet espace de travail ne s’appelle « ${d.name} » : choisissez un lieu proposé par la recherche, ou ajoutez-le comme nouveau lieu avec ses coordonnées.`;
    case "BadPlace": return d.name ? `Le lieu « ${d.name} » ne peut pas être ajouté : ${placeFr(d.problem)}.` : `Le lieu ne peut pas être ajouté : ${placeFr(d.problem)}.`;
    case "EmptyActorName": return `L’acteur n° ${d.position} de la liste n’a pas de nom : chaque acteur en a besoin d’un.`;
    case "DatabaseTooNew":
      return `L’espace de travail ${d.file} a été écrit par une version plus récente de GeoTimeline (schéma ${d.found}, cette version connaît le ${d.known}) ; mettez GeoTimeline à jour pour l’ouvrir.`;
    case "Damaged":
      return `L’espace de travail ${d.file} est endommagé et ne peut pas être ouvert (${damageFr(d.problem)}) ; GeoTimeline ne l’a pas modifié. ${
        d.backup ? `Une sauvegarde faite avant sa dernière mise à niveau existe : ${d.backup}.` : "Il n’en existe aucune sauvegarde automatique."
      }`;
    case "WorkspaceBusy":
      return `L’espace de travail ${d.file} est occupé : un autre GeoTimeline (l’application ou la ligne de commande) y écrit depuis ${d.waited} s ; réessayez quand il aura terminé.`;
    case "ImportRunning": return blockedFr[d.blocked];
    case "Ingest": return `${d.file} : ${ingestFr(d.problem)}.`;
    case "NotAWorkspace": return `${d.file} n’est pas un espace de travail GeoTimeline.`;
    case "NotRecent": return `${d.file} ne fait pas partie des espaces de travail récents.`;
  }
}

function en(d: ErrorDetail): string {
  switch (d.code) {
    case "NotFound": return `${d.what.charAt(0).toUpperCase()}${d.what.slice(1)} ${d.id ?? "?"} does not exist.`;
    case "UnknownPlace":
      return d.suggestions.length
        ? `No place of the knowledge base is named “${d.name}” (did you mean ${d.suggestions.join(", ")}?).`
        : `No place of the knowledge base or of this workspace is named “${d.name}”: choose a place the search offers, or add it as a new place with its coordinates.`;
    case "BadPlace": return d.name ? `The place “${d.name}” cannot be added: ${placeEn(d.problem)}.` : `The place cannot be added: ${placeEn(d.problem)}.`;
    case "EmptyActorName": return `Actor ${d.position} of the list has no name: every actor needs one.`;
    case "DatabaseTooNew":
      return `The workspace ${d.file} was written by a newer GeoTimeline (schema ${d.found}, this version knows ${d.known}); update GeoTimeline to open it.`;
    case "Damaged":
      return `The workspace ${d.file} is damaged and cannot be opened (${damageEn(d.problem)}); GeoTimeline has not changed it. ${
        d.backup ? `A backup taken before its last upgrade exists: ${d.backup}.` : "There is no automatic backup of it."
      }`;
    case "WorkspaceBusy":
      return `The workspace ${d.file} is busy: another GeoTimeline (the app or the command line) has been writing to it for ${d.waited} s; try again when it has finished.`;
    case "ImportRunning": return blockedEn[d.blocked];
    case "Ingest": return `${d.file}: ${ingestEn(d.problem)}.`;
    case "NotAWorkspace": return `${d.file} is not a GeoTimeline workspace.`;
    case "NotRecent": return `${d.file} is not in the recent workspaces.`;
  }
}

/** The error's sentence in `lang`; the backend's English sentence for an error without a known code. */
export function errorMessage(error: AppError, lang: Lang = current): string {
  const d = error.detail;
  if (!d) return error.message;
  const worded = lang === "fr" ? fr(d) : en(d);
  return worded ?? error.message;
}

/** A sentence of the window's own strings, by its key. */
export type TextKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

/**
 * A problem a form shows, kept as what it is (the backend's typed error, one of the
 * window's own sentences by its key, or the text of an error that has no code) and
 * worded when shown: switching the window's language rewords it on screen.
 */
export type Problem = { error: AppError } | { key: TextKey } | { text: string };

/** What a failed call threw, as a Problem. */
export function problemOf(e: unknown): Problem {
  // An ApiError (lib/api.ts) carries the backend's typed error; told by its shape, as api.ts imports this module.
  const detail = (e as { detail?: AppError } | null)?.detail;
  if (detail && typeof detail === "object" && typeof detail.message === "string") return { error: detail };
  return { text: e instanceof Error ? e.message : String(e) };
}

/** The problem's sentence in `lang`. */
export function problemText(p: Problem, lang: Lang): string {
  if ("error" in p) return errorMessage({ ...p.error, detail: p.error.detail ?? null }, lang);
  if ("key" in p) return t(lang)[p.key];
  return p.text;
}
