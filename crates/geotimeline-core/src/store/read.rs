//! Reads: events for the timeline, one event in full, articles, search.

use super::write::parse_day;
use super::Store;
use crate::error::{Error, Result};
use crate::model::*;
use crate::render::Lang;
use crate::titles;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

/// What the timeline asks for. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EventFilter {
    /// Events ending on or after this day.
    pub from: Option<chrono::NaiveDate>,
    /// Events starting on or before this day.
    pub to: Option<chrono::NaiveDate>,
    /// Only these types (all when empty).
    pub types: Vec<EventType>,
    /// Full-text search over event titles, quotes and article text.
    pub query: Option<String>,
    /// Only events with one of these actors (canonical names; all when empty).
    #[serde(default)]
    pub actors: Vec<String>,
    /// Only events in one of these countries (ISO 3166-1 alpha-2).
    #[serde(default)]
    pub countries: Vec<String>,
    /// Only events at one of these places (canonical names).
    #[serde(default)]
    pub places: Vec<String>,
    /// Only events reported by one of these articles.
    #[serde(default)]
    pub articles: Vec<ArticleId>,
    /// Only events at least this confident (0 to 1).
    #[serde(default)]
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub min_confidence: Option<f32>,
}

/// A user's words as an FTS5 query: each word a quoted prefix term, all required.
pub(super) fn fts_query(text: &str) -> Option<String> {
    let terms: Vec<String> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| format!("\"{w}\"*")).collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// The conditions of a filter on `events e`, as ` AND …` clauses over bound
/// parameters appended to `args`: every query of the window filters the same way.
pub(super) fn filter_sql(filter: &EventFilter, args: &mut Vec<rusqlite::types::Value>) -> String {
    let mut sql = String::new();
    if let Some(from) = filter.from {
        args.push(from.to_string().into());
        sql.push_str(&format!(" AND e.end >= ?{}", args.len()));
    }
    if let Some(to) = filter.to {
        args.push(to.to_string().into());
        sql.push_str(&format!(" AND e.start <= ?{}", args.len()));
    }
    if !filter.types.is_empty() {
        let list: Vec<String> = filter.types.iter().map(|t| format!("'{}'", t.as_str())).collect();
        sql.push_str(&format!(" AND e.type IN ({})", list.join(",")));
    }
    // Each list becomes `IN (?, ?, …)` over bound parameters.
    let bind_list = |values: Vec<rusqlite::types::Value>, args: &mut Vec<rusqlite::types::Value>| -> String {
        let mut marks = Vec::new();
        for v in values {
            args.push(v);
            marks.push(format!("?{}", args.len()));
        }
        marks.join(",")
    };
    if !filter.actors.is_empty() {
        let list = bind_list(filter.actors.iter().map(|a| a.clone().into()).collect(), args);
        sql.push_str(&format!(
            " AND e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE a.name IN ({list}))"
        ));
    }
    if !filter.countries.is_empty() {
        let list = bind_list(filter.countries.iter().map(|c| c.clone().into()).collect(), args);
        sql.push_str(&format!(
            " AND e.id IN (SELECT ep.event_id FROM event_places ep JOIN places p ON p.id = ep.place_id WHERE p.country IN ({list}))"
        ));
    }
    if !filter.places.is_empty() {
        let list = bind_list(filter.places.iter().map(|p| p.clone().into()).collect(), args);
        sql.push_str(&format!(
            " AND e.id IN (SELECT ep.event_id FROM event_places ep JOIN places p ON p.id = ep.place_id WHERE p.name IN ({list}))"
        ));
    }
    if !filter.articles.is_empty() {
        let list = bind_list(filter.articles.iter().map(|a| a.0.into()).collect(), args);
        sql.push_str(&format!(" AND e.id IN (SELECT m.event_id FROM mentions m WHERE m.article_id IN ({list}))"));
    }
    if let Some(min) = filter.min_confidence {
        args.push((min as f64).into());
        sql.push_str(&format!(" AND e.confidence >= ?{}", args.len()));
    }
    if let Some(query) = filter.query.as_deref().and_then(fts_query) {
        args.push(query.into());
        let n = args.len();
        sql.push_str(&format!(
                " AND (e.id IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?{n})
                   OR e.id IN (SELECT m.event_id FROM mentions m WHERE m.article_id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?{n})))"
            ));
    }
    sql
}

fn event_type_of(text: String) -> EventType {
    EventType::parse(&text).unwrap_or(EventType::Other)
}

pub(super) fn date_span(row: &Row, at: usize) -> rusqlite::Result<DateSpan> {
    Ok(DateSpan {
        start: parse_day(&row.get::<_, String>(at)?)?,
        end: parse_day(&row.get::<_, String>(at + 1)?)?,
        precision: Precision::parse(&row.get::<_, String>(at + 2)?).unwrap_or(Precision::Day),
    })
}

impl Store {
    /// Events matching the filter, in date order, as the timeline draws them.
    pub fn list_events(&self, filter: &EventFilter) -> Result<Vec<EventSummary>> {
        let mut sql = String::from(
            "SELECT e.id, e.title, e.type, e.start, e.end, e.precision, e.confidence, e.planned,
                    (SELECT group_concat(name, char(31)) FROM (SELECT p.name FROM event_places ep JOIN places p ON p.id = ep.place_id
                        WHERE ep.event_id = e.id ORDER BY ep.position)),
                    (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.event_id = e.id),
                    (SELECT group_concat(DISTINCT p.country) FROM event_places ep JOIN places p ON p.id = ep.place_id
                        WHERE ep.event_id = e.id AND p.country IS NOT NULL),
                    (SELECT group_concat(name || char(30) || kind, char(31)) FROM (SELECT a.name, a.kind FROM event_actors ea
                        JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id ORDER BY ea.position)),
                    e.origin, e.edited, e.verified
             FROM events e WHERE 1 = 1",
        );
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        sql.push_str(&filter_sql(filter, &mut args));
        sql.push_str(" ORDER BY e.start, e.end, e.id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| {
            let typed = titles::typed_by_user(
                Origin::parse(&r.get::<_, String>(12)?).unwrap_or(Origin::Extracted),
                &EditedField::list_from_db(&r.get::<_, String>(13)?),
            );
            Ok(EventSummary {
                id: EventId(r.get(0)?),
                title: r.get(1)?,
                title_en: String::new(),
                event_type: event_type_of(r.get(2)?),
                date: date_span(r, 3)?,
                confidence: r.get::<_, f64>(6)? as f32,
                planned: r.get(7)?,
                places: r.get::<_, Option<String>>(8)?.map(|s| s.split('\u{1f}').map(str::to_string).collect()).unwrap_or_default(),
                source_count: r.get::<_, i64>(9)? as u32,
                countries: r.get::<_, Option<String>>(10)?.map(|s| s.split(',').map(str::to_string).collect()).unwrap_or_default(),
                actors: r
                    .get::<_, Option<String>>(11)?
                    .map(|s| {
                        s.split('\u{1f}')
                            .filter_map(|pair| pair.split_once('\u{1e}'))
                            .map(|(name, kind)| {
                                crate::knowledge::people::actor(name, ActorKind::parse(kind).unwrap_or(ActorKind::Organisation))
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                verified: r.get(14)?,
            })
            .map(|mut e| {
                let places: Vec<&str> = e.places.iter().map(String::as_str).collect();
                e.title_en = titles::shown(&e.title, typed, e.event_type, &e.actors, &places, Lang::En);
                e
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One event with its places, actors and every source.
    pub fn get_event(&self, id: EventId) -> Result<Event> {
        let head = self
            .conn
            .query_row(
                "SELECT id, title, type, start, end, precision, confidence, origin, planned, edited, verified FROM events WHERE id = ?1",
                [id.0],
                |r| {
                    Ok((
                        r.get::<_, String>(1)?,
                        event_type_of(r.get(2)?),
                        date_span(r, 3)?,
                        r.get::<_, f64>(6)? as f32,
                        Origin::parse(&r.get::<_, String>(7)?).unwrap_or(Origin::Extracted),
                        r.get::<_, bool>(8)?,
                        EditedField::list_from_db(&r.get::<_, String>(9)?),
                        r.get::<_, bool>(10)?,
                    ))
                },
            )
            .optional()?
            .ok_or(Error::NotFound { what: "event", id: id.0 })?;
        let (title, event_type, date, confidence, origin, planned, edited, verified) = head;
        let sources = self.sources_of(id)?;
        let places = places_of(&self.conn, id)?;
        let actors = actors_of(&self.conn, id)?;
        let place_names: Vec<&str> = places.iter().map(|p| p.name.as_str()).collect();
        let title_en = titles::shown(&title, titles::typed_by_user(origin, &edited), event_type, &actors, &place_names, Lang::En);
        Ok(Event {
            disagreements: disagreements(&sources),
            id,
            title,
            title_en,
            event_type,
            date,
            confidence,
            origin,
            planned,
            edited,
            verified,
            places,
            actors,
            sources,
        })
    }

    /// Every report of an event in one article, in text order.
    pub fn article_mentions(&self, article: ArticleId) -> Result<Vec<ArticleMention>> {
        let mut stmt = self.conn.prepare(
            "SELECT m.event_id, e.title, e.type, m.start, m.end FROM mentions m JOIN events e ON e.id = m.event_id
             WHERE m.article_id = ?1 ORDER BY m.start, m.end",
        )?;
        let rows = stmt.query_map([article.0], |r| {
            Ok(ArticleMention {
                event: EventId(r.get(0)?),
                title: r.get(1)?,
                event_type: event_type_of(r.get(2)?),
                start: r.get(3)?,
                end: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every place some event happens at, with its coordinates and French name (for the map).
    pub fn list_places(&self) -> Result<Vec<Place>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.name, p.country, p.kind, p.lat, p.lon FROM places p
             WHERE EXISTS (SELECT 1 FROM event_places ep WHERE ep.place_id = p.id) ORDER BY p.name",
        )?;
        let rows = stmt.query_map([], place_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every event matching the filter, in full (for exports).
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<Event>> {
        self.list_events(filter)?.into_iter().map(|e| self.get_event(e.id)).collect()
    }

    fn sources_of(&self, id: EventId) -> Result<Vec<Source>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.article_id, a.title, a.outlet, a.published, m.quote, m.start, m.end, m.date_text,
                    m.claimed_start, m.claimed_end, m.claimed_precision, m.quantity
             FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?1
             ORDER BY a.published, a.id, m.start",
        )?;
        let rows = stmt.query_map([id.0], |r| {
            Ok(Source {
                article: ArticleId(r.get(0)?),
                article_title: r.get(1)?,
                outlet: r.get(2)?,
                published: r.get::<_, Option<String>>(3)?.map(|d| parse_day(&d)).transpose()?,
                quote: r.get(4)?,
                start: r.get(5)?,
                end: r.get(6)?,
                date_text: r.get(7)?,
                claimed_date: claimed_date(r, 8)?,
                quantity: r.get(11)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn list_articles(&self) -> Result<Vec<ArticleSummary>> {
        let mut stmt =
            self.conn.prepare("SELECT id, file_name, title, outlet, language, published FROM articles ORDER BY published, id")?;
        let rows = stmt.query_map([], |r| {
            Ok(ArticleSummary {
                id: ArticleId(r.get(0)?),
                file_name: r.get(1)?,
                title: r.get(2)?,
                outlet: r.get(3)?,
                language: r.get(4)?,
                published: r.get::<_, Option<String>>(5)?.map(|d| parse_day(&d)).transpose()?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn get_article(&self, id: ArticleId) -> Result<Article> {
        self.conn
            .query_row(
                "SELECT id, file_name, title, outlet, language, published, text, content_hash FROM articles WHERE id = ?1",
                [id.0],
                |r| {
                    Ok(Article {
                        id: ArticleId(r.get(0)?),
                        file_name: r.get(1)?,
                        title: r.get(2)?,
                        outlet: r.get(3)?,
                        language: r.get(4)?,
                        published: r.get::<_, Option<String>>(5)?.map(|d| parse_day(&d)).transpose()?,
                        text: r.get(6)?,
                        content_hash: r.get(7)?,
                    })
                },
            )
            .optional()?
            .ok_or(Error::NotFound { what: "article", id: id.0 })
    }

    /// Whether an article of this content hash ([`crate::ingest::content_hash`]) is
    /// stored: the same text, however spaced, is not imported twice.
    pub fn has_article_hash(&self, content_hash: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT EXISTS(SELECT 1 FROM articles WHERE content_hash = ?1)")?
            .query_row([content_hash], |r| r.get(0))?)
    }

    /// (articles, events) in the workspace.
    pub fn counts(&self) -> Result<(u32, u32)> {
        Ok(self.conn.query_row("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)", [], |r| {
            Ok((r.get::<_, i64>(0)? as u32, r.get::<_, i64>(1)? as u32))
        })?)
    }
}

/// A mention's claimed date from three columns (start, end, precision), when stored.
pub(super) fn claimed_date(row: &Row, at: usize) -> rusqlite::Result<Option<DateSpan>> {
    let (start, end, precision): (Option<String>, Option<String>, Option<String>) = (row.get(at)?, row.get(at + 1)?, row.get(at + 2)?);
    match (start, end, precision.as_deref().and_then(Precision::parse)) {
        (Some(s), Some(e), Some(precision)) => Ok(Some(DateSpan { start: parse_day(&s)?, end: parse_day(&e)?, precision })),
        _ => Ok(None),
    }
}

/// Where the sources of one event disagree: dates that cannot be the same
/// day, counts that differ ("une dizaine" and "11"). Every claim is listed.
pub fn disagreements(sources: &[Source]) -> Vec<Disagreement> {
    let mut found = Vec::new();
    let dated: Vec<(&Source, DateSpan)> = sources.iter().filter_map(|s| s.claimed_date.map(|d| (s, d))).collect();
    let dates_clash = dated.iter().any(|(_, a)| dated.iter().any(|(_, b)| !a.overlaps(b)));
    if dates_clash {
        found.push(Disagreement { field: DisagreementField::Date, claims: claims(&dated, |d| d.start_label()) });
    }
    let counted: Vec<(&Source, String)> = sources.iter().filter_map(|s| s.quantity.clone().map(|q| (s, q))).collect();
    let values: std::collections::HashSet<Option<u32>> =
        counted.iter().map(|(_, q)| crate::extract::claims::approximate_value(q)).collect();
    if values.len() > 1 {
        found.push(Disagreement { field: DisagreementField::Count, claims: claims(&counted, |q| q.clone()) });
    }
    found
}

/// One claim per source article (the first it makes), in source order.
fn claims<T>(said: &[(&Source, T)], label: impl Fn(&T) -> String) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    for (source, value) in said {
        if !out.iter().any(|c| c.article == source.article) {
            out.push(Claim { article: source.article, outlet: source.outlet.clone(), value: label(value) });
        }
    }
    out
}

pub(super) fn places_of(conn: &Connection, id: EventId) -> Result<Vec<Place>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.name, p.country, p.kind, p.lat, p.lon FROM event_places ep JOIN places p ON p.id = ep.place_id
         WHERE ep.event_id = ?1 ORDER BY ep.position",
    )?;
    let rows = stmt.query_map(params![id.0], place_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A place from a (name, country, kind, lat, lon) row, with its French name and aliases.
fn place_row(r: &Row) -> rusqlite::Result<Place> {
    place_from(r, 0)
}

/// A place from the five columns (name, country, kind, lat, lon) starting at `at`.
pub(super) fn place_from(r: &Row, at: usize) -> rusqlite::Result<Place> {
    let name: String = r.get(at)?;
    let known = crate::knowledge::gazetteer::place_named(&name);
    Ok(Place {
        name_fr: known.map_or_else(|| name.clone(), |p| p.name_fr.clone()),
        aliases: known.map(|p| p.aliases.clone()).unwrap_or_default(),
        name,
        country: r.get(at + 1)?,
        kind: PlaceKind::parse(&r.get::<_, String>(at + 2)?).unwrap_or(PlaceKind::City),
        lat: r.get(at + 3)?,
        lon: r.get(at + 4)?,
    })
}

pub(super) fn actors_of(conn: &Connection, id: EventId) -> Result<Vec<Actor>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.name, a.kind FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = ?1 ORDER BY ea.position",
    )?;
    let rows = stmt.query_map(params![id.0], |r| {
        let kind = ActorKind::parse(&r.get::<_, String>(1)?).unwrap_or(ActorKind::Organisation);
        Ok(crate::knowledge::people::actor(&r.get::<_, String>(0)?, kind))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
