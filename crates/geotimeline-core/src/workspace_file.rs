//! Workspace files as the user handles them: opening one that must already be
//! a workspace, creating an empty one, saving a copy of the open one, and the
//! list of recently opened files. No Tauri here: the app's shell calls these.

use crate::error::{Error, Result};
use crate::Store;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The extension of a workspace file the user names.
pub const EXTENSION: &str = "geotimeline";

/// How many recently opened workspaces are remembered.
pub const RECENT_MAX: usize = 8;

/// The first 16 bytes of every SQLite database.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

fn invalid(message: String) -> Error {
    Error::Invalid { what: "workspace", message }
}

/// Opens an existing workspace file. A missing file, a file that is not a
/// SQLite database and a workspace of a newer GeoTimeline are refused with one
/// sentence each, and the file is left exactly as it was.
pub fn open_existing(path: &Path) -> Result<Store> {
    let mut head = [0u8; 16];
    let read = std::fs::File::open(path).and_then(|mut f| {
        use std::io::Read;
        let mut n = 0;
        while n < head.len() {
            match f.read(&mut head[n..])? {
                0 => break,
                k => n += k,
            }
        }
        Ok(n)
    });
    match read {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(invalid(format!("{} does not exist", path.display())));
        }
        Err(source) => return Err(Error::Io { path: path.to_path_buf(), source }),
        // An empty file is a new SQLite database: accept it.
        Ok(0) => {}
        Ok(n) if n < head.len() || &head != SQLITE_MAGIC => {
            return Err(invalid(format!("{} is not a GeoTimeline workspace (it is not a SQLite database)", path.display())));
        }
        Ok(_) => {}
    }
    Store::open(path)
}

/// Creates a new, empty workspace at `path`, which must not exist yet.
pub fn create_new(path: &Path) -> Result<Store> {
    if path.exists() {
        return Err(invalid(format!("{} already exists: open it, or choose another name for a new workspace", path.display())));
    }
    Store::open(path)
}

/// `path` with the workspace extension when it has none.
pub fn with_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension(EXTENSION)
    } else {
        path
    }
}

/// Whether two paths name the same file (the second may not exist yet).
fn same_file(a: &Path, b: &Path) -> bool {
    let canon = |p: &Path| -> PathBuf {
        if let Ok(c) = p.canonicalize() {
            return c;
        }
        match (p.parent().and_then(|d| d.canonicalize().ok()), p.file_name()) {
            (Some(dir), Some(name)) => dir.join(name),
            _ => p.to_path_buf(),
        }
    };
    canon(a) == canon(b)
}

impl Store {
    /// Writes a consistent copy of the workspace to `dest` with SQLite's
    /// `VACUUM INTO` (a compact snapshot, readable while the workspace stays
    /// open). The copy is written beside `dest` and renamed into place, so a
    /// failed copy leaves nothing; the open workspace's own file is never
    /// overwritten.
    pub fn save_copy(&self, dest: &Path) -> Result<()> {
        if let Some(own) = self.path() {
            if same_file(own, dest) {
                return Err(invalid(format!("{} is the open workspace: choose another file for the copy", dest.display())));
            }
        }
        let mut partial = dest.as_os_str().to_owned();
        partial.push(".partial");
        let partial = PathBuf::from(partial);
        let _ = std::fs::remove_file(&partial);
        let written = self
            .connection()
            .execute("VACUUM INTO ?1", [partial.to_string_lossy()])
            .map_err(Error::from)
            .and_then(|_| std::fs::rename(&partial, dest).map_err(|source| Error::Io { path: dest.to_path_buf(), source }));
        if written.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        written
    }
}

/// Moves a damaged workspace aside, to `NAME.damaged-YYYYMMDD-HHMMSS` beside
/// it (with SQLite's side files, which must not be read into what takes its
/// place). Never deleted: what is left in it may still be rescued.
pub fn set_aside(path: &Path) -> Result<PathBuf> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
    let free =
        |suffix: &str| ["", "-wal", "-shm", "-journal"].iter().all(|side| !crate::store::beside(path, &format!("{suffix}{side}")).exists());
    let suffix = (1..)
        .map(|n| if n == 1 { format!(".damaged-{stamp}") } else { format!(".damaged-{stamp}-{n}") })
        .find(|s| free(s))
        .expect("a free name");
    let aside = crate::store::beside(path, &suffix);
    std::fs::rename(path, &aside).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    for side in ["-wal", "-shm", "-journal"] {
        let from = crate::store::beside(path, side);
        if from.exists() {
            std::fs::rename(&from, crate::store::beside(&aside, side)).map_err(|source| Error::Io { path: from.clone(), source })?;
        }
    }
    Ok(aside)
}

/// Replaces a damaged workspace with its latest backup: the damaged file is set
/// aside ([`set_aside`]), a copy of the backup takes its place (the backup
/// stays) and is opened, brought up to date. Returns where the damaged file went.
pub fn restore_backup(path: &Path) -> Result<(Store, PathBuf)> {
    let backup = crate::store::latest_backup(path)
        .ok_or_else(|| invalid(format!("{} has no backup to restore: start a new workspace instead", path.display())))?;
    let partial = crate::store::beside(path, ".restoring");
    let copied = std::fs::copy(&backup, &partial)
        .and_then(|_| std::fs::File::open(&partial)?.sync_all())
        .map_err(|source| Error::Io { path: partial.clone(), source });
    if let Err(err) = copied {
        let _ = std::fs::remove_file(&partial);
        return Err(err);
    }
    let aside = set_aside(path)?;
    std::fs::rename(&partial, path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    Ok((Store::open(path)?, aside))
}

/// Sets a damaged workspace aside ([`set_aside`]) and starts a new, empty one
/// in its place. Returns the new workspace and where the damaged file went.
pub fn start_over(path: &Path) -> Result<(Store, PathBuf)> {
    let aside = set_aside(path)?;
    Ok((Store::open(path)?, aside))
}

/// The recently opened workspaces, newest first, kept in a small JSON file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentFiles {
    pub paths: Vec<PathBuf>,
}

impl RecentFiles {
    /// Reads the list; a missing or unreadable file is an empty list.
    pub fn load(file: &Path) -> RecentFiles {
        std::fs::read(file).ok().and_then(|bytes| serde_json::from_slice(&bytes).ok()).unwrap_or_default()
    }

    /// Writes the list (its folder created), through a file renamed into place.
    pub fn save(&self, file: &Path) -> Result<()> {
        if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io { path: dir.to_path_buf(), source })?;
        }
        let tmp = file.with_extension("json.tmp");
        std::fs::write(&tmp, serde_json::to_vec_pretty(self)?).map_err(|source| Error::Io { path: tmp.clone(), source })?;
        std::fs::rename(&tmp, file).map_err(|source| Error::Io { path: file.to_path_buf(), source })
    }

    /// Puts `path` first (once), keeping at most [`RECENT_MAX`].
    pub fn push(&mut self, path: &Path) {
        self.paths.retain(|p| !same_file(p, path));
        self.paths.insert(0, path.to_path_buf());
        self.paths.truncate(RECENT_MAX);
    }

    /// The files that still exist, newest first.
    pub fn existing(&self) -> Vec<PathBuf> {
        self.paths.iter().filter(|p| p.is_file()).cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_holds_the_events_and_the_open_file_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.geotimeline");
        let mut store = Store::open(&path).unwrap();
        crate::workspace::import_sample(&mut store).unwrap();
        let counts = store.counts().unwrap();
        assert!(counts.1 > 0);

        let copy = dir.path().join("copy.geotimeline");
        store.save_copy(&copy).unwrap();
        assert!(!dir.path().join("copy.geotimeline.partial").exists());
        let reopened = open_existing(&copy).unwrap();
        assert_eq!(reopened.counts().unwrap(), counts);

        // Over an existing copy: replaced whole.
        store.save_copy(&copy).unwrap();
        assert_eq!(open_existing(&copy).unwrap().counts().unwrap(), counts);

        // Onto itself, also through another spelling of the path: refused.
        let err = store.save_copy(&path).unwrap_err().to_string();
        assert!(err.contains("is the open workspace"), "{err}");
        let err = store.save_copy(&dir.path().join(".").join("a.geotimeline")).unwrap_err().to_string();
        assert!(err.contains("is the open workspace"), "{err}");
        assert_eq!(store.counts().unwrap(), counts);
    }

    #[test]
    fn opening_refuses_what_is_not_a_workspace_and_leaves_it_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let text = dir.path().join("notes.geotimeline");
        std::fs::write(&text, "not a database at all, just some text").unwrap();
        let err = open_existing(&text).err().unwrap().to_string();
        assert!(err.contains("is not a GeoTimeline workspace"), "{err}");
        assert_eq!(std::fs::read_to_string(&text).unwrap(), "not a database at all, just some text");

        let missing = dir.path().join("missing.geotimeline");
        let err = open_existing(&missing).err().unwrap().to_string();
        assert!(err.contains("does not exist"), "{err}");
        assert!(!missing.exists());

        // A workspace of a newer GeoTimeline.
        let newer = dir.path().join("newer.geotimeline");
        drop(Store::open(&newer).unwrap());
        crate::store::raw_connection(&newer).unwrap().pragma_update(None, "user_version", 9999).unwrap();
        let err = open_existing(&newer).err().unwrap().to_string();
        assert!(err.contains("newer GeoTimeline"), "{err}");
    }

    #[test]
    fn a_new_workspace_is_empty_and_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = with_extension(dir.path().join("fresh"));
        assert_eq!(path.extension().unwrap(), EXTENSION);
        let store = create_new(&path).unwrap();
        assert_eq!(store.counts().unwrap(), (0, 0));
        drop(store);
        let err = create_new(&path).err().unwrap().to_string();
        assert!(err.contains("already exists"), "{err}");
        assert_eq!(with_extension(dir.path().join("x.sqlite")).extension().unwrap(), "sqlite");
    }

    /// A workspace holding the sample, its backup, then the file cut in half.
    fn damaged_with_backup(dir: &Path) -> (PathBuf, (u32, u32), Vec<u8>) {
        let path = dir.join("ws.geotimeline");
        let counts = {
            let mut store = Store::open(&path).unwrap();
            crate::workspace::import_sample(&mut store).unwrap();
            store.counts().unwrap()
        };
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(crate::store::backup_path(&path, 7), &bytes).unwrap();
        let damaged = bytes[..bytes.len() / 2 + 1].to_vec();
        std::fs::write(&path, &damaged).unwrap();
        (path, counts, damaged)
    }

    fn aside_files(dir: &Path) -> Vec<PathBuf> {
        let mut found: Vec<PathBuf> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.to_string_lossy().contains(".damaged-")).collect();
        found.sort();
        found
    }

    #[test]
    fn restoring_the_backup_keeps_the_damaged_file_aside_and_opens_the_backup() {
        let dir = tempfile::tempdir().unwrap();
        let (path, counts, damaged) = damaged_with_backup(dir.path());
        let err = open_existing(&path).err().unwrap();
        assert!(matches!(err, Error::Damaged { backup: Some(_), .. }), "{err}");

        let (store, aside) = restore_backup(&path).unwrap();
        assert_eq!(store.counts().unwrap(), counts);
        assert_eq!(std::fs::read(&aside).unwrap(), damaged, "the damaged file is kept, unchanged");
        let name = aside.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("ws.geotimeline.damaged-") && name.len() == "ws.geotimeline.damaged-YYYYMMDD-HHMMSS".len(), "{name}");
        assert!(crate::store::backup_path(&path, 7).exists(), "the backup stays");
        drop(store);

        // Damaged again, restored again within the same second: a second name, nothing replaced.
        std::fs::write(&path, &damaged).unwrap();
        let (_, again) = restore_backup(&path).unwrap();
        assert_ne!(again, aside);
        assert_eq!(aside_files(dir.path()), {
            let mut both = vec![aside, again];
            both.sort();
            both
        });
    }

    #[test]
    fn starting_over_keeps_the_damaged_file_aside_and_without_a_backup_restoring_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ws.geotimeline");
        let garbage = b"SQLite format 3\0 and then nothing a database needs".to_vec();
        std::fs::write(&path, &garbage).unwrap();
        std::fs::write(crate::store::beside(&path, "-wal"), b"a stale log").unwrap();
        let err = restore_backup(&path).err().unwrap().to_string();
        assert!(err.contains("has no backup"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), garbage);

        let (store, aside) = start_over(&path).unwrap();
        assert_eq!(store.counts().unwrap(), (0, 0));
        assert_eq!(std::fs::read(&aside).unwrap(), garbage);
        assert_eq!(std::fs::read(crate::store::beside(&aside, "-wal")).unwrap(), b"a stale log", "its log went with it");
    }

    #[test]
    fn recent_files_keep_eight_newest_first_without_repeats() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("config").join("recent.json");
        assert_eq!(RecentFiles::load(&list), RecentFiles::default());
        let mut recent = RecentFiles::default();
        let files: Vec<PathBuf> = (0..10).map(|i| dir.path().join(format!("w{i}.geotimeline"))).collect();
        for f in &files {
            std::fs::write(f, b"").unwrap();
            recent.push(f);
        }
        recent.push(&files[5]);
        assert_eq!(recent.paths.len(), RECENT_MAX);
        assert_eq!(recent.paths[0], files[5]);
        assert_eq!(recent.paths[1], files[9]);
        assert_eq!(recent.paths.iter().filter(|p| **p == files[5]).count(), 1);
        recent.save(&list).unwrap();
        let loaded = RecentFiles::load(&list);
        assert_eq!(loaded, recent);
        std::fs::remove_file(&files[9]).unwrap();
        assert!(!loaded.existing().contains(&files[9]));
        assert_eq!(loaded.existing().len(), RECENT_MAX - 1);
        // A damaged list is an empty one.
        std::fs::write(&list, "{oops").unwrap();
        assert_eq!(RecentFiles::load(&list), RecentFiles::default());
    }
}
