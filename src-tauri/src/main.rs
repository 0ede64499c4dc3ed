// Prevents an extra console window on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

// Imports allocate many small strings and vectors per sentence; mimalloc serves them
// faster than the system allocator (measured with `geotimeline bench`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    geotimeline_app::run()
}
