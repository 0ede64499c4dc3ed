// End to end: the import review in the real window. The Import button's file
// dialog is answered by GEOTIMELINE_OPEN (a folder here, expanded to the article
// files it holds when previewed); the sheet shows what would be imported, nothing
// is stored on Escape, and the language and date chosen in it are the article's.
// Screenshots of the sheet with one row and with fifty, in French and English,
// go to .e2e/ (and to REVIEW_SHOTS when set).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchApp } from "./webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const application = process.env.GEOTIMELINE_APP ?? path.join(target, "debug/geotimeline-app");
const shots = path.join(root, ".e2e");
const dir = mkdtempSync(path.join(tmpdir(), "geotimeline-review-"));
const folder = path.join(dir, "articles");
let app;

const KYIV =
  "Biden in Kyiv\n\nPresident Joe Biden arrived in Kyiv on Monday, February 20, 2023, for talks with his Ukrainian counterpart, " +
  "Volodymyr Zelenskyy. The visit had not been announced.\n";

before(async () => {
  mkdirSync(shots, { recursive: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "kyiv.txt"), KYIV);
  process.env.GEOTIMELINE_OPEN = folder;
  app = await launchApp(application, { freshProfile: true });
});

after(async () => {
  if (app) {
    await app.session.close();
    app.stop();
  }
  rmSync(dir, { recursive: true, force: true });
});

async function shot(s, name) {
  // Under Xvfb the webview paints a moment after the DOM changed.
  await new Promise((r) => setTimeout(r, 800));
  const file = path.join(shots, `${name}.png`);
  await s.screenshot(file);
  if (process.env.REVIEW_SHOTS) {
    mkdirSync(process.env.REVIEW_SHOTS, { recursive: true });
    copyFileSync(file, path.join(process.env.REVIEW_SHOTS, `${name}.png`));
  }
}

const articleCount = async (s) => Number((await s.text(await s.find('[data-testid="workspace-counts"]'))).match(/(\d+)\s+article/)[1]);

async function setLang(s, lang) {
  await s.execute(`[...document.querySelectorAll('.lang button')].find((b) => b.textContent === '${lang.toUpperCase()}').click()`);
}

async function openSheet(s, rows) {
  await s.click(await s.find('[data-testid="import-button"]'));
  return s.waitFor(`the review sheet with ${rows} rows`, async () => ((await s.findAll('[data-testid="review-row"]')).length === rows ? true : null));
}

/** What the workspace stores, asked through the same IPC the window uses. */
async function articles(s) {
  await s.execute(`window.__reviewArticles = null; window.__TAURI_INTERNALS__.invoke('list_articles').then((a) => (window.__reviewArticles = a))`);
  return s.waitFor("the stored articles", () => s.execute(`return window.__reviewArticles`));
}

test("a chosen file is reviewed before it is stored: Escape stores nothing, the language and date chosen are the article's", async () => {
  const s = app.session;
  await s.waitFor("the sample", async () => ((await s.findAll('[data-testid="event-item"]')).length >= 10 ? true : null), 60000);
  assert.equal(await articleCount(s), 5);
  await setLang(s, "fr");

  await openSheet(s, 1);
  const row = await s.execute(`
    const row = document.querySelector('[data-testid="review-row"]');
    return {
      file: row.querySelector('th').textContent,
      title: row.querySelector('[data-testid="review-title"]').value,
      language: row.querySelector('[data-testid="review-language"]').value,
      date: row.querySelector('[data-testid="review-published"]').value,
      proposed: row.querySelector('[data-testid="review-proposed"]')?.textContent ?? null,
      run: document.querySelector('[data-testid="review-import"]').textContent,
    };
  `);
  assert.deepEqual(row, { file: "kyiv.txt", title: "Biden in Kyiv", language: "en", date: "2023-02-20", proposed: "proposée", run: "Importer (1 fichier)" });
  await shot(s, "review-1-fr");

  // Escape closes the sheet and nothing is stored.
  await s.keys("\uE00C");
  await s.waitFor("the sheet closed", async () => ((await s.findAll('[data-testid="import-review"]')).length === 0 ? true : null));
  assert.equal(await articleCount(s), 5);
  assert.equal((await articles(s)).length, 5);

  await setLang(s, "en");
  await openSheet(s, 1);
  await shot(s, "review-1-en");
  // The user reads it as French, published the day after the visit.
  await s.execute(`
    const row = document.querySelector('[data-testid="review-row"]');
    const language = row.querySelector('[data-testid="review-language"]');
    language.value = 'fr';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    const date = row.querySelector('[data-testid="review-published"]');
    date.value = '2023-02-21';
    date.dispatchEvent(new Event('input', { bubbles: true }));
  `);
  await s.click(await s.find('[data-testid="review-import"]'));
  const report = await s.waitFor("the import report", async () => {
    const found = await s.findAll('[data-testid="import-report"]');
    return found.length ? s.text(found[0]) : null;
  });
  assert.match(report, /^1 article imported/);
  assert.equal((await s.findAll('[data-testid="import-review"]')).length, 0);
  await s.waitFor("six articles", async () => ((await articleCount(s)) === 6 ? true : null));
  const stored = (await articles(s)).find((a) => a.file_name === "kyiv.txt");
  assert.deepEqual({ language: stored.language, published: stored.published, title: stored.title }, { language: "fr", published: "2023-02-21", title: "Biden in Kyiv" });
});

test("fifty files stay legible: the stored one and the unreadable one are skipped with why, a file with no date waits for one", async () => {
  const s = app.session;
  writeFileSync(path.join(folder, "empty.txt"), "");
  writeFileSync(path.join(folder, "undated.txt"), "Talks in Geneva\n\nThe delegations met on Tuesday in Geneva.\n");
  for (let i = 1; i <= 47; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    writeFileSync(
      path.join(folder, `depeche-${String(i).padStart(2, "0")}.md`),
      `# Dépêche ${i} : sommet à Bruxelles\n\nLe ${Number(day)} mars 2024, les ministres européens se sont réunis à Bruxelles pour la ${i}e fois.\n`,
    );
  }
  await openSheet(s, 50);
  const state = await s.execute(`
    return {
      skipped: [...document.querySelectorAll('[data-testid="review-skip"]')].map((e) => e.textContent.replace(/\\s+/g, ' ').trim()),
      missing: document.querySelector('[data-testid="review-missing"]')?.textContent ?? null,
      disabled: document.querySelector('[data-testid="review-import"]').disabled,
      run: document.querySelector('[data-testid="review-import"]').textContent,
    };
  `);
  assert.equal(state.skipped.length, 2, state.skipped.join(" | "));
  assert.match(state.skipped[0], /^Unreadable: skipped .*empty\.txt: the file is empty$/);
  assert.equal(state.skipped[1], "Already in the workspace: skipped");
  assert.equal(state.missing, "1 article without a publication date: enter it to import.");
  assert.equal(state.disabled, true);
  assert.equal(state.run, "Import (48 files)");
  // The sheet fits the window; its rows scroll inside it.
  const fit = await s.execute(`
    const sheet = document.querySelector('[data-testid="import-review"]').getBoundingClientRect();
    const rows = document.querySelector('[data-testid="import-review"] .rows');
    const button = document.querySelector('[data-testid="review-import"]').getBoundingClientRect();
    return { inside: sheet.top >= 0 && sheet.bottom <= innerHeight && button.bottom <= sheet.bottom, scrolls: rows.scrollHeight > rows.clientHeight };
  `);
  assert.deepEqual(fit, { inside: true, scrolls: true });
  await shot(s, "review-50-en");
  // Scrolled to its end: the file with no date, the unreadable one and the one already stored.
  await s.execute(`const rows = document.querySelector('[data-testid="import-review"] .rows'); rows.scrollTop = rows.scrollHeight;`);
  await shot(s, "review-50-en-end");
  await s.click(await s.find('[data-testid="review-cancel"]'));
  await setLang(s, "fr");
  await openSheet(s, 50);
  await shot(s, "review-50-fr");
  await s.keys("\uE00C");
  // And in the dark theme, scrolled to its end.
  await s.click(await s.find('[data-testid="theme-toggle"]'));
  await openSheet(s, 50);
  await s.execute(`const rows = document.querySelector('[data-testid="import-review"] .rows'); rows.scrollTop = rows.scrollHeight;`);
  await shot(s, "review-50-fr-dark-end");
  await s.keys("\uE00C");
  await s.waitFor("the sheet closed", async () => ((await s.findAll('[data-testid="import-review"]')).length === 0 ? true : null));
  assert.equal(await articleCount(s), 6);
});
