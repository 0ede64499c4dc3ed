//! The JSON export: every article and every event with places, actors and sources.
//! Its shape is documented in docs/export-format.md and read by the evaluation scripts.

use crate::error::Result;
use crate::model::{DateSpan, Event, Precision};
use crate::store::{EventFilter, Store};
use serde_json::{json, Value};

/// `end` is written only when the event spans more than its precision's unit
/// ("du 18 au 20 juin", "entre 1995 et 2023").
fn end_label(date: &DateSpan) -> Option<String> {
    use chrono::Datelike;
    let unit = match date.precision {
        Precision::Day => DateSpan::day(date.start),
        Precision::Week => DateSpan::week_of(date.start),
        Precision::Month => DateSpan::month(date.start.year(), date.start.month())?,
        Precision::Year => DateSpan::year(date.start.year())?,
        // A quarter or a season is written with its first and last day.
        Precision::Quarter | Precision::Season => return Some(date.end.format("%Y-%m-%d").to_string()),
        // A decade is written as its first and last year.
        Precision::Decade => return Some(date.end.format("%Y").to_string()),
    };
    (date.end > unit.end).then(|| DateSpan { start: date.end, end: date.end, precision: date.precision }.start_label())
}

fn event_json(e: &Event) -> Value {
    json!({
        "id": e.id.0,
        "title": e.title,
        "type": e.event_type.as_str(),
        "start": e.date.start_label(),
        "end": end_label(&e.date),
        "precision": e.date.precision.as_str(),
        "confidence": (e.confidence as f64 * 100.0).round() / 100.0,
        "origin": e.origin.as_str(),
        "planned": e.planned,
        "edited": e.edited.iter().map(|f| f.as_str()).collect::<Vec<_>>(),
        "verified": e.verified,
        "places": e.places.iter().map(|p| json!({
            "name": p.name, "lat": p.lat, "lon": p.lon, "country": p.country, "kind": p.kind.as_str(),
        })).collect::<Vec<_>>(),
        "actors": e.actors.iter().map(|a| json!({"name": a.name, "kind": a.kind.as_str()})).collect::<Vec<_>>(),
        "sources": e.sources.iter().map(|s| json!({
            "article": s.article.0, "quote": s.quote, "start": s.start, "end": s.end, "date_text": s.date_text,
            "claimed_start": s.claimed_date.map(|d| d.start_label()), "quantity": s.quantity,
        })).collect::<Vec<_>>(),
        "disagreements": e.disagreements.iter().map(|d| json!({
            "field": d.field.as_str(),
            "claims": d.claims.iter().map(|c| json!({"article": c.article.0, "value": c.value})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// The whole workspace (or the filtered events) as the documented JSON value.
/// Event titles are in `lang`.
pub fn export(store: &Store, filter: &EventFilter, lang: crate::render::Lang) -> Result<Value> {
    let articles = store.list_articles()?;
    let events = crate::titles::in_language(store.events(filter)?, lang);
    Ok(json!({
        "format": "geotimeline-export",
        "version": 1,
        "articles": articles.iter().map(|a| json!({
            "id": a.id.0, "file": a.file_name, "title": a.title, "outlet": a.outlet,
            "lang": a.language, "published": a.published.map(|d| d.to_string()),
        })).collect::<Vec<_>>(),
        "events": events.iter().map(event_json).collect::<Vec<_>>(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn end_is_only_written_for_spans_longer_than_their_unit() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(end_label(&DateSpan::day(d(2024, 6, 20))), None);
        assert_eq!(end_label(&DateSpan::month(2024, 6).unwrap()), None);
        assert_eq!(
            end_label(&DateSpan { start: d(2024, 6, 18), end: d(2024, 6, 20), precision: Precision::Day }).as_deref(),
            Some("2024-06-20")
        );
        assert_eq!(
            end_label(&DateSpan { start: d(1995, 1, 1), end: d(2023, 12, 31), precision: Precision::Year }).as_deref(),
            Some("2023")
        );
    }
}
