// End to end: the real GeoTimeline binary in a real WebKitGTK window (under
// Xvfb in CI), driven over WebDriver by tauri-driver and WebKitWebDriver.
// It starts on a fresh workspace, so what it shows is the built-in sample.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchApp } from "./webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const application = path.join(root, "target/debug/geotimeline-app");
const shots = path.join(root, ".e2e");
let app;

before(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launchApp(application);
});

after(async () => {
  if (app) {
    await app.session.close();
    app.stop();
  }
});

test("the window opens on the sample timeline", async () => {
  const s = app.session;
  // "GeoTimeline", then "workspace.sqlite — GeoTimeline" once the workspace is read.
  assert.match(await s.title(), /GeoTimeline$/);
  const items = await s.waitFor("the seed events", async () => {
    const found = await s.findAll('[data-testid="event-item"]');
    return found.length >= 10 ? found : null;
  });
  const labels = await Promise.all(items.map((el) => s.attribute(el, "aria-label")));
  assert.ok(labels.some((l) => /Hanoi/.test(l)), `no event in Hanoi among ${labels.join(" | ")}`);
  assert.ok(labels.some((l) => /Pyongyang|North Korea/.test(l)), `no event in North Korea among ${labels.join(" | ")}`);
  const counts = await s.text(await s.find('[data-testid="workspace-counts"]'));
  assert.match(counts, /5\s+articles?/);
  await s.screenshot(path.join(shots, "01-start.png"));
});

test("every text of the window is in the window's font family, its controls' included", async () => {
  // A family of its own (WebKitGTK gives controls the toolkit's "Sans") is another font lookup
  // at each size and weight of the first layout (#16).
  const others = await app.session.execute(`
    const family = getComputedStyle(document.documentElement).fontFamily;
    return [...document.querySelectorAll("body *")]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .map((el) => [el.tagName.toLowerCase() + " " + el.textContent.trim().slice(0, 30), getComputedStyle(el).fontFamily])
      .filter(([, f]) => f !== family);
  `);
  assert.deepEqual(others, []);
});

test("zoomed to 19–20 June, a click on the Hanoi arrival shows its sources", async () => {
  const s = app.session;
  // Zoom to 19–20 June 2024 as the + button would, centred on those days.
  await s.execute(`window.__geotimeline.timeline.showRange(Date.UTC(2024, 5, 18, 12), Date.UTC(2024, 5, 21, 12))`);
  const range = await s.execute(`return window.__geotimeline.timeline.visibleRange()`);
  assert.ok(range[1] - range[0] <= 3.5 * 86400000, "the view spans about 19–20 June");
  // Ask the timeline where it drew the arrival in Hanoi, then click there as a user would.
  const target = await s.waitFor("a drawn Hanoi visit", () =>
    s.execute(`
      const items = [...document.querySelectorAll('[data-testid="event-item"]')];
      const item = items.find((el) => /Hanoi/.test(el.getAttribute('aria-label')) && /20 juin 2024/.test(el.getAttribute('aria-label')) && el.dataset.eventType === 'visit');
      if (!item) return null;
      const canvas = document.querySelector('[data-testid="timeline-canvas"]');
      const box = canvas.getBoundingClientRect();
      const at = window.__geotimeline?.timeline?.positionOf(Number(item.dataset.eventId));
      return at ? { id: item.dataset.eventId, x: box.left + at.x, y: box.top + at.y } : { id: item.dataset.eventId };
    `),
  );
  assert.ok(target.x !== undefined, "the timeline did not draw the 20 June visit to Hanoi in its first view");
  await s.clickAt(target.x, target.y);
  const panel = await s.find('[data-testid="event-panel"]');
  const quotes = await s.waitFor("source quotes in the panel", async () => {
    const found = await s.findAll('[data-testid="event-panel"] [data-testid="source-quote"]');
    return found.length ? found : null;
  });
  const panelText = await s.text(panel);
  assert.match(panelText, /Hanoï/);
  assert.match(panelText, /20 juin 2024/);
  assert.ok(quotes.length >= 3, `the Hanoi arrival has ${quotes.length} sources, expected at least three`);
  // The map marks Hanoi as the selected event's place.
  await s.waitFor("Hanoi highlighted on the map", async () => (await s.findAll('[data-testid="map"] .marker.highlighted[data-place="Hanoi"]')).length > 0);
  const quote = await s.text(quotes[0]);
  assert.ok(quote.length > 20, `quote too short: ${quote}`);
  assert.match(quote, /Poutine|Vietnam|Hanoï/);
  await s.screenshot(path.join(shots, "02-event.png"));

  // The source opens in the article reader, at its quote.
  await s.click((await s.findAll('[data-testid="read-article"]'))[0]);
  const marked = await s.waitFor("the quote highlighted in the article", async () => {
    const el = await s.find('[data-testid="article-reader"] [data-testid="reader-quote"]');
    const text = await s.text(el);
    return text.length > 20 ? text : null;
  });
  assert.equal(marked, quote);
  await s.screenshot(path.join(shots, "04-reader.png"));
  await s.click(await s.find('[data-testid="article-reader"] .close'));
});

test("the sanctions chip narrows the timeline to sanctions", async () => {
  const s = app.session;
  await s.click(await s.find('[data-testid="type-filter"][data-type="sanction"]'));
  const types = await s.waitFor("only sanctions listed", async () => {
    const found = await s.execute(`return [...document.querySelectorAll('[data-testid="event-item"]')].map((e) => e.dataset.eventType)`);
    return found.length > 0 && found.every((t) => t === "sanction") ? found : null;
  });
  assert.ok(types.length >= 1);
  await s.screenshot(path.join(shots, "03-sanctions.png"));
  // Clicking the chip again shows every event.
  await s.click(await s.find('[data-testid="type-filter"][data-type="sanction"]'));
  await s.waitFor("all events back", async () => (await s.findAll('[data-testid="event-item"]')).length >= 10);
});

test("the Export button saves the current view as a PNG", async () => {
  const s = app.session;
  await s.click(await s.find('[data-testid="export-button"]'));
  await s.find('[data-testid="export-dialog"]');
  await s.execute(`
    const lanes = document.querySelector('[data-testid="export-lanes"]');
    lanes.value = 'type';
    lanes.dispatchEvent(new Event('change', { bubbles: true }));
    const map = document.querySelector('[data-testid="export-map"]');
    map.value = 'beside';
    map.dispatchEvent(new Event('change', { bubbles: true }));
  `);
  await s.screenshot(path.join(shots, "05-export-dialog.png"));
  await s.click(await s.find('[data-testid="export-run"]'));
  const outcome = await s.waitFor("the export outcome", async () => {
    const found = await s.findAll('[data-testid="export-outcome"], [data-testid="export-problem"]');
    return found.length ? s.text(found[0]) : null;
  });
  const file = path.join(app.workdir, "export.png");
  assert.match(outcome, /export\.png/, outcome);
  assert.ok(existsSync(file), `${file} was not written`);
  const png = readFileSync(file);
  assert.equal(png.subarray(1, 4).toString(), "PNG");
  // The default pixel density is 2x of a 1600 px figure.
  assert.equal(png.readUInt32BE(16), 3200);
  await s.screenshot(path.join(shots, "06-exported.png"));
  await s.click(await s.find('[data-testid="export-dialog"] .buttons button'));
});

test("an event is corrected in its panel and shows it is corrected", async () => {
  const s = app.session;
  // Open the 20 June visit to Hanoi through the list of event buttons (as a keyboard user would).
  await s.execute(`
    const item = [...document.querySelectorAll('[data-testid="event-item"]')]
      .find((el) => /Hanoi/.test(el.getAttribute('aria-label')) && el.dataset.eventType === 'visit' && /20 juin 2024/.test(el.getAttribute('aria-label')));
    item.click();
  `);
  await s.click(await s.waitFor("the Correct button", async () => (await s.findAll('[data-testid="edit-event"]'))[0] ?? null));
  await s.find('[data-testid="edit-form"]');
  await s.execute(`
    const title = document.querySelector('[data-testid="edit-title"]');
    title.value = 'Arrivée de Vladimir Poutine à Hanoï';
    title.dispatchEvent(new Event('input', { bubbles: true }));
  `);
  await s.screenshot(path.join(shots, "07-edit-form.png"));
  await s.click(await s.find('[data-testid="save-event"]'));
  const heading = await s.waitFor("the corrected title", async () => {
    const text = await s.text(await s.find('[data-testid="event-panel"] h2'));
    return text === "Arrivée de Vladimir Poutine à Hanoï" ? text : null;
  });
  assert.equal(heading, "Arrivée de Vladimir Poutine à Hanoï");
  assert.match(await s.text(await s.find('[data-testid="edited-badge"]')), /corrigé/i);
  const labels = await s.execute(`return [...document.querySelectorAll('[data-testid="event-item"]')].map((e) => e.getAttribute('aria-label'))`);
  assert.ok(labels.some((l) => l.startsWith("Arrivée de Vladimir Poutine à Hanoï")), "the timeline shows the new title");
  await s.screenshot(path.join(shots, "08-edited.png"));
});

test("in English the titles are composed in English and a typed title stays as typed", async () => {
  const s = app.session;
  await s.execute(`[...document.querySelectorAll('.lang button')].find((b) => b.textContent.trim() === 'EN').click()`);
  const labels = await s.waitFor("English titles", async () => {
    const found = await s.execute(`return [...document.querySelectorAll('[data-testid="event-item"]')].map((e) => e.getAttribute('aria-label'))`);
    return found.some((l) => /^Visit: Vladimir Putin/.test(l)) ? found : null;
  });
  assert.ok(labels.some((l) => l.startsWith("Arrivée de Vladimir Poutine à Hanoï")), "the typed title is kept in English");
  assert.ok(!labels.some((l) => /^Visite : /.test(l)), `a French title in English: ${labels.join(" | ")}`);
  await s.screenshot(path.join(shots, "09-english.png"));
  await s.execute(`[...document.querySelectorAll('.lang button')].find((b) => b.textContent.trim() === 'FR').click()`);
});
