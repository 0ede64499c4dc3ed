//! SVG to PNG (resvg) and PDF (svg2pdf), with only the embedded fonts, so the
//! same figure gives the same pixels on every OS.

use super::fonts;
use crate::error::{Error, Result};
use resvg::{tiny_skia, usvg};

/// Larger images would take gigabytes of memory; 16,384 px is also the common limit of image viewers.
const MAX_SIDE: u32 = 16_384;

fn tree(svg: &str, format: &'static str) -> Result<usvg::Tree> {
    let mut options = usvg::Options { font_family: "DejaVu Sans".into(), ..usvg::Options::default() };
    options.fontdb = fonts::database();
    usvg::Tree::from_str(svg, &options).map_err(|e| Error::Render { format, message: e.to_string() })
}

/// The figure as PNG at `scale` device pixels per SVG pixel (1, 2, 4 for 1×, 2×, 4×).
pub fn png(svg: &str, scale: f32) -> Result<Vec<u8>> {
    if !(scale.is_finite() && scale > 0.0 && scale <= 8.0) {
        return Err(Error::Render { format: "PNG", message: format!("the pixel density must be between 0 and 8, not {scale}") });
    }
    let tree = tree(svg, "PNG")?;
    let size = tree.size();
    let (w, h) = ((size.width() * scale).ceil() as u32, (size.height() * scale).ceil() as u32);
    if w > MAX_SIDE || h > MAX_SIDE {
        return Err(Error::Render {
            format: "PNG",
            message: format!("the image would be {w}×{h} px, over the {MAX_SIDE} px limit; choose a smaller width or pixel density"),
        });
    }
    let mut pixmap = tiny_skia::Pixmap::new(w, h)
        .ok_or_else(|| Error::Render { format: "PNG", message: format!("cannot allocate a {w}×{h} image") })?;
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| Error::Render { format: "PNG", message: e.to_string() })
}

/// The figure as a one-page PDF with real, selectable text.
pub fn pdf(svg: &str) -> Result<Vec<u8>> {
    let tree = tree(svg, "PDF")?;
    svg2pdf::to_pdf(&tree, svg2pdf::ConversionOptions::default(), svg2pdf::PageOptions::default())
        .map_err(|e| Error::Render { format: "PDF", message: e.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/><text x="10" y="40" font-size="24" fill="#000">Hanoï</text></svg>"##;

    #[test]
    fn text_is_drawn_with_the_embedded_font() {
        let bytes = png(SVG, 2.0).unwrap();
        let pixmap = tiny_skia::Pixmap::decode_png(&bytes).unwrap();
        assert_eq!((pixmap.width(), pixmap.height()), (400, 120));
        let dark = pixmap.pixels().iter().filter(|p| p.red() < 100).count();
        assert!(dark > 300, "the text left {dark} dark pixels");
    }

    #[test]
    fn pdf_keeps_the_text_and_bad_input_is_explained() {
        let bytes = pdf(SVG).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert!(bytes.windows(8).any(|w| w == b"FontFile"), "the font is embedded");
        let err = png("<svg", 1.0).unwrap_err().to_string();
        assert!(err.starts_with("cannot render the PNG image"), "{err}");
        let err = png(SVG, 20.0).unwrap_err().to_string();
        assert!(err.contains("pixel density"), "{err}");
    }
}
