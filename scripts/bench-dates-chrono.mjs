// chrono-node's French or English parser on the corpus `geotimeline bench --corpus-out`
// wrote: dates only, the same text, so its figures sit beside GeoTimeline's.
// Usage: node scripts/bench-dates-chrono.mjs CORPUS.jsonl [fr|en]
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';

const file = process.argv[2];
const lang = process.argv[3] ?? 'fr';
if (!file || !['fr', 'en'].includes(lang)) {
  console.error('usage: node scripts/bench-dates-chrono.mjs CORPUS.jsonl [fr|en]');
  process.exit(2);
}
const parser = lang === 'fr' ? chrono.fr : chrono.en;
const articles = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
// One warm-up pass over a slice, so the figure is not the JIT's start.
for (const a of articles.slice(0, 200)) parser.parse(a.text, new Date(a.published));
let found = 0;
const started = process.hrtime.bigint();
for (const a of articles) found += parser.parse(a.text, new Date(a.published)).length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(
  `dates only, chrono-node ${JSON.parse(readFileSync(new URL('../node_modules/chrono-node/package.json', import.meta.url))).version} (${lang}): ` +
    `${seconds.toFixed(2)} s, ${(articles.length / seconds).toFixed(0)} articles/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (${found} expressions)`,
);
