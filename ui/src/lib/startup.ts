// Start-up marks: when the page reached each step of a start (ms since the epoch),
// from the page's request to its first painted events. The benchmark reads them
// (window.__geotimeline.startup) and the log gets them, with the Rust side's.
// Imported first by main.ts: its "script" mark is when the bundle began to run.

export type StartUpMarks = Record<string, number>;

const marks: StartUpMarks = {};

function now(): number {
  return Math.round(performance.timeOrigin + performance.now());
}

function publish(): void {
  const w = window as unknown as { __geotimeline?: Record<string, unknown> };
  w.__geotimeline = { ...w.__geotimeline, startup: marks };
}

/**
 * The page's thread heard from its first script until the start is over (#16: no step over
 * 100 ms while opening): a timer asks for a turn again at once, so the time between two turns
 * is the longest task the thread ran meanwhile (a script, a command's answer, style, layout,
 * paint), give or take the 4 ms timers wait. Each gap of 50 ms or more is kept, in ms since the
 * epoch, for the benchmark to set beside the marks.
 */
export type Heartbeat = { from: number; to: number | null; turns: number; longest: number; gaps: [number, number][] };

const LONG_STEP_MS = 50;
/** The start is over this long after the events and the map's shapes are drawn (or at the latest). */
const AFTER_OPENING_MS = 1000;
const LATEST_MS = 20000;

function startHeartbeat(): void {
  const origin = performance.timeOrigin;
  const started = performance.now();
  const heartbeat: Heartbeat = { from: Math.round(origin + started), to: null, turns: 0, longest: 0, gaps: [] };
  const w = window as unknown as { __geotimeline?: Record<string, unknown> };
  w.__geotimeline = { ...w.__geotimeline, heartbeat };
  let last = started;
  let openedAt: number | null = null;
  const turn = () => {
    const t = performance.now();
    const gap = t - last;
    heartbeat.turns++;
    heartbeat.longest = Math.max(heartbeat.longest, Math.round(gap));
    if (gap >= LONG_STEP_MS) heartbeat.gaps.push([Math.round(origin + last), Math.round(origin + t)]);
    last = t;
    if (openedAt === null && "events painted" in marks && "map shapes drawn" in marks) openedAt = t;
    if ((openedAt !== null && t - openedAt >= AFTER_OPENING_MS) || t - started >= LATEST_MS) {
      heartbeat.to = Math.round(origin + t);
      return;
    }
    setTimeout(turn, 0);
  };
  setTimeout(turn, 0);
}

/** Records `step` (its first time only). */
export function mark(step: string, at: number = now()): void {
  if (step in marks) return;
  marks[step] = Math.round(at);
  publish();
}

/** The marks so far, with the page's own navigation timing (request, HTML, script and style loaded). */
export function startUpMarks(): StartUpMarks {
  const origin = performance.timeOrigin;
  const nav = performance.getEntriesByType?.("navigation")[0] as PerformanceNavigationTiming | undefined;
  const out: StartUpMarks = { "page requested": Math.round(origin) };
  if (nav) {
    out["html loaded"] = Math.round(origin + nav.responseEnd);
    if (nav.domContentLoadedEventStart) out["DOM content loaded"] = Math.round(origin + nav.domContentLoadedEventStart);
  }
  for (const r of (performance.getEntriesByType?.("resource") ?? []) as PerformanceResourceTiming[]) {
    const file = r.name.split("/").pop() ?? r.name;
    out[`${file} loaded`] = Math.round(origin + r.responseEnd);
  }
  return { ...out, ...marks };
}

mark("script");
startHeartbeat();
