//! `geotimeline bench-search`: how long a workspace takes to answer the
//! window's search, measured on the store calls the window makes when the
//! search field changes: the counts by day for the timeline (in each lane
//! mode), the counts by place for the map and the workspace's totals. Figures
//! are printed, never asserted: they depend on the machine. The app's round
//! trip adds the IPC and the JSON of the answer to these.

use geotimeline_core::render::LaneMode;
use geotimeline_core::{EventFilter, Store};
use std::time::{Duration, Instant};

/// The words `npm run bench:app` searches, and two words most articles of the
/// generated corpus hold (each matched 87 % of the 106,994 events of
/// `bench --articles 16300`).
pub const DEFAULT_WORDS: &[&str] = &["Poutine", "sommet", "sanctions", "visite", "président"];

const LANES: [(LaneMode, &str); 4] =
    [(LaneMode::None, "none"), (LaneMode::Type, "type"), (LaneMode::Country, "country"), (LaneMode::Actor, "actor")];

/// One measured call: the first run and the median of all runs.
struct Timing {
    first: Duration,
    median: Duration,
}

fn time<T>(runs: usize, mut call: impl FnMut() -> Result<T, geotimeline_core::Error>) -> Result<(Timing, T), geotimeline_core::Error> {
    let mut all = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        last = Some(call()?);
        all.push(started.elapsed());
    }
    let first = all[0];
    all.sort();
    Ok((Timing { first, median: all[all.len() / 2] }, last.expect("at least one run")))
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn line(label: &str, t: &Timing, note: &str) {
    println!("  {label:<26} {:>9}  {:>9}  {note}", ms(t.first), ms(t.median));
}

pub fn run(store: &Store, words: &[String], runs: usize) -> Result<(), geotimeline_core::Error> {
    let (articles, events) = store.counts()?;
    println!("GeoTimeline search: {events} events, {articles} articles; each call run {runs} times (first run, median)");
    // The window's first view (no search) first: its first run reads what the counts need.
    for word in std::iter::once(None).chain(words.iter().map(Some)) {
        let filter = EventFilter { query: word.cloned(), ..Default::default() };
        match word {
            Some(word) => println!("\"{word}\""),
            None => println!("(no search)"),
        }
        let mut window = Duration::ZERO;
        for (lanes, name) in LANES {
            let (t, counts) = time(runs, || store.day_counts(&filter, lanes))?;
            if lanes == LaneMode::None {
                window += t.median;
                println!("  matching events: {}", counts.total);
            }
            line(&format!("day counts, lanes {name}"), &t, &format!("({} rows)", counts.count.len()));
        }
        let (t, places) = time(runs, || store.place_counts(&filter))?;
        window += t.median;
        line("place counts", &t, &format!("({} places)", places.count.len()));
        let (t, _) = time(runs, || store.counts())?;
        window += t.median;
        line("workspace totals", &t, "");
        println!("  the window's calls (day counts without lanes, place counts, totals), medians: {}", ms(window));
    }
    Ok(())
}
