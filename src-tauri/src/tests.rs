//! Command tests through Tauri's mock runtime, the bindings freshness check and
//! the capability check.

use super::*;
use geotimeline_core::Store;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;

type MockApp = (tauri::App<tauri::test::MockRuntime>, tauri::WebviewWindow<tauri::test::MockRuntime>);

fn app_with_sample() -> MockApp {
    app_with_picker(FilePicker::new(|| None))
}

fn app_with_picker(picker: FilePicker) -> MockApp {
    app_with(picker, FileSaver::new(|_, _| None))
}

fn app_with(picker: FilePicker, saver: FileSaver) -> MockApp {
    app_with_imports(picker, saver, Imports::default())
}

fn app_with_imports(picker: FilePicker, saver: FileSaver, imports: Imports) -> MockApp {
    let mut store = Store::open_in_memory().unwrap();
    geotimeline_core::workspace::import_sample(&mut store).unwrap();
    let app = configure(mock_builder())
        .manage(Workspace::new(store, ":memory:".into()))
        .manage(picker)
        .manage(saver)
        .manage(imports)
        .build(tauri::generate_context!())
        .expect("mock app");
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("webview");
    (app, webview)
}

fn invoke(webview: &tauri::WebviewWindow<tauri::test::MockRuntime>, cmd: &str, body: Value) -> Result<Value, Value> {
    get_ipc_response(
        webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: tauri::ipc::CallbackFn(0),
            error: tauri::ipc::CallbackFn(1),
            // The platform's local origin (tauri://localhost on Linux and macOS).
            url: if cfg!(windows) { "http://tauri.localhost" } else { "tauri://localhost" }.parse().unwrap(),
            body: tauri::ipc::InvokeBody::from(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|r| r.deserialize::<Value>().unwrap())
}

fn all() -> Value {
    json!({ "filter": { "from": null, "to": null, "types": [], "query": null } })
}

#[test]
fn day_and_place_counts_answer_in_columns() {
    let (_app, webview) = app_with_sample();
    let listed = invoke(&webview, "list_events", all()).unwrap().as_array().unwrap().len();
    let mut body = all();
    body["lanes"] = json!("type");
    let counts = invoke(&webview, "day_counts", body).unwrap();
    assert_eq!(counts["total"], json!(listed));
    let rows = counts["day"].as_array().unwrap().len();
    for column in ["types", "lane_set", "count"] {
        assert_eq!(counts[column].as_array().unwrap().len(), rows, "{column}");
    }
    let summed: u64 = counts["count"].as_array().unwrap().iter().map(|n| n.as_u64().unwrap()).sum();
    assert_eq!(summed as usize, listed, "by type, each event once");
    let places = invoke(&webview, "place_counts", all()).unwrap();
    let hanoi = places["name"].as_array().unwrap().iter().position(|n| n == "Hanoi").expect("Hanoi");
    assert_eq!(places["name_fr"][hanoi], json!("Hanoï"));
    assert!(places["count"][hanoi].as_u64().unwrap() >= 3);
}

#[test]
fn a_search_still_waiting_for_the_store_is_replaced_by_a_newer_one() {
    let (app, webview) = app_with_sample();
    let searches = app.state::<state::Searches>().inner().clone();
    let workspace = app.state::<Workspace>().inner().clone();
    // The store held (as by a long command) while two searches are asked one after the other.
    let (release, released) = std::sync::mpsc::channel::<()>();
    let (held, is_held) = std::sync::mpsc::channel::<()>();
    let holder = std::thread::spawn(move || {
        tauri::async_runtime::block_on(workspace.with_store_lock(move |store| {
            let _guard = store.lock().unwrap();
            held.send(()).unwrap();
            released.recv().unwrap();
            Ok(())
        }))
        .unwrap()
    });
    is_held.recv().unwrap();
    let search = |word: &str| {
        let webview = webview.clone();
        let body = json!({ "filter": { "from": null, "to": null, "types": [], "query": word }, "lanes": "none" });
        std::thread::spawn(move || invoke(&webview, "day_counts", body))
    };
    let wait_for = |issued: u64| {
        while searches.day_counts.issued() < issued {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    };
    let older = search("Poutine");
    wait_for(1);
    let newer = search("Hanoï");
    wait_for(2);
    release.send(()).unwrap();
    holder.join().unwrap();
    let older = older.join().unwrap().expect_err("the older search is replaced");
    assert_eq!(older["kind"], "Superseded", "{older}");
    let newer = newer.join().unwrap().expect("the newer search answers");
    assert!(newer["total"].as_u64().unwrap() > 0, "{newer}");
}

#[test]
fn list_events_returns_the_sample_timeline() {
    let (_app, webview) = app_with_sample();
    let events = invoke(&webview, "list_events", all()).unwrap();
    let events = events.as_array().unwrap();
    assert!(events.len() >= 10, "{events:?}");
    let hanoi_visit = events.iter().find(|e| {
        e["type"] == "visit" && e["date"]["start"] == "2024-06-20" && e["places"].as_array().unwrap().iter().any(|p| p == "Hanoi")
    });
    assert!(hanoi_visit.is_some(), "no visit to Hanoi on 20 June in {events:?}");
}

#[test]
fn filters_reach_the_store() {
    let (_app, webview) = app_with_sample();
    let body = json!({ "filter": { "from": "2024-06-20", "to": "2024-06-20", "types": ["agreement"], "query": null } });
    let events = invoke(&webview, "list_events", body).unwrap();
    let events = events.as_array().unwrap();
    assert!(!events.is_empty());
    assert!(events.iter().all(|e| e["type"] == "agreement" && e["date"]["start"].as_str().unwrap() <= "2024-06-20"));
    let body = json!({ "filter": { "from": null, "to": null, "types": [], "query": "Pyongyang" } });
    let found = invoke(&webview, "list_events", body).unwrap();
    assert!(!found.as_array().unwrap().is_empty());
}

#[test]
fn get_event_returns_sources_with_their_articles() {
    let (_app, webview) = app_with_sample();
    let events = invoke(&webview, "list_events", all()).unwrap();
    let id = events[0]["id"].clone();
    let event = invoke(&webview, "get_event", json!({ "id": id })).unwrap();
    let sources = event["sources"].as_array().unwrap();
    assert!(!sources.is_empty());
    let article = invoke(&webview, "get_article", json!({ "id": sources[0]["article"] })).unwrap();
    assert!(article["text"].as_str().unwrap().contains(sources[0]["quote"].as_str().unwrap()));
}

#[test]
fn an_event_is_corrected_and_deleted_from_the_window() {
    let (_app, webview) = app_with_sample();
    let events = invoke(&webview, "list_events", all()).unwrap();
    let id = events[0]["id"].clone();
    let edit = json!({ "title": "Titre corrigé", "type": "meeting", "date": { "start": "2024-06-19", "end": "2024-06-20", "precision": "day" }, "planned": null });
    let event = invoke(&webview, "update_event", json!({ "id": id, "edit": edit })).unwrap();
    assert_eq!(event["title"], "Titre corrigé");
    assert_eq!(event["type"], "meeting");
    assert_eq!(event["edited"], json!(["title", "type", "date"]));
    let empty = json!({ "title": " ", "type": null, "date": null, "planned": null });
    let err = invoke(&webview, "update_event", json!({ "id": id, "edit": empty })).unwrap_err();
    assert_eq!(err["kind"], "Invalid", "{err}");
    invoke(&webview, "delete_event", json!({ "id": id })).unwrap();
    let after = invoke(&webview, "list_events", all()).unwrap();
    assert_eq!(after.as_array().unwrap().len(), events.as_array().unwrap().len() - 1);
    let gone = invoke(&webview, "delete_event", json!({ "id": id })).unwrap_err();
    assert_eq!(gone["kind"], "NotFound");
}

#[test]
fn places_and_actors_are_searched_corrected_and_undone_from_the_window() {
    let (_app, webview) = app_with_sample();
    let places = invoke(&webview, "search_places", json!({ "query": "moscou", "limit": 5 })).unwrap();
    assert_eq!(places[0]["name"], "Moscow");
    assert_eq!(places[0]["name_fr"], "Moscou");
    assert!(places.as_array().unwrap().len() <= 5);
    let actors = invoke(&webview, "suggest_actors", json!({ "query": "poutine", "limit": 3 })).unwrap();
    assert_eq!(actors[0], json!({ "name": "Vladimir Putin", "name_fr": "Vladimir Poutine", "kind": "person" }));

    let events = invoke(&webview, "list_events", all()).unwrap();
    let id = events[0]["id"].clone();
    let before = invoke(&webview, "get_event", json!({ "id": id })).unwrap();
    // The fields left out are not changed: the window sends only what it edits.
    let edit = json!({ "title": null, "type": null, "date": null, "planned": null,
        "places": ["Moscou", "Berlin"], "actors": [{ "name": "Poutine", "kind": "person" }, { "name": "Jean Dupont", "kind": "person" }] });
    let event = invoke(&webview, "update_event", json!({ "id": id, "edit": edit })).unwrap();
    let names = |e: &serde_json::Value, list: &str| e[list].as_array().unwrap().iter().map(|p| p["name"].clone()).collect::<Vec<_>>();
    assert_eq!(names(&event, "places"), [json!("Moscow"), json!("Berlin")]);
    assert_eq!(names(&event, "actors"), [json!("Vladimir Putin"), json!("Jean Dupont")]);
    // A title no one typed follows the new actors and places.
    assert!(event["title"].as_str().unwrap().contains("Vladimir Poutine"), "{}", event["title"]);

    let unknown = json!({ "title": null, "type": null, "date": null, "planned": null, "places": ["Atlantide"] });
    let err = invoke(&webview, "update_event", json!({ "id": id, "edit": unknown })).unwrap_err();
    assert_eq!(err["kind"], "Invalid", "{err}");
    assert!(err["message"].as_str().unwrap().contains("no place of the knowledge base is named \"Atlantide\""), "{err}");
    let blank = json!({ "title": null, "type": null, "date": null, "planned": null, "actors": [{ "name": "", "kind": "state" }] });
    assert_eq!(invoke(&webview, "update_event", json!({ "id": id, "edit": blank })).unwrap_err()["kind"], "Invalid");

    invoke(&webview, "undo", json!({})).unwrap();
    let undone = invoke(&webview, "get_event", json!({ "id": id })).unwrap();
    assert_eq!(names(&undone, "places"), names(&before, "places"));
    assert_eq!(names(&undone, "actors"), names(&before, "actors"));
    assert_eq!(undone["title"], before["title"]);
}

#[test]
fn a_place_the_knowledge_base_lacks_is_added_found_linked_and_undone_from_the_window() {
    let (_app, webview) = app_with_sample();
    let place = |lat: &str| json!({ "place": { "name": "Diamniadio", "latitude": lat, "longitude": "-17.1836", "country": "SN" } });
    let err = invoke(&webview, "add_place", place("95")).unwrap_err();
    assert_eq!(err["kind"], "Invalid", "{err}");
    assert_eq!(
        err["detail"],
        json!({ "code": "BadPlace", "name": "Diamniadio", "problem": { "reason": "LatitudeOutOfRange", "value": 95.0 } })
    );
    let err = invoke(&webview, "add_place", place("douze")).unwrap_err();
    assert_eq!(err["detail"]["problem"], json!({ "reason": "NotANumber", "axis": "latitude", "text": "douze" }));
    assert_eq!(invoke(&webview, "search_places", json!({ "query": "diamn", "limit": 5 })).unwrap(), json!([]));
    let added = invoke(&webview, "add_place", place("14,7236")).unwrap();
    assert_eq!((added["name"].clone(), added["lat"].clone(), added["country"].clone()), (json!("Diamniadio"), json!(14.7236), json!("SN")));
    let found = invoke(&webview, "search_places", json!({ "query": "diamn", "limit": 5 })).unwrap();
    assert_eq!(found, json!([added]));
    let countries = invoke(&webview, "list_countries", json!({})).unwrap();
    assert!(countries.as_array().unwrap().iter().any(|c| c["name_fr"] == "Sénégal" && c["country"] == "SN"));

    let id = invoke(&webview, "list_events", all()).unwrap()[0]["id"].clone();
    let edit = json!({ "title": null, "type": null, "date": null, "planned": null, "places": ["Diamniadio"] });
    let event = invoke(&webview, "update_event", json!({ "id": id, "edit": edit })).unwrap();
    assert_eq!(event["places"][0]["lon"], json!(-17.1836));
    let history = invoke(&webview, "history", json!({})).unwrap();
    assert_eq!(history[1]["summary"], "added place Diamniadio");
    invoke(&webview, "undo", json!({})).unwrap();
    invoke(&webview, "undo", json!({})).unwrap();
    assert_eq!(invoke(&webview, "search_places", json!({ "query": "diamn", "limit": 5 })).unwrap(), json!([]));
    invoke(&webview, "redo", json!({})).unwrap();
    assert_eq!(invoke(&webview, "search_places", json!({ "query": "diamn", "limit": 5 })).unwrap(), json!([added]));
}

#[test]
fn events_are_merged_split_added_verified_and_the_edits_undone_from_the_window() {
    let (_app, webview) = app_with_sample();
    let events = invoke(&webview, "list_events", all()).unwrap();
    let count = events.as_array().unwrap().len();
    let (a, b) = (events[0]["id"].clone(), events[1]["id"].clone());
    let merged = invoke(&webview, "merge_events", json!({ "ids": [a, b], "title": null })).unwrap();
    assert_eq!(merged["id"], a);
    assert_eq!(merged["edited"], json!(["sources"]));
    assert_eq!(invoke(&webview, "list_events", all()).unwrap().as_array().unwrap().len(), count - 1);
    let err = invoke(&webview, "merge_events", json!({ "ids": [a], "title": null })).unwrap_err();
    assert_eq!(err, json!({ "kind": "Invalid", "message": "invalid merge: give at least two different events to merge", "detail": null }));
    let history = invoke(&webview, "history", json!({})).unwrap();
    assert_eq!(history[0]["summary"], format!("merged events {a}, {b} into {a}"));
    let undone = invoke(&webview, "undo", json!({})).unwrap();
    assert_eq!(undone["undone"], true);
    assert_eq!(invoke(&webview, "list_events", all()).unwrap(), events);
    assert_eq!(invoke(&webview, "undo", json!({})).unwrap(), Value::Null, "nothing more to undo");
    invoke(&webview, "redo", json!({})).unwrap();
    assert_eq!(invoke(&webview, "list_events", all()).unwrap().as_array().unwrap().len(), count - 1);

    let sources = merged["sources"].as_array().unwrap();
    let article = sources[0]["article"].clone();
    if sources.iter().any(|s| s["article"] != article) {
        let split = invoke(&webview, "split_event", json!({ "id": a, "articles": [article] })).unwrap();
        assert!(split["sources"].as_array().unwrap().iter().all(|s| s["article"] == article));
    }
    let err = invoke(&webview, "split_event", json!({ "id": a, "articles": [99_999] })).unwrap_err();
    assert_eq!(err["kind"], "Invalid", "{err}");

    let text = invoke(&webview, "get_article", json!({ "id": article })).unwrap()["text"].as_str().unwrap().to_string();
    let quote: String = text.chars().take(30).collect();
    let new = json!({ "article": article, "quote": quote, "type": "statement", "date": { "start": "2024-06-20", "end": "2024-06-20", "precision": "day" }, "title": "Ajouté" });
    let added = invoke(&webview, "add_event", json!({ "event": new })).unwrap();
    assert_eq!((added["title"].as_str(), added["origin"].as_str()), (Some("Ajouté"), Some("manual")));
    let mut bad = new.clone();
    bad["quote"] = json!("pas dans le texte du tout");
    let err = invoke(&webview, "add_event", json!({ "event": bad })).unwrap_err();
    assert_eq!(err["kind"], "Invalid");
    assert!(err["message"].as_str().unwrap().contains("verbatim"), "{err}");

    let verified = invoke(&webview, "set_verified", json!({ "id": added["id"], "verified": true })).unwrap();
    assert_eq!(verified["verified"], true);
    let missing = invoke(&webview, "set_verified", json!({ "id": 999_999, "verified": true })).unwrap_err();
    assert_eq!(missing["kind"], "NotFound");
    let history = invoke(&webview, "history", json!({})).unwrap();
    assert_eq!(history[0]["summary"], format!("marked event {} verified", added["id"]));
    invoke(&webview, "undo", json!({})).unwrap();
    assert_eq!(invoke(&webview, "get_event", json!({ "id": added["id"] })).unwrap()["verified"], false);
}

/// The timeline's multi-selection sends every selected event at once: one edit, undone in one step.
#[test]
fn three_selected_events_are_merged_in_one_edit_and_one_undo_separates_them() {
    let (_app, webview) = app_with_sample();
    let events = invoke(&webview, "list_events", all()).unwrap();
    let count = events.as_array().unwrap().len();
    let ids: Vec<Value> = events.as_array().unwrap()[..3].iter().map(|e| e["id"].clone()).collect();
    let articles_of = |id: &Value| {
        let event = invoke(&webview, "get_event", json!({ "id": id })).unwrap();
        event["sources"].as_array().unwrap().iter().map(|s| s["article"].as_i64().unwrap()).collect::<BTreeSet<_>>()
    };
    let all_articles: BTreeSet<i64> = ids.iter().flat_map(&articles_of).collect();

    let merged = invoke(&webview, "merge_events", json!({ "ids": ids, "title": null })).unwrap();
    assert_eq!(merged["id"], ids[0], "the first selected event is kept");
    assert_eq!(articles_of(&ids[0]), all_articles, "the kept event has the sources of all three");
    assert_eq!(invoke(&webview, "list_events", all()).unwrap().as_array().unwrap().len(), count - 2);
    let history = invoke(&webview, "history", json!({})).unwrap();
    assert_eq!(history[0]["summary"], format!("merged events {}, {}, {} into {}", ids[0], ids[1], ids[2], ids[0]));

    invoke(&webview, "undo", json!({})).unwrap();
    assert_eq!(invoke(&webview, "list_events", all()).unwrap(), events, "one undo brings the three events back");

    // An event gone meanwhile (deleted elsewhere): a typed error, and nothing merged.
    let err = invoke(&webview, "merge_events", json!({ "ids": [ids[0], ids[1], 999_999], "title": null })).unwrap_err();
    assert_eq!(err["kind"], "NotFound", "{err}");
    assert_eq!(invoke(&webview, "list_events", all()).unwrap(), events);
}

#[test]
fn a_missing_event_is_a_typed_error() {
    let (_app, webview) = app_with_sample();
    let err = invoke(&webview, "get_event", json!({ "id": 999_999 })).unwrap_err();
    assert_eq!(
        err,
        json!({
            "kind": "NotFound",
            "message": "event 999999 does not exist",
            "detail": { "code": "NotFound", "what": "event", "id": 999_999.0 }
        })
    );
}

#[test]
fn dropped_paths_are_previewed_then_imported_with_the_reviewed_metadata() {
    let (_app, webview) = app_with_sample();
    let err = invoke(&webview, "preview_import", json!({ "paths": ["relative.txt"] })).unwrap_err();
    assert_eq!(err["kind"], "Invalid");

    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("sommet.txt");
    std::fs::write(&good, "Sommet à Paris\n\nLe 3 mars 2025, Emmanuel Macron a rencontré Olaf Scholz à Paris.").unwrap();
    let empty = dir.path().join("vide.txt");
    std::fs::write(&empty, "").unwrap();
    let preview = invoke(&webview, "preview_import", json!({ "paths": [dir.path()] })).unwrap();
    let files = preview["files"].as_array().unwrap();
    assert_eq!(files.len(), 2, "{preview}");
    assert_eq!(files[0]["file_name"], "sommet.txt");
    assert_eq!(files[0]["language"], "fr");
    assert_eq!(files[0]["published"], Value::Null);
    assert_eq!(files[0]["inferred_published"], "2025-03-03");
    assert_eq!(files[0]["already_stored"], false);
    assert_eq!(files[1]["problem"], format!("{}: the file is empty", empty.display()));
    assert_eq!(files[1]["reason"], json!({ "kind": "Ingest", "problem": { "reason": "Empty" } }));
    assert_eq!(files[0]["reason"], Value::Null);
    let info = invoke(&webview, "workspace_info", json!({})).unwrap();
    assert_eq!(info["article_count"], 5, "a preview stores nothing");

    let bad_date = json!({ "files": [{ "path": good, "title": null, "outlet": null, "language": "fr", "published": "3 mars" }], "manifests": [], "onProgress": CHANNEL });
    assert_eq!(invoke(&webview, "import_reviewed", bad_date).unwrap_err()["kind"], "Invalid");
    let bad_language = json!({ "files": [{ "path": good, "title": null, "outlet": null, "language": "de", "published": "2025-03-04" }], "manifests": [], "onProgress": CHANNEL });
    assert_eq!(invoke(&webview, "import_reviewed", bad_language).unwrap_err()["kind"], "Invalid");

    let reviewed = json!({ "files": [{ "path": good, "title": "Macron et Scholz", "outlet": " Le Monde ", "language": "fr", "published": "2025-03-04" }], "manifests": [], "onProgress": CHANNEL });
    let report = invoke(&webview, "import_reviewed", reviewed).unwrap();
    assert_eq!(report["imported"].as_array().unwrap().len(), 1, "{report}");
    assert_eq!(report["imported"][0]["title"], "Macron et Scholz");
    assert_eq!(report["imported"][0]["outlet"], "Le Monde");
    assert_eq!(report["imported"][0]["published"], "2025-03-04");
    assert_eq!(report["events_added"], 1);
    let info = invoke(&webview, "workspace_info", json!({})).unwrap();
    assert_eq!(info["article_count"], 6);
    let again = invoke(&webview, "preview_import", json!({ "paths": [good] })).unwrap();
    assert_eq!(again["files"][0]["already_stored"], true);
}

/// A channel argument as the window sends it (its messages go nowhere in the mock runtime).
const CHANNEL: &str = "__CHANNEL__:7";

/// `n` small French reports, each of a visit on its own day.
fn reports(dir: &std::path::Path, n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            let path = dir.join(format!("visite-{i:02}.txt"));
            let body = format!("Visite à Rome\n\nLe président français Emmanuel Macron est arrivé le {} mai 2024 à Rome.", i + 1);
            std::fs::write(&path, body).unwrap();
            json!({ "path": path, "title": null, "outlet": null, "language": "fr", "published": "2024-06-01" })
        })
        .collect()
}

#[test]
fn an_import_goes_file_by_file_and_a_second_one_is_refused_while_it_runs() {
    let imports = Imports::new(std::time::Duration::from_millis(150));
    let (_app, webview) = app_with_imports(FilePicker::new(|| None), FileSaver::new(|_, _| None), imports);
    assert_eq!(invoke(&webview, "cancel_import", json!({})).unwrap(), json!(false), "no import runs");
    let dir = tempfile::tempdir().unwrap();
    let files = reports(dir.path(), 12);
    let body = json!({ "files": files, "manifests": [], "onProgress": CHANNEL });
    let first = {
        let (webview, body) = (webview.clone(), body.clone());
        std::thread::spawn(move || invoke(&webview, "import_reviewed", body))
    };
    std::thread::sleep(std::time::Duration::from_millis(400));
    let refused = invoke(&webview, "import_reviewed", body).unwrap_err();
    assert_eq!(refused["kind"], "Busy", "{refused}");
    assert!(refused["message"].as_str().unwrap().contains("already running"), "{refused}");
    // The window reads the workspace between files.
    let info = invoke(&webview, "workspace_info", json!({})).unwrap();
    assert!(info["article_count"].as_u64().unwrap() >= 5);
    assert_eq!(invoke(&webview, "cancel_import", json!({})).unwrap(), json!(true));
    let report = first.join().unwrap().unwrap();
    let imported = report["imported"].as_array().unwrap().len();
    let cancelled = report["cancelled"].as_array().unwrap().len();
    assert!(imported >= 1 && cancelled >= 1, "{report}");
    assert_eq!(imported + cancelled, 12, "{report}");
    let info = invoke(&webview, "workspace_info", json!({})).unwrap();
    assert_eq!(info["article_count"], json!(5 + imported), "exactly the files reported imported");

    // Once it has ended, the next import runs: the rest go in, the imported ones are skipped.
    let rest = json!({ "files": reports(dir.path(), 12), "manifests": [], "onProgress": CHANNEL });
    let report = invoke(&webview, "import_reviewed", rest).unwrap();
    assert_eq!(report["imported"].as_array().unwrap().len(), cancelled, "{report}");
    assert_eq!(report["duplicates"].as_array().unwrap().len(), imported, "{report}");
    assert_eq!(report["cancelled"], json!([]));
}

#[test]
fn the_file_dialog_returns_the_picked_paths_for_the_review() {
    let (_app, webview) = app_with_sample();
    assert_eq!(invoke(&webview, "pick_import_files", json!({})).unwrap(), json!([]), "closed: nothing picked");

    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        "<html lang=\"fr\"><head><meta property=\"og:site_name\" content=\"Le Quotidien\">\
         <meta property=\"article:published_time\" content=\"2025-02-11T09:00:00Z\"><title>Sommet</title></head>\
         <body><article><p>Le président français Emmanuel Macron a rencontré mardi le chancelier Olaf Scholz à Berlin \
         pour préparer le sommet européen de mars, ont annoncé leurs services.</p></article></body></html>",
    )
    .unwrap();
    let picked = page.clone();
    let (_app, webview) = app_with_picker(FilePicker::new(move || Some(vec![picked.clone()])));
    let paths = invoke(&webview, "pick_import_files", json!({})).unwrap();
    assert_eq!(paths, json!([page.display().to_string()]));
    let preview = invoke(&webview, "preview_import", json!({ "paths": paths })).unwrap();
    assert_eq!(preview["files"][0]["outlet"], "Le Quotidien", "{preview}");
    assert_eq!(preview["files"][0]["published"], "2025-02-11");
    assert_eq!(preview["files"][0]["inferred_published"], Value::Null);
    let info = invoke(&webview, "workspace_info", json!({})).unwrap();
    assert_eq!(info["article_count"], 5, "nothing imported before the review");
}

#[test]
fn the_folder_dialog_returns_the_folder_whose_articles_and_pdfs_are_reviewed() {
    let (_app, webview) = app_with_sample();
    assert_eq!(invoke(&webview, "pick_import_folder", json!({})).unwrap(), json!([]), "closed: nothing picked");

    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("dossier");
    std::fs::create_dir_all(folder.join("sous")).unwrap();
    std::fs::write(folder.join("a.txt"), "Le 11 février 2025, le président est arrivé à Berlin.").unwrap();
    std::fs::write(folder.join("sous/scan.pdf"), b"%PDF-1.4\n%%EOF\n").unwrap();
    std::fs::write(folder.join("photo.png"), b"\x89PNG").unwrap();
    let picked = folder.clone();
    let (_app, webview) = app_with_picker(FilePicker::new(move || Some(vec![picked.clone()])));
    let paths = invoke(&webview, "pick_import_folder", json!({})).unwrap();
    assert_eq!(paths, json!([folder.display().to_string()]));
    let preview = invoke(&webview, "preview_import", json!({ "paths": paths })).unwrap();
    let names: Vec<_> = preview["files"].as_array().unwrap().iter().map(|f| f["file_name"].as_str().unwrap().to_string()).collect();
    assert_eq!(names, ["a.txt", "scan.pdf"]);
    let problem = preview["files"][1]["problem"].as_str().unwrap();
    assert!(problem.contains("the PDF cannot be read"), "{problem}");
}

#[test]
fn a_pasted_article_is_previewed_then_imported_as_reviewed() {
    let (_app, webview) = app_with_sample();
    let html = "<p>Le président français Emmanuel Macron a rencontré mardi 11 février 2025 le chancelier Olaf Scholz à Berlin.</p>";
    let pasted = json!({ "text": html, "html": false });
    let row = invoke(&webview, "preview_paste", json!({ "pasted": pasted })).unwrap();
    assert_eq!(row["file_name"], "pasted.html", "markup is read as HTML: {row}");
    assert_eq!(row["inferred_published"], "2025-02-11");
    assert_eq!(row["problem"], Value::Null);
    let info = invoke(&webview, "workspace_info", json!({})).unwrap();
    assert_eq!(info["article_count"], 5, "nothing imported before the review");

    let empty = invoke(&webview, "preview_paste", json!({ "pasted": { "text": " \n", "html": true } })).unwrap_err();
    assert_eq!(empty["kind"], "Invalid");
    assert_eq!(empty["message"], "invalid paste: nothing was pasted: the text is empty");

    let review = |published: &str| json!({ "path": "pasted.html", "title": "Macron à Berlin", "outlet": " ", "language": "fr", "published": published });
    let bad = invoke(&webview, "import_pasted", json!({ "pasted": pasted, "review": review("11/02/2025") })).unwrap_err();
    assert_eq!(bad["kind"], "Invalid");
    let report = invoke(&webview, "import_pasted", json!({ "pasted": pasted, "review": review("2025-02-11") })).unwrap();
    assert_eq!(report["imported"][0]["title"], "Macron à Berlin", "{report}");
    assert_eq!(report["imported"][0]["outlet"], Value::Null);
    assert_eq!(report["events_added"], 1, "{report}");
    let info = invoke(&webview, "workspace_info", json!({})).unwrap();
    assert_eq!(info["article_count"], 6);
}

#[test]
fn a_workspace_that_cannot_open_is_explained_to_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite");
    drop(Store::open(&path).unwrap());
    rusqlite_for_tests::set_user_version(&path, 42);
    let app = configure(mock_builder())
        .manage(open_workspace(path.clone()))
        .manage(FilePicker::new(|| None))
        .build(tauri::generate_context!())
        .expect("mock app");
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    let err = invoke(&webview, "list_events", all()).unwrap_err();
    assert_eq!(err["kind"], "Storage");
    assert!(err["message"].as_str().unwrap().contains("newer GeoTimeline"), "{err}");
    // The file is left as it was.
    assert_eq!(rusqlite_for_tests::user_version(&path), 42);
}

#[test]
fn a_first_start_prepares_the_sample_while_the_window_waits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data/workspace.sqlite");
    let preparing = dir.path().join("data/workspace.sqlite.preparing");
    // What a first start interrupted while copying the sample left.
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&preparing, b"half an import").unwrap();
    let workspace = open_workspace_in_background(path.clone());
    let app = configure(mock_builder())
        .manage(workspace.clone())
        .manage(FilePicker::new(|| None))
        .build(tauri::generate_context!())
        .expect("mock app");
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    // Answered at once, while the sample is imported (or just after).
    let status = invoke(&webview, "workspace_status", json!({})).unwrap();
    assert!(status == json!("preparing_sample") || status == json!("ready"), "{status}");
    // The other commands wait for the workspace, then answer from the sample.
    let events = invoke(&webview, "list_events", all()).unwrap();
    assert!(events.as_array().unwrap().len() >= 10, "{events}");
    assert_eq!(invoke(&webview, "workspace_status", json!({})).unwrap(), json!("ready"));
    let info = invoke(&webview, "workspace_info", json!({})).unwrap();
    assert_eq!(info["article_count"], json!(5), "{info}");
    assert_eq!(info["db_path"], json!(path.display().to_string()));
    assert!(path.exists() && !preparing.exists());
    drop(webview);
    drop(app);
    drop(workspace);
    // The next start opens that workspace as it is: no second sample.
    let again = open_workspace_in_background(path.clone());
    assert_ne!(again.status(), WorkspaceStatus::PreparingSample);
    let counts = tauri::async_runtime::block_on(again.with_store(|s| Ok(s.counts()?))).unwrap();
    assert_eq!(counts.0, 5);
}

/// Everything a window reads of a workspace: events with their sources and quotes,
/// places, articles with their text and mentions, the edit history.
fn contents(store: &Store) -> Value {
    let articles = store.list_articles().unwrap();
    json!({
        "events": store.events(&geotimeline_core::EventFilter::default()).unwrap(),
        "summaries": store.list_events(&geotimeline_core::EventFilter::default()).unwrap(),
        "places": store.list_places().unwrap(),
        "articles": articles.iter().map(|a| store.get_article(a.id).unwrap()).collect::<Vec<_>>(),
        "mentions": articles.iter().map(|a| store.article_mentions(a.id).unwrap()).collect::<Vec<_>>(),
        "history": store.history().unwrap(),
        "counts": store.counts().unwrap(),
    })
}

#[test]
fn the_prepared_sample_holds_what_importing_the_sample_gives() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workspace.sqlite");
    let prepared = crate::state::open_store(&path).unwrap();
    // The sample's manifest and articles (crates/geotimeline-core/sample/seeds), imported now.
    let mut imported = Store::open_in_memory().unwrap();
    geotimeline_core::workspace::import_sample(&mut imported).unwrap();
    let (prepared, imported) = (contents(&prepared), contents(&imported));
    assert!(prepared["events"].as_array().unwrap().len() >= 10, "{prepared}");
    assert_eq!(prepared, imported);
}

#[test]
fn a_workspace_that_cannot_open_in_the_background_is_explained_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite");
    drop(Store::open(&path).unwrap());
    rusqlite_for_tests::set_user_version(&path, 42);
    let workspace = open_workspace_in_background(path.clone());
    let err = tauri::async_runtime::block_on(workspace.with_store(|s| Ok(s.counts()?))).unwrap_err();
    assert!(err.to_string().contains("newer GeoTimeline"), "{err}");
    assert_eq!(workspace.status(), WorkspaceStatus::Unavailable);
    assert_eq!(rusqlite_for_tests::user_version(&path), 42);
}

/// Raw access to a workspace file, to fake one written by a newer version.
mod rusqlite_for_tests {
    use std::path::Path;

    pub fn set_user_version(path: &Path, version: i64) {
        let conn = geotimeline_core::store::raw_connection(path).unwrap();
        conn.pragma_update(None, "user_version", version).unwrap();
    }

    pub fn user_version(path: &Path) -> i64 {
        let conn = geotimeline_core::store::raw_connection(path).unwrap();
        conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap()
    }
}

#[test]
fn bindings_are_fresh() {
    let tmp = std::env::temp_dir().join(format!("geotimeline-bindings-{}.ts", std::process::id()));
    specta_builder::<tauri::Wry>().export(specta_typescript::Typescript::default(), &tmp).expect("export bindings");
    let fresh = std::fs::read_to_string(&tmp).unwrap();
    let _ = std::fs::remove_file(&tmp);
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(BINDINGS_PATH, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(BINDINGS_PATH).unwrap_or_default();
    assert!(committed == fresh, "ui/src/bindings.ts is stale: run `UPDATE_BINDINGS=1 cargo test bindings_are_fresh`");
}

#[test]
fn the_window_has_exactly_the_main_capability() {
    // tauri-build writes the capabilities it found; an empty set would ship a window that can call nothing.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/gen/schemas/capabilities.json");
    let caps: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("tauri-build wrote capabilities")).unwrap();
    let caps = caps.as_object().unwrap();
    assert_eq!(caps.keys().collect::<Vec<_>>(), ["main"]);
    let permissions = caps["main"]["permissions"].as_array().unwrap();
    assert_eq!(permissions, &[json!("core:default")]);
    assert!(!permissions.iter().any(|p| p.as_str().unwrap().starts_with("fs:")));
}

#[test]
fn the_configuration_keeps_the_webview_closed() {
    // Article text comes from the web: the window may load and run nothing but its own code.
    let root = env!("CARGO_MANIFEST_DIR");
    let conf: Value = serde_json::from_str(&std::fs::read_to_string(format!("{root}/tauri.conf.json")).unwrap()).unwrap();
    let security = &conf["app"]["security"];
    let csp = security["csp"].as_object().expect("a content security policy, by directive");
    assert_eq!(csp["default-src"], json!("'self'"));
    assert_eq!(csp["object-src"], json!("'none'"));
    assert!(!csp.contains_key("script-src"), "scripts fall back to default-src 'self'");
    for (directive, sources) in csp {
        for source in sources.as_str().unwrap().split_whitespace() {
            assert!(source != "'unsafe-eval'", "{directive}: {source}");
            let remote = ["http:", "https:", "ws:", "wss:", "*"].iter().any(|scheme| source.starts_with(scheme));
            assert!(!remote || source == "http://ipc.localhost", "{directive} allows a remote origin: {source}");
        }
    }
    assert_eq!(security["assetProtocol"]["enable"], json!(false));
    assert_eq!(conf["app"]["withGlobalTauri"], json!(false));
    assert!(!conf["build"]["frontendDist"].as_str().unwrap().contains("://"), "the window's pages are bundled, not remote");
    // No plugin that would hand the page the file system or a shell.
    let manifest = std::fs::read_to_string(format!("{root}/Cargo.toml")).unwrap();
    for plugin in ["tauri-plugin-fs", "tauri-plugin-shell", "tauri-plugin-http"] {
        assert!(!manifest.contains(plugin), "{plugin} is a dependency");
    }
}

fn june_view() -> Value {
    json!({ "from": "2024-06-18", "to": "2024-06-21", "types": [], "query": null, "lanes": "type", "highlighted": [], "width": 1280,
            "theme": "light", "lang": "fr", "title": "Juin 2024", "subtitle": null, "map": "beside" })
}

#[test]
fn export_view_saves_where_the_user_chose() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("chronologie");
    let suggested = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let seen = suggested.clone();
    let chosen = target.clone();
    let (_app, webview) = app_with(
        FilePicker::new(|| None),
        FileSaver::new(move |name, _| {
            *seen.lock().unwrap() = name.to_string();
            Some(chosen.clone())
        }),
    );
    let outcome = invoke(&webview, "export_view", json!({ "view": june_view(), "format": "png", "scale": 2.0 })).unwrap();
    assert_eq!(outcome["cancelled"], false);
    // The extension the user left out is added.
    let written = dir.path().join("chronologie.png");
    assert_eq!(outcome["path"], written.display().to_string());
    let png = std::fs::read(&written).unwrap();
    assert!(png.starts_with(b"\x89PNG"));
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 2560, "1280 px at 2x");
    assert_eq!(*suggested.lock().unwrap(), "geotimeline-2024-06-18_2024-06-21.png");

    let outcome = invoke(&webview, "export_view", json!({ "view": june_view(), "format": "geojson", "scale": 1.0 })).unwrap();
    let geojson: Value = serde_json::from_str(&std::fs::read_to_string(outcome["path"].as_str().unwrap()).unwrap()).unwrap();
    assert_eq!(geojson["type"], "FeatureCollection");
}

#[test]
fn a_cancelled_or_impossible_export_writes_nothing_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, webview) = app_with_sample();
    let outcome = invoke(&webview, "export_view", json!({ "view": june_view(), "format": "pdf", "scale": 1.0 })).unwrap();
    assert_eq!(outcome["cancelled"], true);
    let err = invoke(&webview, "export_view", json!({ "view": june_view(), "format": "png", "scale": 9.0 })).unwrap_err();
    assert_eq!(err["kind"], "Invalid");
    let missing = dir.path().join("gone/x.svg");
    let (_app, webview) = app_with(FilePicker::new(|| None), FileSaver::new(move |_, _| Some(missing.clone())));
    let err = invoke(&webview, "export_view", json!({ "view": june_view(), "format": "svg", "scale": 1.0 })).unwrap_err();
    assert_eq!(err["kind"], "Export");
    assert!(err["message"].as_str().unwrap().contains("gone"), "{err}");
}

#[test]
fn list_places_gives_the_map_its_coordinates_and_summaries_their_countries_and_actors() {
    let (_app, webview) = app_with_sample();
    let places = invoke(&webview, "list_places", json!({})).unwrap();
    let hanoi = places.as_array().unwrap().iter().find(|p| p["name"] == "Hanoi").expect("Hanoi is a place of the sample");
    assert_eq!(hanoi["name_fr"], "Hanoï");
    assert!((hanoi["lat"].as_f64().unwrap() - 21.0).abs() < 0.5);
    let events = invoke(&webview, "list_events", all()).unwrap();
    let visit = events.as_array().unwrap().iter().find(|e| e["title"] == "Visite : Vladimir Poutine — Hanoï").unwrap();
    assert!(visit["countries"].as_array().unwrap().iter().any(|c| c == "VN"), "{visit}");
    assert!(visit["actors"].as_array().unwrap().iter().any(|a| a["name_fr"] == "Vladimir Poutine"), "{visit}");
}

/// Writes what the commands answer on the built-in sample to
/// target/browser-fixture.json: the browser tests (tests/browser/) replay it as
/// mocked IPC, so they run the real window on real data without the Rust side.
#[test]
fn writes_the_browser_test_fixture() {
    let (_app, webview) = app_with_sample();
    let events = invoke(&webview, "list_events", all()).unwrap();
    let details: serde_json::Map<String, Value> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["id"].to_string(), invoke(&webview, "get_event", json!({ "id": e["id"] })).unwrap()))
        .collect();
    let articles = invoke(&webview, "list_articles", json!({})).unwrap();
    let texts: serde_json::Map<String, Value> = articles
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["id"].to_string(), invoke(&webview, "get_article", json!({ "id": a["id"] })).unwrap()))
        .collect();
    let mentions: serde_json::Map<String, Value> = articles
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["id"].to_string(), invoke(&webview, "list_article_mentions", json!({ "id": a["id"] })).unwrap()))
        .collect();
    assert!(mentions.values().all(|m| m.as_array().is_some_and(|m| !m.is_empty())), "every sample article reports events");
    let fixture = json!({
        "events": events,
        "details": details,
        "places": invoke(&webview, "list_places", json!({})).unwrap(),
        "placeCounts": invoke(&webview, "place_counts", all()).unwrap(),
        "articles": articles,
        "texts": texts,
        "mentions": mentions,
        "info": invoke(&webview, "workspace_info", json!({})).unwrap(),
    });
    assert!(fixture["events"].as_array().unwrap().len() >= 10);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser-fixture.json");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, serde_json::to_string(&fixture).unwrap()).unwrap();
}

/// A mock app on a workspace file, its File menu's dialogs answered by `open`
/// and `save`; the titles it showed are recorded.
struct FilesApp {
    app: tauri::App<tauri::test::MockRuntime>,
    webview: tauri::WebviewWindow<tauri::test::MockRuntime>,
    titles: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

fn app_with_files(
    dir: &std::path::Path,
    db: std::path::PathBuf,
    open: impl Fn() -> Option<std::path::PathBuf> + Send + Sync + 'static,
    save: impl Fn() -> Option<std::path::PathBuf> + Send + Sync + 'static,
) -> FilesApp {
    let titles = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let shown = titles.clone();
    let files = WorkspaceFiles::new(
        move |_| open(),
        move |_, _| save(),
        move |t| shown.lock().unwrap().push(t.to_string()),
        dir.join("config/recent-workspaces.json"),
        dir.join("data/workspace.sqlite"),
    );
    let app = configure(mock_builder())
        .manage(open_workspace(db))
        .manage(FilePicker::new(|| None))
        .manage(FileSaver::new(|_, _| None))
        .manage(Imports::default())
        .manage(files)
        .build(tauri::generate_context!())
        .expect("mock app");
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("webview");
    FilesApp { app, webview, titles }
}

fn event_count(webview: &tauri::WebviewWindow<tauri::test::MockRuntime>) -> usize {
    invoke(webview, "list_events", all()).unwrap().as_array().unwrap().len()
}

#[test]
fn a_new_workspace_opens_empty_and_the_previous_one_opens_back_from_the_dialog_and_the_recent_list() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.geotimeline");
    let (new_path, reopen) = (dir.path().join("second"), first.clone());
    let t = app_with_files(dir.path(), first.clone(), move || Some(reopen.clone()), move || Some(new_path.clone()));
    let sample_events = event_count(&t.webview);
    assert!(sample_events >= 10);

    let info = invoke(&t.webview, "new_workspace", json!({})).unwrap();
    assert_eq!(info["name"], json!("second.geotimeline"), "the extension is added: {info}");
    assert_eq!(info["event_count"], json!(0));
    assert_eq!(event_count(&t.webview), 0);
    assert!(dir.path().join("second.geotimeline").is_file());
    let recent = invoke(&t.webview, "recent_workspaces", json!({})).unwrap();
    assert_eq!(recent[0], json!(dir.path().join("second.geotimeline").display().to_string()));

    let info = invoke(&t.webview, "open_workspace_file", json!({})).unwrap();
    assert_eq!(info["name"], json!("first.geotimeline"));
    assert_eq!(event_count(&t.webview), sample_events);
    // From the recent list, back to the new one; a path not in it is refused.
    let info = invoke(&t.webview, "open_recent_workspace", json!({ "path": dir.path().join("second.geotimeline") })).unwrap();
    assert_eq!(info["event_count"], json!(0));
    let err = invoke(&t.webview, "open_recent_workspace", json!({ "path": "/etc/passwd" })).unwrap_err();
    assert_eq!(err["kind"], "Invalid", "{err}");
    assert_eq!(
        *t.titles.lock().unwrap(),
        ["second.geotimeline — GeoTimeline", "first.geotimeline — GeoTimeline", "second.geotimeline — GeoTimeline"]
    );
    // New over an existing file is refused, the open workspace kept.
    let err = invoke(&t.webview, "new_workspace", json!({})).unwrap_err();
    assert!(err["message"].as_str().unwrap().contains("already exists"), "{err}");
    assert_eq!(invoke(&t.webview, "workspace_info", json!({})).unwrap()["name"], json!("second.geotimeline"));
    drop(t.app);
}

#[test]
fn a_file_that_is_no_workspace_or_from_a_newer_version_is_refused_and_the_open_one_stays() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.geotimeline");
    let text = dir.path().join("notes.geotimeline");
    std::fs::write(&text, "some notes").unwrap();
    let newer = dir.path().join("newer.geotimeline");
    drop(Store::open(&newer).unwrap());
    rusqlite_for_tests::set_user_version(&newer, 42);
    let answers = std::sync::Arc::new(std::sync::Mutex::new(vec![newer.clone(), text.clone()]));
    let t = app_with_files(dir.path(), first.clone(), move || answers.lock().unwrap().pop(), || None);
    let before = event_count(&t.webview);

    let err = invoke(&t.webview, "open_workspace_file", json!({})).unwrap_err();
    assert_eq!(err["kind"], "Invalid");
    assert!(err["message"].as_str().unwrap().contains("is not a GeoTimeline workspace"), "{err}");
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "some notes");
    let err = invoke(&t.webview, "open_workspace_file", json!({})).unwrap_err();
    assert!(err["message"].as_str().unwrap().contains("newer GeoTimeline"), "{err}");
    assert_eq!(rusqlite_for_tests::user_version(&newer), 42);

    assert_eq!(invoke(&t.webview, "workspace_info", json!({})).unwrap()["db_path"], json!(first.display().to_string()));
    assert_eq!(event_count(&t.webview), before);
    assert!(t.titles.lock().unwrap().is_empty());
    // A cancelled dialog changes nothing.
    assert_eq!(invoke(&t.webview, "open_workspace_file", json!({})).unwrap(), json!(null));
}

#[test]
fn a_copy_is_saved_beside_and_never_over_the_open_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.geotimeline");
    let answers = std::sync::Arc::new(std::sync::Mutex::new(vec![first.clone(), dir.path().join("copy")]));
    let t = app_with_files(dir.path(), first.clone(), || None, move || answers.lock().unwrap().pop());
    let events = event_count(&t.webview);
    let saved = invoke(&t.webview, "save_workspace_copy", json!({})).unwrap();
    let copy = dir.path().join("copy.geotimeline");
    assert_eq!(saved, json!(copy.display().to_string()));
    assert_eq!(geotimeline_core::workspace_file::open_existing(&copy).unwrap().counts().unwrap().1 as usize, events);
    // The open workspace is still the first one.
    assert_eq!(invoke(&t.webview, "workspace_info", json!({})).unwrap()["name"], json!("first.geotimeline"));
    let err = invoke(&t.webview, "save_workspace_copy", json!({})).unwrap_err();
    assert!(err["message"].as_str().unwrap().contains("is the open workspace"), "{err}");
    assert_eq!(event_count(&t.webview), events);
}

#[test]
fn resetting_the_sample_rebuilds_it_and_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let sample = dir.path().join("data/workspace.sqlite");
    let t = app_with_files(dir.path(), sample.clone(), || None, || None);
    let events = event_count(&t.webview);
    let first = invoke(&t.webview, "list_events", all()).unwrap()[0]["id"].clone();
    invoke(&t.webview, "delete_event", json!({ "id": first })).unwrap();
    assert_eq!(event_count(&t.webview), events - 1);
    let info = invoke(&t.webview, "reset_sample_workspace", json!({})).unwrap();
    assert_eq!(info["db_path"], json!(sample.display().to_string()));
    assert_eq!(event_count(&t.webview), events);
    assert_eq!(invoke(&t.webview, "history", json!({})).unwrap(), json!([]));
}

#[test]
fn a_second_launch_names_its_workspace_file_relative_to_its_folder() {
    let cwd = std::path::Path::new("/home/u");
    let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(workspace_argument(&args(&["geotimeline-app", "notes.geotimeline"]), cwd), Some(cwd.join("notes.geotimeline")));
    assert_eq!(workspace_argument(&args(&["geotimeline-app", "/tmp/a.geotimeline"]), cwd), Some("/tmp/a.geotimeline".into()));
    assert_eq!(workspace_argument(&args(&["x.geotimeline"]), cwd), None, "the program itself");
    assert_eq!(workspace_argument(&args(&["geotimeline-app", "--flag", "a.txt"]), cwd), None);
    assert_eq!(window_title(std::path::Path::new("/a/b.geotimeline")), "b.geotimeline — GeoTimeline");
}

/// A workspace holding the sample, a backup of it beside it, then the file cut short.
fn damaged_workspace_with_backup(dir: &std::path::Path) -> (std::path::PathBuf, Vec<u8>) {
    let path = dir.join("ws.geotimeline");
    {
        let mut store = Store::open(&path).unwrap();
        geotimeline_core::workspace::import_sample(&mut store).unwrap();
    }
    let whole = std::fs::read(&path).unwrap();
    std::fs::write(geotimeline_core::store::backup_path(&path, 7), &whole).unwrap();
    let damaged = whole[..whole.len() / 2 + 10].to_vec();
    std::fs::write(&path, &damaged).unwrap();
    (path, damaged)
}

fn kept_aside(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.to_string_lossy().contains(".damaged-")).collect()
}

#[test]
fn a_damaged_workspace_is_explained_and_its_backup_restored_with_the_damaged_file_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let (path, damaged) = damaged_workspace_with_backup(dir.path());
    let t = app_with_files(dir.path(), path.clone(), || None, || None);
    assert_eq!(invoke(&t.webview, "workspace_status", json!({})).unwrap(), json!("unavailable"));
    let err = invoke(&t.webview, "list_events", all()).unwrap_err();
    assert_eq!(err["kind"], json!("Damaged"), "{err}");
    let found = invoke(&t.webview, "damaged_workspace", json!({})).unwrap();
    assert_eq!(found["db_path"], json!(path.display().to_string()));
    assert!(found["message"].as_str().unwrap().contains("is damaged"), "{found}");
    assert!(found["backup"].as_str().unwrap().ends_with("ws.geotimeline.before-v7.bak"), "{found}");
    // The window words the damage itself, in its language, from its parameters.
    assert_eq!(found["detail"]["code"], json!("Damaged"), "{found}");
    assert_eq!(found["detail"]["file"], json!("ws.geotimeline"), "{found}");
    assert_eq!(found["detail"]["problem"]["reason"], json!("Truncated"), "{found}");
    assert!(found["detail"]["problem"]["size"].as_f64().unwrap() > 0.0, "{found}");
    assert_eq!(std::fs::read(&path).unwrap(), damaged, "opening wrote nothing");

    let rescued = invoke(&t.webview, "restore_workspace_backup", json!({})).unwrap();
    assert_eq!(rescued["info"]["article_count"], json!(5), "{rescued}");
    let aside = std::path::PathBuf::from(rescued["damaged_kept_as"].as_str().unwrap());
    assert_eq!(kept_aside(dir.path()), std::slice::from_ref(&aside));
    assert_eq!(std::fs::read(&aside).unwrap(), damaged, "the damaged file is kept as it was");
    assert!(event_count(&t.webview) >= 10);
    assert_eq!(invoke(&t.webview, "damaged_workspace", json!({})).unwrap(), json!(null));
    // A healthy workspace is never set aside.
    let err = invoke(&t.webview, "start_over_workspace", json!({})).unwrap_err();
    assert_eq!(err["kind"], json!("Invalid"), "{err}");
    assert_eq!(kept_aside(dir.path()).len(), 1);
}

#[test]
fn a_damaged_workspace_without_a_backup_starts_over_empty_with_the_damaged_file_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.geotimeline");
    std::fs::write(&path, b"garbage, not a workspace").unwrap();
    let t = app_with_files(dir.path(), path.clone(), || None, || None);
    let found = invoke(&t.webview, "damaged_workspace", json!({})).unwrap();
    assert_eq!(found["backup"], json!(null), "{found}");
    let err = invoke(&t.webview, "restore_workspace_backup", json!({})).unwrap_err();
    assert!(err["message"].as_str().unwrap().contains("has no backup"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), b"garbage, not a workspace");

    let rescued = invoke(&t.webview, "start_over_workspace", json!({})).unwrap();
    assert_eq!(rescued["info"]["event_count"], json!(0), "{rescued}");
    let aside = kept_aside(dir.path());
    assert_eq!(aside.len(), 1);
    assert_eq!(std::fs::read(&aside[0]).unwrap(), b"garbage, not a workspace");
    assert_eq!(event_count(&t.webview), 0);
    assert!(t.titles.lock().unwrap().last().unwrap().starts_with("ws.geotimeline"));
}

#[test]
fn an_error_reaches_the_window_as_its_kind_and_one_sentence() {
    // The shape the bindings declare.
    let shown = serde_json::to_value(AppError::Busy("an import is running".into())).unwrap();
    assert_eq!(shown, json!({ "kind": "Busy", "message": "an import is running", "detail": null }));
    let shown = serde_json::to_value(AppError::from(geotimeline_core::Error::NotFound { what: "event", id: 7 }));
    assert_eq!(shown.unwrap()["kind"], json!("NotFound"));
}

/// The window words these errors itself, in its language, from their code and parameters.
#[test]
fn an_error_reaches_the_window_with_its_code_and_parameters() {
    use geotimeline_core::{Error as E, IngestProblem as P};
    use std::path::PathBuf;
    let shown = |err: E| serde_json::to_value(AppError::from(err)).unwrap();
    let too_new = shown(E::DatabaseTooNew { path: "/home/a/b.geotimeline".into(), found: 9, known: 7 });
    assert_eq!(too_new["kind"], json!("Storage"));
    assert_eq!(too_new["detail"], json!({ "code": "DatabaseTooNew", "file": "b.geotimeline", "found": 9, "known": 7 }));
    assert!(too_new["message"].as_str().unwrap().contains("written by a newer GeoTimeline"), "{too_new}");
    let damaged = shown(E::Damaged {
        path: PathBuf::from("/w/ws.geotimeline"),
        problem: geotimeline_core::error::DamageProblem::Truncated { size: 5000 },
        backup: Some(PathBuf::from("/w/ws.bak")),
    });
    assert_eq!(damaged["kind"], json!("Damaged"));
    assert_eq!(
        damaged["detail"],
        json!({ "code": "Damaged", "file": "ws.geotimeline", "problem": { "reason": "Truncated", "size": 5000.0 }, "backup": "ws.bak" })
    );
    let place = shown(E::UnknownPlace { name: "Pariss".into(), suggestions: vec!["Paris".into()] });
    assert_eq!(place["kind"], json!("Invalid"));
    assert_eq!(place["detail"], json!({ "code": "UnknownPlace", "name": "Pariss", "suggestions": ["Paris"] }));
    assert_eq!(shown(E::EmptyActorName { position: 2 })["detail"], json!({ "code": "EmptyActorName", "position": 2 }));
    assert_eq!(shown(E::NotFound { what: "event", id: 7 })["detail"], json!({ "code": "NotFound", "what": "event", "id": 7.0 }));
    assert_eq!(
        shown(E::Busy { path: "/w/ws.geotimeline".into(), waited: 5 })["detail"],
        json!({ "code": "WorkspaceBusy", "file": "ws.geotimeline", "waited": 5 })
    );
    let pdf = shown(E::Ingest { path: "/in/scan.pdf".into(), problem: P::NoTextLayer });
    assert_eq!(pdf["kind"], json!("Ingest"));
    assert_eq!(pdf["detail"], json!({ "code": "Ingest", "file": "scan.pdf", "problem": { "reason": "NoTextLayer" } }));
    let not_text = shown(E::Ingest { path: "/in/photo.txt".into(), problem: P::NotText("a JPEG image".into()) });
    assert_eq!(not_text["detail"]["problem"], json!({ "reason": "NotText", "looks_like": "a JPEG image" }));
    let large = shown(E::Ingest { path: "/in/big.txt".into(), problem: P::TooLarge { size: 30, limit: 20 } });
    assert_eq!(large["detail"]["problem"], json!({ "reason": "TooLarge", "size": 30.0, "limit": 20.0 }));
    let not_ws = shown(E::Invalid {
        what: "workspace",
        message: "/w/notes.geotimeline is not a GeoTimeline workspace (it is not a SQLite database)".into(),
    });
    assert_eq!(not_ws["detail"], json!({ "code": "NotAWorkspace", "file": "notes.geotimeline" }));
    // Errors the window has no words for keep only their English sentence.
    let other = shown(E::Invalid { what: "date", message: "not a date".into() });
    assert_eq!(other["detail"], json!(null));
    assert_eq!(other["message"], json!("invalid date: not a date"));
    let running =
        serde_json::to_value(AppError::import_running(crate::error::BlockedAction::OpenWorkspace, "an import is running")).unwrap();
    assert_eq!(
        running,
        json!({ "kind": "Busy", "message": "an import is running", "detail": { "code": "ImportRunning", "blocked": "open_workspace" } })
    );
}

#[test]
fn the_log_names_an_error_with_its_causes() {
    #[derive(Debug)]
    struct Reading(std::io::Error);
    impl std::fmt::Display for Reading {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("the workspace could not be read")
        }
    }
    impl std::error::Error for Reading {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.0)
        }
    }
    let err = Reading(std::io::Error::new(std::io::ErrorKind::PermissionDenied, "permission denied"));
    assert_eq!(with_causes(&err), "the workspace could not be read: caused by permission denied");
}

/// File › Import another workspace…: the chosen file's new articles and events
/// join the open workspace, which stays open; a cancelled dialog does nothing; a
/// newer workspace is refused with its sentence and nothing changes.
#[test]
fn another_workspace_is_imported_into_the_open_one() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.geotimeline");
    let other = dir.path().join("other.geotimeline");
    {
        let mut store = Store::open(&other).unwrap();
        let mut articles = geotimeline_core::sample::articles().unwrap();
        articles.truncate(1);
        articles.push(
            geotimeline_core::ingest::article_from_bytes(
                "berlin.txt",
                geotimeline_core::ingest::FileKind::Text,
                "Le 3 mars 2025, Emmanuel Macron s'est rendu à Berlin pour rencontrer Olaf Scholz.".as_bytes(),
                &geotimeline_core::ingest::ArticleMeta {
                    published: geotimeline_core::ingest::parse_date("2025-03-04"),
                    ..Default::default()
                },
            )
            .unwrap(),
        );
        store.ingest(&articles, &geotimeline_core::extract::FrenchRules).unwrap();
    }
    let newer = dir.path().join("newer.geotimeline");
    std::fs::copy(&other, &newer).unwrap();
    rusqlite_for_tests::set_user_version(&newer, 42);
    let answers = std::sync::Arc::new(std::sync::Mutex::new(vec![newer.clone(), other.clone()]));
    let t = app_with_files(dir.path(), first.clone(), move || answers.lock().unwrap().pop(), || None);
    let before = event_count(&t.webview);

    let summary = invoke(&t.webview, "import_workspace_file", json!({})).unwrap();
    assert_eq!(summary["articles_imported"], json!(1), "{summary}");
    assert_eq!(summary["articles_skipped"], json!(1), "{summary}");
    assert_eq!(summary["path"], json!(other.display().to_string()));
    let added = summary["events_added"].as_u64().unwrap() as usize;
    assert!(added >= 1, "{summary}");
    assert_eq!(event_count(&t.webview), before + added);
    let info = invoke(&t.webview, "workspace_info", json!({})).unwrap();
    assert_eq!(info["name"], json!("first.geotimeline"), "the open workspace stays open: {info}");

    let err = invoke(&t.webview, "import_workspace_file", json!({})).unwrap_err();
    assert_eq!(err["kind"], "Storage", "{err}");
    assert!(err["message"].as_str().unwrap().contains("newer GeoTimeline"), "{err}");
    assert_eq!(rusqlite_for_tests::user_version(&newer), 42);
    assert_eq!(event_count(&t.webview), before + added);
    assert_eq!(invoke(&t.webview, "import_workspace_file", json!({})).unwrap(), json!(null), "a cancelled dialog");
}

/// A local update endpoint: answers every request with `manifest` and counts the requests.
struct UpdateEndpoint {
    url: String,
    requests: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl UpdateEndpoint {
    fn serving(manifest: Value) -> Self {
        use std::io::{Read, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/latest.json", listener.local_addr().unwrap());
        let requests = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = requests.clone();
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let mut request = Vec::new();
                let mut buf = [0u8; 1024];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                let body = manifest.to_string();
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
            }
        });
        UpdateEndpoint { url, requests }
    }

    fn requests(&self) -> usize {
        self.requests.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// A mock app whose configuration has `updater` as its `plugins.updater` section (none when null).
fn app_with_updater(updater: Value) -> MockApp {
    let mut context = tauri::generate_context!();
    if !updater.is_null() {
        context.config_mut().plugins.0.insert("updater".into(), updater);
    }
    let builder = updates::register(configure(mock_builder()), context.config());
    let app = builder.manage(Workspace::new(Store::open_in_memory().unwrap(), ":memory:".into())).build(context).expect("mock app");
    app.manage(updates::Updates::new(app.handle()));
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("webview");
    (app, webview)
}

/// A manifest announcing 9.9.9 for this machine's updater target.
fn newer_release_manifest() -> Value {
    let os = match std::env::consts::OS {
        "macos" => "darwin",
        os => os,
    };
    let target = format!("{os}-{}", std::env::consts::ARCH);
    json!({
        "version": "9.9.9",
        "notes": "Better dates.",
        "pub_date": "2026-12-01T00:00:00Z",
        "platforms": { target: { "url": "http://127.0.0.1:9/GeoTimeline.tar.gz", "signature": "unused by a check" } }
    })
}

#[test]
fn without_a_public_key_updates_are_off_and_nothing_is_requested() {
    let endpoint = UpdateEndpoint::serving(newer_release_manifest());
    let no_key = json!({ "endpoints": [endpoint.url], "dangerousInsecureTransportProtocol": true });
    let empty_key = json!({ "endpoints": [endpoint.url], "pubkey": " ", "dangerousInsecureTransportProtocol": true });
    // tauri.conf.json as committed (every local and CI build), then overlays lacking a key.
    for updater in [Value::Null, no_key, empty_key] {
        let (_app, webview) = app_with_updater(updater.clone());
        assert_eq!(invoke(&webview, "updates_enabled", json!({})).unwrap(), json!(false), "{updater}");
        let refused = invoke(&webview, "check_for_update", json!({})).unwrap_err();
        assert_eq!(refused["kind"], json!("Update"), "{updater}");
        assert_eq!(invoke(&webview, "install_update", json!({})).unwrap_err()["kind"], json!("Update"));
    }
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert_eq!(endpoint.requests(), 0, "a build without an update key contacted the update endpoint");
}

#[test]
fn with_a_public_key_the_check_reads_the_manifest_at_the_endpoint() {
    let endpoint = UpdateEndpoint::serving(newer_release_manifest());
    // The key only verifies a download; a check reads the manifest.
    let (_app, webview) =
        app_with_updater(json!({ "endpoints": [endpoint.url], "pubkey": "a key", "dangerousInsecureTransportProtocol": true }));
    assert_eq!(invoke(&webview, "updates_enabled", json!({})).unwrap(), json!(true));
    let update = invoke(&webview, "check_for_update", json!({})).unwrap();
    assert_eq!(update, json!({ "version": "9.9.9", "notes": "Better dates." }));
    assert_eq!(endpoint.requests(), 1);
}

#[test]
fn the_committed_configuration_has_no_updater_and_the_window_no_updater_permission() {
    // The release workflow adds `plugins.updater` (key and endpoint) for builds signed with the
    // update key; the window reaches the updater only through the app's own commands.
    let root = env!("CARGO_MANIFEST_DIR");
    let conf: Value = serde_json::from_str(&std::fs::read_to_string(format!("{root}/tauri.conf.json")).unwrap()).unwrap();
    assert!(conf["plugins"]["updater"].is_null(), "tauri.conf.json configures the updater: every local build would check");
    let context: tauri::Context<tauri::test::MockRuntime> = tauri::generate_context!();
    assert!(!updates::configured(context.config()));
    let capability: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{root}/src-tauri/capabilities/main.json")).unwrap()).unwrap();
    assert!(!capability["permissions"].as_array().unwrap().iter().any(|p| p.as_str().unwrap().starts_with("updater:")));
}

#[test]
fn the_workspace_closed_on_exit_leaves_no_log_for_the_next_start_to_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workspace.sqlite");
    let log = dir.path().join("workspace.sqlite-wal");
    let workspace = open_workspace(path.clone());
    assert_eq!(tauri::async_runtime::block_on(workspace.with_store(|s| Ok(s.counts()?))).unwrap().0, 5);
    assert!(log.exists(), "open, the workspace has its write-ahead log");
    assert!(workspace.close_on_exit(std::time::Duration::from_secs(1)));
    assert!(!log.exists(), "closed, the log is folded back into the file and removed");
    // Commands asked while the app exits are refused, not left waiting.
    assert!(tauri::async_runtime::block_on(workspace.with_store(|s| Ok(s.counts()?))).is_err());
    assert_eq!(workspace.status(), WorkspaceStatus::Unavailable);
}

#[test]
fn a_workspace_still_in_use_at_exit_is_left_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workspace.sqlite");
    let workspace = open_workspace(path.clone());
    let (started, wait) = std::sync::mpsc::channel();
    let (release, held) = std::sync::mpsc::channel::<()>();
    let busy = workspace.clone();
    let import = std::thread::spawn(move || {
        tauri::async_runtime::block_on(busy.with_store(move |s| {
            started.send(()).unwrap();
            held.recv().unwrap();
            Ok(s.counts()?)
        }))
    });
    wait.recv().unwrap();
    assert!(!workspace.close_on_exit(std::time::Duration::from_millis(50)));
    release.send(()).unwrap();
    assert_eq!(import.join().unwrap().unwrap().0, 5, "the command using it ends as it would have");
}

/// Without a render node WebKit draws without DMA-BUF and without compositing, unless the
/// user chose either; with a GPU nothing is set.
#[cfg(target_os = "linux")]
#[test]
fn webkit_draws_without_compositing_only_without_a_gpu_and_leaves_the_user_s_choice() {
    let nobody = |_: &str| false;
    assert_eq!(software_rendering_settings(true, nobody), Vec::<&str>::new());
    assert_eq!(software_rendering_settings(false, nobody), vec!["WEBKIT_DISABLE_DMABUF_RENDERER", "WEBKIT_DISABLE_COMPOSITING_MODE"]);
    let compositing_chosen = |name: &str| name == "WEBKIT_DISABLE_COMPOSITING_MODE";
    assert_eq!(software_rendering_settings(false, compositing_chosen), vec!["WEBKIT_DISABLE_DMABUF_RENDERER"]);
}
