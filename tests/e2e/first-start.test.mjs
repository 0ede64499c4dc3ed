// End to end: a first start (no workspace file, no saved view). The window
// opens at once and says it is preparing the sample while the sample is
// imported off the UI thread; then the sample's events appear. The next start
// on the same file opens that workspace as it is.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchApp } from "./webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const application = path.join(root, "target/debug/geotimeline-app");
const shots = path.join(root, ".e2e");
const dir = mkdtempSync(path.join(tmpdir(), "geotimeline-first-start-"));
const db = path.join(dir, "new", "workspace.sqlite");
// A port of its own: the previous file's tauri-driver may still be letting go of the default one.
const port = Number(process.env.TAURI_DRIVER_PORT ?? 4444) + 10;

after(() => rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 150 }));

async function eventCount(s) {
  return s.execute(`return document.querySelectorAll('[data-testid="event-item"]').length`);
}

test("a first start shows the window at once, then the sample", async () => {
  mkdirSync(shots, { recursive: true });
  const app = await launchApp(application, { db, freshProfile: true, port });
  const s = app.session;
  try {
    // The first thing the window shows is either the progress (the sample still being
    // imported) or, when the import was quicker than the window, the sample itself.
    const first = await s.waitFor("the window's first state", async () => {
      // One command at a time: WebKitWebDriver does not take two at once.
      const [waiting, events] = await s.execute(`return [document.querySelector('[data-testid="workspace-preparing"]')?.textContent ?? null, document.querySelectorAll('[data-testid="event-item"]').length]`);
      return waiting ? { waiting } : events ? { events } : null;
    });
    if (first.waiting) {
      assert.match(first.waiting, /Préparation de l’exemple|Preparing the sample|Ouverture|Opening/);
      await s.screenshot(path.join(shots, "00-first-start-preparing.png"));
    }
    const status = await s.waitFor("the start status", () => s.execute("return window.__geotimeline?.startStatus ?? null"));
    assert.ok(["preparing_sample", "ready"].includes(status), status);
    await s.waitFor("the sample's events", async () => (await eventCount(s)) >= 10);
    assert.equal(await s.execute(`return document.querySelector('[data-testid="workspace-preparing"]')`), null, "the progress is gone");
    assert.match(await s.text(await s.find('[data-testid="workspace-counts"]')), /5\s+articles?/);
    await s.screenshot(path.join(shots, "00-first-start-painted.png"));
  } finally {
    await s.close();
    app.stop();
  }
  assert.ok(existsSync(db), "the workspace is where GEOTIMELINE_DB says");
  assert.ok(!existsSync(`${db}.preparing`), "no half-prepared file is left");
});

test("the next start opens that workspace without preparing the sample again", async () => {
  const app = await launchApp(application, { db, freshProfile: true, port });
  const s = app.session;
  try {
    const status = await s.waitFor("the start status", () => s.execute("return window.__geotimeline?.startStatus ?? null"));
    assert.ok(["opening", "ready"].includes(status), status);
    await s.waitFor("the sample's events", async () => (await eventCount(s)) >= 10);
    assert.match(await s.text(await s.find('[data-testid="workspace-counts"]')), /5\s+articles?/);
  } finally {
    await s.close();
    app.stop();
  }
});
