//! Walking the claims and sources folders and reading files, with every way that can go wrong
//! turned into a diagnostic: symbolic link loops, links that leave the folder, unreadable
//! folders and files, files that disappear during the run, files over the size limit.
//!
//! Walks are sorted by file name, so the order never depends on the file system.

use crate::diagnostic::{Diagnostic, display_path};
use std::io::Read;
use std::path::{Path, PathBuf};

/// How strict a walk is about what it cannot read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strictness {
    /// Claims: a claim file that cannot be read is a lost claim, so every problem is an error
    /// (except a link loop, which hides nothing).
    Claims,
    /// Sources: a link that leaves the folder or points nowhere is skipped with a warning; a
    /// folder or file that cannot be read is an error.
    Sources,
}

/// The files found under a folder (regular files, after following links that stay inside),
/// in sorted order, and the problems met on the way.
#[derive(Debug, Default)]
pub struct Walked {
    pub files: Vec<PathBuf>,
    pub diagnostics: Vec<Diagnostic>,
}

/// `path` as shown: `display_root` followed by its part under `root`.
pub fn shown(root: &Path, display_root: &str, path: &Path) -> String {
    let rel = rel_path(root, path);
    if rel.is_empty() {
        display_root.to_string()
    } else if display_root.is_empty() || display_root == "." {
        display_path(Path::new(&rel))
    } else {
        format!(
            "{}/{}",
            display_root.trim_end_matches('/'),
            display_path(Path::new(&rel))
        )
    }
}

/// `path` relative to `root`, with `/` separators, unescaped (what claim files name).
pub fn rel_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Walks `root` (which must be a folder). Links are followed while they stay inside `root`;
/// one that leads outside is skipped, so that a link in a pull request cannot make claimcheck
/// quote `/etc/shadow` or a CI secret in its report.
pub fn walk(root: &Path, display_root: &str, strictness: Strictness) -> Walked {
    let mut out = Walked::default();
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let what = match strictness {
        Strictness::Claims => "claims",
        Strictness::Sources => "sources",
    };
    let mut it = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = it.next() {
        match entry {
            Ok(e) => {
                if e.depth() > 0 && e.path_is_symlink() {
                    let inside = std::fs::canonicalize(e.path())
                        .is_ok_and(|target| target.starts_with(&canonical_root));
                    if !inside {
                        let message = format!(
                            "skipped: symbolic link to {} outside the {what} folder",
                            std::fs::read_link(e.path())
                                .map(|t| format!("`{}`", display_path(&t)))
                                .unwrap_or_else(|_| "a place".to_string())
                        );
                        let hint = format!(
                            "links are followed only inside the {what} folder: copy the file in{}",
                            if strictness == Strictness::Claims {
                                ", or name it on the command line"
                            } else {
                                ""
                            }
                        );
                        let path = shown(root, display_root, e.path());
                        out.diagnostics.push(
                            match strictness {
                                Strictness::Claims => Diagnostic::error(path, message),
                                Strictness::Sources => Diagnostic::warning(path, message),
                            }
                            .with_hint(hint),
                        );
                        if e.file_type().is_dir() {
                            it.skip_current_dir();
                        }
                        continue;
                    }
                }
                if e.file_type().is_file() {
                    out.files.push(e.into_path());
                } else if !e.file_type().is_dir() {
                    // A FIFO would block the read forever, a device could be endless.
                    out.diagnostics.push(
                        Diagnostic::warning(
                            shown(root, display_root, e.path()),
                            "skipped: not a regular file (a FIFO, socket or device)",
                        )
                        .with_hint(format!("{what} are read from regular files only")),
                    );
                }
            }
            Err(err) => {
                let path = err
                    .path()
                    .map(|p| shown(root, display_root, p))
                    .unwrap_or_else(|| display_root.to_string());
                let is_link = err
                    .path()
                    .and_then(|p| p.symlink_metadata().ok())
                    .is_some_and(|m| m.file_type().is_symlink());
                let kind = err.io_error().map(|e| e.kind());
                let d = if err.loop_ancestor().is_some() {
                    Diagnostic::warning(path, "skipped: symbolic link loop")
                        .with_hint("the folder it points to is read once, through its own path")
                } else if is_link && kind == Some(std::io::ErrorKind::NotFound) {
                    let d = Diagnostic::warning(path, "skipped: broken symbolic link")
                        .with_hint("point the link at an existing file, or remove it");
                    match strictness {
                        Strictness::Claims => Diagnostic {
                            severity: crate::Severity::Error,
                            ..d
                        },
                        Strictness::Sources => d,
                    }
                } else {
                    io_diagnostic(path, err.io_error())
                };
                out.diagnostics.push(d);
            }
        }
    }
    out
}

/// The error for a file or folder that cannot be read, saying what to do.
pub fn io_diagnostic(path: String, err: Option<&std::io::Error>) -> Diagnostic {
    use std::io::ErrorKind;
    match err.map(|e| e.kind()) {
        Some(ErrorKind::PermissionDenied) => {
            Diagnostic::error(path, "cannot read: permission denied")
                .with_hint("make it readable by the user running claimcheck (chmod a+r)")
        }
        Some(ErrorKind::NotFound) => Diagnostic::error(path, "file disappeared while reading")
            .with_hint("something changed the folder during the run; run claimcheck again"),
        _ => Diagnostic::error(
            path,
            format!(
                "cannot read: {}",
                err.map(|e| e.to_string().to_lowercase())
                    .unwrap_or_else(|| "unknown error".to_string())
            ),
        )
        .with_hint("check that the file can be read, then run claimcheck again"),
    }
}

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// Bigger than the limit: its size in bytes (at least; it may still be growing).
    TooBig(u64),
    Io(std::io::Error),
}

/// Reads a whole file, but never more than `max` bytes: the size is checked on the open file
/// (not on the name, which may have changed since), and the read stops after `max + 1` bytes
/// in case the file grows meanwhile.
pub fn read_limited(path: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::Io(std::io::Error::other("not a regular file")));
    }
    if meta.len() > max {
        return Err(ReadError::TooBig(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooBig(bytes.len() as u64));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_up_to_the_limit_and_refuses_beyond_it() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, "0123456789").unwrap();
        assert_eq!(read_limited(&p, 10).unwrap(), b"0123456789");
        assert!(matches!(read_limited(&p, 9), Err(ReadError::TooBig(10))));
        let missing = read_limited(&dir.path().join("gone.txt"), 10).unwrap_err();
        let ReadError::Io(e) = missing else {
            panic!("not an io error")
        };
        let d = io_diagnostic("sources/gone.txt".into(), Some(&e));
        assert_eq!(d.message, "file disappeared while reading");
        assert!(d.is_error());
        assert!(
            read_limited(dir.path(), 10).is_err(),
            "a folder is not read"
        );
    }

    #[test]
    fn paths_are_shown_under_the_root_as_typed() {
        let root = Path::new("/x/sources");
        assert_eq!(
            shown(root, "sources", Path::new("/x/sources/a/b.txt")),
            "sources/a/b.txt"
        );
        assert_eq!(shown(root, ".", Path::new("/x/sources/b.txt")), "b.txt");
        assert_eq!(
            shown(root, "sources/", Path::new("/x/sources/n\nl.txt")),
            "sources/n\\nl.txt"
        );
        assert_eq!(rel_path(root, Path::new("/x/sources/n\nl.txt")), "n\nl.txt");
    }
}
