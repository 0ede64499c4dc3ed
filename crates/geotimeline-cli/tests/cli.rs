//! The `geotimeline` command as a user runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn geotimeline(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_geotimeline")).arg("--db").arg(db).args(args).output().expect("run geotimeline")
}

fn sample_manifest() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../geotimeline-core/sample/seeds/manifest.json")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn ingest_a_manifest_then_export_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    let out = geotimeline(&db, &["ingest", "--manifest", sample_manifest().to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("5 imported"), "{}", stdout(&out));

    let json_path = dir.path().join("export.json");
    let out = geotimeline(&db, &["export", "--format", "json", "--out", json_path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let export: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    let articles = export["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5);
    assert_eq!(articles[4]["published"], "2024-06-25");
    let events = export["events"].as_array().unwrap();
    assert!(events.len() >= 10);
    // Every quote is a verbatim slice of its article at its offsets.
    let dir_of_seeds = sample_manifest().parent().unwrap().to_path_buf();
    for event in events {
        for s in event["sources"].as_array().unwrap() {
            let article = articles.iter().find(|a| a["id"] == s["article"]).unwrap();
            let text = std::fs::read_to_string(dir_of_seeds.join(article["file"].as_str().unwrap())).unwrap();
            let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[start..end], s["quote"].as_str().unwrap());
        }
    }
}

#[test]
fn an_english_article_is_read_in_english_and_titles_follow_the_export_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    let article = dir.path().join("visit.txt");
    // No --lang: the language is read from the text.
    std::fs::write(&article, "Russian President Vladimir Putin arrived in Hanoi on Thursday for a state visit.\n").unwrap();
    let out = geotimeline(&db, &["ingest", "--published", "2024-06-20", article.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let export = |lang: &str| -> serde_json::Value {
        let out = geotimeline(&db, &["export", "--format", "json", "--lang", lang]);
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_str(&stdout(&out)).unwrap()
    };
    let english = export("en");
    assert_eq!(english["articles"][0]["lang"], "en", "{english}");
    let visit = &english["events"][0];
    assert_eq!((visit["type"].as_str(), visit["start"].as_str()), (Some("visit"), Some("2024-06-20")), "{english}");
    assert_eq!(visit["title"], "Visit: Vladimir Putin — Hanoi");
    assert_eq!(export("fr")["events"][0]["title"], "Visite : Vladimir Poutine — Hanoï");
}

/// Excerpts of real reports (Africanews in French, a week later; an English wire the day
/// of the talks) of the Istanbul prisoner agreement: one event with both quotes.
#[test]
fn reports_of_one_event_in_french_and_english_are_one_event() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    let french = dir.path().join("echange.txt");
    std::fs::write(
        &french,
        "La semaine dernière, en Turquie, l'Ukraine et la Russie se sont mises d'accord sur l'échange de 1 000 prisonniers de chaque côté.\n",
    )
    .unwrap();
    let english = dir.path().join("istanbul.txt");
    std::fs::write(
        &english,
        "Delegations of Russia and Ukraine concluded their meeting in Turkey's Istanbul on Friday, agreeing to hold a new round of \
         negotiations and have a large-scale prisoner exchange.\n\nAs a key outcome of the two-hour talks, Russia and Ukraine \
         agreed to a prisoner exchange involving 1,000 people from each side.\n",
    )
    .unwrap();
    for (file, published) in [(&french, "2025-05-24"), (&english, "2025-05-16")] {
        let out = geotimeline(&db, &["ingest", "--published", published, file.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let out = geotimeline(&db, &["export", "--format", "json", "--lang", "en"]);
    let export: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let agreements: Vec<&serde_json::Value> = export["events"].as_array().unwrap().iter().filter(|e| e["type"] == "agreement").collect();
    assert_eq!(agreements.len(), 1, "{export}");
    // The day the English report gives, inside the French report's week.
    assert_eq!(agreements[0]["start"], "2025-05-16", "{export}");
    assert_eq!(agreements[0]["sources"].as_array().unwrap().len(), 2, "{export}");
    assert!(agreements[0]["title"].as_str().unwrap().starts_with("Agreement: "), "{export}");
}

#[test]
fn re_ingesting_the_same_content_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    let manifest = sample_manifest();
    assert!(geotimeline(&db, &["ingest", "--manifest", manifest.to_str().unwrap()]).status.success());
    let before = stdout(&geotimeline(&db, &["events"]));
    let again = geotimeline(&db, &["ingest", "--manifest", manifest.to_str().unwrap()]);
    assert!(again.status.success());
    assert!(stdout(&again).contains("0 imported, 5 already present"), "{}", stdout(&again));
    assert_eq!(stdout(&geotimeline(&db, &["events"])), before);
}

#[test]
fn a_bad_file_is_named_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    let good = dir.path().join("visite.txt");
    std::fs::write(&good, "Le 3 mars 2025, Emmanuel Macron s'est rendu à Berlin.").unwrap();
    let binary = dir.path().join("photo.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let out = geotimeline(&db, &["ingest", "--published", "2025-03-04", good.to_str().unwrap(), binary.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&format!("{}: the file is not text (it looks like a PNG image)", binary.display())), "{}", stderr(&out));
    let events = stdout(&geotimeline(&db, &["events"]));
    assert!(events.contains("2025-03-03") && events.contains("Berlin"), "{events}");

    let manifest = dir.path().join("broken.json");
    std::fs::write(&manifest, "{\"articles\": [").unwrap();
    let out = geotimeline(&db, &["ingest", "--manifest", manifest.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains(&format!("manifest {}", manifest.display())), "{}", stderr(&out));
    assert_eq!(stdout(&geotimeline(&db, &["events"])), events, "a failed ingest must not change the workspace");
}

/// Found on the landed code: one bad byte made a UTF-8 article Windows-1252 ("Ã©").
#[test]
fn a_mostly_utf8_article_is_read_as_utf8_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    let article = dir.path().join("quai.txt");
    let mut bytes = "Le ministre des Affaires étrangères, Jean-Noël Barrot, s'est rendu à Pékin le 27 mars 2025.".as_bytes().to_vec();
    bytes.insert(3, 0xE9);
    std::fs::write(&article, &bytes).unwrap();
    let out = geotimeline(&db, &["ingest", "--published", "2025-03-28", article.to_str().unwrap()]);
    assert!(out.status.success(), "a repaired file is imported: {}", stderr(&out));
    assert!(stdout(&out).contains("1 imported"), "{}", stdout(&out));
    assert!(
        stderr(&out).contains(&format!(
            "warning   {}: 1 invalid UTF-8 sequence replaced by \u{fffd} (U+FFFD); the rest of the file is read as UTF-8",
            article.display()
        )),
        "{}",
        stderr(&out)
    );
    let conn = geotimeline_core::store::raw_connection(&db).unwrap();
    let text: String = conn.query_row("SELECT text FROM articles", [], |r| r.get(0)).unwrap();
    assert!(text.contains("Affaires étrangères") && text.contains("Pékin") && !text.contains('Ã'), "{text}");
}

#[test]
fn bad_arguments_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    let out = geotimeline(&dir.path().join("ws.sqlite"), &["ingest", "--published", "20/06/2024", "a.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("\"20/06/2024\" is not a YYYY-MM-DD date"), "{}", stderr(&out));
}

#[test]
fn export_images_and_data_formats_from_a_view() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    assert!(geotimeline(&db, &["ingest", "--manifest", sample_manifest().to_str().unwrap()]).status.success());
    let cases: [(&str, &str, &[u8]); 8] = [
        ("png", "t.png", b"\x89PNG"),
        ("pdf", "t.pdf", b"%PDF"),
        ("svg", "t.svg", b"<svg"),
        ("csv", "t.csv", b"id,title"),
        ("csv-sources", "s.csv", b"event_id,"),
        ("geojson", "t.geojson", b"{"),
        ("ics", "t.ics", b"BEGIN:VCALENDAR"),
        ("timelinejs", "t.json", b"{"),
    ];
    for (format, name, magic) in cases {
        let path = dir.path().join(name);
        let out = geotimeline(
            &db,
            &[
                "export",
                "--format",
                format,
                "--out",
                path.to_str().unwrap(),
                "--from",
                "2024-06-18",
                "--to",
                "2024-06-21",
                "--lanes",
                "type",
                "--map",
                "--title",
                "Juin 2024",
                "--scale",
                "2",
            ],
        );
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(magic), "{format} starts with {:?}", String::from_utf8_lossy(&bytes[..bytes.len().min(12)]));
    }
    // --scale 2 doubles the default 1600 px width.
    let png = std::fs::read(dir.path().join("t.png")).unwrap();
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    assert_eq!(width, 3200);
    let svg = std::fs::read_to_string(dir.path().join("t.svg")).unwrap();
    assert!(svg.contains(">Juin 2024<") && svg.contains(">Visites<") && svg.contains("class=\"map\""));
    // Type filters narrow the data too.
    let out = geotimeline(&db, &["export", "--format", "csv", "--type", "sanction"]);
    assert!(out.status.success());
    assert!(stdout(&out).lines().skip(1).all(|l| l.contains(",sanction,")) && stdout(&out).lines().count() >= 2);
}

#[test]
fn bad_export_arguments_are_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    let out = geotimeline(&db, &["export", "--format", "png", "--scale", "5", "--out", dir.path().join("x.png").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--scale must be 1, 2, 3 or 4"), "{}", stderr(&out));
    let out = geotimeline(&db, &["export", "--format", "svg", "--from", "2024-06-21", "--to", "2024-06-18"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is after --to"), "{}", stderr(&out));
    let out = geotimeline(&db, &["export", "--format", "csv", "--type", "parade"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("\"parade\" is not an event type"), "{}", stderr(&out));
    let out = geotimeline(&db, &["export", "--format", "svg", "--out", dir.path().join("missing/dir/x.svg").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("missing/dir"), "{}", stderr(&out));
}

#[test]
fn bench_reports_throughput_and_writes_its_corpus_without_touching_the_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    let corpus = dir.path().join("corpus.jsonl");
    let out = geotimeline(&db, &["bench", "--articles", "30", "--batch", "10", "--corpus-out", corpus.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for wanted in ["articles/s", "MB/s", "resident memory", "dates only"] {
        assert!(text.contains(wanted), "{wanted} missing from: {text}");
    }
    assert!(text.contains("events)"), "{text}");
    let lines = std::fs::read_to_string(&corpus).unwrap();
    assert_eq!(lines.lines().count(), 30);
    assert!(!db.exists(), "the benchmark uses its own temporary workspace");
    let refused = geotimeline(&db, &["bench", "--articles", "0"]);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    // English articles, read as English: their events and dates are found too.
    let out = geotimeline(&db, &["bench", "--articles", "30", "--batch", "10", "--lang", "en", "--order", "publication"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("generated English articles") && text.contains("GeoTimeline's English rules"), "{text}");
    let count = |marker: &str| -> usize {
        let at = text.find(marker).unwrap_or_else(|| panic!("{marker} missing from: {text}"));
        text[at + marker.len()..].trim_start().split(|c: char| !c.is_ascii_digit()).next().unwrap().parse().unwrap()
    };
    assert!(count("MB/s (") > 30, "reports of events in English: {text}");
}

#[test]
fn bench_search_times_each_call_of_a_search_on_an_existing_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    let refused = geotimeline(&db, &["bench-search", "Hanoi"]);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert!(stderr(&refused).contains("does not exist") && !db.exists(), "{}", stderr(&refused));
    let out = geotimeline(&db, &["ingest", "--manifest", sample_manifest().to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));

    let out = geotimeline(&db, &["bench-search", "--runs", "2", "communistes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for wanted in
        ["(no search)", "\"communistes\"", "day counts, lanes none", "day counts, lanes country", "place counts", "workspace totals"]
    {
        assert!(text.contains(wanted), "{wanted} missing from: {text}");
    }
    // Each search says how many events it found: as many as the export of that search.
    let found: Vec<usize> = text.lines().filter_map(|l| l.trim().strip_prefix("matching events: ")).map(|n| n.parse().unwrap()).collect();
    let exported = |args: &[&str]| -> usize {
        let out = geotimeline(&db, &[&["export", "--format", "json"], args].concat());
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["events"].as_array().unwrap().len()
    };
    assert_eq!(found, [exported(&[]), exported(&["--query", "communistes"])], "{text}");
    assert!(found[1] > 0 && found[1] < found[0], "{text}");
}

#[test]
fn edits_and_deletions_survive_a_reextraction() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    assert!(geotimeline(&db, &["ingest", "--manifest", sample_manifest().to_str().unwrap()]).status.success());
    let events = stdout(&geotimeline(&db, &["events"]));
    let first_id = |text: &str, needle: &str| -> String {
        let line = text.lines().find(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle} in {text}"));
        line.split_whitespace().next().unwrap().to_string()
    };
    let id = first_id(&events, "Hanoi");
    let edited = geotimeline(&db, &["edit", &id, "--title", "Poutine à Hanoï (corrigé)", "--date", "2024-06-19..2024-06-20"]);
    assert!(edited.status.success(), "{}", stderr(&edited));
    let doomed = first_id(&events, "Sanctions");
    assert!(geotimeline(&db, &["delete", &doomed]).status.success());
    let again = geotimeline(&db, &["reextract"]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(stdout(&again).contains("5 articles extracted again"), "{}", stdout(&again));
    let after = stdout(&geotimeline(&db, &["events"]));
    assert!(after.contains("Poutine à Hanoï (corrigé)"), "{after}");
    assert_eq!(after.lines().count(), events.lines().count() - 1, "{after}");
    let bad = geotimeline(&db, &["edit", "999999", "--title", "x"]);
    assert!(!bad.status.success() && stderr(&bad).contains("event 999999 does not exist"), "{}", stderr(&bad));
    let backwards = geotimeline(&db, &["edit", &id, "--date", "2024-06-20..2024-06-19"]);
    assert_eq!(backwards.status.code(), Some(2), "{}", stderr(&backwards));
}

/// A workspace written by a newer GeoTimeline: refused with a sentence that says
/// so, by every command, and not a byte of it changed.
#[test]
fn a_workspace_from_a_newer_version_is_refused_and_left_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    assert!(geotimeline(&db, &["ingest", "--manifest", sample_manifest().to_str().unwrap()]).status.success());
    let conn = geotimeline_core::store::raw_connection(&db).unwrap();
    // As a newer version might leave it: not in WAL mode.
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0)).unwrap();
    assert_eq!(mode, "delete");
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let bytes = std::fs::read(&db).unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "Le 3 mars 2025, Emmanuel Macron s'est rendu à Berlin.").unwrap();
    for args in [vec!["events"], vec!["ingest", article.to_str().unwrap()], vec!["reextract"], vec!["delete", "1"]] {
        let out = geotimeline(&db, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.starts_with(&format!(
                "geotimeline: the workspace database {} was written by a newer GeoTimeline (schema 999",
                db.display()
            )) && err.contains("update GeoTimeline to open it"),
            "{args:?}: {err}"
        );
    }
    assert!(std::fs::read(&db).unwrap() == bytes, "the newer workspace is not touched");
}

/// A damaged workspace (cut short, or garbage): every command says so in a
/// sentence naming the file and its backup, exits 1, and writes nothing.
#[test]
fn a_damaged_workspace_is_named_refused_and_left_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.geotimeline");
    assert!(geotimeline(&db, &["ingest", "--manifest", sample_manifest().to_str().unwrap()]).status.success());
    let whole = std::fs::read(&db).unwrap();
    let garbage = dir.path().join("garbage.geotimeline");
    std::fs::write(&garbage, "plain text, not a workspace".repeat(100)).unwrap();
    std::fs::write(&db, &whole[..whole.len() - 1000]).unwrap();
    std::fs::write(geotimeline_core::store::backup_path(&db, 7), &whole).unwrap();
    for (path, backup) in [(&db, true), (&garbage, false)] {
        let bytes = std::fs::read(path).unwrap();
        for args in [vec!["events"], vec!["ingest", "--manifest", sample_manifest().to_str().unwrap()], vec!["undo"]] {
            let out = geotimeline(path, &args);
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            let err = stderr(&out);
            assert!(err.starts_with(&format!("geotimeline: the workspace {} is damaged and cannot be opened", path.display())), "{err}");
            assert!(err.contains("GeoTimeline has not changed it"), "{err}");
            assert_eq!(err.contains("A backup taken before its last upgrade exists: "), backup, "{err}");
        }
        assert!(std::fs::read(path).unwrap() == bytes, "the damaged workspace is not touched");
        assert!(!dir.path().join(format!("{}-wal", path.file_name().unwrap().to_string_lossy())).exists());
    }
}

/// Merge, history, undo in another process, redo, split, add: each a command
/// that prints what it did; bad requests exit 2 and leave the workspace as it was.
#[test]
fn corrections_are_undone_and_redone_across_processes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    assert!(geotimeline(&db, &["ingest", "--manifest", sample_manifest().to_str().unwrap()]).status.success());
    let export = || -> serde_json::Value {
        let out = geotimeline(&db, &["export", "--format", "json"]);
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_str(&stdout(&out)).unwrap()
    };
    let original = export();
    let events = original["events"].as_array().unwrap();
    let (a, b) = (events[0]["id"].as_i64().unwrap().to_string(), events[1]["id"].as_i64().unwrap().to_string());
    let history = stdout(&geotimeline(&db, &["history"]));
    assert!(history.contains("no edits yet"), "{history}");

    let merged = geotimeline(&db, &["merge", &a, &b, "--title", "Deux en un"]);
    assert!(merged.status.success(), "{}", stderr(&merged));
    assert_eq!(stdout(&merged).trim(), a);
    let after_merge = export();
    assert_eq!(after_merge["events"].as_array().unwrap().len(), events.len() - 1);
    let history = stdout(&geotimeline(&db, &["history"]));
    assert!(history.lines().next().unwrap().contains(&format!("merged events {a}, {b} into {a}")), "{history}");

    // Each command is a process of its own: the history is in the workspace.
    let undo = geotimeline(&db, &["undo"]);
    assert!(undo.status.success(), "{}", stderr(&undo));
    assert!(stdout(&undo).contains(&format!("undid #1: merged events {a}, {b} into {a}")), "{}", stdout(&undo));
    assert_eq!(export(), original);
    assert!(stdout(&geotimeline(&db, &["history"])).contains("(undone)"));
    let nothing = geotimeline(&db, &["undo"]);
    assert_eq!(nothing.status.code(), Some(1));
    assert!(stdout(&nothing).contains("nothing to undo"));
    let redo = geotimeline(&db, &["redo"]);
    assert!(redo.status.success() && stdout(&redo).contains("redid #1"), "{}", stdout(&redo));
    assert_eq!(export(), after_merge);

    // Bad requests: exit 2, a sentence, nothing changed.
    let articles = after_merge["articles"].as_array().unwrap();
    let article = articles[0]["id"].as_i64().unwrap().to_string();
    for (args, says) in [
        (vec!["merge", &a, &a], "at least two different events"),
        (vec!["merge", &a, "99999"], "event 99999 does not exist"),
        (vec!["split", "99999", "--articles", "1"], "event 99999 does not exist"),
        (vec!["split", &a, "--articles", "99999"], "article 99999 is not a source"),
        (
            vec!["add", "--article", &article, "--quote", "Ceci n'est pas dans l'article.", "--type", "visit", "--date", "2024-06-20"],
            "verbatim",
        ),
        (vec!["add", "--article", "99999", "--quote", "x", "--type", "visit", "--date", "2024-06-20"], "article 99999 does not exist"),
        (vec!["add", "--article", &article, "--quote", "x", "--type", "parade", "--date", "2024-06-20"], "not an event type"),
        (vec!["add", "--article", &article, "--quote", "x", "--type", "visit", "--date", "2024-06-21..2024-06-20"], "is after"),
    ] {
        let out = geotimeline(&db, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
    }
    assert_eq!(export(), after_merge);
    assert_eq!(stdout(&geotimeline(&db, &["history"])).lines().count(), 1);

    // Split an event reported by several articles: the sources of one go to a new event.
    let articles_of = |e: &serde_json::Value| -> std::collections::BTreeSet<i64> {
        e["sources"].as_array().unwrap().iter().map(|s| s["article"].as_i64().unwrap()).collect()
    };
    let several = after_merge["events"].as_array().unwrap().iter().find(|e| articles_of(e).len() >= 2).unwrap();
    let (several_id, moved) = (several["id"].as_i64().unwrap().to_string(), articles_of(several).first().unwrap().to_string());
    let all: Vec<String> = articles_of(several).iter().map(|a| a.to_string()).collect();
    let refused = geotimeline(&db, &["split", &several_id, "--articles", &all.join(",")]);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert!(stderr(&refused).contains("all the sources"), "{}", stderr(&refused));
    let split = geotimeline(&db, &["split", &several_id, "--articles", &moved]);
    assert!(split.status.success(), "{}", stderr(&split));
    let new: i64 = stdout(&split).trim().parse().unwrap();
    let exported = export();
    let find =
        |id: &str| exported["events"].as_array().unwrap().iter().find(|e| e["id"].as_i64().unwrap().to_string() == id).unwrap().clone();
    assert_eq!(articles_of(&find(&new.to_string())).into_iter().map(|a| a.to_string()).collect::<Vec<_>>(), [moved.as_str()]);
    assert!(!articles_of(&find(&several_id)).contains(&moved.parse().unwrap()));
    let history = stdout(&geotimeline(&db, &["history"]));
    assert!(history.lines().next().unwrap().contains(&format!("of event {several_id} into new event {new}")), "{history}");

    // Add an event from a verbatim passage.
    let text = std::fs::read_to_string(sample_manifest().parent().unwrap().join(articles[0]["file"].as_str().unwrap())).unwrap();
    let quote = text.lines().find(|l| l.len() > 40).unwrap().trim().to_string();
    let added = geotimeline(
        &db,
        &["add", "--article", &article, "--quote", &quote, "--type", "statement", "--date", "2024-06-20", "--title", "Ajouté"],
    );
    assert!(added.status.success(), "{}", stderr(&added));
    let id: i64 = stdout(&added).trim().parse().unwrap();
    let exported = export();
    let event = exported["events"].as_array().unwrap().iter().find(|e| e["id"] == id).unwrap();
    assert_eq!((event["title"].as_str(), event["origin"].as_str()), (Some("Ajouté"), Some("manual")));
    assert_eq!(event["sources"][0]["quote"].as_str(), Some(quote.as_str()));
    let verify = geotimeline(&db, &["verify", &id.to_string()]);
    assert!(verify.status.success(), "{}", stderr(&verify));
    assert_eq!(export()["events"].as_array().unwrap().iter().find(|e| e["id"] == id).unwrap()["verified"], true);

    // Every decision survives a re-extraction.
    let decided = |export: serde_json::Value| -> (Vec<serde_json::Value>, usize) {
        let events = export["events"].as_array().unwrap().clone();
        let count = events.len();
        let touched = events
            .into_iter()
            .filter(|e| e["verified"] == true || e["origin"] == "manual" || !e["edited"].as_array().unwrap().is_empty())
            .collect();
        (touched, count)
    };
    let before = decided(export());
    assert!(before.0.len() >= 3, "{before:?}");
    assert!(geotimeline(&db, &["reextract"]).status.success());
    assert_eq!(decided(export()), before);
    let history = stdout(&geotimeline(&db, &["history"]));
    assert!(history.lines().next().unwrap().contains(&format!("marked event {id} verified")), "{history}");
    assert!(history.contains(&format!("added event {id} from article {article}")), "{history}");
}

fn geotimeline_stdin(db: &Path, args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_geotimeline"))
        .arg("--db")
        .arg(db)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run geotimeline");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn ingest_an_article_from_standard_input_as_a_paste() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    let page = "<article><h1>Poutine à Hanoï</h1><p>Le président russe Vladimir Poutine est arrivé jeudi à Hanoï, \
                au lendemain de sa visite en Corée du Nord.</p></article>";
    let out = geotimeline_stdin(&db, &["ingest", "--stdin", "--published", "2024-06-20", "--outlet", "Le Monde"], page);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("imported  pasted.html  Poutine à Hanoï\n1 imported"), "{}", stdout(&out));
    let events = stdout(&geotimeline(&db, &["events"]));
    assert!(events.contains("2024-06-20") && events.contains("Hanoï"), "{events}");

    let empty = geotimeline_stdin(&db, &["ingest", "--stdin", "--published", "2024-06-20"], " \n");
    assert_eq!(empty.status.code(), Some(2), "{}", stderr(&empty));
    assert!(stderr(&empty).contains("nothing was pasted: the text is empty"), "{}", stderr(&empty));
    let both = geotimeline(&db, &["ingest", "--stdin", "a.txt"]);
    assert_eq!(both.status.code(), Some(2), "--stdin takes no FILE");
}

/// Standard input larger than one article is refused with its whole size and
/// nothing stored, read no further than the limit (its peak memory is in SECURITY.md).
#[test]
fn a_paste_larger_than_an_article_is_refused_with_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    let input = "Le 20 juin 2024, Vladimir Poutine est arrivé à Pyongyang.\n".repeat(350_000);
    let out = geotimeline_stdin(&db, &["ingest", "--stdin", "--published", "2024-06-20"], &input);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let expected = format!("geotimeline: standard input: the file is {} bytes, over the 8388608-byte limit for one article", input.len());
    assert!(stderr(&out).contains(&expected), "{}", stderr(&out));
    assert_eq!(stdout(&geotimeline(&db, &["articles"])), "");
}

/// `check` says ok on a workspace as the app leaves it, and names what is broken.
#[test]
fn check_names_what_breaks_a_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    assert!(geotimeline(&db, &["ingest", "--manifest", sample_manifest().to_str().unwrap()]).status.success());
    let out = geotimeline(&db, &["check"]);
    assert_eq!((out.status.code(), stdout(&out).as_str()), (Some(0), "ok\n"), "{}", stderr(&out));
    let conn = geotimeline_core::store::raw_connection(&db).unwrap();
    conn.execute("DELETE FROM mentions WHERE event_id = (SELECT min(id) FROM events)", []).unwrap();
    drop(conn);
    let out = geotimeline(&db, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains(": 1 events without a report"), "{}", stdout(&out));
}

/// `edit --places` and `--actors` replace an event's places and actors; an
/// unknown place is refused with exit 2 and nothing changed; `places` and
/// `actors` look names up in the knowledge base.
#[test]
fn places_and_actors_are_corrected_looked_up_and_undone() {
    use geotimeline_core::model::{ActorKind, EventId};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    assert!(geotimeline(&db, &["ingest", "--manifest", sample_manifest().to_str().unwrap()]).status.success());
    let events = stdout(&geotimeline(&db, &["events"]));
    let line = events.lines().find(|l| l.contains("Hanoi")).unwrap_or_else(|| panic!("{events}"));
    let id: i64 = line.split_whitespace().next().unwrap().parse().unwrap();
    let read = || {
        let store = geotimeline_core::Store::open(&db).unwrap();
        let e = store.get_event(EventId(id)).unwrap();
        (e.places.iter().map(|p| p.name.clone()).collect::<Vec<_>>(), e.actors.iter().map(|a| (a.name.clone(), a.kind)).collect::<Vec<_>>())
    };
    let before = read();

    let looked_up = geotimeline(&db, &["places", "moscou"]);
    assert!(looked_up.status.success());
    assert!(stdout(&looked_up).starts_with("Moscou\tMoscow\tcity\tRU\n"), "{}", stdout(&looked_up));
    let actors = stdout(&geotimeline(&db, &["actors", "poutine", "--limit", "1"]));
    assert_eq!(actors, "Vladimir Putin:person\tVladimir Poutine\n");

    let edited = geotimeline(&db, &["edit", &id.to_string(), "--places", "Moscou,Hanoï", "--actors", "Poutine,Viêt Nam:state,Jean Dupont"]);
    assert!(edited.status.success(), "{}", stderr(&edited));
    let expected = (
        vec!["Moscow".to_string(), "Hanoi".to_string()],
        vec![
            ("Vladimir Putin".to_string(), ActorKind::Person),
            ("Vietnam".to_string(), ActorKind::State),
            ("Jean Dupont".to_string(), ActorKind::Person),
        ],
    );
    assert_eq!(read(), expected);

    let unknown = geotimeline(&db, &["edit", &id.to_string(), "--places", "Paris,Atlantide", "--title", "x"]);
    assert_eq!(unknown.status.code(), Some(2), "{}", stderr(&unknown));
    assert!(stderr(&unknown).contains("no place of the knowledge base is named \"Atlantide\""), "{}", stderr(&unknown));
    let bad_kind = geotimeline(&db, &["edit", &id.to_string(), "--actors", "Poutine:king"]);
    assert_eq!(bad_kind.status.code(), Some(2), "{}", stderr(&bad_kind));
    assert!(stderr(&bad_kind).contains("\"king\" is not a kind of actor (person, state, organisation)"), "{}", stderr(&bad_kind));
    assert_eq!(read(), expected, "a refused edit changes nothing");
    let store = geotimeline_core::Store::open(&db).unwrap();
    assert_ne!(store.get_event(EventId(id)).unwrap().title, "x");
    drop(store);

    assert!(geotimeline(&db, &["reextract"]).status.success());
    assert_eq!(read(), expected, "extracting again keeps them");
    assert!(geotimeline(&db, &["undo"]).status.success());
    assert_eq!(read(), before);
    assert!(geotimeline(&db, &["redo"]).status.success());
    assert_eq!(read(), expected);
    let cleared = geotimeline(&db, &["edit", &id.to_string(), "--places", "", "--actors", ""]);
    assert!(cleared.status.success(), "{}", stderr(&cleared));
    assert_eq!(read(), (vec![], vec![]));
}

/// `add-place` adds a place the knowledge base lacks to the workspace (one edit
/// of the history, undone and redone), refusing a bad one with exit 2, the
/// window's reason and nothing changed; `places` then finds it, marked as added,
/// and a lookup without a workspace creates none.
#[test]
fn a_place_is_added_to_the_workspace_found_and_undone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    assert!(geotimeline(&db, &["ingest", "--manifest", sample_manifest().to_str().unwrap()]).status.success());
    let history = || stdout(&geotimeline(&db, &["history"])).lines().filter(|l| !l.starts_with("no edits")).count();
    let edits = history();

    let refusals: [(&[&str], &str); 5] = [
        (
            &["add-place", "Diamniadio", "--lat", "95", "--lon", "-17.18"],
            "cannot add the place \"Diamniadio\": its latitude 95 is out of range",
        ),
        (
            &["add-place", "Diamniadio", "--lat", "14,72", "--lon", "est"],
            "cannot add the place \"Diamniadio\": its longitude \"est\" is not a number",
        ),
        (&["add-place", "Diamniadio", "--lat", "14.72", "--lon", "-17.18", "--country", "Wakanda"], "\"Wakanda\""),
        (&["add-place", "", "--lat", "14.72", "--lon", "-17.18"], "a place needs a name"),
        (&["add-place", "hanoi", "--lat", "21", "--lon", "105"], "the knowledge base already knows it as \"Hanoï\""),
    ];
    for (args, says) in refusals {
        let out = geotimeline(&db, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
    }
    assert_eq!(history(), edits, "a refusal changes nothing");
    assert_eq!(stdout(&geotimeline(&db, &["places", "diamn"])), "");

    let added = geotimeline(&db, &["add-place", "Diamniadio", "--lat", "14,7236", "--lon", "17.1836 W", "--country", "Sénégal"]);
    assert!(added.status.success(), "{}", stderr(&added));
    assert_eq!(stdout(&added), "Diamniadio\tDiamniadio\tcity\tSN\tadded to this workspace\n");
    assert_eq!(history(), edits + 1);
    assert!(stdout(&geotimeline(&db, &["history"])).lines().next().unwrap().contains("Diamniadio"));
    assert_eq!(stdout(&geotimeline(&db, &["places", "diamn"])), "Diamniadio\tDiamniadio\tcity\tSN\tadded to this workspace\n");
    // The knowledge base's places are listed as before, unmarked.
    assert!(stdout(&geotimeline(&db, &["places", "moscou"])).starts_with("Moscou\tMoscow\tcity\tRU\n"));
    // Added twice: refused.
    let again = geotimeline(&db, &["add-place", "diamniadio", "--lat", "14.7", "--lon", "-17.2"]);
    assert_eq!(again.status.code(), Some(2), "{}", stderr(&again));
    assert!(stderr(&again).contains("Diamniadio"), "{}", stderr(&again));
    // An event may name it now.
    let events = stdout(&geotimeline(&db, &["events"]));
    let id = events.lines().find(|l| l.contains("Hanoi")).unwrap().split_whitespace().next().unwrap().to_string();
    assert!(geotimeline(&db, &["edit", &id, "--places", "Diamniadio"]).status.success());
    assert!(geotimeline(&db, &["undo"]).status.success());

    assert!(geotimeline(&db, &["undo"]).status.success());
    assert_eq!(stdout(&geotimeline(&db, &["places", "diamn"])), "", "undone");
    assert!(geotimeline(&db, &["redo"]).status.success());
    assert!(stdout(&geotimeline(&db, &["places", "diamn"])).contains("added to this workspace"));

    // Without a workspace: the knowledge base alone, and no file created.
    let none = dir.path().join("none.sqlite");
    assert!(stdout(&geotimeline(&none, &["places", "moscou"])).starts_with("Moscou\tMoscow\tcity\tRU\n"));
    assert!(!none.exists());
}

/// `import-workspace`: another workspace's articles and corrected events come in,
/// a second run finds them all present; a damaged or newer file is refused with
/// a sentence naming it (exit 1), a missing one is a usage error (exit 2), and
/// the workspace is left as it was.
#[test]
fn another_workspace_is_imported_with_its_corrections() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.geotimeline");
    assert!(geotimeline(&other, &["ingest", "--manifest", sample_manifest().to_str().unwrap()]).status.success());
    let events = stdout(&geotimeline(&other, &["events"]));
    let id = events.lines().find(|l| l.contains("Hanoi")).unwrap().split_whitespace().next().unwrap().to_string();
    assert!(geotimeline(&other, &["edit", &id, "--title", "Poutine à Hanoï (corrigé)"]).status.success());
    let other_bytes = std::fs::read(&other).unwrap();

    let db = dir.path().join("here.geotimeline");
    let out = geotimeline(&db, &["import-workspace", other.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let added = events.lines().count() - 1;
    assert!(
        text.starts_with(&format!("5 articles imported from {}, 0 already present; {added} new events (1 as corrected in other.geotimeline), 0 existing events with new reports", other.display())),
        "{text}"
    );
    let here = stdout(&geotimeline(&db, &["events"]));
    assert!(here.contains("Poutine à Hanoï (corrigé)"), "{here}");
    assert_eq!(here.lines().count(), events.lines().count());
    assert!(std::fs::read(&other).unwrap() == other_bytes, "the other workspace is only read");

    let again = geotimeline(&db, &["import-workspace", other.to_str().unwrap()]);
    assert!(stdout(&again).starts_with("0 articles imported from"), "{}", stdout(&again));
    assert!(stdout(&again).contains("5 already present; 0 new events"), "{}", stdout(&again));

    let newer = dir.path().join("newer.geotimeline");
    std::fs::copy(&other, &newer).unwrap();
    geotimeline_core::store::raw_connection(&newer).unwrap().pragma_update(None, "user_version", 999).unwrap();
    let damaged = dir.path().join("damaged.geotimeline");
    std::fs::write(&damaged, &other_bytes[..other_bytes.len() - 1000]).unwrap();
    for (path, says) in [(&newer, "was written by a newer GeoTimeline"), (&damaged, "is damaged and cannot be opened")] {
        let out = geotimeline(&db, &["import-workspace", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains(&format!("{} {says}", path.display())), "{}", stderr(&out));
    }
    let missing = geotimeline(&db, &["import-workspace", dir.path().join("missing.geotimeline").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(2), "{}", stderr(&missing));
    assert!(stderr(&missing).contains("missing.geotimeline does not exist"), "{}", stderr(&missing));
    assert_eq!(stdout(&geotimeline(&db, &["events"])), here);
}
