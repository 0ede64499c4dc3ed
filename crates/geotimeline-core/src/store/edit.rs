//! A user's corrections, and extracting the articles again without undoing them.
//!
//! An edited field is recorded on the event (`events.edited`); a deleted event's
//! reports are recorded as rejected. A re-extraction rebuilds only what nobody
//! touched: events a user made or edited keep their fields and their reports,
//! and a report a user took away is not found again.

use super::write::{exec, index_for_search, save_draft, LinkIds};
use super::Store;
use crate::error::{Error, Result};
use crate::extract::{ArticleText, Extractor};
use crate::merge;
use crate::model::{ArticleId, DateSpan, EditedField, EventId, EventType};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// A correction of an event: only the fields given change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EventEdit {
    pub title: Option<String>,
    #[serde(rename = "type")]
    pub event_type: Option<EventType>,
    pub date: Option<DateSpan>,
    pub planned: Option<bool>,
}

/// What a re-extraction did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReextractOutcome {
    pub articles: usize,
    /// Events rebuilt from the articles.
    pub events: usize,
    /// Events a user made or edited, kept exactly as they were.
    pub kept: usize,
}

impl Store {
    /// Applies a user's correction in one transaction and records which fields
    /// the user set, so extraction never changes them again.
    pub fn update_event(&mut self, id: EventId, edit: &EventEdit) -> Result<()> {
        if let Some(title) = &edit.title {
            if title.trim().is_empty() {
                return Err(Error::Invalid { what: "title", message: "an event needs a title".into() });
            }
        }
        if let Some(date) = &edit.date {
            if date.start > date.end {
                return Err(Error::Invalid { what: "date", message: format!("{} is after {}", date.start, date.end) });
            }
        }
        let tx = self.write_transaction()?;
        let edited: String = tx
            .query_row("SELECT edited FROM events WHERE id = ?1", [id.0], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound { what: "event", id: id.0 })?;
        let mut fields = EditedField::list_from_db(&edited);
        let mut mark = |field| {
            if !fields.contains(&field) {
                fields.push(field);
            }
        };
        if let Some(title) = &edit.title {
            exec(&tx, "UPDATE events SET title = ?2 WHERE id = ?1", params![id.0, title.trim()])?;
            mark(EditedField::Title);
        }
        if let Some(kind) = edit.event_type {
            // The machine's reading of these reports is rejected with the old type,
            // or a re-extraction would find that event again beside this one.
            exec(
                &tx,
                "INSERT OR IGNORE INTO rejected_reports (article_id, start, end, type)
                 SELECT m.article_id, m.start, m.end, e.type FROM mentions m JOIN events e ON e.id = m.event_id WHERE e.id = ?1 AND e.type <> ?2",
                params![id.0, kind.as_str()],
            )?;
            exec(&tx, "UPDATE events SET type = ?2 WHERE id = ?1", params![id.0, kind.as_str()])?;
            mark(EditedField::Type);
        }
        if let Some(date) = edit.date {
            exec(
                &tx,
                "UPDATE events SET start = ?2, end = ?3, precision = ?4 WHERE id = ?1",
                params![id.0, date.start.to_string(), date.end.to_string(), date.precision.as_str()],
            )?;
            mark(EditedField::Date);
        }
        if let Some(planned) = edit.planned {
            exec(&tx, "UPDATE events SET planned = ?2 WHERE id = ?1", params![id.0, planned])?;
            mark(EditedField::Planned);
        }
        exec(&tx, "UPDATE events SET edited = ?2 WHERE id = ?1", params![id.0, EditedField::list_to_db(&fields)])?;
        index_for_search(&tx, &[], &[], &[id.0])?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes an event; its reports are remembered as rejected, so extracting
    /// the articles again does not bring it back.
    pub fn delete_event(&mut self, id: EventId) -> Result<()> {
        let tx = self.write_transaction()?;
        let exists: bool = tx.query_row("SELECT EXISTS(SELECT 1 FROM events WHERE id = ?1)", [id.0], |r| r.get(0))?;
        if !exists {
            return Err(Error::NotFound { what: "event", id: id.0 });
        }
        exec(
            &tx,
            "INSERT OR IGNORE INTO rejected_reports (article_id, start, end, type)
             SELECT m.article_id, m.start, m.end, e.type FROM mentions m JOIN events e ON e.id = m.event_id WHERE e.id = ?1",
            [id.0],
        )?;
        exec(&tx, "DELETE FROM events WHERE id = ?1", [id.0])?;
        tx.commit()?;
        Ok(())
    }

    /// Extracts every article again (after the rules improved) in one
    /// transaction. Untouched machine-made events are rebuilt; events a user
    /// made or edited stay exactly as they are, with their reports; reports a
    /// user rejected are left out.
    pub fn reextract(&mut self, extractor: &dyn Extractor) -> Result<ReextractOutcome> {
        let tx = self.write_transaction()?;
        exec(&tx, "DELETE FROM events WHERE origin = 'extracted' AND edited = ''", [])?;
        // Reports already held by a kept event, and reports a user rejected, by
        // (article, quote span, type): a sentence can report events of several types.
        let mut skip: HashSet<(i64, i64, i64, String)> = HashSet::new();
        {
            let mut stmt = tx.prepare(
                "SELECT m.article_id, m.start, m.end, e.type FROM mentions m JOIN events e ON e.id = m.event_id
                 UNION SELECT article_id, start, end, type FROM rejected_reports",
            )?;
            for row in stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))? {
                skip.insert(row?);
            }
        }
        let kept_all: usize = tx.query_row("SELECT count(*) FROM events", [], |r| r.get::<_, i64>(0))? as usize;
        // Kept events are left whole: a report joining one could change what the
        // user decided (an event moved to another day would collect that day's reports).
        let mut drafts = Vec::new();
        let articles: Vec<(i64, String, String, Option<String>)> = tx
            .prepare("SELECT id, text, language, published FROM articles ORDER BY id")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut extracted = Vec::with_capacity(articles.len());
        for (id, text, language, published) in &articles {
            let published = published.as_deref().and_then(crate::ingest::parse_date);
            let candidates: Vec<_> = extractor
                .extract(ArticleText { text, language, published })
                .into_iter()
                .filter(|c| !skip.contains(&(*id, c.quote.start as i64, c.quote.end as i64, c.event_type.as_str().to_string())))
                .collect();
            extracted.push((ArticleId(*id), text.as_str(), candidates));
        }
        let batch: Vec<_> = extracted.iter().map(|(id, text, candidates)| (*id, *text, candidates.as_slice())).collect();
        // Every draft is made here, so no stored event's quotes are ever asked for.
        merge::merge_batch(&mut drafts, &batch, &mut super::write::StoreReads(&tx))?;
        let (mut written, mut link_ids) = (Vec::new(), LinkIds::default());
        for draft in drafts.iter().filter(|d| d.changed) {
            written.push(save_draft(&tx, draft, &mut link_ids)?.0);
        }
        index_for_search(&tx, &[], &[], &written)?;
        let total: usize = tx.query_row("SELECT count(*) FROM events", [], |r| r.get::<_, i64>(0))? as usize;
        tx.commit()?;
        Ok(ReextractOutcome { articles: articles.len(), events: total - kept_all, kept: kept_all })
    }
}
