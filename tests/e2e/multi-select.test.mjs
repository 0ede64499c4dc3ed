// End to end: issue 17's merge of events selected together on the timeline, in
// the real window: a click then Ctrl+click (and Shift+click) on the canvas select
// several events and show the selection bar, Escape clears it, "Fusionner" merges
// the selected events into the first (whose panel then lists the sources of
// both), and Ctrl+Z brings the separate events back.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchApp, countBefore } from "./webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const application = path.join(target, "debug/geotimeline-app");
const shots = path.join(root, ".e2e");
let app;

before(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launchApp(application, { freshProfile: true });
});

after(async () => {
  await app?.session.close();
  app?.stop();
});

const panelEvent = (s) => s.execute(`return document.querySelector('[data-testid="event-panel"]')?.dataset.shownEvent ?? null`);
const panelArticles = (s) => s.execute(`return [...document.querySelectorAll('[data-testid="event-panel"] [data-testid="source"]')].map((li) => Number(li.dataset.article))`);
const itemIds = (s) => s.execute(`return [...document.querySelectorAll('[data-testid="event-item"]')].map((e) => Number(e.dataset.eventId))`);
const pressedIds = (s) => s.execute(`return [...document.querySelectorAll('[data-testid="event-item"][aria-pressed="true"]')].map((e) => Number(e.dataset.eventId))`);
const eventCount = async (s) => countBefore(await s.text(await s.find('[data-testid="workspace-counts"]')), "événement");
const selectionBar = async (s) => (await s.findAll('[data-testid="selection-bar"]'))[0] ?? null;

/** Where the timeline drew an event, in the viewport (null: not drawn one by one in this view). */
const drawnAt = (s, id) =>
  s.execute(`
    const box = document.querySelector('[data-testid="timeline-canvas"]').getBoundingClientRect();
    const at = window.__geotimeline.timeline.positionOf(${id});
    return at && at.x > 20 && at.x < box.width - 20 ? { x: box.left + at.x, y: box.top + at.y } : null;
  `);

/** Clicks an event on the canvas as a mouse would, with these keys held down. */
async function clickEvent(s, id, modifiers = []) {
  const at = await drawnAt(s, id);
  assert.ok(at, `event ${id} is not drawn in the view`);
  await s.clickAt(at.x, at.y, modifiers);
}

/** Opens an event through the timeline's list of event buttons, as a keyboard user would. */
async function open(s, id) {
  await s.execute(`document.querySelector('[data-testid="event-item"][data-event-id="${id}"]').click()`);
  await s.waitFor(`event ${id} in the panel`, async () => (await panelEvent(s)) === String(id));
}

/** The articles reporting each event, read from its panel. */
async function articlesOf(s, id) {
  await open(s, id);
  return s.waitFor(`the sources of event ${id}`, async () => {
    const articles = await panelArticles(s);
    return articles.length ? articles : null;
  });
}

/** Three events drawn in the first view; the first two reported by different articles, so their merge is seen in the sources. */
async function threeDrawnEvents(s) {
  await s.waitFor("the sample's events", async () => ((await itemIds(s)).length >= 10 ? true : null));
  // Let the first view settle on the densest stretch before asking where events are drawn.
  await s.waitFor("events painted", () => s.execute(`return window.__geotimeline?.timeline?.firstPaintAt ?? null`));
  const drawn = [];
  for (const id of await itemIds(s)) if (await drawnAt(s, id)) drawn.push(id);
  assert.ok(drawn.length >= 3, `only ${drawn.length} events drawn one by one in the first view`);
  const first = drawn[0];
  const own = await articlesOf(s, first);
  for (const second of drawn.slice(1)) {
    const theirs = await articlesOf(s, second);
    if (theirs.some((a) => !own.includes(a))) {
      const third = drawn.find((id) => id !== first && id !== second);
      return { first, second, third, own, theirs };
    }
  }
  assert.fail("no two events drawn in the first view are reported by different articles");
}

test("events picked with Ctrl+click and Shift+click are merged from the selection bar, and Ctrl+Z separates them again", async () => {
  const s = app.session;
  const { first, second, third, own, theirs } = await threeDrawnEvents(s);
  const count = await eventCount(s);

  // A plain click selects one event: no bar.
  await clickEvent(s, first);
  await s.waitFor("the first event open", async () => (await panelEvent(s)) === String(first));
  assert.equal(await selectionBar(s), null);

  // Ctrl+click adds the second; Shift+click adds the third, and takes it out again.
  await clickEvent(s, second, ["Control"]);
  const count2 = await s.waitFor("the bar with two events", async () => {
    const bar = await selectionBar(s);
    return bar && (await s.text(await s.find('[data-testid="selection-count"]')));
  });
  assert.equal(count2, "2 événements sélectionnés");
  assert.deepEqual((await pressedIds(s)).sort(), [first, second].sort());
  // The panel stays on the first event: the others are merged into it.
  assert.equal(await panelEvent(s), String(first));
  await clickEvent(s, third, ["Shift"]);
  await s.waitFor("three events selected", async () => (await s.text(await s.find('[data-testid="selection-count"]'))) === "3 événements sélectionnés");
  await clickEvent(s, third, ["Shift"]);
  await s.waitFor("back to two events", async () => (await s.text(await s.find('[data-testid="selection-count"]'))) === "2 événements sélectionnés");
  assert.deepEqual((await pressedIds(s)).sort(), [first, second].sort());
  await s.screenshot(path.join(shots, "20-multi-selection.png"));
  // The bar speaks the window's language.
  const language = (code) => s.execute(`[...document.querySelectorAll('.lang button')].find((b) => b.textContent === '${code}').click()`);
  await language("EN");
  await s.waitFor("the bar in English", async () => (await s.text(await s.find('[data-testid="selection-count"]'))) === "2 events selected");
  assert.equal(await s.text(await s.find('[data-testid="selection-merge"]')), "Merge");
  assert.equal(await s.text(await s.find('[data-testid="selection-clear"]')), "Clear selection");
  await s.screenshot(path.join(shots, "20-multi-selection-en.png"));
  await language("FR");
  await s.waitFor("the bar in French again", async () => (await s.text(await s.find('[data-testid="selection-merge"]'))) === "Fusionner");
  assert.equal(await s.text(await s.find('[data-testid="selection-clear"]')), "Annuler la sélection");

  // Escape, away from the timeline, clears the selection.
  await s.execute(`document.activeElement?.blur?.()`);
  await s.keys("\uE00C");
  await s.waitFor("the bar gone after Escape", async () => (await selectionBar(s)) === null);
  assert.deepEqual(await pressedIds(s), []);

  // Picked again, the two events are merged into the first.
  await clickEvent(s, first);
  await clickEvent(s, second, ["Control"]);
  await s.waitFor("the bar again", () => selectionBar(s));
  await s.click(await s.find('[data-testid="selection-merge"]'));
  await s.waitFor("the bar gone after the merge", async () => (await selectionBar(s)) === null);
  await s.waitFor("one event fewer", async () => (await eventCount(s)) === count - 1 && !(await itemIds(s)).includes(second));
  assert.equal(await panelEvent(s), String(first));
  const merged = await s.waitFor("the merged sources", async () => {
    const articles = await panelArticles(s);
    return theirs.every((a) => articles.includes(a)) ? articles : null;
  });
  for (const a of own) assert.ok(merged.includes(a), `article ${a} of event ${first} left the merged event`);
  assert.deepEqual(await pressedIds(s), [first]);
  assert.match(await s.attribute(await s.find('[data-testid="undo-button"]'), "title"), new RegExp(`fusion des événements ${first}, ${second} en ${first}`));
  await s.screenshot(path.join(shots, "21-multi-merged.png"));

  // Ctrl+Z: the two events are separate again, each with its own sources.
  await s.execute(`document.activeElement?.blur?.()`);
  await s.keys("Control", "z");
  await s.waitFor("the event count back after Ctrl+Z", async () => (await eventCount(s)) === count && (await itemIds(s)).includes(second));
  assert.deepEqual([...new Set(await articlesOf(s, first))].sort(), [...new Set(own)].sort());
  assert.deepEqual([...new Set(await articlesOf(s, second))].sort(), [...new Set(theirs)].sort());
  await s.screenshot(path.join(shots, "22-multi-undone.png"));
});
