//! Temporal expressions, language-neutral: the engine that finds them with
//! their verbatim span and resolves them to a [`DateSpan`] against the
//! publication date ("jeudi", "hier", "en mai") or the narrative date of the
//! passage ("la veille", "trois mois plus tard").
//!
//! A locale gives its rules and word tables as a [`DateGrammar`] (French:
//! [`crate::extract::fr::DATES`]); the engine's entry points take one
//! ([`find_in`], [`find_all_in`], [`tense_in`], [`recalls_in`], [`tag_in`]).
//! The free functions [`find`], [`tense_of`], [`recalls`] and [`tag`] are the
//! French ones.

pub mod calendar;
mod engine;
pub mod grammar;

pub use calendar::Unit;
pub use engine::{
    commitment_before, done_in, ends_what_lasts, find_all_in, find_in, find_in_lazily, joins_noun_and_date, opens_relative_clause,
    part_bounds, plan_words_before, planned_just_before, recalls_in, since_phrase, tag_in, tells_a_start, tense_in, tense_of_part,
};
pub use grammar::{Anchor, Builder, ClauseWords, Context, DateGrammar, DateRule, Links, Resolver, ShiftReader, TenseWords};

use crate::model::{DateSpan, Precision};
use crate::text::Span;
use chrono::NaiveDate;

/// A date found in text. `span` is in UTF-8 bytes relative to the searched text.
/// The rule of a year written before a noun it describes ("the 2015 nuclear deal"): the
/// engine gives such a date to that noun, whatever adjectives stand between.
pub const YEAR_BEFORE_NOUN: &str = "year_before_noun";

#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    pub span: Span,
    pub text: String,
    pub date: DateSpan,
    /// The name of the grammar's rule that read it.
    pub rule: &'static str,
    /// What it was resolved against.
    pub anchor: Anchor,
}

/// The dates a passage has stated so far, which anchor "la veille" and
/// "trois mois plus tard" in the sentences that follow.
#[derive(Debug, Clone, Default)]
pub struct Passage {
    narrative: Option<DateSpan>,
    previous: Option<NaiveDate>,
    /// Every day the passage was about, in order: a sentence in the past tense
    /// after one about a day to come returns to the last one already past.
    days: Vec<DateSpan>,
}

impl Passage {
    pub fn anchors(&self, published: Option<NaiveDate>) -> Anchors {
        Anchors { published, narrative: self.narrative.map(|d| d.start), previous: self.previous, tense_by_policy: false }
    }

    /// The day the passage is about, if a sentence has stated one.
    pub fn day(&self) -> Option<DateSpan> {
        self.narrative
    }

    /// The day a sentence of this tense is about: the passage's day, or for a
    /// sentence in the past, the latest day of the passage that is not still to
    /// come ("Il doit se rendre à Washington du 9 au 11 juillet. Emmanuel Macron
    /// l'a félicité …"), even in part (a weekend told on its Saturday: "d'autres libérations
    /// étaient attendues au cours du week-end. Le ministère a déclaré …").
    pub fn day_for(&self, tense: Tense, published: Option<NaiveDate>) -> Option<DateSpan> {
        match published {
            Some(p) if tense == Tense::Past => self.days.iter().rev().find(|d| d.end <= p).copied(),
            _ => self.narrative,
        }
    }

    /// Moves on after a sentence: the last day it states becomes the passage's
    /// day, the last date of any precision what later shifts count from.
    pub fn advance(&mut self, found: &[TimeExpr]) {
        self.advance_to(found, None);
    }

    /// Moves on after a sentence whose main event is dated `main` (a day it
    /// states): that day, rather than the last one, is what the passage is
    /// about ("… vendredi, en réponse à l'attaque du 13 avril. La veille, …").
    pub fn advance_to(&mut self, found: &[TimeExpr], main: Option<DateSpan>) {
        // A day or two ("dans la nuit de mardi à mercredi"), not "début mai".
        let a_day = |d: &DateSpan| d.precision == Precision::Day && (d.end - d.start).num_days() <= 2;
        if let Some(day) = main.filter(a_day).or_else(|| found.iter().rev().map(|d| d.date).find(a_day)) {
            self.narrative = Some(day);
            self.days.push(day);
        }
        if let Some(last) = found.last() {
            self.previous = Some(last.date.start);
        }
    }
}

/// Which way an unanchored day ("jeudi", "le 20 juin") leans: the verb's tense
/// says whether the writer looks back or forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tense {
    Past,
    Future,
    #[default]
    Unknown,
}

/// What relative expressions are resolved against.
#[derive(Debug, Clone, Copy, Default)]
pub struct Anchors {
    pub published: Option<NaiveDate>,
    /// The day the passage is about, when an earlier sentence set it.
    pub narrative: Option<NaiveDate>,
    /// The start of the last date the text stated, at any precision: what
    /// "trois mois plus tard" counts from ("en septembre … trois mois plus tard").
    pub previous: Option<NaiveDate>,
    /// The tense given is the caller's lean, not the words' ("mardi" alone, leaning ahead):
    /// a weekday today's is then next week's, where a verb in the future makes it today's.
    pub tense_by_policy: bool,
}

/// How to lean when the text itself does not say past or future.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Policy {
    #[default]
    Nearest,
    Past,
    Future,
}

/// A date expression as `geotimeline dates` reports it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Tagged {
    pub text: String,
    /// Offsets in Unicode code points, end exclusive.
    pub start: usize,
    pub end: usize,
    pub value: String,
    pub precision: &'static str,
    pub end_value: Option<String>,
}

/// The latest day a text writes out in full (day, month and year: "le 20 juin 2024",
/// "June 20, 2024", "le 1er mars 2023"), read by a locale's date rules with no
/// publication date and no passage to lean on, so every date it counts is absolute;
/// the last day of a stretch written in full ("du 18 au 20 juin 2024") counts.
/// What an article is proposed as its publication date when it states none: news
/// is written on, or soon after, the latest day it names. `None` when no full date
/// is written ("jeudi", "le 20 juin", "en juin 2024" are not).
pub fn latest_full_day_in(grammar: &DateGrammar, text: &str) -> Option<NaiveDate> {
    crate::text::sentences(text)
        .into_iter()
        .flat_map(|sentence| find_in(grammar, sentence.span.of(text), Anchors::default(), Tense::Unknown))
        .filter(|e| e.anchor == Anchor::Absolute && e.date.precision == Precision::Day)
        .map(|e| e.date.end)
        .max()
}

/// All French date expressions in `text` ([`find_in`] with the French grammar).
pub fn find(text: &str, anchors: Anchors, tense: Tense) -> Vec<TimeExpr> {
    find_in(&crate::extract::fr::DATES, text, anchors, tense)
}

/// Every French date expression of a text, sentence by sentence ([`find_all_in`]).
pub fn find_all(text: &str, published: NaiveDate, policy: Policy) -> Vec<TimeExpr> {
    find_all_in(&crate::extract::fr::DATES, text, published, policy)
}

/// The tense of a French clause ([`tense_in`]).
pub fn tense_of(clause: &str) -> Tense {
    tense_in(&crate::extract::fr::DATES, clause)
}

/// Whether a French clause opens on what came before the sentence's news ([`recalls_in`]).
pub fn recalls(clause: &str) -> bool {
    recalls_in(&crate::extract::fr::DATES, clause)
}

/// Every French date expression of a text as `geotimeline dates` reports it ([`tag_in`]).
pub fn tag(text: &str, published: NaiveDate, policy: Policy) -> Vec<Tagged> {
    tag_in(&crate::extract::fr::DATES, text, published, policy)
}
