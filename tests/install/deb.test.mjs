// The .deb that the test command bundles: its control fields, its desktop entry
// (desktop-file-validate) and its binary, extracted with dpkg-deb and started
// under X (the test command runs this under xvfb-run) with a fresh profile.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const debDir = path.join(target, "debug/bundle/deb");
const version = JSON.parse(readFileSync(path.join(root, "tauri.conf.json"), "utf8")).version;
const deb = existsSync(debDir) ? readdirSync(debDir).filter((f) => f.endsWith(".deb")).map((f) => path.join(debDir, f))[0] : undefined;
const hasTool = (tool) => {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const skip = !deb
  ? `no .deb in ${debDir}: build it with \`npx tauri build --debug --bundles deb,rpm\``
  : !hasTool("dpkg-deb") || !hasTool("desktop-file-validate")
    ? "dpkg-deb or desktop-file-validate is missing: run scripts/setup.sh --test"
    : false;
if (skip) console.log(`# skipped: ${skip}`);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

test("the .deb's control fields name the package, its version and WebKitGTK 4.1", { skip }, () => {
  const field = (name) => execFileSync("dpkg-deb", ["-f", deb, name], { encoding: "utf8" }).trim();
  assert.match(field("Package"), /^geo-?timeline$/);
  assert.equal(field("Version"), version);
  assert.match(field("Depends"), /libwebkit2gtk-4\.1/);
  assert.match(field("Description"), /timeline/i);
});

test("the .deb installs a valid desktop entry and a binary that starts", { skip, timeout: 60_000 }, async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), "geotimeline-deb-"));
  t.after(() => rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 150 }));
  const tree = path.join(dir, "root");
  execFileSync("dpkg-deb", ["-x", deb, tree]);

  const applications = path.join(tree, "usr/share/applications");
  const entries = readdirSync(applications).filter((f) => f.endsWith(".desktop"));
  assert.equal(entries.length, 1, `one desktop entry: ${entries}`);
  const entry = path.join(applications, entries[0]);
  // desktop-file-validate prints its errors and exits non-zero on any.
  execFileSync("desktop-file-validate", [entry], { encoding: "utf8" });
  const desktop = readFileSync(entry, "utf8");
  assert.match(desktop, /^Name=GeoTimeline$/m);
  assert.match(desktop, /^Icon=\S+/m);
  // The .geotimeline association: the MIME type named, its definition installed, the file passed on.
  assert.match(desktop, /^MimeType=.*application\/x-geotimeline/m);
  assert.match(desktop, /^Exec=\S+ %[fF]$/m);
  assert.match(readFileSync(path.join(tree, "usr/share/mime/packages/geotimeline.xml"), "utf8"), /<glob pattern="\*\.geotimeline"\/>/);
  const exec = desktop.match(/^Exec=(\S+)/m)?.[1];
  assert.ok(exec, "an Exec line");
  const binary = path.join(tree, "usr/bin", path.basename(exec));
  assert.ok(statSync(binary).mode & 0o111, `${binary} is executable`);

  // A fresh profile: the app creates its workspace in its data folder on the first start.
  const env = { ...process.env, XDG_DATA_HOME: path.join(dir, "data"), XDG_CONFIG_HOME: path.join(dir, "config"), XDG_CACHE_HOME: path.join(dir, "cache") };
  delete env.GEOTIMELINE_DB;
  const workspace = path.join(env.XDG_DATA_HOME, "app.geotimeline.desktop/workspace.sqlite");
  // About one launch in forty dies at once while GTK starts under Xvfb: retried once.
  // Alive 3 s, then up to 20 s more for the sample's import to put the workspace in place.
  let outcome;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const child = spawn(binary, [], { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let exited = null;
    child.on("exit", (code, signal) => (exited = { code, signal }));
    await sleep(3000);
    for (let waited = 0; !exited && !existsSync(workspace) && waited < 20_000; waited += 250) await sleep(250);
    const created = existsSync(workspace);
    const died = exited;
    if (!exited) {
      child.kill("SIGTERM");
      await Promise.race([new Promise((r) => child.once("exit", r)), sleep(5000)]);
    }
    outcome = { exited: died, created, stderr, attempt };
    if (!died) break;
    await sleep(200);
  }
  assert.equal(outcome.exited, null, `the app stayed up (attempt ${outcome.attempt}); stderr:\n${outcome.stderr}`);
  assert.ok(outcome.created, `the app created ${workspace}; stderr:\n${outcome.stderr}`);
  // The log, in the platform's log folder (tauri-plugin-log).
  const log = path.join(env.XDG_DATA_HOME, "app.geotimeline.desktop/logs/geotimeline.log");
  assert.match(readFileSync(log, "utf8"), /GeoTimeline \S+ starting on /);
});
