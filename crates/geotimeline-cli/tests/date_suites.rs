//! The three public French date suites of ../shared/eval/score_dates.py (Duckling,
//! chrono, French TimeBank), run against `geotimeline dates` when ../shared is
//! there; otherwise the test says it was skipped. Each floor sits a little under
//! the score reached, so a regression fails.

mod common;

use std::process::Command;

#[test]
fn date_suites_stay_above_their_floors() {
    let Some(shared) = common::shared_dir_with("eval/score_dates.py") else {
        eprintln!("skipped: ../shared/eval not found (set GEOTIMELINE_SHARED to run the date suites)");
        return;
    };
    let out = Command::new("python3")
        .arg(shared.join("eval/score_dates.py"))
        .args(["--cmd", env!("CARGO_BIN_EXE_geotimeline"), "--suite", "all", "--json", "--jobs", "2"])
        .output();
    let Ok(out) = out else {
        eprintln!("skipped: python3 is not available to run the date suites");
        return;
    };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let suites = &result["suites"];
    for suite in ["duckling", "chrono", "ftib"] {
        eprintln!("{}", suites[suite]["line"].as_str().unwrap_or(suite));
        assert_eq!(suites[suite]["calls"]["failed"], 0, "{suite}: some calls of `geotimeline dates` failed");
    }
    let chrono = suites["chrono"]["accuracy"].as_f64().unwrap();
    let duckling = suites["duckling"]["accuracy"].as_f64().unwrap();
    let ftib = suites["ftib"]["value"]["f1"].as_f64().unwrap();
    assert!(chrono >= 0.94, "chrono FR accuracy fell to {chrono}");
    assert!(duckling >= 0.89, "Duckling FR accuracy fell to {duckling}");
    assert!(ftib >= 0.86, "French TimeBank DATE value F1 fell to {ftib}");
}
