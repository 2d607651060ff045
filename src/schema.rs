//! JSON Schemas for claim files and `claimcheck.yaml`, generated from Rust types with
//! `schemars` so that editors can complete and check them
//! (`# yaml-language-server: $schema=...`). The repository ships them under `schemas/`; a test
//! keeps those files current (`claimcheck schema claims|config` prints them).
//!
//! The claim-file types here mirror what `load::claims` accepts; they exist for the schema only.

use crate::config::{ConfigFile, VerdictName};
use schemars::JsonSchema;
use schemars::generate::SchemaSettings;

/// Which schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum SchemaKind {
    /// Claim files (claims/*.yaml).
    Claims,
    /// The configuration (claimcheck.yaml).
    Config,
}

/// A claim file: the claims of one piece.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "claimcheck claim file",
    description = "The claims of one piece, checked by claimcheck against the stored sources."
)]
#[allow(dead_code)]
struct ClaimFileSchema {
    /// The piece's title, shown in reports.
    title: Option<String>,
    /// Files or globs under the sources folder the claims are checked against (default: all).
    sources: Option<Vec<String>>,
    /// The claims.
    claims: Vec<ClaimSchema>,
}

/// One claim.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ClaimSchema {
    /// Unique in the file: letters, digits, `-`, `_` and `.`.
    // Letters and digits of any script, `-`, `_` and `.`: no space and no other ASCII
    // punctuation (a pattern every editor's regex engine reads).
    #[schemars(regex(pattern = r"^[^\s!-,/:-@\[-^`{-~]+$"))]
    id: String,
    /// The claim, as one sentence.
    #[schemars(length(min = 1))]
    text: String,
    /// The verdict the claim should get; the claim fails the gate when it gets another.
    expect: Option<VerdictName>,
    /// Replaces the file-level `sources` for this claim.
    sources: Option<Vec<String>>,
    /// Free text shown in reports.
    note: Option<String>,
}

fn schema_for<T: JsonSchema>() -> String {
    let schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>();
    let mut out = serde_json::to_string_pretty(&schema).expect("schemas serialise");
    out.push('\n');
    out
}

/// The schema of `kind`, pretty-printed JSON with a final newline.
pub fn render(kind: SchemaKind) -> String {
    match kind {
        SchemaKind::Claims => schema_for::<ClaimFileSchema>(),
        SchemaKind::Config => schema_for::<ConfigFile>(),
    }
}
