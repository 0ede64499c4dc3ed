//! The data exports of the seed workspace, checked with independent parsers:
//! GeoJSON with the georust `geojson` crate, iCalendar with the `icalendar`
//! crate's parser, CSV with the `csv` reader, TimelineJS against its JSON format.

use geotimeline_core::export::{self, Format};
use geotimeline_core::model::Event;
use geotimeline_core::render::TimelineView;
use geotimeline_core::{workspace, EventFilter, Store};

fn sample() -> (Store, Vec<Event>) {
    let mut store = Store::open_in_memory().unwrap();
    workspace::import_sample(&mut store).unwrap();
    let events = store.events(&EventFilter::default()).unwrap();
    assert!(events.len() >= 20);
    (store, events)
}

fn exported(store: &Store, format: Format) -> String {
    String::from_utf8(export::export(store, &TimelineView::default(), format, 1.0).unwrap()).unwrap()
}

#[test]
fn geojson_is_a_valid_feature_collection_with_a_feature_per_event() {
    let (store, events) = sample();
    let text = exported(&store, Format::Geojson);
    let parsed: geojson::GeoJson = text.parse().expect("valid GeoJSON");
    let geojson::GeoJson::FeatureCollection(collection) = parsed else { panic!("not a FeatureCollection") };
    assert_eq!(collection.features.len(), events.len());
    let mut located = 0;
    for (feature, event) in collection.features.iter().zip(&events) {
        assert_eq!(feature.property("title").and_then(|v| v.as_str()), Some(event.title.as_str()));
        match feature.geometry.as_ref().map(|g| &g.value) {
            Some(geojson::GeometryValue::Point { coordinates: p }) => {
                located += 1;
                assert!((-180.0..=180.0).contains(&p[0]) && (-90.0..=90.0).contains(&p[1]), "lon, lat order");
            }
            Some(geojson::GeometryValue::MultiPoint { coordinates: points }) => {
                located += 1;
                assert!(points.len() > 1);
            }
            None => assert!(event.places.iter().all(|p| p.lat.is_none())),
            Some(other) => panic!("unexpected geometry {other:?}"),
        }
    }
    assert!(located * 2 > events.len(), "most seed events have a place");
    // Hanoi is at 105.8 E, 21.0 N: longitude first, as RFC 7946 says.
    let hanoi = collection
        .features
        .iter()
        .find(|f| f.property("title").and_then(|t| t.as_str()) == Some("Visite : Vladimir Poutine — Hanoï"))
        .unwrap();
    let coords = match &hanoi.geometry.as_ref().unwrap().value {
        geojson::GeometryValue::Point { coordinates: p } => p.clone(),
        geojson::GeometryValue::MultiPoint { coordinates: ps } => ps[0].clone(),
        other => panic!("{other:?}"),
    };
    assert!((coords[0] - 105.8).abs() < 0.5 && (coords[1] - 21.0).abs() < 0.5, "{coords:?}");
}

#[test]
fn icalendar_parses_with_an_all_day_event_per_event() {
    use icalendar::Component;
    let (store, events) = sample();
    let text = exported(&store, Format::Ics);
    assert!(text.lines().all(|l| l.len() <= 76), "lines are folded at 75 octets");
    assert!(text.contains("\r\n") && !text.replace("\r\n", "").contains('\n'), "CRLF line ends only");
    let unfolded = icalendar::parser::unfold(&text);
    let calendar: icalendar::Calendar = icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar").into();
    let vevents: Vec<&icalendar::Event> = calendar.components.iter().filter_map(|c| c.as_event()).collect();
    assert_eq!(vevents.len(), events.len());
    for (v, e) in vevents.iter().zip(&events) {
        assert_eq!(v.get_summary(), Some(e.title.as_str()));
        assert_eq!(v.get_uid(), Some(format!("event-{}@geotimeline", e.id).as_str()));
        assert!(v.property_value("DTSTAMP").is_some());
        match v.get_start() {
            Some(icalendar::DatePerhapsTime::Date(d)) => assert_eq!(d, e.date.start),
            other => panic!("all-day start expected, got {other:?}"),
        }
        match v.get_end() {
            Some(icalendar::DatePerhapsTime::Date(d)) => assert_eq!(d, e.date.end.succ_opt().unwrap(), "DTEND is exclusive"),
            other => panic!("all-day end expected, got {other:?}"),
        }
    }
    let hanoi = vevents.iter().find(|v| v.get_summary() == Some("Visite : Vladimir Poutine — Hanoï")).unwrap();
    assert!(hanoi.get_description().unwrap().contains("La Presse"), "the sources' quotes are in the description");
}

#[test]
fn csv_has_a_row_per_event_and_a_row_per_source_with_verbatim_quotes() {
    let (store, events) = sample();
    let text = exported(&store, Format::Csv);
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let header = rows.headers().unwrap().clone();
    assert_eq!(&header[0], "id");
    let records: Vec<csv::StringRecord> = rows.records().map(|r| r.unwrap()).collect();
    assert_eq!(records.len(), events.len());
    assert!(records.iter().zip(&events).all(|(r, e)| r[1] == e.title && r.len() == header.len()));

    let text = exported(&store, Format::CsvSources);
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let header = rows.headers().unwrap().clone();
    let quote_at = header.iter().position(|h| h == "quote").unwrap();
    let records: Vec<csv::StringRecord> = rows.records().map(|r| r.unwrap()).collect();
    let sources: Vec<&str> = events.iter().flat_map(|e| e.sources.iter().map(|s| s.quote.as_str())).collect();
    assert_eq!(records.len(), sources.len());
    assert!(records.iter().zip(&sources).all(|(r, q)| &r[quote_at] == *q), "quotes survive quoting and commas");
}

#[test]
fn timelinejs_follows_the_timelinejs3_json_format() {
    let (store, events) = sample();
    let value: serde_json::Value = serde_json::from_str(&exported(&store, Format::Timelinejs)).unwrap();
    assert!(value["title"]["text"]["headline"].is_string());
    let slides = value["events"].as_array().expect("an events array");
    assert_eq!(slides.len(), events.len());
    let mut ids = std::collections::HashSet::new();
    for (slide, e) in slides.iter().zip(&events) {
        let start = &slide["start_date"];
        assert!(start["year"].is_i64(), "year is a number: {slide}");
        if let Some(month) = start.get("month") {
            assert!((1..=12).contains(&month.as_i64().unwrap()));
        }
        if let Some(day) = start.get("day") {
            assert!(start.get("month").is_some() && (1..=31).contains(&day.as_i64().unwrap()));
        }
        assert!(slide["text"]["headline"].is_string() && slide["text"]["text"].is_string());
        assert!(ids.insert(slide["unique_id"].as_str().unwrap().to_string()), "unique ids");
        // The date is as precise as the event: no day for "en juin", no month for "en 2017".
        use geotimeline_core::model::Precision;
        match e.date.precision {
            Precision::Year | Precision::Decade => assert!(start.get("month").is_none()),
            Precision::Month | Precision::Quarter | Precision::Season => {
                assert!(start.get("day").is_none() && start.get("month").is_some())
            }
            Precision::Day | Precision::Week => assert!(start.get("day").is_some()),
        }
    }
}

#[test]
fn exports_follow_the_view_and_images_have_their_formats() {
    let (store, _) = sample();
    let view = TimelineView { types: vec![geotimeline_core::model::EventType::Sanction], ..TimelineView::default() };
    let csv_text = String::from_utf8(export::export(&store, &view, Format::Csv, 1.0).unwrap()).unwrap();
    assert!(csv_text.lines().skip(1).all(|l| l.contains(",sanction,")), "{csv_text}");
    assert!(export::export(&store, &view, Format::Png, 2.0).unwrap().starts_with(b"\x89PNG"));
    assert!(export::export(&store, &view, Format::Pdf, 1.0).unwrap().starts_with(b"%PDF"));
    assert!(export::export(&store, &view, Format::Svg, 1.0).unwrap().starts_with(b"<svg"));
    for f in Format::ALL {
        assert_eq!(Format::parse(f.as_str()), Some(f));
    }
}

#[test]
fn a_failed_save_leaves_the_previous_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("timeline.svg");
    export::save(&path, b"<svg>old</svg>").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"<svg>old</svg>");
    let missing = dir.path().join("no/such/dir/timeline.svg");
    let err = export::save(&missing, b"new").unwrap_err().to_string();
    assert!(err.contains("no/such/dir"), "{err}");
    assert!(!dir.path().join("timeline.svg.part").exists());
}
