//! Date arithmetic the rules of every language share: shifting by units, the
//! weekday or the year nearest a reference, seasons, the values `tag` prints.

use super::Tense;
use crate::model::{DateSpan, MonthPart, Precision, Season};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A unit of time a count goes with ("trois mois", "two weeks").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// The years GeoTimeline accepts from text: the recorded past to the near future.
pub const YEARS: std::ops::RangeInclusive<i32> = 1000..=2199;

/// A four-digit year in [`YEARS`].
pub fn year_number(text: &str) -> Option<i32> {
    let year: i32 = text.parse().ok()?;
    YEARS.contains(&year).then_some(year)
}

/// A year written with two digits ("20/02/14", "31 octobre 74") in the century that puts it
/// nearest `now` (2000 when unknown); four digits are read as they are.
pub fn full_year(text: &str, now: Option<i32>) -> Option<i32> {
    if text.len() != 2 {
        return year_number(text);
    }
    let n: i32 = text.parse().ok()?;
    let now = now.unwrap_or(2000);
    let century = now - now.rem_euclid(100);
    [century - 100 + n, century + n, century + 100 + n].into_iter().min_by_key(|y| (y - now).abs())
}

pub fn shift_month(year: i32, month: u32, by: i32) -> (i32, u32) {
    let index = year * 12 + month as i32 - 1 + by;
    (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
}

/// The month, or the third of it a part names ("début mai").
pub fn month_or_part(year: i32, month: u32, part: Option<MonthPart>) -> Option<DateSpan> {
    match part {
        Some(part) => DateSpan::month_part(year, month, part),
        None => DateSpan::month(year, month),
    }
}

/// `n` units from `base` ("il y a trois ans", "trois mois plus tard"): the shifted unit at its own precision.
pub fn shifted(base: NaiveDate, n: i64, unit: Unit) -> Option<DateSpan> {
    match unit {
        Unit::Day => Some(DateSpan::day(base + Duration::days(n))),
        // "il y a une semaine" is the day seven days back (as French TimeBank
        // and Duckling annotate it), not the whole week around it.
        Unit::Week => Some(DateSpan::day(base + Duration::days(7 * n))),
        Unit::Month => {
            let (y, m) = shift_month(base.year(), base.month(), n as i32);
            DateSpan::month(y, m)
        }
        Unit::Year => DateSpan::year(base.year() + n as i32),
    }
}

/// `n` whole units next to `base` (after it when `forward`, before it otherwise),
/// not counting the unit holding `base`.
pub fn stretch(base: NaiveDate, n: i64, unit: Unit, forward: bool) -> Option<DateSpan> {
    let (near, far) = if forward { (1, n) } else { (-n, -1) };
    let (first, last) = match unit {
        Unit::Day => (DateSpan::day(base + Duration::days(near)), DateSpan::day(base + Duration::days(far))),
        Unit::Week => (DateSpan::week_of(base + Duration::days(7 * near)), DateSpan::week_of(base + Duration::days(7 * far))),
        Unit::Month => {
            let (y1, m1) = shift_month(base.year(), base.month(), near as i32);
            let (y2, m2) = shift_month(base.year(), base.month(), far as i32);
            (DateSpan::month(y1, m1)?, DateSpan::month(y2, m2)?)
        }
        Unit::Year => (DateSpan::year(base.year() + near as i32)?, DateSpan::year(base.year() + far as i32)?),
    };
    Some(DateSpan { start: first.start, end: last.end, precision: first.precision })
}

/// The given weekday of the (Monday to Sunday) week holding `date`.
pub fn day_of_week(date: NaiveDate, day: Weekday) -> NaiveDate {
    let monday = date - Duration::days(date.weekday().num_days_from_monday() as i64);
    monday + Duration::days(day.num_days_from_monday() as i64)
}

/// The date with this weekday closest to `published`, within a week either
/// way, leaning back for the past tense and forward for the future.
pub fn weekday_near(day: Weekday, published: NaiveDate, tense: Tense) -> Option<NaiveDate> {
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

/// The Saturday and Sunday of a weekend told with no word of which ("ce week-end", "over the
/// weekend"), by the tense: the one under way when published on a Saturday or Sunday; else the
/// one just gone in the past tense ("a été tué ce week-end", told on a Monday), the coming one
/// otherwise.
pub fn weekend_near(published: NaiveDate, tense: Tense) -> (NaiveDate, NaiveDate) {
    let saturday = match published.weekday() {
        Weekday::Sat | Weekday::Sun => day_of_week(published, Weekday::Sat),
        _ if tense == Tense::Past => day_of_week(published, Weekday::Sat) - Duration::days(7),
        _ => day_of_week(published, Weekday::Sat),
    };
    (saturday, saturday + Duration::days(1))
}

/// The Saturday and Sunday of the week `weeks` away from the one holding `published`
/// ("last weekend" -1, "next weekend" 1).
pub fn weekend_of_week(published: NaiveDate, weeks: i64) -> (NaiveDate, NaiveDate) {
    let saturday = day_of_week(published + Duration::days(7 * weeks), Weekday::Sat);
    (saturday, saturday + Duration::days(1))
}

/// Strictly before (`last`) or after the reference day: "vendredi dernier", "lundi prochain".
pub fn weekday_beyond(day: Weekday, published: NaiveDate, last: bool) -> NaiveDate {
    let back = (published.weekday().num_days_from_monday() as i64 - day.num_days_from_monday() as i64).rem_euclid(7);
    if last {
        published - Duration::days(if back == 0 { 7 } else { back })
    } else {
        published + Duration::days(7 - back)
    }
}

/// Easter Sunday of a year (the Gregorian computus, anonymous algorithm).
pub fn easter(year: i32) -> Option<NaiveDate> {
    let (a, b, c) = (year.rem_euclid(19), year.div_euclid(100), year.rem_euclid(100));
    let (d, e) = (b.div_euclid(4), b.rem_euclid(4));
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    NaiveDate::from_ymd_opt(year, (n / 31) as u32, (n % 31 + 1) as u32)
}

/// The Orthodox Easter Sunday of a year, as a Gregorian date (the Julian computus; the
/// calendars are 13 days apart from 1900 to 2099, a day less or more out of that range).
pub fn orthodox_easter(year: i32) -> Option<NaiveDate> {
    let (a, b, c) = (year.rem_euclid(4), year.rem_euclid(7), year.rem_euclid(19));
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34).rem_euclid(7);
    let n = d + e + 114;
    let julian = NaiveDate::from_ymd_opt(year, (n / 31) as u32, (n % 31 + 1) as u32)?;
    // The gap between the calendars: the Gregorian century years that are not leap years.
    let century = year.div_euclid(100);
    let gap = century - century.div_euclid(4) - 2;
    Some(julian + Duration::days(gap as i64))
}

/// A calendar besides the Gregorian whose holidays news dates events by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LunarCalendar {
    /// The Hijri calendar as Saudi Arabia's Umm al-Qura tables give it (Ramadan, Eid).
    Hijri,
    /// The Hebrew calendar, months numbered from Tishrei (Yom Kippur, Passover).
    Hebrew,
    /// The Chinese calendar (the Lunar New Year).
    Chinese,
}

/// The month number (leap months aside) and the day of a Gregorian date in `calendar`.
fn month_and_day(date: NaiveDate, calendar: LunarCalendar) -> Option<(u8, u8, u8)> {
    use icu_calendar::cal::{ChineseTraditional, Hebrew, Hijri};
    use icu_calendar::types::LeapStatus;
    let iso = icu_calendar::Date::try_new_iso(date.year(), date.month() as u8, date.day() as u8).ok()?;
    let (month, day, length) = match calendar {
        LunarCalendar::Hijri => {
            let d = iso.to_calendar(Hijri::new_umm_al_qura());
            (d.month(), d.day_of_month().0, d.days_in_month())
        }
        LunarCalendar::Hebrew => {
            let d = iso.to_calendar(Hebrew);
            (d.month(), d.day_of_month().0, d.days_in_month())
        }
        LunarCalendar::Chinese => {
            let d = iso.to_calendar(ChineseTraditional::new());
            (d.month(), d.day_of_month().0, d.days_in_month())
        }
    };
    (month.leap_status() != LeapStatus::Leap).then_some((month.number(), day, length))
}

/// The days, in the Gregorian `year`, from day `day` of month `month` of `calendar` on, `days`
/// long (`None`: to the month's end): its first such days when the year has two (a lunar year is
/// 354 days), `None` when it has none.
pub fn lunar_days(year: i32, calendar: LunarCalendar, month: u8, day: u8, days: Option<u8>) -> Option<DateSpan> {
    let mut date = NaiveDate::from_ymd_opt(year, 1, 1)?;
    while date.year() == year {
        if let Some((m, d, length)) = month_and_day(date, calendar) {
            if m == month && d == day {
                let days = days.unwrap_or(length.saturating_sub(day) + 1);
                let end = date + Duration::days(i64::from(days) - 1);
                return Some(if days == 1 { DateSpan::day(date) } else { DateSpan { start: date, end, precision: Precision::Day } });
            }
        }
        date += Duration::days(1);
    }
    None
}

/// The holiday `on` gives each year, named without its year: the last one in the past tense,
/// the next one in the future, else the nearest to the day of publication.
pub fn nearest_holiday(on: impl Fn(i32) -> Option<DateSpan>, published: NaiveDate, tense: Tense) -> Option<DateSpan> {
    let year = published.year();
    match tense {
        Tense::Past => [year, year - 1].into_iter().filter_map(on).find(|d| d.start <= published),
        Tense::Future => [year, year + 1].into_iter().filter_map(on).find(|d| d.start >= published),
        Tense::Unknown => [year - 1, year, year + 1].into_iter().filter_map(on).min_by_key(|d| (d.start - published).num_days().abs()),
    }
}

/// The `nth` (from 1) given weekday of a month, or its last when `nth` is `None`.
pub fn nth_weekday_of_month(year: i32, month: u32, day: Weekday, nth: Option<u32>) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let offset = (day.num_days_from_monday() as i64 - first.weekday().num_days_from_monday() as i64).rem_euclid(7);
    match nth {
        Some(n @ 1..=5) => Some(first + Duration::days(offset + 7 * (n as i64 - 1))).filter(|d| d.month() == month),
        Some(_) => None,
        None => {
            // The last: the fifth if the month has one, else the fourth.
            let fifth = first + Duration::days(offset + 28);
            Some(if fifth.month() == month { fifth } else { first + Duration::days(offset + 21) })
        }
    }
}

/// The year that puts a day-month nearest the publication date (leaning by tense).
pub fn nearest_year(month: u32, day: u32, published: NaiveDate, tense: Tense) -> i32 {
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

/// The season of that name around `reference`: with no lean the one under way (or the
/// next); past, the latest that has begun (`strict`: that has ended); future, the next.
pub fn season_near(season: Season, reference: NaiveDate, lean: Tense, strict: bool) -> Option<DateSpan> {
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
pub fn nearest_day_of_month(day: u32, published: NaiveDate, tense: Tense) -> Option<NaiveDate> {
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

/// The value of a span at its precision, and the last unit when it spans several.
pub fn values(date: &DateSpan) -> (String, Option<String>) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn values_of_coarse_spans() {
        assert_eq!(values(&DateSpan::decade(1960).unwrap()).0, "196X");
        assert_eq!(values(&DateSpan::season(2012, Season::Winter).unwrap()).0, "2012-WI");
        assert_eq!(values(&DateSpan::quarter(2024, 2).unwrap()).0, "2024-Q2");
        let range = DateSpan { start: d(2024, 6, 18), end: d(2024, 6, 20), precision: Precision::Day };
        assert_eq!(values(&range), ("2024-06-18".into(), Some("2024-06-20".into())));
    }

    #[test]
    fn lunar_holidays_fall_where_their_calendars_put_them() {
        use LunarCalendar::*;
        // Ramadan 1445 and Eid al-Fitr as Saudi Arabia announced them; Yom Kippur 5784; the Year of the Dragon.
        let ramadan = lunar_days(2024, Hijri, 9, 1, None).unwrap();
        assert_eq!((ramadan.start, ramadan.end), (d(2024, 3, 11), d(2024, 4, 9)));
        assert_eq!(lunar_days(2024, Hijri, 10, 1, Some(1)), Some(DateSpan::day(d(2024, 4, 10))));
        assert_eq!(lunar_days(2023, Hebrew, 1, 10, Some(1)), Some(DateSpan::day(d(2023, 9, 25))));
        let passover = lunar_days(2024, Hebrew, 7, 15, Some(8)).unwrap();
        assert_eq!((passover.start, passover.end), (d(2024, 4, 23), d(2024, 4, 30)));
        assert_eq!(lunar_days(2024, Chinese, 1, 1, Some(1)), Some(DateSpan::day(d(2024, 2, 10))));
    }

    #[test]
    fn easter_follows_the_computus() {
        assert_eq!(easter(2013), Some(d(2013, 3, 31)));
        assert_eq!(easter(2010), Some(d(2010, 4, 4)));
        assert_eq!(easter(2024), Some(d(2024, 3, 31)));
        assert_eq!(easter(2025), Some(d(2025, 4, 20)));
        assert_eq!(orthodox_easter(2018), Some(d(2018, 4, 8)));
        assert_eq!(orthodox_easter(2020), Some(d(2020, 4, 19)));
    }

    #[test]
    fn years_out_of_range_are_refused() {
        assert_eq!(year_number("2024"), Some(2024));
        assert_eq!(year_number("2199"), Some(2199));
        assert_eq!(year_number("2200"), None);
        assert_eq!(year_number("0999"), None);
        assert_eq!(full_year("74", Some(2012)), Some(1974));
        assert_eq!(full_year("14", Some(2012)), Some(2014));
    }

    #[test]
    fn weekdays_and_months() {
        let wednesday = d(2024, 3, 20);
        assert_eq!(weekday_near(Weekday::Mon, wednesday, Tense::Past), Some(d(2024, 3, 18)));
        assert_eq!(weekday_near(Weekday::Mon, wednesday, Tense::Future), Some(d(2024, 3, 25)));
        assert_eq!(weekday_near(Weekday::Thu, wednesday, Tense::Unknown), Some(d(2024, 3, 21)));
        assert_eq!(weekday_beyond(Weekday::Wed, wednesday, true), d(2024, 3, 13));
        assert_eq!(nth_weekday_of_month(2024, 6, Weekday::Fri, None), Some(d(2024, 6, 28)));
        assert_eq!(nth_weekday_of_month(2013, 3, Weekday::Wed, Some(1)), Some(d(2013, 3, 6)));
        assert_eq!(shift_month(2024, 1, -1), (2023, 12));
        assert_eq!(stretch(d(2024, 3, 20), 2, Unit::Month, true).map(|s| (s.start, s.end)), Some((d(2024, 4, 1), d(2024, 5, 31))));
    }
}
