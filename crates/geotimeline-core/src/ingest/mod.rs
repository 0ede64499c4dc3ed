//! From files on disk to articles ready to store: file checks and limits,
//! character encodings, HTML and Markdown reduced to text, metadata, hashing.

mod decode;
mod html;
pub mod manifest;
mod markdown;
mod pdf;

pub use html::to_text as html_to_text;
pub use manifest::{manifest_items, read_manifest, read_manifest_items, Manifest, ManifestEntry, ManifestItem};

use crate::error::{Error, IngestProblem, IngestWarning, Result};
use crate::model::NewArticle;
use chrono::NaiveDate;
use sha2::{Digest, Sha256};
use std::path::Path;

/// One article is at most this large on disk; a larger file is refused rather
/// than truncated, so no event is silently lost.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// What the user (or a manifest) says about an article; it overrides what the
/// file itself declares.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleMeta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub language: Option<String>,
    pub published: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Markdown,
    Html,
    /// The PDF's text layer (see `pdf.rs`).
    Pdf,
}

impl FileKind {
    pub fn of(path: &Path) -> std::result::Result<Self, IngestProblem> {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" | "" => Ok(FileKind::Text),
            "md" | "markdown" => Ok(FileKind::Markdown),
            "html" | "htm" | "xhtml" => Ok(FileKind::Html),
            "pdf" => Ok(FileKind::Pdf),
            other => Err(IngestProblem::UnsupportedType(other.to_string())),
        }
    }
}

/// Reads one article file. Every failure names the file and the problem; what
/// was repaired to read it (bad bytes replaced) comes back as warnings.
pub fn read_article_file(path: &Path, meta: &ArticleMeta) -> Result<(NewArticle, Vec<IngestWarning>)> {
    let fail = |problem| Error::Ingest { path: path.to_path_buf(), problem };
    let kind = FileKind::of(path).map_err(fail)?;
    let info = std::fs::metadata(path).map_err(|e| fail(IngestProblem::Unreadable(e.to_string())))?;
    if !info.is_file() {
        return Err(fail(IngestProblem::Unreadable("not a regular file".into())));
    }
    if info.len() > MAX_FILE_BYTES {
        return Err(fail(IngestProblem::TooLarge { size: info.len(), limit: MAX_FILE_BYTES }));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(IngestProblem::Unreadable(e.to_string())))?;
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    read_bytes(&file_name, kind, &bytes, meta).map_err(fail)
}

/// Text or HTML pasted from the clipboard, to import as a new article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pasted {
    pub text: String,
    /// Read as HTML (reduced as a page is) rather than plain text.
    pub html: bool,
}

impl Pasted {
    /// What was pasted; it is HTML when the clipboard offered it as HTML
    /// (`html_flavour`) or when the text itself starts with markup.
    pub fn new(text: impl Into<String>, html_flavour: bool) -> Self {
        let text = text.into();
        let html = html_flavour || starts_with_markup(&text);
        Pasted { text, html }
    }

    /// The name the article is stored under (and that messages about it give).
    pub fn file_name(&self) -> &'static str {
        if self.html {
            "pasted.html"
        } else {
            "pasted.txt"
        }
    }

    pub fn kind(&self) -> FileKind {
        if self.html {
            FileKind::Html
        } else {
            FileKind::Text
        }
    }
}

/// Text that opens with an HTML doctype, comment or element ("<p>", "<div class=…>"),
/// not with a "<" in prose ("<3", "< 5 %").
pub fn starts_with_markup(text: &str) -> bool {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let Some(rest) = head.strip_prefix('<') else { return false };
    if rest.starts_with('!') {
        return rest.get(..2) == Some("!-") || rest.get(..8).is_some_and(|d| d.eq_ignore_ascii_case("!doctype"));
    }
    let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    let after = rest[name.len()..].chars().next();
    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && matches!(after, Some('>' | ' ' | '/' | '\n' | '\t' | '\r'))
}

/// Reads a pasted article as a file of its kind would be read. An empty paste
/// (nothing but whitespace) is [`IngestProblem::Empty`].
pub fn read_pasted(pasted: &Pasted, meta: &ArticleMeta) -> std::result::Result<(NewArticle, Vec<IngestWarning>), IngestProblem> {
    read_bytes(pasted.file_name(), pasted.kind(), pasted.text.as_bytes(), meta)
}

/// Builds an article from bytes known to be text (the built-in sample, generated
/// corpora). A repair [`read_article_file`] would warn of is made silently.
pub fn article_from_bytes(
    file_name: &str,
    kind: FileKind,
    bytes: &[u8],
    meta: &ArticleMeta,
) -> std::result::Result<NewArticle, IngestProblem> {
    read_bytes(file_name, kind, bytes, meta).map(|(article, _)| article)
}

fn read_bytes(
    file_name: &str,
    kind: FileKind,
    bytes: &[u8],
    meta: &ArticleMeta,
) -> std::result::Result<(NewArticle, Vec<IngestWarning>), IngestProblem> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(IngestProblem::Empty);
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(IngestProblem::TooLarge { size: bytes.len() as u64, limit: MAX_FILE_BYTES });
    }
    let mut warnings = Vec::new();
    let (text, found) = match kind {
        // A PDF is binary: its text layer is read by pdf.rs, not decoded.
        FileKind::Pdf => pdf::to_text(bytes)?,
        FileKind::Text | FileKind::Markdown | FileKind::Html => {
            let decoded = decode::to_utf8(bytes, kind == FileKind::Html)?;
            if decoded.replaced > 0 {
                warnings.push(IngestWarning::InvalidUtf8 { replaced: decoded.replaced });
            }
            let raw = decoded.text;
            match kind {
                FileKind::Text => (normalize_text(&raw), ArticleMeta::default()),
                FileKind::Markdown => markdown::to_text(&raw),
                _ => html::to_text(&raw)?,
            }
        }
    };
    if text.trim().is_empty() {
        return Err(IngestProblem::NoText);
    }
    let title = meta.title.clone().or(found.title).or_else(|| first_line_title(&text));
    // Said by the user (manifest, --lang, the import review), by the page, or read from the text.
    let language = meta.language.clone().or(found.language).unwrap_or_else(|| detect_language(&text).to_string());
    if !matches!(language.as_str(), "fr" | "en") {
        return Err(IngestProblem::BadMetadata(format!("language {language:?} is not supported (fr or en)")));
    }
    let article = NewArticle {
        file_name: file_name.to_string(),
        title,
        outlet: meta.outlet.clone().or(found.outlet),
        language,
        published: meta.published.or(found.published),
        content_hash: content_hash(&text),
        text,
    };
    Ok((article, warnings))
}

/// The language of a text among those GeoTimeline reads: English when the text reads
/// as English, French otherwise (French is the first locale).
pub fn detect_language(text: &str) -> &'static str {
    // Six hundred bytes tell French from English (the detector's cost grows with the text).
    let mut end = text.len().min(600);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let detector = whatlang::Detector::with_allowlist(vec![whatlang::Lang::Fra, whatlang::Lang::Eng]);
    match detector.detect_lang(&text[..end]) {
        Some(whatlang::Lang::Eng) => "en",
        _ => "fr",
    }
}

/// Line endings unified and a byte-order mark dropped; nothing else changes,
/// so quotes stay verbatim with respect to the original file.
fn normalize_text(raw: &str) -> String {
    raw.trim_start_matches('\u{feff}').replace("\r\n", "\n").replace('\r', "\n")
}

fn first_line_title(text: &str) -> Option<String> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let line = line.trim_start_matches('#').trim();
    (line.chars().count() <= 200).then(|| line.to_string())
}

/// SHA-256 of the text, with whitespace folded so a re-saved copy is the same article.
pub fn content_hash(text: &str) -> String {
    // The words fed one by one, a space between them: the folded text is never built.
    let mut hasher = Sha256::new();
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            hasher.update(b" ");
        }
        hasher.update(word.as_bytes());
    }
    let mut hex = String::with_capacity(64);
    for b in hasher.finalize() {
        hex.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
        hex.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
    }
    hex
}

/// Reads a date given as YYYY-MM-DD or as an ISO date-time.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str, body: &[u8]) -> std::result::Result<NewArticle, IngestProblem> {
        article_from_bytes(name, FileKind::of(Path::new(name)).unwrap(), body, &ArticleMeta::default())
    }

    #[test]
    fn empty_and_binary_files_are_refused() {
        assert_eq!(read("a.txt", b"  \n "), Err(IngestProblem::Empty));
        assert!(matches!(read("a.txt", b"\x89PNG\r\n\x1a\n\0\0\0IHDR"), Err(IngestProblem::NotText(_))));
    }

    #[test]
    fn an_oversized_file_is_refused_with_its_size() {
        let big = vec![b'a'; MAX_FILE_BYTES as usize + 1];
        assert_eq!(read("big.txt", &big), Err(IngestProblem::TooLarge { size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        std::fs::write(&path, &big).unwrap();
        let err = read_article_file(&path, &ArticleMeta::default()).expect_err("refused").to_string();
        assert_eq!(
            err,
            format!("{}: the file is {} bytes, over the {}-byte limit for one article", path.display(), MAX_FILE_BYTES + 1, MAX_FILE_BYTES)
        );
    }

    #[test]
    fn pasted_markup_is_told_from_prose() {
        for html in ["<p>Le 20 juin</p>", "  <!DOCTYPE html><html>", "<!-- x --><div>", "<div class=\"a\">x</div>", "\n<article>\n"] {
            assert!(starts_with_markup(html), "{html}");
        }
        for text in ["Le 20 juin <b>", "<3 merci", "< 5 % des voix", "<>", "<1er mai>", ""] {
            assert!(!starts_with_markup(text), "{text}");
        }
        assert!(Pasted::new("Le 20 juin.", true).html, "the clipboard said HTML");
        assert_eq!(Pasted::new("<p>Le 20 juin.</p>", false).file_name(), "pasted.html");
        assert_eq!(Pasted::new("Le 20 juin.", false).kind(), FileKind::Text);
    }

    #[test]
    fn unsupported_extensions_are_named() {
        assert_eq!(FileKind::of(Path::new("x.docx")), Err(IngestProblem::UnsupportedType("docx".into())));
    }

    #[test]
    fn plain_text_keeps_its_words_and_gets_a_title() {
        let a = read("a.txt", "Titre de l’article\r\n\r\nLe 20 juin, Poutine est arrivé.".as_bytes()).unwrap();
        assert_eq!(a.title.as_deref(), Some("Titre de l’article"));
        assert_eq!(a.text, "Titre de l’article\n\nLe 20 juin, Poutine est arrivé.");
        assert_eq!(a.language, "fr");
        assert_eq!(a.content_hash.len(), 64);
    }

    #[test]
    fn the_same_text_has_the_same_hash_whatever_its_spacing() {
        assert_eq!(content_hash("a  b\nc"), content_hash("a b c"));
        assert_ne!(content_hash("a b"), content_hash("a c"));
        // As stored by earlier versions: SHA-256 of the words joined by single spaces, in hex.
        let joined = |t: &str| {
            Sha256::digest(t.split_whitespace().collect::<Vec<_>>().join(" ")).iter().map(|b| format!("{b:02x}")).collect::<String>()
        };
        for text in ["", "  ", "Été à Hanoï,\t\n le 3 mai. ", "one", "a\u{a0}b\u{2009}c\u{85}d\u{b}e\u{1c}f\u{3000}", "\u{202f}« oui »\r\n"]
        {
            assert_eq!(content_hash(text), joined(text), "{text:?}");
        }
    }

    #[test]
    fn user_metadata_overrides_the_file() {
        let meta = ArticleMeta { title: Some("T".into()), published: parse_date("2024-06-20"), ..Default::default() };
        let a = article_from_bytes("a.txt", FileKind::Text, b"Bonjour.", &meta).unwrap();
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2024, 6, 20));
    }

    #[test]
    fn the_language_is_read_from_the_text_when_no_one_says_it() {
        let english = "President Joe Biden arrived in Kyiv on Monday for talks with his Ukrainian counterpart.";
        let french = "Le président américain est arrivé lundi à Kiev pour des entretiens avec son homologue.";
        let read = |text: &str| article_from_bytes("a.txt", FileKind::Text, text.as_bytes(), &ArticleMeta::default()).unwrap().language;
        assert_eq!(read(english), "en");
        assert_eq!(read(french), "fr");
        let said = ArticleMeta { language: Some("fr".into()), ..Default::default() };
        assert_eq!(
            article_from_bytes("a.txt", FileKind::Text, english.as_bytes(), &said).unwrap().language,
            "fr",
            "what the user says wins"
        );
    }

    #[test]
    fn unknown_language_is_refused() {
        let meta = ArticleMeta { language: Some("de".into()), ..Default::default() };
        assert!(matches!(article_from_bytes("a.txt", FileKind::Text, b"Hallo.", &meta), Err(IngestProblem::BadMetadata(_))));
    }

    #[test]
    fn replaced_bytes_are_a_warning_naming_their_count() {
        let mut bytes = "Affaires étrangères : le ministre est arrivé.".as_bytes().to_vec();
        bytes.push(0xFF);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mostly.txt");
        std::fs::write(&path, &bytes).unwrap();
        let (article, warnings) = read_article_file(&path, &ArticleMeta::default()).unwrap();
        assert_eq!(article.text, "Affaires étrangères : le ministre est arrivé.\u{fffd}");
        assert_eq!(warnings, vec![IngestWarning::InvalidUtf8 { replaced: 1 }]);
        assert_eq!(
            warnings[0].to_string(),
            "1 invalid UTF-8 sequence replaced by \u{fffd} (U+FFFD); the rest of the file is read as UTF-8"
        );
        std::fs::write(&path, "Affaires étrangères.").unwrap();
        assert_eq!(read_article_file(&path, &ArticleMeta::default()).unwrap().1, vec![]);
    }
}
