//! Importing another workspace file into the open one (File › Import another
//! workspace…, `geotimeline import-workspace`).
//!
//! The other file is never written: it is checked read-only (a damaged file or
//! one of a newer GeoTimeline is refused), copied with SQLite's `VACUUM INTO`
//! to a temporary file, and that copy is opened (and brought up to date when it
//! is of an older schema). Its articles whose text is not here yet (by content
//! hash, as an ingest recognises them) come in with the reports its user
//! rejected; its events come in the way a re-extraction keeps a user's
//! decisions (`edit.rs`): events its user made, corrected or verified are
//! carried as they are (title, type, date, places, actors, sources, verified
//! flag), and the other events are read again from their articles and merged
//! with this workspace's events through the path of an ordinary import, the
//! reports of deleted events and of the carried events left out. All of it is
//! one transaction: if anything fails, this workspace is unchanged.

use super::carried::{self, CarriedEvent};
use super::history::{self, Scope};
use super::write::{exec, index_for_search, load_drafts, save_draft, upsert_actor, upsert_place, LinkIds, StoreReads};
use super::{safety, schema, Store};
use crate::error::{Error, Result};
use crate::extract::{ArticleText, Extractor};
use crate::merge;
use crate::model::{Actor, ActorKind, ArticleId, ArticleSummary, DateSpan, EditedField, EventType, Place, Precision};
use rusqlite::{params, Connection, OpenFlags};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// What importing another workspace did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct WorkspaceImport {
    /// The other workspace's file, as given.
    pub path: String,
    /// Its articles now stored here.
    pub articles_imported: u32,
    /// Its articles skipped because their text was already here.
    pub articles_skipped: u32,
    /// Events new to this workspace (the carried corrected events included).
    pub events_added: u32,
    /// Events of this workspace that received reports from the imported articles,
    /// or into which a corrected event of the same real event was folded.
    pub events_merged: u32,
    /// Of the events added, those carried with the other workspace's corrections
    /// (made, edited, merged, split or verified by its user).
    pub corrections_kept: u32,
}

/// `path` names the workspace the import reads (`other`).
fn invalid(message: String) -> Error {
    Error::Invalid { what: "workspace", message }
}

/// A read-only, up-to-date copy of another workspace file, in a temporary
/// folder removed when it is dropped.
struct Snapshot {
    store: Store,
    _dir: tempfile::TempDir,
}

/// Copies `path` (checked read-only, never written) to a temporary file and
/// opens the copy, migrated when it is of an older schema. `None` for an empty
/// file (an empty workspace: nothing to import).
fn snapshot(path: &Path) -> Result<Option<Snapshot>> {
    let meta = match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(invalid(format!("{} does not exist", path.display()))),
        Err(source) => return Err(Error::Io { path: path.to_path_buf(), source }),
        Ok(m) if !m.is_file() => return Err(invalid(format!("{} is not a GeoTimeline workspace (it is not a file)", path.display()))),
        Ok(m) => m,
    };
    if meta.len() == 0 {
        return Ok(None);
    }
    let mut head = [0u8; 16];
    let n = {
        use std::io::Read;
        std::fs::File::open(path)
            .and_then(|f| f.take(16).read(&mut head))
            .map_err(|source| Error::Io { path: path.to_path_buf(), source })?
    };
    if n < head.len() || &head != safety::SQLITE_MAGIC {
        return Err(invalid(format!("{} is not a GeoTimeline workspace (it is not a SQLite database)", path.display())));
    }
    // SQLite's side files a read-only connection creates beside a WAL workspace are
    // removed afterwards: the other workspace is left as it was found.
    let sides: Vec<std::path::PathBuf> = ["-wal", "-shm"].iter().map(|s| safety::beside(path, s)).filter(|p| !p.exists()).collect();
    // Header, size in whole pages, schema version (a newer one refused), and,
    // when it says so, SQLite's check: as a workspace is checked before it is opened.
    let found = match safety::inspect(path) {
        Ok(found) => found,
        Err(err) => {
            remove_created(&sides);
            return Err(err);
        }
    };
    let copied = (|| -> Result<Snapshot> {
        let conn = match found {
            Some(found) => found.conn,
            None => Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(|e| safety::damaged_if_corrupt(path, e.into()))?,
        };
        conn.busy_timeout(super::BUSY_TIMEOUT)?;
        let version = conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))? as usize;
        if version > schema::known_version() {
            return Err(Error::DatabaseTooNew { path: path.display().to_string(), found: version, known: schema::known_version() });
        }
        // Every page is read by the import: checked whole first, whatever the last session did.
        let verdict: String =
            conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0)).map_err(|e| safety::damaged_if_corrupt(path, e.into()))?;
        if verdict != "ok" {
            return Err(safety::damaged(path, crate::error::DamageProblem::CheckFails { verdict }));
        }
        let dir = tempfile::Builder::new()
            .prefix("geotimeline-import-")
            .tempdir()
            .map_err(|source| Error::Io { path: std::env::temp_dir(), source })?;
        let copy = dir.path().join("other.geotimeline");
        conn.execute("VACUUM INTO ?1", [copy.to_string_lossy()]).map_err(|e| safety::damaged_if_corrupt(path, e.into()))?;
        drop(conn);
        let store = Store::open(&copy).map_err(|e| match e {
            // Named by the file the user chose, not by the temporary copy.
            Error::Damaged { problem, .. } => safety::damaged(path, problem),
            Error::DatabaseTooNew { found, known, .. } => Error::DatabaseTooNew { path: path.display().to_string(), found, known },
            other => other,
        })?;
        Ok(Snapshot { store, _dir: dir })
    })();
    remove_created(&sides);
    copied.map(Some)
}

/// Removes the side files this import's read-only connection created.
fn remove_created(sides: &[std::path::PathBuf]) {
    for side in sides {
        if side.exists() {
            let _ = std::fs::remove_file(side);
        }
    }
}

/// Whether two paths name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

/// The places and actors of a carried event, linked to its new row.
fn link_carried(tx: &rusqlite::Transaction, event: i64, carried: &CarriedEvent, link_ids: &mut LinkIds) -> Result<()> {
    link_places(tx, event, &carried.places, link_ids)?;
    link_actors(tx, event, &carried.actors, link_ids)
}

/// Links `places` to an event in their order (those already linked are kept).
pub(super) fn link_places(tx: &rusqlite::Transaction, event: i64, places: &[Place], link_ids: &mut LinkIds) -> Result<()> {
    for (position, place) in places.iter().enumerate() {
        let place_id = upsert_place(tx, place, link_ids)?;
        exec(
            tx,
            "INSERT OR IGNORE INTO event_places (event_id, place_id, position) VALUES (?1, ?2, ?3)",
            params![event, place_id, position as i64],
        )?;
    }
    Ok(())
}

/// Links `actors` to an event in their order (those already linked are kept).
pub(super) fn link_actors(tx: &rusqlite::Transaction, event: i64, actors: &[Actor], link_ids: &mut LinkIds) -> Result<()> {
    for (position, actor) in actors.iter().enumerate() {
        let actor_id = upsert_actor(tx, actor, link_ids)?;
        exec(
            tx,
            "INSERT OR IGNORE INTO event_actors (event_id, actor_id, position) VALUES (?1, ?2, ?3)",
            params![event, actor_id, position as i64],
        )?;
    }
    Ok(())
}

/// One article of the other workspace.
struct OtherArticle {
    id: i64,
    file_name: String,
    title: Option<String>,
    outlet: Option<String>,
    language: String,
    published: Option<String>,
    text: String,
    content_hash: String,
    imported_at: String,
}

impl Store {
    /// Imports the workspace file `other` into this one, in one transaction
    /// (see the module's documentation). `extractor` reads again the articles
    /// of the events no user touched, as an ordinary import reads them.
    pub fn import_workspace(&mut self, other: &Path, extractor: &dyn Extractor) -> Result<WorkspaceImport> {
        if let Some(own) = self.path() {
            if same_file(own, other) {
                return Err(invalid(format!("{} is the open workspace: choose another workspace to import", other.display())));
            }
        }
        let mut summary = WorkspaceImport { path: other.display().to_string(), ..WorkspaceImport::default() };
        let Some(snapshot) = snapshot(other)? else { return Ok(summary) };
        let theirs = &snapshot.store.conn;
        // Read errors of the copy name the file the user chose.
        let named = |e: rusqlite::Error| -> Error {
            match safety::damaged_if_corrupt(other, e.into()) {
                Error::Database(e) => invalid(format!("{} cannot be read as a GeoTimeline workspace ({e})", other.display())),
                err => err,
            }
        };

        let tx = self.write_transaction()?;
        // Articles: those whose text is not here yet, under new ids.
        let mut article_ids: HashMap<i64, i64> = HashMap::new();
        // Its articles whose text was already here, by their id there: id here.
        let mut present_ids: HashMap<i64, i64> = HashMap::new();
        let mut imported: Vec<(ArticleSummary, OtherArticle)> = Vec::new();
        {
            let mut stmt = theirs
                .prepare(
                    "SELECT id, file_name, title, outlet, language, published, text, content_hash, imported_at FROM articles ORDER BY id",
                )
                .map_err(named)?;
            let rows = stmt
                .query_map([], |r| {
                    Ok(OtherArticle {
                        id: r.get(0)?,
                        file_name: r.get(1)?,
                        title: r.get(2)?,
                        outlet: r.get(3)?,
                        language: r.get(4)?,
                        published: r.get(5)?,
                        text: r.get(6)?,
                        content_hash: r.get(7)?,
                        imported_at: r.get(8)?,
                    })
                })
                .map_err(named)?;
            for row in rows {
                let a = row.map_err(named)?;
                if let Some(here) = carried::article_here(&tx, &a.content_hash)? {
                    present_ids.insert(a.id, here);
                    summary.articles_skipped += 1;
                    continue;
                }
                exec(
                    &tx,
                    "INSERT INTO articles (file_name, title, outlet, language, published, text, content_hash, imported_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![a.file_name, a.title, a.outlet, a.language, a.published, a.text, a.content_hash, a.imported_at],
                )?;
                let id = tx.last_insert_rowid();
                article_ids.insert(a.id, id);
                let article = ArticleSummary {
                    id: ArticleId(id),
                    file_name: a.file_name.clone(),
                    title: a.title.clone(),
                    outlet: a.outlet.clone(),
                    language: a.language.clone(),
                    published: a.published.as_deref().and_then(crate::ingest::parse_date),
                };
                imported.push((article, a));
            }
        }
        summary.articles_imported = imported.len() as u32;

        // Reports the other workspace's user took away (deleted events, changed
        // types), and those its carried events hold: not read again.
        let mut skip: HashSet<(i64, i64, i64, String)> = HashSet::new();
        {
            let mut stmt = theirs.prepare("SELECT article_id, start, end, type FROM rejected_reports").map_err(named)?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?, r.get::<_, String>(3)?)))
                .map_err(named)?;
            for row in rows {
                let (article, start, end, kind) = row.map_err(named)?;
                if let Some(&here) = article_ids.get(&article) {
                    exec(
                        &tx,
                        "INSERT OR IGNORE INTO rejected_reports (article_id, start, end, type) VALUES (?1, ?2, ?3, ?4)",
                        params![here, start, end, kind],
                    )?;
                    skip.insert((here, start, end, kind));
                }
            }
        }

        // Events a user made, corrected or verified: carried as they are, with
        // their reports from the imported articles (reports from articles
        // already here stay with this workspace's events), or folded into this
        // workspace's event of the same real event (`carried.rs`).
        let mut link_ids = LinkIds::default();
        let mut new_rows: Vec<i64> = Vec::new();
        // This workspace's events a carried event was folded into, and each one's rows before.
        let mut folded: Vec<i64> = Vec::new();
        let mut folded_before: Vec<String> = Vec::new();
        // This workspace's events that received reports.
        let mut completed: HashSet<i64> = HashSet::new();
        // Those whose type the fold changed, each with its type before.
        let mut retyped: Vec<(i64, String)> = Vec::new();
        {
            let mut events = theirs
                .prepare(
                    "SELECT id, title, type, start, end, precision, confidence, origin, planned, edited, merge_keys, verified
                     FROM events WHERE origin = 'manual' OR edited <> '' OR verified <> 0 ORDER BY id",
                )
                .map_err(named)?;
            let mut mentions = theirs
                .prepare(
                    "SELECT article_id, quote, start, end, date_text, claimed_start, claimed_end, claimed_precision, quantity
                     FROM mentions WHERE event_id = ?1 ORDER BY article_id, start",
                )
                .map_err(named)?;
            let mut places = theirs
                .prepare(
                    "SELECT p.name, p.country, p.kind, p.lat, p.lon FROM event_places ep JOIN places p ON p.id = ep.place_id
                     WHERE ep.event_id = ?1 ORDER BY ep.position",
                )
                .map_err(named)?;
            let mut actors = theirs
                .prepare(
                    "SELECT a.name, a.kind FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = ?1 ORDER BY ea.position",
                )
                .map_err(named)?;
            // The types a user took away from an event: its reports' readings they rejected.
            let mut taken_away = theirs
                .prepare(
                    "SELECT DISTINCT r.type FROM rejected_reports r
                     JOIN mentions m ON m.article_id = r.article_id AND m.start = r.start AND m.end = r.end
                     WHERE m.event_id = ?1 AND r.type <> ?2 ORDER BY r.type",
                )
                .map_err(named)?;
            type Row = (i64, String, String, String, String, String, f64, String, bool, String, Option<String>, bool);
            let kept: Vec<Row> = events
                .query_map([], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                        r.get(7)?,
                        r.get(8)?,
                        r.get(9)?,
                        r.get(10)?,
                        r.get(11)?,
                    ))
                })
                .map_err(named)?
                .collect::<rusqlite::Result<_>>()
                .map_err(named)?;
            for (id, title, kind, start, end, precision, confidence, origin, planned, edited, merge_keys, verified) in kept {
                type Mention = (i64, String, i64, i64, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>);
                let mut reports: Vec<Mention> = Vec::new();
                // Its reports on articles already here: (article here, quote start, end).
                let mut shared: Vec<(i64, i64, i64)> = Vec::new();
                for mut m in mentions
                    .query_map([id], |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?))
                    })
                    .map_err(named)?
                    .collect::<rusqlite::Result<Vec<Mention>>>()
                    .map_err(named)?
                {
                    if let Some(&here) = article_ids.get(&m.0) {
                        m.0 = here;
                        reports.push(m);
                    } else if let Some(&here) = present_ids.get(&m.0) {
                        shared.push((here, m.2, m.3));
                    }
                }
                let linked_places: Vec<crate::model::Place> = places
                    .query_map([id], |r| super::read::place_from(r, 0))
                    .map_err(named)?
                    .collect::<rusqlite::Result<_>>()
                    .map_err(named)?;
                let linked_actors: Vec<crate::model::Actor> = actors
                    .query_map([id], |r| {
                        let kind = ActorKind::parse(&r.get::<_, String>(1)?).unwrap_or(ActorKind::Organisation);
                        Ok(crate::knowledge::people::actor(&r.get::<_, String>(0)?, kind))
                    })
                    .map_err(named)?
                    .collect::<rusqlite::Result<_>>()
                    .map_err(named)?;
                let edited_fields = EditedField::list_from_db(&edited);
                let former_types: Vec<EventType> = if edited_fields.contains(&EditedField::Type) {
                    taken_away
                        .query_map(params![id, kind], |r| r.get::<_, String>(0))
                        .map_err(named)?
                        .collect::<rusqlite::Result<Vec<String>>>()
                        .map_err(named)?
                        .iter()
                        .filter_map(|k| EventType::parse(k))
                        .collect()
                } else {
                    Vec::new()
                };
                let event = CarriedEvent {
                    title: title.clone(),
                    event_type: EventType::parse(&kind).unwrap_or(EventType::Other),
                    former_types,
                    date: DateSpan {
                        start: crate::ingest::parse_date(&start)
                            .ok_or_else(|| invalid(format!("{} holds an event dated {start}", other.display())))?,
                        end: crate::ingest::parse_date(&end)
                            .ok_or_else(|| invalid(format!("{} holds an event dated {end}", other.display())))?,
                        precision: Precision::parse(&precision).unwrap_or(Precision::Day),
                    },
                    planned,
                    confidence,
                    edited: edited_fields,
                    verified,
                    places: linked_places,
                    actors: linked_actors,
                };
                let excluded: HashSet<i64> = new_rows.iter().chain(&folded).copied().collect();
                let here = match carried::same_event_here(&tx, &event, &shared, &excluded)? {
                    Some(into) => {
                        folded_before.push(history::snapshot(&tx, &Scope { events: [into].into(), ..Scope::default() })?);
                        if let Some(former_kind) = carried::fold_into(&tx, into, &event, &mut link_ids)? {
                            retyped.push((into, former_kind));
                        }
                        folded.push(into);
                        completed.insert(into);
                        into
                    }
                    // All its sources were already here, and no event here reports it: they keep them.
                    None if reports.is_empty() => continue,
                    None => {
                        exec(
                            &tx,
                            "INSERT INTO events (title, type, start, end, precision, confidence, origin, planned, edited, merge_keys, verified)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                            params![title, kind, start, end, precision, confidence, origin, planned, edited, merge_keys, verified],
                        )?;
                        let here = tx.last_insert_rowid();
                        link_carried(&tx, here, &event, &mut link_ids)?;
                        new_rows.push(here);
                        summary.corrections_kept += 1;
                        here
                    }
                };
                for (article, quote, start, end, date_text, claimed_start, claimed_end, claimed_precision, quantity) in reports {
                    exec(
                        &tx,
                        "INSERT OR IGNORE INTO mentions (event_id, article_id, quote, start, end, date_text, claimed_start, claimed_end, claimed_precision, quantity)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                        params![here, article, quote, start, end, date_text, claimed_start, claimed_end, claimed_precision, quantity],
                    )?;
                    skip.insert((article, start, end, kind.clone()));
                }
            }
        }

        // The reports this workspace's retyped events hold in its own articles: their
        // reading under the old type is rejected, those articles' rejections being
        // part of the edit (undone, as they were).
        let mut retyped_articles: Vec<i64> = Vec::new();
        {
            let mut stmt = tx.prepare("SELECT DISTINCT article_id FROM mentions WHERE event_id = ?1")?;
            for (event, _) in &retyped {
                for article in stmt.query_map([event], |r| r.get::<_, i64>(0))? {
                    let article = article?;
                    if !article_ids.values().any(|&new| new == article) && !retyped_articles.contains(&article) {
                        retyped_articles.push(article);
                    }
                }
            }
        }
        folded_before.push(history::snapshot(&tx, &Scope { articles: retyped_articles.iter().copied().collect(), ..Scope::default() })?);
        for (event, former_kind) in &retyped {
            carried::reject_former_reading(&tx, *event, former_kind, &retyped_articles)?;
        }

        let mut added_places: Vec<i64> = Vec::new();
        // The places its users added come as this workspace's own, so its
        // searches find them; one of a name already here is left as it is.
        {
            let mut stmt =
                theirs.prepare("SELECT name, country, kind, lat, lon FROM places WHERE added_by_user = 1 ORDER BY id").map_err(named)?;
            let added: Vec<crate::model::Place> =
                stmt.query_map([], |r| super::read::place_from(r, 0)).map_err(named)?.collect::<rusqlite::Result<_>>().map_err(named)?;
            for place in added {
                if crate::knowledge::gazetteer::place_for(&place.name).is_some()
                    || super::places::added_place_named(&tx, &place.name)?.is_some()
                {
                    continue;
                }
                let id = upsert_place(&tx, &place, &mut link_ids)?;
                exec(&tx, "UPDATE places SET added_by_user = 1 WHERE id = ?1", [id])?;
                added_places.push(id);
            }
        }

        // The other events: read again from the imported articles and merged
        // with this workspace's events as an ordinary import merges them.
        let mut extracted = Vec::with_capacity(imported.len());
        for (article, other) in &imported {
            let id = article.id.0;
            let candidates: Vec<_> = extractor
                .extract(ArticleText { text: &other.text, language: &other.language, published: article.published })
                .into_iter()
                .filter(|c| !skip.contains(&(id, c.quote.start as i64, c.quote.end as i64, c.event_type.as_str().to_string())))
                .collect();
            extracted.push((article.id, other.text.as_str(), candidates));
        }
        let mut drafts = load_drafts(&tx, extracted.iter().flat_map(|(_, _, cs)| cs.iter()))?;
        let batch: Vec<_> = extracted.iter().map(|(id, text, candidates)| (*id, *text, candidates.as_slice())).collect();
        merge::merge_batch(&mut drafts, &batch, &mut StoreReads(&tx))?;
        // The events of this workspace the import changes, as they were: the
        // history's "before" (the articles, events and places it adds did not exist).
        // Those a carried event was folded into were taken before they changed.
        let touched: Vec<i64> = drafts
            .iter()
            .filter(|d| d.changed)
            .filter_map(|d| d.id.map(|id| id.0))
            .filter(|id| !new_rows.contains(id) && !folded.contains(id))
            .collect();
        folded_before.push(history::snapshot(&tx, &Scope { events: touched.iter().copied().collect(), ..Scope::default() })?);
        let before = history::joined(&folded_before)?;
        let touched: Vec<i64> = touched.into_iter().chain(folded.iter().copied()).collect();
        // Their titles may be the other user's now: indexed again.
        let mut changed_rows = folded.clone();
        for draft in drafts.iter().filter(|d| d.changed) {
            let id = save_draft(&tx, draft, &mut link_ids)?;
            match draft.id {
                None => new_rows.push(id.0),
                Some(_) => {
                    completed.insert(id.0);
                    if draft.links_changed && !changed_rows.contains(&id.0) {
                        changed_rows.push(id.0);
                    }
                }
            }
        }
        summary.events_added = new_rows.len() as u32;
        summary.events_merged = completed.len() as u32;
        let articles: Vec<ArticleSummary> = imported.into_iter().map(|(a, _)| a).collect();
        index_for_search(&tx, &articles, &new_rows, &changed_rows)?;
        // One edit of the history: undone, the articles, events and places it
        // brought are gone and this workspace's events are as they were.
        if !articles.is_empty() || !new_rows.is_empty() || !touched.is_empty() || !added_places.is_empty() {
            let ids: std::collections::BTreeSet<i64> = articles.iter().map(|a| a.id.0).collect();
            let scope = Scope {
                events: touched.iter().chain(&new_rows).copied().collect(),
                articles: ids.iter().chain(&retyped_articles).copied().collect(),
                places: added_places.iter().copied().collect(),
                new_articles: ids,
                ..Scope::default()
            };
            let after = history::snapshot(&tx, &scope)?;
            let file = other.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| other.display().to_string());
            let what = format!(
                "imported workspace {file}: {} article{}, {} new event{}, {} event{} completed",
                summary.articles_imported,
                if summary.articles_imported == 1 { "" } else { "s" },
                summary.events_added,
                if summary.events_added == 1 { "" } else { "s" },
                summary.events_merged,
                if summary.events_merged == 1 { "" } else { "s" },
            );
            history::record(&tx, &what, &scope, &before, &after)?;
        }
        tx.commit()?;
        Ok(summary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::FrenchRules;
    use crate::model::{EditedField, EventId};
    use crate::store::EventEdit;
    use crate::EventFilter;
    use std::path::PathBuf;

    /// A workspace file holding these sample articles (by their index in the sample).
    fn workspace_with(dir: &Path, name: &str, articles: &[usize]) -> PathBuf {
        let path = dir.join(name);
        let mut store = Store::open(&path).unwrap();
        let all = crate::sample::articles().unwrap();
        let chosen: Vec<_> = articles.iter().map(|&i| all[i].clone()).collect();
        if !chosen.is_empty() {
            store.ingest(&chosen, &FrenchRules).unwrap();
        }
        path
    }

    /// Titles, types, dates and sources of every event, in a stable order.
    fn events_of(store: &Store) -> Vec<(String, String, String, u32)> {
        let mut all: Vec<_> = store
            .list_events(&EventFilter::default())
            .unwrap()
            .into_iter()
            .map(|e| (e.title, e.event_type.as_str().to_string(), e.date.start.to_string(), e.source_count))
            .collect();
        all.sort();
        all
    }

    /// The file's size and digest, and its side files (backups, logs): what an import must leave as it was.
    fn on_disk(path: &Path) -> (usize, String, Vec<String>) {
        use sha2::Digest;
        let own = path.file_name().unwrap().to_string_lossy().into_owned();
        let mut names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.starts_with(&own))
            .collect();
        names.sort();
        let bytes = std::fs::read(path).unwrap();
        let digest: String = sha2::Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        (bytes.len(), digest, names)
    }

    #[test]
    fn into_an_empty_workspace_it_brings_every_article_and_event_and_leaves_the_other_file_alone() {
        let dir = tempfile::tempdir().unwrap();
        let other = workspace_with(dir.path(), "other.geotimeline", &[0, 1, 2, 3, 4]);
        let expected = events_of(&Store::open(&other).unwrap());
        let before = on_disk(&other);
        let mut here = Store::open(&dir.path().join("here.geotimeline")).unwrap();
        let summary = here.import_workspace(&other, &FrenchRules).unwrap();
        assert_eq!((summary.articles_imported, summary.articles_skipped, summary.events_merged, summary.corrections_kept), (5, 0, 0, 0));
        assert_eq!(summary.events_added as usize, expected.len());
        assert_eq!(events_of(&here), expected);
        assert_eq!(here.list_articles().unwrap().len(), 5);
        // Searchable: the articles' text and the events' titles are indexed.
        assert!(!here.list_events(&EventFilter { query: Some("Pyongyang".into()), ..Default::default() }).unwrap().is_empty());
        assert_eq!(on_disk(&other), before, "the other workspace is not written, nor anything beside it");

        // Again: every article is already here, nothing changes.
        let again = here.import_workspace(&other, &FrenchRules).unwrap();
        assert_eq!((again.articles_imported, again.articles_skipped, again.events_added, again.events_merged), (0, 5, 0, 0));
        assert_eq!(events_of(&here), expected);
    }

    #[test]
    fn into_a_workspace_with_some_of_the_articles_the_others_merge_with_its_events() {
        let dir = tempfile::tempdir().unwrap();
        let other = workspace_with(dir.path(), "other.geotimeline", &[1, 2, 3, 4]);
        let mut here = Store::open(&workspace_with(dir.path(), "here.geotimeline", &[0, 1])).unwrap();
        let events_before = here.counts().unwrap().1;
        let summary = here.import_workspace(&other, &FrenchRules).unwrap();
        assert_eq!((summary.articles_imported, summary.articles_skipped), (3, 1));
        assert!(summary.events_merged > 0, "reports of the same visits join the stored events: {summary:?}");
        assert_eq!(here.counts().unwrap(), (5, events_before + summary.events_added));
        // The same as importing the five articles into one workspace.
        let all = Store::open(&workspace_with(dir.path(), "all.geotimeline", &[0, 1, 2, 3, 4])).unwrap();
        assert_eq!(events_of(&here).len(), events_of(&all).len());
    }

    #[test]
    fn the_other_workspace_s_corrections_deletions_and_checks_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let other = workspace_with(dir.path(), "other.geotimeline", &[0, 1, 2, 3, 4]);
        let (edited, verified, deleted, made) = {
            let mut theirs = Store::open(&other).unwrap();
            let ids: Vec<EventId> = theirs.list_events(&EventFilter::default()).unwrap().into_iter().map(|e| e.id).collect();
            assert!(ids.len() >= 4);
            let date = crate::model::DateSpan::day(chrono::NaiveDate::from_ymd_opt(2024, 6, 1).unwrap());
            theirs
                .update_event(ids[0], &EventEdit { title: Some("Titre corrigé".into()), date: Some(date), ..Default::default() })
                .unwrap();
            theirs.set_verified(ids[1], true).unwrap();
            let gone = theirs.get_event(ids[2]).unwrap();
            theirs.delete_event(ids[2]).unwrap();
            let article = theirs.list_articles().unwrap()[0].id;
            let text = theirs.get_article(article).unwrap().text;
            let quote: String = text.split('.').next().unwrap().to_string();
            let made = theirs
                .add_event(
                    &crate::store::NewEvent {
                        article,
                        quote,
                        event_type: crate::model::EventType::Other,
                        date,
                        title: Some("Ajouté à la main".into()),
                    },
                    &FrenchRules,
                )
                .unwrap();
            (theirs.get_event(ids[0]).unwrap(), theirs.get_event(ids[1]).unwrap(), gone, theirs.get_event(made).unwrap())
        };
        let expected = events_of(&Store::open(&other).unwrap());
        let mut here = Store::open(&dir.path().join("here.geotimeline")).unwrap();
        let summary = here.import_workspace(&other, &FrenchRules).unwrap();
        assert_eq!(summary.corrections_kept, 3, "{summary:?}");
        assert_eq!(events_of(&here), expected, "the same events, corrected as in the other workspace");
        let find = |title: &str| {
            let found = here.list_events(&EventFilter::default()).unwrap().into_iter().find(|e| e.title == title).expect(title);
            here.get_event(found.id).unwrap()
        };
        let carried = find("Titre corrigé");
        assert_eq!(carried.date, edited.date);
        assert!(carried.edited.contains(&EditedField::Title) && carried.edited.contains(&EditedField::Date));
        assert_eq!(carried.sources.len(), edited.sources.len());
        assert_eq!(carried.places.len(), edited.places.len());
        assert_eq!(carried.actors.len(), edited.actors.len());
        let checked: Vec<_> = here.list_events(&EventFilter::default()).unwrap().into_iter().filter(|e| e.verified).collect();
        assert_eq!(checked.len(), 1);
        assert_eq!((checked[0].title.as_str(), checked[0].date), (verified.title.as_str(), verified.date));
        let added = find("Ajouté à la main");
        assert_eq!((added.origin, added.sources[0].quote.as_str()), (made.origin, made.sources[0].quote.as_str()));
        assert!(
            here.list_events(&EventFilter::default()).unwrap().iter().all(|e| e.title != deleted.title || e.date != deleted.date),
            "the deleted event is not found again"
        );
        // And stays deleted when this workspace is extracted again.
        here.reextract(&FrenchRules).unwrap();
        assert_eq!(events_of(&here), expected);
    }

    /// A report, by its article's text and its quote: the same in both workspaces.
    fn report_keys(store: &Store, event: &crate::model::Event) -> Vec<(String, i64, i64)> {
        let mut keys: Vec<_> = event.sources.iter().map(|s| (store.get_article(s.article).unwrap().file_name, s.start, s.end)).collect();
        keys.sort();
        keys
    }

    /// A corrected event of the other workspace that holds a report this
    /// workspace's event holds too is the same real event: one event comes of
    /// them, with both sources; a field only one user corrected is theirs, one
    /// both corrected is this workspace's; undone, this workspace is as it was.
    #[test]
    fn a_corrected_event_is_folded_into_this_workspace_s_event_of_the_same_real_event() {
        let dir = tempfile::tempdir().unwrap();
        let other = workspace_with(dir.path(), "other.geotimeline", &[0, 1, 2, 3, 4]);
        let first = crate::sample::articles().unwrap()[0].file_name.clone();
        // Their event reported by the first article and by others, corrected there.
        let (theirs_before, theirs_kind) = {
            let mut theirs = Store::open(&other).unwrap();
            let event = theirs
                .events(&EventFilter::default())
                .unwrap()
                .into_iter()
                .find(|e| {
                    let files: HashSet<String> = report_keys(&theirs, e).into_iter().map(|k| k.0).collect();
                    files.contains(&first) && files.len() > 1
                })
                .expect("an event of the first article that other articles report");
            let kind = if event.event_type == EventType::Other { EventType::Meeting } else { EventType::Other };
            theirs
                .update_event(event.id, &EventEdit { title: Some("Titre d'ailleurs".into()), event_type: Some(kind), ..Default::default() })
                .unwrap();
            theirs.set_verified(event.id, true).unwrap();
            (report_keys(&theirs, &theirs.get_event(event.id).unwrap()), kind)
        };
        let here_path = workspace_with(dir.path(), "here.geotimeline", &[0]);
        let mut here = Store::open(&here_path).unwrap();
        let ours = here
            .events(&EventFilter::default())
            .unwrap()
            .into_iter()
            .find(|e| report_keys(&here, e).iter().any(|k| theirs_before.contains(k)))
            .expect("this workspace's event of a report they share");
        here.update_event(ours.id, &EventEdit { title: Some("Titre d'ici".into()), ..Default::default() }).unwrap();
        let before = whole(&here);

        let summary = here.import_workspace(&other, &FrenchRules).unwrap();
        assert_eq!(summary.corrections_kept, 0, "{summary:?}");
        let holding: Vec<crate::model::Event> = here
            .events(&EventFilter::default())
            .unwrap()
            .into_iter()
            .filter(|e| report_keys(&here, e).iter().any(|k| theirs_before.contains(k)))
            .collect();
        assert_eq!(holding.len(), 1, "one event of the same real event: {:?}", holding.iter().map(|e| &e.title).collect::<Vec<_>>());
        let folded = &holding[0];
        assert_eq!(folded.id, ours.id, "this workspace's event, under its id");
        let keys = report_keys(&here, folded);
        assert!(theirs_before.iter().all(|k| keys.contains(k)), "with their sources: {keys:?} ⊉ {theirs_before:?}");
        assert_eq!(folded.title, "Titre d'ici", "both corrected the title: this workspace's stays");
        assert_eq!(folded.event_type, theirs_kind, "only they corrected the type: theirs wins over the machine's reading");
        assert!(folded.verified, "their check is kept");
        assert!(folded.edited.contains(&EditedField::Title) && folded.edited.contains(&EditedField::Type), "{:?}", folded.edited);
        assert!(here.list_events(&EventFilter::default()).unwrap().iter().all(|e| e.title != "Titre d'ailleurs"));
        // Found by search under its title.
        assert!(here
            .list_events(&EventFilter { query: Some("ici".into()), ..Default::default() })
            .unwrap()
            .iter()
            .any(|e| e.id == ours.id));

        let after = whole(&here);
        undone_then_redone(&mut here, &before, &after);
        // Extracted again, the decisions stay, and the machine's reading of its reports under
        // the type their user took away does not come back beside it.
        here.reextract(&FrenchRules).unwrap();
        let again = here.get_event(ours.id).unwrap();
        assert_eq!((again.title.as_str(), again.event_type, again.verified), ("Titre d'ici", theirs_kind, true));
        assert_eq!(whole(&here).0.len(), after.0.len(), "no event comes back beside the folded one");
    }

    /// A corrected event whose type its user changed, with no report in common: the
    /// merge rules find this workspace's event of the same real event under the type
    /// the machine gave it (the one their user took away), and it is folded there.
    #[test]
    fn an_event_whose_type_they_changed_folds_into_this_workspace_s_event_of_the_old_type() {
        let dir = tempfile::tempdir().unwrap();
        let other = workspace_with(dir.path(), "other.geotimeline", &[2, 3, 4]);
        let here_path = workspace_with(dir.path(), "here.geotimeline", &[0, 1]);
        let mut here = Store::open(&here_path).unwrap();
        let ours_all = here.events(&EventFilter::default()).unwrap();
        // Their event of the same type, day and people as one of this workspace's, retyped by their user.
        let (theirs_keys, new_kind, ours) = {
            let mut theirs = Store::open(&other).unwrap();
            let (event, ours) = theirs
                .events(&EventFilter::default())
                .unwrap()
                .into_iter()
                .find_map(|e| {
                    let names = |x: &crate::model::Event| x.actors.iter().map(|a| a.name.clone()).collect::<Vec<_>>();
                    ours_all
                        .iter()
                        .find(|o| o.event_type == e.event_type && o.date == e.date && !o.actors.is_empty() && names(o) == names(&e))
                        .map(|o| (e.clone(), o.clone()))
                })
                .expect("an event both workspaces report from different articles");
            let kind = if event.event_type == EventType::Other { EventType::Meeting } else { EventType::Other };
            theirs.update_event(event.id, &EventEdit { event_type: Some(kind), ..Default::default() }).unwrap();
            (report_keys(&theirs, &theirs.get_event(event.id).unwrap()), kind, ours)
        };
        let before = whole(&here);

        here.import_workspace(&other, &FrenchRules).unwrap();
        let holding: Vec<crate::model::Event> = here
            .events(&EventFilter::default())
            .unwrap()
            .into_iter()
            .filter(|e| report_keys(&here, e).iter().any(|k| theirs_keys.contains(k)))
            .collect();
        assert_eq!(holding.len(), 1, "{:?}", holding.iter().map(|e| (&e.title, e.event_type)).collect::<Vec<_>>());
        assert_eq!(holding[0].id, ours.id, "folded into this workspace's event of the old type");
        assert_eq!(holding[0].event_type, new_kind, "under the type their user gave it");
        assert!(holding[0].edited.contains(&EditedField::Type));
        let after = whole(&here);

        undone_then_redone(&mut here, &before, &after);
        // Extracted again: its reports here are not read again under the old type.
        here.reextract(&FrenchRules).unwrap();
        assert_eq!(whole(&here).0.len(), after.0.len(), "no event comes back beside the folded one");
        assert_eq!(here.get_event(ours.id).unwrap().event_type, new_kind);

        // Undone, the rejection of the old reading goes with it: extracted again, the
        // workspace reads its articles as before the import.
        let mut again = Store::open(&workspace_with(dir.path(), "again.geotimeline", &[0, 1])).unwrap();
        let read_before = events_of(&again);
        again.import_workspace(&other, &FrenchRules).unwrap();
        again.undo().unwrap().unwrap();
        again.reextract(&FrenchRules).unwrap();
        assert_eq!(events_of(&again), read_before);
    }

    /// Without a report in common, the merge rules find the same real event:
    /// verified events of the other workspace, carried with their check, are
    /// folded into this workspace's events as their reports would have merged.
    #[test]
    fn verified_events_fold_into_the_events_the_merge_rules_find_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let other = workspace_with(dir.path(), "other.geotimeline", &[2, 3, 4]);
        {
            let mut theirs = Store::open(&other).unwrap();
            for e in theirs.list_events(&EventFilter::default()).unwrap() {
                theirs.set_verified(e.id, true).unwrap();
            }
        }
        let mut here = Store::open(&workspace_with(dir.path(), "here.geotimeline", &[0, 1])).unwrap();
        let summary = here.import_workspace(&other, &FrenchRules).unwrap();
        assert!(summary.events_merged > 0, "{summary:?}");
        let all = Store::open(&workspace_with(dir.path(), "all.geotimeline", &[0, 1, 2, 3, 4])).unwrap();
        assert_eq!(events_of(&here).len(), events_of(&all).len(), "as many events as one workspace of all the articles");
        let carried: usize = Store::open(&other).unwrap().list_events(&EventFilter::default()).unwrap().len();
        let verified = here.list_events(&EventFilter::default()).unwrap().into_iter().filter(|e| e.verified).count();
        assert_eq!(verified, carried, "each of their checks is on one event");
    }

    /// Undone, the workspace is as `before`; redone, as `after`.
    fn undone_then_redone(store: &mut Store, before: &Whole, after: &Whole) {
        store.undo().unwrap().unwrap();
        assert_eq!(&whole(store), before, "undone, as it was");
        store.redo().unwrap().unwrap();
        assert_eq!(&whole(store), after, "redone, folded again");
    }

    type Whole = (Vec<crate::model::Event>, Vec<String>, usize, usize);

    /// Everything a user sees of a workspace: its events in full, its articles, and what search finds.
    fn whole(store: &Store) -> Whole {
        let events = store.events(&EventFilter::default()).unwrap();
        let articles = store.list_articles().unwrap().into_iter().map(|a| format!("{} {}", a.id, a.file_name)).collect();
        let found = store.list_events(&EventFilter { query: Some("Pyongyang".into()), ..Default::default() }).unwrap().len();
        let places = store.list_places().unwrap().len();
        (events, articles, found, places)
    }

    /// The import is one edit of the history: undone, the workspace is exactly
    /// as it was (its events that received reports included); redone, as after it.
    #[test]
    fn an_import_is_one_edit_that_undo_removes_entirely_and_redo_brings_back() {
        let dir = tempfile::tempdir().unwrap();
        let other = workspace_with(dir.path(), "other.geotimeline", &[1, 2, 3, 4]);
        {
            let mut theirs = Store::open(&other).unwrap();
            theirs
                .add_place(&crate::store::NewPlace {
                    name: "Diamniadio".into(),
                    latitude: "14.7".into(),
                    longitude: "-17.2".into(),
                    country: None,
                })
                .unwrap();
        }
        let here_path = workspace_with(dir.path(), "here.geotimeline", &[0]);
        let mut here = Store::open(&here_path).unwrap();
        let id = here.list_events(&EventFilter::default()).unwrap()[0].id;
        here.set_verified(id, true).unwrap();
        let before = whole(&here);
        let summary = here.import_workspace(&other, &FrenchRules).unwrap();
        assert!(summary.events_merged > 0, "some of its reports join this workspace's events: {summary:?}");
        let after = whole(&here);
        assert_ne!(after, before);
        let history = here.history().unwrap();
        assert_eq!(history.len(), 2);
        assert_eq!(
            history[0].summary,
            format!(
                "imported workspace other.geotimeline: 4 articles, {} new events, {} events completed",
                summary.events_added, summary.events_merged
            )
        );
        let undone = here.undo().unwrap().unwrap();
        assert!(undone.summary.starts_with("imported workspace"));
        assert_eq!(whole(&here), before);
        assert!(here.added_places().unwrap().is_empty());
        assert!(here.get_event(id).unwrap().verified, "the edit before it stays");
        here.redo().unwrap().unwrap();
        assert_eq!(whole(&here), after);
        assert_eq!(here.added_places().unwrap().len(), 1);
        // Across processes too.
        drop(here);
        let mut here = Store::open(&here_path).unwrap();
        here.undo().unwrap().unwrap();
        assert_eq!(whole(&here), before);

        // Imported again meanwhile: the redo is refused and changes nothing.
        here.ingest(&crate::sample::articles().unwrap()[1..2], &FrenchRules).unwrap();
        let now = whole(&here);
        let err = here.redo().unwrap_err();
        assert!(err.to_string().contains("imported again since it was undone"), "{err}");
        assert_eq!(whole(&here), now);
    }

    /// Reports a later ordinary import gave to the events a workspace import
    /// brought outlive the undo of that import, as events of their own; its
    /// redo brings the workspace's events back beside them.
    #[test]
    fn undoing_an_import_keeps_the_reports_a_later_import_gave_to_its_events() {
        let dir = tempfile::tempdir().unwrap();
        let other = workspace_with(dir.path(), "other.geotimeline", &[1]);
        let mut here = Store::open(&dir.path().join("here.geotimeline")).unwrap();
        here.import_workspace(&other, &FrenchRules).unwrap();
        let later = crate::sample::articles().unwrap()[2].clone();
        here.ingest(std::slice::from_ref(&later), &FrenchRules).unwrap();
        let later_id = here.list_articles().unwrap().into_iter().find(|a| a.file_name == later.file_name).unwrap().id;
        // The later article's reports, and how many joined an event of the imported article.
        let reports = |store: &Store| -> (Vec<(i64, i64)>, usize) {
            let events = store.events(&EventFilter::default()).unwrap();
            let mut quotes: Vec<(i64, i64)> =
                events.iter().flat_map(|e| &e.sources).filter(|s| s.article == later_id).map(|s| (s.start, s.end)).collect();
            quotes.sort();
            let shared = events
                .iter()
                .filter(|e| e.sources.iter().any(|s| s.article == later_id) && e.sources.iter().any(|s| s.article != later_id))
                .count();
            (quotes, shared)
        };
        let (kept, shared) = reports(&here);
        assert!(shared > 0, "the later article reports an event the imported one brought");
        let events_after_both = here.counts().unwrap().1;

        let undone = here.undo().unwrap().unwrap();
        assert!(undone.summary.starts_with("imported workspace"), "{}", undone.summary);
        assert_eq!(here.list_articles().unwrap().into_iter().map(|a| a.id).collect::<Vec<_>>(), vec![later_id]);
        assert_eq!(reports(&here), (kept.clone(), 0), "every report of the later article stays, on events of its own");
        let events = here.events(&EventFilter::default()).unwrap();
        assert!(events.iter().all(|e| !e.sources.is_empty() && !e.verified && e.edited.is_empty()));

        here.redo().unwrap().unwrap();
        assert_eq!(here.list_articles().unwrap().len(), 2);
        assert_eq!(reports(&here), (kept, shared), "the redo loses none of them, and they are back on the events they had joined");
        assert_eq!(here.counts().unwrap().1, events_after_both, "the same events as before the undo");
    }

    #[test]
    fn the_places_its_user_added_come_as_this_workspace_s_own() {
        let dir = tempfile::tempdir().unwrap();
        let other = workspace_with(dir.path(), "other.geotimeline", &[0, 1]);
        {
            let mut theirs = Store::open(&other).unwrap();
            let place = |name: &str| crate::store::NewPlace {
                name: name.into(),
                latitude: "14.7236".into(),
                longitude: "-17.1836".into(),
                country: Some("SN".into()),
            };
            theirs.add_place(&place("Diamniadio")).unwrap();
            theirs.add_place(&place("Bargny")).unwrap();
            let id = theirs.list_events(&EventFilter::default()).unwrap()[0].id;
            theirs.update_event(id, &EventEdit { places: Some(vec!["Diamniadio".into()]), ..Default::default() }).unwrap();
        }
        let mut here = Store::open(&workspace_with(dir.path(), "here.geotimeline", &[2])).unwrap();
        here.import_workspace(&other, &FrenchRules).unwrap();
        let names: Vec<String> = here.added_places().unwrap().into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["Bargny", "Diamniadio"]);
        assert_eq!(here.search_places("diamn", 5).unwrap()[0].lat, Some(14.7236));
        let linked = here.list_events(&EventFilter { places: vec!["Diamniadio".into()], ..Default::default() }).unwrap();
        assert_eq!(linked.len(), 1);
    }

    #[test]
    fn a_damaged_or_newer_workspace_is_refused_and_nothing_changes() {
        let dir = tempfile::tempdir().unwrap();
        let here_path = workspace_with(dir.path(), "here.geotimeline", &[0]);
        let mut here = Store::open(&here_path).unwrap();
        let before = (here.counts().unwrap(), events_of(&here));

        let damaged = workspace_with(dir.path(), "damaged.geotimeline", &[1, 2]);
        let bytes = std::fs::read(&damaged).unwrap();
        std::fs::write(&damaged, &bytes[..bytes.len() / 2 + 1]).unwrap();
        let on_disk_before = on_disk(&damaged);
        let err = here.import_workspace(&damaged, &FrenchRules).unwrap_err();
        assert!(matches!(err, Error::Damaged { .. }), "{err}");
        assert!(err.to_string().contains("damaged.geotimeline"), "{err}");
        assert_eq!(on_disk(&damaged), on_disk_before);

        let newer = workspace_with(dir.path(), "newer.geotimeline", &[1, 2]);
        super::super::raw_connection(&newer).unwrap().pragma_update(None, "user_version", 99).unwrap();
        let on_disk_before = on_disk(&newer);
        let err = here.import_workspace(&newer, &FrenchRules).unwrap_err();
        assert!(matches!(err, Error::DatabaseTooNew { found: 99, .. }), "{err}");
        assert!(err.to_string().contains("newer.geotimeline") && err.to_string().contains("newer GeoTimeline"), "{err}");
        assert_eq!(on_disk(&newer), on_disk_before);

        let text = dir.path().join("notes.geotimeline");
        std::fs::write(&text, "just some notes").unwrap();
        let err = here.import_workspace(&text, &FrenchRules).unwrap_err().to_string();
        assert!(err.contains("notes.geotimeline is not a GeoTimeline workspace"), "{err}");
        let err = here.import_workspace(&dir.path().join("missing.geotimeline"), &FrenchRules).unwrap_err().to_string();
        assert!(err.contains("missing.geotimeline does not exist"), "{err}");
        let err = here.import_workspace(&here_path, &FrenchRules).unwrap_err().to_string();
        assert!(err.contains("is the open workspace"), "{err}");

        assert_eq!((here.counts().unwrap(), events_of(&here)), before);
    }

    #[test]
    fn a_workspace_of_an_older_schema_is_read_from_a_migrated_copy_and_left_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("old.geotimeline");
        let mut conn = Connection::open(&old).unwrap();
        schema::first(7).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            r#"INSERT INTO articles (id, file_name, language, text, content_hash, published) VALUES (1, 'a.txt', 'fr', 'Vladimir Poutine est arrivé jeudi à Hanoï pour une visite d''Etat.', 'h-old', '2024-06-21');
             INSERT INTO events (id, title, type, start, end, precision, confidence, origin, edited, merge_keys) VALUES
                 (7, 'Visite corrigée', 'visit', '2024-06-20', '2024-06-20', 'day', 0.8, 'extracted', 'title', '[["person","Vladimir Putin",null],["city","Hanoi","VN"]]');
             INSERT INTO places (id, name, country, kind) VALUES (1, 'Hanoi', 'VN', 'city');
             INSERT INTO actors (id, name, kind) VALUES (1, 'Vladimir Putin', 'person');
             INSERT INTO event_places VALUES (7, 1, 0);
             INSERT INTO event_actors VALUES (7, 1, 0);
             INSERT INTO mentions (event_id, article_id, quote, start, end) VALUES (7, 1, 'Vladimir Poutine est arrivé jeudi à Hanoï pour une visite d''Etat.', 0, 67);"#,
        )
        .unwrap();
        drop(conn);
        let before = on_disk(&old);
        let mut here = Store::open(&dir.path().join("here.geotimeline")).unwrap();
        let summary = here.import_workspace(&old, &FrenchRules).unwrap();
        assert_eq!((summary.articles_imported, summary.events_added, summary.corrections_kept), (1, 1, 1), "{summary:?}");
        let events = here.list_events(&EventFilter::default()).unwrap();
        assert_eq!(events.iter().map(|e| e.title.as_str()).collect::<Vec<_>>(), ["Visite corrigée"]);
        assert_eq!(on_disk(&old), before, "not migrated in place, no backup written beside it");
    }

    #[test]
    fn an_import_that_fails_half_way_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let other = workspace_with(dir.path(), "other.geotimeline", &[1, 2, 3]);
        let mut here = Store::open(&workspace_with(dir.path(), "here.geotimeline", &[0])).unwrap();
        let before = (here.counts().unwrap(), events_of(&here));
        // Articles go in first; writing the first event then fails.
        here.conn
            .execute_batch("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.events BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;")
            .unwrap();
        let err = here.import_workspace(&other, &FrenchRules).unwrap_err().to_string();
        assert!(err.contains("refused by the test"), "{err}");
        here.conn.execute_batch("DROP TRIGGER temp.refuse").unwrap();
        assert_eq!((here.counts().unwrap(), events_of(&here)), before);
        let found = here.list_events(&EventFilter { query: Some("Pyongyang".into()), ..Default::default() }).unwrap().len();
        let summary = here.import_workspace(&other, &FrenchRules).unwrap();
        assert_eq!(summary.articles_imported, 3, "nothing of the failed import was left: {summary:?} ({found} found before)");
    }

    #[test]
    fn an_empty_file_imports_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty.geotimeline");
        std::fs::write(&empty, b"").unwrap();
        let mut here = Store::open_in_memory().unwrap();
        let summary = here.import_workspace(&empty, &FrenchRules).unwrap();
        assert_eq!(summary, WorkspaceImport { path: empty.display().to_string(), ..Default::default() });
    }
}
