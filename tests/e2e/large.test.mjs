// End to end on a large workspace: the real app opens a generated workspace of
// about 100,000 events (written once by the CLI from its generated corpus, then
// kept in target/bench-app), draws it from SQLite counts, loads the events of a
// zoomed-in week, draws them one by one, and a click on one shows its sources.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchApp, countBefore } from "./webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const application = process.env.GEOTIMELINE_APP ?? path.join(target, "debug/geotimeline-app");
const workspace = process.env.GEOTIMELINE_LARGE_DB ?? path.join(target, "bench-app/ws100k.sqlite");
const shots = path.join(root, ".e2e");
let app;

before(async () => {
  mkdirSync(shots, { recursive: true });
  if (!existsSync(workspace)) {
    // The debug CLI `cargo test --workspace` built in scripts/test.sh (features
    // unified over the workspace as there, so a no-op build):
    // a few minutes for 16,300 articles, less than a release build of the CLI.
    execFileSync("cargo", ["build", "--locked", "--workspace", "--bin", "geotimeline"], { cwd: root, stdio: "inherit" });
    mkdirSync(path.dirname(workspace), { recursive: true });
    // Written aside, then renamed: an interrupted run leaves no half workspace to reuse.
    const part = `${workspace}.part`;
    for (const suffix of ["", "-wal", "-shm"]) rmSync(part + suffix, { force: true });
    execFileSync(path.join(target, "debug/geotimeline"), ["bench", "--articles", "16300", "--keep-workspace", part], { cwd: root, stdio: "inherit" });
    for (const suffix of ["-wal", "-shm", ""]) if (existsSync(part + suffix)) renameSync(part + suffix, workspace + suffix);
  }
  app = await launchApp(application, { db: workspace, freshProfile: true });
});

after(async () => {
  if (app) {
    await app.session.close();
    app.stop();
  }
});

test("a workspace of 100,000 events opens drawn from counts, and a clicked event shows its sources", async () => {
  const s = app.session;
  const counts = await s.waitFor("the workspace counts", async () => {
    const text = await s.text(await s.find('[data-testid="workspace-counts"]'));
    return /\d/.test(text) ? text : null;
  }, 60000);
  const events = countBefore(counts, "(?:événements?|events?)") ?? 0;
  assert.ok(events >= 95000, `a large workspace: ${counts}`);
  // Zoomed out, the timeline draws counted clusters and holds no event.
  await s.waitFor("painted counts", () => s.execute("return window.__geotimeline?.timeline?.firstPaintAt ?? null"), 60000);
  assert.equal((await s.findAll('[data-testid="event-item"]')).length, 0, "zoomed out, no event is loaded");
  await s.screenshot(path.join(shots, "10-large-start.png"));

  // Zoom to one week: its events are loaded and drawn one by one.
  await s.execute(`window.__geotimeline.timeline.showRange(Date.UTC(2023, 2, 6), Date.UTC(2023, 2, 9))`);
  const target = await s.waitFor("a drawn event of the week", () =>
    s.execute(`
      const canvas = document.querySelector('[data-testid="timeline-canvas"]');
      const box = canvas.getBoundingClientRect();
      for (const item of document.querySelectorAll('[data-testid="event-item"]')) {
        const at = window.__geotimeline.timeline.positionOf(Number(item.dataset.eventId));
        if (at && at.x > 180 && at.x < box.width - 40) return { id: item.dataset.eventId, x: box.left + at.x, y: box.top + at.y, label: item.getAttribute('aria-label') };
      }
      return null;
    `),
  30000);
  const loaded = (await s.findAll('[data-testid="event-item"]')).length;
  assert.ok(loaded > 0 && loaded < 5000, `only the week's events are loaded (${loaded})`);
  await s.clickAt(target.x, target.y);
  const quotes = await s.waitFor("source quotes in the panel", async () => {
    const found = await s.findAll('[data-testid="event-panel"] [data-testid="source-quote"]');
    return found.length ? found : null;
  });
  const title = await s.text(await s.find('[data-testid="event-panel"] h2'));
  assert.ok(target.label.startsWith(title.trim().slice(0, 20)), `the panel shows the clicked event: ${title} / ${target.label}`);
  assert.ok((await s.text(quotes[0])).length > 10);
  await s.screenshot(path.join(shots, "11-large-event.png"));
});
