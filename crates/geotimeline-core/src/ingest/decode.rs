//! Bytes to UTF-8: byte-order marks first, then strict UTF-8, then a guess
//! (chardetng) for legacy encodings such as Windows-1252 French.

use crate::error::IngestProblem;
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::Encoding;

pub fn to_utf8(bytes: &[u8], is_html: bool) -> Result<String, IngestProblem> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(text.into_owned());
    }
    if looks_binary(bytes) {
        return Err(IngestProblem::NotText(describe_binary(bytes)));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, Utf8Detection::Allow);
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors && !is_html {
        return Err(IngestProblem::NotText(format!("undecodable bytes ({})", encoding.name())));
    }
    Ok(text.into_owned())
}

/// NUL bytes never occur in text files (UTF-16 has a BOM, handled above).
fn looks_binary(bytes: &[u8]) -> bool {
    bytes.iter().take(8192).any(|&b| b == 0)
}

fn describe_binary(bytes: &[u8]) -> String {
    let known: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"PK\x03\x04", "a ZIP archive or Office document"),
        (b"GIF8", "a GIF image"),
        (b"SQLite format 3", "a SQLite database"),
    ];
    known.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|(_, what)| what.to_string()).unwrap_or_else(|| "binary data".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_french_is_decoded() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("Le président est arrivé à Hanoï à l'été.");
        assert_eq!(to_utf8(&bytes, false).unwrap(), "Le président est arrivé à Hanoï à l'été.");
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Été".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(to_utf8(&bytes, false).unwrap(), "Été");
    }

    #[test]
    fn pdf_is_named() {
        assert_eq!(to_utf8(b"%PDF-1.7\n\0\0", false), Err(IngestProblem::NotText("a PDF document".into())));
    }
}
