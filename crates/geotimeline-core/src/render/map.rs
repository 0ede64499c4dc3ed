//! The exported map: country shapes from the packaged world-atlas data
//! (Natural Earth 1:50m, data/world-50m.json) and the events' places as
//! markers sized by how many events happened there. No tiles, no network.

use super::fonts;
use super::svg::{esc, num};
use super::theme::Palette;
use super::Lang;
use crate::model::Event;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write;
use std::sync::OnceLock;

const WORLD_JSON: &str = include_str!("../../data/world-50m.json");

struct Country {
    iso: Option<String>,
    /// Rings of (lon, lat).
    rings: Vec<Vec<(f64, f64)>>,
    /// min lon, min lat, max lon, max lat.
    bbox: (f64, f64, f64, f64),
}

#[derive(Deserialize)]
struct Topology {
    transform: Transform,
    arcs: Vec<Vec<[i64; 2]>>,
    objects: Objects,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Objects {
    countries: Collection,
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon {
        id: Option<String>,
        arcs: Vec<Vec<i64>>,
    },
    MultiPolygon {
        id: Option<String>,
        arcs: Vec<Vec<Vec<i64>>>,
    },
    #[serde(other)]
    Other,
}

/// Decodes the TopoJSON once: delta-encoded, quantized arcs stitched into rings.
fn world() -> &'static [Country] {
    static WORLD: OnceLock<Vec<Country>> = OnceLock::new();
    WORLD.get_or_init(|| {
        let topo: Topology = serde_json::from_str(WORLD_JSON).expect("the packaged world map is valid TopoJSON");
        let arcs: Vec<Vec<(f64, f64)>> = topo
            .arcs
            .iter()
            .map(|arc| {
                let (mut x, mut y) = (0i64, 0i64);
                arc.iter()
                    .map(|[dx, dy]| {
                        x += dx;
                        y += dy;
                        (
                            x as f64 * topo.transform.scale[0] + topo.transform.translate[0],
                            y as f64 * topo.transform.scale[1] + topo.transform.translate[1],
                        )
                    })
                    .collect()
            })
            .collect();
        let ring = |indices: &Vec<i64>| -> Vec<(f64, f64)> {
            let mut points: Vec<(f64, f64)> = Vec::new();
            for &index in indices {
                let mut arc = if index >= 0 { arcs[index as usize].clone() } else { arcs[!index as usize].iter().rev().copied().collect() };
                if !points.is_empty() {
                    arc.remove(0);
                }
                points.extend(arc);
            }
            points
        };
        topo.objects
            .countries
            .geometries
            .into_iter()
            .filter_map(|g| {
                let (iso, polygons) = match g {
                    Geometry::Polygon { id, arcs } => (id, vec![arcs]),
                    Geometry::MultiPolygon { id, arcs } => (id, arcs),
                    Geometry::Other => return None,
                };
                let rings: Vec<Vec<(f64, f64)>> = polygons.iter().flatten().map(&ring).collect();
                let mut bbox = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
                for &(lon, lat) in rings.iter().flatten() {
                    bbox = (bbox.0.min(lon), bbox.1.min(lat), bbox.2.max(lon), bbox.3.max(lat));
                }
                Some(Country { iso, rings, bbox })
            })
            .collect()
    })
}

/// A place drawn on the map with the number of events there.
#[derive(Debug, Clone, PartialEq)]
pub struct MapPlace {
    pub name: String,
    pub lon: f64,
    pub lat: f64,
    pub count: usize,
    pub highlighted: bool,
}

/// The smallest and largest marker radius (px), as in the window (`ui/src/map/markers.ts`).
pub const MIN_RADIUS: f64 = 3.0;
pub const MAX_RADIUS: f64 = 22.0;

/// A marker's radius for `count` events when the largest marker drawn has
/// `largest`: area proportional to the count, the largest at MAX_RADIUS, none
/// under MIN_RADIUS (the window's `markerRadius`; a figure of 100,000 events
/// keeps its markers within the map).
pub fn marker_radius(count: usize, largest: usize) -> f64 {
    if count == 0 || largest == 0 {
        return MIN_RADIUS;
    }
    (MAX_RADIUS * (count.min(largest) as f64 / largest as f64).sqrt()).max(MIN_RADIUS)
}

/// The places of `events` that have coordinates, most eventful first.
pub fn places_of(events: &[Event], highlighted: &HashSet<crate::model::EventId>, lang: Lang) -> Vec<MapPlace> {
    let mut by_name: BTreeMap<String, MapPlace> = BTreeMap::new();
    for e in events {
        for p in &e.places {
            let (Some(lat), Some(lon)) = (p.lat, p.lon) else { continue };
            let name = if lang == Lang::Fr { p.name_fr.clone() } else { p.name.clone() };
            let entry = by_name.entry(name.clone()).or_insert(MapPlace { name, lon, lat, count: 0, highlighted: false });
            entry.count += 1;
            entry.highlighted |= highlighted.contains(&e.id);
        }
    }
    let mut places: Vec<MapPlace> = by_name.into_values().collect();
    places.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    places
}

/// An equirectangular view (scaled by the cosine of its middle latitude) fitted to a box.
struct Projection {
    lon0: f64,
    lat1: f64,
    k: f64,
    cos: f64,
    x: f64,
    y: f64,
}

impl Projection {
    /// Fits the places into a box `w` wide and at most `h` high; returns the projection,
    /// the extent shown (lon0, lat0, lon1, lat1) and the height actually used.
    fn fit(places: &[MapPlace], x: f64, y: f64, w: f64, h: f64) -> (Projection, (f64, f64, f64, f64), f64) {
        let (mut lon0, mut lat0, mut lon1, mut lat1) = if places.is_empty() {
            (-170.0, -58.0, 190.0, 84.0)
        } else {
            let mut b = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
            for p in places {
                b = (b.0.min(p.lon), b.1.min(p.lat), b.2.max(p.lon), b.3.max(p.lat));
            }
            // Room around the outermost markers, and never closer than a region.
            let (cx, cy) = ((b.0 + b.2) / 2.0, (b.1 + b.3) / 2.0);
            let half_w = ((b.2 - b.0) * 0.6).clamp(14.0, 180.0);
            let half_h = ((b.3 - b.1) * 0.6).max(9.0);
            (cx - half_w, (cy - half_h).max(-60.0), cx + half_w, (cy + half_h).min(84.0))
        };
        let cos = ((lat0 + lat1) / 2.0).to_radians().cos().max(0.3);
        let (span_u, span_v) = ((lon1 - lon0) * cos, lat1 - lat0);
        let mut height = h;
        if span_v / span_u < h / w {
            // The box is taller than the extent: show more latitude, within the inhabited world,
            // and give back the height that would only be empty.
            let wanted = span_u * h / w;
            let grow = ((wanted - span_v) / 2.0).max(0.0);
            lat0 = (lat0 - grow).max(-60.0);
            lat1 = (lat1 + grow).min(84.0);
            height = (w * (lat1 - lat0) / span_u).min(h);
        } else {
            let extra = (span_v * w / h - span_u) / cos / 2.0;
            lon0 -= extra;
            lon1 += extra;
        }
        let k = w / ((lon1 - lon0) * cos);
        (Projection { lon0, lat1, k, cos, x, y }, (lon0, lat0, lon1, lat1), height)
    }

    fn point(&self, lon: f64, lat: f64) -> (f64, f64) {
        (self.x + (lon - self.lon0) * self.cos * self.k, self.y + (self.lat1 - lat) * self.k)
    }
}

/// Where the map goes: `w` wide and at most `h` high, top left at (x, y).
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// Draws the map into `frame`; returns the height used.
pub fn draw(out: &mut String, places: &[MapPlace], countries_named: &HashSet<String>, palette: &Palette, lang: Lang, frame: Frame) -> f64 {
    let Frame { x, y, w, h } = frame;
    let (projection, (lon0, lat0, lon1, lat1), h) = Projection::fit(places, x, y, w, h);
    let _ = write!(
        out,
        r#"<g class="map"><clipPath id="map-clip"><rect x="{}" y="{}" width="{}" height="{}" rx="6"/></clipPath>"#,
        num(x),
        num(y),
        num(w),
        num(h)
    );
    let _ = write!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}" rx="6" fill="{}" stroke="{}"/>"#,
        num(x),
        num(y),
        num(w),
        num(h),
        palette.water,
        palette.grid
    );
    out.push_str(r#"<g clip-path="url(#map-clip)">"#);
    for country in world() {
        let (a, b, c, d) = country.bbox;
        if c < lon0 || a > lon1 || d < lat0 || b > lat1 {
            continue;
        }
        let named = country.iso.as_deref().is_some_and(|iso| countries_named.contains(iso));
        let mut path = String::new();
        for ring in &country.rings {
            let mut last = (f64::MAX, f64::MAX);
            let mut shift = 0.0;
            let mut previous: Option<(f64, f64)> = None;
            for (i, &(lon, lat)) in ring.iter().enumerate() {
                // A ring that crosses the antimeridian jumps by 360°: keep it continuous
                // (Chukotka beside Russia), except along the poles' edges (Antarctica).
                if let Some((plon, plat)) = previous {
                    if (lon - plon).abs() > 180.0 && plat.abs() < 85.0 && lat.abs() < 85.0 {
                        shift += if lon < plon { 360.0 } else { -360.0 };
                    }
                }
                previous = Some((lon, lat));
                let (px, py) = projection.point(lon + shift, lat);
                // Points closer than half a pixel add bytes, not detail.
                if i > 0 && (px - last.0).abs() < 0.5 && (py - last.1).abs() < 0.5 {
                    continue;
                }
                let _ = write!(path, "{}{} {}", if i == 0 { "M" } else { "L" }, num(px), num(py));
                last = (px, py);
            }
            path.push('Z');
        }
        let fill = if named { palette.land_named } else { palette.land };
        let _ = write!(out, r#"<path d="{path}" fill="{fill}" stroke="{}" stroke-width="0.6" stroke-linejoin="round"/>"#, palette.border);
    }
    // Markers, the largest under the smaller ones; labels placed where they overlap nothing.
    let mut taken: Vec<(f64, f64, f64, f64)> = Vec::new();
    let largest = places.iter().map(|p| p.count).max().unwrap_or(0);
    let radius = |count: usize| marker_radius(count, largest);
    for p in places.iter() {
        let (px, py) = projection.point(p.lon, p.lat);
        let r = radius(p.count);
        let colour = if p.highlighted { palette.highlight } else { palette.marker };
        let _ = write!(
            out,
            r#"<circle cx="{}" cy="{}" r="{}" fill="{colour}" fill-opacity="0.78" stroke="{}" stroke-width="1.2"/>"#,
            num(px),
            num(py),
            num(r),
            palette.background
        );
        taken.push((px - r, py - r, px + r, py + r));
    }
    for p in places.iter() {
        let (px, py) = projection.point(p.lon, p.lat);
        let r = radius(p.count);
        let text = format!("{} ({})", p.name, p.count);
        let tw = fonts::text_width(&text, 12.0, p.highlighted) as f64;
        let candidates =
            [(px + r + 4.0, py + 4.0), (px - r - 4.0 - tw, py + 4.0), (px - tw / 2.0, py - r - 5.0), (px - tw / 2.0, py + r + 13.0)];
        let fits = |&(lx, ly): &(f64, f64)| {
            let b = (lx - 2.0, ly - 11.0, lx + tw + 2.0, ly + 3.0);
            b.0 >= x && b.2 <= x + w && b.1 >= y && b.3 <= y + h && !taken.iter().any(|t| b.0 < t.2 && t.0 < b.2 && b.1 < t.3 && t.1 < b.3)
        };
        if let Some(&(lx, ly)) = candidates.iter().find(|c| fits(c)) {
            taken.push((lx - 2.0, ly - 11.0, lx + tw + 2.0, ly + 3.0));
            let weight = if p.highlighted { r#" font-weight="bold""# } else { "" };
            let _ = write!(
                out,
                r#"<text x="{}" y="{}" font-size="12"{weight} fill="{}" stroke="{}" stroke-width="3" paint-order="stroke">{}</text>"#,
                num(lx),
                num(ly),
                palette.text,
                palette.water,
                esc(&text)
            );
        }
    }
    out.push_str("</g>");
    let caption = if lang == Lang::Fr { "Lieux des événements (nombre d’événements)" } else { "Event places (number of events)" };
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" font-size="11" fill="{}">{}</text></g>"#,
        num(x + 8.0),
        num(y + h - 8.0),
        palette.muted,
        esc(caption)
    );
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_world_decodes_with_iso_codes_and_plausible_shapes() {
        let world = world();
        assert!(world.len() > 200);
        let vietnam = world.iter().find(|c| c.iso.as_deref() == Some("VN")).expect("Vietnam is on the map");
        let (a, b, c, d) = vietnam.bbox;
        assert!(
            (102.0..103.0).contains(&a) && (8.0..9.0).contains(&b) && (109.0..110.0).contains(&c) && (23.0..24.0).contains(&d),
            "{:?}",
            vietnam.bbox
        );
        assert!(vietnam.rings.iter().all(|r| r.len() > 3 && r.first() == r.last()));
    }

    /// The export sizes its markers as the window does: the same bounds in
    /// markers.ts, and the radii its tests expect.
    #[test]
    fn marker_sizes_match_the_window() {
        assert_eq!(marker_radius(100, 100), MAX_RADIUS);
        assert!((marker_radius(25, 100) - MAX_RADIUS / 2.0).abs() < 1e-9);
        assert!((marker_radius(400, 1000) / marker_radius(100, 1000) - 2.0).abs() < 1e-9, "area proportional to the count");
        assert_eq!(marker_radius(1, 100_000), MIN_RADIUS);
        assert_eq!(marker_radius(5000, 100), MAX_RADIUS);
        let markers = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/map/markers.ts");
        let Ok(ts) = std::fs::read_to_string(&markers) else {
            eprintln!("skipped: {} not found (the crate is built outside the repository)", markers.display());
            return;
        };
        for line in [format!("export const MIN_RADIUS = {MIN_RADIUS};"), format!("export const MAX_RADIUS = {MAX_RADIUS};")] {
            assert!(ts.contains(&line), "markers.ts should have {line}");
        }
        let rule = "MAX_RADIUS * Math.sqrt(Math.min(count, max) / max)";
        assert!(ts.contains(rule), "markers.ts should size markers as {rule}");
    }

    #[test]
    fn the_view_fits_its_places_and_fills_the_box() {
        let places = vec![
            MapPlace { name: "Hanoï".into(), lon: 105.84, lat: 21.02, count: 5, highlighted: false },
            MapPlace { name: "Pyongyang".into(), lon: 125.75, lat: 39.03, count: 3, highlighted: true },
        ];
        let (p, _, used) = Projection::fit(&places, 10.0, 20.0, 600.0, 400.0);
        assert!(used <= 400.0);
        for place in &places {
            let (x, y) = p.point(place.lon, place.lat);
            assert!((40.0..580.0).contains(&x) && (30.0..used + 10.0).contains(&y), "{} at {x},{y}", place.name);
        }
        let mut svg = String::new();
        draw(
            &mut svg,
            &places,
            &HashSet::from(["VN".to_string()]),
            &Palette::light(),
            Lang::Fr,
            Frame { x: 10.0, y: 20.0, w: 600.0, h: 400.0 },
        );
        assert!(svg.contains("Hanoï (5)") && svg.contains("Pyongyang (3)"));
        assert!(svg.matches("<path").count() > 5, "neighbouring countries are drawn");
    }
}
