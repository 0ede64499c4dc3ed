//! What the evaluation tests share: where ../shared is, and scoring a corpus.

#![allow(dead_code)] // each test binary uses its part

use std::path::{Path, PathBuf};
use std::process::Command;

/// The evaluation material beside the repository (or at GEOTIMELINE_SHARED),
/// when `file` exists in it.
pub fn shared_dir_with(file: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("GEOTIMELINE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    dir.join(file).exists().then_some(dir)
}

/// Ingests a corpus's manifest into a fresh workspace with the CLI, exports it and
/// scores the export with score_events.py (`--json`); None, said on stderr, when
/// python3 cannot run the scorer.
pub fn score_corpus(shared: &Path, articles: &Path, gold: &Path) -> Option<serde_json::Value> {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    let export = dir.path().join("export.json");
    let bin = env!("CARGO_BIN_EXE_geotimeline");
    let ok = Command::new(bin).arg("--db").arg(&db).args(["ingest", "--manifest"]).arg(articles.join("manifest.json")).status().unwrap();
    assert!(ok.success());
    let ok = Command::new(bin).arg("--db").arg(&db).args(["export", "--format", "json", "--out"]).arg(&export).status().unwrap();
    assert!(ok.success());
    let out = Command::new("python3")
        .arg(shared.join("eval/score_events.py"))
        .arg(gold)
        .arg(&export)
        .arg("--corpus")
        .arg(articles)
        .arg("--json")
        .output();
    let Ok(out) = out else {
        eprintln!("skipped: python3 is not available to run the scorer");
        return None;
    };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    Some(serde_json::from_slice(&out.stdout).unwrap())
}
