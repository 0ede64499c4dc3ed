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
use crate::model::{Actor, ArticleId, DateSpan, EditedField, EventId, EventType, NamedActor, Place};
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
    /// The event's places, in order, replacing its own: each a place of the
    /// knowledge base by any of its names ("Moscou", "Moscow"; see
    /// `knowledge::gazetteer::search_places`) or one a user added to the
    /// workspace (`Store::add_place`).
    #[serde(default)]
    #[cfg_attr(feature = "specta", specta(optional))]
    pub places: Option<Vec<String>>,
    /// The event's actors, in order, replacing its own; a name the knowledge
    /// base knows for that kind is stored under its canonical name.
    #[serde(default)]
    #[cfg_attr(feature = "specta", specta(optional))]
    pub actors: Option<Vec<NamedActor>>,
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
        let places: Option<Vec<Place>> = edit.places.as_ref().map(|names| known_places(&self.conn, names)).transpose()?;
        let actors: Option<Vec<Actor>> = edit.actors.as_ref().map(|named| named_actors(named)).transpose()?;
        self.recorded(&[id.0], &[], |tx| {
            let edited: String = tx
                .query_row("SELECT edited FROM events WHERE id = ?1", [id.0], |r| r.get(0))
                .optional()?
                .ok_or(Error::NotFound { what: "event", id: id.0 })?;
            let mut fields = EditedField::list_from_db(&edited);
            let mut changed = Vec::new();
            let mut mark = |field| {
                changed.push(field);
                if !fields.contains(&field) {
                    fields.push(field);
                }
            };
            if let Some(title) = &edit.title {
                exec(tx, "UPDATE events SET title = ?2 WHERE id = ?1", params![id.0, title.trim()])?;
                mark(EditedField::Title);
            }
            if let Some(kind) = edit.event_type {
                // The machine's reading of these reports is rejected with the old type,
                // or a re-extraction would find that event again beside this one.
                exec(
                    tx,
                    "INSERT OR IGNORE INTO rejected_reports (article_id, start, end, type)
                     SELECT m.article_id, m.start, m.end, e.type FROM mentions m JOIN events e ON e.id = m.event_id WHERE e.id = ?1 AND e.type <> ?2",
                    params![id.0, kind.as_str()],
                )?;
                exec(tx, "UPDATE events SET type = ?2 WHERE id = ?1", params![id.0, kind.as_str()])?;
                mark(EditedField::Type);
            }
            if let Some(date) = edit.date {
                exec(
                    tx,
                    "UPDATE events SET start = ?2, end = ?3, precision = ?4 WHERE id = ?1",
                    params![id.0, date.start.to_string(), date.end.to_string(), date.precision.as_str()],
                )?;
                mark(EditedField::Date);
            }
            if let Some(planned) = edit.planned {
                exec(tx, "UPDATE events SET planned = ?2 WHERE id = ?1", params![id.0, planned])?;
                mark(EditedField::Planned);
            }
            let mut link_ids = LinkIds::default();
            if let Some(places) = &places {
                exec(tx, "DELETE FROM event_places WHERE event_id = ?1", [id.0])?;
                for (position, place) in places.iter().enumerate() {
                    let place_id = super::write::upsert_place(tx, place, &mut link_ids)?;
                    exec(
                        tx,
                        "INSERT INTO event_places (event_id, place_id, position) VALUES (?1, ?2, ?3)",
                        params![id.0, place_id, position as i64],
                    )?;
                }
                mark(EditedField::Places);
            }
            if let Some(actors) = &actors {
                exec(tx, "DELETE FROM event_actors WHERE event_id = ?1", [id.0])?;
                for (position, actor) in actors.iter().enumerate() {
                    let actor_id = super::write::upsert_actor(tx, actor, &mut link_ids)?;
                    exec(
                        tx,
                        "INSERT INTO event_actors (event_id, actor_id, position) VALUES (?1, ?2, ?3)",
                        params![id.0, actor_id, position as i64],
                    )?;
                }
                mark(EditedField::Actors);
            }
            if places.is_some() || actors.is_some() {
                refresh_merge_keys(tx, id.0)?;
            }
            // A title the machine composed names the type, actors and places: it follows them.
            if edit.title.is_none() && (places.is_some() || actors.is_some() || edit.event_type.is_some()) {
                recompose_title(tx, id.0, &fields)?;
            }
            exec(tx, "UPDATE events SET edited = ?2 WHERE id = ?1", params![id.0, EditedField::list_to_db(&fields)])?;
            index_for_search(tx, &[], &[], &[id.0])?;
            let what = if changed.is_empty() { "nothing".to_string() } else { EditedField::list_to_db(&changed).replace(',', ", ") };
            Ok(((), vec![], format!("edited event {id}: {what}")))
        })
    }

    /// Deletes an event; its reports are remembered as rejected, so extracting
    /// the articles again does not bring it back.
    pub fn delete_event(&mut self, id: EventId) -> Result<()> {
        self.recorded(&[id.0], &[], |tx| {
            let title: String = tx
                .query_row("SELECT title FROM events WHERE id = ?1", [id.0], |r| r.get(0))
                .optional()?
                .ok_or(Error::NotFound { what: "event", id: id.0 })?;
            exec(
                tx,
                "INSERT OR IGNORE INTO rejected_reports (article_id, start, end, type)
                 SELECT m.article_id, m.start, m.end, e.type FROM mentions m JOIN events e ON e.id = m.event_id WHERE e.id = ?1",
                [id.0],
            )?;
            exec(tx, "DELETE FROM events WHERE id = ?1", [id.0])?;
            Ok(((), vec![], format!("deleted event {id} ({title})")))
        })
    }

    /// Extracts every article again (after the rules improved) in one
    /// transaction. Untouched machine-made events are rebuilt; events a user
    /// made or edited stay exactly as they are, with their reports; reports a
    /// user rejected are left out.
    pub fn reextract(&mut self, extractor: &dyn Extractor) -> Result<ReextractOutcome> {
        let tx = self.write_transaction()?;
        exec(&tx, "DELETE FROM events WHERE origin = 'extracted' AND edited = '' AND verified = 0", [])?;
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

/// An event a user adds from a passage of an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NewEvent {
    pub article: ArticleId,
    /// A verbatim part of the article's stored text.
    pub quote: String,
    #[serde(rename = "type")]
    pub event_type: EventType,
    pub date: DateSpan,
    /// The title; composed from the type, actors and places when absent.
    pub title: Option<String>,
}

/// Composes again the stored (French) title of an event whose title no user
/// typed, from its type, actors and places as they now are.
fn recompose_title(tx: &rusqlite::Transaction, id: i64, edited: &[EditedField]) -> Result<()> {
    let (kind, origin): (String, String) =
        tx.query_row("SELECT type, origin FROM events WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let origin = crate::model::Origin::parse(&origin).unwrap_or(crate::model::Origin::Extracted);
    let Some(kind) = EventType::parse(&kind) else { return Ok(()) };
    if crate::titles::typed_by_user(origin, edited) {
        return Ok(());
    }
    let actors = super::read::actors_of(tx, EventId(id))?;
    let places = super::read::places_of(tx, EventId(id))?;
    let names: Vec<&str> = places.iter().map(|p| p.name.as_str()).collect();
    let title = crate::titles::compose(kind, &actors, &names, crate::render::Lang::Fr);
    exec(tx, "UPDATE events SET title = ?2 WHERE id = ?1", params![id, title])?;
    Ok(())
}

/// The places for the names a user gave, in order and each once: the
/// gazetteer's, else those users added to the workspace; an unknown name is
/// refused with the places it may have meant.
fn known_places(conn: &rusqlite::Connection, names: &[String]) -> Result<Vec<Place>> {
    let mut places: Vec<Place> = Vec::new();
    for name in names {
        let found = match crate::knowledge::gazetteer::place_for(name) {
            Some(place) => Some(place.clone()),
            None => super::places::added_place_named(conn, name)?,
        };
        let Some(place) = found else {
            let suggestions = crate::knowledge::gazetteer::search_places(name, 3).into_iter().map(|p| p.name_fr.clone()).collect();
            return Err(Error::UnknownPlace { name: name.trim().to_string(), suggestions });
        };
        if !places.iter().any(|p| p.name == place.name && p.kind == place.kind) {
            places.push(place);
        }
    }
    Ok(places)
}

/// The actors a user named, in order and each once; a blank name is refused.
fn named_actors(named: &[NamedActor]) -> Result<Vec<Actor>> {
    let mut actors: Vec<Actor> = Vec::new();
    for (i, a) in named.iter().enumerate() {
        if a.name.trim().is_empty() {
            return Err(Error::EmptyActorName { position: i + 1 });
        }
        let actor = crate::knowledge::named_actor(&a.name, a.kind);
        if !actors.iter().any(|b| b.name == actor.name && b.kind == actor.kind) {
            actors.push(actor);
        }
    }
    Ok(actors)
}

/// A quote short enough for a message.
fn shortened(text: &str) -> String {
    match text.char_indices().nth(80) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// "3", "3, 4": ids for a sentence.
fn id_list(ids: impl IntoIterator<Item = i64>) -> String {
    ids.into_iter().map(|id| id.to_string()).collect::<Vec<_>>().join(", ")
}

fn check_title(title: Option<&str>) -> Result<()> {
    match title {
        Some(t) if t.trim().is_empty() => Err(Error::Invalid { what: "title", message: "an event needs a title".into() }),
        _ => Ok(()),
    }
}

/// Adds `field` to an event's edited fields.
fn mark_edited(tx: &rusqlite::Transaction, id: i64, field: EditedField) -> Result<()> {
    let edited: String = tx.query_row("SELECT edited FROM events WHERE id = ?1", [id], |r| r.get(0))?;
    let mut fields = EditedField::list_from_db(&edited);
    if !fields.contains(&field) {
        fields.push(field);
        exec(tx, "UPDATE events SET edited = ?2 WHERE id = ?1", params![id, EditedField::list_to_db(&fields)])?;
    }
    Ok(())
}

fn require_event(tx: &rusqlite::Transaction, id: i64) -> Result<String> {
    tx.query_row("SELECT type FROM events WHERE id = ?1", [id], |r| r.get(0)).optional()?.ok_or(Error::NotFound { what: "event", id })
}

/// The merge keys of a stored event, from its links as they now are.
fn refresh_merge_keys(tx: &rusqlite::Transaction, id: i64) -> Result<()> {
    let actors = super::read::actors_of(tx, EventId(id))?;
    let places = super::read::places_of(tx, EventId(id))?;
    exec(tx, "UPDATE events SET merge_keys = ?2 WHERE id = ?1", params![id, merge::Keys::to_stored(&actors, &places)])?;
    Ok(())
}

impl Store {
    /// Merges events into the first one given, which keeps its id, type and
    /// date; the others' sources, actors and places join it and they are
    /// deleted. Returns the kept event's id.
    pub fn merge_events(&mut self, ids: &[EventId], title: Option<&str>) -> Result<EventId> {
        let mut distinct: Vec<i64> = Vec::new();
        for id in ids {
            if !distinct.contains(&id.0) {
                distinct.push(id.0);
            }
        }
        if distinct.len() < 2 {
            return Err(Error::Invalid { what: "merge", message: "give at least two different events to merge".into() });
        }
        check_title(title)?;
        let kept = distinct[0];
        self.recorded(&distinct, &[], |tx| {
            for id in &distinct {
                require_event(tx, *id)?;
            }
            let kind = require_event(tx, kept)?;
            for &other in &distinct[1..] {
                // Reports the machine read as another type stay the user's: not found again beside the merged event.
                exec(
                    tx,
                    "INSERT OR IGNORE INTO rejected_reports (article_id, start, end, type)
                     SELECT m.article_id, m.start, m.end, e.type FROM mentions m JOIN events e ON e.id = m.event_id WHERE e.id = ?1 AND e.type <> ?2",
                    params![other, kind],
                )?;
                exec(tx, "UPDATE OR IGNORE mentions SET event_id = ?1 WHERE event_id = ?2", params![kept, other])?;
                for table in ["event_actors", "event_places"] {
                    let column = if table == "event_actors" { "actor_id" } else { "place_id" };
                    let next: i64 = tx.query_row(
                        &format!("SELECT coalesce(max(position), -1) + 1 FROM {table} WHERE event_id = ?1"),
                        [kept],
                        |r| r.get(0),
                    )?;
                    exec(
                        tx,
                        &format!(
                            "INSERT OR IGNORE INTO {table} (event_id, {column}, position)
                             SELECT ?1, {column}, ?3 + position FROM {table} WHERE event_id = ?2 ORDER BY position"
                        ),
                        params![kept, other, next],
                    )?;
                }
                exec(
                    tx,
                    "UPDATE events SET confidence = max(confidence, (SELECT confidence FROM events WHERE id = ?2)),
                                       planned = planned AND (SELECT planned FROM events WHERE id = ?2)
                     WHERE id = ?1",
                    params![kept, other],
                )?;
                exec(tx, "DELETE FROM events WHERE id = ?1", [other])?;
            }
            if let Some(title) = title {
                exec(tx, "UPDATE events SET title = ?2 WHERE id = ?1", params![kept, title.trim()])?;
                mark_edited(tx, kept, EditedField::Title)?;
            }
            mark_edited(tx, kept, EditedField::Sources)?;
            refresh_merge_keys(tx, kept)?;
            index_for_search(tx, &[], &[], &[kept])?;
            Ok((EventId(kept), vec![], format!("merged events {} into {kept}", id_list(distinct.iter().copied()))))
        })
    }

    /// Moves the sources of an event that come from `articles` to a new event
    /// (a copy of it with those sources). Returns the new event's id.
    pub fn split_event(&mut self, id: EventId, articles: &[ArticleId]) -> Result<EventId> {
        let moving: std::collections::BTreeSet<i64> = articles.iter().map(|a| a.0).collect();
        if moving.is_empty() {
            return Err(Error::Invalid { what: "split", message: "give the articles whose sources go to the new event".into() });
        }
        self.recorded(&[id.0], &[], |tx| {
            require_event(tx, id.0)?;
            let sources: std::collections::BTreeSet<i64> = tx
                .prepare("SELECT DISTINCT article_id FROM mentions WHERE event_id = ?1")?
                .query_map([id.0], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if let Some(stranger) = moving.iter().find(|a| !sources.contains(a)) {
                return Err(Error::Invalid {
                    what: "split",
                    message: format!(
                        "article {stranger} is not a source of event {id} (its sources are from {} {})",
                        if sources.len() == 1 { "article" } else { "articles" },
                        id_list(sources.iter().copied())
                    ),
                });
            }
            if moving == sources {
                return Err(Error::Invalid {
                    what: "split",
                    message: format!("those are all the sources of event {id}: a split must leave it at least one"),
                });
            }
            exec(
                tx,
                "INSERT INTO events (title, type, start, end, precision, confidence, origin, planned, edited, merge_keys, verified)
                 SELECT title, type, start, end, precision, confidence, origin, planned, edited, merge_keys, 0 FROM events WHERE id = ?1",
                [id.0],
            )?;
            let new = tx.last_insert_rowid();
            for table in ["event_actors", "event_places"] {
                let column = if table == "event_actors" { "actor_id" } else { "place_id" };
                exec(
                    tx,
                    &format!(
                        "INSERT INTO {table} (event_id, {column}, position) SELECT ?2, {column}, position FROM {table} WHERE event_id = ?1"
                    ),
                    params![id.0, new],
                )?;
            }
            let moving_json = serde_json::to_string(&moving)?;
            exec(
                tx,
                "UPDATE mentions SET event_id = ?2 WHERE event_id = ?1 AND article_id IN (SELECT value FROM json_each(?3))",
                params![id.0, new, moving_json],
            )?;
            mark_edited(tx, id.0, EditedField::Sources)?;
            mark_edited(tx, new, EditedField::Sources)?;
            index_for_search(tx, &[], &[new], &[id.0])?;
            let what = if moving.len() == 1 { "the source from article" } else { "the sources from articles" };
            Ok((EventId(new), vec![new], format!("split {what} {} of event {id} into new event {new}", id_list(moving.iter().copied()))))
        })
    }

    /// Adds an event a user read in an article: `quote` must be a verbatim
    /// part of its stored text. Its actors and places are those the
    /// extractor finds in the quote's sentences. Returns the new event's id.
    pub fn add_event(&mut self, new: &NewEvent, extractor: &dyn Extractor) -> Result<EventId> {
        if new.quote.trim().is_empty() {
            return Err(Error::Invalid { what: "quote", message: "the quote is empty: copy the passage that reports the event".into() });
        }
        check_title(new.title.as_deref())?;
        if new.date.start > new.date.end {
            return Err(Error::Invalid { what: "date", message: format!("{} is after {}", new.date.start, new.date.end) });
        }
        let article = new.article;
        self.recorded(&[], &[article.0], |tx| {
            let (text, language, published): (String, String, Option<String>) = tx
                .query_row("SELECT text, language, published FROM articles WHERE id = ?1", [article.0], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })
                .optional()?
                .ok_or(Error::NotFound { what: "article", id: article.0 })?;
            let Some(start) = text.find(new.quote.as_str()) else {
                return Err(Error::Invalid {
                    what: "quote",
                    message: format!(
                        "{:?} is not in the text of article {article}: the quote must be copied verbatim from it",
                        shortened(&new.quote)
                    ),
                });
            };
            let end = start + new.quote.len();
            let published = published.as_deref().and_then(crate::ingest::parse_date);
            let (mut actors, mut places) = (Vec::new(), Vec::new());
            for c in extractor.extract(ArticleText { text: &text, language: &language, published }) {
                if c.quote.start < end && start < c.quote.end {
                    for a in c.actors {
                        if !actors.iter().any(|b: &crate::model::Actor| b.name == a.name && b.kind == a.kind) {
                            actors.push(a);
                        }
                    }
                    for p in c.places {
                        if !places.iter().any(|q: &crate::model::Place| q.name == p.name && q.kind == p.kind) {
                            places.push(p);
                        }
                    }
                }
            }
            let title = match &new.title {
                Some(t) => t.trim().to_string(),
                None => {
                    let names: Vec<&str> = places.iter().map(|p| p.name.as_str()).collect();
                    crate::titles::compose(new.event_type, &actors, &names, crate::render::Lang::Fr)
                }
            };
            exec(
                tx,
                "INSERT INTO events (title, type, start, end, precision, confidence, origin, planned, merge_keys)
                 VALUES (?1, ?2, ?3, ?4, ?5, 1.0, 'manual', 0, ?6)",
                params![
                    title,
                    new.event_type.as_str(),
                    new.date.start.to_string(),
                    new.date.end.to_string(),
                    new.date.precision.as_str(),
                    merge::Keys::to_stored(&actors, &places)
                ],
            )?;
            let id = tx.last_insert_rowid();
            let mut link_ids = LinkIds::default();
            for (position, place) in places.iter().enumerate() {
                let place_id = super::write::upsert_place(tx, place, &mut link_ids)?;
                exec(
                    tx,
                    "INSERT OR IGNORE INTO event_places (event_id, place_id, position) VALUES (?1, ?2, ?3)",
                    params![id, place_id, position as i64],
                )?;
            }
            for (position, actor) in actors.iter().enumerate() {
                let actor_id = super::write::upsert_actor(tx, actor, &mut link_ids)?;
                exec(
                    tx,
                    "INSERT OR IGNORE INTO event_actors (event_id, actor_id, position) VALUES (?1, ?2, ?3)",
                    params![id, actor_id, position as i64],
                )?;
            }
            exec(
                tx,
                "INSERT INTO mentions (event_id, article_id, quote, start, end) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, article.0, new.quote, start as i64, end as i64],
            )?;
            index_for_search(tx, &[], &[id], &[])?;
            Ok((EventId(id), vec![id], format!("added event {id} from article {article}")))
        })
    }

    /// Marks an event as checked by a user (or not); a verified event is kept
    /// as it is by a re-extraction.
    pub fn set_verified(&mut self, id: EventId, verified: bool) -> Result<()> {
        self.recorded(&[id.0], &[], |tx| {
            require_event(tx, id.0)?;
            exec(tx, "UPDATE events SET verified = ?2 WHERE id = ?1", params![id.0, verified])?;
            let what = if verified { "verified" } else { "not verified" };
            Ok(((), vec![], format!("marked event {id} {what}")))
        })
    }
}
