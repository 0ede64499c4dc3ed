// The timeline benchmark page: loads generated events into GeoTimeline's canvas
// timeline (and into vis-timeline for comparison), then zooms and pans frame by
// frame and reports the time each frame takes. Driven by scripts/bench-timeline.mjs.
import { Timeline } from "../src/timeline/Timeline";
import type { TimelineItem } from "../src/timeline/layout";
import type { EventType } from "../src/lib/api";

const TYPES: EventType[] = ["visit", "meeting", "agreement", "sanction", "statement", "military", "election", "other"];
const DAY = 86_400_000;

/** `n` events over 2000–2025, a tenth with month or year precision; the same on every run. */
export function generate(n: number): TimelineItem[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const from = Date.UTC(2000, 0, 1);
  const span = Date.UTC(2025, 0, 1) - from;
  return Array.from({ length: n }, (_, id) => {
    const start = from + Math.floor((random() * span) / DAY) * DAY;
    const r = random();
    const precision = r < 0.05 ? "year" : r < 0.1 ? "month" : "day";
    const days = precision === "year" ? 365 : precision === "month" ? 30 : 1;
    const type = TYPES[Math.floor(random() * TYPES.length)];
    const title = `Événement ${id} : ${type} à Hanoï`;
    return { id, title, type, start, end: start + days * DAY, precision, planned: random() < 0.05, label: title, lanes: [type] };
  });
}

function stats(ms: number[]): { median: number; p95: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Frame times of GeoTimeline's timeline: each step changes the view, then the frame is drawn. */
async function ours(n: number, lanes: boolean) {
  const canvas = document.querySelector<HTMLCanvasElement>("#stage canvas")!;
  const t0 = performance.now();
  const timeline = new Timeline(canvas, { lang: "fr", onSelect: () => {} });
  timeline.setLanes(lanes ? TYPES : null);
  timeline.setItems(generate(n));
  timeline.showAll();
  await nextFrame();
  await nextFrame();
  const firstRender = performance.now() - t0;
  const draw = (timeline as unknown as { draw: () => void }).draw.bind(timeline);
  const measure = async (steps: number, step: () => void) => {
    const times: number[] = [];
    for (let i = 0; i < steps; i++) {
      step();
      const start = performance.now();
      draw();
      times.push(performance.now() - start);
      await nextFrame();
    }
    return stats(times);
  };
  // Full extent to about one week and back, then pans at three zoom levels.
  const zoomIn = await measure(60, () => timeline.zoomBy(1.2));
  const panNarrow = await measure(40, () => timeline.panBy(-40));
  const zoomOut = await measure(60, () => timeline.zoomBy(1 / 1.2));
  const panWide = await measure(40, () => timeline.panBy(-40));
  timeline.destroy();
  return { events: n, lanes, firstRender, zoomIn, zoomOut, panNarrow, panWide };
}

/** vis-timeline 8 on the same events: time to first render, then zoom steps (each waits for its redraw). */
async function vis(n: number, timeoutMs: number) {
  const { Timeline: VisTimeline } = await import("vis-timeline/standalone");
  const container = document.getElementById("vis")!;
  const items = generate(n).map((i) => ({ id: i.id, content: i.title, start: new Date(i.start), type: "point" as const, group: i.type }));
  const groups = TYPES.map((t) => ({ id: t, content: t }));
  const t0 = performance.now();
  let timeline: InstanceType<typeof VisTimeline> | null = null;
  const rendered = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    timeline = new VisTimeline(container, items, groups, { stack: false, start: new Date(2000, 0, 1), end: new Date(2025, 0, 1) });
    timeline.once("changed", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  const firstRender = performance.now() - t0;
  if (!rendered || !timeline) return { events: n, rendered: false, firstRender };
  const vt = timeline as InstanceType<typeof VisTimeline>;
  const times: number[] = [];
  for (let i = 0; i < 8; i++) {
    const start = performance.now();
    await new Promise<void>((resolve) => {
      vt.once("changed", () => resolve());
      vt.zoomIn(0.3, { animation: false });
    });
    times.push(performance.now() - start);
  }
  vt.destroy();
  return { events: n, rendered: true, firstRender, zoomIn: stats(times) };
}

(window as unknown as { bench: object }).bench = { ours, vis };
