// Dates as people read them, at the precision they are known:
// "20 juin 2024", "semaine du 10 juin 2024", "juin 2024", "2024".
import type { DateSpan } from "./api";
import { t, type Lang } from "./i18n";

const DAY = 86_400_000;

/** A YYYY-MM-DD day as a UTC timestamp (midnight). */
export function dayMs(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1);
}

/** Start of the first day and end of the last day of a span, in ms. */
export function spanMs(span: DateSpan): [number, number] {
  return [dayMs(span.start), dayMs(span.end) + DAY];
}

/** Formatters are slow to make (WebKit builds each one's patterns): one per language and options. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The UTC date formatter of a locale for these options, made once. */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options })));
  return made;
}

function fmt(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateFormatter(lang === "fr" ? "fr-FR" : "en-GB", options);
}

/** An event's title in the window's language: the core composes both, or keeps the title a user typed. */
export function titleIn(event: { title: string; title_en?: string }, lang: Lang): string {
  return lang === "en" && event.title_en ? event.title_en : event.title;
}

export function formatDay(iso: string, lang: Lang): string {
  return fmt(lang, { day: "numeric", month: "long", year: "numeric" }).format(dayMs(iso));
}

export function formatSpan(span: DateSpan, lang: Lang): string {
  const start = dayMs(span.start);
  switch (span.precision) {
    case "year": {
      const [a, b] = [span.start.slice(0, 4), span.end.slice(0, 4)];
      return a === b ? a : `${a}–${b}`;
    }
    case "month": {
      const month = fmt(lang, { month: "long", year: "numeric" });
      const a = month.format(start);
      const b = month.format(dayMs(span.end));
      return a === b ? a : `${a} – ${b}`;
    }
    case "week":
      return t(lang).weekOf(formatDay(span.start, lang));
    case "decade":
      return t(lang).decade(span.start.slice(0, 4));
    case "quarter": {
      const month = Number(span.start.slice(5, 7));
      return t(lang).quarter(Math.floor((month - 1) / 3) + 1, span.start.slice(0, 4));
    }
    case "season": {
      const month = Number(span.start.slice(5, 7));
      const index = month >= 3 && month <= 5 ? 0 : month >= 6 && month <= 8 ? 1 : month >= 9 && month <= 11 ? 2 : 3;
      const name = t(lang).seasons[index];
      return index === 3 ? `${name} ${span.start.slice(0, 4)}–${span.end.slice(0, 4)}` : `${name} ${span.start.slice(0, 4)}`;
    }
    default:
      return span.start === span.end ? formatDay(span.start, lang) : `${formatDay(span.start, lang)} – ${formatDay(span.end, lang)}`;
  }
}
