//! The import review: files read before anything is stored (what each would be
//! imported as, an inferred publication date, already stored or unreadable),
//! folders expanded, and the reviewed metadata reaching the stored article.

use chrono::NaiveDate;
use geotimeline_core::extract::dates::latest_full_day_in;
use geotimeline_core::extract::{en, fr};
use geotimeline_core::ingest::ArticleMeta;
use geotimeline_core::workspace::{self, expand_paths, preview_files};
use geotimeline_core::{EventFilter, Store};
use std::path::{Path, PathBuf};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn write(dir: &Path, name: &str, body: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, body).unwrap();
    path
}

const HANOI: &str = "Poutine à Hanoï après Pyongyang\n\n\
    Le président russe Vladimir Poutine est arrivé jeudi à Hanoï, au lendemain de sa visite en Corée du Nord. \
    Le 19 juin 2024, il avait signé à Pyongyang un accord de défense mutuelle avec Kim Jong-un. \
    Les deux pays avaient déjà signé un traité le 9 février 2000.";

const KYIV: &str = "Biden in Kyiv\n\n\
    President Joe Biden arrived in Kyiv on Monday, February 20, 2023, for talks with his Ukrainian counterpart, Volodymyr Zelenskyy. \
    The visit had not been announced.";

#[test]
fn the_inferred_date_is_the_latest_day_written_in_full() {
    assert_eq!(latest_full_day_in(&fr::DATES, HANOI), Some(day("2024-06-19")));
    assert_eq!(latest_full_day_in(&en::DATES, KYIV), Some(day("2023-02-20")));
    // The last day of a stretch written in full; a first of the month written "1er".
    assert_eq!(latest_full_day_in(&fr::DATES, "Le sommet se tiendra du 18 au 20 juin 2024 à Bruxelles."), Some(day("2024-06-20")));
    assert_eq!(latest_full_day_in(&fr::DATES, "Le 1er mars 2023, le ministre a démissionné."), Some(day("2023-03-01")));
    assert_eq!(latest_full_day_in(&en::DATES, "On 3 May 2022 the talks opened; they closed on May 5, 2022."), Some(day("2022-05-05")));
    // No full date: a weekday, a day without its year, a month, a year.
    for text in [
        "Le président est arrivé jeudi à Hanoï.",
        "Il est arrivé le 20 juin à Hanoï.",
        "Les élections auront lieu en juin 2024.",
        "En 2023, rien.",
    ] {
        assert_eq!(latest_full_day_in(&fr::DATES, text), None, "{text}");
    }
    assert_eq!(latest_full_day_in(&en::DATES, "He arrived in Kyiv on Monday, June 20."), None);
}

#[test]
fn a_file_is_previewed_without_storing_anything() {
    let dir = tempfile::tempdir().unwrap();
    let text = write(dir.path(), "hanoi.txt", HANOI);
    let page = write(
        dir.path(),
        "kyiv.html",
        &format!(
            "<html lang=\"en\"><head><title>Biden in Kyiv</title><meta property=\"og:site_name\" content=\"AP News\">\
             <meta property=\"article:published_time\" content=\"2023-02-20T10:00:00Z\"></head>\
             <body><article><h1>Biden in Kyiv</h1><p>{}</p></article></body></html>",
            KYIV.split("\n\n").nth(1).unwrap()
        ),
    );
    let store = Store::open_in_memory().unwrap();
    let preview = preview_files(&store, &[text.clone(), page.clone()]).unwrap();
    assert!(preview.manifests.is_empty());
    let [hanoi, kyiv] = preview.files.as_slice() else { panic!("two rows: {preview:?}") };
    assert_eq!(hanoi.path, text);
    assert_eq!(hanoi.file_name, "hanoi.txt");
    assert_eq!(hanoi.title.as_deref(), Some("Poutine à Hanoï après Pyongyang"));
    assert_eq!(hanoi.language.as_deref(), Some("fr"));
    assert_eq!(hanoi.published, None);
    assert_eq!(hanoi.inferred_published, Some(day("2024-06-19")));
    assert!(!hanoi.already_stored && hanoi.problem.is_none());

    assert_eq!(kyiv.file_name, "kyiv.html");
    assert_eq!(kyiv.language.as_deref(), Some("en"));
    assert_eq!(kyiv.outlet.as_deref(), Some("AP News"));
    assert_eq!(kyiv.published, Some(day("2023-02-20")), "stated by the page");
    assert_eq!(kyiv.inferred_published, None, "nothing to infer when the page says it");
    assert_eq!(store.counts().unwrap(), (0, 0), "nothing stored");
}

#[test]
fn text_already_in_the_workspace_and_unreadable_files_are_marked() {
    let dir = tempfile::tempdir().unwrap();
    let first = write(dir.path(), "hanoi.txt", HANOI);
    let mut store = Store::open_in_memory().unwrap();
    workspace::import_files(&mut store, &[(first, ArticleMeta::default())]).unwrap();
    // The same words, spaced otherwise, under another name.
    let copy = write(dir.path(), "copie.txt", &HANOI.replace(". ", ".  \n"));
    let empty = write(dir.path(), "vide.txt", "  \n");
    let other = write(dir.path(), "notes.docx", "x");
    let preview = preview_files(&store, &[copy, empty.clone(), other]).unwrap();
    let [copy, empty_row, other] = preview.files.as_slice() else { panic!("{preview:?}") };
    assert!(copy.already_stored && copy.problem.is_none());
    assert_eq!(empty_row.problem.as_deref(), Some(format!("{}: the file is empty", empty.display()).as_str()));
    assert_eq!(empty_row.file_name, "vide.txt");
    assert!(!empty_row.already_stored && empty_row.language.is_none());
    assert!(other.problem.as_deref().unwrap().contains("unsupported file type .docx"));
}

#[test]
fn a_folder_stands_for_its_article_files_and_manifests_are_set_apart() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("dossier");
    for name in ["b.md", "a.txt", "sous/c.html", "sous/plus/d.htm", "notes.docx", ".cache.txt", "inside.json"] {
        write(&folder, name, HANOI);
    }
    let manifest = write(dir.path(), "manifest.json", "{}");
    let (files, manifests, failures) = expand_paths(&[folder.clone(), manifest.clone()]);
    let names: Vec<_> = files.iter().map(|p| p.strip_prefix(&folder).unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["a.txt", "b.md", "sous/c.html", "sous/plus/d.htm"]);
    assert_eq!(manifests, [manifest]);
    assert!(failures.is_empty());

    let preview = preview_files(&Store::open_in_memory().unwrap(), &[folder]).unwrap();
    assert_eq!(preview.files.len(), 4);
    assert!(preview.files.iter().all(|f| f.problem.is_none() && f.language.as_deref() == Some("fr")));
}

#[test]
fn the_reviewed_metadata_is_stored_and_the_chosen_language_reads_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "kyiv.txt", KYIV);
    let detected = preview_files(&Store::open_in_memory().unwrap(), std::slice::from_ref(&path)).unwrap();
    assert_eq!(detected.files[0].language.as_deref(), Some("en"));

    let import = |language: &str| {
        let mut store = Store::open_in_memory().unwrap();
        let meta = ArticleMeta {
            title: Some("Visite de Biden".into()),
            outlet: Some("Le Devoir".into()),
            language: Some(language.into()),
            published: Some(day("2023-02-21")),
        };
        let report = workspace::import_files(&mut store, &[(path.clone(), meta)]).unwrap();
        assert_eq!(report.imported.len(), 1, "{report:?}");
        let article = store.get_article(report.imported[0].id).unwrap();
        let events = store.list_events(&EventFilter::default()).unwrap();
        (article, events)
    };
    let (article, events) = import("fr");
    assert_eq!(article.language, "fr", "the user's choice over the detected English");
    assert_eq!(article.title.as_deref(), Some("Visite de Biden"));
    assert_eq!(article.outlet.as_deref(), Some("Le Devoir"));
    assert_eq!(article.published, Some(day("2023-02-21")));
    // Read with French rules, the English report of the visit is no event; with English ones, it is.
    assert!(events.is_empty(), "{events:?}");
    let (article, events) = import("en");
    assert_eq!(article.language, "en");
    assert!(events.iter().any(|e| e.date.start == day("2023-02-20")), "{events:?}");
}
