//! The GeoTimeline desktop shell: Tauri commands, state and plugin wiring over
//! geotimeline-core. Everything the app knows lives in the core crate.

mod commands;
mod error;
mod startup;
mod state;
mod updates;

pub use error::{with_causes, AppError};
pub use state::{
    open_workspace, open_workspace_in_background, window_title, FilePicker, FileSaver, Imports, Workspace, WorkspaceFiles, WorkspaceStatus,
};

use tauri::{Manager, Runtime};

/// Where the generated TypeScript bindings live (checked fresh by a test).
pub const BINDINGS_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/ui/src/bindings.ts");

/// The typed command set, shared by the app, its tests and the bindings export.
pub fn specta_builder<R: Runtime>() -> tauri_specta::Builder<R> {
    // One TypeScript type per Rust type: outputs and inputs share their shape here.
    tauri_specta::Builder::<R>::new().disable_serde_phases().commands(tauri_specta::collect_commands![
        commands::list_events,
        commands::list_event_columns,
        commands::list_events_up_to,
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
        commands::search_places,
        commands::add_place,
        commands::list_countries,
        commands::suggest_actors,
        commands::list_article_mentions,
        commands::list_articles,
        commands::get_article,
        commands::workspace_info,
        commands::workspace_status,
        commands::start_up,
        commands::damaged_workspace,
        commands::restore_workspace_backup,
        commands::start_over_workspace,
        commands::pick_import_files,
        commands::pick_import_folder,
        commands::preview_import,
        commands::import_reviewed,
        commands::cancel_import,
        commands::preview_paste,
        commands::import_pasted,
        commands::export_view,
        commands::new_workspace,
        commands::open_workspace_file,
        commands::import_workspace_file,
        commands::recent_workspaces,
        commands::open_recent_workspace,
        commands::save_workspace_copy,
        commands::reset_sample_workspace,
        commands::open_log_folder,
        commands::updates_enabled,
        commands::check_for_update,
        commands::install_update,
    ])
}

/// Registers plugins and commands on a builder (the real one or the mock runtime's).
pub fn configure<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    let specta = specta_builder::<R>();
    builder.plugin(tauri_plugin_dialog::init()).manage(state::Searches::default()).invoke_handler(specta.invoke_handler())
}

/// The event the window reloads its data on, after the workspace was switched
/// from outside it (a second launch naming a `.geotimeline` file).
pub const WORKSPACE_SWITCHED: &str = "workspace-switched";

/// A `.geotimeline` file named among a launch's arguments (after the program),
/// relative to the launch's working directory.
pub fn workspace_argument(args: &[String], cwd: &std::path::Path) -> Option<std::path::PathBuf> {
    args.iter()
        .skip(1)
        .map(std::path::PathBuf::from)
        .find(|p| p.extension().is_some_and(|e| e == geotimeline_core::workspace_file::EXTENSION))
        .map(|p| cwd.join(p))
}

/// What a second launch does: the running window comes to the front and, when
/// the launch named a `.geotimeline` file, that workspace opens in it (the
/// window told to reload, or shown why it could not be opened).
fn on_second_launch<R: Runtime>(app: &tauri::AppHandle<R>, args: Vec<String>, cwd: String) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    let Some(path) = workspace_argument(&args, std::path::Path::new(&cwd)) else { return };
    open_from_outside(app, path);
}

/// Opens a workspace named from outside the window (a second launch, or on macOS
/// a file opened in the Finder) and tells the window to reload, or why it could not.
fn open_from_outside<R: Runtime>(app: &tauri::AppHandle<R>, path: std::path::PathBuf) {
    log::info!("opening {} from outside the window", path.display());
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        use tauri::Emitter;
        let (state, files, imports) = (app.state::<Workspace>(), app.state::<WorkspaceFiles>(), app.state::<Imports>());
        let outcome = commands::switch_workspace(&state, &files, &imports, path, geotimeline_core::workspace_file::open_existing).await;
        if let Err(e) = &outcome {
            log::warn!(target: "geotimeline::window", "shown in the window: {}: {e}", e.kind());
        }
        // The error itself, with its code and parameters, for the window to word in its language.
        let _ = app.emit(WORKSPACE_SWITCHED, outcome.err());
    });
}

/// The workspace database: a `.geotimeline` file named on the command line,
/// else GEOTIMELINE_DB when set (tests, power users), otherwise
/// workspace.sqlite in the app's data directory.
fn workspace_path<R: Runtime>(app: &tauri::App<R>) -> Result<std::path::PathBuf, Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if let Some(path) = workspace_argument(&args, &std::env::current_dir()?) {
        return Ok(path);
    }
    if let Some(path) = std::env::var_os("GEOTIMELINE_DB") {
        return Ok(path.into());
    }
    sample_workspace_path(app)
}

fn sample_workspace_path<R: Runtime>(app: &tauri::App<R>) -> Result<std::path::PathBuf, Box<dyn std::error::Error>> {
    Ok(app.path().app_data_dir()?.join("workspace.sqlite"))
}

/// The log: `geotimeline.log` in the platform's log folder (on Linux
/// ~/.local/share/app.geotimeline.desktop/logs, on macOS ~/Library/Logs/app.geotimeline.desktop,
/// on Windows %LOCALAPPDATA%\app.geotimeline.desktop\logs), and standard error.
/// Info and above; the window cannot write to it (no `log:` permission).
fn log_plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    use tauri_plugin_log::{RotationStrategy, Target, TargetKind};
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .targets([Target::new(TargetKind::LogDir { file_name: Some("geotimeline".into()) }), Target::new(TargetKind::Stderr)])
        .level(log::LevelFilter::Info)
        .max_file_size(2_000_000)
        .rotation_strategy(RotationStrategy::KeepSome(3))
        .build()
}

/// How WebKitGTK is to draw without a GPU (no DRM render node: a virtual machine, Xvfb, a
/// remote session), where its OpenGL is Mesa's llvmpipe, on the CPU:
/// - its DMA-BUF renderer falls back to buffers it renders in software, and the frame after the
///   first one came about 1 s late: a first start painted the sample's events 0.8–1.5 s after
///   they arrived (issue 16); with its other renderer, 40–60 ms after;
/// - its accelerated compositing has llvmpipe compile its shaders with LLVM on the CPU as the page
///   draws new things: drawn without it, the first paint came sooner, with as much memory (three
///   launches each, `npm run bench:app`: the sample's first start 0.71–1.06 s against 0.74–1.16 s,
///   a workspace of 107,959 events 1.13–1.49 s against 1.70–1.80 s).
///
/// The variables to set, each unless its user set it (to 0 or 1): with a GPU, none.
#[cfg(target_os = "linux")]
fn software_rendering_settings(has_render_node: bool, set_by_user: impl Fn(&str) -> bool) -> Vec<&'static str> {
    if has_render_node {
        return Vec::new();
    }
    ["WEBKIT_DISABLE_DMABUF_RENDERER", "WEBKIT_DISABLE_COMPOSITING_MODE"].into_iter().filter(|name| !set_by_user(name)).collect()
}

/// Applies [`software_rendering_settings`]: before the first webview is made.
#[cfg(target_os = "linux")]
fn choose_webkit_renderer() {
    let has_render_node = std::fs::read_dir("/dev/dri")
        .map(|dir| dir.flatten().any(|entry| entry.file_name().to_string_lossy().starts_with("renderD")))
        .unwrap_or(false);
    for name in software_rendering_settings(has_render_node, |name| std::env::var_os(name).is_some()) {
        // Still one thread: nothing reads the environment meanwhile.
        std::env::set_var(name, "1");
    }
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    startup::begin();
    #[cfg(target_os = "linux")]
    choose_webkit_renderer();
    // Single instance first, as its documentation asks: a second launch hands its
    // arguments to the running app and exits before anything else starts.
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(on_second_launch))
        .plugin(log_plugin())
        .plugin(tauri_plugin_window_state::Builder::default().build());
    let context = tauri::generate_context!();
    let builder = updates::register(builder, context.config());
    configure(builder)
        .on_page_load(|_, payload| {
            startup::mark(match payload.event() {
                tauri::webview::PageLoadEvent::Started => "page load started",
                tauri::webview::PageLoadEvent::Finished => "page load finished",
            })
        })
        .setup(|app| {
            // The window from tauri.conf.json was created just before.
            startup::mark("window created");
            let path = workspace_path(app)?;
            log::info!("GeoTimeline {} starting on {}", app.package_info().version, path.display());
            app.manage(commands::LogFolder(app.path().app_log_dir()?));
            app.manage(updates::Updates::new(app.handle()));
            // Scripted runs (E2E tests) answer the File menu's dialogs: Open and Import
            // another workspace with GEOTIMELINE_OPEN's first path, New and Save a copy with GEOTIMELINE_SAVE_WORKSPACE_AS.
            let open: Box<dyn Fn(&str) -> Option<std::path::PathBuf> + Send + Sync> = match std::env::var_os("GEOTIMELINE_OPEN") {
                Some(paths) => Box::new(move |_| std::env::split_paths(&paths).next()),
                None => Box::new(WorkspaceFiles::open_dialog(app.handle().clone())),
            };
            let save: Box<dyn Fn(&str, &str) -> Option<std::path::PathBuf> + Send + Sync> =
                match std::env::var_os("GEOTIMELINE_SAVE_WORKSPACE_AS") {
                    Some(path) => Box::new(move |_, _| Some(path.clone().into())),
                    None => Box::new(WorkspaceFiles::save_dialog(app.handle().clone())),
                };
            let titled = app.handle().clone();
            let files = WorkspaceFiles::new(
                open,
                save,
                move |title| {
                    if let Some(window) = titled.get_webview_window("main") {
                        let _ = window.set_title(title);
                    }
                },
                app.path().app_config_dir()?.join("recent-workspaces.json"),
                sample_workspace_path(app)?,
            );
            files.show_title(&path);
            let mut recent = geotimeline_core::workspace_file::RecentFiles::load(&files.recent_list);
            recent.push(&path);
            let _ = recent.save(&files.recent_list);
            app.manage(files);
            // Opened (on a first start, the prepared sample copied into place) while the window paints.
            app.manage(open_workspace_in_background(path));
            startup::mark("setup done");
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
        .build(context)
        .expect("error while building GeoTimeline")
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                if let Some(workspace) = app.try_state::<Workspace>() {
                    let closed = workspace.close_on_exit(std::time::Duration::from_secs(2));
                    log::info!("workspace {}", if closed { "closed" } else { "left open: still in use" });
                }
            }
            // macOS hands the files opened in the Finder (the `.geotimeline` association)
            // to the running app as an event, not as arguments.
            #[cfg(target_os = "macos")]
            if let tauri::RunEvent::Opened { urls } = event {
                if let Some(path) = urls
                    .iter()
                    .filter_map(|url| url.to_file_path().ok())
                    .find(|p| p.extension().is_some_and(|e| e == geotimeline_core::workspace_file::EXTENSION))
                {
                    open_from_outside(app, path);
                }
            }
        });
}

#[cfg(test)]
mod tests;
