// Offsets from Rust count UTF-8 bytes; JavaScript strings count UTF-16 units.
// These convert at the edge, as the architecture says.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface Segment<T> {
  text: string;
  /** The range this text is marked with, or null for plain text. */
  range: T | null;
}

/**
 * Cuts `text` into plain and marked segments for the UTF-8 byte ranges given
 * (sorted or not). Overlapping ranges keep the earlier-listed one, so the quote
 * being read wins over the other events' quotes.
 */
export function segmentsAtBytes<T extends { start: number; end: number }>(text: string, ranges: T[]): Segment<T>[] {
  const bytes = encoder.encode(text);
  const chosen: T[] = [];
  for (const r of ranges) {
    const start = Math.max(0, Math.min(r.start, bytes.length));
    const end = Math.max(start, Math.min(r.end, bytes.length));
    if (end > start && !chosen.some((c) => start < c.end && c.start < end)) chosen.push({ ...r, start, end });
  }
  chosen.sort((a, b) => a.start - b.start);
  const out: Segment<T>[] = [];
  let at = 0;
  for (const r of chosen) {
    if (r.start > at) out.push({ text: decoder.decode(bytes.slice(at, r.start)), range: null });
    out.push({ text: decoder.decode(bytes.slice(r.start, r.end)), range: r });
    at = r.end;
  }
  if (at < bytes.length) out.push({ text: decoder.decode(bytes.slice(at)), range: null });
  return out;
}
