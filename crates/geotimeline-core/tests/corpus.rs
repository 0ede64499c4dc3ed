//! Tests as data: one file per locale and kind under `tests/corpus/<locale>/`
//! (`dates.tsv`, `events.tsv`). Every line is checked and the failing ones are
//! printed with their file and line number.
//!
//! `dates.tsv` columns, tab-separated (`#` starts a comment line):
//! 1. the publication date, optionally followed by a space and the policy
//!    where the text does not say past or future (`2013-02-12 future`; default nearest);
//! 2. the text (one or more sentences: later ones read the earlier ones' dates);
//! 3. the dates found, in order, separated by spaces, each `value[..end_value]/precision`
//!    as `geotimeline dates` prints them (`2024-06-20/day`, `2013-02-13..2013-02-18/day`,
//!    `2023-09/month`, `2024-W25/week`, `2023-SU/season`), or `-` for none;
//! 4. optionally, the expressions' texts, separated by ` | `.
//!
//! `events.tsv` columns: the publication date; the text; the events read, in
//! order, as `type@start[..end]` separated by spaces, or `-` for none; optionally,
//! per event (separated by ` | `), actors that must be among its actors (`, `-separated),
//! or must not when written `!Name`; `@Name` (`!@Name`) is a place that must (must not) be
//! among its places.

use chrono::NaiveDate;
use geotimeline_core::extract::dates::{self, calendar::values, DateGrammar, Policy, TimeExpr};
use geotimeline_core::extract::{ArticleText, Candidate, Extractor};
use std::path::PathBuf;

/// One line of a corpus file, split at tabs.
struct Line {
    number: usize,
    fields: Vec<String>,
}

fn corpus(locale: &str, kind: &str) -> (PathBuf, Vec<Line>) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(locale).join(format!("{kind}.tsv"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(i, l)| Line { number: i + 1, fields: l.split('\t').map(|f| f.trim().to_string()).collect() })
        .collect();
    (path, lines)
}

fn shown(e: &TimeExpr) -> String {
    let (value, end_value) = values(&e.date);
    match end_value {
        Some(end) => format!("{value}..{end}/{}", e.date.precision.as_str()),
        None => format!("{value}/{}", e.date.precision.as_str()),
    }
}

/// One line of a corpus, split: the publication date with what follows it, the text,
/// the expected value and the optional columns after it.
struct Case<'a> {
    published: NaiveDate,
    /// Words after the date in its column (a date policy).
    after_date: Vec<&'a str>,
    text: &'a str,
    expected: String,
    rest: &'a [String],
}

/// Runs `check` on every line of `tests/corpus/<locale>/<kind>.tsv`; it returns what
/// went wrong with a line, if anything. Lists every failing line, then fails.
fn run_corpus(locale: &str, kind: &str, mut check: impl FnMut(&Case) -> Option<String>) {
    let (path, lines) = corpus(locale, kind);
    let mut failures = Vec::new();
    for line in &lines {
        let at = format!("{}:{}", path.display(), line.number);
        let [published, text, expected, rest @ ..] = line.fields.as_slice() else {
            failures.push(format!("{at}: expected at least 3 tab-separated columns"));
            continue;
        };
        let mut head = published.split_whitespace();
        let Some(date) = head.next().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) else {
            failures.push(format!("{at}: bad publication date {published:?}"));
            continue;
        };
        let case = Case {
            published: date,
            after_date: head.collect(),
            text,
            expected: expected.split_whitespace().collect::<Vec<_>>().join(" "),
            rest,
        };
        if let Some(problem) = check(&case) {
            failures.push(format!("{at}: {text}\n    {problem}"));
        }
    }
    for failure in &failures {
        eprintln!("{failure}");
    }
    assert!(failures.is_empty(), "{} of {} lines of {} fail (listed above)", failures.len(), lines.len(), path.display());
}

fn check_dates(locale: &str, grammar: &DateGrammar) {
    run_corpus(locale, "dates", |case| {
        let policy = match case.after_date.first().copied() {
            None | Some("nearest") => Policy::Nearest,
            Some("past") => Policy::Past,
            Some("future") => Policy::Future,
            Some(other) => return Some(format!("unknown policy {other:?}")),
        };
        let found = dates::find_all_in(grammar, case.text, case.published, policy);
        let got = if found.is_empty() { "-".to_string() } else { found.iter().map(shown).collect::<Vec<_>>().join(" ") };
        let texts: Vec<&str> = found.iter().map(|e| e.text.as_str()).collect();
        let texts_ok = case.rest.first().is_none_or(|want| want.split(" | ").map(str::trim).eq(texts.iter().copied()));
        (got != case.expected || !texts_ok).then(|| {
            let how: Vec<String> = found.iter().map(|e| format!("{:?} by {} ({})", e.text, e.rule, e.anchor.as_str())).collect();
            let want_texts = case.rest.first().map(|t| format!(" | texts {t}")).unwrap_or_default();
            format!("expected {}{want_texts}\n    got      {got} [{}]", case.expected, how.join(", "))
        })
    });
}

#[test]
fn dates_fr() {
    check_dates("fr", &geotimeline_core::extract::fr::DATES);
}

#[test]
fn dates_en() {
    check_dates("en", &geotimeline_core::extract::en::DATES);
}

fn check_events(locale: &str, extractor: &dyn Extractor) {
    let shown = |c: &Candidate| {
        if c.date.start == c.date.end {
            format!("{}@{}", c.event_type.as_str(), c.date.start)
        } else {
            format!("{}@{}..{}", c.event_type.as_str(), c.date.start, c.date.end)
        }
    };
    run_corpus(locale, "events", |case| {
        let found = extractor.extract(ArticleText { text: case.text, language: locale, published: Some(case.published) });
        let got = if found.is_empty() { "-".to_string() } else { found.iter().map(shown).collect::<Vec<_>>().join(" ") };
        let mut missing_actors = Vec::new();
        if let Some(wanted) = case.rest.first() {
            for (want, candidate) in wanted.split(" | ").zip(&found) {
                for name in want.split(", ").map(str::trim).filter(|n| !n.is_empty()) {
                    let (name, wanted) = match name.strip_prefix('!') {
                        Some(unwanted) => (unwanted, false),
                        None => (name, true),
                    };
                    let found_there = match name.strip_prefix('@') {
                        Some(place) => candidate.places.iter().any(|p| p.name == place),
                        None => candidate.actors.iter().any(|a| a.name == name),
                    };
                    if found_there != wanted {
                        let how = if wanted { "missing" } else { "unwanted" };
                        missing_actors.push(format!("{how} {name} in {}", shown(candidate)));
                    }
                }
            }
        }
        (got != case.expected || !missing_actors.is_empty()).then(|| {
            let why: Vec<String> = found.iter().map(|c| format!("{} by {}", shown(c), c.explanation.trigger)).collect();
            let missing =
                if missing_actors.is_empty() { String::new() } else { format!("\n    actors and places: {}", missing_actors.join("; ")) };
            format!("expected {}\n    got      {got} [{}]{missing}", case.expected, why.join("; "))
        })
    });
}

#[test]
fn events_fr() {
    check_events("fr", &geotimeline_core::extract::FrenchRules);
}

#[test]
fn events_en() {
    // The extractor dispatches on the article's language: the same one reads English.
    check_events("en", &geotimeline_core::extract::FrenchRules);
}
