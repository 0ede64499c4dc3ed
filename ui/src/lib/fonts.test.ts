// The window's style sheet and its canvases name one font family on each platform.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { FONTCONFIG_CLASS, FONTCONFIG_FONT_FAMILY, SYSTEM_FONT_FAMILY, usesFontconfig } from "./fonts";

test("the style sheet's font families are the canvases', the fontconfig one under its class", () => {
  const css = readFileSync(path.join(import.meta.dirname, "../styles.css"), "utf8");
  const sheet = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const rules = [...sheet.matchAll(/([^{}]+)\{[^{}]*?font-family:\s*([^;]+);/g)].map((m) => [m[1].trim().replace(/\s+/g, " "), m[2].trim()]);
  expect(rules).toEqual([
    [":root", SYSTEM_FONT_FAMILY],
    [`:root.${FONTCONFIG_CLASS}`, FONTCONFIG_FONT_FAMILY],
    // Controls take it too: their own default is another family to look up (#16).
    ["button, input, select, textarea", "inherit"],
  ]);
});

test("WebKitGTK's user agent is told from WebView2's and WKWebView's", () => {
  expect(usesFontconfig("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15")).toBe(true);
  expect(usesFontconfig("Mozilla/5.0 (X11; FreeBSD amd64) AppleWebKit/605.1.15 (KHTML, like Gecko)")).toBe(true);
  expect(usesFontconfig("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)")).toBe(false);
  expect(usesFontconfig("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).toBe(false);
  expect(usesFontconfig("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36")).toBe(false);
});
