//! The driver: runs a locale's rules over a text, reads each expression's
//! clause for its tense, keeps the longest of overlapping expressions.

use super::calendar::values;
use super::grammar::{Anchor, Context, DateGrammar};
use super::Anchors;
use super::{Passage, Policy, Tagged, Tense, TimeExpr};
use crate::extract::{lower_case, lower_case_straight};
use crate::model::DateSpan;
use crate::text::Span;
use chrono::NaiveDate;

/// All date expressions in `text`, in order, never overlapping (where two
/// rules match overlapping words, the longer match wins; a match that names an
/// impossible date is no date and hides the shorter ones inside it).
pub fn find_in(grammar: &DateGrammar, text: &str, anchors: Anchors, tense: Tense) -> Vec<TimeExpr> {
    find_in_lazily(grammar, text, anchors, &|| tense)
}

/// [`find_in`] with the sentence's tense read only if a date needs it (`tense` is called
/// at most when an expression's own clause tells none).
pub fn find_in_lazily(grammar: &DateGrammar, text: &str, anchors: Anchors, tense: &dyn Fn() -> Tense) -> Vec<TimeExpr> {
    find_leaning(grammar, text, anchors, &|| (tense(), anchors.tense_by_policy))
}

/// [`find_in`] with the sentence's lean read only if a date needs it: `lean` gives the tense
/// and whether it is the caller's policy rather than the words' (it then stands for
/// `anchors.tense_by_policy`, which a date told by its own words does not read).
fn find_leaning(grammar: &DateGrammar, text: &str, anchors: Anchors, lean: &dyn Fn() -> (Tense, bool)) -> Vec<TimeExpr> {
    let (found, counted) = find_anchored(grammar, text, anchors, lean);
    // "Accueilli la veille par X, Y est reçu ce lundi 6 mai": a day counted from the narrative
    // counts from the one day the sentence itself states, not from an earlier sentence's.
    let mut stated: Vec<NaiveDate> = found
        .iter()
        .filter(|e| !counted.contains(&e.span) && e.date.precision == crate::model::Precision::Day && e.date.start == e.date.end)
        .map(|e| e.date.start)
        .collect();
    stated.dedup();
    match stated.as_slice() {
        [day] if anchors.narrative != Some(*day) && !counted.is_empty() => {
            find_anchored(grammar, text, Anchors { narrative: Some(*day), ..anchors }, lean).0
        }
        _ => found,
    }
}

/// `find_in` with the anchors given; and the spans of the matches that count from the passage's
/// day (or would, had an earlier sentence set one).
fn find_anchored(grammar: &DateGrammar, text: &str, anchors: Anchors, lean: &dyn Fn() -> (Tense, bool)) -> (Vec<TimeExpr>, Vec<Span>) {
    let mut counted: Vec<Span> = Vec::new();
    // Each match: its span, its date (none when it names an impossible one), its rule and anchor.
    let mut found: Vec<(Span, Option<DateSpan>, &'static str, Anchor)> = Vec::new();
    // Several expressions often share a clause: its tense is read once.
    let mut clause_tenses: Vec<((usize, usize), Tense)> = Vec::new();
    for rule in grammar.set.matches(text).into_iter().map(|i| &grammar.rules[i]) {
        for caps in rule.regex.captures_iter(text) {
            let whole = caps.name("span").or_else(|| caps.get(0)).expect("group 0");
            if names_a_thing(grammar, text, whole.start()) {
                continue;
            }
            // The verb of the expression's own clause says more than the sentence's,
            // except after a deadline ("a donné jusqu'au 30 juin"): then the nearest date.
            let clause = clause_around(text, whole.start(), whole.end());
            let clause_start = clause.as_ptr() as usize - text.as_ptr() as usize;
            // "from Wednesday's election": a date in the possessive names a thing, which the
            // word before does not bound.
            let possessive = text[whole.end()..].starts_with("'s") || text[whole.end()..].starts_with("’s");
            // Whether the words around the date gave its tense (not the caller's lean).
            let mut told = true;
            // (Whether the lean taken is the caller's policy: read with it.)
            let mut by_policy = false;
            let clause_before = &clause[..whole.start() - clause_start];
            // ("postponed the summit until Monday": the day it is put off to is still to come.)
            let put_off = || plan_words_before(grammar, clause_before).is_some();
            let tense = if after_deadline_word(grammar, &text[..whole.start()]) && !possessive && !put_off() {
                Tense::Unknown
            } else if planned_just_before(grammar, clause_before) || commitment_before(grammar, clause_before).is_some() {
                Tense::Future
            } else if apposed_participle_before(grammar, &text[..whole.start()]) {
                Tense::Past
            } else {
                // (Each tense is read only when the words before did not decide.)
                // "est arrivé vendredi … qui doit se terminer dimanche": the verb of the
                // date's own part of the clause, when it has one.
                let part = part_around(grammar, clause, whole.start() - clause_start, whole.end() - clause_start);
                let part_tense = if part.len() < clause.len() { tense_in(grammar, part) } else { Tense::Unknown };
                if part_tense != Tense::Unknown {
                    part_tense
                } else {
                    let key = (clause_start, clause.len());
                    let clause_tense = match clause_tenses.iter().find(|(k, _)| *k == key) {
                        Some(&(_, known)) => known,
                        None => {
                            let read = tense_in(grammar, clause);
                            clause_tenses.push((key, read));
                            read
                        }
                    };
                    if clause_tense != Tense::Unknown {
                        clause_tense
                    } else if recalls_in(grammar, clause) {
                        // "Après le rapprochement scellé avec Joe Biden en septembre, …": what
                        // a clause recalls happened before what the sentence reports.
                        Tense::Past
                    } else {
                        // A quotation is its speaker's words: the verb that reports it says nothing of its dates.
                        quotation_around(text, whole.start(), whole.end()).map_or_else(
                            || {
                                told = false;
                                let (tense, policy) = lean();
                                by_policy = policy;
                                tense
                            },
                            |q| tense_in(grammar, q),
                        )
                    }
                }
            };
            let cx = Context::new(Anchors { tense_by_policy: by_policy && !told, ..anchors }, tense);
            let date = (rule.resolve)(&caps, &cx);
            if cx.asked_narrative() {
                counted.push(Span { start: whole.start(), end: whole.end() });
            }
            if date.is_some() || cx.is_impossible() {
                found.push((Span { start: whole.start(), end: whole.end() }, date, rule.name, cx.anchor()));
            }
        }
    }
    // Longest first: "en septembre 2024" beats "en septembre" and "septembre 2024".
    found.sort_by_key(|(span, ..)| (std::cmp::Reverse(span.end - span.start), span.start));
    let mut kept: Vec<(Span, Option<DateSpan>, &'static str, Anchor)> = Vec::new();
    for expr in found {
        if !kept.iter().any(|(k, ..)| expr.0.start < k.end && k.start < expr.0.end) {
            kept.push(expr);
        }
    }
    kept.sort_by_key(|(span, ..)| span.start);
    let kept = linked(grammar, text, kept);
    let found = kept
        .into_iter()
        .filter_map(|(span, date, rule, anchor)| {
            Some(TimeExpr { span, text: text[span.start..span.end].to_string(), date: date?, rule, anchor })
        })
        .collect();
    (found, counted)
}

/// Whether a date ends what lasts ("jusqu'au 30 octobre", "until October 30"): one of the
/// locale's end words right before it (`before`, the text up to the date) or opening it (`expression`).
pub fn ends_what_lasts(grammar: &DateGrammar, before: &str, expression: &str) -> bool {
    let tail = lower_case_straight(crate::extract::last_bytes(before.trim_end(), 24));
    let opening = lower_case_straight(expression);
    grammar.clause.end_words.iter().any(|w| {
        tail.strip_suffix(w).is_some_and(|rest| rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric()))
            || opening.strip_prefix(w).is_some_and(|rest| rest.starts_with(' '))
    })
}

/// Where a phrase of what came since starts, when a date closes one (`before`, the text up to
/// the date): a since word and one to twelve words, none of them punctuation ("depuis lundi"
/// alone dates what began then). The date is that phrase's own event's, not the sentence's
/// other verbs'.
pub fn since_phrase(grammar: &DateGrammar, before: &str) -> Option<usize> {
    let tail = crate::extract::last_bytes(before, 120);
    let words: Vec<(usize, &str)> = tail.split_whitespace().map(|w| (w.as_ptr() as usize - tail.as_ptr() as usize, w)).collect();
    let plain = |w: &str| w.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'));
    // From the date back: at most twelve plain words, then the since word.
    for (taken, &(at, word)) in words.iter().rev().enumerate() {
        if taken > 12 || !plain(word) {
            return None;
        }
        if taken >= 1 && grammar.clause.since_words.contains(&lower_case(word).as_ref()) {
            return Some(before.len() - tail.len() + at);
        }
    }
    None
}

/// Whether a date tells when a state began: it opens on a since word ("depuis le 13 juin") or
/// follows one ("since June 13"). `before` is the text up to the date.
pub fn tells_a_start(grammar: &DateGrammar, before: &str, date_text: &str) -> bool {
    let is_since = |w: &str| grammar.clause.since_words.contains(&lower_case(w).as_ref());
    date_text.split_whitespace().next().is_some_and(is_since) || before.split_whitespace().next_back().is_some_and(is_since)
}

/// Whether the text between a noun and a date after it (`between`) joins the date to the
/// noun ("la présidentielle du 24 mars", "the attack of October 7"): the date is the noun's.
pub fn joins_noun_and_date(grammar: &DateGrammar, between: &str) -> bool {
    let gap = lower_case_straight(between.trim());
    grammar.clause.noun_date_links.iter().any(|w| *w == gap)
}

/// Whether the expression at `start` opens on a capitalised weekday after a capitalised word
/// (with "du" or "de" between them): part of a name ("cité par La Tribune Dimanche", "le Journal
/// du Dimanche"), in a locale that writes days in lower case.
fn names_a_thing(grammar: &DateGrammar, text: &str, start: usize) -> bool {
    if let Some(holiday) = grammar.clause.holidays_in_names.iter().find(|h| text[start..].starts_with(*h)) {
        return holiday_in_a_name(grammar, text, start, holiday.len());
    }
    let names = grammar.clause.weekdays_in_names;
    if names.is_empty() || !names.iter().any(|n| text[start..].starts_with(n)) {
        return false;
    }
    let mut before = text[..start].split_whitespace().rev();
    let capitalised = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase) && w.ends_with(char::is_alphabetic));
    match before.next() {
        Some("du" | "de") => capitalised(before.next()),
        word => capitalised(word) && text[..start].ends_with(' '),
    }
}

/// Whether the holiday at `start` (`len` bytes) is in a name: after a capitalised word that does
/// not open the sentence ("Tariq Ramadan"; not "During Ramadan"), before a capitalised word ("Yom
/// Kippur War", "Ramadan Shallah"), or after the words of a war ("la guerre du Kippour").
fn holiday_in_a_name(grammar: &DateGrammar, text: &str, start: usize, len: usize) -> bool {
    let before = &text[..start];
    let after = &text[start + len..];
    let capitalised = |w: &str| w.starts_with(char::is_uppercase) && w.ends_with(char::is_alphabetic);
    let mut words = before.split_whitespace().rev();
    let after_a_name = match (words.next(), words.next()) {
        (Some(name), Some(earlier)) => before.ends_with(' ') && capitalised(name) && !earlier.ends_with(['.', '!', '?', '"', '»', '”']),
        _ => false,
    };
    let before_a_name = after.starts_with(' ') && after.split_whitespace().next().is_some_and(capitalised);
    let lower = crate::extract::lower_case(crate::extract::last_bytes(before.trim_end(), 16));
    after_a_name || before_a_name || grammar.clause.war_before.iter().any(|w| lower.ends_with(w))
}

type Found = (Span, Option<DateSpan>, &'static str, Anchor);

/// The expressions joined as the locale's [`super::Links`] say: a shift before a date takes
/// the date in ("three days after Easter"), two days with a range word between them become
/// one range ("8/10/2012 - 8/15/2012", within three months: "the closest Monday to Oct 5th" is
/// none), words of approximation join the date they qualify ("around next Tuesday").
/// `kept` is in order and without overlaps.
fn linked(grammar: &DateGrammar, text: &str, mut kept: Vec<Found>) -> Vec<Found> {
    use super::calendar::shift_month;
    use chrono::{Datelike, Duration};
    if let Some((pattern, read)) = &grammar.links.shift {
        let mut i = 0;
        while i < kept.len() {
            let (span, date) = (kept[i].0, kept[i].1);
            // A shift is a few words: only the end of what precedes the date is read.
            let floor = (0..=span.start.saturating_sub(64)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            let before = &text[floor..span.start];
            let shift = pattern.captures_iter(before).last().filter(|c| c.get(0).is_some_and(|m| m.end() == before.len()));
            let (Some(c), Some(date)) = (shift, date) else {
                i += 1;
                continue;
            };
            let Some((n, unit)) = read(&c) else {
                i += 1;
                continue;
            };
            let from = floor + c.get(0).expect("group 0").start();
            // A day shifted stays a day ("a year from Christmas"); a coarser date takes the unit's precision.
            let day = date.start;
            let moved = if date.precision == crate::model::Precision::Day && date.start == date.end {
                match unit {
                    super::Unit::Day => Some(DateSpan::day(day + Duration::days(n))),
                    super::Unit::Week => Some(DateSpan::day(day + Duration::days(7 * n))),
                    super::Unit::Month | super::Unit::Year => {
                        let months = if unit == super::Unit::Year { 12 * n } else { n };
                        let (y, m) = shift_month(day.year(), day.month(), months as i32);
                        (1..=day.day()).rev().find_map(|d| NaiveDate::from_ymd_opt(y, m, d)).map(DateSpan::day)
                    }
                }
            } else {
                super::calendar::shifted(day, n, unit)
            };
            let Some(moved) = moved else {
                i += 1;
                continue;
            };
            // The shift's words may have been read as an expression of their own ("2 months before").
            let first = kept[..i].iter().position(|k| k.0.end > from).unwrap_or(i);
            let anchor = kept[i].3;
            kept.splice(first..=i, [(Span { start: from, end: span.end }, Some(moved), "shift_from_date", anchor)]);
            i = first + 1;
        }
    }
    if let Some(words) = &grammar.links.approximately {
        for i in 0..kept.len() {
            let start = kept[i].0.start;
            let floor = if i == 0 { 0 } else { kept[i - 1].0.end };
            let before = &text[floor..start];
            if let Some(m) = words.find_iter(before).last().filter(|m| m.end() == before.len()) {
                kept[i].0.start = floor + m.start();
            }
        }
    }
    if let Some(joiner) = &grammar.links.range {
        let day = |d: &Option<DateSpan>| d.filter(|d| d.precision == crate::model::Precision::Day);
        let mut i = 0;
        while i + 1 < kept.len() {
            let (a, b) = (&kept[i], &kept[i + 1]);
            let gap = &text[a.0.end..b.0.start];
            let joined = joiner.find(gap).is_some_and(|m| m.start() == 0 && m.end() == gap.len());
            // "10 August 2013 - 12 September": a second day read from the publication date, not
            // after the first, is the one in the year that puts it after the first.
            let second = match (day(&a.1), day(&b.1)) {
                (Some(x), Some(y)) if y.start < x.start && b.3 == Anchor::Publication && y.start == y.end => (0..=1)
                    .filter_map(|k| NaiveDate::from_ymd_opt(x.start.year() + k, y.start.month(), y.start.day()))
                    .find(|d| *d >= x.end)
                    .map(DateSpan::day),
                (_, y) => y,
            };
            match (day(&a.1), second) {
                (Some(x), Some(y)) if joined && x.start < y.end && (y.end - x.start).num_days() <= 92 => {
                    let range = DateSpan { start: x.start, end: y.end, precision: x.precision };
                    let anchor = a.3.max(b.3);
                    kept.splice(i..=i + 1, [(Span { start: a.0.start, end: b.0.end }, Some(range), "day_to_day", anchor)]);
                }
                _ => i += 1,
            }
        }
    }
    kept
}

/// The tense of a clause, read from the locale's auxiliaries and endings. Words inside
/// quotation marks are the speaker's: "In a Sunday statement, X vowed that the killing
/// “will not go unanswered”" is in the past.
pub fn tense_in(grammar: &DateGrammar, clause: &str) -> Tense {
    // The same words are read again and again: a sentence of one clause for itself and
    // for each of its dates, a trigger's clause for each check. The last few are remembered.
    const REMEMBERED: usize = 16;
    thread_local! {
        static READ: std::cell::RefCell<(usize, Vec<(usize, String, Tense)>)> = const { std::cell::RefCell::new((0, Vec::new())) };
    }
    if let Some(known) = READ.with_borrow(|(_, read)| read.iter().find(|(id, words, _)| *id == grammar.id && words == clause).map(|r| r.2))
    {
        return known;
    }
    let tense = read_tense(grammar, clause);
    READ.with_borrow_mut(|(next, read)| {
        let entry = (grammar.id, clause.to_string(), tense);
        if read.len() < REMEMBERED {
            read.push(entry);
        } else {
            read[*next] = entry;
        }
        *next = (*next + 1) % REMEMBERED;
    });
    tense
}

/// [`tense_in`], read.
fn read_tense(grammar: &DateGrammar, clause: &str) -> Tense {
    let words = &grammar.tense;
    let quoted = quotation_spans(clause);
    let outside = |m: &regex::Match| !quoted.iter().any(|&(s, e)| s <= m.start() && m.end() <= e);
    // The participle is the match's last word ("est arrivé"), not a weekday ("est mardi"),
    // nor a word of plans ("est attendu jeudi" looks ahead).
    let participle = |m: regex::Match| {
        let last = m.as_str().rsplit(char::is_whitespace).next().unwrap_or_default().to_lowercase();
        !words.not_participles.contains(&last) && !words.describing_future.contains(&last.as_str())
    };
    // "Nguema said it would proceed": a future after a verb of saying is the reported clause's.
    let reported_from = grammar.clause.reporting.as_ref().and_then(|r| r.find(clause)).map(|m| m.end());
    let told_before = |m: &regex::Match| reported_from.is_none_or(|r| m.start() < r);
    let describing = |m: &regex::Match| words.describing_future.contains(&lower_case(m.as_str()).as_ref());
    // The automaton says yes or no cheaply; only a yes in a text with quotations, a verb
    // of saying or a word describing a noun is looked at.
    let mut described_ahead = false;
    let future = words.future.is_match(clause)
        && words.future.find_iter(clause).any(|m| {
            if !(outside(&m) && told_before(&m)) {
                return false;
            }
            described_ahead |= describing(&m);
            !describing(&m)
        });
    let past = || {
        words.past.find_iter(clause).any(|m| outside(&m) && participle(m))
            || words.imperfect.as_ref().is_some_and(|imperfect| {
                imperfect.find_iter(clause).any(|m| {
                    let modal = words.modal_before.as_ref().is_some_and(|r| r.is_match(&clause[m.end()..]));
                    outside(&m) && !modal
                })
            })
    };
    if future {
        Tense::Future
    } else if past() {
        Tense::Past
    } else if described_ahead {
        Tense::Future
    } else {
        Tense::Unknown
    }
}

/// Whether a clause tells something done: a compound past ("a signé"), not an imperfect
/// ("était à la tête du Hezbollah depuis 1992", a state).
pub fn done_in(grammar: &DateGrammar, clause: &str) -> bool {
    let words = &grammar.tense;
    let quoted = quotation_spans(clause);
    words.past.find_iter(clause).any(|m| {
        let last = m.as_str().rsplit(char::is_whitespace).next().unwrap_or_default().to_lowercase();
        !quoted.iter().any(|&(s, e)| s <= m.start() && m.end() <= e) && !words.not_participles.contains(&last)
    })
}

/// Whether a clause opens on what came before the sentence's news ("Après le sommet de …").
pub fn recalls_in(grammar: &DateGrammar, clause: &str) -> bool {
    grammar.clause.recall.is_match(clause)
}

/// Whether a date follows a word that makes it a deadline or a starting point,
/// whose direction the verb's tense does not tell.
fn after_deadline_word(grammar: &DateGrammar, before: &str) -> bool {
    // Only the last words can end with one: as many characters as the longest has are
    // lowered (a character lowers to one or more), not the whole text before the date.
    let words = grammar.clause.deadline_words;
    let longest = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
    let before = before.trim_end();
    let tail = before.char_indices().rev().nth(longest.saturating_sub(1)).map_or(before, |(i, _)| &before[i..]);
    let lower = lower_case_straight(tail);
    words.iter().any(|w| lower.ends_with(w))
}

/// Where the locale's words of plans that end right before a date start in `before_date`
/// ("is set to meet on", "postponed the vote until", "a été reporté au"): the date is
/// the day planned, even where it follows an end word ("until").
pub fn plan_words_before(grammar: &DateGrammar, before_date: &str) -> Option<usize> {
    let tail = crate::extract::last_bytes(before_date, 60);
    let found = grammar.clause.plan_before.as_ref()?.find(tail)?;
    Some(before_date.len() - tail.len() + found.start())
}

/// Where a verb of commitment starts in `before_date`, when the infinitive it governs ends
/// right before the date ("agreed on Saturday to release three hostages on Monday"): the day
/// committed to, still to come.
pub fn commitment_before(grammar: &DateGrammar, before_date: &str) -> Option<usize> {
    let tail = crate::extract::last_bytes(before_date, 90);
    let found = grammar.clause.committed_before.as_ref()?.find(tail)?;
    Some(before_date.len() - tail.len() + found.start())
}

/// Whether a past participle opening an apposition stands right before a date, a few words at
/// most between them ("Marco Rubio, arrivé lundi à Riyad, …", "le texte, adopté à l'unanimité
/// mardi"): the date is of what the noun went through, in the past.
pub fn apposed_participle_before(grammar: &DateGrammar, before_date: &str) -> bool {
    let Some(past_participle) = grammar.clause.past_participle else { return false };
    let Some(comma) = before_date.rfind(',') else { return false };
    let mut words = before_date[comma + 1..].split_whitespace();
    let first = words.next().unwrap_or_default();
    let first = lower_case(first);
    words.count() <= 3
        && !before_date[comma + 1..].contains([';', '.', ':', '(', ')'])
        && past_participle(&first)
        // ("le sommet, prévu lundi": a word of plans.)
        && !grammar.tense.describing_future.contains(&first.as_ref())
}

/// Whether the verb right before a date is a conditional of plans ("a annoncé qu'il
/// se rendrait à Moscou en octobre"), not of the past ("il aurait été tué") and
/// not after it ("a déclaré mercredi qu'il n'autoriserait pas").
pub fn planned_just_before(grammar: &DateGrammar, before_date: &str) -> bool {
    let words = &grammar.clause;
    if plan_words_before(grammar, before_date).is_some() {
        return true;
    }
    // The last verb must end with a conditional ending, which only ASCII letters lower to
    // ("rait", "raient"): without one in the text (or without endings, in English), none does.
    let may_end = |e: &&str| !e.is_ascii() || before_date.as_bytes().windows(e.len()).any(|w| w.eq_ignore_ascii_case(e.as_bytes()));
    if !words.plan_endings.iter().any(may_end) {
        return false;
    }
    words.verb.find_iter(before_date).last().is_some_and(|m| {
        let verb = lower_case(m.as_str());
        words.plan_endings.iter().any(|e| verb.ends_with(e))
            && !verb.contains(char::is_whitespace)
            && !words.not_plans.contains(&verb.as_ref())
    })
}

/// The tense of the part of `clause` holding `start..end` (see [`part_around`]),
/// or of the whole clause where that part has no verb that tells.
pub fn tense_of_part(grammar: &DateGrammar, clause: &str, start: usize, end: usize) -> Tense {
    match tense_in(grammar, part_around(grammar, clause, start, end)) {
        Tense::Unknown => tense_in(grammar, clause),
        own => own,
    }
}

/// The part of `clause` holding `start..end` between the words that open clauses
/// inside it (`ClauseWords::subordinate`).
fn part_around<'c>(grammar: &DateGrammar, clause: &'c str, start: usize, end: usize) -> &'c str {
    let (from, to) = part_bounds(grammar, clause, start, end);
    &clause[from..to]
}

/// The byte bounds in `clause` of [`part_around`].
pub fn part_bounds(grammar: &DateGrammar, clause: &str, start: usize, end: usize) -> (usize, usize) {
    let (mut from, mut to) = (0, clause.len());
    for m in grammar.clause.subordinate.find_iter(clause) {
        if m.start() <= start {
            from = m.start();
        } else if m.start() >= end {
            to = m.start();
            break;
        }
    }
    // "On Friday, Nguema said it would proceed": a part ends after a verb of saying (and its day).
    for m in grammar.clause.reporting.iter().flat_map(|r| r.find_iter(clause)) {
        if m.end() <= start {
            from = from.max(m.end());
        } else if m.end() >= end && m.end() < to {
            to = m.end();
            break;
        }
    }
    (from, to)
}

/// Whether a part of a clause opens on a relative pronoun ("qui commencera le 27").
pub fn opens_relative_clause(grammar: &DateGrammar, part: &str) -> bool {
    grammar.clause.relative.find(part).is_some_and(|m| part[..m.start()].trim().is_empty())
}

/// The byte spans of what stands between quotation marks (« … », “ … ”, "…"), marks
/// included; a quotation still open at the end is none (it may be a stray mark).
/// (Words inside them are the speaker's: they say nothing of the tense around them.)
fn quotation_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    // Most clauses hold no quotation mark: a byte search says so (a byte of each mark's
    // UTF-8: '"', «'s last 0xAB, “'s last 0x9C; other characters may hold those bytes too,
    // and are told apart below), where decoding the characters cost more than the rest.
    if memchr::memchr3(b'"', 0xAB, 0x9C, text.as_bytes()).is_none() {
        return spans;
    }
    let mut from = 0;
    while let Some((at, open)) = text[from..].char_indices().find(|&(_, c)| matches!(c, '«' | '“' | '"')) {
        let at = from + at;
        let close = match open {
            '«' => '»',
            '“' => '”',
            _ => '"',
        };
        let inner = at + open.len_utf8();
        let Some(end) = text[inner..].find(close) else { break };
        let end = inner + end + close.len_utf8();
        spans.push((at, end));
        from = end;
    }
    spans
}

/// The quotation holding `start..end`, if it is inside one (« … », “ … ” or "…").
fn quotation_around(text: &str, start: usize, end: usize) -> Option<&str> {
    [('«', '»'), ('“', '”')]
        .into_iter()
        .find_map(|(open, close)| {
            let from = text[..start].rfind(open)?;
            (!text[from..start].contains(close)).then_some(())?;
            let to = text[end..].find(close).map_or(text.len(), |i| end + i);
            Some(&text[from + open.len_utf8()..to])
        })
        .or_else(|| {
            // Straight quotes open and close alike: inside when an odd number stands before.
            let before = text[..start].matches('"').count();
            (before % 2 == 1).then(|| {
                let from = text[..start].rfind('"').map_or(0, |i| i + 1);
                let to = text[end..].find('"').map_or(text.len(), |i| end + i);
                &text[from..to]
            })
        })
}

/// The clause holding `start..end`: up to the nearest punctuation that separates clauses.
pub(super) fn clause_around(text: &str, start: usize, end: usize) -> &str {
    let is_break = |c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '«' | '»' | '"' | '—' | '–');
    let from = text[..start].char_indices().rev().find(|&(_, c)| is_break(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let to = text[end..].find(is_break).map_or(text.len(), |i| end + i);
    &text[from..to]
}

/// The tense a sentence's dates lean to: its own, or the policy's where it says nothing.
fn sentence_tense(grammar: &DateGrammar, sentence: &str, policy: Policy) -> Tense {
    match (tense_in(grammar, sentence), policy) {
        (Tense::Unknown, Policy::Past) => Tense::Past,
        (Tense::Unknown, Policy::Future) => Tense::Future,
        (t, _) => t,
    }
}

/// Every date expression of a text, sentence by sentence, each resolved with
/// its sentence's tense (or the policy where the tense says nothing) and the
/// narrative date of the passage. Spans are in bytes of the whole text.
pub fn find_all_in(grammar: &DateGrammar, text: &str, published: NaiveDate, policy: Policy) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    let mut passage = Passage::default();
    for sentence in crate::text::sentences(text) {
        let body = sentence.span.of(text);
        // (The sentence's tense is read only if one of its dates needs it.)
        let lean = || {
            let tense = sentence_tense(grammar, body, policy);
            (tense, tense_in(grammar, body) != tense)
        };
        let found = find_leaning(grammar, body, passage.anchors(Some(published)), &lean);
        passage.advance(&found);
        out.extend(found.into_iter().map(|mut e| {
            e.span = Span { start: sentence.span.start + e.span.start, end: sentence.span.start + e.span.end };
            e
        }));
    }
    out
}

/// [`find_all_in`] as `geotimeline dates` reports it: offsets in code points, values as strings.
pub fn tag_in(grammar: &DateGrammar, text: &str, published: NaiveDate, policy: Policy) -> Vec<Tagged> {
    let mut points = CodePoints::default();
    find_all_in(grammar, text, published, policy)
        .into_iter()
        .map(|e| {
            let (value, end_value) = values(&e.date);
            Tagged {
                start: points.at(text, e.span.start),
                end: points.at(text, e.span.end),
                text: e.text,
                value,
                precision: e.date.precision.as_str(),
                end_value,
            }
        })
        .collect()
}

/// Code point offsets of byte offsets, counted on from the last one asked for
/// (offsets come in order), so a long text is not recounted from its start.
#[derive(Default)]
struct CodePoints {
    byte: usize,
    point: usize,
}

impl CodePoints {
    fn at(&mut self, text: &str, byte: usize) -> usize {
        if byte < self.byte {
            *self = CodePoints::default();
        }
        self.point += text[self.byte..byte].chars().count();
        self.byte = byte;
        self.point
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_end_at_multibyte_punctuation() {
        let text = "« Il viendra jeudi » — a dit X";
        let at = text.find("jeudi").unwrap();
        assert_eq!(clause_around(text, at, at + 5), " Il viendra jeudi ");
    }

    #[test]
    fn code_points_count_on() {
        let text = "Été à Hanoï, été à Séoul";
        let mut points = CodePoints::default();
        assert_eq!(points.at(text, text.find("Hanoï").unwrap()), 6);
        assert_eq!(points.at(text, text.find("Séoul").unwrap()), 19);
        assert_eq!(points.at(text, 0), 0);
    }
}

/// The engine knows no language: a toy grammar of two English rules drives it.
#[cfg(test)]
mod toy_grammar {
    use super::super::{Anchor, Anchors, ClauseWords, DateGrammar, DateRule, Tense, TenseWords};
    use super::*;
    use crate::extract::word_regex::WordRegex;

    fn english() -> DateGrammar {
        let rules = vec![
            DateRule::new("iso", r"\b(\d{4})-(\d{2})-(\d{2})\b".into(), |c, x| {
                x.ymd(x.year(&c[1])?, c[2].parse().ok()?, c[3].parse().ok()?).map(DateSpan::day)
            }),
            DateRule::new("monday", r"(?i)\bmonday\b".into(), |_, x| {
                super::super::calendar::weekday_near(chrono::Weekday::Mon, x.published()?, x.tense).map(DateSpan::day)
            }),
        ];
        let tense = TenseWords {
            future: WordRegex::new(r"(?i)\bwill\b").unwrap(),
            past: WordRegex::new(r"(?i)\b(?:has|had)\s+(\w+ed)\b").unwrap(),
            not_participles: Vec::new(),
            imperfect: None,
            modal_before: None,
            describing_future: &[],
        };
        let clause = ClauseWords {
            recall: WordRegex::new(r"(?i)^\s*after\s+the\s+\p{L}{3,}").unwrap(),
            verb: WordRegex::new(r"(?i)\b\w+ed\b").unwrap(),
            subordinate: WordRegex::new(r"(?i)\b(?:which|that|when)\b").unwrap(),
            relative: WordRegex::new(r"(?i)\b(?:which|that)\b").unwrap(),
            plan_endings: &[],
            not_plans: &[],
            deadline_words: &["until"],
            reporting: None,
            weekdays_in_names: &[],
            holidays_in_names: &[],
            war_before: &[],
            end_words: &[],
            noun_date_links: &[],
            since_words: &[],
            plan_before: None,
            committed_before: None,
            past_participle: None,
        };
        DateGrammar::new(rules, tense, clause)
    }

    #[test]
    fn a_locale_is_its_grammar() {
        let grammar = english();
        let wednesday = NaiveDate::from_ymd_opt(2024, 3, 20).unwrap();
        let anchors = Anchors { published: Some(wednesday), ..Default::default() };
        assert_eq!(tense_in(&grammar, "He will come"), Tense::Future);
        assert_eq!(tense_in(&grammar, "He has arrived"), Tense::Past);
        let found = find_in(&grammar, "He has arrived on Monday, signed on 2024-03-15 and not on 2024-02-30.", anchors, Tense::Unknown);
        let how: Vec<(&str, &str, Anchor, NaiveDate)> = found.iter().map(|e| (e.text.as_str(), e.rule, e.anchor, e.date.start)).collect();
        assert_eq!(
            how,
            [
                ("Monday", "monday", Anchor::Publication, NaiveDate::from_ymd_opt(2024, 3, 18).unwrap()),
                ("2024-03-15", "iso", Anchor::Absolute, NaiveDate::from_ymd_opt(2024, 3, 15).unwrap()),
            ]
        );
        let tagged = tag_in(&grammar, "It will open on Monday.", wednesday, Policy::Nearest);
        assert_eq!((tagged[0].start, tagged[0].value.as_str()), (16, "2024-03-25"));
    }
}
