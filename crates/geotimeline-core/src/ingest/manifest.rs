//! A manifest lists article files with their metadata (the format of the seed
//! corpus's manifest.json): `{"articles": [{"file", "lang", "outlet", "published", "title"}]}`.

use super::{parse_date, ArticleMeta};
use crate::error::{Error, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
pub struct Manifest {
    #[serde(default)]
    pub corpus: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    pub articles: Vec<ManifestEntry>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ManifestEntry {
    pub file: String,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
}

impl ManifestEntry {
    pub fn meta(&self) -> std::result::Result<ArticleMeta, String> {
        let published = match self.published.as_deref() {
            None | Some("") => None,
            Some(text) => {
                Some(parse_date(text).ok_or_else(|| format!("article {:?}: published {text:?} is not a YYYY-MM-DD date", self.file))?)
            }
        };
        Ok(ArticleMeta { title: self.title.clone(), outlet: self.outlet.clone(), language: self.lang.clone(), published })
    }
}

/// Parses a manifest from its text; `origin` names it in errors.
pub fn parse_manifest(text: &str, origin: &Path) -> Result<Manifest> {
    let manifest: Manifest =
        serde_json::from_str(text).map_err(|e| Error::Manifest { path: origin.to_path_buf(), message: e.to_string() })?;
    for entry in &manifest.articles {
        if entry.file.trim().is_empty() {
            return Err(Error::Manifest { path: origin.to_path_buf(), message: "an article has an empty \"file\"".into() });
        }
        entry.meta().map_err(|message| Error::Manifest { path: origin.to_path_buf(), message })?;
    }
    Ok(manifest)
}

/// Reads a manifest file and resolves its article paths against its folder.
pub fn read_manifest(path: &Path) -> Result<Vec<(PathBuf, ArticleMeta)>> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    let manifest = parse_manifest(&text, path)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    Ok(manifest.articles.iter().map(|entry| (dir.join(&entry.file), entry.meta().expect("validated in parse_manifest"))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_dates_and_json_are_reported_with_the_manifest_path() {
        let err =
            parse_manifest(r#"{"articles":[{"file":"a.txt","published":"20/06/2024"}]}"#, Path::new("m.json")).unwrap_err().to_string();
        assert!(err.starts_with("manifest m.json: ") && err.contains("20/06/2024"), "{err}");
        let err = parse_manifest("{", Path::new("m.json")).unwrap_err().to_string();
        assert!(err.starts_with("manifest m.json: "), "{err}");
    }

    #[test]
    fn seed_manifest_parses() {
        let m = parse_manifest(include_str!("../../sample/seeds/manifest.json"), Path::new("manifest.json")).unwrap();
        assert_eq!(m.articles.len(), 5);
        assert_eq!(m.articles[4].meta().unwrap().published, chrono::NaiveDate::from_ymd_opt(2024, 6, 25));
    }
}
