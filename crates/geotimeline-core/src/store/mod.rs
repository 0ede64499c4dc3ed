//! The SQLite store: the single source of truth of a workspace.
//!
//! Every write is one transaction: an ingest that fails half-way leaves the
//! database exactly as it was.

mod carried;
mod columns;
mod consistency;
mod edit;
mod history;
mod import_workspace;
mod index;
mod places;
mod read;
mod safety;
mod schema;
mod supersede;
mod view;
mod write;

pub use columns::EventColumns;
pub use consistency::consistency_problems;
pub use edit::{EventEdit, NewEvent, ReextractOutcome};
pub use history::HistoryEntry;
pub use import_workspace::WorkspaceImport;
pub use places::{check_new_place, parse_coordinate, NewPlace};
pub use read::EventFilter;
pub(crate) use safety::beside;
pub use safety::{backup_path, latest_backup};
pub use supersede::{Generations, Ticket};
pub use view::{DayCounts, PlaceCounts};
pub use write::{IngestOutcome, IngestTimings};

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// A plain connection to a workspace file, without migrations: for tools and
/// tests that inspect a database as it is on disk.
pub fn raw_connection(path: &Path) -> Result<Connection> {
    Ok(Connection::open(path)?)
}

/// How long a write waits for another connection's transaction to end.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// What the window's counts read, in memory (`index`): read on first use,
    /// read again once the database has changed.
    index: Mutex<Option<Arc<index::ViewIndex>>>,
}

impl Store {
    /// Opens (creating if needed) a workspace database and brings its schema up
    /// to date. An existing file is first read read-only: a damaged one is
    /// refused ([`Error::Damaged`]) and left exactly as it is; one that holds
    /// data is backed up before a migration changes it ([`backup_path`]).
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io { path: dir.to_path_buf(), source })?;
        }
        if let Some(found) = safety::inspect(path)? {
            if found.version < schema::known_version() && found.holds_data {
                safety::back_up(&found.conn, path, schema::known_version())?;
            }
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| safety::damaged_if_corrupt(path, e.into()))?;
        Self::prepare(conn, Some(path.to_path_buf())).map_err(|e| safety::damaged_if_corrupt(path, e))
    }

    /// A private database in memory, for tests and one-off runs.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?, None)
    }

    /// The built-in sample in a private database in memory, for the store's tests.
    #[cfg(test)]
    pub(crate) fn sample_in_memory() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        crate::workspace::import_sample(&mut store).unwrap();
        store
    }

    fn prepare(mut conn: Connection, path: Option<PathBuf>) -> Result<Store> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Before anything is set: a newer version's workspace is left exactly as
        // it is (switching it to WAL would rewrite its header).
        let found: usize = conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))? as usize;
        if found > schema::known_version() {
            return Err(Error::DatabaseTooNew {
                path: path.as_deref().map(|p| p.display().to_string()).unwrap_or_else(|| ":memory:".into()),
                found,
                known: schema::known_version(),
            });
        }
        // A bounded page cache (32 MB) large enough for an import's working set.
        conn.pragma_update(None, "cache_size", -32_000)?;
        // Statement journals (every write that fires a trigger has one) in
        // memory: on disk they cost a system call per page written.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        if path.is_some() {
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            // Checkpoint every 32,000 pages (128 MB of log) rather than 1,000: an
            // import's commits append to the log, and a page rewritten by several
            // imports is copied back once (measured: commits a fifth faster than
            // at 8,000 on an archive imported out of order). The log is removed
            // when the workspace closes.
            conn.pragma_update(None, "wal_autocheckpoint", 32_000)?;
        }
        // A migration may rebuild a table others refer to: with foreign keys on,
        // dropping the old one would cascade. Each step checks the keys instead.
        conn.pragma_update(None, "foreign_keys", false)?;
        schema::migrations().to_latest(&mut conn)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        Ok(Store { conn, path, index: Mutex::new(None) })
    }

    /// The in-memory index of the events as the database now is.
    fn view_index(&self) -> Result<Arc<index::ViewIndex>> {
        let now = index::Stamp::of(&self.conn)?;
        let mut cached = self.index.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match cached.as_ref() {
            Some(index) if index.stamp == now => Ok(index.clone()),
            _ => {
                let index = Arc::new(index::ViewIndex::read(&self.conn)?);
                *cached = Some(index.clone());
                Ok(index)
            }
        }
    }

    /// Begins a write transaction, taking the write lock at once (BEGIN
    /// IMMEDIATE). A deferred transaction that reads first cannot wait for
    /// another connection's write: SQLite answers "database is locked" at once,
    /// without the busy timeout, when it tries to write after the other
    /// committed. With the lock taken first, a second connection (the app and
    /// the CLI on one workspace) waits up to the busy timeout.
    fn write_transaction(&mut self) -> Result<rusqlite::Transaction<'_>> {
        match self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate) {
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::DatabaseBusy => Err(Error::Busy {
                path: self.path.as_deref().map(|p| p.display().to_string()).unwrap_or_else(|| ":memory:".into()),
                waited: BUSY_TIMEOUT.as_secs(),
            }),
            other => Ok(other?),
        }
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The connection, for the workspace-file operations beside the store (`VACUUM INTO`).
    pub(crate) fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Closes the connection: SQLite copies its write-ahead log back into the file and
    /// removes it. A store dropped closes too; a process that ends without dropping it
    /// (the app's event loop leaves through `process::exit`) leaves the log beside the
    /// file, and the next open takes that for a crash and checks every page.
    pub fn close(self) -> Result<()> {
        self.conn.close().map_err(|(_, e)| e.into())
    }

    pub fn schema_version(&self) -> Result<usize> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))? as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{EventEdit, NewPlace};

    #[test]
    fn a_closed_workspace_leaves_no_log_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ws.sqlite");
        let store = Store::open(&path).unwrap();
        store.counts().unwrap();
        let log = safety::beside(&path, "-wal");
        assert!(log.exists(), "an open workspace in WAL mode has its log");
        store.close().unwrap();
        assert!(!log.exists(), "closed: the log is folded back and removed");
    }

    #[test]
    fn a_newer_database_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ws.sqlite");
        drop(Store::open(&path).unwrap());
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        drop(conn);
        let err = Store::open(&path).err().expect("refused").to_string();
        assert!(err.contains("newer GeoTimeline") && err.contains("schema 99"), "{err}");
        let conn = Connection::open(&path).unwrap();
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(v, 99);
    }

    #[test]
    fn a_database_of_the_first_version_is_upgraded_with_its_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v1.sqlite");
        let mut conn = Connection::open(&path).unwrap();
        schema::first(1).to_latest(&mut conn).unwrap();
        conn.execute("INSERT INTO articles (file_name, language, text, content_hash) VALUES ('a.txt', 'fr', 'Bonjour.', 'h')", []).unwrap();
        drop(conn);
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), schema::known_version());
        assert_eq!(store.list_articles().unwrap()[0].file_name, "a.txt");
    }

    #[test]
    fn the_rebuilt_events_table_keeps_every_report_and_accepts_seasons() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v2.sqlite");
        let mut conn = Connection::open(&path).unwrap();
        schema::first(2).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO articles (id, file_name, language, text, content_hash) VALUES (1, 'a.txt', 'fr', 'Poutine est à Hanoï.', 'h');
             INSERT INTO events (id, title, type, start, end, precision, confidence, origin) VALUES (7, 'Visite', 'visit', '2024-06-20', '2024-06-20', 'day', 0.8, 'extracted');
             INSERT INTO places (id, name, kind) VALUES (1, 'Hanoi', 'city');
             INSERT INTO event_places VALUES (7, 1, 0);
             INSERT INTO mentions (event_id, article_id, quote, start, end) VALUES (7, 1, 'Poutine est à Hanoï.', 0, 21);",
        )
        .unwrap();
        drop(conn);
        let store = Store::open(&path).unwrap();
        let event = store.get_event(crate::model::EventId(7)).unwrap();
        assert_eq!((event.sources.len(), event.places.len()), (1, 1));
        let fk: bool = store.conn.pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap();
        assert!(fk, "foreign keys are back on after migrating");
        store
            .conn
            .execute("INSERT INTO events (title, type, start, end, precision, confidence, origin) VALUES ('x', 'visit', '2023-03-01', '2023-05-31', 'season', 0.5, 'extracted')", [])
            .unwrap();
        store.conn.execute("DELETE FROM events WHERE id = 7", []).unwrap();
        let left: i64 = store.conn.query_row("SELECT count(*) FROM mentions", [], |r| r.get(0)).unwrap();
        assert_eq!(left, 0, "deleting an event still deletes its reports");
    }

    #[test]
    fn events_of_a_third_version_get_their_merge_keys_and_search_entries() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v3.sqlite");
        let mut conn = Connection::open(&path).unwrap();
        schema::first(3).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO articles (id, file_name, language, text, content_hash, published) VALUES (1, 'a.txt', 'fr', 'Poutine est arrivé à Hanoï jeudi.', 'h', '2024-06-21');
             INSERT INTO events (id, title, type, start, end, precision, confidence, origin) VALUES (7, 'Visite', 'visit', '2024-06-20', '2024-06-20', 'day', 0.8, 'extracted');
             INSERT INTO places (id, name, country, kind) VALUES (1, 'Hanoi', 'VN', 'city');
             INSERT INTO actors (id, name, kind) VALUES (1, 'Vladimir Putin', 'person');
             INSERT INTO event_places VALUES (7, 1, 0);
             INSERT INTO event_actors VALUES (7, 1, 0);
             INSERT INTO mentions (event_id, article_id, quote, start, end) VALUES (7, 1, 'Poutine est arrivé à Hanoï jeudi.', 0, 34);
             INSERT INTO event_fts (rowid, title, quotes) VALUES (7, 'Visite', 'Poutine est arrivé à Hanoï jeudi.');",
        )
        .unwrap();
        drop(conn);
        let mut store = Store::open(&path).unwrap();
        let stored: String = store.conn.query_row("SELECT merge_keys FROM events WHERE id = 7", [], |r| r.get(0)).unwrap();
        let event = store.get_event(crate::model::EventId(7)).unwrap();
        assert_eq!(crate::merge::Keys::from_stored(&stored), Some(crate::merge::Keys::of(&event.actors, &event.places)));
        let found = store.list_events(&crate::EventFilter { query: Some("arrive".into()), ..Default::default() }).unwrap();
        assert_eq!(found.iter().map(|e| e.id.0).collect::<Vec<_>>(), [7], "search entries rebuilt");
        // A new report of the visit joins the upgraded event.
        let article = crate::ingest::article_from_bytes(
            "b.txt",
            crate::ingest::FileKind::Text,
            "Vladimir Poutine est arrivé jeudi à Hanoï pour une visite d'Etat.".as_bytes(),
            &crate::ingest::ArticleMeta { published: chrono::NaiveDate::from_ymd_opt(2024, 6, 21), ..Default::default() },
        )
        .unwrap();
        store.ingest(&[article], &crate::extract::FrenchRules).unwrap();
        assert_eq!(store.get_event(crate::model::EventId(7)).unwrap().sources.len(), 2);
    }

    #[test]
    fn the_lookup_table_follows_every_change_to_the_events() {
        let store = Store::open_in_memory().unwrap();
        let rows_of = |sql: &str| -> Vec<(i64, i64, i64, i64, i64)> {
            let mut stmt = store.conn.prepare(sql).unwrap();
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap()
        };
        // What the triggers wrote is what the view computes from the events.
        let windows = || -> Vec<(i64, i64, i64)> {
            let stored = rows_of("SELECT id, class, reach, first_day, last_day FROM event_windows ORDER BY id");
            assert_eq!(stored, rows_of("SELECT id, class, reach, first_day, last_day FROM event_window_of ORDER BY id"));
            stored.into_iter().map(|(id, class, reach, _, _)| (id, class, reach)).collect()
        };
        store
            .conn
            .execute_batch(
                "INSERT INTO events (id, title, type, start, end, precision, confidence, origin) VALUES
                    (1, 'a', 'visit', '2024-06-20', '2024-06-20', 'day', 0.8, 'extracted'),
                    (2, 'b', 'meeting', '2024-06-10', '2024-06-20', 'day', 0.8, 'extracted'),
                    (3, 'c', 'visit', '2024-06-01', '2024-06-30', 'month', 0.8, 'extracted'),
                    (4, 'd', 'visit', '2024-06-20', '2024-06-20', 'day', 0.8, 'manual');",
            )
            .unwrap();
        // Classes: where the type is in the list of types, * 2, + 1 for a day; reaches: 0 one day, 2 up to 15 days, 3 up to 63.
        assert_eq!(windows(), [(1, 3, 0), (2, 15, 2), (3, 2, 3)], "only machine-made events");
        store.conn.execute("UPDATE events SET end = '2024-06-22' WHERE id = 1", []).unwrap();
        store.conn.execute("UPDATE events SET title = 'renamed', edited = 'title' WHERE id = 2", []).unwrap();
        store.conn.execute("UPDATE events SET type = 'sanction' WHERE id = 3", []).unwrap();
        assert_eq!(windows(), [(1, 3, 1), (2, 15, 2), (3, 50, 3)]);
        store.conn.execute("UPDATE events SET origin = 'manual' WHERE id = 1", []).unwrap();
        store.conn.execute("DELETE FROM events WHERE id = 2", []).unwrap();
        assert_eq!(windows(), [(3, 50, 3)]);
        store.conn.execute("UPDATE events SET origin = 'extracted' WHERE id = 4", []).unwrap();
        store.conn.execute("DELETE FROM events WHERE id = 1", []).unwrap();
        // A week is filed with days (+ 1), a month not.
        store.conn.execute("INSERT INTO events (id, title, type, start, end, precision, confidence, origin) VALUES (5, 'w', 'visit', '2024-06-17', '2024-06-23', 'week', 0.8, 'extracted')", []).unwrap();
        assert_eq!(windows(), [(3, 50, 3), (4, 3, 0), (5, 3, 2)]);
        store.conn.execute("DELETE FROM events WHERE id = 5", []).unwrap();
        // Reaches at their bounds: 3 and 4 days, 15 and 16, a year, 4096 days and more.
        for (id, end, reach) in [
            (10, "2024-01-04", 1),
            (11, "2024-01-05", 2),
            (12, "2024-01-16", 2),
            (13, "2024-01-17", 3),
            (14, "2024-12-31", 5),
            (15, "2035-03-19", 6),
            (16, "2035-03-20", 7),
        ] {
            store.conn.execute("INSERT INTO events (id, title, type, start, end, precision, confidence, origin) VALUES (?1, 'x', 'other', '2024-01-01', ?2, 'day', 0.8, 'extracted')", rusqlite::params![id, end]).unwrap();
            assert!(windows().contains(&(id, 125, reach)), "{end}: reach {reach}");
        }
    }

    #[test]
    fn a_report_joins_a_stored_event_of_several_days_on_any_of_them() {
        let mut store = Store::open_in_memory().unwrap();
        store
            .conn
            .execute(
                r#"INSERT INTO events (id, title, type, start, end, precision, confidence, origin, merge_keys)
                   VALUES (8, 'Visite', 'visit', '2024-06-10', '2024-06-20', 'day', 0.8, 'extracted', '[["person","Vladimir Putin",null],["city","Hanoi","VN"]]')"#,
                [],
            )
            .unwrap();
        let article = crate::ingest::article_from_bytes(
            "b.txt",
            crate::ingest::FileKind::Text,
            "Vladimir Poutine est arrivé mardi à Hanoï pour une visite d'Etat.".as_bytes(),
            &crate::ingest::ArticleMeta { published: chrono::NaiveDate::from_ymd_opt(2024, 6, 19), ..Default::default() },
        )
        .unwrap();
        let outcome = store.ingest(&[article], &crate::extract::FrenchRules).unwrap();
        assert_eq!((outcome.events_added, outcome.events_merged), (0, 1), "18 June is one of the visit's days");
        assert_eq!(store.get_event(crate::model::EventId(8)).unwrap().sources.len(), 1);
    }

    #[test]
    fn stored_merge_keys_give_back_each_event_s_actors_and_places() {
        let mut store = Store::open_in_memory().unwrap();
        crate::workspace::import_sample(&mut store).unwrap();
        let ids: Vec<(i64, String)> = {
            let mut stmt = store.conn.prepare("SELECT id, merge_keys FROM events").unwrap();
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().collect::<rusqlite::Result<_>>().unwrap()
        };
        assert!(ids.len() > 10);
        for (id, keys) in ids {
            let event = store.get_event(crate::model::EventId(id)).unwrap();
            let (actors, places) = crate::merge::links_from_stored(&keys).expect("readable keys");
            assert_eq!(actors, event.actors, "event {id}");
            let brief = |p: &[crate::model::Place]| {
                p.iter().map(|p| (p.name.clone(), p.name_fr.clone(), p.country.clone(), p.kind, p.lat, p.lon)).collect::<Vec<_>>()
            };
            assert_eq!(brief(&places), brief(&event.places), "event {id}");
        }
    }

    /// A workspace of schema 7 (before the history of edits): its events keep
    /// their ids, reports, links and edits; they can be verified, merged and
    /// the merge undone; a new event never takes the id of a deleted one.
    #[test]
    fn a_workspace_of_the_seventh_version_gets_a_history_and_never_reuses_an_id() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v7.sqlite");
        let mut conn = Connection::open(&path).unwrap();
        schema::first(7).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            r#"INSERT INTO articles (id, file_name, language, text, content_hash, published) VALUES (1, 'a.txt', 'fr', 'Poutine est arrivé à Hanoï jeudi. Il a rencontré To Lam.', 'h', '2024-06-21');
             INSERT INTO events (id, title, type, start, end, precision, confidence, origin, edited, merge_keys) VALUES
                 (7, 'Visite', 'visit', '2024-06-20', '2024-06-20', 'day', 0.8, 'extracted', 'title', '[["city","Hanoi","VN"]]'),
                 (9, 'Rencontre', 'meeting', '2024-06-20', '2024-06-20', 'day', 0.7, 'extracted', '', '[]');
             INSERT INTO places (id, name, country, kind) VALUES (1, 'Hanoi', 'VN', 'city');
             INSERT INTO event_places VALUES (7, 1, 0);
             INSERT INTO mentions (event_id, article_id, quote, start, end) VALUES (7, 1, 'Poutine est arrivé à Hanoï jeudi.', 0, 34);
             INSERT INTO mentions (event_id, article_id, quote, start, end) VALUES (9, 1, 'Il a rencontré To Lam.', 35, 57);
             INSERT INTO event_fts (rowid, title) VALUES (7, 'Visite'), (9, 'Rencontre');"#,
        )
        .unwrap();
        drop(conn);
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), schema::known_version());
        let visit = store.get_event(crate::model::EventId(7)).unwrap();
        assert_eq!((visit.title.as_str(), visit.sources.len(), visit.places.len(), visit.verified), ("Visite", 1, 1, false));
        assert_eq!(visit.edited, [crate::model::EditedField::Title]);
        let windows: i64 = store.conn.query_row("SELECT count(*) FROM event_windows", [], |r| r.get(0)).unwrap();
        assert_eq!(windows, 2, "the lookup table is kept");
        let found = store.list_events(&crate::EventFilter { query: Some("rencontre".into()), ..Default::default() }).unwrap();
        assert_eq!(found.iter().map(|e| e.id.0).collect::<Vec<_>>(), [9]);
        store.set_verified(crate::model::EventId(7), true).unwrap();
        store.merge_events(&[crate::model::EventId(7), crate::model::EventId(9)], None).unwrap();
        assert_eq!(store.get_event(crate::model::EventId(7)).unwrap().sources.len(), 2);
        drop(store);
        // Undone by another connection, as by another process.
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.history().unwrap().len(), 2);
        store.undo().unwrap().unwrap();
        assert_eq!(store.get_event(crate::model::EventId(9)).unwrap().sources.len(), 1);
        assert!(store.get_event(crate::model::EventId(7)).unwrap().verified);
        // Deleting the newest event and adding one: the new one gets a fresh id.
        store.delete_event(crate::model::EventId(9)).unwrap();
        store.conn.execute("INSERT INTO events (title, type, start, end, precision, confidence, origin) VALUES ('x', 'other', '2024-01-01', '2024-01-01', 'day', 0.5, 'extracted')", []).unwrap();
        assert_eq!(store.conn.last_insert_rowid(), 10);
    }

    /// A workspace of schema 8 (before places added by users), with events, a
    /// place and an edit in its history: it is upgraded with its data, the old
    /// edit is still undone and redone, and a place can be added, linked and undone.
    #[test]
    fn a_workspace_of_the_eighth_version_gets_places_added_by_users() {
        use crate::model::EventId;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v8.sqlite");
        let mut conn = Connection::open(&path).unwrap();
        schema::first(8).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            r#"INSERT INTO articles (id, file_name, language, text, content_hash, published) VALUES (1, 'a.txt', 'fr', 'Macky Sall est arrivé à Diamniadio jeudi.', 'h', '2024-06-21');
             INSERT INTO events (id, title, type, start, end, precision, confidence, origin, edited, merge_keys) VALUES
                 (7, 'Visite', 'visit', '2024-06-20', '2024-06-20', 'day', 0.8, 'extracted', '', '[["city","Dakar","SN"]]');
             INSERT INTO places (id, name, country, kind, lat, lon) VALUES (1, 'Dakar', 'SN', 'city', 14.69, -17.44);
             INSERT INTO event_places VALUES (7, 1, 0);
             INSERT INTO mentions (event_id, article_id, quote, start, end) VALUES (7, 1, 'Macky Sall est arrivé à Diamniadio jeudi.', 0, 42);
             INSERT INTO event_fts (rowid, title) VALUES (7, 'Visite');
             INSERT INTO edit_history (summary, scope, before, after) VALUES ('marked event 7 verified', '{"events":[7],"articles":[1]}',
                 (SELECT json_object('events', json_array(json_object('id', 7, 'title', 'Visite', 'type', 'visit', 'start', '2024-06-20', 'end', '2024-06-20',
                     'precision', 'day', 'confidence', 0.8, 'origin', 'extracted', 'planned', 0, 'edited', '', 'merge_keys', '[["city","Dakar","SN"]]', 'verified', 0)),
                     'actors', json_array(), 'places', json_array(json_array(7, 1, 0)),
                     'mentions', json_array(json_object('event_id', 7, 'article_id', 1, 'quote', 'Macky Sall est arrivé à Diamniadio jeudi.', 'start', 0, 'end', 42)),
                     'rejected', json_array())),
                 (SELECT json_object('events', json_array(json_object('id', 7, 'title', 'Visite', 'type', 'visit', 'start', '2024-06-20', 'end', '2024-06-20',
                     'precision', 'day', 'confidence', 0.8, 'origin', 'extracted', 'planned', 0, 'edited', '', 'merge_keys', '[["city","Dakar","SN"]]', 'verified', 1)),
                     'actors', json_array(), 'places', json_array(json_array(7, 1, 0)),
                     'mentions', json_array(json_object('event_id', 7, 'article_id', 1, 'quote', 'Macky Sall est arrivé à Diamniadio jeudi.', 'start', 0, 'end', 42)),
                     'rejected', json_array())));
             UPDATE events SET verified = 1 WHERE id = 7;"#,
        )
        .unwrap();
        drop(conn);
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), schema::known_version());
        assert!(backup_path(&path, schema::known_version()).exists(), "a backup is taken before the migration");
        let user: i64 = store.conn.query_row("SELECT added_by_user FROM places WHERE id = 1", [], |r| r.get(0)).unwrap();
        assert_eq!(user, 0, "the stored places are the knowledge base's");
        assert!(store.added_places().unwrap().is_empty());
        let event = store.get_event(EventId(7)).unwrap();
        assert_eq!((event.places[0].name.as_str(), event.places[0].lat, event.verified), ("Dakar", Some(14.69), true));
        // The edit recorded before the migration, whose scope names no places, is undone and redone.
        store.undo().unwrap().unwrap();
        assert!(!store.get_event(EventId(7)).unwrap().verified);
        store.redo().unwrap().unwrap();
        assert!(store.get_event(EventId(7)).unwrap().verified);
        let new =
            NewPlace { name: "Diamniadio".into(), latitude: "14.7236".into(), longitude: "-17.1836".into(), country: Some("SN".into()) };
        store.add_place(&new).unwrap();
        store
            .update_event(EventId(7), &EventEdit { places: Some(vec!["Dakar".into(), "Diamniadio".into()]), ..Default::default() })
            .unwrap();
        drop(store);
        // Another process undoes the link, then the place.
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.get_event(EventId(7)).unwrap().places.len(), 2);
        assert_eq!(store.search_places("diamniadio", 5).unwrap()[0].country.as_deref(), Some("SN"));
        store.undo().unwrap().unwrap();
        store.undo().unwrap().unwrap();
        assert!(store.search_places("diamniadio", 5).unwrap().is_empty());
        assert_eq!(store.get_event(EventId(7)).unwrap().places.len(), 1);
    }

    /// A workspace of schema 9, whose `events` checked their type and precision with `IN`
    /// lists: rebuilt with the same rows, ids, windows and counter (the id of a deleted last
    /// event is not given again), and its checks still refuse what they refused.
    #[test]
    fn a_workspace_of_the_ninth_version_keeps_its_events_and_their_ids() {
        use crate::model::EventId;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v9.sqlite");
        let mut conn = Connection::open(&path).unwrap();
        schema::first(9).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            r#"INSERT INTO events (id, title, type, start, end, precision, confidence, origin, edited, merge_keys, verified) VALUES
                 (4, 'Visite', 'visit', '2024-06-20', '2024-06-20', 'day', 0.8, 'extracted', '', '[["city","Dakar","SN"]]', 1),
                 (9, 'Sommet', 'meeting', '2024-06-01', '2024-06-30', 'month', 0.6, 'manual', 'title', NULL, 0);
             DELETE FROM events WHERE id = 9;"#,
        )
        .unwrap();
        drop(conn);
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), schema::known_version());
        let event = store.get_event(EventId(4)).unwrap();
        assert_eq!((event.title.as_str(), event.verified), ("Visite", true));
        let windows: i64 = store.conn.query_row("SELECT count(*) FROM event_windows WHERE id = 4", [], |r| r.get(0)).unwrap();
        assert_eq!(windows, 1, "the machine-made event is still filed for merging");
        store
            .conn
            .execute("INSERT INTO events (title, type, start, end, precision, confidence, origin) VALUES ('Accord', 'agreement', '2024-07-01', '2024-07-01', 'week', 0.7, 'extracted')", [])
            .unwrap();
        assert_eq!(store.conn.last_insert_rowid(), 10, "ids go on after the deleted event's");
        let windows: i64 = store.conn.query_row("SELECT count(*) FROM event_windows WHERE id = 10", [], |r| r.get(0)).unwrap();
        assert_eq!(windows, 1, "the triggers file new events");
        for (kind, precision, origin) in [("meetings", "day", "manual"), ("visit", "days", "manual"), ("visit", "day", "user")] {
            let refused = store.conn.execute(
                "INSERT INTO events (title, type, start, end, precision, confidence, origin) VALUES ('x', ?1, '2024-01-01', '2024-01-01', ?2, 0.5, ?3)",
                [kind, precision, origin],
            );
            assert!(refused.is_err(), "{kind} / {precision} / {origin} is refused");
        }
    }

    #[test]
    fn opening_twice_keeps_the_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/ws.sqlite");
        assert_eq!(Store::open(&path).unwrap().schema_version().unwrap(), schema::known_version());
        assert_eq!(Store::open(&path).unwrap().schema_version().unwrap(), schema::known_version());
    }
}
