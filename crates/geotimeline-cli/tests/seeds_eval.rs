//! The seed corpus scored by ../shared/eval/score_events.py (when ../shared and
//! python3 are there; otherwise the test says it was skipped). The floors sit a
//! little under what the extractor reaches, so a regression fails.

mod common;

#[test]
fn seed_events_score_above_the_floor() {
    let Some(shared) = common::shared_dir_with("eval/score_events.py") else {
        eprintln!("skipped: ../shared/eval not found (set GEOTIMELINE_SHARED to run the seed evaluation)");
        return;
    };
    let Some(score) = common::score_corpus(&shared, &shared.join("corpus/seeds"), &shared.join("eval/seeds-gold.json")) else { return };
    eprintln!("seed evaluation: {score}");
    let strict = &score["strict"];
    let (verbatim, total) = score["quotes_verbatim"].as_str().unwrap().split_once('/').unwrap();
    assert_eq!(verbatim, total, "every quote must be verbatim");
    assert!(strict["f1"].as_f64().unwrap() >= 0.93, "strict F1 fell: {strict}");
    assert!(strict["recall"].as_f64().unwrap() >= 0.9, "strict recall fell: {strict}");
    assert!(strict["duplicates"].as_u64().unwrap() <= 1, "duplicates rose: {strict}");
    assert!(strict["provenance_recall"].as_f64().unwrap() >= 0.85, "provenance fell: {strict}");
}
