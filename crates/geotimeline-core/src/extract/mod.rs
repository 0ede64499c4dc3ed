//! Extraction: from an article's text and publication date to candidate events.
//!
//! The [`Extractor`] trait is the seam: ingest and the CLI only see candidates,
//! so a better extractor replaces [`FrenchRules`] without touching storage or
//! merging. Extraction is deterministic: the same text and date give the same
//! candidates.

pub mod acronyms;
pub mod actors;
pub mod claims;
pub mod dates;
pub mod en;
pub mod events;
pub mod fr;
pub mod locale;
pub mod word_regex;

use crate::model::{Actor, DateSpan, EventType, Place};
use crate::text::Span;
use chrono::NaiveDate;

/// What an extractor reads: the stored text (offsets point into it), its
/// language and the date it was published (the anchor of "jeudi", "hier").
#[derive(Debug, Clone, Copy)]
pub struct ArticleText<'a> {
    pub text: &'a str,
    pub language: &'a str,
    pub published: Option<NaiveDate>,
}

/// One report of an event in one article, before merging across articles.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub event_type: EventType,
    pub title: String,
    pub date: DateSpan,
    /// The words the date was read from, when the sentence has one.
    pub date_text: Option<String>,
    pub planned: bool,
    pub places: Vec<Place>,
    pub actors: Vec<Actor>,
    /// The sentence that reports the event: a verbatim slice of the text.
    pub quote: Span,
    /// A count the report gives ("une dizaine d'accords", "11 accords"), as written.
    pub quantity: Option<String>,
    pub confidence: f32,
    /// An earlier event the sentence only recalls ("après une visite à
    /// Pyongyang"): it has no date of its own (`date` is the month before the
    /// sentence's), so it only joins an event already known, never makes one.
    pub refers_back: bool,
    /// A report that names neither who nor where ("plusieurs contrats devraient être
    /// signés"): it adds its source to a known event of its type and date, never makes one.
    pub joins_only: bool,
    /// Why the extractor read this event: shown by `geotimeline explain`.
    pub explanation: Explanation,
}

/// The rules behind a candidate, in words: what fired, where its date, its
/// actors and its places came from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Explanation {
    /// The trigger's words and the rule that read them.
    pub trigger: String,
    pub date: String,
    pub actors: String,
    pub places: String,
}

/// About the last `n` bytes of `text` (from the next character boundary): what a pattern
/// anchored at the end needs to read, whatever the length of the sentence before.
pub fn last_bytes(text: &str, n: usize) -> &str {
    let mut start = text.len().saturating_sub(n);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// A trigger with the words that may open its verb group before it (auxiliaries, modals,
/// adverbs: "would not impose", "n'imposerait pas"), for rules that read the whole group.
pub fn with_its_verb_group(clause_before: &str, trigger: &str) -> String {
    format!("{} {trigger}", last_bytes(clause_before, 24))
}

/// The first word of a text, without the punctuation after it.
pub fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("").trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// `text.to_lowercase()`, borrowed when that changes nothing, as for most words: the rules
/// lower-case words to compare them, hundreds of times per article.
pub fn lower_case(text: &str) -> std::borrow::Cow<'_, str> {
    if all_lower_to_themselves(text, false) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.to_lowercase())
    }
}

/// `text.to_lowercase().replace('’', "'")`, borrowed when that changes nothing: a word as the
/// lexicons look words up.
pub fn lower_case_straight(text: &str) -> std::borrow::Cow<'_, str> {
    if all_lower_to_themselves(text, true) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.to_lowercase().replace('’', "'"))
    }
}

/// Where the words `tail` end when they follow byte `from` of `sentence` after spaces, read as
/// the lexicons read words (any case, either apostrophe); `None` when they do not follow. The end is in `sentence`'s own bytes: "d’État" is longer there than
/// the lexicon's "d'État".
pub fn tail_end(sentence: &str, from: usize, tail: &str) -> Option<usize> {
    let rest = sentence[from..].trim_start();
    let start = sentence.len() - rest.len();
    let straight = |c: char| if c == '’' { '\'' } else { c };
    let mut text = rest.char_indices();
    for expected in tail.chars() {
        let (_, got) = text.next()?;
        if !straight(got).to_lowercase().eq(straight(expected).to_lowercase()) {
            return None;
        }
    }
    Some(text.next().map_or(sentence.len(), |(i, _)| start + i))
}

/// Whether lower case leaves every character of `text` as it is (and, if `straight`, none is a
/// curly apostrophe): its ASCII bytes are told apart as bytes, the rest as characters.
fn all_lower_to_themselves(text: &str, straight: bool) -> bool {
    let bytes = text.as_bytes();
    match bytes.iter().position(|b| !b.is_ascii() || b.is_ascii_uppercase()) {
        None => true,
        Some(i) if bytes[i].is_ascii() => false,
        // (The first byte that is not ASCII starts a character.)
        Some(i) => text[i..].chars().all(|c| !(straight && c == '’') && lowers_to_itself(c)),
    }
}

/// Whether lower case leaves the character as it is. (`str::to_lowercase` differs from
/// the characters' own mapping only for capital sigma, which this says it changes.)
fn lowers_to_itself(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_uppercase();
    }
    // The Latin-1 letters and signs of French text, and the general punctuation ('’', '«',
    // '—', '…'): only the capitals À to Þ (not '×') change.
    match u32::from(c) {
        0xC0..=0xDE => return c == '\u{D7}',
        0xA0..=0xFF | 0x2000..=0x206F => return true,
        _ => {}
    }
    let mut lower = c.to_lowercase();
    lower.next() == Some(c) && lower.next().is_none()
}

/// The text with its incises (what stands between two commas) left out, for the words
/// between an enacting verb and its object ("ont adopté vendredi, jour de …, un paquet").
pub fn without_incises(text: &str) -> String {
    let mut outside = String::new();
    for (i, part) in text.split(',').enumerate() {
        if i % 2 == 0 {
            outside.push_str(part);
            outside.push(' ');
        }
    }
    outside
}

pub trait Extractor: Send + Sync {
    fn extract(&self, article: ArticleText<'_>) -> Vec<Candidate>;

    /// Extracts, counting the sentences not read for events (too long, too
    /// crowded with triggers): the import reports them.
    fn extract_counting(&self, article: ArticleText<'_>, _unread: &mut events::Unread) -> Vec<Candidate> {
        self.extract(article)
    }
}

/// The first French extractor: trigger words, dates resolved against the
/// publication date and the narrative, and a built-in gazetteer of places and people.
#[derive(Debug, Default, Clone, Copy)]
pub struct FrenchRules;

impl Extractor for FrenchRules {
    fn extract(&self, article: ArticleText<'_>) -> Vec<Candidate> {
        events::extract(article)
    }

    fn extract_counting(&self, article: ArticleText<'_>, unread: &mut events::Unread) -> Vec<Candidate> {
        events::extract_counting(article, unread)
    }
}

#[cfg(test)]
mod tests {
    use super::{lower_case, lower_case_straight};

    #[test]
    fn lower_case_is_to_lowercase_and_borrows_what_it_leaves() {
        // Capitals, accents, a titlecase digraph, the Kelvin sign, dotted I, a final sigma
        // (which lowers by its context), the sharp s and curly apostrophes.
        for text in ["Élysée", "déjà", "ǅemal", "\u{212a}elvin", "İstanbul", "ΟΔΟΣ", "ΣΑ", "straße", "ẞ", "l’Élysée", "a-t-il", "", "42"]
        {
            assert_eq!(lower_case(text), text.to_lowercase(), "{text}");
            assert_eq!(lower_case_straight(text), text.to_lowercase().replace('’', "'"), "{text}");
        }
        assert!(matches!(lower_case("déjà vu"), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(lower_case_straight("l'accord"), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(lower_case_straight("l’accord"), std::borrow::Cow::Owned(_)));
    }

    #[test]
    fn the_characters_told_by_their_range_lower_to_themselves_as_lower_case_says() {
        for c in (0x80..=0x2100u32).filter_map(char::from_u32) {
            let mut lower = c.to_lowercase();
            let itself = lower.next() == Some(c) && lower.next().is_none();
            assert_eq!(super::lowers_to_itself(c), itself, "{c:?}");
        }
    }
}
