// End to end: a damaged workspace opened at start (issue 18). A real workspace is
// made by the app (the sample, saved as a copy through File › Save a copy…, which
// writes one consistent file); then copies of it are damaged on disk, cut short or
// with their header overwritten, and the app is started on each. The window names
// the file in its dialog; "Restaurer la sauvegarde" (a backup beside it) or
// "Commencer un nouvel espace de travail" (none) opens a working workspace, and
// the damaged file is kept beside it as NAME.damaged-YYYYMMDD-HHMMSS, byte for byte.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchApp } from "./webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const application = process.env.GEOTIMELINE_APP ?? path.join(target, "debug/geotimeline-app");
const shots = path.join(root, ".e2e");
const dir = mkdtempSync(path.join(tmpdir(), "geotimeline-damaged-"));
// Ports of their own: the previous file's tauri-driver may still be letting go of the default one.
const basePort = Number(process.env.TAURI_DRIVER_PORT ?? 4444) + 20;
const SQLITE_MAGIC = Buffer.from("SQLite format 3\0", "latin1");

/** The sample's workspace as the app wrote it, its number of events, and its schema version. */
let sample;

const el = (s, css) => s.waitFor(css, async () => (await s.findAll(css))[0] ?? null);
const itemCount = (s) => s.execute(`return document.querySelectorAll('[data-testid="event-item"]').length`);
const counts = (s) => s.execute(`return document.querySelector('[data-testid="workspace-counts"]')?.textContent ?? ''`);
const dialogText = (s) => s.execute(`return document.querySelector('[data-testid="damaged-workspace"]')?.innerText ?? null`);
const keptAside = (folder) => readdirSync(folder).filter((name) => name.includes(".damaged-"));

async function shot(s, name) {
  // Under Xvfb the webview paints a moment after the DOM changed (longer just after a start):
  // two animation frames, then a pause.
  await s.cmd("POST", "/execute/async", { script: "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));", args: [] });
  await new Promise((r) => setTimeout(r, 2000));
  await s.screenshot(path.join(shots, `${name}.png`));
}

async function withApp(options, body) {
  const app = await launchApp(application, { freshProfile: true, ...options });
  try {
    return await body(app.session);
  } finally {
    await app.session.close();
    app.stop();
  }
}

/** The dialog as the window shows it at start, read once it is there. */
async function damagedDialog(s) {
  await el(s, '[data-testid="damaged-workspace"]');
  return s.execute(`
    const box = document.querySelector('[data-testid="damaged-workspace"]');
    return {
      role: box.getAttribute('role'),
      modal: box.getAttribute('aria-modal'),
      name: document.getElementById(box.getAttribute('aria-labelledby'))?.textContent ?? null,
      title: box.querySelector('h2').textContent,
      text: box.innerText,
      restore: box.querySelector('[data-testid="damaged-restore"]')?.textContent ?? null,
      startOver: box.querySelector('[data-testid="damaged-start-over"]')?.textContent ?? null,
      focused: box.contains(document.activeElement),
    };`);
}

/** After a rescue: the dialog gone, and the path the notice gives for the damaged file. */
async function rescued(s) {
  await s.waitFor("the dialog closed", async () => (await s.findAll('[data-testid="damaged-workspace"]')).length === 0);
  const notice = await s.waitFor("the notice", () => s.execute(`return document.querySelector('[data-testid="history-notice"]')?.textContent ?? null`));
  const kept = /^Le fichier endommagé est conservé sous (.+)\.$/.exec(notice);
  assert.ok(kept, notice);
  return kept[1];
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  // The app prepares the sample in a workspace of its own, then saves a copy of it.
  const copy = path.join(dir, "sample.geotimeline");
  process.env.GEOTIMELINE_SAVE_WORKSPACE_AS = copy;
  try {
    const events = await withApp({ db: path.join(dir, "source", "workspace.sqlite"), port: basePort }, async (s) => {
      const n = await s.waitFor("the sample's events", async () => ((await itemCount(s)) >= 10 ? itemCount(s) : null), 60000);
      await s.click(await el(s, '[data-testid="file-menu"]'));
      await s.click(await el(s, '[data-testid="file-save-copy"]'));
      await s.waitFor("the copy written", () => existsSync(copy), 30000);
      return n;
    });
    const bytes = readFileSync(copy);
    assert.ok(bytes.subarray(0, 16).equals(SQLITE_MAGIC), "the copy is a SQLite database");
    // SQLite keeps the schema version (user_version) at offset 60 of its header.
    sample = { bytes, events, version: bytes.readUInt32BE(60) };
    assert.ok(sample.version >= 1, `a GeoTimeline workspace (version ${sample.version})`);
  } finally {
    delete process.env.GEOTIMELINE_SAVE_WORKSPACE_AS;
  }
});

after(() => rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 150 }));

test("a workspace cut short, with a backup beside it: Restaurer la sauvegarde opens the backup and keeps the damaged file", async () => {
  const folder = path.join(dir, "restore");
  mkdirSync(folder);
  const ws = path.join(folder, "ws.geotimeline");
  // Cut in the middle of a page; the backup a migration would have taken is the whole file.
  const damaged = sample.bytes.subarray(0, Math.floor(sample.bytes.length / 2) + 100);
  writeFileSync(ws, damaged);
  const backup = path.join(folder, `ws.geotimeline.before-v${sample.version}.bak`);
  writeFileSync(backup, sample.bytes);

  await withApp({ db: ws, port: basePort + 2 }, async (s) => {
    const shown = await damagedDialog(s);
    assert.equal(shown.role, "alertdialog");
    assert.equal(shown.modal, "true");
    assert.equal(shown.title, "Espace de travail endommagé");
    assert.equal(shown.name, "Espace de travail endommagé", "the heading names the dialog");
    assert.ok(shown.focused, "the focus is in the dialog");
    assert.ok(shown.text.includes(`Le fichier ${ws} est endommagé : GeoTimeline ne peut pas l’ouvrir et ne l’a pas modifié.`), shown.text);
    assert.ok(shown.text.includes(`Une sauvegarde prise avant sa dernière mise à jour existe : ${backup}.`), shown.text);
    assert.ok(shown.text.includes("Dans les deux cas, le fichier endommagé est conservé à côté"), shown.text);
    assert.equal(shown.restore, "Restaurer la sauvegarde");
    assert.equal(shown.startOver, "Commencer un nouvel espace de travail");
    // Escape does not dismiss it: the window has no workspace behind it.
    await s.keys("\uE00C");
    assert.notEqual(await dialogText(s), null);
    assert.deepEqual(readFileSync(ws), damaged, "nothing was written to the damaged file");
    await shot(s, "damaged-restore-fr");

    await s.click(await el(s, '[data-testid="damaged-restore"]'));
    const kept = await rescued(s);
    // The backup's workspace, working: its events drawn, its counts, its name in the title.
    const events = await s.waitFor("the backup's events", async () => ((await itemCount(s)) >= sample.events ? itemCount(s) : null), 30000);
    assert.equal(events, sample.events);
    assert.match(await counts(s), /5\s+articles/);
    assert.equal(await s.title(), "ws.geotimeline — GeoTimeline");
    await shot(s, "damaged-restored");

    // On disk: the damaged file kept under its damaged-… name, byte for byte; the backup in place, and kept.
    const aside = keptAside(folder);
    assert.equal(aside.length, 1, aside.join(", "));
    assert.match(aside[0], /^ws\.geotimeline\.damaged-\d{8}-\d{6}$/);
    assert.equal(path.join(folder, aside[0]), kept);
    assert.deepEqual(readFileSync(kept), damaged, "the damaged file is kept as it was");
    assert.ok(readFileSync(ws).subarray(0, 16).equals(SQLITE_MAGIC));
    assert.deepEqual(readFileSync(backup), sample.bytes, "the backup stays");
  });
});

test("a workspace whose header is overwritten, no backup: Commencer un nouvel espace de travail opens an empty one and keeps the damaged file", async () => {
  const folder = path.join(dir, "start-over");
  mkdirSync(folder);
  const ws = path.join(folder, "ws.geotimeline");
  const damaged = Buffer.from(sample.bytes);
  damaged.fill(0x2a, 0, 100);
  writeFileSync(ws, damaged);

  await withApp({ db: ws, port: basePort + 4 }, async (s) => {
    const shown = await damagedDialog(s);
    assert.equal(shown.role, "alertdialog");
    assert.equal(shown.title, "Espace de travail endommagé");
    assert.ok(shown.text.includes(`Le fichier ${ws} est endommagé : GeoTimeline ne peut pas l’ouvrir et ne l’a pas modifié.`), shown.text);
    assert.ok(shown.text.includes("Il n’en existe pas de sauvegarde automatique."), shown.text);
    assert.equal(shown.restore, null, "no backup, no restore");
    assert.equal(shown.startOver, "Commencer un nouvel espace de travail");
    await shot(s, "damaged-start-over-fr");

    // In English too (the header's language buttons, behind the dialog).
    await s.execute(`[...document.querySelectorAll('.lang button')].find((b) => b.textContent === 'EN').click()`);
    const english = await s.waitFor("the English dialog", async () => {
      const text = await dialogText(s);
      return text?.includes("Damaged workspace") ? text : null;
    });
    assert.ok(english.includes(`The file ${ws} is damaged: GeoTimeline cannot open it and has not changed it.`), english);
    assert.ok(english.includes("There is no automatic backup of it."), english);
    assert.ok(english.includes("Start a new workspace"), english);
    await shot(s, "damaged-start-over-en");
    await s.execute(`[...document.querySelectorAll('.lang button')].find((b) => b.textContent === 'FR').click()`);
    await s.waitFor("the French dialog", async () => (await dialogText(s))?.includes("Espace de travail endommagé"));
    assert.deepEqual(readFileSync(ws), damaged, "nothing was written to the damaged file");

    const start = await el(s, '[data-testid="damaged-start-over"]');
    assert.equal(await s.text(start), "Commencer un nouvel espace de travail");
    await s.click(start);
    const kept = await rescued(s);
    // A new, empty workspace, working, at the same path.
    await s.waitFor("its counts", async () => /0 article · 0 événement/.test(await counts(s)));
    assert.equal(await itemCount(s), 0);
    assert.equal(await s.title(), "ws.geotimeline — GeoTimeline");
    assert.equal(await s.execute(`return document.querySelector('[data-testid="import-button"]').disabled`), false, "ready for an import");

    const aside = keptAside(folder);
    assert.equal(aside.length, 1, aside.join(", "));
    assert.match(aside[0], /^ws\.geotimeline\.damaged-\d{8}-\d{6}$/);
    assert.equal(path.join(folder, aside[0]), kept);
    assert.deepEqual(readFileSync(kept), damaged, "the damaged file is kept as it was");
    assert.ok(readFileSync(ws).subarray(0, 16).equals(SQLITE_MAGIC), "a new workspace in its place");
  });
});
