//! Writes: ingest (articles, their extracted events merged with the stored ones).

use super::Store;
use crate::error::Result;
use crate::extract::{ArticleText, Candidate, Extractor};
use crate::merge::{self, EventDraft, MentionDraft};
use crate::model::{EditedField, Actor, ArticleId, ArticleSummary, DateSpan, EventId, EventType, NewArticle, Origin, Place, Precision};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Transaction};
use std::collections::HashSet;

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
        for (article, candidates) in &fresh {
            let id = insert_article(&tx, article)?;
            let (added, merged) = merge::merge_into(&mut drafts, candidates, id, &article.text);
            outcome.events_added += added;
            outcome.events_merged += merged;
            outcome.imported.push(ArticleSummary {
                id,
                file_name: article.file_name.clone(),
                title: article.title.clone(),
                outlet: article.outlet.clone(),
                language: article.language.clone(),
                published: article.published,
            });
        }
        let mut search_rows = Vec::new();
        for draft in drafts.iter().filter(|d| d.changed) {
            let id = save_draft(&tx, draft)?;
            let quotes: Vec<&str> = draft.mentions.iter().map(|m| m.quote.as_str()).collect();
            search_rows.push(serde_json::json!([id.0, draft.title, quotes.join("\n")]));
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
    let mut wanted: HashSet<(EventType, NaiveDate, NaiveDate, bool)> = HashSet::new();
    for c in candidates {
        wanted.insert((c.event_type, c.date.start, c.date.end, c.date.precision == Precision::Day));
    }
    let mut ids: Vec<i64> = Vec::new();
    let mut stmt = tx.prepare_cached(
        "SELECT e.id FROM event_spans s JOIN events e ON e.id = s.id
         WHERE s.first_day <= ?3 AND s.last_day >= ?2 AND e.type = ?1 AND e.origin = 'extracted' AND (e.precision = 'day') = ?4",
    )?;
    let day_number = |d: &NaiveDate| d.signed_duration_since(NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch")).num_days();
    for (kind, start, end, day) in &wanted {
        let found = stmt.query_map(params![kind.as_str(), day_number(start), day_number(end), day], |r| r.get::<_, i64>(0))?;
        for id in found {
            ids.push(id?);
        }
    }
    ids.sort_unstable();
    ids.dedup();
    let mut head = tx.prepare_cached("SELECT type, title, start, end, precision, planned, confidence, edited FROM events WHERE id = ?1")?;
    let mut drafts = Vec::with_capacity(ids.len());
    for id in ids {
        let (kind, title, start, end, precision, planned, confidence, edited) = head.query_row([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, bool>(5)?,
                r.get::<_, f64>(6)?,
                r.get::<_, String>(7)?,
            ))
        })?;
        let id = EventId(id);
        drafts.push(EventDraft {
            id: Some(id),
            event_type: EventType::parse(&kind).unwrap_or(EventType::Other),
            title,
            date: DateSpan { start: parse_day(&start)?, end: parse_day(&end)?, precision: Precision::parse(&precision).unwrap_or(Precision::Day) },
            planned,
            confidence: confidence as f32,
            places: super::read::places_of(tx, id)?,
            actors: super::read::actors_of(tx, id)?,
            mentions: mentions_of(tx, id)?,
            edited: EditedField::list_from_db(&edited),
            changed: false,
        });
    }
    Ok(drafts)
}

pub(super) fn parse_day(text: &str) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

fn mentions_of(tx: &Transaction, id: EventId) -> Result<Vec<MentionDraft>> {
    let mut stmt = tx.prepare_cached(
        "SELECT article_id, quote, start, end, date_text, claimed_start, claimed_end, claimed_precision, quantity FROM mentions WHERE event_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([id.0], |r| {
        Ok(MentionDraft {
            article: ArticleId(r.get(0)?),
            quote: r.get(1)?,
            start: r.get::<_, i64>(2)? as usize,
            end: r.get::<_, i64>(3)? as usize,
            date_text: r.get(4)?,
            date: super::read::claimed_date(r, 5)?,
            quantity: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn save_draft(tx: &Transaction, d: &EventDraft) -> Result<EventId> {
    let id = match d.id {
        Some(id) => {
            exec(
                tx,
                "UPDATE events SET title = ?2, type = ?3, start = ?4, end = ?5, precision = ?6, confidence = ?7, planned = ?8 WHERE id = ?1",
                params![id.0, d.title, d.event_type.as_str(), d.date.start.to_string(), d.date.end.to_string(), d.date.precision.as_str(), d.confidence as f64, d.planned],
            )?;
            exec(tx, "DELETE FROM event_places WHERE event_id = ?1", [id.0])?;
            exec(tx, "DELETE FROM event_actors WHERE event_id = ?1", [id.0])?;
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
    for (position, place) in d.places.iter().enumerate() {
        let place_id = upsert_place(tx, place)?;
        exec(tx, "INSERT OR IGNORE INTO event_places (event_id, place_id, position) VALUES (?1, ?2, ?3)", params![id.0, place_id, position as i64])?;
    }
    for (position, actor) in d.actors.iter().enumerate() {
        let actor_id = upsert_actor(tx, actor)?;
        exec(tx, "INSERT OR IGNORE INTO event_actors (event_id, actor_id, position) VALUES (?1, ?2, ?3)", params![id.0, actor_id, position as i64])?;
    }
    for m in &d.mentions {
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
fn index_for_search(tx: &Transaction, articles: &[ArticleSummary], events: &[serde_json::Value]) -> Result<()> {
    if let (Some(first), Some(last)) = (articles.first(), articles.last()) {
        exec(tx, "INSERT INTO article_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id BETWEEN ?1 AND ?2", params![first.id.0, last.id.0])?;
    }
    if !events.is_empty() {
        let rows = serde_json::Value::Array(events.to_vec()).to_string();
        exec(tx, "DELETE FROM event_fts WHERE rowid IN (SELECT value ->> 0 FROM json_each(?1))", [&rows])?;
        exec(tx, "INSERT INTO event_fts (rowid, title, quotes) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?1)", [&rows])?;
    }
    Ok(())
}

/// One statement, prepared once per connection: an import runs each thousands of times.
fn exec(tx: &Transaction, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
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
