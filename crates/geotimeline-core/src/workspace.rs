//! Importing files into a store: read every file, keep the readable ones,
//! report each unreadable one by name, and store the rest in one transaction.

use crate::error::{Error, IngestWarning, Result};
use crate::extract::events::{MAX_SENTENCE_BYTES, MAX_SENTENCE_TRIGGERS};
use crate::extract::FrenchRules;
use crate::ingest::{self, ArticleMeta, ManifestItem};
use crate::model::ArticleSummary;
use crate::store::Store;
use std::path::PathBuf;

/// A file that could not be imported, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportFailure {
    pub file: PathBuf,
    pub message: String,
}

/// A file that was imported after a repair (bad bytes replaced), and what was repaired.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportWarning {
    pub file: PathBuf,
    /// One sentence that names the file.
    pub message: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportReport {
    pub imported: Vec<ArticleSummary>,
    pub duplicates: Vec<String>,
    pub failures: Vec<ImportFailure>,
    pub warnings: Vec<ImportWarning>,
    pub events_added: usize,
    pub events_merged: usize,
}

/// Imports files, each with its metadata. Unreadable files are reported and
/// skipped; the readable ones are stored together in one transaction.
pub fn import_files(store: &mut Store, files: &[(PathBuf, ArticleMeta)]) -> Result<ImportReport> {
    import_items(store, files.iter().cloned().map(Ok).collect())
}

/// Imports files and manifest entries; an entry already refused (a bad manifest
/// entry, a manifest that cannot be read) is reported by name like an unreadable
/// file, and the others are imported.
pub fn import_items(store: &mut Store, items: Vec<ManifestItem>) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    let (mut articles, mut paths) = (Vec::new(), Vec::new());
    let mut inputs = Vec::new();
    for item in items {
        match item {
            Ok(input) => inputs.push(input),
            Err(err) => {
                let file = match &err {
                    Error::Manifest { path, .. } | Error::Io { path, .. } | Error::Ingest { path, .. } => path.clone(),
                    _ => PathBuf::new(),
                };
                report.failures.push(ImportFailure { file, message: err.to_string() });
            }
        }
    }
    for (path, meta) in &inputs {
        match ingest::read_article_file(path, meta) {
            Ok((article, warnings)) => {
                paths.push(path);
                report
                    .warnings
                    .extend(warnings.iter().map(|w| ImportWarning { file: path.clone(), message: format!("{}: {w}", path.display()) }));
                articles.push(article);
            }
            Err(err @ Error::Ingest { .. }) => report.failures.push(ImportFailure { file: path.clone(), message: err.to_string() }),
            Err(other) => return Err(other),
        }
    }
    if !articles.is_empty() {
        let outcome = store.ingest(&articles, &FrenchRules)?;
        report.imported = outcome.imported;
        report.duplicates = outcome.duplicates;
        report.events_added = outcome.events_added;
        report.events_merged = outcome.events_merged;
        for (index, unread) in outcome.unread {
            let warning = IngestWarning::UnreadSentences {
                long: unread.long,
                crowded: unread.crowded,
                max_bytes: MAX_SENTENCE_BYTES,
                max_triggers: MAX_SENTENCE_TRIGGERS,
            };
            let path = paths[index];
            report.warnings.push(ImportWarning { file: path.clone(), message: format!("{}: {warning}", path.display()) });
        }
    }
    Ok(report)
}

/// Imports the built-in sample corpus (a no-op when it is already there).
pub fn import_sample(store: &mut Store) -> Result<ImportReport> {
    let outcome = store.ingest(&crate::sample::articles()?, &FrenchRules)?;
    Ok(ImportReport {
        imported: outcome.imported,
        duplicates: outcome.duplicates,
        failures: Vec::new(),
        warnings: Vec::new(),
        events_added: outcome.events_added,
        events_merged: outcome.events_merged,
    })
}
