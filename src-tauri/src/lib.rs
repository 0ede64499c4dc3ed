//! The GeoTimeline desktop shell: Tauri commands, state and plugin wiring over
//! geotimeline-core. Everything the app knows lives in the core crate.

mod commands;
mod error;
mod state;

pub use error::AppError;
pub use state::{open_workspace, open_workspace_in_background, FilePicker, FileSaver, Imports, Workspace, WorkspaceStatus};

use tauri::{Manager, Runtime};

/// Where the generated TypeScript bindings live (checked fresh by a test).
pub const BINDINGS_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/ui/src/bindings.ts");

/// The typed command set, shared by the app, its tests and the bindings export.
pub fn specta_builder<R: Runtime>() -> tauri_specta::Builder<R> {
    // One TypeScript type per Rust type: outputs and inputs share their shape here.
    tauri_specta::Builder::<R>::new().disable_serde_phases().commands(tauri_specta::collect_commands![
        commands::list_events,
        commands::day_counts,
        commands::place_counts,
        commands::get_event,
        commands::update_event,
        commands::delete_event,
        commands::merge_events,
        commands::split_event,
        commands::add_event,
        commands::set_verified,
        commands::undo,
        commands::redo,
        commands::history,
        commands::list_places,
        commands::list_article_mentions,
        commands::list_articles,
        commands::get_article,
        commands::workspace_info,
        commands::workspace_status,
        commands::pick_import_files,
        commands::pick_import_folder,
        commands::preview_import,
        commands::import_reviewed,
        commands::cancel_import,
        commands::preview_paste,
        commands::import_pasted,
        commands::export_view,
    ])
}

/// Registers plugins and commands on a builder (the real one or the mock runtime's).
pub fn configure<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    let specta = specta_builder::<R>();
    builder.plugin(tauri_plugin_dialog::init()).invoke_handler(specta.invoke_handler())
}

/// The workspace database: GEOTIMELINE_DB when set (tests, power users),
/// otherwise workspace.sqlite in the app's data directory.
fn workspace_path<R: Runtime>(app: &tauri::App<R>) -> Result<std::path::PathBuf, Box<dyn std::error::Error>> {
    if let Some(path) = std::env::var_os("GEOTIMELINE_DB") {
        return Ok(path.into());
    }
    Ok(app.path().app_data_dir()?.join("workspace.sqlite"))
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    configure(tauri::Builder::default())
        .setup(|app| {
            let path = workspace_path(app)?;
            // Opened (on a first start, the sample imported) while the window paints.
            app.manage(open_workspace_in_background(path));
            // A test hook: a pause before each imported file, so the E2E tests can watch and cancel an import.
            let delay = std::env::var("GEOTIMELINE_IMPORT_FILE_DELAY_MS").ok().and_then(|ms| ms.parse().ok()).unwrap_or(0);
            app.manage(Imports::new(std::time::Duration::from_millis(delay)));
            app.manage(match std::env::var_os("GEOTIMELINE_OPEN") {
                // Scripted runs (E2E tests) pick these files without the native dialog.
                Some(paths) => {
                    let paths: Vec<std::path::PathBuf> = std::env::split_paths(&paths).collect();
                    FilePicker::new(move || Some(paths.clone()))
                }
                None => FilePicker::dialog(app.handle().clone()),
            });
            app.manage(match std::env::var_os("GEOTIMELINE_SAVE_AS") {
                // Scripted runs (E2E tests) save without the native dialog; the extension is added.
                Some(path) => FileSaver::new(move |_, _| Some(path.clone().into())),
                None => FileSaver::dialog(app.handle().clone()),
            });
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("error while running GeoTimeline");
}

#[cfg(test)]
mod tests;
