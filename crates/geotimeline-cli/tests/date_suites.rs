//! The public date suites of ../shared/eval/score_dates.py, French (Duckling, chrono,
//! French TimeBank) and English (Duckling, chrono, TempEval-3), run against
//! `geotimeline dates` when ../shared is there; otherwise the test says it was skipped.
//! Each floor sits a little under the score reached, so a regression fails.

mod common;

use std::process::Command;

#[test]
fn date_suites_stay_above_their_floors() {
    let Some(shared) = common::shared_dir_with("eval/score_dates.py") else {
        eprintln!("skipped: ../shared/eval not found (set GEOTIMELINE_SHARED to run the date suites)");
        return;
    };
    let Some(result) = scored(&shared, &[], &["duckling", "chrono", "ftib"]) else { return };
    let suites = &result["suites"];
    let chrono = suites["chrono"]["accuracy"].as_f64().unwrap();
    let duckling = suites["duckling"]["accuracy"].as_f64().unwrap();
    let ftib = suites["ftib"]["value"]["f1"].as_f64().unwrap();
    assert!(chrono >= 0.94, "chrono FR accuracy fell to {chrono}");
    assert!(duckling >= 0.89, "Duckling FR accuracy fell to {duckling}");
    assert!(ftib >= 0.86, "French TimeBank DATE value F1 fell to {ftib}");
}

/// The English suites (`--lang en`): chrono EN, Duckling EN on its cases that are not
/// holidays (lunar and other calendars' holidays are not asked for), TempEval-3 platinum.
#[test]
fn english_date_suites_stay_above_their_floors() {
    let Some(shared) = common::shared_dir_with("eval/duckling-en-dates.json") else {
        eprintln!("skipped: ../shared/eval not found (set GEOTIMELINE_SHARED to run the date suites)");
        return;
    };
    let Some(result) = scored(&shared, &["--lang", "en", "--show-failures", "100000"], &["duckling-en", "chrono-en", "te3-en"]) else {
        return;
    };
    let suites = &result["suites"];
    // Duckling's cases that are not holidays, from the failures the scorer lists.
    let cases: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(shared.join("eval/duckling-en-dates.json")).unwrap()).unwrap();
    let cases = cases.as_array().unwrap();
    // Each holiday case names its holiday; the others have none.
    let holiday = |i: usize| !cases[i]["holiday"].is_null();
    let not_holidays = (0..cases.len()).filter(|&i| !holiday(i)).count();
    let failed = suites["duckling-en"]["failures"].as_array().unwrap();
    let failed_not_holidays = failed.iter().filter(|f| !holiday(f["case"].as_u64().unwrap() as usize)).count();
    let duckling = (not_holidays - failed_not_holidays) as f64 / not_holidays as f64;
    eprintln!("duckling-en, not holidays: {duckling:.3} ({}/{not_holidays})", not_holidays - failed_not_holidays);
    let chrono = suites["chrono-en"]["accuracy"].as_f64().unwrap();
    let te3 = suites["te3-en"]["value"]["f1"].as_f64().unwrap();
    assert!(chrono >= 0.90, "chrono EN accuracy fell to {chrono}");
    assert!(duckling >= 0.89, "Duckling EN accuracy (not holidays) fell to {duckling}");
    assert!(te3 >= 0.92, "TempEval-3 DATE value F1 fell to {te3}");
}

/// Every suite of score_dates.py (with `args`) scored against `geotimeline dates`, each of
/// `suites` printed and checked to have made no failed call; None, said, without python3.
fn scored(shared: &std::path::Path, args: &[&str], suites: &[&str]) -> Option<serde_json::Value> {
    let out = Command::new("python3")
        .arg(shared.join("eval/score_dates.py"))
        .args(["--cmd", env!("CARGO_BIN_EXE_geotimeline"), "--suite", "all", "--json", "--jobs", "2"])
        .args(args)
        .output();
    let Ok(out) = out else {
        eprintln!("skipped: python3 is not available to run the date suites");
        return None;
    };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for suite in suites {
        eprintln!("{}", result["suites"][suite]["line"].as_str().unwrap_or(suite));
        assert_eq!(result["suites"][suite]["calls"]["failed"], 0, "{suite}: some calls of `geotimeline dates` failed");
    }
    Some(result)
}
