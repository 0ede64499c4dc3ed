// Writes crates/geotimeline-core/data/world-50m.json: world-atlas countries-50m
// (Natural Earth, public domain) with each country's id turned from ISO 3166-1
// numeric into alpha-2 (i18n-iso-countries), so the exported map can highlight
// the countries the events name. Run by build.sh; needs the npm dev dependencies.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const codes = require("i18n-iso-countries/codes.json"); // [alpha2, alpha3, numeric, iso3166-2]
const atlas = require("world-atlas/countries-50m.json");
const alpha2 = new Map(codes.map(([a2, , numeric]) => [numeric, a2]));

const countries = atlas.objects.countries;
countries.geometries = countries.geometries.map((g) => ({ ...g, id: alpha2.get(g.id) ?? null }));
const out = new URL("../../crates/geotimeline-core/data/world-50m.json", import.meta.url);
writeFileSync(out, JSON.stringify({ type: "Topology", transform: atlas.transform, arcs: atlas.arcs, objects: { countries } }));
console.log(`wrote ${countries.geometries.length} countries to ${out.pathname}`);
