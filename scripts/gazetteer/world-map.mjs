// Writes crates/geotimeline-core/data/world-50m.json and ui/src/map/world-110m.json:
// world-atlas countries-50m and countries-110m (Natural Earth, public domain) with
// each country's id turned from ISO 3166-1 numeric into alpha-2 (i18n-iso-countries),
// so the maps can highlight the countries the events name. The exported maps and the
// window's map zoomed in draw 1:50m; the window's map zoomed out draws 1:110m, a tenth
// of the points. Run by build.sh; needs the npm dev dependencies.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const codes = require("i18n-iso-countries/codes.json"); // [alpha2, alpha3, numeric, iso3166-2]
const alpha2 = new Map(codes.map(([a2, , numeric]) => [numeric, a2]));

for (const [atlasFile, outFile] of [
  ["world-atlas/countries-50m.json", "../../crates/geotimeline-core/data/world-50m.json"],
  ["world-atlas/countries-110m.json", "../../ui/src/map/world-110m.json"],
]) {
  const atlas = require(atlasFile);
  const countries = atlas.objects.countries;
  countries.geometries = countries.geometries.map((g) => ({ ...g, id: alpha2.get(g.id) ?? null }));
  const out = new URL(outFile, import.meta.url);
  writeFileSync(out, JSON.stringify({ type: "Topology", transform: atlas.transform, arcs: atlas.arcs, objects: { countries } }));
  console.log(`wrote ${countries.geometries.length} countries to ${out.pathname}`);
}
