//! The date rules, French and English, against a fixed publication date.
//! The body is `geotimeline_core::fuzzing::dates`, which the core's tests replay over fuzz/corpus/dates.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| geotimeline_core::fuzzing::dates(data));
