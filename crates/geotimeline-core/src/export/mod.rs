//! Data exports. JSON is the documented interchange format (docs/export-format.md).

pub mod json;
