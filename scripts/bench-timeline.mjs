// Timeline benchmark: serves ui/bench with Vite, opens it in headless Chromium
// (Debian's /usr/bin/chromium through playwright-core), loads 100,000 generated
// events into GeoTimeline's timeline and prints frame times while zooming and
// panning (median and 95th percentile), then the same for vis-timeline.
// Usage: node scripts/bench-timeline.mjs [--events N] [--vis-events N,N] [--vis-timeout S]
import { chromium } from "playwright-core";
import { createServer } from "vite";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const events = Number(option("--events", "100000"));
const visEvents = option("--vis-events", "1000,10000,100000").split(",").map(Number);
const visTimeout = Number(option("--vis-timeout", "60")) * 1000;

const root = fileURLToPath(new URL("../ui/bench", import.meta.url));
const server = await createServer({ root, configFile: false, logLevel: "error", server: { port: 5199, strictPort: false } });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1300 } });
await page.goto(url);
await page.waitForFunction(() => "bench" in window);

const ms = (v) => `${v.toFixed(1)} ms`;
const line = (name, s) => `  ${name.padEnd(32)} median ${ms(s.median).padStart(9)}   p95 ${ms(s.p95).padStart(9)}   max ${ms(s.max).padStart(9)}`;
console.log(`Chromium ${browser.version()}, headless, software rendering; canvas 1280×600.`);
for (const lanes of [false, true]) {
  const r = await page.evaluate(([n, l]) => window.bench.ours(n, l), [events, lanes]);
  console.log(`\nGeoTimeline timeline, ${r.events.toLocaleString("en")} events${r.lanes ? ", 8 lanes by type" : ""}: first render ${ms(r.firstRender)}; time to draw one frame:`);
  console.log(line("zoom in (full extent → days)", r.zoomIn));
  console.log(line("pan, zoomed in", r.panNarrow));
  console.log(line("zoom out (days → full extent)", r.zoomOut));
  console.log(line("pan, full extent", r.panWide));
  console.log(`  → ${Math.floor(1000 / Math.max(r.zoomIn.p95, r.zoomOut.p95, r.panNarrow.p95, r.panWide.p95))} frames per second at the 95th percentile`);
}
for (const n of visEvents) {
  // vis-timeline blocks the page while it renders, so the limit is kept from here.
  const visPage = await browser.newPage({ viewport: { width: 1400, height: 1300 } });
  await visPage.goto(url);
  await visPage.waitForFunction(() => "bench" in window);
  const timer = new Promise((resolve) => setTimeout(() => resolve(null), visTimeout));
  const run = visPage.evaluate(([count, timeout]) => window.bench.vis(count, timeout), [n, visTimeout]).catch(() => null);
  const r = await Promise.race([run, timer]);
  if (!r || !r.rendered) console.log(`\nvis-timeline 8, ${n.toLocaleString("en")} events: first render and zoom steps not done within ${visTimeout / 1000} s`);
  else console.log(`\nvis-timeline 8, ${n.toLocaleString("en")} events: first render ${ms(r.firstRender)}\n${line("zoom step (until redrawn)", r.zoomIn)}`);
  await visPage.close({ runBeforeUnload: false }).catch(() => {});
}
await browser.close();
await server.close();
