//! Writes: ingest (articles, their extracted events merged with the stored ones).

use super::Store;
use crate::error::Result;
use crate::extract::{ArticleText, Candidate, Extractor};
use crate::merge::{self, EventDraft, MentionDraft};
use crate::model::{Actor, ArticleId, ArticleSummary, DateSpan, EventId, EventType, NewArticle, Origin, Place, Precision};
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
            let stored: bool = tx.query_row("SELECT EXISTS(SELECT 1 FROM articles WHERE content_hash = ?1)", [&article.content_hash], |r| r.get(0))?;
            if stored || !seen.insert(article.content_hash.clone()) {
                outcome.duplicates.push(article.file_name.clone());
                continue;
            }
            let candidates = extractor.extract(ArticleText { text: &article.text, language: &article.language, published: article.published });
            fresh.push((article, candidates));
        }
        let window = fresh.iter().flat_map(|(_, cs)| cs.iter().map(|c| c.date)).fold(None, |acc: Option<(NaiveDate, NaiveDate)>, d| {
            Some(acc.map_or((d.start, d.end), |(s, e)| (s.min(d.start), e.max(d.end))))
        });
        let mut drafts = match window {
            Some((from, to)) => load_drafts(&tx, from, to)?,
            None => Vec::new(),
        };
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
        for draft in drafts.iter().filter(|d| d.changed) {
            save_draft(&tx, draft)?;
        }
        tx.commit()?;
        Ok(outcome)
    }
}

fn insert_article(tx: &Transaction, a: &NewArticle) -> Result<ArticleId> {
    tx.execute(
        "INSERT INTO articles (file_name, title, outlet, language, published, text, content_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![a.file_name, a.title, a.outlet, a.language, a.published.map(|d| d.to_string()), a.text, a.content_hash],
    )?;
    Ok(ArticleId(tx.last_insert_rowid()))
}

/// Machine-made events overlapping `from..=to`: the ones new reports may merge into.
/// Events a user made are never merged into or rewritten by extraction.
fn load_drafts(tx: &Transaction, from: NaiveDate, to: NaiveDate) -> Result<Vec<EventDraft>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, type, title, start, end, precision, planned, confidence FROM events
         WHERE origin = 'extracted' AND start <= ?2 AND end >= ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map(params![from.to_string(), to.to_string()], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, bool>(6)?,
            r.get::<_, f64>(7)?,
        ))
    })?;
    let mut drafts = Vec::new();
    for row in rows {
        let (id, kind, title, start, end, precision, planned, confidence) = row?;
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
            tx.execute(
                "UPDATE events SET title = ?2, type = ?3, start = ?4, end = ?5, precision = ?6, confidence = ?7, planned = ?8 WHERE id = ?1",
                params![id.0, d.title, d.event_type.as_str(), d.date.start.to_string(), d.date.end.to_string(), d.date.precision.as_str(), d.confidence as f64, d.planned],
            )?;
            tx.execute("DELETE FROM event_places WHERE event_id = ?1", [id.0])?;
            tx.execute("DELETE FROM event_actors WHERE event_id = ?1", [id.0])?;
            id
        }
        None => {
            tx.execute(
                "INSERT INTO events (title, type, start, end, precision, confidence, origin, planned) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![d.title, d.event_type.as_str(), d.date.start.to_string(), d.date.end.to_string(), d.date.precision.as_str(), d.confidence as f64, Origin::Extracted.as_str(), d.planned],
            )?;
            EventId(tx.last_insert_rowid())
        }
    };
    for (position, place) in d.places.iter().enumerate() {
        let place_id = upsert_place(tx, place)?;
        tx.execute("INSERT OR IGNORE INTO event_places (event_id, place_id, position) VALUES (?1, ?2, ?3)", params![id.0, place_id, position as i64])?;
    }
    for (position, actor) in d.actors.iter().enumerate() {
        let actor_id = upsert_actor(tx, actor)?;
        tx.execute("INSERT OR IGNORE INTO event_actors (event_id, actor_id, position) VALUES (?1, ?2, ?3)", params![id.0, actor_id, position as i64])?;
    }
    for m in &d.mentions {
        tx.execute(
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
    let quotes: Vec<&str> = d.mentions.iter().map(|m| m.quote.as_str()).collect();
    tx.execute("DELETE FROM event_fts WHERE rowid = ?1", [id.0])?;
    tx.execute("INSERT INTO event_fts (rowid, title, quotes) VALUES (?1, ?2, ?3)", params![id.0, d.title, quotes.join("\n")])?;
    Ok(id)
}

fn upsert_place(tx: &Transaction, p: &Place) -> Result<i64> {
    let kind = p.kind.as_str();
    let existing: Option<i64> = tx.query_row("SELECT id FROM places WHERE name = ?1 AND kind = ?2", params![p.name, kind], |r| r.get(0)).optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    tx.execute("INSERT INTO places (name, country, kind, lat, lon) VALUES (?1, ?2, ?3, ?4, ?5)", params![p.name, p.country, kind, p.lat, p.lon])?;
    Ok(tx.last_insert_rowid())
}

fn upsert_actor(tx: &Transaction, a: &Actor) -> Result<i64> {
    let kind = a.kind.as_str();
    let existing: Option<i64> = tx.query_row("SELECT id FROM actors WHERE name = ?1 AND kind = ?2", params![a.name, kind], |r| r.get(0)).optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    tx.execute("INSERT INTO actors (name, kind) VALUES (?1, ?2)", params![a.name, kind])?;
    Ok(tx.last_insert_rowid())
}
