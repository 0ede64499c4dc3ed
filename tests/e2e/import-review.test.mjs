// End to end: the import review in the real window. The Import button's file
// dialog is answered by GEOTIMELINE_OPEN (a folder here, expanded to the article
// files it holds when previewed); the sheet shows what would be imported, nothing
// is stored on Escape, and the language and date chosen in it are the article's.
// The folder button reviews a folder's PDFs (a text one imported, a scan
// refused), and a pasted article (HTML, through the paste sheet) goes through
// the same review to the workspace. Thirty generated articles import with a
// progress bar and a summary, and an import cancelled mid-way keeps exactly the
// files it reports imported. GEOTIMELINE_IMPORT_FILE_DELAY_MS, a test hook of
// the app, pauses 150 ms before each imported file so the progress can be seen
// and cancelled. Screenshots of the sheets, in French and English, go to .e2e/
// (and to REVIEW_SHOTS when set). TAURI_DRIVER_PORT runs it beside other tests.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchApp, countBefore } from "./webdriver.mjs";

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
  process.env.GEOTIMELINE_IMPORT_FILE_DELAY_MS = "150";
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

const articleCount = async (s) => countBefore(await s.text(await s.find('[data-testid="workspace-counts"]')), "article");

async function setLang(s, lang) {
  await s.execute(`[...document.querySelectorAll('.lang button')].find((b) => b.textContent === '${lang.toUpperCase()}').click()`);
}

/** The import's summary in the sheet, read, then the sheet closed with its Close button. */
async function closeSummary(s) {
  const summary = await s.waitFor("the import summary", async () => {
    const found = await s.findAll('[data-testid="summary-imported"]');
    return found.length ? s.text(found[0]) : null;
  }, 60000);
  await s.click(await s.find('[data-testid="summary-close"]'));
  await s.waitFor("the sheet closed", async () => ((await s.findAll('[data-testid="import-review"]')).length === 0 ? true : null));
  return summary;
}

async function openSheet(s, rows) {
  await s.click(await s.find('[data-testid="import-button"]'));
  // The sheet draws only the rows in view: its table counts them all.
  return s.waitFor(`the review sheet with ${rows} rows`, async () =>
    (await s.execute(`return document.querySelector('[data-testid="review-table"]')?.dataset.rows ?? null`)) === String(rows) ? true : null,
  );
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
  assert.match(await closeSummary(s), /^1 file imported, \d+ events? found$/);
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
  // Only the rows in view are drawn; scrolled to its end, the last ones are, under the same header.
  const top = await s.execute(`return [...document.querySelectorAll('[data-testid="review-row"]')].map((r) => r.querySelector('th').textContent)`);
  assert.ok(top.length < 50 && top[0] === "depeche-01.md", top.join(" "));
  await s.execute(`const rows = document.querySelector('[data-testid="import-review"] .rows'); rows.scrollTop = rows.scrollHeight; rows.dispatchEvent(new Event('scroll'));`);
  await s.waitFor("the last rows drawn", async () =>
    (await s.execute(`return [...document.querySelectorAll('[data-testid="review-row"]')].at(-1)?.querySelector('th').textContent ?? null`)) === "undated.txt" ? true : null,
  );
  const state = await s.execute(`
    return {
      skipped: [...document.querySelectorAll('[data-testid="review-skip"]')].map((e) => e.textContent.replace(/\\s+/g, ' ').trim()),
      missing: document.querySelector('[data-testid="review-missing"]')?.textContent ?? null,
      disabled: document.querySelector('[data-testid="review-import"]').disabled,
      run: document.querySelector('[data-testid="review-import"]').textContent,
    };
  `);
  assert.equal(state.skipped.length, 2, state.skipped.join(" | "));
  assert.equal(state.skipped[0], "Unreadable: skipped the file is empty");
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

/**
 * A one-page PDF as a writer makes it: Helvetica in WinAnsiEncoding (Latin-1 for
 * these accents), a 16 pt title, then 11 pt lines 14 pt apart, paragraphs a
 * line's gap apart; `ops` replaces the text (a scan: a grey box, no text).
 */
function pdf(title, paragraphs, ops = null) {
  const esc = (t) => t.replace(/[\\()]/g, (c) => `\\${c}`);
  let content = `BT /F1 16 Tf 72 760 Td (${esc(title)}) Tj /F1 11 Tf`;
  let gap = 32;
  for (const lines of paragraphs) {
    for (const line of lines) {
      content += ` 0 -${gap} Td (${esc(line)}) Tj`;
      gap = 14;
    }
    gap = 28;
  }
  content = ops ?? `${content} ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out, "latin1");
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

/** The last import's report closed, so the next one read is the next import's. */
async function dismissReport(s) {
  await s.execute(`document.querySelector('[data-testid="import-report"] .dismiss')?.click()`);
  await s.waitFor("no import report", async () => ((await s.findAll('[data-testid="import-report"]')).length === 0 ? true : null));
}

const HANOI_PDF = pdf("Poutine à Hanoï après Pyongyang", [
  ["Le président russe Vladimir Poutine est arrivé jeudi à Ha-", "noï, au lendemain de sa visite en Corée du Nord. Il a été reçu", "par le président vietnamien To Lam."],
  ["Le 19 juin 2024, il avait signé à Pyongyang un accord de défense", "mutuelle avec Kim Jong Un."],
]);

test("the folder button reviews a folder's PDFs: the one with text is imported with its events, the scan is refused with why", async () => {
  const s = app.session;
  // The folder now holds the stored kyiv.txt, a PDF with text and a scan.
  for (const name of readdirSync(folder)) if (name !== "kyiv.txt") rmSync(path.join(folder, name));
  writeFileSync(path.join(folder, "hanoi.pdf"), HANOI_PDF);
  writeFileSync(path.join(folder, "scan.pdf"), pdf("", [], "q 0.5 g 72 300 450 450 re f Q"));
  await setLang(s, "fr");
  await dismissReport(s);
  const before = await articleCount(s);
  await s.click(await s.find('[data-testid="import-folder-button"]'));
  await s.waitFor("the review sheet with 3 rows", async () => ((await s.findAll('[data-testid="review-row"]')).length === 3 ? true : null));
  const rows = await s.execute(`
    return [...document.querySelectorAll('[data-testid="review-row"]')].map((row) => ({
      file: row.querySelector('th').textContent,
      title: row.querySelector('[data-testid="review-title"]')?.value ?? null,
      date: row.querySelector('[data-testid="review-published"]')?.value ?? null,
      proposed: !!row.querySelector('[data-testid="review-proposed"]'),
      skip: row.querySelector('[data-testid="review-skip"]')?.textContent.replace(/\\s+/g, ' ').trim() ?? null,
    }));
  `);
  assert.deepEqual(rows[0], { file: "hanoi.pdf", title: "Poutine à Hanoï après Pyongyang", date: "2024-06-19", proposed: true, skip: null });
  assert.equal(rows[1].file, "kyiv.txt");
  assert.equal(rows[1].skip, "Déjà dans l’espace de travail : ignoré");
  assert.equal(rows[2].file, "scan.pdf");
  assert.match(rows[2].skip, /^Illisible : ignoré le PDF n’a pas de couche de texte \(une image numérisée \?\).*\(OCR\)$/);
  assert.equal(await s.text(await s.find('[data-testid="review-import"]')), "Importer (1 fichier)");
  await shot(s, "review-pdf-fr");
  await s.click(await s.find('[data-testid="review-import"]'));
  const report = await s.waitFor("the import report", async () => {
    const found = await s.findAll('[data-testid="import-report"]');
    return found.length ? s.text(found[0]) : null;
  });
  assert.match(report, /^1 article importé : [2-9] nouveaux événements/);
  assert.match(await closeSummary(s), /^1 fichier importé, [2-9]\d* événements trouvés$/);
  await s.waitFor("one more article", async () => ((await articleCount(s)) === before + 1 ? true : null));
  const stored = (await articles(s)).find((a) => a.file_name === "hanoi.pdf");
  assert.equal(stored.title, "Poutine à Hanoï après Pyongyang");
  assert.equal(stored.published, "2024-06-19");
});

const PAGE =
  '<html lang="en"><head><title>Macron meets Scholz in Berlin</title><meta property="og:site_name" content="Wire"></head><body>' +
  '<nav><a href="/">Home</a> | Subscribe now</nav><article><h1>Macron meets Scholz in Berlin</h1>' +
  "<p>French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday, February 11, 2025, to prepare the European summit in March.</p>" +
  "<p>The two leaders signed a joint declaration on defence.</p></article><footer>All rights reserved.</footer></body></html>";

test("a pasted article goes through the same review to the workspace; an empty paste is refused", async () => {
  const s = app.session;
  await dismissReport(s);
  const before = await articleCount(s);
  // The button opens the sheet (the clipboard is empty here): an empty paste is refused.
  await s.click(await s.find('[data-testid="paste-button"]'));
  await s.find('[data-testid="paste-sheet"]');
  await s.click(await s.find('[data-testid="paste-review"]'));
  assert.equal(await s.text(await s.find('[data-testid="paste-error"]')), "Rien à importer : le texte collé est vide.");
  await shot(s, "paste-empty-fr");
  await s.keys("\uE00C");
  await s.waitFor("the paste sheet closed", async () => ((await s.findAll('[data-testid="paste-sheet"]')).length === 0 ? true : null));

  // A paste outside any field, as a browser sends it with a page copied from another: its HTML flavour fills the sheet.
  await setLang(s, "en");
  await s.execute(`
    document.activeElement?.blur();
    const data = new DataTransfer();
    data.setData('text/plain', 'Macron meets Scholz in Berlin');
    data.setData('text/html', arguments[0]);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  `, [PAGE]);
  await s.find('[data-testid="paste-sheet"]');
  const sheet = await s.execute(`return {
    text: document.querySelector('[data-testid="paste-text"]').value,
    kind: document.querySelector('[data-testid="paste-kind"]').textContent,
    focused: document.activeElement === document.querySelector('[data-testid="paste-text"]'),
  }`);
  assert.deepEqual(sheet, { text: PAGE, kind: "HTML: reduced to the article’s text, as an imported page is", focused: true });
  await shot(s, "paste-html-en");
  await setLang(s, "fr");
  await shot(s, "paste-html-fr");
  await s.click(await s.find('[data-testid="paste-review"]'));
  await s.waitFor("the review sheet with the pasted article", async () => ((await s.findAll('[data-testid="review-row"]')).length === 1 ? true : null));
  assert.equal((await s.findAll('[data-testid="paste-sheet"]')).length, 0);
  const row = await s.execute(`
    const row = document.querySelector('[data-testid="review-row"]');
    return {
      file: row.querySelector('th').textContent,
      title: row.querySelector('[data-testid="review-title"]').value,
      outlet: row.querySelector('[data-testid="review-outlet"]').value,
      language: row.querySelector('[data-testid="review-language"]').value,
      date: row.querySelector('[data-testid="review-published"]').value,
      proposed: !!row.querySelector('[data-testid="review-proposed"]'),
    };
  `);
  assert.deepEqual(row, { file: "pasted.html", title: "Macron meets Scholz in Berlin", outlet: "Wire", language: "en", date: "2025-02-11", proposed: true });
  await shot(s, "review-paste-fr");
  await s.execute(`
    const date = document.querySelector('[data-testid="review-published"]');
    date.value = '2025-02-12';
    date.dispatchEvent(new Event('input', { bubbles: true }));
  `);
  await s.click(await s.find('[data-testid="review-import"]'));
  const report = await s.waitFor("the import report", async () => {
    const found = await s.findAll('[data-testid="import-report"]');
    return found.length ? s.text(found[0]) : null;
  });
  assert.match(report, /^1 article importé : [1-9]/);
  await s.waitFor("one more article", async () => ((await articleCount(s)) === before + 1 ? true : null));
  const stored = (await articles(s)).find((a) => a.file_name === "pasted.html");
  assert.deepEqual({ title: stored.title, outlet: stored.outlet, language: stored.language, published: stored.published }, { title: "Macron meets Scholz in Berlin", outlet: "Wire", language: "en", published: "2025-02-12" });
  // Its events are in the workspace, and its text is the article's, not the page's menus.
  await s.execute(`window.__pasted = null; window.__TAURI_INTERNALS__.invoke('list_article_mentions', { id: arguments[0] }).then((m) => (window.__pasted = m))`, [stored.id]);
  const mentions = await s.waitFor("the pasted article's events", () => s.execute(`return window.__pasted`));
  assert.ok(mentions.length >= 1, JSON.stringify(mentions));
  await s.execute(`window.__pastedText = null; window.__TAURI_INTERNALS__.invoke('get_article', { id: arguments[0] }).then((a) => (window.__pastedText = a.text))`, [stored.id]);
  const text = await s.waitFor("the pasted article's text", () => s.execute(`return window.__pastedText`));
  assert.match(text, /French President Emmanuel Macron met German Chancellor Olaf Scholz/);
  assert.doesNotMatch(text, /Subscribe now|<p>/);

  // Ctrl+V outside a text field opens the sheet too (filled from the clipboard when the webview allows reading it).
  await s.execute(`document.activeElement?.blur()`);
  await s.keys("Control", "v");
  await s.find('[data-testid="paste-sheet"]');
  await s.keys("\uE00C");
  await s.waitFor("the paste sheet closed", async () => ((await s.findAll('[data-testid="paste-sheet"]')).length === 0 ? true : null));
});

const CITIES = ["Berlin", "Madrid", "Rome", "Lisbonne", "Varsovie", "Vienne", "Athènes", "Dublin", "Prague", "Budapest", "Oslo", "Helsinki", "Tallinn", "Riga", "Vilnius"];

/** `n` small French dispatches named `prefix-NN.txt`, each of a meeting in its own city and day. */
function dispatches(prefix, n, month) {
  for (const name of readdirSync(folder)) rmSync(path.join(folder, name), { recursive: true, force: true });
  for (let i = 1; i <= n; i++) {
    const city = CITIES[i % CITIES.length];
    writeFileSync(
      path.join(folder, `${prefix}-${String(i).padStart(2, "0")}.txt`),
      `Rencontre à ${city}\n\nLe ministre français des Affaires étrangères a rencontré le ${((i - 1) % 28) + 1} ${month} 2023 à ${city} son homologue, ` +
        `a annoncé le ministère dans un communiqué (dépêche ${prefix} ${i}).\n`,
    );
  }
}

/** The progress shown, once it has reached at least `files` files done. */
async function progressAt(s, files) {
  return s.waitFor(`the progress past ${files} files`, async () => {
    const state = await s.execute(`
      const el = (id) => document.querySelector('[data-testid="' + id + '"]');
      if (!el('import-progress')) return null;
      return { files: el('progress-files').textContent, events: el('progress-events').textContent, current: el('progress-current').textContent.trim(),
               done: Number(document.querySelector('[role="progressbar"]').getAttribute('aria-valuenow')), width: document.querySelector('.fill').style.width,
               cancel: el('import-cancel').textContent };
    `);
    return state && state.done >= files ? state : null;
  }, 30000);
}

test("thirty generated articles import with a progress bar, then a summary; the window stays responsive", async () => {
  const s = app.session;
  await dismissReport(s);
  await setLang(s, "fr");
  dispatches("depeche", 30, "mars");
  const before = await articleCount(s);
  await openSheet(s, 30);
  await s.click(await s.find('[data-testid="review-import"]'));
  const progress = await progressAt(s, 3);
  assert.match(progress.files, /^\d+ fichiers? sur 30$/);
  assert.match(progress.events, /^\d+ événements? trouvés?$/);
  assert.match(progress.current, /^En cours : depeche-\d\d\.txt$/);
  assert.equal(progress.cancel, "Annuler l’import");
  // The UI thread is free: the window answers a script while the import runs.
  const t0 = Date.now();
  assert.equal(await s.execute(`return 1 + 1`), 2);
  assert.ok(Date.now() - t0 < 2000, "the window answered at once");
  await shot(s, "progress-fr");
  await setLang(s, "en");
  const english = await progressAt(s, 8);
  assert.match(english.files, /^\d+ of 30 files$/);
  assert.equal(english.cancel, "Cancel import");
  await shot(s, "progress-en");
  const summary = await s.waitFor("the summary", async () => {
    const found = await s.findAll('[data-testid="import-summary"]');
    return found.length ? s.text(found[0]) : null;
  }, 60000);
  assert.match(summary, /^30 files imported, \d+ events found$/);
  assert.equal(await s.text(await s.find('[data-testid="import-review"] h2')), "Import finished");
  await shot(s, "progress-summary-en");
  await setLang(s, "fr");
  await shot(s, "progress-summary-fr");
  assert.match(await closeSummary(s), /^30 fichiers importés, [1-9]\d* événements trouvés$/);
  await s.waitFor("thirty more articles", async () => ((await articleCount(s)) === before + 30 ? true : null));
});

test("an import cancelled mid-way keeps exactly the files it reports imported", async () => {
  const s = app.session;
  await dismissReport(s);
  await setLang(s, "fr");
  dispatches("annule", 40, "avril");
  const before = await articleCount(s);
  await openSheet(s, 40);
  await s.click(await s.find('[data-testid="review-import"]'));
  await progressAt(s, 4);
  await s.click(await s.find('[data-testid="import-cancel"]'));
  const summary = await s.waitFor("the summary of the cancelled import", async () => {
    const state = await s.execute(`
      const el = (id) => document.querySelector('[data-testid="' + id + '"]');
      if (!el('import-summary')) return null;
      return { title: document.querySelector('[data-testid="import-review"] h2').textContent, imported: el('summary-imported').textContent,
               cancelled: el('summary-cancelled')?.textContent ?? null, failed: el('summary-failed')?.textContent ?? null };
    `);
    return state;
  }, 30000);
  await shot(s, "progress-cancelled-fr");
  assert.equal(summary.title, "Import annulé");
  assert.equal(summary.failed, null);
  const imported = Number(summary.imported.match(/^(\d+) fichiers? importés?/)[1]);
  const cancelled = Number(summary.cancelled.match(/^(\d+) non importés?/)[1]);
  assert.ok(imported >= 4 && imported < 40, summary.imported);
  assert.equal(imported + cancelled, 40, JSON.stringify(summary));
  await setLang(s, "en");
  await shot(s, "progress-cancelled-en");
  await closeSummary(s);
  // The workspace holds the files reported imported, and nothing of the others.
  const stored = (await articles(s)).filter((a) => a.file_name.startsWith("annule-")).map((a) => a.file_name).sort();
  assert.equal(stored.length, imported);
  assert.deepEqual(stored, Array.from({ length: imported }, (_, i) => `annule-${String(i + 1).padStart(2, "0")}.txt`));
  await s.waitFor("the imported articles counted", async () => ((await articleCount(s)) === before + imported ? true : null));
});
