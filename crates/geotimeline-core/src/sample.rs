//! The built-in sample workspace: five French reports of Vladimir Putin's June
//! 2024 visits to Pyongyang and Hanoi, with their manifest. Shipped inside the
//! binaries so a new user's first window shows a real timeline.

use crate::error::{Error, IngestProblem, Result};
use crate::ingest::{self, FileKind};
use crate::model::NewArticle;
use std::path::Path;

const MANIFEST: &str = include_str!("../sample/seeds/manifest.json");

const FILES: &[(&str, &str)] = &[
    ("000_161a99ef2abc8ccc.txt", include_str!("../sample/seeds/000_161a99ef2abc8ccc.txt")),
    ("001_79fb2e6aad893af5.txt", include_str!("../sample/seeds/001_79fb2e6aad893af5.txt")),
    ("002_f9e8ece5efe1554f.txt", include_str!("../sample/seeds/002_f9e8ece5efe1554f.txt")),
    ("003_0362cbc52a1f5f9f.txt", include_str!("../sample/seeds/003_0362cbc52a1f5f9f.txt")),
    ("004_9e0092d46ac16036.txt", include_str!("../sample/seeds/004_9e0092d46ac16036.txt")),
];

/// The sample articles with the metadata of their manifest.
pub fn articles() -> Result<Vec<NewArticle>> {
    let origin = Path::new("sample/seeds/manifest.json");
    let manifest = ingest::manifest::parse_manifest(MANIFEST, origin)?;
    manifest
        .articles
        .iter()
        .map(|entry| {
            let (_, body) = FILES.iter().find(|(name, _)| *name == entry.file).ok_or_else(|| Error::Manifest {
                path: origin.to_path_buf(),
                message: format!("{} is not shipped with the sample", entry.file),
            })?;
            let meta = entry.meta().map_err(|message| Error::Manifest { path: origin.to_path_buf(), message })?;
            ingest::article_from_bytes(&entry.file, FileKind::Text, body.as_bytes(), &meta)
                .map_err(|problem: IngestProblem| Error::Ingest { path: Path::new(&entry.file).to_path_buf(), problem })
        })
        .collect()
}
