import { expect, test } from "vitest";
import { formatSpan, titleIn } from "./format";

test("dates read at their precision, quarters and seasons included", () => {
  expect(formatSpan({ start: "2024-06-20", end: "2024-06-20", precision: "day" }, "fr")).toBe("20 juin 2024");
  expect(formatSpan({ start: "2024-06-01", end: "2024-06-30", precision: "month" }, "fr")).toBe("juin 2024");
  expect(formatSpan({ start: "2024-04-01", end: "2024-06-30", precision: "quarter" }, "fr")).toBe("T2 2024");
  expect(formatSpan({ start: "2024-04-01", end: "2024-06-30", precision: "quarter" }, "en")).toBe("Q2 2024");
  expect(formatSpan({ start: "2023-03-21", end: "2023-06-20", precision: "season" }, "fr")).toBe("printemps 2023");
  expect(formatSpan({ start: "2012-12-21", end: "2013-03-20", precision: "season" }, "en")).toBe("winter 2012–2013");
  expect(formatSpan({ start: "1990-01-01", end: "1999-12-31", precision: "decade" }, "fr")).toBe("années 1990");
});

test("titles follow the window's language", () => {
  const event = { title: "Visite : Vladimir Poutine — Hanoï", title_en: "Visit: Vladimir Putin — Hanoi" };
  expect(titleIn(event, "fr")).toBe("Visite : Vladimir Poutine — Hanoï");
  expect(titleIn(event, "en")).toBe("Visit: Vladimir Putin — Hanoi");
  expect(titleIn({ title: "Ma visite" }, "en")).toBe("Ma visite");
});
