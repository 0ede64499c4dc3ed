//! What a locale gives the engine: its named date rules and the words its
//! tense and clause checks read ([`DateGrammar`]), and what a rule's resolver
//! sees ([`Context`]).

use super::calendar::{self, year_number};
use super::{Anchors, Tense};
use crate::extract::word_regex::{loosened, WordRegex};
use crate::model::DateSpan;
use chrono::{Datelike, NaiveDate};
use std::cell::Cell;

/// What a date was resolved against, as `explain` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub enum Anchor {
    /// Nothing: the text says it all ("le 20 juin 2024").
    #[default]
    Absolute,
    /// The publication date ("jeudi", "hier", "en mai").
    Publication,
    /// The passage's date: a day or date an earlier sentence stated ("la veille", "trois mois plus tard").
    Narrative,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Absolute => "absolute",
            Anchor::Publication => "publication",
            Anchor::Narrative => "narrative",
        }
    }
}

/// Turns a rule's match into a date; `None` when the match is no date after all.
pub type Resolver = fn(&regex::Captures, &Context) -> Option<DateSpan>;

/// One named rule of a locale: a pattern and what its match means.
pub struct DateRule {
    pub name: &'static str,
    /// The pattern as compiled (the expression is the `span` group when it has one, else the whole match).
    pub pattern: String,
    pub regex: WordRegex,
    pub resolve: Resolver,
}

impl DateRule {
    pub fn new(name: &'static str, pattern: String, resolve: Resolver) -> Self {
        let regex = WordRegex::new(&pattern).unwrap_or_else(|e| panic!("date rule {name}: {e}"));
        DateRule { name, pattern, regex, resolve }
    }
}

/// How a locale reads a clause's tense.
pub struct TenseWords {
    /// Any match makes the clause look ahead ("doit", "sera", "prochaine").
    pub future: WordRegex,
    /// A match whose last word is not one of `not_participles` makes it look back ("a signé").
    pub past: WordRegex,
    /// Words the past pattern takes for participles but which are not (weekdays: "est mardi"), lower case.
    pub not_participles: Vec<String>,
    /// A past tense of states and habits as well as of events (the French imperfect:
    /// "soutenaient", "était"): it looks back, but "depuis" after it dates a state.
    pub imperfect: Option<WordRegex>,
    /// The words right after an `imperfect` match ("semblait", "devait") that make it a modal
    /// of what follows ("semblait tenir", "devait signer"): it then tells nothing of the past.
    pub modal_before: Option<WordRegex>,
    /// Words of `future` that describe a noun rather than conjugate a verb ("prévue",
    /// "prochaine"), lower case: they make a clause look ahead only when no verb in it looks
    /// back ("a annoncé samedi le report de l'élection prévue le 25 février" is in the past).
    pub describing_future: &'static [&'static str],
}

/// The words a locale's clause checks read.
pub struct ClauseWords {
    /// A clause that opens on what came before the news ("Après le sommet de …").
    pub recall: WordRegex,
    /// A verb: the last one before a date says whether it is planned.
    pub verb: WordRegex,
    /// Where a clause inside a clause opens (a relative pronoun, a conjunction): the
    /// verb of a date's own part of the clause says its tense.
    pub subordinate: WordRegex,
    /// Relative pronouns ("qui", "que", "où", "dont"): a part opening on one tells of what precedes it.
    pub relative: WordRegex,
    /// A single-word verb ending so is a conditional of plans ("se rendrait") …
    pub plan_endings: &'static [&'static str],
    /// … unless it is one of these ("aurait", "serait": the past, reported).
    pub not_plans: &'static [&'static str],
    /// Words after which a date is a deadline or a starting point, whose direction
    /// the tense does not tell (lower case, straight apostrophes).
    pub deadline_words: &'static [&'static str],
    /// A verb of saying in the past, with a day right after it ("said on Friday"): what
    /// follows is the clause it reports, even without a conjunction ("said it would
    /// proceed"), so a part of the clause ends after the match.
    pub reporting: Option<WordRegex>,
    /// Weekdays that, capitalised after a word inside a sentence, are part of a name, not a
    /// day ("La Tribune Dimanche", "le Journal du Dimanche"): a locale that writes weekdays in
    /// lower case lists its capitalised ones.
    pub weekdays_in_names: &'static [&'static str],
    /// Holidays that are also in names: after a capitalised word inside a sentence or before
    /// one they are a person's or a war's ("Tariq Ramadan", "the Yom Kippur War"), and so after
    /// the words of `war_before` ("la guerre du Kippour").
    pub holidays_in_names: &'static [&'static str],
    pub war_before: &'static [&'static str],
    /// Words after which a date is the end of what lasts ("jusqu'au 30 octobre", "until
    /// October 30"), never the day an event happens (lower case, straight apostrophes).
    pub end_words: &'static [&'static str],
    /// Words that join a noun to its date ("la présidentielle du 24 mars", "the attack of
    /// October 7"): such a date is the noun's, not a verb's (lower case, straight apostrophes).
    pub noun_date_links: &'static [&'static str],
    /// Words opening a phrase of what came since ("depuis son arrivée au pouvoir fin 1999",
    /// "since the start of the invasion in February 2022"; lower case).
    pub since_words: &'static [&'static str],
    /// The words right before a date that plan it, whatever the clause's other verbs tell
    /// ("arrived … ahead of the summit due to start on Tuesday", "qui doit s'ouvrir mardi").
    pub plan_before: Option<WordRegex>,
    /// A verb of commitment and the infinitive it governs, ending right before a date ("agreed
    /// on Saturday to start a ceasefire on", "ont convenu samedi de se rencontrer"): what one
    /// commits to comes after the commitment, so the date looks ahead whatever its tense.
    pub committed_before: Option<WordRegex>,
    /// Whether a word (in lower case) is a past participle of the locale's event verbs: opening
    /// an apposition right before a date ("Marco Rubio, arrivé lundi à Riyad, doit rencontrer
    /// …"), it tells what the noun went through, in the past whatever the clause's verb tells.
    /// (English needs none: its participles read as past by their ending.)
    pub past_participle: Option<fn(&str) -> bool>,
}

/// How a locale joins two expressions into one: a shift counted from a date ("three days after
/// Easter", "2 months before 02/02") and a range between two days ("8/10/2012 - 8/15/2012",
/// "today to next Friday"). A locale without them gives [`Links::default`].
#[derive(Default)]
pub struct Links {
    /// A shift ending right before a date: `(count, unit)`, negative before it. Its one match
    /// must end at the end of the text it is given (the text before the date).
    pub shift: Option<(WordRegex, ShiftReader)>,
    /// What may stand between two days to make them a range (the whole gap must match).
    pub range: Option<WordRegex>,
    /// Words of approximation before a date that belong to it ("around next Tuesday",
    /// "sometime before 2014"): its one match must end at the end of the text before the date.
    pub approximately: Option<WordRegex>,
}

/// Reads a shift's match: the signed count and unit.
pub type ShiftReader = fn(&regex::Captures) -> Option<(i64, super::Unit)>;

/// A locale's date rules and word tables, consumed by the engine
/// ([`super::find_in`], [`super::tense_in`], [`super::recalls_in`], [`super::tag_in`]).
pub struct DateGrammar {
    pub rules: Vec<DateRule>,
    /// One pass of every rule's loosened pattern says which rules can match a text.
    pub(super) set: regex::RegexSet,
    pub tense: TenseWords,
    pub clause: ClauseWords,
    pub links: Links,
    /// Tells grammars apart in the engine's memory of the clauses it read.
    pub(super) id: usize,
}

impl DateGrammar {
    pub fn new(rules: Vec<DateRule>, tense: TenseWords, clause: ClauseWords) -> Self {
        static GRAMMARS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        // Room for the lazy DFA of every rule at once: with the default, a grammar of many
        // rules (English holidays) kept throwing its states away and rebuilding them.
        let set = regex::RegexSetBuilder::new(rules.iter().map(|r| loosened(&r.pattern)))
            .dfa_size_limit(64 << 20)
            .build()
            .expect("date patterns");
        let id = GRAMMARS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        DateGrammar { rules, set, tense, clause, links: Links::default(), id }
    }

    /// The grammar with the locale's ways of joining expressions.
    pub fn with_links(self, links: Links) -> Self {
        DateGrammar { links, ..self }
    }

    pub fn rule(&self, name: &str) -> Option<&DateRule> {
        self.rules.iter().find(|r| r.name == name)
    }
}

/// What a resolver reads: the anchors (each read is recorded, so the engine knows
/// which one the date hangs on) and the tense its clause leans to. A resolver that
/// finds the words name no possible date ("le 31 février", "l'an 30000") says so
/// through [`Context::ymd`] or [`Context::year`]: its match is then no date, and
/// no shorter rule may read a date inside it.
pub struct Context {
    anchors: Anchors,
    pub tense: Tense,
    used: Cell<Anchor>,
    impossible: Cell<bool>,
    /// The resolver asked for the passage's day, whether or not there was one.
    asked_narrative: Cell<bool>,
}

impl Context {
    pub fn new(anchors: Anchors, tense: Tense) -> Self {
        Context { anchors, tense, used: Cell::new(Anchor::Absolute), impossible: Cell::new(false), asked_narrative: Cell::new(false) }
    }

    fn mark(&self, anchor: Anchor) {
        self.used.set(self.used.get().max(anchor));
    }

    /// The anchor the resolver read (the most specific, when several).
    pub fn anchor(&self) -> Anchor {
        self.used.get()
    }

    /// Whether the date counts from the passage's day when there is one ("la veille").
    pub fn asked_narrative(&self) -> bool {
        self.asked_narrative.get()
    }

    /// Whether the resolver found the words name an impossible date.
    pub fn is_impossible(&self) -> bool {
        self.impossible.get()
    }

    /// The date with this weekday nearest publication, leaning with the tense; when a verb
    /// says the future, today's weekday is today ("les manœuvres commenceront mercredi",
    /// written on a Wednesday), and next week's only when the caller leans ahead.
    pub fn weekday_near(&self, day: chrono::Weekday, published: NaiveDate) -> Option<NaiveDate> {
        use chrono::Datelike;
        if self.tense == Tense::Future && published.weekday() == day && !self.anchors.tense_by_policy {
            return Some(published);
        }
        super::calendar::weekday_near(day, published, self.tense)
    }

    pub fn published(&self) -> Option<NaiveDate> {
        self.anchors.published.inspect(|_| self.mark(Anchor::Publication))
    }

    /// The passage's day, or the publication date before any.
    pub fn narrative_or_published(&self) -> Option<NaiveDate> {
        self.asked_narrative.set(true);
        match self.anchors.narrative {
            Some(n) => {
                self.mark(Anchor::Narrative);
                Some(n)
            }
            None => self.published(),
        }
    }

    /// The last date the text stated, at any precision, else the passage's day or the publication date.
    pub fn previous_or_narrative_or_published(&self) -> Option<NaiveDate> {
        self.asked_narrative.set(true);
        match self.anchors.previous {
            Some(p) => {
                self.mark(Anchor::Narrative);
                Some(p)
            }
            None => self.narrative_or_published(),
        }
    }

    /// Flags the match as naming no possible date.
    pub fn impossible<T>(&self) -> Option<T> {
        self.impossible.set(true);
        None
    }

    /// A day the text states: when the month and day are plausible but the month has
    /// no such day ("le 31 février"), the match is impossible.
    pub fn ymd(&self, year: i32, month: u32, day: u32) -> Option<NaiveDate> {
        match NaiveDate::from_ymd_opt(year, month, day) {
            Some(date) => Some(date),
            None if (1..=12).contains(&month) && (1..=31).contains(&day) => self.impossible(),
            None => None,
        }
    }

    /// A four-digit year the text states; out of [`calendar::YEARS`] the match is impossible.
    pub fn year(&self, text: &str) -> Option<i32> {
        match year_number(text) {
            Some(year) => Some(year),
            None if text.chars().all(|c| c.is_ascii_digit()) => self.impossible(),
            None => None,
        }
    }

    /// A year of two or four digits (two: the century nearest publication).
    pub fn full_year(&self, text: &str) -> Option<i32> {
        if text.len() == 2 {
            calendar::full_year(text, self.published().map(|p| p.year()))
        } else {
            self.year(text)
        }
    }

    /// The year that puts a day-month nearest publication, leaning as the clause's tense says.
    pub fn nearest_year(&self, month: u32, day: u32) -> Option<i32> {
        self.nearest_year_leaning(month, day, self.tense)
    }

    pub fn nearest_year_leaning(&self, month: u32, day: u32, lean: Tense) -> Option<i32> {
        Some(calendar::nearest_year(month, day, self.published()?, lean))
    }

    /// The year the text gives, or the nearest one.
    pub fn explicit_or_nearest_year(&self, explicit: Option<&str>, month: u32, day: u32) -> Option<i32> {
        match explicit {
            Some(y) => self.year(y),
            None => self.nearest_year(month, day),
        }
    }
}

/// Builds a locale's rules: each pattern has its placeholders ("{MONTH}", "{WEEKDAY}")
/// replaced by the locale's word alternations and is matched case-insensitively.
pub struct Builder {
    placeholders: Vec<(&'static str, String)>,
    rules: Vec<DateRule>,
}

impl Builder {
    pub fn new(placeholders: Vec<(&'static str, String)>) -> Self {
        Builder { placeholders, rules: Vec::new() }
    }

    pub fn rule(&mut self, name: &'static str, pattern: &str, resolve: Resolver) {
        let mut pattern = pattern.to_string();
        for (token, words) in &self.placeholders {
            pattern = pattern.replace(token, words);
        }
        debug_assert!(!self.rules.iter().any(|r| r.name == name), "two rules named {name}");
        self.rules.push(DateRule::new(name, format!("(?i){pattern}"), resolve));
    }

    pub fn into_rules(self) -> Vec<DateRule> {
        self.rules
    }
}
