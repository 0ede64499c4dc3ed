//! The French trigger lexicon (triggers.tsv) read as verb groups and nominal
//! events: every inflected form of each lemma comes from `conjugation`, and a
//! small grammar says when a form reports an event:
//! - a past participle after its auxiliary, with adverbs, negation and clitics
//!   between them ("a finalement signé", "n'a pas encore ratifié", "se sont rendus",
//!   "ont été tués");
//! - a conjugated form, unless a determiner makes it a noun ("la demande");
//! - an infinitive after a modal or an aspect verb ("devrait se rendre", "vient de signer");
//! - a noun of the lexicon ("la signature de l'accord jeudi").

use super::conjugation::{self, FormKind, Tense};
pub use crate::extract::locale::LexiconHit;
use crate::model::EventType;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

/// One reading of a word form.
#[derive(Debug, Clone)]
struct Reading {
    lemma: &'static str,
    event_type: EventType,
    kind: Option<FormKind>,
    pronominal: bool,
    /// Words that must follow the form ("visite" after "rendre").
    tail: Option<&'static str>,
    /// The verb enacts its object (`enacts` in triggers.tsv).
    enacts: bool,
    /// The verb attributes what follows (`reports` in triggers.tsv).
    reports: bool,
}

/// FNV-1a: the readings are looked up for every word of every sentence, and
/// short keys hash faster with it than with the default SipHash.
#[derive(Default, Clone, Copy)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for byte in bytes {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

type Readings = HashMap<String, Vec<Reading>, std::hash::BuildHasherDefault<Fnv>>;

static READINGS: LazyLock<Readings> = LazyLock::new(|| {
    let mut map: Readings = HashMap::default();
    for line in include_str!("triggers.tsv").lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&'static str> = line.split('\t').collect();
        let (lemma, class) = (f[0], f.get(2).copied().unwrap_or("verb"));
        let enacts = f.get(3) == Some(&"enacts");
        let reports = f.get(3) == Some(&"reports");
        let event_type = EventType::parse(f[1]).unwrap_or_else(|| panic!("triggers.tsv: unknown type in {line:?}"));
        let (head, tail) = match lemma.split_once(' ') {
            Some((head, tail)) => (head, Some(tail)),
            None => (lemma, None),
        };
        let mut add = |form: String, kind: Option<FormKind>, pronominal: bool| {
            map.entry(form).or_default().push(Reading { lemma, event_type, kind, pronominal, tail, enacts, reports });
        };
        if class == "noun" {
            add(head.to_lowercase(), None, false);
            if !head.ends_with(['s', 'x', 'z']) {
                add(format!("{}s", head.to_lowercase()), None, false);
            }
            continue;
        }
        for (form, kind) in conjugation::forms(head) {
            add(form, Some(kind), class == "verb-se");
        }
    }
    // A reading with words after the form ("proclamer président") before the form alone.
    for readings in map.values_mut() {
        readings.sort_by_key(|r| r.tail.is_none());
    }
    map
});

/// Verbs whose object noun is the event they report ("a eu un entretien", "effectuera
/// une visite", "a entamé samedi une visite", "mène des frappes", "a annoncé avoir procédé à
/// un échange de prisonniers"): the noun is then read as the verb group, dated like a verb.
const SUPPORT_VERBS: &[&str] = &[
    "effectuer",
    "tenir",
    "mener",
    "entamer",
    "lancer",
    "conduire",
    "organiser",
    "entreprendre",
    "accorder",
    "achever",
    "poursuivre",
    "procéder",
];

/// Forms of avoir that make it a support verb ("a eu un entretien", "aura une rencontre").
const SUPPORT_AVOIR: &[(&str, Option<Tense>)] = &[
    ("eu", None),
    ("aura", Some(Tense::Future)),
    ("auront", Some(Tense::Future)),
    ("aurait", Some(Tense::Future)),
    ("auraient", Some(Tense::Future)),
    ("avoir", None),
];

/// How far (words) a support verb may stand before the determiner of its noun ("a
/// effectué du 20 au 22 décembre une visite").
const SUPPORT_REACH: usize = 6;

static SUPPORT_FORMS: LazyLock<HashMap<String, FormKind, std::hash::BuildHasherDefault<Fnv>>> = LazyLock::new(|| {
    let mut map: HashMap<String, FormKind, std::hash::BuildHasherDefault<Fnv>> = HashMap::default();
    for verb in SUPPORT_VERBS {
        for (form, kind) in conjugation::forms(verb) {
            map.entry(form).or_insert(kind);
        }
    }
    for (form, tense) in SUPPORT_AVOIR {
        map.insert(form.to_string(), tense.map_or(FormKind::PastParticiple, FormKind::Finite));
    }
    map
});

/// The support verb whose object is the noun at `i` (after its determiner), as the
/// start of its group and whether it looks ahead.
fn support_verb(sentence: &str, words: &[(usize, usize, Cow<'_, str>)], i: usize) -> Option<(usize, bool)> {
    let determiner = i.checked_sub(1)?;
    for k in (determiner.saturating_sub(SUPPORT_REACH)..determiner).rev() {
        // The verb and its object stay in one clause.
        if sentence[words[k].1..words[k + 1].0].contains([',', ';', ':', '(', ')', '«', '»', '"']) {
            return None;
        }
        let Some(kind) = SUPPORT_FORMS.get(words[k].2.as_ref()) else { continue };
        // "ont aussi mené des attaques": adverbs and negation may stand inside the group.
        let mut j = k;
        while j > 0 && k - j < 3 {
            if stands_inside_group(words[j - 1].2.as_ref()) && !AUXILIARIES.contains(&words[j - 1].2.as_ref()) {
                j -= 1;
            } else if let Some(n) = incise_ending_at(words, j) {
                j -= n;
            } else {
                break;
            }
        }
        let before = j.checked_sub(1).map(|b| words[b].2.as_ref());
        let modal = before.is_some_and(|b| MODALS.contains(&b));
        return match kind {
            FormKind::PastParticiple if before.is_some_and(|b| AUXILIARIES.contains(&b)) => Some((words[j - 1].0, false)),
            FormKind::Infinitive if modal => Some((words[j - 1].0, true)),
            FormKind::Finite(tense) => Some((words[k].0, *tense == Tense::Future)),
            _ => None,
        };
    }
    None
}

/// Whether the words between an enacting verb and an event noun leave the noun its
/// direct object: a date, determiners and quantities ("vendredi un dixième paquet de"),
/// once incises between commas are set aside; not another noun or a participle ("une
/// résolution condamnant l'invasion").
pub fn is_object_gap(gap: &str) -> bool {
    const ALLOWED: &[&str] = &[
        "un",
        "une",
        "des",
        "de",
        "d'",
        "du",
        "le",
        "la",
        "les",
        "l'",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "nouveau",
        "nouvelle",
        "nouveaux",
        "nouvelles",
        "premier",
        "première",
        "série",
        "train",
        "salve",
        "vague",
        "ensemble",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "soir",
        "matin",
        "hier",
        // ("aujourd'hui" is read as two words, "aujourd'" and "hui".)
        "aujourd'",
        "hui",
        "finalement",
        "officiellement",
        // "a revendiqué la responsabilité de l'attentat": the claim names the attack it owns.
        "responsabilité",
    ];
    words(&crate::extract::without_incises(gap)).iter().all(|(_, _, w)| {
        ALLOWED.contains(&w.as_ref())
            || w.ends_with("ième")
            || w.chars().all(|c| c.is_ascii_digit())
            || super::words::month_number(w).is_some()
    })
}

/// Forms of avoir and être that make a compound tense or the passive. Not "ayant"
/// and "étant": "les pays ayant voté la résolution" describes who, it reports no act.
const AUXILIARIES: &[&str] = &[
    "a",
    "ai",
    "as",
    "avons",
    "avez",
    "ont",
    "avait",
    "avais",
    "avaient",
    "aura",
    "auront",
    "aurait",
    "auraient",
    "avoir",
    "eu",
    "est",
    "es",
    "suis",
    "sommes",
    "êtes",
    "sont",
    "était",
    "étaient",
    "sera",
    "seront",
    "serait",
    "seraient",
    "être",
    "été",
    "fut",
    "furent",
    "soit",
    "soient",
    "a-t-il",
    "a-t-elle",
    "ont-ils",
    "ont-elles",
    "est-il",
    "est-elle",
    "sont-ils",
];

/// Verbs after which an infinitive is the event ("devrait signer", "vient de signer").
const MODALS: &[&str] = &[
    "doit",
    "doivent",
    "devait",
    "devaient",
    "devrait",
    "devraient",
    "devra",
    "devront",
    "va",
    "vont",
    "allait",
    "allaient",
    "ira",
    "iront",
    "compte",
    "comptent",
    "entend",
    "entendent",
    "vient",
    "viennent",
    "venait",
    "venaient",
    "prévoit",
    "prévoient",
    "décidé",
    "accepté",
    "apprête",
    "apprêtent",
    "annoncé",
    "affirmé",
    "déclaré",
    "dit",
];

/// Words that may stand inside a verb group: negation, adverbs, clitics, "de"/"à" after a modal.
const INSIDE_GROUP: &[&str] = &[
    "ne",
    "n'",
    "pas",
    "plus",
    "jamais",
    "encore",
    "déjà",
    "finalement",
    "également",
    "aussi",
    "enfin",
    "notamment",
    "officiellement",
    "bien",
    "alors",
    "ainsi",
    "toujours",
    "récemment",
    "désormais",
    "même",
    "rapidement",
    "longuement",
    "brièvement",
    "personnellement",
    "formellement",
    "solennellement",
    "ensuite",
    "aussitôt",
    "effectivement",
    "vraisemblablement",
    "immédiatement",
    "publiquement",
    "conjointement",
    "mutuellement",
    "directement",
    "déjà",
    "depuis",
    "ensemble",
    "tous",
    "toutes",
    "deux",
    "trois",
    "y",
    "en",
    "le",
    "la",
    "les",
    "l'",
    "lui",
    "leur",
    "se",
    "s'",
    "me",
    "m'",
    "nous",
    "vous",
    "te",
    "t'",
    "de",
    "d'",
    "à",
    "être",
    "été",
];

/// Whether a word may stand inside a verb group: a word of `INSIDE_GROUP`, a stressed
/// pronoun before "aussi" ("se sont eux aussi rendus", as "lui" already was), or any adverb
/// in "-ment", quoted or not ("a « chaleureusement » félicité", as the statement rule reads
/// "a chaleureusement félicité").
fn stands_inside_group(word: &str) -> bool {
    INSIDE_GROUP.contains(&word) || matches!(word, "eux" | "elle" | "elles") || super::words::is_ment_adverb(word)
}

/// How many words an incise of `GROUP_INCISES` ending right before the word at `end` takes
/// ("de son côté" in "a de son côté dénoncé").
fn incise_ending_at(words: &[(usize, usize, Cow<'_, str>)], end: usize) -> Option<usize> {
    super::words::GROUP_INCISES
        .iter()
        .find(|incise| end >= incise.len() && words[end - incise.len()..end].iter().zip(incise.iter()).all(|(w, i)| w.2 == *i))
        .map(|incise| incise.len())
}

/// Words before a conjugated form that make it a noun ("en cas d'attaque", "à la demande").
const PREPOSITIONS: &[&str] = &["de", "d'", "à", "en", "par", "pour", "sans", "contre", "après", "avant", "sur", "sous", "vers"];

const REFLEXIVES: &[&str] = &["se", "s'", "me", "m'", "nous", "vous", "te", "t'"];

/// Words before a form that make it a noun ("la demande", "une frappe").
const DETERMINERS: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "au",
    "aux",
    "sa",
    "son",
    "ses",
    "leur",
    "leurs",
    "cette",
    "ce",
    "cet",
    "ces",
    "notre",
    "votre",
    "nos",
    "vos",
    "première",
    "premier",
    // ("les premiers combats", "les dernières frappes": ordinals in the plural, and "dernier".)
    "premières",
    "premiers",
    "dernier",
    "dernière",
    "derniers",
    "dernières",
    // "un second coup d'État", "la deuxième visite": an ordinal, like "premier".
    "second",
    "seconde",
    "deuxième",
    "troisième",
    "quatrième",
    "nouvelle",
    "nouveau",
    "nouvelles",
    "nouveaux",
];

/// Whether a noun follows a quantity or an attempt and "de" ("25 % de droits de douane", "une
/// série de frappes", "une tentative de coup d'État"): a specific event, where "en cas
/// d'attaque" is none.
fn after_a_quantity(words: &[(usize, usize, Cow<'_, str>)], i: usize) -> bool {
    const QUANTITIES: &[&str] = &[
        "série",
        "vague",
        "salve",
        "dizaine",
        "dizaines",
        "centaine",
        "centaines",
        "milliers",
        "paquet",
        "train",
        "nombreuses",
        "nombreux",
        "plusieurs",
        // "la tentative de coup d'État survenue dimanche": what was attempted happened, foiled or not.
        "tentative",
        "tentatives",
    ];
    let (Some(de), Some(quantity)) = (i.checked_sub(1).map(|k| words[k].2.as_ref()), i.checked_sub(2).map(|k| words[k].2.as_ref())) else {
        return false;
    };
    matches!(de, "de" | "d'") && (QUANTITIES.contains(&quantity) || quantity.chars().all(|c| c.is_ascii_digit()))
}

/// Whether a noun follows a determiner (or the "de" of a plural) and an adjective that stands
/// before nouns ("de violentes frappes", "d'intenses combats", "une brève visite"): a noun
/// phrase as much as "des frappes". (A closed list: "des élections législatives", "le président
/// visite" are a noun and what follows it.)
fn after_an_adjective(words: &[(usize, usize, Cow<'_, str>)], i: usize) -> bool {
    let (Some(adjective), Some(determiner)) =
        (i.checked_sub(1).map(|k| words[k].2.as_ref()), i.checked_sub(2).map(|k| words[k].2.as_ref()))
    else {
        return false;
    };
    (DETERMINERS.contains(&determiner) || matches!(determiner, "de" | "d'")) && BEFORE_NOUNS.contains(&adjective)
}

/// Adjectives news writes before an event noun, in all their forms.
const BEFORE_NOUNS: &[&str] = &[
    "violent",
    "violente",
    "violents",
    "violentes",
    "intense",
    "intenses",
    "lourd",
    "lourde",
    "lourds",
    "lourdes",
    "vaste",
    "vastes",
    "large",
    "larges",
    "massif",
    "massive",
    "massifs",
    "massives",
    "sanglant",
    "sanglante",
    "sanglants",
    "sanglantes",
    "brève",
    "brèves",
    "bref",
    "brefs",
    "longue",
    "longues",
    "long",
    "longs",
    "courte",
    "courtes",
    "court",
    "courts",
    "grand",
    "grande",
    "grands",
    "grandes",
    "importante",
    "importantes",
    "important",
    "importants",
    "rare",
    "rares",
    "historique",
    "historiques",
    "récent",
    "récente",
    "récents",
    "récentes",
    "prochain",
    "prochaine",
    "prochains",
    "prochaines",
    "énième",
    "ultime",
    "ultimes",
    "double",
    "doubles",
    "triple",
    "triples",
    "nombreuses",
    "nombreux",
    "meurtrier",
    "meurtrière",
    "meurtriers",
    "meurtrières",
];

/// A sentence's words: (start, end, lower-case word). An elided article or
/// pronoun keeps its apostrophe ("s'", "l'"); hyphens stay inside words.
fn words(sentence: &str) -> Vec<(usize, usize, Cow<'_, str>)> {
    // (A word of small ASCII letters, digits and hyphens is its own lower case: told as it is
    // read, not by reading it again.)
    let word = |s: usize, end: usize, plain: bool| {
        if plain {
            Cow::Borrowed(&sentence[s..end])
        } else {
            crate::extract::lower_case_straight(&sentence[s..end])
        }
    };
    // A word and its space take five bytes or more: the list is not grown word by word.
    let mut out = Vec::with_capacity(sentence.len() / 5 + 1);
    let mut start: Option<usize> = None;
    let mut plain = true;
    let bytes = sentence.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII bytes told as bytes, the rest as characters.
        let b = bytes[i];
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            let c = sentence[i..].chars().next().expect("a character starts here");
            (c, c.len_utf8())
        };
        let apostrophe = c == '\'' || c == '’';
        if c.is_alphanumeric() || (c == '-' && start.is_some()) {
            if start.is_none() {
                start = Some(i);
                plain = true;
            }
            plain &= b.is_ascii() && !b.is_ascii_uppercase();
        } else if let Some(s) = start.take() {
            let end = if apostrophe { i + len } else { i };
            out.push((s, end, word(s, end, plain && c != '’')));
        }
        i += len;
    }
    if let Some(s) = start {
        out.push((s, sentence.len(), word(s, sentence.len(), plain)));
    }
    out
}

/// Whether a word in lower case is a past participle of the lexicon's verbs ("arrivé", "signés").
pub fn is_past_participle(word: &str) -> bool {
    READINGS.get(word).is_some_and(|readings| readings.iter().any(|r| r.kind == Some(FormKind::PastParticiple)))
}

/// Words that may stand between a verb and the rest of its lemma beside the weekdays, months and
/// day numbers: a time of day or an adverb ("a pris lundi ses fonctions", "a présenté
/// officiellement sa démission", "ont pris mardi à la mi-journée le contrôle de Goma", "ont pris
/// ce dimanche 26 octobre le contrôle").
const TAIL_GAP: &[&str] = &[
    "hier",
    "soir",
    "matin",
    "midi",
    "déjà",
    "enfin",
    "aussitôt",
    "ce",
    "cette",
    "à",
    "la",
    "l'",
    "dans",
    "mi-journée",
    "matinée",
    "soirée",
    "nuit",
    "aube",
    "après-midi",
];

/// How many words may stand between a verb and the rest of its lemma.
const TAIL_GAP_WORDS: usize = 5;

/// Where the rest of a lemma ends when words of `TAIL_GAP`, weekdays, months, day numbers or adverbs
/// in "-ment" stand between it and the verb's form, the word at `form`; a comma may close them
/// ("avoir pris ce dimanche, le contrôle d'el-Fasher"), as it closes a date after a verb.
fn tail_after_a_gap(sentence: &str, words: &[(usize, usize, Cow<'_, str>)], form: usize, tail: &str) -> Option<usize> {
    let gap_word = |w: &str| {
        TAIL_GAP.contains(&w)
            || super::words::WEEKDAYS.iter().any(|d| d.name == w)
            || super::words::MONTHS.iter().any(|m| m.name == w)
            || w == "1er"
            || (w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
            || super::words::is_ment_adverb(w)
    };
    let mut k = form + 1;
    while k < words.len() && k - form <= TAIL_GAP_WORDS && gap_word(words[k].2.as_ref()) {
        let after = words[k].1;
        let after_comma = sentence[after..].strip_prefix(',').map(|_| after + 1);
        if let Some(tail_end) = crate::extract::tail_end(sentence, after, tail)
            .or_else(|| after_comma.and_then(|from| crate::extract::tail_end(sentence, from, tail)))
        {
            return Some(tail_end);
        }
        k += 1;
    }
    None
}

/// The events the lexicon reads in a sentence, in order.
pub fn hits(sentence: &str) -> Vec<LexiconHit> {
    let words = words(sentence);
    let mut out: Vec<LexiconHit> = Vec::new();
    for (i, (start, end, word)) in words.iter().enumerate() {
        // No form of the lexicon is shorter than three bytes ("tue").
        if end - start < 3 {
            continue;
        }
        let Some(readings) = READINGS.get(word.as_ref()) else { continue };
        // The group before the form: skip what may stand inside it.
        let mut j = i;
        let mut reflexive = false;
        let mut inversion = false;
        while j > 0 && i - j < 5 {
            if stands_inside_group(words[j - 1].2.as_ref()) && !AUXILIARIES.contains(&words[j - 1].2.as_ref()) {
                reflexive |= REFLEXIVES.contains(&words[j - 1].2.as_ref());
                j -= 1;
            } else if let Some(n) = incise_ending_at(&words, j) {
                j -= n;
            } else {
                break;
            }
        }
        let before = j.checked_sub(1).map(|k| words[k].2.as_ref());
        let previous = i.checked_sub(1).map(|k| words[k].2.as_ref());
        // "a-t-il signé", "s'est-il rendu": an auxiliary written with its subject.
        if let Some(b) = before {
            inversion = b.contains("-t-") || b.ends_with("-il") || b.ends_with("-elle") || b.ends_with("-ils");
        }
        let auxiliary = before.is_some_and(|b| AUXILIARIES.contains(&b) || inversion);
        // "s'est rendu": the reflexive stands before the auxiliary.
        if auxiliary && j >= 2 {
            reflexive |= REFLEXIVES.contains(&words[j - 2].2.as_ref());
        }
        let group_start = if auxiliary || before.is_some_and(|b| MODALS.contains(&b)) { words[j - 1].0 } else { *start };
        for reading in readings {
            let mut span_end = *end;
            if let Some(tail) = reading.tail {
                let Some(tail_end) = crate::extract::tail_end(sentence, *end, tail).or_else(|| tail_after_a_gap(sentence, &words, i, tail))
                else {
                    continue;
                };
                span_end = tail_end;
            }
            if reading.pronominal && !reflexive {
                continue;
            }
            let supported = || previous.is_some_and(|b| DETERMINERS.contains(&b)).then(|| support_verb(sentence, &words, i)).flatten();
            let mut nominal = reading.kind.is_none();
            let (rule, ahead, from) = match reading.kind {
                None if supported().is_some() => {
                    let (from, ahead) = supported().expect("checked");
                    nominal = false;
                    ("noun after a support verb", ahead, from)
                }
                None if previous.is_some_and(|b| DETERMINERS.contains(&b))
                    || i == 0
                    || after_a_quantity(&words, i)
                    || after_an_adjective(&words, i) =>
                {
                    ("noun", false, *start)
                }
                None => continue,
                Some(FormKind::PastParticiple) if auxiliary => ("participle after its auxiliary", false, group_start),
                // "Marco Rubio, arrivé lundi à Riyad, a rencontré …", "le texte, adopté mardi par le
                // Sénat, …": a participle opening an apposition tells what its noun went through.
                Some(FormKind::PastParticiple) if j == i && sentence[..*start].trim_end().ends_with(',') => {
                    (crate::extract::locale::APPOSED_PARTICIPLE, false, *start)
                }
                Some(FormKind::PastParticiple) => continue,
                Some(FormKind::Infinitive) if before.is_some_and(|b| MODALS.contains(&b)) => {
                    let recent_past = before.is_some_and(|b| b.starts_with("vien") || b.starts_with("ven"));
                    ("infinitive after a modal", !recent_past, group_start)
                }
                Some(FormKind::Infinitive) => continue,
                // "a surpris mardi en déclarant la loi martiale": a gerund declaring a state of
                // exception (or a diplomat persona non grata) is that act, done with the main verb.
                // (Other gerunds describe how: "accusé d'avoir facilité l'invasion en accueillant
                // des troupes", "en tirant des coups de feu en l'air".)
                Some(FormKind::PresentParticiple)
                    if words[j..i].first().is_some_and(|w| w.2 == "en")
                        && reading.event_type == EventType::Statement
                        && super::clauses::declares_an_act(&sentence[*end..]) =>
                {
                    ("gerund declaring an act", false, words[j].0)
                }
                Some(FormKind::PresentParticiple) => continue,
                Some(FormKind::Finite(tense)) => {
                    // "la demande", "une frappe": a noun, read as one only if the lexicon has it.
                    if previous.is_some_and(|b| DETERMINERS.contains(&b) || PREPOSITIONS.contains(&b)) || after_an_adjective(&words, i) {
                        continue;
                    }
                    ("conjugated verb", tense == Tense::Future, *start)
                }
            };
            let hit = LexiconHit {
                event_type: reading.event_type,
                start: from,
                end: span_end,
                lemma: reading.lemma,
                rule,
                nominal,
                enacts: reading.enacts,
                ahead,
                present: reading.kind == Some(FormKind::Finite(Tense::Present)) && !auxiliary,
                reports: reading.reports,
            };
            if !out.iter().any(|h| h.start < hit.end && hit.start < h.end) {
                out.push(hit);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_read_as_by_their_characters() {
        // The reading by characters that `words` replaced, every word lowered.
        fn by_characters(sentence: &str) -> Vec<(usize, usize, String)> {
            let word = |s: usize, end: usize| crate::extract::lower_case_straight(&sentence[s..end]).into_owned();
            let mut out = Vec::new();
            let mut start: Option<usize> = None;
            for (i, c) in sentence.char_indices() {
                let apostrophe = c == '\'' || c == '’';
                if c.is_alphanumeric() || (c == '-' && start.is_some()) {
                    start.get_or_insert(i);
                } else if let Some(s) = start.take() {
                    let end = if apostrophe { i + c.len_utf8() } else { i };
                    out.push((s, end, word(s, end)));
                }
            }
            if let Some(s) = start {
                out.push((s, sentence.len(), word(s, sentence.len())));
            }
            out
        }
        for sentence in [
            "L’Élysée a indiqué qu'il s’est rendu mardi à Pékin, « pour la 2e fois ».",
            "Le coup d'État -- a-t-il échoué ? NON : 12 000 soldats… ÉTATS-UNIS",
            "aujourd’hui l'",
            "l’",
            "Straße İstanbul ΟΔΟΣ \u{212a}elvin x-",
            "",
        ] {
            let read: Vec<(usize, usize, String)> = words(sentence).into_iter().map(|(s, e, w)| (s, e, w.into_owned())).collect();
            assert_eq!(read, by_characters(sentence), "{sentence}");
        }
    }

    fn read(sentence: &str) -> Vec<(EventType, &'static str, String)> {
        hits(sentence).into_iter().map(|h| (h.event_type, h.lemma, sentence[h.start..h.end].to_string())).collect()
    }

    #[test]
    fn verb_groups_with_adverbs_negation_and_clitics() {
        assert_eq!(read("Joe Biden est finalement arrivé lundi à Kiev."), [(EventType::Visit, "arriver", "est finalement arrivé".into())]);
        assert_eq!(read("Le Sénat n'a pas encore ratifié le texte."), [(EventType::Agreement, "ratifier", "a pas encore ratifié".into())]);
        assert_eq!(read("Ils se sont rendus à Pékin."), [(EventType::Visit, "rendre", "sont rendus".into())]);
        assert_eq!(read("Il devrait se rendre à Pékin."), [(EventType::Visit, "rendre", "devrait se rendre".into())]);
        assert_eq!(read("Elle lui a rendu visite."), [(EventType::Visit, "rendre visite", "a rendu visite".into())]);
        assert!(read("Il a rendu le rapport.").is_empty(), "'rendre' alone is no visit");
    }

    #[test]
    fn words_after_the_form_are_read_in_the_text_as_written() {
        // The span ends where the sentence's words end, whichever apostrophe it writes.
        assert_eq!(read("Le coup d’État a échoué.")[0].2, "coup d’État");
        assert_eq!(read("Le coup d'Etat a échoué.")[0].2, "coup d'Etat");
        assert!(read("Ils ont voté en faveur de la loi.").iter().any(|h| h.1 == "voter en faveur de"));
        assert!(read("Ils ont voté en faveur des amendements.").iter().any(|h| h.1 == "voter en faveur de"), "de + les");
    }

    #[test]
    fn conjugated_forms_nouns_and_determiners() {
        assert_eq!(read("L'armée israélienne a frappé mardi des cibles.")[0].1, "frapper");
        assert_eq!(read("Le Conseil a adopté vendredi une résolution.")[0].1, "adopter");
        assert_eq!(read("Trump franchit la ligne et rencontre Kim.")[0].1, "rencontrer");
        assert_eq!(read("la signature de l'accord jeudi")[0].1, "signature");
        assert!(read("à la demande de Moscou").is_empty(), "'demande' after an article is a noun, and not an event noun");
        assert!(read("Les contrats signés par le gouvernement.").is_empty(), "a participle without auxiliary describes");
    }

    #[test]
    fn a_noun_after_a_support_verb_is_the_verb_group() {
        let hit = |s: &str| hits(s).into_iter().next().expect("a hit");
        let talks = hit("Il a eu un entretien avec son homologue.");
        assert_eq!((talks.rule, talks.nominal, talks.ahead), ("noun after a support verb", false, false));
        let visit = hit("Le président effectuera du 20 au 22 décembre une visite officielle.");
        assert_eq!((visit.lemma, visit.nominal, visit.ahead), ("visite", false, true));
        let meeting =
            hits("Le ministre, qui a tenu parole, salue la rencontre.").into_iter().find(|h| h.lemma == "rencontre").expect("rencontre");
        assert!(meeting.nominal, "a comma parts the verb from the noun");
    }

    #[test]
    fn an_adjective_between_determiner_and_noun_leaves_a_noun_phrase() {
        let nouns = |text: &str| super::hits(text).into_iter().filter(|h| h.nominal).map(|h| h.lemma).collect::<Vec<_>>();
        assert_eq!(nouns("de violentes frappes"), ["frappe"]);
        assert_eq!(nouns("une brève visite"), ["visite"]);
        assert!(nouns("d'autres libérations").is_empty());
        assert!(nouns("d'éventuelles sanctions").is_empty());
    }
}
