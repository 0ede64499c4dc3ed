//! The manifest reader (ingest/manifest.rs).
//! The body is `geotimeline_core::fuzzing::manifest`, which the core's tests replay over fuzz/corpus/manifest.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| geotimeline_core::fuzzing::manifest(data));
