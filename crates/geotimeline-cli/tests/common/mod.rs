//! What the evaluation tests share: where ../shared is.

use std::path::{Path, PathBuf};

/// The evaluation material beside the repository (or at GEOTIMELINE_SHARED),
/// when `file` exists in it.
pub fn shared_dir_with(file: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("GEOTIMELINE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    dir.join(file).exists().then_some(dir)
}
