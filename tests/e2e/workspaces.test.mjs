// End to end: the File menu of issue 17. A new workspace (its save dialog answered by
// GEOTIMELINE_SAVE_WORKSPACE_AS) opens empty in the window; Open… (answered by
// GEOTIMELINE_OPEN) brings the previous one back with its events; the recent list names both.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchApp } from "./webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const application = path.join(root, "target/debug/geotimeline-app");
const shots = path.join(root, ".e2e");
const dir = mkdtempSync(path.join(tmpdir(), "geotimeline-workspaces-"));
const db = path.join(dir, "workspace.sqlite");
const second = path.join(dir, "second.geotimeline");
let app;

const el = (s, css) => s.waitFor(css, async () => (await s.findAll(css))[0] ?? null);
const itemCount = (s) => s.execute(`return document.querySelectorAll('[data-testid="event-item"]').length`);
const shownName = async (s) => (await s.title()).replace(/ — GeoTimeline$/, "");
const counts = (s) => s.execute(`return document.querySelector('[data-testid="workspace-counts"]')?.textContent ?? ''`);

async function menu(s, item) {
  await s.click(await el(s, '[data-testid="file-menu"]'));
  await s.click(await el(s, `[data-testid="${item}"]`));
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  process.env.GEOTIMELINE_SAVE_WORKSPACE_AS = second;
  process.env.GEOTIMELINE_OPEN = db;
  app = await launchApp(application, { db, freshProfile: true });
});

after(async () => {
  if (app) {
    await app.session.close();
    app.stop();
  }
  delete process.env.GEOTIMELINE_SAVE_WORKSPACE_AS;
  delete process.env.GEOTIMELINE_OPEN;
  rmSync(dir, { recursive: true, force: true });
});

test("a new workspace opens empty, and Open… brings the previous one back with its events", async () => {
  const s = app.session;
  const sample = await s.waitFor("the sample's events", async () => ((await itemCount(s)) >= 10 ? itemCount(s) : null), 60000);
  await s.waitFor("the name in the title", async () => (await shownName(s)) === "workspace.sqlite");
  assert.equal(await s.title(), "workspace.sqlite — GeoTimeline");

  await s.click(await el(s, '[data-testid="file-menu"]'));
  await el(s, '[data-testid="file-new"]');
  await s.screenshot(path.join(shots, "workspaces-menu.png"));
  await s.click(await el(s, '[data-testid="file-new"]'));
  await s.waitFor("the new workspace", async () => (await shownName(s)) === "second.geotimeline");
  await s.waitFor("its counts", async () => /0 article · 0 événement/.test(await counts(s)));
  assert.equal(await itemCount(s), 0);
  assert.ok(existsSync(second));
  assert.equal(await s.title(), "second.geotimeline — GeoTimeline");

  // The recent list names the sample workspace (the open one is left out).
  await s.click(await el(s, '[data-testid="file-menu"]'));
  const recent = await s.waitFor("the recent list", async () => {
    const names = await s.execute(`return [...document.querySelectorAll('[data-testid="file-recent"]')].map((b) => b.textContent)`);
    return names.length ? names : null;
  });
  assert.deepEqual(recent, ["workspace.sqlite"]);
  await s.screenshot(path.join(shots, "workspaces-recent.png"));
  await s.click(await el(s, '[data-testid="file-open"]'));
  await s.waitFor("the sample workspace back", async () => (await shownName(s)) === "workspace.sqlite");
  const back = await s.waitFor("its events", async () => ((await itemCount(s)) >= 10 ? itemCount(s) : null), 30000);
  assert.equal(back, sample);
});
