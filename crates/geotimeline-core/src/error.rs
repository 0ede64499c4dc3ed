//! Typed errors of the core. Each names what failed (a file, an id) and why, in
//! one sentence a user can act on.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {problem}")]
    Ingest { path: PathBuf, problem: IngestProblem },

    #[error("manifest {path}: {message}")]
    Manifest { path: PathBuf, message: String },

    #[error("{what} {id} does not exist")]
    NotFound { what: &'static str, id: i64 },

    #[error("invalid {what}: {message}")]
    Invalid { what: &'static str, message: String },

    /// A place a correction names that the knowledge base does not know.
    #[error(
        "no place of the knowledge base is named {name:?}{}",
        if .suggestions.is_empty() { " (nor any place added to this workspace): choose a place the search offers, or add it with its coordinates".to_string() }
        else { format!(" (did you mean {}?)", .suggestions.join(", ")) }
    )]
    UnknownPlace { name: String, suggestions: Vec<String> },

    /// A place a user adds to the workspace that cannot be stored as given.
    #[error("cannot add the place {name:?}: {problem}")]
    BadPlace { name: String, problem: PlaceProblem },

    /// An actor of a correction with a blank name.
    #[error("actor {position} of the list has no name: every actor needs one")]
    EmptyActorName { position: usize },

    #[error(
        "the workspace database {path} was written by a newer GeoTimeline (schema {found}, this version knows {known}); \
         update GeoTimeline to open it"
    )]
    DatabaseTooNew { path: String, found: usize, known: usize },

    /// A workspace file that is not whole: refused, and never written to.
    #[error(
        "the workspace {} is damaged and cannot be opened ({problem}); GeoTimeline has not changed it. {}",
        .path.display(),
        match .backup {
            Some(b) => format!("A backup taken before its last upgrade exists: {}.", b.display()),
            None => "There is no automatic backup of it.".to_string(),
        }
    )]
    Damaged { path: PathBuf, problem: DamageProblem, backup: Option<PathBuf> },

    #[error(
        "the workspace {path} is busy: another GeoTimeline (the app or the command line) has been writing to it for {waited} s; \
         try again when it has finished"
    )]
    Busy { path: String, waited: u64 },

    /// A newer read of the same kind (a newer search) replaced this one before it answered.
    #[error("a newer search replaced this one")]
    Superseded,

    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),

    #[error("database migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),

    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },

    #[error("{0}")]
    Json(#[from] serde_json::Error),

    #[error("cannot render the {format} image: {message}")]
    Render { format: &'static str, message: String },

    #[error("cannot write the {format} export: {message}")]
    Export { format: &'static str, message: String },
}

/// What is wrong with a damaged workspace file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DamageProblem {
    #[error("it is not a SQLite database")]
    NotSqlite,
    #[error("it is truncated ({size} bytes, not a whole number of pages)")]
    Truncated { size: u64 },
    #[error("SQLite reports its contents as malformed")]
    Malformed,
    /// SQLite's `quick_check` answer, as SQLite words it.
    #[error("SQLite's check fails: {verdict}")]
    CheckFails { verdict: String },
}

/// Which coordinate of a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    Latitude,
    Longitude,
}

impl std::fmt::Display for Axis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Axis::Latitude => "latitude",
            Axis::Longitude => "longitude",
        })
    }
}

/// Why a place a user adds cannot be stored.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PlaceProblem {
    #[error("a place needs a name")]
    EmptyName,
    #[error("its {0} is missing")]
    MissingCoordinate(Axis),
    #[error("its {axis} {text:?} is not a number of degrees (for example 14.72 or -17.18)")]
    NotANumber { axis: Axis, text: String },
    #[error("its latitude {value} is out of range: a latitude is between -90 and 90 degrees")]
    LatitudeOutOfRange { value: f64 },
    #[error("its longitude {value} is out of range: a longitude is between -180 and 180 degrees")]
    LongitudeOutOfRange { value: f64 },
    #[error("no country is named or coded {text:?}")]
    UnknownCountry { text: String },
    #[error("the knowledge base already knows it as {existing:?}: choose it from the search")]
    KnownPlace { existing: String },
    #[error("this workspace already has a place named {existing:?}: choose it from the search")]
    AlreadyAdded { existing: String },
}

/// Why one input file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IngestProblem {
    #[error("the file is empty")]
    Empty,
    #[error("the file has no readable text after cleaning")]
    NoText,
    #[error("the file is {size} bytes, over the {limit}-byte limit for one article")]
    TooLarge { size: u64, limit: u64 },
    #[error("the file is not text (it looks like {0})")]
    NotText(String),
    #[error("unsupported file type .{0} (GeoTimeline reads .txt, .md, .html, .htm and .pdf)")]
    UnsupportedType(String),
    #[error("cannot read the file: {0}")]
    Unreadable(String),
    #[error("invalid metadata: {0}")]
    BadMetadata(String),
    #[error("the PDF has no text layer (a scanned image?): GeoTimeline reads a PDF's text, not its images; import a copy with recognised text (OCR)")]
    NoTextLayer,
    #[error("the PDF is encrypted and needs a password; import a copy saved without protection")]
    EncryptedPdf,
    #[error("the PDF cannot be read ({0}); it may be damaged or truncated")]
    BadPdf(String),
    #[error("the page nests its elements more than {limit} deep, more than an article needs (GeoTimeline reads pages up to {limit} levels deep)")]
    TooDeep { limit: u32 },
    #[error("the page has more than {limit} elements, more than an article needs (GeoTimeline reads pages of up to {limit})")]
    TooManyElements { limit: usize },
}

/// Something repaired to read an input file: the file is imported and the
/// import report says what was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IngestWarning {
    #[error("{replaced} invalid UTF-8 sequence{} replaced by \u{fffd} (U+FFFD); the rest of the file is read as UTF-8", if *replaced == 1 { "" } else { "s" })]
    InvalidUtf8 { replaced: usize },
    #[error(
        "{} not read for events ({long} longer than {max_bytes} bytes, {crowded} with more than {max_triggers} trigger words); the text is stored and searchable",
        sentences(*long + *crowded)
    )]
    UnreadSentences { long: usize, crowded: usize, max_bytes: usize, max_triggers: usize },
}

fn sentences(n: usize) -> String {
    if n == 1 {
        "1 sentence".into()
    } else {
        format!("{n} sentences")
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
