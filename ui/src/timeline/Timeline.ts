// The interactive timeline: a canvas drawn from the pure layout, zoomed and
// panned with d3-zoom (wheel, drag, pinch) and the keyboard. Framework-free:
// the UI hosts it and talks to it through this class.
import { scaleUtc, type ScaleTime } from "d3-scale";
import { select, type Selection } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import type { Lang } from "../lib/i18n";
import { hitTest, initialDomain, layoutRows, rowY, tickLabel, type Placed, type RowGeometry, type TimelineItem } from "./layout";
import { TYPE_COLORS } from "./palette";

export interface TimelineOptions {
  lang: Lang;
  onSelect: (id: number | null) => void;
}

const AXIS_HEIGHT = 46;
const ROW_HEIGHT = 28;
const TOP = 14;
const FONT = "13px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
const AXIS_FONT = "12px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

export class Timeline {
  private items: TimelineItem[] = [];
  private placed: Placed[] = [];
  private selected: number | null = null;
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
    this.resize?.disconnect();
    this.selection.on(".zoom", null);
    this.canvas.removeEventListener("click", this.onClick);
    this.canvas.removeEventListener("mousemove", this.onMove);
    this.canvas.removeEventListener("keydown", this.onKey);
  }

  setLang(lang: Lang): void {
    this.options = { ...this.options, lang };
    this.schedule();
  }

  /**
   * Replaces the events. The first time (or with `refit`) the view opens on
   * their densest stretch; a filter keeps the range the user is looking at.
   */
  setItems(items: TimelineItem[], refit = true): void {
    this.items = items;
    if (refit) this.showRange(...initialDomain(items));
    else this.schedule();
  }

  select(id: number | null): void {
    this.selected = id;
    this.schedule();
  }

  /** Shows [from, to] (ms) across the width. */
  showRange(from: number, to: number): void {
    this.base = scaleUtc().domain([new Date(from), new Date(to)]).range([24, Math.max(48, this.width - 24)]);
    this.selection.call(this.zoomBehavior.transform, zoomIdentity);
    this.transform = zoomIdentity;
    this.schedule();
  }

  /** Shows every event, from the first to the last. */
  showAll(): void {
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
    const [from, to] = this.width > 0 ? this.visibleRange() : initialDomain(this.items);
    this.width = width;
    this.height = height;
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.ctx?.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.showRange(from, to);
  };

  private textWidth = (text: string): number => {
    if (!this.ctx) return text.length * 7;
    this.ctx.font = FONT;
    return this.ctx.measureText(text).width;
  };

  private layout(): void {
    const rows = Math.max(1, Math.floor((this.height - TOP - AXIS_HEIGHT - 6) / ROW_HEIGHT));
    const x = this.scale();
    const [from, to] = this.visibleRange();
    const margin = (to - from) * 0.5;
    const visible = this.items.filter((i) => i.end >= from - margin && i.start <= to + margin);
    this.placed = layoutRows(visible, (ms) => x(ms), this.textWidth, { rows, gap: 14, maxLabelWidth: 300, labelOffset: 11, viewWidth: this.width - 4 });
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
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
    for (const tick of ticks) {
      const tx = Math.round(x(tick)) + 0.5;
      ctx.beginPath();
      ctx.moveTo(tx, 0);
      ctx.lineTo(tx, axisY + 6);
      ctx.stroke();
      ctx.fillText(tickLabel(tick.getTime(), spacing, this.options.lang), tx, axisY + 10);
    }
    // Day and hour ticks omit the year: say which month and year the view is in.
    if (spacing < 28 * 86_400_000) {
      const [from] = this.visibleRange();
      ctx.textAlign = "left";
      ctx.font = "600 12px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
      ctx.fillStyle = ink;
      ctx.fillText(tickLabel(from, 30 * 86_400_000, this.options.lang), 8, axisY + 27);
    }
    ctx.strokeStyle = muted;
    ctx.beginPath();
    ctx.moveTo(0, axisY + 0.5);
    ctx.lineTo(this.width, axisY + 0.5);
    ctx.stroke();

    const g = this.geometry();
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    for (const p of this.placed) {
      const y = rowY(p.row, g);
      const fill = TYPE_COLORS[p.item.type];
      const isSelected = p.item.id === this.selected;
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
  }

  private pointer(e: MouseEvent): [number, number] {
    const box = this.canvas.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  }

  private onClick = (e: MouseEvent): void => {
    if (e.defaultPrevented) return;
    const [px, py] = this.pointer(e);
    const hit = hitTest(this.placed, this.geometry(), px, py);
    this.select(hit ? hit.item.id : null);
    this.options.onSelect(hit ? hit.item.id : null);
  };

  private onMove = (e: MouseEvent): void => {
    const [px, py] = this.pointer(e);
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
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };
}
