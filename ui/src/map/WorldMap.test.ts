// The world map's shapes across sizes: a new size scales the drawn paths
// instead of computing the world's geometry again (#16).
import { geoNaturalEarth1 } from "d3-geo";
import { expect, test } from "vitest";
import { formatCount } from "../timeline/aggregate";
import { WorldMap } from "./WorldMap";

function mapOfSize(width: number, height: number) {
  const host = document.createElement("div");
  const size = { width, height };
  host.getBoundingClientRect = () => ({ ...size, top: 0, left: 0, right: size.width, bottom: size.height, x: 0, y: 0, toJSON() {} });
  document.body.appendChild(host);
  const map = new WorldMap(host, { onPlace: () => {}, onCountry: () => {}, describe: (p) => p.label, countLabel: (n) => formatCount(n, "en") });
  const resize = (w: number, h: number) => {
    [size.width, size.height] = [w, h];
    (map as unknown as { measure(): void }).measure();
  };
  return { host, map, resize };
}

/** Where a point of the shapes (drawn coordinates) falls once their group's transform applies. */
function placed(host: HTMLElement, [x, y]: [number, number]): [number, number] {
  const g = host.querySelector("path.country")!.parentElement!;
  const m = /matrix\(([^)]+)\)/.exec(g.getAttribute("transform") ?? "matrix(1 0 0 1 0 0)")![1].split(/[ ,]+/).map(Number);
  return [m[0] * x + m[4], m[3] * y + m[5]];
}

test("a smaller map scales the shapes it drew, which land where the new projection puts them", async () => {
  const { host, map, resize } = mapOfSize(800, 400);
  await map.shapesDrawn();
  const first = host.querySelector("path.country");
  const fit = (w: number, h: number) => geoNaturalEarth1().fitExtent([[4, 4], [w - 4, h - 4]], { type: "Sphere" });
  const paris: [number, number] = [2.35, 48.86];
  const drawnAt = fit(800, 400)(paris)!;
  resize(700, 300);
  // The same elements, not drawn again.
  expect(host.querySelector("path.country")).toBe(first);
  const [x, y] = placed(host, drawnAt);
  const [ex, ey] = fit(700, 300)(paris)!;
  expect(x).toBeCloseTo(ex, 6);
  expect(y).toBeCloseTo(ey, 6);
  map.destroy();
});

test("a map grown well beyond the size its shapes were drawn at draws them again", async () => {
  const { host, map, resize } = mapOfSize(400, 200);
  await map.shapesDrawn();
  const first = host.querySelector("path.country");
  resize(1200, 600);
  await map.shapesDrawn();
  expect(host.querySelector("path.country")).not.toBe(first);
  expect(host.querySelector("path.country")!.parentElement!.getAttribute("transform")).toBeNull();
  map.destroy();
});

type Countries = { objects: { countries: { geometries: unknown[] } } };

test("the shapes, made a step at a time, end with every country once, even when a new size asks for them again midway", async () => {
  const world = (await import("./world-110m.json")).default as unknown as Countries;
  const { host, map, resize } = mapOfSize(400, 200);
  // Dropped before the first drawing is done: that drawing stops, the new one draws them all.
  resize(1200, 600);
  await map.shapesDrawn();
  await new Promise((r) => setTimeout(r, 50));
  expect(host.querySelectorAll("path.country").length).toBe(world.objects.countries.geometries.length);
  expect(host.querySelectorAll("path.sphere").length).toBe(1);
  map.destroy();
});

test("zoomed out the map draws Natural Earth's 1:110m countries, zoomed in its 1:50m ones", async () => {
  const overview = (await import("./world-110m.json")).default as unknown as Countries;
  const detailed = (await import("../../../crates/geotimeline-core/data/world-50m.json")).default as unknown as Countries;
  const { host, map } = mapOfSize(800, 400);
  await map.shapesDrawn();
  expect(host.querySelectorAll("path.country").length).toBe(overview.objects.countries.geometries.length);
  const inner = map as unknown as { selection: { call(f: unknown, k: number): void }; zoomBehavior: { scaleTo: unknown } };
  inner.selection.call(inner.zoomBehavior.scaleTo, 1.5);
  await map.shapesDrawn();
  expect(host.querySelectorAll("path.country").length).toBe(overview.objects.countries.geometries.length);
  inner.selection.call(inner.zoomBehavior.scaleTo, 3);
  await map.shapesDrawn();
  expect(host.querySelectorAll("path.country").length).toBe(detailed.objects.countries.geometries.length);
  expect(host.querySelectorAll("path.sphere").length).toBe(1);
  map.destroy();
});

test("a marker's count is written as the window's language writes it", async () => {
  const { host, map } = mapOfSize(800, 400);
  map.setPlaces([{ name: "Moscow", label: "Moscow", lat: 55.75, lon: 37.62, country: "RU", count: 1500 }]);
  expect(host.textContent).toContain("Moscow (1.5 k)");
  expect(host.textContent).not.toContain("1,5");
  map.destroy();
});
