//! The French development corpus (../shared/eval/dev: real news articles from
//! many outlets, other topics than the seeds) scored by score_events.py, when
//! ../shared and python3 are there; otherwise the test says it was skipped. The
//! floors sit a little under what the extractor reaches, so a regression fails.

mod common;

#[test]
fn french_development_corpus_scores_above_the_floor() {
    let Some(shared) = common::shared_dir_with("eval/dev/dev-gold.json") else {
        eprintln!("skipped: ../shared/eval/dev not found (set GEOTIMELINE_SHARED to run the development evaluation)");
        return;
    };
    let Some(score) = common::score_corpus(&shared, &shared.join("eval/dev/articles"), &shared.join("eval/dev/dev-gold.json")) else {
        return;
    };
    eprintln!("development corpus (fr): {score}");
    let strict = &score["strict"];
    let (verbatim, total) = score["quotes_verbatim"].as_str().unwrap().split_once('/').unwrap();
    assert_eq!(verbatim, total, "every quote must be verbatim");
    assert!(strict["f1"].as_f64().unwrap() >= 0.66, "strict F1 fell: {strict}");
    assert!(strict["recall"].as_f64().unwrap() >= 0.65, "strict recall fell: {strict}");
    // 2 today: reports of one event a day apart, or with people the other lacks, stay apart.
    assert!(strict["duplicates"].as_u64().unwrap() <= 3, "duplicates rose: {strict}");
}

/// Scores one corpus of ../shared/eval and checks every quote is verbatim; None when skipped.
fn scored(corpus: &str) -> Option<serde_json::Value> {
    let Some(shared) = common::shared_dir_with(&format!("eval/{corpus}/dev-gold.json")) else {
        eprintln!("skipped: ../shared/eval/{corpus} not found (set GEOTIMELINE_SHARED to run the development evaluation)");
        return None;
    };
    let dir = shared.join("eval").join(corpus);
    let score = common::score_corpus(&shared, &dir.join("articles"), &dir.join("dev-gold.json"))?;
    eprintln!("development corpus ({corpus}): {score}");
    let (verbatim, total) = score["quotes_verbatim"].as_str().unwrap().split_once('/').unwrap();
    assert_eq!(verbatim, total, "every quote must be verbatim");
    Some(score)
}

#[test]
fn english_development_corpus_scores_above_the_floor() {
    let Some(score) = scored("dev-en") else { return };
    let strict = &score["strict"];
    assert!(strict["f1"].as_f64().unwrap() >= 0.67, "strict F1 fell: {strict}");
    assert!(strict["recall"].as_f64().unwrap() >= 0.67, "strict recall fell: {strict}");
    assert!(strict["duplicates"].as_u64().unwrap() <= 2, "duplicates rose: {strict}");
}

#[test]
fn mixed_development_corpus_scores_above_the_floor() {
    let Some(score) = scored("dev-mixed") else { return };
    let strict = &score["strict"];
    assert!(strict["f1"].as_f64().unwrap() >= 0.66, "strict F1 fell: {strict}");
    assert!(strict["duplicates"].as_u64().unwrap() <= 5, "duplicates rose: {strict}");
}

#[test]
fn the_language_read_from_each_development_article_is_its_manifests() {
    let Some(shared) = common::shared_dir_with("eval/dev-mixed/articles/manifest.json") else {
        eprintln!("skipped: ../shared/eval/dev-mixed not found");
        return;
    };
    let dir = shared.join("eval/dev-mixed/articles");
    let manifest: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap();
    let articles = manifest["articles"].as_array().unwrap();
    for article in articles {
        let file = article["file"].as_str().unwrap();
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        assert_eq!(geotimeline_core::ingest::detect_language(&text), article["lang"].as_str().unwrap(), "{file}");
    }
    eprintln!("{} articles: every language read from the text is the manifest's", articles.len());
}
