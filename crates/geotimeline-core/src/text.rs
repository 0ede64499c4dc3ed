//! Paragraphs and sentences with byte offsets into the stored article text, so
//! every quote the extractor keeps is a verbatim slice of the article.

/// A slice of the article text: `start..end` are UTF-8 byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// A sentence and the paragraph it belongs to (paragraph index from 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

/// Short words that end with a period without ending a sentence ("M. Poutine",
/// "V. Poutine" is handled as a single capital letter).
const ABBREVIATIONS: &[&str] = &[
    "M", "Mme", "Mmes", "MM", "Dr", "Pr", "St", "Ste", "etc", "av", "apr", "J.-C", "cf", "p", "n°", "No", "janv", "févr", "fév",
    "avr", "juil", "sept", "oct", "nov", "déc", "Janv", "Févr", "Avr", "Juil", "Sept", "Oct", "Nov", "Déc",
];

/// Splits text into paragraphs (blank-line or line separated) and those into
/// sentences. Whitespace around each piece is trimmed off the span.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (paragraph, para) in paragraphs(text).into_iter().enumerate() {
        let body = para.of(text);
        let mut begin = 0usize;
        let chars: Vec<(usize, char)> = body.char_indices().collect();
        for (i, &(at, c)) in chars.iter().enumerate() {
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            // The break comes after closing quotes and brackets that follow the mark.
            // French puts a (narrow) space before the closing guillemet: « oui. »
            let mut j = i + 1;
            loop {
                if j < chars.len() && matches!(chars[j].1, '»' | '"' | '”' | ')' | '’' | '\'') {
                    j += 1;
                } else if j + 1 < chars.len() && chars[j].1.is_whitespace() && chars[j + 1].1 == '»' {
                    j += 2;
                } else {
                    break;
                }
            }
            let next_is_space = j < chars.len() && chars[j].1.is_whitespace();
            if !next_is_space {
                continue;
            }
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let next_starts_sentence = k < chars.len() && {
                let n = chars[k].1;
                n.is_uppercase() || n.is_numeric() || matches!(n, '«' | '"' | '“' | '(' | '-' | '—' | '–')
            };
            if !next_starts_sentence || (c == '.' && is_abbreviation(&body[begin..at])) {
                continue;
            }
            let end = if j < chars.len() { chars[j].0 } else { body.len() };
            push_trimmed(&mut out, text, para.start + begin, para.start + end, paragraph);
            begin = chars[k].0;
        }
        push_trimmed(&mut out, text, para.start + begin, para.end, paragraph);
    }
    out
}

fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let single_capital = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
    single_capital || ABBREVIATIONS.contains(&word)
}

fn push_trimmed(out: &mut Vec<Sentence>, text: &str, start: usize, end: usize, paragraph: usize) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Sentence { span: Span { start: start + lead, end: end - trail }, paragraph });
    }
}

/// Paragraphs are separated by line breaks; empty lines are skipped.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            if !text[start..i].trim().is_empty() {
                out.push(Span { start, end: i });
            }
            start = i + 1;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(Span { start, end: text.len() });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.span.of(text)).collect()
    }

    #[test]
    fn splits_on_sentence_ends_but_not_abbreviations() {
        let text = "M. Poutine est arrivé. Il a vu V. Poutine ? Non.\nNouveau paragraphe « cité. » Fin";
        assert_eq!(
            split(text),
            vec!["M. Poutine est arrivé.", "Il a vu V. Poutine ?", "Non.", "Nouveau paragraphe « cité. »", "Fin"]
        );
    }

    #[test]
    fn quote_after_period_closes_the_sentence() {
        let text = "Il a dit « oui. » Puis il est parti.";
        assert_eq!(split(text), vec!["Il a dit « oui. »", "Puis il est parti."]);
    }

    #[test]
    fn paragraph_index_follows_line_breaks() {
        let s = sentences("Un. Deux.\n\nTrois.");
        assert_eq!(s.iter().map(|s| s.paragraph).collect::<Vec<_>>(), vec![0, 0, 1]);
    }
}
