//! The file-by-file import: progress told per file in order, a cancel keeping
//! exactly the files fully imported, a bad file failing alone, and merges
//! across files as one import of them all would make them.

use geotimeline_core::ingest::{ArticleMeta, ManifestItem};
use geotimeline_core::workspace::{self, ImportProgress};
use geotimeline_core::{EventFilter, Store};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

const CITIES: &[&str] = &["Berlin", "Madrid", "Rome", "Lisbonne", "Varsovie", "Vienne", "Athènes", "Dublin"];

/// One small French report per city, each on its own day of June 2024.
fn articles(dir: &Path) -> Vec<(PathBuf, ArticleMeta)> {
    CITIES
        .iter()
        .enumerate()
        .map(|(i, city)| {
            let path = dir.join(format!("{:02}-{city}.txt", i + 1));
            let body = format!(
                "Macron à {city}\n\nLe président français Emmanuel Macron est arrivé le {} juin 2024 à {city} pour une visite d'État.",
                i + 3
            );
            std::fs::write(&path, body).unwrap();
            let meta = ArticleMeta {
                published: Some(chrono::NaiveDate::from_ymd_opt(2024, 6, 20).unwrap()),
                language: Some("fr".into()),
                ..ArticleMeta::default()
            };
            (path, meta)
        })
        .collect()
}

fn items(files: &[(PathBuf, ArticleMeta)]) -> Vec<ManifestItem> {
    files.iter().cloned().map(Ok).collect()
}

/// What a workspace holds, comparable across workspaces.
fn contents(store: &Store) -> (Vec<String>, Vec<(String, String, u32)>) {
    let mut articles: Vec<String> = store.list_articles().unwrap().into_iter().map(|a| a.file_name).collect();
    articles.sort();
    let mut events: Vec<(String, String, u32)> = store
        .list_events(&EventFilter::default())
        .unwrap()
        .into_iter()
        .map(|e| (e.title, format!("{:?}", e.date), e.source_count))
        .collect();
    events.sort();
    (articles, events)
}

fn integrity(path: &Path) -> String {
    let conn = geotimeline_core::store::raw_connection(path).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

#[test]
fn progress_is_told_before_each_file_in_order_and_at_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let files = articles(dir.path());
    let store = Mutex::new(Store::open(&dir.path().join("ws.sqlite")).unwrap());
    let mut seen: Vec<ImportProgress> = Vec::new();
    let report = workspace::import_each(&store, items(&files), &AtomicBool::new(false), |p| seen.push(p.clone())).unwrap();
    assert_eq!(report.imported.len(), CITIES.len());
    assert!(report.cancelled.is_empty() && report.failures.is_empty());
    assert_eq!(seen.len(), CITIES.len() + 1);
    for (i, p) in seen.iter().take(CITIES.len()).enumerate() {
        assert_eq!((p.done, p.total), (i, CITIES.len()));
        assert_eq!(p.current.as_deref(), Some(files[i].0.as_path()));
    }
    let last = seen.last().unwrap();
    assert_eq!((last.done, last.total, last.current.as_ref()), (CITIES.len(), CITIES.len(), None));
    // Events found only grow, and end at what the report counts.
    assert!(seen.windows(2).all(|w| w[0].events_found <= w[1].events_found));
    assert_eq!(last.events_found, report.events_added + report.events_merged);
    assert!(last.events_found >= CITIES.len(), "each report has its visit: {last:?}");
}

#[test]
fn a_cancel_keeps_exactly_the_files_imported_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let files = articles(dir.path());
    for kept in [0, 3, CITIES.len() - 1] {
        let path = dir.path().join(format!("cancelled-{kept}.sqlite"));
        let store = Mutex::new(Store::open(&path).unwrap());
        let cancel = AtomicBool::new(false);
        // Set as file `kept` starts: it is rolled back after its extraction, the rest never start.
        let report = workspace::import_each(&store, items(&files), &cancel, |p| {
            if p.done == kept && p.current.is_some() {
                cancel.store(true, Ordering::SeqCst);
            }
        })
        .unwrap();
        assert_eq!(report.imported.len(), kept);
        let cancelled: Vec<&PathBuf> = files[kept..].iter().map(|(p, _)| p).collect();
        assert_eq!(report.cancelled.iter().collect::<Vec<_>>(), cancelled);

        let reference_path = dir.path().join(format!("reference-{kept}.sqlite"));
        let reference = Mutex::new(Store::open(&reference_path).unwrap());
        workspace::import_each(&reference, items(&files[..kept]), &AtomicBool::new(false), |_| {}).unwrap();
        assert_eq!(contents(&store.lock().unwrap()), contents(&reference.lock().unwrap()), "after {kept} files");
        assert_eq!(store.lock().unwrap().list_articles().unwrap().len(), kept);
        drop(store);
        assert_eq!(integrity(&path), "ok");
    }
}

#[test]
fn a_bad_file_in_the_middle_fails_alone_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = articles(dir.path());
    let empty = dir.path().join("vide.txt");
    std::fs::write(&empty, "").unwrap();
    let binary = dir.path().join("image.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    files.insert(3, (empty.clone(), ArticleMeta::default()));
    files.insert(6, (binary.clone(), ArticleMeta::default()));
    let path = dir.path().join("ws.sqlite");
    let store = Mutex::new(Store::open(&path).unwrap());
    let report = workspace::import_each(&store, items(&files), &AtomicBool::new(false), |_| {}).unwrap();
    assert_eq!(report.imported.len(), CITIES.len());
    assert_eq!(report.failures.len(), 2, "{:?}", report.failures);
    assert_eq!(report.failures[0].file, empty);
    assert!(report.failures[0].message.contains("vide.txt") && report.failures[0].message.contains("empty"), "{:?}", report.failures[0]);
    assert_eq!(report.failures[1].file, binary);
    assert!(report.failures[1].message.contains("image.txt"), "{:?}", report.failures[1]);
    drop(store);
    assert_eq!(integrity(&path), "ok");
}

#[test]
fn files_already_stored_are_skipped_and_merges_match_one_import_of_them_all() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = articles(dir.path());
    // A second report of the Berlin visit: merged with the first, file by file as in one batch.
    let again = dir.path().join("berlin-bis.txt");
    std::fs::write(
        &again,
        "Emmanuel Macron en Allemagne\n\nLe président français Emmanuel Macron est arrivé le 3 juin 2024 à Berlin, où il a été reçu par le chancelier.",
    )
    .unwrap();
    files.push((again, files[0].1.clone()));
    let each = Mutex::new(Store::open(&dir.path().join("each.sqlite")).unwrap());
    let report = workspace::import_each(&each, items(&files), &AtomicBool::new(false), |_| {}).unwrap();
    assert_eq!(report.imported.len(), files.len());
    let batch = Mutex::new(Store::open(&dir.path().join("batch.sqlite")).unwrap());
    workspace::import_files(&mut batch.lock().unwrap(), &files).unwrap();
    assert_eq!(contents(&each.lock().unwrap()), contents(&batch.lock().unwrap()));
    assert!(contents(&each.lock().unwrap()).1.iter().any(|(_, _, sources)| *sources == 2), "the two Berlin reports are one event");

    // Imported again: every file is skipped as already present.
    let again = workspace::import_each(&each, items(&files), &AtomicBool::new(false), |_| {}).unwrap();
    assert!(again.imported.is_empty());
    assert_eq!(again.duplicates.len(), files.len());
}

#[test]
fn a_workspace_that_cannot_be_written_stops_the_import_and_says_why_for_each_file_left() {
    let dir = tempfile::tempdir().unwrap();
    let files = articles(dir.path());
    let path = dir.path().join("ws.sqlite");
    let store = Mutex::new(Store::open(&path).unwrap());
    // Another writer holds the workspace past the busy timeout.
    let other = geotimeline_core::store::raw_connection(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let report = workspace::import_each(&store, items(&files[..3]), &AtomicBool::new(false), |_| {}).unwrap();
    other.execute_batch("ROLLBACK").unwrap();
    assert!(report.imported.is_empty());
    assert_eq!(report.failures.len(), 3, "{:?}", report.failures);
    assert!(report.failures[0].message.contains("busy"), "{:?}", report.failures[0]);
    for failure in &report.failures[1..] {
        assert!(failure.message.contains("not imported") && failure.message.contains("busy"), "{failure:?}");
    }
    assert_eq!(contents(&store.lock().unwrap()).0.len(), 0);
}
