// The window's style sheet and its canvases name one font family.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { FONT_FAMILY } from "./fonts";

test("the style sheet's font family is the canvases'", () => {
  const css = readFileSync(path.join(import.meta.dirname, "../styles.css"), "utf8");
  const families = [...css.matchAll(/font-family:\s*([^;]+);/g)].map((m) => m[1].trim());
  expect(families).toEqual([FONT_FAMILY]);
});
