// The offline world map: country shapes from the packaged world-atlas data
// (Natural Earth 1:50m, the same file the exported maps use) drawn as SVG with
// d3-geo, the events' places as markers sized by their number of events.
// Zoom and pan with d3-zoom. Framework-free: the UI hosts it.
import { geoNaturalEarth1, geoPath, type GeoProjection } from "d3-geo";
import { pointer, select, type Selection } from "d3-selection";
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from "d3-zoom";
import { feature } from "topojson-client";
import type { Feature, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { font } from "../lib/fonts";
import { mark } from "../lib/startup";
import { nextTurn } from "../lib/turns";
import { badgeRadius } from "../timeline/aggregate";
import { drawnMarkers } from "./markers";

export interface MapPlace {
  /** Canonical name: what filters use. */
  name: string;
  /** Name shown ("Hanoï" in French). */
  label: string;
  lat: number;
  lon: number;
  country: string | null;
  count: number;
}

export interface MapOptions {
  onPlace: (name: string) => void;
  onCountry: (iso: string) => void;
  /** Accessible name of a marker ("Hanoï: 6 events"). */
  describe: (place: MapPlace) => string;
  /** A count as the window's language writes it ("1,5 k", "1.5 k"). */
  countLabel: (count: number) => string;
}

const SVG = "http://www.w3.org/2000/svg";
/**
 * The world's shapes at two levels of detail, each a module of its own (read when first drawn):
 * Natural Earth 1:110m (0.1 MB, 8,000 points) while the map is zoomed out, 1:50m (0.7 MB,
 * 81,000 points, what the exported maps draw) from DETAILED_FROM_ZOOM on. Drawing and
 * painting 1:50m held the page's thread 0.3–0.5 s as the window opened (#16). Each ships as a
 * string read with JSON.parse: as array literals, WebKit took ~100 ms to read 1:50m's module.
 */
type Detail = "overview" | "detailed";
const DETAILED_FROM_ZOOM = 2;
const worlds: Partial<Record<Detail, Promise<Topology>>> = {};
function world(detail: Detail): Promise<Topology> {
  worlds[detail] ??= (detail === "overview" ? import("./world-110m.json?raw") : import("../../../crates/geotimeline-core/data/world-50m.json?raw")).then(
    (m) => JSON.parse(m.default) as Topology,
  );
  return worlds[detail];
}

/**
 * How long one step of drawing the world's shapes may hold the page's thread (ms): the
 * shapes are made in steps, each a timer's turn, so that input and frames pass between
 * them, and put in place at once when all are made (one paint).
 */
const SHAPES_STEP_MS = 12;

/** The font of a merged marker's count (MapPanel's `.marker text.count`, at zoom 1). */
const BADGE_FONT = font("700 10px");
let measure: CanvasRenderingContext2D | null | undefined;

/** How wide a badge's label is drawn (px), measured once a canvas is at hand. */
function labelWidth(text: string): number {
  if (measure === undefined) measure = typeof document !== "undefined" ? document.createElement("canvas").getContext?.("2d") ?? null : null;
  if (!measure) return text.length * 6.2;
  measure.font = BADGE_FONT;
  return measure.measureText(text).width;
}

export class WorldMap {
  private readonly svg: SVGSVGElement;
  private readonly layer: SVGGElement;
  private readonly shapes: SVGGElement;
  private readonly markers: SVGGElement;
  private readonly zoomBehavior: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly selection: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly resize: ResizeObserver | null;
  private projection: GeoProjection = geoNaturalEarth1();
  private places: MapPlace[] = [];
  private highlighted = new Set<string>();
  private activeCountries = new Set<string>();
  /** Countries (ISO) where places are marked. */
  private namedCountries = new Set<string>();
  /** The detail the shapes are drawn (or being drawn) at. */
  private detail: Detail = "overview";
  /** Bumped when new shapes are asked for: a drawing in steps that was overtaken stops. */
  private shapesDrawing = 0;
  private shapesDone: Promise<void> = Promise.resolve();
  private fitted = false;
  private k = 1;
  /** The projection's scale and translation when the shapes were drawn: a new size scales them. */
  private drawnAt: { scale: number; x: number; y: number } | null = null;
  private width = 0;
  private height = 0;
  /** While a place's coordinates are being picked: what the next click on the map gives them to. */
  private picking: ((lat: number, lon: number) => void) | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly options: MapOptions,
  ) {
    this.svg = document.createElementNS(SVG, "svg");
    this.svg.setAttribute("class", "world-map");
    this.svg.setAttribute("role", "group");
    this.layer = document.createElementNS(SVG, "g");
    this.shapes = document.createElementNS(SVG, "g");
    this.markers = document.createElementNS(SVG, "g");
    this.layer.append(this.shapes, this.markers);
    this.svg.append(this.layer);
    host.append(this.svg);
    this.selection = select(this.svg);
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 60])
      .on("zoom", (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.layer.setAttribute("transform", e.transform.toString());
        if (e.transform.k !== this.k) {
          this.k = e.transform.k;
          this.drawMarkers();
          if (this.k >= DETAILED_FROM_ZOOM && this.detail === "overview") {
            this.detail = "detailed";
            this.shapesDone = this.fillShapes(++this.shapesDrawing);
          }
        }
      });
    this.selection.call(this.zoomBehavior);
    // Picking a place's coordinates: the click goes to the picker, not to a country or a marker.
    this.svg.addEventListener(
      "click",
      (e) => {
        if (!this.picking) return;
        e.stopPropagation();
        e.preventDefault();
        const at = this.coordinatesAt(pointer(e, this.svg));
        if (!at) return;
        const give = this.picking;
        this.pick(null);
        give(at.lat, at.lon);
      },
      true,
    );
    this.resize = typeof ResizeObserver !== "undefined" ? new ResizeObserver(() => this.measure()) : null;
    this.resize?.observe(host);
    this.measure();
  }

  destroy(): void {
    this.shapesDrawing++;
    this.resize?.disconnect();
    this.selection.on(".zoom", null);
    this.svg.remove();
  }

  /** The places to mark (those of the events in the timeline's visible range). */
  setPlaces(places: MapPlace[]): void {
    this.places = [...places].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    if (!this.fitted && places.length && this.width > 0) {
      this.fitted = true;
      this.zoomToPlaces();
    }
    this.drawMarkers();
    this.drawShapes();
  }

  /** Places (canonical names) and countries (ISO) of the selected event, drawn emphasised. */
  setHighlight(places: Set<string>, countries: Set<string>): void {
    this.highlighted = places;
    this.activeCountries = countries;
    this.drawMarkers();
    this.drawShapes();
  }

  /** Zooms so every marked place is in view (never closer than a region around a single place). */
  zoomToPlaces(): void {
    if (!this.places.length) return this.resetZoom();
    const points = this.places.map((p) => this.projection([p.lon, p.lat])).filter((p): p is [number, number] => p !== null);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const k = Math.max(1, Math.min(6, 0.75 / Math.max((x1 - x0) / this.width, (y1 - y0) / this.height, 0.05)));
    const tx = this.width / 2 - (k * (x0 + x1)) / 2;
    const ty = this.height / 2 - (k * (y0 + y1)) / 2;
    this.selection.call(this.zoomBehavior.transform, zoomIdentity.translate(tx, ty).scale(k));
  }

  resetZoom(): void {
    this.selection.call(this.zoomBehavior.transform, zoomIdentity);
  }

  /**
   * The next click on the map gives its latitude and longitude to `give` (a
   * place being added), instead of filtering by a country; null stops waiting.
   */
  pick(give: ((lat: number, lon: number) => void) | null): void {
    this.picking = give;
    this.svg.classList.toggle("picking", give !== null);
  }

  /** The latitude and longitude under a point of the map (px within it), null off the globe. */
  coordinatesAt([x, y]: [number, number]): { lat: number; lon: number } | null {
    const [px, py] = zoomTransform(this.svg).invert([x, y]);
    const ll = this.projection.invert?.([px, py]);
    if (!ll || !Number.isFinite(ll[0]) || !Number.isFinite(ll[1]) || Math.abs(ll[1]) > 90 || Math.abs(ll[0]) > 180) return null;
    return { lat: ll[1], lon: ll[0] };
  }

  /** Where a latitude and longitude are drawn, in px within the map (for tests). */
  pointOf(lat: number, lon: number): { x: number; y: number } | null {
    const at = this.projection([lon, lat]);
    if (!at) return null;
    const [x, y] = zoomTransform(this.svg).apply(at);
    return { x, y };
  }

  /** Where a place's marker is, in px within the map (for tests). */
  positionOf(name: string): { x: number; y: number } | null {
    const p = this.places.find((q) => q.name === name);
    const at = p && this.projection([p.lon, p.lat]);
    if (!at) return null;
    const t = this.layer.transform.baseVal.consolidate()?.matrix;
    return t ? { x: t.a * at[0] + t.e, y: t.d * at[1] + t.f } : { x: at[0], y: at[1] };
  }

  private measure(): void {
    const box = this.host.getBoundingClientRect();
    const width = Math.max(1, Math.floor(box.width));
    const height = Math.max(1, Math.floor(box.height));
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this.svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    this.svg.setAttribute("width", String(width));
    this.svg.setAttribute("height", String(height));
    this.projection = geoNaturalEarth1().fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      { type: "Sphere" },
    );
    this.zoomBehavior.translateExtent([
      [-width * 0.25, -height * 0.25],
      [width * 1.25, height * 1.25],
    ]);
    // The shapes drawn at another size are scaled to this one (placeShapes), and made again
    // only when the map grew well beyond the size they were made for; meanwhile they stay, scaled.
    this.placeShapes();
    const at = this.drawnAt;
    if (at && this.projection.scale() / at.scale > 1.5) this.shapesDone = this.fillShapes(++this.shapesDrawing);
    this.drawShapes();
    this.drawMarkers();
    // A new size is a new projection: frame the places again.
    if (this.places.length) {
      this.fitted = true;
      this.zoomToPlaces();
    }
  }

  /** Resolves once the world's shapes are all drawn (in steps), at the latest size and detail asked for. */
  async shapesDrawn(): Promise<void> {
    let drawing: Promise<void>;
    do {
      drawing = this.shapesDone;
      await drawing;
    } while (drawing !== this.shapesDone);
  }

  private drawShapes(): void {
    this.namedCountries = new Set(this.places.map((p) => p.country).filter((c): c is string => !!c));
    if (!this.shapesDrawing) this.shapesDone = this.fillShapes(++this.shapesDrawing);
    for (const el of this.shapes.querySelectorAll<SVGPathElement>("path.country")) this.styleCountry(el);
  }

  /**
   * Makes the sphere and the countries at the current detail and projection a step at a time,
   * then puts them in place of the shapes drawn before, unless newer shapes were asked for meanwhile.
   */
  private async fillShapes(drawing: number): Promise<void> {
    const path = geoPath(this.projection);
    const [x, y] = this.projection.translate();
    const drawnAt = { scale: this.projection.scale(), x, y };
    const detail = this.detail;
    const topology = await world(detail);
    mark(`map ${detail} read`);
    if (drawing !== this.shapesDrawing) return;
    const shapes = document.createDocumentFragment();
    const sphere = document.createElementNS(SVG, "path");
    sphere.setAttribute("d", path({ type: "Sphere" }) ?? "");
    sphere.setAttribute("class", "sphere");
    shapes.append(sphere);
    const countries = (topology.objects.countries as GeometryCollection).geometries;
    let until = performance.now() + SHAPES_STEP_MS;
    for (const geometry of countries) {
      if (performance.now() > until) {
        await nextTurn();
        if (drawing !== this.shapesDrawing) return;
        until = performance.now() + SHAPES_STEP_MS;
      }
      shapes.append(this.countryShape(topology, geometry, path));
    }
    this.shapes.replaceChildren(shapes);
    mark(`map ${detail} drawn`);
    this.drawnAt = drawnAt;
    this.placeShapes();
    // The map grew well beyond the size they were made for while they were made.
    if (this.projection.scale() / drawnAt.scale > 1.5) this.shapesDone = this.fillShapes(++this.shapesDrawing);
  }

  /**
   * The shapes drawn at another size are scaled to this one (the same projection, scaled and
   * moved): computing the world's paths again held the window about 0.3 s each time the map's
   * height changed (a filter chip appearing as a search is typed, #16).
   */
  private placeShapes(): void {
    const at = this.drawnAt;
    if (!at) return;
    const a = this.projection.scale() / at.scale;
    const [x, y] = this.projection.translate();
    if (a === 1 && x === at.x && y === at.y) this.shapes.removeAttribute("transform");
    else this.shapes.setAttribute("transform", `matrix(${a} 0 0 ${a} ${x - a * at.x} ${y - a * at.y})`);
  }

  private countryShape(topology: Topology, geometry: GeometryCollection["geometries"][number], path: ReturnType<typeof geoPath>): SVGPathElement {
    const f = feature(topology, geometry) as unknown as Feature<Geometry, { name?: string }>;
    const el = document.createElementNS(SVG, "path");
    el.setAttribute("d", path(f) ?? "");
    el.setAttribute("class", "country");
    const iso = f.id === null || f.id === undefined ? "" : String(f.id);
    el.dataset.iso = iso;
    const title = document.createElementNS(SVG, "title");
    title.textContent = f.properties?.name ?? "";
    el.append(title);
    if (iso) el.addEventListener("click", () => this.options.onCountry(iso));
    this.styleCountry(el);
    return el;
  }

  private styleCountry(el: SVGPathElement): void {
    const iso = el.dataset.iso ?? "";
    el.classList.toggle("named", this.namedCountries.has(iso));
    el.classList.toggle("active", this.activeCountries.has(iso));
  }

  private drawMarkers(): void {
    this.markers.replaceChildren();
    const k = this.k;
    // Markers as they fall on screen at this zoom: area by count, overlapping ones merged.
    const byName = new Map(this.places.map((p) => [p.name, p]));
    const inputs = [];
    for (const p of this.places) {
      const at = this.projection([p.lon, p.lat]);
      if (at) inputs.push({ name: p.name, count: p.count, x: at[0] * k, y: at[1] * k });
    }
    // Before the map is laid out (no size yet) nothing can be said to overlap.
    // A merged marker is a badge with its count inside, as wide as its label needs, and merges as such.
    const badge = (count: number) => badgeRadius(labelWidth(this.options.countLabel(count)), 9, 4);
    const merged = this.width > 1 ? drawnMarkers(inputs, 2, badge) : drawnMarkers(inputs, -Infinity, badge);
    // Labels avoid every marker and every label already placed.
    const labels: [number, number, number, number][] = merged.map((m) => [(m.x - m.r) / k, (m.y - m.r) / k, (m.x + m.r) / k, (m.y + m.r) / k]);
    for (const m of merged) {
      const p = byName.get(m.name)!;
      const x = m.x / k;
      const y = m.y / k;
      const several = m.names.length > 1;
      const countText = several ? this.options.countLabel(m.count) : "";
      const r = m.r / k;
      const g = document.createElementNS(SVG, "g");
      g.setAttribute("class", ["marker", several ? "merged" : "", m.names.some((n) => this.highlighted.has(n)) ? "highlighted" : ""].filter(Boolean).join(" "));
      g.setAttribute("role", "button");
      g.setAttribute("tabindex", "0");
      g.setAttribute("aria-label", this.options.describe({ ...p, label: several ? `${p.label} +${m.names.length - 1}` : p.label, count: m.count }));
      g.dataset.place = p.name;
      if (several) g.dataset.places = m.names.join("|");
      const circle = document.createElementNS(SVG, "circle");
      circle.setAttribute("cx", String(x));
      circle.setAttribute("cy", String(y));
      circle.setAttribute("r", String(r));
      circle.setAttribute("stroke-width", String(1.2 / k));
      g.append(circle);
      if (several) {
        const count = document.createElementNS(SVG, "text");
        count.setAttribute("class", "count");
        count.setAttribute("x", String(x));
        count.setAttribute("y", String(y + 3.6 / k));
        count.setAttribute("text-anchor", "middle");
        count.setAttribute("font-size", String(10 / k));
        count.textContent = countText;
        g.append(count);
      }
      // Labels where they overlap no other label, most eventful places first.
      const size = 11.5 / k;
      const text = several ? `${p.label} +${m.names.length - 1}` : `${p.label} (${this.options.countLabel(m.count)})`;
      const w = text.length * size * 0.56;
      const right: [number, number, number, number] = [x + r + 3 / k, y - size * 0.8, x + r + 3 / k + w, y + size * 0.4];
      const left: [number, number, number, number] = [x - r - 3 / k - w, right[1], x - r - 3 / k, right[3]];
      const free = (box: number[]) => !labels.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]);
      const box = free(right) ? right : free(left) ? left : null;
      if (box) {
        labels.push(box);
        const label = document.createElementNS(SVG, "text");
        label.setAttribute("x", String(box[0]));
        label.setAttribute("y", String(y + size * 0.35));
        label.setAttribute("font-size", String(size));
        label.setAttribute("stroke-width", String(3 / k));
        label.textContent = text;
        g.append(label);
      }
      // A merged marker zooms in on its places (until they part); a place filters the timeline.
      const open = () => {
        if (several && this.k < 60) this.selection.call(this.zoomBehavior.scaleTo, Math.min(60, this.k * 3), [m.x + this.tx(), m.y + this.ty()]);
        else this.options.onPlace(p.name);
      };
      g.addEventListener("click", (e) => {
        e.stopPropagation();
        open();
      });
      g.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          open();
        }
      });
      this.markers.append(g);
    }
  }

  /** The zoom's translation (px). */
  private tx(): number {
    return this.layer.transform.baseVal.consolidate()?.matrix.e ?? 0;
  }

  private ty(): number {
    return this.layer.transform.baseVal.consolidate()?.matrix.f ?? 0;
  }
}
