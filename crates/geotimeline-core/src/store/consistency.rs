//! What any workspace must satisfy, whatever stopped the process that wrote it
//! (a crash, a SIGKILL, a power cut): SQLite's own checks and the workspace's
//! invariants as SQL on the real schema. The kill tests of the command line and
//! of the app check these after every kill (`geotimeline check`).

use super::Store;
use crate::error::Result;
use std::path::Path;

/// Every query counts what must not exist in a consistent workspace.
const INVARIANTS: &[(&str, &str)] = &[
    ("events without a report", "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)"),
    ("reports of a missing event", "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)"),
    (
        "reports of a missing article",
        "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)",
    ),
    (
        "rejected reports of a missing article",
        "SELECT count(*) FROM rejected_reports r WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_id)",
    ),
    (
        "places or actors of a missing event",
        "SELECT (SELECT count(*) FROM event_places p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = p.event_id))
              + (SELECT count(*) FROM event_actors a WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = a.event_id))",
    ),
    (
        "links to a missing place or actor",
        "SELECT (SELECT count(*) FROM event_places ep WHERE NOT EXISTS (SELECT 1 FROM places p WHERE p.id = ep.place_id))
              + (SELECT count(*) FROM event_actors ea WHERE NOT EXISTS (SELECT 1 FROM actors a WHERE a.id = ea.actor_id))",
    ),
    (
        "merge look-up rows out of step with the events",
        "SELECT (SELECT count(*) FROM (SELECT id, class, reach, first_day, last_day FROM event_windows
                                        EXCEPT SELECT id, class, reach, first_day, last_day FROM event_window_of))
              + (SELECT count(*) FROM (SELECT id, class, reach, first_day, last_day FROM event_window_of
                                        EXCEPT SELECT id, class, reach, first_day, last_day FROM event_windows))",
    ),
    (
        "event ids above the id sequence (an id could be given twice)",
        "SELECT count(*) FROM events WHERE id > coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0)",
    ),
    (
        "history entries that cannot be read back",
        "SELECT count(*) FROM edit_history WHERE NOT (json_valid(scope) AND json_valid(before) AND json_valid(after))",
    ),
];

/// Only for workspaces whose every article reports an event (generated ones,
/// as the kill tests import): its reports are on events, or rejected by a user.
const ARTICLES_REPORT_EVENTS: (&str, &str) = (
    "articles without their events' reports",
    "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id)
       AND NOT EXISTS (SELECT 1 FROM rejected_reports r WHERE r.article_id = a.id)",
);

/// Reopens the workspace as the app and the command line do (replaying or
/// discarding what a killed process left in its log), then checks it: one
/// sentence per problem found, none when it is consistent. `articles_report_events`
/// adds the check that every article has reports (see [`ARTICLES_REPORT_EVENTS`]).
/// A workspace that does not reopen is an error (such as [`crate::Error::Damaged`]).
pub fn consistency_problems(path: &Path, articles_report_events: bool) -> Result<Vec<String>> {
    drop(Store::open(path)?);
    let conn = super::raw_connection(path)?;
    let mut problems = Vec::new();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if integrity != "ok" {
        problems.push(format!("integrity_check: {integrity}"));
    }
    let broken_keys: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?;
    if broken_keys != 0 {
        problems.push(format!("foreign_key_check: {broken_keys} rows"));
    }
    let extra = articles_report_events.then_some(&ARTICLES_REPORT_EVENTS);
    for (what, sql) in INVARIANTS.iter().chain(extra) {
        let n: i64 = conn.query_row(sql, [], |r| r.get(0))?;
        if n != 0 {
            problems.push(format!("{n} {what}"));
        }
    }
    // The article search index matches the articles (SQLITE_CORRUPT_VTAB otherwise).
    if let Err(e) = conn.execute("INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 1)", []) {
        problems.push(format!("article search index: {e}"));
    }
    Ok(problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_consistent_workspace_has_no_problem_and_a_broken_one_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ws.geotimeline");
        let mut store = Store::open(&path).unwrap();
        crate::workspace::import_sample(&mut store).unwrap();
        drop(store);
        assert_eq!(consistency_problems(&path, false).unwrap(), Vec::<String>::new());
        let conn = crate::store::raw_connection(&path).unwrap();
        conn.execute("DELETE FROM mentions WHERE event_id = (SELECT min(id) FROM events)", []).unwrap();
        drop(conn);
        let problems = consistency_problems(&path, false).unwrap();
        assert!(problems.iter().any(|p| p.ends_with("events without a report")), "{problems:?}");
    }
}
