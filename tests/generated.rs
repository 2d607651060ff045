//! Files generated from the code are current, and what `init`, `completions` and `-o` produce
//! works:
//! - `schemas/*.schema.json` and `man/claimcheck.1` equal what the binary prints now
//!   (`CLAIMCHECK_BLESS=1 cargo test --test generated` rewrites them);
//! - the schemas accept every claim file and configuration the project ships and reject the
//!   broken ones;
//! - `claimcheck init` creates a starter that runs;
//! - completions are produced for every shell;
//! - `-o` writes exactly what stdout would show, without colour, and leaves no temporary file.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn claimcheck(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .env_remove("CLAIMCHECK_CONFIG")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR")
        .output()
        .expect("the binary runs")
}

fn stdout(dir: &Path, args: &[&str]) -> String {
    let out = claimcheck(dir, args);
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// Compares a checked-in generated file with what the binary prints now.
fn check_current(path: &str, args: &[&str]) {
    let now = stdout(repo(), args);
    let file = repo().join(path);
    if std::env::var_os("CLAIMCHECK_BLESS").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, &now).unwrap();
        return;
    }
    let shipped = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        shipped == now,
        "{path} is out of date: run `claimcheck {}` > {path}, or CLAIMCHECK_BLESS=1 cargo test --test generated",
        args.join(" ")
    );
}

#[test]
fn shipped_schemas_and_man_page_are_current() {
    check_current("schemas/claims.schema.json", &["schema", "claims"]);
    check_current("schemas/config.schema.json", &["schema", "config"]);
    check_current("man/claimcheck.1", &["man"]);
}

fn validator(path: &str) -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join(path)).unwrap()).unwrap();
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

fn yaml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_saphyr::from_str::<Option<Value>>(&text)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .unwrap_or(Value::Object(Default::default()))
}

fn files_named(dir: &Path, pred: &dyn Fn(&Path) -> bool, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files_named(&p, pred, out);
        } else if pred(&p) {
            out.push(p);
        }
    }
}

#[test]
fn the_schemas_accept_the_shipped_files_and_reject_broken_ones() {
    let claims = validator("schemas/claims.schema.json");
    let config = validator("schemas/config.schema.json");
    let mut claim_files = vec![
        repo().join("claims/troops.yaml"),
        repo().join("templates/init/claims/example.yaml"),
    ];
    for case in ["gate-failing-github", "config-lexicon-additions"] {
        files_named(
            &repo().join("tests/cmd").join(case).join("claims"),
            &|p| p.extension().is_some_and(|e| e == "yaml"),
            &mut claim_files,
        );
    }
    for f in &claim_files {
        let errors: Vec<String> = claims
            .iter_errors(&yaml(f))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", f.display());
    }
    for bad in ["bad-unknown-key", "bad-expect-value"] {
        let f = repo().join("tests/cmd").join(bad).join("claims/c.yaml");
        assert!(
            !claims.is_valid(&yaml(&f)),
            "{} should be invalid",
            f.display()
        );
    }

    let mut configs = vec![repo().join("templates/init/claimcheck.yaml")];
    files_named(
        &repo().join("tests/cmd"),
        &|p| {
            p.file_name()
                .is_some_and(|n| n == "claimcheck.yaml" || n == "project.yaml")
        },
        &mut configs,
    );
    let mut checked = 0;
    for f in &configs {
        let case = f.to_string_lossy();
        // A file the YAML parser refuses cannot be checked against a schema.
        if case.contains("config-bad-yaml-syntax") {
            continue;
        }
        let valid = config.is_valid(&yaml(f));
        assert_eq!(valid, !case.contains("config-bad-"), "{case}");
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} configurations found");
}

#[test]
fn init_creates_a_starter_that_runs() {
    let dir = tempfile::tempdir().unwrap();
    let out = claimcheck(dir.path(), &["init"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    for f in [
        "claimcheck.yaml",
        "claims/example.yaml",
        "sources/README.md",
    ] {
        assert!(dir.path().join(f).is_file(), "{f} not created");
    }
    // The starter runs: a verdict for the example claim, not an input error.
    let out = claimcheck(dir.path(), &[]);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = claimcheck(dir.path(), &["--format", "json"]);
    let doc: Value = serde_json::from_str(&String::from_utf8(out.stdout).unwrap()).unwrap();
    assert_eq!(doc["summary"]["claims"], 1);
    assert_eq!(doc["summary"]["errors"], 0);
    // The note under sources/ states nothing a claim could be checked against.
    assert_eq!(doc["claims"][0]["verdict"], "unknown");
    // A second init changes nothing and says which file is in the way.
    let before = std::fs::read(dir.path().join("claimcheck.yaml")).unwrap();
    let out = claimcheck(dir.path(), &["init"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("claimcheck.yaml: error: already exists")
    );
    assert_eq!(
        std::fs::read(dir.path().join("claimcheck.yaml")).unwrap(),
        before
    );
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout(repo(), &["completions", shell]);
        assert!(script.contains("claimcheck"), "{shell}");
        assert!(script.contains("output-file"), "{shell}");
        // Shells whose completion scripts list values complete the formats too.
        if matches!(shell, "bash" | "zsh" | "fish") {
            assert!(script.contains("claimreview"), "{shell}: format values");
        }
    }
}

#[test]
fn output_file_holds_exactly_the_report_without_colour() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("out/report.md");
    std::fs::create_dir_all(report.parent().unwrap()).unwrap();
    let to_stdout = stdout(repo(), &["--no-config", "--format", "markdown"]);
    let out = claimcheck(
        repo(),
        &[
            "--no-config",
            "--format",
            "markdown",
            "--color",
            "always",
            "-o",
            report.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&report).unwrap(), to_stdout);
    // Human reports in a file have no colour either, and an old report is replaced whole.
    let human = dir.path().join("out/report.txt");
    std::fs::write(
        &human,
        "old report, much longer than the new one ".repeat(1000),
    )
    .unwrap();
    let out = claimcheck(
        repo(),
        &[
            "--no-config",
            "--color",
            "always",
            "-o",
            human.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let text = std::fs::read_to_string(&human).unwrap();
    assert!(!text.contains('\u{1b}'), "colour in a file");
    assert_eq!(text, stdout(repo(), &["--no-config", "--color", "never"]));
    let left: Vec<_> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 2, "temporary files left behind: {left:?}");
}
