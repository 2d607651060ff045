//! `--format jsonl`: one JSON object per claim, in input order, with the same fields as the
//! json format's `claims`; then one line `{"summary": {...}, "diagnostics": [...]}`.

use super::json::{claim_out, diagnostics_out, summary_out};
use crate::check::Report;
use serde::Serialize;

#[derive(Serialize)]
struct SummaryLine<'a> {
    summary: super::json::SummaryOut,
    diagnostics: Vec<super::json::DiagnosticOut<'a>>,
}

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for r in &report.results {
        out.push_str(&serde_json::to_string(&claim_out(report, r)).expect("claim serialises"));
        out.push('\n');
    }
    let last = SummaryLine {
        summary: summary_out(report),
        diagnostics: diagnostics_out(report),
    };
    out.push_str(&serde_json::to_string(&last).expect("summary serialises"));
    out.push('\n');
    out
}
