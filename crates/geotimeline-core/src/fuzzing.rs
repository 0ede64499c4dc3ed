//! The bodies of the cargo-fuzz targets (`fuzz/fuzz_targets/`), here so that the
//! core's tests replay the kept corpora (`fuzz/corpus/<target>/`) through exactly
//! the code the fuzzer ran. Each takes the fuzzer's raw bytes, must never panic and
//! checks what it can of its output: a broken invariant is a panic, which the
//! fuzzer reports as a crash.

use crate::extract::dates::{self, Policy};
use crate::extract::{events::Unread, ArticleText, Extractor, FrenchRules};
use crate::ingest::{self, ArticleMeta, FileKind};
use crate::model::DateSpan;
use chrono::NaiveDate;
use std::path::Path;

/// The publication date the date rules and the extraction read against.
pub fn published() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 6, 20).expect("a valid date")
}

/// The first byte picks the options, the rest is the text (invalid UTF-8 replaced).
fn split(data: &[u8]) -> (u8, String) {
    match data.split_first() {
        Some((&first, rest)) => (first, String::from_utf8_lossy(rest).into_owned()),
        None => (0, String::new()),
    }
}

fn language(options: u8) -> &'static str {
    if options & 1 == 0 {
        "fr"
    } else {
        "en"
    }
}

/// What every date span must be: ordered, and bounded as its precision says (a month
/// from a first day to a last day of a month, a week from a Monday to a Sunday, …). A
/// range of several months or years keeps the precision of its ends.
pub fn check_span(date: &DateSpan) {
    use crate::model::Precision::*;
    use chrono::{Datelike, Weekday};
    let (start, end) = (date.start, date.end);
    assert!(start <= end, "a span ends before it starts: {date:?}");
    let last_of_month = end.succ_opt().is_none_or(|next| next.day() == 1);
    let ok = match date.precision {
        Day => true,
        Week => start.weekday() == Weekday::Mon && end.weekday() == Weekday::Sun,
        Month => start.day() == 1 && last_of_month,
        Quarter => start.day() == 1 && start.month() % 3 == 1 && last_of_month && end.month() % 3 == 0,
        Season => {
            matches!((start.month(), start.day()), (3 | 6 | 9 | 12, 21..=23))
                && matches!((end.month(), end.day()), (3 | 6 | 9 | 12, 20..=22))
        }
        Year => (start.month(), start.day(), end.month(), end.day()) == (1, 1, 12, 31),
        Decade => (start.month(), start.day(), end.month(), end.day()) == (1, 1, 12, 31) && start.year() % 10 == 0 && end.year() % 10 == 9,
    };
    assert!(ok, "a {:?} span with bounds its precision does not have: {date:?}", date.precision);
}

/// The date rules of a language (bit 0 of the first byte: French or English, bits 1–2
/// the policy) over a text, against a fixed publication date.
pub fn dates(data: &[u8]) {
    let (options, text) = split(data);
    let grammar = crate::extract::locale::for_language(language(options)).dates;
    let policy = match (options >> 1) & 3 {
        0 => Policy::Nearest,
        1 => Policy::Past,
        _ => Policy::Future,
    };
    let found = dates::find_all_in(grammar, &text, published(), policy);
    for e in &found {
        assert!(e.span.start <= e.span.end && e.span.end <= text.len(), "a span out of the text: {:?}", e.span);
        assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end), "a span off char boundaries");
        check_span(&e.date);
    }
    let tagged = dates::tag_in(grammar, &text, published(), policy);
    let points = text.chars().count();
    for t in &tagged {
        assert!(t.start <= t.end && t.end <= points, "a tag out of the text: {t:?}");
    }
    let _ = dates::latest_full_day_in(grammar, &text);
}

/// The HTML reducer over a page.
pub fn html(data: &[u8]) {
    let page = String::from_utf8_lossy(data);
    if let Ok((text, _meta)) = ingest::html_to_text(&page) {
        assert!(!text.contains('\0') || page.contains('\0'), "a NUL byte out of nowhere");
    }
}

/// The manifest reader over a manifest's text, in a folder that does not exist.
pub fn manifest(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let path = Path::new("/nonexistent-geotimeline-fuzz/manifest.json");
    if let Ok(items) = ingest::manifest_items(&text, path) {
        for (file, _meta) in items.into_iter().flatten() {
            assert!(file.starts_with("/nonexistent-geotimeline-fuzz"), "a manifest entry out of its folder: {file:?}");
            assert!(!file.components().any(|c| matches!(c, std::path::Component::ParentDir)), "a '..' kept: {file:?}");
        }
    }
    let _ = ingest::manifest::parse_manifest(&text, path);
}

/// One article as an import reads it: bit 0 of the first byte picks French or English,
/// bit 1 a plain text or an HTML file, bit 2 whether the publication date is known;
/// the article is then extracted as the store's ingest extracts it.
pub fn article(data: &[u8]) {
    let Some((&options, bytes)) = data.split_first() else { return };
    let kind = if options & 2 == 0 { FileKind::Text } else { FileKind::Html };
    let meta =
        ArticleMeta { language: Some(language(options).to_string()), published: (options & 4 == 0).then(published), ..Default::default() };
    let Ok(article) = ingest::article_from_bytes("fuzz", kind, bytes, &meta) else { return };
    let mut unread = Unread::default();
    let candidates = FrenchRules
        .extract_counting(ArticleText { text: &article.text, language: &article.language, published: article.published }, &mut unread);
    for c in &candidates {
        let q = c.quote;
        assert!(q.start <= q.end && q.end <= article.text.len(), "a quote out of the text: {q:?}");
        assert!(article.text.is_char_boundary(q.start) && article.text.is_char_boundary(q.end), "a quote off char boundaries");
        check_span(&c.date);
    }
}
