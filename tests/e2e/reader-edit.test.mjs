// End to end: the places and actors of an event corrected from the article
// reader in the real window (the event panel's own fields): a place chosen from
// the knowledge base's search and an actor typed with its kind, saved as one
// edit that one Ctrl+Z undoes and Ctrl+Shift+Z redoes, the reader and the
// panel following.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchApp } from "./webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const application = path.join(target, "debug/geotimeline-app");
const shots = path.join(root, ".e2e");
const dir = mkdtempSync(path.join(tmpdir(), "geotimeline-reader-edit-"));
const db = path.join(dir, "workspace.sqlite");
let app;

const el = (s, css) => s.waitFor(css, async () => (await s.findAll(css))[0] ?? null);

before(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launchApp(application, { db, freshProfile: true });
});

after(async () => {
  if (app) {
    await app.session.close();
    app.stop();
  }
  rmSync(dir, { recursive: true, force: true });
});

const itemIds = (s) => s.execute(`return [...document.querySelectorAll('[data-testid="event-item"]')].map((e) => Number(e.dataset.eventId))`);
const shownText = (s, testid) => s.execute(`return document.querySelector('[data-testid="${testid}"]')?.textContent ?? ''`);
const undoTip = async (s) => (await s.attribute(await s.find('[data-testid="undo-button"]'), "title")) ?? "";

/** Types into a field as the webview would see it, leaving the focus in it. */
const fill = (s, testid, value) =>
  s.execute(
    `const input = document.querySelector('[data-testid="${testid}"]');
     input.focus();
     input.value = arguments[0];
     input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));`,
    [value],
  );

test("a place and an actor corrected from the article reader: one edit, undone and redone", async () => {
  const s = app.session;
  await s.waitFor("the sample's events", async () => ((await itemIds(s)).length >= 10 ? true : null));
  const id = Number(
    await s.execute(`
      const item = [...document.querySelectorAll('[data-testid="event-item"]')]
        .find((el) => /Hanoi/.test(el.getAttribute('aria-label')) && el.dataset.eventType === 'visit' && /20 juin 2024/.test(el.getAttribute('aria-label')));
      item.click();
      return item.dataset.eventId;
    `),
  );
  await s.waitFor("the event in the panel", async () => (await s.execute(`return document.querySelector('[data-testid="event-panel"]').dataset.shownEvent`)) === String(id));
  await s.click((await s.findAll('[data-testid="read-article"]'))[0]);
  const strip = await el(s, '[data-testid="article-reader"] [data-testid="reader-event"]');
  assert.equal(await s.attribute(strip, "data-event-id"), String(id));
  const places = await shownText(s, "reader-places");
  const actors = await shownText(s, "reader-actors");
  assert.match(places, /Hanoï/);
  assert.doesNotMatch(places, /Moscou/);

  await s.click(await s.find('[data-testid="reader-edit"]'));
  await el(s, '[data-testid="reader-edit-form"]');
  // A place from the knowledge base's search.
  await fill(s, "reader-places-input", "mosc");
  const option = await s.waitFor("Moscou offered", async () => {
    const offered = await s.execute(`return [...document.querySelectorAll('[data-testid="reader-places-option"]')].map((o) => o.textContent.trim())`);
    return offered.findIndex((o) => /^Moscou/.test(o)) + 1;
  });
  await s.execute(`document.querySelectorAll('[data-testid="reader-places-option"]')[${option - 1}].dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }))`);
  await s.waitFor("the Moscou chip", async () => (await s.execute(`return [...document.querySelectorAll('[data-testid="reader-places-chip"] .chip-name')].map((c) => c.textContent)`)).includes("Moscou"));
  // An actor typed with its kind, added with Enter.
  await fill(s, "reader-actors-kind", "organisation");
  await fill(s, "reader-actors-input", "Comité des riverains");
  await s.keys("Enter");
  await s.waitFor("the actor's chip", async () => (await s.execute(`return [...document.querySelectorAll('[data-testid="reader-actors-chip"] .chip-name')].map((c) => c.textContent)`)).includes("Comité des riverains"));
  await s.screenshot(path.join(shots, "60-reader-edit.png"));
  await s.click(await s.find('[data-testid="reader-save"]'));

  await s.waitFor("the reader showing the correction", async () => /Moscou/.test(await shownText(s, "reader-places")) && /Comité des riverains/.test(await shownText(s, "reader-actors")));
  assert.match(await shownText(s, "event-places"), /Moscou/, "the panel follows");
  const tip = await s.waitFor("the Undo button naming the correction", async () => {
    const text = await undoTip(s);
    return new RegExp(`correction de l’événement ${id}`).test(text) ? text : null;
  });
  assert.match(tip, /lieux/);
  assert.match(tip, /acteurs/);
  await s.screenshot(path.join(shots, "61-reader-edited.png"));

  // One Ctrl+Z takes back both, the reader still open.
  await s.execute(`document.activeElement?.blur(); document.querySelector('[data-testid="article-reader"]').focus()`);
  await s.keys("Control", "z");
  await s.waitFor("both undone in the reader", async () => (await shownText(s, "reader-places")) === places && (await shownText(s, "reader-actors")) === actors);
  assert.equal((await s.findAll('[data-testid="article-reader"]')).length, 1);
  assert.doesNotMatch(await shownText(s, "event-places"), /Moscou/);
  await s.keys("Control", "Shift", "z");
  await s.waitFor("both redone in the reader", async () => /Moscou/.test(await shownText(s, "reader-places")) && /Comité des riverains/.test(await shownText(s, "reader-actors")));
  await s.screenshot(path.join(shots, "62-reader-redone.png"));
});
