//! Renderers: one [`OutputFormat`] enum drives the `--format` flag and every renderer.
//! Renderers return strings; the CLI decides where they go.

mod diff;
mod human;
mod json;

use crate::check::Report;

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    /// A diff-style report for people, one block per claim.
    #[default]
    Human,
    /// One JSON document: `{"version": 1, "claims": [...], "summary": {...}}`.
    Json,
}

/// How to render.
#[derive(Clone, Copy, Debug, Default)]
pub struct RenderOptions {
    /// Colour and bold via ANSI escapes; without it, emphasis is `[-word-]` / `{+word+}`.
    pub color: bool,
    /// Only failing claims.
    pub quiet: bool,
    /// All evidence, with scores.
    pub verbose: bool,
}

/// Renders the report in `format`.
pub fn render(report: &Report, format: OutputFormat, options: RenderOptions) -> String {
    match format {
        OutputFormat::Human => human::render(report, options),
        OutputFormat::Json => json::render(report),
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
