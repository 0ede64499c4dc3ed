//! A generated French news corpus for the throughput benchmark: articles of
//! realistic length and make-up (dated visits, meetings, signings, sanctions,
//! statements, strikes and elections among sentences without events), the same
//! for a given seed on every machine.

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
const LEADERS: &[(&str, &str, &str)] = &[
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

const CITIES: &[&str] = &[
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

const ORGANISATIONS: &[&str] = &["L'Union européenne", "Le Conseil de sécurité de l'ONU", "Le G7", "Washington", "Londres"];

const MONTHS: &[&str] =
    &["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const WEEKDAYS: &[&str] = &["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

/// Sentences without events, as articles carry around their news.
const CONTEXT: &[&str] = &[
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

/// Article `index` of the corpus of `seed`: published between 2021 and 2024,
/// the articles in random order of publication.
pub fn article(seed: u64, index: usize) -> GeneratedArticle {
    let mut rng = rng_of(seed, index);
    let published = published_with(&mut rng);
    let (a, b) = two_leaders(&mut rng);
    let city = rng.pick(CITIES);
    let mut paragraphs = vec![format!("{} et {} se retrouvent à {city}", a.0, b.0)];
    let count = 8 + rng.below(8);
    for _ in 0..count {
        let mut paragraph = Vec::new();
        for _ in 0..2 + rng.below(3) {
            let sentence = if rng.below(3) == 0 { event_sentence(&mut rng, published, a, b, city) } else { context_sentence(&mut rng) };
            paragraph.push(sentence);
        }
        paragraphs.push(paragraph.join(" "));
    }
    GeneratedArticle { file_name: format!("article-{index:06}.txt"), published, text: paragraphs.join("\n\n") + "\n" }
}

type Leader = (&'static str, &'static str, &'static str);

fn two_leaders(rng: &mut Rng) -> (Leader, Leader) {
    let a = rng.below(LEADERS.len());
    let b = (a + 1 + rng.below(LEADERS.len() - 1)) % LEADERS.len();
    (LEADERS[a], LEADERS[b])
}

fn context_sentence(rng: &mut Rng) -> String {
    rng.pick(CONTEXT).replace("{n}", &(2 + rng.below(90)).to_string())
}

/// A date as news writes it, around the publication date.
fn date_phrase(rng: &mut Rng, published: NaiveDate) -> String {
    let day = published - Duration::days(rng.below(20) as i64);
    let month = MONTHS[chrono::Datelike::month0(&day) as usize];
    let weekday = WEEKDAYS[chrono::Datelike::weekday(&day).num_days_from_monday() as usize];
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

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn event_sentence(rng: &mut Rng, published: NaiveDate, a: Leader, b: Leader, city: &str) -> String {
    let when = date_phrase(rng, published);
    let n = 2 + rng.below(15);
    match rng.below(9) {
        0 => format!("{}, {} {} est arrivé à {city} pour une visite d'État de {} jours.", capitalised(&when), a.1, a.0, 2 + rng.below(3)),
        1 => format!("{} a rencontré {when} son homologue {}, avec qui il s'est entretenu pendant deux heures.", a.0, b.0),
        2 => format!("Les deux dirigeants ont signé {when} {n} accords de coopération, dont un traité de partenariat stratégique."),
        3 => format!("{} a adopté {when} un nouveau paquet de sanctions contre {}.", rng.pick(ORGANISATIONS), a.2),
        4 => format!("{} {} a déclaré {when} que {} restait « un partenaire fiable ».", capitalised(b.1), b.0, a.2),
        5 => format!("L'armée a lancé {when} une offensive près de {}, selon l'état-major.", rng.pick(CITIES)),
        6 => format!("{} a été élu à la tête du parti au pouvoir {when}.", b.0),
        7 => format!("{} doit se rendre à {} le mois prochain, selon son entourage.", a.0, rng.pick(CITIES)),
        _ => format!("{} s'est dit préoccupé {when} par la situation à {city}.", capitalised(b.1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_corpus_is_the_same_for_a_seed_and_varies_between_articles() {
        assert_eq!(article(7, 3).text, article(7, 3).text);
        assert_ne!(article(7, 3).text, article(7, 4).text);
        let text = article(7, 3).text;
        assert!(text.len() > 1500 && text.len() < 8000, "news-length article: {} bytes", text.len());
        assert_eq!(published(7, 3), article(7, 3).published);
    }
}
