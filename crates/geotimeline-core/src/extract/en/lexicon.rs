//! The English trigger lexicon (triggers.tsv) read as verb groups and nominal
//! events: every inflected form of each lemma comes from `inflection`, and a
//! small grammar says when a form reports an event:
//! - a participle after its auxiliary, with adverbs and negation between them
//!   ("has finally signed", "have not yet ratified", "were killed", "will be signed");
//! - a past tense ("met", "signed"), unless a determiner makes it an adjective ("the signed deal");
//! - a base form after a modal or after "to" in a plan ("will visit", "is set to visit");
//! - a present after a pronoun or a name ("he visits", "Putin meets"), a progressive
//!   ("is visiting");
//! - a noun of the lexicon after a determiner and its modifiers ("a major Russian
//!   missile attack"), a bare plural ("Israeli strikes"), or the object of a support
//!   verb, which then reads as the verb group ("held talks", "paid a visit", "struck a deal").

use super::inflection::{self, Form};
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
    /// None for a noun.
    form: Option<Form>,
    /// Words that must follow the form ("in" after "sworn").
    tail: Option<&'static str>,
    enacts: bool,
    /// A verb that attributes what follows (`reports` in triggers.tsv).
    reports: bool,
    /// A noun whose lemma is a plural ("talks", "sanctions").
    plural: bool,
}

static READINGS: LazyLock<HashMap<String, Vec<Reading>>> = LazyLock::new(|| {
    let mut map: HashMap<String, Vec<Reading>> = HashMap::new();
    for line in include_str!("triggers.tsv").lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&'static str> = line.split('\t').collect();
        let (lemma, class) = (f[0], f.get(2).copied().unwrap_or("verb"));
        let enacts = f.get(3) == Some(&"enacts");
        let reports = f.get(3) == Some(&"reports");
        let event_type = EventType::parse(f[1]).unwrap_or_else(|| panic!("en/triggers.tsv: unknown type in {line:?}"));
        let (head, tail) = match lemma.split_once(' ') {
            Some((head, tail)) => (head, Some(tail)),
            None => (lemma, None),
        };
        let head = head.to_lowercase();
        let mut add = |form: String, kind: Option<Form>, plural: bool| {
            map.entry(form).or_default().push(Reading { lemma, event_type, form: kind, tail, enacts, reports, plural });
        };
        if class == "noun" {
            // The plural of a one-word noun; of a compound, its last word ("phone calls"), or its
            // first when a preposition follows it ("calls with", "guests of honour").
            match tail {
                Some(rest) if rest.split_whitespace().next().is_some_and(|w| super::words::PREPOSITIONS_AFTER_A_HEAD.contains(&w)) => {
                    add(head.clone(), None, false);
                    map.entry(plural_of(&head)).or_default().push(Reading {
                        lemma,
                        event_type,
                        form: None,
                        tail: Some(rest),
                        enacts,
                        reports,
                        plural: true,
                    });
                }
                None => {
                    let plural = lemma.ends_with('s') && !lemma.ends_with("ss");
                    add(head.clone(), None, plural);
                    if !plural {
                        add(plural_of(&head), None, true);
                    }
                }
                Some(rest) => {
                    add(head.clone(), None, false);
                    let plural_tail: &'static str = Box::leak(plural_of(rest).into_boxed_str());
                    map.entry(head.clone()).or_default().push(Reading {
                        lemma,
                        event_type,
                        form: None,
                        tail: Some(plural_tail),
                        enacts,
                        reports,
                        plural: true,
                    });
                }
            }
            continue;
        }
        for (form, kind) in inflection::forms(&head) {
            add(form, Some(kind), false);
        }
    }
    // A reading with words after the form ("swear in", "phone call") before the form alone.
    for readings in map.values_mut() {
        readings.sort_by_key(|r| r.tail.is_none());
    }
    map
});

fn plural_of(noun: &str) -> String {
    if noun.ends_with('y') && !noun.ends_with("ay") && !noun.ends_with("ey") && !noun.ends_with("oy") {
        format!("{}ies", &noun[..noun.len() - 1])
    } else if ["s", "x", "z", "ch", "sh"].iter().any(|e| noun.ends_with(e)) {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}

/// Verbs whose object noun is the event they report ("held talks", "paid a visit",
/// "launched an attack", "struck a deal", "declared martial law"): the noun is then
/// read as the verb group, dated like a verb.
const SUPPORT_VERBS: &[&str] = &[
    "hold",
    "have",
    "pay",
    "make",
    "conduct",
    "carry",
    "launch",
    "stage",
    "mount",
    "begin",
    "start",
    "open",
    "conclude",
    "end",
    "wrap",
    "complete",
    "attend",
    "host",
    "issue",
    "impose",
    "announce",
    "unveil",
    "deliver",
    "give",
    "reach",
    "strike",
    "seal",
    "undertake",
    "lead",
    "order",
    "declare",
    "lift",
    "accord",
    "receive",
    "organise",
    "organize",
    "convene",
    "win",
    "sign",
    "call",
    "resume",
];

/// How far (words) a support verb may stand before its noun ("held closed-door talks",
/// "issued a new round of economic sanctions").
const SUPPORT_REACH: usize = 7;

static SUPPORT_FORMS: LazyLock<HashMap<String, Form>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for verb in SUPPORT_VERBS {
        for (form, kind) in inflection::forms(verb) {
            map.entry(form).or_insert(kind);
        }
    }
    map
});

const HAVE: &[&str] = &["has", "have", "had", "'ve", "'d"];
const BE: &[&str] = &["is", "are", "was", "were", "am", "'re", "'m"];
const MODALS: &[&str] = &["will", "would", "shall", "should", "could", "may", "might", "must", "can", "'ll", "cannot"];
const DO: &[&str] = &["did", "do", "does"];
/// Words before "to" that make what follows a plan ("is set to visit", "plans to sign").
const PLANS: &[&str] = &[
    "set",
    "expected",
    "due",
    "going",
    "scheduled",
    "slated",
    "poised",
    "plans",
    "plan",
    "planned",
    "planning",
    "intends",
    "intended",
    "aims",
    "aimed",
    "hopes",
    "hoped",
    "wants",
    "wanted",
    "about",
    "ready",
    "likely",
    "prepared",
    "preparing",
    "seeks",
    "seeking",
    "sought",
    "vowed",
    "vows",
    "promised",
    "pledged",
    "threatened",
    "proposed",
    "offered",
    "agreed",
    "agreeing",
    "decided",
    "invited",
    "supposed",
    "continue",
    "continues",
    "would",
    "will",
    "move",
];
/// Words that may stand inside a verb group: negation, adverbs, "be" and "have" of compound forms.
const INSIDE_GROUP: &[&str] = &[
    "not",
    "n't",
    "'t",
    "never",
    "also",
    "already",
    "finally",
    "officially",
    "formally",
    "reportedly",
    "allegedly",
    "jointly",
    "briefly",
    "then",
    "just",
    "again",
    "still",
    "later",
    "first",
    "previously",
    "recently",
    "immediately",
    "subsequently",
    "successfully",
    "unanimously",
    "apparently",
    "personally",
    "publicly",
    "separately",
    "directly",
    "now",
    "soon",
    "even",
    "only",
    "both",
    "all",
    "each",
    "be",
    "been",
    "being",
    "have",
    "yet",
    "repeatedly",
    "swiftly",
    "quickly",
    "abruptly",
    "overwhelmingly",
    "narrowly",
    "once",
    "ever",
    "indeed",
    "eventually",
    "initially",
    "originally",
    "effectively",
    "reluctantly",
];
/// Words before a noun that make it a thing named, with up to three modifiers between.
const DETERMINERS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "'s",
    "another",
    "new",
    "first",
    "latest",
    "fresh",
    "further",
    "additional",
    "several",
    "two",
    "three",
    "four",
    "five",
    "both",
    "many",
    "any",
    "recent",
    "last",
    "next",
    "major",
    "massive",
    "large-scale",
    "wave",
    "round",
    "series",
    "barrage",
    "package",
    "salvo",
];
/// Words that cannot stand between a determiner and its noun.
const NOT_A_MODIFIER: &[&str] = &[
    "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "that", "which", "who", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "will", "would", "said", "after", "before", "as", "than",
];
/// Subjects after which a verb in the present is one ("he visits", "they meet").
const PRONOUNS_SINGULAR: &[&str] = &["he", "she", "it", "who", "which", "that"];
const PRONOUNS_PLURAL: &[&str] = &["they", "we", "i", "you", "who"];

/// A sentence's words: (start, end, lower-case word). "'s" and "n't" are words of
/// their own ("Russia's" → "russia", "'s"); hyphens stay inside words.
fn words(sentence: &str) -> Vec<(usize, usize, Cow<'_, str>)> {
    let word = |s: usize, end: usize| crate::extract::lower_case_straight(&sentence[s..end]);
    // A word and its space take five bytes or more: the list is not grown word by word.
    let mut out = Vec::with_capacity(sentence.len() / 5 + 1);
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = sentence.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let apostrophe = c == '\'' || c == '’';
        let next_is_letter = chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphabetic());
        if c.is_alphanumeric() || (c == '-' && start.is_some()) {
            start.get_or_insert(i);
        } else if apostrophe && next_is_letter && start.is_some() {
            // "Russia's": the word ends, "'s" begins; "didn't": "didn", "'t".
            let s = start.take().expect("checked");
            let s = if sentence[s..i].ends_with('n') && chars.get(k + 1).is_some_and(|&(_, n)| n == 't') {
                out.push((s, i - 1, word(s, i - 1)));
                i - 1
            } else {
                out.push((s, i, word(s, i)));
                i
            };
            start = Some(s);
        } else if let Some(s) = start.take() {
            out.push((s, i, word(s, i)));
        }
    }
    if let Some(s) = start {
        out.push((s, sentence.len(), word(s, sentence.len())));
    }
    out
}

/// How a verb form is read where it stands: the start of its group, whether it looks ahead,
/// whether it is a present, and the construction's name.
struct Group {
    start: usize,
    /// Where the group ends when it goes past the form ("the talks took place").
    end: Option<usize>,
    ahead: bool,
    present: bool,
    rule: &'static str,
}

fn verb_group(sentence: &str, words: &[(usize, usize, Cow<'_, str>)], i: usize, form: Form) -> Option<Group> {
    let w = |k: usize| words[k].2.as_ref();
    // The group before the form: skip what may stand inside it.
    let mut j = i;
    let mut compound = false; // "be", "been", "have" inside: passive, progressive or perfect
    while j > 0 && i - j < 5 && INSIDE_GROUP.contains(&w(j - 1)) && no_break(sentence, words, j - 1) {
        compound |= matches!(w(j - 1), "be" | "been" | "being" | "have");
        j -= 1;
    }
    let before = j.checked_sub(1).filter(|&k| no_break(sentence, words, k)).map(w);
    let modal = before.is_some_and(|b| MODALS.contains(&b));
    // "plans to sign", and "is to meet": a plan told with "be" and "to".
    let plan = before == Some("to") && j >= 2 && (PLANS.contains(&w(j - 2)) || BE.contains(&w(j - 2)));
    let previous = i.checked_sub(1).map(w);
    let from = |k: usize| words[k].0;
    match form {
        Form::Participle | Form::PastOrParticiple => {
            let auxiliary = before.is_some_and(|b| HAVE.contains(&b) || BE.contains(&b));
            if auxiliary {
                let present = before.is_some_and(|b| ["is", "are", "has", "have", "am"].contains(&b)) && !compound;
                return Some(Group { end: None, start: from(j - 1), ahead: false, present, rule: "participle after its auxiliary" });
            }
            // "Protesters have been killed", "the two sides have signed": "have" opening the group
            // is its auxiliary, not a word inside it as in "would have signed".
            if !modal && !plan && j < i && w(j) == "have" {
                let present = !(j + 1..i).any(|k| matches!(w(k), "be" | "been" | "being"));
                return Some(Group { end: None, start: from(j), ahead: false, present, rule: "participle after its auxiliary" });
            }
            if (modal || plan) && compound {
                return Some(Group { end: None, start: from(j - 1), ahead: true, present: false, rule: "participle after a modal" });
            }
            let adjective = previous.is_some_and(|p| {
                DETERMINERS.contains(&p) || NOT_A_MODIFIER.contains(&p) && p != "and" && p != "who" && p != "that" && p != "which"
            });
            // "the contracts signed by the government": a participle describing a thing.
            // "others accused of", "a resolution described as": the same, with its complement.
            // ("talked by phone" is no agent.)
            let by_means =
                words.get(i + 2).is_some_and(|(_, _, w)| matches!(w.as_ref(), "phone" | "telephone" | "video" | "videoconference"));
            let by_agent = words.get(i + 1).is_some_and(|(_, _, next)| matches!(next.as_ref(), "by" | "of" | "as"))
                && no_break(sentence, words, i)
                && !by_means;
            // "if approved", "unless ratified": a condition, nothing done.
            let condition = previous.is_some_and(|p| p == "if" || p == "unless");
            (form == Form::PastOrParticiple && !adjective && !compound && !by_agent && !condition).then_some(Group {
                end: None,
                start: from(i),
                ahead: false,
                present: false,
                rule: "past tense",
            })
        }
        Form::Past => {
            (j == i || !compound).then_some(Group { end: None, start: from(j.min(i)), ahead: false, present: false, rule: "past tense" })
        }
        Form::Base => {
            if modal || plan {
                let start = if plan { from(j - 2) } else { from(j - 1) };
                return Some(Group { start, end: None, ahead: true, present: false, rule: "base form after a modal" });
            }
            if before.is_some_and(|b| DO.contains(&b)) {
                let present = before != Some("did");
                return Some(Group { end: None, start: from(j - 1), ahead: false, present, rule: "base form after 'do'" });
            }
            previous.filter(|p| PRONOUNS_PLURAL.contains(p)).map(|_| Group {
                end: None,
                start: from(i),
                ahead: false,
                present: true,
                rule: "present",
            })
        }
        Form::ThirdPerson => {
            // "The Istanbul talks follow …": a name after a determiner modifies a noun.
            let modifies_a_noun =
                i >= 2 && DETERMINERS.contains(&w(i - 2)) && READINGS.get(w(i)).is_some_and(|r| r.iter().any(|r| r.form.is_none()));
            let subject = previous.is_some_and(|p| PRONOUNS_SINGULAR.contains(&p))
                || (i >= 1
                    && !modifies_a_noun
                    // "These sanctions will …": a capitalised determiner opens a noun phrase.
                    && !DETERMINERS.contains(&w(i - 1))
                    && sentence[words[i - 1].0..].starts_with(char::is_uppercase)
                    && !crate::knowledge::gazetteer::is_demonym(&sentence[words[i - 1].0..words[i - 1].1]));
            subject.then_some(Group { end: None, start: from(i), ahead: false, present: true, rule: "present" })
        }
        Form::Ing => {
            let progressive = before.is_some_and(|b| BE.contains(&b)) || (compound && (modal || before.is_some_and(|b| HAVE.contains(&b))));
            progressive.then(|| Group {
                end: None,
                start: from(j - 1),
                ahead: modal,
                present: before.is_some_and(|b| ["is", "are", "am"].contains(&b)),
                rule: "progressive",
            })
        }
    }
}

/// Whether no punctuation stands between word `k` and the next.
fn no_break(sentence: &str, words: &[(usize, usize, Cow<'_, str>)], k: usize) -> bool {
    words.get(k + 1).is_none_or(|next| !sentence[words[k].1..next.0].contains([',', ';', ':', '(', ')', '"', '“', '”', '—', '–']))
}

/// Whether the noun at `i` is named as a thing: a determiner, then at most three
/// modifiers ("a major Russian missile attack"), or a bare plural ("Israeli strikes").
fn named_as_noun(sentence: &str, words: &[(usize, usize, Cow<'_, str>)], i: usize, plural: bool) -> bool {
    if i == 0 {
        return true;
    }
    // Quotation marks may stand among the modifiers: "Russia's “unprovoked” invasion".
    let joined = |k: usize| !sentence[words[k].1..words[k + 1].0].contains([',', ';', ':', '(', ')', '—', '–']);
    for back in 1..=5 {
        let Some(k) = i.checked_sub(back) else { break };
        if !joined(k) {
            break;
        }
        let word = words[k].2.as_ref();
        if DETERMINERS.contains(&word) || word.chars().all(|c| c.is_ascii_digit() || c == ',') {
            return true;
        }
        // "unprovoked and unjustified": adjectives joined by "and".
        if word == "and" && back > 1 {
            continue;
        }
        if NOT_A_MODIFIER.contains(&word) || READINGS.get(word).is_some_and(|r| r.iter().any(|r| r.form.is_some_and(|f| f != Form::Base))) {
            break;
        }
    }
    plural
}

/// The support verb whose object is the noun at `i`: its group.
fn support_verb(sentence: &str, words: &[(usize, usize, Cow<'_, str>)], i: usize) -> Option<Group> {
    for k in (i.saturating_sub(SUPPORT_REACH)..i).rev() {
        if !no_break(sentence, words, k) {
            return None;
        }
        let word = words[k].2.as_ref();
        if let Some(&form) = SUPPORT_FORMS.get(word) {
            // "carried out strikes", "wrapped up talks": a particle after the verb.
            return verb_group(sentence, words, k, form).map(|g| Group { rule: "noun after a support verb", ..g });
        }
        // "called for a ceasefire": what is called for, not a ceasefire called.
        if ["in", "to", "with", "by", "for", "from", "after", "before", "during", "that", "which", "who"].contains(&word) {
            return None;
        }
    }
    None
}

/// The verb group of "take place" or "be held" after the event noun at `i`, its subject
/// ("the talks took place in Istanbul", "the summit will be held in June"): the noun is
/// dated like a verb.
fn held(sentence: &str, words: &[(usize, usize, Cow<'_, str>)], i: usize, noun_start: usize) -> Option<Group> {
    for k in i + 1..words.len().min(i + 7) {
        if !no_break(sentence, words, k - 1) {
            return None;
        }
        let word = words[k].2.as_ref();
        let next = words.get(k + 1).map(|w| w.2.as_ref());
        let form = match (word, next) {
            ("took", Some("place")) => Form::Past,
            ("take" | "takes" | "taking", Some("place")) => Form::Base,
            ("held", _) => Form::PastOrParticiple,
            _ => continue,
        };
        // "take place" after a modal or a plan, "held" after its auxiliary.
        let group = match form {
            Form::Base if word != "take" => Group { end: None, start: words[k].0, ahead: false, present: word == "takes", rule: "" },
            _ => verb_group(sentence, words, k, form)?,
        };
        let verb_end = if form == Form::PastOrParticiple { words[k].1 } else { words[k + 1].1 };
        return Some(Group { start: noun_start, end: Some(verb_end), rule: "noun before 'take place' or 'be held'", ..group });
    }
    None
}

/// Whether the word at `i` is a support verb with an event noun of the lexicon as its object.
fn supports_a_noun(sentence: &str, words: &[(usize, usize, Cow<'_, str>)], i: usize) -> bool {
    if !SUPPORT_FORMS.contains_key(words[i].2.as_ref()) {
        return false;
    }
    (i + 1..words.len().min(i + 1 + SUPPORT_REACH))
        .take_while(|&k| no_break(sentence, words, k - 1))
        .find(|&k| READINGS.get(words[k].2.as_ref()).is_some_and(|r| r.iter().any(|r| r.form.is_none())))
        .is_some_and(|k| support_verb(sentence, words, k).is_some_and(|g| g.start <= words[i].0))
}

/// The events the lexicon reads in a sentence, in order.
pub fn hits(sentence: &str) -> Vec<LexiconHit> {
    let words = words(sentence);
    let mut out: Vec<LexiconHit> = Vec::new();
    for (i, (start, end, word)) in words.iter().enumerate() {
        if end - start < 3 {
            continue;
        }
        let Some(readings) = READINGS.get(word.as_ref()) else { continue };
        if supports_a_noun(sentence, &words, i) {
            continue;
        }
        for reading in readings {
            let mut span_end = *end;
            if let Some(tail) = reading.tail {
                // The tail's last word ends there: "take office", not "take officers".
                let Some(tail_end) = crate::extract::tail_end(sentence, *end, tail) else { continue };
                if sentence[tail_end..].starts_with(char::is_alphanumeric) {
                    continue;
                }
                span_end = tail_end;
            }
            let (group, nominal) = match reading.form {
                None => match support_verb(sentence, &words, i).or_else(|| held(sentence, &words, i, *start)) {
                    Some(group) => (group, false),
                    None if named_as_noun(sentence, &words, i, reading.plural || word.ends_with('s')) => {
                        (Group { end: None, start: *start, ahead: false, present: false, rule: "noun" }, true)
                    }
                    None => continue,
                },
                Some(form) => match verb_group(sentence, &words, i, form) {
                    Some(group) => (group, false),
                    None => continue,
                },
            };
            // "signed a joint declaration": a text signed is an agreement, whatever the noun says.
            let signed_text = !nominal
                && reading.form.is_none()
                && reading.event_type == EventType::Statement
                && sentence[group.start..*start]
                    .split_whitespace()
                    .any(|w| matches!(w.to_lowercase().as_str(), "sign" | "signs" | "signed" | "signing"));
            let hit = LexiconHit {
                event_type: if signed_text { EventType::Agreement } else { reading.event_type },
                start: group.start,
                end: group.end.unwrap_or(span_end),
                lemma: reading.lemma,
                rule: group.rule,
                nominal,
                enacts: reading.enacts,
                ahead: group.ahead,
                present: group.present,
                reports: reading.reports,
            };
            if !out.iter().any(|h| h.start < hit.end && hit.start < h.end) {
                out.push(hit);
            }
            break;
        }
    }
    out
}

/// Whether the words between an enacting verb and an event noun leave the noun its
/// direct object ("adopted on Friday a new package of"), once incises between commas are set aside.
pub fn is_object_gap(gap: &str) -> bool {
    const ALLOWED: &[&str] = &[
        "a",
        "an",
        "the",
        "new",
        "fresh",
        "first",
        "further",
        "its",
        "their",
        "his",
        "her",
        "of",
        "package",
        "round",
        "set",
        "series",
        "on",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "finally",
        "formally",
        "officially",
        "unanimously",
        "second",
        "third",
        "latest",
        "additional",
        "major",
        "sweeping",
        "tough",
        "tougher",
        "broad",
        "powerful",
        "substantial",
    ];
    // (Ordinals: "14th", "21st", "fifth".)
    words(&crate::extract::without_incises(gap))
        .iter()
        .all(|(_, _, w)| ALLOWED.contains(&w.as_ref()) || w.starts_with(|c: char| c.is_ascii_digit()) || w.ends_with("th"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(sentence: &str) -> Vec<(EventType, &'static str, String)> {
        hits(sentence).into_iter().map(|h| (h.event_type, h.lemma, sentence[h.start..h.end].to_string())).collect()
    }

    #[test]
    fn verb_groups_with_adverbs_negation_and_auxiliaries() {
        assert_eq!(read("Joe Biden finally arrived in Kyiv on Monday."), [(EventType::Visit, "arrive", "arrived".into())]);
        assert_eq!(
            read("The Senate has not yet ratified the treaty."),
            [(EventType::Agreement, "ratify", "has not yet ratified".into()), (EventType::Agreement, "treaty", "treaty".into())]
        );
        assert_eq!(read("At least 31 people were killed."), [(EventType::Military, "kill", "were killed".into())]);
        assert_eq!(read("He will visit Beijing."), [(EventType::Visit, "visit", "will visit".into())]);
        assert_eq!(read("Putin is set to visit Hanoi."), [(EventType::Visit, "visit", "set to visit".into())]);
        assert_eq!(read("Lai was sworn in on Monday."), [(EventType::Election, "swear in", "was sworn in".into())]);
        let visit = hits("He will visit Beijing.").remove(0);
        assert!(visit.ahead);
    }

    #[test]
    fn nouns_need_a_determiner_or_a_plural() {
        assert_eq!(read("A major Russian missile attack killed 31 people.")[0].1, "attack");
        assert_eq!(read("Israeli strikes in Beirut killed him.")[0].1, "strike");
        // A name after a determiner modifies the noun; after no determiner it is a subject.
        let talks = hits("The Istanbul talks follow a proposal by Putin.").remove(0);
        assert_eq!((talks.lemma, talks.nominal), ("talks", true));
        assert!(!hits("Putin meets Erdogan.").remove(0).nominal);
        // ("discussed" is talks; "signed" describes the contracts.)
        assert_eq!(read("They discussed the contracts signed by the government."), [(EventType::Meeting, "discuss", "discussed".into())]);
    }

    #[test]
    fn a_noun_after_a_support_verb_is_the_verb_group() {
        let talks = hits("Biden held closed-door talks with Modi.").remove(0);
        assert_eq!((talks.lemma, talks.rule, talks.nominal), ("talks", "noun after a support verb", false));
        let deal = hits("The two sides struck a deal on Friday.").remove(0);
        assert_eq!((deal.event_type, deal.lemma), (EventType::Agreement, "deal"));
        let sanctions = hits("President Biden issued a new round of economic sanctions Thursday.").remove(0);
        assert_eq!(sanctions.event_type, EventType::Sanction);
    }
}
