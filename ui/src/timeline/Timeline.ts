// The interactive timeline: a canvas drawn from the pure layout, zoomed and
// panned with d3-zoom (wheel, drag, pinch) and the keyboard. Framework-free:
// the UI hosts it and talks to it through this class.
import { scaleUtc, type ScaleTime } from "d3-scale";
import { select, type Selection } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import type { Lang } from "../lib/i18n";
import { font } from "../lib/fonts";
import { badgeRadius, clusterCounts, countIn, extentOf, formatCount, initialDomainOf, keepBadgesInView, laneCounter, laneTotals, type Aggregate } from "./aggregate";
import { layoutLanes, planLanes, planLanesFromTotals, type Cluster, type Lane } from "./lanes";
import { fitText, hitTest, initialDomain, rowY, tickLabel, type Placed, type RowGeometry, type TimelineItem } from "./layout";
import { TYPE_COLORS } from "./palette";
import { isAdditive } from "./selection";

export interface TimelineOptions {
  lang: Lang;
  onSelect: (id: number | null) => void;
  /** An event was Ctrl+clicked (Cmd+clicked on macOS) or Shift+clicked: add it to the selection or take it out. */
  onToggle?: (id: number) => void;
  /** Called after each redraw with the visible range (ms), e.g. for the map. */
  onView?: (from: number, to: number) => void;
  /** Name of the lane that gathers the lanes that do not fit. */
  othersLabel?: string;
  /** A cluster of same-day events was clicked: list them (ids, and where, in px). */
  onCluster?: (ids: number[], x: number, y: number) => void;
  /** Enter on the selected event: open it (the panel takes the focus). */
  onOpen?: (id: number) => void;
  /**
   * A large workspace (drawn from counts) is zoomed in far enough to draw its
   * events: load those of [from, to] (ms) and give them with setItems(…, range).
   */
  onNeedDetail?: (from: number, to: number) => void;
  /** Events were painted for the first time (`at`: ms since the epoch). */
  onFirstPaint?: (at: number) => void;
}

/** Events on screen up to which a large workspace's events are loaded and drawn one by one. */
export const DETAIL_LIMIT = 1500;
/** Clusters of counts are at least this far apart (px): room for a "12 k" badge. */
const COUNT_CLUSTER_PX = 36;
const BADGE_FONT = font("700 10.5px");

const MAX_LABEL_WIDTH = 300;

/** Room at the left for lane names when the timeline has lanes. */
const GUTTER = 150;

const AXIS_HEIGHT = 46;
const ROW_HEIGHT = 28;
const TOP = 14;
const FONT = font("13px");
const AXIS_FONT = font("12px");
/** A lane's name in the gutter, and the month and year a zoomed-in axis is in. */
const LABEL_FONT = font("600 12px");

export class Timeline {
  private items: TimelineItem[] = [];
  /** A large workspace's counts (null: `items` are all the events). */
  private agg: Aggregate | null = null;
  /** The range (ms) whose events `items` holds, for a large workspace. */
  private detail: [number, number] | null = null;
  private detailTimer: ReturnType<typeof setTimeout> | undefined;
  private wanted: [number, number] | null = null;
  private readonly badgeWidths = new Map<string, number>();
  /** Draw times (ms) of the last frames, and when events were first painted (epoch ms): the benchmark reads them. */
  readonly frameTimes: number[] = [];
  firstPaintAt: number | null = null;
  /** When the last events or counts given were first painted (performance.now()): the benchmark's search round trip ends there. */
  dataPaintedAt: number | null = null;
  private dataPending = false;
  /** The items by start time, and the longest span, to find the visible ones by binary search. */
  private sorted: TimelineItem[] = [];
  private maxSpan = 0;
  private laneOrder: string[] | null = null;
  private lanes: Lane[] = [];
  private laneOf = new Map<string, number>();
  private placed: Placed[] = [];
  private clusters: Cluster[] = [];
  private readonly widths = new Map<string, number>();
  private readonly fitted = new Map<string, string>();
  /** The selected event, the one the keyboard moves from and Enter opens. */
  private selected: number | null = null;
  /** Every selected event, drawn marked: the selected one, or several picked to merge. */
  private marked = new Set<number>();
  private hovered: number | null = null;
  private base: ScaleTime<number, number> = scaleUtc();
  private transform: ZoomTransform = zoomIdentity;
  private width = 0;
  private height = 0;
  private frame = 0;
  private readonly ctx: CanvasRenderingContext2D | null;
  private readonly zoomBehavior: ZoomBehavior<HTMLCanvasElement, unknown>;
  private readonly selection: Selection<HTMLCanvasElement, unknown, null, undefined>;
  private readonly resize: ResizeObserver | null;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private options: TimelineOptions,
  ) {
    this.ctx = canvas.getContext("2d");
    this.selection = select(canvas);
    this.zoomBehavior = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([1e-4, 1e7])
      .filter((e: Event) => !(e instanceof MouseEvent && e.button !== 0) && e.type !== "dblclick")
      .on("zoom", (e: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        this.transform = e.transform;
        this.schedule();
      });
    this.selection.call(this.zoomBehavior);
    canvas.addEventListener("click", this.onClick);
    canvas.addEventListener("mousemove", this.onMove);
    canvas.addEventListener("keydown", this.onKey);
    this.resize = typeof ResizeObserver !== "undefined" ? new ResizeObserver(() => this.measure()) : null;
    this.resize?.observe(canvas.parentElement ?? canvas);
    this.measure();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.detailTimer);
    this.resize?.disconnect();
    this.selection.on(".zoom", null);
    this.canvas.removeEventListener("click", this.onClick);
    this.canvas.removeEventListener("mousemove", this.onMove);
    this.canvas.removeEventListener("keydown", this.onKey);
  }

  /** The language of the labels, and the name of the lane gathering the lanes that find no room. */
  setLang(lang: Lang, othersLabel = this.options.othersLabel): void {
    this.options = { ...this.options, lang, othersLabel };
    this.planLanes();
    this.schedule();
  }

  /**
   * Replaces the events. The first time (or with `refit`) the view opens on
   * their densest stretch; a filter keeps the range the user is looking at.
   */
  setItems(items: TimelineItem[], refit = true, range: [number, number] | null = null): void {
    if (items !== this.items) this.dataPending = true;
    this.items = items;
    this.detail = range;
    this.sorted = [...items].sort((a, b) => a.start - b.start || a.id - b.id);
    this.maxSpan = 0;
    for (const i of items) this.maxSpan = Math.max(this.maxSpan, i.end - i.start);
    this.planLanes();
    if (refit && !this.agg) this.showRange(...initialDomain(items));
    else this.schedule();
  }

  /**
   * A large workspace: the events counted by day, type and lane (null: back
   * to a small one, whose items are all its events). Zoomed out, the timeline
   * draws these counts; zoomed in to DETAIL_LIMIT events, it asks for them.
   */
  setAggregate(agg: Aggregate | null, refit = true): void {
    if (agg !== this.agg) this.dataPending = true;
    this.agg = agg;
    this.detail = null;
    this.wanted = null;
    if (agg) this.items = this.sorted = [];
    this.planLanes();
    if (agg && refit) this.showRange(...initialDomainOf(agg));
    else this.schedule();
  }

  /** Splits the timeline into lanes, in this order (items carry their lane names); null for none. */
  setLanes(order: string[] | null): void {
    const hadGutter = this.laneOrder !== null;
    const range = this.width > 0 ? this.visibleRange() : null;
    this.laneOrder = order;
    this.planLanes();
    // The gutter changes the drawing width: keep the same dates on screen.
    if (range && hadGutter !== (order !== null)) this.showRange(...range);
    else this.schedule();
  }

  private totalRows(): number {
    return Math.max(1, Math.floor((this.height - TOP - AXIS_HEIGHT - 6) / ROW_HEIGHT));
  }

  private planLanes(): void {
    const others = this.options.othersLabel ?? "Autres";
    ({ lanes: this.lanes, laneOf: this.laneOf } = this.agg
      ? planLanesFromTotals(laneTotals(this.agg), this.agg.total, this.laneOrder, this.totalRows(), others, laneCounter(this.agg))
      : planLanes(this.items, this.laneOrder, this.totalRows(), others));
  }

  private left(): number {
    return this.laneOrder ? GUTTER : 0;
  }

  select(id: number | null): void {
    this.setSelection(id === null ? [] : [id]);
  }

  /** Marks several events as selected; the first is the one the keyboard moves from. */
  setSelection(ids: readonly number[]): void {
    this.selected = ids[0] ?? null;
    this.marked = new Set(ids);
    this.schedule();
  }

  /** Shows [from, to] (ms) across the width. */
  showRange(from: number, to: number): void {
    const left = this.left() + 24;
    this.base = scaleUtc().domain([new Date(from), new Date(to)]).range([left, Math.max(left + 24, this.width - 24)]);
    this.selection.call(this.zoomBehavior.transform, zoomIdentity);
    this.transform = zoomIdentity;
    this.schedule();
  }

  /** Shows every event, from the first to the last. */
  showAll(): void {
    const extent = this.agg && extentOf(this.agg);
    if (extent) {
      const pad = Math.max((extent[1] - extent[0]) * 0.04, 86_400_000);
      this.showRange(extent[0] - pad, extent[1] + pad * 4);
      return;
    }
    if (this.items.length === 0) return;
    // A loop, not Math.min(...all): spreading 100,000 arguments overflows the stack.
    let from = Infinity;
    let to = -Infinity;
    for (const i of this.items) {
      from = Math.min(from, i.start);
      to = Math.max(to, i.end);
    }
    const pad = Math.max((to - from) * 0.04, 86_400_000);
    this.showRange(from - pad, to + pad * 4);
  }

  zoomBy(factor: number): void {
    this.selection.call(this.zoomBehavior.scaleBy, factor, [this.width / 2, this.height / 2]);
  }

  panBy(px: number): void {
    this.selection.call(this.zoomBehavior.translateBy, px / this.transform.k, 0);
  }

  /** Where an event's mark is drawn, in CSS px within the canvas (for tests and keyboard focus). */
  positionOf(id: number): { x: number; y: number } | null {
    this.layout();
    const p = this.placed.find((q) => q.item.id === id);
    return p ? { x: p.mark === "band" ? Math.min(Math.max(p.x0 + 3, 1), this.width - 1) : p.x0, y: rowY(p.row, this.geometry()) } : null;
  }

  /**
   * The events drawn one by one (not in a cluster) in the last frame: no layout of its own
   * (20–40 ms when thousands of events were just loaded); a later frame calls onView again.
   */
  drawnIds(): Set<number> {
    return new Set(this.placed.map((p) => p.item.id));
  }

  /** The time range now visible, in ms. */
  visibleRange(): [number, number] {
    const [a, b] = this.scale().domain();
    return [a.getTime(), b.getTime()];
  }

  private scale(): ScaleTime<number, number> {
    return this.transform.rescaleX(this.base);
  }

  private geometry(): RowGeometry {
    return { top: TOP, rowHeight: ROW_HEIGHT };
  }

  private measure = (): void => {
    const box = (this.canvas.parentElement ?? this.canvas).getBoundingClientRect();
    const width = Math.max(1, Math.floor(box.width));
    const height = Math.max(1, Math.floor(box.height));
    if (width === this.width && height === this.height) return;
    const [from, to] = this.width > 0 ? this.visibleRange() : this.agg ? initialDomainOf(this.agg) : initialDomain(this.items);
    this.width = width;
    this.height = height;
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.ctx?.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.planLanes();
    this.showRange(from, to);
  };

  /** Label widths are measured once per text: measuring is the costly part of a frame. */
  private textWidth = (text: string): number => {
    let width = this.widths.get(text);
    if (width === undefined) {
      if (!this.ctx) width = text.length * 7;
      else {
        this.ctx.font = FONT;
        width = this.ctx.measureText(text).width;
      }
      if (this.widths.size > 50_000) this.widths.clear();
      this.widths.set(text, width);
    }
    return width;
  };

  /** The items on screen (with some margin), found by binary search in start order. */
  private visibleItems(): TimelineItem[] {
    const [from, to] = this.visibleRange();
    const margin = (to - from) * 0.1;
    const lo = lowerBound(this.sorted, from - margin - this.maxSpan);
    const hi = lowerBound(this.sorted, to + margin + 1);
    const out: TimelineItem[] = [];
    for (let i = lo; i < hi; i++) if (this.sorted[i].end >= from - margin) out.push(this.sorted[i]);
    return out;
  }

  /** A title shortened to the label width, once per title. */
  private fit = (title: string): string => {
    let label = this.fitted.get(title);
    if (label === undefined) {
      label = fitText(title, MAX_LABEL_WIDTH, this.textWidth);
      if (this.fitted.size > 50_000) this.fitted.clear();
      this.fitted.set(title, label);
    }
    return label;
  };

  private layout(): void {
    const scale = this.scale();
    // A plain linear map: calling the d3 time scale for 100,000 events a frame costs milliseconds.
    const [d0, d1] = scale.domain().map((d) => d.getTime());
    const [r0, r1] = scale.range();
    const k = (r1 - r0) / (d1 - d0);
    const x = (ms: number) => r0 + (ms - d0) * k;
    const left = this.left();
    if (this.agg) {
      const [from, to] = this.visibleRange();
      const margin = (to - from) * 0.1;
      const count = countIn(this.agg, from - margin, to + margin);
      const covered = this.detail !== null && this.detail[0] <= from && this.detail[1] >= to;
      if (count > DETAIL_LIMIT || !covered) {
        this.placed = [];
        const counted = clusterCounts(this.agg, this.lanes, this.laneOf, x, from - margin, to + margin, COUNT_CLUSTER_PX);
        // No badge cut by the lane names or the right edge: "12 k" is read whole.
        this.clusters = keepBadgesInView(counted, (n) => this.badgeRadius(formatCount(n, this.options.lang)), left + 1, this.width);
        if (count <= DETAIL_LIMIT) this.wantDetail(from - (to - from) / 2, to + (to - from) / 2);
        return;
      }
    }
    const layout = layoutLanes(this.visibleItems(), this.lanes, this.laneOf, x, this.textWidth, {
      fit: this.fit,
      totalRows: this.totalRows(),
      gap: 14,
      maxLabelWidth: MAX_LABEL_WIDTH,
      labelOffset: 11,
      viewLeft: left + 4,
      viewWidth: this.width - left - 8,
      // A large workspace loaded these events to draw them (their count checked
      // against DETAIL_LIMIT, by start day): bands under way since before the
      // view come on top, so a lower limit would draw the zoomed week as clusters only.
      denseLimit: this.agg ? Number.POSITIVE_INFINITY : 600,
      clusterPx: 34,
    });
    this.placed = layout.placed;
    this.clusters = layout.clusters;
  }

  /** Asks for the events of [from, to] once the zoom or pan pauses. */
  private wantDetail(from: number, to: number): void {
    if (this.wanted && this.wanted[0] <= from && this.wanted[1] >= to) return;
    clearTimeout(this.detailTimer);
    this.detailTimer = setTimeout(() => {
      this.wanted = [from, to];
      this.options.onNeedDetail?.(from, to);
    }, 90);
  }

  private badgeRadius(label: string): number {
    let width = this.badgeWidths.get(label);
    if (width === undefined) {
      if (this.ctx) {
        this.ctx.font = BADGE_FONT;
        width = this.ctx.measureText(label).width;
      } else width = label.length * 6.5;
      this.badgeWidths.set(label, width);
    }
    return badgeRadius(width, 8, 3);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const started = performance.now();
    this.paint();
    if (this.placed.length || this.clusters.length) {
      this.frameTimes.push(performance.now() - started);
      if (this.frameTimes.length > 5000) this.frameTimes.splice(0, 1000);
      if (this.firstPaintAt === null) {
        this.firstPaintAt = performance.timeOrigin + performance.now();
        this.options.onFirstPaint?.(this.firstPaintAt);
      }
    }
    if (this.dataPending) {
      this.dataPending = false;
      this.dataPaintedAt = performance.now();
    }
    this.options.onView?.(...this.visibleRange());
  }

  private paint(): void {
    this.layout();
    const ctx = this.ctx;
    if (!ctx) return;
    const styles = getComputedStyle(this.canvas);
    const color = (name: string, fallback: string) => styles.getPropertyValue(name).trim() || fallback;
    const ink = color("--ink", "#1d2733");
    const muted = color("--muted", "#5b6877");
    const grid = color("--grid", "#e6eaef");
    const surface = color("--surface", "#ffffff");
    ctx.clearRect(0, 0, this.width, this.height);
    ctx.fillStyle = surface;
    ctx.fillRect(0, 0, this.width, this.height);

    const x = this.scale();
    const ticks = x.ticks(Math.max(2, Math.floor(this.width / 110)));
    const spacing = ticks.length > 1 ? ticks[1].getTime() - ticks[0].getTime() : 365 * 86_400_000;
    const axisY = this.height - AXIS_HEIGHT;
    ctx.strokeStyle = grid;
    ctx.lineWidth = 1;
    ctx.font = AXIS_FONT;
    ctx.fillStyle = muted;
    ctx.textBaseline = "top";
    ctx.textAlign = "center";
    const left = this.left();
    const g = this.geometry();
    // Lanes: alternate backgrounds, names and counts in the gutter.
    if (this.laneOrder) {
      this.lanes.forEach((lane, i) => {
        const top = g.top + lane.firstRow * g.rowHeight;
        const height = lane.rows * g.rowHeight;
        if (i % 2 === 1) {
          ctx.fillStyle = color("--lane", "#f4f6f9");
          ctx.fillRect(0, top, this.width, height);
        }
        ctx.strokeStyle = grid;
        ctx.beginPath();
        ctx.moveTo(0, Math.round(top) + 0.5);
        ctx.lineTo(this.width, Math.round(top) + 0.5);
        ctx.stroke();
        ctx.textAlign = "left";
        ctx.textBaseline = "top";
        ctx.font = LABEL_FONT;
        ctx.fillStyle = ink;
        ctx.fillText(fitLabel(ctx, lane.label, GUTTER - 16), 10, top + 7);
        ctx.font = AXIS_FONT;
        ctx.fillStyle = muted;
        ctx.fillText(String(lane.total), 10, top + 24);
      });
      ctx.strokeStyle = grid;
      ctx.beginPath();
      ctx.moveTo(left + 0.5, 0);
      ctx.lineTo(left + 0.5, axisY);
      ctx.stroke();
    }
    ctx.strokeStyle = grid;
    ctx.font = AXIS_FONT;
    ctx.fillStyle = muted;
    ctx.textBaseline = "top";
    ctx.textAlign = "center";
    // A label that would touch the one before is left out (its grid line stays):
    // "janv. 2022" is wider than the room for a month when lanes take the left.
    let labelEnd = -Infinity;
    for (const tick of ticks) {
      const tx = Math.round(x(tick)) + 0.5;
      if (tx < left + 4) continue;
      ctx.beginPath();
      ctx.moveTo(tx, 0);
      ctx.lineTo(tx, axisY + 6);
      ctx.stroke();
      const label = tickLabel(tick.getTime(), spacing, this.options.lang);
      const half = ctx.measureText(label).width / 2;
      if (tx - half < labelEnd + 10) continue;
      ctx.fillText(label, tx, axisY + 10);
      labelEnd = tx + half;
    }
    // Day and hour ticks omit the year: say which month and year the view is in.
    if (spacing < 28 * 86_400_000) {
      const [from] = this.visibleRange();
      ctx.textAlign = "left";
      ctx.font = LABEL_FONT;
      ctx.fillStyle = ink;
      ctx.fillText(tickLabel(from, 30 * 86_400_000, this.options.lang), 8, axisY + 27);
    }
    ctx.strokeStyle = muted;
    ctx.beginPath();
    ctx.moveTo(0, axisY + 0.5);
    ctx.lineTo(this.width, axisY + 0.5);
    ctx.stroke();

    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    // The same event in several lanes: a dashed line ties its marks together when it is selected.
    for (const id of this.laneOrder ? this.marked : []) {
      const marks = this.placed.filter((p) => p.item.id === id);
      if (marks.length > 1) {
        const ys = marks.map((p) => rowY(p.row, g));
        ctx.strokeStyle = ink;
        ctx.setLineDash([3, 3]);
        ctx.beginPath();
        ctx.moveTo(marks[0].x0 + 0.5, Math.min(...ys));
        ctx.lineTo(marks[0].x0 + 0.5, Math.max(...ys));
        ctx.stroke();
        ctx.setLineDash([]);
      }
    }
    // Events and clusters stay right of the lane names (a label or a count's bin may begin before the view).
    ctx.save();
    if (this.laneOrder) {
      ctx.beginPath();
      ctx.rect(left + 1, 0, this.width - left - 1, axisY);
      ctx.clip();
    }
    for (const c of this.clusters) {
      const y = rowY(c.row, g);
      const text = formatCount(c.count, this.options.lang);
      const r = this.badgeRadius(text);
      ctx.beginPath();
      ctx.arc(c.x, y, r, 0, Math.PI * 2);
      ctx.globalAlpha = 0.9;
      ctx.fillStyle = TYPE_COLORS[c.type];
      ctx.fill();
      ctx.globalAlpha = 1;
      if (c.ids.some((id) => this.marked.has(id))) {
        ctx.strokeStyle = ink;
        ctx.lineWidth = 2;
        ctx.stroke();
      }
      ctx.fillStyle = "#ffffff";
      ctx.textAlign = "center";
      ctx.font = BADGE_FONT;
      ctx.fillText(text, c.x, y + 0.5);
    }
    ctx.textAlign = "left";
    for (const p of this.placed) {
      const y = rowY(p.row, g);
      const fill = TYPE_COLORS[p.item.type];
      const isSelected = this.marked.has(p.item.id);
      const isHovered = p.item.id === this.hovered;
      if (p.mark === "band") {
        ctx.globalAlpha = 0.28;
        ctx.fillStyle = fill;
        ctx.fillRect(p.x0, y - 7, p.x1 - p.x0, 14);
        ctx.globalAlpha = 1;
        ctx.strokeStyle = fill;
        ctx.lineWidth = isSelected ? 2.5 : 1;
        if (p.item.planned) ctx.setLineDash([4, 3]);
        ctx.strokeRect(p.x0 + 0.5, y - 7 + 0.5, p.x1 - p.x0 - 1, 13);
        ctx.setLineDash([]);
      } else {
        ctx.beginPath();
        ctx.arc(p.x0, y, isSelected || isHovered ? 7 : 6, 0, Math.PI * 2);
        if (p.item.planned) {
          ctx.fillStyle = surface;
          ctx.fill();
          ctx.setLineDash([3, 2]);
          ctx.strokeStyle = fill;
          ctx.lineWidth = 2;
          ctx.stroke();
          ctx.setLineDash([]);
        } else {
          ctx.fillStyle = fill;
          ctx.fill();
        }
      }
      if (p.item.verified) {
        // A check mark in the dot (or at the band's start): verified at a glance.
        const cx = p.mark === "band" ? p.x0 + 8 : p.x0;
        ctx.strokeStyle = p.item.planned || p.mark === "band" ? fill : "#ffffff";
        ctx.lineWidth = 1.8;
        ctx.lineCap = "round";
        ctx.lineJoin = "round";
        ctx.beginPath();
        ctx.moveTo(cx - 3, y + 0.2);
        ctx.lineTo(cx - 0.8, y + 2.6);
        ctx.lineTo(cx + 3.2, y - 2.4);
        ctx.stroke();
        ctx.lineCap = "butt";
        ctx.lineJoin = "miter";
      }
      if (isSelected) {
        ctx.strokeStyle = ink;
        ctx.lineWidth = 2;
        ctx.beginPath();
        if (p.mark === "band") ctx.rect(p.x0 - 3, y - 10, p.x1 - p.x0 + 6, 20);
        else ctx.arc(p.x0, y, 11, 0, Math.PI * 2);
        ctx.stroke();
      }
      if (p.label) {
        if (isSelected) {
          // A tinted box marks the selection without changing the label's measured width.
          ctx.fillStyle = color("--selection", "#dce8fb");
          ctx.fillRect(p.labelX - 4, y - 10, p.labelWidth + 8, 20);
        }
        ctx.font = FONT;
        ctx.fillStyle = isSelected || isHovered ? ink : color("--label", "#2b3644");
        ctx.fillText(p.label, p.labelX, y + 0.5);
      }
    }
    ctx.restore();
  }

  private pointer(e: MouseEvent): [number, number] {
    const box = this.canvas.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  }

  private clusterAt(px: number, py: number): Cluster | null {
    const g = this.geometry();
    return this.clusters.find((c) => Math.hypot(px - c.x, py - rowY(c.row, g)) <= this.badgeRadius(formatCount(c.count, this.options.lang)) + 2) ?? null;
  }

  /** Opens a cluster: zooms into its events' dates, or selects its first event when they share one day. */
  openCluster(c: Cluster): void {
    const x = this.scale();
    if (!c.ids.length) {
      // Counted, not loaded: zoom into its days (its events load once few enough are on screen).
      const pad = Math.max((c.to - c.from) * 0.15, 12 * 3_600_000);
      this.showRange(c.from - pad, c.to + pad);
      return;
    }
    if (c.to - c.from > 2 * 86_400_000 || x(c.to) - x(c.from) < 4) {
      const pad = Math.max((c.to - c.from) * 0.15, 12 * 3_600_000);
      if (c.to - c.from > 2 * 86_400_000) {
        this.showRange(c.from - pad, c.to + pad);
        return;
      }
    }
    if (this.options.onCluster) {
      this.options.onCluster(c.ids, c.x, rowY(c.row, this.geometry()));
      return;
    }
    const first = this.sorted.find((i) => i.id === c.ids[0]);
    if (first) {
      this.select(first.id);
      this.options.onSelect(first.id);
    }
  }

  private onClick = (e: MouseEvent): void => {
    if (e.defaultPrevented) return;
    const [px, py] = this.pointer(e);
    const cluster = this.clusterAt(px, py);
    if (cluster) {
      this.openCluster(cluster);
      return;
    }
    const hit = hitTest(this.placed, this.geometry(), px, py);
    if (this.options.onToggle && isAdditive(e)) {
      // Beside the events, an additive click keeps the selection: a slip must not lose it.
      if (hit) this.options.onToggle(hit.item.id);
      return;
    }
    this.select(hit ? hit.item.id : null);
    this.options.onSelect(hit ? hit.item.id : null);
  };

  private onMove = (e: MouseEvent): void => {
    const [px, py] = this.pointer(e);
    const cluster = this.clusterAt(px, py);
    if (cluster) {
      this.canvas.style.cursor = "zoom-in";
      const titles = cluster.ids.slice(0, 8).map((id) => this.sorted.find((i) => i.id === id)?.title ?? "");
      this.canvas.title = cluster.ids.length ? titles.join("\n") + (cluster.count > 8 ? `\n… (+${cluster.count - 8})` : "") : String(cluster.count);
      return;
    }
    const hit = hitTest(this.placed, this.geometry(), px, py);
    const id = hit ? hit.item.id : null;
    this.canvas.style.cursor = id === null ? "grab" : "pointer";
    if (id !== this.hovered) {
      this.hovered = id;
      this.canvas.title = hit ? hit.item.label : "";
      this.schedule();
    }
  };

  /** Selects the previous (-1) or next (+1) event in time, and brings it into view. */
  step(direction: 1 | -1): void {
    if (this.items.length === 0) return;
    const ordered = [...this.items].sort((a, b) => a.start - b.start || a.id - b.id);
    const at = ordered.findIndex((i) => i.id === this.selected);
    const next = at === -1 ? (direction > 0 ? ordered[0] : ordered[ordered.length - 1]) : ordered[Math.min(Math.max(at + direction, 0), ordered.length - 1)];
    const [from, to] = this.visibleRange();
    if (next.start < from || next.start > to) {
      const width = to - from;
      this.showRange(next.start - width / 2, next.start + width / 2);
    }
    this.select(next.id);
    this.options.onSelect(next.id);
  }

  private onKey = (e: KeyboardEvent): void => {
    const step = this.width * 0.15;
    const actions: Record<string, () => void> = {
      "+": () => this.zoomBy(1.5),
      "=": () => this.zoomBy(1.5),
      "-": () => this.zoomBy(1 / 1.5),
      ArrowLeft: () => (e.shiftKey ? this.panBy(step) : this.step(-1)),
      ArrowRight: () => (e.shiftKey ? this.panBy(-step) : this.step(1)),
      Escape: () => {
        this.select(null);
        this.options.onSelect(null);
      },
      Enter: () => {
        if (this.selected === null) this.step(1);
        else this.options.onOpen?.(this.selected);
      },
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };
}

/** Index of the first item starting at or after `ms`. */
function lowerBound(items: TimelineItem[], ms: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A lane name shortened to fit the gutter. */
function fitLabel(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(t + "…").width > width) t = t.slice(0, -1);
  return t + "…";
}
