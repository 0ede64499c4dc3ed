//! Prints how long a 10,000-event timeline takes to export as a 4K PNG
//! (3840 px wide), on one core: drawing the SVG, then rasterising and encoding.
//! Run with `scripts/bench-export.sh` (a release build).

use chrono::{Duration, NaiveDate};
use geotimeline_core::model::*;
use geotimeline_core::render::{self, LaneMode, MapLayout, TimelineView};
use std::time::Instant;

fn events(n: usize) -> Vec<Event> {
    let start = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    let places = [
        ("Hanoi", "Hanoï", "VN", 21.02, 105.84),
        ("Moscow", "Moscou", "RU", 55.75, 37.62),
        ("Pyongyang", "Pyongyang", "KP", 39.03, 125.75),
        ("Kyiv", "Kiev", "UA", 50.45, 30.52),
        ("Beijing", "Pékin", "CN", 39.9, 116.4),
    ];
    // A small deterministic generator: the same events on every run.
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..n)
        .map(|i| {
            let day = start + Duration::days((next() % 3650) as i64);
            let t = EventType::ALL[(next() % 8) as usize];
            let precision = match next() % 10 {
                0 => Precision::Month,
                1 => Precision::Year,
                _ => Precision::Day,
            };
            let date = match precision {
                Precision::Month => DateSpan::month(chrono::Datelike::year(&day), chrono::Datelike::month(&day)).unwrap(),
                Precision::Year => DateSpan::year(chrono::Datelike::year(&day)).unwrap(),
                _ => DateSpan::day(day),
            };
            let (name, name_fr, country, lat, lon) = places[(next() % 5) as usize];
            Event {
                id: EventId(i as i64 + 1),
                title: format!("{} : événement {i} à {name_fr}", render::type_label(t, render::Lang::Fr)),
                title_en: format!("{}: event {i} in {name}", render::type_label(t, render::Lang::En)),
                event_type: t,
                date,
                confidence: 0.8,
                origin: Origin::Extracted,
                planned: next() % 20 == 0,
                places: vec![Place {
                    name: name.into(),
                    name_fr: name_fr.into(),
                    aliases: vec![],
                    country: Some(country.into()),
                    kind: PlaceKind::City,
                    lat: Some(lat),
                    lon: Some(lon),
                }],
                actors: vec![],
                sources: vec![],
                disagreements: vec![],
                edited: vec![],
                verified: false,
            }
        })
        .collect()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let events = events(10_000);
    for (label, lanes, map) in [
        ("no lanes", LaneMode::None, MapLayout::None),
        ("lanes by type", LaneMode::Type, MapLayout::None),
        ("lanes by type + map", LaneMode::Type, MapLayout::Beside),
    ] {
        let view = TimelineView { width: 3840, lanes, map, ..TimelineView::default() };
        let (mut draw, mut raster, mut total) = (Vec::new(), Vec::new(), Vec::new());
        let mut size = (0.0, 0.0, 0);
        let mut last = Vec::new();
        for _ in 0..5 {
            let t0 = Instant::now();
            let figure = render::compose(&events, &[], &view);
            let t1 = Instant::now();
            let png = render::png(&figure.svg, 1.0).expect("renders");
            let t2 = Instant::now();
            draw.push((t1 - t0).as_secs_f64() * 1000.0);
            raster.push((t2 - t1).as_secs_f64() * 1000.0);
            total.push((t2 - t0).as_secs_f64() * 1000.0);
            size = (figure.width, figure.height, png.len());
            last = png;
        }
        let out = std::env::temp_dir().join(format!("geotimeline-bench-{}.png", label.replace([' ', '+'], "-")));
        let _ = std::fs::write(&out, &last);
        println!(
            "10,000 events, {label}: {}×{} px PNG ({} KB): SVG {:.0} ms + PNG {:.0} ms = {:.0} ms (median of 5); image in {}",
            size.0,
            size.1,
            size.2 / 1024,
            median(draw),
            median(raster),
            median(total),
            out.display()
        );
    }
}
