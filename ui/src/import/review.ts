// The import review's rows: what each previewed file would be imported as,
// edited by the user, and what is sent back for the import.
import type { FailureDetail } from "../bindings";
import type { FilePreview, ReviewedFile } from "../lib/api";

export type Language = "fr" | "en";

export interface ReviewRow {
  path: string;
  fileName: string;
  title: string;
  outlet: string;
  language: Language;
  /** yyyy-mm-dd, or "" when none was found nor proposed. */
  published: string;
  /** The date was not found in the file: it is the text's latest full date, proposed. */
  proposed: boolean;
  /** The file gave no date and the text none to propose: the user must enter it. */
  noDate: boolean;
  /** Why the row is skipped (already stored, unreadable): null when it is imported. */
  skip: "already" | "unreadable" | null;
  problem: string | null;
  /** Why it cannot be imported, typed: worded in the window's language (`problem` is the backend's sentence). */
  reason: FailureDetail | null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A yyyy-mm-dd date that exists. */
export function isDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function rowOf(file: FilePreview): ReviewRow {
  const proposed = !file.published && !!file.inferred_published;
  return {
    path: file.path,
    fileName: file.file_name,
    title: file.title ?? "",
    outlet: file.outlet ?? "",
    language: file.language === "en" ? "en" : "fr",
    published: file.published ?? file.inferred_published ?? "",
    proposed,
    noDate: !file.published && !file.inferred_published,
    skip: file.problem ? "unreadable" : file.already_stored ? "already" : null,
    problem: file.problem,
    reason: file.reason,
  };
}

/** The rows that will be imported. */
export const importable = (rows: ReviewRow[]) => rows.filter((r) => r.skip === null);

/** Importable rows still without a valid date: the import waits for them. */
export const missingDates = (rows: ReviewRow[]) => importable(rows).filter((r) => !isDay(r.published));

/** What the import command receives: the importable rows, blank fields left to the file. */
export function reviewed(rows: ReviewRow[]): ReviewedFile[] {
  return importable(rows).map((r) => ({
    path: r.path,
    title: r.title.trim() || null,
    outlet: r.outlet.trim() || null,
    language: r.language,
    published: r.published,
  }));
}
