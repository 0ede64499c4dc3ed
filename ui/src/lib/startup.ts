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
