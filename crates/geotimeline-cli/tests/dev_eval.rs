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
