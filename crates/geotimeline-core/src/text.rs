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
    "M", "Mme", "Mmes", "MM", "Dr", "Pr", "St", "Ste", "etc", "av", "apr", "J.-C", "cf", "p", "n°", "No", "janv", "févr", "fév", "avr",
    "juil", "sept", "oct", "nov", "déc", "Janv", "Févr", "Avr", "Juil", "Sept", "Oct", "Nov", "Déc",
    // English: months and titles ("Dec. 21", "Mr. Biden"); initials of states, which stand
    // before a title far more often than at a sentence's end ("U.S. Secretary of State").
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Dec", "Mr", "Mrs", "Ms", "Sen", "Gov", "Gen", "Rep", "Lt", "Col", "Jr", "U.S",
    "U.K", "U.N", "E.U",
];

/// Splits text into paragraphs (blank-line or line separated) and those into
/// sentences. Whitespace around each piece is trimmed off the span.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (paragraph, para) in paragraphs(text).into_iter().enumerate() {
        let body = para.of(text);
        let mut begin = 0usize;
        // The marks found by their bytes ('…' by its first): most characters are none.
        let marks = body.bytes().enumerate().filter(|&(_, b)| matches!(b, b'.' | b'!' | b'?' | 0xE2));
        for (at, c) in marks.filter_map(|(at, _)| body[at..].chars().next().map(|c| (at, c))) {
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            let after_mark = at + c.len_utf8();
            let rest = &body[after_mark..];
            // The break comes after closing quotes and brackets that follow the mark.
            // French puts a (narrow) space before the closing guillemet: « oui. »
            let mut closed = 0;
            loop {
                let mut next = rest[closed..].chars();
                match (next.next(), next.next()) {
                    (Some(q), _) if matches!(q, '»' | '"' | '”' | ')' | '’' | '\'') => closed += q.len_utf8(),
                    (Some(space), Some('»')) if space.is_whitespace() => closed += space.len_utf8() + '»'.len_utf8(),
                    _ => break,
                }
            }
            if !(rest[closed..].starts_with(char::is_whitespace) || (c == '.' && closed == 0 && glued(&body[begin..at], rest))) {
                continue;
            }
            let next_sentence = rest[closed..].trim_start();
            let next_starts_sentence = next_sentence
                .chars()
                .next()
                .is_some_and(|n| n.is_uppercase() || n.is_numeric() || matches!(n, '«' | '"' | '“' | '(' | '-' | '—' | '–'));
            if !next_starts_sentence || (c == '.' && is_abbreviation(&body[begin..at]) && !opens_a_clause(next_sentence)) {
                continue;
            }
            push_trimmed(&mut out, text, para.start + begin, para.start + after_mark + closed, paragraph);
            begin = body.len() - next_sentence.len();
        }
        push_trimmed(&mut out, text, para.start + begin, para.end, paragraph);
    }
    out
}

/// "… en milieu de soirée.Ces sanctions …": pages copied from the web lose the space after
/// a full stop. A word of three letters or more in lower case (but its first), the stop,
/// then a capitalised word begins a sentence ("U.S.Army", "M.Macron", "3.5" do not).
fn glued(before: &str, after: &str) -> bool {
    let word: Vec<char> = before.chars().rev().take_while(|c| c.is_alphabetic()).collect();
    let mut next = after.chars();
    word.len() >= 3
        && word[..word.len() - 1].iter().all(|c| c.is_lowercase())
        && next.next().is_some_and(char::is_uppercase)
        && next.next().is_some_and(char::is_lowercase)
}

/// Whether a text opens with a word that begins a clause and is no name: a title or an
/// initial stands before a name, so "… avec le président du Sénat cambodgien, Hun Sen. Cet
/// appel …" ends a sentence at "Sen.".
fn opens_a_clause(next_sentence: &str) -> bool {
    const OPENERS: &[&str] = &[
        "Ce", "Cet", "Cette", "Ces", "Les", "Il", "Ils", "Elle", "Elles", "Un", "Une", "Selon", "The", "He", "She", "It", "They", "This",
        "These", "Those", "His", "Her", "Their",
    ];
    let word = next_sentence.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    OPENERS.contains(&word)
}

fn is_abbreviation(before: &str) -> bool {
    // (After an opening bracket or quotation mark too: "«M. Ouattara est proclamé élu».)
    let word = before.rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '«' | '"' | '“' | '‘' | '[')).next().unwrap_or("");
    let single_capital = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
    // Initials ("S.E.M." for Son Excellence Monsieur, "U.S."), which stand before a name or
    // a title far more often than at a sentence's end.
    let initials = word.contains('.') && word.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase));
    single_capital || initials || ABBREVIATIONS.contains(&word)
}

fn push_trimmed(out: &mut Vec<Sentence>, text: &str, start: usize, end: usize, paragraph: usize) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Sentence { span: Span { start: start + lead, end: end - trail }, paragraph });
    }
}

/// The text with surnames written in capitals after a first name put in the usual case,
/// byte for byte so offsets stay: "Alassane OUATTARA", "M. Sakaria KONÉ", "Denis
/// SASSOU-NGUESSO" (official and African press) read as "Alassane Ouattara"… by the
/// name rules. A word in capitals that `is_acronym` knows ("ONU", "NATO") is kept.
pub fn surnames_in_usual_case<'t>(text: &'t str, is_acronym: impl Fn(&str) -> bool) -> std::borrow::Cow<'t, str> {
    // Four letters at least: "RFI", "AFP" after "Selon" are outlets, not surnames. (Capitals
    // first: most words fail at their second letter, and every word of the text is asked.)
    let is_capitals =
        |w: &str| w.chars().all(|c| c.is_uppercase() || "-'’".contains(c)) && w.chars().filter(|c| c.is_alphabetic()).count() >= 4;
    // A first name: a capital, then small letters ("Alassane", "Sakaria"), or a surname just put right.
    let is_first_name = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
    };
    let bare = |w: &'t str| w.trim_matches(|c: char| !c.is_alphabetic());
    // (A word opening on a small ASCII letter keeps it once bared: no word in capitals, told
    // without decoding it.)
    if !text.split_whitespace().any(|w| !w.as_bytes()[0].is_ascii_lowercase() && is_capitals(bare(w))) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut previous_was_name = false;
    let mut copied = 0;
    for (start, word) in text.split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)) {
        let bare = bare(word);
        if previous_was_name && is_capitals(bare) && !is_acronym(bare) {
            let at = start + word.find(bare).unwrap_or(0);
            out.push_str(&text[copied..at]);
            let mut after_break = true;
            for c in bare.chars() {
                let lower: String = c.to_lowercase().collect();
                if after_break || lower.len() != c.len_utf8() {
                    out.push(c);
                } else {
                    out.push_str(&lower);
                }
                after_break = "-'’".contains(c);
            }
            copied = at + bare.len();
            previous_was_name = true;
        } else {
            previous_was_name = is_first_name(word) && word == bare;
        }
    }
    out.push_str(&text[copied..]);
    std::borrow::Cow::Owned(out)
}

/// Paragraphs are separated by line breaks; empty lines are skipped.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        if !text[start..i].trim().is_empty() {
            out.push(Span { start, end: i });
        }
        start = i + 1;
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
        assert_eq!(split(text), vec!["M. Poutine est arrivé.", "Il a vu V. Poutine ?", "Non.", "Nouveau paragraphe « cité. »", "Fin"]);
        // After an opening quotation mark too.
        assert_eq!(split("«M. Ouattara est proclamé élu», a-t-il dit."), vec!["«M. Ouattara est proclamé élu», a-t-il dit."]);
    }

    #[test]
    fn surnames_in_capitals_after_a_first_name_take_the_usual_case() {
        let acronym = |w: &str| w == "ONU";
        for (text, usual) in [
            ("Le président Alassane OUATTARA est arrivé.", "Le président Alassane Ouattara est arrivé."),
            ("M. Sakaria KONÉ, et Denis SASSOU-NGUESSO.", "M. Sakaria Koné, et Denis Sassou-Nguesso."),
            ("Denis SASSOU N’GUESSO a signé", "Denis Sassou N’Guesso a signé"),
            // Not after a first name, or an acronym: as written.
            ("Selon l'ONU, la FAO et Antonio ONU.", "Selon l'ONU, la FAO et Antonio ONU."),
            ("LE PRÉSIDENT EST ARRIVÉ", "LE PRÉSIDENT EST ARRIVÉ"),
        ] {
            let got = surnames_in_usual_case(text, acronym);
            assert_eq!(got, usual);
            assert_eq!(got.len(), text.len());
        }
    }

    #[test]
    fn initials_before_a_name_end_no_sentence() {
        for one in ["Le Président, S.E.M. Alassane Ouattara, est arrivé.", "The U.S. Senate voted. It passed."] {
            assert_eq!(split(one)[0], one.split(" It").next().unwrap());
        }
    }

    #[test]
    fn a_full_stop_that_lost_its_space_still_ends_a_sentence() {
        let text = "Les conclusions ont été publiées en milieu de soirée.Ces sanctions couvrent le secteur financier.";
        assert_eq!(
            split(text),
            vec!["Les conclusions ont été publiées en milieu de soirée.", "Ces sanctions couvrent le secteur financier."]
        );
        assert_eq!(split("Sanctions against Russia.These cover banks."), vec!["Sanctions against Russia.", "These cover banks."]);
        for one in [
            "Selon M.Macron, rien.",
            "The NATO.Int site.",
            "Les U.S.Army rangers.",
            "Une hausse de 3.5 points.",
            "Le site france24.Com le dit.",
        ] {
            assert_eq!(split(one), vec![one]);
        }
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
