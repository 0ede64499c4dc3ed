//! Bytes to UTF-8: byte-order marks first, then UTF-8 (strict, or with a few
//! bad bytes replaced), then a guess (chardetng) for legacy encodings such as
//! Windows-1252 French.

use crate::error::IngestProblem;
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::Encoding;

/// A file's text, and how many invalid UTF-8 sequences were replaced by U+FFFD
/// to read it (0 for valid UTF-8, a byte-order mark or a legacy encoding).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub replaced: usize,
}

impl Decoded {
    fn clean(text: String) -> Self {
        Decoded { text, replaced: 0 }
    }
}

pub fn to_utf8(bytes: &[u8], is_html: bool) -> Result<Decoded, IngestProblem> {
    let decoded = decode(bytes, is_html)?;
    // Text has no control characters but for tabs, line and page breaks: random
    // or compressed bytes that happen to hold no NUL decode to about one in ten.
    let controls = decoded.text.chars().filter(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{b}' | '\u{c}')).count();
    if controls > 0 && controls * 100 > decoded.text.chars().count() {
        return Err(IngestProblem::NotText(format!("binary data: {controls} control characters")));
    }
    Ok(decoded)
}

fn decode(bytes: &[u8], is_html: bool) -> Result<Decoded, IngestProblem> {
    // A known format by its first bytes, whatever its extension and even with no
    // NUL byte (a small PDF can be all ASCII).
    if let Some(what) = known_binary(bytes) {
        return Err(IngestProblem::NotText(what.to_string()));
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(Decoded::clean(text.into_owned()));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if had_errors {
            return Err(IngestProblem::NotText(format!("undecodable bytes ({} with no byte-order mark)", encoding.name())));
        }
        return Ok(Decoded::clean(text.into_owned()));
    }
    // Otherwise NUL bytes never occur in text files.
    if bytes.contains(&0) {
        return Err(IngestProblem::NotText("binary data".into()));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded::clean(text.to_string()));
    }
    if let Some(decoded) = mostly_utf8(bytes) {
        return Ok(decoded);
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, Utf8Detection::Allow);
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors && !is_html {
        return Err(IngestProblem::NotText(format!("undecodable bytes ({})", encoding.name())));
    }
    Ok(Decoded::clean(text.into_owned()))
}

/// UTF-8 with some invalid sequences: read as UTF-8 when it holds at least as
/// many valid multi-byte characters as invalid sequences. A legacy 8-bit text
/// (Windows-1252 "é" is the lone byte E9) almost never forms a valid UTF-8
/// sequence, so one valid "é" per bad byte already tells them apart; a text
/// with no valid one (ASCII and a stray 0x92) is left to the detector.
fn mostly_utf8(bytes: &[u8]) -> Option<Decoded> {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    (valid > 0 && invalid <= valid).then(|| Decoded { text: String::from_utf8_lossy(bytes).into_owned(), replaced: invalid })
}

/// UTF-16 saved without a byte-order mark: Latin text has a zero in every other
/// byte (the high byte of each unit), on the odd bytes for little-endian and on
/// the even ones for big-endian, and almost never on the others.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(8192) & !1];
    if sample.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = sample.len() / 2;
    let zeros = |offset: usize| sample.iter().skip(offset).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (zeros(0), zeros(1));
    // Nine units in ten with a zero high byte, and no more than one in a hundred with a zero low byte.
    let (high, low) = (units * 9 / 10, units / 100);
    if odd >= high && even <= low {
        Some(encoding_rs::UTF_16LE)
    } else if even >= high && odd <= low {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

fn known_binary(bytes: &[u8]) -> Option<&'static str> {
    let known: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"PK\x03\x04", "a ZIP archive or Office document"),
        (b"GIF8", "a GIF image"),
        (b"SQLite format 3", "a SQLite database"),
        (b"\x1f\x8b", "a gzip archive"),
    ];
    known.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|&(_, what)| what)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_french_is_decoded() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("Le président est arrivé à Hanoï à l'été.");
        assert_eq!(to_utf8(&bytes, false).unwrap(), Decoded::clean("Le président est arrivé à Hanoï à l'été.".into()));
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Été".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(to_utf8(&bytes, false).unwrap(), Decoded::clean("Été".into()));
    }

    #[test]
    fn pdf_is_named() {
        assert_eq!(to_utf8(b"%PDF-1.7\n\0\0", false), Err(IngestProblem::NotText("a PDF document".into())));
    }

    /// Found on the landed code: one bad byte in a UTF-8 French article made the
    /// whole text Windows-1252 ("Affaires Ã©trangÃ¨res").
    #[test]
    fn utf8_with_one_invalid_byte_stays_utf8() {
        let mut bytes = "Le ministre des Affaires étrangères est arrivé à Pékin.".as_bytes().to_vec();
        bytes.insert(3, 0xE9);
        let decoded = to_utf8(&bytes, false).unwrap();
        assert_eq!(decoded, Decoded { text: "Le \u{fffd}ministre des Affaires étrangères est arrivé à Pékin.".into(), replaced: 1 });
        assert_eq!(to_utf8(&bytes, true).unwrap(), decoded, "HTML alike");
        // Each invalid sequence is one replacement.
        bytes.extend_from_slice(b" \xff\xfe ok");
        assert_eq!(to_utf8(&bytes, false).unwrap().replaced, 3);
    }

    #[test]
    fn latin1_with_a_stray_valid_sequence_is_still_latin1() {
        // "é" as E9 five times, and one "Ã©" pair (C3 A9) that happens to be valid UTF-8.
        let (mut bytes, _, _) = encoding_rs::WINDOWS_1252.encode("Le député a été élu à l'unanimité.");
        bytes.to_mut().extend_from_slice(&[b' ', 0xC3, 0xA9]);
        let decoded = to_utf8(&bytes, false).unwrap();
        assert!(decoded.text.starts_with("Le député a été élu"), "{decoded:?}");
        assert_eq!(decoded.replaced, 0);
    }

    #[test]
    fn binary_is_refused_without_nul_bytes_or_past_the_start() {
        let pdf = b"%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        assert_eq!(to_utf8(pdf, false), Err(IngestProblem::NotText("a PDF document".into())));
        let mut late_nul = "Le président est arrivé. ".repeat(1_000).into_bytes();
        late_nul.push(0);
        assert_eq!(to_utf8(&late_nul, false), Err(IngestProblem::NotText("binary data".into())));
        // Bytes 1..=255 with no NUL: chardetng picks a single-byte encoding that decodes them all.
        let mut state = 1u32;
        let noise: Vec<u8> = (0..10_000)
            .map(|_| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (state >> 16) as u8 | 1
            })
            .collect();
        assert!(matches!(to_utf8(&noise, false), Err(IngestProblem::NotText(m)) if m.starts_with("binary data: ")));
        // Tabs, form feeds and CRLF are text.
        assert!(to_utf8(b"Titre\r\n\tLe 20 juin.\x0c\nSuite.", false).is_ok());
    }

    #[test]
    fn utf16_without_a_bom_is_recognised() {
        let text = "Le 12 mai 2024, le Premier ministre indien est arrivé à Tokyo.";
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(to_utf8(&le, false).unwrap(), Decoded::clean(text.into()));
        assert_eq!(to_utf8(&be, false).unwrap(), Decoded::clean(text.into()));
        // Zeros in both halves: not UTF-16, binary.
        assert_eq!(to_utf8(b"ab\0\0cd\0\0", false), Err(IngestProblem::NotText("binary data".into())));
    }
}
