//! `--format json`: one document, claims in input order, byte-for-byte stable.

use crate::check::{ClaimResult, Report};
use crate::judge::{Evidence, Features, Reason, Stance};
use serde::Serialize;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    claims: Vec<ClaimOut<'a>>,
    summary: SummaryOut,
    diagnostics: Vec<DiagnosticOut<'a>>,
}

#[derive(Serialize)]
pub(super) struct ClaimOut<'a> {
    file: &'a str,
    line: usize,
    id: &'a str,
    text: &'a str,
    verdict: &'static str,
    expect: Option<&'static str>,
    pass: bool,
    reasons: Vec<Reason>,
    explanation: &'a str,
    evidence: Vec<EvidenceOut<'a>>,
    unmatched: &'a [String],
    /// The learned combiner's probabilities, when the rules left the claim open.
    probabilities: Option<ProbabilitiesOut>,
    note: Option<&'a str>,
}

#[derive(Serialize)]
pub(super) struct ProbabilitiesOut {
    supported: f64,
    contradicted: f64,
    unknown: f64,
}

#[derive(Serialize)]
struct EvidenceOut<'a> {
    source: &'a str,
    line: usize,
    text: &'a str,
    stance: Stance,
    score: f64,
    matched: &'a [String],
    missing: &'a [String],
    conflicts: Vec<ConflictOut<'a>>,
    /// The judge's named features of this evidence (what the combiner weighs).
    features: &'a Features,
    context: Vec<ContextOut<'a>>,
}

#[derive(Serialize)]
struct ConflictOut<'a> {
    reason: Reason,
    claim: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct ContextOut<'a> {
    source: &'a str,
    line: usize,
    text: &'a str,
}

#[derive(Serialize)]
pub(super) struct SummaryOut {
    claims: usize,
    supported: usize,
    contradicted: usize,
    unknown: usize,
    failed: usize,
    errors: usize,
    warnings: usize,
    gate: &'static str,
}

#[derive(Serialize)]
pub(super) struct DiagnosticOut<'a> {
    severity: &'static str,
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
    hint: Option<&'a str>,
}

fn evidence<'a>(report: &'a Report, e: &'a Evidence) -> EvidenceOut<'a> {
    let s = &report.corpus.sentences[e.sentence];
    EvidenceOut {
        source: &report.corpus.sources[s.source].display_path,
        line: s.line,
        text: &s.analysis.text,
        stance: e.stance,
        score: e.score,
        matched: &e.matched,
        missing: &e.missing,
        features: &e.features,
        conflicts: e
            .conflicts
            .iter()
            .map(|c| ConflictOut {
                reason: c.reason,
                claim: &c.claim_words,
                source: &c.source_words,
            })
            .collect(),
        context: e
            .context
            .iter()
            .map(|&c| {
                let cs = &report.corpus.sentences[c];
                ContextOut {
                    source: &report.corpus.sources[cs.source].display_path,
                    line: cs.line,
                    text: &cs.analysis.text,
                }
            })
            .collect(),
    }
}

/// One claim as the json and jsonl formats show it.
pub(super) fn claim_out<'a>(report: &'a Report, r: &'a ClaimResult) -> ClaimOut<'a> {
    ClaimOut {
        file: &r.file,
        line: r.line,
        id: &r.id,
        text: &r.text,
        verdict: r.judgement.verdict.as_str(),
        expect: r.expect.map(|e| e.as_str()),
        pass: r.pass,
        reasons: r.judgement.reasons.clone(),
        explanation: &r.judgement.explanation,
        evidence: r
            .judgement
            .evidence
            .iter()
            .map(|e| evidence(report, e))
            .collect(),
        unmatched: &r.judgement.unmatched,
        probabilities: r.judgement.probabilities.map(|p| ProbabilitiesOut {
            supported: p[0],
            contradicted: p[1],
            unknown: p[2],
        }),
        note: r.note.as_deref(),
    }
}

pub(super) fn summary_out(report: &Report) -> SummaryOut {
    let s = report.summary();
    SummaryOut {
        claims: s.claims,
        supported: s.supported,
        contradicted: s.contradicted,
        unknown: s.unknown,
        failed: s.failed,
        errors: s.errors,
        warnings: s.warnings,
        gate: if s.failed == 0 { "passed" } else { "failed" },
    }
}

pub(super) fn diagnostics_out(report: &Report) -> Vec<DiagnosticOut<'_>> {
    report
        .diagnostics
        .iter()
        .map(|d| DiagnosticOut {
            severity: if d.is_error() { "error" } else { "warning" },
            file: &d.path,
            line: d.line,
            column: d.column,
            message: &d.message,
            hint: d.hint.as_deref(),
        })
        .collect()
}

pub fn render(report: &Report) -> String {
    let doc = Document {
        version: 1,
        claims: report
            .results
            .iter()
            .map(|r| claim_out(report, r))
            .collect(),
        summary: summary_out(report),
        diagnostics: diagnostics_out(report),
    };
    let mut out = serde_json::to_string_pretty(&doc).expect("report serialises");
    out.push('\n');
    out
}
