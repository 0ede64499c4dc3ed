// Prevents an extra console window on Windows in release builds, as the app does.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// The app's choice of WebKitGTK renderer (src-tauri/src/lib.rs, `choose_webkit_renderer`),
/// repeated here so that both windows paint with the same renderer: without a GPU the
/// DMA-BUF renderer is turned off; a WEBKIT_DISABLE_DMABUF_RENDERER set by the user is kept.
#[cfg(target_os = "linux")]
fn choose_webkit_renderer() {
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_some() {
        return;
    }
    let has_render_node = std::fs::read_dir("/dev/dri")
        .map(|dir| dir.flatten().any(|entry| entry.file_name().to_string_lossy().starts_with("renderD")))
        .unwrap_or(false);
    if !has_render_node {
        // Still one thread: nothing reads the environment meanwhile.
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
}

fn main() {
    #[cfg(target_os = "linux")]
    choose_webkit_renderer();
    tauri::Builder::default().run(tauri::generate_context!()).expect("the blank window could not start");
}
