import { expect, test } from "vitest";
import { segmentsAtBytes } from "./text";

const cut = (text: string, start: number, end: number) => segmentsAtBytes(text, [{ start, end }]).map((s) => [s.text, s.range !== null]);

test("byte offsets from Rust cut the right characters in accented text", () => {
  const text = "À Hanoï, Poutine est arrivé jeudi.";
  const quote = "Poutine est arrivé";
  const start = new TextEncoder().encode(text.slice(0, text.indexOf(quote))).length;
  const end = start + new TextEncoder().encode(quote).length;
  expect(cut(text, start, end)).toEqual([["À Hanoï, ", false], [quote, true], [" jeudi.", false]]);
  // Offsets past the end are clamped rather than throwing.
  expect(cut("abc", 1, 99)).toEqual([["a", false], ["bc", true]]);
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
