//! English date rules, each named, and the patterns of the English tense and
//! clause checks. The words come from [`super::words`]; placeholders in braces
//! (`{MONTH}`, `{WEEKDAY}`, `{DAY}`, `{NUM}`, `{UNIT}`…) are its alternations.

use super::words::{self, day_number, month_number, month_part, number, unit, weekday, Holiday};
use crate::extract::dates::calendar::{
    day_of_week, easter, lunar_days, month_or_part, nearest_day_of_month, nearest_holiday, nth_weekday_of_month, orthodox_easter,
    season_near, shift_month, shifted, stretch, weekday_beyond, weekday_near, weekend_near, weekend_of_week,
};
use crate::extract::dates::{Builder, ClauseWords, DateGrammar, Links, ShiftReader, Tense, TenseWords};
use crate::extract::word_regex::WordRegex;
use crate::model::{DateSpan, MonthPart, Precision};
use chrono::{Datelike, Duration, NaiveDate};

/// The placeholders of the rules' patterns and what they stand for.
fn placeholders() -> Vec<(&'static str, String)> {
    vec![
        ("{MONTH}", words::months_pattern()),
        ("{WEEKDAY}", words::weekdays_pattern()),
        ("{WEEKDAY_ABBR}", words::weekday_abbreviations_pattern()),
        ("{DAY}", words::day_pattern()),
        ("{NUM}", words::number_pattern()),
        ("{UNIT}", words::unit_pattern()),
        ("{ORDINAL}", words::ordinal_pattern()),
        ("{LAST}", words::alternation(words::LAST.iter().copied())),
        ("{SEASON}", words::season_pattern()),
        ("{FROM_TODAY}", words::days_from_today_pattern()),
        ("{HOLIDAY}", words::holidays_pattern()),
        ("{MONTH_PART}", words::month_part_pattern()),
        ("{TO}", r"(?:-|–|—|to|through|thru|until|till|and)".to_string()),
        ("{ERA}", words::era_pattern()),
        ("{YEAR_PART}", words::year_part_pattern()),
        ("{VAGUE}", words::vague_count_pattern()),
    ]
}

/// The English date grammar: its rules, then the patterns its tense and clause checks read.
pub fn grammar() -> DateGrammar {
    let mut b = Builder::new(placeholders());
    rules(&mut b);
    DateGrammar::new(b.into_rules(), tense_words(), clause_words()).with_links(links())
}

/// "three days after Easter", "a year from Christmas", "2 months before 02/02"; "8/10/2012 -
/// 8/15/2012", "today - next Friday", "this Friday to this Monday".
fn links() -> Links {
    let shift = format!(r"(?i)\b({}|a|an)\s+({})\s+(after|from|before)\s+$", words::number_pattern(), words::unit_pattern());
    let read: ShiftReader = |c| {
        let sign = if c[3].eq_ignore_ascii_case("before") { -1 } else { 1 };
        Some((sign * number(&c[1])?, unit(&c[2])?))
    };
    Links {
        shift: Some((WordRegex::new(&shift).expect("shift pattern"), read)),
        range: Some(WordRegex::new(r"(?i)\s*(?:-|–|—|to|through|thru|until|till)\s*").expect("range pattern")),
        approximately: Some(
            WordRegex::new(r"(?i)\b(?:around|approximately|roughly|circa|sometimes?|anytime|any\s+time)\s+$")
                .expect("approximation pattern"),
        ),
    }
}

fn tense_words() -> TenseWords {
    use words::alternation;
    let future =
        format!(r"(?i)(?:\b(?:{})\b|['’]ll\b)", alternation(words::FUTURE_WORDS.iter().copied().filter(|w| !w.starts_with(['\'', '’']))));
    // An auxiliary, at most one adverb, then a participle ("has signed", "had already left",
    // "was killed"); a simple past in "-ed" ("signed"); an irregular past ("met", "said").
    let past = format!(
        r"(?i)\b(?:(?:{})\s+(?:(?:{})\s+)?(\p{{L}}+(?:ed|en|wn|ne|t|d|ght|ung|un))|\p{{L}}{{2,}}ed|{})\b",
        alternation(words::PAST_AUXILIARIES.iter().copied()),
        alternation(words::ADVERBS.iter().copied()),
        alternation(words::IRREGULAR_PAST.iter().copied()),
    );
    TenseWords {
        future: WordRegex::new(&future).expect("future pattern"),
        past: WordRegex::new(&past).expect("past pattern"),
        not_participles: words::WEEKDAYS.iter().map(|w| w.name.to_string()).chain(words::NOT_PAST.iter().map(|w| w.to_string())).collect(),
        imperfect: None,
        modal_before: None,
        // (Its future words are verbs: "is scheduled for", not "scheduled for".)
        describing_future: &[],
    }
}

fn clause_words() -> ClauseWords {
    use words::alternation;
    ClauseWords {
        // "After the summit in …", "Following his visit …" (not "after June 1", a bound); "The
        // talks follow a proposal by Putin on Sunday": what the clause's present follows came before.
        recall: WordRegex::new(
            r"(?i)^\s*(?:after|following|in\s+the\s+wake\s+of)\s+(?:the|his|her|its|their|a|an)\s+\p{L}{3,}|\b(?:follows?|comes?\s+after)\s+(?:the|his|her|its|their|a|an)\s+\p{L}{3,}",
        )
        .expect("recall pattern"),
        // A past verb or a modal and its verb: the English conditional is a word ("would"), not
        // an ending, so no verb reads as a plan by its ending (`plan_endings` is empty).
        verb: WordRegex::new(r"(?i)\b\p{L}{2,}ed\b").expect("verb pattern"),
        subordinate: WordRegex::new(r"(?i)\b(?:which|that|who|where|when|while|whereas|because|although|before|after)\b")
            .expect("subordinate pattern"),
        relative: WordRegex::new(r"(?i)\b(?:which|that|who|where)\b").expect("relative pattern"),
        plan_endings: words::CONDITIONAL_ENDINGS,
        not_plans: words::NOT_PLANS,
        deadline_words: words::DEADLINE_WORDS,
        // English capitalises every weekday.
        weekdays_in_names: &[],
        holidays_in_names: &["Ramadan", "Yom Kippur"],
        war_before: &[],
        end_words: &["until", "till", "through", "thru", "no later than"],
        noun_date_links: &["of"],
        since_words: &["since"],
        plan_before: Some(
            // (Put off to a day: "postponed the vote to March 3", "was pushed back until Monday".)
            // (Set for a day, even in a sentence told in the past: "withdrew from a series set for
            // November".)
            WordRegex::new(r"(?i)\b(?:(?:is|are)\s+)?(?:due|set|scheduled|expected|slated)\s+to\s+\p{L}+\s+(?:on\s+|next\s+)?$|\b(?:set|scheduled|slated|planned)\s+for\s+(?:on\s+|in\s+)?$|\bdue\s+(?:on\s+|in\s+)?$|\b(?:is|are)\s+supposed\s+to\s+\p{L}+\s+(?:on\s+|next\s+)?$|\b(?:postpone|delay|reschedule|defer|push\s+back|put\s+off|pushed\s+back)(?:d|ed|s|es)?\s+(?:[^\s,;.]+\s+){0,5}?(?:to|until|till)\s+$")
                .expect("plan pattern"),
        ),
        committed_before: Some(WordRegex::new(&committed_pattern()).expect("commitment pattern")),
        past_participle: None,
        reporting: Some(
            WordRegex::new(&format!(
                r"(?i)\b(?:{})\b(?:\s+(?:(?:on|last|this)\s+)?(?:{}|yesterday|today|tonight|week|month))?",
                alternation(words::REPORTING_VERBS_PAST.iter().copied()),
                alternation(words::WEEKDAYS.iter().map(|w| w.name)),
            ))
            .expect("reporting pattern"),
        ),
    }
}

fn span(start: NaiveDate, end: NaiveDate) -> DateSpan {
    DateSpan { start, end, precision: Precision::Day }
}

/// The months `first` to `last` of a year.
fn months(year: i32, first: u32, last: u32) -> Option<DateSpan> {
    Some(DateSpan { start: DateSpan::month(year, first)?.start, end: DateSpan::month(year, last)?.end, precision: Precision::Month })
}

fn years(from: i32, to: i32) -> Option<DateSpan> {
    if from >= to {
        return None;
    }
    Some(DateSpan { start: DateSpan::year(from)?.start, end: DateSpan::year(to)?.end, precision: Precision::Year })
}

/// -1, 0 or 1 for the word that says which unit ("last", "this", "the coming").
/// A year named from publication: "last year", "this year", "next year".
const RELATIVE_YEAR: &str = r"(?P<which>this|last|next)\s+year\b";

fn relative_shift(which: &str) -> i32 {
    match which.split_whitespace().last().unwrap_or_default() {
        "this" | "current" => 0,
        "next" | "coming" | "upcoming" | "following" => 1,
        _ => -1,
    }
}

fn part(m: Option<regex::Match>) -> Option<MonthPart> {
    m.and_then(|m| month_part(m.as_str()))
}

fn lower(c: &regex::Captures, i: usize) -> Option<String> {
    c.get(i).map(|m| m.as_str().to_lowercase())
}

/// A year in a match: four digits, or two after an apostrophe ("'24").
fn year_of(x: &crate::extract::dates::Context, text: &str) -> Option<i32> {
    x.full_year(text.trim_start_matches(['\'', '’']))
}

/// A day and month the text states, in the year it gives or the nearest one.
fn day_in(x: &crate::extract::dates::Context, year: Option<regex::Match>, month: u32, day: u32) -> Option<DateSpan> {
    let year = match year {
        Some(y) => year_of(x, y.as_str())?,
        None => x.nearest_year(month, day)?,
    };
    x.ymd(year, month, day).map(DateSpan::day)
}

/// A day and month with the weekday the text gives it ("Fri, Jul 18"): with no year, the
/// nearest year, or the next one the way the tense leans, in which that day falls on that weekday.
fn day_in_week(
    x: &crate::extract::dates::Context,
    year: Option<regex::Match>,
    month: u32,
    day: u32,
    wd: Option<regex::Match>,
) -> Option<DateSpan> {
    let (Some(wd), None) = (wd.and_then(|w| weekday(w.as_str())), year) else {
        return day_in(x, year, month, day);
    };
    // Only a year further the way the tense leans: with none, the nearest year stands (a weekday
    // that does not fit it is more likely a slip than a date years away).
    let nearest = x.nearest_year(month, day)?;
    let steps: &[i32] = match x.tense {
        Tense::Future => &[0, 1],
        Tense::Past => &[0, -1],
        Tense::Unknown => &[0],
    };
    let fits = steps.iter().filter_map(|s| NaiveDate::from_ymd_opt(nearest + s, month, day)).find(|d| d.weekday() == wd);
    match fits {
        Some(d) => Some(DateSpan::day(d)),
        None => day_in(x, None, month, day),
    }
}

fn rules(b: &mut Builder) {
    // "from 6 to 10 March", "6-10 March 2024", "between 6 and 10 March", "10 June to 2 July"
    b.rule(
        "day_month_range",
        r"\b(?:from\s+|between\s+)?(?:the\s+)?({DAY})(?:\s+(?:of\s+)?({MONTH}))?(?:,?\s+(\d{4}))?\s*{TO}\s*(?:the\s+)?({DAY})\s+(?:of\s+)?({MONTH})(?:,?\s+(\d{4}))?\b",
        |c, x| {
            // "6 and 10 March" is a range only after "between".
            if c[0].to_lowercase().contains(" and ") && !c[0].to_lowercase().starts_with("between") {
                return None;
            }
            let (d1, d2) = (day_number(&c[1])?, day_number(&c[4])?);
            let m2 = month_number(&c[5])?;
            let m1 = c.get(2).map_or(Some(m2), |m| month_number(m.as_str()))?;
            let y2 = match c.get(6) {
                Some(y) => x.year(y.as_str())?,
                None => x.nearest_year(m2, d2)?,
            };
            let y1 = match c.get(3) {
                Some(y) => x.year(y.as_str())?,
                None if m1 > m2 => y2 - 1,
                None => y2,
            };
            let (start, end) = (x.ymd(y1, m1, d1)?, x.ymd(y2, m2, d2)?);
            (start <= end).then_some(span(start, end))
        },
    );
    // "March 6-10", "from March 6 to April 2, 2024", "between June 3 and 5". A count after
    // the second number ("June 3 to 5 people") makes it no range.
    b.rule(
        "month_day_range",
        r"(?P<span>\b(?:from\s+|between\s+)?({MONTH})\s+({DAY})(?:,?\s+(\d{4}))?\s*{TO}\s*(?:({MONTH})\s+)?({DAY})\b(?:,?\s+(\d{4})\b)?)(\s+\p{L}+)?",
        |c, x| {
            // Words that may follow a range; any other ("June 3 to 5 people") makes the numbers counts.
            const AFTER: &[&str] =
                &["in", "at", "and", "the", "a", "with", "for", "when", "as", "on", "of", "will", "is", "was", "to", "by"];
            if c.get(7).is_none() && c.get(8).is_some_and(|m| !AFTER.contains(&m.as_str().trim().to_lowercase().as_str())) {
                return None;
            }
            if c[1].to_lowercase().contains(" and ") && !c[1].to_lowercase().starts_with("between") {
                return None;
            }
            let m1 = month_number(&c[2])?;
            let m2 = c.get(5).map_or(Some(m1), |m| month_number(m.as_str()))?;
            let (d1, d2) = (day_number(&c[3])?, day_number(&c[6])?);
            let y2 = match c.get(7).or(c.get(4)) {
                Some(y) => x.year(y.as_str())?,
                None => x.nearest_year(m2, d2)?,
            };
            let y1 = match c.get(4) {
                Some(y) => x.year(y.as_str())?,
                None if m1 > m2 => y2 - 1,
                None => y2,
            };
            let (start, end) = (x.ymd(y1, m1, d1)?, x.ymd(y2, m2, d2)?);
            (start < end).then_some(span(start, end))
        },
    );
    // "from December to May 2020", "between March and June 2024": months.
    b.rule("month_range", r"\b(?:from|between)\s+({MONTH})\s+(?:to|and|until|through)\s+({MONTH})(?:,?\s+(\d{4}))?\b", |c, x| {
        let (m1, m2) = (month_number(&c[1])?, month_number(&c[2])?);
        // The first month nearest, the second after it; or counted back from a year the text gives.
        let (y1, y2) = match c.get(3) {
            Some(y) => {
                let y2 = x.year(y.as_str())?;
                (if m1 > m2 { y2 - 1 } else { y2 }, y2)
            }
            None => {
                let y1 = x.nearest_year(m1, 15)?;
                (y1, if m1 > m2 { y1 + 1 } else { y1 })
            }
        };
        Some(DateSpan { start: DateSpan::month(y1, m1)?.start, end: DateSpan::month(y2, m2)?.end, precision: Precision::Month })
    });
    // "between 1995 and 2023", "from 1995 to 2023", "1995-2023"
    b.rule("year_range", r"\b(?:(?:between\s+)?(\d{4})\s+and|(?:from\s+)?(\d{4})\s*(?:to|-|–|through|until))\s+(\d{4})\b", |c, x| {
        let from = x.year(c.get(1).or(c.get(2))?.as_str())?;
        years(from, x.year(&c[3])?)
    });
    b.rule("year_range_dash", r"\b(?:(?:in|of|from|during|for|since)\s+)?(\d{4})[-–](\d{4}|\d{2})\b", |c, x| {
        let from = x.year(&c[1])?;
        let to = if c[2].len() == 2 { from - from % 100 + c[2].parse::<i32>().ok()? } else { x.year(&c[2])? };
        years(from, to)
    });
    // "the first Monday of March", "the last Friday of June 2024", "the second Tuesday of next month"
    b.rule(
        "nth_weekday_of_month",
        r"\b(?:the\s+)?({ORDINAL}|{LAST})\s+({WEEKDAY})\s+(?:of|in)\s+(?:(this|next|last|the)\s+month|({MONTH})(?:,?\s+(\d{4}))?)\b",
        |c, x| {
            let (year, month) = match (lower(c, 3), c.get(4)) {
                (_, Some(m)) => {
                    let month = month_number(m.as_str())?;
                    let year = match c.get(5) {
                        Some(y) => x.year(y.as_str())?,
                        None => x.nearest_year(month, 15)?,
                    };
                    (year, month)
                }
                (Some(w), None) => {
                    let p = x.published()?;
                    shift_month(p.year(), p.month(), if w == "the" { 0 } else { relative_shift(&w) })
                }
                (None, None) => return None,
            };
            let nth = if words::is_last(&c[1]) { None } else { Some(words::ordinal(&c[1])?) };
            nth_weekday_of_month(year, month, weekday(&c[2])?, nth).map(DateSpan::day)
        },
    );
    // "20 June", "Thursday 20 June 2024", "the 20th of June", "Sun 15 Sept '24", "21-APR-16"
    b.rule(
        "day_month_year",
        r"(?P<span>\b(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:the\s+)?(?P<day>{DAY})(?:\s+of\s+|\s*|[-/])(?P<month>{MONTH})(?:(?:,?\s+|[-/])(?P<year>\d{4}\b|['’]\d{2}\b|\d{2}\b))?)(?P<after>\s*%|\s+\p{L})?",
        |c, x| {
            // A two-digit year followed by a word is a count ("3 Aug 96 people").
            let year = c.name("year").filter(|y| !(y.len() == 2 && c.name("after").is_some()));
            if c.name("year").is_some() && year.is_none() {
                return None;
            }
            day_in_week(x, year, month_number(&c["month"])?, day_number(&c["day"])?, c.name("wd"))
        },
    );
    // "June 20", "June 20th, 2024", "Sunday, December 7, 2014", "Jan. 5 '24"; "June the 20th";
    // "Feb13"; "Jul 18, Fri" (the weekday after)
    b.rule(
        "month_day_year",
        r"(?P<span>\b(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?P<month>{MONTH})(?:\s+(?:the\s+)?|[-/]|)(?P<day>{DAY})\b(?:(?:,?\s+|[-/])(?P<year>\d{4}\b|['’]?\d{2}\b))?(?:,\s*(?P<wd_after>{WEEKDAY}|{WEEKDAY_ABBR})\b)?)(?P<after>\s*%|\s+\p{L})?",
        |c, x| {
            // A two-digit year followed by a word is a count ("June 20 25 people").
            let year = c.name("year").filter(|y| !(y.len() == 2 && c.name("after").is_some()));
            day_in_week(x, year, month_number(&c["month"])?, day_number(&c["day"])?, c.name("wd").or(c.name("wd_after")))
        },
    );
    // "2024-06-20", "2014.12.28", "2014/12/28", "2014 12 28"
    b.rule("iso_date", r"\b(\d{4})([-/. ])(\d{1,2})([-/. ])(\d{1,2})\b", |c, x| {
        if c[2] != c[4] {
            return None;
        }
        let (a, b) = (c[3].parse().ok()?, c[5].parse().ok()?);
        // "2024-13-01": the month cannot be 13, so the day comes first.
        let (month, day) = if a > 12 && b <= 12 { (b, a) } else { (a, b) };
        x.ymd(x.year(&c[1])?, month, day).map(DateSpan::day)
    });
    // "06/20/2024", "Tuesday 11/3/2015": the month first, as in the US, unless the first
    // number cannot be a month ("20/06/2024").
    b.rule("numeric_date", r"\b(?:(?:{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})\b", |c, x| {
        if c[2] != c[4] {
            return None;
        }
        let (a, b): (u32, u32) = (c[1].parse().ok()?, c[3].parse().ok()?);
        let (month, day) = if a > 12 { (b, a) } else { (a, b) };
        x.ymd(x.full_year(&c[5])?, month, day).map(DateSpan::day)
    });
    // "on 6/20": month and day after "on" or a weekday.
    b.rule("numeric_month_day", r"\b(?:on|(?:{WEEKDAY}|{WEEKDAY_ABBR}),?)\s+(\d{1,2})/(\d{1,2})\b", |c, x| {
        let (a, b): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        let (month, day) = if a > 12 { (b, a) } else { (a, b) };
        x.ymd(x.nearest_year(month, day)?, month, day).map(DateSpan::day)
    });
    // "2014-10", "2014/10": a year and month (a year range such as "2010-11" reads first).
    b.rule("numeric_year_month", r"\b(?:(?:in|since|by|from|until|during)\s+)?(\d{4})[-/](\d{1,2})\b", |c, x| {
        let month: u32 = c[2].parse().ok()?;
        DateSpan::month(x.year(&c[1])?, month)
    });
    // "2/2013": a month and year.
    b.rule("numeric_month_year", r"\b(\d{1,2})/(\d{4})\b", |c, x| DateSpan::month(x.year(&c[2])?, c[1].parse().ok()?));
    // "September 2023", "mid-June 2024", "early September 2023", "the end of March 2024";
    // "since March 2011" (longer than "since March", so the year is not lost to the month alone).
    b.rule(
        "month_year",
        r"\b(?:(?:since|until|during)\s+)?(?:(?:at\s+)?(?:the\s+)?({MONTH_PART})(?:[- ]|\s+the\s+)?)?({MONTH})(?:,?\s+|\s+of\s+)(\d{4})\b",
        |c, x| month_or_part(x.year(&c[3])?, month_number(&c[2])?, part(c.get(1))),
    );
    // "December 1 last year", "1 December of last year", "in March this year", "early May
    // next year": the day or the month of the year the words count from publication.
    b.rule(
        "month_day_relative_year",
        &format!(r"\b(?:(?P<month_a>{{MONTH}})\s+(?:the\s+)?(?P<day_a>{{DAY}})|(?:the\s+)?(?P<day_b>{{DAY}})(?:\s+of)?\s+(?P<month_b>{{MONTH}})),?\s+(?:of\s+)?{RELATIVE_YEAR}"),
        |c, x| {
            let month = month_number(c.name("month_a").or(c.name("month_b"))?.as_str())?;
            let day = day_number(c.name("day_a").or(c.name("day_b"))?.as_str())?;
            x.ymd(x.published()?.year() + relative_shift(&c["which"].to_lowercase()), month, day).map(DateSpan::day)
        },
    );
    b.rule(
        "month_relative_year",
        &format!(r"\b(?:in\s+|(?:at\s+)?(?:the\s+)?(?P<part>{{MONTH_PART}})(?:[- ]|\s+the\s+)?)?(?P<month>{{MONTH}}),?\s+(?:of\s+)?{RELATIVE_YEAR}"),
        |c, x| {
            let year = x.published()?.year() + relative_shift(&c["which"].to_lowercase());
            month_or_part(year, month_number(&c["month"])?, part(c.name("part")))
        },
    );
    // "2024 August", "2024/Aug": the year first, as in tables.
    b.rule("year_month", r"\b(\d{4})(?:\s+AD)?(?:\s+|[-/])({MONTH})\b", |c, x| DateSpan::month(x.year(&c[1])?, month_number(&c[2])?));
    // "in September", "last September", "next May", "this June", "mid-June", "early May",
    // "by the end of March", "September" (capitalised, not "May").
    b.rule(
        "month_near",
        r"(?P<span>\b(?:(in|during|since|this|last|next|until|by)\s+|(?:at\s+)?(?:the\s+)?({MONTH_PART})(?:[- ]|\s+the\s+)?)?((?-i:January|February|March|April|June|July|August|September|October|November|December)|{MONTH})\b)(\s+\d{1,2}(?:st|nd|rd|th)?\b)?",
        |c, x| {
            // "until October 30": the day's, not the month's (a longer match would hide it); the
            // number after the month is context, outside the span ("In August 45 people died").
            let day = |m: regex::Match| m.as_str().trim().trim_end_matches(char::is_alphabetic).parse::<u32>().ok();
            if c.get(5).and_then(day).is_some_and(|d| (1..=31).contains(&d)) {
                return None;
            }
            let month = month_number(&c[4])?;
            // A month alone must be written in full and capitalised ("Dong Jun" is a name); "May"
            // needs a preposition.
            if c.get(2).is_none() && c.get(3).is_none() {
                const IN_FULL: [&str; 11] =
                    ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"];
                if !IN_FULL.contains(&&c[4]) {
                    return None;
                }
            }
            let lean = match lower(c, 2).as_deref() {
                Some("last") | Some("since") => Tense::Past,
                Some("next") => Tense::Future,
                Some("this") => Tense::Unknown,
                _ => x.tense,
            };
            let p = x.published()?;
            let year = match lower(c, 2).as_deref() {
                Some("last") if month >= p.month() => p.year() - 1,
                Some("last") => p.year(),
                Some("next") if month <= p.month() => p.year() + 1,
                Some("next") => p.year(),
                Some("this") => p.year(),
                // "the beginning of January" is nearer its 5th than its 15th.
                _ => {
                    let day = match part(c.get(3)) {
                        Some(MonthPart::Early) => 5,
                        Some(MonthPart::Late) => 25,
                        _ => 15,
                    };
                    x.nearest_year_leaning(month, day, lean)?
                }
            };
            month_or_part(year, month, part(c.get(3)))
        },
    );
    // "early 2024", "mid-2024", "late 2023", "the end of 2023": the year.
    b.rule("part_of_year", r"\b(?:(?:at\s+)?(?:the\s+)?(?:{MONTH_PART})(?:[- ]|\s+the\s+)?)(\d{4})\b", |c, x| {
        let year = x.year(&c[1])?;
        let words = c[0].to_lowercase();
        let part = words.trim_end_matches(char::is_numeric).trim().trim_start_matches("at ").trim_start_matches("the ");
        match words::year_part(part) {
            Some((first, last)) => months(year, first, last),
            None => DateSpan::year(year),
        }
    });
    // "the summer of 2023", "summer 2023", "in the spring of 2024"
    b.rule("season_year", r"\b(?:the\s+)?({SEASON})\s+(?:of\s+)?(\d{4})\b", |c, x| DateSpan::season(x.year(&c[2])?, words::season(&c[1])?));
    // "this summer", "last winter", "next spring", "in the summer", "over the summer"
    b.rule(
        "season_near",
        r"\b(this|last|next|in\s+the|during\s+the|over\s+the|(?:early|late)\s+(?:this|last|next))\s+({SEASON})\b",
        |c, x| {
            let season = words::season(&c[2])?;
            let which = lower(c, 1)?;
            let (lean, strict) = if which.ends_with("last") {
                (Tense::Past, true)
            } else if which.ends_with("next") {
                (Tense::Future, true)
            } else if which.ends_with("this") {
                (Tense::Unknown, false)
            } else {
                (x.tense, false)
            };
            season_near(season, x.published()?, lean, strict)
        },
    );
    // "the 1990s", "the '90s", "the early 2000s"
    b.rule("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(\d{3}0|['’]\d0)['’]?s\b", |c, x| {
        let text = c[1].trim_start_matches(['\'', '’']);
        let year = if text.len() == 2 { 1900 + text.parse::<i32>().ok()? } else { x.year(text)? };
        DateSpan::decade(year)
    });
    // "Q3 2023", "the third quarter", "the 3rd quarter of 2023", "the 3rd qtr", "the last quarter"
    b.rule(
        "quarter",
        r"\b(?:the\s+)?({ORDINAL}|{LAST})\s+(?:fiscal\s+)?(?:quarter|qtr)(?:\s+(?:of\s+)?(?:(this|next|last)\s+year|(\d{4})))?\b|\b[Qq]([1-4])(?:\s+|-|\s+of\s+)?(\d{4})\b|\b(?:(this|next|last|current|coming|previous|past)\s+(?:quarter|qtr))\b",
        |c, x| {
            let p = x.published()?;
            let current = p.month0() / 3 + 1;
            if let Some(which) = lower(c, 6) {
                let index = p.year() * 4 + current as i32 - 1 + relative_shift(&which);
                return DateSpan::quarter(index.div_euclid(4), index.rem_euclid(4) as u32 + 1);
            }
            let last = c.get(1).is_some_and(|m| words::is_last(m.as_str()));
            if last && c.get(2).is_none() && c.get(3).is_none() {
                let (year, quarter) = if current == 1 { (p.year() - 1, 4) } else { (p.year(), current - 1) };
                return DateSpan::quarter(year, quarter);
            }
            let quarter = match c.get(1) {
                Some(_) if last => 4,
                Some(m) => words::ordinal(m.as_str()).filter(|q| (1..=4).contains(q))?,
                None => c[4].parse().ok()?,
            };
            let year = match (lower(c, 2).as_deref(), c.get(3).or(c.get(5))) {
                (_, Some(y)) => x.year(y.as_str())?,
                (Some("next"), _) => p.year() + 1,
                (Some("last"), _) => p.year() - 1,
                _ => p.year(),
            };
            DateSpan::quarter(year, quarter)
        },
    );
    // "in 1999", "since 2017", "by 2030", "the year 2000", "fiscal 2024"
    b.rule(
        "year",
        r"\b(?:in|since|during|before|after|by|until|till|through|from|of|year|fiscal|for|early|late|mid|around|circa|throughout)\s+(?:the\s+year\s+)?(\d{4})\b",
        |c, x| {
            DateSpan::year(x.year(&c[1])?)
        },
    );
    // A year alone after a comma or a day-less context ("…, 1999."), ending a clause.
    b.rule("year_clause_end", r"(?:^|[,(]\s*)(?P<span>(\d{4}))\s*(?:[.,;)]|$)", |c, x| DateSpan::year(x.year(&c[2])?));
    // "Monday next week", "Friday of last week", "Monday of this week", "Tuesday, next week"
    b.rule("weekday_of_week", r"\b({WEEKDAY}),?\s+(?:of\s+)?(this|next|last|the\s+following|the\s+previous)\s+week\b(['’]s)?", |c, x| {
        // "Monday, last week's talks": the week names the talks.
        if c.get(3).is_some() {
            return None;
        }
        let which = lower(c, 2)?;
        let shift = match which.as_str() {
            "this" => 0,
            w if w == "next" || w.ends_with("following") => 7,
            _ => -7,
        };
        Some(DateSpan::day(day_of_week(x.published()? + Duration::days(shift), weekday(&c[1])?)))
    });
    // "this Monday": today when today is that day, else leaning as a bare weekday does.
    b.rule("this_weekday", r"\b(?:this|this\s+coming|coming)\s+({WEEKDAY})\b", |c, x| {
        let (p, day) = (x.published()?, weekday(&c[1])?);
        if p.weekday() == day {
            return Some(DateSpan::day(p));
        }
        let lean = if c[0].to_lowercase().contains("coming") { Tense::Future } else { x.tense };
        // Said on a Sunday, "this Saturday" is the coming one: the week it ends is over.
        if lean == Tense::Unknown && p.weekday() == chrono::Weekday::Sun {
            return weekday_near(day, p, Tense::Future).map(DateSpan::day);
        }
        match lean {
            // With no tense to lean on, "this Saturday" is the one of this week.
            Tense::Unknown => Some(DateSpan::day(day_of_week(p, day))),
            _ => weekday_near(day, p, lean).map(DateSpan::day),
        }
    });
    // "last weekend", "next weekend": Saturday and Sunday of that week. "this weekend", "over the
    // weekend": by the tense (told on a Monday in the past, the one just gone). "the weekend of
    // March 8" is that day's.
    b.rule(
        "weekend",
        r"\b(this\s+past|this|last|next|past|coming|the\s+past|the\s+coming|over\s+the|during\s+the|at\s+the|on\s+the)\s+weekend\b(\s+of\b)?",
        |c, x| {
            let which = c[1].to_lowercase();
            let (saturday, sunday) = match which.split_whitespace().next() {
                _ if c.get(2).is_some() => return None,
                Some("this") if which != "this past" => weekend_near(x.published()?, x.tense),
                Some("over" | "during" | "at" | "on") => weekend_near(x.published()?, x.tense),
                _ => weekend_of_week(x.published()?, relative_shift(&which) as i64),
            };
            Some(span(saturday, sunday))
        },
    );
    // "2018 March 18", "2012/Aug/10": the year first.
    b.rule("year_month_day", r"\b(\d{4})(?:\s+|[-/])({MONTH})(?:\s+|[-/])({DAY})\b", |c, x| {
        x.ymd(x.year(&c[1])?, month_number(&c[2])?, day_number(&c[3])?).map(DateSpan::day)
    });
    // "last Monday": strictly before; "next Monday": that day of next week.
    b.rule("weekday_last_next", r"\b(last|next|past|previous)\s+({WEEKDAY})\b", |c, x| {
        let (p, day) = (x.published()?, weekday(&c[2])?);
        if c[1].eq_ignore_ascii_case("next") {
            return Some(DateSpan::day(day_of_week(p + Duration::days(7), day)));
        }
        Some(DateSpan::day(weekday_beyond(day, p, true)))
    });
    // "Monday", "on Tuesday night", "Wed."; leaning with the tense.
    b.rule("weekday", r"\b(?:on\s+)?({WEEKDAY}|(?:tues?|thu(?:rs?)?|fri)\b\.?|(?:mon|wed|sat|sun)\.)", |c, x| {
        // A paper's weekday is its own day ("The FAA on Friday announced …" in Friday's paper).
        let (day, p) = (weekday(&c[1])?, x.published()?);
        if p.weekday() == day {
            return Some(DateSpan::day(p));
        }
        weekday_near(day, p, x.tense).map(DateSpan::day)
    });
    // "a 2009 analysis", "his 2007 campaign": a year before a noun (not "the 2024 Act", a name).
    b.rule(
        crate::extract::dates::YEAR_BEFORE_NOUN,
        r"\b(?:a|an|the|his|her|its|their|our|this|that)\s+(?P<span>(\d{4}))\s+(?-i:\p{Ll})",
        |c, x| DateSpan::year(x.year(&c[2])?),
    );
    // "by the end of the year", "at the start of this year": the year itself.
    b.rule(
        "part_of_this_year",
        r"\b(?:(?:at\s+|by\s+)?(?:the\s+)?(?P<part>{YEAR_PART}|middle\s+of)\s+(?:the\s+|this\s+)?year|(?:at\s+|by\s+)?(?:the\s+)?(?-i:(?P<short>EOY)))\b",
        |c, x| {
            let p = x.published()?;
            let part = c.name("part").or(c.name("short"))?.as_str();
            let Some((first, last)) = words::year_part(part) else {
                return DateSpan::year(p.year());
            };
            // Told in the past before the part has begun, it is last year's ("peaked by the end of the year").
            let year = if x.tense == Tense::Past && p.month() < first { p.year() - 1 } else { p.year() };
            months(year, first, last)
        },
    );
    // "yesterday", "today", "tomorrow", "tonight", "the day after tomorrow"
    b.rule("days_from_today", r"\b({FROM_TODAY})\b", |c, x| {
        Some(DateSpan::day(x.published()? + Duration::days(words::days_from_today(&c[1])?)))
    });
    // "the day before", "the previous day", "the next day", "the following day": from the passage's day.
    b.rule(
        "the_day_before",
        r"\b(?:the\s+(?:day\s+(before|after)|(previous|prior|preceding|next|following)\s+day)|a\s+day\s+(earlier|later))\b(\s+(?:yesterday|tomorrow|the|his|her|its|their))?",
        |c, x| {
            if c.get(4).is_some() {
                return None;
            }
            let word = lower(c, 1).or(lower(c, 2)).or(lower(c, 3))?;
            let offset = if matches!(word.as_str(), "before" | "previous" | "prior" | "preceding" | "earlier") { -1 } else { 1 };
            Some(DateSpan::day(x.narrative_or_published()? + Duration::days(offset)))
        },
    );
    // "that day", "later that day", "the same day": the passage's day.
    b.rule("that_day", r"\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+day\b", |_, x| Some(DateSpan::day(x.narrative_or_published()?)));
    // "last week", "this week", "next week", "the past week", "the coming week", "earlier this week"
    b.rule(
        "week_relative",
        r"\b(?:(?:earlier|later)\s+)?(?:around\s+)?(this|current|last|past|previous|next|coming|upcoming|the\s+past|the\s+coming|the\s+previous|the\s+following|the\s+current)\s+week\b",
        |c, x| {
            let which = lower(c, 1)?;
            let p = x.published()?;
            // "the following week", "the previous week" count from the passage's day.
            let shift = match which.split_whitespace().collect::<Vec<_>>().as_slice() {
                ["the", "following"] => return Some(DateSpan::week_of(x.narrative_or_published()? + Duration::days(7))),
                ["the", "previous"] => return Some(DateSpan::week_of(x.narrative_or_published()? - Duration::days(7))),
                [.., "this" | "current"] => 0,
                [.., "next" | "coming" | "upcoming"] => 7,
                _ => -7,
            };
            Some(DateSpan::week_of(p + Duration::days(shift)))
        },
    );
    // "last month", "next month", "this month", "earlier this month", "later this month"
    b.rule("month_relative", r"\b(?:(?:earlier|later)\s+)?(this|current|last|past|previous|next|coming|upcoming|the\s+past|the\s+coming|the\s+previous|the\s+following|the\s+current)\s+month\b", |c, x| {
        let p = x.published()?;
        let shift = relative_shift(&lower(c, 1)?);
        let (y, m) = shift_month(p.year(), p.month(), shift);
        DateSpan::month(y, m)
    });
    // "last year", "next year", "this year", "earlier this year"
    b.rule("year_relative", r"\b(?:(?:earlier|later)\s+)?(this|current|last|past|previous|next|coming|upcoming|the\s+past|the\s+coming|the\s+previous|the\s+following|the\s+current)\s+(?:fiscal\s+)?(?:year|yr)\b", |c, x| {
        let shift = relative_shift(&lower(c, 1)?);
        DateSpan::year(x.published()?.year() + shift)
    });
    // "the next three days", "the last two weeks", "the past 3 months", "next 3 years"
    b.rule(
        "stretch",
        r"\b(?:the\s+|over\s+the\s+|in\s+the\s+|within\s+the\s+|for\s+the\s+)?(next|last|past|previous|coming)\s+({NUM}|few|several)\s+({UNIT})\b",
        |c, x| {
            let n = match c[2].to_lowercase().as_str() {
                "few" | "several" => 3,
                w => number(w)?,
            };
            if n < 2 {
                return None;
            }
            let forward = matches!(c[1].to_lowercase().as_str(), "next" | "coming");
            stretch(x.published()?, n, unit(&c[3])?, forward)
        },
    );
    // "two weeks ago", "3 days ago", "a year ago"
    b.rule("units_ago", r"\b({NUM}|a\s+few|several)\s+({UNIT})\s+ago\b", |c, x| {
        let n = if c[1].contains(' ') || c[1].eq_ignore_ascii_case("several") { 3 } else { number(&c[1])? };
        shifted(x.published()?, -n, unit(&c[2])?)
    });
    // "in three days", "within 3 days", "in a week", "two days from now"
    b.rule(
        "in_units",
        r"\b(?:(?:in|within)\s+({NUM})\s+({UNIT})|({NUM})\s+({UNIT})\s+(?:from\s+(?:now|today)|hence))\b(\s+(?:of|time\s+of)\b)?",
        |c, x| {
            if c.get(5).is_some() {
                return None;
            }
            let (n, u) = match c.get(1) {
                // "the eighth coup in three years", "the first visit in five years": in a clause
                // told in the past, "in" a span is how long, not when.
                Some(_) if x.tense == Tense::Past => return None,
                Some(n) => (n.as_str(), &c[2]),
                None => (c.get(3)?.as_str(), &c[4]),
            };
            shifted(x.published()?, number(n)?, unit(u)?)
        },
    );
    // "three months later", "two days earlier", "a week after": from the last date stated.
    // ("two days after the launch", "four days after Israeli strikes" say how far apart two
    // events are, not when: "after" and "before" followed by any word.)
    b.rule(
        "units_later",
        r"(?P<span>\b({NUM})\s+({UNIT})\s+(later|earlier|afterwards|after|before|on)\b)(?P<relation>\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|I|this|that)\b)?(?P<object>\s+\p{L})?",
        |c, x| {
            let word = c[4].to_lowercase();
            // "later" and "earlier" take no object: "Three months later he left" is a date.
            if (c.name("relation").is_some() || c.name("object").is_some()) && matches!(word.as_str(), "after" | "before") {
                return None;
            }
            let sign = if matches!(word.as_str(), "earlier" | "before") { -1 } else { 1 };
            shifted(x.previous_or_narrative_or_published()?, sign * number(&c[2])?, unit(&c[3])?)
        },
    );
    // "on the 20th": the day of that number nearest publication.
    b.rule("day_alone", r"\b(?:(on\s+the)\s+({ORDINAL})|(?:on\s+the|on|the)\s+(\d{1,2}(?:st|nd|rd|th)))\b(\s+\p{L}+)?", |c, x| {
        if c.get(4).is_some() {
            return None;
        }
        nearest_day_of_month(day_number(c.get(2).or(c.get(3))?.as_str())?, x.published()?, x.tense).map(DateSpan::day)
    });
    // "the upcoming two weeks", "2 upcoming months": the unit that far ahead (not the stretch).
    b.rule("upcoming_units", r"\b(?:(?:the\s+)?upcoming\s+({NUM})|({NUM})\s+upcoming)\s+(day|week|month|quarter|year)s?\b", |c, x| {
        let n = number(c.get(1).or(c.get(2))?.as_str())?;
        let p = x.published()?;
        match c[3].to_lowercase().as_str() {
            "day" => Some(DateSpan::day(p + Duration::days(n))),
            "week" => Some(DateSpan::week_of(p + Duration::days(7 * n))),
            "month" => {
                let (y, m) = shift_month(p.year(), p.month(), n as i32);
                DateSpan::month(y, m)
            }
            "quarter" => {
                let index = p.year() * 4 + (p.month0() / 3) as i32 + n as i32;
                DateSpan::quarter(index.div_euclid(4), index.rem_euclid(4) as u32 + 1)
            }
            _ => DateSpan::year(p.year() + n as i32),
        }
    });
    // "the beginning of next week" (Monday to Wednesday), "at the end of this week" (Friday to Sunday)
    b.rule(
        "part_of_week",
        r"\b(?:at\s+)?(?:the\s+)?(beginning|start|end)\s+of\s+(?:the\s+)?(?:around\s+)?(this|current|coming|next|last|past|previous|following)\s+week\b",
        |c, x| {
            let monday = DateSpan::week_of(x.published()? + Duration::days(7 * relative_shift(&c[2].to_lowercase()) as i64)).start;
            let (from, to) = if c[1].eq_ignore_ascii_case("end") { (4, 6) } else { (0, 2) };
            Some(span(monday + Duration::days(from), monday + Duration::days(to)))
        },
    );
    // "the end of the month", "at the beginning of this month", "EOM": its first or last ten days or so.
    b.rule(
        "part_of_this_month",
        r"\b(?:at\s+)?(?:the\s+)?(?:(beginning|start|end)\s+of\s+(?:the\s+|this\s+)?month|(?-i:(EOM|BOM)))\b",
        |c, x| {
            let p = x.published()?;
            let late = c.get(1).map_or_else(|| c.get(2).is_some_and(|m| m.as_str() == "EOM"), |m| m.as_str().eq_ignore_ascii_case("end"));
            DateSpan::month_part(p.year(), p.month(), if late { MonthPart::Late } else { MonthPart::Early })
        },
    );
    // "the week of October 7th": the week holding that day.
    b.rule(
        "week_of_day",
        r"\bthe\s+week\s+of\s+(?:({MONTH})\s+({DAY})|(?:the\s+)?({DAY})\s+(?:of\s+)?({MONTH}))(?:,?\s+(\d{4}))?\b",
        |c, x| {
            let (month, day) = match c.get(1) {
                Some(m) => (month_number(m.as_str())?, day_number(&c[2])?),
                None => (month_number(&c[4])?, day_number(&c[3])?),
            };
            // A week named after a Sunday is the one it opens.
            day_in(x, c.get(5), month, day).map(|d| {
                let sunday = d.start.weekday() == chrono::Weekday::Sun;
                DateSpan::week_of(if sunday { d.start + Duration::days(1) } else { d.start })
            })
        },
    );
    // "the 20th of next month", "20 of this month", "the 20th day of the previous month"
    b.rule(
        "day_of_relative_month",
        r"\b(?:the\s+)?({DAY})(?:\s+day)?\s+of\s+(?:the\s+)?(this|current|next|last|previous|following|coming)\s+month\b",
        |c, x| {
            let p = x.published()?;
            let (y, m) = shift_month(p.year(), p.month(), relative_shift(&c[2].to_lowercase()));
            x.ymd(y, m, day_number(&c[1])?).map(DateSpan::day)
        },
    );
    // "Tuesday the 19th", "Thu 15th": the day of that number nearest publication that falls on
    // that weekday ("Monday 12 accords" is a count: a bare number followed by a word is no day).
    b.rule("weekday_day", r"(?P<span>\b({WEEKDAY}|{WEEKDAY_ABBR}),?\s+(?:the\s+)?(\d{1,2})(st|nd|rd|th)?\b)(\s*%|\s+\p{L})?", |c, x| {
        if c.get(5).is_some() && c.get(4).is_none() {
            return None;
        }
        let (day, number): (chrono::Weekday, u32) = (weekday(&c[2])?, c[3].parse().ok()?);
        let p = x.published()?;
        let fits = (-12..=12)
            .filter_map(|m| {
                let (y, mo) = shift_month(p.year(), p.month(), m);
                NaiveDate::from_ymd_opt(y, mo, number)
            })
            .filter(|d| d.weekday() == day);
        match x.tense {
            Tense::Future => fits.filter(|d| *d >= p).min(),
            Tense::Past => fits.filter(|d| *d <= p).max(),
            Tense::Unknown => fits.min_by_key(|d| (*d - p).num_days().abs()),
        }
        .map(DateSpan::day)
    });
    // "two weeks after yesterday", "a week before tomorrow": counted from that day.
    b.rule("units_from_day", r"\b({NUM})\s+({UNIT})\s+(after|before)\s+(yesterday|today|tomorrow)\b", |c, x| {
        let base = x.published()? + Duration::days(words::days_from_today(&c[4])?);
        let sign = if c[3].eq_ignore_ascii_case("before") { -1 } else { 1 };
        shifted(base, sign * number(&c[1])?, unit(&c[2])?)
    });
    // "Monday to Friday", "from Friday to Monday": the first day leaning with the tense, the last after it.
    b.rule("weekday_range", r"\b(?:from\s+)?({WEEKDAY})\s*(?:to|-|–|through|until|till)\s*({WEEKDAY})\b", |c, x| {
        let (p, first, last) = (x.published()?, weekday(&c[1])?, weekday(&c[2])?);
        let start = if p.weekday() == first { p } else { weekday_near(first, p, x.tense)? };
        let gap = (last.num_days_from_monday() as i64 - first.num_days_from_monday() as i64).rem_euclid(7);
        Some(span(start, start + Duration::days(gap)))
    });
    // "Friday after next": that day of next week.
    b.rule("weekday_after_next", r"\b({WEEKDAY})\s+after\s+next\b", |c, x| {
        Some(DateSpan::day(day_of_week(x.published()? + Duration::days(7), weekday(&c[1])?)))
    });
    // "10 August 234 BC", "August 10, 345 BC", "August 10 2555 BE": a day in a year of an era.
    b.rule(
        "era_date",
        r"\b(?:(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})|(?P<month2>{MONTH})\s+(?P<day2>{DAY}))(?:,\s*|\s+)(?P<year>\d{1,4})\s*(?P<era>{ERA})",
        |c, x| {
            let (day, month) = match c.name("day") {
                Some(d) => (day_number(d.as_str())?, month_number(&c["month"])?),
                None => (day_number(&c["day2"])?, month_number(&c["month2"])?),
            };
            let year = words::era_year(c["year"].parse().ok()?, &c["era"])?;
            x.ymd(year, month, day).map(DateSpan::day)
        },
    );
    // "in 2014 A.D.", "14 a.d.", "345 BC": a year of an era.
    // (Not "BE" after a year alone: "WILL 2025 BE …" in a headline is the verb.)
    b.rule("era_year", r"\b(?:(?:in|of|since|by|from|until)\s+)?(?:the\s+year\s+)?(\d{1,4})\s*({ERA})", |c, _| {
        if c[2].eq_ignore_ascii_case("be") {
            return None;
        }
        DateSpan::year(words::era_year(c[1].parse().ok()?, &c[2])?)
    });
    // "2018Q4", "18q4": a quarter written after its year.
    b.rule("year_quarter", r"\b(\d{4}|\d{2})\s*[Qq]([1-4])\b", |c, x| DateSpan::quarter(x.full_year(&c[1])?, c[2].parse().ok()?));
    // "the third day of October", "the last day of October 2015", "the fifth last day of May",
    // "the first week of October 2014", "the 2nd last week of October 2018", "the third last week of 2018".
    b.rule(
        "nth_week_or_day_of",
        r"\b(?:the\s+)?(?:(?P<nth>{ORDINAL})\s+)?(?P<last>{LAST}\s+)?(?P<unit>week|day)\s+(?:of|in)\s+(?:(?P<month>{MONTH})(?:,?\s+(?P<year>\d{4}))?|(?P<whole_year>\d{4}))\b",
        |c, x| {
            let whole = match (c.name("month"), c.name("whole_year")) {
                (Some(m), _) => {
                    let month = month_number(m.as_str())?;
                    let year = x.explicit_or_nearest_year(c.name("year").map(|y| y.as_str()), month, 15)?;
                    DateSpan::month(year, month)?
                }
                (None, Some(y)) => DateSpan::year(x.year(y.as_str())?)?,
                (None, None) => return None,
            };
            let nth = match c.name("nth") {
                Some(n) => words::ordinal(n.as_str())? as i64,
                None if c.name("last").is_some() => 1,
                None => return None,
            };
            let from_end = c.name("last").is_some();
            if c["unit"].eq_ignore_ascii_case("day") {
                let day = if from_end { whole.end - Duration::days(nth - 1) } else { whole.start + Duration::days(nth - 1) };
                return (whole.start <= day && day <= whole.end).then_some(DateSpan::day(day));
            }
            // Whole weeks: the first starts on the first Monday, the last ends on the last Sunday.
            let monday = if from_end {
                (0..7).map(|i| whole.end - Duration::days(i)).find(|d| d.weekday() == chrono::Weekday::Sun)? - Duration::days(6 + 7 * (nth - 1))
            } else {
                (0..7).map(|i| whole.start + Duration::days(i)).find(|d| d.weekday() == chrono::Weekday::Mon)? + Duration::days(7 * (nth - 1))
            };
            (whole.start <= monday && monday <= whole.end).then_some(DateSpan::week_of(monday))
        },
    );
    // "Sunday from last week", "last week's Sunday", "next week's Monday": that day of that week.
    b.rule(
        "weekday_of_relative_week",
        r"\b(?:(?P<day>{WEEKDAY})\s+from\s+(?P<which>this|next|last|previous)\s+week|(?P<which2>this|next|last|previous)\s+week['’]s\s+(?P<day2>{WEEKDAY}))\b",
        |c, x| {
            let which = c.name("which").or(c.name("which2"))?.as_str().to_lowercase();
            let day = weekday(c.name("day").or(c.name("day2"))?.as_str())?;
            let shift = 7 * relative_shift(&which) as i64;
            Some(DateSpan::day(day_of_week(x.published()? + Duration::days(shift), day)))
        },
    );
    // "3 Fridays from now", "two Sundays from now", "2 Thursdays ago": the nth such day after
    // (before) today, today not counted.
    b.rule("weekdays_from_now", r"\b({NUM})\s+({WEEKDAY})s\s+(from\s+now|from\s+today|hence|ago|back)\b", |c, x| {
        let n = number(&c[1])?;
        let p = x.published()?;
        let day = weekday(&c[2])?;
        let back = c[3].eq_ignore_ascii_case("ago") || c[3].eq_ignore_ascii_case("back");
        let first = weekday_beyond(day, p, back);
        let step = if back { -7 } else { 7 };
        (1..=52).contains(&n).then(|| DateSpan::day(first + Duration::days(step * (n - 1))))
    });
    // "on 2/15", "5/31": a month and day with a slash, alone. Fractions are not dates: not after a
    // whole number ("2 1/2 times"), not before "of" or "%", not a small fraction ("1/3"); nor are
    // names ("24/7", "9/11": `SLASH_NAMES`).
    b.rule(
        "slash_month_day",
        r"(?P<before>\d\s+|[\d/.,]\s*)?\b(?P<span>(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2}))\b(?P<after>\s*(?:[/%.,]\s*\d|%|of\b|th\b))?",
        |c, x| {
            if c.name("before").is_some() || c.name("after").is_some() {
                return None;
            }
            let (a, b): (u32, u32) = (c["a"].parse().ok()?, c["b"].parse().ok()?);
            if words::SLASH_NAMES.contains(&(a, b)) || (a < b && b <= 4) {
                return None;
            }
            let (month, day) = if a > 12 { (b, a) } else { (a, b) };
            if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
                return None;
            }
            x.ymd(x.nearest_year(month, day)?, month, day).map(DateSpan::day)
        },
    );
    // "Aug 96", "Sep-2012", "Sept '14": an abbreviated month and a year of two digits that cannot
    // be a day, or a month and its year joined by a hyphen.
    b.rule(
        "month_abbr_year",
        r"(?P<span>\b(?:(?:in|since|by|from|until|during)\s+)?(?P<month>(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|{MONTH})(?:\s+['’]?|-|\s*['’])(?P<year>\d{2}|\d{4})\b)(?P<after>\s*%|\s+\p{L}+)?",
        |c, x| {
            let month = month_number(&c["month"])?;
            let (text, span) = (&c["year"], &c["span"]);
            let quoted = span.contains(['\'', '’']);
            if text.len() == 4 && !span.contains('-') {
                return None;
            }
            if text.len() == 2 {
                // "August 45", "Aug 12 people": a count, or a day.
                let abbreviated = !words::MONTHS.iter().any(|m| c["month"].eq_ignore_ascii_case(m.name));
                // A word after the number makes it a count ("Aug 96 people"), unless it is one that links clauses.
                const LINKS: &[&str] = &["and", "or", "but", "when", "as", "in", "at", "on", "to", "with", "after", "before", "until"];
                let count = c.name("after").is_some_and(|w| !LINKS.contains(&w.as_str().trim().to_lowercase().as_str()));
                if count || !(quoted || abbreviated && text.parse::<u32>().ok()? > 31) {
                    return None;
                }
            }
            DateSpan::month(x.full_year(text)?, month)
        },
    );
    // "next weekday", "the last business day": the working day after (before) today.
    // "at 3 p.m.", "at 16:00 GMT": a clock time alone is on the passage's day (today when it
    // is on none); after a day ("Friday at 3 p.m.") it is that day's hour, no date of its own.
    b.rule(
        "clock_time",
        r"(?:(\S+)\s+)?(?P<span>\bat\s+(\d{1,2})(?::\d{2})?\s*(?:a\.m\.|p\.m\.|(?:am|pm|GMT|UTC|o['’]clock)\b))",
        |c, x| {
            let hour: u32 = c[3].parse().ok()?;
            let after_a_day = c.get(1).is_some_and(|w| words::names_a_day(w.as_str()));
            (hour <= 24 && !after_a_day).then_some(DateSpan::day(x.narrative_or_published()?))
        },
    );
    b.rule("business_day", r"\b(?:the\s+)?(next|last|previous|following)\s+(?:weekday|business\s+day|working\s+day)\b", |c, x| {
        let p = x.published()?;
        let step = if c[1].eq_ignore_ascii_case("last") || c[1].eq_ignore_ascii_case("previous") { -1 } else { 1 };
        let mut day = p + Duration::days(step);
        while matches!(day.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun) {
            day += Duration::days(step);
        }
        Some(DateSpan::day(day))
    });
    // "in a few days", "within a couple of weeks", "in several months": about that far ahead.
    b.rule("in_vague_units", r"\b(?:in|within)\s+({VAGUE})\s+({UNIT})\b", |c, x| {
        shifted(x.published()?, words::vague_count(&c[1])?, unit(&c[2])?)
    });
    // "Christmas", "New Year's Day", "Thanksgiving 2024", "next Memorial Day", "Easter",
    // "Thanksgiving of next year"
    b.rule("holiday", r"\b(?:(next|last|this)\s+)?({HOLIDAY})\b(?:,?\s+(\d{4})\b|\s+of\s+(this|next|last)\s+year\b)?", |c, x| {
        let h = words::holiday(&c[2])?;
        let p = x.published()?;
        let on = |year: i32| match h {
            Holiday::Fixed(m, d) => NaiveDate::from_ymd_opt(year, m, d).map(DateSpan::day),
            Holiday::NthWeekday(m, w, n) => nth_weekday_of_month(year, m, w, n).map(DateSpan::day),
            Holiday::Easter(days) => easter(year).map(|e| DateSpan::day(e + Duration::days(days))),
            Holiday::OrthodoxEaster(days) => orthodox_easter(year).map(|e| DateSpan::day(e + Duration::days(days))),
            Holiday::Moved(m, d, sat, sun) => NaiveDate::from_ymd_opt(year, m, d).map(|day| {
                DateSpan::day(match day.weekday() {
                    chrono::Weekday::Sat => day + Duration::days(sat),
                    chrono::Weekday::Sun => day + Duration::days(sun),
                    _ => day,
                })
            }),
            Holiday::AfterNthWeekday(m, w, n, days) => nth_weekday_of_month(year, m, w, n).map(|d| DateSpan::day(d + Duration::days(days))),
            Holiday::Lunar(calendar, month, day, days) => lunar_days(year, calendar, month, day, days),
        };
        if let Some(which) = lower(c, 4) {
            return on(p.year() + relative_shift(&which));
        }
        match (c.get(3), lower(c, 1).as_deref()) {
            (Some(y), _) => on(x.year(y.as_str())?),
            (None, Some("next")) => [p.year(), p.year() + 1].into_iter().filter_map(on).find(|d| d.start > p),
            (None, Some("last")) => [p.year(), p.year() - 1].into_iter().filter_map(on).find(|d| d.start < p),
            (None, Some(_)) => on(p.year()),
            (None, None) => nearest_holiday(on, p, x.tense),
        }
    });
}

/// A verb of commitment, up to three words (its own day), "to" and an infinitive of
/// [`words::COMMITTED_INFINITIVES`], then up to six words of its complement before the date.
fn committed_pattern() -> String {
    format!(
        r"(?i)\b(?:(?:agree|decide|promise|pledge|vow|intend|threaten|offer|consent)(?:d|ed|s|es)?|plan(?:s|ned)?)\s+(?:[^\s,;.]+\s+){{0,3}}?to\s+(?:{})\s+(?:[^\s,;.]+\s+){{0,6}}?(?:on\s+|next\s+)?$",
        words::alternation(words::COMMITTED_INFINITIVES.iter().copied())
    )
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::{tense_in, Tense};

    #[test]
    fn every_rule_compiles_and_has_a_unique_name() {
        let grammar = super::grammar();
        let mut names: Vec<&str> = grammar.rules.iter().map(|r| r.name).collect();
        names.sort();
        let count = names.len();
        names.dedup();
        assert_eq!(names.len(), count);
    }

    #[test]
    fn tense_detection() {
        let g = &*super::super::DATES;
        assert_eq!(tense_in(g, "Putin arrived on Thursday"), Tense::Past);
        assert_eq!(tense_in(g, "he has already met To Lam"), Tense::Past);
        assert_eq!(tense_in(g, "Putin is in Paris on Tuesday"), Tense::Unknown);
        assert_eq!(tense_in(g, "he is due to meet To Lam"), Tense::Future);
        assert_eq!(tense_in(g, "the talks will open"), Tense::Future);
        assert_eq!(tense_in(g, "the United States"), Tense::Unknown);
    }
}
