//! Renderers: one [`OutputFormat`] enum drives the `--format` flag, the `format` key of the
//! configuration and every renderer. Renderers return strings; the CLI decides where they go.

mod claimreview;
mod diff;
mod github;
mod human;
mod json;
mod jsonl;
mod junit;
mod markdown;
mod sarif;

use crate::check::{ClaimResult, Report};
use crate::judge::Evidence;

/// The output formats.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Default,
    clap::ValueEnum,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    /// A diff-style report for people, one block per claim.
    #[default]
    Human,
    /// One JSON document: `{"version": 1, "claims": [...], "summary": {...}}`.
    Json,
    /// One JSON object per claim (the json format's claims), then a summary line.
    Jsonl,
    /// JUnit XML: one testsuite per claim file, one testcase per claim.
    Junit,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands: an `::error` annotation per failing claim.
    Github,
    /// A Markdown table for a pull-request comment or `$GITHUB_STEP_SUMMARY`.
    Markdown,
    /// schema.org ClaimReview JSON-LD, one object per claim.
    Claimreview,
}

impl OutputFormat {
    /// The name used by `--format` and the configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            OutputFormat::Human => "human",
            OutputFormat::Json => "json",
            OutputFormat::Jsonl => "jsonl",
            OutputFormat::Junit => "junit",
            OutputFormat::Sarif => "sarif",
            OutputFormat::Github => "github",
            OutputFormat::Markdown => "markdown",
            OutputFormat::Claimreview => "claimreview",
        }
    }
}

impl std::fmt::Display for OutputFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who publishes the fact checks (schema.org ClaimReview `author` and `url`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Publisher {
    /// The organisation's name.
    pub name: Option<String>,
    /// The organisation's or the fact-check page's address; each review's `url` is this with
    /// `#claim-id` appended.
    pub url: Option<String>,
}

/// How to render.
#[derive(Clone, Debug, Default)]
pub struct RenderOptions {
    /// Colour and bold via ANSI escapes; without it, emphasis is `[-word-]` / `{+word+}`.
    pub color: bool,
    /// Only failing claims (human, markdown).
    pub quiet: bool,
    /// All evidence, with scores (human); notices for passing claims (github).
    pub verbose: bool,
    /// The publisher, for ClaimReview.
    pub publisher: Publisher,
}

/// Renders the report in `format`.
pub fn render(report: &Report, format: OutputFormat, options: RenderOptions) -> String {
    match format {
        OutputFormat::Human => human::render(report, &options),
        OutputFormat::Json => json::render(report),
        OutputFormat::Jsonl => jsonl::render(report),
        OutputFormat::Junit => junit::render(report),
        OutputFormat::Sarif => sarif::render(report),
        OutputFormat::Github => github::render(report, &options),
        OutputFormat::Markdown => markdown::render(report, &options),
        OutputFormat::Claimreview => claimreview::render(report, &options),
    }
}

/// Renders diagnostics (errors and warnings) for stderr.
pub fn render_diagnostics(report: &Report) -> String {
    report
        .diagnostics
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("")
}

/// Where a piece of evidence is: the source as shown and the line.
fn evidence_place<'a>(report: &'a Report, e: &Evidence) -> (&'a str, usize) {
    let s = &report.corpus.sentences[e.sentence];
    (&report.corpus.sources[s.source].display_path, s.line)
}

/// Why a claim fails the gate, in words (`None` when it passes).
fn gate_failure(r: &ClaimResult) -> Option<String> {
    if r.pass {
        return None;
    }
    Some(match r.expect {
        Some(e) => format!("expected {e}, got {}", r.judgement.verdict),
        None => format!("{} fails the gate", r.judgement.verdict),
    })
}

/// The explanation followed by where the deciding evidence is.
fn explanation_with_place(report: &Report, r: &ClaimResult) -> String {
    let j = &r.judgement;
    match j.evidence.first() {
        Some(e) => {
            let (path, line) = evidence_place(report, e);
            let label = if j.verdict == crate::Verdict::Unknown {
                "closest"
            } else {
                "source"
            };
            format!("{}; {label}: {path}:{line}", j.explanation)
        }
        None => j.explanation.clone(),
    }
}

/// `1 claim`, `2 claims`.
fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// The one-line summary shared by the text formats (without colour).
fn summary_text(report: &Report) -> String {
    let (counts, gate, _) = summary_parts(report);
    format!("{counts} · {gate}")
}

/// The summary's counts (`11 claims: 4 supported, …`) and its gate (`gate passed`, `gate
/// failed: 2 claims, 1 input error`) and whether it passed, apart so that a renderer may
/// colour the gate. Input errors fail the run whatever the verdicts, so they fail the gate
/// line too.
fn summary_parts(report: &Report) -> (String, String, bool) {
    let s = report.summary();
    let counts = format!(
        "{}: {} supported, {} contradicted, {} unknown",
        plural(s.claims, "claim"),
        s.supported,
        s.contradicted,
        s.unknown
    );
    let mut why = Vec::new();
    if s.failed > 0 {
        why.push(plural(s.failed, "claim"));
    }
    if s.errors > 0 {
        why.push(plural(s.errors, "input error"));
    }
    let gate = if why.is_empty() {
        "gate passed".to_string()
    } else {
        format!("gate failed: {}", why.join(", "))
    };
    (counts, gate, why.is_empty())
}
