//! Actors: people, states and organisations named in a sentence.
//!
//! People come from a table of well-known leaders; a short form ("Poutine",
//! "Kim") counts only in an article that also names the person in full, so a
//! lone surname is not mistaken for someone else. States are read from country
//! names, capitals used as metonyms ("Moscou a signé") and demonyms
//! ("le président russe"). Organisations from their names and acronyms.

use super::gazetteer;
use super::word_regex::WordRegex;
use crate::model::{Actor, ActorKind};
use std::collections::HashMap;
use std::sync::LazyLock;

struct Person {
    name: &'static str,
    full: Vec<&'static str>,
    short: Vec<&'static str>,
    /// ISO code of the country the person leads or serves ("" for international officials).
    country: &'static str,
    /// Head of state or government: what "le président russe", "son homologue vietnamien" designate.
    leader: bool,
}

/// The known people (data/people.tsv).
static PEOPLE: LazyLock<Vec<Person>> = LazyLock::new(|| {
    include_str!("../../data/people.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&'static str> = line.split('\t').collect();
            let forms = |i: usize| f.get(i).map_or(Vec::new(), |s| s.split('|').filter(|x| !x.is_empty()).collect());
            Person { name: f[0], country: f[1], leader: f[2] == "1", full: forms(3), short: forms(4) }
        })
        .collect()
});

static PEOPLE_BY_NAME: LazyLock<HashMap<&'static str, &'static Person>> = LazyLock::new(|| PEOPLE.iter().map(|p| (p.name, p)).collect());

struct Organisation {
    name: &'static str,
    french: &'static str,
    pattern: &'static str,
}

static ORGANISATIONS: &[Organisation] = &[
    Organisation {
        name: "European Union",
        french: "Union européenne",
        pattern: r"Union européenne|\bUE\b|\bEU\b|Commission européenne|Bruxelles a",
    },
    Organisation { name: "United Nations", french: "ONU", pattern: r"\bONU\b|Nations unies|Conseil de sécurité" },
    Organisation { name: "NATO", french: "OTAN", pattern: r"\bOTAN\b|\bNATO\b|Alliance atlantique" },
    Organisation { name: "G7", french: "G7", pattern: r"\bG7\b" },
    Organisation { name: "G20", french: "G20", pattern: r"\bG20\b" },
    Organisation { name: "BRICS", french: "BRICS", pattern: r"\bBRICS\b" },
    Organisation { name: "ASEAN", french: "ASEAN", pattern: r"\bASEAN\b|\bAsean\b|\bAnase\b" },
    Organisation {
        name: "International Criminal Court",
        french: "Cour pénale internationale",
        pattern: r"Cour pénale internationale|\bCPI\b",
    },
    Organisation {
        name: "Communist Party of Vietnam",
        french: "Parti communiste vietnamien",
        pattern: r"Parti communiste vietnamien|\bPCV\b",
    },
    Organisation { name: "IAEA", french: "AIEA", pattern: r"\bAIEA\b|Agence internationale de l'énergie atomique" },
    Organisation { name: "IMF", french: "FMI", pattern: r"\bFMI\b|Fonds monétaire international" },
    Organisation {
        name: "US State Department",
        french: "Département d'État américain",
        pattern: r"Département d'[ÉE]tat|Département d’[ÉE]tat",
    },
];

static ORG_REGEXES: LazyLock<Vec<(WordRegex, &'static str)>> =
    LazyLock::new(|| ORGANISATIONS.iter().map(|o| (WordRegex::new(o.pattern).expect("organisation pattern"), o.name)).collect());

/// Every written form of every person of the table, in one automaton: a
/// sentence is read once, not once per name.
struct PeopleForms {
    matcher: aho_corasick::AhoCorasick,
    /// For each pattern: (index in PEOPLE, whether it is a full form).
    owners: Vec<(usize, bool)>,
}

static PEOPLE_FORMS: LazyLock<PeopleForms> = LazyLock::new(|| {
    let mut forms = Vec::new();
    let mut owners = Vec::new();
    for (i, person) in PEOPLE.iter().enumerate() {
        for form in &person.full {
            forms.push(*form);
            owners.push((i, true));
        }
        for form in &person.short {
            forms.push(*form);
            owners.push((i, false));
        }
    }
    PeopleForms { matcher: aho_corasick::AhoCorasick::new(forms).expect("people automaton"), owners }
});

/// Each form of a person written as a word of `text`: (position, index in PEOPLE, full form).
fn people_forms_in(text: &str) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
    let forms = &*PEOPLE_FORMS;
    forms.matcher.find_overlapping_iter(text).filter_map(move |m| {
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
        let is_word = boundary(text[..m.start()].chars().next_back()) && boundary(text[m.end()..].chars().next());
        let (person, full) = forms.owners[m.pattern().as_usize()];
        // A short form followed by a capitalised word is part of someone else's
        // name: "Kim" in "Kim Jong-il" is not Kim Jong-un.
        let longer_name =
            !full && text[m.end()..].strip_prefix(' ').is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase));
        (is_word && !longer_name).then_some((m.start(), person, full))
    })
}

/// The French form of an actor's name ("Vladimir Poutine", "Union européenne", "Russie").
pub fn french_name_of(name: &str, kind: ActorKind) -> &str {
    match kind {
        ActorKind::Person => PEOPLE.iter().find(|p| p.name == name).map(|p| p.full[0]).unwrap_or(name),
        ActorKind::Organisation => ORGANISATIONS.iter().find(|o| o.name == name).map(|o| o.french).unwrap_or(name),
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

/// The people of the table that `article` names in full: only their short forms may be used.
pub fn people_named_in(article: &str) -> Vec<&'static str> {
    let mut named: Vec<usize> = people_forms_in(article).filter(|&(_, _, full)| full).map(|(_, person, _)| person).collect();
    named.sort_unstable();
    named.dedup();
    named.into_iter().map(|i| PEOPLE[i].name).collect()
}

/// "le président russe", "son homologue vietnamien", "le dirigeant nord-coréen":
/// the leader of that country whom the article names in full.
fn leaders_designated(sentence: &str, known_people: &[&str]) -> Vec<(usize, Actor)> {
    static TITLE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\b(?:président|présidente|homologue|dirigeant|dirigeante|chef\s+de\s+l['’][ée]tat|numéro\s+un|leader|Premier\s+ministre|chancelier|chancelière)\s+$").unwrap()
    });
    let mut found = Vec::new();
    for (at, iso, _) in gazetteer::demonyms_in(sentence) {
        if !TITLE.is_match(&sentence[..at]) {
            continue;
        }
        // "son homologue israélien, Israel Katz": the name that follows says who.
        let rest = &sentence[at..];
        let after = rest[rest.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(rest.len())..].trim_start_matches([',', ' ']);
        if after.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let leaders: Vec<&Person> = PEOPLE.iter().filter(|p| p.leader && p.country == iso && known_people.contains(&p.name)).collect();
        if let [only] = leaders.as_slice() {
            found.push((at, actor(only.name, ActorKind::Person)));
        }
    }
    found
}

/// "le Premier ministre Pham Minh Chinh", "le secrétaire général du Parti
/// communiste Nguyen Phu Trong", "M. Dupont": a title, maybe an adjective or a
/// complement, then a name of capitalised words.
const TITLED_NAME_PATTERN: &str = concat!(
    r"\b(?:(?:[Vv]ice-)?[Pp]résidente?|Premier\s+ministre|Première\s+ministre|[Mm]inistre|[Ss]ecrétaire(?:\s+générale?|\s+d['’]État)?|[Aa]mbassad(?:eur|rice)|[Cc]hanceli(?:er|ère)|[Rr]oi|[Rr]eine|[Pp]rince(?:\s+héritier)?|[Éé]mir|",
    r"[Dd]irigeante?|[Hh]omologue|[Pp]orte-parole|[Cc]hef\s+de\s+l['’]État|[Cc]hef\s+du\s+gouvernement|[Gg]énéral|M\.|Mme)",
    r"(?:\s+(?:d(?:e|u|es)|aux?|à\s+la)\s+(?:la\s+|l['’])?[\p{L}'’ -]+?)?(?:\s+\p{Ll}[\p{Ll}-]+)?\s*,?\s+",
    r"(\p{Lu}[\p{Ll}\p{Lu}'’-]+(?:\s+(?:(?:de|da|von|der|van|al|ben|bin|el|ibn|di|du)\s+)?\p{Lu}[\p{Ll}\p{Lu}'’-]+){1,3})"
);
static TITLED_NAME: LazyLock<WordRegex> = LazyLock::new(|| WordRegex::new(TITLED_NAME_PATTERN).expect("titled name pattern"));

/// Lower case without accents, for comparing spellings ("Tô Lâm", "To Lam").
fn folded(text: &str) -> String {
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
fn person_spelt(name: &str) -> Option<&'static Person> {
    static SEEN: LazyLock<std::sync::Mutex<std::collections::HashMap<String, Option<usize>>>> = LazyLock::new(Default::default);
    if let Some(known) = SEEN.lock().expect("name cache").get(name) {
        return known.map(|i| &PEOPLE[i]);
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
    seen.insert(name.to_string(), known.map(|(i, _)| i));
    known.map(|(i, _)| &PEOPLE[i])
}

fn titled_people(sentence: &str) -> Vec<(usize, Actor)> {
    let mut found = Vec::new();
    for caps in TITLED_NAME.captures_iter(sentence) {
        let name = caps.get(1).expect("name group");
        let text = name.as_str().trim_end_matches(['’', '\'']);
        // Names that start with a place, or name an organisation, are not people
        // ("le général Vietnam Airlines", "le secrétaire général de l'ONU").
        let first_word = text.split_whitespace().next().unwrap_or(text);
        if !gazetteer::places_in(first_word).is_empty() || ORG_REGEXES.iter().any(|(r, _)| r.is_match(text)) {
            continue;
        }
        let actor = match person_spelt(text) {
            Some(person) => actor(person.name, ActorKind::Person),
            None => Actor { name: text.to_string(), name_fr: text.to_string(), kind: ActorKind::Person },
        };
        found.push((name.start(), actor));
    }
    found
}

/// Whether a person is one of the table (others were named after a title).
pub fn in_table(name: &str) -> bool {
    PEOPLE.iter().any(|p| p.name == name)
}

/// Where a sentence names again, in full or by surname, people outside the
/// table an earlier sentence named after a title ("le ministre arménien des
/// Affaires étrangères, Ararat Mirzoyan": later "M. Mirzoyan").
pub fn named_again(sentence: &str, titled: &[String]) -> Vec<(usize, Actor)> {
    let word_at = |word: &str| {
        sentence.match_indices(word).map(|(i, _)| i).find(|&i| {
            let before = sentence[..i].chars().next_back();
            let after = sentence[i + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
        })
    };
    titled
        .iter()
        .filter_map(|name| {
            let surname = name.split_whitespace().last().filter(|s| s.chars().count() >= 3 && s != name);
            let at = word_at(name).or_else(|| surname.and_then(word_at))?;
            Some((at, Actor { name: name.clone(), name_fr: name.clone(), kind: ActorKind::Person }))
        })
        .collect()
}

/// Whether the words before a place put something there ("à", "au", "depuis").
pub fn located_at(before_place: &str) -> bool {
    static AT: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\b(?:à|au|aux|depuis|devant|dans|vers)\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?$").expect("location pattern")
    });
    AT.is_match(before_place)
}

/// Actors of one sentence, in order of appearance. `known_people` are those the
/// article names in full (their surnames alone count).
pub fn actors_in(sentence: &str, known_people: &[&str]) -> Vec<(usize, Actor)> {
    actors_among(sentence, known_people, &gazetteer::places_in(sentence))
}

/// `actors_in`, given the places the sentence names (`gazetteer::places_in`).
pub fn actors_among(sentence: &str, known_people: &[&str], places: &[gazetteer::PlaceMention]) -> Vec<(usize, Actor)> {
    let mut found: Vec<(usize, Actor)> = Vec::new();
    // Each person once, at the first form that counts (short forms only for
    // people the article names in full).
    // (person, where first named), in the table's order.
    let mut first_at: Vec<(usize, usize)> = Vec::new();
    for (at, person, full) in people_forms_in(sentence) {
        if full || known_people.contains(&PEOPLE[person].name) {
            match first_at.iter_mut().find(|(p, _)| *p == person) {
                Some((_, seen)) => *seen = (*seen).min(at),
                None => first_at.push((person, at)),
            }
        }
    }
    first_at.sort_unstable();
    for (person, at) in first_at {
        found.push((at, actor(PEOPLE[person].name, ActorKind::Person)));
    }
    found.extend(leaders_designated(sentence, known_people));
    for (at, person) in titled_people(sentence) {
        // "le président Abdel Fattah al-Sissi": the table's person, not "Abdel Fattah".
        if !found.iter().any(|(pos, a)| a == &person || (a.kind == ActorKind::Person && *pos == at)) {
            found.push((at, person));
        }
    }
    static ORG_SET: LazyLock<regex::RegexSet> = LazyLock::new(|| {
        regex::RegexSet::new(ORGANISATIONS.iter().map(|o| super::word_regex::loosened(o.pattern))).expect("organisation patterns")
    });
    for (regex, name) in ORG_SET.matches(sentence).into_iter().map(|i| &ORG_REGEXES[i]) {
        if let Some(m) = regex.find(sentence) {
            found.push((m.start(), actor(name, ActorKind::Organisation)));
        }
    }
    for mention in places {
        // A capital stands for its government ("Moscou a dénoncé"), not where
        // something happens ("réunis à Luxembourg").
        let metonym = mention.is_capital && !located_at(&sentence[..mention.start]);
        let is_state = mention.place.kind == crate::model::PlaceKind::Country || metonym;
        if let (true, Some(iso)) = (is_state, mention.place.country.as_deref()) {
            let name = gazetteer::country_name(iso).unwrap_or(iso);
            found.push((mention.start, actor(name, ActorKind::State)));
        }
    }
    for (at, _, name) in gazetteer::demonyms_in(sentence) {
        found.push((at, actor(name, ActorKind::State)));
    }
    found.sort_by_key(|(at, _)| *at);
    let mut seen = std::collections::HashSet::new();
    found.retain(|(_, actor)| seen.insert(actor.clone()));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(sentence: &str, article: &str) -> Vec<String> {
        actors_in(sentence, &people_named_in(article)).into_iter().map(|(_, a)| a.name).collect()
    }

    #[test]
    fn a_titled_name_is_the_known_person_it_begins() {
        assert_eq!(names("Mardi, le président Abdel Fattah al-Sissi a parlé.", ""), ["Abdel Fattah al-Sisi"]);
    }

    #[test]
    fn a_chancellor_of_either_gender_is_a_title() {
        assert_eq!(names("Mardi, le chancelier Karl Nehammer a parlé.", ""), ["Karl Nehammer"]);
        assert_eq!(names("Mardi, la chancelière Angela Merkel a parlé.", ""), ["Angela Merkel"]);
    }

    #[test]
    fn people_named_after_a_title_are_known_by_their_surname() {
        let titled: Vec<String> = actors_in("Le ministre arménien, Ararat Mirzoyan, a signé.", &[])
            .into_iter()
            .filter(|(_, a)| a.kind == ActorKind::Person && !in_table(&a.name))
            .map(|(_, a)| a.name)
            .collect();
        assert_eq!(titled, ["Ararat Mirzoyan"]);
        let again: Vec<String> =
            named_again("Une rencontre entre MM. Mirzoyan et Baïramov est prévue.", &titled).into_iter().map(|(_, a)| a.name).collect();
        assert_eq!(again, ["Ararat Mirzoyan"]);
        assert!(named_again("Les Mirzoyanistes ont voté.", &titled).is_empty());
    }

    #[test]
    fn a_short_form_inside_a_longer_name_is_someone_else() {
        let article = "Kim Jong-un a reçu Vladimir Poutine. Kim Jong-il avait visité la Russie.";
        assert!(names("Kim Jong-il avait visité la Russie.", article).iter().all(|n| n != "Kim Jong-un"));
        assert_eq!(names("Kim a parlé.", article), ["Kim Jong-un"]);
    }

    #[test]
    fn surnames_count_only_after_the_full_name() {
        let article = "Vladimir Poutine est arrivé. Poutine a parlé.";
        assert_eq!(names("Poutine a parlé.", article), ["Vladimir Putin"]);
        assert!(names("Poutine a parlé.", "Poutine a parlé.").is_empty());
    }

    #[test]
    fn states_come_from_countries_capitals_and_demonyms() {
        let got = names("Hanoï et Moscou ont signé, a dit le président russe devant l'Union européenne.", "");
        assert_eq!(got, ["Vietnam", "Russia", "European Union"]);
    }

    #[test]
    fn titles_designate_the_leader_the_article_names() {
        let article = "Vladimir Poutine a rencontré To Lam. Le président russe a salué son homologue vietnamien.";
        assert_eq!(
            names("Le président russe a salué son homologue vietnamien.", article),
            ["Vladimir Putin", "Russia", "To Lam", "Vietnam"]
        );
        // Without the full name in the article, a title names no one.
        assert_eq!(names("Le président russe a parlé.", "Le président russe a parlé."), ["Russia"]);
    }

    #[test]
    fn people_after_a_title_are_found_even_outside_the_table() {
        let got = names("Il a reçu le ministre des Affaires étrangères Jean Dupont et la Première ministre Anna Kowalska.", "");
        assert!(got.contains(&"Jean Dupont".to_string()) && got.contains(&"Anna Kowalska".to_string()), "{got:?}");
        // A misspelt known name is that person; a place after a title is not a person.
        assert_eq!(names("le Premier ministre Pham Minh Trinh", ""), ["Pham Minh Chinh"]);
        assert!(!names("le président Emmanuel Macron", "").contains(&"Emmanuel".to_string()));
        assert!(names("Le général Vietnam Airlines", "").is_empty());
    }

    #[test]
    fn acronyms_need_their_own_word() {
        assert!(names("Le RUE et la PUE", "").is_empty());
        assert_eq!(names("le G7 a accepté", ""), ["G7"]);
    }
}
