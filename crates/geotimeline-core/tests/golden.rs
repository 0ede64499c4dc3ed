//! Golden tests of the exported figures: the seed view, drawn from a frozen copy
//! of the seed events (tests/golden/seed-events.json), must give the checked-in
//! SVG exactly and the checked-in PNG within a small pixel tolerance.
//!
//! After an intended change to the drawing, regenerate the references with
//! `UPDATE_GOLDEN=1 cargo test -p geotimeline-core --test golden` and look at them.
//! The frozen events keep extraction changes from moving the references; a second
//! test draws the live sample and checks what must be there.

use geotimeline_core::model::{ArticleSummary, Event};
use geotimeline_core::render::{self, LaneMode, MapLayout, TimelineView};
use geotimeline_core::{workspace, EventFilter, Store};
use resvg::tiny_skia::Pixmap;
use std::path::PathBuf;

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name)
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some()
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Frozen {
    articles: Vec<ArticleSummary>,
    events: Vec<Event>,
}

fn live_sample() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    workspace::import_sample(&mut store).unwrap();
    store
}

fn frozen() -> Frozen {
    let path = golden("seed-events.json");
    if updating() {
        let store = live_sample();
        let frozen = Frozen { articles: store.list_articles().unwrap(), events: store.events(&EventFilter::default()).unwrap() };
        std::fs::write(&path, serde_json::to_string_pretty(&frozen).unwrap() + "\n").unwrap();
    }
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// The June 2024 sequence by type, with the map beside it: the README's figure.
fn seed_view() -> TimelineView {
    TimelineView {
        from: chrono::NaiveDate::from_ymd_opt(2024, 6, 18),
        to: chrono::NaiveDate::from_ymd_opt(2024, 6, 21),
        lanes: LaneMode::Type,
        map: MapLayout::Beside,
        title: Some("Poutine en Corée du Nord et au Vietnam".into()),
        subtitle: Some("18 – 21 juin 2024 · événements extraits de cinq articles".into()),
        width: 1600,
        ..TimelineView::default()
    }
}

fn in_view(events: &[Event], view: &TimelineView) -> Vec<Event> {
    events.iter().filter(|e| view.from.is_none_or(|f| e.date.end >= f) && view.to.is_none_or(|t| e.date.start <= t)).cloned().collect()
}

/// Share of pixels whose colour differs by more than `tolerance` on any channel.
fn differing_share(a: &Pixmap, b: &Pixmap, tolerance: u8) -> f64 {
    assert_eq!((a.width(), a.height()), (b.width(), b.height()), "the image size changed");
    let differing = a
        .pixels()
        .iter()
        .zip(b.pixels())
        .filter(|(p, q)| {
            p.red().abs_diff(q.red()) > tolerance
                || p.green().abs_diff(q.green()) > tolerance
                || p.blue().abs_diff(q.blue()) > tolerance
                || p.alpha().abs_diff(q.alpha()) > tolerance
        })
        .count();
    differing as f64 / a.pixels().len() as f64
}

#[test]
fn the_seed_figure_matches_its_svg_and_png_references() {
    let frozen = frozen();
    let view = seed_view();
    let figure = render::compose(&in_view(&frozen.events, &view), &frozen.articles, &view);
    let png = render::png(&figure.svg, 1.0).unwrap();
    if updating() {
        std::fs::write(golden("seed-timeline.svg"), &figure.svg).unwrap();
        std::fs::write(golden("seed-timeline.png"), &png).unwrap();
        std::fs::write(golden("seed-timeline.pdf"), render::pdf(&figure.svg).unwrap()).unwrap();
    }
    let reference = std::fs::read_to_string(golden("seed-timeline.svg")).unwrap();
    assert!(
        figure.svg == reference,
        "the SVG differs from tests/golden/seed-timeline.svg (UPDATE_GOLDEN=1 regenerates it; look at it first)"
    );
    let drawn = Pixmap::decode_png(&png).unwrap();
    let expected = Pixmap::decode_png(&std::fs::read(golden("seed-timeline.png")).unwrap()).unwrap();
    let share = differing_share(&drawn, &expected, 24);
    assert!(share < 0.002, "{:.3}% of the pixels differ from tests/golden/seed-timeline.png", share * 100.0);
}

#[test]
fn the_pixel_comparison_notices_a_real_change() {
    let frozen = frozen();
    let view = seed_view();
    let dark = TimelineView { theme: render::Theme::Dark, ..seed_view() };
    let events = in_view(&frozen.events, &view);
    let light = Pixmap::decode_png(&render::png(&render::compose(&events, &frozen.articles, &view).svg, 1.0).unwrap()).unwrap();
    let other = Pixmap::decode_png(&render::png(&render::compose(&events, &frozen.articles, &dark).svg, 1.0).unwrap()).unwrap();
    assert!(differing_share(&light, &other, 24) > 0.5);
}

#[test]
fn the_live_sample_figure_names_its_title_legend_events_and_sources() {
    let store = live_sample();
    let view = TimelineView { map: MapLayout::None, ..seed_view() };
    let figure = render::figure(&store, &view).unwrap();
    let svg = &figure.svg;
    let text = |s: &str| svg.contains(&format!(">{}<", s.replace('&', "&amp;")));
    assert!(text("Poutine en Corée du Nord et au Vietnam"), "title");
    for legend in ["Visites", "Accords", "Déclarations", "jour", "semaine, mois ou année", "prévu"] {
        assert!(text(legend), "legend entry {legend}");
    }
    let events = store.events(&view.filter()).unwrap();
    assert!(events.len() >= 10);
    // Every event is either labelled (maybe shortened) or counted in a cluster.
    let mut texts: Vec<String> =
        svg.split("<text").skip(1).filter_map(|t| Some(t.split_once('>')?.1.split('<').next()?.replace("&amp;", "&"))).collect();
    let mut labelled = 0;
    for e in &events {
        let shows = |t: &String| *t == e.title || t.strip_suffix('…').is_some_and(|p| !p.is_empty() && e.title.starts_with(p));
        if let Some(i) = texts.iter().position(shows) {
            texts.remove(i);
            labelled += 1;
        }
    }
    let clustered: usize =
        svg.match_indices("text-anchor=\"middle\">").filter_map(|(i, m)| svg[i + m.len()..].split('<').next()?.parse::<usize>().ok()).sum();
    assert_eq!(labelled + clustered, events.len(), "{labelled} labelled + {clustered} clustered");
    assert!(svg.contains("Visite : Vladimir Poutine — Hanoï"));
    // The footer names the outlets with their dates.
    assert!(svg.contains("La Presse (AFP wire), 20 juin 2024"));
    assert!(svg.contains("Sources : "));
    // English figure words when asked.
    let en = render::figure(&store, &TimelineView { lang: render::Lang::En, ..view }).unwrap().svg;
    assert!(en.contains(">Visits<") && en.contains("Sources: ") && en.contains("June 20, 2024"));
}

#[test]
fn an_empty_view_still_draws_a_clear_figure() {
    let store = Store::open_in_memory().unwrap();
    let figure = render::figure(&store, &TimelineView::default()).unwrap();
    assert!(figure.svg.contains("0 événements") && figure.svg.contains("Sources : aucune"));
    assert!(render::png(&figure.svg, 1.0).is_ok());
}
