//! French date rules, each named, and the patterns of the French tense and
//! clause checks. The words come from [`super::words`]; placeholders in braces
//! (`{MONTH}`, `{WEEKDAY}`, `{DAY}`, `{NUM}`, `{UNIT}`…) are its alternations.

use super::words::{self, day_number, month_number, month_part, number, unit, weekday};
use crate::extract::dates::calendar::{
    day_of_week, lunar_days, month_or_part, nearest_day_of_month, nearest_holiday, nth_weekday_of_month, season_near, shift_month, shifted,
    stretch, weekday_beyond, weekday_near, weekend_near, weekend_of_week,
};
use crate::extract::dates::{Builder, ClauseWords, DateGrammar, Tense, TenseWords};
use crate::extract::word_regex::WordRegex;
use crate::model::{DateSpan, MonthPart, Precision};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// The placeholders of the rules' patterns and what they stand for.
fn placeholders() -> Vec<(&'static str, String)> {
    vec![
        ("{MONTH}", words::months_pattern()),
        ("{MONTH_EXACT}", words::month_names_exact()),
        ("{WEEKDAY}", words::weekdays_pattern()),
        ("{WEEKDAY_ABBR}", words::weekday_abbreviations_pattern()),
        ("{DAY}", words::day_pattern()),
        ("{NUM}", words::number_pattern()),
        ("{UNIT}", words::unit_pattern()),
        ("{ORDINAL}", words::ordinal_pattern()),
        ("{LAST}", words::alternation(words::LAST.iter().copied())),
        ("{SEASON}", words::season_pattern()),
        ("{SEASON_CAPITALISED}", words::seasons_capitalised()),
        ("{DAY_PART}", words::day_part_pattern()),
        ("{FROM_TODAY}", words::days_from_today_pattern()),
        ("{HOLIDAY}", words::holidays_pattern()),
        ("{LUNAR}", words::lunar_holidays_pattern()),
        ("{MONTH_PART}", words::alternation(words::MONTH_PARTS.iter().map(|(w, _)| *w))),
    ]
}

/// The French date grammar: its rules, then the patterns its tense and clause checks read.
pub fn grammar() -> DateGrammar {
    let mut b = Builder::new(placeholders());
    rules(&mut b);
    DateGrammar::new(b.into_rules(), tense_words(), clause_words())
}

fn tense_words() -> TenseWords {
    use words::{alternation, alternation_exact};
    let future = format!(
        r"(?i)\b({}|est\s+fixée?|aura\s+lieu|prochaine?s?|\w{{3,}}(?:{})|(?-i:\p{{Ll}}\w+(?:{})))\b",
        alternation(words::FUTURE_VERBS.iter().copied()),
        alternation_exact(words::FUTURE_ENDINGS.iter().copied()),
        alternation_exact(words::FUTURE_ENDINGS_LOWER_CASE.iter().copied())
    );
    // An auxiliary, at most one adverb or incise, then a past participle ("a signé", "est déjà
    // arrivé", "a pour sa part promis").
    let incises: Vec<String> = words::GROUP_INCISES.iter().map(|incise| incise.join(" ").replace("' ", "'")).collect();
    let past = format!(
        r"(?i)\b(?:{})\s+(?:(?:{})\s+)?(\w+(?:{}))\b",
        alternation(words::PAST_AUXILIARIES.iter().copied()),
        alternation(words::ADVERBS.iter().copied().chain(incises.iter().map(String::as_str))),
        alternation_exact(words::PARTICIPLE_ENDINGS.iter().copied())
    );
    TenseWords {
        future: WordRegex::new(&future).expect("future pattern"),
        past: WordRegex::new(&past).expect("past pattern"),
        not_participles: words::WEEKDAYS.iter().map(|w| w.name.to_string()).collect(),
        // "soutenaient", "était"; not a conditional ("soutiendraient": no "r" before the ending).
        imperfect: Some(WordRegex::new(r"(?i)\b\w+[^r\W](?:ait|aient)\b").expect("imperfect pattern")),
        // "semblait tenir la corde", "devait se rendre": an infinitive after, past at most one word.
        describing_future: words::DESCRIBING_FUTURE,
        modal_before: Some(WordRegex::new(r"(?i)^\s+(?:\p{L}+['’]?\s*)?\p{L}{2,}(?:er|ir|re)\b").expect("modal pattern")),
    }
}

fn clause_words() -> ClauseWords {
    ClauseWords {
        // "Après le sommet de …", "À la suite de sa visite …" (not "après le 1er mai", a bound);
        // "Ces pourparlers font suite à une proposition de Poutine dimanche": what the clause's
        // present follows came before.
        recall: WordRegex::new(
            r"(?i)^\s*(?:après|à\s+la\s+suite\s+d['’]e?|suite\s+à|dans\s+la\s+foulée\s+d['’]e?)\s*(?:le|la|les|l['’]|son|sa|ses|leur|leurs|un|une)\s*\p{L}{3,}|\b(?:fait|font)\s+suite\s+(?:à\s+(?:la|l['’]|sa|son|ses|leur|leurs|une?)|aux?)\s*\p{L}{3,}|\b(?:intervien(?:t|nent)|survien(?:t|nent))\s+(?:après|au\s+lendemain\s+d['’]e?)\s*(?:la|le|les|l['’]|sa|son|ses|leur|leurs|une?)\s*\p{L}{3,}",
        )
        .expect("recall pattern"),
        // A conditional, or an auxiliary and a participle: the match is the verb.
        verb: WordRegex::new(
            r"(?i)\b(\p{L}{2,}(?:rait|raient)|(?:a|ont|avait|avaient|est|sont)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|u|us|i|is|it))\b",
        )
        .expect("verb pattern"),
        // Words that open a clause inside a clause: "est arrivé vendredi … pour sa visite
        // qui doit se terminer dimanche" has a verb for each day.
        subordinate: WordRegex::new(r"(?i)\b(?:qui|que|qu['’]|où|dont|lorsque|quand|tandis\s+que|alors\s+que|avant\s+de|avant\s+d['’])")
            .expect("subordinate pattern"),
        relative: WordRegex::new(r"(?i)\b(?:qui|que|qu['’]|où|dont)").expect("relative pattern"),
        plan_endings: words::CONDITIONAL_ENDINGS,
        not_plans: words::NOT_PLANS,
        deadline_words: words::DEADLINE_WORDS,
        // French reports with "que", a subordinate word already.
        reporting: None,
        end_words: &["jusqu'au", "jusqu'à", "jusqu'aux", "d'ici", "d'ici au", "d'ici à"],
        noun_date_links: &["du", "de", "des", "d'"],
        since_words: &["depuis"],
        plan_before: Some(
            // (Put off to a day: "repousser l'élection au 16 février", "a été reporté au 10 mars".)
            WordRegex::new(r"(?i)\b(?:doit|doivent|devrait|devraient|censée?s?)\s+(?:se\s+|s['’]\s*)?\p{L}+\s+$|\b(?:prévue?s?|programmée?s?|planifiée?s?)\s+(?:pour\s+)?$|\bfixée?s?\s+(?:au\s+|à\s+)?$|\b(?:report|repouss|décal|différ|ajourn|renvoy)(?:er|é|ée|és|ées|e|ent|ait|aient)\s+(?:[^\s,;.]+\s+){0,5}?(?:au|à|jusqu['’](?:au|à))\s+$")
                .expect("plan pattern"),
        ),
        // ("ont convenu samedi de se rencontrer lundi", "s'est engagé à retirer ses troupes dimanche":
        // an infinitive after "de" or "à" ends in -er, -ir or -re; "a accepté de nouvelles sanctions" has none.)
        committed_before: Some(
            WordRegex::new(r"(?i)\b(?:convenu|convien(?:t|nent)|accept(?:é|e|ent)|décid(?:é|e|ent)|prom(?:is|et|ettent)|propos(?:é|e|ent)|menac(?:é|e|ent)|prévu|prévoi(?:t|ent)|prévoy(?:ait|aient)|envisag(?:é|e|ent|eait|eaient)|engagée?s?|engag(?:e|ent)|résolu)\s+(?:[^\s,;.]+\s+){0,3}?(?:de\s+|d['’]|à\s+)(?:(?:se|les|la|le|leur|lui|en|y)\s+|[sl]['’])?\p{L}+(?:er|ir|re)\s+(?:[^\s,;.]+\s+){0,6}?(?:le\s+|ce\s+|dès\s+)?$")
                .expect("commitment pattern"),
        ),
        weekdays_in_names: &["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"],
        holidays_in_names: &["Ramadan", "Kippour", "Yom Kippour"],
        war_before: &["guerre du", "guerre de"],
        past_participle: Some(super::lexicon::is_past_participle),
    }
}

fn span(start: NaiveDate, end: NaiveDate) -> DateSpan {
    DateSpan { start, end, precision: Precision::Day }
}

fn part(m: Option<regex::Match>) -> Option<MonthPart> {
    m.and_then(|m| month_part(m.as_str()))
}

fn lower(c: &regex::Captures, i: usize) -> Option<String> {
    c.get(i).map(|m| m.as_str().to_lowercase())
}

/// A year named from publication: "l'année dernière", "l'an prochain", "cette année".
const RELATIVE_YEAR: &str = r"(l['’]année\s+(?:dernière|passée|prochaine)|l['’]an\s+(?:dernier|passé|prochain)|cette\s+année)\b";

/// How many years from publication's the words of [`RELATIVE_YEAR`] name.
fn year_shift(words: &str) -> i32 {
    let words = words.to_lowercase();
    if words.contains("prochain") {
        1
    } else if words.starts_with("cette") {
        0
    } else {
        -1
    }
}

fn rules(b: &mut Builder) {
    // "du 18 au 20 juin 2024", "10 - 22 août", "du 10 juin au 1er juillet", "entre le 13 et le 15 juillet"
    b.rule(
        "day_month_range",
        r"\b(?:du\s+|entre\s+le\s+)?(?:(?:{WEEKDAY})\s+)?({DAY})(?:er|e)?(?:\s+({MONTH}))?(?:\s+(\d{4}))?\s*(?:au|-|–|et\s+le|jusqu['’]au)\s*(?:(?:{WEEKDAY})\s+)?({DAY})(?:er|e)?\s+({MONTH})(?:\s+(\d{4}))?",
        |c, x| {
            let (d1, d2) = (day_number(&c[1])?, day_number(&c[4])?);
            let m2 = month_number(&c[5])?;
            let m1 = c.get(2).map_or(Some(m2), |m| month_number(m.as_str()))?;
            let (y1, y2) = match (c.get(3), c.get(6)) {
                // In the past a stretch hangs on its first day: "a démissionné dans la nuit du 18
                // au 19 août", written on the 18th, is this year's, though the 19th is to come.
                (None, None) if x.tense == Tense::Past => {
                    let y1 = x.nearest_year(m1, d1)?;
                    (y1, if m1 > m2 { y1 + 1 } else { y1 })
                }
                (first, last) => {
                    let y2 = x.explicit_or_nearest_year(last.map(|m| m.as_str()), m2, d2)?;
                    let y1 = match first {
                        Some(y) => x.year(y.as_str())?,
                        None if m1 > m2 => y2 - 1,
                        None => y2,
                    };
                    (y1, y2)
                }
            };
            let (start, end) = (x.ymd(y1, m1, d1)?, x.ymd(y2, m2, d2)?);
            (start <= end).then_some(span(start, end))
        },
    );
    // "les 29 et 30 novembre 2017", "les 20, 21 et 22 décembre": consecutive days are one
    // stretch; days apart ("les 5 et 12 avril") are two dates, left to the single-day rule.
    b.rule(
        "day_month_list",
        r"\b(?:les|des)\s+((?:\d{1,2}(?:er)?\s*,\s*)*\d{1,2}(?:er)?)\s+et\s+(\d{1,2})\s+({MONTH})(?:\s+(\d{4}))?\b",
        |c, x| {
            let days: Vec<u32> = c[1].split(',').map(|d| d.trim().trim_end_matches("er").parse().ok()).collect::<Option<_>>()?;
            let last: u32 = c[2].parse().ok()?;
            let consecutive = days.iter().chain([&last]).collect::<Vec<_>>().windows(2).all(|w| *w[1] == *w[0] + 1);
            if !consecutive {
                return None;
            }
            let month = month_number(&c[3])?;
            let year = x.explicit_or_nearest_year(c.get(4).map(|y| y.as_str()), month, last)?;
            Some(span(x.ymd(year, month, days[0])?, x.ymd(year, month, last)?))
        },
    );
    // "du 13 au 18", "entre le 13 et le dix-huit": days of the reference month (the one before
    // or after when the verb says so). Followed by a word it is something else ("du 13e au 18e siècle").
    b.rule("day_range", r"\b(?:du|entre\s+le)\s+({DAY})(?:er|e)?\s+(?:au|et\s+le)\s+({DAY})(?:er|e)?\b(\s*(?:%|\p{L}))?", |c, x| {
        if c.get(3).is_some() {
            return None;
        }
        let (d1, d2) = (day_number(&c[1])?, day_number(&c[2])?);
        let p = x.published()?;
        let (mut year, mut month) = (p.year(), p.month());
        let in_month = |y: i32, m: u32| Some((NaiveDate::from_ymd_opt(y, m, d1)?, NaiveDate::from_ymd_opt(y, m, d2)?));
        let (start, end) = in_month(year, month)?;
        if x.tense == Tense::Past && start > p {
            (year, month) = shift_month(year, month, -1);
        } else if x.tense == Tense::Future && end < p {
            (year, month) = shift_month(year, month, 1);
        }
        let (start, end) = in_month(year, month)?;
        (start < end).then_some(span(start, end))
    });
    // "le premier mercredi du mois prochain", "le dernier vendredi de juin 2024"
    b.rule(
        "nth_weekday_of_month",
        r"\b(?:le\s+)?({ORDINAL}|{LAST})\s+({WEEKDAY})\s+d[eu]\s+(?:(?:ce\s+)?mois(?:\s+(prochain|dernier))?|({MONTH})(?:\s+(\d{4}))?)\b",
        |c, x| {
            let (year, month) = match (lower(c, 3), c.get(4)) {
                (_, Some(m)) => {
                    let month = month_number(m.as_str())?;
                    (x.explicit_or_nearest_year(c.get(5).map(|y| y.as_str()), month, 15)?, month)
                }
                (Some(w), None) if w == "prochain" => shift_month(x.published()?.year(), x.published()?.month(), 1),
                (Some(_), None) => shift_month(x.published()?.year(), x.published()?.month(), -1),
                (None, None) => (x.published()?.year(), x.published()?.month()),
            };
            let nth = if words::is_last(&c[1]) { None } else { Some(words::ordinal(&c[1])?) };
            nth_weekday_of_month(year, month, weekday(&c[2])?, nth).map(DateSpan::day)
        },
    );
    // "le 3e jour d'octobre"
    b.rule("nth_day_of_month", r"\b(?:le\s+)?(\d{1,2})(?:e|eme|ème)\s+jour\s+d['’]\s*({MONTH})(?:\s+(\d{4}))?", |c, x| {
        let (day, month) = (c[1].parse().ok()?, month_number(&c[2])?);
        let year = x.explicit_or_nearest_year(c.get(3).map(|y| y.as_str()), month, day)?;
        x.ymd(year, month, day).map(DateSpan::day)
    });
    // "les 30 jours précédents", "les 2 prochaines semaines": the far end of the stretch.
    b.rule("far_end_units_after", r"\bles\s+({NUM})\s+({UNIT})\s+(précédent|passé|dernier|suivant|prochain)e?s?\b", |c, x| {
        let sign = if matches!(c[3].to_lowercase().as_str(), "suivant" | "prochain") { 1 } else { -1 };
        shifted(x.published()?, number(&c[1])? * sign, unit(&c[2])?)
    });
    b.rule("far_end_units_before", r"\bles\s+({NUM})\s+(prochain|dernier)e?s?\s+({UNIT})\b", |c, x| {
        let sign = if c[2].eq_ignore_ascii_case("prochain") { 1 } else { -1 };
        shifted(x.published()?, number(&c[1])? * sign, unit(&c[3])?)
    });
    // "entre 1995 et 2023"
    b.rule("year_range", r"\bentre\s+(\d{4})\s+et\s+(\d{4})\b", |c, x| {
        let (from, to) = (x.year(&c[1])?, x.year(&c[2])?);
        (from < to).then(|| DateSpan {
            start: DateSpan::year(from).unwrap().start,
            end: DateSpan::year(to).unwrap().end,
            precision: Precision::Year,
        })
    });
    // "le 20 juin", "jeudi 20 juin 2024", "Dim 15 Sept", "le premier mars", "31 octobre 74"
    // A bound ("à partir du 8 mars", "après le 1er novembre") belongs to the expression.
    b.rule(
        "day_month_year",
        r"\b(?:(?:à\s+partir\s+du|après\s+le|avant\s+le|dès\s+le|depuis\s+le|le)\s+)?(?:(?:{WEEKDAY}|{WEEKDAY_ABBR})\.?\s+)?(\d{1,2}|premier|1er)(?:er|e)?\s*({MONTH})(?:\s+(\d{4}|\d{2}\b))?",
        |c, x| {
            let month = month_number(&c[2])?;
            let day: u32 = if c[1].eq_ignore_ascii_case("premier") || c[1].eq_ignore_ascii_case("1er") { 1 } else { c[1].parse().ok()? };
            let year = match c.get(3) {
                Some(y) => x.full_year(y.as_str())?,
                None => x.nearest_year(month, day)?,
            };
            x.ymd(year, month, day).map(DateSpan::day)
        },
    );
    // "mardi de la semaine prochaine", "mercredi suivant": that day of the next week.
    b.rule(
        "weekday_next_week",
        r"\b({WEEKDAY})\s+(?:(?:de\s+)?la\s+semaine\s+(?:prochaine|suivante|d['’]après)|suivant|d['’]après)\b",
        |c, x| Some(DateSpan::day(day_of_week(x.published()? + Duration::days(7), weekday(&c[1])?))),
    );
    // "lundi de la semaine dernière", "mardi cette semaine"
    b.rule(
        "weekday_of_week",
        r"\b({WEEKDAY})\s+(?:(?:de\s+)?la\s+semaine\s+(?:dernière|passée|précédente)|(cette\s+semaine))",
        |c, x| {
            let shift = if c.get(2).is_some() { 0 } else { -7 };
            Some(DateSpan::day(day_of_week(x.published()? + Duration::days(shift), weekday(&c[1])?)))
        },
    );
    // "lundi en huit", "mardi en quinze": a week or two after the coming one.
    b.rule("weekday_en_huit", r"\b({WEEKDAY})\s+en\s+(huit|8|quinze|15)\b", |c, x| {
        // That weekday on or after today, then one or two weeks on.
        let (p, day) = (x.published()?, weekday(&c[1])?);
        let coming = if p.weekday() == day { p } else { weekday_near(day, p, Tense::Future)? };
        let extra = if matches!(&c[2], "huit" | "8") { 7 } else { 14 };
        Some(DateSpan::day(coming + Duration::days(extra)))
    });
    // "mercredi 13", "jeudi 20": the day of that number nearest the reference that falls on that weekday.
    // ("lundi 12 accords", "samedi 25 %" are counts: a number followed by a word or "%" is not a day.)
    b.rule("weekday_day", r"\b({WEEKDAY})\s+(\d{1,2})(?:er)?\b(\s*%|\s+\p{L})?", |c, x| {
        if c.get(3).is_some() {
            return None;
        }
        let (day, number): (Weekday, u32) = (weekday(&c[1])?, c[2].parse().ok()?);
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
    // "3 prochains jours", "2 dernières semaines": the stretch next to the reference, whole units.
    b.rule(
        "stretch",
        r"\b({NUM})\s+(?:(prochain|dernier|suivant)e?s?\s+({UNIT})|({UNIT})\s+(passé|suivant|prochain|dernier)e?s?)\b",
        |c, x| {
            let n = number(&c[1])?;
            let (direction, unit_word) = match (c.get(2), c.get(5)) {
                (Some(d), _) => (d.as_str().to_lowercase(), &c[3]),
                (None, Some(d)) => (d.as_str().to_lowercase(), &c[4]),
                _ => return None,
            };
            let forward = !(direction.starts_with("dernier") || direction.starts_with("pass"));
            stretch(x.published()?, n, unit(unit_word)?, forward)
        },
    );
    // "en début de semaine", "en fin de semaine", "en semaine": days of the current week.
    b.rule("part_of_week", r"\b(?:en|au|à\s+la)\s+(?:(début|milieu|fin)\s+(?:de\s+(?:la\s+)?)?)?semaine\b", |c, x| {
        let monday = DateSpan::week_of(x.published()?).start;
        let (from, to) = match lower(c, 1).as_deref() {
            Some("début") => (0, 1),
            Some("milieu") => (2, 3),
            Some(_) => (3, 6),
            None => (0, 4),
        };
        Some(span(monday + Duration::days(from), monday + Duration::days(to)))
    });
    // "début 2023", "fin 2022", "mi-2024": the year (its part is not a unit of its own).
    b.rule("part_of_year", r"\b(?:début|fin|mi-?)\s*(\d{4})\b", |c, x| DateSpan::year(x.year(&c[1])?));
    // "la semaine du 6 octobre": that week.
    b.rule("week_of_day", r"\bla\s+semaine\s+du\s+(\d{1,2})(?:er)?\s+({MONTH})(?:\s+(\d{4}))?", |c, x| {
        let (day, month): (u32, u32) = (c[1].parse().ok()?, month_number(&c[2])?);
        let year = x.explicit_or_nearest_year(c.get(3).map(|m| m.as_str()), month, day)?;
        // A week named after a Sunday is the one it opens.
        let date = x.ymd(year, month, day)?;
        Some(DateSpan::week_of(if date.weekday() == Weekday::Sun { date + Duration::days(1) } else { date }))
    });
    // "la première semaine d'octobre 2014", "le dernier jour d'octobre", "la deuxième semaine de mai"
    b.rule(
        "nth_week_or_day_of_month",
        r"\b(?:la\s+|le\s+)?({ORDINAL}|{LAST})\s+(semaine|jour)\s+d[e'’]\s*({MONTH})(?:\s+(\d{4}))?",
        |c, x| {
            let month = month_number(&c[3])?;
            let year = x.explicit_or_nearest_year(c.get(4).map(|m| m.as_str()), month, 15)?;
            let whole = DateSpan::month(year, month)?;
            let nth = if words::is_last(&c[1]) { None } else { Some(words::ordinal(&c[1])? as i64) };
            if c[2].eq_ignore_ascii_case("jour") {
                let day = nth.map_or(whole.end, |n| whole.start + Duration::days(n - 1));
                return (day <= whole.end).then_some(DateSpan::day(day));
            }
            // Whole weeks: the first starts on the month's first Monday, the last ends on its last Sunday.
            let monday = match nth {
                Some(n) => {
                    (0..7).map(|i| whole.start + Duration::days(i)).find(|d| d.weekday() == Weekday::Mon)? + Duration::days(7 * (n - 1))
                }
                None => (0..7).map(|i| whole.end - Duration::days(i)).find(|d| d.weekday() == Weekday::Sun)? - Duration::days(6),
            };
            (monday <= whole.end).then_some(DateSpan::week_of(monday))
        },
    );
    // "en fin de mois", "au début du mois": days of the current month (the next one when looking ahead past its start).
    b.rule("part_of_this_month", r"\b(?:en|au|à\s+la)\s+(début|fin)\s+(?:de|du)\s+mois\b", |c, x| {
        let p = x.published()?;
        let early = c[1].eq_ignore_ascii_case("début");
        let (y, m) =
            if early && x.tense == Tense::Future && p.day() > 10 { shift_month(p.year(), p.month(), 1) } else { (p.year(), p.month()) };
        DateSpan::month_part(y, m, if early { MonthPart::Early } else { MonthPart::Late })
    });
    // A month named alone, in lower case ("recensement de mars-avril"): "Mars" the planet is capitalised.
    b.rule("month_bare", r"(?-i)\b({MONTH_EXACT})\b", |c, x| {
        let month = month_number(&c[1])?;
        DateSpan::month(x.nearest_year(month, 15)?, month)
    });
    // "au mois de mars", "le mois de mai", "fin du mois de mars", "au début du mois d'avril"
    b.rule(
        "month_named",
        r"\b(?:(?:au|le)\s+|(?:(?:à\s+la\s+|au\s+|en\s+)?({MONTH_PART})\s+du\s+))mois\s+d[e'’]\s*({MONTH})\b",
        |c, x| {
            let month = month_number(&c[2])?;
            month_or_part(x.nearest_year(month, 15)?, month, part(c.get(1)))
        },
    );
    // "la première quinzaine d'avril": days 1 to 14; "la seconde": 15 to the end.
    b.rule(
        "half_month",
        r"\b(?:la\s+|en\s+|dans\s+la\s+)?({ORDINAL})\s+quinzaine\s+d(?:e\s+|['’]\s*)({MONTH})(?:\s+(\d{4}))?",
        |c, x| {
            let month = month_number(&c[2])?;
            let year = x.explicit_or_nearest_year(c.get(3).map(|m| m.as_str()), month, 15)?;
            let whole = DateSpan::month(year, month)?;
            match words::ordinal(&c[1])? {
                1 => Some(span(whole.start, whole.start + Duration::days(13))),
                2 => Some(span(whole.start + Duration::days(14), whole.end)),
                _ => None,
            }
        },
    );
    // "en ce moment": the day of writing.
    b.rule("en_ce_moment", r"\ben\s+ce\s+moment\b", |_, x| Some(DateSpan::day(x.published()?)));
    // A day of the month alone where the month goes without saying: "à partir
    // du 8", "jusqu'au 16", "le 2." — only before punctuation or "et le 9", so
    // "le 16 heures" or "le 2-1" are not dates.
    // (The expression is the `span` group: what follows only vouches for it.)
    b.rule(
        "day_alone",
        r"(?P<span>\b(?:à\s+partir\s+du|dès\s+le|jusqu['’]au|depuis\s+le|avant\s+le|après\s+le|le)\s+(\d{1,2})(?:er)?)(?:\s*[,.;:!?)](?P<after>\s*\p{L}+)?|\s*$|\s+(?:et|ou)\s+(?:le\s+)?\d{1,2}\b(?P<unit>\s*(?:%|\p{L}+))?)",
        |c, x| {
            // "entre le 2 et le 3 %" counts something else; "le 16 et le 17 juin" is
            // a range another rule reads whole.
            if c.name("unit").is_some() {
                return None;
            }
            // "le 10, rue Paul-Bert" is an address.
            if c.name("after").is_some_and(|w| words::is_street(w.as_str())) {
                return None;
            }
            let day: u32 = c[2].parse().ok()?;
            nearest_day_of_month(day, x.published()?, x.tense).map(DateSpan::day)
        },
    );
    // Fixed-date holidays: "Noël", "le jour de l'an", "la Toussaint"; "le 14 juillet" is a plain date.
    // Not inside a hyphenated name ("Jean-Noël Barrot").
    b.rule("holiday", r"(?:^|[^\-‐\w])(?P<span>\b(?:(?:le\s+)?jour\s+de\s+|la\s+journée\s+de\s+)?({HOLIDAY}))\b", |c, x| {
        let (month, day) = words::holiday(&c[2])?;
        x.ymd(x.nearest_year(month, day)?, month, day).map(DateSpan::day)
    });
    // The holidays of the Hijri, Hebrew and Chinese calendars: "pendant le ramadan", "l'Aïd
    // el-Fitr", "Kippour 2023", "le Nouvel An chinois".
    b.rule("lunar_holiday", r"\b({LUNAR})\b(?:\s+(\d{4})\b)?", |c, x| {
        let (calendar, month, day, days) = words::lunar_holiday(&c[1])?;
        let on = |year: i32| lunar_days(year, calendar, month, day, days);
        match c.get(2) {
            Some(year) => on(x.year(year.as_str())?),
            None => nearest_holiday(on, x.published()?, x.tense),
        }
    });
    // "le jour d'avant", "le jour suivant", "un jour après", "ce jour", "le même jour";
    // "trois ans jour pour jour après" says how long, not when; nor does "un jour après que …",
    // "un jour après le vote": a day from another event, not from the passage's day.
    b.rule(
        "day_before_after",
        r"\b(?:le\s+|un\s+)?jour\s+(d['’]avant|précédent|suivant|d['’]après|après)\b(\s+(?:qu['’]|que\b|l['’]|l[ae]s?\b|du\b|des\b|d['’]|son\b|sa\b|ses\b|leurs?\b|ce\b|cet\b|cette\b))?|\b(ce\s+jour|(?:le|ce)\s+même\s+jour|le\s+jour\s+même)\b|\b(jour\s+pour\s+jour(?:\s+(?:après|avant))?)\b",
        |c, x| {
            if c.get(2).is_some() || c.get(4).is_some() {
                return None;
            }
            let base = x.narrative_or_published()?;
            let offset = match lower(c, 1) {
                None => 0,
                Some(w) if w.contains("avant") || w.starts_with("pr") => -1,
                Some(_) => 1,
            };
            Some(DateSpan::day(base + Duration::days(offset)))
        },
    );
    // "le lendemain du 13 février", "la veille du 20 juin"
    b.rule("la_veille_du", r"\b(la\s+veille|le\s+lendemain)\s+du\s+(\d{1,2})(?:er)?\s+({MONTH})(?:\s+(\d{4}))?", |c, x| {
        let month = month_number(&c[3])?;
        let day: u32 = c[2].parse().ok()?;
        let year = x.explicit_or_nearest_year(c.get(4).map(|m| m.as_str()), month, day)?;
        let base = x.ymd(year, month, day)?;
        let offset = if c[1].to_lowercase().starts_with("la") { -1 } else { 1 };
        Some(DateSpan::day(base + Duration::days(offset)))
    });
    // "la semaine suivante", "la semaine qui suit", "le mois suivant": after the passage's date.
    b.rule(
        "next_week_or_month",
        r"\b(?:la\s+semaine\s+(?:suivante|qui\s+suit|d['’]après)|le\s+mois\s+(?:suivant|d['’]après))\b",
        |c, x| {
            let base = x.narrative_or_published()?;
            if c[0].to_lowercase().contains("semaine") {
                Some(DateSpan::week_of(base + Duration::days(7)))
            } else {
                let (y, m) = shift_month(base.year(), base.month(), 1);
                DateSpan::month(y, m)
            }
        },
    );
    // "l'année suivante", "l'année précédente", "le mois précédent", "la semaine
    // précédente": next to the last date the text stated.
    b.rule(
        "unit_after_previous",
        r"\b(?:l['’]\s*(année|an)\s+(suivante?|d['’]après|précédente?|d['’]avant)|le\s+(mois)\s+(précédent|d['’]avant)|la\s+(semaine)\s+(précédente|d['’]avant))\b",
        |c, x| {
            let base = x.previous_or_narrative_or_published()?;
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
    );
    b.rule("dans_la_semaine", r"\bdans\s+la\s+semaine\b", |_, x| Some(DateSpan::week_of(x.published()?)));
    // "plus tard dans la journée", "dans la journée", "ce jour-là": the passage's day.
    b.rule("dans_la_journee", r"\b(?:plus\s+tard\s+)?dans\s+la\s+journée\b|\bce\s+jour-là\b", |_, x| {
        Some(DateSpan::day(x.narrative_or_published()?))
    });
    // "ce lundi": today when today is that day ("ce dimanche" written on a Sunday), else
    // as a bare "lundi": the one before in the past tense ("est arrivé ce lundi matin"),
    // the coming one in the future, the nearest otherwise.
    b.rule("ce_weekday", r"\bce\s+({WEEKDAY})\b", |c, x| {
        let (p, day) = (x.published()?, weekday(&c[1])?);
        if p.weekday() == day {
            return Some(DateSpan::day(p));
        }
        x.weekday_near(day, p).map(DateSpan::day)
    });
    // "le week-end dernier", "le week-end prochain": Saturday and Sunday of that week. "ce
    // week-end", "au cours du week-end": by the tense (told on a Monday in the past, the one just
    // gone). A bare "le week-end" may be any ("le week-end, les commerces ferment"); "le
    // week-end du 8 mars", "le week-end de Pâques" are that day's.
    b.rule(
        "weekend",
        r"\b(?:(ce|au\s+cours\s+du|pendant\s+le|durant\s+le|lors\s+du|du)\s+week-?end(?:\s+(dernier|passé|prochain))?|le\s+week-?end\s+(dernier|passé|prochain))\b(\s+d[eu]\b)?",
        |c, x| {
            let which = c.get(2).or(c.get(3)).map(|m| m.as_str().to_lowercase());
            let (saturday, sunday) = match which.as_deref() {
                _ if c.get(4).is_some() => return None,
                Some("prochain") => weekend_of_week(x.published()?, 1),
                Some(_) => weekend_of_week(x.published()?, -1),
                None => weekend_near(x.published()?, x.tense),
            };
            Some(span(saturday, sunday))
        },
    );
    // "vendredi dernier", "lundi prochain": strictly before or after the reference day.
    b.rule("weekday_last_next", r"\b({WEEKDAY})\s+(dernier|prochain|suivant)\b", |c, x| {
        Some(DateSpan::day(weekday_beyond(weekday(&c[1])?, x.published()?, c[2].eq_ignore_ascii_case("dernier"))))
    });
    // "dans 5 jours", "dans deux semaines", "dans un mois"
    // ("dans un jour de grande forme" is no date.)
    b.rule("in_units", r"\bdans\s+({NUM}|quelques)\s+({UNIT})\b(\s+de\b)?", |c, x| {
        if c.get(3).is_some() {
            return None;
        }
        let amount = if c[1].eq_ignore_ascii_case("quelques") { 3 } else { number(&c[1])? };
        shifted(x.published()?, amount, unit(&c[2])?)
    });
    // "20/06/2024", "lundi 8/2/2016", "20/02/14"
    b.rule("numeric_day_month_year", r"\b(?:le\s+|(?:{WEEKDAY})\s+)?(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b", |c, x| {
        x.ymd(x.full_year(&c[3])?, c[2].parse().ok()?, c[1].parse().ok()?).map(DateSpan::day)
    });
    // "le 8/2", "le 17/02": day/month without a year needs "le" or a weekday before it.
    b.rule("numeric_day_month_after_le", r"\b(?:le|du|au|(?:{WEEKDAY}))\s+(\d{1,2})/(\d{1,2})\b", |c, x| {
        let (day, month) = (c[1].parse().ok()?, c[2].parse().ok()?);
        x.ymd(x.nearest_year(month, day)?, month, day).map(DateSpan::day)
    });
    // "31/10", "17/02": without "le", only two-digit day and month (not "3/4", a fraction).
    b.rule("numeric_day_month", r"\b(\d{2})/(\d{2})\b", |c, x| {
        let (day, month) = (c[1].parse().ok()?, c[2].parse().ok()?);
        x.ymd(x.nearest_year(month, day)?, month, day).map(DateSpan::day)
    });
    // Figures with spaces, as on forms: "24 12 2014", "le 20 2 14", "le 17 02", "24 12 14".
    // A fourth group of figures ("01 45 02 03 14") is a phone number, not a date.
    b.rule("numeric_spaced", r"\b(le )?(\d{1,2}) (\d{1,2})(?: (\d{4}|\d{2}))?\b( \d)?", |c, x| {
        if c.get(5).is_some() {
            return None;
        }
        let (day_text, month_text) = (&c[2], &c[3]);
        let (day, month): (u32, u32) = (day_text.parse().ok()?, month_text.parse().ok()?);
        let year = match c.get(4) {
            // Bare figures need a four-digit year, or all three groups in two digits.
            Some(y) if c.get(1).is_some() || y.len() == 4 || (day_text.len() == 2 && month_text.len() == 2) => x.full_year(y.as_str())?,
            // "le 17 02": a two-digit month after "le".
            None if c.get(1).is_some() && month_text.len() == 2 => x.nearest_year(month, day)?,
            _ => return None,
        };
        x.ymd(year, month, day).map(DateSpan::day)
    });
    // "au printemps 2023", "l'hiver 2022": the season starting that year; capitalised,
    // without an article, as a heading or a sentence opens ("Été 2023 : …"), not "a été 2000 fois".
    b.rule(
        "season_year",
        r"\b(?:(?:au\s+|en\s+|à\s+l['’]|cet?\s+|l['’])({SEASON})|(?-i:({SEASON_CAPITALISED})))\s+(\d{4})\b",
        |c, x| DateSpan::season(x.year(&c[3])?, words::season(c.get(1).or_else(|| c.get(2))?.as_str())?),
    );
    // "cet été", "ce printemps": the one under way, or the next; "l'hiver dernier", "au printemps
    // prochain"; "en été" alone leans with the verb. ("le printemps arabe" and "a été" are no dates.)
    b.rule(
        "season_near",
        r"\b(?:(cet?)\s+|(au\s+|en\s+|à\s+l['’])|(l['’]))?({SEASON})(?:\s+(dernier|prochain))?\b(\s+d(?:e|u|es)\b|\s+d['’])?",
        |c, x| {
            // "au Printemps de l'environnement", "l'hiver des réfugiés": a name, not a season.
            if c.get(6).is_some() {
                return None;
            }
            let season = words::season(&c[4])?;
            let lean = match (lower(c, 5).as_deref(), c.get(1), c.get(2), c.get(3)) {
                (Some("dernier"), _, Some(_), _) | (Some("dernier"), _, _, Some(_)) => Tense::Past,
                (Some("prochain"), _, Some(_), _) | (Some("prochain"), _, _, Some(_)) => Tense::Future,
                (None, Some(_), _, _) => Tense::Unknown,
                (None, _, Some(_), _) => x.tense,
                // Without a preposition it is a noun or a participle: "le printemps arabe", "a été".
                _ => return None,
            };
            season_near(season, x.published()?, lean, c.get(5).is_some())
        },
    );
    // "dans les années 1990", "au début des années 60", "les années 2000"
    b.rule("decade", r"\b(?:(?:au\s+)?(?:début|milieu|fin)\s+)?(?:dans\s+les|les|des|aux)\s+années\s+(\d{4}|\d{2})\b", |c, x| {
        let year = if c[1].len() == 2 { 1900 + c[1].parse::<i32>().ok()? } else { x.year(&c[1])? };
        (year % 10 == 0).then(|| DateSpan::decade(year)).flatten()
    });
    // "à la fin de l'année", "en début d'année", "la fin de l'année dernière": the year itself.
    b.rule(
        "part_of_this_year",
        r"\b(?:en|à\s+la|la|au)\s+(?:fin|début|milieu)\s+(?:de\s+l['’]année|d['’]année)(?:\s+(dernière|prochaine|passée))?\b",
        |c, x| {
            let shift = match lower(c, 1).as_deref() {
                Some("prochaine") => 1,
                Some(_) => -1,
                None => 0,
            };
            DateSpan::year(x.published()?.year() + shift)
        },
    );
    // "au deuxième trimestre 2024", "le premier trimestre", "T2 2024"
    b.rule(
        "quarter",
        r"\b(?:au\s+|le\s+|du\s+|ce\s+)?({ORDINAL}|{LAST})\s+trimestre(?:\s+(?:de\s+l['’]année\s+)?(\d{4}))?\b|\b[TQ]([1-4])\s+(\d{4})\b",
        |c, x| {
            // "le dernier trimestre" without a year: the last one completed.
            let last = c.get(1).is_some_and(|m| words::is_last(m.as_str()));
            if last && c.get(2).is_none() {
                let p = x.published()?;
                let (year, quarter) = if p.month0() / 3 == 0 { (p.year() - 1, 4) } else { (p.year(), p.month0() / 3) };
                return DateSpan::quarter(year, quarter);
            }
            let quarter = match c.get(1) {
                Some(_) if last => 4,
                Some(m) => words::ordinal(m.as_str())?,
                None => c[3].parse().ok()?,
            };
            let year = match c.get(2).or(c.get(4)) {
                Some(y) => x.year(y.as_str())?,
                None => x.published()?.year(),
            };
            DateSpan::quarter(year, quarter)
        },
    );
    // ISO dates: "2024-06-20"
    b.rule("iso_date", r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", |c, x| {
        x.ymd(x.year(&c[1])?, c[2].parse().ok()?, c[3].parse().ok()?).map(DateSpan::day)
    });
    // "le 1er décembre de l'année dernière", "en mars de cette année", "fin mai de l'an prochain":
    // the day or the month of the year the words count from publication.
    b.rule(
        "day_month_relative_year",
        &format!(r"\b(?:le\s+)?(?:(?:{{WEEKDAY}})\s+)?({{DAY}})(?:er|e)?\s+({{MONTH}})\s+(?:de\s+)?{RELATIVE_YEAR}"),
        |c, x| x.ymd(x.published()?.year() + year_shift(&c[3]), month_number(&c[2])?, day_number(&c[1])?).map(DateSpan::day),
    );
    b.rule("month_relative_year", &format!(r"\b(?:({{MONTH_PART}})\s+|en\s+)?({{MONTH}})\s+(?:de\s+)?{RELATIVE_YEAR}"), |c, x| {
        month_or_part(x.published()?.year() + year_shift(&c[3]), month_number(&c[2])?, part(c.get(1)))
    });
    // "en septembre 2023", "fin mai 2024", "depuis mars 2011" (longer than "depuis mars", so
    // the year is not lost to the month alone).
    b.rule("month_year", r"\b(?:depuis\s+)?(?:({MONTH_PART})[- ])?({MONTH})\s+(\d{4})\b", |c, x| {
        month_or_part(x.year(&c[3])?, month_number(&c[2])?, part(c.get(1)))
    });
    // "en septembre dernier", "en mai", "fin mai"
    b.rule("month_near", r"\b(en|fin|début|mi-|depuis)\s*({MONTH})(?:\s+(dernier|prochain))?\b", |c, x| {
        let month = month_number(&c[2])?;
        let lean = match lower(c, 3).as_deref() {
            Some("dernier") => Tense::Past,
            Some(_) => Tense::Future,
            None => x.tense,
        };
        month_or_part(x.nearest_year_leaning(month, 15, lean)?, month, part(c.get(1)))
    });
    // "en l'an 2000"; "l'an 30000" is no date.
    b.rule("year_an", r"\b(?:en\s+)?l['’]an\s+(\d{1,6})\b", |c, x| DateSpan::year(x.year(&c[1])?));
    // "en 1975", "depuis 2017"
    b.rule("year", r"\b(?:en|depuis|dès|avant|après|de|d'ici|année)\s+(\d{4})\b", |c, x| DateSpan::year(x.year(&c[1])?));
    // "de lundi à mardi", "du vendredi au dimanche", "de mardi 18H00 à mercredi 06H00": the first
    // day leaning with the tense, the last after it.
    b.rule(
        "weekday_range",
        r"\b(?:de|du)\s+({WEEKDAY})(?:\s+\d{1,2}\s*h(?:\d{2})?)?\s+(?:à|au)\s+({WEEKDAY})(?:\s+\d{1,2}\s*h(?:\d{2})?)?\b",
        |c, x| {
            let (p, first, last) = (x.published()?, weekday(&c[1])?, weekday(&c[2])?);
            let start = if p.weekday() == first { p } else { weekday_near(first, p, x.tense)? };
            let gap = (last.num_days_from_monday() as i64 - first.num_days_from_monday() as i64).rem_euclid(7);
            Some(DateSpan { start, end: start + Duration::days(gap), precision: Precision::Day })
        },
    );
    // "dans la nuit de mercredi à jeudi" → jeudi; "jeudi"
    // ("le Vendredi saint" is a feast, not a Friday near publication.)
    b.rule(
        "weekday",
        r"(?P<span>\b(?:dans\s+la\s+nuit\s+de\s+(?P<first>{WEEKDAY})\s+(?:à|au)\s+)?({WEEKDAY})\b)(\s+[Ss]aint\b)?(?P<part>\s+(?:{DAY_PART})\b)?",
        |c, x| {
            if c.get(4).is_some() {
                return None;
            }
            let (day, published) = (weekday(&c[3])?, x.published()?);
            // The night's first day leans with the tense ("dans la nuit de mardi à mercredi",
            // written on that Tuesday, is tonight); the night is dated by the day it ends.
            if let Some(first) = c.name("first") {
                return weekday_near(weekday(first.as_str())?, published, x.tense).map(|d| DateSpan::day(d + Duration::days(1)));
            }
            // "doit se tenir vendredi après-midi", written on a Friday: later that day.
            if c.name("part").is_some() && x.tense == Tense::Future && published.weekday() == day {
                return Some(DateSpan::day(published));
            }
            x.weekday_near(day, published).map(DateSpan::day)
        },
    );
    b.rule("days_from_today", r"\b({FROM_TODAY})\b", |c, x| {
        Some(DateSpan::day(x.published()? + Duration::days(words::days_from_today(&c[1])?)))
    });
    // "dans l'après-midi", "en fin de matinée", "dans la journée": a part of the day the
    // passage is on (of today when it is on none); "dans la soirée de jeudi" is that Thursday's.
    // Beside a date ("dans la soirée du 8 février", "de ce mercredi 8 février", "mercredi 8
    // février dans la soirée") it is that date's hours, no date of its own.
    b.rule(
        "part_of_the_day",
        r"(?:(\S+)\s+)?(?P<span>\b(?:dans|en\s+(?:début|fin)\s+(?:de|d['’]))\s*(?:l['’]\s*)?(?:la\s+)?(?:après-midi|matinée|soirée|journée)(?:\s+(?:de|du)\s+({WEEKDAY}))?\b)(\s+(?:de|du)\s+(?:ce\s+|cet\s+)?(?:(?:{WEEKDAY})\s+)?\d)?",
        |c, x| {
            let after_a_day = c.get(1).is_some_and(|w| words::names_a_day(w.as_str().trim_end_matches(',')));
            if after_a_day || c.get(4).is_some() {
                return None;
            }
            match c.get(3) {
                Some(day) => x.weekday_near(weekday(day.as_str())?, x.published()?).map(DateSpan::day),
                None => Some(DateSpan::day(x.narrative_or_published()?)),
            }
        },
    );
    // "à 15 heures", "à 16h GMT": a clock time alone is on the passage's day (today when it
    // is on none); after a day ("vendredi à 15 heures") it is that day's hour, no date of its own.
    b.rule("clock_time", r"(?:(\S+)\s+)?(?P<span>\bà\s+(\d{1,2})\s*(?:h(?:\d{2})?|heures?(?:\s+\d{2})?)\b)", |c, x| {
        let hour: u32 = c[3].parse().ok()?;
        let after_a_day = c.get(1).is_some_and(|w| words::names_a_day(w.as_str()));
        (hour <= 24 && !after_a_day).then_some(DateSpan::day(x.narrative_or_published()?))
    });
    b.rule("la_veille", r"\b(la\s+veille|le\s+lendemain)\b", |c, x| {
        let base = x.narrative_or_published()?;
        let offset = if c[1].to_lowercase().starts_with("la") { -1 } else { 1 };
        Some(DateSpan::day(base + Duration::days(offset)))
    });
    b.rule("week_relative", r"\b(?:la\s+semaine\s+(dernière|passée|prochaine)|(cette)\s+semaine)\b", |c, x| {
        let shift = match lower(c, 1).as_deref() {
            Some("prochaine") => 7,
            Some(_) => -7,
            None => 0,
        };
        Some(DateSpan::week_of(x.published()? + Duration::days(shift)))
    });
    b.rule("month_relative", r"\ble\s+mois\s+(dernier|prochain)\b", |c, x| {
        let p = x.published()?;
        let (y, m) = shift_month(p.year(), p.month(), if c[1].eq_ignore_ascii_case("dernier") { -1 } else { 1 });
        DateSpan::month(y, m)
    });
    b.rule(
        "year_relative",
        r"\b(?:l'an|l’an|l'année|l’année)\s+(dernier|dernière|passé|passée|prochain|prochaine)\b|\b(cette)\s+année\b",
        |c, x| {
            let shift = match lower(c, 1) {
                Some(w) if w.starts_with("prochain") => 1,
                Some(_) => -1,
                None => 0,
            };
            DateSpan::year(x.published()?.year() + shift)
        },
    );
    b.rule("il_y_a", r"\bil\s+y\s+a\s+({NUM})\s+({UNIT})\b", |c, x| shifted(x.published()?, -number(&c[1])?, unit(&c[2])?));
    // "trois mois plus tard", "huit mois plus tôt"; not "deux jours après le lancement" nor
    // "douze ans après avoir quitté le pouvoir", which say how far apart two events are,
    // not when either was.
    const RELATION: &str =
        r"(?P<relation>\s+(?:le|la|les|l['’]|son|sa|ses|leur|leurs|du|des|cette|ce|cet|celle|celui|avoir|être|d['’]|de|qu['’]|que)\b)?";
    b.rule("units_later", &format!(r"(?P<span>\b({{NUM}})\s+({{UNIT}})\s+(?:plus\s+tard|après)\b){RELATION}"), |c, x| {
        units_apart(c, x, 1)
    });
    b.rule("units_earlier", &format!(r"(?P<span>\b({{NUM}})\s+({{UNIT}})\s+(?:plus\s+tôt|auparavant|avant)\b){RELATION}"), |c, x| {
        units_apart(c, x, -1)
    });
}

/// "trois mois plus tard" from the last date the text stated: no date when a relation
/// follows ("deux jours après le lancement").
fn units_apart(c: &regex::Captures, x: &crate::extract::dates::Context, direction: i64) -> Option<DateSpan> {
    if c.name("relation").is_some() {
        return None;
    }
    shifted(x.previous_or_narrative_or_published()?, direction * number(&c[2])?, unit(&c[3])?)
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::{find, recalls, tag, tense_of, Anchor, Anchors, Policy, Tense};
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn every_rule_compiles_and_has_a_unique_name() {
        let grammar = super::grammar();
        let mut names: Vec<&str> = grammar.rules.iter().map(|r| r.name).collect();
        names.sort();
        let count = names.len();
        names.dedup();
        assert_eq!(names.len(), count);
        assert!(grammar.rule("day_month_year").is_some() && grammar.rule("la_veille").is_some());
    }

    #[test]
    fn tagged_offsets_are_code_points_all_along_a_text() {
        let text = "Été 2023 : « Hanoï » a reçu Poutine le 20 juin 2024. Puis, à Pékin, le 21 juin 2024.\n\nÀ Séoul, le 22 juin 2024 et le 23 juin 2024.";
        let tagged = tag(text, d(2024, 6, 25), Policy::Nearest);
        assert!(tagged.len() >= 3, "{tagged:?}");
        for t in &tagged {
            let slice: String = text.chars().skip(t.start).take(t.end - t.start).collect();
            assert_eq!(slice, t.text);
        }
    }

    #[test]
    fn each_date_says_its_rule_and_anchor() {
        let anchors = Anchors { published: Some(d(2024, 6, 25)), narrative: Some(d(2024, 6, 20)), ..Default::default() };
        let found = find("Le 20 juin 2024, puis la veille, puis jeudi et le 3 mai.", anchors, Tense::Past);
        let how: Vec<(&str, &str, Anchor)> = found.iter().map(|e| (e.text.as_str(), e.rule, e.anchor)).collect();
        assert_eq!(
            how,
            [
                ("Le 20 juin 2024", "day_month_year", Anchor::Absolute),
                ("la veille", "la_veille", Anchor::Narrative),
                ("jeudi", "weekday", Anchor::Publication),
                ("le 3 mai", "day_month_year", Anchor::Publication),
            ]
        );
        // Without a narrative date, "la veille" counts from publication.
        let alone = find("la veille", Anchors { published: Some(d(2024, 6, 25)), ..Default::default() }, Tense::Past);
        assert_eq!((alone[0].anchor, alone[0].date.start), (Anchor::Publication, d(2024, 6, 24)));
    }

    #[test]
    fn tense_detection() {
        assert_eq!(tense_of("Poutine est arrivé jeudi"), Tense::Past);
        assert_eq!(tense_of("Poutine est mardi à Paris"), Tense::Unknown);
        assert_eq!(tense_of("il doit rencontrer To Lam"), Tense::Future);
        assert_eq!(tense_of("plusieurs contrats devraient être signés"), Tense::Future);
        assert!(recalls("Après le rapprochement scellé avec Joe Biden en septembre"));
        assert!(!recalls("Après le 1er septembre"));
    }
}
