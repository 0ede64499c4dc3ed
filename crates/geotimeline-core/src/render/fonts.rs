//! The fonts every export uses, embedded so a PNG or PDF is the same on every OS,
//! and text measurement with their real advance widths so labels never overlap.

use std::sync::{Arc, OnceLock};

pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The family named in the SVG; viewers without it fall back to a close sans-serif.
pub const FAMILY: &str = "DejaVu Sans, Verdana, Arial, sans-serif";

/// Advance widths of one face, per character, in font units.
struct Metrics {
    units_per_em: f32,
    advances: std::collections::HashMap<char, u16>,
    fallback: u16,
}

impl Metrics {
    fn load(data: &'static [u8]) -> Metrics {
        use skrifa::instance::{LocationRef, Size};
        use skrifa::MetadataProvider;
        let face = skrifa::FontRef::new(data).expect("the embedded font parses");
        let charmap = face.charmap();
        // Unscaled: advances in font units, as the font's `hmtx` table holds them.
        let glyphs = face.glyph_metrics(Size::unscaled(), LocationRef::default());
        let advance = |c: char| charmap.map(c).and_then(|g| glyphs.advance_width(g)).map(|a| a as u16);
        let fallback = advance('n').unwrap_or(1200);
        let mut advances = std::collections::HashMap::new();
        // Latin, Latin-1, Latin Extended, general punctuation: what French and English titles use.
        for c in (0x20u32..0x250).chain(0x2000..0x2070).filter_map(char::from_u32) {
            if let Some(advance) = advance(c) {
                advances.insert(c, advance);
            }
        }
        let units_per_em = face.metrics(Size::unscaled(), LocationRef::default()).units_per_em as f32;
        Metrics { units_per_em, advances, fallback }
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text.chars().map(|c| *self.advances.get(&c).unwrap_or(&self.fallback) as u32).sum();
        units as f32 * size / self.units_per_em
    }
}

fn regular() -> &'static Metrics {
    static M: OnceLock<Metrics> = OnceLock::new();
    M.get_or_init(|| Metrics::load(REGULAR))
}

fn bold() -> &'static Metrics {
    static M: OnceLock<Metrics> = OnceLock::new();
    M.get_or_init(|| Metrics::load(BOLD))
}

/// Width in px of `text` set at `size` px.
pub fn text_width(text: &str, size: f32, is_bold: bool) -> f32 {
    if is_bold { bold() } else { regular() }.width(text, size)
}

/// Shortens `text` to fit `width` px, ending it with an ellipsis ("" when nothing fits).
pub fn fit(text: &str, width: f32, size: f32, is_bold: bool) -> String {
    if text_width(text, size, is_bold) <= width {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut lo, mut hi) = (0usize, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate: String = chars[..mid].iter().collect::<String>().trim_end().to_string() + "…";
        if text_width(&candidate, size, is_bold) <= width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    if lo == 0 {
        String::new()
    } else {
        chars[..lo].iter().collect::<String>().trim_end().to_string() + "…"
    }
}

/// Breaks `text` into lines no wider than `width` px, at spaces.
pub fn wrap(text: &str, width: f32, size: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if !line.is_empty() && text_width(&candidate, size, false) > width {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A font database holding only the embedded faces, shared by PNG and PDF output.
pub fn database() -> Arc<resvg::usvg::fontdb::Database> {
    static DB: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = resvg::usvg::fontdb::Database::new();
        db.load_font_data(REGULAR.to_vec());
        db.load_font_data(BOLD.to_vec());
        db.set_sans_serif_family("DejaVu Sans");
        Arc::new(db)
    })
    .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_follow_the_font_and_grow_with_size() {
        let narrow = text_width("iiii", 13.0, false);
        let wide = text_width("WWWW", 13.0, false);
        assert!(narrow > 0.0 && wide > 2.0 * narrow, "{narrow} {wide}");
        assert!((text_width("Hanoï", 26.0, false) - 2.0 * text_width("Hanoï", 13.0, false)).abs() < 0.01);
        assert!(text_width("Hanoï", 13.0, true) > text_width("Hanoï", 13.0, false));
    }

    #[test]
    fn fit_shortens_with_an_ellipsis_and_wrap_keeps_every_word() {
        let title = "Rencontre : Vladimir Poutine – To Lam — Hanoï";
        assert_eq!(fit(title, 1000.0, 13.0, false), title);
        let short = fit(title, 120.0, 13.0, false);
        assert!(short.ends_with('…') && text_width(&short, 13.0, false) <= 120.0, "{short}");
        let lines = wrap("Sources : La Presse, 20 juin 2024 ; Euronews, 20 juin 2024 ; Daily Sabah, 20 juin 2024", 200.0, 12.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| text_width(l, 12.0, false) <= 200.0 || !l.contains(' ')));
        assert_eq!(lines.join(" "), "Sources : La Presse, 20 juin 2024 ; Euronews, 20 juin 2024 ; Daily Sabah, 20 juin 2024");
    }

    #[test]
    fn the_font_database_is_not_empty() {
        // Without a face usvg drops all text silently.
        assert!(database().faces().count() >= 2);
    }
}
