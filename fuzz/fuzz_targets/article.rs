//! One article read as an import reads it and extracted as the store's ingest extracts it.
//! The body is `geotimeline_core::fuzzing::article`, which the core's tests replay over fuzz/corpus/article.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| geotimeline_core::fuzzing::article(data));
