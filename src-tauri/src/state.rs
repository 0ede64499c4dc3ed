//! The managed state: the open workspace store. Commands lock it on tokio's
//! blocking pool, never on the UI thread.

use crate::error::AppError;
use geotimeline_core::export::Format;
use geotimeline_core::Store;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// The workspace, or why it could not be opened: the window still opens and
/// shows that sentence instead of the app vanishing at start.
#[derive(Clone)]
pub struct Workspace {
    store: Result<Arc<Mutex<Store>>, String>,
    pub db_path: PathBuf,
}

impl Workspace {
    pub fn new(store: Store, db_path: PathBuf) -> Self {
        Workspace { store: Ok(Arc::new(Mutex::new(store))), db_path }
    }

    pub fn unavailable(db_path: PathBuf, reason: String) -> Self {
        Workspace { store: Err(reason), db_path }
    }

    /// Runs `work` with the store on the blocking pool.
    pub async fn with_store<T, F>(&self, work: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, AppError> + Send + 'static,
    {
        let store = Arc::clone(self.store.as_ref().map_err(|reason| AppError::Storage(reason.clone()))?);
        tauri::async_runtime::spawn_blocking(move || {
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
    let opened = (|| {
        let is_new = !db_path.exists();
        let mut store = Store::open(&db_path)?;
        if is_new {
            geotimeline_core::workspace::import_sample(&mut store)?;
        }
        Ok::<_, geotimeline_core::Error>(store)
    })();
    match opened {
        Ok(store) => Workspace::new(store, db_path),
        Err(err) => Workspace::unavailable(db_path, err.to_string()),
    }
}

/// Asks the user for article files. The app shows the system dialog; tests
/// give a picker that answers without a window.
#[derive(Clone)]
pub struct FilePicker(Arc<dyn Fn() -> Option<Vec<PathBuf>> + Send + Sync>);

impl FilePicker {
    pub fn new(pick: impl Fn() -> Option<Vec<PathBuf>> + Send + Sync + 'static) -> Self {
        FilePicker(Arc::new(pick))
    }

    /// The system's file dialog, opened from Rust (the window has no file-system permission).
    pub fn dialog<R: tauri::Runtime>(app: tauri::AppHandle<R>) -> Self {
        use tauri_plugin_dialog::DialogExt;
        FilePicker::new(move || {
            let picked = app
                .dialog()
                .file()
                .set_title("Importer des articles")
                .add_filter("Articles (texte, Markdown, HTML) et manifestes", &["txt", "md", "markdown", "html", "htm", "json"])
                .blocking_pick_files()?;
            Some(picked.into_iter().filter_map(|p| p.into_path().ok()).collect())
        })
    }

    /// Blocks until the user has chosen (None when they cancelled).
    pub fn pick(&self) -> Option<Vec<PathBuf>> {
        (self.0)()
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
