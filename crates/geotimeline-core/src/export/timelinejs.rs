//! The TimelineJS3 JSON format (timeline.knightlab.com/docs/json-format.html),
//! so a GeoTimeline can be published with TimelineJS: one slide per event with
//! its date at its precision, its type as group and its sources as quotes.

use crate::model::{DateSpan, Event, Precision};
use crate::render::{scale, Lang};
use chrono::Datelike;
use serde_json::{json, Map, Value};

fn html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A TimelineJS date: year always, month and day only when known.
fn date(d: chrono::NaiveDate, precision: Precision) -> Value {
    let mut m = Map::new();
    m.insert("year".into(), json!(d.year()));
    if !matches!(precision, Precision::Year | Precision::Decade) {
        m.insert("month".into(), json!(d.month()));
    }
    if matches!(precision, Precision::Day | Precision::Week) {
        m.insert("day".into(), json!(d.day()));
    }
    Value::Object(m)
}

/// Whether the span is longer than one unit of its precision ("du 18 au 20 juin").
fn spans(d: &DateSpan) -> bool {
    match d.precision {
        Precision::Day => d.start != d.end,
        Precision::Week => (d.end - d.start).num_days() > 6,
        Precision::Month => (d.start.year(), d.start.month()) != (d.end.year(), d.end.month()),
        Precision::Year => d.start.year() != d.end.year(),
        // TimelineJS has no quarters or seasons: they are shown as their months.
        Precision::Quarter | Precision::Season | Precision::Decade => true,
    }
}

fn slide(e: &Event) -> Value {
    let mut body = String::new();
    if !e.places.is_empty() || !e.actors.is_empty() {
        let who: Vec<&str> = e.actors.iter().map(|a| a.name_fr.as_str()).collect();
        let wher: Vec<&str> = e.places.iter().map(|p| p.name_fr.as_str()).collect();
        body.push_str(&format!(
            "<p>{}</p>",
            html(&[who.join(", "), wher.join(", ")].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" — "))
        ));
    }
    for s in &e.sources {
        let who = s.outlet.clone().or_else(|| s.article_title.clone()).unwrap_or_else(|| format!("article {}", s.article));
        let when = s.published.map(|d| format!(", {}", scale::format_day(d, Lang::Fr))).unwrap_or_default();
        body.push_str(&format!("<blockquote>{}</blockquote><p>— {}{}</p>", html(&s.quote), html(&who), html(&when)));
    }
    let mut slide = json!({
        "unique_id": format!("event-{}", e.id),
        "start_date": date(e.date.start, e.date.precision),
        "display_date": scale::format_span(&e.date, Lang::Fr),
        "text": {"headline": html(&e.title), "text": body},
        "group": crate::render::type_label(e.event_type, Lang::Fr),
    });
    if spans(&e.date) {
        slide["end_date"] = date(e.date.end, e.date.precision);
    }
    slide
}

pub fn export(events: &[Event], title: &str, subtitle: &str) -> Value {
    json!({
        "title": {"text": {"headline": html(title), "text": html(subtitle)}},
        "events": events.iter().map(slide).collect::<Vec<_>>(),
    })
}
