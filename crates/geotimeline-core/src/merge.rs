//! Merging: reports of one real-world event, in one article or several, become
//! one event whose sources list every report.
//!
//! Two reports are the same event when they have the same type, their dates
//! overlap, and nothing they say contradicts it: different cities on the same
//! day, or different counterparts (the talks with To Lam and the meeting with
//! Nguyen Phu Trong are two meetings). Among compatible events the one sharing
//! the most people, places and words wins.

use crate::error::Result;
use crate::extract::Candidate;
use crate::model::{Actor, ActorKind, ArticleId, DateSpan, EditedField, EventId, EventType, Place, PlaceKind, Precision};
use chrono::Datelike;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

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
}

/// An event as merging builds it; `id` is set for events already stored, whose
/// `mentions` then hold only the reports this merge adds (the others stay in the store).
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
    /// Who and where it names, as merging compares them (kept in step with `actors` and `places`).
    pub keys: Keys,
    pub mentions: Vec<MentionDraft>,
    /// How many reports the event has in all, stored ones included.
    pub reports: usize,
    /// The words of its reports' quotes, what a new report's wording is compared
    /// with; `None` until a comparison needs them (most events never do).
    pub wording: Option<HashSet<String>>,
    /// What a user corrected: merging adds reports but leaves these as they are.
    pub edited: Vec<EditedField>,
    /// Set when merging added something, so only changed events are written.
    pub changed: bool,
    /// Set when places or actors changed, so a stored event's links are rewritten only then.
    pub links_changed: bool,
    /// Set when the date changed, so a stored event's indexed dates are rewritten only then.
    pub date_changed: bool,
    /// False for a stored event known only by what merging compares (type,
    /// date, keys): the rest is read (`StoredEvents::complete`) when a report joins it.
    pub complete: bool,
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
            keys: Keys::of(&candidate.actors, &candidate.places),
            mentions: vec![mention_of(candidate, article, text)],
            reports: 1,
            wording: None,
            edited: Vec::new(),
            changed: true,
            links_changed: true,
            date_changed: true,
            complete: true,
        }
    }

    /// A stored event as a look-up finds it: enough to tell whether a report
    /// fits it; the rest is read if one joins it.
    pub fn stored_sketch(id: EventId, event_type: EventType, date: DateSpan, keys: Keys) -> Self {
        EventDraft {
            id: Some(id),
            event_type,
            title: String::new(),
            date,
            planned: false,
            confidence: 0.0,
            places: Vec::new(),
            actors: Vec::new(),
            keys,
            mentions: Vec::new(),
            reports: 0,
            wording: None,
            edited: Vec::new(),
            changed: false,
            links_changed: false,
            date_changed: false,
            complete: false,
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
    }
}

/// What merging reads of the stored events, only when it needs it.
pub trait StoredEvents {
    /// The quotes of a stored event's first reports, for wording comparisons.
    fn first_quotes(&mut self, id: EventId) -> Result<Vec<String>>;
    /// Fills in a stored event known only by its sketch (`complete` false):
    /// its title, links, confidence, edits and count of reports.
    fn complete(&mut self, draft: &mut EventDraft) -> Result<()>;
}

/// The events of each type and kind of date (a day or a week, or coarser), the
/// only ones a report can merge with, by the months their dates overlap: a report is
/// compared with the events of its months alone (dates must overlap), however
/// many months an import spans.
#[derive(Default)]
struct ByClass {
    by_month: HashMap<(EventType, bool, i32), Vec<usize>>,
    /// Events over more than `MOST_MONTHS` months, compared with every report of their class.
    wide: HashMap<(EventType, bool), Vec<usize>>,
}

/// The most months an event is filed under one by one.
const MOST_MONTHS: i32 = 24;

impl ByClass {
    fn class(date: &DateSpan, event_type: EventType) -> (EventType, bool) {
        (event_type, date.precision.is_fine())
    }

    fn months(date: &DateSpan) -> (i32, i32) {
        let month = |d: &chrono::NaiveDate| d.year() * 12 + d.month0() as i32;
        (month(&date.start), month(&date.end))
    }

    fn add(&mut self, date: &DateSpan, event_type: EventType, at: usize) {
        let (kind, day) = Self::class(date, event_type);
        let (first, last) = Self::months(date);
        if last - first >= MOST_MONTHS {
            self.wide.entry((kind, day)).or_default().push(at);
        } else {
            for month in first..=last {
                self.by_month.entry((kind, day, month)).or_default().push(at);
            }
        }
    }

    /// The events a candidate may join, in the order they were added.
    fn of(&self, candidate: &Candidate) -> Vec<usize> {
        let (kind, day) = Self::class(&candidate.date, candidate.event_type);
        let (first, last) = Self::months(&lookup_span(candidate.event_type, &candidate.date));
        let mut found: Vec<usize> = self.wide.get(&(kind, day)).cloned().unwrap_or_default();
        if last - first >= MOST_MONTHS {
            found.extend(
                self.by_month.iter().filter(|((k, d, _), _)| (*k, *d) == (kind, day)).flat_map(|(_, events)| events.iter().copied()),
            );
        } else {
            for month in first..=last {
                found.extend(self.by_month.get(&(kind, day, month)).into_iter().flatten().copied());
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// Adds the candidates of one article to `events`, merging each into the best
/// compatible event or starting a new one. Returns (added, merged) counts.
fn merge_article<'c>(
    events: &mut Vec<EventDraft>,
    by_class: &mut ByClass,
    candidates: impl IntoIterator<Item = &'c Candidate>,
    article: ArticleId,
    text: &str,
    stored: &mut dyn StoredEvents,
) -> Result<(usize, usize)> {
    let (mut added, mut merged) = (0, 0);
    for candidate in candidates {
        let report = Report::of(candidate);
        let mut fits: Vec<(usize, f32)> = by_class
            .of(candidate)
            .into_iter()
            .filter_map(|i| affinity(&report, events[i].event_type, &events[i].date, &events[i].keys).map(|score| (i, score)))
            .collect();
        // Wording adds at most 1 to how well an event fits: events that fit that
        // much worse than the best cannot win, and their quotes are not read.
        let top = fits.iter().map(|&(_, score)| score).fold(f32::MIN, f32::max);
        fits.retain(|&(_, score)| score + 1.0 >= top);
        let best = match fits.as_slice() {
            [] => None,
            [(only, _)] => Some(*only),
            // Several events fit: the one whose reports are worded most alike wins
            // (the latest of equals).
            _ => {
                let quote = words(candidate.quote.of(text));
                let mut best: Option<(usize, f32)> = None;
                for (i, score) in fits {
                    let score = score + jaccard(&quote, wording(&mut events[i], stored)?);
                    if best.is_none_or(|(_, top)| score >= top) {
                        best = Some((i, score));
                    }
                }
                best.map(|(i, _)| i)
            }
        };
        match best {
            Some(i) => {
                if !events[i].complete {
                    stored.complete(&mut events[i])?;
                }
                let date_before = events[i].date;
                absorb(&mut events[i], candidate, article, text);
                // Filed under its new months too (the old entries only cost a comparison).
                if events[i].date != date_before {
                    by_class.add(&events[i].date, events[i].event_type, i);
                }
                merged += 1;
            }
            // A recalled event joins a known one or is left out: its date is a guess.
            None if candidate.refers_back || candidate.joins_only => {}
            None => {
                let event = EventDraft::from_candidate(candidate, article, text);
                by_class.add(&event.date, event.event_type, events.len());
                events.push(event);
                added += 1;
            }
        }
    }
    Ok((added, merged))
}

/// Merges the candidates of several articles into `events` (the stored events
/// they may join, or none): the events they report first, then what they only
/// recall ("après une visite à Pyongyang"), so a recall finds its event
/// whichever article of the batch reports it. Returns (added, merged) counts.
pub fn merge_batch(
    events: &mut Vec<EventDraft>,
    batch: &[(ArticleId, &str, &[Candidate])],
    stored: &mut dyn StoredEvents,
) -> Result<(usize, usize)> {
    let mut by_class = ByClass::default();
    for (at, e) in events.iter().enumerate() {
        by_class.add(&e.date, e.event_type, at);
    }
    let (mut added, mut merged) = (0, 0);
    for recalls in [false, true] {
        for (article, text, candidates) in batch {
            let (a, m) =
                merge_article(events, &mut by_class, candidates.iter().filter(|c| c.refers_back == recalls), *article, text, stored)?;
            added += a;
            merged += m;
        }
    }
    Ok((added, merged))
}

/// The words of an event's reports, read from the store the first time a
/// stored event needs them (with those of the reports this merge added).
fn wording<'e>(event: &'e mut EventDraft, stored: &mut dyn StoredEvents) -> Result<&'e HashSet<String>> {
    if event.wording.is_none() {
        let mut all = HashSet::new();
        if let Some(id) = event.id {
            for quote in stored.first_quotes(id)? {
                all.extend(words(&quote));
            }
        }
        for m in &event.mentions {
            all.extend(words(&m.quote));
        }
        event.wording = Some(all);
    }
    Ok(event.wording.as_ref().expect("just filled"))
}

/// Which stored events (their type, date and keys) some candidate could join:
/// the store reads only those in full. Exact, since an event no candidate fits
/// absorbs nothing, so it never changes during the merge.
pub fn joinable<'c>(events: &[(EventType, DateSpan, Keys)], candidates: impl IntoIterator<Item = &'c Candidate>) -> Vec<bool> {
    let mut by_class = ByClass::default();
    for (at, (event_type, date, _)) in events.iter().enumerate() {
        by_class.add(date, *event_type, at);
    }
    let mut fit = vec![false; events.len()];
    for candidate in candidates {
        let report = Report::of(candidate);
        for i in by_class.of(candidate) {
            if !fit[i] {
                let (event_type, date, keys) = &events[i];
                fit[i] = affinity(&report, *event_type, date, keys).is_some();
            }
        }
    }
    fit
}

/// Who and where a report or an event names: what merging compares. A report
/// names a handful of each, so they are small lists rather than hash sets
/// (an import builds hundreds of thousands of these).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Keys {
    actors: Vec<String>,
    /// Each place's name and country.
    places: Vec<(String, Option<String>)>,
    people: Vec<String>,
    cities: Vec<String>,
    /// The states or organisations the actors stand for (a person's country).
    affiliations: Vec<String>,
    /// The first actor named, who speaks in a statement, and whom he stands for.
    speaker: Option<(String, Option<String>)>,
}

/// How an event's keys are stored (`events.merge_keys`): `[kind, name]` per
/// actor, `[kind, name, country]` per place, so candidates are compared with
/// stored events without reading their links.
type StoredKeys = Vec<(String, String, Option<String>)>;

impl Keys {
    pub fn of(actors: &[Actor], places: &[Place]) -> Keys {
        let mut keys = Keys::default();
        for a in actors {
            keys.add_actor(&a.name, a.kind);
        }
        for p in places {
            keys.add_place(&p.name, p.country.as_deref(), p.kind);
        }
        keys
    }

    fn add_actor(&mut self, name: &str, kind: ActorKind) {
        let side = crate::knowledge::people::affiliation_of(name, kind);
        if self.actors.is_empty() {
            self.speaker = Some((name.to_string(), side.map(str::to_string)));
        }
        if kind == ActorKind::Person {
            insert(&mut self.people, name);
        }
        if let Some(side) = side {
            insert(&mut self.affiliations, side);
        }
        self.actors.push(name.to_string());
    }

    fn add_place(&mut self, name: &str, country: Option<&str>, kind: PlaceKind) {
        if kind == PlaceKind::City {
            insert(&mut self.cities, name);
        }
        self.places.push((name.to_string(), country.map(str::to_string)));
    }

    /// The stored form of the keys of these links.
    pub fn to_stored(actors: &[Actor], places: &[Place]) -> String {
        let stored: StoredKeys = actors
            .iter()
            .map(|a| (a.kind.as_str().to_string(), a.name.clone(), None))
            .chain(places.iter().map(|p| (p.kind.as_str().to_string(), p.name.clone(), p.country.clone())))
            .collect();
        serde_json::to_string(&stored).expect("keys as JSON")
    }

    /// Keys from their stored form; `None` when it cannot be read.
    pub fn from_stored(json: &str) -> Option<Keys> {
        let stored: Vec<StoredKey> = serde_json::from_str(json).ok()?;
        let mut keys = Keys::default();
        for StoredKey(kind, name, country) in &stored {
            match ActorKind::parse(kind) {
                Some(kind) => keys.add_actor(name, kind),
                None => keys.add_place(name, country.as_deref(), PlaceKind::parse(kind)?),
            }
        }
        Some(keys)
    }
}

/// The actors and places of stored keys, as a stored event's draft holds them:
/// what merging and writing use (names, kinds, countries, French names), read
/// without the event's links. `None` when the keys cannot be read.
pub fn links_from_stored(json: &str) -> Option<(Vec<Actor>, Vec<Place>)> {
    let stored: Vec<StoredKey> = serde_json::from_str(json).ok()?;
    let (mut actors, mut places) = (Vec::new(), Vec::new());
    for StoredKey(kind, name, country) in stored {
        match ActorKind::parse(&kind) {
            Some(kind) => actors.push(crate::knowledge::people::actor(&name, kind)),
            None => {
                let kind = PlaceKind::parse(&kind)?;
                let known = crate::knowledge::gazetteer::place_named(&name).filter(|p| p.kind == kind);
                places.push(Place {
                    name_fr: known.map_or_else(|| name.to_string(), |p| p.name_fr.clone()),
                    aliases: Vec::new(),
                    name: name.into_owned(),
                    country: country.map(Cow::into_owned),
                    kind,
                    lat: known.and_then(|p| p.lat),
                    lon: known.and_then(|p| p.lon),
                });
            }
        }
    }
    Some((actors, places))
}

/// One stored key, read without copying its text where it has no escapes.
#[derive(serde::Deserialize)]
struct StoredKey<'a>(#[serde(borrow)] Cow<'a, str>, #[serde(borrow)] Cow<'a, str>, #[serde(borrow)] Option<Cow<'a, str>>);

fn insert(set: &mut Vec<String>, item: &str) {
    if !set.iter().any(|x| x == item) {
        set.push(item.to_string());
    }
}

fn is_subset(a: &[String], b: &[String]) -> bool {
    a.iter().all(|x| b.contains(x))
}

fn is_disjoint(a: &[String], b: &[String]) -> bool {
    !a.iter().any(|x| b.contains(x))
}

/// Jaccard similarity of two lists without repeats.
fn overlap(a: &[String], b: &[String]) -> f32 {
    let common = a.iter().filter(|x| b.contains(x)).count();
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f32 / union as f32
    }
}

/// What a candidate is compared on, computed once per candidate.
struct Report {
    event_type: EventType,
    date: DateSpan,
    /// A recalled event ("après une visite à Pyongyang"): it joins only at a place or person it names.
    refers_back: bool,
    keys: Keys,
}

impl Report {
    fn of(candidate: &Candidate) -> Self {
        Report {
            event_type: candidate.event_type,
            date: candidate.date,
            refers_back: candidate.refers_back,
            keys: Keys::of(&candidate.actors, &candidate.places),
        }
    }
}

/// How well one event (its type, date and keys) fits another as the same real
/// event, by the rules that merge a report into an event; `None` when they
/// cannot be one. A workspace import uses it for the events its user corrected.
pub fn same_event(
    event_type: EventType,
    date: DateSpan,
    keys: Keys,
    other_type: EventType,
    other_date: &DateSpan,
    other: &Keys,
) -> Option<f32> {
    affinity(&Report { event_type, date, refers_back: false, keys }, other_type, other_date, other)
}

fn words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() > 3).map(str::to_lowercase).collect()
}

fn jaccard<T: Eq + std::hash::Hash>(a: &HashSet<T>, b: &HashSet<T>) -> f32 {
    let union = a.union(b).count();
    if union == 0 {
        0.0
    } else {
        a.intersection(b).count() as f32 / union as f32
    }
}

/// How well a report fits an event on what they name (people, cities), or
/// None when they cannot be one event. Wording is compared only when several fit.
/// The days a candidate's event may be found on: its own, and for a visit the day
/// before and after, since reports written in other time zones date one arrival a day
/// apart ("mardi" in Taipei, "dans la nuit de mardi à mercredi" in Paris).
pub fn lookup_span(event_type: EventType, date: &DateSpan) -> DateSpan {
    if event_type == EventType::Visit && date.precision == Precision::Day {
        let day = chrono::Duration::days(1);
        DateSpan { start: date.start - day, end: date.end + day, precision: date.precision }
    } else {
        *date
    }
}

fn affinity(report: &Report, event_type: EventType, date: &DateSpan, event: &Keys) -> Option<f32> {
    if report.event_type != event_type {
        return None;
    }
    // A visit a day apart is the same arrival told from another time zone when it has
    // the same visitor and the same place, or a place in the same country ("arrived in
    // Taipei on Tuesday evening", "arrived in Taiwan overnight"; different cities are
    // told apart below).
    let next_day = || {
        let (mine, theirs) = (&report.keys, event);
        let same_country = |a: &Option<String>, b: &Option<String>| a.is_some() && a == b;
        date.precision == Precision::Day
            && lookup_span(event_type, &report.date).overlaps(date)
            && !is_disjoint(&mine.people, &theirs.people)
            && mine.places.iter().any(|(p, c)| theirs.places.iter().any(|(q, d)| q == p || same_country(c, d)))
    };
    if !report.date.overlaps(date) && !next_day() {
        return None;
    }
    // A year-wide "en 2024" says too little to merge with a day-precise event;
    // "last week" is narrow enough to meet "on Friday" (with a common name, below).
    if report.date.precision.is_fine() != date.precision.is_fine() {
        return None;
    }
    let mine = &report.keys;
    let (p1, p2) = (&mine.people, &event.people);
    let each_has_someone_else = !is_subset(p1, p2) && !is_subset(p2, p1);
    if !p1.is_empty() && !p2.is_empty() && each_has_someone_else {
        return None;
    }
    let (c1, c2) = (&mine.cities, &event.cities);
    if !c1.is_empty() && !c2.is_empty() && is_disjoint(c1, c2) {
        return None;
    }
    // The sides must stand for a common state or organisation: Japan's concern
    // is not To Lam's statement, whoever of them is named by a person. A person both
    // name is a common side, whatever state each report names beside them (the
    // visitor's own country in one, the host in the other).
    let (s1, s2) = (&mine.affiliations, &event.affiliations);
    if !s1.is_empty() && !s2.is_empty() && is_disjoint(s1, s2) && is_disjoint(p1, p2) {
        return None;
    }
    // A recalled event joins only an event at the place it names ("après une
    // visite à Pyongyang"), or with the person it names when it names no place
    // ("après son entretien avec Poutine").
    if report.refers_back {
        let same_place =
            mine.places.iter().any(|(p, country)| event.places.iter().any(|(q, other)| q == p || (country.is_some() && other == country)));
        let same_person = mine.places.is_empty() && !is_disjoint(p1, p2);
        if !same_place && !same_person {
            return None;
        }
    }
    // A week, a month or a year holds too many events of a type for "nothing
    // contradicts" to be enough: such reports merge only when they name a
    // common actor or place (the store looks them up so).
    let both_days = report.date.precision == Precision::Day && date.precision == Precision::Day;
    if !both_days && !shares_actor_or_place(mine, event) {
        return None;
    }
    // A statement is its speaker's: reports whose speakers differ, and stand for
    // different sides, are different statements (the UN's call is not Lebanon's
    // condemnation; Macron congratulating Starmer is not Starmer's speech).
    // So are sanctions their imposer's: the EU's package is not Washington's, whoever
    // both name as their target.
    if let (EventType::Statement | EventType::Sanction, Some((me, my_side)), Some((they, their_side))) =
        (event_type, &mine.speaker, &event.speaker)
    {
        let same_side = my_side.is_some() && my_side == their_side;
        if me != they && !same_side {
            return None;
        }
    }
    // Same day, type and no contradiction: merge, preferring shared details.
    Some(1.0 + 2.0 * overlap(p1, p2) + overlap(c1, c2))
}

fn shares_actor_or_place(a: &Keys, b: &Keys) -> bool {
    a.actors.iter().any(|x| b.actors.contains(x)) || a.places.iter().any(|(x, _)| b.places.iter().any(|(y, _)| y == x))
}

fn absorb(event: &mut EventDraft, candidate: &Candidate, article: ArticleId, text: &str) {
    let mention = mention_of(candidate, article, text);
    if !event.mentions.iter().any(|m| m.article == mention.article && m.start == mention.start) {
        if let Some(wording) = event.wording.as_mut() {
            wording.extend(words(&mention.quote));
        }
        event.mentions.push(mention);
        event.reports += 1;
    }
    let links_before = (event.places.len(), event.actors.len());
    let kept = |field| event.edited.contains(&field);
    let (keep_places, keep_actors, keep_date, keep_planned, keep_title) = (
        kept(EditedField::Places),
        kept(EditedField::Actors),
        kept(EditedField::Date),
        kept(EditedField::Planned),
        kept(EditedField::Title),
    );
    if !keep_places {
        for place in &candidate.places {
            // Once a city is known, another country a report names is context
            // ("à Hanoï … la guerre en Ukraine"), not where the event happened.
            let cities: Vec<&Place> = event.places.iter().filter(|p| p.kind == PlaceKind::City).collect();
            let context = place.kind != PlaceKind::City && !cities.is_empty() && !cities.iter().any(|c| c.country == place.country);
            if !context && !event.places.iter().any(|p| p.name == place.name) {
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
    // The narrower date is the better-informed one ("le 20 juin" over "juin"); of two
    // days a visit's reports put a day apart, the earlier, whatever the order of import.
    let width = |d: &DateSpan| d.end - d.start;
    let narrower = width(&candidate.date) < width(&event.date);
    let earlier_apart =
        width(&candidate.date) == width(&event.date) && !candidate.date.overlaps(&event.date) && candidate.date.start < event.date.start;
    if !keep_date && (narrower || earlier_apart) {
        event.date = candidate.date;
        event.date_changed = true;
    }
    event.confidence = (event.confidence.max(candidate.confidence) + 0.05 * (event.reports as f32 - 1.0)).min(0.99);
    if !keep_planned {
        event.planned = event.planned && candidate.planned;
    }
    if !keep_title {
        event.title = crate::extract::events::title(event.event_type, &event.actors, &event.places);
    }
    event.changed = true;
    if (event.places.len(), event.actors.len()) != links_before {
        event.links_changed = true;
        event.keys = Keys::of(&event.actors, &event.places);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;
    use chrono::NaiveDate;

    /// No store: every event of these tests is made in the test itself.
    struct NothingStored;

    impl StoredEvents for NothingStored {
        fn first_quotes(&mut self, id: EventId) -> Result<Vec<String>> {
            panic!("event {id:?} is not stored")
        }
        fn complete(&mut self, draft: &mut EventDraft) -> Result<()> {
            panic!("event {:?} is not stored", draft.id)
        }
    }

    /// Merges one article's candidates into events made in the test itself
    /// (nothing is read from a store).
    fn merge_into(events: &mut Vec<EventDraft>, candidates: &[Candidate], article: ArticleId, text: &str) -> (usize, usize) {
        merge_batch(events, &[(article, text, candidates)], &mut NothingStored).unwrap()
    }

    fn person(name: &str) -> Actor {
        crate::knowledge::people::actor(name, ActorKind::Person)
    }

    fn hanoi() -> Place {
        Place {
            name: "Hanoi".into(),
            name_fr: "Hanoï".into(),
            aliases: vec![],
            country: Some("VN".into()),
            kind: PlaceKind::City,
            lat: Some(21.0),
            lon: Some(105.8),
        }
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
            joins_only: false,
            explanation: Default::default(),
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
        let state = |name: &str| crate::knowledge::people::actor(name, ActorKind::State);
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
    fn statements_of_different_speakers_stay_apart_unless_one_names_none() {
        let org = |name: &str| crate::knowledge::people::actor(name, ActorKind::Organisation);
        let mut lebanon = candidate(EventType::Statement, 20, &["Nawaf Salam"], "Nawaf Salam a condamné la frappe.");
        lebanon.places = vec![];
        let mut un = candidate(EventType::Statement, 20, &[], "Les Nations unies ont appelé au calme.");
        un.actors = vec![org("United Nations")];
        un.places = vec![];
        let mut unnamed = candidate(EventType::Statement, 20, &[], "Il a condamné la frappe.");
        unnamed.places = vec![];
        let mut events = Vec::new();
        merge_into(&mut events, &[lebanon], ArticleId(1), "Nawaf Salam a condamné la frappe.");
        merge_into(&mut events, &[un], ArticleId(1), "Les Nations unies ont appelé au calme.");
        assert_eq!(events.len(), 2);
        merge_into(&mut events, &[unnamed], ArticleId(2), "Il a condamné la frappe.");
        assert_eq!(events.len(), 2, "a report that names no one joins one of them");
        // Congratulating someone is not his statement (both name him).
        let mut congratulations =
            candidate(EventType::Statement, 20, &["Emmanuel Macron", "Vladimir Putin"], "Emmanuel Macron a félicité Vladimir Poutine.");
        congratulations.places = vec![];
        let mut putin = candidate(EventType::Statement, 20, &["Vladimir Putin"], "Vladimir Poutine a déclaré.");
        putin.places = vec![];
        let mut events = Vec::new();
        merge_into(&mut events, &[putin], ArticleId(1), "Vladimir Poutine a déclaré.");
        merge_into(&mut events, &[congratulations], ArticleId(2), "Emmanuel Macron a félicité Vladimir Poutine.");
        assert_eq!(events.len(), 2);
    }

    #[test]
    fn sanctions_of_different_imposers_the_same_day_stay_apart() {
        let actor = |name: &str, kind| crate::knowledge::people::actor(name, kind);
        let mut eu = candidate(EventType::Sanction, 24, &[], "Les Vingt-Sept ont adopté des sanctions contre la Russie.");
        eu.actors = vec![actor("European Union", ActorKind::Organisation), actor("Russia", ActorKind::State)];
        eu.places = vec![];
        let mut us = candidate(EventType::Sanction, 24, &[], "Biden issued sanctions against Russia.");
        us.actors = vec![actor("United States", ActorKind::State), actor("Russia", ActorKind::State)];
        us.places = vec![];
        let mut events = Vec::new();
        merge_into(&mut events, &[eu], ArticleId(1), "Les Vingt-Sept ont adopté des sanctions contre la Russie.");
        merge_into(&mut events, &[us], ArticleId(2), "Biden issued sanctions against Russia.");
        assert_eq!(events.len(), 2);
    }

    #[test]
    fn a_week_meets_a_day_in_it_when_they_name_someone_or_somewhere_in_common() {
        let week = |c: &mut Candidate| {
            let monday = NaiveDate::from_ymd_opt(2024, 6, 17).unwrap();
            c.date = DateSpan { start: monday, end: monday + chrono::Duration::days(6), precision: Precision::Week };
        };
        let (fr, en) = ("leurs discussions de la semaine dernière à Hanoï", "talks in Hanoi on Friday");
        let mut last_week = candidate(EventType::Meeting, 17, &[], fr);
        week(&mut last_week);
        let on_friday = candidate(EventType::Meeting, 21, &[], en);
        let mut events = Vec::new();
        merge_into(&mut events, &[last_week.clone()], ArticleId(1), fr);
        merge_into(&mut events, &[on_friday], ArticleId(2), en);
        assert_eq!(events.len(), 1);
        assert_eq!((events[0].date.start.day(), events[0].date.precision), (21, Precision::Day), "the day is the better-informed date");
        // Nothing in common: a week holds too many meetings.
        let mut elsewhere = candidate(EventType::Meeting, 21, &[], "talks on Friday");
        elsewhere.places = vec![];
        let mut events = Vec::new();
        merge_into(&mut events, &[last_week], ArticleId(1), fr);
        merge_into(&mut events, &[elsewhere], ArticleId(2), "talks on Friday");
        assert_eq!(events.len(), 2);
    }

    #[test]
    fn one_arrival_told_a_day_apart_is_one_visit_on_the_earlier_day() {
        for days in [[2, 3], [3, 2]] {
            let mut events = Vec::new();
            for (k, day) in days.into_iter().enumerate() {
                let text = "Nancy Pelosi est arrivée à Hanoï.";
                merge_into(&mut events, &[candidate(EventType::Visit, day, &["Nancy Pelosi"], text)], ArticleId(k as i64 + 1), text);
            }
            assert_eq!(events.len(), 1, "{days:?}");
            assert_eq!(events[0].date.start, NaiveDate::from_ymd_opt(2024, 6, 2).unwrap(), "{days:?}");
        }
        // Another visitor, another type, or two days apart: other events.
        let mut events = Vec::new();
        let text = "x";
        merge_into(&mut events, &[candidate(EventType::Visit, 2, &["Nancy Pelosi"], text)], ArticleId(1), text);
        merge_into(&mut events, &[candidate(EventType::Visit, 3, &["Joe Biden"], text)], ArticleId(2), text);
        merge_into(&mut events, &[candidate(EventType::Meeting, 2, &["Nancy Pelosi"], text)], ArticleId(3), text);
        merge_into(&mut events, &[candidate(EventType::Meeting, 3, &["Nancy Pelosi"], text)], ArticleId(4), text);
        merge_into(&mut events, &[candidate(EventType::Visit, 4, &["Nancy Pelosi"], text)], ArticleId(5), text);
        assert_eq!(events.len(), 5);
    }

    #[test]
    fn an_arrival_in_a_city_the_next_day_joins_the_visit_to_its_country() {
        let place = |name: &str, country: &str, kind: PlaceKind| Place {
            name: name.into(),
            name_fr: name.into(),
            aliases: vec![],
            country: Some(country.into()),
            kind,
            lat: None,
            lon: None,
        };
        let state = |name: &str| crate::knowledge::people::actor(name, ActorKind::State);
        // One report names the host, the other the visitor's own country: the visitor
        // they share is their common side.
        let mut overnight = candidate(EventType::Visit, 3, &["Nancy Pelosi"], "arrivée à Taïwan dans la nuit");
        overnight.places = vec![place("Taiwan", "TW", PlaceKind::Country)];
        overnight.actors.push(state("Taiwan"));
        let mut evening = candidate(EventType::Visit, 2, &["Nancy Pelosi"], "arrivée mardi soir à Taipei");
        evening.places = vec![place("Taipei", "TW", PlaceKind::City)];
        evening.actors.push(state("United States"));
        let mut events = Vec::new();
        merge_into(&mut events, &[overnight.clone()], ArticleId(1), "arrivée à Taïwan dans la nuit");
        merge_into(&mut events, &[evening.clone()], ArticleId(2), "arrivée mardi soir à Taipei");
        assert_eq!(events.len(), 1);
        // In another country, it is another visit.
        let mut seoul = evening;
        seoul.places = vec![place("Seoul", "KR", PlaceKind::City)];
        let mut events = Vec::new();
        merge_into(&mut events, &[overnight], ArticleId(1), "arrivée à Taïwan dans la nuit");
        merge_into(&mut events, &[seoul], ArticleId(2), "arrivée mardi soir à Séoul");
        assert_eq!(events.len(), 2);
    }

    #[test]
    fn different_days_or_types_stay_apart() {
        let mut events = Vec::new();
        let a = "x";
        merge_into(
            &mut events,
            &[candidate(EventType::Visit, 19, &[], a), candidate(EventType::Visit, 20, &[], a), candidate(EventType::Meeting, 20, &[], a)],
            ArticleId(1),
            a,
        );
        assert_eq!(events.len(), 3);
    }
}
