//! The commands the window calls. Each is a few lines into geotimeline-core.

use crate::error::AppError;
use crate::state::{FilePicker, Workspace};
use geotimeline_core::ingest::{self, ArticleMeta};
use geotimeline_core::model::{Article, ArticleId, ArticleSummary, Event, EventId, EventSummary};
use geotimeline_core::{workspace, EventFilter};
use serde::Serialize;
use std::path::PathBuf;
use tauri::State;

/// The outcome of an import, for the status bar.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ImportReport {
    /// The user closed the file dialog without choosing anything.
    pub cancelled: bool,
    pub imported: Vec<ArticleSummary>,
    pub duplicates: Vec<String>,
    pub failures: Vec<ImportFailure>,
    pub events_added: u32,
    pub events_merged: u32,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ImportFailure {
    pub file: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct WorkspaceInfo {
    pub db_path: String,
    pub article_count: u32,
    pub event_count: u32,
}

impl ImportReport {
    fn cancelled() -> Self {
        ImportReport { cancelled: true, imported: vec![], duplicates: vec![], failures: vec![], events_added: 0, events_merged: 0 }
    }

    fn from_core(r: workspace::ImportReport) -> Self {
        ImportReport {
            cancelled: false,
            imported: r.imported,
            duplicates: r.duplicates,
            failures: r.failures.into_iter().map(|f| ImportFailure { file: f.file.display().to_string(), message: f.message }).collect(),
            events_added: r.events_added as u32,
            events_merged: r.events_merged as u32,
        }
    }
}

#[tauri::command]
#[specta::specta]
pub async fn list_events(state: State<'_, Workspace>, filter: EventFilter) -> Result<Vec<EventSummary>, AppError> {
    state.with_store(move |s| Ok(s.list_events(&filter)?)).await
}

#[tauri::command]
#[specta::specta]
pub async fn get_event(state: State<'_, Workspace>, id: EventId) -> Result<Event, AppError> {
    state.with_store(move |s| Ok(s.get_event(id)?)).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_articles(state: State<'_, Workspace>) -> Result<Vec<ArticleSummary>, AppError> {
    state.with_store(|s| Ok(s.list_articles()?)).await
}

#[tauri::command]
#[specta::specta]
pub async fn get_article(state: State<'_, Workspace>, id: ArticleId) -> Result<Article, AppError> {
    state.with_store(move |s| Ok(s.get_article(id)?)).await
}

#[tauri::command]
#[specta::specta]
pub async fn workspace_info(state: State<'_, Workspace>) -> Result<WorkspaceInfo, AppError> {
    let db_path = state.db_path.display().to_string();
    state
        .with_store(move |s| {
            let (article_count, event_count) = s.counts()?;
            Ok(WorkspaceInfo { db_path, article_count, event_count })
        })
        .await
}

/// Opens the system file dialog (from Rust: the window gets no file-system
/// permission) and imports the chosen articles and manifests.
#[tauri::command]
#[specta::specta]
pub async fn import_files(picker: State<'_, FilePicker>, state: State<'_, Workspace>) -> Result<ImportReport, AppError> {
    let picker = picker.inner().clone();
    let picked = tauri::async_runtime::spawn_blocking(move || picker.pick())
        .await
        .map_err(|e| AppError::Dialog(format!("the file dialog failed: {e}")))?;
    match picked {
        None => Ok(ImportReport::cancelled()),
        Some(paths) => import(state.inner().clone(), paths).await,
    }
}

/// Imports files dropped on the window. The paths come from the webview, so
/// they are checked like any untrusted input: absolute, regular files of a
/// supported type (ingest refuses everything else by name).
#[tauri::command]
#[specta::specta]
pub async fn import_paths(state: State<'_, Workspace>, paths: Vec<String>) -> Result<ImportReport, AppError> {
    let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
    if let Some(relative) = paths.iter().find(|p| !p.is_absolute()) {
        return Err(AppError::Invalid(format!("{}: not an absolute path", relative.display())));
    }
    import(state.inner().clone(), paths).await
}

async fn import(workspace: Workspace, paths: Vec<PathBuf>) -> Result<ImportReport, AppError> {
    workspace
        .with_store(move |store| {
            let mut inputs = Vec::new();
            for path in paths {
                let is_manifest = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
                if is_manifest {
                    inputs.extend(ingest::read_manifest(&path)?);
                } else {
                    inputs.push((path, ArticleMeta::default()));
                }
            }
            Ok(ImportReport::from_core(workspace::import_files(store, &inputs)?))
        })
        .await
}
