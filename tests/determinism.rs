//! Two properties of every run, checked through the real binary on a fixture with many files:
//!
//! - **deterministic**: the same input gives byte-identical stdout, stderr and exit status in
//!   every output format, whatever the number of threads (`RAYON_NUM_THREADS` 1, 2, 8) and the
//!   order the file system lists files in (the fixture is written twice, in opposite orders,
//!   the second copy on a tmpfs when there is one, which lists files in creation order);
//! - **read-only**: a run never changes the claims or the sources (the tree is fingerprinted
//!   before and after, names, sizes, modes, modification times and contents).
//!
//! The formats are those `claimcheck --help` lists for `--format`, so a new one is covered
//! the day it is added.

use std::collections::BTreeMap;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every file of the fixture: (path, contents), in a fixed order.
fn fixture_files() -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let towns = ["Kelby", "Marrow", "Ostend", "Pellam", "Quarry", "Rushton"];
    for (t, town) in towns.iter().enumerate() {
        for i in 0..40 {
            let text = format!(
                " date 2024-0{}-{:02} {i}\n{town} report {i}\nThe {town} council approved a budget of {} million on Monday. The mayor of {town} did not attend.\nResidents of {town} welcomed the plan for {} new schools.\n",
                t + 1,
                i % 28 + 1,
                i + 10,
                i % 7 + 2
            );
            files.push((format!("sources/{town}/r{i:03}.txt"), text.into_bytes()));
        }
        let mut yaml = format!("title: {town}\nclaims:\n");
        for i in 0..40 {
            let (verb, amount) = match i % 4 {
                0 => ("approved", i + 10),
                1 => ("approved", i + 11),
                2 => ("rejected", i + 10),
                _ => ("approved", 999),
            };
            yaml.push_str(&format!(
                "  - id: {town}-{i}\n    text: The {town} council {verb} a budget of {amount} million.\n"
            ));
            if i % 10 == 0 {
                yaml.push_str(&format!("    sources: [\"{town}/r{i:03}.txt\"]\n"));
            }
        }
        files.push((format!("claims/{town}.yaml"), yaml.into_bytes()));
    }
    // Warnings and errors, whose order must not move either.
    files.push(("sources/blob.txt".into(), b"\x00\x01\x02".to_vec()));
    files.push(("sources/notes.pdf".into(), b"%PDF".to_vec()));
    files.push(("sources/empty.md".into(), Vec::new()));
    files.push((
        "sources/latin1.txt".into(),
        b"The caf\xe9 opened.\n".to_vec(),
    ));
    files.push((
        "claims/broken.yaml".into(),
        b"claims:\n  - id: a\n    text: [x]\n  - id: b\n    expct: supported\n".to_vec(),
    ));
    files.push((
        "claims/zz-missing.yaml".into(),
        b"claims:\n  - id: m\n    text: The council met.\n    sources: [nowhere.txt, \"*.pdf\"]\n"
            .to_vec(),
    ));
    files
}

fn write_fixture(root: &Path, reverse: bool) {
    let mut files = fixture_files();
    if reverse {
        files.reverse();
    }
    for (path, bytes) in files {
        let p = root.join(path);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, bytes).unwrap();
    }
}

/// A temporary folder, on a tmpfs when `/dev/shm` can be written to.
fn tempdir_elsewhere() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(dir) = tempfile::tempdir_in(shm)
    {
        return dir;
    }
    tempfile::tempdir().unwrap()
}

/// The names of a folder in the order the file system lists them.
fn listing(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

/// The values `--format` accepts, read from `claimcheck --help`.
fn formats() -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    let after = &help[help.find("--format").expect("--format in --help")..];
    let mut formats = Vec::new();
    if let Some(inline) = after.lines().find_map(|l| {
        l.split_once("[possible values: ")
            .map(|(_, rest)| rest.trim_end_matches(']').to_string())
    }) && !after.contains("Possible values:")
    {
        formats.extend(inline.split(", ").map(str::to_string));
    } else {
        let block = &after[after.find("Possible values:").expect("possible values")..];
        for line in block.lines().skip(1) {
            let Some(item) = line.trim().strip_prefix("- ") else {
                break;
            };
            formats.push(item.split(':').next().unwrap().trim().to_string());
        }
    }
    assert!(formats.contains(&"human".to_string()) && formats.contains(&"json".to_string()));
    formats
}

fn run(dir: &Path, format: &str, threads: usize) -> (i32, Vec<u8>, Vec<u8>) {
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["--no-config", "--format", format])
        .current_dir(dir)
        .env("RAYON_NUM_THREADS", threads.to_string())
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR")
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), out.stdout, out.stderr)
}

#[test]
fn output_is_byte_identical_across_threads_and_listing_orders() {
    let a = tempfile::tempdir().unwrap();
    let b = tempdir_elsewhere();
    write_fixture(a.path(), false);
    write_fixture(b.path(), true);
    let (la, lb) = (
        listing(&a.path().join("sources/Kelby")),
        listing(&b.path().join("sources/Kelby")),
    );
    if la == lb {
        eprintln!(
            "note: both copies list files in the same order here; the thread counts still vary"
        );
    }
    let formats = formats();
    // One thread per format: the runs are independent, and the test stays short.
    std::thread::scope(|scope| {
        for format in &formats {
            let (a, b) = (a.path(), b.path());
            scope.spawn(move || {
                let reference = run(a, format, 1);
                assert!(!reference.1.is_empty(), "{format}: the report is not empty");
                assert_eq!(reference.0, 2, "{format}: the fixture has input errors");
                for (dir, threads) in [(a, 2), (a, 8), (b, 1), (b, 8)] {
                    let other = run(dir, format, threads);
                    assert!(
                        other == reference,
                        "{format} with {threads} threads in {} differs:\n--- 1 thread\n{}\n{}\n--- {threads} threads\n{}\n{}",
                        dir.display(),
                        String::from_utf8_lossy(&reference.1),
                        String::from_utf8_lossy(&reference.2),
                        String::from_utf8_lossy(&other.1),
                        String::from_utf8_lossy(&other.2),
                    );
                }
            });
        }
    });
    eprintln!(
        "identical in {} formats: {}",
        formats.len(),
        formats.join(", ")
    );
}

/// Everything about a tree a run could change.
fn fingerprint(root: &Path) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    for entry in walk(root) {
        let meta = fs::symlink_metadata(&entry).unwrap();
        let mut h = std::collections::hash_map::DefaultHasher::new();
        if meta.is_file() {
            fs::read(&entry).unwrap().hash(&mut h);
        }
        let modified = meta.modified().ok();
        out.insert(
            entry.strip_prefix(root).unwrap().to_path_buf(),
            format!(
                "{:?} {} {:?} {:?} {:x}",
                meta.file_type(),
                meta.len(),
                meta.permissions(),
                modified,
                h.finish()
            ),
        );
    }
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() && !p.is_symlink() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn a_run_never_changes_the_claims_or_the_sources() {
    let dir = tempfile::tempdir().unwrap();
    write_fixture(dir.path(), false);
    // The bundled example too, with its real claims and source.
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["claims", "sources"] {
        for e in fs::read_dir(repo.join(sub)).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_file() {
                fs::copy(e.path(), dir.path().join(sub).join(e.file_name())).unwrap();
            }
        }
    }
    let before = fingerprint(dir.path());
    let report = tempfile::tempdir().unwrap();
    for format in formats() {
        run(dir.path(), &format, 2);
        // Writing the report to a file writes that file only.
        let out = report.path().join(format!("report.{format}"));
        let written = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .args(["--no-config", "--format", &format, "-o"])
            .arg(&out)
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert_eq!(written.status.code(), Some(2));
        assert!(out.exists(), "{format}: the report file is written");
    }
    for args in [&["-v"][..], &["-q"], &["check", "claims/Kelby.yaml"]] {
        Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .arg("--no-config")
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap();
    }
    let after = fingerprint(dir.path());
    assert_eq!(before, after, "a run changed the checked tree");
}
