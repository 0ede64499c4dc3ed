// End to end: the app itself SIGKILLed (issue 18, "Crashes and corruption"). The
// real app is started on one workspace, again and again, through tauri-driver; in
// each round it imports a folder of generated articles through the import review
// (GEOTIMELINE_OPEN answers the file dialog) or runs a chain of edits through its
// own commands (rename, verify, merge, delete, as the window calls them), and is
// SIGKILLed once the window shows a random number of files done (plus up to 80 ms;
// the app's GEOTIMELINE_IMPORT_FILE_DELAY_MS hook pauses 50 ms before each file so
// that the progress can be followed) or a random moment into the chain of edits.
// After each kill the workspace is checked by
// the debug CLI with the invariants the CLI's kill tests use (`geotimeline check
// --articles-report-events`: it reopens, integrity and foreign-key checks, no event
// without a report, no article without its events' reports, ...), and:
// - an import keeps whole files only (each file is one transaction in the app), no
//   article imported before is lost, and an import whose summary showed is all there;
// - the history holds every edit it held, then the chain's edits in order: at least
//   those the window had seen finish, at most the whole chain;
// - the next start shows the workspace's article count in the window.
// GEOTIMELINE_APP_KILLS sets the kills (default 24); GEOTIMELINE_KILL_SEED replays
// the sequence of actions and delays (the instant a kill lands still varies).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchApp, countBefore } from "./webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const application = process.env.GEOTIMELINE_APP ?? path.join(target, "debug/geotimeline-app");
const cli = path.join(target, "debug/geotimeline");
const KILLS = Number(process.env.GEOTIMELINE_APP_KILLS ?? 24);
/** Articles per import: 1 to 3 s from the click to the summary in a debug app here, pauses included. */
const BATCH = 12;
const dir = mkdtempSync(path.join(tmpdir(), "geotimeline-app-kill-"));
const db = path.join(dir, "ws.geotimeline");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const seed = BigInt(process.env.GEOTIMELINE_KILL_SEED ?? (BigInt(Date.now()) * 1000003n) | 1n) & 0xffffffffffffffffn;
let state = seed;
/** xorshift64, as the CLI's kill tests draw theirs. */
function below(n) {
  state ^= (state << 13n) & 0xffffffffffffffffn;
  state ^= state >> 7n;
  state ^= (state << 17n) & 0xffffffffffffffffn;
  return Number(state % BigInt(n));
}
const pick = (items) => items[below(items.length)];

const LEADERS = ["Vladimir Poutine", "Xi Jinping", "Emmanuel Macron", "Olaf Scholz", "Recep Tayyip Erdogan", "Narendra Modi"];
const CITIES = ["Hanoï", "Pékin", "Ankara", "Berlin", "Paris", "Madrid", "Rome", "Tokyo", "Brasilia", "Le Caire"];
const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre"];

/** A folder of BATCH French articles, each reporting a visit and a meeting (as kill_safety.rs writes them). */
function writeBatch(batch) {
  const folder = path.join(dir, `batch-${String(batch).padStart(3, "0")}`);
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < BATCH; i++) {
    const a = pick(LEADERS);
    const b = pick(LEADERS.filter((l) => l !== a));
    const city = pick(CITIES);
    const [day, month] = [1 + below(28), pick(MONTHS)];
    writeFileSync(
      path.join(folder, `k${String(batch).padStart(3, "0")}-${String(i).padStart(2, "0")}.txt`),
      `Le ${day} ${month} 2024, ${a} est arrivé à ${city} pour une visite d'État de deux jours.\n\n` +
        `${a} a rencontré ${b} le ${day} ${month} 2024 à ${city}, a annoncé la présidence.\n\nDépêche ${batch}-${i} de la rédaction.\n`,
    );
  }
  return folder;
}

const run = (...args) => execFileSync(cli, ["--db", db, ...args], { encoding: "utf8" });
const articleCount = () => run("articles").split("\n").filter((l) => l.trim()).length;
const eventIds = () => run("events").split("\n").map((l) => Number(l.trim().split(/\s+/)[0])).filter((n) => Number.isInteger(n) && n > 0);
/** The history, oldest first. */
const history = () => run("history").split("\n").filter((l) => /^\s*\d+\s/.test(l)).reverse();

/** Fails with the problems `geotimeline check` names, if any. */
function check(round) {
  try {
    execFileSync(cli, ["--db", db, "check", "--articles-report-events"], { encoding: "utf8", stdio: "pipe" });
  } catch (e) {
    assert.fail(`round ${round}, seed ${seed}: the workspace is not consistent after the kill:\n${e.stdout}${e.stderr}`);
  }
}

/** The app's process: the one under tauri-driver (through WebKitWebDriver and run-app.sh) running the application. */
function appPid(driverPid) {
  const exe = realpathSync(application);
  const parent = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* ended meanwhile */
    }
  }
  const under = (pid) => {
    for (let p = pid; p > 1; p = parent.get(p) ?? 0) if (p === driverPid) return true;
    return false;
  };
  for (const pid of parent.keys()) {
    try {
      if (under(pid) && readlinkSync(`/proc/${pid}/exe`) === exe) return pid;
    } catch {
      /* ended meanwhile, or not ours */
    }
  }
  return null;
}

/** Starts the app on the workspace and waits for its window to show the counts; checks the article count. */
async function start(openFolder, round) {
  process.env.GEOTIMELINE_OPEN = openFolder;
  // The app's test hook: 50 ms before each imported file, without which twelve files
  // import faster than the window's progress can be read, and the kills land after them.
  process.env.GEOTIMELINE_IMPORT_FILE_DELAY_MS = "50";
  const app = await launchApp(application, { db, freshProfile: true, screenshots: false });
  const s = app.session;
  const counts = await s.waitFor("the workspace's counts", async () => {
    const text = await s.execute(`return document.querySelector('[data-testid="workspace-counts"]')?.textContent ?? ''`);
    return countBefore(text, "article") !== null ? text : null;
  }, 30000);
  const shown = countBefore(counts, "article");
  assert.equal(shown, articleCount(), `round ${round}, seed ${seed}: the restarted window shows ${counts}`);
  const pid = appPid(app.driverPid);
  assert.ok(pid, "the app's process was not found under tauri-driver");
  return { app, s, pid };
}

/** SIGKILLs the app (true), or returns false when it had already ended. */
function kill(pid) {
  try {
    process.kill(pid, "SIGKILL");
    return true;
  } catch {
    return false;
  }
}

async function finish(app) {
  await app.session.close();
  app.stop();
}

before(() => {
  console.log(`app-kill: seed ${seed} (GEOTIMELINE_KILL_SEED=${seed} replays it), ${KILLS} kills`);
  // A workspace with events to edit, made by the command line.
  const folder = writeBatch(0);
  run("ingest", "--published", "2024-12-01", "--lang", "fr", ...readdirSync(folder).map((f) => path.join(folder, f)));
  check(0);
});

after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Imports a batch through the review sheet and kills the app `plan.ms` ms after the window's
 * progress has shown `plan.files` files done (after the summary when that is all of them);
 * never when `plan` is null.
 */
async function importRound(round, batch, plan) {
  const folder = writeBatch(batch);
  const before = articleCount();
  const { app, s, pid } = await start(folder, round);
  let killed = false;
  let summaryShown = false;
  let took = null;
  const summary = () => s.findAll('[data-testid="summary-imported"]').then((found) => found.length > 0);
  try {
    await s.click(await s.find('[data-testid="import-button"]'));
    await s.waitFor(`the review sheet with ${BATCH} rows`, async () => ((await s.findAll('[data-testid="review-row"]')).length === BATCH ? true : null), 30000);
    const clicked = Date.now();
    await s.click(await s.find('[data-testid="review-import"]'));
    if (plan === null) {
      await s.waitFor("the import summary", async () => ((await summary()) ? true : null), 60000);
      took = Date.now() - clicked;
      summaryShown = true;
    } else {
      // Polled without a pause (waitFor's 150 ms would overshoot the files).
      const progress = `return document.querySelector('[data-testid="summary-imported"]') ? ${BATCH + 1}
                          : Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? -1)`;
      const wanted = plan.files === BATCH ? BATCH + 1 : plan.files;
      for (const end = Date.now() + 60000; (await s.execute(progress)) < wanted; ) assert.ok(Date.now() < end, `round ${round}: the import did not reach ${wanted} files`);
      await sleep(plan.ms);
      summaryShown = await summary().catch(() => false);
      killed = kill(pid);
    }
  } finally {
    if (!killed) kill(pid);
    await finish(app);
  }
  check(round);
  const added = articleCount() - before;
  assert.ok(added >= 0 && added <= BATCH, `round ${round}, seed ${seed}: ${added} articles added by an import of ${BATCH} (articles lost or doubled)`);
  if (summaryShown) assert.equal(added, BATCH, `round ${round}, seed ${seed}: the summary showed but ${added} of ${BATCH} articles are stored`);
  return { killed, took, midway: killed && added > 0 && added < BATCH };
}

/** A chain of edits through the app's commands, killed `delay` ms after it started. */
async function editRound(round, delay) {
  const before = history();
  const ids = eventIds();
  const chain = [];
  for (let i = 0; i < 6; i++) {
    const r = below(100);
    const id = pick(ids);
    if (r < 40) chain.push(["update_event", { id, edit: { title: `Titre corrigé ${round}-${i}`, type: null, date: null, planned: null } }]);
    else if (r < 65) chain.push(["set_verified", { id, verified: below(2) === 0 }]);
    else if (r < 85) chain.push(["merge_events", { ids: [id, pick(ids)], title: null }]);
    else chain.push(["delete_event", { id }]);
  }
  const { app, s, pid } = await start(dir, round);
  let killed = false;
  let seenDone = 0;
  let settled = 0;
  try {
    // Sequential, as the window makes them; a refused one (an event merged or deleted already) is skipped.
    await s.execute(
      `window.__killDone = 0;
       window.__killSettled = 0;
       (async () => { for (const [cmd, args] of arguments[0]) { await window.__TAURI_INTERNALS__.invoke(cmd, args).then(() => window.__killDone++, () => {}); window.__killSettled++; } })();`,
      [chain],
    );
    await sleep(delay);
    [seenDone, settled] = await s.execute(`return [window.__killDone, window.__killSettled]`).catch(() => [0, 0]);
    killed = kill(pid);
  } finally {
    if (!killed) kill(pid);
    await finish(app);
  }
  check(round);
  const afterKill = history();
  assert.deepEqual(afterKill.slice(0, before.length), before, `round ${round}, seed ${seed}: an earlier edit of the history is lost or changed`);
  const added = afterKill.length - before.length;
  assert.ok(added >= seenDone && added <= chain.length, `round ${round}, seed ${seed}: ${added} edits in the history, ${seenDone} had finished, ${chain.length} were sent`);
  return { killed, midway: killed && settled < chain.length };
}

test(`the app SIGKILLed during imports and edits loses nothing and leaves a consistent workspace`, { timeout: 30 * 60 * 1000 }, async () => {
  const started = Date.now();
  // One import that runs to its end.
  const { took } = await importRound(0, 1, null);
  console.log(`app-kill: one import of ${BATCH} articles takes ${took} ms after the click`);
  let kills = 0;
  let importKills = 0;
  let midImport = 0;
  let midChain = 0;
  let round = 0;
  let batch = 1;
  while (kills < KILLS) {
    round += 1;
    assert.ok(round < KILLS * 3, `seed ${seed}: only ${kills} kills in ${round} rounds`);
    if (below(100) < 50) {
      batch += 1;
      // Once the window shows 0 to 12 files done, then up to 80 ms more: in a file's
      // transaction, between two, in the last commit, or after the summary.
      const { killed, midway } = await importRound(round, batch, { files: below(BATCH + 1), ms: below(80) });
      importKills += Number(killed);
      midImport += Number(midway);
      kills += Number(killed);
    } else {
      // Up to 250 ms: the kill lands while the chain runs or just after it (the run prints how many landed before its end).
      const { killed, midway } = await editRound(round, below(250));
      midChain += Number(midway);
      kills += Number(killed);
    }
  }
  console.log(
    `app-kill: ${kills} kills of the app survived (${importKills} in import rounds, ${midImport} of them with the import part-stored; ` +
      `${midChain} before an edit chain had ended; ${round} rounds, ${articleCount()} articles, ${history().length} edits in the history) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
});
