//! English verb inflection: every form of a lemma of the trigger lexicon, from
//! spelling rules ("sign" → "signs", "signed", "signing"; "ban" → "banned";
//! "ratify" → "ratified") and a table of irregular verbs ("meet" → "met").

/// What a form of a verb is, which says how the lexicon's grammar reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// "sign": after a modal or "to", or a plural present.
    Base,
    /// "signs".
    ThirdPerson,
    /// "met": a past tense only.
    Past,
    /// "taken": a participle only (after "has", "was", "been").
    Participle,
    /// "signed", "met" when both are spelt alike: a past, or a participle after its auxiliary.
    PastOrParticiple,
    /// "signing".
    Ing,
}

/// Irregular verbs of the lexicon and of its support verbs: lemma, past, participle.
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("meet", "met", "met"),
    ("hold", "held", "held"),
    ("strike", "struck", "struck"),
    ("shoot", "shot", "shot"),
    ("hit", "hit", "hit"),
    ("win", "won", "won"),
    ("lose", "lost", "lost"),
    ("say", "said", "said"),
    ("tell", "told", "told"),
    ("speak", "spoke", "spoken"),
    ("take", "took", "taken"),
    ("retake", "retook", "retaken"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("come", "came", "come"),
    ("fly", "flew", "flown"),
    ("lead", "led", "led"),
    ("fight", "fought", "fought"),
    ("send", "sent", "sent"),
    ("make", "made", "made"),
    ("swear", "swore", "sworn"),
    ("freeze", "froze", "frozen"),
    ("overthrow", "overthrew", "overthrown"),
    ("beat", "beat", "beaten"),
    ("withdraw", "withdrew", "withdrawn"),
    ("begin", "began", "begun"),
    ("put", "put", "put"),
    ("set", "set", "set"),
    ("write", "wrote", "written"),
    ("have", "had", "had"),
    ("pay", "paid", "paid"),
    ("undertake", "undertook", "undertaken"),
    ("seek", "sought", "sought"),
    ("bring", "brought", "brought"),
    ("mount", "mounted", "mounted"),
    ("cut", "cut", "cut"),
    ("break", "broke", "broken"),
    ("flee", "fled", "fled"),
];

/// Verbs of two syllables or more stressed on their last, which double it ("expelled").
const DOUBLING: &[&str] = &[
    "expel", "compel", "propel", "repel", "admit", "commit", "submit", "omit", "permit", "acquit", "control", "patrol", "occur", "refer",
    "confer", "prefer", "regret", "transmit", "kidnap", "annul",
];

/// Every form of a verb (the lemma's first word), with what it is.
pub fn forms(lemma: &str) -> Vec<(String, Form)> {
    let verb = lemma.to_lowercase();
    let mut out = vec![(verb.clone(), Form::Base), (third_person(&verb), Form::ThirdPerson), (ing(&verb), Form::Ing)];
    match IRREGULAR.iter().find(|(base, _, _)| *base == verb) {
        Some((_, past, participle)) if past == participle => out.push((past.to_string(), Form::PastOrParticiple)),
        Some((_, past, participle)) => {
            out.push((past.to_string(), Form::Past));
            out.push((participle.to_string(), Form::Participle));
        }
        None => out.push((regular_past(&verb), Form::PastOrParticiple)),
    }
    // "hit", "put", "set": the past is the base; the base reading stays for modals.
    out.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    out
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Whether the final consonant doubles before "-ed" and "-ing": a listed verb, or
/// one syllable ending in one vowel and one consonant ("ban", "stop", "plan").
fn doubles(verb: &str) -> bool {
    if DOUBLING.contains(&verb) {
        return true;
    }
    let chars: Vec<char> = verb.chars().collect();
    let vowel_groups =
        chars.windows(2).filter(|w| !is_vowel(w[0]) && is_vowel(w[1])).count() + usize::from(chars.first().is_some_and(|&c| is_vowel(c)));
    let n = chars.len();
    n >= 3
        && vowel_groups == 1
        && !is_vowel(chars[n - 1])
        && !matches!(chars[n - 1], 'w' | 'x' | 'y')
        && is_vowel(chars[n - 2])
        && !is_vowel(chars[n - 3])
}

fn consonant_y(verb: &str) -> bool {
    let mut rev = verb.chars().rev();
    rev.next() == Some('y') && rev.next().is_some_and(|c| !is_vowel(c))
}

fn third_person(verb: &str) -> String {
    if consonant_y(verb) {
        format!("{}ies", &verb[..verb.len() - 1])
    } else if ["s", "x", "z", "ch", "sh", "o"].iter().any(|end| verb.ends_with(end)) {
        format!("{verb}es")
    } else {
        format!("{verb}s")
    }
}

fn regular_past(verb: &str) -> String {
    if verb.ends_with('e') {
        format!("{verb}d")
    } else if consonant_y(verb) {
        format!("{}ied", &verb[..verb.len() - 1])
    } else if doubles(verb) {
        format!("{verb}{}ed", verb.chars().last().expect("a letter"))
    } else {
        format!("{verb}ed")
    }
}

fn ing(verb: &str) -> String {
    if let Some(stem) = verb.strip_suffix("ie") {
        format!("{stem}ying")
    } else if verb.ends_with('e') && !verb.ends_with("ee") && !verb.ends_with("ye") && !verb.ends_with("oe") && verb.len() > 2 {
        format!("{}ing", &verb[..verb.len() - 1])
    } else if doubles(verb) {
        format!("{verb}{}ing", verb.chars().last().expect("a letter"))
    } else {
        format!("{verb}ing")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(lemma: &str, kind: Form) -> Vec<String> {
        forms(lemma).into_iter().filter(|(_, k)| *k == kind).map(|(f, _)| f).collect()
    }

    #[test]
    fn regular_verbs_follow_the_spelling_rules() {
        assert_eq!(form("sign", Form::PastOrParticiple), ["signed"]);
        assert_eq!(form("ratify", Form::PastOrParticiple), ["ratified"]);
        assert_eq!(form("ratify", Form::ThirdPerson), ["ratifies"]);
        assert_eq!(form("impose", Form::Ing), ["imposing"]);
        assert_eq!(form("expel", Form::PastOrParticiple), ["expelled"]);
        assert_eq!(form("ban", Form::Ing), ["banning"]);
        assert_eq!(form("visit", Form::PastOrParticiple), ["visited"]);
        assert_eq!(form("meet", Form::Ing), ["meeting"]);
        assert_eq!(form("attack", Form::ThirdPerson), ["attacks"]);
        assert_eq!(form("launch", Form::ThirdPerson), ["launches"]);
        assert_eq!(form("host", Form::PastOrParticiple), ["hosted"]);
    }

    #[test]
    fn irregular_verbs_come_from_the_table() {
        assert_eq!(form("meet", Form::PastOrParticiple), ["met"]);
        assert_eq!(form("take", Form::Past), ["took"]);
        assert_eq!(form("take", Form::Participle), ["taken"]);
        assert_eq!(form("swear", Form::Participle), ["sworn"]);
    }
}
