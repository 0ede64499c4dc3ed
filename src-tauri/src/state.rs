//! The managed state: the open workspace store. Commands lock it on tokio's
//! blocking pool, never on the UI thread; it is opened off the UI thread too.

use crate::error::{AppError, BlockedAction, ErrorKind};
use geotimeline_core::export::Format;
use geotimeline_core::Store;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// The searches the window asks as the user types, by kind of answer: a newer
/// one replaces an older one still waiting for the store or running
/// (`Store::unless_superseded`).
#[derive(Debug, Clone, Default)]
pub struct Searches {
    pub day_counts: geotimeline_core::store::Generations,
    pub place_counts: geotimeline_core::store::Generations,
}

/// The workspace, or why it could not be opened: the window still opens and
/// shows that sentence instead of the app vanishing at start. On a first start
/// it is still being prepared (the sample copied) while the window paints:
/// commands wait for it on the blocking pool.
#[derive(Clone)]
pub struct Workspace {
    slot: Arc<Slot>,
}

struct Slot {
    state: Mutex<Opening>,
    done: Condvar,
    /// The file open (or being opened); another workspace swaps it with the store.
    path: Mutex<PathBuf>,
}

enum Opening {
    /// Being opened; `sample`: a new workspace, the sample being imported into it.
    Pending {
        sample: bool,
    },
    Open(Arc<Mutex<Store>>),
    /// Why it could not be opened; `damaged`: the file is damaged (the window
    /// offers to restore its backup or to start a new workspace).
    Failed {
        reason: String,
        damaged: bool,
        /// The parameters the window words the error with (see `AppError::detail`).
        detail: Option<crate::error::ErrorDetail>,
    },
}

impl Opening {
    fn of(opened: Result<Store, geotimeline_core::Error>) -> Opening {
        match opened {
            Ok(store) => Opening::Open(Arc::new(Mutex::new(store))),
            Err(err) => Opening::Failed {
                damaged: matches!(err, geotimeline_core::Error::Damaged { .. }),
                reason: err.to_string(),
                detail: crate::error::detail_of(&err),
            },
        }
    }
}

/// What the window shows while it waits for the workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum WorkspaceStatus {
    /// An existing workspace is being opened.
    Opening,
    /// A first start: the built-in sample is being copied into place.
    PreparingSample,
    Ready,
    /// It could not be opened; the commands say why.
    Unavailable,
}

impl Workspace {
    fn with_state(state: Opening, db_path: PathBuf) -> Self {
        Workspace { slot: Arc::new(Slot { state: Mutex::new(state), done: Condvar::new(), path: Mutex::new(db_path) }) }
    }

    /// The workspace file open now.
    pub fn db_path(&self) -> PathBuf {
        self.slot.path.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Swaps the open store for another workspace's. The old store closes once
    /// the commands still using it have finished.
    pub fn switch_to(&self, store: Store, db_path: PathBuf) {
        let mut state = self.slot.state.lock().unwrap_or_else(|p| p.into_inner());
        *self.slot.path.lock().unwrap_or_else(|p| p.into_inner()) = db_path;
        *state = Opening::Open(Arc::new(Mutex::new(store)));
        self.slot.done.notify_all();
    }

    /// Closes the open store for a reset of its file: the window's commands wait
    /// (the sample being prepared) until [`Workspace::reopen`]; the old store is
    /// released once the commands using it have finished (waiting up to 10 s).
    pub fn close_for_reset(&self, db_path: PathBuf) {
        let old = {
            let mut state = self.slot.state.lock().unwrap_or_else(|p| p.into_inner());
            *self.slot.path.lock().unwrap_or_else(|p| p.into_inner()) = db_path;
            std::mem::replace(&mut *state, Opening::Pending { sample: true })
        };
        if let Opening::Open(store) = old {
            let end = std::time::Instant::now() + Duration::from_secs(10);
            while Arc::strong_count(&store) > 1 && std::time::Instant::now() < end {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }

    /// Closes the store as the app exits, so that SQLite folds its write-ahead log back
    /// into the file and removes it: the event loop ends the process without dropping
    /// the app's state, and the log left beside the file made every next start take
    /// the last session for a crash and check every page of the workspace (issue 16).
    /// Commands asked afterwards fail. Waits up to `patience` for the commands using
    /// the store (an import) to end; returns whether it was closed.
    pub fn close_on_exit(&self, patience: Duration) -> bool {
        let old = {
            let mut state = self.slot.state.lock().unwrap_or_else(|p| p.into_inner());
            std::mem::replace(&mut *state, Opening::Failed { reason: "GeoTimeline is closing".into(), damaged: false, detail: None })
        };
        self.slot.done.notify_all();
        let Opening::Open(mut store) = old else { return false };
        let end = std::time::Instant::now() + patience;
        loop {
            match Arc::try_unwrap(store) {
                Ok(only) => return only.into_inner().unwrap_or_else(|p| p.into_inner()).close().is_ok(),
                Err(shared) if std::time::Instant::now() < end => {
                    store = shared;
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(_) => return false,
            }
        }
    }

    /// Ends a reset: the store prepared, or why it could not be.
    pub fn reopen(&self, opened: Result<Store, String>) {
        self.finish(opened)
    }

    pub fn new(store: Store, db_path: PathBuf) -> Self {
        Workspace::with_state(Opening::Open(Arc::new(Mutex::new(store))), db_path)
    }

    pub fn unavailable(db_path: PathBuf, reason: String) -> Self {
        Workspace::with_state(Opening::Failed { reason, damaged: false, detail: None }, db_path)
    }

    /// Why the workspace file could not be opened when it is damaged (None
    /// otherwise, and while it is being opened), without waiting.
    pub fn damaged(&self) -> Option<String> {
        match &*self.slot.state.lock().unwrap_or_else(|p| p.into_inner()) {
            Opening::Failed { reason, damaged: true, .. } => Some(reason.clone()),
            _ => None,
        }
    }

    /// The parameters of the damage (file, problem, backup), for the window to word it in its language.
    pub fn damage_detail(&self) -> Option<crate::error::ErrorDetail> {
        match &*self.slot.state.lock().unwrap_or_else(|p| p.into_inner()) {
            Opening::Failed { detail, damaged: true, .. } => detail.clone(),
            _ => None,
        }
    }

    /// Where the workspace is, without waiting for it.
    pub fn status(&self) -> WorkspaceStatus {
        match &*self.slot.state.lock().unwrap_or_else(|p| p.into_inner()) {
            Opening::Pending { sample: false } => WorkspaceStatus::Opening,
            Opening::Pending { sample: true } => WorkspaceStatus::PreparingSample,
            Opening::Open(_) => WorkspaceStatus::Ready,
            Opening::Failed { .. } => WorkspaceStatus::Unavailable,
        }
    }

    fn finish(&self, opened: Result<Store, String>) {
        self.set(match opened {
            Ok(store) => Opening::Open(Arc::new(Mutex::new(store))),
            Err(reason) => Opening::Failed { reason, damaged: false, detail: None },
        })
    }

    fn set(&self, opening: Opening) {
        *self.slot.state.lock().unwrap_or_else(|p| p.into_inner()) = opening;
        self.slot.done.notify_all();
    }

    /// Blocks until the workspace is opened (or failed to).
    fn wait(&self) -> Result<Arc<Mutex<Store>>, AppError> {
        let mut state = self.slot.state.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            match &*state {
                Opening::Pending { .. } => state = self.slot.done.wait(state).unwrap_or_else(|p| p.into_inner()),
                Opening::Open(store) => return Ok(Arc::clone(store)),
                Opening::Failed { reason, damaged, detail } => {
                    let kind = if *damaged { ErrorKind::Damaged } else { ErrorKind::Storage };
                    return Err(AppError { kind, message: reason.clone(), detail: detail.clone() });
                }
            }
        }
    }

    /// Runs `work` on the blocking pool with the store's lock (once it is
    /// open), for work that locks it for a while at a time: an import locks it
    /// file by file, so the window's reads go on between files.
    pub async fn with_store_lock<T, F>(&self, work: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&Mutex<Store>) -> Result<T, AppError> + Send + 'static,
    {
        let this = self.clone();
        tauri::async_runtime::spawn_blocking(move || work(&*this.wait()?))
            .await
            .map_err(|e| AppError::Storage(format!("the workspace task failed: {e}")))?
    }

    /// Runs `work` with the store on the blocking pool (once it is open).
    pub async fn with_store<T, F>(&self, work: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, AppError> + Send + 'static,
    {
        let this = self.clone();
        tauri::async_runtime::spawn_blocking(move || {
            let store = this.wait()?;
            // A panic in an earlier command must not lock the user out of their data.
            let mut guard = store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            work(&mut guard)
        })
        .await
        .map_err(|e| AppError::Storage(format!("the workspace task failed: {e}")))?
    }
}

/// Opens the workspace database, importing the built-in sample when the
/// database is new, so a first start shows a real timeline. A database that
/// cannot be opened (written by a newer version, damaged) is left untouched.
pub fn open_workspace(db_path: PathBuf) -> Workspace {
    let opened = Opening::of(open_store(&db_path));
    Workspace::with_state(opened, db_path)
}

/// `open_workspace` on a thread of its own: returns at once, so the window opens
/// and paints while the workspace is opened (and, on a first start, the sample
/// imported); the commands wait for it.
pub fn open_workspace_in_background(db_path: PathBuf) -> Workspace {
    let workspace = Workspace::with_state(Opening::Pending { sample: !db_path.exists() }, db_path.clone());
    let filler = workspace.clone();
    let spawned = std::thread::Builder::new().name("workspace".into()).spawn(move || {
        crate::startup::mark("workspace opening");
        let opened = open_store(&filler.db_path());
        crate::startup::mark("workspace open");
        filler.set(Opening::of(opened));
    });
    if let Err(err) = spawned {
        workspace.finish(Err(format!("the workspace could not be opened: {err}")));
    }
    workspace
}

/// The built-in sample's workspace file, imported at build time (src-tauri/build.rs):
/// a first start copies it rather than importing the sample, which took 0.6–0.8 s of the
/// first start here and left about 50 MB more in the app's process (issue 16).
pub const PREPARED_SAMPLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/sample.sqlite"));

/// A new workspace gets the prepared sample in a file beside it, renamed into place
/// once complete: a first start interrupted during the copy starts again next time
/// instead of leaving an empty or partial workspace.
pub fn open_store(db_path: &Path) -> geotimeline_core::Result<Store> {
    if db_path.exists() {
        return Store::open(db_path);
    }
    let beside = |suffix: &str| {
        let mut name = db_path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    let preparing = beside(".preparing");
    // What an interrupted first start left, and the side files of a workspace deleted
    // without them (SQLite would read them into the new one).
    for leftover in [".preparing", ".preparing-wal", ".preparing-shm", ".preparing-journal", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(beside(leftover));
    }
    write_synced(&preparing, PREPARED_SAMPLE).map_err(|e| geotimeline_core::Error::Io { path: preparing.clone(), source: e })?;
    crate::startup::mark("sample copied");
    std::fs::rename(&preparing, db_path).map_err(|e| geotimeline_core::Error::Io { path: db_path.to_path_buf(), source: e })?;
    Store::open(db_path)
}

/// Writes `bytes` to a new file at `path` (its folder made if needed), on disk before it is renamed into place.
fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Asks the user for article files. The app shows the system dialog; tests
/// give a picker that answers without a window.
#[derive(Clone)]
pub struct FilePicker {
    files: Arc<dyn Fn() -> Option<Vec<PathBuf>> + Send + Sync>,
    folder: Arc<dyn Fn() -> Option<PathBuf> + Send + Sync>,
}

impl FilePicker {
    /// A scripted picker (tests, GEOTIMELINE_OPEN): `pick` answers both the
    /// files dialog and the folder dialog (with its first path).
    pub fn new(pick: impl Fn() -> Option<Vec<PathBuf>> + Send + Sync + 'static) -> Self {
        let pick = Arc::new(pick);
        let first = pick.clone();
        FilePicker { files: pick, folder: Arc::new(move || first().and_then(|paths| paths.into_iter().next())) }
    }

    /// The system's file and folder dialogs, opened from Rust (the window has no file-system permission).
    pub fn dialog<R: tauri::Runtime>(app: tauri::AppHandle<R>) -> Self {
        use tauri_plugin_dialog::DialogExt;
        let for_folder = app.clone();
        FilePicker {
            files: Arc::new(move || {
                let picked = app
                    .dialog()
                    .file()
                    .set_title("Importer des articles")
                    .add_filter(
                        "Articles (texte, Markdown, HTML, PDF) et manifestes",
                        &["txt", "md", "markdown", "html", "htm", "pdf", "json"],
                    )
                    .blocking_pick_files()?;
                Some(picked.into_iter().filter_map(|p| p.into_path().ok()).collect())
            }),
            folder: Arc::new(move || {
                for_folder.dialog().file().set_title("Importer un dossier d'articles").blocking_pick_folder()?.into_path().ok()
            }),
        }
    }

    /// Blocks until the user has chosen files (None when they cancelled).
    pub fn pick(&self) -> Option<Vec<PathBuf>> {
        (self.files)()
    }

    /// Blocks until the user has chosen a folder (None when they cancelled).
    pub fn pick_folder(&self) -> Option<PathBuf> {
        (self.folder)()
    }
}

/// Asks the user where to save an export. The app shows the system's save
/// dialog (from Rust: the window gets no write permission); tests answer directly.
#[derive(Clone)]
pub struct FileSaver(Arc<dyn Fn(&str, Format) -> Option<PathBuf> + Send + Sync>);

impl FileSaver {
    pub fn new(choose: impl Fn(&str, Format) -> Option<PathBuf> + Send + Sync + 'static) -> Self {
        FileSaver(Arc::new(choose))
    }

    pub fn dialog<R: tauri::Runtime>(app: tauri::AppHandle<R>) -> Self {
        use tauri_plugin_dialog::DialogExt;
        FileSaver::new(move |suggested, format| {
            let chosen = app
                .dialog()
                .file()
                .set_title("Exporter")
                .set_file_name(suggested)
                .add_filter(format_label(format), &[format.extension()])
                .blocking_save_file()?;
            chosen.into_path().ok()
        })
    }

    /// Blocks until the user has chosen a path (None when they cancelled).
    pub fn choose(&self, suggested: &str, format: Format) -> Option<PathBuf> {
        (self.0)(suggested, format)
    }
}

fn format_label(format: Format) -> &'static str {
    match format {
        Format::Svg => "Image SVG",
        Format::Png => "Image PNG",
        Format::Pdf => "Document PDF",
        Format::Json => "GeoTimeline JSON",
        Format::Csv | Format::CsvSources => "CSV",
        Format::Geojson => "GeoJSON",
        Format::Ics => "iCalendar",
        Format::Timelinejs => "TimelineJS (JSON)",
    }
}

/// The import running, if any (one at a time), and its cancel flag.
#[derive(Clone, Default)]
pub struct Imports {
    running: Arc<Mutex<Option<Arc<AtomicBool>>>>,
    /// A pause before each file: a test hook (GEOTIMELINE_IMPORT_FILE_DELAY_MS)
    /// that makes an import slow enough to watch and cancel. Zero otherwise.
    pub file_delay: Duration,
}

/// The import that [`Imports::start`] let run; dropping it ends it.
pub struct ImportRun {
    imports: Imports,
    pub cancel: Arc<AtomicBool>,
}

impl Imports {
    pub fn new(file_delay: Duration) -> Self {
        Imports { running: Arc::default(), file_delay }
    }

    /// Starts an import, or refuses it while another one runs.
    pub fn start(&self) -> Result<ImportRun, AppError> {
        let mut running = self.running.lock().unwrap_or_else(|p| p.into_inner());
        if running.is_some() {
            return Err(AppError::import_running(
                BlockedAction::Import,
                "an import is already running: wait for it to finish or cancel it",
            ));
        }
        let cancel = Arc::new(AtomicBool::new(false));
        *running = Some(Arc::clone(&cancel));
        Ok(ImportRun { imports: self.clone(), cancel })
    }

    /// Asks the running import to stop; false when none runs.
    pub fn cancel(&self) -> bool {
        let running = self.running.lock().unwrap_or_else(|p| p.into_inner());
        running.as_ref().map(|flag| flag.store(true, Ordering::SeqCst)).is_some()
    }
}

impl Drop for ImportRun {
    fn drop(&mut self) {
        *self.imports.running.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

/// The file dialogs of the File menu, the recent list and the window's title.
/// The app shows the system's dialogs (from Rust: the window gets no
/// file-system permission); tests answer them directly.
#[derive(Clone)]
pub struct WorkspaceFiles {
    open: Arc<dyn Fn(&str) -> Option<PathBuf> + Send + Sync>,
    save: Arc<dyn Fn(&str, &str) -> Option<PathBuf> + Send + Sync>,
    title: Arc<dyn Fn(&str) + Send + Sync>,
    /// The recent list's file, in the app's config folder.
    pub recent_list: PathBuf,
    /// The sample workspace, in the app's data folder (what a reset rebuilds).
    pub sample_path: PathBuf,
}

impl WorkspaceFiles {
    /// `open(title)` answers the Open dialog (and Import another workspace's);
    /// `save(title, suggested name)` the save dialog of New and Save a copy;
    /// `title` shows a workspace's name.
    pub fn new(
        open: impl Fn(&str) -> Option<PathBuf> + Send + Sync + 'static,
        save: impl Fn(&str, &str) -> Option<PathBuf> + Send + Sync + 'static,
        title: impl Fn(&str) + Send + Sync + 'static,
        recent_list: PathBuf,
        sample_path: PathBuf,
    ) -> Self {
        WorkspaceFiles { open: Arc::new(open), save: Arc::new(save), title: Arc::new(title), recent_list, sample_path }
    }

    /// The system's open and save dialogs, filtered on `.geotimeline` files.
    pub fn open_dialog<R: tauri::Runtime>(app: tauri::AppHandle<R>) -> impl Fn(&str) -> Option<PathBuf> + Send + Sync + 'static {
        use tauri_plugin_dialog::DialogExt;
        move |title| {
            app.dialog()
                .file()
                .set_title(title)
                .add_filter("GeoTimeline", &[geotimeline_core::workspace_file::EXTENSION, "sqlite"])
                .blocking_pick_file()?
                .into_path()
                .ok()
        }
    }

    pub fn save_dialog<R: tauri::Runtime>(app: tauri::AppHandle<R>) -> impl Fn(&str, &str) -> Option<PathBuf> + Send + Sync + 'static {
        use tauri_plugin_dialog::DialogExt;
        move |title, suggested| {
            app.dialog()
                .file()
                .set_title(title)
                .set_file_name(suggested)
                .add_filter("GeoTimeline", &[geotimeline_core::workspace_file::EXTENSION])
                .blocking_save_file()?
                .into_path()
                .ok()
        }
    }

    /// Blocks until the user has chosen a workspace file in a dialog titled
    /// `title` (None when they cancelled).
    pub fn pick_open(&self, title: &str) -> Option<PathBuf> {
        (self.open)(title)
    }

    /// Blocks until the user has chosen where to save (None when they cancelled);
    /// the `.geotimeline` extension is added when the name has none.
    pub fn pick_save(&self, title: &str, suggested: &str) -> Option<PathBuf> {
        (self.save)(title, suggested).map(geotimeline_core::workspace_file::with_extension)
    }

    /// Shows the workspace's file name in the window's title.
    pub fn show_title(&self, db_path: &Path) {
        (self.title)(&window_title(db_path))
    }
}

/// "name.geotimeline — GeoTimeline".
pub fn window_title(db_path: &Path) -> String {
    match db_path.file_name() {
        Some(name) => format!("{} — GeoTimeline", name.to_string_lossy()),
        None => "GeoTimeline".into(),
    }
}
