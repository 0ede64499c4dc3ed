//! What the window draws of a large workspace, computed in SQLite: counts of
//! events by day × type × lane (the timeline zoomed out re-bins them into its
//! clusters) and counts by place (the map's markers). Both take the window's
//! filter and search, and answer in columns: one array per field, not one
//! object per row, so 100,000 events cost a few hundred kilobytes at most.

use super::read::filter_sql;
use super::Store;
use crate::error::Result;
use crate::model::{ActorKind, EventType};
use crate::render::LaneMode;
use crate::EventFilter;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Events counted by the day they start, their type and their lane, in day
/// order. Row `i` is (`day[i]`, `types[i]`, `lane[i]`, `count[i]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct DayCounts {
    /// Events matching the filter (each once, whatever its lanes).
    pub total: u32,
    /// The lanes' keys: "" for no lanes; type names by type; ISO codes by
    /// country; canonical names by actor. "" also gathers the events with no
    /// country or no actor.
    pub lane_keys: Vec<String>,
    /// The lanes' names in French (an actor's French name; the key otherwise).
    pub lane_names_fr: Vec<String>,
    /// Days since 1970-01-01 of the events' first day.
    pub day: Vec<i32>,
    /// Index into the event types, in the order of `EventType::ALL`.
    pub types: Vec<u8>,
    /// Index into `lane_keys`.
    pub lane: Vec<u32>,
    pub count: Vec<u32>,
    /// The last day (days since 1970) an event of the filter ends on.
    pub last_day: Option<i32>,
}

/// Events counted by place, for the map's markers: the places with
/// coordinates, each with the number of matching events there.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PlaceCounts {
    /// Canonical names (what the place filter takes).
    pub name: Vec<String>,
    pub name_fr: Vec<String>,
    pub country: Vec<Option<String>>,
    pub lat: Vec<f64>,
    pub lon: Vec<f64>,
    pub count: Vec<u32>,
}

/// The day an ISO date falls on, counted from 1970-01-01, in SQL.
const DAY_OF_START: &str = "CAST(unixepoch(e.start) / 86400 AS INTEGER)";

impl Store {
    /// Counts of the events matching `filter` by first day, type and lane.
    /// An event with several countries or actors counts in each of their lanes.
    pub fn day_counts(&self, filter: &EventFilter, lanes: LaneMode) -> Result<DayCounts> {
        let mut args = Vec::new();
        let conditions = filter_sql(filter, &mut args);
        let (lane_column, joins) = match lanes {
            LaneMode::None => ("''", ""),
            LaneMode::Type => ("e.type", ""),
            LaneMode::Country => {
                ("coalesce(p.country, '')", " LEFT JOIN event_places ep ON ep.event_id = e.id LEFT JOIN places p ON p.id = ep.place_id")
            }
            LaneMode::Actor => (
                "coalesce(a.name || char(30) || a.kind, '')",
                " LEFT JOIN event_actors ea ON ea.event_id = e.id LEFT JOIN actors a ON a.id = ea.actor_id",
            ),
        };
        // Several places of one country are one lane: count each event once per lane.
        let count = if lanes == LaneMode::Country { "count(DISTINCT e.id)" } else { "count(*)" };
        // Without joins each event is in one row: the total and the last day come
        // with the rows, and a search runs its full-text queries once, not twice.
        let once = joins.is_empty();
        let sql = format!(
            "SELECT {DAY_OF_START} AS day, e.type, {lane_column} AS lane, {count}, max(unixepoch(e.end))
             FROM events e{joins} WHERE 1 = 1{conditions} GROUP BY day, e.type, lane ORDER BY day"
        );
        let mut total = 0_i64;
        let mut last_end: Option<i64> = None;
        let mut out = DayCounts::default();
        let mut lane_index: HashMap<String, u32> = HashMap::new();
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
        while let Some(r) = rows.next()? {
            let key: String = r.get(2)?;
            let lane = match lane_index.get(&key) {
                Some(&i) => i,
                None => {
                    let i = out.lane_keys.len() as u32;
                    let (name, name_fr) = lane_names(&key, lanes);
                    out.lane_keys.push(name);
                    out.lane_names_fr.push(name_fr);
                    lane_index.insert(key, i);
                    i
                }
            };
            let kind = EventType::parse(&r.get::<_, String>(1)?).unwrap_or(EventType::Other);
            out.day.push(r.get(0)?);
            out.types.push(EventType::ALL.iter().position(|t| *t == kind).unwrap_or(0) as u8);
            out.lane.push(lane);
            let count: i64 = r.get(3)?;
            out.count.push(count as u32);
            total += count;
            let end: Option<i64> = r.get(4)?;
            last_end = last_end.max(end);
        }
        drop(rows);
        let (total, last_day): (i64, Option<i32>) = if once {
            (total, last_end.map(|end| (end / 86400) as i32))
        } else {
            self.conn.query_row(
                &format!("SELECT count(*), CAST(max(unixepoch(e.end)) / 86400 AS INTEGER) FROM events e WHERE 1 = 1{conditions}"),
                rusqlite::params_from_iter(args.iter()),
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?
        };
        out.total = total as u32;
        out.last_day = last_day;
        Ok(out)
    }

    /// The places of the events matching `filter` (its dates included), with
    /// coordinates, and how many of those events each has.
    pub fn place_counts(&self, filter: &EventFilter) -> Result<PlaceCounts> {
        let mut args = Vec::new();
        let conditions = filter_sql(filter, &mut args);
        let sql = format!(
            "SELECT p.name, p.country, p.lat, p.lon, count(*) FROM events e
             JOIN event_places ep ON ep.event_id = e.id JOIN places p ON p.id = ep.place_id
             WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL{conditions}
             GROUP BY p.id ORDER BY count(*) DESC, p.name"
        );
        let mut out = PlaceCounts::default();
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
        while let Some(r) = rows.next()? {
            let name: String = r.get(0)?;
            let known = crate::knowledge::gazetteer::place_named(&name);
            out.name_fr.push(known.map_or_else(|| name.clone(), |p| p.name_fr.clone()));
            out.name.push(name);
            out.country.push(r.get(1)?);
            out.lat.push(r.get(2)?);
            out.lon.push(r.get(3)?);
            out.count.push(r.get::<_, i64>(4)? as u32);
        }
        Ok(out)
    }
}

/// A lane's key and French name from what the query grouped by.
fn lane_names(key: &str, lanes: LaneMode) -> (String, String) {
    match (lanes, key.split_once('\u{1e}')) {
        (LaneMode::Actor, Some((name, kind))) => {
            let actor = crate::knowledge::people::actor(name, ActorKind::parse(kind).unwrap_or(ActorKind::Organisation));
            (name.to_string(), actor.name_fr)
        }
        _ => (key.to_string(), key.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        crate::workspace::import_sample(&mut store).unwrap();
        store
    }

    fn day_of(date: chrono::NaiveDate) -> i32 {
        (date - chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()).num_days() as i32
    }

    /// What the counts say, rebuilt from the listed events.
    fn expected(store: &Store, filter: &EventFilter, lanes: LaneMode) -> Vec<(i32, u8, String, u32)> {
        let mut counts: std::collections::BTreeMap<(i32, u8, String), u32> = Default::default();
        for e in store.list_events(filter).unwrap() {
            let kind = EventType::ALL.iter().position(|t| *t == e.event_type).unwrap() as u8;
            let mut keys: Vec<String> = match lanes {
                LaneMode::None => vec![String::new()],
                LaneMode::Type => vec![e.event_type.as_str().to_string()],
                LaneMode::Country => e.countries.clone(),
                LaneMode::Actor => e.actors.iter().map(|a| a.name.clone()).collect(),
            };
            keys.sort();
            keys.dedup();
            if keys.is_empty() {
                keys.push(String::new());
            }
            for key in keys {
                *counts.entry((day_of(e.date.start), kind, key)).or_default() += 1;
            }
        }
        counts.into_iter().map(|((d, t, k), n)| (d, t, k, n)).collect()
    }

    fn rows(c: &DayCounts) -> Vec<(i32, u8, String, u32)> {
        let mut out: Vec<_> =
            (0..c.day.len()).map(|i| (c.day[i], c.types[i], c.lane_keys[c.lane[i] as usize].clone(), c.count[i])).collect();
        out.sort();
        out
    }

    #[test]
    fn day_counts_add_up_to_the_listed_events_in_every_lane_mode() {
        let store = sample();
        let all = EventFilter::default();
        let listed = store.list_events(&all).unwrap();
        for lanes in [LaneMode::None, LaneMode::Type, LaneMode::Country, LaneMode::Actor] {
            let counts = store.day_counts(&all, lanes).unwrap();
            assert_eq!(counts.total as usize, listed.len(), "{lanes:?}");
            assert_eq!(rows(&counts), expected(&store, &all, lanes), "{lanes:?}");
            assert!(counts.day.windows(2).all(|w| w[0] <= w[1]), "in day order");
        }
        let last = listed.iter().map(|e| e.date.end).max().unwrap();
        assert_eq!(store.day_counts(&all, LaneMode::None).unwrap().last_day, Some(day_of(last)));
    }

    #[test]
    fn day_counts_follow_the_filter_and_the_search() {
        let store = sample();
        for filter in [
            EventFilter { types: vec![EventType::Visit], ..Default::default() },
            EventFilter { query: Some("Hanoi".into()), ..Default::default() },
            EventFilter { countries: vec!["KP".into()], ..Default::default() },
            EventFilter { query: Some("aucunmotpareil".into()), ..Default::default() },
        ] {
            let counts = store.day_counts(&filter, LaneMode::Type).unwrap();
            assert_eq!(counts.total as usize, store.list_events(&filter).unwrap().len(), "{filter:?}");
            assert_eq!(rows(&counts), expected(&store, &filter, LaneMode::Type), "{filter:?}");
        }
    }

    #[test]
    fn actor_lanes_carry_their_french_names() {
        let store = sample();
        let counts = store.day_counts(&EventFilter::default(), LaneMode::Actor).unwrap();
        let putin = counts.lane_keys.iter().position(|k| k == "Vladimir Putin").expect("a Putin lane");
        assert_eq!(counts.lane_names_fr[putin], "Vladimir Poutine");
    }

    #[test]
    fn place_counts_are_the_events_of_each_place_in_the_period() {
        let store = sample();
        let filter = EventFilter {
            from: chrono::NaiveDate::from_ymd_opt(2024, 6, 20),
            to: chrono::NaiveDate::from_ymd_opt(2024, 6, 20),
            ..Default::default()
        };
        let counts = store.place_counts(&filter).unwrap();
        let mut expected: HashMap<String, u32> = HashMap::new();
        for e in store.list_events(&filter).unwrap() {
            for place in e.places.iter().collect::<std::collections::BTreeSet<_>>() {
                if store.get_event(e.id).unwrap().places.iter().any(|p| &p.name == place && p.lat.is_some()) {
                    *expected.entry(place.clone()).or_default() += 1;
                }
            }
        }
        let got: HashMap<String, u32> = counts.name.iter().cloned().zip(counts.count.iter().copied()).collect();
        assert_eq!(got, expected);
        let hanoi = counts.name.iter().position(|n| n == "Hanoi").expect("Hanoi on 20 June");
        assert_eq!(counts.name_fr[hanoi], "Hanoï");
        assert!(counts.count.windows(2).all(|w| w[0] >= w[1]), "most events first");
    }
}
