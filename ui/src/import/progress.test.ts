// An import's progress and summary as the sheet shows them.
import { describe, expect, test } from "vitest";
import { advance, baseName, fraction, summarize } from "./progress";

const at = (done: number, total: number, events_found = 0, current: string | null = null) => ({ done, total, events_found, current });

describe("import progress", () => {
  test("the bar fills with the files done", () => {
    expect(fraction(null)).toBe(0);
    expect(fraction(at(0, 0))).toBe(0);
    expect(fraction(at(3, 12))).toBe(0.25);
    expect(fraction(at(12, 12))).toBe(1);
    expect(fraction(at(13, 12))).toBe(1);
  });

  test("messages move it forward only", () => {
    const first = at(1, 30, 4, "a.txt");
    expect(advance(null, first)).toBe(first);
    const second = at(2, 30, 6, "b.txt");
    expect(advance(first, second)).toBe(second);
    expect(advance(second, first)).toBe(second);
    // The last message has no file in progress.
    expect(advance(second, at(30, 30, 90))).toEqual(at(30, 30, 90));
  });

  test("the summary counts what the report says, failures by file name", () => {
    const summary = summarize({
      imported: [
        { id: 1, file_name: "a.txt", title: null, outlet: null, language: "fr", published: "2024-06-20" },
        { id: 2, file_name: "b.txt", title: null, outlet: null, language: "fr", published: "2024-06-20" },
      ],
      duplicates: ["c.txt"],
      failures: [{ file: "/x/d.pdf", message: "/x/d.pdf: the PDF has no text layer", reason: { kind: "Ingest", problem: { reason: "NoTextLayer" } } }],
      warnings: [{ file: "/x/a.txt", message: "/x/a.txt: 1 invalid UTF-8 sequence replaced", reason: { kind: "InvalidUtf8", replaced: 1 } }],
      events_added: 5,
      events_merged: 2,
      cancelled: ["/x/e.txt", "/x/f.txt"],
    });
    expect(summary).toEqual({
      imported: 2,
      events: 7,
      skipped: ["c.txt"],
      failed: [{ file: "d.pdf", message: "/x/d.pdf: the PDF has no text layer", reason: { kind: "Ingest", problem: { reason: "NoTextLayer" } } }],
      warnings: [{ file: "a.txt", message: "/x/a.txt: 1 invalid UTF-8 sequence replaced", reason: { kind: "InvalidUtf8", replaced: 1 } }],
      cancelled: 2,
    });
  });

  test("file names from either kind of path", () => {
    expect(baseName("/x/y/a.txt")).toBe("a.txt");
    expect(baseName("C:\\Users\\a\\b.md")).toBe("b.md");
    expect(baseName("pasted.txt")).toBe("pasted.txt");
  });
});
