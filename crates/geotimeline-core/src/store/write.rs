//! Writes: ingest (articles, their extracted events merged with the stored ones).

use super::Store;
use crate::error::Result;
use crate::extract::{ArticleText, Candidate, Extractor};
use crate::merge::{self, EventDraft, MentionDraft};
use crate::model::{ActorKind, EditedField, Actor, ArticleId, ArticleSummary, DateSpan, EventId, EventType, NewArticle, Origin, Place, Precision};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Transaction};
use std::collections::{HashMap, HashSet};

/// What one ingest did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IngestOutcome {
    pub imported: Vec<ArticleSummary>,
    /// File names whose content was already in the workspace (or twice in this batch).
    pub duplicates: Vec<String>,
    pub events_added: usize,
    pub events_merged: usize,
}

impl Store {
    /// Stores the articles, extracts their events and merges them with the
    /// stored ones, all in one transaction.
    pub fn ingest(&mut self, articles: &[NewArticle], extractor: &dyn Extractor) -> Result<IngestOutcome> {
        let tx = self.conn.transaction()?;
        let mut outcome = IngestOutcome::default();
        let mut seen = HashSet::new();
        let mut fresh: Vec<(&NewArticle, Vec<Candidate>)> = Vec::new();
        for article in articles {
            let stored: bool = tx.prepare_cached("SELECT EXISTS(SELECT 1 FROM articles WHERE content_hash = ?1)")?.query_row([&article.content_hash], |r| r.get(0))?;
            if stored || !seen.insert(article.content_hash.clone()) {
                outcome.duplicates.push(article.file_name.clone());
                continue;
            }
            let candidates = extractor.extract(ArticleText { text: &article.text, language: &article.language, published: article.published });
            fresh.push((article, candidates));
        }
        let mut drafts = load_drafts(&tx, fresh.iter().flat_map(|(_, cs)| cs.iter()))?;
        let mut batch = Vec::with_capacity(fresh.len());
        for (article, candidates) in &fresh {
            let id = insert_article(&tx, article)?;
            batch.push((id, article.text.as_str(), candidates.as_slice()));
            outcome.imported.push(ArticleSummary {
                id,
                file_name: article.file_name.clone(),
                title: article.title.clone(),
                outlet: article.outlet.clone(),
                language: article.language.clone(),
                published: article.published,
            });
        }
        (outcome.events_added, outcome.events_merged) = merge::merge_batch(&mut drafts, &batch);
        let mut search_rows = Vec::new();
        for draft in drafts.iter().filter(|d| d.changed) {
            search_rows.push(save_draft(&tx, draft)?.0);
        }
        index_for_search(&tx, &outcome.imported, &search_rows)?;
        tx.commit()?;
        Ok(outcome)
    }
}

fn insert_article(tx: &Transaction, a: &NewArticle) -> Result<ArticleId> {
    exec(
        tx,
        "INSERT INTO articles (file_name, title, outlet, language, published, text, content_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![a.file_name, a.title, a.outlet, a.language, a.published.map(|d| d.to_string()), a.text, a.content_hash],
    )?;
    Ok(ArticleId(tx.last_insert_rowid()))
}

/// The stored machine-made events the candidates could merge with: same type,
/// overlapping dates, both day-precise or neither (see `merge::affinity`). Only
/// those are read, so an import's work and memory follow what it brings, not
/// the size of the workspace. Events a user made are never merged into.
fn load_drafts<'a>(tx: &Transaction, candidates: impl Iterator<Item = &'a Candidate>) -> Result<Vec<EventDraft>> {
    // Day-precise reports: every event of the type on those days. Coarser ones
    // (a month, a year): only events naming one of their actors or places, as
    // `merge::affinity` requires; a year holds too many events to read them all.
    let mut wanted: HashSet<(EventType, NaiveDate, NaiveDate, Option<String>)> = HashSet::new();
    for c in candidates {
        let names = (c.date.precision != Precision::Day).then(|| {
            let names: Vec<&str> = c.actors.iter().map(|a| a.name.as_str()).chain(c.places.iter().map(|p| p.name.as_str())).collect();
            serde_json::to_string(&names).expect("names as JSON")
        });
        if names.as_deref() != Some("[]") {
            wanted.insert((c.event_type, c.date.start, c.date.end, names));
        }
    }
    let mut ids: Vec<i64> = Vec::new();
    let mut on_days = tx.prepare_cached(
        "SELECT s.id FROM event_spans s JOIN events e ON e.id = s.id
         WHERE s.first_day <= ?3 AND s.last_day >= ?2 AND s.class_lo <= ?1 AND s.class_hi >= ?1 AND e.origin = 'extracted'",
    )?;
    let mut naming = tx.prepare_cached(
        "SELECT s.id FROM event_spans s JOIN events e ON e.id = s.id
         WHERE s.first_day <= ?3 AND s.last_day >= ?2 AND s.class_lo <= ?1 AND s.class_hi >= ?1 AND e.origin = 'extracted'
           AND (EXISTS (SELECT 1 FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
                        WHERE ea.event_id = e.id AND a.name IN (SELECT value FROM json_each(?4)))
             OR EXISTS (SELECT 1 FROM event_places ep JOIN places p ON p.id = ep.place_id
                        WHERE ep.event_id = e.id AND p.name IN (SELECT value FROM json_each(?4))))",
    )?;
    let day_number = |d: &NaiveDate| d.signed_duration_since(NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch")).num_days();
    for (kind, start, end, names) in &wanted {
        let (first, last) = (day_number(start), day_number(end));
        let found = match names {
            None => on_days.query_map(params![event_class(*kind, true), first, last], |r| r.get::<_, i64>(0))?.collect::<rusqlite::Result<Vec<_>>>()?,
            Some(names) => naming.query_map(params![event_class(*kind, false), first, last, names], |r| r.get::<_, i64>(0))?.collect::<rusqlite::Result<Vec<_>>>()?,
        };
        ids.extend(found);
    }
    ids.sort_unstable();
    ids.dedup();
    read_drafts(tx, &ids)
}

/// The R-tree's class of an event: its type and whether its date is a day, as
/// the schema's triggers compute it.
fn event_class(kind: EventType, day: bool) -> i64 {
    let position = "visit meeting agreement sanction statement military election other".find(kind.as_str()).expect("every type is listed") as i64 + 1;
    position * 2 + day as i64
}

/// Stored events as drafts, read in a handful of statements whatever their number.
fn read_drafts(tx: &Transaction, ids: &[i64]) -> Result<Vec<EventDraft>> {
    let ids_json = serde_json::to_string(ids)?;
    let mut drafts: Vec<EventDraft> = Vec::with_capacity(ids.len());
    let mut at: HashMap<i64, usize> = HashMap::with_capacity(ids.len());
    let mut heads = tx.prepare_cached(
        "SELECT id, type, title, start, end, precision, planned, confidence, edited,
                (SELECT count(*) FROM mentions m WHERE m.event_id = events.id)
         FROM events WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id",
    )?;
    let mut rows = heads.query([&ids_json])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        at.insert(id, drafts.len());
        drafts.push(EventDraft {
            id: Some(EventId(id)),
            event_type: EventType::parse(&r.get::<_, String>(1)?).unwrap_or(EventType::Other),
            title: r.get(2)?,
            date: DateSpan {
                start: parse_day(&r.get::<_, String>(3)?)?,
                end: parse_day(&r.get::<_, String>(4)?)?,
                precision: Precision::parse(&r.get::<_, String>(5)?).unwrap_or(Precision::Day),
            },
            planned: r.get(6)?,
            confidence: r.get::<_, f64>(7)? as f32,
            edited: EditedField::list_from_db(&r.get::<_, String>(8)?),
            reports: r.get::<_, i64>(9)? as usize,
            places: Vec::new(),
            actors: Vec::new(),
            mentions: Vec::new(),
            changed: false,
            links_changed: false,
        });
    }
    let mut places = tx.prepare_cached(
        "SELECT ep.event_id, p.name, p.country, p.kind, p.lat, p.lon FROM event_places ep JOIN places p ON p.id = ep.place_id
         WHERE ep.event_id IN (SELECT value FROM json_each(?1)) ORDER BY ep.event_id, ep.position",
    )?;
    let mut rows = places.query([&ids_json])?;
    while let Some(r) = rows.next()? {
        let place = super::read::place_from(r, 1)?;
        drafts[at[&r.get::<_, i64>(0)?]].places.push(place);
    }
    let mut actors = tx.prepare_cached(
        "SELECT ea.event_id, a.name, a.kind FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
         WHERE ea.event_id IN (SELECT value FROM json_each(?1)) ORDER BY ea.event_id, ea.position",
    )?;
    let mut rows = actors.query([&ids_json])?;
    while let Some(r) = rows.next()? {
        let kind = ActorKind::parse(&r.get::<_, String>(2)?).unwrap_or(ActorKind::Organisation);
        let actor = crate::extract::actors::actor(&r.get::<_, String>(1)?, kind);
        drafts[at[&r.get::<_, i64>(0)?]].actors.push(actor);
    }
    // The first reports of each event: enough to compare wording with; the
    // others stay in the store, so a much-reported event costs no more to merge into.
    let mut mentions = tx.prepare_cached(
        "SELECT event_id, article_id, quote, start, end, date_text, claimed_start, claimed_end, claimed_precision, quantity FROM (
             SELECT m.*, row_number() OVER (PARTITION BY m.event_id ORDER BY m.id) AS n
             FROM mentions m WHERE m.event_id IN (SELECT value FROM json_each(?1)))
         WHERE n <= 8 ORDER BY event_id, n",
    )?;
    let mut rows = mentions.query([&ids_json])?;
    while let Some(r) = rows.next()? {
        let mention = MentionDraft {
            article: ArticleId(r.get(1)?),
            quote: r.get(2)?,
            start: r.get::<_, i64>(3)? as usize,
            end: r.get::<_, i64>(4)? as usize,
            date_text: r.get(5)?,
            date: super::read::claimed_date(r, 6)?,
            quantity: r.get(9)?,
            stored: true,
        };
        drafts[at[&r.get::<_, i64>(0)?]].mentions.push(mention);
    }
    Ok(drafts)
}

pub(super) fn parse_day(text: &str) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

pub(super) fn save_draft(tx: &Transaction, d: &EventDraft) -> Result<EventId> {
    let id = match d.id {
        Some(id) => {
            exec(
                tx,
                "UPDATE events SET title = ?2, type = ?3, start = ?4, end = ?5, precision = ?6, confidence = ?7, planned = ?8 WHERE id = ?1",
                params![id.0, d.title, d.event_type.as_str(), d.date.start.to_string(), d.date.end.to_string(), d.date.precision.as_str(), d.confidence as f64, d.planned],
            )?;
            if d.links_changed {
                exec(tx, "DELETE FROM event_places WHERE event_id = ?1", [id.0])?;
                exec(tx, "DELETE FROM event_actors WHERE event_id = ?1", [id.0])?;
            }
            id
        }
        None => {
            exec(
                tx,
                "INSERT INTO events (title, type, start, end, precision, confidence, origin, planned) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![d.title, d.event_type.as_str(), d.date.start.to_string(), d.date.end.to_string(), d.date.precision.as_str(), d.confidence as f64, Origin::Extracted.as_str(), d.planned],
            )?;
            EventId(tx.last_insert_rowid())
        }
    };
    let places: &[Place] = if d.links_changed { &d.places } else { &[] };
    let actors: &[Actor] = if d.links_changed { &d.actors } else { &[] };
    for (position, place) in places.iter().enumerate() {
        let place_id = upsert_place(tx, place)?;
        exec(tx, "INSERT OR IGNORE INTO event_places (event_id, place_id, position) VALUES (?1, ?2, ?3)", params![id.0, place_id, position as i64])?;
    }
    for (position, actor) in actors.iter().enumerate() {
        let actor_id = upsert_actor(tx, actor)?;
        exec(tx, "INSERT OR IGNORE INTO event_actors (event_id, actor_id, position) VALUES (?1, ?2, ?3)", params![id.0, actor_id, position as i64])?;
    }
    for m in d.mentions.iter().filter(|m| !m.stored) {
        exec(
            tx,
            "INSERT OR IGNORE INTO mentions (event_id, article_id, quote, start, end, date_text, claimed_start, claimed_end, claimed_precision, quantity)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                id.0,
                m.article.0,
                m.quote,
                m.start as i64,
                m.end as i64,
                m.date_text,
                m.date.map(|d| d.start.to_string()),
                m.date.map(|d| d.end.to_string()),
                m.date.map(|d| d.precision.as_str()),
                m.quantity
            ],
        )?;
    }
    Ok(id)
}

/// Adds the new articles and the written events to the full-text indexes, each
/// in one statement: FTS5 flushes its pending terms at every statement that
/// writes to it, so a statement per row made imports several times slower.
pub(super) fn index_for_search(tx: &Transaction, articles: &[ArticleSummary], events: &[i64]) -> Result<()> {
    if let (Some(first), Some(last)) = (articles.first(), articles.last()) {
        exec(tx, "INSERT INTO article_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id BETWEEN ?1 AND ?2", params![first.id.0, last.id.0])?;
    }
    if !events.is_empty() {
        let ids = serde_json::to_string(events)?;
        exec(tx, "DELETE FROM event_fts WHERE rowid IN (SELECT value FROM json_each(?1))", [&ids])?;
        exec(
            tx,
            "INSERT INTO event_fts (rowid, title, quotes)
             SELECT e.id, e.title, (SELECT group_concat(m.quote, char(10)) FROM mentions m WHERE m.event_id = e.id)
             FROM events e WHERE e.id IN (SELECT value FROM json_each(?1))",
            [&ids],
        )?;
    }
    Ok(())
}

/// One statement, prepared once per connection: an import runs each thousands of times.
pub(super) fn exec(tx: &Transaction, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
    Ok(tx.prepare_cached(sql)?.execute(params)?)
}

fn upsert_place(tx: &Transaction, p: &Place) -> Result<i64> {
    let kind = p.kind.as_str();
    let existing: Option<i64> = tx.prepare_cached("SELECT id FROM places WHERE name = ?1 AND kind = ?2")?.query_row(params![p.name, kind], |r| r.get(0)).optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    exec(tx, "INSERT INTO places (name, country, kind, lat, lon) VALUES (?1, ?2, ?3, ?4, ?5)", params![p.name, p.country, kind, p.lat, p.lon])?;
    Ok(tx.last_insert_rowid())
}

fn upsert_actor(tx: &Transaction, a: &Actor) -> Result<i64> {
    let kind = a.kind.as_str();
    let existing: Option<i64> = tx.prepare_cached("SELECT id FROM actors WHERE name = ?1 AND kind = ?2")?.query_row(params![a.name, kind], |r| r.get(0)).optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    exec(tx, "INSERT INTO actors (name, kind) VALUES (?1, ?2)", params![a.name, kind])?;
    Ok(tx.last_insert_rowid())
}
