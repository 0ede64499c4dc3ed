//! Regexes with Unicode word boundaries (`\b`), made fast.
//!
//! The regex crate's DFAs cannot decide `\b` on non-ASCII text, so on French
//! text such a regex falls back to a backtracker over the whole haystack; that
//! was most of the extraction time `geotimeline bench` measured. A twin without
//! the `\b`s matches wherever the original can (an assertion removed only
//! loosens), and finds in DFA time where the next match may start; the original
//! then runs from there, with the text before as look-behind context. The
//! matches are exactly the original's.

use regex::{Captures, Match, Regex};


pub struct WordRegex {
    strict: Regex,
    loose: Regex,
}

impl WordRegex {
    pub fn new(pattern: &str) -> Result<Self, regex::Error> {
        Ok(WordRegex { strict: Regex::new(pattern)?, loose: Regex::new(&loosened(pattern))? })
    }

    /// The leftmost match starting at or after `from`.
    pub fn captures_at<'h>(&self, text: &'h str, from: usize) -> Option<Captures<'h>> {
        let start = self.loose.find_at(text, from)?.start();
        self.strict.captures_at(text, start)
    }

    pub fn find<'h>(&self, text: &'h str) -> Option<Match<'h>> {
        let start = self.loose.find(text)?.start();
        self.strict.find_at(text, start)
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.find(text).is_some()
    }

    /// Successive non-overlapping matches, as `Regex::find_iter`.
    pub fn find_iter<'r, 'h>(&'r self, text: &'h str) -> impl Iterator<Item = Match<'h>> + 'r
    where
        'h: 'r,
    {
        let mut from = Some(0);
        std::iter::from_fn(move || {
            let start = self.loose.find_at(text, from?)?.start();
            let whole = self.strict.find_at(text, start)?;
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
        ] {
            let (fast, plain) = both(pattern, text);
            assert_eq!(fast, plain, "{pattern} on {text}");
        }
    }
}
