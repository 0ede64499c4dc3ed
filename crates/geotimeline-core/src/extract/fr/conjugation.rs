//! French inflection: every written form of a verb from its infinitive (all
//! tenses and persons of the indicative, the conditional and the present
//! subjunctive, the participles), so the trigger lexicon lists lemmas only.
//!
//! Regular verbs of the first (-er) and second (-ir, -issons) groups follow
//! their endings, with the spelling changes of -cer, -ger, -eler/-eter and
//! e/é → è; third-group verbs follow the family of their ending (-re like
//! "rendre", -enir like "venir", -prendre, -mettre, -uire, -clure, -cevoir,
//! -indre, -battre, -vrir/-frir, -ueillir, -vaincre) or a table of their own.
//! Over-generating a rare non-word is harmless: it never occurs in text.

/// What a form is, which says what the verb group around it must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormKind {
    Infinitive,
    /// A conjugated form: present, imperfect, simple past, future, conditional, subjunctive.
    Finite(Tense),
    PastParticiple,
    PresentParticiple,
}

/// The tense of a finite form, as far as dating an event needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    Present,
    Past,
    Future,
}

const PRESENT_ER: [&str; 6] = ["e", "es", "e", "ons", "ez", "ent"];
const IMPERFECT: [&str; 6] = ["ais", "ais", "ait", "ions", "iez", "aient"];
const SIMPLE_PAST_ER: [&str; 6] = ["ai", "as", "a", "âmes", "âtes", "èrent"];
const SIMPLE_PAST_IR: [&str; 6] = ["is", "is", "it", "îmes", "îtes", "irent"];
const SIMPLE_PAST_UR: [&str; 6] = ["us", "us", "ut", "ûmes", "ûtes", "urent"];
const FUTURE: [&str; 6] = ["ai", "as", "a", "ons", "ez", "ont"];
const SUBJUNCTIVE: [&str; 6] = ["e", "es", "e", "ions", "iez", "ent"];

/// The stems a third-group family conjugates on.
struct Stems<'a> {
    /// Present singular (je, tu, il) and its endings.
    singular: (&'a str, [&'a str; 3]),
    /// Present plural stem (nous, vous) and third plural stem (ils).
    plural: &'a str,
    third_plural: &'a str,
    /// Simple past stem and its endings.
    simple_past: (&'a str, [&'a str; 6]),
    future: &'a str,
    participle: &'a str,
    /// Participle endings after the stem (masculine singular, then e, s, es).
    participle_forms: [&'a str; 4],
}

/// Every form of a verb, with its kind. `infinitive` is without "se".
pub fn forms(infinitive: &str) -> Vec<(String, FormKind)> {
    let mut out = Vec::new();
    let push = |out: &mut Vec<(String, FormKind)>, form: String, kind| {
        if !out.iter().any(|(f, k)| f == &form && *k == kind) {
            out.push((form, kind));
        }
    };
    push(&mut out, infinitive.to_string(), FormKind::Infinitive);
    if let Some(stems) = third_group(infinitive) {
        conjugate_stems(&mut out, &stems, &push);
        return out;
    }
    if let Some(stem) = infinitive.strip_suffix("er") {
        first_group(&mut out, infinitive, stem, &push);
    } else if let Some(stem) = infinitive.strip_suffix("ir") {
        second_group(&mut out, infinitive, stem, &push);
    }
    out
}

/// News reports in the third person; the first and second persons are speech
/// (quotations are not read for events) and some are nouns ("tu signes", "les signes").
fn third_person(i: usize) -> bool {
    i == 2 || i == 5
}

fn third_persons<'a>(endings: &'a [&'a str; 6]) -> impl Iterator<Item = &'a str> + 'a {
    endings.iter().enumerate().filter(|(i, _)| third_person(*i)).map(|(_, e)| *e)
}

type Push = dyn Fn(&mut Vec<(String, FormKind)>, String, FormKind);

fn first_group(out: &mut Vec<(String, FormKind)>, infinitive: &str, stem: &str, push: &Push) {
    // "annoncer" → "annonçons", "exiger" → "exigeons": before a and o.
    let soft = |ending: &str| -> String {
        let hard = ending.starts_with('a') || ending.starts_with('o') || ending.starts_with('â');
        match () {
            _ if hard && stem.ends_with('c') => format!("{}ç{ending}", &stem[..stem.len() - 1]),
            _ if hard && stem.ends_with('g') => format!("{stem}e{ending}"),
            _ => format!("{stem}{ending}"),
        }
    };
    // "lever" → "lève", "céder" → "cède", "appeler" → "appelle", "jeter" → "jette":
    // a stem whose last vowel is e or é before one consonant changes where the ending is mute.
    let changed = changed_stem(stem);
    let present = |i: usize| if matches!(i, 0..=2 | 5) { changed.clone() } else { None };
    for (i, ending) in PRESENT_ER.iter().enumerate().filter(|(i, _)| third_person(*i)) {
        push(out, soft(ending), FormKind::Finite(Tense::Present));
        if let Some(c) = present(i) {
            push(out, format!("{c}{ending}"), FormKind::Finite(Tense::Present));
        }
    }
    for ending in third_persons(&SUBJUNCTIVE) {
        push(out, format!("{stem}{ending}"), FormKind::Finite(Tense::Present));
        if let Some(c) = &changed {
            push(out, format!("{c}{ending}"), FormKind::Finite(Tense::Present));
        }
    }
    for ending in third_persons(&IMPERFECT) {
        push(out, soft(ending), FormKind::Finite(Tense::Past));
    }
    for ending in third_persons(&SIMPLE_PAST_ER) {
        push(out, soft(ending), FormKind::Finite(Tense::Past));
    }
    // "-yer": "envoyer" → "enverra" is the table's; "payer" → "paiera" and "payera".
    let future_stems: Vec<String> = match (&changed, stem.strip_suffix('y')) {
        (_, Some(base)) => vec![infinitive.to_string(), format!("{base}ier")],
        (Some(c), None) => vec![infinitive.to_string(), format!("{c}er")],
        (None, None) => vec![infinitive.to_string()],
    };
    for future in &future_stems {
        for ending in third_persons(&FUTURE) {
            push(out, format!("{future}{ending}"), FormKind::Finite(Tense::Future));
        }
        for ending in third_persons(&IMPERFECT) {
            push(out, format!("{future}{ending}"), FormKind::Finite(Tense::Future));
        }
    }
    for ending in ["é", "ée", "és", "ées"] {
        push(out, format!("{stem}{ending}"), FormKind::PastParticiple);
    }
    push(out, soft("ant"), FormKind::PresentParticiple);
}

/// The stem with its mute-ending change, if it has one.
fn changed_stem(stem: &str) -> Option<String> {
    if let Some(base) = stem.strip_suffix('y') {
        // "nettoyer" → "nettoie", "payer" → "paie".
        return Some(format!("{base}i"));
    }
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    if n < 3 {
        return None;
    }
    let consonant = |c: char| !"aeiouyéèêâîôûäëïöü".contains(c);
    // One or two consonants after the vowel ("lever", "céder", "célébrer", "protéger").
    let tail = if consonant(chars[n - 1]) && consonant(chars[n - 2]) && n >= 4 { 2 } else { 1 };
    if !consonant(chars[n - 1]) || (tail == 2 && !matches!(chars[n - 1], 'r' | 'l')) {
        return None;
    }
    let vowel = chars[n - 1 - tail];
    let head: String = chars[..n - 1 - tail].iter().collect();
    let rest: String = chars[n - tail..].iter().collect();
    match vowel {
        'é' => Some(format!("{head}è{rest}")),
        // "appeler" → "appelle", "jeter" → "jette"; "acheter", "lever" → "achète", "lève".
        'e' if tail == 1 && matches!(chars[n - 1], 'l' | 't') && !head.ends_with("ach") && !head.ends_with("g") => {
            Some(format!("{head}e{rest}{rest}"))
        }
        'e' if !head.is_empty() => Some(format!("{head}è{rest}")),
        _ => None,
    }
}

fn second_group(out: &mut Vec<(String, FormKind)>, infinitive: &str, stem: &str, push: &Push) {
    for ending in third_persons(&["is", "is", "it", "issons", "issez", "issent"]) {
        push(out, format!("{stem}{ending}"), FormKind::Finite(Tense::Present));
    }
    for ending in third_persons(&IMPERFECT) {
        push(out, format!("{stem}iss{ending}"), FormKind::Finite(Tense::Past));
    }
    for ending in third_persons(&SUBJUNCTIVE) {
        push(out, format!("{stem}iss{ending}"), FormKind::Finite(Tense::Present));
    }
    for ending in third_persons(&SIMPLE_PAST_IR) {
        push(out, format!("{stem}{ending}"), FormKind::Finite(Tense::Past));
    }
    for ending in third_persons(&FUTURE).chain(third_persons(&IMPERFECT)) {
        push(out, format!("{infinitive}{ending}"), FormKind::Finite(Tense::Future));
    }
    for ending in ["i", "ie", "is", "ies"] {
        push(out, format!("{stem}{ending}"), FormKind::PastParticiple);
    }
    push(out, format!("{stem}issant"), FormKind::PresentParticiple);
}

fn conjugate_stems(out: &mut Vec<(String, FormKind)>, s: &Stems, push: &Push) {
    let (singular, endings) = s.singular;
    push(out, format!("{singular}{}", endings[2]), FormKind::Finite(Tense::Present));
    push(out, format!("{}ent", s.third_plural), FormKind::Finite(Tense::Present));
    for ending in third_persons(&IMPERFECT) {
        push(out, format!("{}{ending}", s.plural), FormKind::Finite(Tense::Past));
    }
    for ending in third_persons(&SUBJUNCTIVE) {
        push(out, format!("{}{ending}", s.third_plural), FormKind::Finite(Tense::Present));
        push(out, format!("{}{ending}", s.plural), FormKind::Finite(Tense::Present));
    }
    let (past, past_endings) = s.simple_past;
    for ending in third_persons(&past_endings) {
        push(out, format!("{past}{ending}"), FormKind::Finite(Tense::Past));
    }
    for ending in third_persons(&FUTURE).chain(third_persons(&IMPERFECT)) {
        push(out, format!("{}{ending}", s.future), FormKind::Finite(Tense::Future));
    }
    for ending in s.participle_forms {
        push(out, format!("{}{ending}", s.participle), FormKind::PastParticiple);
    }
    push(out, format!("{}ant", s.plural), FormKind::PresentParticiple);
}

/// The stems of a third-group verb, by the family of its ending; None for the regular groups.
fn third_group(inf: &str) -> Option<Stems<'static>> {
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let with = |prefix: &str, suffix: &str| leak(format!("{prefix}{suffix}"));
    let ends = |suffix: &str| inf.strip_suffix(suffix);
    const U: [&str; 4] = ["u", "ue", "us", "ues"];
    const PLAIN: [&str; 4] = ["", "e", "s", "es"];
    const T: [&str; 4] = ["t", "te", "ts", "tes"];
    // dissoudre, absoudre (not résoudre, whose participle is "résolu")
    if let Some(p) = ends("soudre").filter(|p| !p.ends_with("ré")) {
        let p = leak(p.to_string());
        return Some(Stems {
            singular: (with(p, "sou"), ["s", "s", "t"]),
            plural: with(p, "solv"),
            third_plural: with(p, "solv"),
            simple_past: (with(p, "sol"), SIMPLE_PAST_UR),
            future: with(p, "soudr"),
            participle: with(p, "so"),
            participle_forms: ["us", "ute", "us", "utes"],
        });
    }
    if let Some(p) = ends("prendre") {
        let p = leak(p.to_string());
        return Some(Stems {
            singular: (with(p, "prend"), ["s", "s", ""]),
            plural: with(p, "pren"),
            third_plural: with(p, "prenn"),
            simple_past: (with(p, "pr"), SIMPLE_PAST_IR),
            future: with(p, "prendr"),
            participle: with(p, "pris"),
            participle_forms: PLAIN,
        });
    }
    if let Some(p) = ends("enir") {
        // venir, tenir, parvenir, intervenir, convenir, obtenir, maintenir, soutenir, s'entretenir
        let (v, t) = if p.ends_with('v') || p.ends_with('t') { (p, "") } else { return None };
        let _ = t;
        let v = leak(v.to_string());
        return Some(Stems {
            singular: (with(v, "ien"), ["s", "s", "t"]),
            plural: with(v, "en"),
            third_plural: with(v, "ienn"),
            simple_past: (with(v, "in"), ["s", "s", "t", "mes", "tes", "rent"]),
            future: with(v, "iendr"),
            participle: with(v, "en"),
            participle_forms: U,
        });
    }
    if let Some(p) = ends("mettre") {
        let p = leak(p.to_string());
        return Some(Stems {
            singular: (with(p, "met"), ["s", "s", ""]),
            plural: with(p, "mett"),
            third_plural: with(p, "mett"),
            simple_past: (with(p, "m"), SIMPLE_PAST_IR),
            future: with(p, "mettr"),
            participle: with(p, "mis"),
            participle_forms: PLAIN,
        });
    }
    if let Some(p) = ends("battre") {
        let p = leak(p.to_string());
        return Some(Stems {
            singular: (with(p, "bat"), ["s", "s", ""]),
            plural: with(p, "batt"),
            third_plural: with(p, "batt"),
            simple_past: (with(p, "batt"), SIMPLE_PAST_IR),
            future: with(p, "battr"),
            participle: with(p, "batt"),
            participle_forms: U,
        });
    }
    if let Some(p) = ends("uire") {
        let p = leak(p.to_string());
        return Some(Stems {
            singular: (with(p, "ui"), ["s", "s", "t"]),
            plural: with(p, "uis"),
            third_plural: with(p, "uis"),
            simple_past: (with(p, "uis"), SIMPLE_PAST_IR),
            future: with(p, "uir"),
            participle: with(p, "ui"),
            participle_forms: T,
        });
    }
    if let Some(p) = ends("clure") {
        let p = leak(p.to_string());
        return Some(Stems {
            singular: (with(p, "clu"), ["s", "s", "t"]),
            plural: with(p, "clu"),
            third_plural: with(p, "clu"),
            simple_past: (with(p, "cl"), SIMPLE_PAST_UR),
            future: with(p, "clur"),
            participle: with(p, "clu"),
            participle_forms: PLAIN,
        });
    }
    if let Some(p) = ends("cevoir") {
        let p = leak(p.to_string());
        return Some(Stems {
            singular: (with(p, "çoi"), ["s", "s", "t"]),
            plural: with(p, "cev"),
            third_plural: with(p, "çoiv"),
            simple_past: (with(p, "ç"), SIMPLE_PAST_UR),
            future: with(p, "cevr"),
            participle: with(p, "ç"),
            participle_forms: U,
        });
    }
    if let Some(p) = ends("indre") {
        // craindre, atteindre, rejoindre, contraindre, éteindre
        let p = leak(p.to_string());
        return Some(Stems {
            singular: (with(p, "in"), ["s", "s", "t"]),
            plural: with(p, "ign"),
            third_plural: with(p, "ign"),
            simple_past: (with(p, "ign"), SIMPLE_PAST_IR),
            future: with(p, "indr"),
            participle: with(p, "in"),
            participle_forms: T,
        });
    }
    if let Some(p) = ends("vaincre") {
        let p = leak(p.to_string());
        return Some(Stems {
            singular: (with(p, "vainc"), ["s", "s", ""]),
            plural: with(p, "vainqu"),
            third_plural: with(p, "vainqu"),
            simple_past: (with(p, "vainqu"), SIMPLE_PAST_IR),
            future: with(p, "vaincr"),
            participle: with(p, "vainc"),
            participle_forms: U,
        });
    }
    if let Some(p) = ends("ueillir") {
        // accueillir, recueillir: present like -er verbs, future "accueillera".
        let p = leak(p.to_string());
        return Some(Stems {
            singular: (with(p, "ueill"), ["e", "es", "e"]),
            plural: with(p, "ueill"),
            third_plural: with(p, "ueill"),
            simple_past: (with(p, "ueill"), SIMPLE_PAST_IR),
            future: with(p, "ueiller"),
            participle: with(p, "ueilli"),
            participle_forms: PLAIN,
        });
    }
    if let Some(p) = ends("vrir").map(|p| (p, "vr", "vert")).or_else(|| ends("frir").map(|p| (p, "fr", "fert"))) {
        // ouvrir, rouvrir, offrir
        let (p, v, participle) = (leak(p.0.to_string()), p.1, p.2);
        return Some(Stems {
            singular: (with(p, v), ["e", "es", "e"]),
            plural: with(p, v),
            third_plural: with(p, v),
            simple_past: (with(p, v), SIMPLE_PAST_IR),
            future: leak(format!("{p}{v}ir")),
            participle: with(p, participle),
            participle_forms: PLAIN,
        });
    }
    let table = |singular, endings, plural, third_plural, past, past_endings, future, participle, participle_forms| Stems {
        singular: (singular, endings),
        plural,
        third_plural,
        simple_past: (past, past_endings),
        future,
        participle,
        participle_forms,
    };
    let own = match inf {
        "faire" => table("fai", ["s", "s", "t"], "fais", "f", "f", SIMPLE_PAST_IR, "fer", "fai", T),
        "dire" | "redire" => table("di", ["s", "s", "t"], "dis", "dis", "d", SIMPLE_PAST_IR, "dir", "di", T),
        "écrire" => table("écri", ["s", "s", "t"], "écriv", "écriv", "écriv", SIMPLE_PAST_IR, "écrir", "écri", T),
        "élire" | "réélire" => {
            let p = leak(inf.trim_end_matches("ire").to_string());
            table(p, ["is", "is", "it"], with(p, "is"), with(p, "is"), p, SIMPLE_PAST_UR, with(p, "ir"), with(p, "u"), PLAIN)
        }
        "voir" | "revoir" | "prévoir" => {
            let p = leak(inf.trim_end_matches("oir").to_string());
            let future = if inf == "prévoir" { "prévoir" } else { with(p, "err") };
            table(with(p, "oi"), ["s", "s", "t"], with(p, "oy"), with(p, "oi"), p, SIMPLE_PAST_IR, future, with(p, "u"), PLAIN)
        }
        "aller" => table("v", ["ais", "as", "a"], "all", "v", "all", SIMPLE_PAST_ER, "ir", "allé", ["", "e", "s", "es"]),
        "mourir" => table("meur", ["s", "s", "t"], "mour", "meur", "mour", SIMPLE_PAST_UR, "mourr", "mort", PLAIN),
        "fuir" | "s'enfuir" | "enfuir" => {
            let p = leak(inf.trim_end_matches("uir").to_string());
            table(
                with(p, "ui"),
                ["s", "s", "t"],
                with(p, "uy"),
                with(p, "ui"),
                with(p, "u"),
                SIMPLE_PAST_IR,
                with(p, "uir"),
                with(p, "ui"),
                PLAIN,
            )
        }
        "partir" | "repartir" | "sortir" | "ressortir" => {
            let p = leak(inf.trim_end_matches("tir").to_string());
            table(p, ["s", "s", "t"], with(p, "t"), with(p, "t"), with(p, "t"), SIMPLE_PAST_IR, with(p, "tir"), with(p, "ti"), PLAIN)
        }
        "rompre" | "interrompre" => {
            let p = leak(inf.trim_end_matches("re").to_string());
            table(p, ["s", "s", "t"], p, p, p, SIMPLE_PAST_IR, with(p, "r"), p, U)
        }
        "naître" => table("nai", ["s", "s", "t"], "naiss", "naiss", "naqu", SIMPLE_PAST_IR, "naîtr", "né", ["", "e", "s", "es"]),
        "devoir" => table("doi", ["s", "s", "t"], "dev", "doiv", "d", SIMPLE_PAST_UR, "devr", "d", ["û", "ue", "us", "ues"]),
        "pouvoir" => table("peu", ["x", "x", "t"], "pouv", "peuv", "p", SIMPLE_PAST_UR, "pourr", "p", ["u", "u", "u", "u"]),
        "vouloir" => table("veu", ["x", "x", "t"], "voul", "veul", "voul", SIMPLE_PAST_UR, "voudr", "voul", U),
        _ => return rendre_family(inf, leak),
    };
    Some(own)
}

/// -dre, -pre verbs conjugated like "rendre" (attendre, défendre, répondre, perdre, suspendre).
fn rendre_family(inf: &str, leak: impl Fn(String) -> &'static str) -> Option<Stems<'static>> {
    let stem = inf.strip_suffix("dre").map(|s| format!("{s}d"))?;
    let stem = leak(stem);
    Some(Stems {
        singular: (stem, ["s", "s", ""]),
        plural: stem,
        third_plural: stem,
        simple_past: (stem, SIMPLE_PAST_IR),
        future: leak(format!("{stem}r")),
        participle: stem,
        participle_forms: ["u", "ue", "us", "ues"],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(infinitive: &str, form: &str, kind: FormKind) -> bool {
        forms(infinitive).iter().any(|(f, k)| f == form && *k == kind)
    }

    #[test]
    fn regular_groups_and_their_spelling_changes() {
        use FormKind::*;
        assert!(has("signer", "signé", PastParticiple) && has("signer", "signèrent", Finite(Tense::Past)));
        assert!(has("signer", "signera", Finite(Tense::Future)) && has("signer", "signeraient", Finite(Tense::Future)));
        assert!(has("annoncer", "annonçait", Finite(Tense::Past)) && has("exiger", "exigeait", Finite(Tense::Past)));
        assert!(has("lever", "lève", Finite(Tense::Present)) && has("céder", "cède", Finite(Tense::Present)));
        assert!(has("appeler", "appelle", Finite(Tense::Present)) && has("appeler", "appellera", Finite(Tense::Future)));
        assert!(has("envahir", "envahissent", Finite(Tense::Present)) && has("envahir", "envahi", PastParticiple));
        assert!(has("envahir", "envahira", Finite(Tense::Future)));
    }

    #[test]
    fn third_group_families() {
        use FormKind::*;
        assert!(has("rendre", "rendu", PastParticiple) && has("rendre", "rendra", Finite(Tense::Future)));
        assert!(has("rendre", "rend", Finite(Tense::Present)) && has("rendre", "rendent", Finite(Tense::Present)));
        assert!(has("entretenir", "entretenu", PastParticiple) && has("entretenir", "entretiendra", Finite(Tense::Future)));
        assert!(has("entretenir", "entretient", Finite(Tense::Present)) && has("parvenir", "parvinrent", Finite(Tense::Past)));
        assert!(has("conclure", "conclu", PastParticiple) && has("conclure", "conclut", Finite(Tense::Present)));
        assert!(has("recevoir", "reçu", PastParticiple) && has("recevoir", "reçoit", Finite(Tense::Present)));
        assert!(has("détruire", "détruits", PastParticiple) && has("atteindre", "atteint", PastParticiple));
        assert!(has("abattre", "abattu", PastParticiple) && has("ouvrir", "ouvert", PastParticiple));
        assert!(has("accueillir", "accueille", Finite(Tense::Present)) && has("accueillir", "accueillera", Finite(Tense::Future)));
        assert!(has("élire", "élu", PastParticiple) && has("élire", "élit", Finite(Tense::Present)));
        assert!(has("prendre", "prise", PastParticiple) && has("mettre", "mis", PastParticiple));
        assert!(has("dissoudre", "dissous", PastParticiple) && has("dissoudre", "dissoute", PastParticiple));
        assert!(has("dissoudre", "dissout", Finite(Tense::Present)) && has("dissoudre", "dissolvent", Finite(Tense::Present)));
        assert!(has("faire", "fait", PastParticiple) && has("dire", "dit", PastParticiple));
        assert!(
            has("écrire", "écrit", PastParticiple)
                && has("écrire", "écrivent", Finite(Tense::Present))
                && has("écrire", "écrira", Finite(Tense::Future))
        );
    }
}
