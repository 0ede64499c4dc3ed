// A minimal W3C WebDriver client over fetch, plus the tauri-driver lifecycle:
// enough to drive the real GeoTimeline window without a WebDriver framework.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Starts the app and reports how it ended (a crash mid-test is otherwise silent).
const runApp = fileURLToPath(new URL("./run-app.sh", import.meta.url));
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
/** WebDriver's codes of the modifier keys. */
const KEY_CODES = { Control: "\uE009", Shift: "\uE008", Alt: "\uE00A", Meta: "\uE03D", Enter: "\uE007" };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The number written before `word` in a window's text ("107 959 événements", "107,959 events"), or null. */
export function countBefore(text, word) {
  const m = new RegExp(`(\\d{1,3}(?:[\\s\\u202f,]\\d{3})*|\\d+)\\s+${word}`).exec(text);
  return m ? Number(m[1].replace(/[\s\u202f,]/g, "")) : null;
}

export function findTauriDriver() {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).concat([path.join(process.env.HOME ?? "", ".cargo/bin")])) {
    const candidate = path.join(dir, "tauri-driver");
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export class Driver {
  constructor(port) {
    this.base = `http://127.0.0.1:${port}`;
  }

  async call(method, url, body) {
    const res = await fetch(this.base + url, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const v = json.value ?? {};
      throw new Error(`${method} ${url}: ${v.error ?? res.status} ${v.message ?? ""}`.trim());
    }
    return json.value;
  }

  async ready(timeoutMs) {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      try {
        const status = await this.call("GET", "/status");
        if (status?.ready !== false) return;
      } catch {
        /* not listening yet */
      }
      await sleep(100);
    }
    throw new Error(`tauri-driver did not answer on ${this.base} within ${timeoutMs} ms`);
  }
}

export class Session {
  constructor(driver, id) {
    this.driver = driver;
    this.id = id;
  }
  cmd(method, url, body) {
    return this.driver.call(method, `/session/${this.id}${url}`, body);
  }
  async find(css) {
    const el = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return el[ELEMENT];
  }
  async findAll(css) {
    const els = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return els.map((e) => e[ELEMENT]);
  }
  text(el) {
    return this.cmd("GET", `/element/${el}/text`);
  }
  attribute(el, name) {
    return this.cmd("GET", `/element/${el}/attribute/${name}`);
  }
  click(el) {
    return this.cmd("POST", `/element/${el}/click`, {});
  }
  execute(script, args = []) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }
  title() {
    return this.cmd("GET", "/title");
  }
  async screenshot(file) {
    const b64 = await this.cmd("GET", "/screenshot");
    writeFileSync(file, Buffer.from(b64, "base64"));
  }
  /**
   * Clicks at a point of the viewport, as a mouse would; with `modifiers` ("Control", "Shift",
   * "Meta") held down on the keyboard meanwhile, as a Ctrl+click is made.
   */
  clickAt(x, y, modifiers = []) {
    const pause = { type: "pause", duration: 0 };
    const mouse = [
      { type: "pointerMove", duration: 0, origin: "viewport", x: Math.round(x), y: Math.round(y) },
      { type: "pointerDown", button: 0 },
      { type: "pointerUp", button: 0 },
    ];
    // One action per source at each tick: the keys go down before the mouse moves, and up once it is released.
    const down = modifiers.map((k) => ({ type: "keyDown", value: KEY_CODES[k] ?? k }));
    const up = modifiers.map((k) => ({ type: "keyUp", value: KEY_CODES[k] ?? k }));
    const actions = [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [...down.map(() => pause), ...mouse, ...up.map(() => pause)] }];
    if (modifiers.length) actions.push({ type: "key", id: "keyboard", actions: [...down, ...mouse.map(() => pause), ...up] });
    return this.cmd("POST", "/actions", { actions });
  }
  /**
   * Presses a chord as a keyboard would, on the focused element: `keys("Control", "Shift", "z")`
   * holds the modifiers, presses the last key, then lets all go.
   */
  keys(...chord) {
    const values = chord.map((k) => KEY_CODES[k] ?? k);
    return this.cmd("POST", "/actions", {
      actions: [
        {
          type: "key",
          id: "keyboard",
          actions: [...values.map((value) => ({ type: "keyDown", value })), ...values.reverse().map((value) => ({ type: "keyUp", value }))],
        },
      ],
    });
  }
  /** Polls `check` until it returns a truthy value. */
  async waitFor(what, check, timeoutMs = 15000) {
    const end = Date.now() + timeoutMs;
    let last;
    while (Date.now() < end) {
      try {
        const value = await check();
        if (value) return value;
      } catch (e) {
        last = e;
      }
      await sleep(150);
    }
    throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ""}`);
  }
  close() {
    return this.driver.call("DELETE", `/session/${this.id}`).catch(() => {});
  }
}

/**
 * Starts tauri-driver and the app with a fresh workspace. Under Xvfb about one
 * launch in forty dies at once while GTK starts; such a launch is retried.
 */
export async function launchApp(application, { attempts = 3, port = Number(process.env.TAURI_DRIVER_PORT ?? 4444), db = null, freshProfile = false, profile = null, onLaunch = null, screenshots = true } = {}) {
  const driverBin = findTauriDriver();
  if (!driverBin) throw new Error("tauri-driver is not installed: run scripts/setup.sh --test");
  if (!existsSync(application)) throw new Error(`${application} is missing: build it with \`npx tauri build --debug --no-bundle\``);
  const workdir = mkdtempSync(path.join(tmpdir(), "geotimeline-e2e-"));
  // Exports go to the work directory instead of a native save dialog WebDriver cannot drive.
  // `db`: open that workspace instead of a fresh one; `freshProfile`: no saved view (WebKit's storage in the work directory).
  const env = { ...process.env, GEOTIMELINE_DB: db ?? path.join(workdir, "workspace.sqlite"), GEOTIMELINE_SAVE_AS: path.join(workdir, "export") };
  // `profile`: a directory kept between launches (the window's saved size and place, the recent list).
  const home = profile ?? (freshProfile ? workdir : null);
  if (home) Object.assign(env, { XDG_DATA_HOME: path.join(home, "data"), XDG_CACHE_HOME: path.join(home, "cache"), XDG_CONFIG_HOME: path.join(home, "config") });
  // Without a GPU the app turns WebKit's DMA-BUF renderer and its accelerated compositing off
  // (src-tauri/src/lib.rs), and then WebKitWebDriver's screenshots never answer: both kept on for
  // runs that take them. `screenshots: false` runs the app as it starts for users (the benchmarks,
  // which take their pictures with X's `import`).
  if (screenshots) {
    env.WEBKIT_DISABLE_DMABUF_RENDERER ??= "0";
    env.WEBKIT_DISABLE_COMPOSITING_MODE ??= "0";
  }
  // TAURI_DRIVER_PORT: another port (and WebKitWebDriver on the next one), for runs beside other tests.
  const child = spawn(driverBin, ["--port", String(port), "--native-port", String(port + 1)], { env, stdio: ["ignore", "inherit", "inherit"] });
  const driver = new Driver(port);
  const stop = () => {
    child.kill("SIGTERM");
    // WebKit's helper processes may outlive the app for a moment.
    try {
      execFileSync("pkill", ["-f", application]);
    } catch {
      /* none left */
    }
    // WebKit's GPU and web processes may still be writing their shader cache into it:
    // retry, and leave a temporary directory behind rather than fail a test that passed.
    try {
      rmSync(workdir, { recursive: true, force: true, maxRetries: 20, retryDelay: 150 });
    } catch (e) {
      console.error(`left ${workdir} behind: ${e.message}`);
    }
  };
  try {
    await driver.ready(15000);
    let lastError;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        onLaunch?.(Date.now());
        const value = await driver.call("POST", "/session", {
          capabilities: { alwaysMatch: { "tauri:options": { application: runApp, args: [application] } } },
        });
        return { session: new Session(driver, value.sessionId), stop, workdir, driverPid: child.pid };
      } catch (e) {
        lastError = e;
        console.error(`launch ${attempt} of ${attempts} failed (${e.message}); retrying`);
        await sleep(1000);
      }
    }
    throw lastError;
  } catch (e) {
    stop();
    throw e;
  }
}
