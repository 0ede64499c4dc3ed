//! Known people: leaders and officials with the forms that name them
//! (data/people.tsv), and the canonical actors built from them, states
//! and organisations. Extraction recognises them in text; merging, the store
//! and the exports name actors through here.

use super::{gazetteer, organisations};
use crate::model::{Actor, ActorKind};
use std::collections::HashMap;
use std::sync::LazyLock;

/// One person of the table.
pub struct Person {
    pub name: &'static str,
    pub full: Vec<&'static str>,
    pub short: Vec<&'static str>,
    /// The short forms name the person in any article ("Zelensky arrived in Washington"): no
    /// one else in the news is known by them.
    pub alone: bool,
    /// ISO code of the country the person leads or serves ("" for international officials).
    pub country: &'static str,
    /// Head of state or government: what "le président russe", "son homologue vietnamien" designate.
    pub leader: bool,
}

/// The known people (data/people.tsv).
pub static PEOPLE: LazyLock<Vec<Person>> = LazyLock::new(|| {
    include_str!("../../data/people.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&'static str> = line.split('\t').collect();
            let forms = |i: usize| f.get(i).map_or(Vec::new(), |s| s.split('|').filter(|x| !x.is_empty()).collect());
            Person { name: f[0], country: f[1], leader: f[2] == "1", full: forms(3), short: forms(4), alone: f.get(5) == Some(&"1") }
        })
        .collect()
});

static PEOPLE_BY_NAME: LazyLock<HashMap<&'static str, &'static Person>> = LazyLock::new(|| PEOPLE.iter().map(|p| (p.name, p)).collect());

/// Every written form of every person of the table, in one automaton: a
/// sentence is read once, not once per name.
struct PeopleForms {
    matcher: aho_corasick::AhoCorasick,
    /// For each pattern: (index in PEOPLE, whether it is a full form, whether it names the
    /// person alone).
    owners: Vec<(usize, bool, bool)>,
}

static PEOPLE_FORMS: LazyLock<PeopleForms> = LazyLock::new(|| {
    let mut forms = Vec::new();
    let mut owners = Vec::new();
    for (i, person) in PEOPLE.iter().enumerate() {
        for form in &person.full {
            forms.push(*form);
            owners.push((i, true, true));
        }
        for form in &person.short {
            forms.push(*form);
            owners.push((i, false, person.alone));
        }
    }
    // A DFA: every article and sentence is searched with it, and the few hundred forms
    // make a small one (the gazetteer's thousands of names stay an NFA: 36 MB as a DFA).
    let matcher =
        aho_corasick::AhoCorasick::builder().kind(Some(aho_corasick::AhoCorasickKind::DFA)).build(forms).expect("people automaton");
    PeopleForms { matcher, owners }
});

/// Each form of a person written as a word of `text`: (position, index in PEOPLE, whether the
/// form names the person in any article: a full form, or a short form that names them alone).
pub fn people_forms_in(text: &str) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
    let forms = &*PEOPLE_FORMS;
    forms.matcher.find_overlapping_iter(text).filter_map(move |m| {
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
        let is_word = boundary(text[..m.start()].chars().next_back()) && boundary(text[m.end()..].chars().next());
        let (person, full, alone) = forms.owners[m.pattern().as_usize()];
        // A short form followed by a capitalised word is part of someone else's
        // name: "Kim" in "Kim Jong-il" is not Kim Jong-un.
        let longer_name =
            !full && text[m.end()..].strip_prefix(' ').is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase));
        (is_word && !longer_name).then_some((m.start(), person, alone))
    })
}

/// The French form of an actor's name ("Vladimir Poutine", "Union européenne", "Russie").
pub fn french_name_of(name: &str, kind: ActorKind) -> &str {
    match kind {
        ActorKind::Person => PEOPLE.iter().find(|p| p.name == name).map(|p| p.full[0]).unwrap_or(name),
        ActorKind::Organisation => organisations::french_name(name),
        ActorKind::State => gazetteer::french_name(name),
    }
}

/// The state or organisation an actor stands for: a person's country
/// ("Vladimir Putin" → "Russia"), a state or organisation itself.
pub fn affiliation(actor: &Actor) -> Option<&str> {
    affiliation_of(&actor.name, actor.kind)
}

/// `affiliation` from an actor's name and kind.
pub fn affiliation_of(name: &str, kind: ActorKind) -> Option<&str> {
    match kind {
        ActorKind::Person => gazetteer::country_name(PEOPLE_BY_NAME.get(name).map(|p| p.country).filter(|c| !c.is_empty())?),
        _ => Some(name),
    }
}

/// An actor with both its canonical and its French name.
pub fn actor(name: &str, kind: ActorKind) -> Actor {
    Actor { name: name.to_string(), name_fr: french_name_of(name, kind).to_string(), kind }
}

/// The people of the table that `article` names in full (or by a short form that names them
/// alone): their other short forms count from then on.
pub fn people_named_in(article: &str) -> Vec<&'static str> {
    let mut named: Vec<usize> = people_forms_in(article).filter(|&(_, _, names_alone)| names_alone).map(|(_, person, _)| person).collect();
    named.sort_unstable();
    named.dedup();
    named.into_iter().map(|i| PEOPLE[i].name).collect()
}

/// Lower case without accents, for comparing spellings ("Tô Lâm", "To Lam").
pub fn folded(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| if c == 'đ' || c == 'Đ' { 'd' } else { c })
        .collect::<String>()
        .to_lowercase()
}

/// Every full form of the table, folded once for fuzzy comparison.
static FOLDED_FULL_NAMES: LazyLock<Vec<(usize, String, usize)>> = LazyLock::new(|| {
    PEOPLE
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.full.iter().map(move |f| folded(f)).map(move |f| (i, f.clone(), f.chars().count())))
        .collect()
});

/// A person named after a title: one of the table when the name is close to
/// one of its forms ("Pham Minh Trinh", a misspelling of Pham Minh Chinh), else
/// a person of their own with the name as written.
/// The person of the table a name spells, exactly or nearly (normalized
/// Levenshtein ≥ 0.8 on folded names). Names recur from article to article, so
/// answers are remembered (up to 10,000 names, then forgotten at once).
pub fn person_spelt(name: &str) -> Option<&'static Person> {
    spelling_of(name).map(|(i, _)| &PEOPLE[i])
}

/// [`person_spelt`] for a name that differs from a table form by a letter or two in a
/// dozen ("Sergey Lavrov", "Sergei Lavrov"), not by a syllable ("Kim Jong-il", "Kim
/// Jong-un"): where a name stands with nothing else to say it is a person's.
pub fn person_spelt_closely(name: &str) -> Option<&'static Person> {
    spelling_of(name).filter(|&(_, score)| score >= 0.9).map(|(i, _)| &PEOPLE[i])
}

/// The person of the table whose full form `name` spells best, with the similarity.
fn spelling_of(name: &str) -> Option<(usize, f64)> {
    /// Names already compared: the person and the similarity, or none.
    type Spellings = std::collections::HashMap<String, Option<(usize, f64)>>;
    static SEEN: LazyLock<std::sync::Mutex<Spellings>> = LazyLock::new(Default::default);
    if let Some(known) = SEEN.lock().expect("name cache").get(name) {
        return *known;
    }
    let wanted = folded(name);
    let length = wanted.chars().count();
    let mut known: Option<(usize, f64)> = None;
    for (person, form, form_length) in FOLDED_FULL_NAMES.iter() {
        // A fifth of the longer name is the most the spellings may differ by,
        // so names of very different lengths are not compared.
        if length.abs_diff(*form_length) * 5 > length.max(*form_length) {
            continue;
        }
        let score = strsim::normalized_levenshtein(form, &wanted);
        if score >= 0.8 && known.is_none_or(|(_, best)| score > best) {
            known = Some((*person, score));
        }
    }
    let mut seen = SEEN.lock().expect("name cache");
    if seen.len() >= 10_000 {
        seen.clear();
    }
    seen.insert(name.to_string(), known);
    known
}

/// Whether a person is one of the table (others were named after a title).
/// Whether the table's person of that name leads a state or its government.
pub fn leads(name: &str) -> bool {
    PEOPLE_BY_NAME.get(name).is_some_and(|p| p.leader)
}

pub fn in_table(name: &str) -> bool {
    table_name(name).is_some()
}

/// The table's own copy of a person's canonical name.
pub fn table_name(name: &str) -> Option<&'static str> {
    PEOPLE.iter().find(|p| p.name == name).map(|p| p.name)
}
