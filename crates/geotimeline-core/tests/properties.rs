//! Property tests (proptest): the date rules on any text, and merging independent of
//! the order articles are imported in. Cases are bounded so the file runs in a few
//! seconds in a debug build.

use chrono::NaiveDate;
use geotimeline_core::extract::dates::{self, Policy};
use geotimeline_core::extract::events::Unread;
use geotimeline_core::extract::{locale, ArticleText, Candidate, Extractor, FrenchRules};
use geotimeline_core::ingest::{self, ArticleMeta, FileKind};
use geotimeline_core::model::NewArticle;
use geotimeline_core::{EventFilter, Store};
use proptest::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;

fn published() -> NaiveDate {
    geotimeline_core::fuzzing::published()
}

/// What the date rules of `lang` must give for any text: no panic, spans on character
/// boundaries inside the text, ranges ordered, bounds that fit their precision.
fn dates_hold(lang: &str, text: &str, policy: Policy) -> Result<(), TestCaseError> {
    let grammar = locale::for_language(lang).dates;
    for e in dates::find_all_in(grammar, text, published(), policy) {
        prop_assert!(e.span.start <= e.span.end && e.span.end <= text.len(), "{:?} out of {text:?}", e.span);
        prop_assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end), "{:?} off boundaries in {text:?}", e.span);
        prop_assert_eq!(&e.text, &text[e.span.start..e.span.end]);
        prop_assert!(e.date.start <= e.date.end, "{:?} unordered, from {:?} in {text:?}", e.date, e.text);
        if let Err(panic) = std::panic::catch_unwind(|| geotimeline_core::fuzzing::check_span(&e.date)) {
            let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
            prop_assert!(false, "{message}, from {:?} in {text:?}", e.text);
        }
    }
    Ok(())
}

fn policy() -> impl Strategy<Value = Policy> {
    prop_oneof![Just(Policy::Nearest), Just(Policy::Past), Just(Policy::Future)]
}

const PIECES: &[&str] = &[
    // French
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "le",
    "du",
    "au",
    "de",
    "à",
    "en",
    "entre",
    "et",
    "1er",
    "premier",
    "début",
    "mi-",
    "fin",
    "hier",
    "demain",
    "aujourd'hui",
    "la veille",
    "le lendemain",
    "semaine",
    "mois",
    "an",
    "ans",
    "année",
    "années",
    "dernier",
    "dernière",
    "prochain",
    "prochaine",
    "il y a",
    "dans",
    "plus tard",
    "plus tôt",
    "printemps",
    "été",
    "automne",
    "hiver",
    "trimestre",
    "nuit",
    "soir",
    "matin",
    "jusqu'au",
    "depuis",
    "a signé",
    "signera",
    "doit",
    "est arrivé",
    // English
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "on",
    "from",
    "to",
    "until",
    "in",
    "between",
    "and",
    "the",
    "of",
    "early",
    "mid",
    "late",
    "yesterday",
    "tomorrow",
    "today",
    "last",
    "next",
    "week",
    "month",
    "year",
    "years",
    "ago",
    "later",
    "earlier",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "quarter",
    "first",
    "the 1990s",
    "'s",
    "signed",
    "will sign",
    "arrived",
    // Either
    ",",
    ".",
    "-",
    "–",
    "/",
    "'",
    "’",
    "(",
    ")",
    "\n",
    "\n\n",
    "  ",
];

/// A piece of a date: a word of either language, or a number of the sizes dates have.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => (0u32..=40).prop_map(|n| n.to_string()),
        1 => (1790i32..=2210).prop_map(|n| n.to_string()),
        1 => prop_oneof![Just(0u64), Just(99), Just(9999), Just(u32::MAX as u64), Just(u64::MAX)].prop_map(|n| n.to_string()),
        1 => (1u32..=31, 0usize..12, 1990i32..=2030).prop_map(|(d, m, y)| format!("du {d} au {} {} {y}", d + 2, PIECES[m])),
    ]
}

fn date_like() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 1..14).prop_map(|pieces| pieces.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_text_is_read_safely(text in any::<String>(), english in any::<bool>(), policy in policy()) {
        dates_hold(if english { "en" } else { "fr" }, &text, policy)?;
    }

    #[test]
    fn date_like_text_gives_ordered_spans_that_fit_their_precision(text in date_like(), english in any::<bool>(), policy in policy()) {
        dates_hold(if english { "en" } else { "fr" }, &text, policy)?;
    }
}

// Merging independent of import order.
//
// Not true in general, by design: merging is greedy (each report joins the best event
// known when it comes) over a relation that is not transitive. A visit joins one a day
// apart (time zones), so reports dated 18, 19 and 20 June make one or two events by
// their order; an event's people grow as reports join it, and a report naming someone
// else is then refused where it would have joined first. proptest found such orders at
// once among generated reports a day apart that name one or two of the people, and
// among the sample's own articles (articles 001 then 002 against 002 then 001). So the
// property is checked where the relation is an equivalence: reports that name a full
// party of people and its city, on days at least two days apart, and parties that
// share no one and no city. Orders then give the same events, dates and sources, one
// article per import or all in one batch.

/// An extractor that extracts each text once: merging is what is tested, and extraction
/// is deterministic (same text, same candidates), so the cases stay cheap.
#[derive(Default)]
struct Once(Mutex<HashMap<String, Vec<Candidate>>>);

impl Extractor for Once {
    fn extract(&self, article: ArticleText<'_>) -> Vec<Candidate> {
        let key = format!("{}|{:?}|{}", article.language, article.published, article.text);
        let mut known = self.0.lock().expect("not poisoned");
        known.entry(key).or_insert_with(|| FrenchRules.extract_counting(article, &mut Unread::default())).clone()
    }
}

/// Parties that share no one and no city: (visitor, host, city).
const PARTIES: &[(&str, &str, &str)] =
    &[("Vladimir Poutine", "To Lam", "Hanoï"), ("Emmanuel Macron", "Olaf Scholz", "Berlin"), ("Narendra Modi", "Fumio Kishida", "Tokyo")];
/// Days at least two apart, written out in full.
const DAYS: &[&str] = &["le 4 juin 2024", "le 10 juin 2024", "le 13 juin 2024", "le 18 juin 2024"];

/// A sentence of a generated French report: one event of a party, on one of the days.
fn sentence() -> impl Strategy<Value = String> {
    (0usize..5, 0..PARTIES.len(), 0..DAYS.len(), 2usize..12).prop_map(|(kind, party, day, n)| {
        let ((visitor, host, city), when) = (PARTIES[party], DAYS[day]);
        match kind {
            0 => format!("{visitor} est arrivé {when} à {city} pour une visite d'État, à l'invitation de {host}."),
            1 => format!("{visitor} a rencontré {when} {host} à {city}."),
            2 => format!("{visitor} et {host} ont signé {when} à {city} {n} accords de coopération."),
            3 => format!("{visitor} et {host} se sont entretenus {when} à {city}."),
            _ => format!("Les échanges entre les deux pays ont atteint {n} milliards de dollars."),
        }
    })
}

fn generated_article() -> impl Strategy<Value = String> {
    proptest::collection::vec(sentence(), 1..5).prop_map(|sentences| sentences.join(" "))
}

fn article(index: usize, text: &str) -> NewArticle {
    let meta = ArticleMeta {
        language: Some("fr".into()),
        published: NaiveDate::from_ymd_opt(2024, 6, 21),
        title: Some(format!("Article {index}")),
        ..Default::default()
    };
    ingest::article_from_bytes(&format!("a{index}.txt"), FileKind::Text, text.as_bytes(), &meta).expect("an article")
}

/// Every event of a store as merging made it: type, dates, and the set of its sources'
/// articles (by file name, as article ids follow the import order).
fn events_of(store: &Store) -> BTreeSet<(String, String, String, String, BTreeSet<String>)> {
    let names: HashMap<_, _> = store.list_articles().expect("articles").into_iter().map(|a| (a.id, a.file_name)).collect();
    store
        .events(&EventFilter::default())
        .expect("events")
        .into_iter()
        .map(|e| {
            let sources = e.sources.iter().map(|s| names[&s.article].clone()).collect();
            (e.event_type.to_string(), e.date.start.to_string(), e.date.end.to_string(), e.date.precision.to_string(), sources)
        })
        .collect()
}

fn import_one_by_one(articles: &[NewArticle], order: &[usize], extractor: &Once) -> Store {
    let mut store = Store::open_in_memory().expect("a store");
    for &i in order {
        store.ingest(std::slice::from_ref(&articles[i]), extractor).expect("an import");
    }
    store
}

fn import_at_once(articles: &[NewArticle], order: &[usize], extractor: &Once) -> Store {
    let mut store = Store::open_in_memory().expect("a store");
    let batch: Vec<NewArticle> = order.iter().map(|&i| articles[i].clone()).collect();
    store.ingest(&batch, extractor).expect("an import");
    store
}

static EXTRACTED: std::sync::LazyLock<Once> = std::sync::LazyLock::new(Once::default);

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn merging_does_not_depend_on_the_import_order(
        generated in proptest::collection::vec(generated_article(), 2..7),
        order in any::<u64>(),
    ) {
        // The same text twice is one article, stored under the name it is first imported
        // with: that name depends on the order by design, so texts are distinct here.
        let mut texts = BTreeSet::new();
        let distinct = generated.iter().filter(|text| texts.insert(text.to_string()));
        let articles: Vec<NewArticle> = distinct.enumerate().map(|(i, text)| article(i, text)).collect();
        prop_assume!(articles.len() >= 2);
        let forward: Vec<usize> = (0..articles.len()).collect();
        let mut shuffled = forward.clone();
        // A permutation from the case's seed (Fisher–Yates).
        let mut state = order;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        let a = events_of(&import_one_by_one(&articles, &forward, &EXTRACTED));
        // Articles of figures only ("Les échanges … ont atteint 2 milliards") report no event:
        // such a case says nothing of merging and is drawn again.
        prop_assume!(!a.is_empty());
        let b = events_of(&import_one_by_one(&articles, &shuffled, &EXTRACTED));
        prop_assert_eq!(&a, &b, "one by one, orders {:?} and {:?}", forward, shuffled);
        let c = events_of(&import_at_once(&articles, &shuffled, &EXTRACTED));
        prop_assert_eq!(&a, &c, "one by one in order {:?}, at once in order {:?}", forward, shuffled);
    }
}
