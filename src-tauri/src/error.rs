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

impl From<geotimeline_core::Error> for AppError {
    fn from(err: geotimeline_core::Error) -> Self {
        use geotimeline_core::Error as E;
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
