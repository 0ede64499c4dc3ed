//! Regexes with Unicode word boundaries (`\b`), made fast.
//!
//! The regex crate's DFAs cannot decide `\b` on non-ASCII text, so on French
//! text such a regex falls back to a backtracker over the whole haystack; that
//! was most of the extraction time `geotimeline bench` measured. A twin without
//! the `\b`s matches wherever the original can (an assertion removed only
//! loosens), and finds in DFA time where the next match may start. Most
//! patterns have `\b` only at both ends ("\b(?:mai|juin)\b"): where the twin's
//! match has a word boundary at each end, it is the original's match (the
//! original's matches there are among the twin's, and the twin's preferred one
//! passes both assertions), and its groups are the twin's, found on that span
//! alone; where the start is inside a word, no match of the original starts
//! there. Otherwise the original runs from there, with the text before as
//! look-behind context. The matches are exactly the original's.

use regex::{Captures, Match, Regex};
use regex_syntax::hir::{Hir, HirKind, Look};
use std::sync::OnceLock;

pub struct WordRegex {
    /// The original pattern, compiled the first time only it can tell a match
    /// (most patterns never need it, and compiling every one cost more at start
    /// than reading a thousand articles).
    pattern: String,
    strict: OnceLock<Regex>,
    /// The twin, compiled the first time it is searched with: a locale has rules that
    /// most texts never call for (a set of all the rules says which may match).
    loose: OnceLock<Regex>,
    /// Whether `\b` is the pattern's first and last item, when it has no
    /// other `\b` (`None` when it has).
    bounded_at_ends: Option<(bool, bool)>,
    /// The pattern has no `\b`: the twin is the original.
    unbounded: bool,
}

/// Where the twin's match at a start stands against the original.
enum Verdict {
    /// It is the original's match.
    Same,
    /// No match of the original starts there.
    NoneHere,
    /// Only the original can tell.
    Unknown,
}

impl WordRegex {
    pub fn new(pattern: &str) -> Result<Self, regex::Error> {
        let hir = regex_syntax::parse(pattern).map_err(|e| regex::Error::Syntax(e.to_string()))?;
        let bounded_at_ends = word_boundaries_at_ends(&hir);
        let unbounded = !has_word_boundary(&hir);
        Ok(WordRegex { pattern: pattern.to_string(), strict: OnceLock::new(), loose: OnceLock::new(), bounded_at_ends, unbounded })
    }

    /// The twin, without the word boundaries.
    fn loose(&self) -> &Regex {
        self.loose.get_or_init(|| Regex::new(&loosened(&self.pattern)).expect("a pattern that parsed"))
    }

    /// The original pattern, with its word boundaries.
    fn strict(&self) -> &Regex {
        self.strict.get_or_init(|| Regex::new(&self.pattern).expect("a pattern that parsed and whose twin compiled"))
    }

    fn verdict(&self, text: &str, loose: &Match) -> Verdict {
        match self.bounded_at_ends {
            _ if self.unbounded => Verdict::Same,
            None => Verdict::Unknown,
            Some((true, _)) if !word_boundary_at(text, loose.start()) => Verdict::NoneHere,
            Some((_, true)) if !word_boundary_at(text, loose.end()) => Verdict::Unknown,
            Some(_) => Verdict::Same,
        }
    }

    /// The leftmost match starting at or after `from`.
    pub fn captures_at<'h>(&self, text: &'h str, mut from: usize) -> Option<Captures<'h>> {
        loop {
            let loose = self.loose().find_at(text, from)?;
            match self.verdict(text, &loose) {
                Verdict::Same => return self.loose().captures_at(text, loose.start()),
                Verdict::NoneHere => from = after_first_char(text, loose.start())?,
                Verdict::Unknown => return self.strict().captures_at(text, loose.start()),
            }
        }
    }

    /// The leftmost match starting at or after `from`.
    pub fn find_at<'h>(&self, text: &'h str, mut from: usize) -> Option<Match<'h>> {
        loop {
            let loose = self.loose().find_at(text, from)?;
            match self.verdict(text, &loose) {
                Verdict::Same => return Some(loose),
                Verdict::NoneHere => from = after_first_char(text, loose.start())?,
                Verdict::Unknown => return self.strict().find_at(text, loose.start()),
            }
        }
    }

    pub fn find<'h>(&self, text: &'h str) -> Option<Match<'h>> {
        self.find_at(text, 0)
    }

    pub fn is_match(&self, text: &str) -> bool {
        // Without `\b` the twin says it alone, and stops at the first match it sees
        // without looking for where that match starts.
        if self.unbounded {
            return self.loose().is_match(text);
        }
        self.find(text).is_some()
    }

    /// Successive non-overlapping matches, as `Regex::find_iter`.
    pub fn find_iter<'r, 'h>(&'r self, text: &'h str) -> impl Iterator<Item = Match<'h>> + 'r
    where
        'h: 'r,
    {
        let mut from = Some(0);
        std::iter::from_fn(move || {
            let whole = self.find_at(text, from?)?;
            from = next_start(text, &whole);
            Some(whole)
        })
    }
    /// Successive non-overlapping matches, as `Regex::captures_iter` (for
    /// patterns that cannot match the empty string, as all of ours).
    pub fn captures_iter<'r, 'h>(&'r self, text: &'h str) -> impl Iterator<Item = Captures<'h>> + 'r
    where
        'h: 'r,
    {
        let mut from = Some(0);
        std::iter::from_fn(move || {
            let caps = self.captures_at(text, from?)?;
            // A group named `span` is the match proper; what follows it is context
            // that may belong to the next match ("le 16 et le 17").
            from = next_start(text, &caps.name("span").or_else(|| caps.get(0)).expect("group 0"));
            Some(caps)
        })
    }
}

/// Where a pattern's word boundaries are, when each is its first or last item
/// (`(start, end)`), and none elsewhere; `None` otherwise.
fn word_boundaries_at_ends(hir: &Hir) -> Option<(bool, bool)> {
    let HirKind::Concat(items) = hir.kind() else { return None };
    let is_boundary = |h: &Hir| matches!(h.kind(), HirKind::Look(Look::WordUnicode));
    let [first, middle @ .., last] = items.as_slice() else { return None };
    let ends = (is_boundary(first), is_boundary(last));
    let elsewhere = middle.iter().any(has_word_boundary) || (!ends.0 && has_word_boundary(first)) || (!ends.1 && has_word_boundary(last));
    (!elsewhere && (ends.0 || ends.1)).then_some(ends)
}

fn has_word_boundary(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Look(look) => !matches!(look, Look::Start | Look::End | Look::StartLF | Look::EndLF | Look::StartCRLF | Look::EndCRLF),
        HirKind::Repetition(r) => has_word_boundary(&r.sub),
        HirKind::Capture(c) => has_word_boundary(&c.sub),
        HirKind::Concat(items) | HirKind::Alternation(items) => items.iter().any(has_word_boundary),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) => false,
    }
}

/// Whether `\b` holds at byte `at` of `text`, as the regex crate decides it.
fn word_boundary_at(text: &str, at: usize) -> bool {
    let word = |c: Option<char>| c.is_some_and(regex_syntax::is_word_character);
    word(text[..at].chars().next_back()) != word(text[at..].chars().next())
}

fn after_first_char(text: &str, at: usize) -> Option<usize> {
    text[at..].chars().next().map(|c| at + c.len_utf8())
}

/// The pattern without its word boundaries: it matches wherever `pattern` does.
pub fn loosened(pattern: &str) -> String {
    pattern.replace(r"\b", "")
}

/// Where the search after `whole` starts: its end, or past one character after an empty match.
fn next_start(text: &str, whole: &Match) -> Option<usize> {
    if whole.end() > whole.start() {
        Some(whole.end())
    } else {
        text[whole.end()..].chars().next().map(|c| whole.end() + c.len_utf8())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(pattern: &str, text: &str) -> (Vec<(usize, usize)>, Vec<(usize, usize)>) {
        let fast = WordRegex::new(pattern).unwrap();
        let plain = Regex::new(pattern).unwrap();
        let fast_spans = fast.find_iter(text).map(|m| (m.start(), m.end())).collect();
        let plain_spans = plain.find_iter(text).map(|m| (m.start(), m.end())).collect();
        (fast_spans, plain_spans)
    }

    #[test]
    fn matches_as_the_plain_regex_does() {
        for (pattern, text) in [
            (r"(?i)\bété\b", "L'été dernier, un étésien été."),
            (r"(?i)\ble\s+(\d{1,2})\b", "Bâle 12 juin, le 13 et le 145, puis le 2"),
            (r"(?i)\b(mars|mai)\b", "démarsé mars Mai maison mai"),
            (r"(?i)\b(?:en|à\s+la)\s+fin\b", "à la fin, en fin, déjà la fin"),
            // The twin prefers "mai" in "maison": only the original finds "maison".
            (r"(?i)\b(mai|maison)\b", "la maison, en mai, Maisonnée"),
            (r"(?i)\b(\w+é)\b", "Été élué, a signé l'été, éé"),
            (r"\bfoo|bar\b", "xfoo foox xbar barx"),
            (r"(?i)(?P<span>\ble\s+(\d+)\b)(\s+mai\b)?", "le 3 mai, le 4 maison, Bâle 5 mai"),
            (r"(?i)^\s*(?:après|suite\s+à)\s*(?:le|la)\s*\p{L}{3,}", "  Après la visite"),
            (r"(?i)\b(?:à|au)\s+(?:la\s+)?$", "va à la "),
            (r"(?i)\b(?:à|au)\s+(?:la\s+)?$", "déjà la "),
            (r"(?i)(?:la|le)\s+(\w+é)\b", "la vérité, le désiré! leé"),
        ] {
            let (fast, plain) = both(pattern, text);
            assert_eq!(fast, plain, "{pattern} on {text}");
            let fast_groups: Vec<Vec<Option<(usize, usize)>>> = WordRegex::new(pattern)
                .unwrap()
                .captures_iter(text)
                .map(|c| c.iter().map(|g| g.map(|m| (m.start(), m.end()))).collect())
                .collect();
            let plain_groups: Vec<Vec<Option<(usize, usize)>>> = Regex::new(pattern)
                .unwrap()
                .captures_iter(text)
                .map(|c| c.iter().map(|g| g.map(|m| (m.start(), m.end()))).collect())
                .collect();
            assert_eq!(fast_groups, plain_groups, "{pattern} on {text}");
        }
    }

    #[test]
    fn knows_which_patterns_have_word_boundaries_only_at_their_ends() {
        let ends = |p: &str| WordRegex::new(p).unwrap().bounded_at_ends;
        assert_eq!(ends(r"(?i)\b(?:mai|juin)\s+(\d{4})\b"), Some((true, true)));
        assert_eq!(ends(r"\bfoo|bar\b"), None);
        assert_eq!(ends(r"\bfoo\s+\bbar\b"), None);
        assert_eq!(ends(r"(?P<span>\bfoo\b)(\s+bar)?"), None);
        assert_eq!(ends(r"foo\b"), Some((false, true)));
        assert_eq!(ends(r"\bà\s+la\s+$"), Some((true, false)));
        assert!(WordRegex::new(r"^\s*après").unwrap().unbounded);
        assert!(!WordRegex::new(r"foo\b").unwrap().unbounded);
    }
}
