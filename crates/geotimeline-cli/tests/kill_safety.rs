//! Kill tests (issue 18, "Crashes and corruption"): the real `geotimeline`
//! process is SIGKILLed at random points while it imports folders of generated
//! articles and while it edits, undoes and redoes, over 100 times on one
//! workspace. After each kill the workspace is reopened and must pass SQLite's
//! integrity and foreign-key checks and the workspace's own invariants
//! (`geotimeline_core::store::consistency_problems`, as `geotimeline check` runs
//! them); an import is all in or all out; and the history
//! is exactly what the edits that finished made, plus at most the one that was
//! killed, committed whole.
//!
//! The operations and delays come from a seeded xorshift, printed at the start:
//! `GEOTIMELINE_KILL_SEED=<seed> cargo test -p geotimeline-cli --test kill_safety`
//! replays the same sequence (the instant a kill lands still varies).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Kills to survive; the test runs rounds until it has this many.
const KILLS: usize = 110;
/// Articles per import (a debug build imports them in about 0.4 s, most of it
/// reading the rules before the import's transaction begins).
const BATCH: usize = 24;

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const LEADERS: &[&str] = &["Vladimir Poutine", "Xi Jinping", "Emmanuel Macron", "Olaf Scholz", "Recep Tayyip Erdogan", "Narendra Modi"];
const CITIES: &[&str] = &["Hanoï", "Pékin", "Ankara", "Berlin", "Paris", "Madrid", "Rome", "Tokyo", "Brasilia", "Le Caire"];
const MONTHS: &[&str] = &["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre"];

/// Writes `BATCH` French articles, each reporting a visit and a meeting, named `bNNN-*.txt`.
fn write_batch(dir: &Path, batch: usize, rng: &mut XorShift) -> Vec<PathBuf> {
    let folder = dir.join(format!("batch-{batch:03}"));
    std::fs::create_dir_all(&folder).unwrap();
    (0..BATCH)
        .map(|i| {
            let a = *rng.pick(LEADERS);
            let b = *rng.pick(LEADERS.iter().filter(|l| **l != a).copied().collect::<Vec<_>>().as_slice());
            let city = *rng.pick(CITIES);
            let (day, month) = (1 + rng.below(28), *rng.pick(MONTHS));
            let text = format!(
                "Le {day} {month} 2024, {a} est arrivé à {city} pour une visite d'État de deux jours.\n\n\
                 {a} a rencontré {b} le {day} {month} 2024 à {city}, a annoncé la présidence.\n\n\
                 Dépêche {batch}-{i} de la rédaction.\n"
            );
            let path = folder.join(format!("b{batch:03}-{i:02}.txt"));
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

/// The history as (id, summary, undone), oldest first.
type History = Vec<(i64, String, bool)>;

fn history(db: &Path) -> History {
    let conn = geotimeline_core::store::raw_connection(db).unwrap();
    let mut stmt = conn.prepare("SELECT id, summary, undone FROM edit_history ORDER BY id").unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

/// What the history may be after an operation, from what it was before.
enum Expect {
    /// Unchanged (a read, a re-extraction, a refused edit).
    Same,
    /// A new edit: the undone edits dropped, one entry appended.
    Edit,
    Undo,
    Redo,
}

fn history_after(before: &History, expect: &Expect, after: &History) -> bool {
    match expect {
        Expect::Same => after == before,
        Expect::Edit => {
            let kept: History = before.iter().filter(|e| !e.2).cloned().collect();
            let newest_kept = kept.last().map(|e| e.0).unwrap_or(0);
            after.len() == kept.len() + 1 && after[..kept.len()] == kept[..] && after[kept.len()].0 > newest_kept && !after[kept.len()].2
        }
        Expect::Undo | Expect::Redo => {
            let mut expected = before.clone();
            let target = match expect {
                Expect::Undo => expected.iter_mut().rev().find(|e| !e.2),
                _ => expected.iter_mut().find(|e| e.2),
            };
            match target {
                Some(entry) => entry.2 = matches!(expect, Expect::Undo),
                None => return after == before,
            }
            *after == expected
        }
    }
}

/// Reopens the workspace as the app and the CLI do, then checks it with what
/// `geotimeline check --articles-report-events` runs (every generated article
/// reports events).
fn check(db: &Path, round: usize, seed: u64) {
    let problems = geotimeline_core::store::consistency_problems(db, true)
        .unwrap_or_else(|err| panic!("round {round}, seed {seed}: the workspace does not reopen: {err}"));
    assert!(problems.is_empty(), "round {round}, seed {seed}: {}", problems.join("; "));
}

/// Runs `args` on the workspace and SIGKILLs it after `delay` unless it ended:
/// Some(success) when it ended by itself, None when it was killed.
fn run_and_kill(db: &Path, args: &[String], delay: Duration) -> Option<bool> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_geotimeline"))
        .arg("--db")
        .arg(db)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run geotimeline");
    let end = Instant::now() + delay;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status.success());
        }
        if Instant::now() >= end {
            break;
        }
        std::thread::sleep(Duration::from_millis(2).min(end.saturating_duration_since(Instant::now())));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    // It may have ended between the last look and the kill (then it has an exit code).
    status.code().map(|code| code == 0)
}

fn query_ids(db: &Path, sql: &str) -> Vec<i64> {
    let conn = geotimeline_core::store::raw_connection(db).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    let rows = stmt.query_map([], |r| r.get(0)).unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

/// A random edit of what the workspace holds now, and what it does to the history.
fn random_edit(db: &Path, rng: &mut XorShift, n: usize) -> (Vec<String>, Expect) {
    let events = query_ids(db, "SELECT id FROM events ORDER BY id");
    let s = |v: &str| v.to_string();
    if events.len() < 3 {
        return (vec![s("undo")], Expect::Undo);
    }
    let event = |rng: &mut XorShift| rng.pick(&events).to_string();
    match rng.below(100) {
        0..=11 => (vec![s("edit"), event(rng), s("--title"), format!("Titre corrigé {n}")], Expect::Edit),
        12..=19 => (vec![s("edit"), event(rng), s("--date"), format!("2024-0{}-1{}", 1 + n % 9, n % 10)], Expect::Edit),
        20..=27 => (vec![s("delete"), event(rng)], Expect::Edit),
        28..=39 => {
            let (a, b) = (event(rng), event(rng));
            if a == b {
                return (vec![s("verify"), a], Expect::Edit);
            }
            (vec![s("merge"), a, b], Expect::Edit)
        }
        40..=49 => {
            let spread = query_ids(db, "SELECT event_id FROM mentions GROUP BY event_id HAVING count(DISTINCT article_id) >= 2");
            if spread.is_empty() {
                return (vec![s("merge"), event(rng), event(rng)], Expect::Edit);
            }
            let id = *rng.pick(&spread);
            let article = query_ids(db, &format!("SELECT min(article_id) FROM mentions WHERE event_id = {id}"))[0];
            (vec![s("split"), id.to_string(), s("--articles"), article.to_string()], Expect::Edit)
        }
        50..=53 => {
            let articles = query_ids(db, "SELECT id FROM articles");
            let article = *rng.pick(&articles);
            let conn = geotimeline_core::store::raw_connection(db).unwrap();
            let text: String = conn.query_row("SELECT text FROM articles WHERE id = ?1", [article], |r| r.get(0)).unwrap();
            // The closing line of the article, which the rules read no event in.
            let quote = text.lines().rfind(|l| !l.trim().is_empty()).unwrap().trim().to_string();
            let args = vec![
                s("add"),
                s("--article"),
                article.to_string(),
                s("--quote"),
                quote,
                s("--type"),
                s("statement"),
                s("--date"),
                s("2024-03-15"),
            ];
            (args, Expect::Edit)
        }
        54..=62 => (vec![s("verify"), event(rng)], Expect::Edit),
        63..=80 => (vec![s("undo")], Expect::Undo),
        81..=96 => (vec![s("redo")], Expect::Redo),
        _ => (vec![s("reextract")], Expect::Same),
    }
}

#[test]
fn killed_imports_and_edits_lose_nothing_and_leave_a_consistent_workspace() {
    let started = Instant::now();
    let seed = std::env::var("GEOTIMELINE_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1);
    eprintln!("kill_safety: seed {seed} (GEOTIMELINE_KILL_SEED={seed} replays it)");
    let mut rng = XorShift(seed);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.geotimeline");
    let ingest_args = |files: &[PathBuf]| -> Vec<String> {
        let mut args: Vec<String> = ["ingest", "--published", "2024-12-01", "--lang", "fr"].iter().map(|s| s.to_string()).collect();
        args.extend(files.iter().map(|f| f.display().to_string()));
        args
    };

    // Killed while a new workspace is being created: it opens and is empty or whole.
    let mut kills = 0;
    for round in 0..6 {
        let fresh = dir.path().join(format!("fresh-{round}.geotimeline"));
        let files = write_batch(dir.path(), 900 + round, &mut rng);
        if run_and_kill(&fresh, &ingest_args(&files), Duration::from_millis(rng.below(40) as u64)).is_none() {
            kills += 1;
        }
        check(&fresh, round, seed);
    }

    // A workspace with events to edit.
    let files = write_batch(dir.path(), 0, &mut rng);
    let timed = Instant::now();
    assert_eq!(run_and_kill(&db, &ingest_args(&files), Duration::from_secs(60)), Some(true));
    // An import spends most of its time before its transaction (starting, reading
    // the rules): its kills are drawn from half its length to a fifth past it
    // (its length varies with the machine's load), so they land in the
    // transaction, its commit, or after it.
    let import_ms = timed.elapsed().as_millis() as usize;
    eprintln!("kill_safety: one import of {BATCH} articles takes {import_ms} ms");
    check(&db, 0, seed);
    // Articles of imports that finished: never lost.
    let mut imported = BATCH as i64;
    let (mut batch, mut completed, mut round, mut import_kills) = (0, 0, 0, 0);
    let mut hist = history(&db);
    while kills < KILLS {
        round += 1;
        assert!(round < 600, "seed {seed}: only {kills} kills in {round} rounds");
        // Imports are slow in a debug build (0.4 s): fewer of them keep the test short.
        let import = rng.below(100) < 22;
        let outcome;
        if import {
            batch += 1;
            let files = write_batch(dir.path(), batch, &mut rng);
            let delay = import_ms / 2 + rng.below(import_ms * 7 / 10 + 1);
            outcome = run_and_kill(&db, &ingest_args(&files), Duration::from_millis(delay as u64));
            let conn = geotimeline_core::store::raw_connection(&db).unwrap();
            let of_batch: i64 =
                conn.query_row("SELECT count(*) FROM articles WHERE file_name LIKE ?1", [format!("b{batch:03}-%")], |r| r.get(0)).unwrap();
            drop(conn);
            check(&db, round, seed);
            assert!(
                of_batch == 0 || of_batch == BATCH as i64,
                "round {round}, seed {seed}: an import stored {of_batch} of its {BATCH} articles"
            );
            if outcome == Some(true) {
                assert_eq!(of_batch, BATCH as i64, "round {round}, seed {seed}: an import that finished is not all there");
            }
            imported += of_batch;
            let total = query_ids(&db, "SELECT count(*) FROM articles")[0];
            assert_eq!(total, imported, "round {round}, seed {seed}: articles lost");
        } else {
            let (args, expect) = random_edit(&db, &mut rng, round);
            // An edit takes 10 to 50 ms in a debug build (one that reads the rules, 0.3 s).
            outcome = run_and_kill(&db, &args, Duration::from_millis(rng.below(60) as u64));
            check(&db, round, seed);
            let after = history(&db);
            let ok = match outcome {
                // Finished: the edit is in the history.
                Some(true) => history_after(&hist, &expect, &after),
                // Refused (an event merged away, nothing to undo): nothing changed.
                Some(false) => history_after(&hist, &Expect::Same, &after),
                // Killed: before or after, never a mix and never an earlier edit lost.
                None => history_after(&hist, &Expect::Same, &after) || history_after(&hist, &expect, &after),
            };
            assert!(ok, "round {round}, seed {seed}: `{}` ({outcome:?}) left the history\n{after:?}\nafter\n{hist:?}", args.join(" "));
            hist = after;
        }
        match outcome {
            None => {
                kills += 1;
                import_kills += usize::from(import);
            }
            Some(_) => completed += 1,
        }
    }
    eprintln!(
        "kill_safety: {kills} kills survived ({import_kills} during imports; {round} rounds, {completed} commands finished, {batch} imports tried, {imported} articles, {} edits in the history) in {:.1} s",
        hist.len(),
        started.elapsed().as_secs_f64()
    );
}
