//! Updates through tauri-plugin-updater, on only in builds whose configuration names a
//! public key and an endpoint: the release workflow adds both (`plugins.updater`) when
//! the repository holds an update signing key. Every other build (local, CI, a release
//! without the key) registers no updater, shows no menu item and makes no request.

use crate::error::AppError;
use serde::Serialize;
use tauri::async_runtime::JoinHandle;
use tauri::Runtime;
use tauri_plugin_updater::UpdaterExt;

/// Whether this build's configuration turns updates on: a `plugins.updater` section with
/// a non-empty public key and at least one endpoint.
pub fn configured(config: &tauri::Config) -> bool {
    let Some(updater) = config.plugins.0.get("updater") else { return false };
    let has_key = updater["pubkey"].as_str().is_some_and(|key| !key.trim().is_empty());
    let has_endpoint = updater["endpoints"].as_array().is_some_and(|endpoints| !endpoints.is_empty());
    has_key && has_endpoint
}

/// Registers the updater plugin when the configuration turns updates on; the builder
/// unchanged otherwise (the plugin would refuse to start without its configuration).
pub fn register<R: Runtime>(builder: tauri::Builder<R>, config: &tauri::Config) -> tauri::Builder<R> {
    if configured(config) {
        builder.plugin(tauri_plugin_updater::Builder::new().build())
    } else {
        builder
    }
}

/// A newer release the update manifest announces.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct AvailableUpdate {
    pub version: String,
    /// The release's notes, as written in the manifest.
    pub notes: Option<String>,
}

fn off() -> AppError {
    AppError::Update("this build does not check for updates".into())
}

fn failed(what: &str, err: tauri_plugin_updater::Error) -> AppError {
    let message = format!("{what}: {}", crate::error::with_causes(&err));
    log::error!(target: "geotimeline::updates", "{message}");
    AppError::Update(message)
}

/// Asks the update manifest whether a newer release exists; refused, without any
/// request, when this build does not check for updates.
async fn check<R: Runtime>(app: &tauri::AppHandle<R>) -> Result<Option<tauri_plugin_updater::Update>, AppError> {
    if !configured(app.config()) {
        return Err(off());
    }
    let updater = app.updater().map_err(|e| failed("the updater could not start", e))?;
    updater.check().await.map_err(|e| failed("the update check failed", e))
}

/// Downloads the newer release, checks its signature against the build's public key,
/// installs it and restarts the app on it. Ok(false) when there is no newer release.
async fn install<R: Runtime>(app: tauri::AppHandle<R>) -> Result<bool, AppError> {
    let Some(update) = check(&app).await? else { return Ok(false) };
    log::info!(target: "geotimeline::updates", "installing GeoTimeline {}", update.version);
    update.download_and_install(|_, _| {}, || {}).await.map_err(|e| failed("the update could not be installed", e))?;
    app.restart()
}

type Task<T> = Box<dyn Fn() -> JoinHandle<Result<T, AppError>> + Send + Sync>;

/// The app's updates for its commands, whatever the runtime (the real one or the tests' mock).
pub struct Updates {
    enabled: bool,
    check: Task<Option<AvailableUpdate>>,
    install: Task<bool>,
}

impl Updates {
    pub fn new<R: Runtime>(app: &tauri::AppHandle<R>) -> Self {
        let (for_check, for_install) = (app.clone(), app.clone());
        Updates {
            enabled: configured(app.config()),
            check: Box::new(move || {
                let app = for_check.clone();
                tauri::async_runtime::spawn(async move {
                    let update = check(&app).await?;
                    Ok(update.map(|u| AvailableUpdate { version: u.version.clone(), notes: u.body.clone() }))
                })
            }),
            install: Box::new(move || tauri::async_runtime::spawn(install(for_install.clone()))),
        }
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    pub async fn check(&self) -> Result<Option<AvailableUpdate>, AppError> {
        (self.check)().await.map_err(|e| AppError::Update(format!("the update check stopped: {e}")))?
    }

    pub async fn install(&self) -> Result<bool, AppError> {
        (self.install)().await.map_err(|e| AppError::Update(format!("the update stopped: {e}")))?
    }
}
