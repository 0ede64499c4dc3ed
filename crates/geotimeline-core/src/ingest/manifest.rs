//! A manifest lists article files with their metadata (the format of the seed
//! corpus's manifest.json): `{"articles": [{"file", "lang", "outlet", "published", "title"}]}`.

use super::{parse_date, ArticleMeta};
use crate::error::{Error, Result};
use chrono::Datelike;
use serde::Deserialize;
use std::path::{Component, Path, PathBuf};

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

/// Publication dates outside these years are refused as absurd (a typo, a
/// placeholder such as 0001-01-01 or 9999-12-31).
pub const PUBLISHED_YEARS: std::ops::RangeInclusive<i32> = 1800..=2199;

impl ManifestEntry {
    pub fn meta(&self) -> std::result::Result<ArticleMeta, String> {
        let published = match self.published.as_deref() {
            None | Some("") => None,
            Some(text) => {
                let day =
                    parse_date(text).ok_or_else(|| format!("article {:?}: published {text:?} is not a YYYY-MM-DD date", self.file))?;
                if !PUBLISHED_YEARS.contains(&day.year()) {
                    return Err(format!(
                        "article {:?}: published {text:?} is not a plausible publication date (years {} to {})",
                        self.file,
                        PUBLISHED_YEARS.start(),
                        PUBLISHED_YEARS.end()
                    ));
                }
                Some(day)
            }
        };
        Ok(ArticleMeta { title: self.title.clone(), outlet: self.outlet.clone(), language: self.lang.clone(), published })
    }

    /// The article's path, which must stay in the manifest's folder: no absolute
    /// path, no "..". A manifest from elsewhere cannot make the import read
    /// /etc/passwd or a file beside the workspace.
    fn path_in(&self, dir: &Path) -> std::result::Result<PathBuf, String> {
        let relative = Path::new(&self.file);
        if self.file.trim().is_empty() {
            return Err("an article has an empty \"file\"".into());
        }
        if !relative.components().all(|c| matches!(c, Component::Normal(_) | Component::CurDir)) {
            return Err(format!("article {:?}: the file must be in the manifest's folder or below it", self.file));
        }
        Ok(dir.join(relative))
    }
}

/// Parses a manifest from its text; `origin` names it in errors. Strict: any bad
/// entry refuses the whole manifest (for the built-in sample).
pub fn parse_manifest(text: &str, origin: &Path) -> Result<Manifest> {
    let manifest: Manifest =
        serde_json::from_str(text).map_err(|e| Error::Manifest { path: origin.to_path_buf(), message: e.to_string() })?;
    for entry in &manifest.articles {
        entry.path_in(Path::new("")).map_err(|message| Error::Manifest { path: origin.to_path_buf(), message })?;
        entry.meta().map_err(|message| Error::Manifest { path: origin.to_path_buf(), message })?;
    }
    Ok(manifest)
}

/// One article a manifest lists: its path and metadata, or why the entry is refused.
pub type ManifestItem = Result<(PathBuf, ArticleMeta)>;

/// The outer shape of a manifest; its entries are read one by one.
#[derive(Deserialize)]
struct Entries {
    articles: Vec<serde_json::Value>,
}

/// Reads a manifest file and resolves its article paths against its folder. A
/// manifest that cannot be read or is not a manifest is an error; each entry is
/// then read on its own, so a bad entry (a missing field, a wrong type, a bad or
/// absurd date, a path out of the folder) is refused by its number and the
/// others are imported.
pub fn read_manifest_items(path: &Path) -> Result<Vec<ManifestItem>> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    manifest_items(&text, path)
}

/// [`read_manifest_items`] on a manifest's text already read from `path` (which names it
/// in errors and whose folder its article paths are resolved against); the fuzz target
/// `manifest` reads it.
pub fn manifest_items(text: &str, path: &Path) -> Result<Vec<ManifestItem>> {
    let fail = |message: String| Error::Manifest { path: path.to_path_buf(), message };
    let entries: Entries = serde_json::from_str(text).map_err(|e| fail(e.to_string()))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    Ok(entries
        .articles
        .into_iter()
        .enumerate()
        .map(|(i, value)| {
            let entry: ManifestEntry = serde_json::from_value(value).map_err(|e| fail(format!("article {}: {e}", i + 1)))?;
            let file = entry.path_in(dir).map_err(|m| fail(format!("article {}: {m}", i + 1)))?;
            if leaves(dir, &file) {
                return Err(fail(format!(
                    "article {}: article {:?}: the file is a link that leads out of the manifest's folder",
                    i + 1,
                    entry.file
                )));
            }
            let meta = entry.meta().map_err(|m| fail(format!("article {}: {m}", i + 1)))?;
            Ok((file, meta))
        })
        .collect())
}

/// Whether `file`, links resolved, is outside `dir`. A file that cannot be
/// resolved (it does not exist) is left to the reader to report.
fn leaves(dir: &Path, file: &Path) -> bool {
    let base = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    match (std::fs::canonicalize(base), std::fs::canonicalize(file)) {
        (Ok(base), Ok(real)) => !real.starts_with(base),
        _ => false,
    }
}

/// Reads a manifest whole: the first bad entry refuses it.
pub fn read_manifest(path: &Path) -> Result<Vec<(PathBuf, ArticleMeta)>> {
    read_manifest_items(path)?.into_iter().collect()
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

    #[test]
    fn each_bad_entry_is_refused_by_its_number_and_the_good_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let manifest = dir.path().join("m.json");
        std::fs::write(
            &manifest,
            r#"{"articles": [
                {"file": "good.txt", "published": "2024-06-20", "lang": "fr"},
                {"lang": "fr"},
                {"file": 42},
                {"file": "a.txt", "published": 20240620},
                {"file": "../../etc/passwd"},
                {"file": "/etc/passwd"},
                {"file": "sub/../../x.txt"},
                {"file": "b.txt", "published": "2024-02-30"},
                {"file": "c.txt", "published": "0001-01-01"},
                {"file": "d.txt", "published": "9999-12-31"},
                "e.txt",
                {"file": "./sub/f.txt", "unknown": true}
            ]}"#,
        )
        .unwrap();
        let items = read_manifest_items(&manifest).unwrap();
        let messages: Vec<String> = items.iter().map(|i| i.as_ref().map(|_| "ok".to_string()).unwrap_or_else(|e| e.to_string())).collect();
        let m = manifest.display();
        assert_eq!(items[0].as_ref().unwrap().0, dir.path().join("good.txt"));
        assert_eq!(items[0].as_ref().unwrap().1.published, chrono::NaiveDate::from_ymd_opt(2024, 6, 20));
        assert_eq!(messages[1], format!("manifest {m}: article 2: missing field `file`"));
        assert_eq!(messages[2], format!("manifest {m}: article 3: invalid type: integer `42`, expected a string"));
        assert_eq!(messages[3], format!("manifest {m}: article 4: invalid type: integer `20240620`, expected a string"));
        for (i, file) in [(4, "../../etc/passwd"), (5, "/etc/passwd"), (6, "sub/../../x.txt")] {
            assert_eq!(
                messages[i],
                format!("manifest {m}: article {}: article {file:?}: the file must be in the manifest's folder or below it", i + 1)
            );
        }
        assert_eq!(messages[7], format!("manifest {m}: article 8: article \"b.txt\": published \"2024-02-30\" is not a YYYY-MM-DD date"));
        assert_eq!(
            messages[8],
            format!("manifest {m}: article 9: article \"c.txt\": published \"0001-01-01\" is not a plausible publication date (years 1800 to 2199)")
        );
        assert!(messages[9].contains("\"9999-12-31\" is not a plausible publication date"), "{}", messages[9]);
        assert_eq!(messages[10], format!("manifest {m}: article 11: invalid type: string \"e.txt\", expected struct ManifestEntry"));
        assert_eq!(items[11].as_ref().unwrap().0, dir.path().join("./sub/f.txt"));
        assert_eq!(items.len(), 12);
        assert!(read_manifest(&manifest).is_err(), "read whole, the first bad entry refuses it");
    }

    #[test]
    fn a_manifest_that_is_not_one_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let manifest = dir.path().join("m.json");
        for text in ["", "[]", r#"{"articles": {}}"#, r#"{"corpus": "x"}"#, "\u{0}"] {
            std::fs::write(&manifest, text).unwrap();
            let err = read_manifest_items(&manifest).expect_err("refused").to_string();
            assert!(err.starts_with(&format!("manifest {}: ", manifest.display())), "{text:?}: {err}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_folder_is_refused_and_one_inside_it_kept() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = dir.path().join("corpus");
        std::fs::create_dir(&corpus).unwrap();
        std::fs::write(dir.path().join("secret.txt"), "hors du dossier").unwrap();
        std::fs::write(corpus.join("a.txt"), "dans le dossier").unwrap();
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), corpus.join("out.txt")).unwrap();
        std::os::unix::fs::symlink(corpus.join("a.txt"), corpus.join("in.txt")).unwrap();
        let manifest = corpus.join("m.json");
        std::fs::write(&manifest, r#"{"articles": [{"file": "out.txt"}, {"file": "in.txt"}]}"#).unwrap();
        let items = read_manifest_items(&manifest).unwrap();
        assert_eq!(
            items[0].as_ref().map(|_| ()).unwrap_err().to_string(),
            format!(
                "manifest {}: article 1: article \"out.txt\": the file is a link that leads out of the manifest's folder",
                manifest.display()
            )
        );
        assert_eq!(items[1].as_ref().unwrap().0, corpus.join("in.txt"));
    }
}
