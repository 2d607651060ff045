//! The integrations we ship for users run as written: every `claimcheck` command of the example
//! GitHub Actions workflow (`docs/github-workflow.yml`) and the pre-commit hook
//! (`.pre-commit-hooks.yaml`) is extracted from the file and run through the real binary on the
//! bundled example, the way the runner (bash) or pre-commit (no shell) would run it.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn yaml(path: &str) -> Value {
    let text = std::fs::read_to_string(repo().join(path)).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A working copy of the bundled example (or of a tests/cmd fixture) in a temporary folder.
fn project(from: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["claims", "sources"] {
        copy_dir(&from.join(sub), &dir.path().join(sub));
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// PATH with the freshly built binary first.
fn path_with_binary() -> String {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_claimcheck"));
    let dir = bin.parent().unwrap().to_string_lossy().into_owned();
    match std::env::var("PATH") {
        Ok(p) => format!("{dir}:{p}"),
        Err(_) => dir,
    }
}

/// The workflow's steps whose `run:` calls claimcheck (not the install step).
fn workflow_commands() -> Vec<(String, String)> {
    let wf = yaml("docs/github-workflow.yml");
    let mut out = Vec::new();
    for job in wf["jobs"].as_object().unwrap().values() {
        for step in job["steps"].as_array().unwrap() {
            if let Some(run) = step["run"].as_str()
                && run.trim_start().starts_with("claimcheck ")
            {
                let name = step["name"].as_str().unwrap_or("").to_string();
                out.push((name, run.trim().to_string()));
            }
        }
    }
    out
}

/// Runs a workflow `run:` script as the runner does: `bash -e` in the checkout.
fn run_step(dir: &Path, script: &str, summary: &Path) -> Output {
    Command::new("bash")
        .args(["-e", "-c", script])
        .current_dir(dir)
        .env("PATH", path_with_binary())
        .env("GITHUB_STEP_SUMMARY", summary)
        .env_remove("CLAIMCHECK_CONFIG")
        .output()
        .expect("bash runs")
}

#[test]
fn the_workflow_commands_run_on_the_bundled_example() {
    let commands = workflow_commands();
    assert!(
        commands.len() >= 3,
        "expected the gate, summary and SARIF steps: {commands:?}"
    );
    let dir = project(repo());
    let summary = dir.path().join("step-summary.md");
    for (name, script) in &commands {
        let out = run_step(dir.path(), script, &summary);
        assert_eq!(
            out.status.code(),
            Some(0),
            "step `{name}` ({script}) failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stderr.is_empty(), "step `{name}` wrote to stderr");
        // Machine output only: every line of the gate step is a workflow command.
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(stdout.lines().all(|l| l.starts_with("::")), "{stdout}");
    }
    let table = std::fs::read_to_string(&summary).expect("the summary step appended a table");
    assert!(table.contains("| gate | verdict | claim |"));
    assert_eq!(table.matches("✅ pass").count(), 11);

    // The SARIF file the upload step names is the one a step wrote.
    let wf = yaml("docs/github-workflow.yml");
    let upload = wf["jobs"]["claimcheck"]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.contains("upload-sarif"))
        })
        .expect("a SARIF upload step");
    let sarif_file = upload["with"]["sarif_file"].as_str().unwrap();
    let sarif: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join(sarif_file)).unwrap())
            .unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 11);
}

#[test]
fn the_workflow_gate_fails_and_annotates_a_failing_claim() {
    let dir = project(&repo().join("tests/cmd/gate-failing-github"));
    let summary = dir.path().join("step-summary.md");
    let commands = workflow_commands();
    let (_, gate) = commands
        .iter()
        .find(|(_, run)| run.contains("--format github"))
        .expect("a gate step with --format github");
    let out = run_step(dir.path(), gate, &summary);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("::error file=claims/politics%2C 100%25.yaml,line=3,"));
    // The summary step still writes its table (and passes) when the gate failed.
    let (_, step) = commands
        .iter()
        .find(|(_, run)| run.contains("GITHUB_STEP_SUMMARY"))
        .expect("a summary step");
    assert_eq!(run_step(dir.path(), step, &summary).status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&summary)
            .unwrap()
            .contains("❌ fail")
    );
}

#[test]
fn the_pre_commit_hook_runs_on_the_bundled_example() {
    let hooks = yaml(".pre-commit-hooks.yaml");
    let hook = hooks
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == "claimcheck")
        .expect("a hook with id claimcheck");
    assert_eq!(hook["language"], "rust", "pre-commit builds it with cargo");
    assert_eq!(hook["pass_filenames"], false, "it checks the whole project");
    // pre-commit runs `entry` split like a shell would, then `args`, without a shell.
    let mut argv: Vec<String> = hook["entry"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .map(str::to_string)
        .collect();
    if let Some(args) = hook["args"].as_array() {
        argv.extend(args.iter().map(|a| a.as_str().unwrap().to_string()));
    }
    assert_eq!(argv[0], "claimcheck");
    let dir = project(repo());
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(&argv[1..])
        .current_dir(dir.path())
        .env_remove("CLAIMCHECK_CONFIG")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.ends_with("· gate passed\n"), "{stdout}");
    assert!(!stdout.contains('\u{1b}'), "no colour in hook output");

    let failing = project(&repo().join("tests/cmd/gate-failing-github"));
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(&argv[1..])
        .current_dir(failing.path())
        .env_remove("CLAIMCHECK_CONFIG")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "the hook blocks a failing claim"
    );
}
