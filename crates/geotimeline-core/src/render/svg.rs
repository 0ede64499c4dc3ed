//! Composes an exported timeline figure as SVG: title, legend, date axis,
//! lanes of events, an optional map panel and the footer naming the sources.

use super::fonts::{self, FAMILY};
use super::layout::{self, Lane, Mark, LABEL_SIZE};
use super::map;
use super::scale::{self, day_number, TimeScale};
use super::theme::{type_colour, Palette};
use super::{Figure, LaneMode, Lang, MapLayout, TimelineView};
use crate::model::{ArticleSummary, Event, EventId, EventType};
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write;

const MARGIN: f64 = 40.0;
const ROW_HEIGHT: f64 = 24.0;
const LANE_PAD: f64 = 10.0;
const CLUSTER_STRIP: f64 = 30.0;
const MAP_GAP: f64 = 24.0;

/// Escapes text for SVG content and attributes.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if (c as u32) < 0x20 && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A coordinate with one decimal at most: small files, stable output.
pub fn num(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

/// Draws a legend entry's mark at (x, baseline).
type Glyph = Box<dyn Fn(f64, f64) -> String>;

/// "1 événement", "10 000 événements", "10,000 events".
fn count_events(n: usize, lang: Lang) -> String {
    let digits = n.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(if lang == Lang::Fr { '\u{202f}' } else { ',' });
        }
        grouped.push(c);
    }
    match (n, lang) {
        (1, Lang::Fr) => "1 événement".into(),
        (_, Lang::Fr) => format!("{grouped} événements"),
        (1, Lang::En) => "1 event".into(),
        (_, Lang::En) => format!("{grouped} events"),
    }
}

fn tr(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    if lang == Lang::Fr {
        fr
    } else {
        en
    }
}

/// The days shown: the view's range when given, otherwise the events' with some room.
fn time_domain(events: &[Event], view: &TimelineView) -> (f64, f64) {
    let first = events.iter().map(|e| day_number(e.date.start)).fold(f64::MAX, f64::min);
    let last = events.iter().map(|e| day_number(e.date.end) + 1.0).fold(f64::MIN, f64::max);
    let (mut start, mut end) = match (view.from, view.to) {
        (Some(f), Some(t)) => return (day_number(f), day_number(t) + 1.0),
        (Some(f), None) => (day_number(f), if last > day_number(f) { last } else { day_number(f) + 1.0 }),
        (None, Some(t)) => (if first < day_number(t) + 1.0 { first } else { day_number(t) }, day_number(t) + 1.0),
        (None, None) if events.is_empty() => {
            let today = day_number(chrono::Local::now().date_naive());
            (today - 30.0, today + 1.0)
        }
        (None, None) => (first, last),
    };
    let pad = ((end - start) * 0.04).max(0.5);
    if view.from.is_none() {
        start -= pad;
    }
    if view.to.is_none() {
        end += pad;
    }
    (start, end)
}

fn sources_line(events: &[Event], articles: &[ArticleSummary], lang: Lang) -> String {
    let cited: HashSet<_> = events.iter().flat_map(|e| e.sources.iter().map(|s| s.article)).collect();
    // "Outlet, date" once per distinct pair, with how many articles it covers.
    let mut seen: BTreeMap<(Option<chrono::NaiveDate>, String), usize> = BTreeMap::new();
    for a in articles.iter().filter(|a| cited.contains(&a.id)) {
        let who = match (&a.outlet, &a.title) {
            (Some(outlet), _) => outlet.clone(),
            (None, Some(title)) => format!("« {} »", fonts::fit(title, 320.0, 12.0, false)),
            (None, None) => a.file_name.clone(),
        };
        *seen.entry((a.published, who)).or_default() += 1;
    }
    let items: Vec<String> = seen
        .into_iter()
        .map(|((date, who), n)| {
            let mut s = who;
            if let Some(d) = date {
                s = format!("{s}, {}", scale::format_day(d, lang));
            }
            if n > 1 {
                s = format!("{s} ({n} {})", tr(lang, "articles", "articles"));
            }
            s
        })
        .collect();
    if items.is_empty() {
        return tr(lang, "Sources : aucune", "Sources: none").to_string();
    }
    format!("{}{}", tr(lang, "Sources : ", "Sources: "), items.join(" ; "))
}

/// Draws the whole figure.
pub fn compose(events: &[Event], articles: &[ArticleSummary], view: &TimelineView) -> Figure {
    let palette = Palette::of(view.theme);
    let lang = view.lang;
    let width = (view.width as f64).max(640.0);
    let highlighted: HashSet<EventId> = view.highlighted.iter().copied().collect();
    let mut body = String::new();
    let mut y = MARGIN;

    // Title and subtitle.
    let title = view.title.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| tr(lang, "Chronologie", "Timeline").to_string());
    let (start, end) = time_domain(events, view);
    let subtitle = view.subtitle.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| {
        let first = chrono::NaiveDate::from_num_days_from_ce_opt(start.ceil() as i32);
        let last = chrono::NaiveDate::from_num_days_from_ce_opt(end.ceil() as i32 - 1);
        let period = match (first, last) {
            (Some(f), Some(l)) => scale::format_period(f, l, lang),
            _ => String::new(),
        };
        let count = count_events(events.len(), lang);
        format!("{period} · {count}")
    });
    let title_line = fonts::fit(&title, (width - 2.0 * MARGIN) as f32, 26.0, true);
    let _ = write!(
        body,
        r#"<text x="{}" y="{}" font-size="26" font-weight="bold" fill="{}">{}</text>"#,
        num(MARGIN),
        num(y + 24.0),
        palette.text,
        esc(&title_line)
    );
    y += 50.0;
    let _ = write!(
        body,
        r#"<text x="{}" y="{}" font-size="15" fill="{}">{}</text>"#,
        num(MARGIN),
        num(y),
        palette.muted,
        esc(&fonts::fit(&subtitle, (width - 2.0 * MARGIN) as f32, 15.0, false))
    );
    y += 28.0;

    let show_timeline = view.map != MapLayout::Only;
    let map_width = match view.map {
        MapLayout::None => 0.0,
        MapLayout::Beside => (width * 0.36).round(),
        MapLayout::Only => width - 2.0 * MARGIN,
    };

    // Legend: the types present, then how marks read.
    if show_timeline {
        let mut types: Vec<EventType> = events.iter().map(|e| e.event_type).collect();
        types.sort();
        types.dedup();
        let mut x = MARGIN;
        let mut items: Vec<(String, Glyph)> = Vec::new();
        for t in types {
            let colour = type_colour(t);
            items.push((
                layout::type_label(t, lang).to_string(),
                Box::new(move |x, y| format!(r#"<circle cx="{}" cy="{}" r="6" fill="{colour}"/>"#, num(x + 6.0), num(y - 4.5))),
            ));
        }
        let muted = palette.muted;
        let bg = palette.background;
        items.push((
            tr(lang, "jour", "day").into(),
            Box::new(move |x, y| format!(r#"<circle cx="{}" cy="{}" r="5" fill="{muted}"/>"#, num(x + 6.0), num(y - 4.5))),
        ));
        items.push((
            tr(lang, "semaine, mois ou année", "week, month or year").into(),
            Box::new(move |x, y| {
                format!(
                    r#"<rect x="{}" y="{}" width="22" height="10" rx="5" fill="{muted}" fill-opacity="0.3" stroke="{muted}"/>"#,
                    num(x),
                    num(y - 9.5)
                )
            }),
        ));
        items.push((
            tr(lang, "prévu", "planned").into(),
            Box::new(move |x, y| {
                format!(
                    r#"<circle cx="{}" cy="{}" r="5" fill="{bg}" stroke="{muted}" stroke-width="2" stroke-dasharray="3 2"/>"#,
                    num(x + 6.0),
                    num(y - 4.5)
                )
            }),
        ));
        items.push((tr(lang, "événements regroupés", "grouped events").into(), Box::new(move |x, y| format!(r#"<circle cx="{}" cy="{}" r="8" fill="{muted}"/><text x="{}" y="{}" font-size="9" font-weight="bold" fill="{bg}" text-anchor="middle">N</text>"#, num(x + 8.0), num(y - 4.5), num(x + 8.0), num(y - 1.3)))));
        for (label, glyph) in items {
            let glyph_w = if label == tr(lang, "semaine, mois ou année", "week, month or year") { 28.0 } else { 20.0 };
            let w = glyph_w + fonts::text_width(&label, 13.0, false) as f64 + 22.0;
            if x + w > width - MARGIN && x > MARGIN {
                x = MARGIN;
                y += 22.0;
            }
            body.push_str(&glyph(x, y));
            let _ = write!(
                body,
                r#"<text x="{}" y="{}" font-size="13" fill="{}">{}</text>"#,
                num(x + glyph_w),
                num(y),
                palette.text,
                esc(&label)
            );
            x += w;
        }
        y += 26.0;
    }

    // The plot: lane names at the left, the axis on top, lanes below.
    let plot_top = y;
    let mut plot_bottom = plot_top;
    if show_timeline {
        let groups = layout::group_lanes(events, view.lanes, lang);
        let lane_column = if view.lanes == LaneMode::None {
            0.0
        } else {
            let widest = groups.iter().map(|(n, _)| fonts::text_width(n, 13.0, true) as f64).fold(0.0, f64::max);
            (widest + 20.0).clamp(80.0, 190.0)
        };
        let left = MARGIN + lane_column;
        let right = width - MARGIN - if map_width > 0.0 { map_width + MAP_GAP } else { 0.0 };
        let time = TimeScale { start, end, left, right };
        // Few events: every one gets its label. Many: lanes stay readable and the rest cluster.
        let max_rows = if groups.len() <= 1 || events.len() <= 80 {
            16
        } else if groups.len() <= 4 {
            8
        } else {
            5
        };
        let lanes: Vec<Lane> =
            groups.into_iter().map(|(name, members)| layout::layout_lane(name, &members, events, &time, max_rows)).collect();

        let axis_height = 26.0;
        let lanes_top = plot_top + axis_height;
        let heights: Vec<f64> = lanes
            .iter()
            .map(|l| {
                (2.0 * LANE_PAD + l.rows.max(1) as f64 * ROW_HEIGHT + if l.clusters.is_empty() { 0.0 } else { CLUSTER_STRIP })
                    .max(if l.name.is_empty() { 44.0 } else { 56.0 })
            })
            .collect();
        let lanes_bottom = lanes_top + heights.iter().sum::<f64>();

        // Lane backgrounds and names.
        let mut top = lanes_top;
        for (i, (lane, h)) in lanes.iter().zip(&heights).enumerate() {
            if i % 2 == 1 {
                let _ = write!(
                    body,
                    r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>"#,
                    num(MARGIN),
                    num(top),
                    num(right - MARGIN),
                    num(*h),
                    palette.lane_alt
                );
            }
            if !lane.name.is_empty() {
                let lines = fonts::wrap(&lane.name, (lane_column - 14.0) as f32, 13.0);
                let shown = lines.len().min(2);
                for (k, line) in lines.iter().take(shown).enumerate() {
                    let line = fonts::fit(line, (lane_column - 14.0) as f32, 13.0, true);
                    let _ = write!(
                        body,
                        r#"<text x="{}" y="{}" font-size="13" font-weight="bold" fill="{}">{}</text>"#,
                        num(MARGIN + 6.0),
                        num(top + LANE_PAD + 16.0 + k as f64 * 16.0),
                        palette.text,
                        esc(&line)
                    );
                }
                let count = count_events(lane.size, lang);
                let _ = write!(
                    body,
                    r#"<text x="{}" y="{}" font-size="11" fill="{}">{}</text>"#,
                    num(MARGIN + 6.0),
                    num(top + LANE_PAD + 16.0 + shown as f64 * 16.0),
                    palette.muted,
                    esc(&count)
                );
            }
            top += h;
        }

        // Axis: grid lines through the lanes, labels above.
        for tick in scale::ticks(&time, 96.0, lang) {
            let x = time.x_of(tick.date);
            let stroke = if tick.major { palette.grid_major } else { palette.grid };
            let _ = write!(
                body,
                r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{stroke}" stroke-width="1"/>"#,
                num(plot_top + 8.0),
                num(lanes_bottom),
                x = num(x)
            );
            let label_w = fonts::text_width(&tick.label, 12.0, false) as f64;
            if x + 4.0 + label_w <= right + 4.0 {
                let _ = write!(
                    body,
                    r#"<text x="{}" y="{}" font-size="12" fill="{}">{}</text>"#,
                    num(x + 4.0),
                    num(plot_top + 16.0),
                    palette.muted,
                    esc(&tick.label)
                );
            }
        }
        let _ = write!(
            body,
            r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{}" stroke-width="1"/>"#,
            num(left),
            num(right),
            palette.grid_major,
            y = num(lanes_top)
        );

        let row_y = |lane_top: f64, row: usize| lane_top + LANE_PAD + row as f64 * ROW_HEIGHT + ROW_HEIGHT / 2.0;

        // Marks, labels and clusters.
        let mut top = lanes_top;
        for (lane, h) in lanes.iter().zip(&heights) {
            for p in &lane.placed {
                let e = &events[p.event];
                let cy = row_y(top, p.row);
                let colour = type_colour(e.event_type);
                let dash = if e.planned { r#" stroke-dasharray="3 2""# } else { "" };
                if highlighted.contains(&e.id) {
                    let _ = write!(
                        body,
                        r#"<circle cx="{}" cy="{}" r="11" fill="none" stroke="{}" stroke-width="3"/>"#,
                        num(p.x0),
                        num(cy),
                        palette.highlight
                    );
                }
                match p.mark {
                    Mark::Point if e.planned => {
                        let _ = write!(
                            body,
                            r#"<circle cx="{}" cy="{}" r="6" fill="{}" stroke="{colour}" stroke-width="2"{dash}/>"#,
                            num(p.x0),
                            num(cy),
                            palette.background
                        );
                    }
                    Mark::Point => {
                        let _ = write!(
                            body,
                            r#"<circle cx="{}" cy="{}" r="6.5" fill="{colour}" stroke="{}" stroke-width="1.5"/>"#,
                            num(p.x0),
                            num(cy),
                            palette.background
                        );
                    }
                    Mark::Band => {
                        let _ = write!(
                            body,
                            r#"<rect x="{}" y="{}" width="{}" height="12" rx="6" fill="{colour}" fill-opacity="0.28" stroke="{colour}" stroke-width="1.2"{dash}/>"#,
                            num(p.x0),
                            num(cy - 6.0),
                            num((p.x1 - p.x0).max(3.0))
                        );
                    }
                }
                if !p.label.is_empty() {
                    let weight = if highlighted.contains(&e.id) { r#" font-weight="bold""# } else { "" };
                    let style = if e.planned { r#" font-style="italic""# } else { "" };
                    let _ = write!(
                        body,
                        r#"<text x="{}" y="{}" font-size="{}"{weight}{style} fill="{}">{}</text>"#,
                        num(p.label_x),
                        num(cy + 4.5),
                        LABEL_SIZE,
                        palette.text,
                        esc(&p.label)
                    );
                }
            }
            let strip_y = top + LANE_PAD + lane.rows as f64 * ROW_HEIGHT + CLUSTER_STRIP / 2.0;
            for c in &lane.clusters {
                let n = c.events.len();
                let r = 8.0 + (n as f64).log2().min(6.0); // at most 14: clusters are 30 px apart
                let _ = write!(
                    body,
                    r##"<circle cx="{}" cy="{}" r="{}" fill="{}" fill-opacity="0.9"/><text x="{}" y="{}" font-size="10" font-weight="bold" fill="#ffffff" text-anchor="middle">{n}</text>"##,
                    num(c.x),
                    num(strip_y),
                    num(r),
                    type_colour(c.main_type),
                    num(c.x),
                    num(strip_y + 3.5)
                );
            }
            top += h;
        }
        plot_bottom = lanes_bottom;
    }

    if map_width > 0.0 {
        let places = map::places_of(events, &highlighted, lang);
        let countries: HashSet<String> = events.iter().flat_map(|e| e.places.iter().filter_map(|p| p.country.clone())).collect();
        let map_x = width - MARGIN - map_width;
        let map_height = if show_timeline { (plot_bottom - plot_top).max(map_width * 0.72) } else { (map_width * 0.56).round() };
        let used =
            map::draw(&mut body, &places, &countries, &palette, lang, map::Frame { x: map_x, y: plot_top, w: map_width, h: map_height });
        plot_bottom = plot_bottom.max(plot_top + used);
    }

    // Footer: the sources, then the credits.
    y = plot_bottom + 28.0;
    for line in fonts::wrap(&sources_line(events, articles, lang), (width - 2.0 * MARGIN) as f32, 12.0) {
        let _ = write!(body, r#"<text x="{}" y="{}" font-size="12" fill="{}">{}</text>"#, num(MARGIN), num(y), palette.muted, esc(&line));
        y += 17.0;
    }
    let credit = if map_width > 0.0 {
        tr(lang, "Réalisé avec GeoTimeline · fond de carte Natural Earth", "Made with GeoTimeline · base map Natural Earth")
    } else {
        tr(lang, "Réalisé avec GeoTimeline", "Made with GeoTimeline")
    };
    let _ = write!(
        body,
        r#"<text x="{}" y="{}" font-size="11" fill="{}" text-anchor="end">{}</text>"#,
        num(width - MARGIN),
        num(y + 4.0),
        palette.muted,
        esc(credit)
    );
    let height = (y + 4.0 + MARGIN * 0.6).ceil();

    let mut svg = String::with_capacity(body.len() + 512);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FAMILY}"><title>{}</title><rect width="{w}" height="{h}" fill="{}"/>"#,
        esc(&title),
        palette.background,
        w = num(width),
        h = num(height)
    );
    svg.push_str(&body);
    svg.push_str("</svg>\n");
    Figure { svg, width, height }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_numbers_are_safe_and_stable() {
        assert_eq!(esc(r#"Poutine & Kim <"accord">"#), "Poutine &amp; Kim &lt;&quot;accord&quot;&gt;");
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.3");
        assert_eq!(num(-0.04), "0");
        assert_eq!(count_events(10_000, Lang::Fr), "10\u{202f}000 événements");
        assert_eq!(count_events(1, Lang::Fr), "1 événement");
        assert_eq!(count_events(1234567, Lang::En), "1,234,567 events");
    }
}
