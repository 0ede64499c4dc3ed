//! Actors: people, states and organisations named in a sentence.
//!
//! People come from a table of well-known leaders; a short form ("Poutine",
//! "Kim") counts only in an article that also names the person in full, so a
//! lone surname is not mistaken for someone else. States are read from country
//! names, capitals used as metonyms ("Moscou a signé") and demonyms
//! ("le président russe"). Organisations from their names and acronyms.

use super::locale::ActorWords;
use crate::knowledge::people::{actor, people_forms_in, person_spelt, person_spelt_closely, Person, PEOPLE};
use crate::knowledge::{gazetteer, organisations};
use crate::model::{Actor, ActorKind};
use std::sync::LazyLock;

/// "le président russe", "son homologue vietnamien", "the Russian president", "his
/// Vietnamese counterpart": the leader of that country whom the article names in full.
/// `demonyms` are the sentence's (`gazetteer::demonyms_in`).
fn leaders_designated(
    words: &ActorWords,
    sentence: &str,
    known_people: &[&str],
    demonyms: &[(usize, &'static str, &'static str)],
) -> Vec<(usize, Actor)> {
    let mut found = Vec::new();
    for &(at, iso, _) in demonyms {
        let rest = &sentence[at..];
        let demonym_end = at + rest.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(rest.len());
        // French puts the title before the demonym, English after it.
        let title_end = if words.title_before_demonym {
            words.leader_title.is_match(&sentence[..at]).then_some(demonym_end)
        } else {
            words.leader_title.find(&sentence[demonym_end..]).map(|m| demonym_end + m.end())
        };
        let Some(title_end) = title_end else { continue };
        // "son homologue israélien, Israel Katz": the name that follows says who.
        // "le président syrien par intérim, Ahmad al-Chareh": a few lower-case words may come first.
        let after = sentence[title_end..].trim_start_matches([',', ' ']);
        // ("le président syrien par intérim Ahmad al-Chareh": a qualifier, then the name.)
        let after = words
            .leader_qualifiers
            .iter()
            .find_map(|q| {
                let rest = after.get(q.len()..).filter(|_| after.get(..q.len()).is_some_and(|w| w.eq_ignore_ascii_case(q)))?;
                (!rest.starts_with(char::is_alphanumeric)).then(|| rest.trim_start_matches([',', ' ']))
            })
            .unwrap_or(after);
        static APPOSED_NAME: LazyLock<regex::Regex> =
            LazyLock::new(|| regex::Regex::new(r"^(?:\p{Ll}+\s+){1,3}?\p{Ll}+\s*,\s*\p{Lu}").expect("apposed name pattern"));
        let named_next = after.chars().next().is_some_and(char::is_uppercase) || APPOSED_NAME.is_match(after);
        if named_next {
            continue;
        }
        let leaders: Vec<&crate::knowledge::people::Person> =
            PEOPLE.iter().filter(|p| p.leader && p.country == iso && known_people.contains(&p.name)).collect();
        if let [only] = leaders.as_slice() {
            found.push((at, actor(only.name, ActorKind::Person)));
        }
    }
    found
}

/// People named after a title ("le Premier ministre Pham Minh Chinh", "Foreign Minister
/// Hakan Fidan") or a civility ("M. Vaz", "Mr. Modi").
fn titled_people(words: &ActorWords, sentence: &str) -> Vec<(usize, Actor)> {
    let mut found = Vec::new();
    for caps in words.civility_name.captures_iter(sentence) {
        let name = caps.get(1).expect("name group");
        let text = name.as_str().trim_end_matches(['’', '\'']);
        // A surname the table knows is that person ("Mme Pelosi": Nancy Pelosi).
        let by_surname: Vec<&Person> = PEOPLE.iter().filter(|p| p.short.contains(&text)).collect();
        let known = match by_surname.as_slice() {
            [person] => Some(*person),
            _ => person_spelt(text),
        };
        let actor = match known {
            Some(person) => actor(person.name, ActorKind::Person),
            None => Actor { name: text.to_string(), name_fr: text.to_string(), kind: ActorKind::Person },
        };
        found.push((name.start(), actor));
    }
    for caps in words.titled_name.captures_iter(sentence) {
        let name = caps.get(1).expect("name group");
        let text = before_compound(before_possessive(name.as_str()));
        // Names that start with a place, or name an organisation, are not people
        // ("le général Vietnam Airlines", "le secrétaire général de l'ONU").
        // So are names of places ("l'ambassadeur de Côte d'Ivoire en Afrique du Sud, M. …").
        let first_word = text.split_whitespace().next().unwrap_or(text);
        let a_place = gazetteer::places_in(text).iter().any(|m| m.start == 0 && m.end == text.len());
        // "Minister of Public Infrastructure Charles Obichang": the title's words, not a name
        // (the name after them is read without a title).
        let a_thing = text.split_whitespace().any(|w| words.not_a_surname.contains(&w));
        if a_place || a_thing || !gazetteer::places_in(first_word).is_empty() || organisations::names_one(text) {
            continue;
        }
        let actor = match person_spelt(text) {
            Some(person) => actor(person.name, ActorKind::Person),
            // A surname alone after a title is the one person of the table it names.
            None if !text.contains(' ') => match PEOPLE.iter().filter(|p| p.short.contains(&text)).collect::<Vec<_>>().as_slice() {
                [person] => actor(person.name, ActorKind::Person),
                // "President Sirisena", "le Premier ministre Sonko": a surname the table does not
                // know, right after the title ("le quartier général de l'armée à Rostov" is no title).
                [] if right_after_title(words, &sentence[caps.get(0).expect("whole match").start()..name.start()]) => {
                    Actor { name: text.to_string(), name_fr: text.to_string(), kind: ActorKind::Person }
                }
                _ => continue,
            },
            None => Actor { name: text.to_string(), name_fr: text.to_string(), kind: ActorKind::Person },
        };
        found.push((name.start(), actor));
    }
    found
}

/// Whether the words before a name are a title alone ("Prime Minister", "secrétaire d'État"),
/// with no complement or preposition between it and the name.
fn right_after_title(locale: &ActorWords, title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    words.len() <= 3
        && !words.iter().any(|w| locale.title_complement.contains(&w.trim_matches(',')) || w.starts_with("l'") || w.starts_with("l’"))
}

/// A name up to a possessive ("David Cameron's Conservative party": "David Cameron"),
/// without a trailing apostrophe.
fn before_possessive(name: &str) -> &str {
    let cut = ["'s", "’s"].iter().filter_map(|p| name.find(p).filter(|&i| !name[i + p.len()..].starts_with(char::is_alphanumeric))).min();
    cut.map_or(name, |i| &name[..i]).trim_end_matches(['’', '\''])
}

/// A name up to a compound it opens ("the Mark Carney-led Liberal party", "a Joe Biden-backed
/// plan": "Mark Carney", "Joe Biden"); not a given name's hyphen ("Tsai Ing-wen", "Kim Jong-un").
fn before_compound(name: &str) -> &str {
    const COMPOUNDS: &[&str] = &[
        "led",
        "backed",
        "brokered",
        "based",
        "born",
        "owned",
        "controlled",
        "held",
        "allied",
        "aligned",
        "linked",
        "sponsored",
        "appointed",
        "funded",
        "inspired",
        "era",
        "style",
        "run",
        "friendly",
        "affiliated",
    ];
    let compound = name.match_indices('-').map(|(i, _)| i).find(|&i| {
        let next = name[i + 1..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        COMPOUNDS.contains(&next)
    });
    compound.map_or(name, |i| &name[..i])
}

/// Whether the words before a name make it the name of a thing: "le journal du
/// Parti communiste Nhan Dan", "l'agence Tass", "le porte-avions Charles de Gaulle".
/// Between the noun and the name: "de"/"du", capitalised words and adjectives only.
fn names_a_thing(words: &ActorWords, before_name: &str) -> bool {
    // The last 80 bytes or so are enough (the regex anchors at the end).
    words.thing_before_name.is_match(crate::extract::last_bytes(before_name, 80))
}

/// People named without a title: two to four capitalised words ("Joseph Wu",
/// "Newt Gingrich", "Elvis Amoroso"), with a particle ("Ahmad al-Chareh"), that are
/// no place, organisation, date word or capitalised function word. Not the first
/// word of the sentence unless the next word is capitalised too.
fn untitled_people(
    words: &ActorWords,
    sentence: &str,
    places: &[gazetteer::PlaceMention],
    organisations: &[(usize, usize, &organisations::Organisation)],
) -> Vec<(usize, Actor)> {
    // A plain regex (word boundaries checked by hand): the lazy DFA runs it, where `\b`
    // on accented text would need the backtracker.
    static NAME: LazyLock<regex::Regex> = LazyLock::new(|| {
        // Latin letters only (with their accents): names in French and English news are
        // written so, and small classes keep the automaton small. A surname may open on an
        // elided particle ("O'Brien", "N'Diaye", "D'Alema").
        let (upper, lower) = ("[A-ZÀ-ÖØ-ÞĀ-Ž]", "[a-zß-öø-ÿā-ž]");
        regex::Regex::new(&format!(
            r"{upper}{lower}+(?:-{upper}{lower}+)?\s+(?:(?:de|da|dos|von|van|al|ben|bin|el|ibn|di|du)\s+|(?:al|el|ben)-)?(?:[ODN]['’])?{upper}{lower}(?:{lower}|['’-]{upper}?)*(?:\s+{upper}{lower}(?:{lower}|-{upper}?)+){{0,2}}"
        ))
            .expect("untitled name pattern")
    });
    // Most sentences have no two capitalised words in a row (a particle between them
    // allowed, as the pattern does): say so before any regex runs.
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let particle = |w: &str| matches!(w, "de" | "da" | "dos" | "von" | "van" | "al" | "ben" | "bin" | "el" | "ibn" | "di" | "du");
    let prefixed = |w: &str| ["al-", "el-", "ben-"].iter().any(|p| w.strip_prefix(p).is_some_and(capitalised));
    // (two words back, one word back) as the words go by: no list is built.
    let (mut before_last, mut last) = ("", "");
    let may_name = sentence.split_whitespace().any(|word| {
        let found = (capitalised(last) && (capitalised(word) || prefixed(word)))
            || (capitalised(before_last) && particle(last) && capitalised(word));
        (before_last, last) = (last, word);
        found
    });
    if !may_name {
        return Vec::new();
    }
    let covered = |start: usize, end: usize| {
        places.iter().any(|p| p.start < end && start < p.end) || organisations.iter().any(|&(s, e, _)| s < end && start < e)
    };
    let mut found = Vec::new();
    // A name opening the sentence with nothing else to say it is a person's: one if the next
    // name, joined to it by "et", is ("Ararat Mirzoyan et Jeyhun Bayramov se sont rencontrés").
    let mut opening: Option<(usize, usize)> = None;
    let mut from = 0;
    while let Some(whole) = NAME.find_at(sentence, from) {
        from = whole.end();
        // "le président du Brésil Luiz Inacio Lula": a place, then the name. Not a town
        // named as a first name is, before a lone surname ("Vladimir Makei").
        let first_word = whole.as_str().split_whitespace().next().unwrap_or("");
        let rest_is_a_name = whole.as_str().split_whitespace().count() > 2;
        // "Foreign Minister of Saudi Arabia Faisal bin Farhan": the first word ends a place of
        // several words begun before it.
        if gazetteer::places_in(first_word).iter().any(|m| {
            m.start == 0
                && m.end == first_word.len()
                && (rest_is_a_name || m.place.kind == crate::model::PlaceKind::Country || m.is_capital)
        }) || ends_a_place_of_words(&sentence[..whole.start() + first_word.len()])
        {
            from = whole.start() + first_word.len();
            continue;
        }
        let joined = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’');
        if joined(sentence[..whole.start()].chars().next_back())
            || sentence[whole.end()..].chars().next().is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let name_words: Vec<&str> = whole.as_str().split_whitespace().collect();
        // "Public Infrastructure Charles Obichang": the name of a thing, then maybe a person's.
        if let Some(thing_end) = name_words.iter().rev().skip(1).find(|w| words.not_a_surname.contains(w)) {
            // (The word's own offset: it is a slice of the match.)
            from = whole.start() + (thing_end.as_ptr() as usize - whole.as_str().as_ptr() as usize) + thing_end.len();
            continue;
        }
        let first = name_words[0];
        let last = name_words.last().copied().unwrap_or("");
        // "Turkish Foreign Minister Hakan Fidan", "Selon Joe Biden": a title, a demonym or a
        // function word first; the name may begin after it.
        if name_words.len() > 2 && (words.begins_no_name(first) || gazetteer::is_demonym(first)) {
            from = whole.start() + first.len();
            continue;
        }
        // Three capitalised words ("Luiz Inacio Lula"), a particle not counted.
        let three_names = name_words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count() >= 3;
        let at_start = sentence[..whole.start()].trim().is_empty() || sentence[..whole.start()].trim_end().ends_with(['«', '"', '“']);
        // "Nguyen Thi Minh" after another capitalised word: part of a name read otherwise
        // (not after a title: "Minister Hakan Fidan"; nor after a word a comma or a colon
        // closes: "On Tuesday, Sanae Takaichi", "Doha: Sanae Takaichi").
        // (Not a word capitalised only by an elided article opening the sentence: "L'opposant
        // Alassane Ouattara", "D'après Jean-Yves Le Drian".)
        let continues_a_name = sentence[..whole.start()].strip_suffix(' ').and_then(|b| b.split(' ').next_back()).is_some_and(|w| {
            w.rsplit(['\'', '’']).next().unwrap_or(w).chars().next().is_some_and(char::is_uppercase)
                && w.chars().next_back().is_some_and(char::is_alphabetic)
                && !words.begins_no_name(w)
                && !gazetteer::is_demonym(w)
                // "President of Tajikistan Emomali Rahmon": a place's name ends before it.
                && !gazetteer::is_place_name(w)
        }) && !ends_a_place_of_words(sentence[..whole.start()].trim_end());
        let word_before = crate::extract::lower_case(sentence[..whole.start()].split_whitespace().next_back().unwrap_or(""));
        if words.begins_no_name(first)
            || words.no_person_after.contains(&word_before.as_ref())
            || names_a_thing(words, &sentence[..whole.start()])
            // "près de Bab al Mandab", "north of Ras Issa": a place outside the gazetteer.
            || words.near.is_match(crate::extract::last_bytes(&sentence[..whole.start()], 40))
            || words.not_a_surname.contains(&last)
            || words.institution_after_name.contains(&super::first_word(&sentence[whole.end()..]))
            || continues_a_name
            || covered(whole.start(), whole.end())
        {
            continue;
        }
        if at_start
            && !three_names
            && !aged(&sentence[whole.end()..])
            && !described_in_apposition(&sentence[whole.end()..])
            && !before_a_past_auxiliary(words, &sentence[whole.end()..])
            && person_spelt_closely(before_possessive(whole.as_str())).is_none()
        {
            opening = Some((whole.start(), whole.end()));
            continue;
        }
        let joined_to_opening = opening.take().filter(|&(_, end)| sentence[end..whole.start()] == *words.and);
        let name = before_possessive(whole.as_str());
        let name = before_compound(name);
        if !name.contains(' ') {
            continue;
        }
        if let Some((start, end)) = joined_to_opening {
            let opening_name = before_compound(before_possessive(&sentence[start..end]));
            if opening_name.contains(' ') {
                found.push((start, person_named(opening_name, true)));
            }
        }
        found.push((whole.start(), person_named(name, at_start)));
    }
    found
}

/// The person a name found without a title stands for: the table's when spelt like one of
/// its people, else the name as written.
fn person_named(name: &str, at_start: bool) -> Actor {
    // (A name opening the sentence has less to say it is a person's: only a spelling a letter
    // or two away is the table's, "Kim Jong-il" being no "Kim Jong-un".)
    let spelt = if at_start { person_spelt_closely(name) } else { person_spelt(name) };
    match spelt {
        Some(known) => actor(known.name, ActorKind::Person),
        None => Actor { name: name.to_string(), name_fr: name.to_string(), kind: ActorKind::Person },
    }
}

/// Whether `text` ends on a place of the gazetteer written in several words ("of Saudi
/// Arabia", "the United States"): its last word is no first name.
fn ends_a_place_of_words(text: &str) -> bool {
    let tail = crate::extract::last_bytes(text, 40);
    gazetteer::places_in(tail).iter().any(|m| m.end == tail.len() && tail[m.start..m.end].contains(char::is_whitespace))
}

/// Whether the text after a name opens on a description in apposition, in lower case, up to a
/// comma that closes it, then goes on with the name's predicate ("Karol Nawrocki, an independent
/// candidate backed by …, won", "Karol Nawrocki, candidat indépendant, a remporté"): two
/// capitalised words opening a sentence so are a person's name, not a capitalised word and a
/// name. (Not a list going on: "Ali Karki, le commandant du Front Sud, et d'autres commandants".)
fn described_in_apposition(after_name: &str) -> bool {
    let Some(rest) = after_name.strip_prefix(", ") else { return false };
    let Some(close) = rest.find(',') else { return false };
    let next = rest[close + 1..].split_whitespace().next().unwrap_or_default();
    rest.starts_with(|c: char| c.is_lowercase())
        && !rest[..close].contains(['.', ';', ':'])
        && next.starts_with(|c: char| c.is_lowercase())
        && !["et", "and", "ou", "or", "ainsi", "as"].contains(&next)
}

/// Whether the text after a name opens on an auxiliary of the past, then a lower-case word
/// ("Sanae Takaichi was elected", "Andry Rajoelina a été réélu"): the name is the subject of a
/// verb group, a person's.
fn before_a_past_auxiliary(words: &ActorWords, after_name: &str) -> bool {
    let mut next = after_name.split_whitespace();
    let (Some(auxiliary), Some(then)) = (next.next(), next.next()) else { return false };
    after_name.starts_with(' ') && words.past_auxiliaries.contains(&auxiliary) && then.starts_with(|c: char| c.is_lowercase())
}

/// Whether the text after a name opens on an age in apposition ("Andry Rajoelina, 49 ans, a
/// été réélu", "Andry Rajoelina, 49, was re-elected"): a number of years is a person's.
fn aged(after_name: &str) -> bool {
    let Some(rest) = after_name.strip_prefix(',') else { return false };
    let rest = rest.trim_start();
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return false;
    }
    // At most one word (the unit: "ans", "years old" counts two) before the closing comma.
    let apposition = rest[digits..].split(',').next().unwrap_or("");
    rest[digits..].contains(',') && apposition.split_whitespace().count() <= 2 && !apposition.contains(['%', '.'])
}

/// The known person a lone surname stands for when the article wrote their full name
/// with it in another spelling than the table's ("Ahmad al-Chareh", later "M. Chareh":
/// Ahmed al-Sharaa): the one or two words before one of the surname's occurrences,
/// with it, spell a known person.
pub fn surname_spelt_in_full(article: &str, surname: &str) -> Option<Actor> {
    if surname.contains(char::is_whitespace) || surname.chars().count() < 3 {
        return None;
    }
    for (at, _) in article.match_indices(surname).take(8) {
        let before = &article[..at];
        // The surname is its own word, or the end of a hyphenated one ("al-Chareh").
        if !before.ends_with([' ', '-']) {
            continue;
        }
        let mut word_starts = before.trim_end_matches([' ', '-']).char_indices().rev().filter(|&(_, c)| c == ' ').map(|(i, _)| i + 1);
        for _ in 0..2 {
            let Some(start) = word_starts.next() else { break };
            let full = format!("{}{}", &before[start..], surname);
            if !full.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            if let Some(person) = person_spelt(&full) {
                return Some(actor(person.name, ActorKind::Person));
            }
        }
    }
    None
}

/// The one name among `named` (people outside the table the article has named so
/// far) that `name` shortens: a surname ("Pelosi" is "Nancy Pelosi"), or some of its
/// words in order with its last ("Oligui Nguema", "Brice Oligui Nguema" are "Brice
/// Clotaire Oligui Nguema"). None when several do.
pub fn full_name_named_before<'n>(named: &'n [String], name: &str) -> Option<&'n str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let shortens = |full: &str| {
        let full_words: Vec<&str> = full.split_whitespace().collect();
        let mut rest = full_words.iter();
        full_words.len() > words.len() && full_words.last() == words.last() && words.iter().all(|w| rest.any(|f| f == w))
    };
    let mut longer = named.iter().filter(|full| shortens(full));
    match (longer.next(), longer.next()) {
        (Some(full), None) => Some(full),
        _ => None,
    }
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

/// Whether the name at `start..end` is part of a sea's, a strait's or a lake's name ("mer
/// du Japon", "the South China Sea", "océan Indien").
pub fn names_a_water_body(words: &ActorWords, sentence: &str, start: usize, end: usize) -> bool {
    words.water_before.is_match(&sentence[..start]) || words.water_after.as_ref().is_some_and(|after| after.is_match(&sentence[end..]))
}

/// Whether the words before a place put something there ("à", "au", "depuis"),
/// or near it ("à 15 km de Bamako", "près de", "au nord de", "l'aéroport … de Taipei").
pub fn located_at(words: &ActorWords, before_place: &str) -> bool {
    words.at.is_match(before_place) || words.near.is_match(before_place) || words.taken.is_match(before_place)
}

/// Whether the place named after `before_place` is what something is of or comes from
/// ("de la Corée du Nord", "from North Korea"): the words before it, its article aside.
pub fn of_or_from(words: &ActorWords, before_place: &str) -> bool {
    let tail = crate::extract::last_bytes(before_place, 24);
    // ("d'Ukraine", "de l'Iran": an elided word ends the text before the name.)
    let mut previous = tail.split_whitespace().rev();
    let lower = |w: &str| crate::extract::lower_case(w).into_owned();
    let mut word = previous.next().map(lower);
    if word.as_deref().is_some_and(|w| words.place_articles.contains(&w)) {
        word = previous.next().map(lower);
    }
    word.is_some_and(|w| words.of_place.contains(&w.as_str()))
}

/// Whether the text before a noun ends on a source marker and at most an article or a
/// possessive ("selon un communiqué", "according to a statement", "d'après leur déclaration").
pub fn cites_a_source(words: &ActorWords, before_noun: &str) -> bool {
    let lower = crate::extract::lower_case(crate::extract::last_bytes(before_noun, 40));
    let mut rest = lower.trim_end();
    // One determiner at most between the marker and the noun ("un", "leur", "l'", "a").
    let last_start = rest.rfind(' ').map_or(0, |space| space + 1);
    let last = &rest[last_start..];
    if !last.is_empty() && last.chars().count() <= 5 && !words.source_markers.iter().any(|m| m.ends_with(last)) {
        rest = rest[..last_start].trim_end();
    }
    words
        .source_markers
        .iter()
        .any(|marker| rest.ends_with(marker) && rest[..rest.len() - marker.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

/// Actors of one sentence, in order of appearance. `known_people` are those the
/// article names in full (their surnames alone count).
pub fn actors_in(words: &ActorWords, sentence: &str, known_people: &[&str]) -> Vec<(usize, Actor)> {
    actors_among(words, sentence, known_people, &gazetteer::places_in(sentence))
}

/// `actors_in`, given the places the sentence names (`gazetteer::places_in`).
/// Whether the state or body named at `at` is what others are related to, not a side
/// or a place: "les alliés de l'Iran", "Iran's proxies".
pub fn related_to_it(words: &ActorWords, sentence: &str, at: usize) -> bool {
    // The name's capitalised words, then what follows them ("Saudi Arabia's allies").
    let end = sentence[at..].find(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '-')).map_or(sentence.len(), |e| at + e);
    let name_only = sentence[at..end].split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    // (The patterns anchor at the name: a few words either side are enough.)
    words.related_to.is_match(crate::extract::last_bytes(&sentence[..at], 80))
        || (name_only && words.related_after.as_ref().is_some_and(|r| r.is_match(&sentence[end..])))
}

/// Whether the person named at `at` is cited as the source of what the sentence reports,
/// not a side of it: "…, selon un porte-parole, le lieutenant-colonel Nadav Shoshani, qui …",
/// "according to Presidential Aide Vladimir Medinsky". A name right after the cited phrase's
/// comma is the sentence's subject ("Selon Tass, Vladimir Poutine est arrivé"), and so is an
/// apposition a verb follows ("Selon Tass, le président Vladimir Poutine est arrivé").
pub fn cited_as_source(words: &ActorWords, sentence: &str, at: usize) -> bool {
    let before = crate::extract::last_bytes(&sentence[..at], 120);
    let lower = crate::extract::lower_case(before);
    let Some((marker_end, _)) = words
        .source_markers
        .iter()
        .filter_map(|m| {
            lower
                .match_indices(m)
                .filter(|(i, _)| lower[..*i].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
                .last()
                .map(|(i, m)| (i + m.len(), m))
        })
        .max()
    else {
        return false;
    };
    let cited = &lower[marker_end..];
    let first_word = cited.trim_start().split(|c: char| c.is_whitespace()).next().unwrap_or("");
    if !cited.starts_with(char::is_whitespace)
        || words.not_after_source_marker.iter().any(|w| first_word == *w || (w.ends_with(['\'', '’']) && first_word.starts_with(w)))
        || cited.contains([';', ':', '!', '?', '«', '»', '"'])
        || ends_a_clause(cited)
    {
        return false;
    }
    let Some(comma) = cited.rfind(',') else { return true };
    // After a comma, only an apposition (a title, then the name, then a pause) is cited.
    let title = cited[comma + 1..].trim();
    !title.is_empty() && !title.contains(',') && pause_after_name(&sentence[at..])
}

/// Whether the name opening `text` is followed by a pause (a comma, a stop, a bracket) or
/// the end, not by a verb: the name is an apposition.
fn pause_after_name(text: &str) -> bool {
    const PARTICLES: &[&str] = &["de", "da", "del", "di", "du", "van", "von", "bin", "ben", "al", "el"];
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut i = 0;
    while i < words.len() {
        let w = words[i].trim_end_matches([',', '.', ';', ')', '(']);
        let capitalised = w.starts_with(char::is_uppercase);
        let particle = PARTICLES.contains(&w) && words.get(i + 1).is_some_and(|n| n.starts_with(char::is_uppercase));
        if !(capitalised || particle) {
            break;
        }
        if w.len() < words[i].len() {
            return true;
        }
        i += 1;
    }
    i == words.len()
}

/// Whether cited words hold a relative pronoun or a conjunction, which opens another clause.
fn ends_a_clause(cited: &str) -> bool {
    cited
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .any(|w| matches!(w, "qui" | "who" | "que" | "that" | "et" | "and" | "mais" | "but"))
}

pub fn actors_among(words: &ActorWords, sentence: &str, known_people: &[&str], places: &[gazetteer::PlaceMention]) -> Vec<(usize, Actor)> {
    actors_among_with(words, sentence, known_people, places, &organisations::organisations_in(sentence))
}

/// [`actors_among`], given the organisations the sentence names (`organisations::organisations_in`).
pub fn actors_among_with(
    words: &ActorWords,
    sentence: &str,
    known_people: &[&str],
    places: &[gazetteer::PlaceMention],
    organisations: &[(usize, usize, &'static organisations::Organisation)],
) -> Vec<(usize, Actor)> {
    let mut found: Vec<(usize, Actor)> = Vec::new();
    // Each person once, at the first form that counts (most short forms only for
    // people the article names in full).
    // (person, where first named), in the table's order.
    let mut first_at: Vec<(usize, usize)> = Vec::new();
    for (at, person, names_alone) in people_forms_in(sentence) {
        if names_alone || known_people.contains(&PEOPLE[person].name) {
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
    // Read once: the leaders they designate, then the states they name.
    let mut demonyms = gazetteer::demonyms_in(sentence);
    demonyms.retain(|&(at, _, _)| {
        let end = sentence[at..].find(|c: char| !(c.is_alphanumeric() || c == '-')).map_or(sentence.len(), |n| at + n);
        !names_a_water_body(words, sentence, at, end)
    });
    found.extend(leaders_designated(words, sentence, known_people, &demonyms));
    for (at, person) in titled_people(words, sentence) {
        // "le président Abdel Fattah al-Sissi": the table's person, not "Abdel Fattah".
        if !found.iter().any(|(pos, a)| a == &person || (a.kind == ActorKind::Person && *pos == at)) {
            found.push((at, person));
        }
    }
    for (at, person) in untitled_people(words, sentence, places, organisations) {
        // A name overlapping one already read ("Vladimir Poutine", "Abdel Fattah al-Sissi") is that one.
        // Either way round: "Luiz Inacio Lula" read whole, and "Lula" read in the table.
        let overlaps = found
            .iter()
            .any(|(pos, a)| (*pos <= at && at < pos + a.name.len().max(a.name_fr.len())) || (at <= *pos && *pos < at + person.name.len()));
        if !overlaps && !found.iter().any(|(_, a)| a == &person) {
            found.push((at, person));
        }
    }
    for &(at, _, organisation) in organisations {
        found.push((at, actor(organisation.name, ActorKind::Organisation)));
    }
    for mention in places {
        // A capital stands for its government ("Moscou a dénoncé"), not where
        // something happens ("réunis à Luxembourg").
        let metonym = mention.is_capital && !located_at(words, &sentence[..mention.start]);
        let is_state = mention.place.kind == crate::model::PlaceKind::Country || metonym;
        if let (true, Some(iso)) = (is_state, mention.place.country.as_deref()) {
            let name = gazetteer::country_name(iso).unwrap_or(iso);
            found.push((mention.start, actor(name, ActorKind::State)));
        }
    }
    for (at, _, name) in demonyms {
        // "des attaques anti-israéliennes", "pro-Russian separatists": against or for a
        // state, not the state.
        let prefix = &sentence[..at];
        let prefixed = |p: &str| prefix.len() >= p.len() && prefix.get(prefix.len() - p.len()..).is_some_and(|t| t.eq_ignore_ascii_case(p));
        if !(prefixed("anti-") || prefixed("pro-")) {
            found.push((at, actor(name, ActorKind::State)));
        }
    }
    found.retain(|(at, actor)| actor.kind == ActorKind::Person || !related_to_it(words, sentence, *at));
    found.sort_by_key(|(at, _)| *at);
    let mut seen = std::collections::HashSet::new();
    found.retain(|(_, actor)| seen.insert(actor.clone()));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::people::{in_table, people_named_in};

    fn names(sentence: &str, article: &str) -> Vec<String> {
        actors_in(&crate::extract::fr::actors::ACTORS, sentence, &people_named_in(article)).into_iter().map(|(_, a)| a.name).collect()
    }

    #[test]
    fn a_name_opening_the_sentence_with_an_age_is_a_person() {
        assert_eq!(names("Andry Rajoelina, 49 ans, a été réélu.", ""), ["Andry Rajoelina"]);
        let en =
            |s: &str| -> Vec<String> { actors_in(&crate::extract::en::actors::ACTORS, s, &[]).into_iter().map(|(_, a)| a.name).collect() };
        assert_eq!(en("Andry Rajoelina, 49, was re-elected."), ["Andry Rajoelina"]);
        // Before an auxiliary of the past, they are the subject of a verb group.
        assert_eq!(names("Andry Rajoelina a été réélu.", ""), ["Andry Rajoelina"]);
        assert_eq!(en("Sanae Takaichi was elected prime minister."), ["Sanae Takaichi"]);
        // Without the age or a verb group, two capitalised words opening a sentence may name anything.
        assert!(names("Andry Rajoelina réélu à la tête du pays.", "").is_empty());
        assert!(!names("Air France, 12 %, a chuté.", "").contains(&"Air France".to_string()), "a share is no age");
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
        let titled: Vec<String> = actors_in(&crate::extract::fr::actors::ACTORS, "Le ministre arménien, Ararat Mirzoyan, a signé.", &[])
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
    fn a_surname_alone_is_the_person_the_article_spelt_in_full() {
        let article = "Le président syrien, Ahmad al-Chareh, est arrivé à Ryad. M. Chareh a été reçu par le prince.";
        assert_eq!(surname_spelt_in_full(article, "Chareh").map(|a| a.name), Some("Ahmed al-Sharaa".to_string()));
        assert_eq!(surname_spelt_in_full(article, "Dupont"), None);
    }

    #[test]
    fn a_short_form_inside_a_longer_name_is_someone_else() {
        let article = "Kim Jong-un a reçu Vladimir Poutine. Kim Jong-il avait visité la Russie.";
        assert!(names("Kim Jong-il avait visité la Russie.", article).iter().all(|n| n != "Kim Jong-un"));
        assert_eq!(names("Kim a parlé.", article), ["Kim Jong-un"]);
    }

    #[test]
    fn surnames_count_only_after_the_full_name_unless_they_name_the_person_alone() {
        let article = "Kim Jong-un est arrivé. Kim a parlé.";
        assert_eq!(names("Kim a parlé.", article), ["Kim Jong-un"]);
        assert!(names("Kim a parlé.", "Kim a parlé.").is_empty());
        // ("Poutine" is no one else's name in the news.)
        assert_eq!(names("Poutine a parlé.", "Poutine a parlé."), ["Vladimir Putin"]);
    }

    #[test]
    fn who_is_related_to_a_state_is_not_it() {
        let (fr, en) = (&crate::extract::fr::actors::ACTORS, &crate::extract::en::actors::ACTORS);
        let text = "les alliés de l'Iran ont frappé";
        assert!(related_to_it(fr, text, text.find("Iran").unwrap()));
        let text = "Iran's proxies struck";
        assert!(related_to_it(en, text, 0));
        // Another name's possessive further on says nothing of this one.
        let text = "Russia launched strikes on Ukraine's neighbours";
        assert!(!related_to_it(en, text, 0));
        assert!(related_to_it(en, text, text.find("Ukraine").unwrap()));
    }

    #[test]
    fn states_come_from_countries_capitals_and_demonyms() {
        let got = names("Hanoï et Moscou ont signé, a dit le président russe devant l'Union européenne.", "");
        assert_eq!(got, ["Vietnam", "Russia", "European Union"]);
        // The French demonyms of every state the news name, not only the largest.
        let got = names("Le président malgache a reçu le ministre togolais et une délégation ougandaise.", "");
        assert_eq!(got, ["Madagascar", "Togo", "Uganda"]);
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
    fn a_person_cited_as_the_source_is_told_apart_from_the_subject() {
        let cited = |words: &ActorWords, sentence: &str, name: &str| cited_as_source(words, sentence, sentence.find(name).unwrap());
        let fr = &crate::extract::fr::actors::ACTORS;
        assert!(cited(fr, "La frappe a eu lieu la veille, selon un porte-parole, le lieutenant-colonel Nadav Shoshani, qui", "Nadav"));
        assert!(cited(fr, "La réunion a eu lieu, d'après Dmitri Peskov.", "Dmitri"));
        assert!(!cited(fr, "Selon Tass, Vladimir Poutine est arrivé mardi.", "Vladimir"));
        assert!(!cited(fr, "Selon Tass, le président Vladimir Poutine est arrivé mardi.", "Vladimir"));
        assert!(!cited(fr, "un accord selon lequel Vladimir Poutine se rendra", "Vladimir"));
        let en = &crate::extract::en::actors::ACTORS;
        assert!(cited(en, "The strike took place on Friday, according to a spokesman, Lt. Col. Nadav Shoshani.", "Nadav"));
        assert!(!cited(en, "According to Russian diplomatic sources, Presidential Aide Vladimir Medinsky said the swap", "Vladimir"));
    }

    #[test]
    fn acronyms_need_their_own_word() {
        assert!(names("Le RUE et la PUE", "").is_empty());
        assert_eq!(names("le G7 a accepté", ""), ["G7"]);
    }
}
