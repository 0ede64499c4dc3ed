// Installed in the page before the app starts: answers the app's Tauri commands
// from window.__FIXTURE__ (what the real commands answer on the built-in sample,
// written by `cargo test` to target/browser-fixture.json), applying filters as
// the Rust side does, and records every call in window.__calls.
(() => {
  const f = window.__FIXTURE__;
  window.__calls = [];
  const matches = (e, filter) => {
    const detail = f.details[String(e.id)];
    if (filter.types.length && !filter.types.includes(e.type)) return false;
    if (filter.query && !e.title.toLowerCase().includes(filter.query.toLowerCase()) && !detail.sources.some((s) => s.quote.toLowerCase().includes(filter.query.toLowerCase()))) return false;
    if (filter.places.length && !e.places.some((p) => filter.places.includes(p))) return false;
    if (filter.countries.length && !e.countries.some((c) => filter.countries.includes(c))) return false;
    if (filter.actors.length && !e.actors.some((a) => filter.actors.includes(a.name))) return false;
    if (filter.articles.length && !detail.sources.some((s) => filter.articles.includes(s.article))) return false;
    if (filter.min_confidence !== null && e.confidence < filter.min_confidence) return false;
    if (filter.from && e.date.end < filter.from) return false;
    if (filter.to && e.date.start > filter.to) return false;
    return true;
  };
  window.__TAURI_INTERNALS__ = {
    metadata: { currentWindow: { label: "main" }, currentWebview: { windowLabel: "main", label: "main" } },
    transformCallback: (callback) => {
      const id = Math.floor(Math.random() * 1e9);
      window[`_${id}`] = callback;
      return id;
    },
    invoke: async (cmd, args) => {
      window.__calls.push({ cmd, args });
      switch (cmd) {
        case "list_events":
          return f.events.filter((e) => matches(e, args.filter));
        case "list_events_up_to": {
          // The window's first question: the events when they are few enough.
          const found = f.events.filter((e) => matches(e, args.filter));
          return found.length <= args.max ? found : null;
        }
        case "day_counts":
          // The sample is a small workspace: the window lists its events (the columns are not read).
          return { total: f.events.filter((e) => matches(e, args.filter)).length, lane_keys: [], lane_names_fr: [], lane_sets: [], day: [], types: [], lane_set: [], count: [], last_day: null };
        case "place_counts":
          return f.placeCounts;
        case "get_event":
          return f.details[String(args.id)];
        case "list_places":
          return f.places;
        case "list_articles":
          return f.articles;
        case "get_article":
          return f.texts[String(args.id)];
        case "list_article_mentions":
          return f.mentions[String(args.id)];
        case "history":
          return [];
        case "workspace_info":
          return f.info;
        case "updates_enabled":
          // A local build: no updater, no File › Check for updates….
          return false;
        case "export_view":
          return { cancelled: false, path: "/tmp/geotimeline.png", bytes: 123456 };
        default:
          if (cmd.startsWith("plugin:event|")) return 0;
          throw { kind: "Invalid", message: `the mock does not know ${cmd}` };
      }
    },
  };
})();
