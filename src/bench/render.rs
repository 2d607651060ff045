//! The benchmark results as a plain-text table or a JSON document.
//!
//! Everything but the timing section is a function of the verdicts alone, so it is identical
//! from run to run; timings are kept apart ([`timing_table`], the `timing` members of the
//! JSON) so that two runs can be compared with a plain diff.

use super::SetRun;
use super::metrics::Metrics;
use crate::verdict::Verdict;
use serde::Serialize;
use std::fmt::Write as _;

fn pct(x: Option<f64>) -> String {
    match x {
        Some(x) => format!("{:.1}%", 100.0 * x),
        None => "-".to_string(),
    }
}

/// `12.3% (5 of 40)`, or `-` when there is nothing to count.
fn pct_of(num: usize, den: usize) -> String {
    if den == 0 {
        "-".to_string()
    } else {
        format!("{} ({num} of {den})", pct(Some(num as f64 / den as f64)))
    }
}

/// The summary over every set, then one block per set with precision and recall per verdict
/// and the confusion matrix. Deterministic: no timings.
pub fn quality_table(runs: &[SetRun]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<16} {:>7} {:>9} {:>9} {:>11} {:>12}",
        "set", "claims", "accuracy", "bal.acc", "false-pass", "false-block"
    );
    for r in runs {
        let m = &r.metrics;
        let _ = writeln!(
            out,
            "{:<16} {:>7} {:>9} {:>9} {:>11} {:>12}",
            r.name,
            m.claims,
            pct(m.accuracy),
            pct(m.balanced_accuracy),
            pct(m.false_pass_rate),
            pct(m.false_block_rate)
        );
    }
    for r in runs {
        out.push('\n');
        set_block(&mut out, r);
    }
    out
}

fn set_block(out: &mut String, r: &SetRun) {
    let m: &Metrics = &r.metrics;
    let c = &r.confusion;
    let s = Verdict::Supported;
    let _ = write!(out, "== {}: {} claims", r.name, m.claims);
    if r.without_expect > 0 {
        let _ = write!(out, " ({} without expect, left out)", r.without_expect);
    }
    out.push('\n');
    let not_supported = c.total() - c.expected(s);
    let _ = writeln!(out, "accuracy             {}", pct_of(m.correct, m.claims));
    let _ = writeln!(
        out,
        "balanced accuracy    {}   (supported vs not supported)",
        pct(m.balanced_accuracy)
    );
    let _ = writeln!(
        out,
        "false-pass rate      {}   (not supported, came out supported)",
        pct_of(c.got(s) - c.get(s, s), not_supported)
    );
    let _ = writeln!(
        out,
        "false-block rate     {}   (supported, came out contradicted)",
        pct_of(c.get(s, Verdict::Contradicted), c.expected(s))
    );
    let _ = writeln!(
        out,
        "{:<16} {:>9} {:>9} {:>9} {:>9}",
        "verdict", "expected", "got", "precision", "recall"
    );
    for v in &m.per_verdict {
        let _ = writeln!(
            out,
            "{:<16} {:>9} {:>9} {:>9} {:>9}",
            v.verdict.as_str(),
            v.expected,
            v.got,
            pct(v.precision),
            pct(v.recall)
        );
    }
    let _ = writeln!(
        out,
        "{:<16} {:>9} {:>12} {:>9}   (rows expected, columns got)",
        "expected \\ got", "supported", "contradicted", "unknown"
    );
    for e in Verdict::ALL {
        let _ = writeln!(
            out,
            "{:<16} {:>9} {:>12} {:>9}",
            e.as_str(),
            c.get(e, Verdict::Supported),
            c.get(e, Verdict::Contradicted),
            c.get(e, Verdict::Unknown)
        );
    }
    for d in &r.diagnostics {
        let _ = writeln!(out, "{d}");
    }
}

/// Wall-clock figures, which vary from run to run.
pub fn timing_table(runs: &[SetRun], lexicon_seconds: f64, total_seconds: f64) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<16} {:>7} {:>10} {:>10}   (timings: wall clock, vary between runs)",
        "set", "claims", "check s", "claims/s"
    );
    for r in runs {
        let _ = writeln!(
            out,
            "{:<16} {:>7} {:>10.2} {:>10}",
            r.name,
            r.outcomes.len(),
            r.check_seconds,
            r.claims_per_second()
                .map_or("-".to_string(), |x| format!("{x:.0}"))
        );
    }
    let _ = writeln!(
        out,
        "lexicon loaded in {lexicon_seconds:.2} s; whole run {total_seconds:.1} s"
    );
    out
}

#[derive(Serialize)]
struct JsonDoc<'a> {
    version: u32,
    sets: Vec<JsonSet<'a>>,
    timing: JsonRunTiming,
}

#[derive(Serialize)]
struct JsonSet<'a> {
    name: &'a str,
    without_expect: usize,
    #[serde(flatten)]
    metrics: &'a Metrics,
    /// `confusion[expected][got]`, verdicts in the order supported, contradicted, unknown.
    confusion: [[usize; 3]; 3],
    diagnostics: &'a [String],
    timing: JsonSetTiming,
}

#[derive(Serialize)]
struct JsonSetTiming {
    check_seconds: f64,
    claims_per_second: Option<f64>,
}

#[derive(Serialize)]
struct JsonRunTiming {
    lexicon_seconds: f64,
    total_seconds: f64,
}

/// One JSON document: `{"version": 1, "sets": [...], "timing": {...}}`. Each set has the
/// metrics, its confusion matrix as `[[expected supported: got s, c, u], …]` and its own
/// `timing`; only the `timing` members vary between runs.
pub fn json(runs: &[SetRun], lexicon_seconds: f64, total_seconds: f64) -> String {
    let doc = JsonDoc {
        version: 1,
        sets: runs
            .iter()
            .map(|r| JsonSet {
                name: &r.name,
                without_expect: r.without_expect,
                metrics: &r.metrics,
                confusion: Verdict::ALL.map(|e| Verdict::ALL.map(|g| r.confusion.get(e, g))),
                diagnostics: &r.diagnostics,
                timing: JsonSetTiming {
                    check_seconds: r.check_seconds,
                    claims_per_second: r.claims_per_second(),
                },
            })
            .collect(),
        timing: JsonRunTiming {
            lexicon_seconds,
            total_seconds,
        },
    };
    let mut s = serde_json::to_string_pretty(&doc).expect("the report always serialises");
    s.push('\n');
    s
}

/// The wrongly judged claims of every run, one JSON object a line, in set and input order.
pub fn misses_jsonl(runs: &[SetRun]) -> String {
    jsonl(runs.iter().flat_map(|r| r.misses()))
}

/// Every judged claim of every run, right or wrong, one JSON object a line: what a change to
/// the judge does to the claims it already gets right shows only here.
pub fn outcomes_jsonl(runs: &[SetRun]) -> String {
    jsonl(runs.iter().flat_map(|r| &r.outcomes))
}

fn jsonl<'a>(outcomes: impl Iterator<Item = &'a crate::bench::Outcome>) -> String {
    let mut out = String::new();
    for o in outcomes {
        out.push_str(&serde_json::to_string(o).expect("an outcome always serialises"));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::Outcome;
    use crate::bench::metrics::Confusion;

    fn run() -> SetRun {
        let confusion = Confusion::from_rows([[6, 1, 3], [2, 5, 1], [1, 0, 1]]);
        let miss = Outcome {
            set: "demo".into(),
            id: "c1".into(),
            claim: "A \"quoted\" claim.".into(),
            evidence: Some("The evidence.".into()),
            expected: Verdict::Contradicted,
            got: Verdict::Supported,
            reasons: vec!["full-match".into()],
            explanation: "the source states it".into(),
            open_features: None,
        };
        let hit = Outcome {
            id: "c2".into(),
            got: Verdict::Contradicted,
            ..miss.clone()
        };
        SetRun {
            name: "demo".into(),
            outcomes: vec![miss, hit],
            without_expect: 0,
            metrics: Metrics::from_confusion(&confusion),
            confusion,
            check_seconds: 0.5,
            diagnostics: vec![],
            had_errors: false,
        }
    }

    #[test]
    fn table_shows_summary_rates_and_confusion() {
        let t = quality_table(&[run()]);
        let lines: Vec<&str> = t.lines().collect();
        assert!(lines[1].starts_with("demo"), "{t}");
        for want in ["20", "60.0%", "65.0%", "30.0%", "10.0%"] {
            assert!(lines[1].contains(want), "{want} missing in {:?}", lines[1]);
        }
        assert!(t.contains("accuracy             60.0% (12 of 20)"), "{t}");
        assert!(t.contains("false-pass rate      30.0% (3 of 10)"), "{t}");
        assert!(t.contains("false-block rate     10.0% (1 of 10)"), "{t}");
        // supported row of the per-verdict table: expected 10, got 9, precision 6/9, recall 6/10.
        assert!(
            lines
                .iter()
                .any(|l| l.split_whitespace().collect::<Vec<_>>()
                    == ["supported", "10", "9", "66.7%", "60.0%"]),
            "{t}"
        );
        // Confusion rows, expected then got.
        assert!(
            lines.iter().any(
                |l| l.split_whitespace().collect::<Vec<_>>() == ["contradicted", "2", "5", "1"]
            )
        );
        assert!(!t.contains("0.50"), "no timing in the quality table");
    }

    #[test]
    fn json_and_misses() {
        let j: serde_json::Value = serde_json::from_str(&json(&[run()], 1.0, 2.0)).unwrap();
        assert_eq!(j["version"], 1);
        assert_eq!(j["sets"][0]["name"], "demo");
        assert_eq!(j["sets"][0]["claims"], 20);
        assert_eq!(j["sets"][0]["accuracy"], 0.6);
        assert_eq!(j["sets"][0]["confusion"][1][0], 2);
        assert_eq!(j["sets"][0]["per_verdict"][2]["verdict"], "unknown");
        assert_eq!(j["sets"][0]["timing"]["claims_per_second"], 4.0);
        let misses = misses_jsonl(&[run()]);
        assert_eq!(misses.lines().count(), 1);
        assert_eq!(outcomes_jsonl(&[run()]).lines().count(), 2);
        let m: serde_json::Value = serde_json::from_str(misses.lines().next().unwrap()).unwrap();
        assert_eq!(m["id"], "c1");
        assert_eq!(m["expected"], "contradicted");
        assert_eq!(m["got"], "supported");
        assert_eq!(m["claim"], "A \"quoted\" claim.");
        assert_eq!(m["reasons"][0], "full-match");
    }
}
