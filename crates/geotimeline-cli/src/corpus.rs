//! A generated news corpus in French or English for the throughput benchmark:
//! articles of realistic length and make-up (dated visits, meetings, signings,
//! sanctions, statements, strikes and elections among sentences without events),
//! the same for a given seed on every machine. Both languages draw the same
//! choices from the generator, so their articles tell the same news.

use chrono::{Duration, NaiveDate};

/// A small deterministic generator (SplitMix64), so the corpus needs no crate
/// and is identical everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// (name, role as written before the name, country as a French noun).
const LEADERS_FR: &[Leader] = &[
    ("Emmanuel Macron", "le président français", "la France"),
    ("Olaf Scholz", "le chancelier allemand", "l'Allemagne"),
    ("Vladimir Poutine", "le président russe", "la Russie"),
    ("Xi Jinping", "le président chinois", "la Chine"),
    ("Joe Biden", "le président américain", "les États-Unis"),
    ("Volodymyr Zelensky", "le président ukrainien", "l'Ukraine"),
    ("Recep Tayyip Erdogan", "le président turc", "la Turquie"),
    ("Narendra Modi", "le Premier ministre indien", "l'Inde"),
    ("Luiz Inacio Lula da Silva", "le président brésilien", "le Brésil"),
    ("Fumio Kishida", "le Premier ministre japonais", "le Japon"),
    ("Giorgia Meloni", "la présidente du Conseil italienne", "l'Italie"),
    ("Pedro Sanchez", "le chef du gouvernement espagnol", "l'Espagne"),
    ("Cyril Ramaphosa", "le président sud-africain", "l'Afrique du Sud"),
    ("Abdel Fattah al-Sissi", "le président égyptien", "l'Égypte"),
    ("Mohammed ben Salmane", "le prince héritier saoudien", "l'Arabie saoudite"),
    ("Andrzej Duda", "le président polonais", "la Pologne"),
    ("To Lam", "le président vietnamien", "le Vietnam"),
    ("Kim Jong-un", "le dirigeant nord-coréen", "la Corée du Nord"),
];

const CITIES_FR: &[&str] = &[
    "Paris",
    "Berlin",
    "Moscou",
    "Pékin",
    "Washington",
    "Kiev",
    "Ankara",
    "New Delhi",
    "Brasilia",
    "Tokyo",
    "Rome",
    "Madrid",
    "Pretoria",
    "Le Caire",
    "Riyad",
    "Varsovie",
    "Hanoï",
    "Pyongyang",
    "Londres",
    "Bruxelles",
    "Genève",
    "Nairobi",
    "Dakar",
    "Alger",
    "Rabat",
    "Séoul",
    "Jakarta",
    "Canberra",
    "Ottawa",
    "Mexico",
    "Buenos Aires",
    "Istanbul",
    "Doha",
    "Abou Dhabi",
];

const ORGANISATIONS_FR: &[&str] = &["L'Union européenne", "Le Conseil de sécurité de l'ONU", "Le G7", "Washington", "Londres"];

const MONTHS_FR: &[&str] =
    &["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const WEEKDAYS_FR: &[&str] = &["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

/// Sentences without events, as articles carry around their news.
const CONTEXT_FR: &[&str] = &[
    "Les échanges commerciaux entre les deux pays ont atteint {n} milliards de dollars, selon les chiffres officiels.",
    "Selon plusieurs analystes, cette rencontre marque un tournant dans les relations bilatérales.",
    "La question de l'énergie reste au cœur des discussions, dans un contexte de forte inflation.",
    "Des diplomates interrogés sous couvert d'anonymat jugent le calendrier « ambitieux ».",
    "L'opposition a dénoncé un texte « rédigé dans l'urgence » et réclame un débat au Parlement.",
    "Le pays compte environ {n} millions d'habitants et sa croissance a ralenti ces dernières années.",
    "Les marchés ont réagi avec prudence, la devise nationale cédant {n} % face au dollar.",
    "Plusieurs organisations non gouvernementales ont appelé au respect des droits humains.",
    "La presse locale a consacré de longs articles à l'événement, souvent en première page.",
    "Le ministère des affaires étrangères n'a pas souhaité commenter ces informations.",
    "Cette coopération porte notamment sur l'agriculture, l'éducation et les infrastructures portuaires.",
    "Des milliers de personnes s'étaient rassemblées dans le centre-ville, sous une forte présence policière.",
];

/// The leaders of `LEADERS_FR` as English news names them (title before the name).
const LEADERS_EN: &[Leader] = &[
    ("Emmanuel Macron", "French President", "France"),
    ("Olaf Scholz", "German Chancellor", "Germany"),
    ("Vladimir Putin", "Russian President", "Russia"),
    ("Xi Jinping", "Chinese President", "China"),
    ("Joe Biden", "U.S. President", "the United States"),
    ("Volodymyr Zelensky", "Ukrainian President", "Ukraine"),
    ("Recep Tayyip Erdogan", "Turkish President", "Turkey"),
    ("Narendra Modi", "Indian Prime Minister", "India"),
    ("Luiz Inacio Lula da Silva", "Brazilian President", "Brazil"),
    ("Fumio Kishida", "Japanese Prime Minister", "Japan"),
    ("Giorgia Meloni", "Italian Prime Minister", "Italy"),
    ("Pedro Sanchez", "Spanish Prime Minister", "Spain"),
    ("Cyril Ramaphosa", "South African President", "South Africa"),
    ("Abdel Fattah al-Sisi", "Egyptian President", "Egypt"),
    ("Mohammed bin Salman", "Saudi Crown Prince", "Saudi Arabia"),
    ("Andrzej Duda", "Polish President", "Poland"),
    ("To Lam", "Vietnamese President", "Vietnam"),
    ("Kim Jong Un", "North Korean leader", "North Korea"),
];

const CITIES_EN: &[&str] = &[
    "Paris",
    "Berlin",
    "Moscow",
    "Beijing",
    "Washington",
    "Kyiv",
    "Ankara",
    "New Delhi",
    "Brasilia",
    "Tokyo",
    "Rome",
    "Madrid",
    "Pretoria",
    "Cairo",
    "Riyadh",
    "Warsaw",
    "Hanoi",
    "Pyongyang",
    "London",
    "Brussels",
    "Geneva",
    "Nairobi",
    "Dakar",
    "Algiers",
    "Rabat",
    "Seoul",
    "Jakarta",
    "Canberra",
    "Ottawa",
    "Mexico City",
    "Buenos Aires",
    "Istanbul",
    "Doha",
    "Abu Dhabi",
];

const ORGANISATIONS_EN: &[&str] = &["The European Union", "The UN Security Council", "The G7", "Washington", "London"];

const MONTHS_EN: &[&str] =
    &["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS_EN: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Sentences without events, as articles carry around their news.
const CONTEXT_EN: &[&str] = &[
    "Trade between the two countries reached ${n} billion, according to official figures.",
    "Several analysts said the meeting marked a turning point in bilateral relations.",
    "Energy remains at the heart of the discussions, against a backdrop of high inflation.",
    "Diplomats who spoke on condition of anonymity called the timetable \"ambitious\".",
    "The opposition denounced a text \"drafted in haste\" and demanded a debate in parliament.",
    "The country has about {n} million inhabitants and its growth has slowed in recent years.",
    "Markets reacted cautiously, with the national currency losing {n}% against the dollar.",
    "Several non-governmental organisations called for human rights to be respected.",
    "The local press devoted long articles to the event, often on the front page.",
    "The foreign ministry declined to comment on the reports.",
    "The cooperation covers agriculture, education and port infrastructure in particular.",
    "Thousands of people had gathered in the city centre under a heavy police presence.",
];

pub struct GeneratedArticle {
    pub file_name: String,
    pub published: NaiveDate,
    pub text: String,
}

fn rng_of(seed: u64, index: usize) -> Rng {
    Rng::new(seed ^ (index as u64).wrapping_mul(0x2545_F491_4F6C_DD1D))
}

fn published_with(rng: &mut Rng) -> NaiveDate {
    NaiveDate::from_ymd_opt(2021, 1, 1).unwrap() + Duration::days(rng.below(4 * 365) as i64)
}

/// When article `index` of the corpus of `seed` is published, without writing it.
pub fn published(seed: u64, index: usize) -> NaiveDate {
    published_with(&mut rng_of(seed, index))
}

/// The language of a generated corpus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub fn name(self) -> &'static str {
        match self {
            Lang::Fr => "French",
            Lang::En => "English",
        }
    }

    fn words(self) -> &'static Words {
        match self {
            Lang::Fr => &FRENCH,
            Lang::En => &ENGLISH,
        }
    }
}

/// What a language's articles are made of; the tables of both languages list the same
/// things in the same order.
struct Words {
    leaders: &'static [Leader],
    cities: &'static [&'static str],
    organisations: &'static [&'static str],
    months: &'static [&'static str],
    weekdays: &'static [&'static str],
    context: &'static [&'static str],
    headline: fn(&str, &str, &str) -> String,
    date_phrase: fn(&mut Rng, NaiveDate, &Words) -> String,
    event_sentence: fn(&mut Rng, &str, Leader, Leader, &str, &Words) -> String,
}

static FRENCH: Words = Words {
    leaders: LEADERS_FR,
    cities: CITIES_FR,
    organisations: ORGANISATIONS_FR,
    months: MONTHS_FR,
    weekdays: WEEKDAYS_FR,
    context: CONTEXT_FR,
    headline: |a, b, city| format!("{a} et {b} se retrouvent à {city}"),
    date_phrase: date_phrase_fr,
    event_sentence: event_sentence_fr,
};

static ENGLISH: Words = Words {
    leaders: LEADERS_EN,
    cities: CITIES_EN,
    organisations: ORGANISATIONS_EN,
    months: MONTHS_EN,
    weekdays: WEEKDAYS_EN,
    context: CONTEXT_EN,
    headline: |a, b, city| format!("{a} and {b} meet in {city}"),
    date_phrase: date_phrase_en,
    event_sentence: event_sentence_en,
};

/// Article `index` of the corpus of `seed` in `lang`: published between 2021 and 2024,
/// the articles in random order of publication.
pub fn article(seed: u64, index: usize, lang: Lang) -> GeneratedArticle {
    let words = lang.words();
    let mut rng = rng_of(seed, index);
    let published = published_with(&mut rng);
    let (a, b) = two_leaders(&mut rng, words.leaders);
    let city = rng.pick(words.cities);
    let mut paragraphs = vec![(words.headline)(a.0, b.0, city)];
    let count = 8 + rng.below(8);
    for _ in 0..count {
        let mut paragraph = Vec::new();
        for _ in 0..2 + rng.below(3) {
            let sentence = if rng.below(3) == 0 {
                let when = (words.date_phrase)(&mut rng, published, words);
                (words.event_sentence)(&mut rng, &when, a, b, city, words)
            } else {
                context_sentence(&mut rng, words.context)
            };
            paragraph.push(sentence);
        }
        paragraphs.push(paragraph.join(" "));
    }
    GeneratedArticle { file_name: format!("article-{index:06}.txt"), published, text: paragraphs.join("\n\n") + "\n" }
}

type Leader = (&'static str, &'static str, &'static str);

fn two_leaders(rng: &mut Rng, leaders: &[Leader]) -> (Leader, Leader) {
    let a = rng.below(leaders.len());
    let b = (a + 1 + rng.below(leaders.len() - 1)) % leaders.len();
    (leaders[a], leaders[b])
}

fn context_sentence(rng: &mut Rng, context: &[&str]) -> String {
    rng.pick(context).replace("{n}", &(2 + rng.below(90)).to_string())
}

/// A day up to 20 days before publication, with its month and weekday names.
fn recent_day(rng: &mut Rng, published: NaiveDate, words: &Words) -> (NaiveDate, &'static str, &'static str) {
    let day = published - Duration::days(rng.below(20) as i64);
    let month = words.months[chrono::Datelike::month0(&day) as usize];
    let weekday = words.weekdays[chrono::Datelike::weekday(&day).num_days_from_monday() as usize];
    (day, month, weekday)
}

/// A date as French news writes it, around the publication date.
fn date_phrase_fr(rng: &mut Rng, published: NaiveDate, words: &Words) -> String {
    let (day, month, weekday) = recent_day(rng, published, words);
    let dom = chrono::Datelike::day(&day);
    match rng.below(9) {
        0 => format!("le {dom} {month}"),
        1 => format!("le {dom} {month} {}", chrono::Datelike::year(&day)),
        2 => weekday.to_string(),
        3 => format!("{weekday} {dom} {month}"),
        4 => "hier".to_string(),
        5 => format!("en {month} {}", chrono::Datelike::year(&day)),
        6 => format!("début {month}"),
        7 => "la semaine dernière".to_string(),
        _ => format!("il y a {} ans", 2 + rng.below(20)),
    }
}

/// A date as English news writes it, around the publication date.
fn date_phrase_en(rng: &mut Rng, published: NaiveDate, words: &Words) -> String {
    let (day, month, weekday) = recent_day(rng, published, words);
    let dom = chrono::Datelike::day(&day);
    match rng.below(9) {
        0 => format!("on {month} {dom}"),
        1 => format!("on {month} {dom}, {}", chrono::Datelike::year(&day)),
        2 => format!("on {weekday}"),
        3 => format!("on {weekday}, {month} {dom}"),
        4 => "yesterday".to_string(),
        5 => format!("in {month} {}", chrono::Datelike::year(&day)),
        6 => format!("in early {month}"),
        7 => "last week".to_string(),
        _ => format!("{} years ago", 2 + rng.below(20)),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn event_sentence_fr(rng: &mut Rng, when: &str, a: Leader, b: Leader, city: &str, words: &Words) -> String {
    let n = 2 + rng.below(15);
    match rng.below(9) {
        0 => format!("{}, {} {} est arrivé à {city} pour une visite d'État de {} jours.", capitalised(when), a.1, a.0, 2 + rng.below(3)),
        1 => format!("{} a rencontré {when} son homologue {}, avec qui il s'est entretenu pendant deux heures.", a.0, b.0),
        2 => format!("Les deux dirigeants ont signé {when} {n} accords de coopération, dont un traité de partenariat stratégique."),
        3 => format!("{} a adopté {when} un nouveau paquet de sanctions contre {}.", rng.pick(words.organisations), a.2),
        4 => format!("{} {} a déclaré {when} que {} restait « un partenaire fiable ».", capitalised(b.1), b.0, a.2),
        5 => format!("L'armée a lancé {when} une offensive près de {}, selon l'état-major.", rng.pick(words.cities)),
        6 => format!("{} a été élu à la tête du parti au pouvoir {when}.", b.0),
        7 => format!("{} doit se rendre à {} le mois prochain, selon son entourage.", a.0, rng.pick(words.cities)),
        _ => format!("{} s'est dit préoccupé {when} par la situation à {city}.", capitalised(b.1)),
    }
}

fn event_sentence_en(rng: &mut Rng, when: &str, a: Leader, b: Leader, city: &str, words: &Words) -> String {
    let n = 2 + rng.below(15);
    match rng.below(9) {
        0 => format!("{}, {} {} arrived in {city} for a {}-day state visit.", capitalised(when), a.1, a.0, 2 + rng.below(3)),
        1 => format!("{} met his counterpart {} {when}, holding two hours of talks.", a.0, b.0),
        2 => format!("The two leaders signed {n} cooperation agreements {when}, including a strategic partnership treaty."),
        3 => format!("{} adopted a new package of sanctions against {} {when}.", rng.pick(words.organisations), a.2),
        4 => format!("{} {} said {when} that {} remained \"a reliable partner\".", b.1, b.0, a.2),
        5 => format!("The army launched an offensive near {} {when}, according to the general staff.", rng.pick(words.cities)),
        6 => format!("{} was elected leader of the ruling party {when}.", b.0),
        7 => format!("{} is due to travel to {} next month, according to his aides.", a.0, rng.pick(words.cities)),
        _ => format!("{} {} voiced concern {when} about the situation in {city}.", b.1, b.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_corpus_is_the_same_for_a_seed_and_varies_between_articles() {
        for lang in [Lang::Fr, Lang::En] {
            assert_eq!(article(7, 3, lang).text, article(7, 3, lang).text);
            assert_ne!(article(7, 3, lang).text, article(7, 4, lang).text);
            let text = article(7, 3, lang).text;
            assert!(text.len() > 1500 && text.len() < 8000, "news-length article: {} bytes", text.len());
            assert_eq!(published(7, 3), article(7, 3, lang).published);
        }
        // Both languages tell the same news: as many paragraphs and sentences.
        let shape = |t: &str| t.split("\n\n").map(|p| p.matches(". ").count()).collect::<Vec<_>>();
        assert_eq!(shape(&article(7, 3, Lang::Fr).text).len(), shape(&article(7, 3, Lang::En).text).len());
    }

    #[test]
    fn the_languages_tables_list_the_same_things() {
        assert_eq!(LEADERS_FR.len(), LEADERS_EN.len());
        assert_eq!(CITIES_FR.len(), CITIES_EN.len());
        assert_eq!(ORGANISATIONS_FR.len(), ORGANISATIONS_EN.len());
        assert_eq!(CONTEXT_FR.len(), CONTEXT_EN.len());
    }
}
