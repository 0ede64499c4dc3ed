//! Known organisations (data/organisations.tsv): international and regional
//! bodies, a state's institutions, armed and political groups, with the forms
//! that name them in French and English texts.

use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// One organisation of the table.
pub struct Organisation {
    pub name: &'static str,
    pub french: &'static str,
    /// ISO code of the state it belongs to ("" for international bodies and groups of no state).
    pub country: &'static str,
    pub forms: Vec<&'static str>,
}

pub static ORGANISATIONS: LazyLock<Vec<Organisation>> = LazyLock::new(|| {
    include_str!("../../data/organisations.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&'static str> = line.split('\t').collect();
            let forms = f.get(3).map_or(Vec::new(), |s| s.split('|').filter(|x| !x.is_empty()).collect());
            Organisation { name: f[0], french: f[1], country: f.get(2).copied().unwrap_or(""), forms }
        })
        .collect()
});

/// Every form of every organisation in one automaton, with its English and French names,
/// each with either apostrophe ("l'ONU", "l’ONU"); the longest form wins ("Conseil de
/// sécurité de l’ONU" is the Council, not the UN).
static FORMS: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let mut forms: Vec<String> = Vec::new();
    let mut owners: Vec<usize> = Vec::new();
    let mut seen: std::collections::HashSet<(String, usize)> = std::collections::HashSet::new();
    for (i, o) in ORGANISATIONS.iter().enumerate() {
        let named = o.forms.iter().copied().chain([o.name, o.french]).filter(|f| !f.is_empty());
        for form in named.flat_map(|f| [f.to_string(), f.replace('\'', "’"), f.replace('’', "'")]) {
            if seen.insert((form.clone(), i)) {
                forms.push(form);
                owners.push(i);
            }
        }
    }
    // A DFA, as the people's forms (see there).
    let matcher = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(forms)
        .expect("organisation automaton");
    (matcher, owners)
});

/// Each organisation named in `text` as whole words: (byte offset, end, organisation).
pub fn organisations_in(text: &str) -> Vec<(usize, usize, &'static Organisation)> {
    let (matcher, owners) = &*FORMS;
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
    matcher
        .find_iter(text)
        .filter(|m| boundary(text[..m.start()].chars().next_back()) && boundary(text[m.end()..].chars().next()))
        .map(|m| (m.start(), m.end(), &ORGANISATIONS[owners[m.pattern().as_usize()]]))
        .collect()
}

/// Whether `text` is or holds the name of an organisation.
pub fn names_one(text: &str) -> bool {
    !organisations_in(text).is_empty()
}

/// The French name of an organisation ("ONU"), or the name itself when unknown.
pub fn french_name(name: &str) -> &str {
    ORGANISATIONS.iter().find(|o| o.name == name).map_or(name, |o| o.french)
}

/// The table's organisation of that canonical name.
pub fn named(name: &str) -> Option<&'static Organisation> {
    ORGANISATIONS.iter().find(|o| o.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_form_and_whole_words() {
        let found = organisations_in("Le Conseil de sécurité de l'ONU a adopté, puis l'UE et la Cédéao ; pas dans « bleue ».");
        let names: Vec<&str> = found.iter().map(|(_, _, o)| o.name).collect();
        // (The Council's French name holds "l'ONU": one organisation, not two.)
        assert_eq!(names, ["United Nations Security Council", "European Union", "ECOWAS"]);
        let typographic = organisations_in("le Conseil de sécurité de l’ONU et l’ONU");
        let names: Vec<&str> = typographic.iter().map(|(_, _, o)| o.name).collect();
        assert_eq!(names, ["United Nations Security Council", "United Nations"]);
    }

    #[test]
    fn every_row_is_complete() {
        for o in ORGANISATIONS.iter() {
            assert!(!o.name.is_empty() && !o.french.is_empty() && !o.forms.is_empty(), "{}", o.name);
        }
    }
}
