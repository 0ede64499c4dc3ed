//! Replays the fuzz targets' kept corpora (`fuzz/corpus/<target>/`, minimised by
//! `cargo fuzz cmin`) through the targets' bodies (`geotimeline_core::fuzzing`), and the
//! inputs the fuzzer once found a fault with (`tests/fuzz_regressions/<target>/`): what a
//! long fuzzing run proved (scripts/fuzz.sh) stays proved in the test command.

use std::path::{Path, PathBuf};
use std::time::Instant;

fn inputs(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> = entries.map(|e| e.expect("a directory entry").path()).filter(|p| p.is_file()).collect();
    files.sort();
    files
}

fn replay(target: &str, body: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = inputs(&root.join("../../fuzz/corpus").join(target));
    assert!(!corpus.is_empty(), "fuzz/corpus/{target} is empty or missing");
    let regressions = inputs(&root.join("tests/fuzz_regressions").join(target));
    let clock = Instant::now();
    for file in corpus.iter().chain(&regressions) {
        let data = std::fs::read(file).expect("a corpus file");
        if let Err(panic) = std::panic::catch_unwind(|| body(&data)) {
            let message = panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()));
            panic!("{target}: {} panics: {}", file.display(), message.unwrap_or_default());
        }
    }
    eprintln!("{target}: {} corpus and {} regression inputs in {:?}", corpus.len(), regressions.len(), clock.elapsed());
}

#[test]
fn the_date_rules_corpus_replays() {
    replay("dates", geotimeline_core::fuzzing::dates);
}

#[test]
fn the_html_corpus_replays() {
    replay("html", geotimeline_core::fuzzing::html);
}

#[test]
fn the_manifest_corpus_replays() {
    replay("manifest", geotimeline_core::fuzzing::manifest);
}

#[test]
fn the_article_corpus_replays() {
    replay("article", geotimeline_core::fuzzing::article);
}
