//! Hostile and broken input through the real binary, for the cases whose fixtures are too big
//! or too odd to commit (huge and sparse files, alias bombs, deep nesting, symbolic links,
//! unreadable files, names with newlines, files that vanish during the run). The small cases
//! are data under `tests/cmd/`.
//!
//! Every case puts its hostile file next to a good claim file and a good source, and checks
//! three things: the run neither crashes nor hangs, the hostile file gets the result or the
//! error it should (with what to do), and the good claim is still checked and reported.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const GOOD_CLAIM: &str =
    "claims:\n  - id: good\n    text: The council approved the budget.\n    expect: supported\n";
const GOOD_SOURCE: &str = "The council approved the budget on Monday. The mayor did not attend.\n";
const GOOD_REPORTED: &str = "✓ supported  good  claims/good.yaml:2";

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
    took: Duration,
}

impl Run {
    fn assert_good_checked(&self) {
        assert!(
            self.stdout.contains(GOOD_REPORTED),
            "the good claim is still checked and reported\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
    }

    fn assert_stderr_has(&self, wanted: &str) {
        assert!(
            self.stderr.contains(wanted),
            "stderr should contain {wanted:?}\nstderr:\n{}",
            self.stderr
        );
    }
}

/// A working folder with `claims/good.yaml` and `sources/council.txt`.
fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("claims")).unwrap();
    fs::create_dir_all(dir.path().join("sources")).unwrap();
    fs::write(dir.path().join("claims/good.yaml"), GOOD_CLAIM).unwrap();
    fs::write(dir.path().join("sources/council.txt"), GOOD_SOURCE).unwrap();
    dir
}

fn run_in(dir: &Path, args: &[&str]) -> Run {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .arg("--no-config")
        .args(args)
        .current_dir(dir)
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    let run = Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        took: start.elapsed(),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "the binary panicked:\n{}",
        run.stderr
    );
    assert!(
        (0..=2).contains(&run.status),
        "exit status {} (killed?)\n{}",
        run.status,
        run.stderr
    );
    run
}

fn is_root() -> bool {
    // Root reads any file whatever its mode: found out by trying, not by asking for the uid.
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("probe");
    fs::write(&f, "x").unwrap();
    set_mode(&f, 0o000);
    let readable = fs::read(&f).is_ok();
    set_mode(&f, 0o644);
    readable
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) {}

#[test]
fn a_200_mb_claim_file_is_refused_with_the_limit_and_the_flag() {
    let dir = fixture();
    // Sparse: 200 MB on paper, nothing on disk; refused before a byte is read.
    let f = fs::File::create(dir.path().join("claims/huge.yaml")).unwrap();
    f.set_len(200 * 1024 * 1024).unwrap();
    let run = run_in(dir.path(), &[]);
    assert_eq!(run.status, 2);
    run.assert_stderr_has(
        "claims/huge.yaml: error: claim file is 209715200 bytes, more than the limit of 67108864 bytes",
    );
    run.assert_stderr_has("raise the limit with --max-claim-bytes");
    run.assert_good_checked();
    assert!(run.took < Duration::from_secs(30), "took {:?}", run.took);
}

#[test]
fn the_claim_file_limits_are_configurable() {
    let dir = fixture();
    let mut big = String::from("claims:\n");
    for i in 0..20 {
        big.push_str(&format!("  - id: c{i}\n    text: Claim number {i}.\n"));
    }
    fs::write(dir.path().join("claims/big.yaml"), &big).unwrap();
    let run = run_in(dir.path(), &["--max-claim-bytes", "200"]);
    assert_eq!(run.status, 2);
    run.assert_stderr_has("more than the limit of 200 bytes");
    run.assert_good_checked();
    let run = run_in(dir.path(), &["--max-claims", "10"]);
    assert_eq!(run.status, 2);
    run.assert_stderr_has("claims/big.yaml:2:3: error: 20 claims is more than the limit of 10");
    run.assert_stderr_has("--max-claims");
    run.assert_good_checked();
}

#[test]
fn a_1_gb_source_is_refused_not_read_into_memory() {
    let dir = fixture();
    let f = fs::File::create(dir.path().join("sources/huge.txt")).unwrap();
    f.set_len(1024 * 1024 * 1024).unwrap();
    let run = run_in(dir.path(), &[]);
    assert_eq!(
        run.status, 2,
        "a source that cannot be read is an input error"
    );
    run.assert_stderr_has(
        "sources/huge.txt: error: source is 1073741824 bytes, more than the limit of 268435456 bytes",
    );
    run.assert_stderr_has("--max-source-bytes");
    run.assert_good_checked();
    assert!(run.took < Duration::from_secs(30), "took {:?}", run.took);
    // The limit is a flag: below the good source's size it refuses that one too.
    let run = run_in(dir.path(), &["--max-source-bytes", "10"]);
    run.assert_stderr_has(&format!(
        "sources/council.txt: error: source is {} bytes, more than the limit of 10 bytes",
        GOOD_SOURCE.len()
    ));
}

#[test]
fn alias_bombs_are_refused_fast() {
    let dir = fixture();
    // Billion laughs: ten levels of ten aliases each.
    let mut laughs = String::from("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let refs = vec![format!("*l{}", i - 1); 10].join(", ");
        laughs.push_str(&format!("l{i}: &l{i} [{refs}]\n"));
    }
    laughs.push_str("claims:\n  - id: a\n    text: x\n    sources: *l9\n");
    fs::write(dir.path().join("claims/laughs.yaml"), laughs).unwrap();
    // Quadratic: one anchored list of 10,000 entries used by 10,000 claims (500 KB of file,
    // 100 million entries once expanded).
    let mut quad = String::from("claims:\n  - id: a\n    text: x\n    sources: &big [");
    quad.push_str(&vec!["a.txt"; 10_000].join(","));
    quad.push_str("]\n");
    for i in 0..10_000 {
        quad.push_str(&format!("  - id: c{i}\n    text: x\n    sources: *big\n"));
    }
    fs::write(dir.path().join("claims/quadratic.yaml"), quad).unwrap();
    let run = run_in(dir.path(), &[]);
    assert_eq!(run.status, 2);
    // billion laughs breaks either on its unknown key or on the budget, both at a place.
    assert!(run.stderr.contains("claims/laughs.yaml:"), "{}", run.stderr);
    run.assert_stderr_has("claims/quadratic.yaml:");
    run.assert_stderr_has("error: aliases expand to more data than the file holds");
    run.assert_stderr_has("use fewer aliases");
    run.assert_good_checked();
    assert!(run.took < Duration::from_secs(30), "took {:?}", run.took);
}

#[test]
fn a_billion_laughs_inside_a_claim_is_refused_by_the_budget() {
    let dir = fixture();
    let mut laughs = String::from("claims:\n  - id: l0\n    text: x\n    note: &l0 lol\n");
    for i in 1..12 {
        let refs = vec![format!("*l{}", i - 1); 10].join(", ");
        laughs.push_str(&format!(
            "  - id: l{i}\n    text: x\n    sources: &l{i} [{refs}]\n"
        ));
    }
    fs::write(dir.path().join("claims/laughs.yaml"), laughs).unwrap();
    let run = run_in(dir.path(), &[]);
    assert_eq!(run.status, 2);
    run.assert_stderr_has("claims/laughs.yaml:");
    run.assert_good_checked();
    assert!(run.took < Duration::from_secs(30), "took {:?}", run.took);
}

#[test]
fn nesting_10000_deep_is_refused_at_the_limit() {
    let dir = fixture();
    let flow = format!(
        "claims:\n  - id: a\n    text: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    fs::write(dir.path().join("claims/flow.yaml"), flow).unwrap();
    let mut block = String::from("claims:\n");
    for depth in 1..=10_000 {
        block.push_str(&" ".repeat(depth));
        block.push_str("-\n");
    }
    fs::write(dir.path().join("claims/block.yaml"), block).unwrap();
    let maps = format!(
        "claims:\n  - id: a\n    text: x\n    note: {}1{}\n",
        "{a: ".repeat(10_000),
        "}".repeat(10_000)
    );
    fs::write(dir.path().join("claims/maps.yaml"), maps).unwrap();
    let run = run_in(dir.path(), &[]);
    assert_eq!(run.status, 2);
    for name in ["block", "flow", "maps"] {
        assert!(
            run.stderr
                .lines()
                .any(|l| l.starts_with(&format!("claims/{name}.yaml:"))
                    && l.ends_with("error: nesting deeper than 64 levels")),
            "{name}:\n{}",
            run.stderr
        );
    }
    run.assert_good_checked();
}

#[test]
fn a_source_line_of_10_mb_without_a_newline_is_checked() {
    let dir = fixture();
    let mut line = String::with_capacity(10 * 1024 * 1024 + 100);
    let mut i = 0;
    while line.len() < 10 * 1024 * 1024 {
        line.push_str(&format!(
            "Filler sentence number {i} about nothing in particular. "
        ));
        i += 1;
    }
    line.push_str("The harbour master counted 4,321 ships.");
    fs::write(dir.path().join("sources/long.txt"), &line).unwrap();
    fs::write(
        dir.path().join("claims/long.yaml"),
        "claims:\n  - id: ships\n    text: The harbour master counted 4,321 ships.\n    sources: [long.txt]\n",
    )
    .unwrap();
    let run = run_in(dir.path(), &[]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("✓ supported  ships"), "{}", run.stdout);
    run.assert_good_checked();
    eprintln!("10 MB line: {:?}", run.took);
}

#[cfg(unix)]
#[test]
fn symbolic_link_loops_are_skipped_with_a_warning() {
    let dir = fixture();
    std::os::unix::fs::symlink("..", dir.path().join("sources/loop")).unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("claims/again")).unwrap();
    let run = run_in(dir.path(), &[]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    run.assert_stderr_has("sources/loop: warning: skipped: symbolic link loop");
    run.assert_stderr_has("claims/again: warning: skipped: symbolic link loop");
    run.assert_good_checked();
    // Each file is read once, not once per way to reach it.
    assert!(run.stdout.contains("\n1 claim"), "{}", run.stdout);
}

#[cfg(unix)]
#[test]
fn symbolic_links_leading_outside_are_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    fs::write(
        outside.path().join("secret.txt"),
        "The SECRET-TOKEN-42 council approved the budget.\n",
    )
    .unwrap();
    fs::write(
        outside.path().join("stolen.yaml"),
        "claims:\n  - id: stolen\n    text: The council approved the budget.\n",
    )
    .unwrap();
    let dir = fixture();
    std::os::unix::fs::symlink(
        outside.path().join("secret.txt"),
        dir.path().join("sources/secret.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("sources/elsewhere")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("stolen.yaml"),
        dir.path().join("claims/stolen.yaml"),
    )
    .unwrap();
    // A link that stays inside the folder is followed.
    std::os::unix::fs::symlink("council.txt", dir.path().join("sources/alias.txt")).unwrap();
    let run = run_in(dir.path(), &[]);
    assert_eq!(
        run.status, 2,
        "a claim file that is not read is an input error"
    );
    run.assert_stderr_has("sources/secret.txt: warning: skipped: symbolic link to `");
    run.assert_stderr_has("outside the sources folder");
    run.assert_stderr_has("sources/elsewhere: warning: skipped: symbolic link to `");
    run.assert_stderr_has("claims/stolen.yaml: error: skipped: symbolic link to `");
    assert!(!run.stdout.contains("SECRET") && !run.stderr.contains("SECRET"));
    assert!(!run.stdout.contains("stolen"));
    run.assert_good_checked();
    assert!(!run.stderr.contains("sources/alias.txt"), "{}", run.stderr);
    let json = run_in(dir.path(), &["--format", "json"]);
    assert!(
        json.stdout.contains("sources/alias.txt") || json.stdout.contains("sources/council.txt")
    );
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_folders_are_errors_and_the_rest_is_checked() {
    let dir = fixture();
    let locked_source = dir.path().join("sources/locked.txt");
    fs::write(&locked_source, "The harbour reopened in May.\n").unwrap();
    let locked_claims = dir.path().join("claims/locked.yaml");
    fs::write(&locked_claims, GOOD_CLAIM.replace("good", "locked")).unwrap();
    let locked_dir = dir.path().join("sources/private");
    fs::create_dir(&locked_dir).unwrap();
    fs::write(locked_dir.join("a.txt"), "Hidden text.\n").unwrap();
    for (p, mode) in [
        (&locked_source, 0o000),
        (&locked_claims, 0o000),
        (&locked_dir, 0o000),
    ] {
        set_mode(p, mode);
    }
    let run = run_in(dir.path(), &[]);
    set_mode(&locked_dir, 0o755);
    run.assert_good_checked();
    if is_root() {
        // Root reads whatever the mode: nothing is unreadable, so everything is checked.
        eprintln!(
            "note: running as root, which can read files with mode 000: the permission errors cannot be provoked, only checked not to break the run"
        );
        assert!(run.stdout.contains("locked"), "{}", run.stdout);
        return;
    }
    assert_eq!(run.status, 2);
    run.assert_stderr_has("sources/locked.txt: error: cannot read: permission denied");
    run.assert_stderr_has("claims/locked.yaml: error: cannot read: permission denied");
    run.assert_stderr_has("sources/private: error: cannot read: permission denied");
    run.assert_stderr_has("chmod a+r");
}

#[cfg(unix)]
#[test]
fn fifos_are_skipped_not_read_forever() {
    let dir = fixture();
    for fifo in ["sources/pipe.txt", "claims/pipe.yaml"] {
        let made = Command::new("mkfifo").arg(dir.path().join(fifo)).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("note: mkfifo is not available, skipping");
            return;
        }
    }
    let run = run_in(dir.path(), &[]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    run.assert_stderr_has("sources/pipe.txt: warning: skipped: not a regular file");
    run.assert_stderr_has("claims/pipe.yaml: warning: skipped: not a regular file");
    run.assert_good_checked();
}

#[test]
fn files_that_disappear_during_the_run_are_reported_not_fatal() {
    // Best effort: the race cannot be forced, so sources are deleted while the binary reads
    // them; whatever it saw, it must finish, report, and say "disappeared" for what vanished.
    let dir = fixture();
    let many = dir.path().join("sources/many");
    fs::create_dir(&many).unwrap();
    for i in 0..3000 {
        fs::write(
            many.join(format!("s{i:04}.txt")),
            format!("Sentence {i} of the set.\n"),
        )
        .unwrap();
    }
    let child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["--no-config", "--format", "json"])
        .current_dir(dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    for i in (0..3000).rev() {
        let _ = fs::remove_file(many.join(format!("s{i:04}.txt")));
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let status = out.status.code().unwrap();
    assert!(status == 0 || status == 2, "{status}: {stderr}");
    if status == 2 {
        assert!(stderr.contains("disappeared while reading"), "{stderr}");
        assert!(stderr.contains("run claimcheck again"), "{stderr}");
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("\"id\": \"good\""),
        "the good claim is reported: {stdout}"
    );
}

#[cfg(unix)]
#[test]
fn odd_file_names_are_read_matched_and_shown_on_one_line() {
    use std::os::unix::ffi::OsStrExt;
    let dir = fixture();
    let s = dir.path().join("sources");
    fs::write(s.join("with space.txt"), "The harbour opened in May.\n").unwrap();
    fs::write(s.join("new\nline.txt"), "The bridge closed in June.\n").unwrap();
    fs::write(s.join("café ünïcode.txt"), "The museum reopened in July.\n").unwrap();
    fs::write(
        s.join(std::ffi::OsStr::from_bytes(b"latin1-caf\xe9.txt")),
        "The library moved in August.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("claims/odd.yaml"),
        "claims:\n  - id: harbour\n    text: The harbour opened in May.\n    sources: [with space.txt]\n  - id: museum\n    text: The museum reopened in July.\n    sources: [café ünïcode.txt]\n  - id: bridge\n    text: The bridge closed in June.\n  - id: library\n    text: The library moved in August.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("claims/new\nline.yaml"),
        "claims:\n  - id: broken\n    text: [x]\n",
    )
    .unwrap();
    let run = run_in(dir.path(), &[]);
    assert_eq!(run.status, 2, "{}", run.stderr);
    for id in ["harbour", "museum", "bridge", "library"] {
        assert!(
            run.stdout.contains(&format!("✓ supported  {id}")),
            "{id}:\n{}",
            run.stdout
        );
    }
    // The newline in a name is shown escaped: every line of the report is a whole line.
    assert!(
        run.stdout.contains("sources/new\\nline.txt:1"),
        "{}",
        run.stdout
    );
    run.assert_stderr_has(
        "claims/new\\nline.yaml:3:11: error: claim `text` must be a string, not a list",
    );
    assert!(!run.stdout.lines().any(|l| l.starts_with("line.txt")));
    assert!(
        run.stdout.contains("sources/latin1-caf\u{fffd}.txt:1"),
        "{}",
        run.stdout
    );
    run.assert_good_checked();
}

/// Writes `n` sources of a few sentences each, with words of their own so that retrieval
/// works as on real news (each claim shares its rare words with a few sentences only).
fn write_sources(dir: &Path, n: usize) {
    for i in 0..n {
        let text = format!(
            " date 2024-01-{:02} {i}\nReport {i} from the Kel{i}ville council\nThe Kel{i}ville council approved a budget of {} million on Monday. The mayor of Kel{i}ville did not attend. Residents of Kel{i}ville welcomed the plan.\nThe Kel{i}ville police chief resigned.\n",
            i % 28 + 1,
            i % 90 + 10
        );
        fs::write(dir.join(format!("s{i:05}.txt")), text).unwrap();
    }
}

/// `n` claims in one file against 100 sources; returns how long the run took.
fn many_claims(n: usize) -> Duration {
    let dir = fixture();
    write_sources(&dir.path().join("sources"), 100);
    let mut yaml = String::with_capacity(n * 80);
    yaml.push_str("title: many claims\nclaims:\n");
    for i in 0..n {
        let town = i % 100;
        let verb = if i % 3 == 0 { "rejected" } else { "approved" };
        yaml.push_str(&format!(
            "  - id: c{i}\n    text: The Kel{town}ville council {verb} the budget.\n"
        ));
    }
    fs::write(dir.path().join("claims/many.yaml"), yaml).unwrap();
    let run = run_in(dir.path(), &["--format", "json"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["summary"]["claims"], n + 1);
    assert_eq!(
        json["summary"]["contradicted"],
        n.div_ceil(3),
        "one in three is rejected"
    );
    eprintln!("{n} claims in one file: {:?}", run.took);
    run.took
}

/// `n` source files and one claim per hundred of them; returns how long the run took.
fn many_sources(n: usize) -> Duration {
    let dir = fixture();
    write_sources(&dir.path().join("sources"), n);
    let mut yaml = String::from("claims:\n");
    for i in (0..n).step_by(100) {
        yaml.push_str(&format!(
            "  - id: c{i}\n    text: The Kel{i}ville council approved a budget of {} million.\n",
            i % 90 + 10
        ));
    }
    fs::write(dir.path().join("claims/towns.yaml"), yaml).unwrap();
    let run = run_in(dir.path(), &["--format", "json"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let claims = n.div_ceil(100) + 1;
    assert_eq!(json["summary"]["claims"], claims);
    assert_eq!(json["summary"]["supported"], claims, "{}", run.stdout);
    eprintln!("{n} source files: {:?}", run.took);
    run.took
}

#[test]
fn scale_20000_claims_and_2000_sources() {
    // The everyday-sized version of the two heavy tests below.
    assert!(many_claims(20_000) < Duration::from_secs(120));
    assert!(many_sources(2_000) < Duration::from_secs(120));
}

/// Heavy: `cargo test --release --test hostile -- --ignored --nocapture` prints the timings.
#[test]
#[ignore]
fn scale_100000_claims_in_one_file() {
    assert!(many_claims(100_000) < Duration::from_secs(300));
}

/// Heavy: see above.
#[test]
#[ignore]
fn scale_10000_source_files() {
    assert!(many_sources(10_000) < Duration::from_secs(300));
}

#[test]
fn a_million_bad_entries_make_200_listed_errors_and_a_count() {
    let dir = fixture();
    let escaping = vec!["../a"; 300_000].join(", ");
    fs::write(
        dir.path().join("claims/escaping.yaml"),
        format!("claims:\n  - id: a\n    text: x\n    sources: [{escaping}]\n"),
    )
    .unwrap();
    let missing: Vec<String> = (0..300_000).map(|i| format!("n{i}.txt")).collect();
    fs::write(
        dir.path().join("claims/missing.yaml"),
        format!(
            "claims:\n  - id: a\n    text: x\n    sources: [{}]\n",
            missing.join(", ")
        ),
    )
    .unwrap();
    // A file-level entry that names nothing is reported once, not once per claim.
    let mut shared = String::from("sources: [nope.txt, \"*.pdf\"]\nclaims:\n");
    for i in 0..1_000 {
        shared.push_str(&format!("  - id: c{i}\n    text: Claim {i}.\n"));
    }
    fs::write(dir.path().join("claims/shared.yaml"), shared).unwrap();
    let run = run_in(dir.path(), &[]);
    assert_eq!(run.status, 2);
    let count = |prefix: &str| {
        run.stderr
            .lines()
            .filter(|l| l.starts_with(prefix) && l.contains(": error: "))
            .count()
    };
    assert_eq!(count("claims/escaping.yaml:4:"), 200);
    run.assert_stderr_has(
        "claims/escaping.yaml: error: 299800 more problems in this file are not listed",
    );
    assert_eq!(count("claims/missing.yaml:4:"), 200);
    run.assert_stderr_has(
        "claims/missing.yaml: error: 299800 more `sources` entries that match nothing are not listed",
    );
    assert_eq!(count("claims/shared.yaml:1:"), 2, "{}", run.stderr);
    run.assert_good_checked();
    assert!(run.took < Duration::from_secs(60), "took {:?}", run.took);
}
