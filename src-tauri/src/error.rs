//! The error every command returns: a kind the UI can branch on, one English
//! sentence (the log's, and the window's fallback), and, for the errors the
//! window words itself, a machine-readable `detail` with its parameters, so that
//! the window says them in its own language.

use serde::Serialize;

/// What the window branches on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub enum ErrorKind {
    NotFound,
    Invalid,
    Storage,
    /// The workspace file is damaged: the window offers to restore its backup or start anew.
    Damaged,
    Ingest,
    Dialog,
    Export,
    /// Something is already running that this must wait for (an import).
    Busy,
    /// Checking for, downloading or installing an update failed, or this build has no updater.
    Update,
    /// A newer search replaced this one before it answered: the window drops it.
    Superseded,
}

/// What the running import keeps from being done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum BlockedAction {
    Import,
    OpenWorkspace,
    ImportWorkspace,
    ResetSample,
}

/// Why one file could not be imported (the core's `IngestProblem`, with its parameters).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(tag = "reason")]
pub enum IngestReason {
    Empty,
    NoText,
    TooLarge { size: f64, limit: f64 },
    NotText { looks_like: String },
    UnsupportedType { extension: String },
    Unreadable { cause: String },
    BadMetadata { cause: String },
    NoTextLayer,
    EncryptedPdf,
    BadPdf { cause: String },
    TooDeep { limit: u32 },
    TooManyElements { limit: u32 },
}

/// What is wrong with a damaged workspace file (the core's `DamageProblem`).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(tag = "reason")]
pub enum DamageReason {
    NotSqlite,
    Truncated {
        size: f64,
    },
    Malformed,
    /// SQLite's own words.
    CheckFails {
        verdict: String,
    },
}

pub fn damage_reason(problem: &geotimeline_core::error::DamageProblem) -> DamageReason {
    use geotimeline_core::error::DamageProblem as D;
    match problem {
        D::NotSqlite => DamageReason::NotSqlite,
        D::Truncated { size } => DamageReason::Truncated { size: *size as f64 },
        D::Malformed => DamageReason::Malformed,
        D::CheckFails { verdict } => DamageReason::CheckFails { verdict: verdict.clone() },
    }
}

/// Why a file was not imported (the core's `FailureReason`, with its parameters).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(tag = "kind")]
pub enum FailureDetail {
    /// It cannot be read as an article.
    Ingest { problem: IngestReason },
    /// A folder given cannot be listed.
    Unlistable { cause: String },
    /// A manifest or one of its entries is invalid.
    Manifest { cause: String },
    /// Storing it failed.
    Storage { cause: String },
    /// Not imported because storing a file before it failed.
    AfterStorageFailure { cause: String },
}

/// What was repaired to read a file (the core's `IngestWarning`, with its parameters).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(tag = "kind")]
pub enum WarningDetail {
    InvalidUtf8 { replaced: u32 },
    UnreadSentences { long: u32, crowded: u32, max_bytes: u32, max_triggers: u32 },
}

pub fn failure_detail(reason: &geotimeline_core::workspace::FailureReason) -> FailureDetail {
    use geotimeline_core::workspace::FailureReason as R;
    match reason {
        R::Ingest(problem) => FailureDetail::Ingest { problem: ingest_reason(problem) },
        R::Unlistable { cause } => FailureDetail::Unlistable { cause: cause.clone() },
        R::Manifest { cause } => FailureDetail::Manifest { cause: cause.clone() },
        R::Storage { cause } => FailureDetail::Storage { cause: cause.clone() },
        R::AfterStorageFailure { cause } => FailureDetail::AfterStorageFailure { cause: cause.clone() },
    }
}

pub fn warning_detail(warning: &geotimeline_core::IngestWarning) -> WarningDetail {
    use geotimeline_core::IngestWarning as W;
    match warning {
        W::InvalidUtf8 { replaced } => WarningDetail::InvalidUtf8 { replaced: clamp(*replaced) },
        W::UnreadSentences { long, crowded, max_bytes, max_triggers } => WarningDetail::UnreadSentences {
            long: clamp(*long),
            crowded: clamp(*crowded),
            max_bytes: clamp(*max_bytes),
            max_triggers: clamp(*max_triggers),
        },
    }
}

/// Why a place a user adds cannot be stored (the core's `PlaceProblem`, with its parameters).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(tag = "reason")]
pub enum PlaceReason {
    EmptyName,
    MissingCoordinate { axis: Axis },
    NotANumber { axis: Axis, text: String },
    LatitudeOutOfRange { value: f64 },
    LongitudeOutOfRange { value: f64 },
    UnknownCountry { text: String },
    KnownPlace { existing: String },
    AlreadyAdded { existing: String },
}

/// Which coordinate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Axis {
    Latitude,
    Longitude,
}

/// The errors the window words itself, each with its parameters (file names, not paths).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(tag = "code")]
pub enum ErrorDetail {
    NotFound { what: String, id: f64 },
    UnknownPlace { name: String, suggestions: Vec<String> },
    BadPlace { name: String, problem: PlaceReason },
    EmptyActorName { position: u32 },
    DatabaseTooNew { file: String, found: u32, known: u32 },
    Damaged { file: String, problem: DamageReason, backup: Option<String> },
    WorkspaceBusy { file: String, waited: u32 },
    ImportRunning { blocked: BlockedAction },
    Ingest { file: String, problem: IngestReason },
    NotAWorkspace { file: String },
    NotRecent { file: String },
}

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct AppError {
    pub kind: ErrorKind,
    /// One English sentence: what the log says, and what the window shows when it has no words of its own for `detail`.
    pub message: String,
    pub detail: Option<ErrorDetail>,
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for AppError {}

#[allow(non_snake_case)]
impl AppError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        AppError { kind, message: message.into(), detail: None }
    }
    pub fn with(mut self, detail: ErrorDetail) -> Self {
        self.detail = Some(detail);
        self
    }
    pub fn NotFound(message: String) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }
    pub fn Invalid(message: String) -> Self {
        Self::new(ErrorKind::Invalid, message)
    }
    pub fn Storage(message: String) -> Self {
        Self::new(ErrorKind::Storage, message)
    }
    pub fn Damaged(message: String) -> Self {
        Self::new(ErrorKind::Damaged, message)
    }
    pub fn Ingest(message: String) -> Self {
        Self::new(ErrorKind::Ingest, message)
    }
    pub fn Dialog(message: String) -> Self {
        Self::new(ErrorKind::Dialog, message)
    }
    pub fn Export(message: String) -> Self {
        Self::new(ErrorKind::Export, message)
    }
    pub fn Busy(message: String) -> Self {
        Self::new(ErrorKind::Busy, message)
    }
    pub fn Update(message: String) -> Self {
        Self::new(ErrorKind::Update, message)
    }
    /// An import runs: `blocked` waits for it.
    pub fn import_running(blocked: BlockedAction, message: &str) -> Self {
        Self::new(ErrorKind::Busy, message).with(ErrorDetail::ImportRunning { blocked })
    }

    /// The variant's name: the `kind` the window branches on.
    pub fn kind(&self) -> &'static str {
        match self.kind {
            ErrorKind::NotFound => "NotFound",
            ErrorKind::Invalid => "Invalid",
            ErrorKind::Storage => "Storage",
            ErrorKind::Damaged => "Damaged",
            ErrorKind::Ingest => "Ingest",
            ErrorKind::Dialog => "Dialog",
            ErrorKind::Export => "Export",
            ErrorKind::Busy => "Busy",
            ErrorKind::Update => "Update",
            ErrorKind::Superseded => "Superseded",
        }
    }
}

/// An error and the chain of its causes, one after the other ("a: caused by b: caused by c").
pub fn with_causes(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        // thiserror's `#[error("…: {0}")]` often repeats the cause already.
        if !text.contains(&cause_text) {
            text.push_str(": caused by ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// The last part of a path: the window names files, not the folders they are in.
pub fn file_name(path: impl AsRef<std::path::Path>) -> String {
    let path = path.as_ref();
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

fn clamp(n: impl TryInto<u32>) -> u32 {
    n.try_into().unwrap_or(u32::MAX)
}

/// The core's reason a file was refused, with its parameters.
pub fn ingest_reason(problem: &geotimeline_core::error::IngestProblem) -> IngestReason {
    use geotimeline_core::error::IngestProblem as P;
    match problem {
        P::Empty => IngestReason::Empty,
        P::NoText => IngestReason::NoText,
        P::TooLarge { size, limit } => IngestReason::TooLarge { size: *size as f64, limit: *limit as f64 },
        P::NotText(looks_like) => IngestReason::NotText { looks_like: looks_like.clone() },
        P::UnsupportedType(extension) => IngestReason::UnsupportedType { extension: extension.clone() },
        P::Unreadable(cause) => IngestReason::Unreadable { cause: cause.clone() },
        P::BadMetadata(cause) => IngestReason::BadMetadata { cause: cause.clone() },
        P::NoTextLayer => IngestReason::NoTextLayer,
        P::EncryptedPdf => IngestReason::EncryptedPdf,
        P::BadPdf(cause) => IngestReason::BadPdf { cause: cause.clone() },
        P::TooDeep { limit } => IngestReason::TooDeep { limit: *limit },
        P::TooManyElements { limit } => IngestReason::TooManyElements { limit: clamp(*limit) },
    }
}

/// The core's reason a place was refused, with its parameters.
pub fn place_reason(problem: &geotimeline_core::error::PlaceProblem) -> PlaceReason {
    use geotimeline_core::error::{Axis as A, PlaceProblem as P};
    let axis = |a: &A| match a {
        A::Latitude => Axis::Latitude,
        A::Longitude => Axis::Longitude,
    };
    match problem {
        P::EmptyName => PlaceReason::EmptyName,
        P::MissingCoordinate(a) => PlaceReason::MissingCoordinate { axis: axis(a) },
        P::NotANumber { axis: a, text } => PlaceReason::NotANumber { axis: axis(a), text: text.clone() },
        P::LatitudeOutOfRange { value } => PlaceReason::LatitudeOutOfRange { value: *value },
        P::LongitudeOutOfRange { value } => PlaceReason::LongitudeOutOfRange { value: *value },
        P::UnknownCountry { text } => PlaceReason::UnknownCountry { text: text.clone() },
        P::KnownPlace { existing } => PlaceReason::KnownPlace { existing: existing.clone() },
        P::AlreadyAdded { existing } => PlaceReason::AlreadyAdded { existing: existing.clone() },
    }
}

/// The parameters of a core error the window words itself; None for the others.
pub fn detail_of(err: &geotimeline_core::Error) -> Option<ErrorDetail> {
    use geotimeline_core::Error as E;
    Some(match err {
        E::NotFound { what, id } => ErrorDetail::NotFound { what: what.to_string(), id: *id as f64 },
        E::UnknownPlace { name, suggestions } => ErrorDetail::UnknownPlace { name: name.clone(), suggestions: suggestions.clone() },
        E::BadPlace { name, problem } => ErrorDetail::BadPlace { name: name.clone(), problem: place_reason(problem) },
        E::EmptyActorName { position } => ErrorDetail::EmptyActorName { position: clamp(*position) },
        E::DatabaseTooNew { path, found, known } => {
            ErrorDetail::DatabaseTooNew { file: file_name(path), found: clamp(*found), known: clamp(*known) }
        }
        E::Damaged { path, problem, backup } => {
            ErrorDetail::Damaged { file: file_name(path), problem: damage_reason(problem), backup: backup.as_ref().map(file_name) }
        }
        E::Busy { path, waited } => ErrorDetail::WorkspaceBusy { file: file_name(path), waited: clamp(*waited) },
        E::Ingest { path, problem } => ErrorDetail::Ingest { file: file_name(path), problem: ingest_reason(problem) },
        E::Invalid { message, .. } => match message.split_once(" is not a GeoTimeline workspace") {
            Some((path, _)) => ErrorDetail::NotAWorkspace { file: file_name(path) },
            None => return None,
        },
        _ => return None,
    })
}

impl From<geotimeline_core::Error> for AppError {
    fn from(err: geotimeline_core::Error) -> Self {
        use geotimeline_core::Error as E;
        // The cause chain goes to the log; the window shows the one sentence. A search a newer
        // one replaced is no failure.
        if !matches!(err, E::Superseded) {
            log::error!(target: "geotimeline::error", "{}", with_causes(&err));
        }
        let message = err.to_string();
        let detail = detail_of(&err);
        let kind = match err {
            E::NotFound { .. } => ErrorKind::NotFound,
            E::Damaged { .. } => ErrorKind::Damaged,
            E::Invalid { .. } | E::UnknownPlace { .. } | E::BadPlace { .. } | E::EmptyActorName { .. } => ErrorKind::Invalid,
            E::Ingest { .. } | E::Manifest { .. } | E::Io { .. } => ErrorKind::Ingest,
            E::Database(_) | E::Migration(_) | E::DatabaseTooNew { .. } | E::Busy { .. } | E::Json(_) => ErrorKind::Storage,
            E::Render { .. } | E::Export { .. } => ErrorKind::Export,
            E::Superseded => ErrorKind::Superseded,
        };
        AppError { kind, message, detail }
    }
}
