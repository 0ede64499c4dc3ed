//! Merging: reports of one real-world event, in one article or several, become
//! one event whose sources list every report.
//!
//! Two reports are the same event when they have the same type, their dates
//! overlap, and nothing they say contradicts it: different cities on the same
//! day, or different counterparts (the talks with To Lam and the meeting with
//! Nguyen Phu Trong are two meetings). Among compatible events the one sharing
//! the most people, places and words wins.

use crate::extract::Candidate;
use crate::model::{EditedField, Actor, ActorKind, ArticleId, DateSpan, EventId, EventType, Place, PlaceKind, Precision};
use std::collections::HashSet;

/// One report of an event in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct MentionDraft {
    pub article: ArticleId,
    pub quote: String,
    pub start: usize,
    pub end: usize,
    pub date_text: Option<String>,
    /// The date this report gives the event (reports of one event can differ).
    pub date: Option<DateSpan>,
    /// A count this report gives ("une dizaine d'accords").
    pub quantity: Option<String>,
    /// Already in the store (read back for comparison), so not written again.
    pub stored: bool,
}

/// An event as merging builds it; `id` is set for events already stored.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDraft {
    pub id: Option<EventId>,
    pub event_type: EventType,
    pub title: String,
    pub date: DateSpan,
    pub planned: bool,
    pub confidence: f32,
    pub places: Vec<Place>,
    pub actors: Vec<Actor>,
    pub mentions: Vec<MentionDraft>,
    /// How many reports the event has in all; `mentions` of a stored event holds
    /// only the first few, enough to compare wording.
    pub reports: usize,
    /// What a user corrected: merging adds reports but leaves these as they are.
    pub edited: Vec<EditedField>,
    /// Set when merging added something, so only changed events are written.
    pub changed: bool,
    /// Set when places or actors changed, so a stored event's links are rewritten only then.
    pub links_changed: bool,
}

impl EventDraft {
    pub fn from_candidate(candidate: &Candidate, article: ArticleId, text: &str) -> Self {
        EventDraft {
            id: None,
            event_type: candidate.event_type,
            title: candidate.title.clone(),
            date: candidate.date,
            planned: candidate.planned,
            confidence: candidate.confidence,
            places: candidate.places.clone(),
            actors: candidate.actors.clone(),
            mentions: vec![mention_of(candidate, article, text)],
            reports: 1,
            edited: Vec::new(),
            changed: true,
            links_changed: true,
        }
    }
}

fn mention_of(candidate: &Candidate, article: ArticleId, text: &str) -> MentionDraft {
    // A recalled event's window is not a date its source claims.
    let claimed = (!candidate.refers_back).then_some(candidate.date);
    MentionDraft {
        article,
        quote: candidate.quote.of(text).to_string(),
        start: candidate.quote.start,
        end: candidate.quote.end,
        date_text: candidate.date_text.clone(),
        date: claimed,
        quantity: candidate.quantity.clone(),
        stored: false,
    }
}

/// Adds the candidates of one article to `events`, merging each into the best
/// compatible event or starting a new one. Returns (added, merged) counts.
pub fn merge_into<'c>(events: &mut Vec<EventDraft>, candidates: impl IntoIterator<Item = &'c Candidate>, article: ArticleId, text: &str) -> (usize, usize) {
    let (mut added, mut merged) = (0, 0);
    for candidate in candidates {
        let quote = candidate.quote.of(text);
        let best = events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| affinity(candidate, quote, e).map(|score| (i, score)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((i, _)) => {
                absorb(&mut events[i], candidate, article, text);
                merged += 1;
            }
            // A recalled event joins a known one or is left out: its date is a guess.
            None if candidate.refers_back => {}
            None => {
                events.push(EventDraft::from_candidate(candidate, article, text));
                added += 1;
            }
        }
    }
    (added, merged)
}

/// Merges the candidates of several articles: the events they report first,
/// then what they only recall ("après une visite à Pyongyang"), so a recall
/// finds its event whichever article of the batch reports it.
pub fn merge_batch(events: &mut Vec<EventDraft>, batch: &[(ArticleId, &str, &[Candidate])]) -> (usize, usize) {
    let (mut added, mut merged) = (0, 0);
    for recalls in [false, true] {
        for (article, text, candidates) in batch {
            let (a, m) = merge_into(events, candidates.iter().filter(|c| c.refers_back == recalls), *article, text);
            added += a;
            merged += m;
        }
    }
    (added, merged)
}

fn people(actors: &[Actor]) -> HashSet<&str> {
    actors.iter().filter(|a| a.kind == ActorKind::Person).map(|a| a.name.as_str()).collect()
}

fn affiliations(actors: &[Actor]) -> HashSet<&str> {
    actors.iter().filter_map(crate::extract::actors::affiliation).collect()
}

fn cities(places: &[Place]) -> HashSet<&str> {
    places.iter().filter(|p| p.kind == PlaceKind::City).map(|p| p.name.as_str()).collect()
}

fn words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() > 3).map(str::to_lowercase).collect()
}

fn jaccard<T: Eq + std::hash::Hash>(a: &HashSet<T>, b: &HashSet<T>) -> f32 {
    let union = a.union(b).count();
    if union == 0 { 0.0 } else { a.intersection(b).count() as f32 / union as f32 }
}

/// How well a candidate fits an event, or None when they cannot be one event.
pub fn affinity(candidate: &Candidate, quote: &str, event: &EventDraft) -> Option<f32> {
    if candidate.event_type != event.event_type || !candidate.date.overlaps(&event.date) {
        return None;
    }
    // A year-wide "en 2024" says too little to merge with a day-precise event.
    if (candidate.date.precision == Precision::Day) != (event.date.precision == Precision::Day) {
        return None;
    }
    let (p1, p2) = (people(&candidate.actors), people(&event.actors));
    let each_has_someone_else = !p1.is_subset(&p2) && !p2.is_subset(&p1);
    if !p1.is_empty() && !p2.is_empty() && each_has_someone_else {
        return None;
    }
    let (c1, c2) = (cities(&candidate.places), cities(&event.places));
    if !c1.is_empty() && !c2.is_empty() && c1.is_disjoint(&c2) {
        return None;
    }
    // The sides must stand for a common state or organisation: Japan's concern
    // is not To Lam's statement, whoever of them is named by a person.
    let (s1, s2) = (affiliations(&candidate.actors), affiliations(&event.actors));
    if !s1.is_empty() && !s2.is_empty() && s1.is_disjoint(&s2) {
        return None;
    }
    // A recalled event joins only an event at the place it names ("après une
    // visite à Pyongyang"), or with the person it names when it names no place
    // ("après son entretien avec Poutine").
    if candidate.refers_back {
        let same_place = candidate.places.iter().any(|p| event.places.iter().any(|q| q.name == p.name || (p.country.is_some() && q.country == p.country)));
        let same_person = candidate.places.is_empty() && !p1.is_disjoint(&p2);
        if !same_place && !same_person {
            return None;
        }
    }
    // A week, a month or a year holds too many events of a type for "nothing
    // contradicts" to be enough: such reports merge only when they name a
    // common actor or place (the store looks them up so).
    if candidate.date.precision != Precision::Day && !shares_actor_or_place(candidate, event) {
        return None;
    }
    // Same day, type and no contradiction: merge, preferring shared details.
    let text = event.mentions.iter().map(|m| words(&m.quote)).fold(HashSet::new(), |acc, w| &acc | &w);
    Some(1.0 + 2.0 * jaccard(&p1, &p2) + jaccard(&c1, &c2) + jaccard(&words(quote), &text))
}

fn shares_actor_or_place(candidate: &Candidate, event: &EventDraft) -> bool {
    candidate.actors.iter().any(|a| event.actors.iter().any(|b| b.name == a.name))
        || candidate.places.iter().any(|p| event.places.iter().any(|q| q.name == p.name))
}

fn absorb(event: &mut EventDraft, candidate: &Candidate, article: ArticleId, text: &str) {
    let mention = mention_of(candidate, article, text);
    if !event.mentions.iter().any(|m| m.article == mention.article && m.start == mention.start) {
        event.mentions.push(mention);
        event.reports += 1;
    }
    let links_before = (event.places.len(), event.actors.len());
    let kept = |field| event.edited.contains(&field);
    let (keep_places, keep_actors, keep_date, keep_planned, keep_title) =
        (kept(EditedField::Places), kept(EditedField::Actors), kept(EditedField::Date), kept(EditedField::Planned), kept(EditedField::Title));
    if !keep_places {
        for place in &candidate.places {
            if !event.places.iter().any(|p| p.name == place.name) {
                event.places.push(place.clone());
            }
        }
    }
    if !keep_actors {
        for actor in &candidate.actors {
            if !event.actors.contains(actor) {
                event.actors.push(actor.clone());
            }
        }
    }
    // The narrower date is the better-informed one ("le 20 juin" over "juin").
    if !keep_date && candidate.date.end - candidate.date.start < event.date.end - event.date.start {
        event.date = candidate.date;
    }
    event.confidence = (event.confidence.max(candidate.confidence) + 0.05 * (event.reports as f32 - 1.0)).min(0.99);
    if !keep_planned {
        event.planned = event.planned && candidate.planned;
    }
    if !keep_title {
        event.title = crate::extract::events::title(event.event_type, &event.actors, &event.places);
    }
    event.changed = true;
    event.links_changed |= (event.places.len(), event.actors.len()) != links_before;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;
    use chrono::NaiveDate;

    fn person(name: &str) -> Actor {
        crate::extract::actors::actor(name, ActorKind::Person)
    }

    fn hanoi() -> Place {
        Place { name: "Hanoi".into(), name_fr: "Hanoï".into(), aliases: vec![], country: Some("VN".into()), kind: PlaceKind::City, lat: Some(21.0), lon: Some(105.8) }
    }

    fn candidate(t: EventType, day: u32, people: &[&str], text: &str) -> Candidate {
        Candidate {
            event_type: t,
            title: String::new(),
            date: DateSpan::day(NaiveDate::from_ymd_opt(2024, 6, day).unwrap()),
            date_text: None,
            planned: false,
            places: vec![hanoi()],
            actors: people.iter().map(|p| person(p)).collect(),
            quote: Span { start: 0, end: text.len() },
            quantity: None,
            confidence: 0.8,
            refers_back: false,
        }
    }

    #[test]
    fn reports_of_one_event_in_two_articles_merge() {
        let mut events = Vec::new();
        let a = "Poutine est arrivé à Hanoï jeudi.";
        merge_into(&mut events, &[candidate(EventType::Visit, 20, &["Vladimir Putin"], a)], ArticleId(1), a);
        let b = "Vladimir Poutine est arrivé au Vietnam le 20 juin.";
        let (added, merged) = merge_into(&mut events, &[candidate(EventType::Visit, 20, &["Vladimir Putin"], b)], ArticleId(2), b);
        assert_eq!((added, merged, events.len()), (0, 1, 1));
        assert_eq!(events[0].mentions.iter().map(|m| m.article.0).collect::<Vec<_>>(), [1, 2]);
    }

    #[test]
    fn different_counterparts_the_same_day_stay_apart() {
        let mut events = Vec::new();
        let a = "Poutine a rencontré To Lam.";
        merge_into(&mut events, &[candidate(EventType::Meeting, 20, &["Vladimir Putin", "To Lam"], a)], ArticleId(1), a);
        let b = "Poutine a rencontré Nguyen Phu Trong.";
        merge_into(&mut events, &[candidate(EventType::Meeting, 20, &["Vladimir Putin", "Nguyen Phu Trong"], b)], ArticleId(1), b);
        assert_eq!(events.len(), 2);
    }

    #[test]
    fn statements_of_different_states_the_same_day_stay_apart() {
        let state = |name: &str| crate::extract::actors::actor(name, ActorKind::State);
        let mut japan = candidate(EventType::Statement, 20, &[], "Le Japon s'est dit préoccupé.");
        japan.actors = vec![state("Japan")];
        japan.places = vec![];
        let mut vietnam = candidate(EventType::Statement, 20, &["To Lam"], "To Lam a déclaré.");
        vietnam.actors.push(state("Vietnam"));
        let mut events = Vec::new();
        merge_into(&mut events, &[vietnam], ArticleId(1), "To Lam a déclaré.");
        merge_into(&mut events, &[japan], ArticleId(2), "Le Japon s'est dit préoccupé.");
        assert_eq!(events.len(), 2);
    }

    #[test]
    fn different_days_or_types_stay_apart() {
        let mut events = Vec::new();
        let a = "x";
        merge_into(&mut events, &[candidate(EventType::Visit, 19, &[], a), candidate(EventType::Visit, 20, &[], a), candidate(EventType::Meeting, 20, &[], a)], ArticleId(1), a);
        assert_eq!(events.len(), 3);
    }
}
