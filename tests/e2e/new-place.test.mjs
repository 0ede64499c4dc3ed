// End to end: a place the knowledge base lacks (Diamniadio, a town near Dakar)
// added from the event panel's place search in the real window: refused with a
// French sentence when its latitude is out of range, added with its typed
// coordinates and country, shown on the map, offered by a later search of
// another event, undone and redone with the header's buttons (the correction
// then the place), still there after a restart; in English, another place's
// coordinates picked by a click on the offline map.
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
// The workspace outlives a launch: the restart opens it again.
const dir = mkdtempSync(path.join(tmpdir(), "geotimeline-new-place-"));
const db = path.join(dir, "workspace.sqlite");
let app;

const launch = () => launchApp(application, { db, freshProfile: true });
const el = (s, css) => s.waitFor(css, async () => (await s.findAll(css))[0] ?? null);
const quit = async () => {
  await app.session.close();
  app.stop();
  app = null;
};

before(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launch();
});

after(async () => {
  if (app) await quit();
  rmSync(dir, { recursive: true, force: true });
});

const itemIds = (s) => s.execute(`return [...document.querySelectorAll('[data-testid="event-item"]')].map((e) => Number(e.dataset.eventId))`);
const placesShown = (s) => s.execute(`return document.querySelector('[data-testid="event-places"]')?.textContent ?? ''`);
const chips = (s) => s.execute(`return [...document.querySelectorAll('[data-testid="places-chip"] .chip-name')].map((c) => c.textContent)`);
const marker = (s) => s.execute(`return [...document.querySelectorAll('[data-testid="map"] .marker')].map((m) => m.getAttribute('aria-label')).find((l) => /Diamniadio/.test(l)) ?? null`);

async function open(s, id) {
  await s.execute(`document.querySelector('[data-testid="event-item"][data-event-id="${id}"]').click()`);
  await s.waitFor(`event ${id} in the panel`, async () => (await s.execute(`return document.querySelector('[data-testid="event-panel"]').dataset.shownEvent`)) === String(id));
}

/** The 20 June visit to Hanoi. */
async function hanoi(s) {
  await s.waitFor("the sample's events", async () => ((await itemIds(s)).length >= 10 ? true : null));
  return Number(
    await s.execute(`
      const item = [...document.querySelectorAll('[data-testid="event-item"]')]
        .find((el) => /Hanoi/.test(el.getAttribute('aria-label')) && el.dataset.eventType === 'visit' && /20 juin 2024/.test(el.getAttribute('aria-label')));
      return item.dataset.eventId;
    `),
  );
}

/** Types into a field as the webview would see it. */
const fill = (s, testid, value) =>
  s.execute(
    `const input = document.querySelector('[data-testid="${testid}"]');
     input.focus();
     input.value = arguments[0];
     input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));`,
    [value],
  );

/** The names the place search offers for `query`, the create option last. */
async function search(s, query) {
  // Emptied first: the list of an earlier query closes.
  await fill(s, "places-input", "");
  await s.waitFor("the list closed", async () => ((await s.findAll('[data-testid="places-options"]')).length === 0 ? true : null));
  await fill(s, "places-input", query);
  return s.waitFor(`the search's answer to ${query}`, async () => {
    const offered = await s.execute(`return [...document.querySelectorAll('[data-testid="places-options"] [role="option"]')].map((o) => o.textContent.trim())`);
    return offered.length ? offered : null;
  });
}

const undoTip = async (s) => (await s.attribute(await s.find('[data-testid="undo-button"]'), "title")) ?? "";

test("a place the knowledge base lacks is added with its coordinates, shown on the map, found again, undone and redone", async () => {
  const s = app.session;
  const id = await hanoi(s);
  await open(s, id);
  await s.click(await s.find('[data-testid="edit-event"]'));
  await el(s, '[data-testid="places-input"]');
  const own = await chips(s);

  const offered = await search(s, "Diamniadio");
  assert.deepEqual(offered, ["+ Ajouter « Diamniadio », un lieu absent de la base…"]);
  await s.click(await s.find('[data-testid="places-create"]'));
  await el(s, '[data-testid="new-place"]');
  assert.equal(await s.execute(`return document.querySelector('[data-testid="new-place-name"]').value`), "Diamniadio");

  // A latitude out of range: the core refuses it, the window says why in French.
  await fill(s, "new-place-lat", "95");
  await fill(s, "new-place-lon", "17,1836 O");
  await s.waitFor("the country list", async () => (await s.execute(`return document.querySelectorAll('[data-testid="new-place-country"] option').length`)) > 100);
  await fill(s, "new-place-country", "SN");
  await s.click(await s.find('[data-testid="new-place-add"]'));
  const refusal = await s.waitFor("the refusal", async () => (await s.findAll('[data-testid="new-place-error"]')).length && s.text(await s.find('[data-testid="new-place-error"]')));
  assert.equal(
    refusal,
    "Le lieu « Diamniadio » ne peut pas être ajouté : sa latitude 95 est hors limites : une latitude est comprise entre −90 et 90 degrés.",
  );
  await s.screenshot(path.join(shots, "40-new-place-refused.png"));
  assert.deepEqual(await chips(s), own, "nothing added");

  await fill(s, "new-place-lat", "14,7236");
  await s.click(await s.find('[data-testid="new-place-add"]'));
  await s.waitFor("the Diamniadio chip", async () => (await chips(s)).join("|") === [...own, "Diamniadio"].join("|"));
  assert.equal((await s.findAll('[data-testid="new-place"]')).length, 0);
  await s.waitFor("the Undo button naming the new place", async () => /ajout du lieu Diamniadio/.test(await undoTip(s)));
  await s.click(await s.find('[data-testid="save-event"]'));
  await s.waitFor("Diamniadio among the event's places", async () => /Diamniadio \(SN\)/.test(await placesShown(s)));
  const shown = await s.waitFor("Diamniadio's marker on the map", () => marker(s));
  assert.match(shown, /Diamniadio/);
  const position = await s.execute(`return window.__geotimeline.map.positionOf('Diamniadio')`);
  assert.ok(position, "the map places it");
  await s.screenshot(path.join(shots, "41-new-place-on-map.png"));

  // Another event's search offers it.
  const other = (await itemIds(s)).find((e) => e !== id);
  await open(s, other);
  // Clicked from the page: the panel may still be scrolling to its top (WebDriver then finds the button "not interactable").
  await (await el(s, '[data-testid="edit-event"]')) && s.execute(`document.querySelector('[data-testid="edit-event"]').click()`);
  await el(s, '[data-testid="places-input"]');
  const found = await search(s, "diamn");
  assert.match(found[0], /^Diamniadio\s*SN$/);
  await s.screenshot(path.join(shots, "42-new-place-found.png"));
  await s.execute(`[...document.querySelectorAll('[data-testid="edit-form"] button')].find((b) => b.type === 'button' && /Annuler/.test(b.textContent)).click()`);

  // Undo the correction, then the place itself.
  await open(s, id);
  await s.click(await s.find('[data-testid="undo-button"]'));
  await s.waitFor("the correction undone", async () => !/Diamniadio/.test(await placesShown(s)));
  await s.waitFor("the next undo is the place", async () => /ajout du lieu Diamniadio/.test(await undoTip(s)));
  await s.click(await s.find('[data-testid="undo-button"]'));
  await s.waitFor("the place undone", async () => !/ajout du lieu/.test(await undoTip(s)));
  await s.click(await s.find('[data-testid="edit-event"]'));
  await el(s, '[data-testid="places-input"]');
  assert.deepEqual(await search(s, "diamn"), ["+ Ajouter « diamn », un lieu absent de la base…"], "gone from the searches");
  await s.execute(`[...document.querySelectorAll('[data-testid="edit-form"] button')].find((b) => b.type === 'button' && /Annuler/.test(b.textContent)).click()`);
  assert.equal(await marker(s), null, "gone from the map");

  // Redo both: the place and the correction come back.
  await s.click(await s.find('[data-testid="redo-button"]'));
  await s.waitFor("the place redone", async () => /ajout du lieu Diamniadio/.test(await undoTip(s)));
  await s.click(await s.find('[data-testid="redo-button"]'));
  await s.waitFor("the correction redone", async () => /Diamniadio/.test(await placesShown(s)));
  await s.waitFor("its marker back", () => marker(s));

  // After a restart it is still there, on the event and in the searches.
  await quit();
  app = await launch();
  const again = app.session;
  await open(again, await hanoi(again));
  await again.waitFor("Diamniadio still there after the restart", async () => /Diamniadio/.test(await placesShown(again)));
  // Another event's search finds it (the Hanoi event's own search leaves out the places it has).
  await open(again, other);
  await (await el(again, '[data-testid="edit-event"]')) && again.execute(`document.querySelector('[data-testid="edit-event"]').click()`);
  await el(again, '[data-testid="places-input"]');
  assert.deepEqual(
    (await search(again, "diamniadio")).map((o) => o.replace(/\s+/g, " ")),
    ["Diamniadio SN"],
    "found, and no offer to add it again",
  );

  // In the English window, the offer and the refusal are English.
  await again.execute(`[...document.querySelectorAll('header button')].find((b) => b.textContent.trim() === 'EN').click()`);
  await again.waitFor("the English panel", async () => (await again.execute(`return document.querySelector('[data-testid="save-event"]')?.textContent`)) === "Save");
  assert.deepEqual(await search(again, "Bargny"), ["+ Add “Bargny”, a place the knowledge base lacks…"]);
  await again.click(await again.find('[data-testid="places-create"]'));
  await el(again, '[data-testid="new-place"]');
  await fill(again, "new-place-lat", "14,69");
  await fill(again, "new-place-lon", "-200");
  await again.click(await again.find('[data-testid="new-place-add"]'));
  const english = await again.waitFor("the English refusal", async () => (await again.findAll('[data-testid="new-place-error"]')).length && again.text(await again.find('[data-testid="new-place-error"]')));
  assert.equal(english, "The place “Bargny” cannot be added: its longitude -200 is out of range: a longitude is between -180 and 180 degrees.");
  await again.screenshot(path.join(shots, "43-new-place-refused-en.png"));

  // Its coordinates picked on the offline map instead: a click where Bargny is fills both fields.
  await again.waitFor("the map drawn", async () => (await again.execute(`return !!window.__geotimeline?.map && document.querySelector('[data-testid="map"] svg')?.getBoundingClientRect().width > 100`)) || null);
  await again.click(await again.find('[data-testid="new-place-pick"]'));
  await el(again, '[data-testid="map-picking"]');
  await again.screenshot(path.join(shots, "44-new-place-picking-en.png"));
  const at = await again.execute(`
    const box = document.querySelector('[data-testid="map"] svg').getBoundingClientRect();
    const p = window.__geotimeline.map.pointOf(14.69, -17.13);
    return { x: box.left + p.x, y: box.top + p.y };
  `);
  await again.clickAt(at.x, at.y);
  const picked = await again.waitFor("the picked coordinates", async () => {
    const v = await again.execute(`return [document.querySelector('[data-testid="new-place-lat"]').value, document.querySelector('[data-testid="new-place-lon"]').value]`);
    return v[1] !== "-200" ? v.map(Number) : null;
  });
  assert.ok(Math.abs(picked[0] - 14.69) < 1 && Math.abs(picked[1] + 17.13) < 1, `picked ${picked}`);
  assert.equal((await again.findAll('[data-testid="map-picking"]')).length, 0, "the map no longer waits");
  assert.equal(await again.execute(`return document.querySelectorAll('[data-testid="filter-chip"], .filter-chips .chip').length`), 0, "the click filtered nothing");
  await again.click(await again.find('[data-testid="new-place-add"]'));
  await again.waitFor("the Bargny chip", async () => (await chips(again)).includes("Bargny"));
});
