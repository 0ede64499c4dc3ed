// The window in Debian's Chromium (headless, through playwright-core) with the
// Tauri commands mocked from the sample's real answers: zoom, pan, lanes,
// clusters, filters, search, keyboard and the map link, with real canvas and SVG.
// Needs target/browser-fixture.json, which `cargo test` writes.
import { after, before, beforeEach, afterEach, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { createServer } from "vite";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const fixturePath = path.join(root, "target/browser-fixture.json");
const shots = path.join(root, ".e2e");
let server;
let browser;
let url;
let context;
let page;

before(async () => {
  if (!existsSync(fixturePath)) throw new Error(`${fixturePath} is missing: run \`cargo test --lib writes_the_browser_test_fixture\` first`);
  mkdirSync(shots, { recursive: true });
  server = await createServer({ configFile: path.join(root, "ui/vite.config.ts"), logLevel: "error", server: { port: 5198, strictPort: false } });
  await server.listen();
  url = server.resolvedUrls.local[0];
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-FR" });
  page = await context.newPage();
  const fixture = readFileSync(fixturePath, "utf8");
  await page.addInitScript({ content: `window.__FIXTURE__ = ${fixture};\n${readFileSync(path.join(root, "tests/browser/mock-ipc.js"), "utf8")}` });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="event-item"]').length >= 10);
});

afterEach(async () => {
  await context?.close();
});

const visibleRange = () => page.evaluate(() => window.__geotimeline.timeline.visibleRange());
const eventIds = () => page.$$eval('[data-testid="event-item"]', (els) => els.map((e) => Number(e.dataset.eventId)));
const lastFilter = () => page.evaluate(() => window.__calls.filter((c) => c.cmd === "list_events" || c.cmd === "list_events_up_to").at(-1).args.filter);

test("opens on the June 2024 sequence with its places on the map", async () => {
  const [from, to] = await visibleRange();
  assert.ok(from <= Date.UTC(2024, 5, 19) && to >= Date.UTC(2024, 5, 21), "the first view holds 19–20 June 2024");
  assert.ok(to - from < 60 * 86_400_000, "and is not decades wide");
  const hanoi = page.locator('[data-testid="map"] [data-place="Hanoi"]');
  // Hanoi, or Hanoi with places its disc overlaps at this zoom (Viêt Nam's centre), merged: "Hanoï +1 : 6 événements".
  assert.match(await hanoi.getAttribute("aria-label"), /Hanoï( \+\d+)? : \d+ événements?/);
  await page.screenshot({ path: path.join(shots, "browser-01-start.png") });
  // At 1920×1080 more events get their label, and the map refits to its new size.
  const labelled = () =>
    page.evaluate(() => {
      window.__geotimeline.timeline.layout();
      return window.__geotimeline.timeline.placed.filter((p) => p.label).length;
    });
  const before = await labelled();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.waitForTimeout(300);
  assert.ok((await labelled()) > before, "a taller window labels more events");
  const at = await page.evaluate(() => window.__geotimeline.map.positionOf("Hanoi"));
  const map = await page.locator('[data-testid="map"] svg').boundingBox();
  assert.ok(at.x > 0 && at.x < map.width && at.y > 0 && at.y < map.height, "Hanoi is still on the map after the resize");
  await page.screenshot({ path: path.join(shots, "browser-01-start-1080p.png") });
});

test("the wheel zooms, dragging pans, and + / − keys zoom", async () => {
  const canvas = page.locator('[data-testid="timeline-canvas"]');
  const box = await canvas.boundingBox();
  const [a0, a1] = await visibleRange();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await page.waitForTimeout(200);
  const [b0, b1] = await visibleRange();
  assert.ok(b1 - b0 < (a1 - a0) * 0.8, "zoomed in");
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const [c0, c1] = await visibleRange();
  assert.ok(c0 > b0 && Math.abs(c1 - c0 - (b1 - b0)) < 1000, "panned later at the same zoom");
  await canvas.focus();
  await page.keyboard.press("-");
  await page.waitForTimeout(100);
  const [d0, d1] = await visibleRange();
  assert.ok(d1 - d0 > c1 - c0, "the minus key zooms out");
});

test("the keyboard steps through events, and Escape closes the panel", async () => {
  await page.locator('[data-testid="timeline-canvas"]').focus();
  await page.keyboard.press("ArrowRight");
  await page.waitForSelector('[data-testid="event-panel"] h2');
  const first = await page.locator('[data-testid="event-panel"] h2').textContent();
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction((before) => document.querySelector('[data-testid="event-panel"] h2')?.textContent !== before, first);
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector('[data-testid="event-panel"] h2'));
});

test("lanes by type, country and actor; an event with two actors is in both their lanes", async () => {
  await page.selectOption('[data-testid="lanes"]', "type");
  const lanes = () => page.evaluate(() => window.__geotimeline.timeline.lanes.map((l) => l.label));
  assert.ok((await lanes()).includes("Visite") && (await lanes()).includes("Accord"));
  await page.selectOption('[data-testid="lanes"]', "actor");
  const actorLanes = await lanes();
  assert.ok(actorLanes.includes("Vladimir Poutine"), actorLanes.join(", "));
  const shared = await page.evaluate(() => {
    const t = window.__geotimeline.timeline;
    t.showAll();
    t.layout();
    const rows = new Map();
    for (const p of t.placed) rows.set(p.item.id, (rows.get(p.item.id) ?? 0) + 1);
    return [...rows.values()].some((n) => n > 1);
  });
  assert.ok(shared, "some event is drawn in two actors' lanes");
  await page.screenshot({ path: path.join(shots, "browser-02-lanes.png") });
});

test("a dense day becomes a counted cluster that lists its events", async () => {
  // One lane, a short window and a month on screen: the events of 20 June 2024
  // cannot all have a labelled row.
  await page.selectOption('[data-testid="lanes"]', "none");
  await page.setViewportSize({ width: 1280, height: 420 });
  await page.waitForTimeout(300);
  const cluster = await page.evaluate(() => {
    const t = window.__geotimeline.timeline;
    t.showRange(Date.UTC(2024, 5, 5), Date.UTC(2024, 6, 5));
    t.layout();
    // The densest cluster, a day's events.
    const c = t.clusters.reduce((best, k) => (k.count > best.count ? k : best), t.clusters[0]);
    if (!c) return null;
    const box = document.querySelector('[data-testid="timeline-canvas"]').getBoundingClientRect();
    return { x: box.left + c.x, y: box.top + t.geometry().top + c.row * t.geometry().rowHeight + t.geometry().rowHeight / 2, count: c.count };
  });
  assert.ok(cluster && cluster.count > 1, "a short window packs the 20 June events into a cluster");
  await page.mouse.click(cluster.x, cluster.y);
  const items = page.locator('[data-testid="cluster-list"] li button');
  await items.first().waitFor();
  assert.equal(await items.count(), cluster.count);
  const title = await items.first().textContent();
  await items.first().click();
  await page.waitForFunction((t) => document.querySelector('[data-testid="event-panel"] h2')?.textContent === t, title);
});

test("type chips, search and removable filter chips narrow the timeline", async () => {
  await page.click('[data-testid="type-filter"][data-type="sanction"]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="event-item"]')].every((e) => e.dataset.eventType === "sanction"));
  assert.ok((await eventIds()).length >= 1);
  assert.match(await page.locator('[data-testid="filter-chip"]').first().textContent(), /Type : Sanctions/);
  await page.click('[data-testid="filter-chip"] button');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="event-item"]').length >= 10);
  await page.fill('[data-testid="search"]', "Pyongyang");
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="event-item"]').length < 10);
  assert.equal((await lastFilter()).query, "Pyongyang");
  // The visible period becomes a date filter, with its own chip.
  await page.click('[data-testid="clear-filters"]');
  await page.evaluate(() => window.__geotimeline.timeline.showRange(Date.UTC(2024, 5, 19), Date.UTC(2024, 5, 21)));
  await page.click('[data-testid="limit-to-view"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="filter-chip"]')?.textContent.includes("Période"));
  const f = await lastFilter();
  assert.deepEqual([f.from, f.to], ["2024-06-19", "2024-06-20"]);
});

test("the map and the timeline are linked both ways", async () => {
  // Selecting the Hanoi arrival highlights Hanoi on the map.
  const id = await page.evaluate(() => {
    const item = [...document.querySelectorAll('[data-testid="event-item"]')].find((e) => e.dataset.eventType === "visit" && /Hanoi/.test(e.getAttribute("aria-label")));
    item.click();
    return Number(item.dataset.eventId);
  });
  assert.ok(id > 0);
  await page.waitForSelector('[data-testid="map"] .marker.highlighted[data-place="Hanoi"]');
  // A click on Pyongyang filters the timeline to its events; a marker it is merged into zooms in until it stands alone.
  for (let i = 0; i < 5 && !(await page.locator('[data-testid="map"] .marker:not(.merged)[data-place="Pyongyang"]').count()); i++) {
    await page.locator('[data-testid="map"] [data-places*="Pyongyang"] circle').click({ force: true });
    await page.waitForTimeout(100);
  }
  await page.locator('[data-testid="map"] [data-place="Pyongyang"] circle').click({ force: true });
  await page.waitForFunction(() => document.querySelector('[data-testid="filter-chip"]')?.textContent.includes("Pyongyang"));
  assert.deepEqual((await lastFilter()).places, ["Pyongyang"]);
  const labels = await page.$$eval('[data-testid="event-item"]', (els) => els.map((e) => e.getAttribute("aria-label")));
  assert.ok(labels.length > 0 && labels.every((l) => /Pyongyang/.test(l)), labels.join(" | "));
  // The map shows only what is in the timeline's visible range.
  await page.click('[data-testid="clear-filters"]');
  const before = await page.locator('[data-testid="map"] .marker').count();
  await page.evaluate(() => window.__geotimeline.timeline.showRange(Date.UTC(2017, 0, 1), Date.UTC(2017, 11, 31)));
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="map"] .marker').length < n, before);
  await page.screenshot({ path: path.join(shots, "browser-03-map.png") });
});

test("dark theme, English, and the view is kept across a reload", async () => {
  await page.click('[data-testid="theme-toggle"]');
  await page.click('.lang button:has-text("EN")');
  await page.selectOption('[data-testid="lanes"]', "type");
  await page.evaluate(() => window.__geotimeline.timeline.showRange(Date.UTC(2024, 5, 18), Date.UTC(2024, 5, 22)));
  // The view is saved once the timeline stops moving.
  await page.waitForTimeout(400);
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="event-item"]').length >= 10);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  assert.equal(await page.inputValue('[data-testid="lanes"]'), "type");
  assert.match(await page.locator('[data-testid="workspace-counts"]').textContent(), /events/);
  const [from, to] = await visibleRange();
  assert.ok(Math.abs(from - Date.UTC(2024, 5, 18)) < 3_600_000 && Math.abs(to - Date.UTC(2024, 5, 22)) < 3_600_000, "the same dates are on screen");
  await page.screenshot({ path: path.join(shots, "browser-04-dark.png") });
});

test("the article reader marks the other events of the article, and opens them", async () => {
  await page.evaluate(() => {
    const item = [...document.querySelectorAll('[data-testid="event-item"]')].find((e) => e.dataset.eventType === "visit" && /Hanoi/.test(e.getAttribute("aria-label")));
    item.click();
  });
  await page.locator('[data-testid="read-article"]').first().click();
  const quote = await page.locator('[data-testid="reader-quote"]').textContent();
  assert.ok(quote.length > 20);
  const others = page.locator('[data-testid="reader-other"]');
  assert.ok((await others.count()) > 0, "the article reports other events");
  const title = (await others.first().getAttribute("title")).replace(/^Autre événement de l’article : (.*) \(cliquer pour l’ouvrir\)$/, "$1");
  await page.screenshot({ path: path.join(shots, "browser-05-reader.png") });
  await others.first().click();
  await page.waitForFunction((t) => document.querySelector('[data-testid="event-panel"] h2')?.textContent === t, title);
  assert.equal(await page.locator('[data-testid="article-reader"]').count(), 0);
});
