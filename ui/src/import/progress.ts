// An import's progress and its summary, as the review sheet shows them: pure,
// so the sheet only renders what these say.
import type { ImportProgress, ImportReport } from "../lib/api";
import type { FailureDetail, WarningDetail } from "../bindings";

/** The bar's filled fraction, 0 to 1. */
export function fraction(p: ImportProgress | null): number {
  if (!p || p.total <= 0) return 0;
  return Math.min(1, Math.max(0, p.done / p.total));
}

/** The newer of two progress messages: the bar and the counts never move back. */
export function advance(prev: ImportProgress | null, next: ImportProgress): ImportProgress {
  if (!prev) return next;
  if (next.done < prev.done || next.events_found < prev.events_found) return prev;
  return next;
}

/** What became of an import, for its summary. */
export interface ImportSummary {
  imported: number;
  /** Events found in the imported files (new ones and reports merged into stored ones). */
  events: number;
  /** Names of the files skipped because their text is already in the workspace. */
  skipped: string[];
  /** Files that could not be imported, each with why (worded in the window's language) and the backend's sentence. */
  failed: { file: string; message: string; reason: FailureDetail }[];
  /** Files repaired to be read, each with what was repaired. */
  warnings: { file: string; message: string; reason: WarningDetail }[];
  /** Files not imported because the import was cancelled. */
  cancelled: number;
}

export function summarize(report: ImportReport): ImportSummary {
  return {
    imported: report.imported.length,
    events: report.events_added + report.events_merged,
    skipped: report.duplicates,
    failed: report.failures.map((f) => ({ file: baseName(f.file), message: f.message, reason: f.reason })),
    warnings: report.warnings.map((w) => ({ file: baseName(w.file), message: w.message, reason: w.reason })),
    cancelled: report.cancelled.length,
  };
}

/** The last part of a path, either separator. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}
