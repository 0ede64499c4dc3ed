//! The store as the app and the CLI use it: ingest, duplicates, transactions, search.

use chrono::NaiveDate;
use geotimeline_core::extract::{ArticleText, Candidate, Extractor, FrenchRules};
use geotimeline_core::ingest::{article_from_bytes, ArticleMeta, FileKind};
use geotimeline_core::model::{DateSpan, EventType, NewArticle, Precision};
use geotimeline_core::text::Span;
use geotimeline_core::{workspace, EventFilter, Store};

fn article(name: &str, text: &str, published: &str) -> NewArticle {
    let meta = ArticleMeta { published: NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(), ..Default::default() };
    article_from_bytes(name, FileKind::Text, text.as_bytes(), &meta).unwrap()
}

#[test]
fn the_sample_imports_once() {
    let mut store = Store::open_in_memory().unwrap();
    let first = workspace::import_sample(&mut store).unwrap();
    assert_eq!(first.imported.len(), 5);
    let (articles, events) = store.counts().unwrap();
    assert_eq!(articles, 5);
    assert!(events >= 10);
    let again = workspace::import_sample(&mut store).unwrap();
    assert_eq!((again.imported.len(), again.duplicates.len()), (0, 5));
    assert_eq!(store.counts().unwrap(), (articles, events));
}

#[test]
fn one_event_reported_by_two_articles_has_two_sources() {
    let mut store = Store::open_in_memory().unwrap();
    let a = article("a.txt", "Emmanuel Macron est arrivé mardi à Berlin pour une visite officielle.", "2025-03-05");
    let b = article("b.txt", "Le 4 mars, Emmanuel Macron est arrivé à Berlin, où il doit voir le chancelier.", "2025-03-06");
    store.ingest(&[a], &FrenchRules).unwrap();
    let outcome = store.ingest(&[b], &FrenchRules).unwrap();
    assert_eq!(outcome.events_merged, 1, "{outcome:?}");
    let events = store.list_events(&EventFilter::default()).unwrap();
    let visits: Vec<_> = events.iter().filter(|e| e.event_type == EventType::Visit).collect();
    assert_eq!(visits.len(), 1, "{events:?}");
    assert_eq!(visits[0].source_count, 2);
    let full = store.get_event(visits[0].id).unwrap();
    assert_eq!(full.date, DateSpan::day(NaiveDate::from_ymd_opt(2025, 3, 4).unwrap()));
    assert_eq!(full.sources.len(), 2);
    assert_eq!(full.sources[1].date_text.as_deref(), Some("Le 4 mars"));
}

#[test]
fn one_arrival_dated_a_day_apart_by_two_time_zones_is_one_visit() {
    // Stored first the later day, then the earlier: the store finds the stored visit a
    // day away and the event keeps the earlier day.
    let mut store = Store::open_in_memory().unwrap();
    let paris = article("a.txt", "Emmanuel Macron est arrivé à Pékin dans la nuit de mardi à mercredi.", "2022-08-03");
    let taipei = article("b.txt", "Emmanuel Macron est arrivé mardi à Pékin.", "2022-08-02");
    store.ingest(&[paris], &FrenchRules).unwrap();
    let outcome = store.ingest(&[taipei], &FrenchRules).unwrap();
    assert_eq!(outcome.events_merged, 1, "{outcome:?}");
    let events = store.list_events(&EventFilter::default()).unwrap();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(store.get_event(events[0].id).unwrap().date, DateSpan::day(NaiveDate::from_ymd_opt(2022, 8, 2).unwrap()));
}

#[test]
fn sources_that_give_different_counts_are_flagged_with_every_claim() {
    let mut store = Store::open_in_memory().unwrap();
    let a = article("a.txt", "Le 3 mars 2025, Emmanuel Macron et Olaf Scholz ont signé une dizaine d'accords à Berlin.", "2025-03-04");
    let b = article("b.txt", "Emmanuel Macron et Olaf Scholz ont signé lundi 12 accords à Berlin.", "2025-03-04");
    store.ingest(&[a, b], &FrenchRules).unwrap();
    let events = store.list_events(&EventFilter { types: vec![EventType::Agreement], ..Default::default() }).unwrap();
    assert_eq!(events.len(), 1, "{events:?}");
    let event = store.get_event(events[0].id).unwrap();
    assert_eq!(event.disagreements.len(), 1, "{:?}", event.disagreements);
    let claims: Vec<&str> = event.disagreements[0].claims.iter().map(|c| c.value.as_str()).collect();
    assert_eq!(claims, ["une dizaine d'accords", "12 accords"]);
}

/// An extractor whose candidate breaks a schema rule (start after end), to make the write fail half-way.
struct Broken;
impl Extractor for Broken {
    fn extract(&self, article: ArticleText<'_>) -> Vec<Candidate> {
        let day = NaiveDate::from_ymd_opt(2024, 6, 20).unwrap();
        vec![Candidate {
            event_type: EventType::Visit,
            title: "broken".into(),
            date: DateSpan { start: day, end: day.pred_opt().unwrap(), precision: Precision::Day },
            date_text: None,
            planned: false,
            places: vec![],
            actors: vec![],
            quote: Span { start: 0, end: article.text.len() },
            quantity: None,
            confidence: 0.5,
            refers_back: false,
            joins_only: false,
            explanation: Default::default(),
        }]
    }
}

#[test]
fn a_failed_ingest_leaves_the_workspace_as_it_was() {
    let mut store = Store::open_in_memory().unwrap();
    workspace::import_sample(&mut store).unwrap();
    let before = store.counts().unwrap();
    let err = store.ingest(&[article("x.txt", "Un texte.", "2024-06-20")], &Broken).unwrap_err();
    assert!(err.to_string().contains("CHECK constraint"), "{err}");
    assert_eq!(store.counts().unwrap(), before);
    assert!(store.list_articles().unwrap().iter().all(|a| a.file_name != "x.txt"));
}

#[test]
fn search_folds_accents_and_reads_article_text() {
    let mut store = Store::open_in_memory().unwrap();
    workspace::import_sample(&mut store).unwrap();
    let search = |q: &str| store.list_events(&EventFilter { query: Some(q.into()), ..Default::default() }).unwrap();
    let hanoi = search("hanoi");
    assert!(!hanoi.is_empty());
    assert_eq!(search("Hanoï").len(), hanoi.len());
    assert!(search("zzzzunknownword").is_empty());
    // Punctuation a user types is not FTS syntax.
    assert!(!search("\"Pyongyang\" (").is_empty());
}

#[test]
fn filters_by_date_and_type() {
    let mut store = Store::open_in_memory().unwrap();
    workspace::import_sample(&mut store).unwrap();
    let june20 = NaiveDate::from_ymd_opt(2024, 6, 20).unwrap();
    let filter = EventFilter { from: Some(june20), to: Some(june20), types: vec![EventType::Agreement], ..Default::default() };
    let events = store.list_events(&filter).unwrap();
    assert!(!events.is_empty());
    assert!(events.iter().all(|e| e.event_type == EventType::Agreement && e.date.start <= june20 && e.date.end >= june20));
}

#[test]
fn filters_by_actor_country_place_article_and_confidence() {
    let mut store = Store::open_in_memory().unwrap();
    geotimeline_core::workspace::import_sample(&mut store).unwrap();
    let all = store.list_events(&EventFilter::default()).unwrap();
    let with = |f: EventFilter| store.list_events(&f).unwrap();
    let in_vietnam = with(EventFilter { countries: vec!["VN".into()], ..Default::default() });
    assert!(!in_vietnam.is_empty() && in_vietnam.len() < all.len());
    assert!(in_vietnam.iter().all(|e| e.countries.iter().any(|c| c == "VN")));
    let in_hanoi = with(EventFilter { places: vec!["Hanoi".into()], ..Default::default() });
    assert!(!in_hanoi.is_empty() && in_hanoi.iter().all(|e| e.places.iter().any(|p| p == "Hanoi")));
    let kim = with(EventFilter { actors: vec!["Kim Jong-un".into()], ..Default::default() });
    assert!(!kim.is_empty() && kim.iter().all(|e| e.actors.iter().any(|a| a.name == "Kim Jong-un")));
    // Two countries: either one.
    let either = with(EventFilter { countries: vec!["VN".into(), "KP".into()], ..Default::default() });
    assert!(either.len() > in_vietnam.len());
    let first_article = store.list_articles().unwrap()[0].id;
    let from_one = with(EventFilter { articles: vec![first_article], ..Default::default() });
    assert!(!from_one.is_empty() && from_one.len() < all.len());
    let confident = with(EventFilter { min_confidence: Some(0.95), ..Default::default() });
    assert!(confident.iter().all(|e| e.confidence >= 0.95) && confident.len() < all.len());
    // Filters combine.
    let both = with(EventFilter { countries: vec!["VN".into()], types: vec![EventType::Agreement], ..Default::default() });
    assert!(both.iter().all(|e| e.event_type == EventType::Agreement) && both.len() <= in_vietnam.len());
}

#[test]
fn events_dated_by_a_season_a_quarter_or_a_decade_are_stored() {
    let mut store = Store::open_in_memory().unwrap();
    let text = "Au printemps 2023, le président Emmanuel Macron a effectué une visite à Pékin.\n\n\
                Au deuxième trimestre 2022, la Russie a signé un accord avec la Chine.\n\n\
                Dans les années 1990, la Russie a signé un traité avec l'Inde.";
    store.ingest(&[article("a.txt", text, "2024-06-20")], &FrenchRules).unwrap();
    let precisions: Vec<Precision> = store.list_events(&EventFilter::default()).unwrap().iter().map(|e| e.date.precision).collect();
    for wanted in [Precision::Season, Precision::Quarter, Precision::Decade] {
        assert!(precisions.contains(&wanted), "{wanted:?} missing from {precisions:?}");
    }
}

#[test]
fn a_much_reported_event_keeps_every_report_and_stays_searchable() {
    let mut store = Store::open_in_memory().unwrap();
    for i in 0..12 {
        let text = format!("Le 4 mars 2025, Emmanuel Macron est arrivé à Berlin pour une visite officielle (dépêche {i}, mot{i}).");
        store.ingest(&[article(&format!("a{i}.txt"), &text, "2025-03-05")], &FrenchRules).unwrap();
    }
    let visits = store.list_events(&EventFilter { types: vec![EventType::Visit], ..Default::default() }).unwrap();
    assert_eq!(visits.len(), 1, "{visits:?}");
    assert_eq!(visits[0].source_count, 12);
    for word in ["mot0", "mot11"] {
        let found = store.list_events(&EventFilter { query: Some(word.into()), ..Default::default() }).unwrap();
        assert_eq!(found.len(), 1, "{word} finds the event");
    }
}

#[test]
fn reports_dated_only_by_a_month_merge_only_when_they_share_someone_or_somewhere() {
    let mut store = Store::open_in_memory().unwrap();
    let a = article("a.txt", "En mars 2025, Emmanuel Macron a effectué une visite à Berlin.", "2025-04-05");
    let b = article("b.txt", "En mars 2025, Olaf Scholz a effectué une visite à Tokyo.", "2025-04-06");
    let c = article("c.txt", "En mars 2025, Emmanuel Macron s'est rendu à Berlin, en visite.", "2025-04-07");
    store.ingest(&[a, b], &FrenchRules).unwrap();
    store.ingest(&[c], &FrenchRules).unwrap();
    let visits = store.list_events(&EventFilter { types: vec![EventType::Visit], ..Default::default() }).unwrap();
    let sources: Vec<u32> = visits.iter().map(|v| v.source_count).collect();
    assert_eq!(visits.len(), 2, "{visits:?}");
    assert!(sources.contains(&2), "{sources:?}");
}

#[test]
fn a_later_report_joins_an_event_a_user_corrected_and_keeps_the_correction() {
    use geotimeline_core::model::EditedField;
    use geotimeline_core::store::EventEdit;
    let mut store = Store::open_in_memory().unwrap();
    store
        .ingest(&[article("a.txt", "Emmanuel Macron est arrivé mardi à Berlin pour une visite officielle.", "2025-03-05")], &FrenchRules)
        .unwrap();
    let visit =
        store.list_events(&EventFilter::default()).unwrap().into_iter().find(|e| e.event_type == EventType::Visit).expect("the visit");
    let confidence = store.get_event(visit.id).unwrap().confidence;
    store.update_event(visit.id, &EventEdit { title: Some("Macron à Berlin".into()), ..Default::default() }).unwrap();
    // The stored event is found as a sketch and read in full only to take the report.
    let outcome = store.ingest(&[article("b.txt", "Le 4 mars, Emmanuel Macron est arrivé à Berlin.", "2025-03-06")], &FrenchRules).unwrap();
    assert_eq!((outcome.events_added, outcome.events_merged), (0, 1), "{outcome:?}");
    let event = store.get_event(visit.id).unwrap();
    assert_eq!(event.title, "Macron à Berlin");
    assert_eq!(event.edited, [EditedField::Title]);
    assert_eq!(event.sources.len(), 2);
    assert!(event.confidence > confidence, "a second report adds to the confidence: {} then {}", confidence, event.confidence);
    assert_eq!(event.places.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Berlin"]);
}

#[test]
fn extracting_again_keeps_what_a_user_corrected_and_deleted() {
    use geotimeline_core::model::{EditedField, EventId};
    use geotimeline_core::store::EventEdit;
    let mut store = Store::open_in_memory().unwrap();
    workspace::import_sample(&mut store).unwrap();
    let before = store.list_events(&EventFilter::default()).unwrap();
    let hanoi = before.iter().find(|e| e.event_type == EventType::Visit && e.places.iter().any(|p| p == "Hanoi")).expect("the Hanoi visit");
    let sources_before: Vec<(i64, i64)> = store.get_event(hanoi.id).unwrap().sources.iter().map(|s| (s.article.0, s.start)).collect();
    let corrected = DateSpan::day(NaiveDate::from_ymd_opt(2024, 6, 19).unwrap());
    store
        .update_event(
            hanoi.id,
            &EventEdit { title: Some("Arrivée de Poutine à Hanoï".into()), date: Some(corrected), ..Default::default() },
        )
        .unwrap();
    let doomed = before.iter().find(|e| e.event_type == EventType::Sanction).expect("a sanction event").id;
    let doomed_quotes: Vec<String> = store.get_event(doomed).unwrap().sources.iter().map(|s| s.quote.clone()).collect();
    store.delete_event(doomed).unwrap();

    let outcome = store.reextract(&FrenchRules).unwrap();
    assert_eq!(outcome.articles, 5);
    let event = store.get_event(hanoi.id).unwrap();
    assert_eq!(event.title, "Arrivée de Poutine à Hanoï");
    assert_eq!(event.date, corrected);
    assert_eq!(event.edited, [EditedField::Title, EditedField::Date]);
    let sources_after: Vec<(i64, i64)> = event.sources.iter().map(|s| (s.article.0, s.start)).collect();
    assert!(sources_before.iter().all(|s| sources_after.contains(s)), "its reports stay with it: {sources_after:?}");
    let distinct: std::collections::HashSet<_> = sources_after.iter().collect();
    assert_eq!(distinct.len(), sources_after.len(), "no report twice");
    let after = store.list_events(&EventFilter::default()).unwrap();
    assert_eq!(after.len(), before.len() - 1, "everything else is found again, the deleted event is not");
    for e in after.iter().filter(|e| e.event_type == EventType::Sanction) {
        let quotes: Vec<String> = store.get_event(e.id).unwrap().sources.iter().map(|s| s.quote.clone()).collect();
        assert!(quotes.iter().all(|q| !doomed_quotes.contains(q)), "a rejected report came back: {quotes:?}");
    }
    assert!(matches!(store.update_event(EventId(999_999), &EventEdit::default()), Err(geotimeline_core::Error::NotFound { .. })));
    let empty_title = EventEdit { title: Some("  ".into()), ..Default::default() };
    assert!(store.update_event(hanoi.id, &empty_title).is_err());
    assert_eq!(store.get_event(hanoi.id).unwrap().title, "Arrivée de Poutine à Hanoï", "a refused edit changes nothing");
}

#[test]
fn a_recalled_event_joins_the_event_it_recalls_and_makes_none_alone() {
    let mut store = Store::open_in_memory().unwrap();
    let recall = article("a.txt", "Emmanuel Macron est arrivé jeudi à Berlin, après une visite à Varsovie.", "2025-03-07");
    let report = article("b.txt", "Emmanuel Macron est arrivé mardi à Varsovie pour une visite officielle.", "2025-03-05");
    store.ingest(&[recall, report], &FrenchRules).unwrap();
    let visits = store.list_events(&EventFilter { types: vec![EventType::Visit], ..Default::default() }).unwrap();
    let warsaw = visits.iter().find(|v| v.places.iter().any(|p| p == "Warsaw")).expect("the Warsaw visit");
    assert_eq!(warsaw.date.start, NaiveDate::from_ymd_opt(2025, 3, 4).unwrap(), "dated by its own report, not by the recall");
    assert_eq!(warsaw.source_count, 2, "{visits:?}");
    assert_eq!(visits.len(), 2, "Berlin and Warsaw: {visits:?}");

    let mut alone = Store::open_in_memory().unwrap();
    alone
        .ingest(&[article("c.txt", "Emmanuel Macron est arrivé jeudi à Berlin, après une visite à Varsovie.", "2025-03-07")], &FrenchRules)
        .unwrap();
    let visits = alone.list_events(&EventFilter::default()).unwrap();
    assert!(visits.iter().all(|v| !v.places.iter().any(|p| p == "Warsaw")), "no event from a recall alone: {visits:?}");
}

#[test]
fn a_later_report_adds_its_people_after_those_already_stored() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .ingest(
            &[article("a.txt", "Le 20 juin 2024, Vladimir Poutine est arrivé à Hanoï pour une visite d'État.", "2024-06-21")],
            &FrenchRules,
        )
        .unwrap();
    let b = "Le 20 juin 2024, Vladimir Poutine a effectué une visite d'État à Hanoï avec To Lam.";
    let outcome = store.ingest(&[article("b.txt", b, "2024-06-22")], &FrenchRules).unwrap();
    assert!(outcome.events_merged >= 1, "{outcome:?}");
    let visits = store.list_events(&EventFilter { types: vec![EventType::Visit], ..Default::default() }).unwrap();
    assert_eq!(visits.len(), 1, "{visits:?}");
    let visit = store.get_event(visits[0].id).unwrap();
    let names: Vec<&str> = visit.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Vladimir Putin", "To Lam"]);
    assert_eq!(visit.sources.len(), 2);
    // The stored keys follow the links, so a third report still finds the event.
    store
        .ingest(
            &[article(
                "c.txt",
                "Le 20 juin 2024, selon l'agence, Vladimir Poutine a effectué une visite d'État à Hanoï avec To Lam.",
                "2024-06-23",
            )],
            &FrenchRules,
        )
        .unwrap();
    let visits = store.list_events(&EventFilter { types: vec![EventType::Visit], ..Default::default() }).unwrap();
    assert_eq!((visits.len(), visits[0].source_count), (1, 3), "{visits:?}");
}

/// The app and the CLI on one workspace at once: two connections (here two
/// threads, each with its own Store, as two processes would have) importing and
/// editing in turns they do not choose. WAL lets readers go on; the busy
/// timeout makes a writer wait for the other's transaction.
#[test]
fn two_connections_write_the_same_workspace_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite");
    drop(Store::open(&path).unwrap());
    let cities = ["Berlin", "Madrid", "Rome", "Vienne", "Varsovie", "Prague", "Lisbonne", "Athènes", "Dublin", "Oslo"];
    let writer = |who: &'static str| {
        let path = path.clone();
        std::thread::spawn(move || {
            let mut store = Store::open(&path).unwrap();
            for (i, city) in cities.iter().cycle().take(30).enumerate() {
                let text = format!("Le {} mars 2025, le ministre {who} n°{i} est arrivé à {city} pour une visite officielle.", i % 28 + 1);
                let outcome = store.ingest(&[article(&format!("{who}-{i}.txt"), &text, "2025-03-30")], &FrenchRules).unwrap();
                assert_eq!(outcome.imported.len(), 1);
                // An edit of an event this connection may not have made, between two imports.
                if let Some(event) = store.list_events(&EventFilter::default()).unwrap().first() {
                    let edit = geotimeline_core::store::EventEdit { title: Some(format!("Vu par {who} {i}")), ..Default::default() };
                    store.update_event(event.id, &edit).unwrap();
                }
            }
        })
    };
    let (a, b) = (writer("app"), writer("cli"));
    a.join().expect("the first connection never failed");
    b.join().expect("the second connection never failed");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.list_articles().unwrap().len(), 60);
    let conn = geotimeline_core::store::raw_connection(&path).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
}

/// A writer that holds the workspace longer than the busy timeout: the other
/// gets a sentence that says so, and nothing of its import is stored.
#[test]
fn a_write_blocked_past_the_busy_timeout_says_the_workspace_is_busy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite");
    let mut store = Store::open(&path).unwrap();
    let other = geotimeline_core::store::raw_connection(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let started = std::time::Instant::now();
    let err =
        store.ingest(&[article("a.txt", "Le 3 mars 2025, Emmanuel Macron s'est rendu à Berlin.", "2025-03-04")], &FrenchRules).unwrap_err();
    eprintln!("refused after {:?}", started.elapsed());
    assert_eq!(
        err.to_string(),
        format!(
            "the workspace {} is busy: another GeoTimeline (the app or the command line) has been writing to it for 5 s; \
             try again when it has finished",
            path.display()
        )
    );
    other.execute_batch("ROLLBACK").unwrap();
    assert!(store.list_articles().unwrap().is_empty());
    store.ingest(&[article("a.txt", "Le 3 mars 2025, Emmanuel Macron s'est rendu à Berlin.", "2025-03-04")], &FrenchRules).unwrap();
    assert_eq!(store.list_articles().unwrap().len(), 1);
}

#[test]
fn a_user_corrects_places_and_actors_undoes_redoes_and_extracting_again_keeps_them() {
    use geotimeline_core::model::{ActorKind, EditedField, NamedActor};
    use geotimeline_core::store::EventEdit;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.geotimeline");
    let mut store = Store::open(&path).unwrap();
    workspace::import_sample(&mut store).unwrap();
    let hanoi = store
        .list_events(&EventFilter::default())
        .unwrap()
        .into_iter()
        .find(|e| e.event_type == EventType::Visit && e.places.iter().any(|p| p == "Hanoi"))
        .expect("the Hanoi visit");
    let before = store.get_event(hanoi.id).unwrap();
    let names = |e: &geotimeline_core::model::Event| {
        (e.places.iter().map(|p| p.name.clone()).collect::<Vec<_>>(), e.actors.iter().map(|a| (a.name.clone(), a.kind)).collect::<Vec<_>>())
    };

    let edit = EventEdit {
        // Any name of a place, any case and accents; a place given twice counts once.
        places: Some(vec!["Moscou".into(), "hanoï".into(), "Moscow".into()]),
        actors: Some(vec![
            NamedActor { name: "vladimir poutine".into(), kind: ActorKind::Person },
            NamedActor { name: "Viêt Nam".into(), kind: ActorKind::State },
            NamedActor { name: "Comité des riverains".into(), kind: ActorKind::Organisation },
        ]),
        ..Default::default()
    };
    store.update_event(hanoi.id, &edit).unwrap();
    let edited = store.get_event(hanoi.id).unwrap();
    let expected = (
        vec!["Moscow".to_string(), "Hanoi".to_string()],
        vec![
            ("Vladimir Putin".to_string(), ActorKind::Person),
            ("Vietnam".to_string(), ActorKind::State),
            ("Comité des riverains".to_string(), ActorKind::Organisation),
        ],
    );
    assert_eq!(names(&edited), expected);
    assert_eq!(edited.places[0].name_fr, "Moscou");
    // The title no one typed follows the new actors and places, in both languages.
    assert!(edited.title.contains("Moscou") && edited.title.contains("Vladimir Poutine"), "{}", edited.title);
    assert!(edited.title_en.contains("Moscow"), "{}", edited.title_en);
    assert!(edited.edited.contains(&EditedField::Places) && edited.edited.contains(&EditedField::Actors));
    assert!(store.history().unwrap()[0].summary.contains("places, actors"), "{:?}", store.history().unwrap()[0]);

    // Refused, with nothing changed: an unknown place, a blank actor.
    let unknown = EventEdit { places: Some(vec!["Paris".into(), "Atlantide".into()]), ..Default::default() };
    let err = store.update_event(hanoi.id, &unknown).unwrap_err();
    assert!(matches!(err, geotimeline_core::Error::UnknownPlace { .. }), "{err:?}");
    assert!(err.to_string().contains("no place of the knowledge base is named \"Atlantide\""), "{err}");
    let blank = EventEdit { actors: Some(vec![NamedActor { name: " ".into(), kind: ActorKind::Person }]), ..Default::default() };
    let err = store.update_event(hanoi.id, &blank).unwrap_err();
    assert_eq!(err.to_string(), "actor 1 of the list has no name: every actor needs one");
    assert_eq!(names(&store.get_event(hanoi.id).unwrap()), expected);

    // Undo and redo across a restart restore the places and actors exactly.
    drop(store);
    let mut store = Store::open(&path).unwrap();
    store.undo().unwrap().expect("an edit to undo");
    let undone = store.get_event(hanoi.id).unwrap();
    assert_eq!(names(&undone), names(&before));
    assert_eq!(undone.title, before.title);
    assert_eq!(undone.edited, before.edited);
    store.redo().unwrap().expect("an edit to redo");
    assert_eq!(names(&store.get_event(hanoi.id).unwrap()), expected);

    // Extracting again keeps them.
    store.reextract(&FrenchRules).unwrap();
    assert_eq!(names(&store.get_event(hanoi.id).unwrap()), expected);

    // A title the user typed stays as typed when the places change.
    store.update_event(hanoi.id, &EventEdit { title: Some("Mon titre".into()), ..Default::default() }).unwrap();
    store.update_event(hanoi.id, &EventEdit { places: Some(vec!["Paris".into()]), ..Default::default() }).unwrap();
    let retitled = store.get_event(hanoi.id).unwrap();
    assert_eq!((retitled.title.as_str(), retitled.title_en.as_str()), ("Mon titre", "Mon titre"));
}
