import { expect, test } from "vitest";
import { segmentsAtBytes, splitAtBytes } from "./text";

test("byte offsets from Rust cut the right characters in accented text", () => {
  const text = "À Hanoï, Poutine est arrivé jeudi.";
  const quote = "Poutine est arrivé";
  const start = new TextEncoder().encode(text.slice(0, text.indexOf(quote))).length;
  const end = start + new TextEncoder().encode(quote).length;
  expect(splitAtBytes(text, start, end)).toEqual(["À Hanoï, ", quote, " jeudi."]);
  // Offsets past the end are clamped rather than throwing.
  expect(splitAtBytes("abc", 1, 99)).toEqual(["a", "bc", ""]);
});


test("segments mark several byte ranges, the first listed winning an overlap", () => {
  const text = "Hanoï, jeudi : accord signé. Pyongyang, mercredi : visite.";
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  const quote = { start: 0, end: bytes("Hanoï, jeudi : accord signé."), key: "quote" };
  const other = { start: bytes("Hanoï, jeudi : accord signé. "), end: bytes(text), key: "other" };
  const overlapping = { start: 2, end: 10, key: "hidden" };
  const segments = segmentsAtBytes(text, [quote, other, overlapping]);
  expect(segments.map((s) => [s.text, s.range?.key ?? null])).toEqual([
    ["Hanoï, jeudi : accord signé.", "quote"],
    [" ", null],
    ["Pyongyang, mercredi : visite.", "other"],
  ]);
  expect(segments.map((s) => s.text).join("")).toBe(text);
});
