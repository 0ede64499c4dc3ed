//! Importing files into a store: read every file, keep the readable ones,
//! report each unreadable one by name, and store the rest in one transaction.

use crate::error::{Error, IngestProblem, IngestWarning, Result};
use crate::extract::events::{MAX_SENTENCE_BYTES, MAX_SENTENCE_TRIGGERS};
use crate::extract::FrenchRules;
use crate::ingest::{self, ArticleMeta, ManifestItem, Pasted};
use crate::model::{ArticleSummary, NewArticle};
use crate::store::{IngestOutcome, Store};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

/// A file that could not be imported, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportFailure {
    pub file: PathBuf,
    /// One English sentence that names the file (the log's and the command line's).
    pub message: String,
    /// Why, with its parameters: the window words it in its own language.
    pub reason: FailureReason,
}

impl ImportFailure {
    fn of(file: PathBuf, err: &Error) -> ImportFailure {
        ImportFailure { message: err.to_string(), reason: FailureReason::of(err), file }
    }
}

/// Why a file was not imported, typed for the window to word.
#[derive(Debug, Clone, PartialEq)]
pub enum FailureReason {
    /// It cannot be read as an article.
    Ingest(IngestProblem),
    /// A folder given cannot be listed.
    Unlistable { cause: String },
    /// A manifest or one of its entries is invalid.
    Manifest { cause: String },
    /// Storing it failed (the workspace is unchanged by it).
    Storage { cause: String },
    /// Not imported because storing a file before it failed.
    AfterStorageFailure { cause: String },
}

impl FailureReason {
    pub fn of(err: &Error) -> FailureReason {
        match err {
            Error::Ingest { problem, .. } => FailureReason::Ingest(problem.clone()),
            Error::Manifest { message, .. } => FailureReason::Manifest { cause: message.clone() },
            Error::Io { source, .. } => FailureReason::Unlistable { cause: source.to_string() },
            other => FailureReason::Storage { cause: other.to_string() },
        }
    }
}

/// A file that was imported after a repair (bad bytes replaced), and what was repaired.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportWarning {
    pub file: PathBuf,
    /// One sentence that names the file.
    pub message: String,
    /// What was repaired, with its parameters: the window words it in its own language.
    pub warning: IngestWarning,
}

impl ImportWarning {
    fn of(file: &Path, warning: &IngestWarning) -> ImportWarning {
        ImportWarning { file: file.to_path_buf(), message: format!("{}: {warning}", file.display()), warning: warning.clone() }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportReport {
    pub imported: Vec<ArticleSummary>,
    pub duplicates: Vec<String>,
    pub failures: Vec<ImportFailure>,
    pub warnings: Vec<ImportWarning>,
    pub events_added: usize,
    pub events_merged: usize,
    /// Files not imported because the import was cancelled: the one in progress
    /// (rolled back) and those not started, in order.
    pub cancelled: Vec<PathBuf>,
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
            Err(err) => report.failures.push(item_failure(err)),
        }
    }
    for (path, meta) in &inputs {
        match ingest::read_article_file(path, meta) {
            Ok((article, warnings)) => {
                paths.push(path);
                report.warnings.extend(warnings.iter().map(|w| ImportWarning::of(path, w)));
                articles.push(article);
            }
            Err(err @ Error::Ingest { .. }) => report.failures.push(ImportFailure::of(path.clone(), &err)),
            Err(other) => return Err(other),
        }
    }
    store_articles(store, &mut report, &articles, &paths)?;
    Ok(report)
}

/// Stores the articles read (in one transaction) and says in `report` what
/// became of them; `paths[i]` names `articles[i]` in warnings.
fn store_articles(store: &mut Store, report: &mut ImportReport, articles: &[NewArticle], paths: &[&PathBuf]) -> Result<()> {
    if articles.is_empty() {
        return Ok(());
    }
    let outcome = store.ingest(articles, &FrenchRules)?;
    add_outcome(report, outcome, paths);
    Ok(())
}

/// Adds what one ingest did to `report`; `paths[i]` names the batch's `i`th article in warnings.
fn add_outcome(report: &mut ImportReport, outcome: IngestOutcome, paths: &[&PathBuf]) {
    report.imported.extend(outcome.imported);
    report.duplicates.extend(outcome.duplicates);
    report.events_added += outcome.events_added;
    report.events_merged += outcome.events_merged;
    for (index, unread) in outcome.unread {
        let warning = IngestWarning::UnreadSentences {
            long: unread.long,
            crowded: unread.crowded,
            max_bytes: MAX_SENTENCE_BYTES,
            max_triggers: MAX_SENTENCE_TRIGGERS,
        };
        report.warnings.push(ImportWarning::of(paths[index], &warning));
    }
}

/// Where a file-by-file import is, told before each file and once at the end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProgress {
    /// Files finished (imported, skipped or failed).
    pub done: usize,
    pub total: usize,
    /// Events found in the files imported so far (new ones and reports merged into stored ones).
    pub events_found: usize,
    /// The file being imported; `None` in the last report.
    pub current: Option<PathBuf>,
}

/// Imports files and manifest entries one by one, each file in a transaction of
/// its own ([`Store::ingest`]): a file fully imported stays, whatever happens to
/// the next. Each file's events are merged with the stored ones, those of the
/// files before it included, as one import of them all would merge them.
///
/// `progress` is told before each file and once when done. `cancel` is checked
/// before each file and between a file's extraction and its writing: once set,
/// the file in progress is rolled back and it and the files not started are
/// `cancelled` in the report. A file that cannot be read is a failure naming it
/// and the others go in; a file that cannot be written (the workspace busy, a
/// database error) is a failure too, and the import stops there, the files not
/// started listed as failed for that reason.
///
/// The store is locked for each file's writing only, so others may read it
/// between files (the app's window does).
pub fn import_each(
    store: &Mutex<Store>,
    items: Vec<ManifestItem>,
    cancel: &AtomicBool,
    mut progress: impl FnMut(&ImportProgress),
) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    let mut inputs = Vec::new();
    for item in items {
        match item {
            Ok(input) => inputs.push(input),
            Err(err) => report.failures.push(item_failure(err)),
        }
    }
    let total = inputs.len();
    let cancelled = || cancel.load(Ordering::SeqCst);
    let mut stopped: Option<String> = None;
    for (done, (path, meta)) in inputs.iter().enumerate() {
        if let Some(reason) = &stopped {
            report.failures.push(ImportFailure {
                file: path.clone(),
                message: format!("{}: not imported: {reason}", path.display()),
                reason: FailureReason::AfterStorageFailure { cause: reason.clone() },
            });
            continue;
        }
        if cancelled() {
            report.cancelled.push(path.clone());
            continue;
        }
        let events_found = report.events_added + report.events_merged;
        progress(&ImportProgress { done, total, events_found, current: Some(path.clone()) });
        let (article, warnings) = match ingest::read_article_file(path, meta) {
            Ok(read) => read,
            Err(err) => {
                report.failures.push(ImportFailure::of(path.clone(), &err));
                continue;
            }
        };
        let mut store = store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match store.ingest_unless(std::slice::from_ref(&article), &FrenchRules, &cancelled) {
            Ok(None) => report.cancelled.push(path.clone()),
            Ok(Some(outcome)) => {
                report.warnings.extend(warnings.iter().map(|w| ImportWarning::of(path, w)));
                add_outcome(&mut report, outcome, &[path]);
            }
            Err(err) => {
                stopped = Some(err.to_string());
                report.failures.push(ImportFailure {
                    file: path.clone(),
                    message: format!("{}: {err}", path.display()),
                    reason: FailureReason::Storage { cause: err.to_string() },
                });
            }
        }
    }
    let events_found = report.events_added + report.events_merged;
    let done = total - report.cancelled.len();
    progress(&ImportProgress { done, total, events_found, current: None });
    Ok(report)
}

/// A manifest entry refused before reading, as the report's failure naming it.
fn item_failure(err: Error) -> ImportFailure {
    let file = match &err {
        Error::Manifest { path, .. } | Error::Io { path, .. } | Error::Ingest { path, .. } => path.clone(),
        _ => PathBuf::new(),
    };
    ImportFailure::of(file, &err)
}

/// A paste with nothing in it: refused before anything is read.
fn refuse_empty(pasted: &Pasted) -> Result<()> {
    if pasted.text.trim().is_empty() {
        return Err(Error::Invalid { what: "paste", message: "nothing was pasted: the text is empty".into() });
    }
    Ok(())
}

/// What a pasted article would be imported as, storing nothing: the import
/// review's row for it (its `path` is its name, `pasted.txt` or `pasted.html`).
/// An empty paste is refused ([`Error::Invalid`]).
pub fn preview_pasted(store: &Store, pasted: &Pasted) -> Result<FilePreview> {
    refuse_empty(pasted)?;
    let name = pasted.file_name();
    let read = ingest::read_pasted(pasted, &ArticleMeta::default())
        .map(|(article, _)| article)
        .map_err(|problem| Error::Ingest { path: PathBuf::from(name), problem });
    preview_row(store, PathBuf::from(name), name.to_string(), read)
}

/// Imports a pasted article with the metadata the user reviewed, as a file is
/// imported ([`import_files`]): a paste that cannot be read is the report's
/// failure, naming it; an empty one is refused ([`Error::Invalid`]).
pub fn import_pasted(store: &mut Store, pasted: &Pasted, meta: &ArticleMeta) -> Result<ImportReport> {
    refuse_empty(pasted)?;
    let mut report = ImportReport::default();
    let label = PathBuf::from(pasted.file_name());
    match ingest::read_pasted(pasted, meta) {
        Ok((article, warnings)) => {
            report.warnings.extend(warnings.iter().map(|w| ImportWarning::of(&label, w)));
            store_articles(store, &mut report, &[article], &[&label])?;
        }
        Err(problem) => {
            let err = Error::Ingest { path: label.clone(), problem };
            report.failures.push(ImportFailure::of(label, &err));
        }
    }
    Ok(report)
}

/// The article files a folder holds, looked for in its subfolders too: what the
/// import review lists for a dropped folder.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm", "pdf"];

/// What an import would store, read before anything is written: one row per
/// article file for the user to review, and the manifests, imported as they are
/// (their entries already give each article's metadata).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportPreview {
    pub files: Vec<FilePreview>,
    pub manifests: Vec<PathBuf>,
}

/// One article file as it would be imported.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilePreview {
    pub path: PathBuf,
    pub file_name: String,
    /// The page's title, else the text's first line.
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// "fr" or "en": the page's, else read from the text; `None` when unreadable.
    pub language: Option<String>,
    /// The publication date the file states (an HTML page's metadata).
    pub published: Option<NaiveDate>,
    /// When the file states none: the latest day its text writes out in full
    /// ([`crate::extract::dates::latest_full_day_in`]), a proposal for the user to check.
    pub inferred_published: Option<NaiveDate>,
    /// The same text is already in the workspace (by content hash): it would be skipped.
    pub already_stored: bool,
    /// Why the file cannot be imported, naming it; it would be skipped.
    pub problem: Option<String>,
    /// The same, typed: the window words it in its own language.
    pub reason: Option<FailureReason>,
}

/// The files to review and the manifests among `paths`: a folder stands for
/// the article files under it (hidden ones left out, links to folders not
/// followed), in name order; a `.json` file is a manifest. A file of another
/// type given by name is kept, so its preview says why it cannot be imported.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathBuf>, Vec<ImportFailure>) {
    let (mut files, mut manifests, mut failures) = (Vec::new(), Vec::new(), Vec::new());
    for path in paths {
        if path.is_dir() {
            collect_articles(path, &mut files, &mut failures);
        } else if has_extension(path, &["json"]) {
            manifests.push(path.clone());
        } else {
            files.push(path.clone());
        }
    }
    (files, manifests, failures)
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

fn collect_articles(folder: &Path, files: &mut Vec<PathBuf>, failures: &mut Vec<ImportFailure>) {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(source) => {
            failures.push(ImportFailure::of(folder.to_path_buf(), &Error::Io { path: folder.to_path_buf(), source }));
            return;
        }
    };
    let mut paths: Vec<PathBuf> =
        entries.filter_map(|e| e.ok()).filter(|e| !e.file_name().to_string_lossy().starts_with('.')).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        // symlink_metadata: a link to a folder is not followed (no loops, nothing outside).
        let Ok(kind) = std::fs::symlink_metadata(&path).map(|m| m.file_type()) else { continue };
        if kind.is_dir() {
            collect_articles(&path, files, failures);
        } else if has_extension(&path, ARTICLE_EXTENSIONS) {
            files.push(path);
        }
    }
}

/// Reads every article file of `paths` (folders expanded, see [`expand_paths`])
/// as an import would, storing nothing: what each would be imported as, whether
/// its text is already in the workspace, or why it cannot be read.
pub fn preview_files(store: &Store, paths: &[PathBuf]) -> Result<ImportPreview> {
    let (files, manifests, failures) = expand_paths(paths);
    let mut preview = ImportPreview { files: Vec::new(), manifests };
    for failure in failures {
        let file_name = display_name(&failure.file);
        preview.files.push(FilePreview {
            path: failure.file,
            file_name,
            problem: Some(failure.message),
            reason: Some(failure.reason),
            ..Default::default()
        });
    }
    for path in files {
        let file_name = display_name(&path);
        let read = ingest::read_article_file(&path, &ArticleMeta::default()).map(|(article, _)| article);
        preview.files.push(preview_row(store, path, file_name, read)?);
    }
    Ok(preview)
}

/// The review's row for an article as read (or why it could not be).
fn preview_row(store: &Store, path: PathBuf, file_name: String, read: Result<NewArticle>) -> Result<FilePreview> {
    Ok(match read {
        Ok(article) => FilePreview {
            already_stored: store.has_article_hash(&article.content_hash)?,
            inferred_published: match article.published {
                Some(_) => None,
                None => {
                    crate::extract::dates::latest_full_day_in(crate::extract::locale::for_language(&article.language).dates, &article.text)
                }
            },
            path,
            file_name,
            title: article.title,
            outlet: article.outlet,
            language: Some(article.language),
            published: article.published,
            problem: None,
            reason: None,
        },
        Err(err @ Error::Ingest { .. }) => {
            FilePreview { path, file_name, problem: Some(err.to_string()), reason: Some(FailureReason::of(&err)), ..Default::default() }
        }
        Err(other) => return Err(other),
    })
}

fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
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
        ..ImportReport::default()
    })
}
