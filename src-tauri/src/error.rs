//! The error every command returns: a kind the UI can branch on and one
//! sentence it can show.

use serde::Serialize;

#[derive(Debug, thiserror::Error, Serialize, specta::Type)]
#[serde(tag = "kind", content = "message")]
pub enum AppError {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    Storage(String),
    // The workspace file is damaged: the window offers to restore its backup or start anew.
    #[error("{0}")]
    Damaged(String),
    #[error("{0}")]
    Ingest(String),
    #[error("{0}")]
    Dialog(String),
    #[error("{0}")]
    Export(String),
    // Something is already running that this must wait for (an import).
    #[error("{0}")]
    Busy(String),
}

impl AppError {
    /// The variant's name: the `kind` the window branches on.
    pub fn kind(&self) -> &'static str {
        match self {
            AppError::NotFound(_) => "NotFound",
            AppError::Invalid(_) => "Invalid",
            AppError::Storage(_) => "Storage",
            AppError::Damaged(_) => "Damaged",
            AppError::Ingest(_) => "Ingest",
            AppError::Dialog(_) => "Dialog",
            AppError::Export(_) => "Export",
            AppError::Busy(_) => "Busy",
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

impl From<geotimeline_core::Error> for AppError {
    fn from(err: geotimeline_core::Error) -> Self {
        use geotimeline_core::Error as E;
        // The cause chain goes to the log; the window shows the one sentence.
        log::error!(target: "geotimeline::error", "{}", with_causes(&err));
        let message = err.to_string();
        match err {
            E::NotFound { .. } => AppError::NotFound(message),
            E::Damaged { .. } => AppError::Damaged(message),
            E::Invalid { .. } | E::UnknownPlace { .. } | E::EmptyActorName { .. } => AppError::Invalid(message),
            E::Ingest { .. } | E::Manifest { .. } | E::Io { .. } => AppError::Ingest(message),
            E::Database(_) | E::Migration(_) | E::DatabaseTooNew { .. } | E::Busy { .. } | E::Json(_) => AppError::Storage(message),
            E::Render { .. } | E::Export { .. } => AppError::Export(message),
        }
    }
}
