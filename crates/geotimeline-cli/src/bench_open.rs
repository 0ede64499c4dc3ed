//! `geotimeline bench-open`: how long a workspace takes to open and to answer
//! the window's first view, measured on the store calls the window makes at
//! start (the counts by day, the totals, the events when there are few, the
//! places and the history) after `Store::open`, with the size of each answer
//! as JSON (what the app sends the window). Each run opens the workspace
//! anew. Figures are printed, never asserted: they depend on the machine.

use geotimeline_core::render::LaneMode;
use geotimeline_core::{EventFilter, Store};
use serde::Serialize;
use std::path::Path;
use std::time::{Duration, Instant};

/// The window holds every event up to this many (`SMALL_WORKSPACE` in ui/src/App.svelte).
const SMALL_WORKSPACE: usize = 2000;

/// One step of a run: its name, its time and the size of its answer as JSON.
struct Step {
    name: &'static str,
    took: Duration,
    json_bytes: Option<usize>,
}

fn timed<T: Serialize>(
    steps: &mut Vec<Step>,
    name: &'static str,
    call: impl FnOnce() -> geotimeline_core::Result<T>,
) -> geotimeline_core::Result<T> {
    let started = Instant::now();
    let answer = call()?;
    let took = started.elapsed();
    let json_bytes = serde_json::to_vec(&answer).ok().map(|v| v.len());
    steps.push(Step { name, took, json_bytes });
    Ok(answer)
}

fn one_run(db: &Path) -> geotimeline_core::Result<Vec<Step>> {
    let mut steps = Vec::new();
    let started = Instant::now();
    let store = Store::open(db)?;
    steps.push(Step { name: "open", took: started.elapsed(), json_bytes: None });
    let filter = EventFilter::default();
    timed(&mut steps, "day counts, lanes none", || store.day_counts(&filter, LaneMode::None))?;
    timed(&mut steps, "workspace totals", || store.counts())?;
    timed(&mut steps, "events up to 2000", || store.list_events_up_to(&filter, SMALL_WORKSPACE))?;
    timed(&mut steps, "places", || store.list_places())?;
    timed(&mut steps, "history", || store.history())?;
    let total = steps.iter().map(|s| s.took).sum();
    steps.push(Step { name: "open and first view", took: total, json_bytes: None });
    Ok(steps)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

pub fn run(db: &Path, runs: usize) -> geotimeline_core::Result<()> {
    let mut log = db.as_os_str().to_owned();
    log.push("-wal");
    let log = std::path::PathBuf::from(log);
    println!(
        "GeoTimeline open: {}; write-ahead log beside it at start: {}; {runs} runs (first, median, max)",
        db.display(),
        if log.exists() { "yes (SQLite's quick check runs)" } else { "no" }
    );
    let mut all: Vec<Vec<Step>> = Vec::new();
    for _ in 0..runs.max(1) {
        all.push(one_run(db)?);
    }
    for (i, step) in all[0].iter().enumerate() {
        let mut took: Vec<Duration> = all.iter().map(|r| r[i].took).collect();
        let first = took[0];
        took.sort();
        let size = step.json_bytes.map(|b| format!("({:.1} kB of JSON)", b as f64 / 1000.0)).unwrap_or_default();
        println!("  {:<22} {:>9}  {:>9}  {:>9}  {size}", step.name, ms(first), ms(took[took.len() / 2]), ms(took[took.len() - 1]));
    }
    Ok(())
}
