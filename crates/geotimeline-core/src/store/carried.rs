//! An event another workspace's user corrected, brought by a workspace import
//! (`import_workspace.rs`): found again among this workspace's events when it
//! reports the same real event, and then folded into that event rather than
//! listed beside it.
//!
//! The same real event is the one holding a report the carried event held too
//! (same article text, same quote), else the one the merge rules (`merge.rs`)
//! find the best fit for its type, date, people and places. Folded, the event
//! keeps its id and gains the carried event's reports; field by field (title,
//! type, date, planned, places, actors) a user's correction wins over a
//! machine's reading, since a user who corrected a field read the articles,
//! and when both users corrected the same field this workspace's correction
//! stays, as the open workspace is the one its user is working on. Either
//! user's check (verified) is kept.

use super::write::{exec, LinkIds};
use crate::error::Result;
use crate::merge::{self, Keys};
use crate::model::{Actor, ActorKind, DateSpan, EditedField, EventType, Place};
use rusqlite::{params, OptionalExtension, Transaction};
use std::collections::{BTreeMap, HashSet};

/// A corrected event of the other workspace, as it is carried.
pub(super) struct CarriedEvent {
    pub title: String,
    pub event_type: EventType,
    /// The types its user took away (the machine's readings of its reports), when
    /// they changed its type: this workspace's machine read the same event so.
    pub former_types: Vec<EventType>,
    pub date: DateSpan,
    pub planned: bool,
    pub confidence: f64,
    pub edited: Vec<EditedField>,
    pub verified: bool,
    pub places: Vec<Place>,
    pub actors: Vec<Actor>,
}

/// This workspace's event that reports the same real event as `carried`, if any.
/// `shared` are the carried event's reports on articles already here (article
/// id here, quote start, quote end); `excluded` are events this import brought
/// or already folded a carried event into (the other user kept those apart).
pub(super) fn same_event_here(
    tx: &Transaction,
    carried: &CarriedEvent,
    shared: &[(i64, i64, i64)],
    excluded: &HashSet<i64>,
) -> Result<Option<i64>> {
    // A report both hold: the same real event, whatever either user made of it.
    let mut holding: BTreeMap<i64, usize> = BTreeMap::new();
    let mut stmt = tx.prepare_cached("SELECT event_id FROM mentions WHERE article_id = ?1 AND start = ?2 AND end = ?3")?;
    for (article, start, end) in shared {
        for event in stmt.query_map(params![article, start, end], |r| r.get::<_, i64>(0))? {
            let event = event?;
            if !excluded.contains(&event) {
                *holding.entry(event).or_default() += 1;
            }
        }
    }
    // The most shared reports, the oldest of equals.
    if let Some((&event, _)) = holding.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) {
        return Ok(Some(event));
    }
    // Else the merge rules, on the events of its type whose dates can meet its own;
    // failing those, on the events of a type its user took away from it.
    for kind in std::iter::once(carried.event_type).chain(carried.former_types.iter().copied()) {
        if let Some(found) = best_fit(tx, carried, kind, excluded)? {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// This workspace's event of type `kind` that the merge rules find the best fit
/// for `carried` read as an event of that type.
fn best_fit(tx: &Transaction, carried: &CarriedEvent, kind: EventType, excluded: &HashSet<i64>) -> Result<Option<i64>> {
    let span = merge::lookup_span(kind, &carried.date);
    let keys = Keys::of(&carried.actors, &carried.places);
    let mut stmt = tx.prepare_cached(
        "SELECT id, start, end, precision, merge_keys FROM events WHERE type = ?1 AND start <= ?3 AND end >= ?2 ORDER BY id",
    )?;
    let rows = stmt.query_map(params![kind.as_str(), span.start.to_string(), span.end.to_string()], |r| {
        Ok((r.get::<_, i64>(0)?, super::read::date_span(r, 1)?, r.get::<_, Option<String>>(4)?))
    })?;
    let mut best: Option<(i64, f32)> = None;
    for row in rows {
        let (id, date, stored_keys) = row?;
        if excluded.contains(&id) {
            continue;
        }
        let Some(theirs) = stored_keys.as_deref().and_then(Keys::from_stored) else { continue };
        if let Some(score) = merge::same_event(kind, carried.date, keys.clone(), kind, &date, &theirs) {
            if best.is_none_or(|(_, top)| score > top) {
                best = Some((id, score));
            }
        }
    }
    Ok(best.map(|(id, _)| id))
}

/// Folds `carried` into this workspace's event `into` (its reports are added by
/// the caller): each field a user corrected wins over a machine's reading, this
/// workspace's correction over the other's. Returns the event's type before, when
/// the fold changed it (its reports' reading under that type is then to be rejected).
pub(super) fn fold_into(tx: &Transaction, into: i64, carried: &CarriedEvent, link_ids: &mut LinkIds) -> Result<Option<String>> {
    let (title, kind, date, planned, confidence, edited, verified): (String, String, DateSpan, bool, f64, String, bool) = tx.query_row(
        "SELECT title, type, start, end, precision, planned, confidence, edited, verified FROM events WHERE id = ?1",
        [into],
        |r| Ok((r.get(0)?, r.get(1)?, super::read::date_span(r, 2)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?)),
    )?;
    let ours = EditedField::list_from_db(&edited);
    // Theirs only where this workspace's user left the field and theirs corrected it.
    let theirs_wins = |field: EditedField| !ours.contains(&field) && carried.edited.contains(&field);
    let title = if theirs_wins(EditedField::Title) { carried.title.clone() } else { title };
    let former_kind = kind.clone();
    let kind = if theirs_wins(EditedField::Type) { carried.event_type.as_str().to_string() } else { kind };
    let retyped = (kind != former_kind).then_some(former_kind);
    let date = if theirs_wins(EditedField::Date) { carried.date } else { date };
    let planned = if theirs_wins(EditedField::Planned) { carried.planned } else { planned };
    let all_edited: Vec<EditedField> =
        EditedField::ALL.iter().copied().filter(|f| ours.contains(f) || carried.edited.contains(f)).collect();
    exec(
        tx,
        "UPDATE events SET title = ?2, type = ?3, start = ?4, end = ?5, precision = ?6, planned = ?7, confidence = ?8, edited = ?9, verified = ?10
         WHERE id = ?1",
        params![
            into,
            title,
            kind,
            date.start.to_string(),
            date.end.to_string(),
            date.precision.as_str(),
            planned,
            confidence.max(carried.confidence),
            EditedField::list_to_db(&all_edited),
            verified || carried.verified
        ],
    )?;
    let (places_win, actors_win) = (theirs_wins(EditedField::Places), theirs_wins(EditedField::Actors));
    if !places_win && !actors_win {
        return Ok(retyped);
    }
    let places = if places_win { carried.places.clone() } else { places_of(tx, into)? };
    let actors = if actors_win { carried.actors.clone() } else { actors_of(tx, into)? };
    if places_win {
        exec(tx, "DELETE FROM event_places WHERE event_id = ?1", [into])?;
        super::import_workspace::link_places(tx, into, &places, link_ids)?;
    }
    if actors_win {
        exec(tx, "DELETE FROM event_actors WHERE event_id = ?1", [into])?;
        super::import_workspace::link_actors(tx, into, &actors, link_ids)?;
    }
    exec(tx, "UPDATE events SET merge_keys = ?2 WHERE id = ?1", params![into, Keys::to_stored(&actors, &places)])?;
    Ok(retyped)
}

/// Rejects the machine's reading under `former_kind` of the reports `event` holds in
/// `articles`, as a user's change of type does (`edit.rs`): extracted again, those
/// reports do not come back as an event of that type beside it.
pub(super) fn reject_former_reading(tx: &Transaction, event: i64, former_kind: &str, articles: &[i64]) -> Result<()> {
    exec(
        tx,
        "INSERT OR IGNORE INTO rejected_reports (article_id, start, end, type)
         SELECT article_id, start, end, ?2 FROM mentions WHERE event_id = ?1 AND article_id IN (SELECT value FROM json_each(?3))",
        params![event, former_kind, serde_json::to_string(articles)?],
    )?;
    Ok(())
}

fn places_of(tx: &Transaction, event: i64) -> Result<Vec<Place>> {
    let mut stmt = tx.prepare_cached(
        "SELECT p.name, p.country, p.kind, p.lat, p.lon FROM event_places ep JOIN places p ON p.id = ep.place_id
         WHERE ep.event_id = ?1 ORDER BY ep.position",
    )?;
    let places = stmt.query_map([event], |r| super::read::place_from(r, 0))?.collect::<rusqlite::Result<_>>()?;
    Ok(places)
}

fn actors_of(tx: &Transaction, event: i64) -> Result<Vec<Actor>> {
    let mut stmt = tx.prepare_cached(
        "SELECT a.name, a.kind FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = ?1 ORDER BY ea.position",
    )?;
    let actors = stmt
        .query_map([event], |r| {
            let kind = ActorKind::parse(&r.get::<_, String>(1)?).unwrap_or(ActorKind::Organisation);
            Ok(crate::knowledge::people::actor(&r.get::<_, String>(0)?, kind))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(actors)
}

/// The id of this workspace's article with this text, if any.
pub(super) fn article_here(tx: &Transaction, content_hash: &str) -> Result<Option<i64>> {
    Ok(tx.prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")?.query_row([content_hash], |r| r.get(0)).optional()?)
}
