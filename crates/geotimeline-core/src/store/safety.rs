//! Before a workspace file is written to: whether it is whole, and a backup of
//! it before a migration changes it. A damaged file is refused and never
//! written (not switched to WAL, not migrated), so what is left in it can
//! still be rescued by other tools.

use super::schema;
use crate::error::{DamageProblem, Error, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// The first 16 bytes of every SQLite database.
pub(crate) const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What an existing workspace file holds, read without writing to it.
pub(super) struct Found {
    pub version: usize,
    /// Articles or events: what a backup is worth taking for.
    pub holds_data: bool,
    /// The read-only connection, kept for the backup.
    pub conn: Connection,
}

pub(super) fn damaged(path: &Path, problem: DamageProblem) -> Error {
    Error::Damaged { path: path.to_path_buf(), problem, backup: latest_backup(path) }
}

/// A SQLite error that means the file is damaged, as the workspace's error.
pub(super) fn damaged_if_corrupt(path: &Path, err: Error) -> Error {
    let code = match &err {
        Error::Database(rusqlite::Error::SqliteFailure(e, _)) => Some(e.code),
        Error::Migration(rusqlite_migration::Error::RusqliteError { err: rusqlite::Error::SqliteFailure(e, _), .. }) => Some(e.code),
        _ => None,
    };
    match code {
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => damaged(path, DamageProblem::Malformed),
        Some(rusqlite::ErrorCode::NotADatabase) => damaged(path, DamageProblem::NotSqlite),
        _ => err,
    }
}

/// Reads an existing, non-empty file read-only: its header, its schema version
/// and SQLite's quick check. `None` for a missing or empty file (a new
/// workspace), and when the file cannot be read for another reason (the
/// read-write open that follows says why).
pub(super) fn inspect(path: &Path) -> Result<Option<Found>> {
    let Ok(meta) = std::fs::metadata(path) else { return Ok(None) };
    if !meta.is_file() || meta.len() == 0 {
        return Ok(None);
    }
    let mut head = [0u8; 100];
    let read = {
        use std::io::Read;
        std::fs::File::open(path).and_then(|f| f.take(100).read(&mut head))
    };
    let Ok(n) = read else { return Ok(None) };
    if n < 16 || &head[..16] != SQLITE_MAGIC {
        return Err(damaged(path, DamageProblem::NotSqlite));
    }
    // Pages are 512 to 65,536 bytes (1 stands for 65,536) and a database is whole pages.
    let page = match u32::from(u16::from_be_bytes([head[16], head[17]])) {
        1 => 65_536,
        p => p,
    };
    if n < 100 || !(512..=65_536).contains(&page) || !page.is_power_of_two() || meta.len() % u64::from(page) != 0 {
        return Err(damaged(path, DamageProblem::Truncated { size: meta.len() }));
    }
    // Busy, or a hot journal a read-only connection cannot roll back: not
    // damage; the read-write open that follows deals with it.
    let not_damage = |err: Error| match damaged_if_corrupt(path, err) {
        err @ (Error::Damaged { .. } | Error::DatabaseTooNew { .. }) => Err(err),
        _ => Ok(None),
    };
    // A read-only connection to a file in WAL mode creates the log and its
    // index beside it: those it created are removed if the file is damaged.
    let sides: Vec<PathBuf> = ["-wal", "-shm"].iter().map(|s| beside(path, s)).filter(|p| !p.exists()).collect();
    let unclean = last_session_crashed(path);
    let conn = match Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX) {
        Ok(conn) => conn,
        Err(err) => return not_damage(err.into()),
    };
    let checked = (|| -> Result<(usize, bool)> {
        conn.busy_timeout(super::BUSY_TIMEOUT)?;
        let version = conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))? as usize;
        if version > schema::known_version() {
            return Err(Error::DatabaseTooNew { path: path.display().to_string(), found: version, known: schema::known_version() });
        }
        // SQLite's check reads every page (about 0.3 s for 100,000 events): it runs when
        // damage is most likely or most costly, after a crash and before a migration, not on
        // every start. Damage it would find otherwise is reported by the first read.
        if unclean || version < schema::known_version() {
            let verdict: String = conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
            if verdict != "ok" {
                return Err(damaged(path, DamageProblem::CheckFails { verdict }));
            }
        }
        let holds_data =
            version >= 1 && conn.query_row("SELECT EXISTS (SELECT 1 FROM articles) OR EXISTS (SELECT 1 FROM events)", [], |r| r.get(0))?;
        Ok((version, holds_data))
    })();
    match checked {
        Ok((version, holds_data)) => Ok(Some(Found { version, holds_data, conn })),
        Err(err) => {
            let outcome = not_damage(err);
            if matches!(outcome, Err(Error::Damaged { .. })) {
                drop(conn);
                for side in sides {
                    let _ = std::fs::remove_file(side);
                }
            }
            outcome
        }
    }
}

/// Whether the last session on `path` may have ended while writing it. A workspace closed
/// cleanly leaves no log beside it; one with frames in it says the last session ended in a
/// crash (or is still running). An empty one says the file was not being written (only a
/// checkpoint, copying the log's frames, writes it): a session that only read and ended
/// without closing its connection leaves one, and checking every page for it held the first
/// view of 100,000 events by 0.7–1.3 s (issue 16).
fn last_session_crashed(path: &Path) -> bool {
    std::fs::metadata(beside(path, "-wal")).is_ok_and(|log| log.len() > 0)
}

/// `path` with `suffix` appended to its file name.
pub(crate) fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The backup taken before a migration to `version`: `NAME.before-vN.bak` beside it.
pub fn backup_path(path: &Path, version: usize) -> PathBuf {
    beside(path, &format!(".before-v{version}.bak"))
}

/// The backups of `path` beside it, with the version each was taken before.
fn backups(path: &Path) -> Vec<(usize, PathBuf)> {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else { return Vec::new() };
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let prefix = format!("{}.before-v", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let file = e.file_name().to_string_lossy().into_owned();
            let version = file.strip_prefix(&prefix)?.strip_suffix(".bak")?.parse().ok()?;
            e.file_type().ok()?.is_file().then(|| (version, e.path()))
        })
        .collect()
}

/// The newest backup of `path` taken before a migration, if any.
pub fn latest_backup(path: &Path) -> Option<PathBuf> {
    backups(path).into_iter().max_by_key(|(v, _)| *v).map(|(_, p)| p)
}

/// Copies the workspace, consistent (`VACUUM INTO` from its read-only
/// connection), to its backup before a migration to `version`, through a file
/// renamed into place; then removes its older backups.
pub(super) fn back_up(conn: &Connection, path: &Path, version: usize) -> Result<PathBuf> {
    let dest = backup_path(path, version);
    let partial = beside(&dest, ".partial");
    let _ = std::fs::remove_file(&partial);
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |source| Error::Io { path: p, source }
    };
    let written = conn
        .execute("VACUUM INTO ?1", [partial.to_string_lossy()])
        .map_err(Error::from)
        // On disk before it replaces the older backup, and before the migration starts.
        .and_then(|_| std::fs::File::open(&partial).and_then(|f| f.sync_all()).map_err(io(&partial)))
        .and_then(|_| std::fs::rename(&partial, &dest).map_err(io(&dest)));
    if let Err(err) = written {
        let _ = std::fs::remove_file(&partial);
        return Err(err);
    }
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
    }
    for (v, older) in backups(path) {
        if v != version {
            let _ = std::fs::remove_file(older);
        }
    }
    Ok(dest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EventId;
    use crate::Store;

    /// Two articles, two events with their actors, places and reports, as a
    /// GeoTimeline of schema `version` stored them (its search entries, the
    /// reports' claims from V2, a rejected report and an edited field from V3,
    /// merge keys from V4; the merge look-up rows come from the triggers).
    fn workspace_at(path: &Path, version: usize) {
        let mut conn = Connection::open(path).unwrap();
        schema::first(version).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO articles (id, file_name, title, outlet, language, published, text, content_hash) VALUES
                (1, 'hanoi.txt', 'Poutine à Hanoï', 'AFP', 'fr', '2024-06-21', 'Vladimir Poutine est arrivé à Hanoï jeudi. Il a rencontré To Lam.', 'h1'),
                (2, 'kim.txt', 'Sommet à Pyongyang', NULL, 'fr', '2024-06-19', 'Poutine a rencontré Kim Jong-un à Pyongyang en juin 2024.', 'h2');
             INSERT INTO events (id, title, type, start, end, precision, confidence, origin, planned) VALUES
                (1, 'Visite à Hanoï', 'visit', '2024-06-20', '2024-06-20', 'day', 0.8, 'extracted', 0),
                (2, 'Rencontre à Pyongyang', 'meeting', '2024-06-01', '2024-06-30', 'month', 0.7, 'manual', 1);
             INSERT INTO places (id, name, country, kind, lat, lon) VALUES (1, 'Hanoi', 'VN', 'city', 21.0, 105.8), (2, 'Pyongyang', 'KP', 'city', 39.0, 125.7);
             INSERT INTO actors (id, name, kind) VALUES (1, 'Vladimir Putin', 'person'), (2, 'Kim Jong-un', 'person');
             INSERT INTO event_places VALUES (1, 1, 0), (2, 2, 0);
             INSERT INTO event_actors VALUES (1, 1, 0), (2, 1, 0), (2, 2, 1);
             INSERT INTO mentions (event_id, article_id, quote, start, end, date_text) VALUES
                (1, 1, 'Vladimir Poutine est arrivé à Hanoï jeudi.', 0, 43, 'jeudi'),
                (2, 2, 'Poutine a rencontré Kim Jong-un à Pyongyang en juin 2024.', 0, 58, 'en juin 2024');",
        )
        .unwrap();
        if version >= 2 {
            conn.execute_batch("UPDATE mentions SET claimed_start = '2024-06-20', claimed_end = '2024-06-20', claimed_precision = 'day', quantity = '2 jours' WHERE event_id = 1")
                .unwrap();
        }
        if version >= 3 {
            conn.execute_batch(
                "INSERT INTO rejected_reports VALUES (1, 44, 68, 'meeting');
                 UPDATE events SET edited = 'title' WHERE id = 2;
                 INSERT INTO article_fts (rowid, title, text) SELECT id, title, text FROM articles;",
            )
            .unwrap();
        }
        if version >= 4 {
            conn.execute_batch(
                "UPDATE events SET merge_keys = (
                    SELECT json_group_array(json(k)) FROM (
                        SELECT json_array(a.kind, a.name, NULL) AS k FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = events.id
                        UNION ALL
                        SELECT json_array(p.kind, p.name, p.country) FROM event_places ep JOIN places p ON p.id = ep.place_id WHERE ep.event_id = events.id));",
            )
            .unwrap();
        }
        let event_search = if version >= 5 {
            "INSERT INTO event_fts (rowid, title) SELECT id, title FROM events"
        } else {
            "INSERT INTO event_fts (rowid, title, quotes) SELECT e.id, e.title, (SELECT group_concat(quote, char(10)) FROM mentions m WHERE m.event_id = e.id) FROM events e"
        };
        conn.execute(event_search, []).unwrap();
        assert_eq!(conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0)).unwrap(), version as i64);
    }

    fn checks_pass(conn: &Connection) {
        let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(integrity, "ok");
        let fk: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
        assert_eq!(fk, 0, "foreign_key_check");
    }

    #[test]
    fn a_workspace_of_every_earlier_version_is_upgraded_with_all_its_data_and_backed_up_first() {
        let dir = tempfile::tempdir().unwrap();
        for version in 1..schema::known_version() {
            let path = dir.path().join(format!("v{version}.geotimeline"));
            workspace_at(&path, version);
            let before = std::fs::read(&path).unwrap();
            let mut store = Store::open(&path).unwrap_or_else(|e| panic!("v{version}: {e}"));
            assert_eq!(store.schema_version().unwrap(), schema::known_version());
            checks_pass(&store.conn);
            let at = format!("from v{version}");

            let visit = store.get_event(EventId(1)).unwrap();
            assert_eq!(
                (visit.title.as_str(), visit.sources.len(), visit.places.len(), visit.actors.len()),
                ("Visite à Hanoï", 1, 1, 1),
                "{at}"
            );
            assert_eq!(visit.sources[0].quote, "Vladimir Poutine est arrivé à Hanoï jeudi.", "{at}");
            let meeting = store.get_event(EventId(2)).unwrap();
            assert_eq!((meeting.sources.len(), meeting.actors.len(), meeting.planned), (1, 2, true), "{at}");
            assert_eq!(store.list_articles().unwrap().len(), 2, "{at}");
            let claimed: Option<String> =
                store.conn.query_row("SELECT claimed_start FROM mentions WHERE event_id = 1", [], |r| r.get(0)).unwrap();
            assert_eq!(claimed.is_some(), version >= 2, "{at}");
            let rejected: i64 = store.conn.query_row("SELECT count(*) FROM rejected_reports", [], |r| r.get(0)).unwrap();
            assert_eq!(rejected, i64::from(version >= 3), "{at}");
            // Search finds events by title and articles by text; the merge look-up follows the events.
            let found = store.list_events(&crate::EventFilter { query: Some("hanoi".into()), ..Default::default() }).unwrap();
            assert!(found.iter().any(|e| e.id.0 == 1), "{at}: search");
            let out_of_step: i64 = store
                .conn
                .query_row(
                    "SELECT count(*) FROM (SELECT id, class, reach, first_day, last_day FROM event_windows
                     EXCEPT SELECT id, class, reach, first_day, last_day FROM event_window_of)",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(out_of_step, 0, "{at}");
            // And the upgraded workspace takes new work: an edit, recorded.
            store.delete_event(EventId(2)).unwrap();
            assert_eq!(store.history().unwrap().len(), 1, "{at}");
            checks_pass(&store.conn);
            drop(store);

            // The backup is the file as it was: its version, its data.
            let backup = backup_path(&path, schema::known_version());
            assert_eq!(latest_backup(&path), Some(backup.clone()), "{at}");
            let copy = Connection::open(&backup).unwrap();
            assert_eq!(copy.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0)).unwrap(), version as i64, "{at}");
            let events: i64 = copy.query_row("SELECT count(*) FROM events", [], |r| r.get(0)).unwrap();
            assert_eq!(events, 2, "{at}");
            checks_pass(&copy);
            assert!(before.len() as u64 >= 512, "{at}");
            assert!(!beside(&backup, ".partial").exists());
        }
    }

    #[test]
    fn only_a_migration_of_a_workspace_with_data_is_backed_up_and_only_the_latest_backup_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        // An empty workspace of an older version, and one up to date: no backup.
        let empty = dir.path().join("empty.geotimeline");
        schema::first(3).to_latest(&mut Connection::open(&empty).unwrap()).unwrap();
        drop(Store::open(&empty).unwrap());
        let current = dir.path().join("current.geotimeline");
        drop(Store::open(&current).unwrap());
        drop(Store::open(&current).unwrap());
        let files: Vec<String> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert!(files.iter().all(|f| !f.ends_with(".bak")), "{files:?}");

        // An older backup of the same file is replaced by the new one.
        let path = dir.path().join("ws.geotimeline");
        workspace_at(&path, 5);
        std::fs::write(backup_path(&path, 5), b"an older backup").unwrap();
        std::fs::write(dir.path().join("other.geotimeline.before-v5.bak"), b"another file's").unwrap();
        // What a backup killed half-way left.
        let partial = beside(&backup_path(&path, schema::known_version()), ".partial");
        std::fs::write(&partial, b"half a backup").unwrap();
        drop(Store::open(&path).unwrap());
        assert!(!backup_path(&path, 5).exists());
        assert!(!partial.exists());
        let backup = Connection::open(backup_path(&path, schema::known_version())).unwrap();
        checks_pass(&backup);
        assert_eq!(backup.query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0)).unwrap(), 2);
        assert!(dir.path().join("other.geotimeline.before-v5.bak").exists());
    }

    #[test]
    fn only_a_log_with_frames_in_it_says_the_last_session_crashed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ws.geotimeline");
        drop(Store::open(&path).unwrap());
        assert!(!last_session_crashed(&path), "closed cleanly: no log");
        std::fs::write(beside(&path, "-wal"), b"").unwrap();
        assert!(!last_session_crashed(&path), "an empty log: the file was not being written");
        std::fs::write(beside(&path, "-wal"), b"frames").unwrap();
        assert!(last_session_crashed(&path));
    }

    fn damaged_sentence(path: &Path) -> String {
        let before = std::fs::read(path).unwrap();
        let err = Store::open(path).err().expect("refused");
        assert!(matches!(err, Error::Damaged { .. }), "{err:?}");
        assert_eq!(std::fs::read(path).unwrap(), before, "the damaged file is unchanged");
        for side in ["-wal", "-shm", "-journal"] {
            assert!(!beside(path, side).exists(), "no {side} written");
        }
        err.to_string()
    }

    #[test]
    fn a_truncated_or_garbage_workspace_is_refused_with_a_sentence_and_never_written() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.geotimeline");
        {
            let mut store = Store::open(&good).unwrap();
            crate::workspace::import_sample(&mut store).unwrap();
        }
        let bytes = std::fs::read(&good).unwrap();
        let page = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
        assert!(bytes.len() > 4 * page);

        let garbage = dir.path().join("garbage.geotimeline");
        std::fs::write(&garbage, (0..20_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect::<Vec<_>>()).unwrap();
        let err = damaged_sentence(&garbage);
        assert!(err.contains("garbage.geotimeline is damaged") && err.contains("not a SQLite database"), "{err}");
        assert!(err.contains("There is no automatic backup"), "{err}");

        // Cut in the middle of a page, and cut at a page boundary.
        let cut = dir.path().join("cut.geotimeline");
        std::fs::write(&cut, &bytes[..bytes.len() / 2 + 100]).unwrap();
        let err = damaged_sentence(&cut);
        assert!(err.contains("truncated"), "{err}");
        let short = dir.path().join("short.geotimeline");
        std::fs::write(&short, &bytes[..2 * page]).unwrap();
        damaged_sentence(&short);
        let header = dir.path().join("header.geotimeline");
        std::fs::write(&header, &bytes[..60]).unwrap();
        damaged_sentence(&header);

        // Pages overwritten in the middle, found after a crash (its log left beside it): SQLite's check finds it.
        let mut scrambled = bytes.clone();
        for (i, b) in scrambled[page..bytes.len() - page].iter_mut().enumerate() {
            if i % 7 == 0 {
                *b = !*b;
            }
        }
        let mangled = dir.path().join("mangled.geotimeline");
        std::fs::write(&mangled, &scrambled).unwrap();
        std::fs::write(beside(&mangled, "-wal"), b"frames a crash left").unwrap();
        let err = Store::open(&mangled).err().expect("refused");
        assert!(matches!(err, Error::Damaged { .. }), "{err:?}");
        assert_eq!(std::fs::read(&mangled).unwrap(), scrambled, "the damaged file is unchanged");

        // With a backup beside it, the sentence names it.
        std::fs::write(backup_path(&cut, 7), &bytes).unwrap();
        let err = damaged_sentence(&cut);
        assert!(err.contains("A backup taken before its last upgrade exists") && err.contains("cut.geotimeline.before-v7.bak"), "{err}");
    }
}
