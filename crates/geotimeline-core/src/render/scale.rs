//! The time axis of an exported timeline: a linear scale over days and ticks
//! whose spacing and wording adapt to the span shown ("20 juin", "juin", "T2 2024", "2024").

use super::Lang;
use chrono::{Datelike, NaiveDate};

const MONTHS_FR: [&str; 12] =
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const MONTHS_FR_SHORT: [&str; 12] = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
const MONTHS_EN: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_EN_SHORT: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// Days since the common era: the scale's unit.
pub fn day_number(date: NaiveDate) -> f64 {
    date.num_days_from_ce() as f64
}

/// Maps days onto x between `left` and `right`; `start..end` is half-open (end = the day after the last).
#[derive(Debug, Clone, Copy)]
pub struct TimeScale {
    pub start: f64,
    pub end: f64,
    pub left: f64,
    pub right: f64,
}

impl TimeScale {
    pub fn x(&self, day: f64) -> f64 {
        self.left + (day - self.start) / (self.end - self.start) * (self.right - self.left)
    }

    pub fn x_of(&self, date: NaiveDate) -> f64 {
        self.x(day_number(date))
    }

    pub fn px_per_day(&self) -> f64 {
        (self.right - self.left) / (self.end - self.start)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Days(u32),
    Week,
    Months(u32),
    Years(i32),
}

impl Step {
    fn approx_days(self) -> f64 {
        match self {
            Step::Days(n) => n as f64,
            Step::Week => 7.0,
            Step::Months(n) => 30.44 * n as f64,
            Step::Years(n) => 365.25 * n as f64,
        }
    }

    fn is_tick(self, d: NaiveDate) -> bool {
        match self {
            Step::Days(n) => (d.num_days_from_ce() as u32).is_multiple_of(n),
            Step::Week => d.weekday() == chrono::Weekday::Mon,
            Step::Months(n) => d.day() == 1 && d.month0().is_multiple_of(n),
            Step::Years(n) => d.ordinal() == 1 && d.year().rem_euclid(n) == 0,
        }
    }

    /// The next candidate after `d` (ticks are found by stepping, then checked with `is_tick`).
    fn advance(self, d: NaiveDate) -> NaiveDate {
        match self {
            Step::Days(_) | Step::Week => d.succ_opt().unwrap_or(d),
            Step::Months(_) => d.checked_add_months(chrono::Months::new(1)).unwrap_or(d).with_day(1).unwrap_or(d),
            Step::Years(_) => NaiveDate::from_ymd_opt(d.year() + 1, 1, 1).unwrap_or(d),
        }
    }

    fn first_candidate(self, d: NaiveDate) -> NaiveDate {
        match self {
            Step::Days(_) | Step::Week => d,
            Step::Months(_) => {
                if d.day() == 1 {
                    d
                } else {
                    self.advance(d)
                }
            }
            Step::Years(_) => {
                if d.ordinal() == 1 {
                    d
                } else {
                    self.advance(d)
                }
            }
        }
    }
}

const STEPS: [Step; 16] = [
    Step::Days(1),
    Step::Days(2),
    Step::Week,
    Step::Months(1),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(25),
    Step::Years(50),
    Step::Years(100),
    Step::Years(250),
    Step::Years(500),
];

#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub date: NaiveDate,
    pub label: String,
    /// Year boundaries (or month boundaries on a day axis) get a stronger grid line.
    pub major: bool,
}

/// Ticks at least `min_spacing` px apart, labelled in `lang`.
pub fn ticks(scale: &TimeScale, min_spacing: f64, lang: Lang) -> Vec<Tick> {
    let days = scale.end - scale.start;
    let fits = ((scale.right - scale.left) / min_spacing).max(1.0);
    let step = STEPS.iter().copied().find(|s| days / s.approx_days() <= fits).unwrap_or(Step::Years(1000));
    let Some(first) = NaiveDate::from_num_days_from_ce_opt(scale.start.ceil() as i32) else { return Vec::new() };
    let mut out = Vec::new();
    let mut d = step.first_candidate(first);
    while day_number(d) < scale.end {
        if step.is_tick(d) {
            let label = tick_label(d, step, out.is_empty(), lang);
            let major = match step {
                Step::Days(_) | Step::Week => d.day() == 1,
                _ => d.ordinal() == 1,
            };
            out.push(Tick { date: d, label, major });
        }
        let next = step.advance(d);
        if next == d {
            break;
        }
        d = next;
    }
    out
}

fn tick_label(d: NaiveDate, step: Step, first: bool, lang: Lang) -> String {
    let m = d.month0() as usize;
    match (step, lang) {
        (Step::Days(_) | Step::Week, Lang::Fr) => {
            let with_year = first || d.ordinal() == 1;
            let day = if d.day() == 1 { "1er".to_string() } else { d.day().to_string() };
            if with_year {
                format!("{day} {} {}", MONTHS_FR_SHORT[m], d.year())
            } else {
                format!("{day} {}", MONTHS_FR_SHORT[m])
            }
        }
        (Step::Days(_) | Step::Week, Lang::En) => {
            if first || d.ordinal() == 1 {
                format!("{} {}, {}", MONTHS_EN_SHORT[m], d.day(), d.year())
            } else {
                format!("{} {}", MONTHS_EN_SHORT[m], d.day())
            }
        }
        (Step::Months(3), _) => format!("{}{} {}", if lang == Lang::Fr { "T" } else { "Q" }, m / 3 + 1, d.year()),
        (Step::Months(_), _) => {
            let name = if lang == Lang::Fr { MONTHS_FR_SHORT[m] } else { MONTHS_EN_SHORT[m] };
            if first || m == 0 {
                format!("{name} {}", d.year())
            } else {
                name.to_string()
            }
        }
        (Step::Years(_), _) => d.year().to_string(),
    }
}

/// "20 juin 2024" / "June 20, 2024".
pub fn format_day(d: NaiveDate, lang: Lang) -> String {
    let m = d.month0() as usize;
    match lang {
        Lang::Fr => format!("{} {} {}", if d.day() == 1 { "1er".to_string() } else { d.day().to_string() }, MONTHS_FR[m], d.year()),
        Lang::En => format!("{} {}, {}", MONTHS_EN[m], d.day(), d.year()),
    }
}

/// An event's date at its precision: "20 juin 2024", "semaine du 17 juin 2024", "juin 2024", "2024",
/// or a range "18 – 20 juin 2024" when it spans more than its unit.
pub fn format_span(span: &crate::model::DateSpan, lang: Lang) -> String {
    use crate::model::Precision;
    let m = span.start.month0() as usize;
    let (month, month_end) = match lang {
        Lang::Fr => (MONTHS_FR[m], MONTHS_FR[span.end.month0() as usize]),
        Lang::En => (MONTHS_EN[m], MONTHS_EN[span.end.month0() as usize]),
    };
    match span.precision {
        Precision::Day => format_period(span.start, span.end, lang),
        Precision::Week => match lang {
            Lang::Fr => format!("semaine du {}", format_day(span.start, lang)),
            Lang::En => format!("week of {}", format_day(span.start, lang)),
        },
        Precision::Month if (span.start.year(), span.start.month()) == (span.end.year(), span.end.month()) => {
            format!("{month} {}", span.start.year())
        }
        Precision::Month => format!("{month} {} – {month_end} {}", span.start.year(), span.end.year()),
        Precision::Quarter => match lang {
            Lang::Fr => format!("T{} {}", span.start.month0() / 3 + 1, span.start.year()),
            Lang::En => format!("Q{} {}", span.start.month0() / 3 + 1, span.start.year()),
        },
        Precision::Season => {
            let names = match lang {
                Lang::Fr => ["printemps", "été", "automne", "hiver"],
                Lang::En => ["spring", "summer", "autumn", "winter"],
            };
            let index = match crate::model::Season::of_start(span.start) {
                crate::model::Season::Spring => 0,
                crate::model::Season::Summer => 1,
                crate::model::Season::Autumn => 2,
                crate::model::Season::Winter => 3,
            };
            if index == 3 {
                format!("{} {}–{}", names[3], span.start.year(), span.end.year())
            } else {
                format!("{} {}", names[index], span.start.year())
            }
        }
        Precision::Decade => match lang {
            Lang::Fr => format!("années {}", span.start.year()),
            Lang::En => format!("{}s", span.start.year()),
        },
        Precision::Year if span.start.year() == span.end.year() => span.start.year().to_string(),
        Precision::Year => format!("{} – {}", span.start.year(), span.end.year()),
    }
}

/// A period for the subtitle: "18 – 21 juin 2024", "June 18 – July 2, 2024", "2017 – 2024" style.
pub fn format_period(first: NaiveDate, last: NaiveDate, lang: Lang) -> String {
    if first == last {
        return format_day(first, lang);
    }
    if first.year() == last.year() && first.month() == last.month() {
        let m = first.month0() as usize;
        return match lang {
            Lang::Fr => format!("{} – {} {} {}", first.day(), last.day(), MONTHS_FR[m], first.year()),
            Lang::En => format!("{} {} – {}, {}", MONTHS_EN[m], first.day(), last.day(), first.year()),
        };
    }
    format!("{} – {}", format_day(first, lang), format_day(last, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn scale(from: NaiveDate, to: NaiveDate, width: f64) -> TimeScale {
        TimeScale { start: day_number(from), end: day_number(to) + 1.0, left: 0.0, right: width }
    }

    #[test]
    fn ticks_adapt_to_the_span_and_speak_the_language() {
        let days = ticks(&scale(d(2024, 6, 17), d(2024, 6, 21), 1200.0), 90.0, Lang::Fr);
        assert_eq!(days.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(), ["17 juin 2024", "18 juin", "19 juin", "20 juin", "21 juin"]);
        let months = ticks(&scale(d(2024, 1, 1), d(2024, 12, 31), 1200.0), 90.0, Lang::En);
        assert_eq!(months[0].label, "Jan 2024");
        assert_eq!(months[5].label, "Jun");
        let quarters = ticks(&scale(d(2023, 1, 1), d(2024, 12, 31), 800.0), 90.0, Lang::Fr);
        assert!(quarters.iter().any(|t| t.label == "T2 2024"), "{quarters:?}");
        let decades = ticks(&scale(d(1950, 1, 1), d(2024, 12, 31), 1200.0), 90.0, Lang::Fr);
        assert!(decades.iter().all(|t| t.label.len() == 4 && t.date.year() % 10 == 0), "{decades:?}");
        for set in [&days, &months, &quarters, &decades] {
            assert!(set.windows(2).all(|w| w[0].date < w[1].date));
        }
    }

    #[test]
    fn ticks_are_never_closer_than_asked() {
        for (from, to) in [(d(2024, 6, 1), d(2024, 6, 30)), (d(2020, 3, 5), d(2024, 9, 1)), (d(1900, 1, 1), d(2024, 1, 1))] {
            let s = scale(from, to, 1000.0);
            let t = ticks(&s, 90.0, Lang::Fr);
            assert!(t.len() >= 2, "{from}..{to}");
            // Month lengths vary, so allow the shortest month against the average.
            assert!(t.windows(2).all(|w| s.x_of(w[1].date) - s.x_of(w[0].date) >= 90.0 * 28.0 / 30.44 - 0.5), "{from}..{to}: {t:?}");
        }
    }

    #[test]
    fn periods_read_naturally() {
        assert_eq!(format_period(d(2024, 6, 18), d(2024, 6, 21), Lang::Fr), "18 – 21 juin 2024");
        assert_eq!(format_period(d(2024, 6, 18), d(2024, 6, 21), Lang::En), "June 18 – 21, 2024");
        assert_eq!(format_period(d(2017, 1, 1), d(2024, 9, 30), Lang::Fr), "1er janvier 2017 – 30 septembre 2024");
        assert_eq!(format_day(d(2024, 6, 20), Lang::En), "June 20, 2024");
        use crate::model::DateSpan;
        assert_eq!(format_span(&DateSpan::day(d(2024, 6, 20)), Lang::Fr), "20 juin 2024");
        assert_eq!(format_span(&DateSpan::month(2024, 6).unwrap(), Lang::Fr), "juin 2024");
        assert_eq!(format_span(&DateSpan::year(1975).unwrap(), Lang::En), "1975");
        assert_eq!(format_span(&DateSpan::week_of(d(2024, 6, 20)), Lang::Fr), "semaine du 17 juin 2024");
    }
}
