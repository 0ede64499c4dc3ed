// End to end: the edits of issue 17 in the real window: undo and redo (keys and
// header buttons, and after a restart on the same workspace), the verified mark,
// merging two events then splitting them back, and a place added from the
// knowledge base's search kept after a restart.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchApp, countBefore } from "./webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const application = path.join(target, "debug/geotimeline-app");
const shots = path.join(root, ".e2e");
// The workspace outlives a launch: the restart test opens it again.
const dir = mkdtempSync(path.join(tmpdir(), "geotimeline-edits-"));
const db = path.join(dir, "workspace.sqlite");
let app;

const launch = () => launchApp(application, { db, freshProfile: true });
/** Waits for an element to appear (the window answers clicks asynchronously). */
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

const panelTitle = (s) => s.execute(`return document.querySelector('[data-testid="event-panel"] h2')?.textContent ?? null`);
const panelArticles = (s) => s.execute(`return [...document.querySelectorAll('[data-testid="event-panel"] [data-testid="source"]')].map((li) => Number(li.dataset.article))`);
const itemIds = (s) => s.execute(`return [...document.querySelectorAll('[data-testid="event-item"]')].map((e) => Number(e.dataset.eventId))`);
const eventCount = async (s) => countBefore(await s.text(await s.find('[data-testid="workspace-counts"]')), "événement");

/** Opens an event through the timeline's list of event buttons, as a keyboard user would. */
async function open(s, id) {
  await s.execute(`document.querySelector('[data-testid="event-item"][data-event-id="${id}"]').click()`);
  await s.waitFor(`event ${id} in the panel`, async () => (await s.execute(`return document.querySelector('[data-testid="event-panel"]').dataset.shownEvent`)) === String(id));
}

/** The 20 June visit to Hanoi, reported by at least three articles. */
async function hanoi(s) {
  const items = await s.waitFor("the sample's events", async () => ((await itemIds(s)).length >= 10 ? true : null));
  assert.ok(items);
  return Number(
    await s.execute(`
      const item = [...document.querySelectorAll('[data-testid="event-item"]')]
        .find((el) => /Hanoi/.test(el.getAttribute('aria-label')) && el.dataset.eventType === 'visit' && /20 juin 2024/.test(el.getAttribute('aria-label')));
      return item.dataset.eventId;
    `),
  );
}

test("a correction is undone with Ctrl+Z and redone with Ctrl+Shift+Z, not while typing in a field", async () => {
  const s = app.session;
  const id = await hanoi(s);
  await open(s, id);
  const before = await panelTitle(s);
  await s.click(await s.find('[data-testid="edit-event"]'));
  await s.execute(`
    const title = document.querySelector('[data-testid="edit-title"]');
    title.value = 'Arrivée de Poutine à Hanoï';
    title.dispatchEvent(new Event('input', { bubbles: true }));
  `);
  await s.click(await s.find('[data-testid="save-event"]'));
  await s.waitFor("the corrected title", async () => (await panelTitle(s)) === "Arrivée de Poutine à Hanoï");
  const undoTip = await s.waitFor("the Undo button naming the correction", async () => {
    const tip = await s.attribute(await s.find('[data-testid="undo-button"]'), "title");
    return /correction de l’événement/.test(tip) ? tip : null;
  });
  assert.match(undoTip, new RegExp(`événement ${id} \\(titre\\)`));

  // In the search field Ctrl+Z is the field's own: the correction stays.
  await s.execute(`document.querySelector('[data-testid="search"]').focus()`);
  await s.keys("Control", "z");
  await new Promise((r) => setTimeout(r, 800));
  assert.equal(await panelTitle(s), "Arrivée de Poutine à Hanoï");

  await s.execute(`document.activeElement.blur()`);
  await s.keys("Control", "z");
  await s.waitFor("the title back after Ctrl+Z", async () => (await panelTitle(s)) === before);
  // The timeline follows too.
  await s.waitFor("the timeline's title back", async () => {
    const label = await s.execute(`return document.querySelector('[data-testid="event-item"][data-event-id="${id}"]').getAttribute('aria-label')`);
    return !label.startsWith("Arrivée de Poutine");
  });
  assert.match(await s.text(await s.find('[data-testid="history-notice"]')), /^Annulé : correction/);
  await s.screenshot(path.join(shots, "10-undone.png"));

  await s.keys("Control", "Shift", "z");
  await s.waitFor("the correction again after Ctrl+Shift+Z", async () => (await panelTitle(s)) === "Arrivée de Poutine à Hanoï");
  await s.keys("Control", "z");
  await s.waitFor("undone again", async () => (await panelTitle(s)) === before);
  await s.keys("Control", "y");
  await s.waitFor("the correction again after Ctrl+Y", async () => (await panelTitle(s)) === "Arrivée de Poutine à Hanoï");
});

test("an event is marked verified, shows it, and the header's Undo unmarks it", async () => {
  const s = app.session;
  const id = await hanoi(s);
  await open(s, id);
  assert.equal((await s.findAll('[data-testid="verified-badge"]')).length, 0);
  await s.click(await s.find('[data-testid="verify-toggle"]'));
  const badge = await s.waitFor("the verified mark", async () => (await s.findAll('[data-testid="verified-badge"]'))[0] ?? null);
  assert.match(await s.text(badge), /Vérifié/);
  assert.equal(await s.attribute(await s.find('[data-testid="verify-toggle"]'), "aria-pressed"), "true");
  const itemLabel = () => s.execute(`return document.querySelector('[data-testid="event-item"][data-event-id="${id}"]').getAttribute('aria-label')`);
  await s.waitFor("the timeline's item marked verified", async () => (await itemLabel()).endsWith("(vérifié)"));
  await s.screenshot(path.join(shots, "11-verified.png"));
  const undo = await s.find('[data-testid="undo-button"]');
  assert.match(await s.attribute(undo, "title"), new RegExp(`événement ${id} marqué vérifié`));
  await s.click(undo);
  await s.waitFor("the mark gone after Undo", async () => (await s.findAll('[data-testid="verified-badge"]')).length === 0);
  await s.waitFor("the timeline's mark gone after Undo", async () => !(await itemLabel()).endsWith("(vérifié)"));
  assert.match(await s.attribute(await s.find('[data-testid="redo-button"]'), "title"), /Rétablir : événement \d+ marqué vérifié/);
});

test("two events are merged into the open one and split back", async () => {
  const s = app.session;
  const id = await hanoi(s);
  await open(s, id);
  const own = await panelArticles(s);
  // Another event reported by an article the Hanoi visit is not: its sources can be split back off.
  let other = null;
  let theirs = null;
  for (const candidate of await itemIds(s)) {
    if (candidate === id) continue;
    await open(s, candidate);
    const articles = await panelArticles(s);
    if (articles.some((a) => !own.includes(a))) {
      [other, theirs] = [candidate, articles];
      break;
    }
  }
  assert.ok(other, "no event of the sample is reported by another article than the Hanoi visit's");
  const count = await eventCount(s);

  await open(s, id);
  await s.click(await s.find('[data-testid="merge-event"]'));
  await el(s, '[data-testid="merge-dialog"]');
  await s.click(await el(s, `[data-testid="merge-candidate"][data-event-id="${other}"]`));
  await s.screenshot(path.join(shots, "12-merge-dialog.png"));
  await s.click(await s.find('[data-testid="merge-run"]'));
  await s.waitFor("the dialog closed", async () => (await s.findAll('[data-testid="merge-dialog"]')).length === 0);
  // The kept event is open with both events' sources; the other is gone.
  const merged = await s.waitFor("the merged sources", async () => {
    const articles = await panelArticles(s);
    return articles.length === own.length + theirs.length ? articles : null;
  });
  for (const a of theirs) assert.ok(merged.includes(a), `article ${a} of event ${other} is not in the merged event`);
  await s.waitFor("one event fewer", async () => (await eventCount(s)) === count - 1 && !(await itemIds(s)).includes(other));
  await s.screenshot(path.join(shots, "13-merged.png"));

  // Split the other event's articles back off.
  const moving = theirs.filter((a) => !own.includes(a));
  await s.click(await s.find('[data-testid="split-event"]'));
  await el(s, '[data-testid="split-dialog"]');
  for (const a of moving) await s.click(await s.find(`[data-testid="split-source"][data-article="${a}"]`));
  await s.screenshot(path.join(shots, "14-split-dialog.png"));
  await s.click(await s.find('[data-testid="split-run"]'));
  await s.waitFor("the dialog closed", async () => (await s.findAll('[data-testid="split-dialog"]')).length === 0);
  // The new event opens with the moved sources; the kept one has its own back.
  const split = await s.waitFor("the new event's sources", async () => {
    const articles = await panelArticles(s);
    return articles.every((a) => moving.includes(a)) ? articles : null;
  });
  assert.deepEqual([...new Set(split)].sort(), [...moving].sort());
  await s.waitFor("the event count back", async () => (await eventCount(s)) === count);
  await open(s, id);
  assert.deepEqual([...new Set(await panelArticles(s))].sort(), [...new Set(own)].sort());
  await s.screenshot(path.join(shots, "15-split.png"));
});

test("after a restart on the same workspace, Ctrl+Z undoes the last session's split, then its merge", async () => {
  const count = await eventCount(app.session);
  await quit();
  app = await launch();
  const s = app.session;
  await s.waitFor("the events", async () => ((await itemIds(s)).length >= 10 ? true : null));
  const undo = await s.waitFor("the Undo button naming the split", async () => {
    const el = await s.find('[data-testid="undo-button"]');
    return /séparation de l’événement/.test(await s.attribute(el, "title")) ? el : null;
  });
  assert.ok(undo);
  await s.execute(`document.activeElement?.blur?.()`);
  await s.keys("Control", "z");
  await s.waitFor("the split undone", async () => (await eventCount(s)) === count - 1);
  await s.keys("Control", "z");
  await s.waitFor("the merge undone", async () => (await eventCount(s)) === count);
  await s.screenshot(path.join(shots, "16-restart-undone.png"));
});

test("a passage selected in the article reader becomes a new event, which Ctrl+Z takes back", async () => {
  const s = app.session;
  const count = await eventCount(s);
  await open(s, await hanoi(s));
  await s.click((await s.findAll('[data-testid="read-article"]'))[0]);
  await el(s, '[data-testid="article-reader"]');
  // Select the first sentence of a plain stretch of the text, as a drag of the mouse would.
  const passage = await s.execute(`
    const body = document.querySelector('[data-testid="article-reader"] .body');
    const sentence = /[A-ZÀ-Ý][^.\\n]{30,}\\./;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && (node.parentElement !== body || !sentence.test(node.textContent))) node = walker.nextNode();
    if (!node) return { texts: [...body.childNodes].map((n) => n.nodeName + ':' + (n.textContent ?? '').slice(0, 60)) };
    const match = sentence.exec(node.textContent);
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(range);
    return match[0];
  `);
  assert.equal(typeof passage, "string", JSON.stringify(passage));
  await s.click(await s.waitFor("the button on the selection", async () => (await s.findAll('[data-testid="add-from-selection"]'))[0] ?? null));
  await el(s, '[data-testid="add-event-form"]');
  assert.equal(await s.text(await s.find('[data-testid="add-event-quote"]')), passage);
  await s.execute(`
    const type = document.querySelector('[data-testid="add-event-type"]');
    type.value = 'statement';
    type.dispatchEvent(new Event('change', { bubbles: true }));
  `);
  await s.screenshot(path.join(shots, "17-add-from-selection.png"));
  await s.click(await s.find('[data-testid="add-event-run"]'));
  const quote = await s.waitFor("the new event open with the passage as its source", async () => {
    const found = await s.findAll('[data-testid="event-panel"] [data-testid="source-quote"]');
    return found.length === 1 ? s.text(found[0]) : null;
  });
  assert.equal(quote, passage);
  await s.waitFor("one event more", async () => (await eventCount(s)) === count + 1);
  await s.execute(`document.activeElement?.blur?.()`);
  await s.keys("Control", "z");
  await s.waitFor("the addition undone", async () => (await eventCount(s)) === count);
  assert.equal(await s.execute(`return document.querySelector('[data-testid="event-panel"] h2')`), null);
});

test("a place found by the search is added to an event from the keyboard, and is still there after a restart", async () => {
  const s = app.session;
  const id = await hanoi(s);
  await open(s, id);
  const placesShown = () => s.execute(`return document.querySelector('[data-testid="event-places"]')?.textContent ?? ''`);
  assert.doesNotMatch(await placesShown(), /Moscou/);
  await s.click(await s.find('[data-testid="edit-event"]'));
  await el(s, '[data-testid="places-input"]');
  const chips = () => s.execute(`return [...document.querySelectorAll('[data-testid="places-chip"] .chip-name')].map((c) => c.textContent)`);
  const own = await chips();
  assert.ok(own.includes("Hanoï"), own.join(", "));
  await s.execute(`
    const input = document.querySelector('[data-testid="places-input"]');
    input.focus();
    input.value = 'mosc';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  `);
  const first = await s.waitFor("the search's suggestions", async () => {
    const options = await s.execute(`return [...document.querySelectorAll('[data-testid="places-option"] .chip-name')].map((o) => o.textContent)`);
    return options.length ? options[0] : null;
  });
  assert.equal(first, "Moscou");
  await s.screenshot(path.join(shots, "18-place-suggestions.png"));
  // Enter takes the highlighted suggestion; it does not submit the form.
  await s.keys("\uE007");
  await s.waitFor("the Moscow chip", async () => (await chips()).join("|") === [...own, "Moscou"].join("|"));
  assert.equal((await s.findAll('[data-testid="edit-form"]')).length, 1);
  await s.click(await s.find('[data-testid="save-event"]'));
  await s.waitFor("Moscow among the event's places", async () => /Hanoï.*Moscou/.test(await placesShown()));
  await s.screenshot(path.join(shots, "19-place-added.png"));

  await quit();
  app = await launch();
  const again = app.session;
  await open(again, await hanoi(again));
  await again.waitFor("Moscow still there after the restart", async () =>
    /Hanoï.*Moscou/.test(await again.execute(`return document.querySelector('[data-testid="event-places"]')?.textContent ?? ''`)),
  );
  assert.match(await again.attribute(await again.find('[data-testid="undo-button"]'), "title"), /lieux/);
});
