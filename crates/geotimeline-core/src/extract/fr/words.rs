//! French date words, one table per word class. The rules' regex alternations
//! and the lookups of values are both derived from these tables, so a word is
//! written once: `month_number` reads the table the `{MONTH}` alternation is built from.

use crate::extract::dates::calendar::LunarCalendar;
use crate::extract::dates::Unit;
use crate::model::{MonthPart, Season};
use chrono::Weekday;
use std::collections::HashMap;
use std::sync::LazyLock;

pub struct Month {
    pub number: u32,
    pub name: &'static str,
    /// As newspapers and tables write them ("déc." , "juil"); a final dot is optional.
    pub abbreviations: &'static [&'static str],
}

pub const MONTHS: [Month; 12] = [
    Month { number: 1, name: "janvier", abbreviations: &["janv", "jan"] },
    Month { number: 2, name: "février", abbreviations: &["févr", "fév"] },
    Month { number: 3, name: "mars", abbreviations: &[] },
    Month { number: 4, name: "avril", abbreviations: &["avr"] },
    Month { number: 5, name: "mai", abbreviations: &[] },
    Month { number: 6, name: "juin", abbreviations: &[] },
    Month { number: 7, name: "juillet", abbreviations: &["juil"] },
    Month { number: 8, name: "août", abbreviations: &[] },
    Month { number: 9, name: "septembre", abbreviations: &["sept", "sep"] },
    Month { number: 10, name: "octobre", abbreviations: &["oct"] },
    Month { number: 11, name: "novembre", abbreviations: &["nov"] },
    Month { number: 12, name: "décembre", abbreviations: &["déc"] },
];

pub struct WeekdayWord {
    pub day: Weekday,
    pub name: &'static str,
    pub abbreviation: &'static str,
}

pub const WEEKDAYS: [WeekdayWord; 7] = [
    WeekdayWord { day: Weekday::Mon, name: "lundi", abbreviation: "lun" },
    WeekdayWord { day: Weekday::Tue, name: "mardi", abbreviation: "mar" },
    WeekdayWord { day: Weekday::Wed, name: "mercredi", abbreviation: "mer" },
    WeekdayWord { day: Weekday::Thu, name: "jeudi", abbreviation: "jeu" },
    WeekdayWord { day: Weekday::Fri, name: "vendredi", abbreviation: "ven" },
    WeekdayWord { day: Weekday::Sat, name: "samedi", abbreviation: "sam" },
    WeekdayWord { day: Weekday::Sun, name: "dimanche", abbreviation: "dim" },
];

/// Cardinal numbers in words, up to the last day of a month.
pub const NUMBERS: &[(&str, u32)] = &[
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("dix-sept", 17),
    ("dix-huit", 18),
    ("dix-neuf", 19),
    ("vingt", 20),
    ("vingt-et-un", 21),
    ("vingt-deux", 22),
    ("vingt-trois", 23),
    ("vingt-quatre", 24),
    ("vingt-cinq", 25),
    ("vingt-six", 26),
    ("vingt-sept", 27),
    ("vingt-huit", 28),
    ("vingt-neuf", 29),
    ("trente", 30),
    ("trente-et-un", 31),
];

/// The first day of a month is an ordinal ("le premier mars"), the others cardinals.
pub const FIRST_DAY: &[&str] = &["premier"];

/// Ordinals, in words and figures ("le deuxième lundi", "au 2e trimestre").
pub const ORDINALS: &[(&str, u32)] = &[
    ("premier", 1),
    ("première", 1),
    ("1er", 1),
    ("1re", 1),
    ("1ère", 1),
    ("deuxième", 2),
    ("second", 2),
    ("seconde", 2),
    ("2e", 2),
    ("2nde", 2),
    ("troisième", 3),
    ("3e", 3),
    ("quatrième", 4),
    ("4e", 4),
];

/// The last of a series ("le dernier vendredi de juin").
pub const LAST: &[&str] = &["dernier", "dernière"];

pub const UNITS: &[(&str, Unit)] = &[
    ("jour", Unit::Day),
    ("jours", Unit::Day),
    ("semaine", Unit::Week),
    ("semaines", Unit::Week),
    ("mois", Unit::Month),
    ("an", Unit::Year),
    ("ans", Unit::Year),
    ("année", Unit::Year),
    ("années", Unit::Year),
];

pub const SEASONS: &[(&str, Season)] =
    &[("printemps", Season::Spring), ("été", Season::Summer), ("automne", Season::Autumn), ("hiver", Season::Winter)];

/// Parts of a month ("début mai", "mi-juin", "à la fin du mois de mars").
pub const MONTH_PARTS: &[(&str, MonthPart)] =
    &[("début", MonthPart::Early), ("mi", MonthPart::Middle), ("milieu", MonthPart::Middle), ("fin", MonthPart::Late)];

/// Parts of a day after a weekday ("lundi matin").
pub const DAY_PARTS: &[&str] = &["matin", "midi", "après-midi", "soir"];

/// Days named by their distance from today; a part of today ("ce soir", "cette nuit") is today.
pub const DAYS_FROM_TODAY: &[(&str, i64)] = &[
    ("avant-hier", -2),
    ("hier", -1),
    ("la nuit dernière", -1),
    ("aujourd'hui", 0),
    ("aujourd’hui", 0),
    ("ce matin", 0),
    ("ce midi", 0),
    ("cet après-midi", 0),
    ("ce soir", 0),
    ("cette nuit", 0),
    ("demain", 1),
    ("après-demain", 2),
];

/// Fixed-date holidays: a pattern (several spellings) and the month and day.
pub const HOLIDAYS: &[(&str, u32, u32)] = &[
    (r"no[eë]l", 12, 25),
    (r"nouvel\s+an", 1, 1),
    (r"(?:la\s+)?toussaint", 11, 1),
    (r"(?:la\s+)?f[êe]te\s+du\s+travail", 5, 1),
    (r"(?:la\s+)?saint[- ]valentin", 2, 14),
    (r"(?:le\s+)?jour\s+des\s+morts", 11, 2),
    // Never "l'an" alone: "l'an passé" is last year, "l'an 2000" a year.
    (r"jour\s+de\s+l['’]an", 1, 1),
];

/// Holidays of the Hijri, Hebrew and Chinese calendars: pattern, calendar, month (hégire : from
/// Mouharram; hébreu : from Tichri), day, how many days (`None`: the whole month).
pub const LUNAR_HOLIDAYS: &[(&str, LunarCalendar, u8, u8, Option<u8>)] = &[
    (r"ramadh?an", LunarCalendar::Hijri, 9, 1, None),
    (r"a[iï]d\s+(?:el|al)[\s-](?:fitr|s[eé]ghir)", LunarCalendar::Hijri, 10, 1, Some(1)),
    (r"a[iï]d\s+(?:el|al)[\s-](?:adha|k[eé]bir)|f[êe]te\s+du\s+sacrifice", LunarCalendar::Hijri, 12, 10, Some(1)),
    (r"nouvel\s+an\s+(?:musulman|h[ée]girien|islamique)", LunarCalendar::Hijri, 1, 1, Some(1)),
    (r"achoura", LunarCalendar::Hijri, 1, 10, Some(1)),
    (r"mouloud", LunarCalendar::Hijri, 3, 12, Some(1)),
    (r"(?:yom\s+)?kippour", LunarCalendar::Hebrew, 1, 10, Some(1)),
    (r"ro(?:ch|sh)\s+hach?ann?ah?", LunarCalendar::Hebrew, 1, 1, Some(2)),
    (r"souccot|soukkot", LunarCalendar::Hebrew, 1, 15, Some(7)),
    (r"hanouk?kah?|hanoucca", LunarCalendar::Hebrew, 3, 25, Some(8)),
    (r"p[âa]que\s+juive|pessa(?:['’]h|ch)", LunarCalendar::Hebrew, 7, 15, Some(8)),
    (r"nouvel\s+an\s+(?:chinois|lunaire)", LunarCalendar::Chinese, 1, 1, Some(1)),
];

/// Words that make "le 10, rue …" an address.
pub const STREETS: &[&str] =
    &["rue", "avenue", "boulevard", "bd", "place", "allée", "chemin", "quai", "impasse", "route", "cours", "square"];

/// Verbs that make a clause look ahead ("doit partir", "sera signé", "prévu").
pub const FUTURE_VERBS: &[&str] = &[
    "doit",
    "doivent",
    "devrait",
    "devraient",
    "peut",
    "peuvent",
    "pourrait",
    "pourraient",
    "va",
    "vont",
    "sera",
    "seront",
    "prévu",
    "prévue",
    "prévus",
    "attendu",
    "attendue",
    "aura",
    "auront",
    "fera",
    "feront",
    "ira",
    "iront",
    "pourra",
    "pourront",
    "devra",
    "devront",
    "viendra",
    "viendront",
    // "l'élection est censée avoir lieu en décembre": what is due.
    "censé",
    "censée",
    "censés",
    "censées",
];
/// Words of the future pattern that describe a noun ("l'élection prévue le 25 février",
/// "la semaine prochaine"): a verb in the past in their clause says its tense.
pub const DESCRIBING_FUTURE: &[&str] =
    &["prévu", "prévue", "prévus", "attendu", "attendue", "prochain", "prochaine", "prochains", "prochaines"];
/// Endings of the simple future ("signera", "partiront"), after at least three letters.
pub const FUTURE_ENDINGS: &[&str] = &["era", "eront", "ira", "iront"];
/// Endings of the future of "-dre", "-venir", "-tenir", "devoir", "pouvoir", "voir" verbs
/// ("se rendra", "viendront", "devra", "pourra"), read in lower case only: names end so too
/// ("Alexandra", "Sierra").
pub const FUTURE_ENDINGS_LOWER_CASE: &[&str] = &["dra", "dront", "vra", "vront", "rra", "rront"];
/// Auxiliaries of the compound past ("a signé", "était arrivé").
pub const PAST_AUXILIARIES: &[&str] = &["a", "ont", "avait", "avaient", "est", "sont", "était", "étaient", "fut", "furent"];
/// Adverbs that may come between the auxiliary and the participle ("est déjà arrivé").
pub const ADVERBS: &[&str] =
    &["pas", "déjà", "bien", "aussi", "encore", "ensuite", "toujours", "jamais", "également", "enfin", "finalement", "ainsi", "notamment"];
/// Incises of several words that may stand inside a verb group, as its adverbs do ("le Hamas a
/// de son côté dénoncé", "a pour sa part condamné", "a de nouveau frappé"), in the words of the
/// lexicon's reading (an elided article keeps its apostrophe: "d'", "ores").
pub const GROUP_INCISES: &[&[&str]] = &[
    &["de", "son", "côté"],
    &["de", "leur", "côté"],
    &["pour", "sa", "part"],
    &["pour", "leur", "part"],
    &["quant", "à", "lui"],
    &["quant", "à", "elle"],
    &["quant", "à", "eux"],
    &["quant", "à", "elles"],
    &["à", "son", "tour"],
    &["à", "leur", "tour"],
    &["de", "nouveau"],
    &["à", "nouveau"],
    &["une", "nouvelle", "fois"],
    &["une", "fois", "de", "plus"],
    &["par", "ailleurs"],
    &["en", "outre"],
    &["d'", "ores", "et", "déjà"],
    &["sans", "doute"],
    &["lui-même"],
    &["elle-même"],
    &["eux-mêmes"],
    &["elles-mêmes"],
];
/// Nouns in "-ment" of the news, which an adverb test by ending would take for adverbs ("c'est le
/// gouvernement élu qui …" is no verb group "est … élu").
pub const MENT_NOUNS: &[&str] = &[
    "gouvernement",
    "parlement",
    "traitement",
    "mouvement",
    "événement",
    "évènement",
    "commandement",
    "rassemblement",
    "financement",
    "déploiement",
    "armement",
    "désarmement",
    "enlèvement",
    "bombardement",
    "affrontement",
    "engagement",
    "règlement",
    "jugement",
    "changement",
    "lancement",
    "renforcement",
    "rapprochement",
    "établissement",
    "développement",
    "département",
    "fonctionnement",
    "remaniement",
    "recensement",
    "amendement",
    "investissement",
    "paiement",
    "licenciement",
    "soulèvement",
    "arrangement",
    "rapatriement",
    "emprisonnement",
    "approvisionnement",
    "ravitaillement",
    "équipement",
    "enseignement",
    "sentiment",
    "argument",
    "document",
    "monument",
    "instrument",
    "élément",
    "régiment",
    "comportement",
    "avènement",
    "dénouement",
    "serment",
    "testament",
    "médicament",
    "agrément",
    "vêtement",
    "logement",
    "appartement",
    "isolement",
    "éloignement",
    "glissement",
    "attachement",
    "accroissement",
    "effondrement",
    "encerclement",
    "retranchement",
    "acheminement",
];
/// Whether a word is an adverb in "-ment" ("chaleureusement", "officiellement"), none of the nouns
/// of `MENT_NOUNS`; seven letters at least, as "moment" is a noun too.
pub fn is_ment_adverb(word: &str) -> bool {
    word.ends_with("ment") && word.chars().count() > 6 && !MENT_NOUNS.contains(&word)
}
/// Endings of past participles ("signé", "parti", "venu", "ouvert").
pub const PARTICIPLE_ENDINGS: &[&str] = &["é", "ée", "és", "ées", "i", "is", "ie", "it", "u", "us", "ue", "ert", "erte"];

/// After these a date is a deadline or a starting point ("jusqu'au 30 juin").
pub const DEADLINE_WORDS: &[&str] = &["jusqu'au", "jusqu'à", "d'ici", "avant", "à partir du", "dès", "d'ici le"];

/// Conditionals that report the past ("il aurait été tué"), not plans.
/// Pronouns that carry the previous sentence's subject, and what may open a sentence before them.
pub const SUBJECT_WORDS: crate::extract::locale::SubjectWords = crate::extract::locale::SubjectWords {
    pronouns: &["il", "elle"],
    possessives: &["sa", "son"],
    connectives: &["puis", "mais", "ensuite", "et", "enfin", "alors", "là", "depuis", "tandis"],
    impersonal: &["s'agit", "s’agit", "faut", "y", "semble", "reste", "suffit", "pleut", "paraît"],
    inverted: &["-il", "-elle"],
    opening_words: 4,
    titles: &[
        ("l'émir", true),
        ("la chancelière", true),
        ("la cheffe de l'état", true),
        ("la cheffe de la diplomatie", false),
        ("la cheffe de l’état", true),
        ("la cheffe du gouvernement", true),
        ("la diplomate", false),
        ("la dirigeante", false),
        ("la ministre", false),
        ("la nouvelle présidente", true),
        ("la porte-parole", false),
        ("la première ministre", true),
        ("la présidente", true),
        ("la présidente sortante", true),
        ("la présidente élue", true),
        ("la reine", true),
        ("la secrétaire générale", false),
        ("le chancelier", true),
        ("le chef de l'armée", false),
        ("le chef de l'etat", true),
        ("le chef de l'état", true),
        ("le chef de l'état sortant", true),
        ("le chef de la diplomatie", false),
        ("le chef de l’armée", false),
        ("le chef de l’etat", true),
        ("le chef de l’état", true),
        ("le chef de l’état sortant", true),
        ("le chef du gouvernement", true),
        ("le colonel", false),
        ("le diplomate", false),
        ("le dirigeant", false),
        ("le général", false),
        ("le ministre", false),
        ("le monarque", true),
        ("le nouveau président", true),
        ("le pape", false),
        ("le porte-parole", false),
        ("le premier ministre", true),
        ("le prince héritier", false),
        ("le président", true),
        ("le président sortant", true),
        ("le président élu", true),
        ("le roi", true),
        ("le secrétaire d'état", false),
        ("le secrétaire d’état", false),
        ("le secrétaire général", false),
        ("le souverain", true),
        ("l’émir", true),
    ],
    agent_markers: &["par"],
};

pub const NOT_PLANS: &[&str] = &["aurait", "auraient", "serait", "seraient"];
/// The endings of the conditional ("se rendrait", "se rendraient").
pub const CONDITIONAL_ENDINGS: &[&str] = &["rait", "raient"];

/// A regex alternation of words (escaped, longest first so "dix-sept" wins over "dix",
/// accented letters also matching their plain form: "fevrier", "aout").
pub fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.into_iter().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words.dedup();
    words.iter().map(|w| accent_optional(&regex::escape(w))).collect::<Vec<_>>().join("|")
}

/// A regex alternation of endings or other pieces, exactly as written (escaped, longest first).
pub fn alternation_exact<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.into_iter().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|")
}

fn accent_optional(word: &str) -> String {
    word.chars()
        .map(|c| match plain(c) {
            p if p != c => format!("[{p}{c}]"),
            _ => c.to_string(),
        })
        .collect()
}

fn plain(c: char) -> char {
    match c {
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'à' | 'â' => 'a',
        'û' | 'ù' => 'u',
        'ô' => 'o',
        'î' | 'ï' => 'i',
        'ç' => 'c',
        _ => c,
    }
}

/// A word lower-cased, without accents, dots and with straight apostrophes: how lookups compare.
fn folded(word: &str) -> String {
    word.trim().to_lowercase().chars().filter(|&c| c != '.').map(|c| if c == '’' { '\'' } else { plain(c) }).collect()
}

/// Month names and abbreviations (an abbreviation may end with a dot).
pub fn months_pattern() -> String {
    let names = alternation(MONTHS.iter().map(|m| m.name));
    let abbreviations = MONTHS.iter().flat_map(|m| m.abbreviations.iter().copied());
    let abbreviations = alternation(abbreviations).split('|').map(|a| format!("{a}\\.?")).collect::<Vec<_>>().join("|");
    format!("{names}|{abbreviations}")
}

/// Month names exactly as written, lower case ("mars", not "Mars" the planet).
pub fn month_names_exact() -> String {
    MONTHS.iter().map(|m| regex::escape(m.name)).collect::<Vec<_>>().join("|")
}

pub fn weekdays_pattern() -> String {
    alternation(WEEKDAYS.iter().map(|w| w.name))
}

pub fn weekday_abbreviations_pattern() -> String {
    alternation(WEEKDAYS.iter().map(|w| w.abbreviation))
}

/// A day of the month in figures or words ("15", "premier", "quinze", "dix-huit").
pub fn day_pattern() -> String {
    let words = FIRST_DAY.iter().copied().chain(NUMBERS.iter().filter(|(_, n)| *n > 1).map(|(w, _)| *w));
    format!(r"(?:\d{{1,2}}|{})", alternation(words))
}

/// A count in words or figures ("trois", "15").
pub fn number_pattern() -> String {
    format!(r"(?:{}|\d{{1,3}})", alternation(NUMBERS.iter().map(|(w, _)| *w)))
}

pub fn unit_pattern() -> String {
    alternation(UNITS.iter().map(|(w, _)| *w))
}

pub fn ordinal_pattern() -> String {
    alternation(ORDINALS.iter().map(|(w, _)| *w))
}

pub fn season_pattern() -> String {
    alternation(SEASONS.iter().map(|(w, _)| *w))
}

/// Season names capitalised, as a heading opens ("Été 2023 : …").
pub fn seasons_capitalised() -> String {
    SEASONS
        .iter()
        .map(|(w, _)| {
            let mut chars = w.chars();
            chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("|")
}

pub fn day_part_pattern() -> String {
    alternation(DAY_PARTS.iter().copied())
}

pub fn days_from_today_pattern() -> String {
    alternation(DAYS_FROM_TODAY.iter().map(|(w, _)| *w))
}

/// The holidays' patterns, each spelling of one.
pub fn holidays_pattern() -> String {
    HOLIDAYS.iter().map(|(p, _, _)| *p).collect::<Vec<_>>().join("|")
}

/// A lookup of words, built once from a table: the words as the table writes them
/// (found without allocating) and folded (how other spellings are found).
struct Lookup<T>(HashMap<String, T>);

impl<T: Copy> Lookup<T> {
    fn new<'a>(entries: impl IntoIterator<Item = (&'a str, T)>) -> Self {
        Lookup(entries.into_iter().flat_map(|(w, v)| [(w.to_string(), v), (folded(w), v)]).collect())
    }

    fn get(&self, word: &str) -> Option<T> {
        self.0.get(word).or_else(|| self.0.get(&folded(word))).copied()
    }
}

pub fn month_number(word: &str) -> Option<u32> {
    static LOOKUP: LazyLock<Lookup<u32>> = LazyLock::new(|| {
        Lookup::new(MONTHS.iter().flat_map(|m| std::iter::once(m.name).chain(m.abbreviations.iter().copied()).map(|w| (w, m.number))))
    });
    LOOKUP.get(word)
}

/// Whether a word names a day or its part, so that a clock time after it is that day's
/// ("vendredi à 15 heures", "le 3 mai à 8h", "demain soir à 20 heures").
pub fn names_a_day(word: &str) -> bool {
    let word = word.trim_end_matches([',', ';']).to_lowercase();
    weekday(&word).is_some()
        || month_number(&word).is_some()
        || word.chars().any(|c| c.is_ascii_digit())
        || matches!(
            word.as_str(),
            "demain"
                | "hier"
                | "aujourd'hui"
                | "aujourd’hui"
                | "soir"
                | "matin"
                | "midi"
                | "minuit"
                | "lendemain"
                | "veille"
                | "après-midi"
                | "soirée"
                | "matinée"
                | "journée"
                | "nuit"
        )
}

pub fn weekday(word: &str) -> Option<Weekday> {
    static LOOKUP: LazyLock<Lookup<Weekday>> =
        LazyLock::new(|| Lookup::new(WEEKDAYS.iter().flat_map(|w| [(w.name, w.day), (w.abbreviation, w.day)])));
    LOOKUP.get(word)
}

/// A day of the month from figures or words.
pub fn day_number(word: &str) -> Option<u32> {
    static LOOKUP: LazyLock<Lookup<u32>> =
        LazyLock::new(|| Lookup::new(FIRST_DAY.iter().map(|&w| (w, 1)).chain(NUMBERS.iter().filter(|(_, n)| *n > 1).copied())));
    let day = match word.trim().parse() {
        Ok(n) => n,
        Err(_) => LOOKUP.get(word)?,
    };
    (1..=31).contains(&day).then_some(day)
}

/// A count from figures or words.
pub fn number(word: &str) -> Option<i64> {
    static LOOKUP: LazyLock<Lookup<u32>> = LazyLock::new(|| Lookup::new(NUMBERS.iter().copied()));
    match word.parse() {
        Ok(n) => Some(n),
        Err(_) => LOOKUP.get(word).map(i64::from),
    }
}

pub fn ordinal(word: &str) -> Option<u32> {
    static LOOKUP: LazyLock<Lookup<u32>> = LazyLock::new(|| Lookup::new(ORDINALS.iter().copied()));
    LOOKUP.get(word)
}

pub fn is_last(word: &str) -> bool {
    static LOOKUP: LazyLock<Lookup<()>> = LazyLock::new(|| Lookup::new(LAST.iter().map(|&w| (w, ()))));
    LOOKUP.get(word).is_some()
}

pub fn unit(word: &str) -> Option<Unit> {
    static LOOKUP: LazyLock<Lookup<Unit>> = LazyLock::new(|| Lookup::new(UNITS.iter().copied()));
    LOOKUP.get(word)
}

pub fn season(word: &str) -> Option<Season> {
    static LOOKUP: LazyLock<Lookup<Season>> = LazyLock::new(|| Lookup::new(SEASONS.iter().copied()));
    LOOKUP.get(word)
}

pub fn month_part(word: &str) -> Option<MonthPart> {
    static LOOKUP: LazyLock<Lookup<MonthPart>> = LazyLock::new(|| Lookup::new(MONTH_PARTS.iter().copied()));
    LOOKUP.get(word.trim_end_matches(['-', ' ']))
}

pub fn days_from_today(word: &str) -> Option<i64> {
    static LOOKUP: LazyLock<Lookup<i64>> = LazyLock::new(|| Lookup::new(DAYS_FROM_TODAY.iter().copied()));
    LOOKUP.get(word)
}

pub fn is_street(word: &str) -> bool {
    static LOOKUP: LazyLock<Lookup<()>> = LazyLock::new(|| Lookup::new(STREETS.iter().map(|&w| (w, ()))));
    LOOKUP.get(word).is_some()
}

/// A holiday of another calendar: the calendar, month, day, and how many days (`None`: the month).
pub type LunarDays = (LunarCalendar, u8, u8, Option<u8>);

/// The lunar holidays' patterns, each spelling of one.
pub fn lunar_holidays_pattern() -> String {
    LUNAR_HOLIDAYS.iter().map(|(p, ..)| *p).collect::<Vec<_>>().join("|")
}

/// The calendar, month, day and length of a holiday named by `words` (one of [`LUNAR_HOLIDAYS`]' patterns).
pub fn lunar_holiday(words: &str) -> Option<LunarDays> {
    static LOOKUP: LazyLock<Vec<(regex::Regex, LunarDays)>> = LazyLock::new(|| {
        LUNAR_HOLIDAYS
            .iter()
            .map(|&(p, c, m, d, n)| (regex::Regex::new(&format!("(?i)^(?:{p})$")).expect("holiday"), (c, m, d, n)))
            .collect()
    });
    let words = words.trim();
    LOOKUP.iter().find(|(r, _)| r.is_match(words)).map(|&(_, h)| h)
}

/// The month and day of a holiday named by `words` (one of [`HOLIDAYS`]' patterns).
pub fn holiday(words: &str) -> Option<(u32, u32)> {
    static LOOKUP: LazyLock<Vec<(regex::Regex, u32, u32)>> = LazyLock::new(|| {
        HOLIDAYS.iter().map(|&(p, m, d)| (regex::Regex::new(&format!("(?i)^(?:{p})$")).expect("holiday"), m, d)).collect()
    });
    let words = words.trim();
    LOOKUP.iter().find(|(r, _, _)| r.is_match(words)).map(|&(_, m, d)| (m, d))
}

/// Words that may stand between a leader's title and their name: "le président syrien par
/// intérim Ahmad al-Chareh", "le Premier ministre sortant Gabriel Attal".
pub const LEADER_QUALIFIERS: &[&str] =
    &["par intérim", "intérimaire", "sortant", "sortante", "élu", "élue", "déchu", "déchue", "en exercice", "désigné", "désignée"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_read_the_tables_the_patterns_come_from() {
        for m in &MONTHS {
            assert_eq!(month_number(m.name), Some(m.number));
            for a in m.abbreviations {
                assert_eq!(month_number(&format!("{a}.")), Some(m.number), "{a}");
            }
        }
        assert_eq!(month_number("Fevrier"), Some(2));
        assert_eq!(month_number("aout"), Some(8));
        assert_eq!(weekday("Mardi"), Some(Weekday::Tue));
        assert_eq!(day_number("premier"), Some(1));
        assert_eq!(day_number("dix-huit"), Some(18));
        assert_eq!(day_number("un"), None);
        assert_eq!(day_number("32"), None);
        assert_eq!(number("une"), Some(1));
        assert_eq!(number("quinze"), Some(15));
        assert_eq!(ordinal("2nde"), Some(2));
        assert_eq!(unit("Années"), Some(Unit::Year));
        assert_eq!(season("ete"), Some(Season::Summer));
        assert_eq!(month_part("mi-"), Some(MonthPart::Middle));
        assert_eq!(holiday("la Toussaint"), Some((11, 1)));
        assert_eq!(holiday("Noël"), Some((12, 25)));
    }

    #[test]
    fn alternations_put_longer_words_first_and_accents_optional() {
        let days = regex::Regex::new(&format!("^(?:{})$", day_pattern())).unwrap();
        assert!(days.is_match("dix-sept") && days.is_match("31") && !days.is_match("un"));
        let months = regex::Regex::new(&format!("(?i)^(?:{})$", months_pattern())).unwrap();
        for m in ["février", "fevrier", "Août", "sept.", "déc", "juil."] {
            assert!(months.is_match(m), "{m}");
        }
        assert_eq!(seasons_capitalised(), "Printemps|Été|Automne|Hiver");
    }
}
