import { expect, test } from "vitest";
import { splitAtBytes } from "./text";

test("byte offsets from Rust cut the right characters in accented text", () => {
  const text = "À Hanoï, Poutine est arrivé jeudi.";
  const quote = "Poutine est arrivé";
  const start = new TextEncoder().encode(text.slice(0, text.indexOf(quote))).length;
  const end = start + new TextEncoder().encode(quote).length;
  expect(splitAtBytes(text, start, end)).toEqual(["À Hanoï, ", quote, " jeudi."]);
  // Offsets past the end are clamped rather than throwing.
  expect(splitAtBytes("abc", 1, 99)).toEqual(["a", "bc", ""]);
});
