//! iCalendar (RFC 5545): one all-day VEVENT per event, spanning the days its
//! precision covers ("en juin" is the whole month), with places, actors and
//! the sources' quotes in the description.

use crate::model::{Event, Precision};
use crate::render::{scale, Lang};
use chrono::{DateTime, Utc};

/// TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Lines longer than 75 octets are folded with CRLF and a space, never inside a character (§3.1).
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

fn describe(e: &Event) -> String {
    let mut lines = vec![format!("Date : {}", scale::format_span(&e.date, Lang::Fr))];
    if e.date.precision != Precision::Day {
        lines.push(
            match e.date.precision {
                Precision::Week => "(date connue à la semaine près)",
                Precision::Month => "(date connue au mois près)",
                Precision::Quarter => "(date connue au trimestre près)",
                Precision::Season => "(date connue à la saison près)",
                Precision::Decade => "(date connue à la décennie près)",
                _ => "(date connue à l'année près)",
            }
            .to_string(),
        );
    }
    if !e.actors.is_empty() {
        lines.push(format!("Acteurs : {}", e.actors.iter().map(|a| a.name_fr.as_str()).collect::<Vec<_>>().join(", ")));
    }
    for s in &e.sources {
        let who = s.outlet.clone().or_else(|| s.article_title.clone()).unwrap_or_else(|| format!("article {}", s.article));
        let when = s.published.map(|d| format!(", {}", scale::format_day(d, Lang::Fr))).unwrap_or_default();
        lines.push(format!("« {} » ({who}{when})", s.quote));
    }
    lines.join("\n")
}

/// The calendar; `stamp` is the DTSTAMP of every event (the time of the export).
pub fn export(events: &[Event], stamp: DateTime<Utc>) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//GeoTimeline//GeoTimeline export//FR",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:GeoTimeline",
    ] {
        push_line(&mut out, line);
    }
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for e in events {
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:event-{}@geotimeline", e.id));
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        push_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", e.date.start.format("%Y%m%d")));
        // DTEND of an all-day event is the day after the last (exclusive).
        let after = e.date.end.succ_opt().unwrap_or(e.date.end);
        push_line(&mut out, &format!("DTEND;VALUE=DATE:{}", after.format("%Y%m%d")));
        push_line(&mut out, &format!("SUMMARY:{}", text(&e.title)));
        push_line(&mut out, &format!("DESCRIPTION:{}", text(&describe(e))));
        if !e.places.is_empty() {
            push_line(&mut out, &format!("LOCATION:{}", text(&e.places.iter().map(|p| p.name_fr.as_str()).collect::<Vec<_>>().join(", "))));
        }
        if let Some((lat, lon)) = e.places.iter().find_map(|p| Some((p.lat?, p.lon?))) {
            push_line(&mut out, &format!("GEO:{lat:.6};{lon:.6}"));
        }
        push_line(&mut out, &format!("CATEGORIES:{}", e.event_type.as_str()));
        push_line(&mut out, if e.planned { "STATUS:TENTATIVE" } else { "STATUS:CONFIRMED" });
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_on_character_boundaries() {
        let mut out = String::new();
        push_line(&mut out, &format!("SUMMARY:{}", "é".repeat(60)));
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "é".repeat(60)));
        assert_eq!(text("Hanoï, Vietnam; a\\b\nc"), "Hanoï\\, Vietnam\\; a\\\\b\\nc");
    }
}
