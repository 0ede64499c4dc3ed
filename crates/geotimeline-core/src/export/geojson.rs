//! GeoJSON (RFC 7946): one Feature per event, a Point at its place (a MultiPoint
//! when it has several), with the event's properties. Events without known
//! coordinates keep a null geometry, as the RFC allows, so nothing is lost.

use crate::model::Event;
use serde_json::{json, Value};

fn geometry(e: &Event) -> Value {
    let points: Vec<Value> = e.places.iter().filter_map(|p| Some(json!([p.lon?, p.lat?]))).collect();
    match points.len() {
        0 => Value::Null,
        1 => json!({"type": "Point", "coordinates": points[0]}),
        _ => json!({"type": "MultiPoint", "coordinates": points}),
    }
}

pub fn export(events: &[Event]) -> Value {
    let features: Vec<Value> = events
        .iter()
        .map(|e| {
            json!({
                "type": "Feature",
                "id": e.id.0,
                "geometry": geometry(e),
                "properties": {
                    "title": e.title,
                    "type": e.event_type.as_str(),
                    "start": e.date.start.to_string(),
                    "end": e.date.end.to_string(),
                    "precision": e.date.precision.as_str(),
                    "planned": e.planned,
                    "confidence": (e.confidence as f64 * 100.0).round() / 100.0,
                    "places": e.places.iter().map(|p| &p.name_fr).collect::<Vec<_>>(),
                    "countries": e.places.iter().filter_map(|p| p.country.as_deref()).collect::<Vec<_>>(),
                    "actors": e.actors.iter().map(|a| &a.name_fr).collect::<Vec<_>>(),
                    "sources": e.sources.iter().map(|s| json!({
                        "outlet": s.outlet, "published": s.published.map(|d| d.to_string()), "quote": s.quote,
                    })).collect::<Vec<_>>(),
                },
            })
        })
        .collect();
    json!({"type": "FeatureCollection", "features": features})
}
