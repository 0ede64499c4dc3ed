// The world map's shapes across sizes: a new size scales the drawn paths
// instead of computing the world's geometry again (#16).
import { geoNaturalEarth1 } from "d3-geo";
import { expect, test } from "vitest";
import { WorldMap } from "./WorldMap";

function mapOfSize(width: number, height: number) {
  const host = document.createElement("div");
  const size = { width, height };
  host.getBoundingClientRect = () => ({ ...size, top: 0, left: 0, right: size.width, bottom: size.height, x: 0, y: 0, toJSON() {} });
  document.body.appendChild(host);
  const map = new WorldMap(host, { onPlace: () => {}, onCountry: () => {}, describe: (p) => p.label });
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

test("a smaller map scales the shapes it drew, which land where the new projection puts them", () => {
  const { host, map, resize } = mapOfSize(800, 400);
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

test("a map grown well beyond the size its shapes were drawn at draws them again", () => {
  const { host, map, resize } = mapOfSize(400, 200);
  const first = host.querySelector("path.country");
  resize(1200, 600);
  expect(host.querySelector("path.country")).not.toBe(first);
  expect(host.querySelector("path.country")!.parentElement!.getAttribute("transform")).toBeNull();
  map.destroy();
});
