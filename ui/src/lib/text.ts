// Offsets from Rust count UTF-8 bytes; JavaScript strings count UTF-16 units.
// These convert at the edge, as the architecture says.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Splits `text` around the UTF-8 byte range [start, end): before, inside, after. */
export function splitAtBytes(text: string, start: number, end: number): [string, string, string] {
  const bytes = encoder.encode(text);
  const a = Math.max(0, Math.min(start, bytes.length));
  const b = Math.max(a, Math.min(end, bytes.length));
  return [decoder.decode(bytes.slice(0, a)), decoder.decode(bytes.slice(a, b)), decoder.decode(bytes.slice(b))];
}
