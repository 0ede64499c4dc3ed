//! The events as the window's counts read them, held in memory beside the
//! connection: each event's days, type and confidence, its places and actors,
//! and the events each article reports, in flat arrays. A search asks SQLite's
//! full-text indexes which events and articles hold its words (a few
//! milliseconds, however common the word) and counts the events it keeps here,
//! instead of joining every matching event with its places and reports in SQL
//! (hundreds of milliseconds for a word most articles hold, issue 16). Read
//! from the database on first use, each part when a count or a filter first
//! needs it, and again after any change to the database, by this connection
//! or another one.

use super::read::fts_query;
use super::write::parse_day;
use crate::error::Result;
use crate::model::EventType;
use crate::EventFilter;
use rusqlite::Connection;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Which state of the database an index was read from: the rows this
/// connection has changed, and SQLite's count of other connections' commits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stamp {
    changes: u64,
    data_version: i64,
}

impl Stamp {
    pub(super) fn of(conn: &Connection) -> Result<Stamp> {
        Ok(Stamp { changes: conn.total_changes(), data_version: conn.pragma_query_value(None, "data_version", |r| r.get(0))? })
    }
}

/// Lists per event row, flattened: row `i`'s items are `items[start[i]..start[i + 1]]`.
#[derive(Debug, Default)]
struct Links {
    start: Vec<u32>,
    items: Vec<u32>,
}

impl Links {
    /// From (row, item) pairs in the order each row lists its items.
    fn from_pairs(rows: usize, mut pairs: Vec<(u32, u32)>) -> Links {
        pairs.sort_by_key(|&(row, _)| row);
        let mut start = vec![0_u32; rows + 1];
        for &(row, _) in &pairs {
            start[row as usize + 1] += 1;
        }
        for i in 0..rows {
            start[i + 1] += start[i];
        }
        Links { start, items: pairs.into_iter().map(|(_, item)| item).collect() }
    }

    fn of(&self, row: usize) -> &[u32] {
        &self.items[self.start[row] as usize..self.start[row + 1] as usize]
    }
}

#[derive(Debug)]
pub(super) struct IndexedPlace {
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// The places and their events' links.
#[derive(Debug)]
pub(super) struct Places {
    pub list: Vec<IndexedPlace>,
    links: Links,
}

impl Places {
    /// The places (indexes into `list`) of row `row`, in the event's order.
    pub fn of(&self, row: usize) -> &[u32] {
        self.links.of(row)
    }
}

/// The actors, each a canonical name and a kind, and their events' links.
#[derive(Debug)]
pub(super) struct Actors {
    pub list: Vec<(String, String)>,
    links: Links,
}

impl Actors {
    /// The actors (indexes into `list`) of row `row`, in the event's order.
    pub fn of(&self, row: usize) -> &[u32] {
        self.links.of(row)
    }
}

/// The events' days, types and confidence are read at once (the first view
/// needs them); places, actors and the events of each article when a count or
/// a filter first needs them, so opening a large workspace reads only what its
/// first view draws.
#[derive(Debug)]
pub(super) struct ViewIndex {
    pub stamp: Stamp,
    /// Events in order of first day, then id: row `i` is event `id[i]`.
    id: Vec<i64>,
    /// Days since 1970-01-01 of each event's first and last day.
    pub first_day: Vec<i32>,
    pub last_day: Vec<i32>,
    /// Index into `EventType::ALL`.
    pub kind: Vec<u8>,
    confidence: Vec<f64>,
    /// The row of each event id: made when links or a search first need it.
    row_of: OnceLock<HashMap<i64, u32>>,
    places: OnceLock<Places>,
    actors: OnceLock<Actors>,
    /// The rows of the events each article reports.
    article_events: OnceLock<HashMap<i64, Vec<u32>>>,
}

fn type_index(text: &str) -> u8 {
    let kind = EventType::parse(text).unwrap_or(EventType::Other);
    EventType::ALL.iter().position(|t| *t == kind).unwrap_or(0) as u8
}

fn day_of(date: chrono::NaiveDate) -> i32 {
    (date - chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date")).num_days() as i32
}

/// Days since 1970-01-01 of a stored day. "YYYY-MM-DD" is read by hand: chrono's
/// format parser took about a fifth of reading the index of 100,000 events, which
/// the first view of a large workspace waits for (issue 16). Any other text goes
/// through `parse_day`, which reads it as before or says why it is not a day.
fn stored_day(text: &str) -> Result<i32> {
    match ymd_days(text) {
        Some(days) => Ok(days),
        None => Ok(day_of(parse_day(text)?)),
    }
}

fn ymd_days(text: &str) -> Option<i32> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |digits: &[u8]| digits.iter().try_fold(0_u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')));
    let (year, month, day) = (number(&b[0..4])?, number(&b[5..7])?, number(&b[8..10])?);
    chrono::NaiveDate::from_ymd_opt(year as i32, month, day).map(day_of)
}

/// Column `at` of a row as text, without copying it.
fn text<'a>(row: &'a rusqlite::Row, at: usize) -> rusqlite::Result<&'a str> {
    row.get_ref(at)?.as_str().map_err(|e| rusqlite::Error::FromSqlConversionFailure(at, rusqlite::types::Type::Text, Box::new(e)))
}

/// A value computed once: `read` runs on first use only.
fn once<T>(cell: &OnceLock<T>, read: impl FnOnce() -> Result<T>) -> Result<&T> {
    if let Some(value) = cell.get() {
        return Ok(value);
    }
    let value = read()?;
    Ok(cell.get_or_init(|| value))
}

impl ViewIndex {
    /// Reads the events' days, types and confidence (one table scan).
    pub(super) fn read(conn: &Connection) -> Result<ViewIndex> {
        let stamp = Stamp::of(conn)?;
        let mut events: Vec<(i32, i64, i32, u8, f64)> = Vec::new();
        let mut stmt = conn.prepare("SELECT id, start, end, type, confidence FROM events")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let first = stored_day(text(r, 1)?)?;
            let last = stored_day(text(r, 2)?)?;
            events.push((first, r.get(0)?, last, type_index(text(r, 3)?), r.get(4)?));
        }
        drop(rows);
        events.sort_unstable_by_key(|&(first, id, ..)| (first, id));
        Ok(ViewIndex {
            stamp,
            id: events.iter().map(|e| e.1).collect(),
            first_day: events.iter().map(|e| e.0).collect(),
            last_day: events.iter().map(|e| e.2).collect(),
            kind: events.iter().map(|e| e.3).collect(),
            confidence: events.iter().map(|e| e.4).collect(),
            row_of: OnceLock::new(),
            places: OnceLock::new(),
            actors: OnceLock::new(),
            article_events: OnceLock::new(),
        })
    }

    /// The row of each event id.
    fn row_of(&self) -> &HashMap<i64, u32> {
        self.row_of.get_or_init(|| self.id.iter().enumerate().map(|(row, &id)| (id, row as u32)).collect())
    }

    /// Links of events to the items `at` knows, from (event id, item id) rows
    /// in the order each event lists its items.
    fn links(&self, conn: &Connection, sql: &str, at: &HashMap<i64, u32>) -> Result<Links> {
        let mut pairs = Vec::new();
        let mut stmt = conn.prepare(sql)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let (Some(&row), Some(&item)) = (self.row_of().get(&r.get::<_, i64>(0)?), at.get(&r.get::<_, i64>(1)?)) {
                pairs.push((row, item));
            }
        }
        Ok(Links::from_pairs(self.len(), pairs))
    }

    pub fn places(&self, conn: &Connection) -> Result<&Places> {
        once(&self.places, || {
            let mut list = Vec::new();
            let mut at: HashMap<i64, u32> = HashMap::new();
            let mut stmt = conn.prepare("SELECT id, name, country, lat, lon FROM places")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                at.insert(r.get(0)?, list.len() as u32);
                list.push(IndexedPlace { name: r.get(1)?, country: r.get(2)?, lat: r.get(3)?, lon: r.get(4)? });
            }
            drop(rows);
            let links = self.links(conn, "SELECT event_id, place_id FROM event_places ORDER BY event_id, position", &at)?;
            Ok(Places { list, links })
        })
    }

    pub fn actors(&self, conn: &Connection) -> Result<&Actors> {
        once(&self.actors, || {
            let mut list = Vec::new();
            let mut at: HashMap<i64, u32> = HashMap::new();
            let mut stmt = conn.prepare("SELECT id, name, kind FROM actors")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                at.insert(r.get(0)?, list.len() as u32);
                list.push((r.get(1)?, r.get(2)?));
            }
            drop(rows);
            let links = self.links(conn, "SELECT event_id, actor_id FROM event_actors ORDER BY event_id, position", &at)?;
            Ok(Actors { list, links })
        })
    }

    fn article_events(&self, conn: &Connection) -> Result<&HashMap<i64, Vec<u32>>> {
        once(&self.article_events, || {
            let mut by_article: HashMap<i64, Vec<u32>> = HashMap::new();
            let mut stmt = conn.prepare("SELECT article_id, event_id FROM mentions")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                if let Some(&row) = self.row_of().get(&r.get::<_, i64>(1)?) {
                    by_article.entry(r.get(0)?).or_default().push(row);
                }
            }
            drop(rows);
            for rows in by_article.values_mut() {
                rows.sort_unstable();
                rows.dedup();
            }
            Ok(by_article)
        })
    }

    pub fn len(&self) -> usize {
        self.id.len()
    }

    /// Which rows the filter keeps: the same conditions as `read::filter_sql`,
    /// the search through SQLite's full-text indexes.
    pub(super) fn matching(&self, conn: &Connection, filter: &EventFilter) -> Result<Vec<bool>> {
        let n = self.len();
        let mut keep = vec![true; n];
        let narrow = |keep: &mut Vec<bool>, test: &dyn Fn(usize) -> bool| {
            for (row, k) in keep.iter_mut().enumerate() {
                *k = *k && test(row);
            }
        };
        if let Some(from) = filter.from.map(day_of) {
            narrow(&mut keep, &|row| self.last_day[row] >= from);
        }
        if let Some(to) = filter.to.map(day_of) {
            narrow(&mut keep, &|row| self.first_day[row] <= to);
        }
        if !filter.types.is_empty() {
            let types: HashSet<u8> = filter.types.iter().map(|t| type_index(t.as_str())).collect();
            narrow(&mut keep, &|row| types.contains(&self.kind[row]));
        }
        if !filter.actors.is_empty() {
            let actors = self.actors(conn)?;
            let named: HashSet<u32> =
                (0..actors.list.len() as u32).filter(|&a| filter.actors.contains(&actors.list[a as usize].0)).collect();
            narrow(&mut keep, &|row| actors.of(row).iter().any(|a| named.contains(a)));
        }
        if !filter.countries.is_empty() {
            let places = self.places(conn)?;
            let within: HashSet<u32> = (0..places.list.len() as u32)
                .filter(|&p| places.list[p as usize].country.as_ref().is_some_and(|c| filter.countries.contains(c)))
                .collect();
            narrow(&mut keep, &|row| places.of(row).iter().any(|p| within.contains(p)));
        }
        if !filter.places.is_empty() {
            let places = self.places(conn)?;
            let named: HashSet<u32> =
                (0..places.list.len() as u32).filter(|&p| filter.places.contains(&places.list[p as usize].name)).collect();
            narrow(&mut keep, &|row| places.of(row).iter().any(|p| named.contains(p)));
        }
        if !filter.articles.is_empty() {
            let mut reported = vec![false; n];
            let article_events = self.article_events(conn)?;
            for article in &filter.articles {
                for &row in article_events.get(&article.0).map(Vec::as_slice).unwrap_or_default() {
                    reported[row as usize] = true;
                }
            }
            narrow(&mut keep, &|row| reported[row]);
        }
        if let Some(min) = filter.min_confidence {
            let min = min as f64;
            narrow(&mut keep, &|row| self.confidence[row] >= min);
        }
        if let Some(query) = filter.query.as_deref().and_then(fts_query) {
            // Events whose title holds the words, and the events of articles that do.
            let mut found = vec![false; n];
            let mut stmt = conn.prepare_cached("SELECT rowid FROM event_fts WHERE event_fts MATCH ?1")?;
            let mut rows = stmt.query([&query])?;
            while let Some(r) = rows.next()? {
                if let Some(&row) = self.row_of().get(&r.get::<_, i64>(0)?) {
                    found[row as usize] = true;
                }
            }
            drop(rows);
            let article_events = self.article_events(conn)?;
            let mut stmt = conn.prepare_cached("SELECT rowid FROM article_fts WHERE article_fts MATCH ?1")?;
            let mut rows = stmt.query([&query])?;
            while let Some(r) = rows.next()? {
                for &row in article_events.get(&r.get::<_, i64>(0)?).map(Vec::as_slice).unwrap_or_default() {
                    found[row as usize] = true;
                }
            }
            drop(rows);
            narrow(&mut keep, &|row| found[row]);
        }
        Ok(keep)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_days_read_by_hand_are_the_days_chrono_reads() {
        let mut date = chrono::NaiveDate::from_ymd_opt(1899, 12, 25).unwrap();
        let end = chrono::NaiveDate::from_ymd_opt(2101, 3, 1).unwrap();
        while date <= end {
            let text = date.format("%Y-%m-%d").to_string();
            assert_eq!(ymd_days(&text), Some(day_of(date)), "{text}");
            assert_eq!(stored_day(&text).unwrap(), day_of(parse_day(&text).unwrap()), "{text}");
            date = date.succ_opt().unwrap();
        }
        assert_eq!(ymd_days("1970-01-01"), Some(0));
        assert_eq!(ymd_days("1969-12-31"), Some(-1));
    }

    #[test]
    fn what_is_not_a_plain_day_goes_through_chrono() {
        for text in ["2024-02-30", "2024-13-01", "2024-1-05", "2024/01/05", "20x4-01-05", "", "2024-01-05T10"] {
            assert_eq!(ymd_days(text), None, "{text}");
            assert_eq!(stored_day(text).ok(), parse_day(text).ok().map(day_of), "{text}");
        }
    }
}
