//! Where each event of an exported timeline goes: its lane, its row, its mark
//! and its label. Labels never overlap; events that find no row are gathered
//! into counted clusters. The same rules as the window's timeline (ui/src/timeline/layout.ts).

use super::fonts;
use super::scale::{day_number, TimeScale};
use super::{LaneMode, Lang};
use crate::model::{Event, EventType, Precision};
use std::collections::HashMap;

pub const LABEL_SIZE: f32 = 13.0;
const LABEL_OFFSET: f64 = 10.0;
const ROW_GAP: f64 = 12.0;
const MAX_LABEL_WIDTH: f32 = 380.0;
/// Overflowing events closer than this (px) share one cluster mark (two marks never touch).
const CLUSTER_PX: f64 = 30.0;
/// Lanes beyond this many are folded into "Autres" / "Others".
const MAX_LANES: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Point,
    Band,
}

/// A day is a point; a week, month or year is a band over its whole extent.
pub fn mark_of(precision: Precision) -> Mark {
    if precision == Precision::Day {
        Mark::Point
    } else {
        Mark::Band
    }
}

#[derive(Debug, Clone)]
pub struct Placed {
    /// Index into the events drawn.
    pub event: usize,
    pub row: usize,
    pub x0: f64,
    pub x1: f64,
    pub mark: Mark,
    pub label_x: f64,
    pub label: String,
}

/// Events that found no row: drawn as one mark with their count.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub x: f64,
    pub events: Vec<usize>,
    /// The most frequent type among them, for the mark's colour.
    pub main_type: EventType,
}

#[derive(Debug, Clone)]
pub struct Lane {
    /// Empty when the timeline has a single lane.
    pub name: String,
    /// How many events the lane holds (placed and clustered).
    pub size: usize,
    pub placed: Vec<Placed>,
    pub clusters: Vec<Cluster>,
    pub rows: usize,
}

pub fn type_label(t: EventType, lang: Lang) -> &'static str {
    match (t, lang) {
        (EventType::Visit, Lang::Fr) => "Visites",
        (EventType::Meeting, Lang::Fr) => "Rencontres",
        (EventType::Agreement, Lang::Fr) => "Accords",
        (EventType::Sanction, Lang::Fr) => "Sanctions",
        (EventType::Statement, Lang::Fr) => "Déclarations",
        (EventType::Military, Lang::Fr) => "Actions militaires",
        (EventType::Election, Lang::Fr) => "Élections",
        (EventType::Other, Lang::Fr) => "Autres",
        (EventType::Visit, Lang::En) => "Visits",
        (EventType::Meeting, Lang::En) => "Meetings",
        (EventType::Agreement, Lang::En) => "Agreements",
        (EventType::Sanction, Lang::En) => "Sanctions",
        (EventType::Statement, Lang::En) => "Statements",
        (EventType::Military, Lang::En) => "Military actions",
        (EventType::Election, Lang::En) => "Elections",
        (EventType::Other, Lang::En) => "Other",
    }
}

/// The lanes an event belongs to: several when it has several countries or actors.
fn lane_keys(event: &Event, mode: LaneMode, lang: Lang) -> Vec<String> {
    let none = |fr: &str, en: &str| vec![if lang == Lang::Fr { fr } else { en }.to_string()];
    match mode {
        LaneMode::None => vec![String::new()],
        LaneMode::Type => vec![type_label(event.event_type, lang).to_string()],
        LaneMode::Country => {
            let mut keys: Vec<String> = Vec::new();
            for iso in event.places.iter().filter_map(|p| p.country.as_deref()) {
                let name = match crate::knowledge::gazetteer::country(iso) {
                    Some(c) if lang == Lang::Fr => c.name_fr.clone(),
                    Some(c) => c.name.clone(),
                    None => iso.to_string(),
                };
                if !keys.contains(&name) {
                    keys.push(name);
                }
            }
            if keys.is_empty() {
                none("Sans lieu", "No place")
            } else {
                keys
            }
        }
        LaneMode::Actor => {
            let mut keys: Vec<String> = Vec::new();
            for a in &event.actors {
                let name = if lang == Lang::Fr { a.name_fr.clone() } else { a.name.clone() };
                if !keys.contains(&name) {
                    keys.push(name);
                }
            }
            if keys.is_empty() {
                none("Sans acteur", "No actor")
            } else {
                keys
            }
        }
    }
}

/// Groups event indices into ordered lanes (by type order, or by size).
pub fn group_lanes(events: &[Event], mode: LaneMode, lang: Lang) -> Vec<(String, Vec<usize>)> {
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        for key in lane_keys(e, mode, lang) {
            by_key.entry(key.clone()).or_insert_with(|| {
                order.push(key.clone());
                Vec::new()
            });
            by_key.get_mut(&key).expect("inserted above").push(i);
        }
    }
    let mut lanes: Vec<(String, Vec<usize>)> = order
        .into_iter()
        .map(|k| {
            let v = by_key.remove(&k).unwrap_or_default();
            (k, v)
        })
        .collect();
    match mode {
        LaneMode::None => {}
        LaneMode::Type => {
            let rank = |name: &str| EventType::ALL.iter().position(|t| type_label(*t, lang) == name).unwrap_or(usize::MAX);
            lanes.sort_by_key(|(k, _)| rank(k));
        }
        LaneMode::Country | LaneMode::Actor => {
            lanes.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
            if lanes.len() > MAX_LANES {
                let rest = lanes.split_off(MAX_LANES - 1);
                let mut merged: Vec<usize> = rest.into_iter().flat_map(|(_, v)| v).collect();
                merged.sort_unstable();
                merged.dedup();
                lanes.push((if lang == Lang::Fr { "Autres" } else { "Others" }.to_string(), merged));
            }
        }
    }
    lanes
}

/// Greedy row assignment in time order: each event takes the first row whose last
/// occupant (mark and label) ends before it starts; with no row free it joins a cluster.
pub fn layout_lane(name: String, members: &[usize], events: &[Event], scale: &TimeScale, max_rows: usize) -> Lane {
    let mut order: Vec<usize> = members.to_vec();
    order.sort_by(|&a, &b| {
        events[a]
            .date
            .start
            .cmp(&events[b].date.start)
            .then(events[a].date.end.cmp(&events[b].date.end))
            .then(events[a].id.cmp(&events[b].id))
    });
    let mut row_ends = vec![f64::NEG_INFINITY; max_rows.max(1)];
    let mut placed = Vec::new();
    let mut overflow: Vec<(f64, usize)> = Vec::new();
    for i in order {
        let e = &events[i];
        let mark = mark_of(e.date.precision);
        let x0 = scale.x(day_number(e.date.start)).max(scale.left);
        let x1 = match mark {
            Mark::Point => x0,
            Mark::Band => scale.x(day_number(e.date.end) + 1.0).min(scale.right).max(x0 + 3.0),
        };
        let max_width = MAX_LABEL_WIDTH.min(((scale.right - scale.left) * 0.45) as f32);
        let label = fonts::fit(&e.title, max_width, LABEL_SIZE, false);
        let width = fonts::text_width(&label, LABEL_SIZE, false) as f64;
        // A short band is labelled after its end, so no line crosses the words; a long
        // one (a decade) carries its label inside.
        let anchor = if mark == Mark::Band && x1 - x0 < 0.4 * (scale.right - scale.left) { x1 } else { x0 };
        // Near the right edge the label reads leftwards from the mark, so it is never cut off.
        let flip = anchor + LABEL_OFFSET + width > scale.right && x0 - LABEL_OFFSET - width >= scale.left;
        let label_x = if flip { x0 - LABEL_OFFSET - width } else { anchor + LABEL_OFFSET };
        let begin = (x0 - 7.0).min(label_x);
        let extent = x1.max(label_x + width);
        match row_ends.iter().position(|&end| end + ROW_GAP <= begin) {
            Some(row) => {
                row_ends[row] = extent;
                placed.push(Placed { event: i, row, x0, x1, mark, label_x, label });
            }
            None => overflow.push((x0, i)),
        }
    }
    let rows = row_ends.iter().filter(|e| e.is_finite()).count();
    Lane { name, size: members.len(), placed, clusters: cluster(overflow, events), rows }
}

fn cluster(mut overflow: Vec<(f64, usize)>, events: &[Event]) -> Vec<Cluster> {
    overflow.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut start = f64::NEG_INFINITY;
    for (x, i) in overflow {
        match clusters.last_mut() {
            Some(c) if x - start < CLUSTER_PX => c.events.push(i),
            _ => {
                start = x;
                clusters.push(Cluster { x, events: vec![i], main_type: EventType::Other });
            }
        }
    }
    for c in &mut clusters {
        let mut counts: HashMap<EventType, usize> = HashMap::new();
        for &i in &c.events {
            *counts.entry(events[i].event_type).or_default() += 1;
        }
        c.main_type = counts.into_iter().max_by_key(|(t, n)| (*n, std::cmp::Reverse(*t))).map(|(t, _)| t).unwrap_or(EventType::Other);
    }
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, ActorKind, DateSpan, EventId, Origin};
    use chrono::NaiveDate;

    pub fn event(id: i64, title: &str, t: EventType, date: DateSpan) -> Event {
        Event {
            id: EventId(id),
            title: title.into(),
            title_en: title.into(),
            event_type: t,
            date,
            confidence: 0.8,
            origin: Origin::Extracted,
            planned: false,
            places: vec![],
            actors: vec![],
            sources: vec![],
            disagreements: vec![],
            edited: vec![],
            verified: false,
        }
    }

    fn day(d: u32) -> DateSpan {
        DateSpan::day(NaiveDate::from_ymd_opt(2024, 6, d).unwrap())
    }

    fn scale() -> TimeScale {
        let start = day_number(NaiveDate::from_ymd_opt(2024, 6, 1).unwrap());
        TimeScale { start, end: start + 30.0, left: 100.0, right: 1300.0 }
    }

    #[test]
    fn labels_of_one_row_never_overlap_and_overflow_is_clustered() {
        let events: Vec<Event> = (0..40).map(|i| event(i, &format!("Rencontre numéro {i} à Hanoï"), EventType::Meeting, day(20))).collect();
        let members: Vec<usize> = (0..events.len()).collect();
        let lane = layout_lane(String::new(), &members, &events, &scale(), 6);
        assert_eq!(lane.placed.len(), 6);
        assert_eq!(lane.rows, 6);
        assert_eq!(lane.clusters.len(), 1);
        assert_eq!(lane.clusters[0].events.len(), 34);
        for a in &lane.placed {
            for b in lane.placed.iter().filter(|b| b.row == a.row && b.event != a.event) {
                let wa = fonts::text_width(&a.label, LABEL_SIZE, false) as f64;
                assert!(a.label_x + wa <= b.x0 - 7.0 || b.label_x >= a.label_x + wa, "overlap in row {}", a.row);
            }
        }
    }

    #[test]
    fn precision_decides_the_mark_and_labels_flip_at_the_right_edge() {
        let month = DateSpan::month(2024, 6).unwrap();
        let events = vec![
            event(1, "En juin", EventType::Visit, month),
            event(2, "Le 30 juin, un long titre d'événement", EventType::Visit, day(30)),
        ];
        let week = vec![event(3, "Semaine", EventType::Visit, DateSpan::week_of(NaiveDate::from_ymd_opt(2024, 6, 5).unwrap()))];
        let short = layout_lane(String::new(), &[0], &week, &scale(), 4);
        assert!(short.placed[0].label_x > short.placed[0].x1, "a short band is labelled after its end");
        let lane = layout_lane(String::new(), &[0, 1], &events, &scale(), 4);
        let band = lane.placed.iter().find(|p| p.event == 0).unwrap();
        assert_eq!(band.mark, Mark::Band);
        assert!((band.x1 - 1300.0).abs() < 1e-6 && (band.x0 - 100.0).abs() < 1e-6);
        let point = lane.placed.iter().find(|p| p.event == 1).unwrap();
        assert_eq!(point.mark, Mark::Point);
        assert!(point.label_x < point.x0, "the label reads leftwards near the edge");
    }

    #[test]
    fn an_event_with_two_actors_is_in_both_actor_lanes() {
        let putin = Actor { name: "Vladimir Putin".into(), name_fr: "Vladimir Poutine".into(), kind: ActorKind::Person };
        let kim = Actor { name: "Kim Jong-un".into(), name_fr: "Kim Jong-un".into(), kind: ActorKind::Person };
        let mut a = event(1, "Accord", EventType::Agreement, day(19));
        a.actors = vec![putin.clone(), kim];
        let mut b = event(2, "Visite", EventType::Visit, day(20));
        b.actors = vec![putin];
        let c = event(3, "Déclaration", EventType::Statement, day(20));
        let lanes = group_lanes(&[a, b, c], LaneMode::Actor, Lang::Fr);
        let names: Vec<&str> = lanes.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Vladimir Poutine", "Kim Jong-un", "Sans acteur"]);
        assert_eq!(lanes[0].1, [0, 1]);
        assert_eq!(lanes[1].1, [0]);
        let by_type =
            group_lanes(&[event(1, "a", EventType::Sanction, day(1)), event(2, "b", EventType::Visit, day(2))], LaneMode::Type, Lang::En);
        assert_eq!(by_type.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["Visits", "Sanctions"]);
    }
}
