//! The HTML reducer (ingest/html.rs).
//! The body is `geotimeline_core::fuzzing::html`, which the core's tests replay over fuzz/corpus/html.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| geotimeline_core::fuzzing::html(data));
