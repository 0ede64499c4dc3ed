//! The events of a zoomed-in stretch of a large workspace, in columns: one
//! array per field, each event's places, countries and actors as indexes into
//! tables each names once. The window parsed the same events sent as a JSON
//! array of objects (2,271 of them, each naming its actors in full) in
//! 24–96 ms of its frame (issue 16); in columns they are a third of the size.

use super::Store;
use crate::error::Result;
use crate::model::{Actor, EventId, EventSummary, EventType, Precision};
use crate::EventFilter;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::Hash;

/// Event `i` is (`id[i]`, `title[i]`, …); its places are
/// `places[i]`, indexes into `place_names` (countries and actors alike).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EventColumns {
    pub id: Vec<EventId>,
    pub title: Vec<String>,
    /// The English title; "" when it is the French one (a title a user typed).
    pub title_en: Vec<String>,
    pub types: Vec<EventType>,
    /// First and last day, ISO.
    pub start: Vec<String>,
    pub end: Vec<String>,
    pub precision: Vec<Precision>,
    pub confidence: Vec<f64>,
    pub planned: Vec<bool>,
    pub verified: Vec<bool>,
    pub source_count: Vec<u32>,
    pub places: Vec<Vec<u32>>,
    pub place_names: Vec<String>,
    pub countries: Vec<Vec<u32>>,
    pub country_codes: Vec<String>,
    pub actors: Vec<Vec<u32>>,
    pub actor_list: Vec<Actor>,
}

/// A table of distinct values and each value's index in it.
struct Table<T> {
    values: Vec<T>,
    index: HashMap<T, u32>,
}

impl<T: Clone + Eq + Hash> Table<T> {
    fn new() -> Self {
        Table { values: Vec::new(), index: HashMap::new() }
    }

    fn indexes(&mut self, items: Vec<T>) -> Vec<u32> {
        items
            .into_iter()
            .map(|item| {
                *self.index.entry(item.clone()).or_insert_with(|| {
                    self.values.push(item);
                    (self.values.len() - 1) as u32
                })
            })
            .collect()
    }
}

impl From<Vec<EventSummary>> for EventColumns {
    fn from(events: Vec<EventSummary>) -> Self {
        let mut out = EventColumns::default();
        let (mut places, mut countries, mut actors) = (Table::new(), Table::new(), Table::new());
        for e in events {
            out.id.push(e.id);
            out.title_en.push(if e.title_en == e.title { String::new() } else { e.title_en });
            out.title.push(e.title);
            out.types.push(e.event_type);
            out.start.push(e.date.start.to_string());
            out.end.push(e.date.end.to_string());
            out.precision.push(e.date.precision);
            out.confidence.push(f64::from(e.confidence));
            out.planned.push(e.planned);
            out.verified.push(e.verified);
            out.source_count.push(e.source_count);
            out.places.push(places.indexes(e.places));
            out.countries.push(countries.indexes(e.countries));
            out.actors.push(actors.indexes(e.actors));
        }
        (out.place_names, out.country_codes, out.actor_list) = (places.values, countries.values, actors.values);
        out
    }
}

impl Store {
    /// The events matching `filter` (`list_events`), in columns.
    pub fn list_event_columns(&self, filter: &EventFilter) -> Result<EventColumns> {
        Ok(self.list_events(filter)?.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_hold_every_event_and_name_each_place_and_actor_once() {
        let mut store = Store::open_in_memory().unwrap();
        crate::workspace::import_sample(&mut store).unwrap();
        let events = store.list_events(&EventFilter::default()).unwrap();
        let columns = store.list_event_columns(&EventFilter::default()).unwrap();
        assert_eq!(columns.id.len(), events.len());
        for (i, e) in events.iter().enumerate() {
            assert_eq!(columns.id[i], e.id);
            let title_en = if columns.title_en[i].is_empty() { &columns.title[i] } else { &columns.title_en[i] };
            assert_eq!((&columns.title[i], title_en), (&e.title, &e.title_en));
            assert_eq!((columns.types[i], columns.precision[i]), (e.event_type, e.date.precision));
            assert_eq!((columns.start[i].as_str(), columns.end[i].as_str()), (&*e.date.start.to_string(), &*e.date.end.to_string()));
            assert_eq!((columns.planned[i], columns.verified[i], columns.source_count[i]), (e.planned, e.verified, e.source_count));
            assert_eq!(columns.confidence[i] as f32, e.confidence);
            let places: Vec<&String> = columns.places[i].iter().map(|&p| &columns.place_names[p as usize]).collect();
            assert_eq!(places, e.places.iter().collect::<Vec<_>>());
            let countries: Vec<&String> = columns.countries[i].iter().map(|&c| &columns.country_codes[c as usize]).collect();
            assert_eq!(countries, e.countries.iter().collect::<Vec<_>>());
            let actors: Vec<&Actor> = columns.actors[i].iter().map(|&a| &columns.actor_list[a as usize]).collect();
            assert_eq!(actors, e.actors.iter().collect::<Vec<_>>());
        }
        let distinct = |names: &[String]| names.iter().collect::<std::collections::HashSet<_>>().len();
        assert_eq!(distinct(&columns.place_names), columns.place_names.len());
        assert!(
            columns.actor_list.len() < events.iter().map(|e| e.actors.len()).sum::<usize>(),
            "actors shared between events are named once"
        );
    }
}
