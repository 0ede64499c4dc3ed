// A 1,000-file import through the window's own import path, in the real app:
// `geotimeline bench --corpus-out` generates the articles, written here as HTML
// files (title and publication date in their meta tags) in a folder; the Import
// button's dialog is answered with that folder (GEOTIMELINE_OPEN, as in the
// end-to-end tests), the review sheet lists them, Import runs them. Meanwhile the
// page records every animation frame and a 50 ms heartbeat, and WebDriver asks
// the page a trivial question every 500 ms. Prints the times, the longest frames
// and the progress updates; asserts nothing.
//
//   xvfb-run -a -s "-screen 0 1440x900x24" node scripts/bench-import.mjs
//   BENCH_FILES=1000 BENCH_APP=/path/to/geotimeline-app …   (default: the debug build of CARGO_TARGET_DIR)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchApp } from "../tests/e2e/webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const application = process.env.BENCH_APP ?? path.join(target, "debug/geotimeline-app");
const cli = process.env.BENCH_CLI ?? path.join(target, "release/geotimeline");
const files = Number(process.env.BENCH_FILES ?? 1000);
const dir = mkdtempSync(path.join(tmpdir(), "geotimeline-bench-import-"));
const folder = path.join(dir, "articles");
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// The articles, as files a user would have.
const corpus = path.join(dir, "corpus.jsonl");
execFileSync(cli, ["bench", "--articles", String(files), "--corpus-out", corpus, "--order", "publication", "--keep-workspace", path.join(dir, "cli.sqlite")], { stdio: "ignore" });
mkdirSync(folder);
readFileSync(corpus, "utf8")
  .split("\n")
  .filter(Boolean)
  .forEach((line, i) => {
    const { published, text } = JSON.parse(line);
    const [title, ...body] = text.split("\n\n");
    const paragraphs = body.map((p) => `<p>${escape(p)}</p>`).join("\n");
    writeFileSync(
      path.join(folder, `article-${String(i + 1).padStart(4, "0")}.html`),
      `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title><meta property="article:published_time" content="${published}"></head><body><h1>${escape(title)}</h1>\n${paragraphs}</body></html>\n`,
    );
  });

process.env.GEOTIMELINE_OPEN = folder;
// As users start it (no WebDriver screenshots here: WebKit draws as the app chose).
const app = await launchApp(application, { db: path.join(dir, "workspace.geotimeline"), freshProfile: true, screenshots: false });
const s = app.session;
const stats = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? 0 };
};
const ms = (x) => `${Math.round(x)} ms`;
try {
  await s.waitFor("the window", async () => ((await s.findAll('[data-testid="import-button"]')).length ? true : null), 60000);
  const t0 = Date.now();
  await s.click(await s.find('[data-testid="import-button"]'));
  // The sheet draws only the rows in view: it lists them all when its table counts them
  // (a build before that drew every row).
  await s.waitFor(`the review sheet with ${files} rows`, async () => ((await s.execute(`return document.querySelector('[data-testid="review-table"]')?.dataset.rows ?? String(document.querySelectorAll('[data-testid="review-row"]').length)`)) === String(files) ? true : null), 600000);
  const review = Date.now() - t0;

  // Frames, a heartbeat and the progress shown, recorded in the page.
  await s.execute(`
    const b = (window.__bench = { frames: [], beats: [], stalls: [], updates: 0, lastFiles: null, done: false, start: 0, progressShown: null });
    let last = performance.now();
    const frame = (now) => { b.frames.push(now - last); last = now; if (!b.done) requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
    let beat = performance.now();
    b.timer = setInterval(() => { const now = performance.now(); const late = now - beat - 50; b.beats.push(late); if (late > 200) b.stalls.push([Math.round(beat - b.start), Math.round(late)]); beat = now; }, 50);
    b.observer = new MutationObserver(() => {
      const text = document.querySelector('[data-testid="progress-files"]')?.textContent ?? null;
      if (text !== null && b.progressShown === null) b.progressShown = performance.now() - b.start;
      if (text !== null && text !== b.lastFiles) { b.updates++; b.lastFiles = text; }
    });
    b.observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  `);
  await s.execute(`window.__bench.start = performance.now()`);
  const started = Date.now();
  await s.click(await s.find('[data-testid="review-import"]'));
  const roundTrips = [];
  let summary = null;
  while (!summary) {
    const t = Date.now();
    summary = await s.execute(`return document.querySelector('[data-testid="import-summary"]')?.textContent ?? null`);
    roundTrips.push(Date.now() - t);
    if (Date.now() - started > 3600000) throw new Error("the import did not finish within an hour");
    if (!summary) await new Promise((r) => setTimeout(r, 500));
  }
  const imported = Date.now() - started;
  const page = await s.execute(`
    const b = window.__bench; b.done = true; clearInterval(b.timer); b.observer.disconnect();
    return { frames: b.frames, beats: b.beats, stalls: b.stalls, updates: b.updates, progressShown: b.progressShown };
  `);
  const frames = stats(page.frames);
  const beats = stats(page.beats);
  const trips = stats(roundTrips);
  console.log(`${files} files through the window's import (${path.basename(application)}: ${application})`);
  console.log(`  Import button to the review sheet listing them: ${ms(review)}`);
  console.log(`  Import to the summary: ${(imported / 1000).toFixed(1)} s, ${(files / (imported / 1000)).toFixed(1)} files/s — "${summary.trim()}"`);
  console.log(`  Import clicked to the progress bar shown (the sheet's rows torn down): ${ms(page.progressShown ?? NaN)}`);
  console.log(`  progress updates shown: ${page.updates}`);
  console.log(`  frames during the import: ${frames.n}, median ${ms(frames.median)}, p95 ${ms(frames.p95)}, p99 ${ms(frames.p99)}, longest ${ms(frames.max)}; over 50 ms: ${page.frames.filter((f) => f > 50).length}`);
  console.log(`  50 ms heartbeat late by: median ${ms(beats.median)}, p99 ${ms(beats.p99)}, at most ${ms(beats.max)}`);
  const worst = [...page.stalls].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([at, late]) => `${ms(late)} at ${(at / 1000).toFixed(1)} s`);
  console.log(`  heartbeats over 200 ms late: ${page.stalls.length}; the longest: ${worst.join(", ") || "none"}`);
  console.log(`  WebDriver question to the page during the import: median ${ms(trips.median)}, longest ${ms(trips.max)} (${trips.n} asked)`);
} finally {
  await s.close();
  app.stop();
  rmSync(dir, { recursive: true, force: true });
}
