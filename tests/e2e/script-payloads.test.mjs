// End to end: article text is text, never code, in the real window (issue 18). An HTML
// page and a plain-text file full of script payloads (<script>, inline handlers, a
// javascript: link, <iframe srcdoc>, <svg onload>, in the text and in the title) are
// imported through the review sheet (GEOTIMELINE_OPEN answers the file dialog); their
// event and both articles are opened in the panel and the reader. Every payload would
// set window.__pwned or the document's title: neither changes, and the plain text's
// payloads show literally. TAURI_DRIVER_PORT runs it beside other tests.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchApp } from "./webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const application = process.env.GEOTIMELINE_APP ?? path.join(target, "debug/geotimeline-app");
const shots = path.join(root, ".e2e");
const dir = mkdtempSync(path.join(tmpdir(), "geotimeline-payloads-"));
const folder = path.join(dir, "articles");
let app;

// Each payload sets the marker to its own number, so a failure says which one ran.
const PAYLOADS = [
  `<script>window.__pwned = 1; document.title = "PWNED"</script>`,
  `<img src=x onerror="window.__pwned = 2; document.title = 'PWNED'">`,
  `<a href="javascript:window.__pwned = 3">lien</a>`,
  `<iframe srcdoc="<script>parent.__pwned = 4; parent.document.title = 'PWNED'</script>"></iframe>`,
  `<svg onload="window.__pwned = 5; document.title = 'PWNED'"></svg>`,
];

const HTML_PAGE = `<!doctype html><html lang="fr"><head>
<title>Macron à Dakar ${PAYLOADS[0]}</title>
<meta property="article:published_time" content="2023-03-14T08:00:00Z">
<script>window.__pwned = 6</script></head>
<body onload="window.__pwned = 7"><article>
<p>Emmanuel Macron est arrivé le 13 mars 2023 à Dakar pour une visite d'État. ${PAYLOADS[1]}</p>
<p>Le président français a rencontré son homologue sénégalais. ${PAYLOADS[2]} ${PAYLOADS[3]}</p>
<p>Les deux pays ont parlé d'énergie et d'agriculture. ${PAYLOADS[4]}</p>
<p><img src="x" onerror="window.__pwned = 8"><a href="javascript:window.__pwned = 9">cliquez</a></p>
</article></body></html>
`;

// In plain text the same strings are words of the article: they must show as written.
const TEXT_TITLE = `Visite à Dakar ${PAYLOADS[1]}`;
const TEXT_QUOTE_PAYLOAD = PAYLOADS[4];
const TEXT_FILE = `${TEXT_TITLE}

Emmanuel Macron est arrivé le 13 mars 2023 à Dakar pour une visite d'État ${TEXT_QUOTE_PAYLOAD}.

Un commentateur a écrit ${PAYLOADS[0]} puis ${PAYLOADS[2]} et ${PAYLOADS[3]} sur un forum.
`;

before(async () => {
  mkdirSync(shots, { recursive: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "payloads.html"), HTML_PAGE);
  writeFileSync(path.join(folder, "payloads.txt"), TEXT_FILE);
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

/** Whether any payload ran: the marker, the window's title, a frame or an image added. */
const ran = (s) =>
  s.execute(`return {
    marker: window.__pwned ?? null,
    parentMarker: window.parent.__pwned ?? null,
    title: document.title,
    frames: document.querySelectorAll('iframe').length,
    scripts: [...document.querySelectorAll('script')].filter((e) => !e.src).length,
    svg: document.querySelectorAll('svg[onload]').length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    jsLinks: document.querySelectorAll('a[href^="javascript:"]').length,
  }`);

/** What the window holds of those before the import: its own, which must not grow. */
let baseline;
const clean = (state) => {
  assert.equal(state.marker, null, `a payload ran: window.__pwned = ${state.marker}`);
  assert.equal(state.parentMarker, null);
  assert.doesNotMatch(state.title, /PWNED/);
  const { marker, parentMarker, title, ...elements } = state;
  baseline ??= elements;
  assert.deepEqual(elements, baseline, "no frame, inline script, handler or javascript: link added to the window");
};

test("script payloads in an HTML page and a text file run nowhere; the text's show literally", async () => {
  const s = app.session;
  await s.waitFor("the sample", async () => ((await s.findAll('[data-testid="event-item"]')).length >= 10 ? true : null), 60000);
  clean(await ran(s));
  const before = await s.execute(`return document.title`);

  // The review sheet shows both files and their titles (in fields, as values).
  await s.click(await s.find('[data-testid="import-button"]'));
  await s.waitFor("both files in the review sheet", async () => ((await s.findAll('[data-testid="review-row"]')).length === 2 ? true : null), 30000);
  const titles = await s.execute(`return [...document.querySelectorAll('[data-testid="review-title"]')].map((e) => e.value)`);
  assert.ok(titles.includes(TEXT_TITLE), `the text's title as written: ${JSON.stringify(titles)}`);
  clean(await ran(s));
  const published = await s.execute(`return [...document.querySelectorAll('[data-testid="review-published"]')].map((e) => e.value)`);
  assert.ok(published.every((d) => d), `both articles dated: ${published}`);
  await s.click(await s.find('[data-testid="review-import"]'));
  await s.waitFor("the import summary", async () => ((await s.findAll('[data-testid="summary-imported"]')).length ? true : null), 60000);
  await s.click(await s.find('[data-testid="summary-close"]'));
  clean(await ran(s));

  // The Dakar visit, reported by both articles.
  const id = await s.waitFor("the Dakar visit", () =>
    s.execute(`
      const item = [...document.querySelectorAll('[data-testid="event-item"]')].find(
        (el) => /Dakar/.test(el.getAttribute('aria-label')) && /13 mars 2023/.test(el.getAttribute('aria-label')) && el.dataset.eventType === 'visit',
      );
      return item?.dataset.eventId ?? null;
    `),
  30000);
  await s.execute(`document.querySelector('[data-testid="event-item"][data-event-id="${id}"]').click()`);
  await s.waitFor("the event in the panel", async () => (await s.execute(`return document.querySelector('[data-testid="event-panel"]').dataset.shownEvent`)) === String(id));
  const sources = await s.waitFor("both sources", async () => {
    const found = await s.findAll('[data-testid="event-panel"] [data-testid="source"]');
    return found.length === 2 ? found : null;
  });
  assert.equal(sources.length, 2);
  const panel = await s.text(await s.find('[data-testid="event-panel"]'));
  // The plain text's quote and title, payloads included, as written.
  assert.ok(panel.includes(TEXT_QUOTE_PAYLOAD), `the quote's payload as text in the panel:\n${panel}`);
  assert.ok(panel.includes(TEXT_TITLE), `the title's payload as text in the panel:\n${panel}`);
  clean(await ran(s));
  await s.screenshot(path.join(shots, "payloads-event.png"));

  // Each article in the reader.
  const reads = await s.findAll('[data-testid="event-panel"] [data-testid="read-article"]');
  const kinds = [];
  for (let i = 0; i < reads.length; i++) {
    await s.click((await s.findAll('[data-testid="event-panel"] [data-testid="read-article"]'))[i]);
    await s.waitFor("the article reader", async () => (await s.findAll('[data-testid="article-reader"]'))[0] ?? null);
    const shown = await s.waitFor("the article's text", async () => {
      const read = await s.execute(`
        const reader = document.querySelector('[data-testid="article-reader"]');
        const body = reader?.querySelector('.body');
        return body && {
          title: reader.querySelector('h2').textContent,
          text: body.textContent,
          // Only the reader's own marks and buttons are elements in the article's text.
          elements: [...new Set([...body.querySelectorAll('*')].map((e) => e.tagName))],
        };
      `);
      return read?.text.includes("Dakar") ? read : null;
    });
    assert.deepEqual(shown.elements.filter((t) => t !== "MARK" && t !== "BUTTON"), [], `elements in the article's text: ${shown.elements}`);
    kinds.push(shown.text.includes("forum") ? "text" : "html");
    if (shown.text.includes("forum")) {
      // The text file: every payload shows as the characters it is, in the text and the title.
      for (const payload of PAYLOADS) assert.ok(shown.text.includes(payload), `${payload} as text in the reader:\n${shown.text}`);
      assert.equal(shown.title, TEXT_TITLE);
    } else {
      // The HTML page: reduced to its text, no markup of the payloads left.
      assert.doesNotMatch(shown.text, /<script|onerror|onload|javascript:|srcdoc/);
    }
    clean(await ran(s));
    await s.screenshot(path.join(shots, `payloads-reader-${i + 1}.png`));
    await s.click(await s.find('[data-testid="article-reader"] .close'));
    await s.waitFor("the reader closed", async () => ((await s.findAll('[data-testid="article-reader"]')).length === 0 ? true : null));
  }
  assert.deepEqual(kinds.sort(), ["html", "text"], "both articles read");
  // A payload on a timer would have run by now.
  await new Promise((r) => setTimeout(r, 500));
  clean(await ran(s));
  assert.equal(await s.execute(`return document.title`), before);
});
