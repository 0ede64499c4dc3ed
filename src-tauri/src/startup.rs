//! Start-up timing: when the process reached each step of a start (ms since the
//! epoch). Once the window has painted its first events it sends its own steps
//! (`start_up`), and the log gets both in one line; the benchmark reads them too.

use serde::{Deserialize, Serialize};
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

/// One step of a start and when it was reached (ms since the epoch).
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type)]
pub struct StartUpMark {
    pub step: String,
    pub at: f64,
}

static MARKS: Mutex<Vec<(&'static str, f64)>> = Mutex::new(Vec::new());

fn now_ms() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64() * 1000.0).unwrap_or(0.0)
}

/// Records `step` now (its first time only).
pub fn mark(step: &'static str) {
    mark_at(step, now_ms());
}

fn mark_at(step: &'static str, at: f64) {
    let mut marks = MARKS.lock().unwrap_or_else(|p| p.into_inner());
    if !marks.iter().any(|(s, _)| *s == step) {
        marks.push((step, at));
    }
}

/// Marks the process's start (on Linux, from /proc: to 10 ms) and `main`.
pub fn begin() {
    if let Some(at) = process_started() {
        mark_at("process started", at);
    }
    mark("main");
}

#[cfg(target_os = "linux")]
fn process_started() -> Option<f64> {
    let now = now_ms();
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Field 22, counted from the state (field 3) after the command's closing parenthesis.
    let ticks: f64 = stat.get(stat.rfind(')')? + 2..)?.split(' ').nth(19)?.parse().ok()?;
    let uptime: f64 = std::fs::read_to_string("/proc/uptime").ok()?.split(' ').next()?.parse().ok()?;
    // Clock ticks are 1/100 s (USER_HZ) on Linux.
    Some(now - (uptime - ticks / 100.0) * 1000.0)
}

#[cfg(not(target_os = "linux"))]
fn process_started() -> Option<f64> {
    None
}

/// The Rust side's marks so far.
pub fn marks() -> Vec<StartUpMark> {
    MARKS.lock().unwrap_or_else(|p| p.into_inner()).iter().map(|(step, at)| StartUpMark { step: (*step).into(), at: *at }).collect()
}

/// Both sides' steps in one line, in order, in ms after the first of them.
pub fn summary(rust: &[StartUpMark], page: &[StartUpMark]) -> String {
    let mut all: Vec<&StartUpMark> = rust.iter().chain(page).collect();
    all.sort_by(|a, b| a.at.total_cmp(&b.at));
    let Some(first) = all.first().map(|m| m.at) else { return String::new() };
    all.iter().map(|m| format!("{} {:.0}", m.step, m.at - first)).collect::<Vec<_>>().join(", ")
}
