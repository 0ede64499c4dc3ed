//! What the window draws of a large workspace: counts of events by day × type
//! × lane (the timeline zoomed out re-bins them into its clusters) and counts
//! by place (the map's markers). Both take the window's filter and search
//! (SQLite's full-text indexes find the words; the events are counted over the
//! store's in-memory index, `store::index`), and answer in columns: one array
//! per field, not one object per row, so 100,000 events cost a few hundred
//! kilobytes at most.

use super::Store;
use crate::error::Result;
use crate::model::{ActorKind, EventType};
use crate::render::LaneMode;
use crate::EventFilter;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Events counted by the day they start, their type and the set of lanes
/// they are in, in day order. Row `i` is (`day[i]`, `types[i]`,
/// `lane_sets[lane_set[i]]`, `count[i]`): each event is in one row, so an
/// event of two countries is counted once in each country's lane and once in
/// a lane that gathers both ("Autres").
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
    /// The sets of lanes events are in: indexes into `lane_keys`, ascending.
    pub lane_sets: Vec<Vec<u32>>,
    /// Days since 1970-01-01 of the events' first day.
    pub day: Vec<i32>,
    /// Index into the event types, in the order of `EventType::ALL`.
    pub types: Vec<u8>,
    /// Index into `lane_sets`.
    pub lane_set: Vec<u32>,
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

impl Store {
    /// Counts of the events matching `filter` by first day, type and set of
    /// lanes: an event with several countries or actors is counted once, in
    /// the row of the set of their lanes.
    pub fn day_counts(&self, filter: &EventFilter, lanes: LaneMode) -> Result<DayCounts> {
        let index = self.view_index()?;
        let keep = index.matching(&self.conn, filter)?;
        let places = if lanes == LaneMode::Country { Some(index.places(&self.conn)?) } else { None };
        let actors = if lanes == LaneMode::Actor { Some(index.actors(&self.conn)?) } else { None };
        let mut out = DayCounts::default();
        let mut lane_index: HashMap<String, u32> = HashMap::new();
        let mut lane_of = |key: String, out: &mut DayCounts| -> u32 {
            if let Some(&i) = lane_index.get(&key) {
                return i;
            }
            let i = out.lane_keys.len() as u32;
            let (name, name_fr) = lane_names(&key, lanes);
            out.lane_keys.push(name);
            out.lane_names_fr.push(name_fr);
            lane_index.insert(key, i);
            i
        };
        // Rows are in day order: the (type, set of lanes) pairs of one day are
        // counted, then written in order, before the next day's.
        let mut day_rows: Vec<(u8, u32)> = Vec::new();
        let mut event_lanes: Vec<u32> = Vec::new();
        // The lane of each type, place and actor, and the set of each single lane, found on first
        // use: a word most events hold keeps ~90,000 rows, and naming (hashing) their lanes and
        // sets row by row took most of the count (issue 16). Found in the same order as row by
        // row, so the answer is the same.
        let mut cache = LaneCache::default();
        let mut set_index: HashMap<Vec<u32>, u32> = HashMap::new();
        let mut total = 0_u32;
        let mut last_day: Option<i32> = None;
        let flush = |day: i32, day_rows: &mut Vec<(u8, u32)>, out: &mut DayCounts| {
            day_rows.sort_unstable();
            let mut i = 0;
            while i < day_rows.len() {
                let mut j = i;
                while j < day_rows.len() && day_rows[j] == day_rows[i] {
                    j += 1;
                }
                out.day.push(day);
                out.types.push(day_rows[i].0);
                out.lane_set.push(day_rows[i].1);
                out.count.push((j - i) as u32);
                i = j;
            }
            day_rows.clear();
        };
        let mut current: Option<i32> = None;
        for row in (0..index.len()).filter(|&row| keep[row]) {
            let day = index.first_day[row];
            if current != Some(day) {
                if let Some(previous) = current {
                    flush(previous, &mut day_rows, &mut out);
                }
                current = Some(day);
            }
            total += 1;
            last_day = last_day.max(Some(index.last_day[row]));
            let kind = index.kind[row];
            event_lanes.clear();
            match lanes {
                LaneMode::None => {}
                LaneMode::Type => {
                    let lane = *cache.of_type[kind as usize]
                        .get_or_insert_with(|| lane_of(EventType::ALL[kind as usize].as_str().to_string(), &mut out));
                    event_lanes.push(lane);
                }
                LaneMode::Country => {
                    let places = places.expect("read for country lanes");
                    for &p in places.of(row) {
                        let lane = cached(&mut cache.of_place, p, || {
                            places.list[p as usize].country.clone().map(|country| lane_of(country, &mut out))
                        });
                        event_lanes.extend(lane);
                    }
                }
                LaneMode::Actor => {
                    let actors = actors.expect("read for actor lanes");
                    for &a in actors.of(row) {
                        let lane = cached(&mut cache.of_actor, a, || {
                            let (name, kind) = &actors.list[a as usize];
                            Some(lane_of(format!("{name}\u{1e}{kind}"), &mut out))
                        });
                        event_lanes.extend(lane);
                    }
                }
            }
            if event_lanes.is_empty() {
                event_lanes.push(*cache.empty.get_or_insert_with(|| lane_of(String::new(), &mut out)));
            }
            // Several places of one country are one lane; the event is one row, under its set of lanes.
            event_lanes.sort_unstable();
            event_lanes.dedup();
            let set = if let [lane] = event_lanes[..] {
                cached(&mut cache.single_set, lane, || Some(new_set(&event_lanes, &mut out))).expect("made above")
            } else {
                match set_index.get(&event_lanes) {
                    Some(&i) => i,
                    None => {
                        let i = new_set(&event_lanes, &mut out);
                        set_index.insert(event_lanes.clone(), i);
                        i
                    }
                }
            };
            day_rows.push((kind, set));
        }
        if let Some(day) = current {
            flush(day, &mut day_rows, &mut out);
        }
        out.total = total;
        out.last_day = last_day;
        Ok(out)
    }

    /// The places of the events matching `filter` (its dates included), with
    /// coordinates, and how many of those events each has.
    pub fn place_counts(&self, filter: &EventFilter) -> Result<PlaceCounts> {
        let index = self.view_index()?;
        let keep = index.matching(&self.conn, filter)?;
        let places = index.places(&self.conn)?;
        let mut counts = vec![0_u32; places.list.len()];
        for row in (0..index.len()).filter(|&row| keep[row]) {
            for &p in places.of(row) {
                counts[p as usize] += 1;
            }
        }
        let mut found: Vec<usize> =
            (0..counts.len()).filter(|&p| counts[p] > 0 && places.list[p].lat.is_some() && places.list[p].lon.is_some()).collect();
        found.sort_by(|&a, &b| counts[b].cmp(&counts[a]).then_with(|| places.list[a].name.cmp(&places.list[b].name)));
        let mut out = PlaceCounts::default();
        for p in found {
            let place = &places.list[p];
            let known = crate::knowledge::gazetteer::place_named(&place.name);
            out.name_fr.push(known.map_or_else(|| place.name.clone(), |k| k.name_fr.clone()));
            out.name.push(place.name.clone());
            out.country.push(place.country.clone());
            out.lat.push(place.lat.unwrap_or_default());
            out.lon.push(place.lon.unwrap_or_default());
            out.count.push(counts[p]);
        }
        Ok(out)
    }

    /// The events matching `filter` (`list_events`) when there are at most
    /// `max` of them, else `None`, counted over the in-memory index first: the
    /// window's first question, so that a small workspace's events come in the
    /// same round as its counts, and a large one's are not listed.
    pub fn list_events_up_to(&self, filter: &EventFilter, max: usize) -> Result<Option<Vec<crate::model::EventSummary>>> {
        let matching = self.view_index()?.matching(&self.conn, filter)?.into_iter().filter(|&keep| keep).count();
        if matching > max {
            return Ok(None);
        }
        Ok(Some(self.list_events(filter)?))
    }
}

/// What `day_counts` found once per call: the lane of each type, place and actor
/// (`None` for a place with no country), the lane of events with none, and the
/// set (index into `lane_sets`) of each lane alone.
#[derive(Default)]
struct LaneCache {
    of_type: [Option<u32>; EventType::ALL.len()],
    of_place: Vec<Option<Option<u32>>>,
    of_actor: Vec<Option<Option<u32>>>,
    empty: Option<u32>,
    single_set: Vec<Option<Option<u32>>>,
}

/// Adds `lanes` to the answer's sets; returns its index.
fn new_set(lanes: &[u32], out: &mut DayCounts) -> u32 {
    out.lane_sets.push(lanes.to_vec());
    out.lane_sets.len() as u32 - 1
}

/// `slots[at]`, made by `make` on first use.
fn cached(slots: &mut Vec<Option<Option<u32>>>, at: u32, make: impl FnOnce() -> Option<u32>) -> Option<u32> {
    let at = at as usize;
    if slots.len() <= at {
        slots.resize(at + 1, None);
    }
    *slots[at].get_or_insert_with(make)
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
        Store::sample_in_memory()
    }

    #[test]
    fn events_are_listed_up_to_a_number_only() {
        let store = sample();
        let all = store.list_events(&EventFilter::default()).unwrap();
        assert_eq!(store.list_events_up_to(&EventFilter::default(), all.len()).unwrap(), Some(all.clone()));
        assert_eq!(store.list_events_up_to(&EventFilter::default(), all.len() - 1).unwrap(), None);
        let searched = EventFilter { types: vec![EventType::Sanction], ..EventFilter::default() };
        let found = store.list_events(&searched).unwrap();
        assert!(!found.is_empty() && found.len() < all.len());
        assert_eq!(store.list_events_up_to(&searched, found.len()).unwrap(), Some(found));
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

    /// The counts by (day, type, lane): each row counted in every lane of its set.
    fn rows(c: &DayCounts) -> Vec<(i32, u8, String, u32)> {
        let mut counts: std::collections::BTreeMap<(i32, u8, String), u32> = Default::default();
        for i in 0..c.day.len() {
            for &lane in &c.lane_sets[c.lane_set[i] as usize] {
                *counts.entry((c.day[i], c.types[i], c.lane_keys[lane as usize].clone())).or_default() += c.count[i];
            }
        }
        counts.into_iter().map(|((d, t, k), n)| (d, t, k, n)).collect()
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

    /// Each event is in one row, under the set of its lanes: a lane gathering
    /// several countries or actors counts it once (issue 16: "Autres" showed
    /// more events than the workspace held).
    #[test]
    fn each_event_is_counted_once_under_the_set_of_its_lanes() {
        let store = sample();
        let all = EventFilter::default();
        let listed = store.list_events(&all).unwrap();
        for lanes in [LaneMode::Country, LaneMode::Actor] {
            let counts = store.day_counts(&all, lanes).unwrap();
            assert_eq!(counts.count.iter().sum::<u32>() as usize, listed.len(), "{lanes:?}: each event in one row");
            for set in &counts.lane_sets {
                assert!(!set.is_empty() && set.windows(2).all(|w| w[0] < w[1]), "{lanes:?}: {set:?}");
            }
        }
        let counts = store.day_counts(&all, LaneMode::Country).unwrap();
        let several = listed.iter().filter(|e| e.countries.len() > 1).count();
        assert!(several > 0, "the sample has events in two countries");
        let in_sets_of_two: u32 =
            (0..counts.day.len()).filter(|&i| counts.lane_sets[counts.lane_set[i] as usize].len() > 1).map(|i| counts.count[i]).sum();
        assert_eq!(in_sets_of_two as usize, several);
    }

    /// Lanes and sets are named once per answer, whichever way they were found
    /// (a type's, a place's or an actor's lane looked up once; a set of one lane
    /// apart from sets of several), in every lane mode and with a search.
    #[test]
    fn each_lane_and_each_set_is_listed_once() {
        let store = sample();
        for filter in [EventFilter::default(), EventFilter { query: Some("Poutine".into()), ..Default::default() }] {
            for lanes in [LaneMode::None, LaneMode::Type, LaneMode::Country, LaneMode::Actor] {
                let counts = store.day_counts(&filter, lanes).unwrap();
                let keys: std::collections::HashSet<_> = counts.lane_keys.iter().collect();
                assert_eq!(keys.len(), counts.lane_keys.len(), "{lanes:?}: {:?}", counts.lane_keys);
                let sets: std::collections::HashSet<_> = counts.lane_sets.iter().collect();
                assert_eq!(sets.len(), counts.lane_sets.len(), "{lanes:?}: {:?}", counts.lane_sets);
                assert!(counts.lane_set.iter().all(|&s| (s as usize) < counts.lane_sets.len()), "{lanes:?}");
                // The same answer when asked again (the index is read once, the lanes found per call).
                assert_eq!(store.day_counts(&filter, lanes).unwrap(), counts, "{lanes:?}");
            }
        }
    }

    #[test]
    fn actor_lanes_carry_their_french_names() {
        let store = sample();
        let counts = store.day_counts(&EventFilter::default(), LaneMode::Actor).unwrap();
        let putin = counts.lane_keys.iter().position(|k| k == "Vladimir Putin").expect("a Putin lane");
        assert_eq!(counts.lane_names_fr[putin], "Vladimir Poutine");
    }

    /// What the place counts say, rebuilt from the listed events.
    fn expected_places(store: &Store, filter: &EventFilter) -> HashMap<String, u32> {
        let mut expected: HashMap<String, u32> = HashMap::new();
        for e in store.list_events(filter).unwrap() {
            for place in e.places.iter().collect::<std::collections::BTreeSet<_>>() {
                if store.get_event(e.id).unwrap().places.iter().any(|p| &p.name == place && p.lat.is_some()) {
                    *expected.entry(place.clone()).or_default() += 1;
                }
            }
        }
        expected
    }

    fn places(counts: &PlaceCounts) -> HashMap<String, u32> {
        counts.name.iter().cloned().zip(counts.count.iter().copied()).collect()
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
        assert_eq!(places(&counts), expected_places(&store, &filter));
        let hanoi = counts.name.iter().position(|n| n == "Hanoi").expect("Hanoi on 20 June");
        assert_eq!(counts.name_fr[hanoi], "Hanoï");
        assert!(counts.count.windows(2).all(|w| w[0] >= w[1]), "most events first");
    }

    /// The counts are made from the in-memory index; listing events runs the
    /// filter in SQL: both must keep the same events for every kind of filter.
    #[test]
    fn counts_keep_the_events_the_sql_filter_keeps() {
        let store = sample();
        let first_article = store.list_articles().unwrap()[0].id;
        let day = |m, d| chrono::NaiveDate::from_ymd_opt(2024, m, d);
        let filters = [
            EventFilter::default(),
            EventFilter { actors: vec!["Vladimir Putin".into()], ..Default::default() },
            EventFilter { places: vec!["Hanoi".into()], ..Default::default() },
            EventFilter { countries: vec!["VN".into(), "KP".into()], ..Default::default() },
            EventFilter { articles: vec![first_article], ..Default::default() },
            EventFilter { min_confidence: Some(0.75), ..Default::default() },
            EventFilter { types: vec![EventType::Visit, EventType::Agreement], from: day(6, 19), to: day(6, 21), ..Default::default() },
            // Words of an article's text that no event title holds, a prefix, accents folded, two words.
            EventFilter { query: Some("Pyongyang".into()), ..Default::default() },
            EventFilter { query: Some("hano".into()), from: day(6, 20), ..Default::default() },
            EventFilter { query: Some("Poutine Hanoï".into()), ..Default::default() },
            EventFilter { query: Some("le".into()), types: vec![EventType::Visit], ..Default::default() },
            EventFilter { query: Some(" , ".into()), ..Default::default() },
        ];
        let mut kept_some = 0;
        for filter in &filters {
            let listed = store.list_events(filter).unwrap().len();
            kept_some += usize::from(listed > 0);
            for lanes in [LaneMode::None, LaneMode::Country, LaneMode::Actor] {
                let counts = store.day_counts(filter, lanes).unwrap();
                assert_eq!(counts.total as usize, listed, "{filter:?} {lanes:?}");
                assert_eq!(rows(&counts), expected(&store, filter, lanes), "{filter:?} {lanes:?}");
            }
            assert_eq!(places(&store.place_counts(filter).unwrap()), expected_places(&store, filter), "{filter:?}");
        }
        assert!(kept_some >= filters.len() - 1, "the filters keep events (only the empty query may keep all)");
    }

    /// The index is read again after any change: through this store, and by
    /// another connection to the same file (the CLI beside the app).
    #[test]
    fn counts_follow_every_change_to_the_workspace() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ws.sqlite");
        let mut store = Store::open(&path).unwrap();
        let all = EventFilter::default();
        assert_eq!(store.day_counts(&all, LaneMode::None).unwrap().total, 0);
        crate::workspace::import_sample(&mut store).unwrap();
        let listed = store.list_events(&all).unwrap();
        assert_eq!(store.day_counts(&all, LaneMode::None).unwrap().total as usize, listed.len(), "after an import");

        let visit = listed.iter().find(|e| e.event_type == EventType::Visit).unwrap().id;
        let visits = |store: &Store| {
            store.day_counts(&EventFilter { types: vec![EventType::Visit], ..Default::default() }, LaneMode::Type).unwrap().total
        };
        let before = visits(&store);
        store.update_event(visit, &crate::store::EventEdit { event_type: Some(EventType::Meeting), ..Default::default() }).unwrap();
        assert_eq!(visits(&store), before - 1, "after an edit");

        store.delete_event(listed[0].id).unwrap();
        assert_eq!(store.day_counts(&all, LaneMode::None).unwrap().total as usize, listed.len() - 1, "after a deletion");

        let other = rusqlite::Connection::open(&path).unwrap();
        other.execute("DELETE FROM events WHERE id = ?1", [listed[1].id.0]).unwrap();
        drop(other);
        assert_eq!(store.day_counts(&all, LaneMode::None).unwrap().total as usize, listed.len() - 2, "after another connection's write");
        assert_eq!(rows(&store.day_counts(&all, LaneMode::Country).unwrap()), expected(&store, &all, LaneMode::Country));
    }
}
