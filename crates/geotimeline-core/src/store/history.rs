//! The history of a user's corrections, kept in the workspace (`edit_history`),
//! so that undo and redo work across processes (the app and the command line).
//!
//! Each edit is one transaction that records, for the events it touches and the
//! articles of their reports, the rows before and after it: the events, their
//! actors, places and reports, and the reports a user rejected in those
//! articles. Undo puts the "before" rows back, redo the "after" rows. Events
//! come back under their own ids (`events` never gives an id twice, schema V8).
//! A new edit after undos drops the edits that could have been redone.

use super::write::exec;
use super::Store;
use crate::error::{Error, Result};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// One edit of the history, as `geotimeline history` and the window list it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct HistoryEntry {
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub id: i64,
    /// When it was made, UTC (YYYY-MM-DDTHH:MM:SSZ).
    pub at: String,
    /// What it did, in a sentence: "merged events 12, 15 into 12".
    pub summary: String,
    /// Undone (and not redone): the next redo applies the oldest such edit.
    pub undone: bool,
}

/// What an edit's snapshots cover: events by id and the rejected reports of articles.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(super) struct Scope {
    pub events: BTreeSet<i64>,
    pub articles: BTreeSet<i64>,
    /// Places a user added (schema V9); absent from the edits recorded before.
    #[serde(default)]
    pub places: BTreeSet<i64>,
    /// Articles the edit stored (a workspace imported into this one): undone,
    /// they are deleted with their reports; redone, stored again.
    #[serde(default)]
    pub new_articles: BTreeSet<i64>,
    /// Events of their own the last undo made for reports a later import had
    /// given to the events this edit brought, each with the event it joined:
    /// the redo folds them back, so the same real event is one event again.
    #[serde(default)]
    pub split_off: BTreeMap<i64, i64>,
}

impl Scope {
    /// These events and the articles of their reports, with `articles`.
    pub fn of(tx: &Transaction, events: &[i64], articles: &[i64]) -> Result<Scope> {
        let mut scope =
            Scope { events: events.iter().copied().collect(), articles: articles.iter().copied().collect(), ..Scope::default() };
        let mut stmt = tx.prepare_cached("SELECT DISTINCT article_id FROM mentions WHERE event_id = ?1")?;
        for id in events {
            for article in stmt.query_map([id], |r| r.get::<_, i64>(0))? {
                scope.articles.insert(article?);
            }
        }
        Ok(scope)
    }

    fn json(&self) -> (String, String) {
        let ids = |set: &BTreeSet<i64>| serde_json::to_string(set).expect("ids serialise");
        (ids(&self.events), ids(&self.articles))
    }

    fn places_json(&self) -> String {
        serde_json::to_string(&self.places).expect("ids serialise")
    }

    fn new_articles_json(&self) -> String {
        serde_json::to_string(&self.new_articles).expect("ids serialise")
    }
}

/// The scope's rows as one JSON document.
pub(super) fn snapshot(tx: &Transaction, scope: &Scope) -> Result<String> {
    let (events, articles) = scope.json();
    let places = scope.places_json();
    let new_articles = scope.new_articles_json();
    let text = tx.query_row(
        "SELECT json_object(
            'events', (SELECT json_group_array(json_object('id', id, 'title', title, 'type', type, 'start', start, 'end', end,
                        'precision', precision, 'confidence', confidence, 'origin', origin, 'planned', planned, 'edited', edited,
                        'merge_keys', merge_keys, 'verified', verified))
                       FROM events WHERE id IN (SELECT value FROM json_each(?1))),
            'actors', (SELECT json_group_array(json_array(event_id, actor_id, position))
                       FROM event_actors WHERE event_id IN (SELECT value FROM json_each(?1))),
            'places', (SELECT json_group_array(json_array(event_id, place_id, position))
                       FROM event_places WHERE event_id IN (SELECT value FROM json_each(?1))),
            'mentions', (SELECT json_group_array(json_object('event_id', event_id, 'article_id', article_id, 'quote', quote,
                        'start', start, 'end', end, 'date_text', date_text, 'claimed_start', claimed_start,
                        'claimed_end', claimed_end, 'claimed_precision', claimed_precision, 'quantity', quantity))
                       FROM mentions WHERE event_id IN (SELECT value FROM json_each(?1))),
            'rejected', (SELECT json_group_array(json_array(article_id, start, end, type))
                       FROM rejected_reports WHERE article_id IN (SELECT value FROM json_each(?2))),
            'user_places', (SELECT json_group_array(json_object('id', id, 'name', name, 'country', country, 'kind', kind, 'lat', lat, 'lon', lon))
                       FROM places WHERE added_by_user = 1 AND id IN (SELECT value FROM json_each(?3))),
            'articles', (SELECT json_group_array(json_object('id', id, 'file_name', file_name, 'title', title, 'outlet', outlet,
                        'language', language, 'published', published, 'text', text, 'content_hash', content_hash, 'imported_at', imported_at))
                       FROM articles WHERE id IN (SELECT value FROM json_each(?4))))",
        params![events, articles, places, new_articles],
        |r| r.get(0),
    )?;
    Ok(text)
}

/// Snapshots of disjoint scopes taken at different moments, as one: each
/// kind of row (events, reports, …) of all of them.
pub(super) fn joined(snapshots: &[String]) -> Result<String> {
    let mut all = serde_json::Map::new();
    for text in snapshots {
        let serde_json::Value::Object(parts) = serde_json::from_str(text)? else { continue };
        for (kind, rows) in parts {
            let serde_json::Value::Array(rows) = rows else { continue };
            match all.entry(kind).or_insert_with(|| serde_json::Value::Array(Vec::new())) {
                serde_json::Value::Array(into) => into.extend(rows),
                _ => unreachable!("only arrays are inserted"),
            }
        }
    }
    Ok(serde_json::Value::Object(all).to_string())
}

/// Replaces the scope's rows with a snapshot's. Reports that reached the
/// scope's events since (an import) and that neither `snapshot` nor `other`
/// (the edit's other side) knows are kept: on their event if it is in the
/// snapshot; else, when the edit split that event off, on the snapshot's first
/// event; else (the event was brought by a workspace import or made by the
/// user, and the snapshot has none to hold them) on an event of their own.
/// Returns those events of their own, each with the event its reports had joined.
fn restore(tx: &Transaction, scope: &Scope, snapshot: &str, other: &str) -> Result<Vec<(i64, i64)>> {
    let (events, articles) = scope.json();
    let known: HashSet<(i64, i64, i64)> =
        [snapshot, other].iter().map(|s| mention_keys(s)).collect::<Result<Vec<_>>>()?.into_iter().flatten().collect();
    let target: serde_json::Value = serde_json::from_str(snapshot)?;
    let target_events: BTreeSet<i64> = target["events"].as_array().into_iter().flatten().filter_map(|e| e["id"].as_i64()).collect();
    let mut strays: Vec<serde_json::Value> = Vec::new();
    // Reports whose event goes away with nothing to fold into, by that event.
    let mut orphans: BTreeMap<i64, Vec<serde_json::Value>> = BTreeMap::new();
    {
        let mut stmt = tx.prepare(
            "SELECT json_object('event_id', event_id, 'article_id', article_id, 'quote', quote,
                    'start', start, 'end', end, 'date_text', date_text, 'claimed_start', claimed_start,
                    'claimed_end', claimed_end, 'claimed_precision', claimed_precision, 'quantity', quantity)
             FROM mentions WHERE event_id IN (SELECT value FROM json_each(?1))",
        )?;
        for row in stmt.query_map([&events], |r| r.get::<_, String>(0))? {
            let mut m: serde_json::Value = serde_json::from_str(&row?)?;
            let key = (m["article_id"].as_i64().unwrap_or(0), m["start"].as_i64().unwrap_or(0), m["end"].as_i64().unwrap_or(0));
            if known.contains(&key) {
                continue;
            }
            if scope.new_articles.contains(&m["article_id"].as_i64().unwrap_or(0)) {
                continue;
            }
            let on = m["event_id"].as_i64().unwrap_or(0);
            // Only a split's new event folds back: a workspace import's events
            // have nothing to do with the stored ones it completed.
            match target_events.iter().next() {
                _ if target_events.contains(&on) => {}
                Some(first) if scope.new_articles.is_empty() => m["event_id"] = (*first).into(),
                _ => {
                    orphans.entry(on).or_default().push(m);
                    continue;
                }
            }
            strays.push(m);
        }
    }
    let mut own_events = Vec::with_capacity(orphans.len());
    let mut split_off = Vec::with_capacity(orphans.len());
    for (event, mut reports) in orphans {
        let id = event_of_its_own(tx, event, &reports)?;
        for m in &mut reports {
            m["event_id"] = id.into();
        }
        own_events.push(id);
        split_off.push((id, event));
        strays.extend(reports);
    }
    exec(tx, "DELETE FROM events WHERE id IN (SELECT value FROM json_each(?1))", [&events])?;
    exec(tx, "DELETE FROM rejected_reports WHERE article_id IN (SELECT value FROM json_each(?1))", [&articles])?;
    // A place a user added goes with the edit that added it; one an event still
    // names (brought by an import since) stays.
    exec(
        tx,
        "DELETE FROM places WHERE added_by_user = 1 AND id IN (SELECT value FROM json_each(?1))
                                  AND id NOT IN (SELECT place_id FROM event_places)",
        [scope.places_json()],
    )?;
    exec(
        tx,
        "INSERT OR IGNORE INTO places (id, name, country, kind, lat, lon, added_by_user)
         SELECT json_extract(value, '$.id'), json_extract(value, '$.name'), json_extract(value, '$.country'), json_extract(value, '$.kind'),
                json_extract(value, '$.lat'), json_extract(value, '$.lon'), 1
         FROM json_each(?1, '$.user_places')",
        [snapshot],
    )?;
    restore_articles(tx, scope, snapshot)?;
    exec(
        tx,
        "INSERT INTO events (id, title, type, start, end, precision, confidence, origin, planned, edited, merge_keys, verified)
         SELECT json_extract(value, '$.id'), json_extract(value, '$.title'), json_extract(value, '$.type'), json_extract(value, '$.start'),
                json_extract(value, '$.end'), json_extract(value, '$.precision'), json_extract(value, '$.confidence'),
                json_extract(value, '$.origin'), json_extract(value, '$.planned'), json_extract(value, '$.edited'),
                json_extract(value, '$.merge_keys'), json_extract(value, '$.verified')
         FROM json_each(?1, '$.events')",
        [snapshot],
    )?;
    exec(
        tx,
        "INSERT INTO event_actors (event_id, actor_id, position)
         SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?1, '$.actors')",
        [snapshot],
    )?;
    exec(
        tx,
        "INSERT INTO event_places (event_id, place_id, position)
         SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?1, '$.places')",
        [snapshot],
    )?;
    let strays = serde_json::to_string(&strays)?;
    for (source, path) in [(snapshot, "$.mentions"), (strays.as_str(), "$")] {
        exec(
            tx,
            "INSERT OR IGNORE INTO mentions (event_id, article_id, quote, start, end, date_text, claimed_start, claimed_end, claimed_precision, quantity)
             SELECT json_extract(value, '$.event_id'), json_extract(value, '$.article_id'), json_extract(value, '$.quote'),
                    json_extract(value, '$.start'), json_extract(value, '$.end'), json_extract(value, '$.date_text'),
                    json_extract(value, '$.claimed_start'), json_extract(value, '$.claimed_end'),
                    json_extract(value, '$.claimed_precision'), json_extract(value, '$.quantity')
             FROM json_each(?1, ?2)",
            params![source, path],
        )?;
    }
    exec(
        tx,
        "INSERT OR IGNORE INTO rejected_reports (article_id, start, end, type)
         SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]')
         FROM json_each(?1, '$.rejected')",
        [snapshot],
    )?;
    let restored: Vec<i64> = target_events.into_iter().chain(own_events).collect();
    super::write::index_for_search(tx, &[], &restored, &[])?;
    Ok(split_off)
}

/// After a redo, the events of their own its undo made go back into the events
/// they had joined, when both are there and no user has touched the former
/// since (a correction or a check of theirs is the user's decision: it stays).
fn fold_back(tx: &Transaction, split_off: &BTreeMap<i64, i64>) -> Result<()> {
    for (&own, &joined) in split_off {
        let untouched: bool = tx.query_row(
            "SELECT EXISTS(SELECT 1 FROM events WHERE id = ?1 AND edited = '' AND verified = 0)
                    AND EXISTS(SELECT 1 FROM events WHERE id = ?2)",
            [own, joined],
            |r| r.get(0),
        )?;
        if !untouched {
            continue;
        }
        exec(tx, "UPDATE OR IGNORE mentions SET event_id = ?2 WHERE event_id = ?1", [own, joined])?;
        exec(tx, "DELETE FROM mentions WHERE event_id = ?1", [own])?;
        exec(tx, "DELETE FROM events WHERE id = ?1", [own])?;
    }
    Ok(())
}

/// A new event for `reports`, which reached `event` after the edit being undone
/// brought it: its type, title, actors and places, dated by what the reports
/// claims (else as `event`), and neither corrected nor verified, since those
/// decisions go with the edit.
fn event_of_its_own(tx: &Transaction, event: i64, reports: &[serde_json::Value]) -> Result<i64> {
    // The first report that claims a date, whole (its start, end and precision go together).
    let claim = reports.iter().find(|m| m["claimed_start"].is_string());
    let field = |name: &str| claim.and_then(|m| m[name].as_str()).map(str::to_owned);
    let (start, end, precision) = (field("claimed_start"), field("claimed_end"), field("claimed_precision"));
    exec(
        tx,
        "INSERT INTO events (title, type, start, end, precision, confidence, origin, planned, merge_keys)
         SELECT title, type, coalesce(?2, start), coalesce(?3, end), coalesce(?4, precision), confidence, ?5, planned, merge_keys
         FROM events WHERE id = ?1",
        params![event, start, end, precision, crate::model::Origin::Extracted.as_str()],
    )?;
    let id = tx.last_insert_rowid();
    exec(
        tx,
        "INSERT INTO event_actors (event_id, actor_id, position) SELECT ?2, actor_id, position FROM event_actors WHERE event_id = ?1",
        [event, id],
    )?;
    exec(
        tx,
        "INSERT INTO event_places (event_id, place_id, position) SELECT ?2, place_id, position FROM event_places WHERE event_id = ?1",
        [event, id],
    )?;
    Ok(id)
}

/// Replaces the articles an edit stored with the snapshot's: none before it
/// (deleted with their reports and search entries), all of them after it. An
/// article whose id or text has come back meanwhile (imported again) makes the
/// redo refuse: nothing changes.
fn restore_articles(tx: &Transaction, scope: &Scope, snapshot: &str) -> Result<()> {
    if scope.new_articles.is_empty() {
        return Ok(());
    }
    let taken: i64 = tx.query_row(
        "SELECT count(*) FROM json_each(?1, '$.articles') j
         WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = json_extract(j.value, '$.id'))
            OR EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = json_extract(j.value, '$.content_hash'))",
        [snapshot],
        |r| r.get(0),
    )?;
    if taken > 0 {
        return Err(Error::Invalid {
            what: "redo",
            message: "articles of this import have been imported again since it was undone: import that workspace again instead".into(),
        });
    }
    exec(tx, "DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?1))", [scope.new_articles_json()])?;
    exec(
        tx,
        "INSERT INTO articles (id, file_name, title, outlet, language, published, text, content_hash, imported_at)
         SELECT json_extract(value, '$.id'), json_extract(value, '$.file_name'), json_extract(value, '$.title'), json_extract(value, '$.outlet'),
                json_extract(value, '$.language'), json_extract(value, '$.published'), json_extract(value, '$.text'),
                json_extract(value, '$.content_hash'), json_extract(value, '$.imported_at')
         FROM json_each(?1, '$.articles')",
        [snapshot],
    )?;
    exec(
        tx,
        "INSERT INTO article_fts (rowid, title, text)
         SELECT id, title, text FROM articles WHERE id IN (SELECT json_extract(value, '$.id') FROM json_each(?1, '$.articles'))",
        [snapshot],
    )?;
    Ok(())
}

/// The (article, start, end) of a snapshot's reports.
fn mention_keys(snapshot: &str) -> Result<Vec<(i64, i64, i64)>> {
    let value: serde_json::Value = serde_json::from_str(snapshot)?;
    Ok(value["mentions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| (m["article_id"].as_i64().unwrap_or(0), m["start"].as_i64().unwrap_or(0), m["end"].as_i64().unwrap_or(0)))
        .collect())
}

/// Records an edit made in `tx`: drops the edits that could have been redone.
pub(super) fn record(tx: &Transaction, summary: &str, scope: &Scope, before: &str, after: &str) -> Result<()> {
    exec(tx, "DELETE FROM edit_history WHERE undone = 1", [])?;
    exec(
        tx,
        "INSERT INTO edit_history (summary, scope, before, after) VALUES (?1, ?2, ?3, ?4)",
        params![summary, serde_json::to_string(scope)?, before, after],
    )?;
    Ok(())
}

fn entry(r: &rusqlite::Row) -> rusqlite::Result<HistoryEntry> {
    Ok(HistoryEntry { id: r.get(0)?, at: r.get(1)?, summary: r.get(2)?, undone: r.get(3)? })
}

impl Store {
    /// Every recorded edit, newest first.
    pub fn history(&self) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self.conn.prepare("SELECT id, at, summary, undone FROM edit_history ORDER BY id DESC")?;
        let rows = stmt.query_map([], entry)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Undoes the newest edit not undone; `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Result<Option<HistoryEntry>> {
        self.step("SELECT id, at, summary, undone, scope, before, after FROM edit_history WHERE undone = 0 ORDER BY id DESC LIMIT 1", true)
    }

    /// Redoes the oldest undone edit; `None` when there is nothing to redo.
    pub fn redo(&mut self) -> Result<Option<HistoryEntry>> {
        self.step("SELECT id, at, summary, undone, scope, before, after FROM edit_history WHERE undone = 1 ORDER BY id LIMIT 1", false)
    }

    fn step(&mut self, find: &str, undo: bool) -> Result<Option<HistoryEntry>> {
        let tx = self.write_transaction()?;
        let found = tx
            .query_row(find, [], |r| Ok((entry(r)?, r.get::<_, String>(4)?, r.get::<_, String>(5)?, r.get::<_, String>(6)?)))
            .optional()?;
        let Some((mut entry, scope, before, after)) = found else {
            return Ok(None);
        };
        let mut scope: Scope = serde_json::from_str(&scope)?;
        let (target, other) = if undo { (&before, &after) } else { (&after, &before) };
        let split_off = restore(&tx, &scope, target, other)?;
        if !undo {
            fold_back(&tx, &scope.split_off)?;
        }
        // What this undo split off, for the redo; nothing once redone.
        scope.split_off = split_off.into_iter().collect();
        exec(
            &tx,
            "UPDATE edit_history SET undone = ?2, scope = ?3 WHERE id = ?1",
            params![entry.id, undo, serde_json::to_string(&scope)?],
        )?;
        tx.commit()?;
        entry.undone = undo;
        Ok(Some(entry))
    }

    /// Runs an edit in one transaction and records it: `op` changes the events
    /// `events` (and the rejected reports of `articles`), and returns its result,
    /// the events it created and its summary.
    pub(super) fn recorded<T>(
        &mut self,
        events: &[i64],
        articles: &[i64],
        op: impl FnOnce(&Transaction) -> Result<(T, Vec<i64>, String)>,
    ) -> Result<T> {
        let tx = self.write_transaction()?;
        let mut scope = Scope::of(&tx, events, articles)?;
        let before = snapshot(&tx, &scope)?;
        let (value, created, summary) = op(&tx)?;
        scope.events.extend(created);
        let after = snapshot(&tx, &scope)?;
        record(&tx, &summary, &scope, &before, &after)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs an edit that adds a place to the workspace in one transaction and
    /// records it: `op` returns its result, the place's id and its summary.
    pub(super) fn recorded_place<T>(&mut self, op: impl FnOnce(&Transaction) -> Result<(T, i64, String)>) -> Result<T> {
        let tx = self.write_transaction()?;
        let mut scope = Scope::default();
        let before = snapshot(&tx, &scope)?;
        let (value, place, summary) = op(&tx)?;
        scope.places.insert(place);
        let after = snapshot(&tx, &scope)?;
        record(&tx, &summary, &scope, &before, &after)?;
        tx.commit()?;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use crate::error::Error;
    use crate::extract::FrenchRules;
    use crate::model::{ArticleId, DateSpan, EditedField, Event, EventId, EventType};
    use crate::store::{EventEdit, NewEvent};
    use crate::{EventFilter, Store};

    fn sample() -> Store {
        Store::sample_in_memory()
    }

    /// Everything a user sees of the events, and the reports they rejected.
    fn state(store: &Store) -> (Vec<Event>, i64) {
        let rejected = store.conn.query_row("SELECT count(*) FROM rejected_reports", [], |r| r.get(0)).unwrap();
        (store.events(&EventFilter::default()).unwrap(), rejected)
    }

    /// Two events with sources in different articles.
    fn two_events(store: &Store) -> (EventId, EventId) {
        let events = store.events(&EventFilter::default()).unwrap();
        let a = &events[0];
        let b = events
            .iter()
            .find(|e| e.id != a.id && e.sources.iter().all(|s| a.sources.iter().all(|t| t.article != s.article || t.start != s.start)))
            .unwrap();
        (a.id, b.id)
    }

    fn multi_source(store: &Store) -> Event {
        store
            .events(&EventFilter::default())
            .unwrap()
            .into_iter()
            .find(|e| e.sources.iter().map(|s| s.article).collect::<std::collections::BTreeSet<_>>().len() >= 2)
            .expect("an event reported by two articles")
    }

    #[test]
    fn a_merge_is_undone_and_redone() {
        let mut store = sample();
        let (a, b) = two_events(&store);
        let before = state(&store);
        let (ea, eb) = (store.get_event(a).unwrap(), store.get_event(b).unwrap());
        let kept = store.merge_events(&[a, b], Some("Fusion")).unwrap();
        assert_eq!(kept, a);
        let merged = store.get_event(a).unwrap();
        assert_eq!(merged.sources.len(), ea.sources.len() + eb.sources.len());
        assert_eq!(merged.title, "Fusion");
        assert!(merged.edited.contains(&EditedField::Sources) && merged.edited.contains(&EditedField::Title));
        assert!(matches!(store.get_event(b), Err(Error::NotFound { .. })));
        let after = state(&store);
        let history = store.history().unwrap();
        assert_eq!(history.len(), 1);
        assert_eq!(history[0].summary, format!("merged events {a}, {b} into {a}"));
        let undone = store.undo().unwrap().unwrap();
        assert!(undone.undone);
        assert_eq!(state(&store), before);
        assert!(store.history().unwrap()[0].undone);
        assert_eq!(store.undo().unwrap(), None, "nothing left to undo");
        store.redo().unwrap().unwrap();
        assert_eq!(state(&store), after);
        assert_eq!(store.redo().unwrap(), None);
        // Search finds the events as they are.
        let found = store.list_events(&EventFilter { query: Some("Fusion".into()), ..Default::default() }).unwrap();
        assert_eq!(found.iter().map(|e| e.id).collect::<Vec<_>>(), [a]);
    }

    #[test]
    fn bad_merges_are_refused_and_change_nothing() {
        let mut store = sample();
        let (a, _) = two_events(&store);
        let before = state(&store);
        assert!(matches!(store.merge_events(&[a, a], None), Err(Error::Invalid { .. })));
        assert!(matches!(store.merge_events(&[a], None), Err(Error::Invalid { .. })));
        assert!(matches!(store.merge_events(&[a, EventId(99_999)], None), Err(Error::NotFound { what: "event", id: 99_999 })));
        assert_eq!(state(&store), before);
        assert!(store.history().unwrap().is_empty());
    }

    #[test]
    fn a_split_is_undone_and_redone_and_bad_splits_are_refused() {
        let mut store = sample();
        let event = multi_source(&store);
        let before = state(&store);
        let moved = event.sources[0].article;
        let err = store.split_event(event.id, &[ArticleId(99_999)]).unwrap_err().to_string();
        assert!(err.contains("article 99999 is not a source of event"), "{err}");
        let all: Vec<ArticleId> = event.sources.iter().map(|s| s.article).collect();
        let err = store.split_event(event.id, &all).unwrap_err().to_string();
        assert!(err.contains("all the sources"), "{err}");
        assert!(matches!(store.split_event(EventId(99_999), &[moved]), Err(Error::NotFound { .. })));
        assert_eq!(state(&store), before);
        let new = store.split_event(event.id, &[moved]).unwrap();
        let (old, split) = (store.get_event(event.id).unwrap(), store.get_event(new).unwrap());
        assert!(split.sources.iter().all(|s| s.article == moved) && !split.sources.is_empty());
        assert!(old.sources.iter().all(|s| s.article != moved) && !old.sources.is_empty());
        assert_eq!(old.sources.len() + split.sources.len(), event.sources.len());
        assert_eq!((split.event_type, split.date, split.places.len()), (event.event_type, event.date, event.places.len()));
        let after = state(&store);
        assert!(store.history().unwrap()[0].summary.contains(&format!("of event {} into new event {new}", event.id)));
        store.undo().unwrap().unwrap();
        assert_eq!(state(&store), before);
        store.redo().unwrap().unwrap();
        assert_eq!(state(&store), after);
    }

    #[test]
    fn an_added_event_needs_a_verbatim_quote_and_is_undone() {
        let mut store = sample();
        let article = store.list_articles().unwrap()[0].clone();
        let text = store.get_article(article.id).unwrap().text;
        let quote = text.split(". ").next().unwrap().to_string();
        let before = state(&store);
        let day = DateSpan::day(chrono::NaiveDate::from_ymd_opt(2024, 6, 20).unwrap());
        let mut new = NewEvent {
            article: article.id,
            quote: format!("{quote} (not in the text)"),
            event_type: EventType::Meeting,
            date: day,
            title: None,
        };
        let err = store.add_event(&new, &FrenchRules).unwrap_err();
        assert!(matches!(err, Error::Invalid { what: "quote", .. }) && err.to_string().contains("verbatim"), "{err}");
        new.quote = "   ".into();
        assert!(matches!(store.add_event(&new, &FrenchRules), Err(Error::Invalid { .. })));
        new.quote = quote.clone();
        new.article = ArticleId(99_999);
        assert!(matches!(store.add_event(&new, &FrenchRules), Err(Error::NotFound { what: "article", .. })));
        assert_eq!(state(&store), before);
        assert!(store.history().unwrap().is_empty());
        new.article = article.id;
        let id = store.add_event(&new, &FrenchRules).unwrap();
        let added = store.get_event(id).unwrap();
        assert_eq!(added.sources.len(), 1);
        let source = &added.sources[0];
        assert_eq!(&text[source.start as usize..source.end as usize], quote);
        assert_eq!((added.origin, added.event_type, added.date), (crate::model::Origin::Manual, EventType::Meeting, day));
        assert!(!added.title.is_empty());
        store.undo().unwrap().unwrap();
        assert_eq!(state(&store), before);
        store.redo().unwrap().unwrap();
        assert_eq!(store.get_event(id).unwrap(), added);
    }

    #[test]
    fn edits_deletions_and_verifications_are_undone_in_order_and_a_new_edit_drops_the_redo_tail() {
        let mut store = sample();
        let (a, b) = two_events(&store);
        let s0 = state(&store);
        store
            .update_event(a, &EventEdit { title: Some("Nouveau".into()), event_type: Some(EventType::Other), ..Default::default() })
            .unwrap();
        let s1 = state(&store);
        store.delete_event(b).unwrap();
        let s2 = state(&store);
        store.set_verified(a, true).unwrap();
        assert!(store.get_event(a).unwrap().verified);
        // The timeline's summaries carry the mark too, on that event only.
        let listed = store.list_events(&EventFilter::default()).unwrap();
        assert!(listed.iter().any(|e| e.id == a && e.verified));
        assert!(listed.iter().all(|e| e.id == a || !e.verified));
        let export = crate::export::json::export(&store, &EventFilter::default(), crate::render::Lang::Fr).unwrap();
        assert!(export["events"].as_array().unwrap().iter().any(|e| e["id"] == a.0 && e["verified"] == true));
        let summaries: Vec<String> = store.history().unwrap().into_iter().map(|e| e.summary).collect();
        assert_eq!(summaries[0], format!("marked event {a} verified"));
        assert!(summaries[1].starts_with(&format!("deleted event {b} (")), "{summaries:?}");
        assert_eq!(summaries[2], format!("edited event {a}: title, type"));
        store.undo().unwrap().unwrap();
        assert_eq!(state(&store), s2);
        store.undo().unwrap().unwrap();
        assert_eq!(state(&store), s1, "the deleted event is back, its reports no longer rejected");
        store.undo().unwrap().unwrap();
        assert_eq!(state(&store), s0);
        store.redo().unwrap().unwrap();
        assert_eq!(state(&store), s1);
        // A new edit: the two undone ones cannot be redone any more.
        store.set_verified(b, true).unwrap();
        assert_eq!(store.redo().unwrap(), None);
        assert_eq!(store.history().unwrap().len(), 2);
        assert!(store.history().unwrap().iter().all(|e| !e.undone));
    }

    #[test]
    fn a_reextraction_keeps_every_decision() {
        let mut store = sample();
        let multi = multi_source(&store);
        let split_off = multi.sources[0].article;
        let new = store.split_event(multi.id, &[split_off]).unwrap();
        let events = store.events(&EventFilter::default()).unwrap();
        let others: Vec<&Event> = events.iter().filter(|e| e.id != multi.id && e.id != new).collect();
        let (a, b) = (others[0].id, others[1].id);
        let merged = store.merge_events(&[a, b], None).unwrap();
        let verified = others[2].id;
        store.set_verified(verified, true).unwrap();
        let edited = others[3].id;
        store.update_event(edited, &EventEdit { planned: Some(true), ..Default::default() }).unwrap();
        let deleted = others[4].id;
        store.delete_event(deleted).unwrap();
        let article = store.list_articles().unwrap()[1].id;
        let text = store.get_article(article).unwrap().text;
        let quote = text.split(". ").nth(1).unwrap_or(&text).to_string();
        let day = DateSpan::day(chrono::NaiveDate::from_ymd_opt(2024, 6, 22).unwrap());
        let added = store
            .add_event(&NewEvent { article, quote, event_type: EventType::Other, date: day, title: Some("À moi".into()) }, &FrenchRules)
            .unwrap();
        let decided = |store: &Store| -> Vec<Event> {
            [multi.id, new, merged, verified, edited, added].iter().map(|id| store.get_event(*id).unwrap()).collect()
        };
        let before = decided(&store);
        let count = store.list_events(&EventFilter::default()).unwrap().len();
        store.reextract(&FrenchRules).unwrap();
        assert_eq!(decided(&store), before, "every decision kept");
        assert!(matches!(store.get_event(b), Err(Error::NotFound { .. })));
        assert!(matches!(store.get_event(deleted), Err(Error::NotFound { .. })));
        assert_eq!(store.list_events(&EventFilter::default()).unwrap().len(), count, "nothing found again");
        // Rebuilt events never take an id an undo may give back: the merge is undone after it.
        for _ in 0..6 {
            store.undo().unwrap().unwrap();
        }
        assert!(store.get_event(deleted).is_ok() && store.get_event(b).is_ok());
        assert!(matches!(store.get_event(added), Err(Error::NotFound { .. })));
    }

    #[test]
    fn a_report_imported_after_a_merge_survives_its_undo() {
        let mut store = Store::open_in_memory().unwrap();
        let article = |name: &str, text: &str, day: u32| {
            crate::ingest::article_from_bytes(
                name,
                crate::ingest::FileKind::Text,
                text.as_bytes(),
                &crate::ingest::ArticleMeta { published: chrono::NaiveDate::from_ymd_opt(2024, 6, day), ..Default::default() },
            )
            .unwrap()
        };
        store.ingest(&[article("a.txt", "Vladimir Poutine est arrivé jeudi à Hanoï pour une visite d'Etat.", 21)], &FrenchRules).unwrap();
        store.ingest(&[article("b.txt", "Emmanuel Macron s'est rendu mardi à Berlin.", 19)], &FrenchRules).unwrap();
        let ids: Vec<EventId> = store.list_events(&EventFilter::default()).unwrap().iter().map(|e| e.id).collect();
        assert_eq!(ids.len(), 2);
        let hanoi = store.list_events(&EventFilter { query: Some("Hanoi".into()), ..Default::default() }).unwrap()[0].id;
        let other = *ids.iter().find(|id| **id != hanoi).unwrap();
        store.merge_events(&[hanoi, other], None).unwrap();
        store.ingest(&[article("c.txt", "Vladimir Poutine est arrivé jeudi à Hanoï, a annoncé le Kremlin.", 21)], &FrenchRules).unwrap();
        let sources = store.get_event(hanoi).unwrap().sources.len();
        assert_eq!(sources, 3, "the new report joined the merged event");
        store.undo().unwrap().unwrap();
        assert_eq!(store.get_event(hanoi).unwrap().sources.len(), 2, "its own report and the new one");
        assert_eq!(store.get_event(other).unwrap().sources.len(), 1);
    }
}
