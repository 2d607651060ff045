//! Every output format is read back by a real consumer of that format:
//! - sarif: validated against the official SARIF 2.1.0 JSON Schema (`jsonschema` crate);
//! - junit: parsed by Python's `junitparser`, the JUnit reader many CI tools use;
//! - markdown: parsed by `pulldown-cmark` with GitHub tables, cell text compared with the claims;
//! - github: parsed with the Actions runner's rules for workflow commands;
//! - jsonl: each line parsed and compared with the json format;
//! - claimreview: expanded by Python's `pyld` (a JSON-LD processor) into schema.org terms.
//!
//! Each runs the real binary on the bundled example and on a failing fixture with characters
//! that need escaping (`tests/cmd/gate-failing-*`). The Python readers are installed by
//! `.ci/run`; without them these two tests are skipped locally and fail under CI.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The failing fixture: claims with `%`, `,`, `|`, `<`, `&` and quotes, in a file whose name has
/// a comma and a percent sign.
fn failing_fixture() -> PathBuf {
    repo().join("tests/cmd/gate-failing-github")
}

/// Runs the binary in `dir` with `args`; returns stdout and the exit status.
fn run_in(dir: &Path, args: &[&str]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .arg("--no-config")
        .current_dir(dir)
        .env_remove("CLAIMCHECK_CONFIG")
        .output()
        .expect("the binary runs");
    (
        String::from_utf8(out.stdout).expect("UTF-8 output"),
        out.status.code().unwrap_or(-1),
    )
}

/// The json format's claims, for comparing with the other formats.
fn json_claims(dir: &Path, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    let (out, _) = run_in(dir, &args);
    let doc: Value = serde_json::from_str(&out).unwrap();
    doc["claims"].as_array().unwrap().clone()
}

/// The inputs: (folder, extra args): the example, the failing fixture, and a fixture with an
/// input error next to a good claim file.
fn inputs() -> Vec<(PathBuf, Vec<&'static str>)> {
    vec![
        (repo().to_path_buf(), vec![]),
        (failing_fixture(), vec!["--fail-on", "contradicted,unknown"]),
        (repo().join("tests/cmd/input-errors-github"), vec![]),
    ]
}

/// The json format's diagnostics that are errors.
fn json_errors(dir: &Path, extra: &[&str]) -> usize {
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    let doc: Value = serde_json::from_str(&run_in(dir, &args).0).unwrap();
    doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .count()
}

#[test]
fn sarif_validates_against_the_official_schema_and_maps_verdicts_to_kinds() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("tests/schemas/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles");
    for (dir, extra) in inputs() {
        let mut args = vec!["--format", "sarif"];
        args.extend_from_slice(&extra);
        let (out, _) = run_in(&dir, &args);
        let doc: Value = serde_json::from_str(&out).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));

        let run = &doc["runs"][0];
        let errors = json_errors(&dir, &extra);
        let notes = run["invocations"][0]["toolExecutionNotifications"]
            .as_array()
            .unwrap();
        assert_eq!(notes.len(), errors);
        assert_eq!(run["invocations"][0]["executionSuccessful"], errors == 0);
        let rules: Vec<&str> = run["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap())
            .collect();
        assert_eq!(rules, ["supported", "contradicted", "unknown"]);
        let claims = json_claims(&dir, &extra);
        let results = run["results"].as_array().unwrap();
        assert_eq!(results.len(), claims.len());
        for (res, claim) in results.iter().zip(&claims) {
            let (kind, level) = match claim["verdict"].as_str().unwrap() {
                "supported" => ("pass", "none"),
                "contradicted" => ("fail", "error"),
                _ => ("open", "none"),
            };
            assert_eq!(res["kind"], kind);
            assert_eq!(res["level"], level);
            assert_eq!(res["ruleId"], claim["verdict"]);
            let loc = &res["locations"][0]["physicalLocation"];
            let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
            assert_eq!(percent_decode(uri), claim["file"].as_str().unwrap());
            assert_eq!(loc["region"]["startLine"], claim["line"]);
        }
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// Is `module` importable by python3? Skips (locally) or fails (under CI) when not.
fn python_has(module: &str) -> bool {
    let ok = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "python3 cannot import {module}: .ci/run installs it (pip install {module})"
        );
        eprintln!("skipped: python3 cannot import {module} (pip install {module}; .ci/run does)");
    }
    ok
}

/// Runs a Python script with `input` on stdin; returns its stdout.
fn python(script: &str, input: &str) -> String {
    use std::io::Write;
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "python failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const JUNIT_READER: &str = r#"
import json, sys, tempfile
from junitparser import JUnitXml, Failure, Error
with tempfile.NamedTemporaryFile("wb", suffix=".xml", delete=False) as f:
    f.write(sys.stdin.buffer.read())
xml = JUnitXml.fromfile(f.name)
out = []
for suite in xml:
    for case in suite:
        results = [{"type": type(r).__name__, "message": r.message, "text": r.text} for r in case.result]
        out.append({"suite": suite.name, "tests": suite.tests, "failures": suite.failures,
                    "name": case.name, "classname": case.classname, "results": results})
print(json.dumps(out))
"#;

#[test]
fn junit_is_read_back_by_junitparser() {
    if !python_has("junitparser") {
        return;
    }
    for (dir, extra) in inputs() {
        let mut args = vec!["--format", "junit"];
        args.extend_from_slice(&extra);
        let (xml, _) = run_in(&dir, &args);
        let all: Vec<Value> = serde_json::from_str(&python(JUNIT_READER, &xml)).unwrap();
        // Input errors are testcases with an `error`; the others are the claims.
        let (errors, cases): (Vec<Value>, Vec<Value>) = all
            .into_iter()
            .partition(|c| c["results"][0]["type"] == "Error");
        assert_eq!(errors.len(), json_errors(&dir, &extra));
        let claims = json_claims(&dir, &extra);
        assert_eq!(cases.len(), claims.len());
        for (case, claim) in cases.iter().zip(&claims) {
            assert_eq!(case["suite"], claim["file"]);
            assert_eq!(case["name"], claim["id"]);
            assert_eq!(case["classname"], claim["file"]);
            let results = case["results"].as_array().unwrap();
            if claim["pass"].as_bool().unwrap() {
                assert!(results.is_empty(), "{case}");
            } else {
                assert_eq!(results.len(), 1, "{case}");
                assert_eq!(results[0]["type"], "Failure");
                // The escaped text comes back exactly: the claim and its explanation.
                let text = results[0]["text"].as_str().unwrap();
                assert!(text.contains(claim["text"].as_str().unwrap()), "{text}");
                assert!(text.contains(claim["explanation"].as_str().unwrap()));
            }
        }
    }
}

#[test]
fn markdown_table_cells_parse_back_to_the_claims() {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    for (dir, extra) in inputs() {
        let mut args = vec!["--format", "markdown"];
        args.extend_from_slice(&extra);
        let (md, _) = run_in(&dir, &args);
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut in_cell = false;
        for event in Parser::new_ext(&md, Options::ENABLE_TABLES) {
            match event {
                Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => rows.push(vec![]),
                Event::Start(Tag::TableCell) => {
                    in_cell = true;
                    rows.last_mut().unwrap().push(String::new());
                }
                Event::End(TagEnd::TableCell) => in_cell = false,
                Event::Text(t) | Event::Code(t) if in_cell => {
                    rows.last_mut().unwrap().last_mut().unwrap().push_str(&t)
                }
                Event::Html(t) | Event::InlineHtml(t) if in_cell => {
                    rows.last_mut().unwrap().last_mut().unwrap().push_str(&t)
                }
                _ => {}
            }
        }
        let claims = json_claims(&dir, &extra);
        assert_eq!(rows.len(), claims.len() + 1, "a header and a row per claim");
        assert_eq!(
            rows[0],
            ["gate", "verdict", "claim", "text", "why", "evidence"]
        );
        for (row, claim) in rows[1..].iter().zip(&claims) {
            assert_eq!(row.len(), 6, "{row:?}");
            assert_eq!(row[1], claim["verdict"].as_str().unwrap());
            assert_eq!(row[3], claim["text"].as_str().unwrap());
            assert_eq!(row[4], claim["explanation"].as_str().unwrap());
            let pass = claim["pass"].as_bool().unwrap();
            assert_eq!(row[0].starts_with("✅ pass"), pass, "{row:?}");
        }
    }
}

/// Undoes the toolkit's escaping, as the Actions runner does (`ActionCommand.TryParse`).
fn unescape(s: &str, property: bool) -> String {
    let mut s = s.replace("%0D", "\r").replace("%0A", "\n");
    if property {
        s = s.replace("%3A", ":").replace("%2C", ",");
    }
    s.replace("%25", "%")
}

/// Parses `::name k=v,k=v::message` as the runner does.
fn parse_command(line: &str) -> (String, Vec<(String, String)>, String) {
    let rest = line.strip_prefix("::").expect("a command starts with ::");
    let end = rest.find("::").expect("a command has a second ::");
    let (head, message) = (&rest[..end], &rest[end + 2..]);
    let (name, props) = head.split_once(' ').unwrap_or((head, ""));
    let props = props
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').expect("properties are key=value");
            (k.to_string(), unescape(v, true))
        })
        .collect();
    (name.to_string(), props, unescape(message, false))
}

#[test]
fn github_commands_parse_back_with_the_runners_rules() {
    for (dir, extra) in inputs() {
        let mut args = vec!["--format", "github", "-v"];
        args.extend_from_slice(&extra);
        let (out, _) = run_in(&dir, &args);
        let claims = json_claims(&dir, &extra);
        let lines: Vec<&str> = out.lines().collect();
        let errors = json_errors(&dir, &extra);
        assert_eq!(
            lines.len(),
            claims.len() + errors,
            "one command per claim with -v, then one per input error"
        );
        for line in &lines[claims.len()..] {
            let (name, props, _) = parse_command(line);
            assert_eq!(name, "error");
            assert!(props.contains(&("title".into(), "claimcheck: input error".into())));
        }
        for (line, claim) in lines.iter().zip(&claims) {
            let (name, props, message) = parse_command(line);
            let pass = claim["pass"].as_bool().unwrap();
            assert_eq!(name, if pass { "notice" } else { "error" });
            let get = |k: &str| props.iter().find(|(key, _)| key == k).unwrap().1.clone();
            assert_eq!(get("file"), claim["file"].as_str().unwrap());
            assert_eq!(get("line"), claim["line"].to_string());
            assert!(get("title").starts_with(claim["id"].as_str().unwrap()));
            let (first, second) = message.split_once('\n').unwrap();
            assert_eq!(first, claim["text"].as_str().unwrap());
            assert!(second.starts_with(claim["explanation"].as_str().unwrap()));
        }
        // Without -v only the failing claims are annotated.
        let mut args = vec!["--format", "github"];
        args.extend_from_slice(&extra);
        let (out, _) = run_in(&dir, &args);
        let failing = claims.iter().filter(|c| c["pass"] == false).count();
        assert_eq!(out.lines().count(), failing + errors);
        assert!(out.lines().all(|l| l.starts_with("::error ")));
    }
}

#[test]
fn jsonl_lines_are_the_json_claims_then_the_summary() {
    for (dir, extra) in inputs() {
        let mut args = vec!["--format", "jsonl"];
        args.extend_from_slice(&extra);
        let (out, _) = run_in(&dir, &args);
        let lines: Vec<Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let mut args = vec!["--format", "json"];
        args.extend_from_slice(&extra);
        let doc: Value = serde_json::from_str(&run_in(&dir, &args).0).unwrap();
        let claims = doc["claims"].as_array().unwrap();
        assert_eq!(lines.len(), claims.len() + 1);
        assert_eq!(&lines[..claims.len()], &claims[..]);
        assert_eq!(lines.last().unwrap()["summary"], doc["summary"]);
    }
}

const JSONLD_READER: &str = r#"
import json, sys
from pyld import jsonld
# schema.org's context maps every term into its vocabulary (http://schema.org/); served
# locally, since the test runs offline.
def loader(url, options=None):
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {"contextUrl": None, "documentUrl": url,
            "document": {"@context": {"@vocab": "http://schema.org/"}}}
docs = json.load(sys.stdin)
out = []
for doc in docs:
    [node] = jsonld.expand(doc, {"documentLoader": loader})
    out.append(node)
print(json.dumps(out))
"#;

#[test]
fn claimreview_expands_to_schema_org_claim_reviews() {
    if !python_has("pyld") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for sub in ["claims", "sources"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        for e in std::fs::read_dir(repo().join(sub)).unwrap() {
            let e = e.unwrap();
            std::fs::copy(e.path(), dir.path().join(sub).join(e.file_name())).unwrap();
        }
    }
    std::fs::write(
        dir.path().join("claimcheck.yaml"),
        "publisher:\n  name: Example News\n  url: https://example.org/checks\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["--format", "claimreview"])
        .current_dir(dir.path())
        .env_remove("CLAIMCHECK_CONFIG")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let nodes: Vec<Value> = serde_json::from_str(&python(JSONLD_READER, &text)).unwrap();
    let claims = json_claims(repo(), &[]);
    assert_eq!(nodes.len(), claims.len());
    let s = |t: &str| format!("http://schema.org/{t}");
    for (node, claim) in nodes.iter().zip(&claims) {
        assert_eq!(node["@type"][0], s("ClaimReview"));
        assert_eq!(node[s("claimReviewed")][0]["@value"], claim["text"]);
        let rating = &node[s("reviewRating")][0];
        assert_eq!(rating["@type"][0], s("Rating"));
        let words = rating[s("alternateName")][0]["@value"].as_str().unwrap();
        let verdict = claim["verdict"].as_str().unwrap();
        assert!(words.to_lowercase().starts_with(verdict), "{words}");
        let why = rating[s("ratingExplanation")][0]["@value"]
            .as_str()
            .unwrap();
        assert!(why.starts_with(claim["explanation"].as_str().unwrap()));
        assert_eq!(node[s("itemReviewed")][0]["@type"][0], s("Claim"));
        let author = &node[s("author")][0];
        assert_eq!(author["@type"][0], s("Organization"));
        assert_eq!(author[s("name")][0]["@value"], "Example News");
        assert_eq!(
            node[s("url")][0]["@value"],
            format!(
                "https://example.org/checks#{}",
                claim["id"].as_str().unwrap()
            )
        );
    }
}
