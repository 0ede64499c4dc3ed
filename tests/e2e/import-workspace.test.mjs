// End to end: File › Import another workspace… (issue 17). A workspace made by the
// command line (the sample, one event's title corrected) is imported into an empty one
// open in the window (the dialog answered by GEOTIMELINE_OPEN): the window refreshes
// without a reload, shows the corrected event, counts the articles and says the summary;
// Ctrl+Z then takes the whole import away and Ctrl+Shift+Z brings it back.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchApp } from "./webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const application = path.join(target, "debug/geotimeline-app");
const cli = path.join(target, "debug/geotimeline");
const shots = path.join(root, ".e2e");
const dir = mkdtempSync(path.join(tmpdir(), "geotimeline-import-ws-"));
const here = path.join(dir, "here.geotimeline");
const other = path.join(dir, "other.geotimeline");
let app;

const el = (s, css) => s.waitFor(css, async () => (await s.findAll(css))[0] ?? null);
const itemLabels = (s) => s.execute(`return [...document.querySelectorAll('[data-testid="event-item"]')].map((e) => e.getAttribute('aria-label'))`);
const counts = (s) => s.execute(`return document.querySelector('[data-testid="workspace-counts"]')?.textContent ?? ''`);
const notice = (s) => s.execute(`return document.querySelector('[data-testid="history-notice"]')?.textContent ?? null`);
const run = (db, ...args) => execFileSync(cli, ["--db", db, ...args], { encoding: "utf8" });

before(async () => {
  mkdirSync(shots, { recursive: true });
  run(other, "ingest", "--manifest", path.join(root, "crates/geotimeline-core/sample/seeds/manifest.json"));
  const hanoi = run(other, "events").split("\n").find((l) => l.includes("Hanoi"));
  run(other, "edit", hanoi.trim().split(/\s+/)[0], "--title", "Poutine à Hanoï (corrigé ailleurs)");
  run(here, "events"); // an empty workspace
  process.env.GEOTIMELINE_OPEN = other;
  app = await launchApp(application, { db: here, freshProfile: true });
});

after(async () => {
  if (app) {
    await app.session.close();
    app.stop();
  }
  delete process.env.GEOTIMELINE_OPEN;
  rmSync(dir, { recursive: true, force: true });
});

test("another workspace's events and corrections come into the open one, with a summary", async () => {
  const s = app.session;
  await s.waitFor("the empty workspace", async () => /0 article · 0 événement/.test(await counts(s)), 60000);
  const otherBytes = readFileSync(other);
  await s.click(await el(s, '[data-testid="file-menu"]'));
  const item = await el(s, '[data-testid="file-import-workspace"]');
  assert.equal(await s.execute(`return document.querySelector('[data-testid="file-import-workspace"]').textContent`), "Importer un autre espace de travail…");
  await s.waitFor("the menu drawn", async () => (await s.execute(`return document.querySelector('[data-testid="file-import-workspace"]')?.getBoundingClientRect().height ?? 0`)) > 0);
  await s.screenshot(path.join(shots, "import-workspace-menu.png"));
  await s.click(item);
  const said = await s.waitFor("the summary", async () => notice(s), 60000);
  assert.match(said, /^other\.geotimeline importé : 5 articles ajoutés, 0 déjà présent ; \d+ nouveaux événements \(dont 1 repris avec ses corrections\), 0 événement existant complété\.$/);
  await s.waitFor("the imported events", async () => ((await itemLabels(s)).length >= 10 ? true : null), 30000);
  assert.match(await counts(s), /^5 articles · \d+ événements$/);
  assert.ok((await itemLabels(s)).some((l) => l.includes("Poutine à Hanoï (corrigé ailleurs)")), "the corrected title came with its event");
  assert.equal(await s.title(), "here.geotimeline — GeoTimeline", "the open workspace stays open");
  // The map follows: the places of the imported events.
  const caption = () => s.execute(`return document.querySelector('[data-testid="map"]')?.textContent ?? ''`);
  await s.waitFor("the map's places", async () => (/\d+ lieux? des événements/.test(await caption()) ? true : null), 15000);
  await s.screenshot(path.join(shots, "import-workspace-summary.png"));
  assert.ok(readFileSync(other).equals(otherBytes), "the other workspace is only read");

  // The import is one edit of the history: Ctrl+Z takes it all away, Ctrl+Shift+Z brings it back.
  const undoTip = async () => (await s.attribute(await s.find('[data-testid="undo-button"]'), "title")) ?? "";
  await s.waitFor("the Undo button naming the import", async () => /import de l’espace de travail other\.geotimeline \(5 articles/.test(await undoTip()));
  await s.execute(`document.activeElement?.blur()`);
  await s.keys("Control", "z");
  await s.waitFor("the import undone", async () => /^0 article · 0 événement$/.test(await counts(s)), 30000);
  await s.waitFor("the timeline emptied", async () => ((await itemLabels(s)).length === 0 ? true : null));
  assert.match(await notice(s), /Annulé.*import de l’espace de travail other\.geotimeline/i);
  await s.screenshot(path.join(shots, "import-workspace-undone.png"));
  await s.keys("Control", "Shift", "z");
  await s.waitFor("the import redone", async () => /^5 articles · \d+ événements$/.test(await counts(s)), 30000);
  // (The header's counts can be answered before the timeline's events arrive.)
  await s.waitFor("the corrected event back on the timeline", async () =>
    (await itemLabels(s)).some((l) => l.includes("Poutine à Hanoï (corrigé ailleurs)")) ? true : null,
  );
});
