//! Writes: ingest (articles, their extracted events merged with the stored ones).

use super::Store;
use crate::error::Result;
use crate::extract::events::Unread;
use crate::extract::{ArticleText, Candidate, Extractor};
use crate::merge::{self, EventDraft, Keys};
use crate::model::{
    Actor, ActorKind, ArticleId, ArticleSummary, DateSpan, EditedField, EventId, EventType, NewArticle, Origin, Place, Precision,
};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Transaction};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::time::{Duration, Instant};

/// What one ingest did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IngestOutcome {
    pub imported: Vec<ArticleSummary>,
    /// File names whose content was already in the workspace (or twice in this batch).
    pub duplicates: Vec<String>,
    pub events_added: usize,
    pub events_merged: usize,
    /// Articles (by their index in the batch) with sentences not read for events.
    pub unread: Vec<(usize, Unread)>,
    /// Where the time went, for the throughput benchmark.
    pub timings: IngestTimings,
}

/// The time an ingest spent in each of its steps.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct IngestTimings {
    /// Reading articles and extracting their candidate events.
    pub extract: Duration,
    /// Finding and reading the stored events the candidates may join.
    pub lookup: Duration,
    pub merge: Duration,
    /// Writing articles, events, links and reports.
    pub write: Duration,
    /// Full-text indexing.
    pub index: Duration,
    pub commit: Duration,
}

impl std::ops::AddAssign for IngestTimings {
    fn add_assign(&mut self, other: Self) {
        self.extract += other.extract;
        self.lookup += other.lookup;
        self.merge += other.merge;
        self.write += other.write;
        self.index += other.index;
        self.commit += other.commit;
    }
}

/// Time since the last lap.
struct PhaseClock(Instant);

impl PhaseClock {
    fn start() -> Self {
        PhaseClock(Instant::now())
    }

    fn lap(&mut self) -> Duration {
        let now = Instant::now();
        let lap = now - self.0;
        self.0 = now;
        lap
    }
}

impl Store {
    /// Stores the articles, extracts their events and merges them with the
    /// stored ones, all in one transaction.
    pub fn ingest(&mut self, articles: &[NewArticle], extractor: &dyn Extractor) -> Result<IngestOutcome> {
        Ok(self.ingest_unless(articles, extractor, &|| false)?.expect("an ingest that is never stopped completes"))
    }

    /// [`Store::ingest`], asking `stop` once the events are extracted and before
    /// anything is written: when it answers true, the transaction is rolled back
    /// and nothing of these articles is stored (`None`).
    pub fn ingest_unless(
        &mut self,
        articles: &[NewArticle],
        extractor: &dyn Extractor,
        stop: &dyn Fn() -> bool,
    ) -> Result<Option<IngestOutcome>> {
        let tx = self.write_transaction()?;
        let mut clock = PhaseClock::start();
        let mut outcome = IngestOutcome::default();
        let mut seen = HashSet::new();
        let mut fresh: Vec<(&NewArticle, Vec<Candidate>)> = Vec::new();
        for (index, article) in articles.iter().enumerate() {
            let stored: bool = tx
                .prepare_cached("SELECT EXISTS(SELECT 1 FROM articles WHERE content_hash = ?1)")?
                .query_row([&article.content_hash], |r| r.get(0))?;
            if stored || !seen.insert(article.content_hash.clone()) {
                outcome.duplicates.push(article.file_name.clone());
                continue;
            }
            let mut unread = Unread::default();
            let candidates = extractor.extract_counting(
                ArticleText { text: &article.text, language: &article.language, published: article.published },
                &mut unread,
            );
            if unread.any() {
                outcome.unread.push((index, unread));
            }
            fresh.push((article, candidates));
        }
        outcome.timings.extract = clock.lap();
        if stop() {
            // Dropped without a commit: rolled back.
            return Ok(None);
        }
        let mut drafts = load_drafts(&tx, fresh.iter().flat_map(|(_, cs)| cs.iter()))?;
        outcome.timings.lookup = clock.lap();
        let mut batch = Vec::with_capacity(fresh.len());
        for (article, candidates) in &fresh {
            let id = insert_article(&tx, article)?;
            batch.push((id, article.text.as_str(), candidates.as_slice()));
            outcome.imported.push(ArticleSummary {
                id,
                file_name: article.file_name.clone(),
                title: article.title.clone(),
                outlet: article.outlet.clone(),
                language: article.language.clone(),
                published: article.published,
            });
        }
        outcome.timings.write = clock.lap();
        (outcome.events_added, outcome.events_merged) = merge::merge_batch(&mut drafts, &batch, &mut StoreReads(&tx))?;
        outcome.timings.merge = clock.lap();
        // An event's search entry is its title, which only changes with its links.
        let (mut new_rows, mut changed_rows, mut link_ids) = (Vec::new(), Vec::new(), LinkIds::default());
        for draft in drafts.iter().filter(|d| d.changed) {
            let id = save_draft(&tx, draft, &mut link_ids)?;
            match draft.id {
                None => new_rows.push(id.0),
                Some(_) if draft.links_changed => changed_rows.push(id.0),
                Some(_) => {}
            }
        }
        outcome.timings.write += clock.lap();
        index_for_search(&tx, &outcome.imported, &new_rows, &changed_rows)?;
        outcome.timings.index = clock.lap();
        tx.commit()?;
        outcome.timings.commit = clock.lap();
        Ok(Some(outcome))
    }
}

fn insert_article(tx: &Transaction, a: &NewArticle) -> Result<ArticleId> {
    exec(
        tx,
        "INSERT INTO articles (file_name, title, outlet, language, published, text, content_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![a.file_name, a.title, a.outlet, a.language, a.published.map(|d| d.to_string()), a.text, a.content_hash],
    )?;
    Ok(ArticleId(tx.last_insert_rowid()))
}

/// Days since 1970, as `event_windows` counts them.
fn day_number(d: &NaiveDate) -> i64 {
    d.signed_duration_since(epoch()).num_days()
}

fn from_day_number(days: i64) -> NaiveDate {
    epoch() + chrono::Duration::days(days)
}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date")
}

/// The most days an event of each reach lasts after its first (schema V5).
const REACH_LONGEST: [i64; 8] = [0, 3, 15, 63, 255, 1023, 4095, 1_000_000];

/// The stored machine-made events the candidates could merge with: same type,
/// overlapping dates, both a day or a week or neither (see `merge::affinity`). Only
/// those are read, so an import's work and memory follow what it brings, not
/// the size of the workspace. Events a user made are never merged into.
pub(super) fn load_drafts<'a>(tx: &Transaction, candidates: impl Iterator<Item = &'a Candidate> + Clone) -> Result<Vec<EventDraft>> {
    let wanted = windows_to_read(candidates.clone())?;
    // The events on those days, with what merging compares (`merge::Keys`),
    // read from `event_windows` by class, reach and first day; only those some
    // candidate could join are read in full. Reaches no stored event of a class
    // has are not read at all.
    let mut reaches: HashMap<i64, Vec<usize>> = HashMap::new();
    let mut has_reach = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM event_windows WHERE class = ?1 AND reach = ?2)")?;
    let mut on_days = tx.prepare_cached(
        "SELECT id, first_day, last_day, precision, merge_keys FROM event_windows
         WHERE class = ?1 AND reach = ?2 AND first_day BETWEEN ?3 AND ?4 AND last_day >= ?5",
    )?;
    let mut seen: HashSet<i64> = HashSet::new();
    // Events whose keys cannot be read are read in full, whatever they name.
    let (mut known, mut sketches, mut unknown) = (Vec::new(), Vec::new(), Vec::new());
    for Window { kind, day, first, last, names } in &wanted {
        let class = event_class(*kind, *day);
        if let std::collections::hash_map::Entry::Vacant(slot) = reaches.entry(class) {
            let mut present = Vec::new();
            for reach in 0..REACH_LONGEST.len() {
                if has_reach.query_row(params![class, reach as i64], |r| r.get(0))? {
                    present.push(reach);
                }
            }
            slot.insert(present);
        }
        for &reach in &reaches[&class] {
            let earliest = first - REACH_LONGEST[reach];
            let mut rows = on_days.query(params![class, reach as i64, earliest, last, first])?;
            while let Some(r) = rows.next()? {
                let id: i64 = r.get(0)?;
                let stored_keys = r.get_ref(4)?.as_str_or_null().ok().flatten();
                // Coarse dates: only events naming one of the names (unreadable keys are kept).
                let names_one = |keys: &str| names.as_ref().is_none_or(|names| names.iter().any(|n| keys.contains(n.as_str())));
                if stored_keys.is_some_and(|keys| !names_one(keys)) || !seen.insert(id) {
                    continue;
                }
                let date = DateSpan {
                    start: from_day_number(r.get(1)?),
                    end: from_day_number(r.get(2)?),
                    precision: Precision::parse(&r.get::<_, String>(3)?).unwrap_or(Precision::Day),
                };
                match stored_keys.and_then(Keys::from_stored) {
                    Some(keys) => {
                        known.push(id);
                        sketches.push((*kind, date, keys));
                    }
                    None => unknown.push(id),
                }
            }
        }
    }
    let fit = merge::joinable(&sketches, candidates);
    // Those some candidate could join, as sketches: most will take no report,
    // and the rest of an event is read only when one does (`complete_draft`).
    let mut drafts: Vec<EventDraft> = known
        .into_iter()
        .zip(sketches)
        .zip(fit)
        .filter(|(_, fit)| *fit)
        .map(|((id, (kind, date, keys)), _)| EventDraft::stored_sketch(EventId(id), kind, date, keys))
        .collect();
    unknown.sort_unstable();
    drafts.extend(read_drafts(tx, &unknown)?);
    // In the order of the events' ids, as merging breaks ties by it.
    drafts.sort_unstable_by_key(|d| d.id.map(|id| id.0));
    Ok(drafts)
}

/// Reads what merging needs of the stored events, when it needs it.
pub(super) struct StoreReads<'a, 'c>(pub(super) &'a Transaction<'c>);

impl merge::StoredEvents for StoreReads<'_, '_> {
    fn first_quotes(&mut self, id: EventId) -> Result<Vec<String>> {
        first_quotes(self.0, id)
    }

    fn complete(&mut self, draft: &mut EventDraft) -> Result<()> {
        complete_draft(self.0, draft)
    }
}

/// Reads the rest of a stored event known by its sketch, keeping what merging
/// already gathered (the words of its reports).
fn complete_draft(tx: &Transaction, draft: &mut EventDraft) -> Result<()> {
    let id = draft.id.expect("a sketch is of a stored event").0;
    let full = read_drafts(tx, &[id])?.pop().ok_or(rusqlite::Error::QueryReturnedNoRows)?;
    let wording = draft.wording.take();
    *draft = full;
    draft.wording = wording;
    Ok(())
}

/// Stored events of one type to read: those overlapping `first..=last` (days
/// since 1970) whose date is a day, or coarser; for coarse dates, only those
/// naming one of `names` (as JSON strings, the way the stored keys hold them).
struct Window {
    kind: EventType,
    day: bool,
    first: i64,
    last: i64,
    names: Option<Vec<String>>,
}

/// What the candidates may join. Reports of a day or a week: every event of the type
/// on those days (overlapping periods read once). Coarser ones (a month, a
/// year): only events naming one of their actors or places, as
/// `merge::affinity` requires; a year holds too many events to read them all.
fn windows_to_read<'a>(candidates: impl Iterator<Item = &'a Candidate>) -> Result<Vec<Window>> {
    let mut days: HashMap<EventType, Vec<(i64, i64)>> = HashMap::new();
    let mut coarse: HashMap<(EventType, i64, i64), BTreeSet<&str>> = HashMap::new();
    for c in candidates {
        let span = (day_number(&c.date.start), day_number(&c.date.end));
        if c.date.precision.is_fine() {
            let wide = merge::lookup_span(c.event_type, &c.date);
            let span = (day_number(&wide.start), day_number(&wide.end));
            days.entry(c.event_type).or_default().push(span);
        } else if !(c.actors.is_empty() && c.places.is_empty()) {
            let names = coarse.entry((c.event_type, span.0, span.1)).or_default();
            names.extend(c.actors.iter().map(|a| a.name.as_str()).chain(c.places.iter().map(|p| p.name.as_str())));
        }
    }
    let mut wanted = Vec::new();
    for (kind, mut spans) in days {
        spans.sort_unstable();
        let mut merged: Vec<(i64, i64)> = Vec::new();
        for (first, last) in spans {
            match merged.last_mut() {
                Some(open) if first <= open.1 + 1 => open.1 = open.1.max(last),
                _ => merged.push((first, last)),
            }
        }
        wanted.extend(merged.into_iter().map(|(first, last)| Window { kind, day: true, first, last, names: None }));
    }
    for ((kind, first, last), names) in coarse {
        let quoted: Vec<String> = names.iter().map(serde_json::to_string).collect::<std::result::Result<_, _>>()?;
        wanted.push(Window { kind, day: false, first, last, names: Some(quoted) });
    }
    Ok(wanted)
}

/// The class of an event in `event_windows`: its type and whether its date is
/// a day or a week, as the schema's triggers compute it (V7).
fn event_class(kind: EventType, day: bool) -> i64 {
    let position =
        "visit meeting agreement sanction statement military election other".find(kind.as_str()).expect("every type is listed") as i64 + 1;
    position * 2 + day as i64
}

/// Stored events as drafts, read in a handful of statements whatever their
/// number. Their actors and places come from their merge keys; only events
/// whose keys cannot be read have their links read.
fn read_drafts(tx: &Transaction, ids: &[i64]) -> Result<Vec<EventDraft>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let ids_json = serde_json::to_string(ids)?;
    let mut drafts: Vec<EventDraft> = Vec::with_capacity(ids.len());
    let mut at: HashMap<i64, usize> = HashMap::with_capacity(ids.len());
    let mut unlinked = Vec::new();
    let mut heads = tx.prepare_cached(
        "SELECT id, type, title, start, end, precision, planned, confidence, edited,
                (SELECT count(*) FROM mentions m WHERE m.event_id = events.id), merge_keys
         FROM events WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id",
    )?;
    let mut rows = heads.query([&ids_json])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        at.insert(id, drafts.len());
        let links = r.get_ref(10)?.as_str_or_null().ok().flatten().and_then(merge::links_from_stored);
        if links.is_none() {
            unlinked.push(id);
        }
        let (actors, places) = links.unwrap_or_default();
        drafts.push(EventDraft {
            id: Some(EventId(id)),
            event_type: EventType::parse(&r.get::<_, String>(1)?).unwrap_or(EventType::Other),
            title: r.get(2)?,
            date: DateSpan {
                start: parse_day(&r.get::<_, String>(3)?)?,
                end: parse_day(&r.get::<_, String>(4)?)?,
                precision: Precision::parse(&r.get::<_, String>(5)?).unwrap_or(Precision::Day),
            },
            planned: r.get(6)?,
            confidence: r.get::<_, f64>(7)? as f32,
            edited: EditedField::list_from_db(&r.get::<_, String>(8)?),
            reports: r.get::<_, i64>(9)? as usize,
            places,
            actors,
            keys: Keys::default(),
            mentions: Vec::new(),
            wording: None,
            changed: false,
            links_changed: false,
            date_changed: false,
            complete: true,
        });
    }
    if !unlinked.is_empty() {
        read_links(tx, &unlinked, &at, &mut drafts)?;
    }
    for d in &mut drafts {
        d.keys = Keys::of(&d.actors, &d.places);
    }
    Ok(drafts)
}

/// The actors and places of stored events from their links (`drafts[at[id]]`).
fn read_links(tx: &Transaction, ids: &[i64], at: &HashMap<i64, usize>, drafts: &mut [EventDraft]) -> Result<()> {
    let ids_json = serde_json::to_string(ids)?;
    let mut places = tx.prepare_cached(
        "SELECT ep.event_id, p.name, p.country, p.kind, p.lat, p.lon FROM event_places ep JOIN places p ON p.id = ep.place_id
         WHERE ep.event_id IN (SELECT value FROM json_each(?1)) ORDER BY ep.event_id, ep.position",
    )?;
    let mut rows = places.query([&ids_json])?;
    while let Some(r) = rows.next()? {
        let place = super::read::place_from(r, 1)?;
        drafts[at[&r.get::<_, i64>(0)?]].places.push(place);
    }
    let mut actors = tx.prepare_cached(
        "SELECT ea.event_id, a.name, a.kind FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
         WHERE ea.event_id IN (SELECT value FROM json_each(?1)) ORDER BY ea.event_id, ea.position",
    )?;
    let mut rows = actors.query([&ids_json])?;
    while let Some(r) = rows.next()? {
        let kind = ActorKind::parse(&r.get::<_, String>(2)?).unwrap_or(ActorKind::Organisation);
        let actor = crate::knowledge::people::actor(&r.get::<_, String>(1)?, kind);
        drafts[at[&r.get::<_, i64>(0)?]].actors.push(actor);
    }
    Ok(())
}

/// The quotes of a stored event's first reports (by article): enough to compare wording
/// with, so a much-reported event costs no more to merge into.
pub(super) fn first_quotes(tx: &Transaction, id: EventId) -> Result<Vec<String>> {
    // In the order of the index on (event_id, article_id, start): no sorting.
    let mut stmt = tx.prepare_cached("SELECT quote FROM mentions WHERE event_id = ?1 ORDER BY article_id, start LIMIT 8")?;
    let quotes = stmt.query_map([id.0], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(quotes)
}

pub(super) fn parse_day(text: &str) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

/// The ids of the places and actors an import has written or found, so each
/// is looked up once per import rather than once per event naming it.
#[derive(Default)]
pub(super) struct LinkIds {
    places: HashMap<(String, &'static str), i64>,
    actors: HashMap<(String, &'static str), i64>,
}

pub(super) fn save_draft(tx: &Transaction, d: &EventDraft, ids: &mut LinkIds) -> Result<EventId> {
    let id = match d.id {
        Some(id) => {
            // Only what changed: rewriting an indexed column rewrites its index
            // entries, pages scattered over the whole workspace.
            exec(
                tx,
                "UPDATE events SET title = ?2, confidence = ?3, planned = ?4 WHERE id = ?1",
                params![id.0, d.title, d.confidence as f64, d.planned],
            )?;
            if d.date_changed {
                exec(
                    tx,
                    "UPDATE events SET start = ?2, end = ?3, precision = ?4 WHERE id = ?1",
                    params![id.0, d.date.start.to_string(), d.date.end.to_string(), d.date.precision.as_str()],
                )?;
            }
            // Merging only adds links, after the stored ones: the new ones are inserted.
            if d.links_changed {
                exec(tx, "UPDATE events SET merge_keys = ?2 WHERE id = ?1", params![id.0, Keys::to_stored(&d.actors, &d.places)])?;
            }
            id
        }
        None => {
            exec(
                tx,
                "INSERT INTO events (title, type, start, end, precision, confidence, origin, planned, merge_keys) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    d.title,
                    d.event_type.as_str(),
                    d.date.start.to_string(),
                    d.date.end.to_string(),
                    d.date.precision.as_str(),
                    d.confidence as f64,
                    Origin::Extracted.as_str(),
                    d.planned,
                    Keys::to_stored(&d.actors, &d.places)
                ],
            )?;
            EventId(tx.last_insert_rowid())
        }
    };
    let places: &[Place] = if d.links_changed { &d.places } else { &[] };
    let actors: &[Actor] = if d.links_changed { &d.actors } else { &[] };
    for (position, place) in places.iter().enumerate() {
        let place_id = upsert_place(tx, place, ids)?;
        exec(
            tx,
            "INSERT OR IGNORE INTO event_places (event_id, place_id, position) VALUES (?1, ?2, ?3)",
            params![id.0, place_id, position as i64],
        )?;
    }
    for (position, actor) in actors.iter().enumerate() {
        let actor_id = upsert_actor(tx, actor, ids)?;
        exec(
            tx,
            "INSERT OR IGNORE INTO event_actors (event_id, actor_id, position) VALUES (?1, ?2, ?3)",
            params![id.0, actor_id, position as i64],
        )?;
    }
    for m in &d.mentions {
        exec(
            tx,
            "INSERT OR IGNORE INTO mentions (event_id, article_id, quote, start, end, date_text, claimed_start, claimed_end, claimed_precision, quantity)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                id.0,
                m.article.0,
                m.quote,
                m.start as i64,
                m.end as i64,
                m.date_text,
                m.date.map(|d| d.start.to_string()),
                m.date.map(|d| d.end.to_string()),
                m.date.map(|d| d.precision.as_str()),
                m.quantity
            ],
        )?;
    }
    Ok(id)
}

/// Adds the new articles and events to the full-text indexes and re-indexes
/// the stored events whose titles may have changed, each in one statement:
/// FTS5 flushes its pending terms at every statement that writes to it, so a
/// statement per row made imports several times slower.
pub(super) fn index_for_search(tx: &Transaction, articles: &[ArticleSummary], new_events: &[i64], changed_events: &[i64]) -> Result<()> {
    if let (Some(first), Some(last)) = (articles.first(), articles.last()) {
        exec(
            tx,
            "INSERT INTO article_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id BETWEEN ?1 AND ?2",
            params![first.id.0, last.id.0],
        )?;
    }
    if !changed_events.is_empty() {
        exec(tx, "DELETE FROM event_fts WHERE rowid IN (SELECT value FROM json_each(?1))", [serde_json::to_string(changed_events)?])?;
    }
    let indexed: Vec<i64> = new_events.iter().chain(changed_events).copied().collect();
    if !indexed.is_empty() {
        exec(
            tx,
            "INSERT INTO event_fts (rowid, title) SELECT id, title FROM events WHERE id IN (SELECT value FROM json_each(?1))",
            [serde_json::to_string(&indexed)?],
        )?;
    }
    Ok(())
}

/// One statement, prepared once per connection: an import runs each thousands of times.
pub(super) fn exec(tx: &Transaction, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
    Ok(tx.prepare_cached(sql)?.execute(params)?)
}

pub(super) fn upsert_place(tx: &Transaction, p: &Place, ids: &mut LinkIds) -> Result<i64> {
    let kind = p.kind.as_str();
    link_id(tx, &mut ids.places, "SELECT id FROM places WHERE name = ?1 AND kind = ?2", &p.name, kind, || {
        exec(
            tx,
            "INSERT INTO places (name, country, kind, lat, lon) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![p.name, p.country, kind, p.lat, p.lon],
        )?;
        Ok(tx.last_insert_rowid())
    })
}

pub(super) fn upsert_actor(tx: &Transaction, a: &Actor, ids: &mut LinkIds) -> Result<i64> {
    let kind = a.kind.as_str();
    link_id(tx, &mut ids.actors, "SELECT id FROM actors WHERE name = ?1 AND kind = ?2", &a.name, kind, || {
        exec(tx, "INSERT INTO actors (name, kind) VALUES (?1, ?2)", params![a.name, kind])?;
        Ok(tx.last_insert_rowid())
    })
}

/// The id of a place or actor by name and kind: from the import's cache, else
/// the table (`find`), else the row `insert` adds.
fn link_id(
    tx: &Transaction,
    cache: &mut HashMap<(String, &'static str), i64>,
    find: &str,
    name: &str,
    kind: &'static str,
    insert: impl FnOnce() -> Result<i64>,
) -> Result<i64> {
    let key = (name.to_string(), kind);
    if let Some(id) = cache.get(&key) {
        return Ok(*id);
    }
    let existing: Option<i64> = tx.prepare_cached(find)?.query_row(params![name, kind], |r| r.get(0)).optional()?;
    let id = match existing {
        Some(id) => id,
        None => insert()?,
    };
    cache.insert(key, id);
    Ok(id)
}
