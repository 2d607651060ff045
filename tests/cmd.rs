//! CLI behaviour as data, through the real binary (the typos `tests/cmd` style).
//!
//! Each folder under `tests/cmd/` is one case:
//! - `args`: the arguments, one per line (`#` lines are comments);
//! - optional `env`: `KEY=VALUE` lines;
//! - optional `cwd`: a subfolder of the case to run in (to find a configuration further up);
//! - optional `example`: start from a copy of the bundled `claims/` and `sources/`;
//! - fixtures: whatever the case needs (`claims/`, `sources/`, …), copied to a temporary
//!   folder that becomes the working directory, so no case can change the repository;
//! - `stdout`, `stderr`, `status`: what the run must print and exit with, exactly.
//!
//! `CLAIMCHECK_BLESS=1 cargo test --test cmd` rewrites the expected files from the actual run;
//! `CLAIMCHECK_CASES=config-` runs (or blesses) only the cases whose name contains `config-`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const EXPECTED: &[&str] = &[
    "args", "env", "cwd", "stdout", "stderr", "status", "example",
];

fn copy_fixtures(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if from.join("args").exists() && EXPECTED.contains(&name.to_str().unwrap_or("")) {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type().unwrap().is_dir() {
            fs::create_dir_all(&target).unwrap();
            copy_fixtures(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn lines(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// Runs one case and returns a description of every difference.
fn run_case(case: &Path, bless: bool) -> Vec<String> {
    let work = tempfile::tempdir().unwrap();
    // A case marked `example` starts from the bundled example (claims/ and sources/).
    if case.join("example").exists() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["claims", "sources"] {
            fs::create_dir_all(work.path().join(dir)).unwrap();
            copy_fixtures(&repo.join(dir), &work.path().join(dir));
        }
    }
    copy_fixtures(case, work.path());
    let cwd = match lines(&case.join("cwd")).first() {
        Some(sub) => work.path().join(sub),
        None => work.path().to_path_buf(),
    };
    fs::create_dir_all(&cwd).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimcheck"));
    cmd.args(lines(&case.join("args")))
        .current_dir(&cwd)
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR")
        .env_remove("NO_COLOR")
        .env_remove("CLAIMCHECK_CONFIG");
    for kv in lines(&case.join("env")) {
        let (k, v) = kv.split_once('=').expect("env lines are KEY=VALUE");
        cmd.env(k, v);
    }
    let out = cmd.output().expect("the binary runs");
    let actual = [
        ("stdout", String::from_utf8_lossy(&out.stdout).into_owned()),
        ("stderr", String::from_utf8_lossy(&out.stderr).into_owned()),
        (
            "status",
            format!("{}\n", out.status.code().map_or(-1, |c| c)),
        ),
    ];
    let mut problems = Vec::new();
    for (name, got) in actual {
        let path = case.join(name);
        if bless {
            fs::write(&path, &got).unwrap();
            continue;
        }
        let want = fs::read_to_string(&path).unwrap_or_default();
        if want != got {
            problems.push(format!(
                "{}: {name} differs\n--- expected\n{want}\n+++ actual\n{got}",
                case.display()
            ));
        }
    }
    problems
}

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd");
    let mut cases: Vec<PathBuf> = fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("args").exists())
        .filter(|p| match std::env::var("CLAIMCHECK_CASES") {
            Ok(only) => p.file_name().unwrap().to_string_lossy().contains(&only),
            Err(_) => true,
        })
        .collect();
    cases.sort();
    cases
}

#[test]
fn cli_cases() {
    let bless = std::env::var_os("CLAIMCHECK_BLESS").is_some();
    let cases = cases();
    assert!(!cases.is_empty(), "no cases under tests/cmd");
    let problems: Vec<String> = cases.iter().flat_map(|c| run_case(c, bless)).collect();
    assert!(
        problems.is_empty(),
        "{} of {} cases differ:\n{}",
        problems.len(),
        cases.len(),
        problems.join("\n")
    );
}
