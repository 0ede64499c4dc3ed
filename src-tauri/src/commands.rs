//! The commands the window calls. Each is a few lines into geotimeline-core.

use crate::error::{failure_detail, warning_detail, AppError, BlockedAction, ErrorDetail, FailureDetail, WarningDetail};
use crate::state::{FilePicker, FileSaver, Imports, Searches, Workspace, WorkspaceFiles, WorkspaceStatus};
use geotimeline_core::export::{self, Format};
use geotimeline_core::ingest::{self, ArticleMeta};
use geotimeline_core::model::{Actor, Article, ArticleId, ArticleMention, ArticleSummary, Event, EventId, EventSummary, Place};
use geotimeline_core::render::LaneMode;
use geotimeline_core::render::TimelineView;
use geotimeline_core::store::{DayCounts, EventColumns, EventEdit, HistoryEntry, NewEvent, NewPlace, PlaceCounts, WorkspaceImport};
use geotimeline_core::{workspace, EventFilter};
use serde::Serialize;
use std::path::PathBuf;
use tauri::ipc::Channel;
use tauri::State;

/// The outcome of an import, for the status bar.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ImportReport {
    pub imported: Vec<ArticleSummary>,
    pub duplicates: Vec<String>,
    pub failures: Vec<ImportFailure>,
    /// Files imported with a caveat (bad bytes replaced, sentences too long to read).
    pub warnings: Vec<ImportWarning>,
    pub events_added: u32,
    pub events_merged: u32,
    /// Files not imported because the import was cancelled (the one in progress and those not started).
    pub cancelled: Vec<String>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ImportFailure {
    pub file: String,
    /// The backend's English sentence, naming the file.
    pub message: String,
    /// Why, with its parameters: what the window words in its language.
    pub reason: FailureDetail,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ImportWarning {
    pub file: String,
    /// The backend's English sentence, naming the file.
    pub message: String,
    /// What was repaired, with its parameters: what the window words in its language.
    pub reason: WarningDetail,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct WorkspaceInfo {
    pub db_path: String,
    /// The file's name, as the window's title shows it.
    pub name: String,
    pub article_count: u32,
    pub event_count: u32,
}

impl ImportReport {
    fn from_core(r: workspace::ImportReport) -> Self {
        ImportReport {
            imported: r.imported,
            duplicates: r.duplicates,
            failures: r
                .failures
                .into_iter()
                .map(|f| ImportFailure { file: f.file.display().to_string(), reason: failure_detail(&f.reason), message: f.message })
                .collect(),
            warnings: r
                .warnings
                .into_iter()
                .map(|w| ImportWarning { file: w.file.display().to_string(), reason: warning_detail(&w.warning), message: w.message })
                .collect(),
            events_added: r.events_added as u32,
            events_merged: r.events_merged as u32,
            cancelled: r.cancelled.into_iter().map(|p| p.display().to_string()).collect(),
        }
    }
}

#[tauri::command]
#[specta::specta]
pub async fn list_events(state: State<'_, Workspace>, filter: EventFilter) -> Result<Vec<EventSummary>, AppError> {
    state.with_store(move |s| Ok(s.list_events(&filter)?)).await
}

/// The events matching the filter when there are at most `max` of them, else
/// `null`: the window's first question, with the counts, so that a small
/// workspace's events come a round earlier.
#[tauri::command]
#[specta::specta]
pub async fn list_events_up_to(state: State<'_, Workspace>, filter: EventFilter, max: u32) -> Result<Option<Vec<EventSummary>>, AppError> {
    state.with_store(move |s| Ok(s.list_events_up_to(&filter, max as usize)?)).await
}

/// The events matching the filter in columns (`list_events`'s, each place and
/// actor named once): a large workspace's zoomed-in stretch, thousands of events.
#[tauri::command]
#[specta::specta]
pub async fn list_event_columns(state: State<'_, Workspace>, filter: EventFilter) -> Result<EventColumns, AppError> {
    state.with_store(move |s| Ok(s.list_event_columns(&filter)?)).await
}

/// The events matching the filter counted by first day, type and lane, in
/// columns: what the timeline draws of a large workspace when zoomed out (it
/// asks for the events themselves only for a short visible range). A newer
/// call replaces this one (kind `Superseded`) if it comes before the answer.
#[tauri::command]
#[specta::specta]
pub async fn day_counts(
    state: State<'_, Workspace>,
    searches: State<'_, Searches>,
    filter: EventFilter,
    lanes: LaneMode,
) -> Result<DayCounts, AppError> {
    // Taken when asked, not once the store is free: a newer search replaces this one while it waits.
    let ticket = searches.day_counts.next();
    // The first counts are what a large workspace's first paint waits for: the start-up
    // marks say when they were asked, when the store began them and when they were made.
    crate::startup::mark("counts asked");
    state
        .with_store(move |s| {
            crate::startup::mark("counts begun");
            let counts = s.unless_superseded(&ticket, |s| s.day_counts(&filter, lanes))?;
            crate::startup::mark("counts made");
            Ok(counts)
        })
        .await
}

/// The places of the events matching the filter (its period: the visible
/// range) with their number of events, in columns, for the map's markers. A
/// newer call replaces this one (kind `Superseded`) if it comes before the answer.
#[tauri::command]
#[specta::specta]
pub async fn place_counts(
    state: State<'_, Workspace>,
    searches: State<'_, Searches>,
    filter: EventFilter,
) -> Result<PlaceCounts, AppError> {
    let ticket = searches.place_counts.next();
    state.with_store(move |s| Ok(s.unless_superseded(&ticket, |s| s.place_counts(&filter))?)).await
}

#[tauri::command]
#[specta::specta]
pub async fn get_event(state: State<'_, Workspace>, id: EventId) -> Result<Event, AppError> {
    state.with_store(move |s| Ok(s.get_event(id)?)).await
}

/// A user's correction of an event; the fields set are kept by every later
/// extraction. Returns the event as it now is.
#[tauri::command]
#[specta::specta]
pub async fn update_event(state: State<'_, Workspace>, id: EventId, edit: EventEdit) -> Result<Event, AppError> {
    state
        .with_store(move |s| {
            s.update_event(id, &edit)?;
            Ok(s.get_event(id)?)
        })
        .await
}

/// Deletes an event; extracting its articles again will not bring it back.
#[tauri::command]
#[specta::specta]
pub async fn delete_event(state: State<'_, Workspace>, id: EventId) -> Result<(), AppError> {
    state.with_store(move |s| Ok(s.delete_event(id)?)).await
}

/// Merges events into the first of `ids` (it keeps its id, type and date).
/// Returns the kept event as it now is.
#[tauri::command]
#[specta::specta]
pub async fn merge_events(state: State<'_, Workspace>, ids: Vec<EventId>, title: Option<String>) -> Result<Event, AppError> {
    state
        .with_store(move |s| {
            let kept = s.merge_events(&ids, title.as_deref())?;
            Ok(s.get_event(kept)?)
        })
        .await
}

/// Moves an event's sources from `articles` to a new event; returns the new event.
#[tauri::command]
#[specta::specta]
pub async fn split_event(state: State<'_, Workspace>, id: EventId, articles: Vec<ArticleId>) -> Result<Event, AppError> {
    state
        .with_store(move |s| {
            let new = s.split_event(id, &articles)?;
            Ok(s.get_event(new)?)
        })
        .await
}

/// Adds an event from a verbatim passage of an article; returns it.
#[tauri::command]
#[specta::specta]
pub async fn add_event(state: State<'_, Workspace>, event: NewEvent) -> Result<Event, AppError> {
    state
        .with_store(move |s| {
            let id = s.add_event(&event, &geotimeline_core::extract::FrenchRules)?;
            Ok(s.get_event(id)?)
        })
        .await
}

/// Marks an event as checked against its sources (or not); returns it.
#[tauri::command]
#[specta::specta]
pub async fn set_verified(state: State<'_, Workspace>, id: EventId, verified: bool) -> Result<Event, AppError> {
    state
        .with_store(move |s| {
            s.set_verified(id, verified)?;
            Ok(s.get_event(id)?)
        })
        .await
}

/// Undoes the last edit (made here or by the command line); `null` when there is none.
#[tauri::command]
#[specta::specta]
pub async fn undo(state: State<'_, Workspace>) -> Result<Option<HistoryEntry>, AppError> {
    state.with_store(|s| Ok(s.undo()?)).await
}

/// Redoes the last undone edit; `null` when there is none.
#[tauri::command]
#[specta::specta]
pub async fn redo(state: State<'_, Workspace>) -> Result<Option<HistoryEntry>, AppError> {
    state.with_store(|s| Ok(s.redo()?)).await
}

/// Every edit of the workspace, newest first.
#[tauri::command]
#[specta::specta]
pub async fn history(state: State<'_, Workspace>) -> Result<Vec<HistoryEntry>, AppError> {
    state.with_store(|s| Ok(s.history()?)).await
}

/// The events reported in an article, with where: the reader marks them in the text.
#[tauri::command]
#[specta::specta]
pub async fn list_article_mentions(state: State<'_, Workspace>, id: ArticleId) -> Result<Vec<ArticleMention>, AppError> {
    state.with_store(move |s| Ok(s.article_mentions(id)?)).await
}

/// Every place of the workspace's events, with coordinates, for the map.
#[tauri::command]
#[specta::specta]
pub async fn list_places(state: State<'_, Workspace>) -> Result<Vec<Place>, AppError> {
    state.with_store(|s| Ok(s.list_places()?)).await
}

/// The places a typed name may mean, best first (at most `limit`, 50 at
/// most): the knowledge base's and those added to this workspace, for
/// choosing an event's places.
#[tauri::command]
#[specta::specta]
pub async fn search_places(state: State<'_, Workspace>, query: String, limit: u32) -> Result<Vec<Place>, AppError> {
    state.with_store(move |s| Ok(s.search_places(&query, limit.min(50) as usize)?)).await
}

/// Adds a place the knowledge base lacks to the workspace (one edit of the
/// history); returns it as an event's places name it.
#[tauri::command]
#[specta::specta]
pub async fn add_place(state: State<'_, Workspace>, place: NewPlace) -> Result<Place, AppError> {
    state.with_store(move |s| Ok(s.add_place(&place)?)).await
}

/// Every country of the knowledge base: for the country of a place a user adds.
#[tauri::command]
#[specta::specta]
pub fn list_countries() -> Vec<Place> {
    geotimeline_core::knowledge::gazetteer::countries().cloned().collect()
}

/// The known people, organisations and states a typed name may mean, best
/// first (at most `limit`, 50 at most): for naming an event's actors.
#[tauri::command]
#[specta::specta]
pub fn suggest_actors(query: String, limit: u32) -> Vec<Actor> {
    geotimeline_core::knowledge::suggest_actors(&query, limit.min(50) as usize)
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
    info(&state).await
}

async fn info(state: &Workspace) -> Result<WorkspaceInfo, AppError> {
    let path = state.db_path();
    let db_path = path.display().to_string();
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    state
        .with_store(move |s| {
            let (article_count, event_count) = s.counts()?;
            Ok(WorkspaceInfo { db_path, name, article_count, event_count })
        })
        .await
}

/// Opens another workspace in place of this one: `open` runs on the blocking
/// pool; when it fails (not a workspace, a newer one) the open workspace stays.
/// Refused while an import runs. The file goes first in the recent list and its
/// name into the window's title.
pub(crate) async fn switch_workspace(
    state: &Workspace,
    files: &WorkspaceFiles,
    imports: &Imports,
    path: PathBuf,
    open: fn(&std::path::Path) -> geotimeline_core::Result<geotimeline_core::Store>,
) -> Result<WorkspaceInfo, AppError> {
    let _no_import = imports.start().map_err(|_| {
        AppError::import_running(
            BlockedAction::OpenWorkspace,
            "an import is running: wait for it to finish or cancel it before opening another workspace",
        )
    })?;
    let opened_path = path.clone();
    let store = tauri::async_runtime::spawn_blocking(move || open(&opened_path))
        .await
        .map_err(|e| AppError::Storage(format!("the workspace task failed: {e}")))??;
    state.switch_to(store, path.clone());
    remember_recent(files, &path);
    files.show_title(&path);
    info(state).await
}

fn remember_recent(files: &WorkspaceFiles, path: &std::path::Path) {
    use geotimeline_core::workspace_file::RecentFiles;
    let mut recent = RecentFiles::load(&files.recent_list);
    recent.push(path);
    // The list is a convenience: failing to write it never fails the switch.
    let _ = recent.save(&files.recent_list);
}

async fn on_blocking_pool<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(work).await.map_err(|e| AppError::Dialog(format!("the file dialog failed: {e}")))
}

/// File › New workspace: a save dialog, then an empty workspace there, opened.
/// None when the dialog was cancelled.
#[tauri::command]
#[specta::specta]
pub async fn new_workspace(
    state: State<'_, Workspace>,
    files: State<'_, WorkspaceFiles>,
    imports: State<'_, Imports>,
) -> Result<Option<WorkspaceInfo>, AppError> {
    let pick = |dialogs: &WorkspaceFiles| dialogs.pick_save("Nouvel espace de travail", "espace.geotimeline");
    switch_to_picked(&state, &files, &imports, pick, geotimeline_core::workspace_file::create_new).await
}

/// File › Open…: an open dialog, then that workspace in place of this one.
#[tauri::command]
#[specta::specta]
pub async fn open_workspace_file(
    state: State<'_, Workspace>,
    files: State<'_, WorkspaceFiles>,
    imports: State<'_, Imports>,
) -> Result<Option<WorkspaceInfo>, AppError> {
    let pick = |dialogs: &WorkspaceFiles| dialogs.pick_open("Ouvrir un espace de travail");
    switch_to_picked(&state, &files, &imports, pick, geotimeline_core::workspace_file::open_existing).await
}

/// The file chosen in a dialog (`pick`, run on the blocking pool), opened by `open`
/// in place of the open workspace as [`switch_workspace`] does. None when the dialog was cancelled.
async fn switch_to_picked(
    state: &Workspace,
    files: &WorkspaceFiles,
    imports: &Imports,
    pick: impl FnOnce(&WorkspaceFiles) -> Option<PathBuf> + Send + 'static,
    open: fn(&std::path::Path) -> geotimeline_core::Result<geotimeline_core::Store>,
) -> Result<Option<WorkspaceInfo>, AppError> {
    let dialogs = files.clone();
    let Some(path) = on_blocking_pool(move || pick(&dialogs)).await? else {
        return Ok(None);
    };
    Ok(Some(switch_workspace(state, files, imports, path, open).await?))
}

/// File › Import another workspace…: an open dialog, then that workspace's
/// articles and events merged into the open one, in one transaction on the
/// blocking pool (the other file is only read). None when the dialog was
/// cancelled. Refused while an import runs.
#[tauri::command]
#[specta::specta]
pub async fn import_workspace_file(
    state: State<'_, Workspace>,
    files: State<'_, WorkspaceFiles>,
    imports: State<'_, Imports>,
) -> Result<Option<WorkspaceImport>, AppError> {
    let dialogs = files.inner().clone();
    let Some(path) = on_blocking_pool(move || dialogs.pick_open("Importer un autre espace de travail")).await? else {
        return Ok(None);
    };
    let _no_import = imports.start().map_err(|_| {
        AppError::import_running(
            BlockedAction::ImportWorkspace,
            "an import is running: wait for it to finish or cancel it before importing another workspace",
        )
    })?;
    let summary = state.with_store(move |s| Ok(s.import_workspace(&path, &geotimeline_core::extract::FrenchRules)?)).await?;
    Ok(Some(summary))
}

/// The recent workspaces that still exist, newest first.
#[tauri::command]
#[specta::specta]
pub async fn recent_workspaces(files: State<'_, WorkspaceFiles>) -> Result<Vec<String>, AppError> {
    let list = geotimeline_core::workspace_file::RecentFiles::load(&files.recent_list);
    Ok(list.existing().into_iter().map(|p| p.display().to_string()).collect())
}

/// File › Open recent: opens one of the recent list's files (only those: the
/// window cannot name any other file).
#[tauri::command]
#[specta::specta]
pub async fn open_recent_workspace(
    state: State<'_, Workspace>,
    files: State<'_, WorkspaceFiles>,
    imports: State<'_, Imports>,
    path: String,
) -> Result<WorkspaceInfo, AppError> {
    let list = geotimeline_core::workspace_file::RecentFiles::load(&files.recent_list);
    let path = PathBuf::from(path);
    if !list.paths.contains(&path) {
        return Err(AppError::Invalid(format!("{} is not in the recent workspaces", path.display()))
            .with(ErrorDetail::NotRecent { file: crate::error::file_name(&path) }));
    }
    switch_workspace(&state, &files, &imports, path, geotimeline_core::workspace_file::open_existing).await
}

/// File › Save a copy…: a consistent copy of the open workspace where the user
/// chooses (never over the open file). Returns the copy's path; None when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn save_workspace_copy(state: State<'_, Workspace>, files: State<'_, WorkspaceFiles>) -> Result<Option<String>, AppError> {
    let dialogs = files.inner().clone();
    let current = state.db_path();
    let stem = current.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "espace".into());
    let suggested = format!("{stem} (copie).{}", geotimeline_core::workspace_file::EXTENSION);
    let Some(dest) = on_blocking_pool(move || dialogs.pick_save("Enregistrer une copie", &suggested)).await? else {
        return Ok(None);
    };
    let shown = dest.display().to_string();
    state.with_store(move |s| Ok(s.save_copy(&dest)?)).await?;
    Ok(Some(shown))
}

/// File › Reset the sample workspace: the sample workspace (in the app's data
/// folder) deleted, the built-in sample imported afresh into it, and opened.
#[tauri::command]
#[specta::specta]
pub async fn reset_sample_workspace(
    state: State<'_, Workspace>,
    files: State<'_, WorkspaceFiles>,
    imports: State<'_, Imports>,
) -> Result<WorkspaceInfo, AppError> {
    let _no_import = imports.start().map_err(|_| {
        AppError::import_running(
            BlockedAction::ResetSample,
            "an import is running: wait for it to finish or cancel it before resetting the sample",
        )
    })?;
    let sample = files.sample_path.clone();
    let workspace = state.inner().clone();
    tauri::async_runtime::spawn_blocking(move || {
        workspace.close_for_reset(sample.clone());
        let mut removed = Ok(());
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut name = sample.as_os_str().to_owned();
            name.push(suffix);
            match std::fs::remove_file(PathBuf::from(name)) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => removed = Err(e.to_string()),
                _ => {}
            }
        }
        let opened = removed.and_then(|_| crate::state::open_store(&sample).map_err(|e| e.to_string()));
        workspace.reopen(opened);
    })
    .await
    .map_err(|e| AppError::Storage(format!("the workspace task failed: {e}")))?;
    let path = state.db_path();
    remember_recent(&files, &path);
    files.show_title(&path);
    info(&state).await
}

/// Whether the workspace is open yet, answered at once: on a first start the
/// window shows that the sample is being prepared while the other commands wait.
#[tauri::command]
#[specta::specta]
pub async fn workspace_status(state: State<'_, Workspace>) -> Result<WorkspaceStatus, AppError> {
    Ok(state.status())
}

/// The window's start-up steps (ms since the epoch), sent once it has painted its
/// first events: logged in one line with the Rust side's, which it gets back.
#[tauri::command]
#[specta::specta]
pub fn start_up(page: Vec<crate::startup::StartUpMark>) -> Vec<crate::startup::StartUpMark> {
    let rust = crate::startup::marks();
    log::info!(target: "geotimeline::startup", "start-up, ms after the process started: {}", crate::startup::summary(&rust, &page));
    rust
}

/// A workspace file that could not be opened because it is damaged.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct DamagedWorkspace {
    pub db_path: String,
    /// The sentence: the file, that it is damaged and was not changed, whether a backup exists.
    pub message: String,
    /// The backup "Restore the backup" puts in its place, when there is one.
    pub backup: Option<String>,
    /// The damage with its parameters (`ErrorDetail::Damaged`): what the window words in its language.
    pub detail: Option<ErrorDetail>,
}

/// What a rescue of a damaged workspace did.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct RescuedWorkspace {
    /// The workspace now open, at the damaged file's path.
    pub info: WorkspaceInfo,
    /// Where the damaged file was kept (never deleted).
    pub damaged_kept_as: String,
}

/// The open workspace's file when it is damaged; None otherwise (and while it is opened).
#[tauri::command]
#[specta::specta]
pub async fn damaged_workspace(state: State<'_, Workspace>) -> Result<Option<DamagedWorkspace>, AppError> {
    let path = state.db_path();
    Ok(state.damaged().map(|message| DamagedWorkspace {
        db_path: path.display().to_string(),
        message,
        detail: state.damage_detail(),
        backup: geotimeline_core::store::latest_backup(&path).map(|b| b.display().to_string()),
    }))
}

/// "Restore the backup": the damaged file renamed aside, a copy of its latest
/// backup put in its place and opened.
#[tauri::command]
#[specta::specta]
pub async fn restore_workspace_backup(state: State<'_, Workspace>, files: State<'_, WorkspaceFiles>) -> Result<RescuedWorkspace, AppError> {
    rescue(&state, &files, geotimeline_core::workspace_file::restore_backup).await
}

/// "Start a new workspace": the damaged file renamed aside, an empty workspace in its place.
#[tauri::command]
#[specta::specta]
pub async fn start_over_workspace(state: State<'_, Workspace>, files: State<'_, WorkspaceFiles>) -> Result<RescuedWorkspace, AppError> {
    rescue(&state, &files, geotimeline_core::workspace_file::start_over).await
}

/// Only a damaged workspace is rescued: a healthy one is never renamed aside.
pub(crate) async fn rescue(
    state: &Workspace,
    files: &WorkspaceFiles,
    how: fn(&std::path::Path) -> geotimeline_core::Result<(geotimeline_core::Store, PathBuf)>,
) -> Result<RescuedWorkspace, AppError> {
    if state.damaged().is_none() {
        return Err(AppError::Invalid("the workspace is not damaged: there is nothing to rescue".into()));
    }
    let path = state.db_path();
    let at = path.clone();
    let (store, aside) = tauri::async_runtime::spawn_blocking(move || how(&at))
        .await
        .map_err(|e| AppError::Storage(format!("the workspace task failed: {e}")))??;
    state.switch_to(store, path.clone());
    remember_recent(files, &path);
    files.show_title(&path);
    Ok(RescuedWorkspace { info: info(state).await?, damaged_kept_as: aside.display().to_string() })
}

/// Opens the system file dialog (from Rust: the window gets no file-system
/// permission) and returns the chosen files, for the import review; none when
/// the user closed it.
#[tauri::command]
#[specta::specta]
pub async fn pick_import_files(picker: State<'_, FilePicker>) -> Result<Vec<String>, AppError> {
    let picker = picker.inner().clone();
    let picked = tauri::async_runtime::spawn_blocking(move || picker.pick())
        .await
        .map_err(|e| AppError::Dialog(format!("the file dialog failed: {e}")))?;
    Ok(picked.unwrap_or_default().into_iter().map(|p| p.display().to_string()).collect())
}

/// Opens the system folder dialog and returns the chosen folder (none when the
/// user closed it); its article files (.txt, .md, .html, .htm, .pdf, in its
/// subfolders too) are what the import review lists, as for a dropped folder.
#[tauri::command]
#[specta::specta]
pub async fn pick_import_folder(picker: State<'_, FilePicker>) -> Result<Vec<String>, AppError> {
    let picker = picker.inner().clone();
    let picked = tauri::async_runtime::spawn_blocking(move || picker.pick_folder())
        .await
        .map_err(|e| AppError::Dialog(format!("the folder dialog failed: {e}")))?;
    Ok(picked.into_iter().map(|p| p.display().to_string()).collect())
}

/// One article file as it would be imported, for the import review.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct FilePreview {
    pub path: String,
    pub file_name: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// "fr" or "en", as the page says or the text reads; null when unreadable.
    pub language: Option<String>,
    /// The publication date the file states, yyyy-mm-dd.
    pub published: Option<String>,
    /// When it states none: the latest day its text writes out in full, to propose.
    pub inferred_published: Option<String>,
    /// The same text is already in the workspace: it will be skipped.
    pub already_stored: bool,
    /// Why it cannot be imported (naming the file): it will be skipped.
    pub problem: Option<String>,
    /// The same with its parameters: what the window words in its language.
    pub reason: Option<FailureDetail>,
}

impl From<workspace::FilePreview> for FilePreview {
    fn from(f: workspace::FilePreview) -> Self {
        FilePreview {
            path: f.path.display().to_string(),
            file_name: f.file_name,
            title: f.title,
            outlet: f.outlet,
            language: f.language,
            published: f.published.map(|d| d.to_string()),
            inferred_published: f.inferred_published.map(|d| d.to_string()),
            already_stored: f.already_stored,
            problem: f.problem,
            reason: f.reason.as_ref().map(failure_detail),
        }
    }
}

/// What an import of the chosen or dropped paths would store.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ImportPreview {
    pub files: Vec<FilePreview>,
    /// Manifests, imported as they are (their entries give each article's metadata).
    pub manifests: Vec<String>,
}

/// A reviewed article file: what the user confirmed or changed.
#[derive(Debug, Clone, serde::Deserialize, specta::Type)]
pub struct ReviewedFile {
    pub path: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// "fr" or "en".
    pub language: String,
    /// yyyy-mm-dd.
    pub published: String,
}

/// Paths from the webview are untrusted input: absolute ones only.
fn absolute_paths(paths: Vec<String>) -> Result<Vec<PathBuf>, AppError> {
    let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
    if let Some(relative) = paths.iter().find(|p| !p.is_absolute()) {
        return Err(AppError::Invalid(format!("{}: not an absolute path", relative.display())));
    }
    Ok(paths)
}

/// Reads the chosen or dropped files (a folder: the article files under it) as
/// an import would, storing nothing, for the user to review.
#[tauri::command]
#[specta::specta]
pub async fn preview_import(state: State<'_, Workspace>, paths: Vec<String>) -> Result<ImportPreview, AppError> {
    let paths = absolute_paths(paths)?;
    state
        .with_store(move |store| {
            let preview = workspace::preview_files(store, &paths)?;
            Ok(ImportPreview {
                files: preview.files.into_iter().map(FilePreview::from).collect(),
                manifests: preview.manifests.into_iter().map(|p| p.display().to_string()).collect(),
            })
        })
        .await
}

/// The metadata the user confirmed for one row of the review, checked; `name`
/// names the row in a refusal.
fn reviewed_meta(file: ReviewedFile, name: &str) -> Result<ArticleMeta, AppError> {
    if !matches!(file.language.as_str(), "fr" | "en") {
        return Err(AppError::Invalid(format!("{name}: language {:?} is not supported (fr or en)", file.language)));
    }
    let published = ingest::parse_date(&file.published)
        .filter(|_| file.published.trim().len() == 10)
        .ok_or_else(|| AppError::Invalid(format!("{name}: {:?} is not a date (yyyy-mm-dd)", file.published)))?;
    let given = |v: Option<String>| v.map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    Ok(ArticleMeta { title: given(file.title), outlet: given(file.outlet), language: Some(file.language), published: Some(published) })
}

/// Text or HTML pasted from the clipboard.
#[derive(Debug, Clone, serde::Deserialize, specta::Type)]
pub struct PastedArticle {
    pub text: String,
    /// The clipboard offered it as HTML (text/html). Text starting with markup is read as HTML too.
    pub html: bool,
}

impl From<PastedArticle> for ingest::Pasted {
    fn from(p: PastedArticle) -> Self {
        ingest::Pasted::new(p.text, p.html)
    }
}

/// Reads a pasted article as an import would, storing nothing: its row of the
/// import review (path and file name `pasted.txt` or `pasted.html`). An empty
/// paste is refused (Invalid).
#[tauri::command]
#[specta::specta]
pub async fn preview_paste(state: State<'_, Workspace>, pasted: PastedArticle) -> Result<FilePreview, AppError> {
    let pasted = ingest::Pasted::from(pasted);
    state.with_store(move |store| Ok(FilePreview::from(workspace::preview_pasted(store, &pasted)?))).await
}

/// Imports a pasted article with the metadata the user confirmed in the import
/// review (`review.path` is not read: the article is `pasted`).
#[tauri::command]
#[specta::specta]
pub async fn import_pasted(state: State<'_, Workspace>, pasted: PastedArticle, review: ReviewedFile) -> Result<ImportReport, AppError> {
    let pasted = ingest::Pasted::from(pasted);
    let meta = reviewed_meta(review, pasted.file_name())?;
    state.with_store(move |store| Ok(ImportReport::from_core(workspace::import_pasted(store, &pasted, &meta)?))).await
}

/// Where an import is, sent to the window before each file and once at the end.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ImportProgress {
    /// Files finished (imported, skipped or failed).
    pub done: u32,
    pub total: u32,
    /// Events found in the files imported so far.
    pub events_found: u32,
    /// The name of the file being imported; null in the last message.
    pub current: Option<String>,
}

impl From<&workspace::ImportProgress> for ImportProgress {
    fn from(p: &workspace::ImportProgress) -> Self {
        ImportProgress {
            done: p.done as u32,
            total: p.total as u32,
            events_found: p.events_found as u32,
            current: p
                .current
                .as_ref()
                .map(|c| c.file_name().map_or_else(|| c.display().to_string(), |n| n.to_string_lossy().into_owned())),
        }
    }
}

/// Imports the reviewed files with the metadata the user confirmed (the
/// language they chose is the one the article is read in), and the manifests'
/// entries, file by file on the blocking pool, each file in a transaction of its
/// own: `on_progress` is told before each file and at the end, and
/// `cancel_import` stops it between files (the file in progress rolled back).
/// One import at a time: another is refused (Busy) while one runs.
#[tauri::command]
#[specta::specta]
pub async fn import_reviewed(
    state: State<'_, Workspace>,
    imports: State<'_, Imports>,
    files: Vec<ReviewedFile>,
    manifests: Vec<String>,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportReport, AppError> {
    let manifests = absolute_paths(manifests)?;
    let mut inputs: Vec<ingest::ManifestItem> = Vec::with_capacity(files.len());
    for file in files {
        let path = absolute_paths(vec![file.path.clone()])?.remove(0);
        let meta = reviewed_meta(file, &path.display().to_string())?;
        inputs.push(Ok((path, meta)));
    }
    let run = imports.start()?;
    let delay = imports.file_delay;
    state
        .with_store_lock(move |store| {
            let mut inputs = inputs;
            for manifest in manifests {
                inputs.extend(ingest::read_manifest(&manifest)?.into_iter().map(Ok));
            }
            let report = workspace::import_each(store, inputs, &run.cancel, |progress| {
                // The window may be gone; the import goes on regardless.
                let _ = on_progress.send(ImportProgress::from(progress));
                if progress.current.is_some() && !delay.is_zero() {
                    std::thread::sleep(delay);
                }
            })?;
            drop(run);
            Ok(ImportReport::from_core(report))
        })
        .await
}

/// Asks the running import to stop after the file in progress is rolled back;
/// false when no import runs.
#[tauri::command]
#[specta::specta]
pub async fn cancel_import(imports: State<'_, Imports>) -> Result<bool, AppError> {
    Ok(imports.cancel())
}

/// What became of an export.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ExportOutcome {
    /// The user closed the save dialog.
    pub cancelled: bool,
    /// Where the file was written.
    pub path: Option<String>,
    pub bytes: u32,
}

/// A name the save dialog proposes: "geotimeline-2024-06-18_2024-06-21.png".
fn suggested_name(view: &TimelineView, format: Format) -> String {
    let range = match (view.from, view.to) {
        (Some(f), Some(t)) => format!("-{f}_{t}"),
        _ => String::new(),
    };
    let kind = if format == Format::CsvSources { "-sources" } else { "" };
    format!("geotimeline{range}{kind}.{}", format.extension())
}

/// Exports what the window shows (`view`) in `format`: asks where to save
/// (from Rust), then draws or serialises and writes the file in one step.
#[tauri::command]
#[specta::specta]
pub async fn export_view(
    saver: State<'_, FileSaver>,
    state: State<'_, Workspace>,
    view: TimelineView,
    format: Format,
    scale: f32,
) -> Result<ExportOutcome, AppError> {
    if !(1.0..=4.0).contains(&scale) {
        return Err(AppError::Invalid(format!("the pixel density must be between 1 and 4, not {scale}")));
    }
    let saver = saver.inner().clone();
    let suggested = suggested_name(&view, format);
    let chosen = tauri::async_runtime::spawn_blocking(move || saver.choose(&suggested, format))
        .await
        .map_err(|e| AppError::Dialog(format!("the save dialog failed: {e}")))?;
    let Some(mut path) = chosen else {
        return Ok(ExportOutcome { cancelled: true, path: None, bytes: 0 });
    };
    if path.extension().is_none() {
        path.set_extension(format.extension());
    }
    state
        .with_store(move |store| {
            let bytes = export::export(store, &view, format, scale)?;
            export::save(&path, &bytes).map_err(|e| AppError::Export(e.to_string()))?;
            Ok(ExportOutcome { cancelled: false, path: Some(path.display().to_string()), bytes: bytes.len() as u32 })
        })
        .await
}

/// File › Open the log folder: the platform's log folder for the app (created if
/// it is not there yet) opened in the system's file manager.
#[tauri::command]
#[specta::specta]
pub async fn open_log_folder(folder: State<'_, LogFolder>) -> Result<String, AppError> {
    let dir = &folder.0;
    std::fs::create_dir_all(dir).map_err(|e| AppError::Storage(format!("{}: {e}", dir.display())))?;
    opener::open(dir)
        .map_err(|e| AppError::Storage(format!("{} could not be opened: {}", dir.display(), crate::error::with_causes(&e))))?;
    Ok(dir.display().to_string())
}

/// Whether this build checks for updates: File › Check for updates… is shown only then.
#[tauri::command]
#[specta::specta]
pub fn updates_enabled(updates: State<'_, crate::updates::Updates>) -> bool {
    updates.enabled()
}

/// File › Check for updates…: the newer release the update manifest announces, or None.
/// Refused without any request when this build does not check for updates.
#[tauri::command]
#[specta::specta]
pub async fn check_for_update(updates: State<'_, crate::updates::Updates>) -> Result<Option<crate::updates::AvailableUpdate>, AppError> {
    updates.check().await
}

/// Installs the newer release and restarts on it; false when there is none any more.
#[tauri::command]
#[specta::specta]
pub async fn install_update(updates: State<'_, crate::updates::Updates>) -> Result<bool, AppError> {
    updates.install().await
}

/// Where the log is written: the platform's log folder for the app.
pub struct LogFolder(pub PathBuf);
