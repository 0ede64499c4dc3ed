//! CSV exports for spreadsheets: one row per event, or one row per source
//! (each report of an event with its verbatim quote). UTF-8, RFC 4180 quoting.

use crate::error::{Error, Result};
use crate::model::Event;

fn failed(e: impl std::fmt::Display) -> Error {
    Error::Export { format: "CSV", message: e.to_string() }
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join("; ")
}

/// One row per event.
pub fn events(events: &[Event]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "id",
        "title",
        "type",
        "start",
        "end",
        "precision",
        "planned",
        "confidence",
        "origin",
        "places",
        "countries",
        "latitude",
        "longitude",
        "actors",
        "sources",
        "outlets",
    ])
    .map_err(failed)?;
    for e in events {
        let located = e.places.iter().find(|p| p.lat.is_some() && p.lon.is_some());
        let mut outlets: Vec<&str> = e.sources.iter().filter_map(|s| s.outlet.as_deref()).collect();
        outlets.dedup();
        let mut countries: Vec<&str> = e.places.iter().filter_map(|p| p.country.as_deref()).collect();
        countries.sort_unstable();
        countries.dedup();
        let mut articles: Vec<_> = e.sources.iter().map(|s| s.article).collect();
        articles.sort_unstable();
        articles.dedup();
        w.write_record([
            e.id.to_string(),
            e.title.clone(),
            e.event_type.as_str().to_string(),
            e.date.start.to_string(),
            e.date.end.to_string(),
            e.date.precision.as_str().to_string(),
            e.planned.to_string(),
            format!("{:.2}", e.confidence),
            e.origin.as_str().to_string(),
            join(e.places.iter().map(|p| p.name_fr.as_str())),
            countries.join("; "),
            located.and_then(|p| p.lat).map(|v| format!("{v:.4}")).unwrap_or_default(),
            located.and_then(|p| p.lon).map(|v| format!("{v:.4}")).unwrap_or_default(),
            join(e.actors.iter().map(|a| a.name_fr.as_str())),
            articles.len().to_string(),
            outlets.join("; "),
        ])
        .map_err(failed)?;
    }
    w.into_inner().map_err(failed)
}

/// One row per source: which article reports which event, and how.
pub fn sources(events: &[Event]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "event_id",
        "event_title",
        "article_id",
        "outlet",
        "article_title",
        "published",
        "quote",
        "quote_start",
        "quote_end",
        "date_text",
        "claimed_start",
        "claimed_end",
        "quantity",
    ])
    .map_err(failed)?;
    for e in events {
        for s in &e.sources {
            w.write_record([
                e.id.to_string(),
                e.title.clone(),
                s.article.to_string(),
                s.outlet.clone().unwrap_or_default(),
                s.article_title.clone().unwrap_or_default(),
                s.published.map(|d| d.to_string()).unwrap_or_default(),
                s.quote.clone(),
                s.start.to_string(),
                s.end.to_string(),
                s.date_text.clone().unwrap_or_default(),
                s.claimed_date.map(|d| d.start.to_string()).unwrap_or_default(),
                s.claimed_date.map(|d| d.end.to_string()).unwrap_or_default(),
                s.quantity.clone().unwrap_or_default(),
            ])
            .map_err(failed)?;
        }
    }
    w.into_inner().map_err(failed)
}
