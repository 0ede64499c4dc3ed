// Runs with the repository root as working directory, so tauri-build reads ./tauri.conf.json.
fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    tauri_build::try_build(tauri_build::Attributes::new().capabilities_path_pattern("./src-tauri/capabilities/**/*"))
        .expect("tauri-build failed");
    prepare_sample_workspace();
}

/// The built-in sample imported here, at build time, into `$OUT_DIR/sample.sqlite`: a
/// first start copies this file (the app embeds it) instead of importing the sample
/// while the window opens (issue 16). Cargo runs this again whenever geotimeline-core,
/// which holds the sample and the extraction, changes. Only the articles' import time
/// (never shown) differs from an import at first start: it is the build's.
fn prepare_sample_workspace() {
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let path = out.join("sample.sqlite");
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(std::path::PathBuf::from(name));
    }
    let mut store = geotimeline_core::Store::open(&path).expect("the sample workspace could not be created");
    geotimeline_core::workspace::import_sample(&mut store).expect("the sample could not be imported");
    // Closed here: SQLite folds its log back into the file, which is then complete on its own.
    drop(store);
}
