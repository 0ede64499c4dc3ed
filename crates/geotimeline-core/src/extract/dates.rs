//! French temporal expressions: found with their verbatim span and resolved to a
//! [`DateSpan`] against the publication date (for "jeudi", "hier", "en mai") or
//! the narrative date of the passage (for "la veille", "trois mois plus tard").

use super::word_regex::WordRegex;
use crate::model::{DateSpan, MonthPart, Precision, Season};
use crate::text::Span;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::sync::LazyLock;

/// A date found in text. `span` is in UTF-8 bytes relative to the searched text.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    pub span: Span,
    pub text: String,
    pub date: DateSpan,
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
        Anchors { published, narrative: self.narrative.map(|d| d.start), previous: self.previous }
    }

    /// The day the passage is about, if a sentence has stated one.
    pub fn day(&self) -> Option<DateSpan> {
        self.narrative
    }

    /// The day a sentence of this tense is about: the passage's day, or for a
    /// sentence in the past, the latest day of the passage that is not still to
    /// come ("Il doit se rendre à Washington du 9 au 11 juillet. Emmanuel Macron
    /// l'a félicité …").
    pub fn day_for(&self, tense: Tense, published: Option<NaiveDate>) -> Option<DateSpan> {
        match published {
            Some(p) if tense == Tense::Past => self.days.iter().rev().find(|d| d.start <= p).copied(),
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
}

// Full names, then the abbreviations newspapers and tables use ("15 déc. 2012", "5 juil").
const MONTHS: &str = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|janv\\.?|jan\\.?|f[ée]vr?\\.?|avr\\.?|juil\\.?|sept?\\.?|oct\\.?|nov\\.?|d[ée]c\\.?";
const WEEKDAYS: &str = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
/// A day of the month in figures or words ("15", "1er", "quinze", "dix-huit").
const DAY: &str = r"(?:\d{1,2}|premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt(?:-et-un|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf)?|trente(?:-et-un)?)";
const NUMBER_WORDS: &str = "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|\\d{1,3}";

struct Rule {
    regex: WordRegex,
    pattern: String,
    resolve: fn(&regex::Captures, Anchors, Tense) -> Option<DateSpan>,
}

/// The month, or the third of it a "début"/"mi"/"fin" before it names.
fn month_or_part(year: i32, month: u32, part: Option<regex::Match>) -> Option<DateSpan> {
    match part.and_then(|m| MonthPart::from_word(m.as_str())) {
        Some(part) => DateSpan::month_part(year, month, part),
        None => DateSpan::month(year, month),
    }
}

fn rule(pattern: &str, resolve: fn(&regex::Captures, Anchors, Tense) -> Option<DateSpan>) -> Rule {
    let pattern = pattern.replace("MONTHS", MONTHS).replace("WEEKDAYS", WEEKDAYS).replace("NUM", NUMBER_WORDS).replace("DAY", DAY);
    let pattern = format!("(?i){pattern}");
    Rule { regex: WordRegex::new(&pattern).expect("date pattern"), pattern, resolve }
}

static RULE_SET: LazyLock<regex::RegexSet> =
    LazyLock::new(|| regex::RegexSet::new(RULES.iter().map(|r| super::word_regex::loosened(&r.pattern))).expect("date patterns"));

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    vec![
        // "du 18 au 20 juin 2024", "10 - 22 août", "du 10 juin au 1er juillet", "entre le 13 et le 15 juillet"
        rule(
            r"\b(?:du\s+|entre\s+le\s+)?(?:(?:WEEKDAYS)\s+)?(DAY)(?:er|e)?(?:\s+(MONTHS))?(?:\s+(\d{4}))?\s*(?:au|-|–|et\s+le|jusqu['’]au)\s*(?:(?:WEEKDAYS)\s+)?(DAY)(?:er|e)?\s+(MONTHS)(?:\s+(\d{4}))?",
            |c, a, t| {
                let (d1, d2) = (day_number(&c[1])?, day_number(&c[4])?);
                let m2 = month_number(&c[5])?;
                let m1 = c.get(2).map_or(Some(m2), |m| month_number(m.as_str()))?;
                let y2 = explicit_or_nearest_year(c.get(6).map(|m| m.as_str()), m2, d2, a, t)?;
                let y1 = match c.get(3) {
                    Some(y) => year_number(y.as_str())?,
                    None if m1 > m2 => y2 - 1,
                    None => y2,
                };
                let start = NaiveDate::from_ymd_opt(y1, m1, d1)?;
                let end = NaiveDate::from_ymd_opt(y2, m2, d2)?;
                (start <= end).then_some(DateSpan { start, end, precision: Precision::Day })
            },
        ),
        // "du 13 au 18", "entre le 13 et le dix-huit": days of the reference month (the one before
        // or after when the verb says so). Followed by a word it is something else ("du 13e au 18e siècle").
        rule(r"\b(?:du|entre\s+le)\s+(DAY)(?:er|e)?\s+(?:au|et\s+le)\s+(DAY)(?:er|e)?\b(\s*(?:%|\p{L}))?", |c, a, t| {
            if c.get(3).is_some() {
                return None;
            }
            let (d1, d2) = (day_number(&c[1])?, day_number(&c[2])?);
            let p = a.published?;
            let (mut year, mut month) = (p.year(), p.month());
            let in_month = |y: i32, m: u32| Some((NaiveDate::from_ymd_opt(y, m, d1)?, NaiveDate::from_ymd_opt(y, m, d2)?));
            let (start, end) = in_month(year, month)?;
            if t == Tense::Past && start > p {
                (year, month) = shift_month(year, month, -1);
            } else if t == Tense::Future && end < p {
                (year, month) = shift_month(year, month, 1);
            }
            let (start, end) = in_month(year, month)?;
            (start < end).then_some(DateSpan { start, end, precision: Precision::Day })
        }),
        // "le premier mercredi du mois prochain", "le dernier vendredi de juin 2024"
        rule(
            r"\b(?:le\s+)?(premier|deuxième|second|troisième|quatrième|dernier)\s+(WEEKDAYS)\s+d[eu]\s+(?:(?:ce\s+)?mois(?:\s+(prochain|dernier))?|(MONTHS)(?:\s+(\d{4}))?)\b",
            |c, a, t| {
                let p = a.published?;
                let (year, month) = match (c.get(3).map(|m| m.as_str()), c.get(4)) {
                    (_, Some(m)) => {
                        let month = month_number(m.as_str())?;
                        (explicit_or_nearest_year(c.get(5).map(|y| y.as_str()), month, 15, a, t)?, month)
                    }
                    (Some("prochain"), None) => shift_month(p.year(), p.month(), 1),
                    (Some(_), None) => shift_month(p.year(), p.month(), -1),
                    (None, None) => (p.year(), p.month()),
                };
                let day = weekday(&c[2])?;
                let first = NaiveDate::from_ymd_opt(year, month, 1)?;
                let offset = (day.num_days_from_monday() as i64 - first.weekday().num_days_from_monday() as i64).rem_euclid(7);
                let nth = match c[1].to_lowercase().as_str() {
                    "premier" => 0,
                    "deuxième" | "second" => 1,
                    "troisième" => 2,
                    "quatrième" => 3,
                    _ => {
                        // The last: the fifth if the month has one, else the fourth.
                        let fifth = first + Duration::days(offset + 28);
                        return Some(DateSpan::day(if fifth.month() == month { fifth } else { first + Duration::days(offset + 21) }));
                    }
                };
                Some(DateSpan::day(first + Duration::days(offset + 7 * nth)))
            },
        ),
        // "le 3e jour d'octobre"
        rule(r"\b(?:le\s+)?(\d{1,2})(?:e|eme|ème)\s+jour\s+d['’]\s*(MONTHS)(?:\s+(\d{4}))?", |c, a, t| {
            let (day, month) = (c[1].parse().ok()?, month_number(&c[2])?);
            let year = explicit_or_nearest_year(c.get(3).map(|y| y.as_str()), month, day, a, t)?;
            NaiveDate::from_ymd_opt(year, month, day).map(DateSpan::day)
        }),
        // "les 30 jours précédents", "les 2 prochaines semaines": the far end of the stretch.
        rule(r"\bles\s+(NUM)\s+(jours?|semaines?|mois|ans|années)\s+(précédent|passé|dernier|suivant|prochain)e?s?\b", |c, a, _| {
            let sign = if matches!(c[3].to_lowercase().as_str(), "suivant" | "prochain") { 1 } else { -1 };
            shifted(a.published?, &c[1], &c[2], sign)
        }),
        rule(r"\bles\s+(NUM)\s+(prochain|dernier)e?s?\s+(jours?|semaines?|mois|ans|années)\b", |c, a, _| {
            let sign = if c[2].eq_ignore_ascii_case("prochain") { 1 } else { -1 };
            shifted(a.published?, &c[1], &c[3], sign)
        }),
        // "entre 1995 et 2023"
        rule(r"\bentre\s+(\d{4})\s+et\s+(\d{4})\b", |c, _, _| {
            let (from, to) = (year_number(&c[1])?, year_number(&c[2])?);
            (from < to).then(|| DateSpan {
                start: DateSpan::year(from).unwrap().start,
                end: DateSpan::year(to).unwrap().end,
                precision: Precision::Year,
            })
        }),
        // "jeudi 20 juin 2024", "le 1er mai", "20 juin"
        // "le 20 juin", "jeudi 20 juin 2024", "Dim 15 Sept", "le premier mars"
        // A bound ("à partir du 8 mars", "après le 1er novembre") belongs to the expression.
        rule(
            r"\b(?:(?:à\s+partir\s+du|après\s+le|avant\s+le|dès\s+le|depuis\s+le|le)\s+)?(?:(?:WEEKDAYS|lun|mar|mer|jeu|ven|sam|dim)\.?\s+)?(\d{1,2}|premier|1er)(?:er|e)?\s*(MONTHS)(?:\s+(\d{4}|\d{2}\b))?",
            |c, a, t| {
                let month = month_number(&c[2])?;
                let day: u32 =
                    if c[1].eq_ignore_ascii_case("premier") || c[1].eq_ignore_ascii_case("1er") { 1 } else { c[1].parse().ok()? };
                let year = match c.get(3) {
                    Some(y) => full_year(y.as_str(), a.published)?,
                    None => nearest_year(month, day, a.published?, t),
                };
                NaiveDate::from_ymd_opt(year, month, day).map(DateSpan::day)
            },
        ),
        // "mardi de la semaine prochaine", "mercredi suivant": that day of the next week.
        rule(r"\b(WEEKDAYS)\s+(?:(?:de\s+)?la\s+semaine\s+(?:prochaine|suivante|d['’]après)|suivant|d['’]après)\b", |c, a, _| {
            Some(DateSpan::day(day_of_week(a.published? + Duration::days(7), weekday(&c[1])?)))
        }),
        // "lundi de la semaine dernière", "mardi cette semaine"
        rule(r"\b(WEEKDAYS)\s+(?:(?:de\s+)?la\s+semaine\s+(?:dernière|passée|précédente)|(cette\s+semaine))", |c, a, _| {
            let shift = if c.get(2).is_some() { 0 } else { -7 };
            Some(DateSpan::day(day_of_week(a.published? + Duration::days(shift), weekday(&c[1])?)))
        }),
        // "lundi en huit", "mardi en quinze": a week or two after the coming one.
        rule(r"\b(WEEKDAYS)\s+en\s+(huit|8|quinze|15)\b", |c, a, _| {
            // That weekday on or after today, then one or two weeks on.
            let (p, day) = (a.published?, weekday(&c[1])?);
            let coming = if p.weekday() == day { p } else { weekday_near(day, p, Tense::Future)? };
            let extra = if matches!(&c[2], "huit" | "8") { 7 } else { 14 };
            Some(DateSpan::day(coming + Duration::days(extra)))
        }),
        // "mercredi 13", "jeudi 20": the day of that number nearest the reference that falls on that weekday.
        // ("lundi 12 accords" is a count: a number followed by a word is not a day.)
        rule(r"\b(WEEKDAYS)\s+(\d{1,2})(?:er)?\b(\s+\p{L})?", |c, a, t| {
            if c.get(3).is_some() {
                return None;
            }
            let (day, number): (Weekday, u32) = (weekday(&c[1])?, c[2].parse().ok()?);
            let p = a.published?;
            let fits = (-12..=12)
                .filter_map(|m| {
                    let (y, mo) = shift_month(p.year(), p.month(), m);
                    NaiveDate::from_ymd_opt(y, mo, number)
                })
                .filter(|d| d.weekday() == day);
            match t {
                Tense::Future => fits.filter(|d| *d >= p).min(),
                Tense::Past => fits.filter(|d| *d <= p).max(),
                Tense::Unknown => fits.min_by_key(|d| (*d - p).num_days().abs()),
            }
            .map(DateSpan::day)
        }),
        // "3 prochains jours", "2 dernières semaines": the stretch next to the reference, whole units.
        rule(
            r"\b(NUM)\s+(?:(prochain|dernier|suivant)e?s?\s+(jours?|semaines?|mois|ans|ann[ée]es?)|(jours?|semaines?|mois|ans|ann[ée]es?)\s+(passé|suivant|prochain|dernier)e?s?)\b",
            |c, a, _| {
                let n = number(&c[1])?;
                let (direction, unit) = match (c.get(2), c.get(5)) {
                    (Some(d), _) => (d.as_str().to_lowercase(), c[3].to_lowercase()),
                    (None, Some(d)) => (d.as_str().to_lowercase(), c[4].to_lowercase()),
                    _ => return None,
                };
                let forward = !(direction.starts_with("dernier") || direction.starts_with("pass"));
                stretch(a.published?, n, &unit, forward)
            },
        ),
        // "en début de semaine", "en fin de semaine", "en semaine": days of the current week.
        rule(r"\b(?:en|au|à\s+la)\s+(?:(début|milieu|fin)\s+(?:de\s+(?:la\s+)?)?)?semaine\b", |c, a, _| {
            let monday = DateSpan::week_of(a.published?).start;
            let (from, to) = match c.get(1).map(|m| m.as_str()) {
                Some("début") => (0, 1),
                Some("milieu") => (2, 3),
                Some(_) => (3, 6),
                None => (0, 4),
            };
            Some(DateSpan { start: monday + Duration::days(from), end: monday + Duration::days(to), precision: Precision::Day })
        }),
        // "début 2023", "fin 2022", "mi-2024": the year (its part is not a unit of its own).
        rule(r"\b(?:début|fin|mi-?)\s*(\d{4})\b", |c, _, _| DateSpan::year(year_number(&c[1])?)),
        // "la semaine du 6 octobre": that week.
        rule(r"\bla\s+semaine\s+du\s+(\d{1,2})(?:er)?\s+(MONTHS)(?:\s+(\d{4}))?", |c, a, t| {
            let (day, month): (u32, u32) = (c[1].parse().ok()?, month_number(&c[2])?);
            let year = explicit_or_nearest_year(c.get(3).map(|m| m.as_str()), month, day, a, t)?;
            // A week named after a Sunday is the one it opens.
            let date = NaiveDate::from_ymd_opt(year, month, day)?;
            Some(DateSpan::week_of(if date.weekday() == Weekday::Sun { date + Duration::days(1) } else { date }))
        }),
        // "la première semaine d'octobre 2014", "le dernier jour d'octobre"
        rule(r"\b(?:la\s+|le\s+)?(premi[eè]re?|derni[eè]re?)\s+(semaine|jour)\s+d[e'’]\s*(MONTHS)(?:\s+(\d{4}))?", |c, a, t| {
            let month = month_number(&c[3])?;
            let year = explicit_or_nearest_year(c.get(4).map(|m| m.as_str()), month, 15, a, t)?;
            let whole = DateSpan::month(year, month)?;
            let first = c[1].to_lowercase().starts_with("prem");
            let day = if first { whole.start } else { whole.end };
            if c[2].eq_ignore_ascii_case("jour") {
                return Some(DateSpan::day(day));
            }
            // Whole weeks: the first starts on the month's first Monday, the last ends on its last Sunday.
            let monday = if first {
                (0..7).map(|i| whole.start + Duration::days(i)).find(|d| d.weekday() == Weekday::Mon)?
            } else {
                (0..7).map(|i| whole.end - Duration::days(i)).find(|d| d.weekday() == Weekday::Sun)? - Duration::days(6)
            };
            Some(DateSpan::week_of(monday))
        }),
        // "en fin de mois", "au début du mois": days of the current month (the next one when looking ahead past its start).
        rule(r"\b(?:en|au|à\s+la)\s+(début|fin)\s+(?:de|du)\s+mois\b", |c, a, t| {
            let p = a.published?;
            let early = c[1].eq_ignore_ascii_case("début");
            let (y, m) =
                if early && t == Tense::Future && p.day() > 10 { shift_month(p.year(), p.month(), 1) } else { (p.year(), p.month()) };
            DateSpan::month_part(y, m, if early { MonthPart::Early } else { MonthPart::Late })
        }),
        // A month named alone, in lower case ("recensement de mars-avril"): "Mars" the planet is capitalised.
        rule(r"(?-i)\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b", |c, a, t| {
            let month = month_number(&c[1])?;
            DateSpan::month(nearest_year(month, 15, a.published?, t), month)
        }),
        // "au mois de mars", "le mois de mai", "fin du mois de mars", "au début du mois d'avril"
        rule(r"\b(?:(?:au|le)\s+|(?:(?:à\s+la\s+|au\s+|en\s+)?(début|fin|milieu|mi)\s+du\s+))mois\s+d[e'’]\s*(MONTHS)\b", |c, a, t| {
            let month = month_number(&c[2])?;
            month_or_part(nearest_year(month, 15, a.published?, t), month, c.get(1))
        }),
        // "la première quinzaine d'avril": days 1 to 14; "la seconde": 15 to the end.
        rule(
            r"\b(?:la\s+|en\s+|dans\s+la\s+)?(première|1re|1ère|deuxième|seconde|2e|2nde)\s+quinzaine\s+d(?:e\s+|['’]\s*)(MONTHS)(?:\s+(\d{4}))?",
            |c, a, t| {
                let month = month_number(&c[2])?;
                let year = match c.get(3) {
                    Some(y) => y.as_str().parse().ok()?,
                    None => nearest_year(month, 15, a.published?, t),
                };
                let whole = DateSpan::month(year, month)?;
                let first_half = c[1].starts_with('p') || c[1].starts_with('1');
                let (start, end) = if first_half {
                    (whole.start, whole.start + Duration::days(13))
                } else {
                    (whole.start + Duration::days(14), whole.end)
                };
                Some(DateSpan { start, end, precision: Precision::Day })
            },
        ),
        // "en ce moment": the day of writing.
        rule(r"\ben\s+ce\s+moment\b", |_, a, _| Some(DateSpan::day(a.published?))),
        // A day of the month alone where the month goes without saying: "à partir
        // du 8", "jusqu'au 16", "le 2." — only before punctuation or "et le 9", so
        // "le 16 heures" or "le 2-1" are not dates.
        // (The expression is the `span` group: what follows only vouches for it.)
        rule(
            r"(?P<span>\b(?:à\s+partir\s+du|dès\s+le|jusqu['’]au|depuis\s+le|avant\s+le|après\s+le|le)\s+(\d{1,2})(?:er)?)(?:\s*[,.;:!?)](?P<after>\s*\p{L}+)?|\s*$|\s+(?:et|ou)\s+(?:le\s+)?\d{1,2}\b(?P<unit>\s*(?:%|\p{L}+))?)",
            |c, a, t| {
                // "entre le 2 et le 3 %" counts something else; "le 16 et le 17 juin" is
                // a range another rule reads whole.
                if c.name("unit").is_some() {
                    return None;
                }
                // "le 10, rue Paul-Bert" is an address.
                const STREETS: &[&str] =
                    &["rue", "avenue", "boulevard", "bd", "place", "allée", "chemin", "quai", "impasse", "route", "cours", "square"];
                if c.name("after").is_some_and(|w| STREETS.contains(&w.as_str().trim().to_lowercase().as_str())) {
                    return None;
                }
                let day: u32 = c[2].parse().ok()?;
                nearest_day_of_month(day, a.published?, t).map(DateSpan::day)
            },
        ),
        // Fixed-date holidays: "Noël", "le jour de l'an", "la Toussaint", "le 14 juillet" is a plain date.
        // Not inside a hyphenated name ("Jean-Noël Barrot").
        rule(
            r"(?i)(?:^|[^\-‐\w])(?P<span>\b(?:(?:le\s+)?jour\s+de\s+|la\s+journée\s+de\s+)?(no[eë]l|l['’]an|nouvel\s+an|(?:la\s+)?toussaint|(?:la\s+)?f[êe]te\s+du\s+travail|(?:la\s+)?saint[- ]valentin|(?:le\s+)?jour\s+des\s+morts))\b",
            |c, a, t| {
                let name = c[2].to_lowercase();
                let (month, day) = if name.contains("morts") {
                    (11, 2)
                } else if name.starts_with("nouvel") {
                    (1, 1)
                } else if name.starts_with("no") {
                    (12, 25)
                } else if name.contains("an") && !name.contains("valentin") {
                    (1, 1)
                } else if name.contains("toussaint") {
                    (11, 1)
                } else if name.contains("travail") {
                    (5, 1)
                } else {
                    (2, 14)
                };
                NaiveDate::from_ymd_opt(nearest_year(month, day, a.published?, t), month, day).map(DateSpan::day)
            },
        ),
        // "le jour d'avant", "le jour suivant", "un jour après", "ce jour", "le même jour";
        // "trois ans jour pour jour après" says how long, not when.
        rule(
            r"\b(?:le\s+|un\s+)?jour\s+(d['’]avant|précédent|suivant|d['’]après|après)\b|\b(ce\s+jour|(?:le|ce)\s+même\s+jour|le\s+jour\s+même)\b|\b(jour\s+pour\s+jour(?:\s+(?:après|avant))?)\b",
            |c, a, _| {
                if c.get(3).is_some() {
                    return None;
                }
                let base = a.narrative.or(a.published)?;
                let offset = match c.get(1).map(|m| m.as_str().to_lowercase()) {
                    None => 0,
                    Some(w) if w.contains("avant") || w.starts_with("pr") => -1,
                    Some(_) => 1,
                };
                Some(DateSpan::day(base + Duration::days(offset)))
            },
        ),
        // "le lendemain du 13 février", "la veille du 20 juin"
        rule(r"\b(la\s+veille|le\s+lendemain)\s+du\s+(\d{1,2})(?:er)?\s+(MONTHS)(?:\s+(\d{4}))?", |c, a, t| {
            let month = month_number(&c[3])?;
            let day: u32 = c[2].parse().ok()?;
            let year = explicit_or_nearest_year(c.get(4).map(|m| m.as_str()), month, day, a, t)?;
            let base = NaiveDate::from_ymd_opt(year, month, day)?;
            let offset = if c[1].to_lowercase().starts_with("la") { -1 } else { 1 };
            Some(DateSpan::day(base + Duration::days(offset)))
        }),
        // "la semaine suivante", "la semaine qui suit", "le mois suivant": after the passage's date.
        rule(r"\b(?:la\s+semaine\s+(?:suivante|qui\s+suit|d['’]après)|le\s+mois\s+(?:suivant|d['’]après))\b", |c, a, _| {
            let base = a.narrative.or(a.published)?;
            if c[0].to_lowercase().contains("semaine") {
                Some(DateSpan::week_of(base + Duration::days(7)))
            } else {
                let (y, m) = shift_month(base.year(), base.month(), 1);
                DateSpan::month(y, m)
            }
        }),
        // "l'année suivante", "l'année précédente", "le mois précédent", "la semaine
        // précédente": next to the last date the text stated.
        rule(
            r"\b(?:l['’]\s*(année|an)\s+(suivante?|d['’]après|précédente?|d['’]avant)|le\s+(mois)\s+(précédent|d['’]avant)|la\s+(semaine)\s+(précédente|d['’]avant))\b",
            |c, a, _| {
                let base = a.previous.or(a.narrative).or(a.published)?;
                let (unit, direction) = match (c.get(1), c.get(3), c.get(5)) {
                    (Some(_), _, _) => ("year", c[2].to_lowercase()),
                    (_, Some(_), _) => ("month", c[4].to_lowercase()),
                    _ => ("week", c[6].to_lowercase()),
                };
                let step = if direction.starts_with("suiv") || direction.contains("après") { 1 } else { -1 };
                match unit {
                    "year" => DateSpan::year(base.year() + step),
                    "month" => {
                        let (y, m) = shift_month(base.year(), base.month(), step);
                        DateSpan::month(y, m)
                    }
                    _ => Some(DateSpan::week_of(base + Duration::days(7 * step as i64))),
                }
            },
        ),
        rule(r"\bdans\s+la\s+semaine\b", |_, a, _| Some(DateSpan::week_of(a.published?))),
        // "plus tard dans la journée", "dans la journée", "ce jour-là": the passage's day.
        rule(r"\b(?:plus\s+tard\s+)?dans\s+la\s+journée\b|\bce\s+jour-là\b", |_, a, _| Some(DateSpan::day(a.narrative.or(a.published)?))),
        // "ce lundi": the coming one.
        rule(r"\bce\s+(WEEKDAYS)\b", |c, a, _| {
            // Today when today is that day ("ce dimanche" written on a Sunday), else the coming one.
            let p = a.published?;
            let day = weekday(&c[1])?;
            Some(DateSpan::day(if p.weekday() == day { p } else { weekday_near(day, p, Tense::Future)? }))
        }),
        // "vendredi dernier", "lundi prochain": strictly before or after the reference day.
        rule(r"\b(WEEKDAYS)\s+(dernier|prochain|suivant)\b", |c, a, _| {
            let day = weekday(&c[1])?;
            let p = a.published?;
            let back = (p.weekday().num_days_from_monday() as i64 - day.num_days_from_monday() as i64).rem_euclid(7);
            Some(DateSpan::day(if c[2].eq_ignore_ascii_case("dernier") {
                p - Duration::days(if back == 0 { 7 } else { back })
            } else {
                p + Duration::days(7 - back)
            }))
        }),
        // "dans 5 jours", "dans deux semaines", "dans un mois"
        // ("dans un jour de grande forme" is no date.)
        rule(r"\bdans\s+(NUM|quelques)\s+(jours?|semaines?|mois|ans?|années?)\b(\s+de\b)?", |c, a, _| {
            if c.get(3).is_some() {
                return None;
            }
            let amount = if c[1].eq_ignore_ascii_case("quelques") { "3" } else { &c[1] };
            shifted(a.published?, amount, &c[2], 1)
        }),
        // "20/06/2024", "lundi 8/2/2016", "20/02/14"
        rule(r"\b(?:le\s+|(?:WEEKDAYS)\s+)?(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b", |c, a, _| {
            NaiveDate::from_ymd_opt(full_year(&c[3], a.published)?, c[2].parse().ok()?, c[1].parse().ok()?).map(DateSpan::day)
        }),
        // "le 8/2", "le 17/02": day/month without a year needs "le" or a weekday before it.
        rule(r"\b(?:le|du|au|(?:WEEKDAYS))\s+(\d{1,2})/(\d{1,2})\b", |c, a, t| {
            let (day, month) = (c[1].parse().ok()?, c[2].parse().ok()?);
            let year = nearest_year(month, day, a.published?, t);
            NaiveDate::from_ymd_opt(year, month, day).map(DateSpan::day)
        }),
        // "31/10", "17/02": without "le", only two-digit day and month (not "3/4", a fraction).
        rule(r"\b(\d{2})/(\d{2})\b", |c, a, t| {
            let (day, month) = (c[1].parse().ok()?, c[2].parse().ok()?);
            let year = nearest_year(month, day, a.published?, t);
            NaiveDate::from_ymd_opt(year, month, day).map(DateSpan::day)
        }),
        // Figures with spaces, as on forms: "24 12 2014", "le 20 2 14", "le 17 02", "24 12 14".
        // A fourth group of figures ("01 45 02 03 14") is a phone number, not a date.
        rule(r"\b(le )?(\d{1,2}) (\d{1,2})(?: (\d{4}|\d{2}))?\b( \d)?", |c, a, t| {
            if c.get(5).is_some() {
                return None;
            }
            let (day_text, month_text) = (&c[2], &c[3]);
            let (day, month): (u32, u32) = (day_text.parse().ok()?, month_text.parse().ok()?);
            let year = match c.get(4) {
                // Bare figures need a four-digit year, or all three groups in two digits.
                Some(y) if c.get(1).is_some() || y.len() == 4 || (day_text.len() == 2 && month_text.len() == 2) => {
                    full_year(y.as_str(), a.published)?
                }
                // "le 17 02": a two-digit month after "le".
                None if c.get(1).is_some() && month_text.len() == 2 => nearest_year(month, day, a.published?, t),
                _ => return None,
            };
            NaiveDate::from_ymd_opt(year, month, day).map(DateSpan::day)
        }),
        // "au printemps 2023", "l'hiver 2022": the season starting that year; capitalised,
        // without an article, as a heading or a sentence opens ("Été 2023 : …"), not "a été 2000 fois".
        rule(
            r"\b(?:(?:au\s+|en\s+|à\s+l['’]|cet?\s+|l['’])(printemps|été|automne|hiver)|(?-i:(Printemps|Été|Automne|Hiver)))\s+(\d{4})\b",
            |c, _, _| DateSpan::season(year_number(&c[3])?, season_named(c.get(1).or_else(|| c.get(2))?.as_str())?),
        ),
        // "cet été", "ce printemps": the one under way, or the next; "l'hiver dernier", "au printemps
        // prochain"; "en été" alone leans with the verb. ("le printemps arabe" and "a été" are no dates.)
        rule(
            r"\b(?:(cet?)\s+|(au\s+|en\s+|à\s+l['’])|(l['’]))?(printemps|été|automne|hiver)(?:\s+(dernier|prochain))?\b(\s+d(?:e|u|es)\b|\s+d['’])?",
            |c, a, t| {
                // "au Printemps de l'environnement", "l'hiver des réfugiés": a name, not a season.
                if c.get(6).is_some() {
                    return None;
                }
                let season = season_named(&c[4])?;
                let lean = match (c.get(5).map(|m| m.as_str()), c.get(1), c.get(2), c.get(3)) {
                    (Some("dernier"), _, Some(_), _) | (Some("dernier"), _, _, Some(_)) => Tense::Past,
                    (Some("prochain"), _, Some(_), _) | (Some("prochain"), _, _, Some(_)) => Tense::Future,
                    (None, Some(_), _, _) => Tense::Unknown,
                    (None, _, Some(_), _) => t,
                    // Without a preposition it is a noun or a participle: "le printemps arabe", "a été".
                    _ => return None,
                };
                season_near(season, a.published?, lean, c.get(5).is_some())
            },
        ),
        // "dans les années 1990", "au début des années 60", "les années 2000"
        rule(r"\b(?:(?:au\s+)?(?:début|milieu|fin)\s+)?(?:dans\s+les|les|des|aux)\s+années\s+(\d{4}|\d{2})\b", |c, _, _| {
            let year: i32 = c[1].parse().ok()?;
            let year = if c[1].len() == 2 { 1900 + year } else { year };
            (year % 10 == 0).then(|| DateSpan::decade(year)).flatten()
        }),
        // "à la fin de l'année", "en début d'année", "la fin de l'année dernière": the year itself.
        rule(
            r"\b(?:en|à\s+la|la|au)\s+(?:fin|début|milieu)\s+(?:de\s+l['’]année|d['’]année)(?:\s+(dernière|prochaine|passée))?\b",
            |c, a, _| {
                let year = a.published?.year();
                let shift = match c.get(1).map(|m| m.as_str()) {
                    Some("prochaine") => 1,
                    Some(_) => -1,
                    None => 0,
                };
                DateSpan::year(year + shift)
            },
        ),
        // "au deuxième trimestre 2024", "le premier trimestre", "T2 2024"
        rule(
            r"\b(?:au\s+|le\s+|du\s+|ce\s+)?(premier|1er|deuxième|second|2e|troisième|3e|quatrième|dernier|4e)\s+trimestre(?:\s+(?:de\s+l['’]année\s+)?(\d{4}))?\b|\b[TQ]([1-4])\s+(\d{4})\b",
            |c, a, _| {
                // "le dernier trimestre" without a year: the last one completed.
                if c.get(1).is_some_and(|m| m.as_str().eq_ignore_ascii_case("dernier")) && c.get(2).is_none() {
                    let p = a.published?;
                    let (year, quarter) = if p.month0() / 3 == 0 { (p.year() - 1, 4) } else { (p.year(), p.month0() / 3) };
                    return DateSpan::quarter(year, quarter);
                }
                let quarter = match c.get(1).map(|m| m.as_str().to_lowercase()) {
                    Some(w) if w.starts_with("prem") || w == "1er" => 1,
                    Some(w) if w.starts_with("deux") || w == "second" || w == "2e" => 2,
                    Some(w) if w.starts_with("trois") || w == "3e" => 3,
                    Some(_) => 4,
                    None => c[3].parse().ok()?,
                };
                let year = match c.get(2).or(c.get(4)) {
                    Some(y) => year_number(y.as_str())?,
                    None => a.published?.year(),
                };
                DateSpan::quarter(year, quarter)
            },
        ),
        // ISO dates: "2024-06-20"
        rule(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", |c, _, _| {
            NaiveDate::from_ymd_opt(year_number(&c[1])?, c[2].parse().ok()?, c[3].parse().ok()?).map(DateSpan::day)
        }),
        // "en septembre 2023", "fin mai 2024"
        rule(r"\b(?:(début|fin|mi)[- ])?(MONTHS)\s+(\d{4})\b", |c, _, _| {
            month_or_part(year_number(&c[3])?, month_number(&c[2])?, c.get(1))
        }),
        // "en septembre dernier", "en mai", "fin mai"
        rule(r"\b(en|fin|début|mi-|depuis)\s*(MONTHS)(?:\s+(dernier|prochain))?\b", |c, a, t| {
            let month = month_number(&c[2])?;
            let lean = match c.get(3).map(|m| m.as_str().to_lowercase()) {
                Some(w) if w == "dernier" => Tense::Past,
                Some(_) => Tense::Future,
                None => t,
            };
            let year = nearest_year(month, 15, a.published?, lean);
            month_or_part(year, month, c.get(1))
        }),
        // "en 1975", "depuis 2017"
        rule(r"\b(?:en|depuis|dès|avant|après|de|d'ici|année)\s+(\d{4})\b", |c, _, _| DateSpan::year(year_number(&c[1])?)),
        // "dans la nuit de mercredi à jeudi" → jeudi; "jeudi"
        // ("le Vendredi saint" is a feast, not a Friday near publication.)
        rule(
            r"(?P<span>\b(?:dans\s+la\s+nuit\s+de\s+(?:WEEKDAYS)\s+(?:à|au)\s+)?(WEEKDAYS)\b)(\s+[Ss]aint\b)?(?P<part>\s+(?:matin|midi|après-midi|soir)\b)?",
            |c, a, t| {
                if c.get(3).is_some() {
                    return None;
                }
                let (day, published) = (weekday(&c[2])?, a.published?);
                // "doit se tenir vendredi après-midi", written on a Friday: later that day.
                if c.name("part").is_some() && t == Tense::Future && published.weekday() == day {
                    return Some(DateSpan::day(published));
                }
                weekday_near(day, published, t).map(DateSpan::day)
            },
        ),
        rule(r"\b(avant-hier|hier|aujourd'hui|aujourd’hui|demain|après-demain)\b", |c, a, _| {
            let offset = match c[1].to_lowercase().as_str() {
                "avant-hier" => -2,
                "hier" => -1,
                "demain" => 1,
                "après-demain" => 2,
                _ => 0,
            };
            Some(DateSpan::day(a.published? + Duration::days(offset)))
        }),
        rule(r"\b(la\s+veille|le\s+lendemain)\b", |c, a, _| {
            let base = a.narrative.or(a.published)?;
            let offset = if c[1].to_lowercase().starts_with("la") { -1 } else { 1 };
            Some(DateSpan::day(base + Duration::days(offset)))
        }),
        rule(r"\b(?:la\s+semaine\s+(dernière|passée|prochaine)|(cette)\s+semaine)\b", |c, a, _| {
            let shift = match c.get(1).map(|m| m.as_str().to_lowercase()) {
                Some(w) if w == "prochaine" => 7,
                Some(_) => -7,
                None => 0,
            };
            Some(DateSpan::week_of(a.published? + Duration::days(shift)))
        }),
        rule(r"\ble\s+mois\s+(dernier|prochain)\b", |c, a, _| {
            let p = a.published?;
            let (y, m) = if c[1].eq_ignore_ascii_case("dernier") {
                shift_month(p.year(), p.month(), -1)
            } else {
                shift_month(p.year(), p.month(), 1)
            };
            DateSpan::month(y, m)
        }),
        rule(
            r"\b(?:l'an|l’an|l'année|l’année)\s+(dernier|dernière|passée|prochain|prochaine)\b|\b(cette)\s+année\b",
            |c, a, _| {
                let p = a.published?;
                let shift = match c.get(1).map(|m| m.as_str().to_lowercase()) {
                    Some(w) if w.starts_with("prochain") => 1,
                    Some(_) => -1,
                    None => 0,
                };
                DateSpan::year(p.year() + shift)
            },
        ),
        rule(r"\bil\s+y\s+a\s+(NUM)\s+(jours?|semaines?|mois|ans?|années?)\b", |c, a, _| shifted(a.published?, &c[1], &c[2], -1)),
        // "trois mois plus tard"; not "deux jours après le lancement", which says how far
        // apart two events are, not when either was.
        rule(
            r"(?P<span>\b(NUM)\s+(jours?|semaines?|mois|ans?|années?)\s+(?:plus\s+tard|après)\b)(?P<relation>\s+(?:le|la|les|l['’]|son|sa|ses|leur|leurs|du|des|cette|ce|cet|celle|celui)\b)?",
            |c, a, _| {
                if c.name("relation").is_some() {
                    return None;
                }
                shifted(a.previous.or(a.narrative).or(a.published)?, &c[2], &c[3], 1)
            },
        ),
    ]
});

/// All date expressions in `text`, in order, never overlapping (where two
/// rules match overlapping words, the longer match wins).
pub fn find(text: &str, anchors: Anchors, tense: Tense) -> Vec<TimeExpr> {
    let mut found: Vec<TimeExpr> = Vec::new();
    // Several expressions often share a clause: its tense is read once.
    let mut clause_tenses: Vec<((usize, usize), Tense)> = Vec::new();
    // One pass of every rule's loosened pattern says which rules can match here.
    for rule in RULE_SET.matches(text).into_iter().map(|i| &RULES[i]) {
        for caps in rule.regex.captures_iter(text) {
            let whole = caps.name("span").or_else(|| caps.get(0)).expect("group 0");
            // The verb of the expression's own clause says more than the sentence's,
            // except after a deadline ("a donné jusqu'au 30 juin"): then the nearest date.
            let clause = clause_around(text, whole.start(), whole.end());
            let clause_start = clause.as_ptr() as usize - text.as_ptr() as usize;
            let tense = if after_deadline_word(&text[..whole.start()]) {
                Tense::Unknown
            } else {
                let key = (clause_start, clause.len());
                let clause_tense = match clause_tenses.iter().find(|(k, _)| *k == key) {
                    Some(&(_, known)) => known,
                    None => {
                        let read = tense_of(clause);
                        clause_tenses.push((key, read));
                        read
                    }
                };
                match clause_tense {
                    _ if planned_just_before(&clause[..whole.start() - clause_start]) => Tense::Future,
                    // "Après le rapprochement scellé avec Joe Biden en septembre, …": what
                    // a clause recalls happened before what the sentence reports.
                    Tense::Unknown if recalls(clause) => Tense::Past,
                    Tense::Unknown => tense,
                    local => local,
                }
            };
            if let Some(date) = (rule.resolve)(&caps, anchors, tense) {
                found.push(TimeExpr { span: Span { start: whole.start(), end: whole.end() }, text: whole.as_str().to_string(), date });
            }
        }
    }
    // Longest first: "en septembre 2024" beats "en septembre" and "septembre 2024".
    found.sort_by_key(|e| (std::cmp::Reverse(e.span.end - e.span.start), e.span.start));
    let mut kept: Vec<TimeExpr> = Vec::new();
    for expr in found {
        if !kept.iter().any(|k| expr.span.start < k.span.end && k.span.start < expr.span.end) {
            kept.push(expr);
        }
    }
    kept.sort_by_key(|e| e.span.start);
    kept
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

/// Every date expression of a text, sentence by sentence, each resolved with
/// its sentence's tense (or the policy where the tense says nothing) and the
/// narrative date of the passage.
pub fn tag(text: &str, published: NaiveDate, policy: Policy) -> Vec<Tagged> {
    let mut out = Vec::new();
    let mut passage = Passage::default();
    let mut points = CodePoints::default();
    for sentence in crate::text::sentences(text) {
        let body = sentence.span.of(text);
        let tense = match (tense_of(body), policy) {
            (Tense::Unknown, Policy::Past) => Tense::Past,
            (Tense::Unknown, Policy::Future) => Tense::Future,
            (t, _) => t,
        };
        let found = find(body, passage.anchors(Some(published)), tense);
        for e in &found {
            let start = sentence.span.start + e.span.start;
            let end = sentence.span.start + e.span.end;
            let (value, end_value) = values(&e.date);
            out.push(Tagged {
                text: e.text.clone(),
                start: points.at(text, start),
                end: points.at(text, end),
                value,
                precision: e.date.precision.as_str(),
                end_value,
            });
        }
        passage.advance(&found);
    }
    out
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

/// The value of a span at its precision, and the last unit when it spans several.
fn values(date: &DateSpan) -> (String, Option<String>) {
    let label = |d: NaiveDate| match date.precision {
        Precision::Day => d.format("%Y-%m-%d").to_string(),
        Precision::Week => {
            let w = d.iso_week();
            format!("{}-W{:02}", w.year(), w.week())
        }
        Precision::Month => d.format("%Y-%m").to_string(),
        Precision::Year => d.format("%Y").to_string(),
        Precision::Decade => format!("{}X", d.year() / 10),
        Precision::Quarter => format!("{}-Q{}", d.year(), d.month0() / 3 + 1),
        // Named by the year the season starts in ("2012-WI" for December 2012 to March 2013).
        Precision::Season => {
            let code = match Season::of_start(d) {
                Season::Spring => "SP",
                Season::Summer => "SU",
                Season::Autumn => "FA",
                Season::Winter => "WI",
            };
            format!("{}-{code}", if d.month() <= 3 && code == "WI" { d.year() - 1 } else { d.year() })
        }
    };
    if matches!(date.precision, Precision::Quarter | Precision::Season | Precision::Decade) {
        return (label(date.start), None);
    }
    let (first, last) = (label(date.start), label(date.end));
    let end_value = (first != last).then_some(last);
    (first, end_value)
}

/// Whether a date follows a word that makes it a deadline or a starting point,
/// whose direction the verb's tense does not tell.
fn after_deadline_word(before: &str) -> bool {
    let lower = before.trim_end().to_lowercase().replace('’', "'");
    ["jusqu'au", "jusqu'à", "d'ici", "avant", "à partir du", "dès", "d'ici le"].iter().any(|w| lower.ends_with(w))
}

/// The clause holding `start..end`: up to the nearest punctuation that separates clauses.
fn clause_around(text: &str, start: usize, end: usize) -> &str {
    let is_break = |c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '«' | '»' | '"' | '—' | '–');
    let from = text[..start].char_indices().rev().find(|&(_, c)| is_break(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let to = text[end..].find(is_break).map_or(text.len(), |i| end + i);
    &text[from..to]
}

/// Whether a clause opens on what came before the sentence's news: "Après
/// le sommet de …", "À la suite de sa visite …" (not "après le 1er mai", a bound).
pub fn recalls(clause: &str) -> bool {
    static RECALL: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)^\s*(?:après|à\s+la\s+suite\s+d['’]e?|suite\s+à|dans\s+la\s+foulée\s+d['’]e?)\s*(?:le|la|les|l['’]|son|sa|ses|leur|leurs|un|une)\s*\p{L}{3,}").expect("recall pattern")
    });
    RECALL.is_match(clause)
}

/// Whether the verb right before a date is a conditional of plans ("a annoncé qu'il
/// se rendrait à Moscou en octobre"), not of the past ("il aurait été tué") and
/// not after it ("a déclaré mercredi qu'il n'autoriserait pas").
fn planned_just_before(before_date: &str) -> bool {
    static VERB: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)\b(\p{L}{2,}(?:rait|raient)|(?:a|ont|avait|avaient|est|sont)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|u|us|i|is|it))\b",
        )
        .unwrap()
    });
    // The pattern is its group: the match is the verb.
    let last = VERB.find_iter(before_date).last();
    last.is_some_and(|m| {
        let verb = m.as_str().to_lowercase();
        (verb.ends_with("rait") || verb.ends_with("raient"))
            && !verb.contains(' ')
            && !["aurait", "auraient", "serait", "seraient"].contains(&verb.as_str())
    })
}

/// The tense of a clause, read from auxiliaries and endings that mark it.
pub fn tense_of(clause: &str) -> Tense {
    static FUTURE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(concat!(
            r"(?i)\b(doit|doivent|devrait|devraient|peut|peuvent|pourrait|pourraient|va|vont|sera|seront|prévu|prévue|prévus|attendu|attendue|aura|auront|fera|feront|ira|iront|",
            r"pourra|pourront|devra|devront|viendra|viendront|est\s+fixée?|aura\s+lieu|prochaine?s?|\w{3,}(?:era|eront|ira|iront))\b"
        ))
        .unwrap()
    });
    // An auxiliary, at most one adverb, then a past participle ("a signé", "est déjà arrivé").
    static PAST: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(concat!(
            r"(?i)\b(?:a|ont|avait|avaient|est|sont|était|étaient|fut|furent)\s+",
            r"(?:(?:pas|déjà|bien|aussi|encore|ensuite|toujours|jamais|également|enfin|finalement|ainsi|notamment)\s+)?",
            r"(\w+(?:é|ée|és|ées|i|is|ie|it|u|us|ue|ert|erte))\b"
        ))
        .unwrap()
    });
    // The participle is the match's last word ("est arrivé"), not a weekday ("est mardi").
    if FUTURE.is_match(clause) {
        Tense::Future
    } else if PAST.find_iter(clause).any(|m| weekday(m.as_str().rsplit(char::is_whitespace).next().unwrap_or_default()).is_none()) {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

/// A month's number from its French name or abbreviation.
fn month_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase().replace(['é', 'è'], "e").replace('û', "u").replace('.', "");
    // Prefixes that tell months apart ("juin" and "juil" need four letters).
    let prefixes = [
        ("jan", 1),
        ("fev", 2),
        ("mars", 3),
        ("avr", 4),
        ("mai", 5),
        ("juin", 6),
        ("juil", 7),
        ("aou", 8),
        ("sep", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
    ];
    prefixes.iter().find(|(p, _)| n.starts_with(p)).map(|&(_, m)| m)
}

/// A year written with two digits ("20/02/14", "31 octobre 74") in the century that puts it nearest.
fn full_year(text: &str, published: Option<NaiveDate>) -> Option<i32> {
    let n: i32 = text.parse().ok()?;
    if text.len() == 4 {
        return year_number(text);
    }
    let now = published.map(|p| p.year()).unwrap_or(2000);
    let century = now - now.rem_euclid(100);
    [century - 100 + n, century + n, century + 100 + n].into_iter().min_by_key(|y| (y - now).abs())
}

/// Years GeoTimeline accepts from text: the recorded past to the near future.
fn year_number(text: &str) -> Option<i32> {
    let year: i32 = text.parse().ok()?;
    (1000..=2100).contains(&year).then_some(year)
}

fn weekday(name: &str) -> Option<Weekday> {
    Some(match name.to_lowercase().as_str() {
        "lundi" => Weekday::Mon,
        "mardi" => Weekday::Tue,
        "mercredi" => Weekday::Wed,
        "jeudi" => Weekday::Thu,
        "vendredi" => Weekday::Fri,
        "samedi" => Weekday::Sat,
        "dimanche" => Weekday::Sun,
        _ => return None,
    })
}

/// A day of the month from figures or French words.
fn day_number(text: &str) -> Option<u32> {
    let words = [
        "premier",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "dix-sept",
        "dix-huit",
        "dix-neuf",
        "vingt",
        "vingt-et-un",
        "vingt-deux",
        "vingt-trois",
        "vingt-quatre",
        "vingt-cinq",
        "vingt-six",
        "vingt-sept",
        "vingt-huit",
        "vingt-neuf",
        "trente",
        "trente-et-un",
    ];
    let lower = text.to_lowercase();
    let day = lower.parse().ok().or_else(|| words.iter().position(|w| *w == lower).map(|i| i as u32 + 1))?;
    (1..=31).contains(&day).then_some(day)
}

fn number(word: &str) -> Option<i64> {
    if let Ok(n) = word.parse() {
        return Some(n);
    }
    let words = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"];
    let w = word.to_lowercase();
    if w == "une" {
        return Some(1);
    }
    if let Some(i) = words.iter().position(|x| *x == w) {
        return Some(i as i64 + 1);
    }
    match w.as_str() {
        "quinze" => Some(15),
        "vingt" => Some(20),
        "trente" => Some(30),
        _ => None,
    }
}

fn shift_month(year: i32, month: u32, by: i32) -> (i32, u32) {
    let index = year * 12 + month as i32 - 1 + by;
    (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
}

/// "il y a trois ans", "trois mois plus tard": the shifted unit at its own precision.
fn shifted(base: NaiveDate, amount: &str, unit: &str, sign: i64) -> Option<DateSpan> {
    let n = number(amount)? * sign;
    let unit = unit.to_lowercase();
    if unit.starts_with("jour") {
        Some(DateSpan::day(base + Duration::days(n)))
    } else if unit.starts_with("semaine") {
        // "il y a une semaine" is the day seven days back (as French TimeBank
        // and Duckling annotate it), not the whole week around it.
        Some(DateSpan::day(base + Duration::days(7 * n)))
    } else if unit == "mois" {
        let (y, m) = shift_month(base.year(), base.month(), n as i32);
        DateSpan::month(y, m)
    } else {
        DateSpan::year(base.year() + n as i32)
    }
}

/// The date with this weekday closest to publication, within a week either
/// way, leaning back for the past tense and forward for the future.
/// `n` whole units next to `base` (after it when `forward`, before it otherwise),
/// not counting the unit holding `base`.
fn stretch(base: NaiveDate, n: i64, unit: &str, forward: bool) -> Option<DateSpan> {
    let (near, far) = if forward { (1, n) } else { (-n, -1) };
    let (first, last) = if unit.starts_with("jour") {
        (DateSpan::day(base + Duration::days(near)), DateSpan::day(base + Duration::days(far)))
    } else if unit.starts_with("semaine") {
        (DateSpan::week_of(base + Duration::days(7 * near)), DateSpan::week_of(base + Duration::days(7 * far)))
    } else if unit == "mois" {
        let (y1, m1) = shift_month(base.year(), base.month(), near as i32);
        let (y2, m2) = shift_month(base.year(), base.month(), far as i32);
        (DateSpan::month(y1, m1)?, DateSpan::month(y2, m2)?)
    } else {
        (DateSpan::year(base.year() + near as i32)?, DateSpan::year(base.year() + far as i32)?)
    };
    Some(DateSpan { start: first.start, end: last.end, precision: first.precision })
}

/// The given weekday of the (Monday to Sunday) week holding `date`.
fn day_of_week(date: NaiveDate, day: Weekday) -> NaiveDate {
    let monday = date - Duration::days(date.weekday().num_days_from_monday() as i64);
    monday + Duration::days(day.num_days_from_monday() as i64)
}

fn weekday_near(day: Weekday, published: NaiveDate, tense: Tense) -> Option<NaiveDate> {
    let back = (published.weekday().num_days_from_monday() as i64 - day.num_days_from_monday() as i64).rem_euclid(7);
    let past = published - Duration::days(back);
    // Looking forward, the same weekday as today is next week's ("il viendra mardi", said on a Tuesday).
    let future = past + Duration::days(7);
    Some(match tense {
        Tense::Past => past,
        Tense::Future => future,
        Tense::Unknown => {
            if back != 0 && (future - published) < (published - past) {
                future
            } else {
                past
            }
        }
    })
}

fn explicit_or_nearest_year(explicit: Option<&str>, month: u32, day: u32, anchors: Anchors, tense: Tense) -> Option<i32> {
    match explicit {
        Some(y) => year_number(y),
        None => Some(nearest_year(month, day, anchors.published?, tense)),
    }
}

/// The year that puts a day-month nearest the publication date (leaning by tense).
fn season_named(name: &str) -> Option<Season> {
    match name.to_lowercase().as_str() {
        "printemps" => Some(Season::Spring),
        "été" => Some(Season::Summer),
        "automne" => Some(Season::Autumn),
        "hiver" => Some(Season::Winter),
        _ => None,
    }
}

/// The season of that name around `reference`: with no lean the one under way (or the
/// next); past, the latest that has begun ("dernier": that has ended); future, the next.
fn season_near(season: Season, reference: NaiveDate, lean: Tense, strict: bool) -> Option<DateSpan> {
    let candidates: Vec<DateSpan> = (reference.year() - 2..=reference.year() + 1).filter_map(|y| DateSpan::season(y, season)).collect();
    match lean {
        Tense::Past if strict => candidates.into_iter().rev().find(|s| s.end < reference),
        Tense::Past => candidates.into_iter().rev().find(|s| s.start <= reference),
        Tense::Future if strict => candidates.into_iter().find(|s| s.start > reference),
        Tense::Future => candidates.into_iter().find(|s| s.end >= reference),
        Tense::Unknown => candidates.into_iter().find(|s| s.end >= reference),
    }
}

/// The date with this day of the month nearest publication (this month, the
/// one before or the one after), leaning as the tense says.
fn nearest_day_of_month(day: u32, published: NaiveDate, tense: Tense) -> Option<NaiveDate> {
    if !(1..=31).contains(&day) {
        return None;
    }
    let candidates = [-1, 0, 1].into_iter().filter_map(|shift| {
        let (y, m) = shift_month(published.year(), published.month(), shift);
        NaiveDate::from_ymd_opt(y, m, day)
    });
    candidates.min_by_key(|d| {
        let delta = (*d - published).num_days();
        match tense {
            Tense::Past if delta > 0 => i64::MAX / 2 + delta,
            Tense::Future if delta < 0 => i64::MAX / 2 - delta,
            _ => delta.abs(),
        }
    })
}

fn nearest_year(month: u32, day: u32, published: NaiveDate, tense: Tense) -> i32 {
    let candidates = [published.year() - 1, published.year(), published.year() + 1];
    let distance = |y: i32| {
        let d = NaiveDate::from_ymd_opt(y, month, day.min(28)).unwrap_or(published);
        let delta = (d - published).num_days();
        match tense {
            Tense::Past if delta > 0 => i64::MAX / 2 + delta,
            Tense::Future if delta < -31 => i64::MAX / 2 - delta,
            _ => delta.abs(),
        }
    };
    *candidates.iter().min_by_key(|&&y| distance(y)).expect("three candidates")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagged_offsets_are_code_points_all_along_a_text() {
        let text = "Été 2023 : « Hanoï » a reçu Poutine le 20 juin 2024. Puis, à Pékin, le 21 juin 2024.\n\nÀ Séoul, le 22 juin 2024 et le 23 juin 2024.";
        let tagged = tag(text, NaiveDate::from_ymd_opt(2024, 6, 25).unwrap(), Policy::Nearest);
        assert!(tagged.len() >= 3, "{tagged:?}");
        for t in &tagged {
            let slice: String = text.chars().skip(t.start).take(t.end - t.start).collect();
            assert_eq!(slice, t.text);
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn one(text: &str, published: NaiveDate, tense: Tense) -> (String, DateSpan) {
        let found = find(text, Anchors { published: Some(published), ..Default::default() }, tense);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (found[0].text.clone(), found[0].date)
    }

    #[test]
    fn explicit_dates() {
        let pub_ = d(2024, 6, 25);
        assert_eq!(one("Le 20 juin, il a parlé.", pub_, Tense::Past), ("Le 20 juin".into(), DateSpan::day(d(2024, 6, 20))));
        assert_eq!(one("le 25 juin 2023 à Paris", pub_, Tense::Unknown).1, DateSpan::day(d(2023, 6, 25)));
        assert_eq!(one("créée le 25/06/2024", pub_, Tense::Unknown).1, DateSpan::day(d(2024, 6, 25)));
        assert_eq!(one("unir le pays en 1975.", pub_, Tense::Past).1, DateSpan::year(1975).unwrap());
        assert_eq!(one("en septembre 2023", pub_, Tense::Past).1, DateSpan::month(2023, 9).unwrap());
    }

    #[test]
    fn numeric_dates_with_slashes_or_spaces_and_bounds() {
        let pub_ = d(2013, 2, 12);
        assert_eq!(one("rendez-vous le 31/10", pub_, Tense::Future).1, DateSpan::day(d(2013, 10, 31)));
        assert_eq!(one("rendez-vous le 31/10", pub_, Tense::Unknown).1, DateSpan::day(d(2012, 10, 31)), "the nearest 31 October");
        assert_eq!(one("il arrivera 17/02 au soir", pub_, Tense::Future).1, DateSpan::day(d(2013, 2, 17)));
        assert_eq!(one("signé le 24 12 2014", pub_, Tense::Unknown).1, DateSpan::day(d(2014, 12, 24)));
        assert_eq!(one("daté du 20 02 14", pub_, Tense::Unknown).1, DateSpan::day(d(2014, 2, 20)));
        assert_eq!(one("le 20 2 14", pub_, Tense::Unknown).1, DateSpan::day(d(2014, 2, 20)));
        let (text, span) = one("applicable à partir du 8 mars", pub_, Tense::Future);
        assert_eq!((text.as_str(), span), ("à partir du 8 mars", DateSpan::day(d(2013, 3, 8))));
        // Fractions, counts and phone numbers are not dates.
        for text in ["les 3/4 des votants", "1 500 soldats et 12 3 chars", "appelez le 01 45 02 03 14", "noté 17/20", "le 3 4"] {
            assert!(find(text, Anchors { published: Some(pub_), ..Default::default() }, Tense::Unknown).is_empty(), "{text}");
        }
    }

    #[test]
    fn day_ranges_without_a_month_are_in_the_reference_month() {
        let pub_ = d(2013, 2, 12);
        assert_eq!(
            one("du 13 au 18", pub_, Tense::Unknown).1,
            DateSpan { start: d(2013, 2, 13), end: d(2013, 2, 18), precision: Precision::Day }
        );
        assert_eq!(one("entre le 13 et le dix-huit", pub_, Tense::Unknown).1.end, d(2013, 2, 18));
        assert_eq!(one("réunis du 20 au 25", pub_, Tense::Past).1.start, d(2013, 1, 20), "the past leans to the month before");
        for text in ["du 13e au 18e siècle", "entre le 2 et le 3 %", "du 3 au 5 rang"] {
            assert!(find(text, Anchors { published: Some(pub_), ..Default::default() }, Tense::Unknown).is_empty(), "{text}");
        }
    }

    #[test]
    fn nth_weekday_of_a_month_and_nth_day() {
        let pub_ = d(2013, 2, 12);
        assert_eq!(one("le premier mercredi du mois prochain", pub_, Tense::Unknown).1, DateSpan::day(d(2013, 3, 6)));
        assert_eq!(one("le dernier vendredi de juin 2024", pub_, Tense::Unknown).1, DateSpan::day(d(2024, 6, 28)));
        assert_eq!(one("le deuxième lundi du mois", pub_, Tense::Unknown).1, DateSpan::day(d(2013, 2, 11)));
        assert_eq!(one("le 3eme jour d'octobre", pub_, Tense::Future).1, DateSpan::day(d(2013, 10, 3)));
    }

    #[test]
    fn a_day_alone_halves_of_a_month_and_a_few_fixed_words() {
        let pub_ = d(2013, 2, 12);
        assert_eq!(one("à partir du 8", pub_, Tense::Future).1, DateSpan::day(d(2013, 3, 8)));
        assert_eq!(one("Il est resté jusqu'au 10.", pub_, Tense::Past).1, DateSpan::day(d(2013, 2, 10)));
        let anchors = Anchors { published: Some(pub_), ..Default::default() };
        let both: Vec<String> = find("le 16 et le 17", anchors, Tense::Unknown).into_iter().map(|e| e.text).collect();
        assert_eq!(both, ["le 16", "le 17"]);
        let none = |text: &str| find(text, anchors, Tense::Unknown).is_empty();
        assert!(none("devant le 10, rue Paul-Bert"), "an address");
        assert!(none("le 16 heures"), "not before punctuation");
        let half = one("la seconde quinzaine d'avril", pub_, Tense::Unknown).1;
        assert_eq!((half.start, half.end), (d(2013, 4, 15), d(2013, 4, 30)));
        assert_eq!(one("le jour des morts", pub_, Tense::Future).1, DateSpan::day(d(2013, 11, 2)));
        assert_eq!(one("en ce moment", pub_, Tense::Unknown).1, DateSpan::day(pub_));
        assert_eq!(one("il y a une semaine", pub_, Tense::Unknown).1, DateSpan::day(d(2013, 2, 5)));
        assert_eq!(one("fin du mois de mars", pub_, Tense::Unknown).0, "fin du mois de mars");
    }

    #[test]
    fn the_year_after_and_the_month_before_count_from_the_last_date() {
        let anchors = Anchors { published: Some(d(2024, 6, 21)), narrative: None, previous: Some(d(2000, 7, 1)) };
        assert_eq!(find("une visite en Russie l'année suivante", anchors, Tense::Past)[0].date, DateSpan::year(2001).unwrap());
        assert_eq!(find("le mois précédent", anchors, Tense::Past)[0].date, DateSpan::month(2000, 6).unwrap());
        assert_eq!(find("la semaine précédente", anchors, Tense::Past)[0].date, DateSpan::week_of(d(2000, 6, 24)));
    }

    #[test]
    fn a_part_of_today_still_to_come_is_today() {
        let friday = d(2024, 1, 12);
        let anchors = Anchors { published: Some(friday), narrative: None, previous: None };
        let found = find("La réunion doit se tenir vendredi après-midi à New York.", anchors, Tense::Future);
        assert_eq!((found[0].text.as_str(), found[0].date), ("vendredi", DateSpan::day(friday)));
        assert_eq!(find("Il viendra vendredi.", anchors, Tense::Future)[0].date, DateSpan::day(d(2024, 1, 19)));
    }

    #[test]
    fn the_conditional_of_a_plan_looks_ahead() {
        let anchors = Anchors { published: Some(d(2024, 7, 8)), narrative: None, previous: None };
        let year_of = |text: &str| find(text, anchors, Tense::Past)[0].date.start.year();
        assert_eq!(year_of("Il a annoncé qu'il se rendrait à Moscou en octobre."), 2024);
        assert_eq!(year_of("Il a déclaré en octobre qu'il ne céderait pas."), 2023);
        assert_eq!(year_of("L'attaque aurait été lancée en octobre."), 2023);
    }

    #[test]
    fn what_a_clause_recalls_came_before() {
        let anchors = Anchors { published: Some(d(2024, 6, 20)), narrative: None, previous: None };
        let text = "Après le rapprochement scellé avec Joe Biden en septembre, le Vietnam s'apprête à signer des contrats.";
        assert_eq!(find(text, anchors, Tense::Future)[0].date, DateSpan::month(2023, 9).unwrap());
        // A bound is not a recall.
        assert_eq!(find("Après le 1er septembre, il partira.", anchors, Tense::Future)[0].date.start.year(), 2024);
    }

    #[test]
    fn a_time_between_two_events_is_not_a_date() {
        let anchors = Anchors { published: Some(d(2025, 3, 26)), narrative: Some(d(2025, 3, 26)), previous: None };
        assert!(find("Ces frappes surviennent deux jours après le lancement de roquettes.", anchors, Tense::Unknown).is_empty());
        assert_eq!(find("Deux jours après, il est reparti.", anchors, Tense::Past)[0].date, DateSpan::day(d(2025, 3, 28)));
    }

    #[test]
    fn parts_of_a_month_are_its_thirds() {
        let pub_ = d(2013, 2, 12);
        let days = |text: &str| {
            let span = one(text, pub_, Tense::Unknown).1;
            (span.start, span.end, span.precision)
        };
        assert_eq!(days("fin mars"), (d(2013, 3, 21), d(2013, 3, 31), Precision::Day));
        assert_eq!(days("fin du mois de février"), (d(2013, 2, 21), d(2013, 2, 28), Precision::Day));
        assert_eq!(days("début avril 2024"), (d(2024, 4, 1), d(2024, 4, 10), Precision::Day));
        assert_eq!(days("au milieu du mois de mai"), (d(2013, 5, 11), d(2013, 5, 20), Precision::Day));
        assert_eq!(days("mi-décembre"), (d(2012, 12, 11), d(2012, 12, 20), Precision::Day));
        assert_eq!(days("en mars"), (d(2013, 3, 1), d(2013, 3, 31), Precision::Month));
        assert_eq!(days("septembre 2000"), (d(2000, 9, 1), d(2000, 9, 30), Precision::Month));
    }

    #[test]
    fn decades_and_parts_of_the_year() {
        let pub_ = d(2013, 2, 12);
        assert_eq!(one("dans les années 1990", pub_, Tense::Unknown).1, DateSpan::decade(1990).unwrap());
        assert_eq!(one("au début des années 60", pub_, Tense::Past).1, DateSpan::decade(1960).unwrap());
        assert_eq!(values(&DateSpan::decade(1960).unwrap()).0, "196X");
        assert_eq!(one("à la fin de l'année", pub_, Tense::Unknown).1, DateSpan::year(2013).unwrap());
        assert_eq!(one("la fin de l'année dernière", pub_, Tense::Past).1, DateSpan::year(2012).unwrap());
        assert!(find("les années 1995 et 1996", Anchors { published: Some(pub_), ..Default::default() }, Tense::Unknown)
            .iter()
            .all(|e| e.date.precision != Precision::Decade));
    }

    #[test]
    fn seasons_and_quarters() {
        let pub_ = d(2013, 2, 12);
        let season = |text: &str, tense| one(text, pub_, tense).1;
        assert_eq!(season("au printemps 2023", Tense::Unknown), DateSpan::season(2023, Season::Spring).unwrap());
        assert_eq!(season("Été 2023 : la visite", Tense::Unknown), DateSpan::season(2023, Season::Summer).unwrap());
        assert!(find("Son budget a été 2000 fois plus élevé.", Anchors { published: Some(pub_), ..Default::default() }, Tense::Unknown)
            .is_empty());
        assert_eq!(season("cet été", Tense::Unknown), DateSpan::season(2013, Season::Summer).unwrap());
        assert_eq!(season("cet hiver", Tense::Unknown), DateSpan::season(2012, Season::Winter).unwrap(), "the winter under way");
        assert_eq!(season("l'été dernier", Tense::Unknown), DateSpan::season(2012, Season::Summer).unwrap());
        assert_eq!(season("il viendra à l'automne", Tense::Future), DateSpan::season(2013, Season::Autumn).unwrap());
        assert_eq!(season("au deuxième trimestre 2024", Tense::Unknown), DateSpan::quarter(2024, 2).unwrap());
        assert_eq!(season("le dernier trimestre", Tense::Unknown), DateSpan::quarter(2012, 4).unwrap(), "the last one completed");
        assert_eq!(season("résultats du T3 2023", Tense::Unknown), DateSpan::quarter(2023, 3).unwrap());
        assert_eq!(values(&DateSpan::season(2012, Season::Winter).unwrap()).0, "2012-WI");
        assert_eq!(values(&DateSpan::quarter(2024, 2).unwrap()).0, "2024-Q2");
        for text in ["il a été élu", "le printemps arabe", "au Printemps de l'environnement", "il a été dernier"] {
            assert!(find(text, Anchors { published: Some(pub_), ..Default::default() }, Tense::Unknown).is_empty(), "{text}");
        }
    }

    #[test]
    fn month_alone_resolves_near_publication() {
        let pub_ = d(2024, 6, 20);
        assert_eq!(one("Biden s'est rendu à Hanoï en septembre", pub_, Tense::Past).1, DateSpan::month(2023, 9).unwrap());
        assert_eq!(one("arrivé au pouvoir en mai dernier", pub_, Tense::Past).1, DateSpan::month(2024, 5).unwrap());
    }

    #[test]
    fn weekdays_follow_the_tense() {
        let thursday = d(2024, 6, 20);
        assert_eq!(one("il est arrivé mercredi", thursday, Tense::Past).1, DateSpan::day(d(2024, 6, 19)));
        assert_eq!(one("il doit partir samedi", thursday, Tense::Future).1, DateSpan::day(d(2024, 6, 22)));
        let (text, span) = one("arrivé dans la nuit de mercredi à jeudi", thursday, Tense::Past);
        assert_eq!((text.as_str(), span), ("dans la nuit de mercredi à jeudi", DateSpan::day(thursday)));
    }

    #[test]
    fn relative_expressions_use_the_right_anchor() {
        let anchors = Anchors { published: Some(d(2024, 6, 25)), narrative: Some(d(2024, 6, 20)), previous: None };
        let veille = find("la veille, il était à Pyongyang", anchors, Tense::Past);
        assert_eq!(veille[0].date, DateSpan::day(d(2024, 6, 19)));
        let week = find("annoncé la semaine dernière", anchors, Tense::Past);
        assert_eq!(week[0].date, DateSpan::week_of(d(2024, 6, 18)));
        let later = find(
            "à peine trois mois plus tard",
            Anchors { published: None, narrative: Some(d(2024, 6, 20)), previous: Some(d(2023, 9, 1)) },
            Tense::Past,
        );
        assert_eq!(later[0].date, DateSpan::month(2023, 12).unwrap());
        assert_eq!(find("l'année dernière", anchors, Tense::Past)[0].date, DateSpan::year(2023).unwrap());
        assert_eq!(find("Le même jour, il était à Kiev.", anchors, Tense::Past)[0].date, DateSpan::day(d(2024, 6, 20)));
        assert_eq!(find("Il est reparti le jour même.", anchors, Tense::Past)[0].date, DateSpan::day(d(2024, 6, 20)));
        assert!(find("trois ans jour pour jour après le début de l'invasion", anchors, Tense::Past).is_empty());
    }

    #[test]
    fn a_holiday_is_not_part_of_a_hyphenated_name() {
        let anchors = Anchors { published: Some(d(2025, 3, 20)), ..Default::default() };
        assert!(find("avec son homologue Jean-Noël Barrot", anchors, Tense::Past).is_empty());
        assert_eq!(find("Noël approche", anchors, Tense::Future)[0].date, DateSpan::day(d(2025, 12, 25)));
        assert_eq!(find("depuis le jour de Noël", anchors, Tense::Past)[0].text, "le jour de Noël");
    }

    #[test]
    fn abbreviations_numbers_and_explicit_shifts() {
        let p = d(2012, 8, 10);
        assert_eq!(one("15 déc. 2012", p, Tense::Unknown).1, DateSpan::day(d(2012, 12, 15)));
        assert_eq!(one("le 1er mars", p, Tense::Future).1, DateSpan::day(d(2013, 3, 1)));
        assert_eq!(one("lundi 8/2/2016", p, Tense::Unknown).1, DateSpan::day(d(2016, 2, 8)));
        assert_eq!(one("le 20/02/14", p, Tense::Unknown).1, DateSpan::day(d(2014, 2, 20)));
        assert_eq!(one("31 octobre 74", p, Tense::Unknown).1, DateSpan::day(d(1974, 10, 31)));
        assert_eq!(one("dans cinq jours", p, Tense::Unknown).1, DateSpan::day(d(2012, 8, 15)));
        assert_eq!(one("vendredi dernier", d(2012, 8, 9), Tense::Unknown).1, DateSpan::day(d(2012, 8, 3)));
        assert_eq!(one("vendredi prochain", d(2015, 4, 18), Tense::Unknown).1, DateSpan::day(d(2015, 4, 24)));
    }

    #[test]
    fn a_count_after_a_weekday_is_not_a_day() {
        let found = find("ils ont signé lundi 12 accords", Anchors { published: Some(d(2025, 3, 4)), ..Default::default() }, Tense::Past);
        assert_eq!(found.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(), ["lundi"]);
        assert_eq!(found[0].date, DateSpan::day(d(2025, 3, 3)));
    }

    #[test]
    fn deadlines_take_the_nearest_date_whatever_the_verb() {
        let p = d(1999, 5, 21);
        assert_eq!(one("M. Blair a donné jusqu'au 30 juin aux responsables", p, Tense::Unknown).1, DateSpan::day(d(1999, 6, 30)));
        assert_eq!(one("Ce dimanche, le bal", d(1999, 7, 18), Tense::Unknown).1, DateSpan::day(d(1999, 7, 18)));
        assert!(find("l'accord du Vendredi Saint", Anchors { published: Some(p), ..Default::default() }, Tense::Unknown).is_empty());
        assert!(find("dans un jour de grande forme", Anchors { published: Some(p), ..Default::default() }, Tense::Unknown).is_empty());
    }

    #[test]
    fn parts_of_weeks_months_and_years() {
        let tuesday = d(2013, 2, 12);
        let end_of_week = one("en fin de semaine", tuesday, Tense::Unknown).1;
        assert_eq!((end_of_week.start, end_of_week.end), (d(2013, 2, 14), d(2013, 2, 17)));
        assert_eq!(one("début 2023", tuesday, Tense::Unknown).1, DateSpan::year(2023).unwrap());
        // 6 October 2013 is a Sunday: the week it opens.
        assert_eq!(one("la semaine du 6 octobre", tuesday, Tense::Future).1, DateSpan::week_of(d(2013, 10, 7)));
        assert_eq!(one("le dernier jour d'octobre 2015", tuesday, Tense::Unknown).1, DateSpan::day(d(2015, 10, 31)));
        assert_eq!(one("la première semaine d'octobre 2014", tuesday, Tense::Unknown).1, DateSpan::week_of(d(2014, 10, 6)));
    }

    #[test]
    fn number_words_in_ranges_and_bare_months() {
        let p = d(2013, 2, 12);
        let r = one("du treize au 15 juillet", p, Tense::Future).1;
        assert_eq!((r.start, r.end), (d(2013, 7, 13), d(2013, 7, 15)));
        assert_eq!(one("le recensement de mars", p, Tense::Future).1, DateSpan::month(2013, 3).unwrap());
        let r = one("en fin de mois", p, Tense::Future).1;
        assert_eq!((r.start, r.end), (d(2013, 2, 21), d(2013, 2, 28)));
    }

    #[test]
    fn ordinary_words_are_not_dates() {
        let anchors = Anchors { published: Some(d(2024, 6, 20)), ..Default::default() };
        for text in ["la mer de Chine", "un dirigeant de 80 ans", "50 milliards de dollars", "le G7 a accepté", "la planète Mars"] {
            assert!(find(text, anchors, Tense::Unknown).is_empty(), "{text}");
        }
    }

    #[test]
    fn ranges() {
        let anchors = Anchors { published: Some(d(2024, 6, 20)), ..Default::default() };
        let r = find("entre 1995 et 2023", anchors, Tense::Past);
        assert_eq!((r[0].date.start, r[0].date.end), (d(1995, 1, 1), d(2023, 12, 31)));
        let r = find("du 18 au 20 juin", anchors, Tense::Past);
        assert_eq!((r[0].date.start, r[0].date.end), (d(2024, 6, 18), d(2024, 6, 20)));
    }

    #[test]
    fn clauses_end_at_multibyte_punctuation() {
        let text = "« Il viendra jeudi » — a dit X";
        let at = text.find("jeudi").unwrap();
        assert_eq!(clause_around(text, at, at + 5), " Il viendra jeudi ");
    }

    #[test]
    fn tense_detection() {
        assert_eq!(tense_of("Poutine est arrivé jeudi"), Tense::Past);
        assert_eq!(tense_of("il doit rencontrer To Lam"), Tense::Future);
        assert_eq!(tense_of("plusieurs contrats devraient être signés"), Tense::Future);
    }
}
