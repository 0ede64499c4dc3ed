//! Organisations an article defines itself: a name followed by its acronym in parentheses
//! ("La République en marche (LREM)", "the National Unity Platform (NUP)"). News introduces
//! parties, militias and agencies so; the knowledge base cannot list them all. Both the
//! name and the acronym then stand for the organisation in every sentence of the article.

use super::locale::ActorWords;
use crate::knowledge::{gazetteer, organisations};
use crate::model::{Actor, ActorKind};
use std::sync::LazyLock;

/// An organisation the article named with its acronym.
#[derive(Debug, Clone, PartialEq)]
pub struct Defined {
    pub name: String,
    pub acronym: String,
}

/// Up to eight words of a name, the first capitalised, then an acronym of two capitals or
/// more in parentheses.
static DEFINITION: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,7}?)\s+\((\p{Lu}[\p{L}-]{1,9})\)").expect("acronym definition pattern")
});

/// The organisations `text` defines, each once.
pub fn defined_in(words: &ActorWords, text: &str) -> Vec<Defined> {
    // Most articles define none: no regex runs without a capital after a parenthesis.
    if !text.as_bytes().windows(2).any(|w| w[0] == b'(' && w[1].is_ascii_uppercase()) {
        return Vec::new();
    }
    let mut out: Vec<Defined> = Vec::new();
    for caps in DEFINITION.captures_iter(text) {
        let acronym = &caps[2];
        if acronym.chars().filter(|c| c.is_uppercase()).count() < 2 {
            continue;
        }
        let Some(name) = name_for(words, &caps[1], acronym) else { continue };
        // The knowledge base's own ("CEDEAO", "l'Organisation des Nations unies (ONU)") are read there.
        if organisations::names_one(&name) || organisations::names_one(acronym) || !gazetteer::places_in(acronym).is_empty() {
            continue;
        }
        if !out.iter().any(|d| d.acronym == acronym) {
            out.push(Defined { name, acronym: acronym.to_string() });
        }
    }
    out
}

/// The organisation's name in the words before its acronym: the shortest run of words, from
/// a capitalised one, whose initials hold the acronym's capitals in order, starting on its
/// first ("Front de libération nationale", FLN; "National Unity Platform", NUP). An article before
/// the name may give the first capital ("La République en marche", LREM) and is left out.
/// "Marine Le Pen (RN)" is a person and her party, "PARIS (AFP)" a dateline: no name.
fn name_for(words: &ActorWords, before: &str, acronym: &str) -> Option<String> {
    let tokens: Vec<&str> = before.split_whitespace().collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // Articles and prepositions ("La", "the", "de") open no name.
    let is_article = |w: &str| words.title_complement.contains(&crate::extract::lower_case(w).as_ref());
    let capitals: Vec<char> = acronym.chars().filter(|c| c.is_uppercase()).map(unaccented).collect();
    for start in (0..tokens.len()).rev() {
        if !capitalised(tokens[start]) || is_article(tokens[start]) {
            continue;
        }
        let initials: Vec<char> = tokens[start..].iter().filter_map(|w| initial(w)).flat_map(char::to_uppercase).map(unaccented).collect();
        let holds = |capitals: &[char]| capitals.first() == initials.first() && is_subsequence(capitals, &initials);
        let after_article = start > 0 && is_article(tokens[start - 1]) && holds(&capitals[1..]);
        if holds(&capitals) || after_article {
            return Some(tokens[start..].join(" "));
        }
    }
    None
}

/// A word's initial; an elided word's is after its apostrophe ("l'Angola" gives A).
fn initial(word: &str) -> Option<char> {
    let after_elision = word.char_indices().take(3).find(|&(_, c)| c == '\'' || c == '’').map(|(at, c)| &word[at + c.len_utf8()..]);
    after_elision.filter(|rest| !rest.is_empty()).unwrap_or(word).chars().next()
}

/// Whether `needle`'s letters all come in `hay`, in order.
fn is_subsequence(needle: &[char], hay: &[char]) -> bool {
    let mut rest = hay.iter();
    needle.iter().all(|c| rest.any(|h| h == c))
}

/// A capital without its accent, as acronyms write it ("États" gives E).
fn unaccented(c: char) -> char {
    match c {
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'À' | 'Â' | 'Ä' => 'A',
        'Î' | 'Ï' => 'I',
        'Ô' | 'Ö' => 'O',
        'Û' | 'Ù' | 'Ü' => 'U',
        'Ç' => 'C',
        c => c,
    }
}

/// Where a sentence names a defined organisation, by its name or its acronym (start and
/// end of the first mention), as actors.
pub fn mentioned_in(sentence: &str, defined: &[Defined]) -> Vec<(usize, usize, Actor)> {
    let whole_word = |at: usize, len: usize| {
        let before = sentence[..at].chars().next_back();
        let after = sentence[at + len..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    };
    let mut out = Vec::new();
    for d in defined {
        let first = [d.name.as_str(), d.acronym.as_str()]
            .iter()
            .filter_map(|form| {
                sentence.match_indices(form).find(|&(at, _)| whole_word(at, form.len())).map(|(at, _)| (at, at + form.len()))
            })
            .min();
        if let Some((at, end)) = first {
            out.push((at, end, Actor { name: d.name.clone(), name_fr: d.name.clone(), kind: ActorKind::Organisation }));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(words: &ActorWords, text: &str) -> Vec<(String, String)> {
        defined_in(words, text).into_iter().map(|d| (d.name, d.acronym)).collect()
    }

    #[test]
    fn a_name_and_its_acronym_define_an_organisation() {
        let fr = &crate::extract::fr::actors::ACTORS;
        let en = &crate::extract::en::actors::ACTORS;
        assert_eq!(
            names(fr, "La République en marche (LREM) et le MoDem obtiennent la majorité."),
            [("République en marche".to_string(), "LREM".to_string())]
        );
        assert_eq!(
            names(en, "Bobi Wine, the leader of the National Unity Platform (NUP), said"),
            [("National Unity Platform".to_string(), "NUP".to_string())]
        );
        // A person and her party, a place and its country, a news agency after a city: none.
        assert!(names(fr, "la députée Marine Le Pen (RN) a voté contre").is_empty());
        assert!(names(fr, "le sommet s'est ouvert à Kazan (Russie) mardi").is_empty());
        assert!(names(fr, "PARIS (AFP) - Le gouvernement a démissionné.").is_empty());
        assert_eq!(
            names(fr, "les rebelles de l'Union nationale pour l'indépendance totale de l'Angola (UNITA) ont signé"),
            [("Union nationale pour l'indépendance totale de l'Angola".to_string(), "UNITA".to_string())]
        );
        assert_eq!(
            names(fr, "le Front de libération nationale (FLN) a désigné"),
            [("Front de libération nationale".to_string(), "FLN".to_string())]
        );
    }

    #[test]
    fn the_acronym_alone_names_it_later() {
        let fr = &crate::extract::fr::actors::ACTORS;
        let defined = defined_in(fr, "Le Nouveau Front populaire (NFP) progresse.");
        let found = mentioned_in("Le NFP a remporté dimanche 182 sièges.", &defined);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].0, found[0].1, found[0].2.name.as_str()), (3, 6, "Nouveau Front populaire"));
        assert!(mentioned_in("Les NFPA ont voté.", &defined).is_empty());
        // The knowledge base's own are read there: "le Rassemblement national (RN)".
        assert!(defined_in(fr, "Le Rassemblement national (RN) progresse.").is_empty());
    }
}
