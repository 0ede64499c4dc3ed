//! GeoTimeline's domain, with no dependency on Tauri or an async runtime:
//! the model, ingest of article files, extraction of dated events, merging of
//! reports across articles, the SQLite store and the exports.
//!
//! ```text
//! file ──ingest──► NewArticle ──extract──► Candidate ──merge──► Event ──store──► SQLite ──► export / UI
//! ```

pub mod error;
pub mod export;
pub mod extract;
#[doc(hidden)]
pub mod fuzzing;
pub mod ingest;
pub mod knowledge;
pub mod merge;
pub mod model;
pub mod render;
pub mod sample;
pub mod store;
pub mod text;
pub mod titles;
pub mod workspace;
pub mod workspace_file;

pub use error::{Error, IngestProblem, IngestWarning, Result};
pub use store::{EventFilter, Store};
