//! `--format sarif`: SARIF 2.1.0 for code scanning.
//!
//! One rule per verdict; each claim is one result whose `kind` is the SARIF word for its
//! verdict: supported → `pass`, contradicted → `fail` (`level: error`), unknown → `open`
//! ("insufficient information to decide"). A result is located at the claim's line in its
//! claim file; the deciding source sentences are `relatedLocations`. Input errors are
//! `toolExecutionNotifications` of the invocation.

use super::evidence_place;
use crate::check::{ClaimResult, Report};
use crate::verdict::Verdict;
use serde_json::{Value, json};

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

fn rule_index(v: Verdict) -> usize {
    Verdict::ALL.iter().position(|x| *x == v).unwrap_or(0)
}

fn rules() -> Value {
    let rule = |v: Verdict, name: &str, short: &str, full: &str, level: &str| {
        json!({
            "id": v.as_str(),
            "name": name,
            "shortDescription": { "text": short },
            "fullDescription": { "text": full },
            "defaultConfiguration": { "level": level },
            "properties": { "tags": ["claimcheck", v.as_str()] }
        })
    };
    Value::Array(
        Verdict::ALL
            .iter()
            .map(|&v| match v {
                Verdict::Supported => rule(
                    v,
                    "ClaimSupported",
                    "a source states the claim",
                    "A source sentence (or two adjacent ones) states every content word, number and quotation of the claim.",
                    "note",
                ),
                Verdict::Contradicted => rule(
                    v,
                    "ClaimContradicted",
                    "a source contradicts the claim",
                    "A source sentence about the same actors says something incompatible: a negation, an antonym, another number, another name or other quoted words.",
                    "error",
                ),
                Verdict::Unknown => rule(
                    v,
                    "ClaimUnknown",
                    "no source states or contradicts the claim",
                    "No source says the claim either way; the message names what no source mentions.",
                    "note",
                ),
            })
            .collect(),
    )
}

/// A path as a relative URI reference: every byte but unreserved characters, sub-delimiters,
/// `@` and `/` is percent-encoded (`politics, 100%.yaml` → `politics,%20100%25.yaml`), so
/// spaces, `%`, `#`, `?`, `:` and non-ASCII names survive.
pub fn path_uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=@/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn location(path: &str, line: usize) -> Value {
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": path_uri(path) },
            "region": { "startLine": line.max(1) }
        }
    })
}

fn result(report: &Report, r: &ClaimResult) -> Value {
    let j = &r.judgement;
    let (kind, level) = match j.verdict {
        Verdict::Supported => ("pass", "none"),
        Verdict::Contradicted => ("fail", "error"),
        Verdict::Unknown => ("open", "none"),
    };
    let mut text = format!("{}: {} — {}", j.verdict, r.text, j.explanation);
    if let Some(why) = super::gate_failure(r) {
        text.push_str(&format!(" (gate failed: {why})"));
    }
    let related: Vec<Value> = j
        .evidence
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let (path, line) = evidence_place(report, e);
            let mut loc = location(path, line);
            loc["id"] = json!(i);
            loc["message"] = json!({ "text": e.stance });
            loc
        })
        .collect();
    let mut out = json!({
        "ruleId": j.verdict.as_str(),
        "ruleIndex": rule_index(j.verdict),
        "kind": kind,
        "level": level,
        "message": { "text": text },
        "locations": [location(&r.file, r.line)],
        "partialFingerprints": { "claimId/v1": format!("{}#{}", path_uri(&r.file), r.id) },
        "properties": {
            "claimId": r.id,
            "verdict": j.verdict.as_str(),
            "expect": r.expect.map(|e| e.as_str()),
            "gate": if r.pass { "passed" } else { "failed" },
            "reasons": j.reasons.iter().map(|x| x.code()).collect::<Vec<_>>(),
        }
    });
    if !related.is_empty() {
        out["relatedLocations"] = Value::Array(related);
    }
    out
}

pub fn render(report: &Report) -> String {
    let notifications: Vec<Value> = report
        .diagnostics
        .iter()
        .map(|d| {
            let mut n = json!({
                "level": if d.is_error() { "error" } else { "warning" },
                "message": { "text": match &d.hint {
                    Some(h) => format!("{} ({h})", d.message),
                    None => d.message.clone(),
                } },
            });
            let mut loc = json!({
                "physicalLocation": { "artifactLocation": { "uri": path_uri(&d.path) } }
            });
            if let Some(line) = d.line {
                let mut region = json!({ "startLine": line });
                if let Some(col) = d.column {
                    region["startColumn"] = json!(col);
                }
                loc["physicalLocation"]["region"] = region;
            }
            n["locations"] = json!([loc]);
            n
        })
        .collect();
    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "claimcheck",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules(),
                }
            },
            "invocations": [{
                "executionSuccessful": !report.has_errors(),
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": report.results.iter().map(|r| result(report, r)).collect::<Vec<_>>(),
        }]
    });
    let mut out = serde_json::to_string_pretty(&doc).expect("sarif serialises");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::path_uri;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(path_uri("claims/a.yaml"), "claims/a.yaml");
        assert_eq!(
            path_uri("claims/politics, 100%.yaml"),
            "claims/politics,%20100%25.yaml"
        );
        assert_eq!(path_uri("a:b/é#?.txt"), "a%3Ab/%C3%A9%23%3F.txt");
    }
}
