//! Events from trigger words: each sentence is scanned for the constructions
//! that report a visit, a meeting, a signing, sanctions, a statement, a
//! military action, an election or a ceremony; the nearest date in the
//! sentence (or the passage's narrative date) dates it.

use super::dates::{self, Tense};
use super::locale::{self, LexiconHit, TriggerRule};
use super::{actors, claims, lower_case, ArticleText, Candidate};
use crate::knowledge::{gazetteer, organisations, people};
use crate::model::{Actor, ActorKind, EventType, Place, PlaceKind};
use crate::text;

/// How far (bytes) from a trigger that does not inherit dates its date may be.
const OWN_DATE_REACH: usize = 50;

/// The most words a title of a locale's table spans ("le chef de l'État sortant").
const LONGEST_TITLE: usize = 8;

/// How far (bytes) after a noun a relative clause that dates it may open ("une trêve
/// à Gaza qui débutera vendredi").
const RELATIVE_REACH: usize = 40;

/// How far (bytes) after an enacting verb its object may name the event ("ont adopté
/// vendredi, jour du premier anniversaire de l'invasion, un dixième paquet de sanctions").
const ENACTED_REACH: usize = 90;
/// How far (bytes) after an agreeing verb the act agreed on may start ("se sont accordés
/// jeudi soir à Bruxelles pour déclencher un nouveau paquet de sanctions").
const AGREED_ACT_REACH: usize = 90;

/// A sentence longer than this (bytes) is not read for events. Reading a
/// sentence costs its length times its triggers (each trigger looks through its
/// clause for dates, actors and places); the longest sentence of the development
/// corpora (98 articles) is 756 bytes.
pub const MAX_SENTENCE_BYTES: usize = 3_000;

/// A sentence with more triggers than this is not read for events either: no
/// report packs that many events in one sentence, and "visite visite …" a
/// hundred thousand times kept an import busy for minutes.
pub const MAX_SENTENCE_TRIGGERS: usize = 16;

/// Sentences of an article that were not read for events, and why.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unread {
    /// Longer than [`MAX_SENTENCE_BYTES`].
    pub long: usize,
    /// With more than [`MAX_SENTENCE_TRIGGERS`] triggers.
    pub crowded: usize,
}

impl Unread {
    pub fn any(&self) -> bool {
        self.long + self.crowded > 0
    }
}

/// Extracts candidate events from one article.
pub fn extract(article: ArticleText<'_>) -> Vec<Candidate> {
    extract_counting(article, &mut Unread::default())
}

/// Extracts candidate events from one article, counting the sentences left unread.
pub fn extract_counting(article: ArticleText<'_>, unread: &mut Unread) -> Vec<Candidate> {
    let locale = locale::for_language(article.language);
    let text = article.text;
    // Names are read with surnames in capitals put in the usual case ("Alassane OUATTARA").
    let names_text = text::surnames_in_usual_case(text, organisations::names_one);
    // (And people of the table named in another spelling, from the sentence that names them on.)
    let mut known_people = people::people_named_in(&names_text);
    // Organisations the article introduces with their acronym ("les Forces de soutien rapide (FSR)").
    let defined_organisations = super::acronyms::defined_in(locale.actors, &names_text);
    // People outside the table named so far (after a title): their surnames count from then on.
    let mut titled_people: Vec<String> = Vec::new();
    let mut previous_subject: Option<Actor> = None;
    // Who the previous sentence named, for "leurs discussions", "their talks".
    let mut previous_actors: Vec<Actor> = Vec::new();
    // Who and where the previous sentence's last event involved, for a verb that names
    // neither ("Un premier groupe de 13 otages devrait être libéré à 15 heures"): the
    // story goes on with the same sides.
    let mut previous_participants: Option<(Vec<Actor>, Vec<Place>)> = None;
    let mut passage = dates::Passage::default();
    let mut out: Vec<Candidate> = Vec::new();
    for sentence in text::sentences(text) {
        let body = sentence.span.of(text);
        if body.len() > MAX_SENTENCE_BYTES {
            unread.long += 1;
            continue;
        }
        // The sentence's tense, read when something needs it (a sentence with neither a date
        // nor a trigger never does).
        let tense_read = std::cell::OnceCell::new();
        let tense = || *tense_read.get_or_init(|| dates::tense_in(locale.dates, body));
        let anchors = passage.anchors(article.published);
        let narrative = passage.day();
        let past_narrative = passage.day_for(Tense::Past, article.published);
        let mut found_dates = dates::find_in_lazily(locale.dates, body, anchors, &tense);
        // The organisations the sentence names, read once for the dates and the triggers.
        let organisations_read = std::cell::OnceCell::new();
        let organisations_named = || organisations_read.get_or_init(|| organisations::organisations_in(body));
        // "le Mouvement du 23 mars (M23)": a date inside an organisation's name is no date.
        if !found_dates.is_empty() {
            let names = organisations_named();
            found_dates.retain(|d| !names.iter().any(|&(start, end, _)| start <= d.span.start && d.span.end <= end));
        }
        let mut taken: Vec<(usize, usize)> = Vec::new();
        // Clauses whose trigger is negated: their dates date nothing.
        let mut negated_clauses: Vec<(usize, usize)> = Vec::new();
        // The type of the event already reported that the sentence opens on, if it does.
        let mut topic: Option<EventType> = None;
        let mut recalled_dates: Vec<text::Span> = Vec::new();
        // Who and where a quotation names is what the speaker talks about, not who
        // acts or where.
        let quoted = quotations(body);
        let unquoted = |at: usize| !quoted.iter().any(|&(s, e)| s <= at && at < e);
        // "l'Élysée a indiqué", "Pékin a emboîté le pas" are governments speaking or
        // acting; "à l'Élysée", "à Pékin", places.
        let triggered: Vec<&TriggerRule> = locale.triggers.candidates(body);
        let lexicon_hits = (locale.lexicon)(body);
        let any_lexicon_hit = !lexicon_hits.is_empty();
        // Where each event noun ends, with its type, for a date joined to one that no trigger took.
        let noun_ends: Vec<(EventType, usize)> = lexicon_hits.iter().filter(|h| h.nominal).map(|h| (h.event_type, h.end)).collect();
        // Where the sentence's verbs of saying end, for the clauses they report.
        let saying_ends: Vec<usize> =
            lexicon_hits.iter().filter(|h| h.event_type == EventType::Statement && !h.nominal).map(|h| h.end).collect();
        // Every trigger of the sentence, as the others' dates, places and subjects depend on them.
        let date_spans: Vec<(usize, usize)> = found_dates.iter().map(|d| (d.span.start, d.span.end)).collect();
        let mut found_triggers = triggers_in(locale, body, &quoted, &triggered, lexicon_hits, &date_spans);
        // "le secrétaire général de l'Organisation du traité de l'Atlantique Nord", "l'Instance
        // supérieure indépendante pour les élections (ISIE)": a word inside an organisation's
        // name tells no event.
        if !found_triggers.is_empty() {
            let names: Vec<(usize, usize)> = organisations_named()
                .iter()
                .map(|&(start, end, _)| (start, end))
                .chain(super::acronyms::mentioned_in(body, &defined_organisations).into_iter().map(|(start, end, _)| (start, end)))
                .collect();
            found_triggers.retain(|f| !names.iter().any(|&(start, end)| start <= f.start() && f.end() <= end));
        }
        if found_triggers.len() > MAX_SENTENCE_TRIGGERS {
            unread.crowded += 1;
            continue;
        }
        // "à 15 heures, heure de Paris": a time zone, neither a place nor an actor.
        let named_places: Vec<gazetteer::PlaceMention> = gazetteer::places_in(body)
            .into_iter()
            .filter(|m| !(locale.clauses.names_a_time_zone)(&body[..m.start]))
            // "en mer du Japon": a sea, not Japan.
            .filter(|m| !actors::names_a_water_body(locale.actors, body, m.start, m.end))
            .collect();
        // Where events happen matters only in a sentence that reports some.
        let sentence_places: Vec<gazetteer::PlaceMention> = named_places
            .iter()
            .filter(|_| !triggered.is_empty() || any_lexicon_hit)
            .filter(|m| !(m.is_seat || m.is_capital) || actors::located_at(locale.actors, &body[..m.start]))
            .filter(|m| !(locale.clauses.counterpart)(&body[..m.start]) && unquoted(m.start))
            .filter(|m| !actors::related_to_it(locale.actors, body, m.start))
            .filter(|m| m.place.kind != crate::model::PlaceKind::Country || !(locale.clauses.recipient)(&body[..m.start]))
            .cloned()
            .collect();
        // "la guerre en Ukraine" names a war, the topic of what is reported, not where it happens.
        // A country is a place with "en", "au", "aux": "à l'Ukraine" is a recipient.
        let topic_places: Vec<gazetteer::PlaceMention> =
            sentence_places.iter().filter(|m| (locale.clauses.names_a_conflict)(&body[..m.start])).cloned().collect();
        // Actors are read with quotations blanked out (same offsets), so a state a
        // quotation names does not hide the same state named outside it ("… le Canada",
        // a déclaré le chef du gouvernement canadien).
        let outside_quotes = blank_out(&names_text[sentence.span.start..sentence.span.end], &quoted);
        let named_places_outside: Vec<gazetteer::PlaceMention> = named_places.iter().filter(|m| unquoted(m.start)).cloned().collect();
        // (The organisations the sentence names are read once: the same text, the same names.)
        let mut sentence_actors = if outside_quotes == body {
            actors::actors_among_with(locale.actors, &outside_quotes, &known_people, &named_places_outside, organisations_named())
        } else {
            actors::actors_among(locale.actors, &outside_quotes, &known_people, &named_places_outside)
        };
        // "M. Chareh" after "Ahmad al-Chareh": the known person the article named in full.
        for (_, person) in sentence_actors.iter_mut() {
            if person.kind == ActorKind::Person && !people::in_table(&person.name) {
                if let Some(known) = actors::surname_spelt_in_full(text, &person.name) {
                    *person = known;
                } else if let Some(full) = actors::full_name_named_before(&titled_people, &person.name) {
                    // "Mme Pelosi" after "Nancy Pelosi", "Oligui Nguema" after "Brice Clotaire
                    // Oligui Nguema": names outside the table.
                    *person = Actor { name: full.to_string(), name_fr: full.to_string(), kind: ActorKind::Person };
                }
            }
        }
        for (_, person) in &sentence_actors {
            if person.kind != ActorKind::Person {
                continue;
            }
            match people::table_name(&person.name) {
                // "Sergey Lavrov", then "Lavrov": the table's "Sergei Lavrov" named in full.
                Some(known) if !known_people.contains(&known) => known_people.push(known),
                Some(_) => {}
                None if !titled_people.contains(&person.name) => titled_people.push(person.name.clone()),
                None => {}
            }
        }
        for (at, person) in actors::named_again(&outside_quotes, &titled_people) {
            // "Ouattara" inside "Alassane Ouattara" is that person, not "Mme Dominique Ouattara"
            // named earlier.
            let inside_another = sentence_actors.iter().any(|(pos, a)| {
                let written = [&a.name, &a.name_fr].into_iter().find(|n| outside_quotes[*pos..].starts_with(n.as_str()));
                a.kind == ActorKind::Person && written.is_some_and(|n| *pos < at && at < pos + n.len())
            });
            if !inside_another && !sentence_actors.iter().any(|(_, a)| a == &person) {
                sentence_actors.push((at, person));
            }
        }
        for (at, end, organisation) in super::acronyms::mentioned_in(&outside_quotes, &defined_organisations) {
            // ("The National Unity Platform (NUP)": not a person "Unity Platform" inside it.)
            sentence_actors.retain(|(pos, a)| !(a.kind == ActorKind::Person && (at..end).contains(pos)));
            if !sentence_actors.iter().any(|(pos, a)| a == &organisation || *pos == at) {
                sentence_actors.push((at, organisation));
            }
        }
        // People cited as the source ("selon un porte-parole, X") tell events, not take part in them.
        // (Only a trigger's actors are weighed so: none to read in a sentence without one.)
        let cited: Vec<usize> = sentence_actors
            .iter()
            .filter(|_| !found_triggers.is_empty())
            .filter(|(at, a)| a.kind == ActorKind::Person && actors::cited_as_source(locale.actors, &outside_quotes, *at))
            .map(|(at, _)| *at)
            .collect();
        // "Il a promis …", "Mardi, il a rencontré X": the person the previous
        // sentence was about, unless someone is named before the pronoun.
        if let Some(at) = subject_pronoun(locale.subject, body) {
            if !sentence_actors.iter().any(|(pos, a)| a.kind == ActorKind::Person && *pos <= at) {
                if let Some(person) = previous_subject.take() {
                    sentence_actors.push((at, person));
                }
            }
        }
        // "Le ministre s'est ensuite rendu à Dakar": a bare title as the subject is the person the
        // previous sentence was about, unless the sentence names someone there.
        let verb_at = |at: usize| found_triggers.iter().any(|f| f.span.0 == at);
        if let Some((at, end, title)) = title_subject(locale.subject, locale.actors.and, body, locale.clauses.opens_with_auxiliary, verb_at)
        {
            let fits =
                |person: &Actor| titled_before(&text[..sentence.span.start], person, title.0) || (title.1 && people::leads(&person.name));
            if !sentence_actors.iter().any(|(pos, a)| a.kind == ActorKind::Person && *pos < end) {
                if let Some(person) = previous_subject.take_if(|p| fits(p)) {
                    sentence_actors.push((at, person));
                }
            }
        }
        // "« … », a déclaré le général": so is a bare title speaking in the incise after a quotation.
        if let Some((at, end, title)) = title_in_incise(locale.subject, body, verb_at) {
            let fits =
                |person: &Actor| titled_before(&text[..sentence.span.start], person, title.0) || (title.1 && people::leads(&person.name));
            if !sentence_actors.iter().any(|(pos, a)| a.kind == ActorKind::Person && *pos >= at && *pos < end + 40) {
                if let Some(person) = previous_subject.take_if(|p| fits(p)) {
                    sentence_actors.push((at, person));
                }
            }
        }
        // "Sa visite, qui n'avait pas été annoncée, …": the event a sentence opens with, owned by
        // the person the previous sentence was about.
        if let Some(at) = (!found_triggers.is_empty())
            .then(|| owner_possessive(locale.subject, body))
            .flatten()
            .filter(|&(_, noun)| found_triggers.iter().any(|f| f.span.0 == noun))
            .map(|(at, _)| at)
        {
            if let Some(person) = previous_subject.clone() {
                if !sentence_actors.iter().any(|(_, a)| a == &person) {
                    sentence_actors.push((at, person));
                }
            }
        }
        sentence_actors.sort_by_key(|(at, _)| *at);
        // (Not the agent of a passive, "Ils ont été accueillis par X": when the sentence names no
        // one else, who it is about is still the previous sentence's person.)
        // (The agent's title may stand between: "par le ministre d'État chargé de …, X".)
        let agent = |at: usize| {
            body[..at].split_whitespace().rev().take(12).any(|w| locale.subject.agent_markers.iter().any(|m| w.eq_ignore_ascii_case(m)))
        };
        let people: Vec<&(usize, Actor)> = sentence_actors.iter().filter(|(_, a)| a.kind == ActorKind::Person).collect();
        if !people.is_empty() {
            previous_subject = people.iter().find(|(at, _)| !agent(*at)).map(|(_, a)| a.clone()).or(previous_subject);
        } else {
            previous_subject = None;
        }
        sentence_actors.retain(|(at, _)| unquoted(*at));
        let first_in_sentence = out.len();
        // In the order of the text: a later trigger finds what an earlier one of its type made.
        found_triggers.sort_by_key(|f| f.span.0);
        let all_matches: Vec<(EventType, (usize, usize))> = found_triggers.iter().map(|m| (m.event_type, (m.start(), m.end()))).collect();
        let trigger_spans: Vec<(usize, usize)> = all_matches.iter().map(|&(_, span)| span).collect();
        // Triggers dated only by a date near them: they take no farther date from another.
        let near_only: Vec<(usize, usize)> = found_triggers.iter().filter(|f| !f.inherits_date).map(|f| f.span).collect();
        // Verb groups by their own words ("a signé", "s'est rendu"), not a noun after a verb ("a demandé une réunion").
        let verbs: Vec<(usize, usize)> = found_triggers
            .iter()
            .filter(|f| {
                let words = f.text(body);
                let first = lower_case(words.split_whitespace().next().unwrap_or(""));
                f.verb.unwrap_or_else(|| (locale.clauses.opens_with_auxiliary)(&first) || (locale.clauses.is_participle)(words))
            })
            .map(|f| f.span)
            .collect();
        // Triggers that are verbs by any test, for a verb of saying told after another's clause.
        let not_nouns: Vec<(usize, usize)> = found_triggers.iter().filter(|f| !f.nominal).map(|f| f.span).collect();
        // Plans, dated only by a date in their own clause.
        let plans: Vec<(usize, usize)> =
            found_triggers.iter().filter(|f| f.ahead || (locale.clauses.looks_ahead)(f.text(body))).map(|f| f.span).collect();
        let neighbours = Others { triggers: &all_matches, near_only: &near_only, verbs: &verbs, plans: &plans, quoted: &quoted };
        // Dates joined to an event noun ("Vainqueur de la présidentielle du 24 mars, il a prêté
        // serment"): that noun's event, not one a later verb of its type without a date tells again.
        let joined_to_nouns: Vec<&str> = found_dates
            .iter()
            .filter(|d| {
                all_matches
                    .iter()
                    .any(|&(_, (_, end))| end <= d.span.start && dates::joins_noun_and_date(locale.dates, &body[end..d.span.start]))
            })
            .map(|d| d.text.as_str())
            .collect();
        // Dates that own the event noun after them: "the Apr 22 attack", "Saturday's election".
        let owning_nouns: Vec<&str> = found_dates
            .iter()
            .filter(|d| {
                all_matches.iter().any(|&(_, (start, end))| {
                    start >= d.span.end && !verbs.contains(&(start, end)) && date_owns_noun(d, &body[d.span.end..start])
                })
            })
            .map(|d| d.text.as_str())
            .collect();
        for m in found_triggers {
            let trigger = &m;
            if taken.iter().any(|&(s, e)| m.start() < e && s < m.end()) {
                continue;
            }
            // "Vladimir Poutine, visé par un mandat d'arrêt, …": a participle in apposition tells an
            // event only with a date of its own there ("Marco Rubio, arrivé lundi à Riyad, …").
            if m.rule.1 == locale::APPOSED_PARTICIPLE {
                let apposition_end = body[m.end()..].find(',').map_or(body.len(), |at| m.end() + at);
                if !found_dates.iter().any(|d| d.span.start >= m.end() && d.span.end <= apposition_end) {
                    continue;
                }
            }
            let (from, to) = clause_bounds(body, m.start(), m.end());
            // "a rencontré jeudi 3 octobre, le ministre français …": a comma closing the date right
            // after the verb does not end its clause.
            let date_closes_verb = found_dates.iter().any(|d| d.span.end == to && body[m.end()..d.span.start].trim().is_empty());
            let mut to = if date_closes_verb && body[to..].starts_with(',') { clause_bounds(body, to + 1, to + 1).1 } else { to };
            // "ont élu hier, mardi, le dirigeant …": a second date in apposition to the first
            // closes the verb too.
            if date_closes_verb {
                let segment_start = |at: usize| body[..at].rfind(',').map_or(0, |comma| comma + 1);
                while body[to..].starts_with(',')
                    && found_dates.iter().any(|d| d.span.end == to && body[segment_start(to)..d.span.start].trim().is_empty())
                {
                    to = clause_bounds(body, to + 1, to + 1).1;
                }
            }
            let from = list_start(locale.actors, body, (from, m.start()), &sentence_actors, &verbs);
            // "Le sommet, initialement prévu le 3 février, a été repoussé au 10 mars": put off to a
            // day, the event is planned for that day, not called off.
            let put_off_date = (m.verb != Some(true))
                .then(|| (locale.clauses.put_off_to)(&body[m.end()..]))
                .flatten()
                .and_then(|at| found_dates.iter().find(|d| (0..=8).contains(&d.span.start.wrapping_sub(m.end() + at))));
            if (locale.clauses.negated)(&body[from..m.start()], m.text(body))
                || (m.verb != Some(true) && put_off_date.is_none() && (locale.clauses.called_off)(&body[m.end()..to]))
            {
                negated_clauses.push((from, to));
                continue;
            }
            // "selon un communiqué de la diplomatie française": the source cited, not a statement made.
            if m.nominal && trigger.event_type == EventType::Statement && actors::cites_a_source(locale.actors, &body[..m.start()]) {
                continue;
            }
            // "… if the court ratified the election": what may happen, not what did.
            if (locale.clauses.under_condition)(&body[from..m.start()], m.text(body), &body[m.end()..to]) {
                continue;
            }
            if (locale.clauses.not_an_event_here)(trigger.event_type, body, (m.start(), m.end()), from, to, m.verb != Some(true)) {
                // "Ces sanctions, qui feront l'objet d'une décision formelle vendredi, …": a sentence
                // opening on an event already named is about it; what it dates is of its type.
                if m.nominal && body[..m.start()].split_whitespace().count() <= 1 {
                    topic.get_or_insert(trigger.event_type);
                }
                continue;
            }
            // "Le Qatar a annoncé qu'Israël et le Hamas se sont accordés …": a reported clause that
            // names its own sides is theirs; the speaker is neither a side nor where it happens.
            let reported_from = if trigger.event_type == EventType::Statement {
                None
            } else {
                reported_clause_start(locale, body, &saying_ends, (from, m.start()))
                    .filter(|&at| sentence_actors.iter().any(|(pos, _)| (at..m.start()).contains(pos)))
            };
            let from_sides = reported_from.unwrap_or(from);
            // "se sont rencontrés jeudi à Lima pour discuter de la guerre en Ukraine": the states and
            // places a clause of purpose names are what the talks are about (not a state after
            // "avec": "pour discuter avec les États-Unis" names a side).
            let topic_from = (locale.clauses.talks_topic)(&body[m.end()..to.max(m.end())]).map(|at| m.end() + at);
            // The clause's end, with an apposition that follows it: where its sides and its topic end.
            let sides_to = with_apposition(body, to);
            let in_topic = |at: usize| topic_from.is_some_and(|t| at >= t && at < sides_to) && !(locale.clauses.counterpart)(&body[..at]);
            // Places in the clause of another of the sentence's events are that event's.
            let others: Vec<(usize, usize)> = all_matches
                .iter()
                .filter(|&&(t, span)| t != trigger.event_type && span != (m.start(), m.end()))
                .map(|&(_, (s, e))| clause_bounds(body, s, e))
                .filter(|&(s, e)| e <= from || s >= to)
                .collect();
            let free_places: Vec<gazetteer::PlaceMention> = sentence_places
                .iter()
                .filter(|p| (p.start >= from && p.end <= to) || !others.iter().any(|&(s, e)| p.start >= s && p.end <= e))
                .filter(|p| p.start >= from_sides || p.end <= from)
                // Outside the clause, not a place something is of or comes from, unless put at,
                // near or taken ("menaces émanant de la Corée du Nord" says where from).
                .filter(|p| {
                    (p.start >= from && p.end <= to)
                        || !actors::of_or_from(locale.actors, &body[..p.start])
                        || actors::located_at(locale.actors, &body[..p.start])
                })
                .filter(|p| trigger.event_type == EventType::Military || !topic_places.iter().any(|t| t.start == p.start))
                .filter(|p| !in_topic(p.start))
                // "se sont réunis après le putsch à Bamako": a place after another event's
                // trigger, itself after this one, is where that event happened.
                .filter(|p| {
                    !all_matches
                        .iter()
                        .any(|&(t, span)| t != trigger.event_type && span.0 >= m.end() && span.1 <= p.start && p.start - span.1 <= 40)
                })
                // "un sommet à Singapour le 12 juin 2018 puis un sommet à Hanoï": a place of the
                // clause goes with the trigger of the same type nearest it. (A noun and the verb after
                // it in its clause, its predicate, tell one event: "Israeli air strikes in Lebanon
                // killed six people". So do a verb and a noun after it, with the places between
                // them: "sont arrivés lundi au Maroc pour une visite d'État".)
                .filter(|p| {
                    let mine = distance((p.start, p.end), (m.start(), m.end()));
                    let verb = verbs.contains(&(m.start(), m.end()));
                    !all_matches.iter().any(|&(t, span)| {
                        t == trigger.event_type
                            && span != (m.start(), m.end())
                            && !(verb && !verbs.contains(&span) && (span.1 <= m.start() || p.end <= span.0))
                            && !(!verb && span.0 >= m.end() && verbs.contains(&span))
                            && span.0 >= from
                            && span.1 <= to
                            && distance((p.start, p.end), span) < mine
                    })
                })
                .cloned()
                .collect();
            let place_to = with_place_list(locale.actors, body, to);
            let places = places_near(&free_places, from, place_to, m.start());
            // A second trigger of a type in one sentence is a second event only somewhere else.
            let nearest = date_of(locale, trigger.event_type, body, (m.start(), m.end()), &found_dates, &neighbours, true)
                // "arrivé jeudi à Hanoï, après une visite à Pyongyang": a recalled event is placed before the main one's date.
                .or_else(|| {
                    (locale.clauses.recalls_earlier)(&body[from..m.start()])
                        .then(|| date_of(locale, trigger.event_type, body, (m.start(), m.end()), &found_dates, &neighbours, false))
                        .flatten()
                });
            // "les contrats signés par le précédent gouvernement": a signing told as
            // a description, not as news, is dated only by a date of its own.
            // "… samedi à Osaka, en proposant … lorsque Trump se rendrait à la frontière": a plan
            // is dated by a date of its own clause, not by the day the sentence reports.
            let plan = m.ahead || (locale.clauses.looks_ahead)(m.text(body));
            let described = trigger.event_type == EventType::Agreement && (locale.clauses.describes)(&body[..m.start()], m.text(body));
            // "Les trois États avaient souligné que …": background told before the narrative.
            let background = (locale.clauses.before_the_narrative)(m.text(body), &body[..m.start()]);
            let inherits_date = trigger.inherits_date && !(described || plan || background);
            // "Dimanche, les électeurs … des élections législatives": a date opening the
            // sentence dates the clause that follows it, however long.
            // So does one opening the sentence before the subject of the first verb, however many
            // appositions that subject has ("On Saturday morning X, the Thai defence minister, and
            // his counterpart, Y, said …").
            let opens_the_clause = |d: &dates::TimeExpr| {
                body[..d.span.start].trim().is_empty()
                    && (body.get(d.span.end..from).is_some_and(|gap| gap.trim() == ",")
                        || (!m.nominal
                            && d.span.end <= m.start()
                            && !all_matches.iter().any(|&(_, (start, _))| d.span.end <= start && start < m.start())))
            };
            // "La Russie va expulser 35 diplomates …, a annoncé vendredi Sergueï Lavrov": the
            // day an act was announced by an incise after its clause, however long the clause.
            let incise = announcing_incise(locale, body, to, &all_matches);
            let announced_on = |d: &dates::TimeExpr| incise.is_some_and(|(s, e)| s <= d.span.start && d.span.end <= e);
            // "Un raid aérien mené par l'aviation a fait trente morts dimanche": an event noun
            // that is its clause's subject is dated by its clause, however far the date.
            let subject_noun = m.nominal && body[from..m.start()].split_whitespace().count() <= 1;
            // "Xi se rendra … entre le 5 et le 10 mai, a déclaré le porte-parole": a verb done in the
            // past (a compound past) is not dated after the day it is told (a night's news told
            // the evening before may be a day later: "arrivée dans la nuit de mardi à mercredi").
            // The tense of the trigger's own part of its clause: read once, for the two rules below.
            let own_tense = dates::tense_of_part(locale.dates, &body[from..to], m.start() - from, m.end() - from);
            let done_before = !m.ahead
                && !plan
                && (locale.clauses.is_participle)(m.text(body))
                && verbs.contains(&(m.start(), m.end()))
                && own_tense == Tense::Past;
            let nearest = nearest.filter(|d| {
                if done_before && article.published.is_some_and(|p| d.date.start > p + chrono::Days::new(1)) {
                    return false;
                }
                // "une visite d'État qui va durer jusqu'au 30 octobre": the end of what lasts is
                // not the day anything happens.
                // "postponed the vote until March 3" names the day planned instead.
                if dates::ends_what_lasts(locale.dates, &body[..d.span.start], &d.text)
                    && dates::plan_words_before(locale.dates, &body[..d.span.start]).is_none()
                {
                    return false;
                }
                // "Confronté à son plus grand défi depuis son arrivée au pouvoir fin 1999, Poutine
                // avait dénoncé …": a date closing a phrase of what came since dates only that phrase
                // (its noun may follow the date: "since the 2015 elections").
                let in_the_phrase = |s: usize| {
                    (s <= m.start() && m.end() <= d.span.start)
                        || body
                            .get(d.span.end..m.start())
                            .is_some_and(|gap| !gap.contains([',', ';', ':']) && gap.split_whitespace().count() <= 2)
                };
                if dates::since_phrase(locale.dates, &body[..d.span.start]).is_some_and(|s| !in_the_phrase(s)) {
                    return false;
                }
                // "Japan, this year's G7 president, hosted the summit": a date in the possessive
                // names the thing after it ("Sunday's vote"), not the day of another verb.
                let possessive = body[d.span.end..].starts_with("'s") || body[d.span.end..].starts_with("’s");
                let owned = (m.start() <= d.span.start && d.span.end <= m.end())
                    || body.get(d.span.end..m.start()).is_some_and(|gap| !gap.contains(',') && gap.split_whitespace().count() <= 4);
                // (Unless the verb took part in that thing: "were killed in Monday's attack", "won a
                // third term in Saturday's election".)
                if possessive && !owned && !takes_part_in(body, m.end(), d.span.start) {
                    return false;
                }
                // "a cité la constitution de 2008", "the constitution of 2008": a year after a noun
                // and "de", "of" names that noun's year, not the day of a verb elsewhere.
                let of_a_noun = ["de ", "d'", "d’", "of "].iter().any(|p| d.text.get(..p.len()).is_some_and(|t| t.eq_ignore_ascii_case(p)))
                    && d.text.chars().filter(char::is_ascii_digit).count() == 4
                    && body[..d.span.start].split_whitespace().next_back().is_some_and(|w| w.chars().all(char::is_lowercase));
                let right_after_it = body.get(m.end()..d.span.start).is_some_and(|gap| gap.trim().is_empty());
                if of_a_noun && !right_after_it {
                    return false;
                }
                // "des manifestations qui ont fait 300 morts depuis juillet": events of a noun in
                // the plural, running since a date, are no event of that day.
                if m.nominal && m.is_plural_of_its_lemma(body) && dates::tells_a_start(locale.dates, &body[..d.span.start], &d.text) {
                    return false;
                }
                // "l'Iran et Israël, en guerre depuis le 13 juin, ont accepté …": the start of a
                // state told in an incise is not the day of a verb outside it.
                // Nor is one in an apposition after a comma that follows the verb ("a promis le
                // secrétaire général, …, de l'Ukraine, victime d'une agression depuis le 24 février 2022").
                if dates::tells_a_start(locale.dates, &body[..d.span.start], &d.text)
                    && (incise_around(body, (d.span.start, d.span.end)).is_some_and(|(open, close)| m.end() <= open || close <= m.start())
                        || body.get(m.end()..d.span.start).is_some_and(|gap| gap.contains(',')))
                {
                    return false;
                }
                let own_clause = !plan || d.span.start >= from || opens_the_clause(d) || announced_on(d);
                own_clause
                    && (inherits_date
                        || distance((d.span.start, d.span.end), (m.start(), m.end())) <= OWN_DATE_REACH
                        || opens_the_clause(d)
                        || announced_on(d)
                        || ((m.present || subject_noun)
                            && d.span.start >= from
                            && d.span.end <= to
                            // (Not in a relative clause after it, which dates its own verb: "Le coup
                            // d'État ramène le pays … après une expérience qui a débuté en 2011".)
                            && !body
                                .get(m.end()..d.span.start)
                                .is_some_and(|gap| gap.split_whitespace().any(|w| (locale.clauses.subject_relative)(w)))))
            });
            let nearest = put_off_date.or(nearest);
            // A sentence in the past does not take a narrative date still to come
            // ("Il doit prêter serment le 2 avril. Il a promis …").
            // Nor does a verb in the past in its own clause ("les conclusions ont été approuvées en
            // début de réunion, qui doit aussi aborder …").
            let told_in_the_past = own_tense == Tense::Past || tense() == Tense::Past;
            let narrative = if told_in_the_past && !m.ahead { past_narrative } else { narrative };
            // "on Tuesday, just four days after Israeli strikes in Beirut killed …": what follows an
            // interval is that far from the event the sentence dated before it, whatever date is nearer.
            // Days and weeks only: "un an après son annonce" is a round figure, not a date.
            let apart = (locale.clauses.apart_from_the_sentence_event)(&body[from..m.start()]).and_then(|(n, unit)| {
                if !matches!(unit, dates::calendar::Unit::Day | dates::calendar::Unit::Week) {
                    return None;
                }
                let main = out[first_in_sentence..]
                    .iter()
                    .find(|c| c.date_text.is_some() && !c.refers_back && c.date.precision == crate::model::Precision::Day)?;
                Some((dates::calendar::shifted(main.date.start, n, unit)?, main.date.start))
            });
            // No date of its own beside another trigger of its type that has one: the same
            // event told twice ("une frappe de drones a visé Kharkiv"), which is where either says.
            if nearest.is_none() && apart.is_none() {
                let joined = |c: &Candidate| c.date_text.as_deref().is_some_and(|t| joined_to_nouns.contains(&t));
                if let Some(event) = out[first_in_sentence..]
                    .iter_mut()
                    .rev()
                    .find(|c| c.event_type == trigger.event_type && c.date_text.is_some() && !joined(c))
                {
                    adopt_places(event, &places, || places_why(&places, (from, place_to), &free_places));
                    continue;
                }
            }
            let (date, date_text, confidence, date_why) = match (nearest, narrative) {
                _ if apart.is_some() => {
                    let (date, main) = apart.expect("checked");
                    (
                        date,
                        None,
                        0.7,
                        format!("'{}': counted from {main}, the date of the sentence's event before it", body[from..m.start()].trim()),
                    )
                }
                (Some(d), _) => (
                    d.date,
                    Some(d.text.clone()),
                    0.8,
                    format!("'{}', the date of the sentence nearest the trigger{}", d.text, date_rule(d)),
                ),
                (None, Some(n)) if inherits_date && !m.in_a_plan => {
                    (n, None, 0.5, "none in the sentence: the passage's date (the last date the article gave)".to_string())
                }
                _ => continue,
            };
            // A second trigger of a type in one sentence is a second event only somewhere
            // else or on another day ("la visite de Joe Biden en septembre dernier").
            let same_day = |c: &Candidate| c.date.start <= date.end && date.start <= c.date.end;
            // (A recalled event came before the day this one's own date gives: "Après avoir proclamé
            // les résultats …, la CEI a annoncé mardi les résultats complets".)
            // (Nor is one this trigger recalls: "a nommé X mardi, après la démission de Y".)
            let recalls_another = nearest.is_some() && (locale.clauses.recalls_earlier)(&body[from..m.start()]);
            let same_event = out[first_in_sentence..].iter_mut().find(|c| {
                c.event_type == trigger.event_type
                    && same_day(c)
                    && !(c.refers_back && nearest.is_some())
                    && !(recalls_another && c.date_text.is_some() && !c.refers_back)
                    && (c.places.is_empty() || places.is_empty() || c.places.iter().any(|p| places.iter().any(|q| same_place(p, q))))
            });
            if let Some(event) = same_event {
                // "une frappe de drones a visé Kharkiv": both words tell one event, which is where either says.
                adopt_places(event, &places, || places_why(&places, (from, place_to), &free_places));
                continue;
            }
            taken.push((m.start(), m.end()));
            // "après une visite à Pyongyang": an earlier event, recalled; the
            // sentence's date belongs to what follows it, so the recall is
            // looked for in the month up to that day.
            // "après un sommet à Singapour le 12 juin 2018": a date of its own, right after it, dates it.
            let own_date = apart.is_some()
                || nearest.is_some_and(|d| d.span.start >= m.end() && d.span.end <= to && d.span.start - m.end() <= OWN_DATE_REACH);
            let recalled = (locale.clauses.recalls_earlier)(&body[from..m.start()]);
            let refers_back = recalled && !own_date;
            // Its own date is the recalled event's, not where the narrative stands.
            if let (true, Some(d)) = (recalled && own_date, nearest) {
                recalled_dates.push(d.span);
            }
            let date_why = if refers_back {
                format!("recalled ('{}'): the month before the sentence's date", &body[from..m.start()].trim())
            } else {
                date_why
            };
            let (date, date_text, confidence) = if refers_back {
                let day = date.start;
                (
                    crate::model::DateSpan { start: day - chrono::Duration::days(31), end: day, precision: crate::model::Precision::Day },
                    None,
                    0.5,
                )
            } else {
                (date, date_text, confidence)
            };
            // "En accueillant le président russe après la visite de Joe Biden": who follows
            // a recalled event of the type in the clause is that one's.
            let own_actors: Vec<(usize, Actor)> = sentence_actors
                .iter()
                .filter(|(at, _)| trigger.event_type == EventType::Statement || !cited.contains(at))
                .filter(|(at, actor)| actor.kind != ActorKind::State || !in_topic(*at))
                // "Les néo-démocrates, qui soutenaient le gouvernement de Justin Trudeau, ont
                // remporté 7 sièges": who a relative clause set off before the trigger names is
                // not its subject.
                .filter(|(at, _)| {
                    let (start, end) = clause_bounds(body, *at, *at);
                    !(end <= from && (locale.clauses.subject_relative)(&body[start..*at]))
                })
                .filter(|(at, _)| {
                    let mine = distance((*at, *at + 1), (m.start(), m.end()));
                    !all_matches.iter().any(|&(t, span)| {
                        t == trigger.event_type
                            && span != (m.start(), m.end())
                            && span.0 >= from
                            && span.1 <= to
                            && span.1 <= *at
                            && distance((*at, *at + 1), span) < mine
                            && (locale.clauses.recalls_earlier)(&body[from..span.0])
                    })
                })
                .cloned()
                .collect();
            let sides_from = m.told_from.unwrap_or(from_sides);
            let (mut actors, mut subjects) = match speaker_after_verb(locale, body, &m, (sides_from, sides_to), &not_nouns, &known_people) {
                Some(mut speaker) => {
                    // ("M. Ouchakov": the person the sentence's reading named in full.)
                    let people: Vec<String> =
                        own_actors.iter().filter(|(_, a)| a.kind == ActorKind::Person).map(|(_, a)| a.name.clone()).collect();
                    for named in speaker.iter_mut().filter(|a| a.kind == ActorKind::Person) {
                        if let Some(full) = actors::full_name_named_before(&people, &named.name) {
                            if let Some((_, person)) = own_actors.iter().find(|(_, a)| a.kind == ActorKind::Person && a.name == full) {
                                *named = person.clone();
                            }
                        }
                    }
                    let n = speaker.len();
                    (speaker, n)
                }
                None => actors_near(
                    &own_actors,
                    (body, locale.actors.and),
                    &trigger_spans,
                    (sides_from, sides_to),
                    (m.start(), m.nominal, reported_from.is_some()),
                    trigger.event_type,
                ),
            };
            // "the small Taiwan People's Party, only founded in 2019": a lone verb form opening a
            // clause after a comma describes what the comma follows, not the sentence's subject.
            let apposed = !m.nominal
                && m.text(body).split_whitespace().count() == 1
                && body[..from].trim_end().ends_with(',')
                && body[from..m.start()].split_whitespace().count() <= 1;
            // (Not when that is itself in apposition: "l'arrivée de M. Chareh et de son ministre,
            // Assaad al-Chaibani, accueillis à Ryad" describes both.)
            if apposed && !own_actors.iter().any(|(at, _)| *at >= from && *at < to) {
                if let Some((at, described)) = own_actors.iter().rev().find(|(at, _)| *at < from) {
                    if !body[..*at].trim_end().ends_with(',') {
                        actors = vec![described.clone()];
                        subjects = 0;
                    }
                }
            }
            // "depuis leurs discussions de la semaine dernière à Istanbul, dans le cadre d'un effort
            // mené par les États-Unis": the owners are those just named, not who the sentence names elsewhere.
            let clause_names_no_one = !own_actors.iter().any(|(at, _)| *at >= from && *at < to);
            if m.nominal
                && subjects == 0
                && clause_names_no_one
                && !previous_actors.is_empty()
                && owned_by_several(locale.actors, &body[..m.start()])
            {
                actors = previous_actors.clone();
            }
            // "les deux dirigeants", "les deux pays": the two sides of the article's
            // latest pair, when they are the trigger's own (its clause's, or the subject
            // before it: not the Élysée's statement about them).
            let pair_words = if trigger.event_type == EventType::Statement { &body[from..to] } else { &body[..to] };
            if let Some(pair) = (locale.clauses.pair_named)(pair_words).and_then(|kind| latest_pair(&out[..first_in_sentence], kind)) {
                for actor in pair {
                    if !actors.contains(&actor) {
                        actors.push(actor);
                    }
                }
            }
            // The trigger's own clause says best whether it is still to come
            // ("devraient signer …, a indiqué l'Élysée": the statement is made).
            let clause_tense = match own_tense {
                // "il a annoncé qu'il se rendrait": the trigger's own verb looks ahead.
                _ if m.ahead || (locale.clauses.looks_ahead)(m.text(body)) || put_off_date.is_some() => Tense::Future,
                // "a annoncé le report de l'élection prévue le 25 février": a noun's own date after
                // a word of plans is still to come, whatever the verb before it tells.
                _ if !verbs.contains(&(m.start(), m.end()))
                    && nearest.is_some_and(|d| {
                        d.span.start >= m.end()
                            && (dates::planned_just_before(locale.dates, &body[m.end()..d.span.start])
                                // "postponed the vote to March 3": the noun inside the words of plans.
                                || dates::plan_words_before(locale.dates, &body[from..d.span.start])
                                    .is_some_and(|at| from + at <= m.start()))
                    }) =>
                {
                    Tense::Future
                }
                // "ont convenu samedi de se rencontrer lundi": what is committed to is still to come.
                _ if nearest.is_some_and(|d| {
                    d.span.start >= m.end()
                        && dates::commitment_before(locale.dates, &body[from..d.span.start]).is_some_and(|at| from + at < m.start())
                }) =>
                {
                    Tense::Future
                }
                Tense::Unknown => tense(),
                own => own,
            };
            // (An event counted from the sentence's, "au lendemain d'une déclaration", has the
            // clause's tense only as far as it is still to come.)
            let planned = !refers_back
                && clause_tense == Tense::Future
                && article.published.is_some_and(|p| if apart.is_some() { date.start > p } else { date.end >= p });
            let quantity = claims::quantity_in(&body[from..to]).or_else(|| claims::quantity_in(body));
            let carried = previous_participants.as_ref().filter(|_| {
                // A statement needs its speaker and a journey its traveller ("Le convoi est arrivé").
                actors.is_empty()
                    && places.is_empty()
                    && !m.nominal
                    && !matches!(trigger.event_type, EventType::Statement | EventType::Visit)
            });
            let (actors, places) = match carried {
                Some((before, there)) => (before.clone(), there.clone()),
                None => (actors, places),
            };
            for actors in one_meeting_each(trigger.event_type, m.text(body), actors, subjects) {
                // Neither who nor where: nothing a timeline could show of it alone.
                let joins_only = actors.is_empty() && places.is_empty();
                let explanation = super::Explanation {
                    trigger: match m.rule {
                        (name, "") => format!("'{}': rule {name}", m.text(body)),
                        (lemma, construction) => format!("'{}': lexicon '{lemma}' ({construction})", m.text(body)),
                    },
                    date: date_why.clone(),
                    actors: match carried {
                        Some(_) => carried_why(actors.iter().map(|a| a.name.as_str())),
                        None => actors_why(&actors, &sentence_actors, (from, to), subjects),
                    },
                    places: match carried {
                        Some(_) => carried_why(places.iter().map(|p| p.name.as_str())),
                        None => places_why(&places, (from, place_to), &free_places),
                    },
                };
                out.push(Candidate {
                    event_type: trigger.event_type,
                    title: title(trigger.event_type, &actors, &places),
                    date,
                    date_text: date_text.clone(),
                    planned,
                    places: places.clone(),
                    actors,
                    quote: sentence.span,
                    quantity: quantity.clone(),
                    confidence,
                    refers_back,
                    joins_only,
                    explanation,
                });
            }
        }
        // (Dated facts, the sentence's dates no event took, name no main event: the passage goes
        // on from the last day the sentence states, "… on May 28 and … on July 23. The first
        // exchange of fire erupted the following day" being 24 July.)
        let first_fact = out.len();
        dated_facts(
            locale,
            topic.unwrap_or(EventType::Other),
            &mut out,
            first_in_sentence,
            body,
            sentence.span,
            &found_dates,
            &sentence_actors,
            &sentence_places,
            &negated_clauses,
            (&quoted, &noun_ends),
            &tense,
            article.published,
        );
        previous_participants = out[first_in_sentence..]
            .iter()
            .rev()
            .find(|c| !(c.actors.is_empty() && c.places.is_empty()))
            .map(|c| (c.actors.clone(), c.places.clone()));
        previous_actors.clear();
        for (_, actor) in sentence_actors {
            if !previous_actors.contains(&actor) {
                previous_actors.push(actor);
            }
        }
        // "Le président avait créé la surprise samedi à Osaka": a day told in the pluperfect is
        // background; the passage stays on the day it tells.
        for d in &found_dates {
            if told_before_the_narrative(locale, body, d.span.start, d.span.end) && !recalled_dates.contains(&d.span) {
                recalled_dates.push(d.span);
            }
        }
        let recalled_text =
            |c: &Candidate| found_dates.iter().any(|d| recalled_dates.contains(&d.span) && c.date_text.as_deref() == Some(d.text.as_str()));
        // (Nor is a date joined to an event noun the passage's day: "Vainqueur de la présidentielle
        // du 24 mars, il a prêté serment" goes on from the day of the oath; "an apparent reference
        // to the widows created by the Apr 22 attack", then "Islamabad has said six locations were
        // targeted" is still the day of the strikes.)
        let of_a_noun = |text: &str| joined_to_nouns.contains(&text) || owning_nouns.contains(&text);
        let joined_text = |c: &Candidate| c.date_text.as_deref().is_some_and(of_a_noun);
        let candidates_for_main = || {
            out[first_in_sentence..first_fact]
                .iter()
                .filter(|c| !c.refers_back && c.date_text.is_some() && !recalled_text(c) && !joined_text(c))
        };
        // (A day counted from another, "la veille", is the passage's only when the sentence states
        // no other: "Accueilli la veille …, Xi est reçu ce lundi 6 mai" goes on from Monday.)
        let anaphoric = |c: &Candidate| {
            found_dates.iter().any(|d| d.anchor == dates::Anchor::Narrative && c.date_text.as_deref() == Some(d.text.as_str()))
        };
        let main = candidates_for_main().find(|c| !anaphoric(c)).or_else(|| candidates_for_main().next()).map(|c| c.date);
        let narrative_dates: Vec<dates::TimeExpr> =
            found_dates.iter().filter(|d| !recalled_dates.contains(&d.span) && !of_a_noun(&d.text)).cloned().collect();
        passage.advance_to(&narrative_dates, main);
    }
    // "more than three dozen bodies arrived at the hospital": a visit is someone's, or
    // somewhere; with neither it is no visit.
    out.retain(|c| !(c.event_type == EventType::Visit && c.actors.is_empty() && c.places.is_empty()));
    out
}

/// The commas around a short incise holding `span` ("Israël, en guerre depuis le 13 juin, a …"):
/// their offsets, when both stand within a few words of it.
fn incise_around(body: &str, (start, end): (usize, usize)) -> Option<(usize, usize)> {
    let open = body[..start].rfind(',')?;
    let close = end + body[end..].find(',')?;
    let short = |s: &str| s.split_whitespace().count() <= 6 && !s.contains([';', ':', '.']);
    (short(&body[open + 1..start]) && short(&body[end..close])).then_some((open, close))
}

/// Dates no event of the sentence took, with someone or somewhere in their
/// clause: dated facts of no listed type ("En disgrâce depuis mai 2021", "le
/// Cambodge avait rejoint l'organisation en 1999"), which an analyst's timeline holds too.
/// They are of `event_type`: the type of the known event the sentence is about, or "other".
fn dated_facts(
    locale: &locale::Locale,
    event_type: EventType,
    out: &mut Vec<Candidate>,
    first_in_sentence: usize,
    body: &str,
    quote: text::Span,
    found_dates: &[dates::TimeExpr],
    sentence_actors: &[(usize, Actor)],
    sentence_places: &[gazetteer::PlaceMention],
    negated_clauses: &[(usize, usize)],
    (quoted, noun_ends): (&[(usize, usize)], &[(EventType, usize)]),
    tense: &dyn Fn() -> Tense,
    published: Option<chrono::NaiveDate>,
) {
    if found_dates.is_empty() {
        return;
    }
    for d in found_dates {
        let taken = out[first_in_sentence..].iter().any(|c| c.date_text.as_deref() == Some(d.text.as_str()) || c.date == d.date);
        // "représente 80 % des importations depuis le début des années 2000": a state, not an event.
        let (from, to) = clause_bounds(body, d.span.start, d.span.end);
        // "En 2022, l'ASEAN avait accordé …": a date that is its whole clause dates the next one.
        let only_the_date = body[from..to].trim().len() <= d.text.len() + 1;
        let to = if only_the_date && to < body.len() { clause_bounds(body, to + 1, to + 1).1 } else { to };
        // "depuis 1999, année où le Cambodge avait rejoint l'organisation": the date is the next clause's.
        let time_clause = (locale.clauses.opens_a_time_clause)(&body[d.span.end..]) && to == d.span.end;
        let (from, to) = if time_clause { (d.span.end, clause_bounds(body, d.span.end + 1, d.span.end + 1).1) } else { (from, to) };
        let before = lower_case(body[..d.span.start].trim_end());
        let before =
            before.strip_suffix(" le").or_else(|| before.strip_suffix(" la")).or_else(|| before.strip_suffix(" les")).unwrap_or(&before);
        let since = lower_case(&d.text).starts_with("depuis") || before.ends_with("depuis");
        let clause = &body[from..to];
        let state_since =
            since && !time_clause && (dates::tense_in(locale.dates, clause) != Tense::Past || !dates::done_in(locale.dates, clause));
        // (An end stays a dated fact: "qui soutenaient jusqu'à l'année dernière le gouvernement"
        // tells that the support ended then.)
        // "this year's G7 president": a date in the possessive describes a thing, it tells no fact.
        let possessive = body[d.span.end..].starts_with("'s") || body[d.span.end..].starts_with("’s");
        if state_since || possessive {
            continue;
        }
        let negated = negated_clauses.iter().any(|&(s, e)| s <= d.span.start && d.span.end <= e);
        if taken || negated || quoted.iter().any(|&(s, e)| s <= d.span.start && d.span.end <= e) {
            continue;
        }
        let actors: Vec<Actor> = sentence_actors.iter().filter(|(at, _)| *at >= from && *at < to).map(|(_, a)| a.clone()).collect();
        let places = places_near(
            &sentence_places.iter().filter(|p| p.start >= from && p.end <= to).cloned().collect::<Vec<_>>(),
            from,
            to,
            d.span.start,
        );
        if actors.is_empty() && places.is_empty() {
            continue;
        }
        // ("agreed on Saturday to release three hostages on Monday": the day committed to.)
        // (A date opening a time clause has its clause after it.)
        let looks_ahead = tense() == Tense::Future
            || body.get(from..d.span.start).is_some_and(|before| dates::commitment_before(locale.dates, before).is_some());
        let planned = looks_ahead && published.is_some_and(|p| d.date.end >= p);
        let explanation = super::Explanation {
            trigger: format!("'{}': a date no event of the sentence took, with who or where in its clause (a dated fact)", d.text),
            date: format!("'{}', the date itself{}", d.text, date_rule(d)),
            actors: actors_why(&actors, sentence_actors, (from, to), 0),
            places: places_why(&places, (from, to), sentence_places),
        };
        // "les résultats de la présidentielle du samedi 31 octobre": a date joined to an event
        // noun no trigger took dates an event of that noun's type.
        let event_type = noun_ends
            .iter()
            .find(|&&(_, end)| end <= d.span.start && dates::joins_noun_and_date(locale.dates, &body[end..d.span.start]))
            .map_or(event_type, |&(noun_type, _)| noun_type);
        out.push(Candidate {
            event_type,
            title: title(event_type, &actors, &places),
            date: d.date,
            date_text: Some(d.text.clone()),
            planned,
            places,
            actors,
            quote,
            quantity: None,
            confidence: 0.4,
            refers_back: false,
            joins_only: false,
            explanation,
        });
    }
}

/// A trigger found in a sentence: a named rule's match or a lexicon reading.
struct Found {
    event_type: EventType,
    /// Whether the event may take the passage's date when its clause has none.
    inherits_date: bool,
    span: (usize, usize),
    /// The rule that fired, for `explain`: a named rule, or a lexicon lemma and
    /// the construction that read it (formatted only when a candidate is made).
    rule: (&'static str, &'static str),
    /// The verb group looks ahead (future, conditional, a modal).
    ahead: bool,
    /// A noun ("la visite"), not a verb.
    nominal: bool,
    /// Whether the lexicon read a verb group (None for a named rule's match).
    verb: Option<bool>,
    /// A verb that enacts its object ([`LexiconHit::enacts`]).
    enacts: bool,
    /// A verb in the present ("Biden delivers remarks … on Thursday"): dated by a date of
    /// its own clause, never by the passage's.
    present: bool,
    /// Where what a statement tells begins, for an event told in its clause: the speaker
    /// before it is not the event's side.
    told_from: Option<usize>,
    /// A named rule's match inside a group the lexicon read as a plan ("devrait signer"): with
    /// no date of its own, it takes none from the passage.
    in_a_plan: bool,
}

impl Found {
    fn start(&self) -> usize {
        self.span.0
    }
    fn end(&self) -> usize {
        self.span.1
    }
    fn text<'s>(&self, sentence: &'s str) -> &'s str {
        &sentence[self.span.0..self.span.1]
    }
    /// A lexicon noun read in its plural ("manifestations", "strikes"): several events.
    fn is_plural_of_its_lemma(&self, sentence: &str) -> bool {
        let (lemma, text) = (self.rule.0, self.text(sentence));
        text.len() == lemma.len() + 1 && text.ends_with(['s', 'x']) && text[..lemma.len()].eq_ignore_ascii_case(lemma)
    }
    /// A verb group in a compound tense, or a conjugated verb (the lexicon says
    /// which; a named rule's match is one when an auxiliary opens or precedes it).
    fn verbal(&self, locale: &locale::Locale, sentence: &str) -> bool {
        if let Some(verb) = self.verb {
            return verb;
        }
        let first = lower_case(self.text(sentence).split_whitespace().next().unwrap_or(""));
        (locale.clauses.opens_with_auxiliary)(&first) || (locale.clauses.auxiliary_before)(&sentence[..self.start()])
    }
}

/// The sentence's triggers: the named rules' matches, then the lexicon's
/// readings that none of them covers. Nominal readings need a date of their own.
/// Whether the word at `at` is capitalised (not all in capitals) inside the sentence, not
/// after an opening quotation mark: part of a name ("the United States"), never a verb.
fn capitalised_inside(sentence: &str, at: usize) -> bool {
    let mut letters = sentence[at..].chars();
    let (Some(first), Some(second)) = (letters.next(), letters.next()) else { return false };
    let before = sentence[..at].trim_end();
    first.is_uppercase() && second.is_lowercase() && !before.is_empty() && !before.ends_with(['«', '"', '“', ':', '—', '–', '(', '\''])
}

fn triggers_in(
    locale: &locale::Locale,
    sentence: &str,
    quoted: &[(usize, usize)],
    rules: &[&TriggerRule],
    lexicon: Vec<LexiconHit>,
    dates: &[(usize, usize)],
) -> Vec<Found> {
    let mut found: Vec<Found> = rules
        .iter()
        .flat_map(|t| {
            t.regex.find_iter(sentence).map(move |m| Found {
                event_type: t.event_type,
                inherits_date: t.inherits_date,
                span: (m.start(), m.end()),
                rule: (t.name, ""),
                ahead: false,
                nominal: !t.inherits_date,
                verb: None,
                enacts: false,
                present: false,
                told_from: None,
                in_a_plan: false,
            })
        })
        .collect();
    for hit in lexicon {
        if found.iter().any(|f| f.start() < hit.end && hit.start < f.end()) {
            // "Il devrait signer l'accord": a named rule read the infinitive alone, the lexicon
            // its modal group, a plan, which the passage's day does not date.
            if hit.ahead && !hit.nominal {
                for f in found.iter_mut().filter(|f| hit.start <= f.start() && f.end() <= hit.end) {
                    f.in_a_plan = true;
                }
            }
            continue;
        }
        // (A group may open on a name: "the G20 Summit that will take place".)
        let one_word = !sentence[hit.start..hit.end].contains(char::is_whitespace);
        if !hit.nominal && one_word && capitalised_inside(sentence, hit.start) {
            continue;
        }
        found.push(Found {
            event_type: hit.event_type,
            inherits_date: !hit.nominal && !hit.present && !hit.reports,
            span: (hit.start, hit.end),
            rule: (hit.lemma, hit.rule),
            ahead: hit.ahead,
            nominal: hit.nominal,
            verb: Some(!hit.nominal),
            enacts: hit.enacts,
            present: hit.present && !hit.nominal,
            told_from: None,
            in_a_plan: false,
        });
    }
    // "ont adopté vendredi, jour de …, un paquet de sanctions": the enacting verb reports
    // the event its object names, dated as the verb is.
    // (A verb in the passive has no object: its subject is what it enacts, below.)
    let enacted: Vec<(usize, usize)> = (0..found.len())
        .filter(|&i| found[i].enacts && !(locale.clauses.passive)(found[i].text(sentence)))
        .filter_map(|i| {
            let verb = &found[i];
            let object = found.iter().position(|o| {
                o.event_type != verb.event_type
                    && o.verb != Some(true)
                    && o.start() >= verb.end()
                    && o.start() - verb.end() <= ENACTED_REACH
                    && (locale.object_gap)(&sentence[verb.end()..o.start()])
            })?;
            Some((i, object))
        })
        .collect();
    // (A noun that enacts its object, "la cérémonie de signature", "a signing ceremony",
    // is that event as a noun: dated as one.)
    for &(verb, object) in &enacted {
        if !found[verb].nominal {
            found[object].inherits_date = true;
            found[object].nominal = false;
            found[object].verb = Some(true);
        }
    }
    let mut found: Vec<Found> =
        found.into_iter().enumerate().filter(|(i, _)| !enacted.iter().any(|&(verb, _)| verb == *i)).map(|(_, f)| f).collect();
    // "Le retrait des trois États devrait être formellement acté le 29 janvier": an enacting
    // verb in the passive reports the event its subject names, in its clause before it. So
    // does talking in the passive of a deal: "Un cessez-le-feu avait été négocié le 28 juillet"
    // is the truce reached, no meeting beside it.
    let subjects: Vec<(usize, usize)> = (0..found.len())
        .filter(|&i| (found[i].enacts || found[i].event_type == EventType::Meeting) && (locale.clauses.passive)(found[i].text(sentence)))
        .filter_map(|i| {
            let verb = &found[i];
            let clause = clause_bounds(sentence, verb.start(), verb.end());
            let subject_in = |from: usize, to: usize| {
                found.iter().position(|o| {
                    o.event_type != verb.event_type
                        && (verb.enacts || o.event_type == EventType::Agreement)
                        && o.nominal
                        && o.start() >= from
                        && o.end() <= to
                })
            };
            // "Sa destitution, retransmise en direct à la télévision, a été approuvée par 101
            // députés": the subject opens the sentence before a short incise set off by commas.
            let before_an_incise = || {
                let close = sentence[..clause.0].trim_end().strip_suffix(',')?.len();
                let open = sentence[..close].rfind(',')?;
                let incise = &sentence[open + 1..close];
                let short = incise.split_whitespace().count() <= 7 && !incise.contains([';', ':', '.']);
                (short && clause_bounds(sentence, open, open).0 == 0).then(|| subject_in(0, open)).flatten()
            };
            let subject = subject_in(clause.0, verb.start()).or_else(before_an_incise)?;
            Some((i, subject))
        })
        .collect();
    for &(verb, subject) in &subjects {
        found[verb].event_type = found[subject].event_type;
    }
    let mut found: Vec<Found> =
        found.into_iter().enumerate().filter(|(i, _)| !subjects.iter().any(|&(_, subject)| subject == *i)).map(|(_, f)| f).collect();
    // "ont investi le territoire russe", "a été déclaré vainqueur", "des milliers de
    // manifestants ont envahi": the words around a trigger may tell another type.
    for f in found.iter_mut() {
        let clause_start = clause_bounds(sentence, f.start(), f.end()).0;
        let before = &sentence[clause_start..f.start()];
        if let Some(retyped) = (locale.clauses.retyped)(f.event_type, before, f.text(sentence), &sentence[f.end()..]) {
            f.event_type = retyped;
        }
    }
    // "se sont accordés jeudi pour déclencher un nouveau paquet de sanctions", "agreed to
    // impose sanctions": agreeing to sanction is the sanction, not another agreement.
    let sanctions: Vec<(usize, usize)> = found.iter().filter(|f| f.event_type == EventType::Sanction).map(|f| f.span).collect();
    found.retain(|f| {
        let agreeing = f.event_type == EventType::Agreement && !f.nominal;
        !agreeing
            || !sanctions.iter().any(|&(start, _)| {
                let clause_end = clause_bounds(sentence, f.start(), f.end()).1;
                start >= f.end() && start < clause_end && start - f.end() <= AGREED_ACT_REACH
            })
    });
    // Words inside quotation marks are what someone says, not what happens.
    found.retain(|f| !quoted.iter().any(|&(s, e)| s <= f.start() && f.end() <= e));
    // "L'armée a déclaré avoir effectué une frappe", "X a été tué, affirme l'armée":
    // a report of an act by another verb of the sentence is that act, not a statement.
    // The act is in the statement's clause, or the statement is an incise after it
    // (", a ajouté un porte-parole"); "X s'est dit préoccupé, et l'UE a approuvé …" are two
    // events, and so are an announcement and the act it says is to come ("devraient signer …,
    // a indiqué l'Élysée"). An act is a verb in a compound tense or a conjugated one, not a
    // participle describing a noun ("le cessez-le-feu conclu en novembre").
    let acts: Vec<(usize, usize)> = found
        .iter()
        .filter(|f| f.event_type != EventType::Statement && !f.nominal && !f.ahead && f.verbal(locale, sentence))
        // (Nor is an act told of someone in a relative clause: "a déclaré qu'il allait former un
        // gouvernement après la démission de Sheikh Hasina, qui a fui la capitale" is his statement.)
        .filter(|f| {
            !crate::extract::last_bytes(&sentence[..f.start()], 12)
                .split_whitespace()
                .next_back()
                .is_some_and(|w| (locale.clauses.subject_relative)(w))
        })
        // (An act under a condition is none: "said that she would not contest the result if the
        // court ratified the election" is her statement.)
        .filter(|f| {
            let (from, to) = clause_bounds(sentence, f.start(), f.end());
            !(locale.clauses.under_condition)(&sentence[from..f.start()], f.text(sentence), &sentence[f.end()..to])
        })
        .map(|f| clause_bounds(sentence, f.start(), f.end()))
        .filter(|&(from, to)| dates::tense_in(locale.dates, &sentence[from..to]) != Tense::Future)
        .collect();
    let verb_starts: Vec<usize> = found.iter().filter(|f| !f.nominal).map(|f| f.start()).collect();
    found.retain(|f| {
        if f.event_type != EventType::Statement || f.nominal {
            return true;
        }
        let clause = clause_bounds(sentence, f.start(), f.end());
        // An incise follows the act it reports ("X a été tué, affirme l'armée"); "Le président,
        // Ahmad al-Chareh, a salué …, à l'occasion de sa visite" is the subject's own statement.
        // So does an incise after a fact told in the past with no trigger ("Un échange de
        // prisonniers a débuté vendredi …, ont déclaré les deux pays"): the fact is the event,
        // dated as one; not after a quotation, whose speaker's statement it is.
        let told = sentence[..clause.0].trim_end().strip_suffix(',').map(str::trim_end);
        let fact_told = told.is_some_and(|t| !t.ends_with(['"', '»', '”', '’']) && dates::tense_in(locale.dates, t) == Tense::Past);
        let after_an_act = acts.iter().any(|&(_, end)| end <= clause.0);
        // After an act, the speaker may stand before the verb in the last clause (", the
        // Treasury Department said on Thursday.").
        // (Phrases with no verb of an event may follow it: "…, the electoral commission announced on
        // Sunday, despite claims of widespread cheating.")
        let last_clause = sentence[clause.1..].trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation()).is_empty()
            || (sentence[clause.1..].trim_start().starts_with(',') && !verb_starts.iter().any(|&start| start >= clause.1));
        // (Not a clause joined by a connective, which has its own subject: "Israel bombed Gaza on
        // Tuesday, and Qatar condemned the strikes" are two events.)
        let speaker = &sentence[clause.0..f.start()];
        let joined = speaker.split_whitespace().next().is_some_and(|w| locale.subject.connectives.contains(&lower_case(w).as_ref()));
        let speaker_first = after_an_act && last_clause && !joined && speaker.split_whitespace().count() <= 6;
        let verb_first = sentence[clause.0..f.start()].trim().is_empty();
        let incise = (after_an_act || fact_told) && (verb_first || speaker_first) && told.is_some();
        !(incise || acts.contains(&clause))
    });
    // "Pékin a annoncé des actions militaires", "X a salué la visite": a noun after a
    // statement's verb in its clause is what is said, not another event; but announcing a
    // truce or sanctions is how they are made ("ont annoncé que la trêve débutera demain"), and
    // announcing a victory is how an election's result is given ("a annoncé lundi la victoire de …").
    // (Not when the verb judges what it names: "a critiqué l'élection", "condemned the deal".)
    let said: Vec<(usize, (usize, usize), bool)> = found
        .iter()
        .filter(|f| f.event_type == EventType::Statement && !f.nominal)
        .map(|f| (f.end(), clause_bounds(sentence, f.start(), f.end()), (locale.clauses.judges)(f.text(sentence))))
        .collect();
    let judged = |f: &Found| said.iter().any(|&(end, (_, to), judges)| judges && f.start() >= end && f.end() <= to);
    let made_by_saying = |f: &Found| {
        matches!(f.event_type, EventType::Statement | EventType::Agreement | EventType::Sanction | EventType::Election)
            && !(locale.clauses.names_a_topic)(&sentence[..f.start()])
            && !judged(f)
    };
    // Nor is an event dated by a date of its own right after it ("delivers remarks about
    // Russia's military invasion of Ukraine on Thursday"), with no other trigger between
    // ("une violation du cessez-le-feu conclu en novembre").
    let spans: Vec<(usize, usize)> = found.iter().map(|f| f.span).collect();
    let dated_itself = |f: &Found| {
        dates.iter().any(|&(start, _)| {
            start >= f.end()
                && start - f.end() <= OWN_DATE_REACH
                && !sentence[f.end()..start].contains([',', ';', ':', '(', '"', '«', '“'])
                && !spans.iter().any(|&(s, e)| s >= f.end() && e <= start)
        })
    };
    for f in found.iter_mut().filter(|f| f.nominal && !made_by_saying(f)) {
        f.told_from = said.iter().find(|&&(end, (_, to), _)| f.start() >= end && f.end() <= to).map(|&(end, ..)| end);
    }
    // (What a verb judges is dated by its own date only when it is joined to it, "the attack
    // of October 7": in "condemned the strikes on Friday" Friday dates the condemnation.)
    // Nor when the date owns it: "condemned Monday's suicide attack".
    let owned_by_its_date = |f: &Found| dates.iter().any(|&(_, end)| sentence.get(end..f.start()).is_some_and(possessive_date_owns));
    let joined_to_its_date = |f: &Found| {
        owned_by_its_date(f)
            || dates.iter().any(|&(start, _)| start >= f.end() && dates::joins_noun_and_date(locale.dates, &sentence[f.end()..start]))
    };
    found.retain(|f| f.told_from.is_none() || if judged(f) { joined_to_its_date(f) } else { dated_itself(f) });
    // "arrived in Hanoi on Thursday for a state visit", "est arrivé à Hanoï pour une visite
    // d'État": a noun of the type of a verb before it in its clause names the verb's event,
    // unless the clause recalls an earlier one ("visited Hanoi after a visit to Pyongyang").
    let verbs: Vec<(EventType, (usize, usize))> =
        found.iter().filter(|f| !f.nominal && f.verbal(locale, sentence)).map(|f| (f.event_type, f.span)).collect();
    found.retain(|f| {
        let (from, _) = clause_bounds(sentence, f.start(), f.end());
        !f.nominal
            || !verbs.iter().any(|&(t, (start, end))| {
                t == f.event_type && start >= from && end <= f.start() && !(locale.clauses.recalls_earlier)(&sentence[end..f.start()])
            })
    });
    found
}

/// How a date was read, for `explain`.
fn date_rule(date: &dates::TimeExpr) -> String {
    let anchor = match date.anchor {
        dates::Anchor::Absolute => "needs no anchor",
        dates::Anchor::Publication => "anchored on the publication date",
        dates::Anchor::Narrative => "anchored on the passage's date",
    };
    format!(" (date rule {}, {anchor})", date.rule)
}

/// Why these actors, for `explain`.
fn actors_why(actors: &[Actor], found: &[(usize, Actor)], (from, to): (usize, usize), subjects: usize) -> String {
    let said: Vec<String> = actors
        .iter()
        .enumerate()
        .map(|(i, actor)| {
            let at = found.iter().find(|(_, a)| a == actor).map(|(at, _)| *at);
            let how = match at {
                _ if i < subjects => "the subject",
                Some(at) if at >= from && at < to => "in the trigger's clause",
                Some(_) => "elsewhere in the sentence",
                None => "named by an earlier sentence (\"les deux\", \"leurs\")",
            };
            format!("{} ({}, {how})", actor.name, actor.kind.as_str())
        })
        .collect();
    if said.is_empty() {
        "none".into()
    } else {
        said.join("; ")
    }
}

/// Why these places, for `explain`.
/// Whether the clause of the text from `start` to `end` is told in a tense earlier than the
/// narrative's: an auxiliary and a participle the locale reads so ("avait créé").
fn told_before_the_narrative(locale: &locale::Locale, body: &str, start: usize, end: usize) -> bool {
    let (from, to) = clause_bounds(body, start, end);
    let words: Vec<(usize, usize)> = body[from..to]
        .split_whitespace()
        .map(|w| {
            let at = w.as_ptr() as usize - body.as_ptr() as usize;
            (at, at + w.len())
        })
        .collect();
    words.windows(2).any(|pair| {
        (locale.clauses.is_participle)(&body[pair[1].0..pair[1].1])
            && (locale.clauses.before_the_narrative)(&body[pair[0].0..pair[1].1], &body[..pair[0].0])
    })
}

/// Where the clause reported by a verb of saying (ending at one of `saying_ends`) before a
/// trigger, between `from` and `at`, opens.
fn reported_clause_start(locale: &locale::Locale, body: &str, saying_ends: &[usize], (from, at): (usize, usize)) -> Option<usize> {
    let said = saying_ends.iter().copied().filter(|&end| end > from && end <= at).max()?;
    (locale.clauses.reported_clause)(&body[said..at]).map(|opens| said + opens)
}

/// Who or where an event whose sentence names neither took from the previous sentence's event.
fn carried_why<'n>(names: impl Iterator<Item = &'n str>) -> String {
    let names: Vec<&str> = names.collect();
    if names.is_empty() {
        "none".into()
    } else {
        format!("{} (the previous sentence's event's: this sentence names no one and nowhere)", names.join("; "))
    }
}
/// An event told twice in a sentence takes the places the second telling names when the
/// first named none ("une frappe de drones a visé Kharkiv"), with its title and its why.
fn adopt_places(event: &mut Candidate, places: &[Place], why: impl FnOnce() -> String) {
    if event.places.is_empty() && !places.is_empty() {
        event.places = places.to_vec();
        event.title = title(event.event_type, &event.actors, &event.places);
        event.explanation.places = why();
    }
}

fn places_why(places: &[Place], (from, to): (usize, usize), mentions: &[gazetteer::PlaceMention]) -> String {
    let said: Vec<String> = places
        .iter()
        .map(|place| {
            let in_clause = mentions.iter().any(|m| m.place.name == place.name && m.start >= from && m.end <= to);
            format!("{} ({})", place.name, if in_clause { "in the trigger's clause" } else { "the sentence's place nearest the trigger" })
        })
        .collect();
    if said.is_empty() {
        "none".into()
    } else {
        said.join("; ")
    }
}

/// Where a sentence opens on a possessive of one owner, and where the noun after it starts
/// ("Sa visite, …", "Puis son voyage …").
fn owner_possessive(words: &locale::SubjectWords, sentence: &str) -> Option<(usize, usize)> {
    let mut tokens = sentence.split_whitespace().map(|w| (w.as_ptr() as usize - sentence.as_ptr() as usize, w));
    let (mut at, mut first) = tokens.next()?;
    if words.connectives.contains(&lower_case(first.trim_end_matches(',')).as_ref()) {
        (at, first) = tokens.next()?;
    }
    let (noun, _) = tokens.next()?;
    words.possessives.contains(&lower_case(first).as_ref()).then_some((at, noun))
}

/// Whether a sentence opens on a personal pronoun standing for someone already named.
/// Where a sentence's subject is "il" or "elle": at its start, or after a short
/// opening adverbial ("Mardi, il s'est entretenu …"), not an impersonal "il"
/// ("Pour Moscou, il s'agit …", "il faut", "il y a").
fn subject_pronoun(words: &locale::SubjectWords, sentence: &str) -> Option<usize> {
    let tokens: Vec<(usize, &str)> = sentence.split_whitespace().map(|w| (w.as_ptr() as usize - sentence.as_ptr() as usize, w)).collect();
    let is_pronoun = |w: &str| words.pronouns.contains(&lower_case(w).as_ref());
    let is_connective = |w: &str| words.connectives.contains(&lower_case(w.trim_end_matches(',')).as_ref());
    // The pronoun's place among the words: first, after a connective, or after a short opening and a comma.
    // Or in the incise after a quotation: '« … », a-t-il ajouté', '"…", he said'.
    let closes_quotation = |w: &str| ["\",", "”,", "»,", ",\"", ",”"].iter().any(|q| w.ends_with(q));
    let inverted = |w: &str| {
        let w = lower_case(w.trim_end_matches(|c: char| !c.is_alphabetic()));
        words.inverted.iter().any(|ending| w.ends_with(ending))
    };
    let in_an_incise =
        || tokens.iter().enumerate().position(|(i, (_, w))| inverted(w) || (i > 0 && closes_quotation(tokens[i - 1].1) && is_pronoun(w)));
    let at = match tokens.as_slice() {
        [(_, first), ..] if is_pronoun(first) => 0,
        [(_, first), (_, second), ..] if is_connective(first) && is_pronoun(second) => 1,
        _ => {
            let after_opening = tokens
                .iter()
                .take(words.opening_words)
                .position(|(_, w)| w.ends_with(','))
                .and_then(|comma| tokens.get(comma + 1).filter(|(_, w)| is_pronoun(w)).map(|_| comma + 1));
            after_opening.or_else(in_an_incise)?
        }
    };
    // "Il s'agit de …", "il faut …": a pronoun standing for no one.
    let impersonal = tokens.get(at + 1).is_some_and(|(_, next)| words.impersonal.contains(&lower_case(next).as_ref()));
    (!impersonal).then_some(tokens[at].0)
}

/// Where a sentence's subject is a bare title followed by its verb ("Le ministre s'est
/// ensuite rendu …", "Mardi, le président a rencontré …", "The Japanese foreign minister
/// was welcomed …"; a demonym inside the title is passed over): the title's start and end.
/// `opens_with_auxiliary` reads the word after the title in lower case; `verb_at` tells
/// whether a trigger starts at a byte; `and` is the locale's word joining names (" et "),
/// after which the title is the first of the subject's names. Also returns the title as the
/// locale lists it, with whether it names a leader.
fn title_subject(
    words: &locale::SubjectWords,
    and: &str,
    sentence: &str,
    opens_with_auxiliary: fn(&str) -> bool,
    verb_at: impl Fn(usize) -> bool,
) -> Option<(usize, usize, (&'static str, bool))> {
    // (A title is less often someone else than a pronoun: it may follow a longer opening,
    // "D'après les résultats rendus publics jeudi, le président sortant a …".)
    let longest_opening = 2 * words.opening_words + 2;
    // (The opening, its comma's word, a title and the word after it: the sentence's first words only.)
    let tokens: Vec<(usize, &str)> = sentence
        .split_whitespace()
        .take(longest_opening + 1 + LONGEST_TITLE + 1)
        .map(|w| (w.as_ptr() as usize - sentence.as_ptr() as usize, w))
        .collect();
    let is_connective = |w: &str| words.connectives.contains(&lower_case(w.trim_end_matches(',')).as_ref());
    let after_opening = tokens.iter().take(longest_opening).position(|(_, w)| w.ends_with(',')).map(|comma| comma + 1);
    let first = tokens.first().filter(|(_, w)| is_connective(w)).map(|_| 1);
    [Some(0), first, after_opening].into_iter().flatten().find_map(|i| {
        let (last, title) = title_at(words, &tokens, i)?;
        let (at, word) = tokens[last];
        let &(next_at, next) = tokens.get(last + 1)?;
        // ("Le Premier ministre et son épouse … sont arrivés": the first of the subject's names.)
        let coordinated = lower_case(next) == and.trim();
        (opens_with_auxiliary(&lower_case(next)) || verb_at(next_at) || coordinated).then_some((tokens[i].0, at + word.len(), title))
    })
}

/// The longest title of the locale's table that the words from `tokens[i]` spell (a demonym
/// inside it passed over, "the Japanese foreign minister"): the index of its last word, and
/// the title as the table lists it. A word closed by punctuation ends it ("… a déclaré le
/// général.").
fn title_at(words: &locale::SubjectWords, tokens: &[(usize, &str)], i: usize) -> Option<(usize, (&'static str, bool))> {
    let mut phrase = String::new();
    let mut found = None;
    for (n, &(_, token)) in tokens.iter().enumerate().skip(i).take(LONGEST_TITLE) {
        let word = token.trim_end_matches(|c: char| !c.is_alphanumeric());
        // (Every sentence is read so: the words go on only while some title begins with them.)
        let longer = if phrase.is_empty() { lower_case(word).into_owned() } else { format!("{phrase} {}", lower_case(word)) };
        // (Sorted: the first title not before the words is the one that may begin with them.)
        let next_title = words.titles[words.titles.partition_point(|(t, _)| *t < longer.as_str())..].first();
        if !next_title.is_some_and(|(t, _)| t.starts_with(&longer)) {
            if n > i && word.len() == token.len() && gazetteer::is_demonym(word) {
                continue;
            }
            break;
        }
        phrase = longer;
        if let Some(&title) = next_title.filter(|(t, _)| *t == phrase) {
            found = Some((n, title));
        }
        if word.len() < token.len() {
            break;
        }
    }
    found
}

/// Where the speaker of a quotation is a bare title in the incise after it ("« … », a déclaré
/// le général lors d'une adresse à la nation", "…," the general said): the title's start and
/// end, and the title as the locale lists it. The incise's verb is a trigger (`verb_at`), right
/// before the title with at most three words between ("a déclaré lundi le général"), or right
/// after it.
fn title_in_incise(
    words: &locale::SubjectWords,
    sentence: &str,
    verb_at: impl Fn(usize) -> bool,
) -> Option<(usize, usize, (&'static str, bool))> {
    let closing = ["», ", "”, ", "\", ", ",\" ", ",” "].iter().filter_map(|mark| sentence.rfind(mark).map(|at| at + mark.len())).max()?;
    let incise = &sentence[closing..];
    let tokens: Vec<(usize, &str)> =
        incise.split_whitespace().take(12).map(|w| (closing + w.as_ptr() as usize - incise.as_ptr() as usize, w)).collect();
    let span =
        |i: usize, last: usize| (tokens[i].0, tokens[last].0 + tokens[last].1.trim_end_matches(|c: char| !c.is_alphanumeric()).len());
    if let Some((last, title)) = title_at(words, &tokens, 0) {
        if tokens.get(last + 1).is_some_and(|&(at, _)| verb_at(at)) {
            let (start, end) = span(0, last);
            return Some((start, end, title));
        }
    }
    if !tokens.first().is_some_and(|&(at, _)| verb_at(at)) {
        return None;
    }
    (1..=5).find_map(|i| {
        let (last, title) = title_at(words, &tokens, i)?;
        let (start, end) = span(i, last);
        Some((start, end, title))
    })
}

/// Whether the article, before a sentence, gave `person` the title a sentence names them
/// by ("le ministre des Affaires étrangères Laurent Fabius", then "le ministre"): its noun
/// (the title without its article) close before or after one of their names.
fn titled_before(article_before: &str, person: &Actor, title: &str) -> bool {
    let noun =
        lower_case(title.split_once(|c: char| c.is_whitespace() || c == '\'' || c == '’').map_or(title, |(_, rest)| rest.trim_start()));
    let surnames = [&person.name, &person.name_fr].map(|n| n.split_whitespace().last().unwrap_or(n));
    let boundary_before = |mut at: usize| {
        while !article_before.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let near = |at: usize, len: usize| {
        let window = boundary_before(at.saturating_sub(80))..boundary_before((at + len + 60).min(article_before.len()));
        lower_case(&article_before[window]).contains(&*noun)
    };
    surnames.iter().any(|s| article_before.match_indices(s).any(|(at, _)| near(at, s.len())))
}

/// The two people, or the two states, of the latest earlier event that had two:
/// a person stands for the state he leads or serves.
fn latest_pair(earlier: &[Candidate], kind: locale::Pair) -> Option<Vec<Actor>> {
    earlier.iter().rev().find_map(|c| {
        let side: Vec<Actor> = match kind {
            locale::Pair::People => c.actors.iter().filter(|a| a.kind == ActorKind::Person).cloned().collect(),
            locale::Pair::States => {
                let mut states: Vec<Actor> = c.actors.iter().filter(|a| a.kind == ActorKind::State).cloned().collect();
                for name in c.actors.iter().filter(|a| a.kind == ActorKind::Person).filter_map(people::affiliation) {
                    let state = people::actor(name, ActorKind::State);
                    if !states.contains(&state) {
                        states.push(state);
                    }
                }
                states
            }
        };
        (side.len() == 2).then_some(side)
    })
}

/// The sentence with the given spans replaced by spaces, byte for byte, so offsets stay.
fn blank_out<'s>(sentence: &'s str, spans: &[(usize, usize)]) -> std::borrow::Cow<'s, str> {
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(sentence);
    }
    let mut out = String::with_capacity(sentence.len());
    for (i, c) in sentence.char_indices() {
        if spans.iter().any(|&(s, e)| s <= i && i < e) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The spans of a sentence inside quotation marks (« … », “ … ”, "…").
fn quotations(sentence: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for (open, close) in [('«', '»'), ('“', '”'), ('"', '"')] {
        let mut rest = 0;
        while let Some(start) = sentence[rest..].find(open).map(|i| rest + i) {
            let inner = start + open.len_utf8();
            let Some(end) = sentence[inner..].find(close).map(|i| inner + i) else { break };
            // Three words or fewer are a term set apart ("un \"paquet de sanctions\""), not
            // words reported: what they name is read as the sentence's.
            if sentence[inner..end].split_whitespace().count() > 3 {
                spans.push((start, end + close.len_utf8()));
            }
            rest = end + close.len_utf8();
        }
    }
    spans
}

/// A sentence's triggers, as [`date_of`] weighs them against the one it dates.
#[derive(Clone, Copy)]
struct Others<'a> {
    triggers: &'a [(EventType, (usize, usize))],
    /// Those dated only by a date near them.
    near_only: &'a [(usize, usize)],
    /// Those that are verb groups.
    verbs: &'a [(usize, usize)],
    /// Those that are plans: dated only in their own clause.
    plans: &'a [(usize, usize)],
    /// The sentence's quotations ([`quotations`]).
    quoted: &'a [(usize, usize)],
}

/// Whether the words between a verb and a date in the possessive say the verb took part in
/// what the date's noun names ("were killed in Monday's attack", "won a third term in
/// Saturday's election"): a few words, no punctuation, one of them "in", "at" or "during".
fn takes_part_in(sentence: &str, verb_end: usize, date_start: usize) -> bool {
    let between = sentence.get(verb_end..date_start).unwrap_or("");
    between.split_whitespace().count() <= 6
        && !between.contains([',', ';', ':'])
        && between.split_whitespace().any(|w| ["in", "at", "during"].contains(&lower_case(w).as_ref()))
}

/// Whether a date owns the noun after it, given the text between them: right before it ("a
/// Sunday statement"), in the possessive ("Monday's suicide attack"), or a year before up to
/// two adjectives ("the 2015 nuclear deal").
fn date_owns_noun(date: &dates::TimeExpr, between: &str) -> bool {
    let between = between.trim();
    let adjectives =
        || between.split_whitespace().count() <= 2 && between.split_whitespace().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    between.is_empty() || possessive_date_owns(between) || (date.rule == dates::YEAR_BEFORE_NOUN && adjectives())
}

/// Whether a date in the possessive owns the noun after it, given the text between them:
/// "Monday's suicide attack", the possessive then up to two words of the noun.
fn possessive_date_owns(between: &str) -> bool {
    let between = between.trim_start();
    let Some(rest) = between.strip_prefix("'s").or_else(|| between.strip_prefix("’s")) else { return false };
    rest.trim().is_empty() || (rest.starts_with(' ') && rest.split_whitespace().count() <= 2 && !rest.contains([',', ';', ':']))
}

/// The date the sentence states for a trigger's event: the nearest, except a
/// date after another event's verb that follows this trigger ("a condamné la
/// trêve conclue en novembre": November dates the truce; a noun does not take
/// it: "a félicité M. Lai pour son investiture lundi"), and a "depuis" before
/// the trigger, which dates a state ("rompues depuis 2016, à l'issue de pourparlers").
/// A date ahead of all the triggers ("Mercredi, …") dates them all.
fn date_of<'d>(
    locale: &locale::Locale,
    event_type: EventType,
    sentence: &str,
    here: (usize, usize),
    dates: &'d [dates::TimeExpr],
    others: &Others<'_>,
    exclusive: bool,
) -> Option<&'d dates::TimeExpr> {
    let Others { triggers, near_only, verbs, plans, quoted } = *others;
    // ("…, Lavrov said on Friday": the verb of an incise closing the sentence is no participle.)
    let announcing = announcing_incise(locale, sentence, clause_bounds(sentence, here.0, here.1).1, triggers);
    let owned_by_other = |d: &dates::TimeExpr| {
        // A participle that describes ("la trêve conclue en novembre"), not the main verb
        // in a compound tense ("X, en visite à Hanoï, s'est engagé jeudi": jeudi dates both).
        let describing = |other: (usize, usize)| {
            let words = &sentence[other.0..other.1];
            let first = lower_case(words.split_whitespace().next().unwrap_or(""));
            let compound = (locale.clauses.opens_with_auxiliary)(&first) || (locale.clauses.auxiliary_before)(&sentence[..other.0]);
            // (A noun is none, whatever its ending: "agreed at a meeting in Paris, X said on Tuesday".)
            (locale.clauses.is_participle)(words) && !compound && verbs.contains(&other)
        };
        let in_the_incise = |other: (usize, usize)| announcing.is_some_and(|(s, e)| s <= other.0 && other.1 <= e);
        let between = |other: (usize, usize)| here.1 <= other.0 && other.1 <= d.span.start && describing(other) && !in_the_incise(other);
        // "Russia's February invasion", "a Sunday statement", "Wednesday's election": a date
        // right before an event noun is that noun's.
        // ("the 2015 nuclear deal": a year before a noun, which up to two adjectives may come between.)
        let before_it = |other: (usize, usize)| {
            other != here && other.0 >= d.span.end && sentence.get(d.span.end..other.0).is_some_and(|b| date_owns_noun(d, b))
        };
        // "la présidentielle du 24 mars", "the attack of October 7": so is a date joined to an
        // event noun right before it.
        let after_it = |other: (usize, usize)| {
            other != here && other.1 <= d.span.start && dates::joins_noun_and_date(locale.dates, &sentence[other.1..d.span.start])
        };
        triggers.iter().any(|&(t, other)| (t != event_type && between(other)) || before_it(other) || after_it(other))
    };
    // (Not "depuis 1999, année où …": the date of the clause after it.)
    let since_before = |d: &dates::TimeExpr| {
        d.span.end <= here.0 && lower_case(&d.text).starts_with("depuis") && !(locale.clauses.opens_a_time_clause)(&sentence[d.span.end..])
    };
    // "un sommet à Singapour le 12 juin 2018 puis un sommet à Hanoï fin février": each takes the date nearer to it.
    // Not when the nearer one cannot take it ("ont été tuées dans des frappes aériennes …,
    // rapporte dimanche l'OSDH": the noun is too far from Sunday, the verb takes it).
    // Nor when it is a plan of another clause and the date is outside that clause ("concluded
    // their meeting on Friday, agreeing to hold new talks": Friday is the meeting's); within
    // the plan's clause it still keeps the date from what it plans ("lorsque Trump se
    // rendrait … dans le cadre de sa visite").
    let can_take = |other: (usize, usize), d: &dates::TimeExpr| {
        let (from, to) = clause_bounds(sentence, other.0, other.1);
        let date_inside = d.span.start >= from && d.span.end <= to;
        !plans.contains(&other) || date_inside || (here.0 >= from && here.1 <= to)
    };
    let nearer_another = |d: &dates::TimeExpr| {
        let mine = distance((d.span.start, d.span.end), here);
        exclusive
            && triggers.iter().any(|&(t, other)| {
                let theirs = distance((d.span.start, d.span.end), other);
                t == event_type
                    && other != here
                    && theirs < mine
                    && (theirs <= OWN_DATE_REACH || !near_only.contains(&other))
                    && can_take(other, d)
                    // "a nommé X mardi, après la démission de Y": a date before the words that
                    // recall an earlier event dates what the recall follows.
                    && !(here.1 <= d.span.start
                        && d.span.end <= other.0
                        && (locale.clauses.recalls_earlier)(&sentence[d.span.end..other.0]))
            })
    };
    // "…, conformément à l'annonce faite en novembre", "Après le sommet de juin, …": the
    // date of what another clause refers to or recalls, not of this trigger.
    let of_another_clause = |d: &dates::TimeExpr| {
        let (from, to) = clause_bounds(sentence, d.span.start, d.span.end);
        let trigger_outside = here.1 <= from || here.0 >= to;
        trigger_outside
            && ((locale.clauses.refers_to)(&sentence[from..d.span.start]) || dates::recalls_in(locale.dates, &sentence[from..to]))
    };
    // '"Nous accueillerons le président les 20 et 21 décembre", a annoncé X': a date a
    // quotation gives dates what it tells, not the words that report it.
    let quoted_apart =
        |d: &dates::TimeExpr| quoted.iter().any(|&(s, e)| s <= d.span.start && d.span.end <= e && !(s <= here.0 && here.1 <= e));
    // "ont annoncé une trêve qui commencera le 27 février, a indiqué X": a date in a
    // relative clause dates that clause's verb, not a verb outside it (a noun before it,
    // "le sommet qui se tiendra mardi", is what the clause tells of).
    let verbal = verbs.contains(&here);
    let in_a_relative_clause = |d: &dates::TimeExpr| {
        let (from, to) = clause_bounds(sentence, d.span.start, d.span.end);
        let (part_from, part_to) = dates::part_bounds(locale.dates, &sentence[from..to], d.span.start - from, d.span.end - from);
        let (part_from, part_to) = (from + part_from, from + part_to);
        // (A trigger whose words reach into the clause is its verb: "the summit that will take place".)
        verbal
            && !(here.0 < part_to && part_from < here.1)
            && dates::opens_relative_clause(locale.dates, &sentence[part_from..part_to])
            && dates::tense_in(locale.dates, &sentence[part_from..part_to]) != Tense::Unknown
    };
    // "ont annoncé que la trêve débutera demain": a date after a verb in the future dates what
    // is to come, not the verb in the past that reports it.
    // (Read for the first date after the trigger that asks.)
    let said_read = std::cell::OnceCell::new();
    let said_in_the_past = || *said_read.get_or_init(|| verbal && dates::tense_in(locale.dates, &sentence[here.0..here.1]) == Tense::Past);
    let of_what_is_to_come = |d: &dates::TimeExpr| {
        d.span.start >= here.1 && said_in_the_past() && dates::tense_in(locale.dates, &sentence[here.1..d.span.start]) == Tense::Future
    };
    // "une trêve qui commencera le 27 février", "le sommet qui se tiendra mardi": a noun
    // followed by a relative clause is dated by it, before a nearer date outside.
    let relative_right_after = |d: &dates::TimeExpr| {
        let (from, to) = clause_bounds(sentence, d.span.start, d.span.end);
        let (part_from, _) = dates::part_bounds(locale.dates, &sentence[from..to], d.span.start - from, d.span.end - from);
        let part_from = from + part_from;
        !verbal
            && part_from >= here.1
            && part_from - here.1 <= RELATIVE_REACH
            && !sentence[here.1..part_from].contains([',', ';', ':'])
            && dates::opens_relative_clause(locale.dates, &sentence[part_from..d.span.start])
            && !triggers.iter().any(|&(_, other)| other.0 >= here.1 && other.1 <= part_from)
    };
    if let Some(own) = dates.iter().find(|d| relative_right_after(d) && !quoted_apart(d) && !owned_by_other(d)) {
        return Some(own);
    }
    // "a annoncé samedi le report de l'élection présidentielle prévue le 25 février": the date a
    // participle gives the trigger's own noun is its date, though another is nearer.
    let describes_this_noun = |d: &dates::TimeExpr| {
        (locale.clauses.described_by_participle)(&sentence[..d.span.start]).is_some_and(|phrase| phrase <= here.0 && here.1 <= d.span.start)
    };
    if let Some(own) = dates.iter().find(|d| describes_this_noun(d) && !quoted_apart(d)) {
        return Some(own);
    }
    // "Jeudi, les pourparlers entre la Serbie et son ancienne province, qui a déclaré son
    // indépendance en 2008, ont échoué": a relative clause set off by a comma describes who
    // it follows; a date outside it dates the main clause, not what it describes.
    // (Only a subject relative closed by a comma: "…, où il signait un accord" and "…, qui a
    // demandé des armes." go on with the story.)
    let incise = clause_bounds(sentence, here.0, here.1);
    let describes = incise.0 > 0
        && sentence[..incise.0].trim_end().ends_with(',')
        && sentence[incise.1..].starts_with(',')
        && (locale.clauses.subject_relative)(&sentence[incise.0..here.0]);
    let outside_the_incise = |d: &dates::TimeExpr| describes && (d.span.end <= incise.0 || d.span.start >= incise.1);
    // "a déclaré que la décision rendue vendredi par la CIJ …": a date right after a
    // participle describing a noun dates that noun, not a trigger before it.
    let of_a_described_noun =
        |d: &dates::TimeExpr| (locale.clauses.described_by_participle)(&sentence[..d.span.start]).is_some_and(|phrase| here.1 <= phrase);
    // "Trump said on Saturday he planned to meet Putin on Monday": a plan takes a date of its
    // own part of the clause (after the day its speaker said it) before a nearer one outside.
    // (Only a plan's own part is asked for.)
    let plan = plans.contains(&here);
    let own_part = if plan {
        let (clause_from, clause_to) = clause_bounds(sentence, here.0, here.1);
        let own_part = dates::part_bounds(locale.dates, &sentence[clause_from..clause_to], here.0 - clause_from, here.1 - clause_from);
        (clause_from + own_part.0, clause_from + own_part.1)
    } else {
        (0, 0)
    };
    let outside_a_plans_part = |d: &dates::TimeExpr| {
        plan && (d.span.end <= own_part.0 || d.span.start >= own_part.1)
            && dates.iter().any(|o| own_part.0 <= o.span.start && o.span.end <= own_part.1 && o.span.start >= here.1)
    };
    dates
        .iter()
        .filter(|d| {
            !outside_a_plans_part(d)
                && !owned_by_other(d)
                && !since_before(d)
                && !nearer_another(d)
                && !of_another_clause(d)
                && !quoted_apart(d)
                && !in_a_relative_clause(d)
                && !of_what_is_to_come(d)
                && !outside_the_incise(d)
                && !of_a_described_noun(d)
        })
        .min_by_key(|d| distance((d.span.start, d.span.end), here))
}

/// "X a rencontré A et B": two meetings, X with A and X with B, as news
/// reports them as separate talks. Only for the verbs of a one-to-one meeting;
/// a summit or a meeting of several stays one event. The first `subjects`
/// people (at least one) are the side that met: "X et Y ont rencontré A" is one meeting.
fn one_meeting_each(event_type: EventType, trigger: &str, actors: Vec<Actor>, subjects: usize) -> Vec<Vec<Actor>> {
    let lower = lower_case(trigger);
    let one_to_one = lower.starts_with("rencontr") || lower.contains("entretenu") || lower.contains("entretenir");
    let people: Vec<&Actor> = actors.iter().filter(|a| a.kind == ActorKind::Person).collect();
    let side = subjects.max(1).min(people.len());
    if event_type != EventType::Meeting || !one_to_one || people.len() < side + 2 {
        return vec![actors];
    }
    let others: Vec<&Actor> = actors.iter().filter(|a| a.kind != ActorKind::Person).collect();
    people[side..]
        .iter()
        .map(|counterpart| {
            people[..side].iter().copied().chain(std::iter::once(*counterpart)).chain(others.iter().copied()).cloned().collect()
        })
        .collect()
}

/// One place, or a city and its country ("Taipei" and "Taïwan").
fn same_place(a: &Place, b: &Place) -> bool {
    let holds =
        |country: &Place, city: &Place| country.kind == PlaceKind::Country && country.country.is_some() && country.country == city.country;
    a.name == b.name || holds(a, b) || holds(b, a)
}

/// Bytes between two spans (0 when they overlap).
fn distance(a: (usize, usize), b: (usize, usize)) -> usize {
    b.0.saturating_sub(a.1).max(a.0.saturating_sub(b.1))
}

/// The clause around a trigger: up to the punctuation that separates clauses.
fn clause_bounds(sentence: &str, start: usize, end: usize) -> (usize, usize) {
    // A sentence's clauses are bounded dozens of times (each trigger, date and check asks):
    // its breaks are found once and looked up. The last few sentences are remembered.
    const REMEMBERED: usize = 4;
    thread_local! {
        static BREAKS: std::cell::RefCell<(usize, Vec<ClauseBreaks>)> = const { std::cell::RefCell::new((0, Vec::new())) };
    }
    BREAKS.with_borrow_mut(|(next, remembered)| {
        let breaks = match remembered.iter().position(|b| b.sentence == sentence) {
            Some(i) => &remembered[i],
            None => {
                let read = ClauseBreaks::of(sentence);
                let i = if remembered.len() < REMEMBERED {
                    remembered.push(read);
                    remembered.len() - 1
                } else {
                    let i = *next;
                    remembered[i] = read;
                    *next = (*next + 1) % REMEMBERED;
                    i
                };
                &remembered[i]
            }
        };
        let from = match breaks.ends.partition_point(|&i| i < start) {
            0 => 0,
            n => breaks.ends[n - 1] + 1,
        };
        let to = breaks.opens.get(breaks.opens.partition_point(|&i| i < end)).copied().unwrap_or(sentence.len());
        (from, to)
    })
}

/// Where a sentence's clause breaks are: `,;:()`, and « » — – in UTF-8, whose lead bytes
/// begin no other character; `ends` holds each break's last byte, `opens` its first.
struct ClauseBreaks {
    sentence: String,
    ends: Vec<usize>,
    opens: Vec<usize>,
}

impl ClauseBreaks {
    fn of(sentence: &str) -> Self {
        let bytes = sentence.as_bytes();
        let mut breaks = ClauseBreaks { sentence: sentence.to_string(), ends: Vec::new(), opens: Vec::new() };
        // "Les Forces de soutien rapide (FSR) ont signé …": an acronym in brackets glosses the
        // name before it, which stays the subject of the verb after it.
        let glosses: Vec<(usize, usize)> =
            memchr::memchr_iter(b'(', bytes).filter_map(|open| bracketed_acronym_end(sentence, open).map(|close| (open, close))).collect();
        for (i, &byte) in bytes.iter().enumerate() {
            match byte {
                b'(' | b')' if glosses.iter().any(|&(open, close)| i == open || i == close) => {}
                b',' | b';' | b':' | b'(' | b')' => {
                    breaks.ends.push(i);
                    breaks.opens.push(i);
                }
                0xC2 if matches!(bytes.get(i + 1), Some(0xAB | 0xBB)) => breaks.opens.push(i),
                0xAB | 0xBB if i >= 1 && bytes[i - 1] == 0xC2 => breaks.ends.push(i),
                0xE2 if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0x93 | 0x94)) => breaks.opens.push(i),
                0x93 | 0x94 if i >= 2 && bytes[i - 1] == 0x80 && bytes[i - 2] == 0xE2 => breaks.ends.push(i),
                _ => {}
            }
        }
        breaks
    }
}

/// Where the `)` closing an acronym opened at `open` stands ("(FSR)", "(M23)", "(RSF)").
fn bracketed_acronym_end(sentence: &str, open: usize) -> Option<usize> {
    let inside = sentence.get(open + 1..)?;
    let close = inside.find(')')?;
    let word = &inside[..close];
    let acronym = (2..=10).contains(&word.chars().count())
        && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '-' | '.' | '&'))
        && word.chars().any(char::is_uppercase);
    acronym.then_some(open + 1 + close)
}

/// The clause of a verb of saying that follows the clause ending at `clause_end` as an
/// incise closing the sentence (", a annoncé vendredi le ministre.", ", the ministry said
/// on Friday."): the verb first, or after a few words naming the speaker.
fn announcing_incise(
    locale: &locale::Locale,
    sentence: &str,
    clause_end: usize,
    triggers: &[(EventType, (usize, usize))],
) -> Option<(usize, usize)> {
    let mut rest = sentence.get(clause_end..)?.strip_prefix(',')?;
    let mut start = clause_end + 1;
    // "… on Russia's leading tanker group, Sovcomflot, the department said": a name in
    // apposition between commas belongs to the clause before the incise.
    if let Some(comma) = rest.find(',') {
        let apposed = rest[..comma].trim();
        if apposed.starts_with(char::is_uppercase) && apposed.split_whitespace().count() <= 3 {
            start += comma + 1;
            rest = &rest[comma + 1..];
        }
    }
    let incise_of = |(s, e): (usize, usize)| {
        let (from, to) = clause_bounds(sentence, s, e);
        // (Or followed only by words that report nothing: "diplomats said on Thursday (20),
        // including their first restrictions on Russian gas.")
        let last = sentence[to..].trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation()).is_empty()
            || !triggers.iter().any(|&(_, (other, _))| other >= to);
        let speaker_words = sentence[start..s].split_whitespace().count();
        let placed = speaker_words == 0 || (speaker_words <= 10 && last);
        (from == start && placed && !rest.trim_start().starts_with(['"', '«', '“'])).then_some((from, to))
    };
    triggers.iter().filter(|&&(t, (s, _))| t == EventType::Statement && s >= start).find_map(|&(_, span)| incise_of(span)).or_else(|| {
        // ", the department said on Friday": a verb of saying that reads as no event of its own.
        let said = locale.dates.clause.reporting.as_ref()?.find(&sentence[start..])?;
        incise_of((start + said.start(), start + said.end()))
    })
}

/// The start of a trigger's clause stretched back over the names of a list that
/// the clause ends: "Obama, German Chancellor Angela Merkel and French President
/// Francois Hollande met": the commas separate the list's names, not clauses. Each
/// item before a comma is taken when it names a person, or a state or body first, its
/// article aside ("Le Royaume-Uni, le Canada et l'Australie ont annoncé"; not "En Ukraine,
/// …"), and the clause joins its last names with `and`.
fn list_start(
    words: &locale::ActorWords,
    sentence: &str,
    (mut from, trigger): (usize, usize),
    found: &[(usize, Actor)],
    verbs: &[(usize, usize)],
) -> usize {
    while from > 0 && sentence[..from].ends_with(',') && sentence[from..trigger].contains(words.and) {
        let comma = from - 1;
        let item_start = sentence[..comma]
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, ',' | ';' | ':' | '(' | ')' | '«' | '»' | '—' | '–'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let item = &sentence[item_start..comma];
        // (A clause with its verb is no item: "Israel bombed Gaza on Tuesday, and Qatar condemned …".)
        if verbs.iter().any(|&(start, end)| item_start <= start && end <= comma) {
            break;
        }
        let lead = item.len() - item.trim_start().len();
        let names = found.iter().filter(|(pos, _)| (item_start..comma).contains(pos));
        let article = article_length(words, item.trim_start());
        let name_start = item_start + lead + article;
        let first_word_end = sentence[name_start..comma].find(char::is_whitespace).map_or(comma, |e| name_start + e);
        // (After an article, the item is the name alone: not "Le Japon s'est dit préoccupé, et …".)
        let named_alone = article == 0 || only_name_words(words, &sentence[name_start..comma]);
        let a_name = names.into_iter().any(|(pos, a)| a.kind == ActorKind::Person || (*pos < first_word_end && named_alone));
        if !a_name || item.split_whitespace().count() > 6 {
            break;
        }
        from = item_start;
    }
    from
}

/// The bytes of the article opening a text, with its space ("Le ", "the ", "l'"), or 0.
fn article_length(words: &locale::ActorWords, text: &str) -> usize {
    let word_end = text.find(|c: char| c.is_whitespace() || c == '\'' || c == '’').unwrap_or(text.len());
    let elided = text[word_end..].starts_with(['\'', '’']);
    let word_end = if elided { word_end + text[word_end..].chars().next().map_or(0, char::len_utf8) } else { word_end };
    let word = crate::extract::lower_case(&text[..word_end]);
    if !words.place_articles.contains(&word.as_ref()) {
        return 0;
    }
    if elided {
        word_end
    } else {
        word_end + text[word_end..].len() - text[word_end..].trim_start().len()
    }
}

/// Whether every word of a text is capitalised or links a name's words ("Burkina Faso",
/// "Côte d'Ivoire", "Kingdom of the Netherlands").
fn only_name_words(words: &locale::ActorWords, text: &str) -> bool {
    text.split_whitespace().all(|word| {
        let elided = word.split_once(['\'', '’']).map_or(word, |(_, rest)| rest);
        word.starts_with(char::is_uppercase)
            || elided.starts_with(char::is_uppercase)
            || words.title_complement.contains(&word)
            || words.place_articles.contains(&word)
    })
}

/// Where an event happened: the places of its own clause ("après une visite à
/// Pyongyang"), else the one place of the sentence nearest the trigger. Cities first.
fn places_near(mentions: &[gazetteer::PlaceMention], from: usize, to: usize, at: usize) -> Vec<Place> {
    let in_clause: Vec<&gazetteer::PlaceMention> = mentions.iter().filter(|m| m.start >= from && m.end <= to).collect();
    let chosen: Vec<&gazetteer::PlaceMention> =
        if in_clause.is_empty() { mentions.iter().min_by_key(|m| m.start.abs_diff(at)).into_iter().collect() } else { in_clause };
    let mut places: Vec<Place> = Vec::new();
    for mention in chosen {
        if !places.iter().any(|p| p.name == mention.place.name) {
            places.push(mention.place.clone());
        }
    }
    places.sort_by_key(|p| p.kind != PlaceKind::City);
    places
}

/// The end of a clause stretched over the places of a list that goes on after it: "se rendra
/// au Congo, au Tchad et en Éthiopie", "will travel to Kenya, to Chad and to Ethiopia".
fn with_place_list(words: &locale::ActorWords, sentence: &str, to: usize) -> usize {
    let mut end = to;
    while let Some(rest) = sentence[end..].strip_prefix(',') {
        let segment_end = segment_end(rest);
        let segment = rest[..segment_end].trim_start();
        let first = segment.split_whitespace().next().unwrap_or("");
        let locative = !first.is_empty() && actors::located_at(words, &format!("{first} "));
        // "met in the Chinese capital, Beijing, …": the name the clause's place noun stands for.
        let segment_start = end + 1 + (rest.len() - rest.trim_start().len());
        let named = first.starts_with(char::is_uppercase)
            && segment.split_whitespace().count() <= 4
            && actors::located_at(words, &sentence[..segment_start]);
        if !(locative || named) || segment.split_whitespace().count() > 8 {
            break;
        }
        end += 1 + segment_end;
    }
    end
}

/// Where a segment of a clause after a comma ends: at the next punctuation, but not at the
/// full stop of a civility ("M. Djibril Bassolé", "Dr. Tedros").
fn segment_end(rest: &str) -> usize {
    let abbreviation_before = |at: usize| {
        let word = rest[..at].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        (1..=3).contains(&word.chars().count()) && word.starts_with(char::is_uppercase)
    };
    rest.match_indices([',', ';', ':', '(', ')', '«', '»', '.'])
        .find(|&(at, mark)| mark != "." || !abbreviation_before(at))
        .map_or(rest.len(), |(at, _)| at)
}

/// The end of a clause stretched over a name in apposition that follows it:
/// "le secrétaire général du PCV, Nguyen Phu Trong, considéré …" names him.
fn with_apposition(sentence: &str, to: usize) -> usize {
    let Some(rest) = sentence[to..].strip_prefix(',') else { return to };
    let segment_end = segment_end(rest);
    let segment = rest[..segment_end].trim();
    let is_name = segment.chars().next().is_some_and(char::is_uppercase) && segment.split_whitespace().count() <= 4;
    if is_name {
        to + 1 + segment_end
    } else {
        to
    }
}

/// Who took part: the actors of the trigger's clause; when that clause names no
/// person, the sentence's first person before the trigger (its subject:
/// "Poutine …, et a déposé une gerbe"), but not when the clause names its own
/// ("après la visite de Joe Biden"). A meeting takes both sides: when its
/// clause names one person or none, only counterparts ("une réunion avec son homologue, To
/// Lam"), the sentence's first person outside it is the one who met them.
/// A noun whose clause names its side ("une agression russe") borrows no subject, nor does a
/// clause a verb of saying reports that names its own.
/// Also returns how many of the actors, first in the list, are the subject's people.
fn actors_near(
    found: &[(usize, Actor)],
    (sentence, and): (&str, &str),
    triggers: &[(usize, usize)],
    (from, to): (usize, usize),
    (at, nominal, reported): (usize, bool, bool),
    event_type: EventType,
) -> (Vec<Actor>, usize) {
    let mut chosen: Vec<Actor> = Vec::new();
    let in_clause = |pos: &usize| *pos >= from && *pos < to;
    let people_in_clause = found.iter().filter(|(pos, a)| a.kind == ActorKind::Person && in_clause(pos)).count();
    // "Nikol Pachinian et Ilham Aliev ont signé": the subject and every person
    // joined to it by "et" before `until`, with no other verb between them.
    let subject_and_partners = |chosen: &mut Vec<Actor>, first: usize, until: usize| {
        for (pos, other) in found.iter().filter(|(pos, a)| a.kind == ActorKind::Person && *pos >= first && *pos < until) {
            let between = &sentence[first..*pos];
            let no_verb = !triggers.iter().any(|&(s, e)| s >= first && e <= *pos);
            if (*pos == first || (between.contains(and) && no_verb)) && !chosen.contains(other) {
                chosen.push(other.clone());
            }
        }
    };
    let side_in_clause = found.iter().any(|(pos, _)| in_clause(pos));
    // (A noun or a reported clause that names its own side takes no person before it: "Spokesman
    // X said on Saturday that Afghanistan's delegation arrived in Qatar" is no journey of X's.)
    if people_in_clause == 0 && !((nominal || reported) && side_in_clause) {
        if let Some((first, _)) = found.iter().find(|(pos, a)| a.kind == ActorKind::Person && *pos < at) {
            subject_and_partners(&mut chosen, *first, at);
        } else if let Some((_, subject)) = subject_before_incise(found, sentence, (from, at), nominal) {
            // "L'armée israélienne, selon un communiqué, a annoncé …": the verb opens its
            // clause after an incise; the sentence's first words are its subject.
            chosen.push(subject.clone());
        }
    } else if (event_type == EventType::Meeting || hosted(sentence, at, to)) && people_in_clause < 2 {
        // "Justin Trudeau, et Ursula von der Leyen, ont rencontré Volodymyr Zelensky".
        if let Some((first, _)) = found.iter().find(|(pos, a)| a.kind == ActorKind::Person && !in_clause(pos)) {
            subject_and_partners(&mut chosen, *first, if *first < from { from } else { sentence.len() });
        }
    } else if event_type == EventType::Statement {
        // The speaker, named before the clause ("Antony Blinken, avait félicité M. Lai").
        if let Some((_, speaker)) = found.iter().find(|(pos, a)| a.kind == ActorKind::Person && *pos < from) {
            chosen.push(speaker.clone());
        }
    }
    // "Obama, Merkel et Hollande se sont rencontrés": people all before the verb are
    // all its subject, one side (one meeting), not one person and their counterparts.
    let people_before = found.iter().filter(|(pos, a)| a.kind == ActorKind::Person && in_clause(pos) && *pos < at).count();
    let subjects =
        if chosen.is_empty() && !nominal && people_before >= 2 && people_before == people_in_clause { people_before } else { chosen.len() };
    for (pos, actor) in found {
        if *pos >= from && *pos < to && !chosen.contains(actor) {
            chosen.push(actor.clone());
        }
    }
    if chosen.is_empty() {
        chosen = found.iter().map(|(_, a)| a.clone()).collect();
    }
    (chosen, subjects)
}

/// "… se rencontreront mercredi à Moscou, a annoncé mardi Ankara": a verb of saying opening its
/// clause after a comma, after another verb's clause, with sides named after it, tells what
/// that clause's subject does: those sides, its speaker, alone made the statement. (Not a verb
/// after its subject's apposition: "Le secrétaire d'État, Antony Blinken, avait félicité M. Lai".)
/// Read on the clause's own words: the speaker is often a state the sentence named before.
fn speaker_after_verb(
    locale: &locale::Locale,
    sentence: &str,
    trigger: &Found,
    (from, to): (usize, usize),
    not_nouns: &[(usize, usize)],
    known_people: &[&str],
) -> Option<Vec<Actor>> {
    let opens_clause = from > 0 && sentence[from..trigger.start()].trim().is_empty() && sentence[..from].trim_end().ends_with(',');
    if trigger.event_type != EventType::Statement || trigger.nominal || !opens_clause || !not_nouns.iter().any(|&(_, end)| end < from) {
        return None;
    }
    let speaker: Vec<Actor> = actors::actors_in(locale.actors, &sentence[trigger.end()..to.max(trigger.end())], known_people)
        .into_iter()
        .map(|(_, actor)| actor)
        .collect();
    (!speaker.is_empty()).then_some(speaker)
}

/// The side that opens the sentence when a verb opens its clause right after an incise set
/// off by commas ("L'armée israélienne, sans confirmer la frappe, a annoncé …").
fn subject_before_incise<'a>(
    found: &'a [(usize, Actor)],
    sentence: &str,
    (from, at): (usize, usize),
    nominal: bool,
) -> Option<&'a (usize, Actor)> {
    let opens_clause = !nominal && from > 0 && sentence[from..at].trim().is_empty() && sentence[..from].trim_end().ends_with(',');
    let first = found.iter().min_by_key(|(pos, _)| *pos)?;
    let opens_sentence = sentence[..first.0].split_whitespace().count() <= 1 && !sentence[..first.0].contains(',');
    (opens_clause && opens_sentence && first.0 < from).then_some(first)
}

/// Whether a possessive of several owners stands before an event noun, with at most two
/// adjectives between ("leurs discussions", "their direct talks").
fn owned_by_several(words: &locale::ActorWords, before: &str) -> bool {
    before
        .split_whitespace()
        .rev()
        .take(3)
        .take_while(|w| !w.ends_with([',', ';', ':', '.']))
        .any(|w| words.several_owners.iter().any(|owner| w.eq_ignore_ascii_case(owner)))
}

/// "Accueillie sur le tarmac par le ministre …, Pelosi est arrivée": a visitor
/// received by a host named after "par"; the visitor is the sentence's other person.
fn hosted(sentence: &str, at: usize, to: usize) -> bool {
    let trigger_word = lower_case(sentence[at..].split_whitespace().next().unwrap_or(""));
    let received = trigger_word.starts_with("accueilli") || trigger_word.starts_with("reçu");
    received && sentence.get(at..to).is_some_and(|clause| clause.contains(" par "))
}

/// The title stored for a candidate: composed in French, the store's language for titles
/// (the window and exports compose theirs in the reader's language: [`crate::titles`]).
pub fn title(event_type: EventType, actors: &[Actor], places: &[Place]) -> String {
    let names: Vec<&str> = places.iter().map(|p| p.name.as_str()).collect();
    crate::titles::compose(event_type, actors, &names, crate::render::Lang::Fr)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DateSpan;
    use chrono::NaiveDate;

    fn run(text: &str, published: &str) -> Vec<Candidate> {
        extract(ArticleText { text, language: "fr", published: NaiveDate::parse_from_str(published, "%Y-%m-%d").ok() })
    }

    fn run_counting(text: &str) -> (Vec<Candidate>, Unread) {
        let mut unread = Unread::default();
        let found = extract_counting(ArticleText { text, language: "fr", published: NaiveDate::from_ymd_opt(2024, 6, 20) }, &mut unread);
        (found, unread)
    }

    fn place_names(candidate: &Candidate) -> Vec<&str> {
        candidate.places.iter().map(|p| p.name.as_str()).collect()
    }

    #[test]
    fn titles_are_sorted_for_their_lookup() {
        for code in ["fr", "en"] {
            let subject = locale::for_language(code).subject;
            let titles = subject.titles;
            assert!(titles.windows(2).all(|pair| pair[0].0 < pair[1].0), "{code}: {titles:?} is not sorted");
        }
    }

    #[test]
    fn a_place_taken_or_entered_is_where_not_its_government() {
        let english = |text: &str| {
            extract(ArticleText { text, language: "en", published: NaiveDate::from_ymd_opt(2022, 11, 12) })
                .into_iter()
                .find(|c| c.event_type == EventType::Military)
                .expect("the military event")
        };
        // A weekday after the name does not make it part of a longer name.
        let taken = english("Ukrainian troops recaptured Kherson Friday.");
        assert_eq!(place_names(&taken), ["Kherson"]);
        let stormed = english("Soldiers stormed the southern city of Kherson on Friday.");
        assert_eq!(place_names(&stormed), ["Kherson"]);
        // The capital taken is the place, not a side.
        let found = run("Les talibans se sont emparés dimanche de Kaboul.", "2021-08-16");
        let seizure = found.iter().find(|c| c.event_type == EventType::Military).expect("the seizure");
        assert_eq!(place_names(seizure), ["Kabul"]);
        // A capital named in apposition to the clause's place noun is where it happened.
        let text = "The foreign ministers met on Thursday in the Chinese capital, Beijing, after months of talks.";
        let met = extract(ArticleText { text, language: "en", published: NaiveDate::from_ymd_opt(2023, 4, 7) });
        let meeting = met.iter().find(|c| c.event_type == EventType::Meeting).expect("the meeting");
        assert_eq!(place_names(meeting), ["Beijing"]);
        let met = run("Les ministres se sont réunis jeudi dans la capitale chinoise, Pékin, après des mois de pourparlers.", "2023-04-07");
        let meeting = met.iter().find(|c| c.event_type == EventType::Meeting).expect("the meeting");
        assert_eq!(place_names(meeting), ["Beijing"]);
        assert!(seizure.actors.iter().all(|a| a.name != "Afghanistan"), "{:?}", seizure.actors);
        let found = run("Des combats ont éclaté samedi dans la capitale, Kaboul.", "2021-08-16");
        assert!(found.iter().any(|c| place_names(c) == ["Kabul"]), "{found:?}");
    }

    #[test]
    fn places_of_a_list_and_not_of_an_agent() {
        // A list of places after the verb's clause is where the tour goes.
        let found = run("Le ministre se rendra lundi au Mali, au Niger et au Tchad.", "2024-06-01");
        assert_eq!(place_names(&found[0]), ["Mali", "Niger", "Chad"]);
        // The agent of a passive is a side, not where.
        let found = run("La résolution présentée par la France a été adoptée jeudi.", "2024-06-01");
        assert!(found.iter().all(|c| c.places.is_empty()), "{found:?}");
        // A comma closing the date right after the verb does not end its clause.
        let found = run("Le chancelier Olaf Scholz a reçu mardi 4 juin, le président kényan, William Ruto.", "2024-06-05");
        assert_eq!(found[0].actors.first().map(|a| a.name.as_str()), Some("Olaf Scholz"));
    }

    #[test]
    fn a_place_things_come_from_outside_the_clause_is_not_where() {
        // The place after "de" in another clause says where threats come from.
        let found =
            run("Le président a décrété jeudi l'état de siège, disant vouloir protéger le pays de menaces venues du Soudan.", "2024-05-03");
        assert!(found.iter().all(|c| !place_names(c).contains(&"Sudan")), "{found:?}");
        // A country that is the subject of its sentence still is (it hosts what it does).
        let found = run("Le Kenya, resté neutre, accueillait mardi le président ghanéen.", "2024-05-03");
        assert!(found.iter().any(|c| place_names(c).contains(&"Kenya")), "{found:?}");
    }

    #[test]
    fn clause_bounds_are_those_the_characters_give() {
        let by_characters = |sentence: &str, start: usize, end: usize| {
            // (An acronym in brackets is no break: its brackets read as letters.)
            let sentence = &sentence.replace("(FSR)", "_FSR_");
            let is_break = |c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '«' | '»' | '—' | '–');
            let from = sentence[..start].char_indices().rev().find(|&(_, c)| is_break(c)).map_or(0, |(i, c)| i + c.len_utf8());
            let to = sentence[end..].find(is_break).map_or(sentence.len(), |i| end + i);
            (from, to)
        };
        for sentence in [
            "Le président, arrivé jeudi — selon l’AFP – à Hanoï (Viêt Nam) : « visite » ; fin…",
            "«Non»—dit-il–puis… «oui» ; ‘a’ “b” ‐ ‑ ‒ ― é à ç ÿ Œ",
            "Les Forces de soutien rapide (FSR) ont signé (à Djeddah) l’accord (le 11 mai)",
            "no break at all",
            "",
        ] {
            let starts: Vec<usize> = (0..=sentence.len()).filter(|&i| sentence.is_char_boundary(i)).collect();
            for &start in &starts {
                for &end in starts.iter().filter(|&&end| end >= start) {
                    assert_eq!(clause_bounds(sentence, start, end), by_characters(sentence, start, end), "{sentence:?} {start}..{end}");
                }
            }
        }
    }

    #[test]
    fn sentences_too_long_or_too_crowded_are_counted_and_the_others_read() {
        let visit = "Vladimir Poutine est arrivé jeudi à Hanoï pour une visite d'État.";
        assert_eq!(run_counting(visit).1, Unread::default());
        let long = format!("Le sommet {} a eu lieu.", "très ".repeat(MAX_SENTENCE_BYTES / 5));
        let crowded = format!("Visite {}.", "visite ".repeat(MAX_SENTENCE_TRIGGERS).trim_end());
        assert!(crowded.len() < MAX_SENTENCE_BYTES);
        let (found, unread) = run_counting(&format!("{long} {crowded} {visit}"));
        assert_eq!(unread, Unread { long: 1, crowded: 1 });
        assert_eq!(found.len(), 1, "the sentence after them is read: {found:?}");
        assert_eq!(found[0].event_type, EventType::Visit);
        // At the limit, a sentence is read.
        let sixteen = format!("Visite {}.", "visite ".repeat(MAX_SENTENCE_TRIGGERS - 1).trim_end());
        assert_eq!(run_counting(&sixteen).1, Unread::default());
    }

    /// A million trigger words: one sentence, refused by its length at once (the
    /// import of 100,000 took over two minutes in a debug build before the limits).
    #[test]
    fn a_million_trigger_words_are_not_read_for_events() {
        let text = "visite ".repeat(1_000_000);
        let started = std::time::Instant::now();
        assert_eq!(run_counting(&text), (vec![], Unread { long: 1, crowded: 0 }));
        eprintln!("a million trigger words: {:?}", started.elapsed());
    }

    #[test]
    fn a_dated_arrival_is_a_visit_with_its_place_and_person() {
        let text = "Vladimir Poutine est arrivé jeudi à Hanoï pour une visite d'État.";
        let found = run(text, "2024-06-20");
        assert_eq!(found.len(), 1, "{found:?}");
        let c = &found[0];
        assert_eq!(c.event_type, EventType::Visit);
        assert_eq!(c.date, DateSpan::day(NaiveDate::from_ymd_opt(2024, 6, 20).unwrap()));
        assert_eq!(c.places[0].name, "Hanoi");
        assert_eq!(c.actors[0].name, "Vladimir Putin");
        assert_eq!(c.quote.of(text), text);
        assert_eq!(c.date_text.as_deref(), Some("jeudi"));
    }

    #[test]
    fn a_date_referred_to_or_recalled_in_another_clause_is_not_the_events() {
        let text = "Jeudi, les deux présidents se sont rencontrés à Rome. Les ministres ont signé un accord de défense, conformément à l'annonce faite en novembre dernier.";
        let agreement = run(text, "2025-03-07").into_iter().find(|c| c.event_type == EventType::Agreement).expect("the signing");
        assert_eq!(agreement.date, DateSpan::day(day("2025-03-06")), "the passage's day, not November");
        let text = "Après le sommet de juin, les deux pays ont signé un accord commercial.";
        let agreement = run(text, "2025-09-10").into_iter().find(|c| c.event_type == EventType::Agreement);
        assert!(agreement.as_ref().is_none_or(|a| chrono::Datelike::month(&a.date.start) != 6), "{agreement:?}");
        // A date in the trigger's own clause stays its date.
        let text = "Conformément à l'accord, les deux pays ont signé jeudi un protocole.";
        let agreement = run(text, "2025-03-07").into_iter().find(|c| c.event_type == EventType::Agreement).expect("the signing");
        assert_eq!(agreement.date, DateSpan::day(day("2025-03-06")));
    }

    #[test]
    fn a_pronoun_after_an_opening_adverbial_is_the_previous_subject() {
        let text = "Narendra Modi est arrivé lundi à Moscou. Mardi, il s'est entretenu au Kremlin avec Vladimir Poutine.";
        let meeting = run(text, "2024-07-09").into_iter().find(|c| c.event_type == EventType::Meeting).expect("a meeting");
        assert_eq!(people(&meeting), ["Narendra Modi", "Vladimir Putin"]);
        let words = &crate::extract::fr::words::SUBJECT_WORDS;
        assert_eq!(subject_pronoun(words, "Mardi, il a signé."), Some(7));
        assert_eq!(subject_pronoun(words, "Il a signé."), Some(0));
        assert_eq!(subject_pronoun(words, "Puis il se rendra à Bouaké."), Some(5));
        assert_eq!(subject_pronoun(words, "Pour Moscou, il s'agit d'une visite."), None);
        assert_eq!(subject_pronoun(words, "Il s'agit de sa première visite."), None);
        // The speaker of a quotation, in the incise after it.
        assert_eq!(subject_pronoun(words, "« Nous attaquerons », a-t-il ajouté."), Some(24));
        assert_eq!(subject_pronoun(words, "Au terme de longues et difficiles négociations, il a signé."), None);
    }

    #[test]
    fn a_council_that_met_is_a_meeting() {
        let found = run("Vendredi, le Conseil de sécurité des Nations unies s'était réuni en urgence à New York.", "2024-09-22");
        let meeting = found.iter().find(|c| c.event_type == EventType::Meeting).expect("a meeting");
        assert_eq!(meeting.places.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["New York City"]);
    }

    #[test]
    fn saying_oneself_concerned_in_quotes_is_a_statement() {
        let found = run("Mardi, à Washington, le département d'État s'est dit « préoccupé » par cette visite.", "2024-07-10");
        assert_eq!(found.iter().map(|c| c.event_type).collect::<Vec<_>>(), [EventType::Statement]);
    }

    #[test]
    fn being_received_by_someone_is_a_meeting_with_them() {
        let text = "Le président kényan William Ruto a effectué mardi une visite d'État en Chine, où il a été reçu à Pékin par Xi Jinping.";
        let found = run(text, "2025-03-05");
        let meeting = found.iter().find(|c| c.event_type == EventType::Meeting).expect("a meeting");
        assert_eq!(people(meeting), ["William Ruto", "Xi Jinping"]);
        assert_eq!(meeting.places.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Beijing"]);
        assert!(found.iter().any(|c| c.event_type == EventType::Visit));
        // Receiving a thing is still no meeting.
        assert!(run("Mardi, le projet a été reçu avec prudence.", "2025-03-05").iter().all(|c| c.event_type != EventType::Meeting));
    }

    #[test]
    fn a_signal_is_no_signing() {
        let found = run("Le 3 mars, la ministre a salué « un signal fort » adressé au Kremlin.", "2025-03-04");
        assert!(found.iter().all(|c| c.event_type != EventType::Agreement), "{found:?}");
        let found = run("Le 3 mars, les deux pays ont signé un accord de libre-échange.", "2025-03-04");
        assert!(found.iter().any(|c| c.event_type == EventType::Agreement), "{found:?}");
    }

    fn people(c: &Candidate) -> Vec<&str> {
        c.actors.iter().filter(|a| a.kind == ActorKind::Person).map(|a| a.name.as_str()).collect()
    }

    #[test]
    fn meetings_take_both_sides_and_one_counterpart_each() {
        let text = "Emmanuel Macron a rencontré mardi le chancelier Olaf Scholz et le Premier ministre Pedro Sanchez à Berlin.";
        let meetings: Vec<Candidate> = run(text, "2025-03-05").into_iter().filter(|c| c.event_type == EventType::Meeting).collect();
        let pairs: Vec<Vec<&str>> = meetings.iter().map(people).collect();
        assert_eq!(pairs, [vec!["Emmanuel Macron", "Olaf Scholz"], vec!["Emmanuel Macron", "Pedro Sánchez"]]);
        // The subject is outside the clause that names the counterpart.
        let text =
            "« Nous avancerons », a déclaré mardi Emmanuel Macron, à l'issue d'une réunion bilatérale avec son homologue, Olaf Scholz.";
        let meeting = run(text, "2025-03-05").into_iter().find(|c| c.event_type == EventType::Meeting).expect("a meeting");
        assert_eq!(people(&meeting), ["Emmanuel Macron", "Olaf Scholz"]);
        // A summit of several stays one event.
        let text = "Le sommet a réuni mardi Emmanuel Macron, Olaf Scholz et Pedro Sanchez.";
        assert_eq!(run(text, "2025-03-05").iter().filter(|c| c.event_type == EventType::Meeting).count(), 1);
    }

    #[test]
    fn subjects_joined_by_et_meet_together_and_a_group_visits() {
        let text = "Le chancelier allemand, Olaf Scholz, et le président de la Commission européenne, Ursula von der Leyen, ont rencontré mardi Volodymyr Zelensky dans la capitale ukrainienne.";
        let meeting = run(text, "2025-03-05").into_iter().find(|c| c.event_type == EventType::Meeting).expect("a meeting");
        assert_eq!(people(&meeting), ["Olaf Scholz", "Ursula von der Leyen", "Volodymyr Zelenskyy"]);
        assert_eq!(meeting.places.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Kyiv"]);
        for text in [
            "Mardi, plusieurs dirigeants européens se sont rendus à Varsovie.",
            "Mardi, les ministres s'étaient rendus à Varsovie.",
            "Les deux dirigeants se rendent mardi à Varsovie.",
        ] {
            let visit = run(text, "2025-03-05").into_iter().find(|c| c.event_type == EventType::Visit);
            assert_eq!(visit.map(|v| v.places[0].name.clone()).as_deref(), Some("Warsaw"), "{text}");
        }
    }

    #[test]
    fn a_date_opening_the_sentence_dates_a_background_fact_in_the_next_clause() {
        let text = "Dimanche, les électeurs autrichiens avaient placé en tête des élections législatives le parti conservateur de l'ancien chancelier.";
        let found = run(text, "2025-02-26");
        assert_eq!(found.iter().map(|c| (c.event_type, c.date.start)).collect::<Vec<_>>(), [(EventType::Election, day("2025-02-23"))]);
        // Not a date at the other end of a long clause.
        let text = "Les électeurs autrichiens avaient placé en tête des élections législatives le parti conservateur de l'ancien chancelier, mardi.";
        assert!(run(text, "2025-02-26").iter().all(|c| c.event_type != EventType::Election));
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn talks_are_meetings_in_every_tense() {
        for text in [
            "Emmanuel Macron se rendra mardi à Berlin, où il doit s'entretenir avec le chancelier Olaf Scholz.",
            "Mardi, Emmanuel Macron s'était entretenu avec le chancelier Olaf Scholz à Berlin.",
            "Emmanuel Macron et Olaf Scholz se sont longuement entretenus mardi à Berlin.",
        ] {
            let meeting = run(text, "2025-03-05").into_iter().find(|c| c.event_type == EventType::Meeting);
            assert_eq!(meeting.as_ref().map(people), Some(vec!["Emmanuel Macron", "Olaf Scholz"]), "{text}");
        }
    }

    #[test]
    fn a_demonstrative_names_the_event_already_reported() {
        let text = "Emmanuel Macron est arrivé mardi à Berlin. Cette visite intervient après des mois de tensions.";
        let visits = run(text, "2025-03-05").into_iter().filter(|c| c.event_type == EventType::Visit).count();
        assert_eq!(visits, 1);
    }

    #[test]
    fn strikes_congratulations_and_inaugurations() {
        let found = run("Jeudi, une frappe de drones russes a visé Kharkiv, faisant six morts.", "2024-07-07");
        assert_eq!(found.iter().map(|c| (c.event_type, c.date.start)).collect::<Vec<_>>(), [(EventType::Military, day("2024-07-04"))]);
        assert_eq!(found[0].places[0].name, "Kharkiv");
        let found = run("Mardi, Emmanuel Macron a félicité le nouveau président.", "2024-07-07");
        assert_eq!(found.iter().map(|c| c.event_type).collect::<Vec<_>>(), [EventType::Statement]);
        let found = run("Le nouveau président doit prêter serment le 2 avril à Dakar.", "2024-03-28");
        assert_eq!(found.iter().map(|c| (c.event_type, c.planned)).collect::<Vec<_>>(), [(EventType::Election, true)]);
    }

    #[test]
    fn the_passage_follows_its_main_events() {
        // A past sentence does not take a day still to come.
        let text = "Le président doit prêter serment le 2 avril à Dakar. Il a promis de renégocier les contrats.";
        let found = run(text, "2024-03-28");
        assert!(found.iter().all(|c| c.event_type != EventType::Statement), "{found:?}");
        // "La veille" counts from the day of the main event, not from a date it recalls.
        let text = "Les États-Unis ont annoncé vendredi de nouvelles sanctions contre l'Iran, en réponse à l'attaque du 13 avril. \
                    La veille, Antony Blinken s'était entretenu avec Benyamin Nétanyahou.";
        let meeting = run(text, "2024-04-19").into_iter().find(|c| c.event_type == EventType::Meeting).expect("a meeting");
        assert_eq!(meeting.date.start, day("2024-04-18"));
    }

    #[test]
    fn a_date_after_another_events_trigger_is_that_events() {
        let text = "Mercredi, Nawaf Salam a condamné une violation du cessez-le-feu conclu en novembre 2024.";
        let found = run(text, "2025-03-26");
        let dated: Vec<_> = found.iter().map(|c| (c.event_type, c.date.start)).collect();
        assert_eq!(dated, [(EventType::Statement, day("2025-03-26")), (EventType::Agreement, day("2024-11-01"))]);
        // A date ahead of both triggers dates both.
        let text = "Faisant mercredi sa première visite en Corée du Nord, Vladimir Poutine a signé un traité avec Kim Jong Un.";
        assert!(run(text, "2024-06-20").iter().all(|c| c.date.start == day("2024-06-19")));
    }

    #[test]
    fn who_a_quotation_names_is_not_the_speaker() {
        let text = "« Nous demanderons des comptes à l'Iran », a déclaré mardi la secrétaire au Trésor, Janet Yellen.";
        let statement = run(text, "2024-04-19").into_iter().find(|c| c.event_type == EventType::Statement).expect("a statement");
        assert_eq!(statement.actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["Janet Yellen"]);
    }

    #[test]
    fn a_signed_joint_declaration_is_an_agreement() {
        let text = "Nikol Pachinian et Ilham Aliev ont signé vendredi une déclaration commune.";
        let types: Vec<_> = run(text, "2025-08-09").into_iter().map(|c| c.event_type).collect();
        assert_eq!(types, [EventType::Agreement]);
        let text = "Les deux dirigeants ont publié vendredi une déclaration commune.";
        assert_eq!(run(text, "2025-08-09").into_iter().map(|c| c.event_type).collect::<Vec<_>>(), [EventType::Statement]);
    }

    #[test]
    fn the_two_leaders_are_those_of_the_latest_pair() {
        let text = "Emmanuel Macron doit s'entretenir mardi avec Olaf Scholz à Berlin. \
                    Les deux dirigeants devraient signer une déclaration commune, a indiqué l'Élysée dimanche.";
        let found = run(text, "2024-07-07");
        let agreement = found.iter().find(|c| c.event_type == EventType::Agreement).expect("an agreement");
        assert_eq!(people(agreement), ["Emmanuel Macron", "Olaf Scholz"]);
        assert!(agreement.planned && agreement.places.is_empty(), "the Élysée speaks, it is not where they sign: {agreement:?}");
        let statement = found.iter().find(|c| c.event_type == EventType::Statement).expect("the Élysée's statement");
        assert!(people(statement).is_empty() && !statement.planned);
        assert_eq!(statement.actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["Élysée", "France"]);
    }

    #[test]
    fn summits_conferences_agreements_reached_and_trips_announced() {
        let types = |text: &str, published: &str| run(text, published).into_iter().map(|c| c.event_type).collect::<Vec<_>>();
        assert_eq!(
            types("Les dirigeants du G7, réunis jeudi en Italie, ont appelé au calme.", "2024-06-16"),
            [EventType::Meeting, EventType::Statement]
        );
        assert_eq!(types("Les Vingt-Sept se sont mis d'accord jeudi sur un prêt à l'Ukraine.", "2024-06-16"), [EventType::Agreement]);
        assert_eq!(types("La Suisse accueille samedi une conférence sur la paix en Ukraine.", "2024-06-14"), [EventType::Meeting]);
        assert_eq!(types("Vladimir Poutine se rendrait mardi en Corée du Nord, selon le Kremlin.", "2024-06-16"), [EventType::Visit]);
        assert_eq!(types("Lundi, Josep Borrell s'est félicité de cette décision.", "2024-06-25"), [EventType::Statement]);
        // Where they meet is a place, not a state acting; the other side of an accord is not where it is signed.
        let meeting =
            run("Lundi, les ministres, réunis à Bruxelles, ont approuvé le texte.", "2024-06-25").into_iter().next().expect("a meeting");
        assert!(meeting.actors.is_empty() && meeting.places[0].name == "Brussels", "{meeting:?}");
        let accord =
            run("Volodymyr Zelensky a signé jeudi un accord avec les États-Unis.", "2024-06-16").into_iter().next().expect("an accord");
        assert!(accord.places.is_empty() && accord.actors.iter().any(|a| a.name == "United States"), "{accord:?}");
    }

    #[test]
    fn appointments_speeches_and_incises() {
        let types = |text: &str| run(text, "2024-07-05").into_iter().map(|c| c.event_type).collect::<Vec<_>>();
        assert_eq!(types("Keir Starmer a été nommé Premier ministre vendredi par le roi."), [EventType::Election]);
        assert_eq!(types("Vendredi, Keir Starmer a prononcé son premier discours."), [EventType::Statement]);
        assert_eq!(types("« Le changement commence maintenant », a-t-il lancé vendredi."), [EventType::Statement]);
        assert_eq!(types("Keir Starmer doit se rendre mardi à Washington."), [EventType::Visit]);
    }

    #[test]
    fn a_past_sentence_returns_to_the_passage_day_already_past() {
        let text = "Keir Starmer a été nommé Premier ministre vendredi. Il doit se rendre à Washington du 9 au 10 juillet. \
                    Emmanuel Macron a félicité M. Starmer.";
        let statement = run(text, "2024-07-06").into_iter().find(|c| c.event_type == EventType::Statement).expect("a statement");
        assert_eq!(statement.date.start, day("2024-07-05"));
    }

    #[test]
    fn coordinated_subjects_and_named_counterparts() {
        let text =
            "Le Premier ministre arménien, Nikol Pachinian, et le président azerbaïdjanais, Ilham Aliev, ont signé vendredi un accord.";
        let accord = run(text, "2025-08-09").into_iter().next().expect("an accord");
        assert_eq!(people(&accord), ["Nikol Pashinyan", "Ilham Aliyev"]);
        // "son homologue israélien, Israel Katz" is Katz, not Israel's leader named earlier.
        let text = "Benjamin Netanyahou a averti lundi. Mardi, Antony Blinken s'est entretenu avec son homologue israélien, Israel Katz.";
        let found = run(text, "2024-04-19");
        let meetings: Vec<Vec<&str>> = found.iter().filter(|c| c.event_type == EventType::Meeting).map(people).collect();
        assert_eq!(meetings, [vec!["Antony Blinken", "Israel Katz"]]);
    }

    #[test]
    fn a_signing_described_is_dated_only_by_its_own_date() {
        let text = "Le président a été investi mardi. Il a promis de renégocier les contrats signés par le précédent gouvernement.";
        assert!(run(text, "2024-04-03").iter().all(|c| c.event_type != EventType::Agreement));
        let text = "Le président a été investi mardi. L'accord signé en 2018 sera renégocié.";
        let accord = run(text, "2024-04-03").into_iter().find(|c| c.event_type == EventType::Agreement).expect("the 2018 accord");
        assert_eq!(accord.date.start, day("2018-01-01"));
        let text = "Le président a été investi mardi. Les deux textes ont été signés dans la foulée.";
        assert!(run(text, "2024-04-03").iter().any(|c| c.event_type == EventType::Agreement));
    }

    #[test]
    fn places_are_where_the_event_happens() {
        let place_names = |c: &Candidate| c.places.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        // A capital acting is its government; "à Hanoï" is a place.
        let visit = run("Pékin a emboîté le pas, Xi Jinping effectuant mardi sa visite d'État à Hanoï.", "2023-12-14")
            .into_iter()
            .next()
            .expect("a visit");
        assert_eq!(place_names(&visit), ["Hanoi"]);
        // Two sides, or what a quotation names, are not where it happens.
        let text = "« La Russie attache beaucoup d'importance aux relations avec le Vietnam », a déclaré jeudi Vladimir Poutine.";
        assert!(run(text, "2024-06-20")[0].places.is_empty());
        let text = "Jeudi, Vladimir Poutine a rencontré To Lam pour renforcer les liens entre la Russie et le Vietnam.";
        assert!(run(text, "2024-06-20")[0].places.is_empty());
        // A place in another event's clause is that event's.
        let text = "Le Japon s'est dit jeudi préoccupé, et l'Union européenne a adopté de nouvelles sanctions contre Moscou.";
        let sanctions = run(text, "2024-06-20").into_iter().find(|c| c.event_type == EventType::Sanction).expect("sanctions");
        assert!(!place_names(&sanctions).contains(&"Japan".to_string()), "{sanctions:?}");
    }

    #[test]
    fn a_place_after_another_events_noun_is_that_events() {
        for (text, lang) in [
            ("Mardi, le Conseil s'est réuni après le putsch à Bamako.", "fr"),
            ("The council met on Tuesday after the coup in Bamako.", "en"),
        ] {
            let found = extract(ArticleText { text, language: lang, published: NaiveDate::from_ymd_opt(2021, 1, 20) });
            let places = |t: EventType| {
                found.iter().find(|c| c.event_type == t).map(|c| c.places.iter().map(|p| p.name.clone()).collect::<Vec<_>>())
            };
            assert_eq!(places(EventType::Meeting), Some(vec![]), "{text}");
            assert_eq!(places(EventType::Military), Some(vec!["Bamako".to_string()]), "{text}");
        }
    }

    #[test]
    fn strikes_against_emergency_meetings_and_warnings_given() {
        let types = |text: &str| run(text, "2024-01-12").into_iter().map(|c| c.event_type).collect::<Vec<_>>();
        assert_eq!(
            types("Les armées américaine et britannique ont mené vendredi une série de frappes contre les Houthis au Yémen."),
            [EventType::Military]
        );
        assert_eq!(
            types("La Russie a demandé une réunion d'urgence du Conseil de sécurité, qui doit se tenir vendredi après-midi."),
            [EventType::Meeting]
        );
        assert_eq!(types("Le 3 janvier, douze pays avaient averti les rebelles."), [EventType::Statement]);
    }

    #[test]
    fn since_dates_the_state_before_it() {
        let text = "Riyad et Téhéran ont annoncé vendredi 10 mars le rétablissement de leurs relations, rompues depuis 2016, à l'issue de pourparlers à Pékin.";
        let talks = run(text, "2023-03-11").into_iter().find(|c| c.event_type == EventType::Meeting).expect("the talks");
        assert_eq!(talks.date.start, day("2023-03-10"));
        let types: Vec<_> =
            run("Vendredi, les États-Unis se sont dits favorables à l'accord.", "2023-03-11").into_iter().map(|c| c.event_type).collect();
        assert_eq!(types, [EventType::Statement]);
    }

    #[test]
    fn exercises_and_the_speaker_before_his_clause() {
        let text = "L'armée chinoise a lancé jeudi deux jours d'exercices militaires autour de Taïwan.";
        assert_eq!(run(text, "2024-05-23").into_iter().map(|c| c.event_type).collect::<Vec<_>>(), [EventType::Military]);
        // The speaker named before his clause speaks; the date after a noun is still his.
        let text = "Lai Ching-te a été investi lundi. Le secrétaire d'État américain, Antony Blinken, avait félicité M. Lai pour son investiture lundi.";
        let found = run(text, "2024-05-23");
        let statement = found.iter().find(|c| c.event_type == EventType::Statement).expect("a statement");
        assert_eq!(people(statement), ["Antony Blinken", "Lai Ching-te"]);
        assert_eq!(statement.date.start, day("2024-05-20"));
    }

    #[test]
    fn a_pronoun_opening_a_sentence_is_the_person_before() {
        let text = "Dimanche, Massoud Pezeshkian a promis de tendre la main. Il a annoncé qu'il se rendrait à Moscou en octobre.";
        let visit = run(text, "2024-07-08").into_iter().find(|c| c.event_type == EventType::Visit).expect("a visit");
        assert_eq!(people(&visit), ["Masoud Pezeshkian"]);
        assert!(visit.planned && visit.date.start == day("2024-10-01"), "{visit:?}");
        // A person named after the pronoun is someone else: the one received.
        let text = "Dimanche, Massoud Pezeshkian a promis de tendre la main. Il a reçu mardi Vladimir Poutine.";
        let meeting = run(text, "2024-07-08").into_iter().find(|c| c.event_type == EventType::Meeting).expect("a meeting");
        assert_eq!(people(&meeting), ["Masoud Pezeshkian", "Vladimir Putin"]);
        // Not when the sentence names its person before the pronoun.
        let text = "Dimanche, Massoud Pezeshkian a promis de tendre la main. Selon Vladimir Poutine, il se rendra mardi à Moscou.";
        let visit = run(text, "2024-07-08").into_iter().find(|c| c.event_type == EventType::Visit).expect("a visit");
        assert!(!people(&visit).contains(&"Masoud Pezeshkian"), "{visit:?}");
    }

    #[test]
    fn a_war_named_is_not_where_the_event_happens() {
        let text = "Jeudi, Vladimir Poutine a signé un accord avec To Lam malgré la guerre en Ukraine.";
        let accord = run(text, "2024-06-20").into_iter().next().expect("an accord");
        assert!(accord.places.is_empty(), "{accord:?}");
        let text = "Jeudi, Vladimir Poutine a remercié Hanoï pour son approche sur l'Ukraine et dénoncé l'envoi d'armes à l'Ukraine.";
        assert!(run(text, "2024-06-20").iter().all(|c| c.places.iter().all(|p| p.name != "Ukraine")));
        let text = "Jeudi, la guerre en Ukraine a connu une offensive russe près de Kharkiv.";
        assert!(run(text, "2024-06-20").iter().all(|c| c.event_type != EventType::Military || !c.places.is_empty()));
    }

    #[test]
    fn receiving_a_welcome_is_not_a_meeting() {
        let types = |text: &str| run(text, "2024-06-20").into_iter().map(|c| c.event_type).collect::<Vec<_>>();
        // (The day he is welcomed in Pyongyang may still be a dated fact.)
        assert!(!types("Mercredi, Vladimir Poutine a reçu un accueil enthousiaste à Pyongyang.").contains(&EventType::Meeting));
        assert_eq!(types("Mercredi, Vladimir Poutine a reçu Kim Jong Un au Kremlin."), [EventType::Meeting]);
    }

    #[test]
    fn a_part_of_a_month_does_not_become_the_passage_day() {
        let text =
            "Les Vingt-Sept ont adopté lundi de nouvelles sanctions contre la Russie. La Commission avait proposé ces mesures début mai. \
                    Ursula von der Leyen a déclaré que ces sanctions priveraient la Russie de ressources.";
        let statement = run(text, "2024-06-25").into_iter().find(|c| c.event_type == EventType::Statement).expect("a statement");
        assert_eq!(statement.date.start, day("2024-06-24"));
    }

    #[test]
    fn a_name_in_apposition_belongs_to_the_clause() {
        let text = "Emmanuel Macron doit rencontrer mercredi le secrétaire général de l'OTAN, Mark Rutte, à Bruxelles.";
        let meeting = run(text, "2025-03-04").into_iter().find(|c| c.event_type == EventType::Meeting).expect("a meeting");
        assert_eq!(people(&meeting), ["Emmanuel Macron", "Mark Rutte"]);
        assert!(meeting.planned);
    }

    #[test]
    fn undated_sentences_take_the_passage_date_but_background_needs_its_own() {
        let text = "Le 12 mars, Emmanuel Macron a rencontré Olaf Scholz à Berlin. Ils ont signé un accord sur l'énergie. L'invasion de l'Ukraine pèse.";
        let found = run(text, "2024-03-14");
        let types: Vec<_> = found.iter().map(|c| c.event_type).collect();
        assert_eq!(types, [EventType::Meeting, EventType::Agreement]);
        assert_eq!(found[1].date.start, NaiveDate::from_ymd_opt(2024, 3, 12).unwrap());
        assert!(found[1].confidence < found[0].confidence);
    }

    #[test]
    fn announced_events_are_planned() {
        let found = run("Le président doit signer un accord avec le Japon le 30 juin.", "2024-06-20");
        assert_eq!(found.len(), 1);
        assert!(found[0].planned);
        assert_eq!(found[0].event_type, EventType::Agreement);
    }

    #[test]
    fn two_visits_in_one_sentence_keep_their_own_places() {
        let text = "Vladimir Poutine est arrivé jeudi à Hanoï, après une visite à Pyongyang.";
        let found = run(text, "2024-06-20");
        let places: Vec<Vec<&str>> = found.iter().map(|c| c.places.iter().map(|p| p.name.as_str()).collect()).collect();
        assert_eq!(places, [vec!["Hanoi"], vec!["Pyongyang"]], "{found:?}");
        assert!(found.iter().all(|c| c.event_type == EventType::Visit && c.actors[0].name == "Vladimir Putin"));
    }

    #[test]
    fn titles_do_not_repeat_a_country_as_its_own_place() {
        let japan = Place {
            name: "Japan".into(),
            name_fr: "Japon".into(),
            aliases: vec![],
            country: Some("JP".into()),
            kind: PlaceKind::Country,
            lat: None,
            lon: None,
        };
        let actors = [people::actor("Japan", ActorKind::State)];
        assert_eq!(title(EventType::Statement, &actors, &[japan]), "Déclaration : Japon");
        let hanoi = Place {
            name: "Hanoi".into(),
            name_fr: "Hanoï".into(),
            aliases: vec![],
            country: Some("VN".into()),
            kind: PlaceKind::City,
            lat: None,
            lon: None,
        };
        assert_eq!(
            title(EventType::Visit, &[people::actor("Vladimir Putin", ActorKind::Person)], &[hanoi]),
            "Visite : Vladimir Poutine — Hanoï"
        );
    }

    #[test]
    fn being_abroad_the_day_before_is_a_visit() {
        let text = "Le 20 juin, il était à Hanoï. La veille, le président russe était en Corée du Nord.";
        let found = run(text, "2024-06-25");
        let visits: Vec<_> = found
            .iter()
            .filter(|c| c.event_type == EventType::Visit)
            .map(|c| (c.date.start.to_string(), c.places[0].name.clone()))
            .collect();
        assert_eq!(visits, [("2024-06-20".to_string(), "Hanoi".to_string()), ("2024-06-19".to_string(), "North Korea".to_string())]);
    }

    #[test]
    fn a_meeting_later_the_same_day_with_an_adverb() {
        let text = "Le 20 juin, Poutine est arrivé à Hanoï. Il s'est ensuite entretenu avec To Lam et a déposé des gerbes au mausolée.";
        let found = run(&text.replace("Poutine", "Vladimir Poutine"), "2024-06-20");
        let types: Vec<_> = found.iter().map(|c| c.event_type).collect();
        assert_eq!(types, [EventType::Visit, EventType::Meeting, EventType::Other], "{found:?}");
        assert!(found.iter().all(|c| c.date.start.to_string() == "2024-06-20"));
    }

    #[test]
    fn a_time_zone_is_neither_place_nor_actor() {
        let found = run("Les otages seront libérés vendredi à 15 heures, heure de Paris, au Qatar.", "2023-11-23");
        let event = found.first().expect("the release");
        assert!(event.actors.iter().all(|a| a.name != "France"), "{:?}", event.actors);
        assert!(event.places.iter().all(|p| p.name != "Paris"), "{:?}", event.places);
    }

    #[test]
    fn a_clause_that_names_its_own_person_does_not_borrow_the_subject() {
        let text = "Vladimir Poutine a salué, à Moscou, la visite de Joe Biden en septembre 2023.";
        let found = run(text, "2023-12-20");
        let biden =
            found.iter().find(|c| c.event_type == EventType::Visit && c.date == DateSpan::month(2023, 9).unwrap()).expect("Biden's visit");
        assert_eq!(biden.actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["Joe Biden"]);
    }

    #[test]
    fn an_election_is_not_a_visit() {
        let found = run("Il a été élu président en mai 2024.", "2024-06-20");
        assert_eq!(found.iter().map(|c| c.event_type).collect::<Vec<_>>(), [EventType::Election]);
    }

    #[test]
    fn a_date_joined_to_an_event_noun_no_trigger_took_dates_that_nouns_event() {
        // (Perspectives Med, 3 November 2020.)
        let text = "Après avoir proclamé les résultats département par département pendant plus de deux jours, la Commission électorale indépendante (CEI) a annoncé mardi matin à l’aube les résultats complets de la présidentielle du samedi 31 octobre.";
        let found = run(text, "2020-11-03");
        let vote = found.iter().find(|c| c.date.start == day("2020-10-31")).expect("the vote of 31 October");
        assert_eq!(vote.event_type, EventType::Election);
    }

    #[test]
    fn a_year_before_a_noun_and_its_adjectives_dates_that_noun_alone() {
        // (The Daily Beast, 10 May 2018.)
        let text = "The move came just two days after President Trump withdrew from the 2015 nuclear deal and vowed to reimpose sanctions against Tehran, and just one day after Israel accused the Quds Force of launching a rocket attack against Israeli targets in the Golan Heights.";
        let found = extract(ArticleText { text, language: "en", published: NaiveDate::from_ymd_opt(2018, 5, 10) });
        let of_2015: Vec<EventType> = found.iter().filter(|c| c.date.start == day("2015-01-01")).map(|c| c.event_type).collect();
        assert_eq!(of_2015, [EventType::Agreement], "{found:?}");
    }
}
