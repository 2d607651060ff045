//! Runs the stages for one invocation: load claim files and sources, build the corpus, judge
//! every claim (in parallel, reported in input order) and apply the gate.

use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::judge::{Judge, Judgement};
use crate::load::{ClaimLimits, SourceLimits, load_claim_files, load_sources};
use crate::retrieve::{Corpus, Scope};
use crate::text::Lexicon;
use crate::verdict::Verdict;
use globset::Glob;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What to check and how to gate.
#[derive(Clone, Debug)]
pub struct CheckOptions {
    /// Claim files or folders of claim files.
    pub claim_paths: Vec<PathBuf>,
    /// Folders of sources; claim files name sources relative to their folder.
    pub sources_dirs: Vec<PathBuf>,
    /// Verdicts that fail the gate for claims without `expect`.
    pub fail_on: Vec<Verdict>,
    pub claim_limits: ClaimLimits,
    pub source_limits: SourceLimits,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            claim_paths: vec![PathBuf::from("claims")],
            sources_dirs: vec![PathBuf::from("sources")],
            fail_on: vec![Verdict::Contradicted],
            claim_limits: ClaimLimits::default(),
            source_limits: SourceLimits::default(),
        }
    }
}

/// The outcome for one claim.
#[derive(Clone, Debug)]
pub struct ClaimResult {
    /// Claim file path as shown.
    pub file: String,
    pub line: usize,
    pub id: String,
    pub text: String,
    pub expect: Option<Verdict>,
    pub note: Option<String>,
    pub judgement: Judgement,
    /// Does the claim pass the gate?
    pub pass: bool,
}

/// Counts for the summary line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub claims: usize,
    pub supported: usize,
    pub contradicted: usize,
    pub unknown: usize,
    pub failed: usize,
    pub errors: usize,
    pub warnings: usize,
}

/// Everything one run found.
#[derive(Debug)]
pub struct Report {
    pub results: Vec<ClaimResult>,
    pub corpus: Corpus,
    /// Errors and warnings, in the order files were read.
    pub diagnostics: Vec<Diagnostic>,
    pub fail_on: Vec<Verdict>,
}

impl Report {
    pub fn summary(&self) -> Summary {
        let mut s = Summary {
            claims: self.results.len(),
            ..Summary::default()
        };
        for r in &self.results {
            match r.judgement.verdict {
                Verdict::Supported => s.supported += 1,
                Verdict::Contradicted => s.contradicted += 1,
                Verdict::Unknown => s.unknown += 1,
            }
            if !r.pass {
                s.failed += 1;
            }
        }
        s.errors = self.diagnostics.iter().filter(|d| d.is_error()).count();
        s.warnings = self.diagnostics.len() - s.errors;
        s
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Runs a whole check. Problems in the input are reported in [`Report::diagnostics`]; every
/// other file is still checked.
pub fn run(options: &CheckOptions, lexicon: &Lexicon) -> Report {
    let mut diagnostics = Vec::new();
    let (claim_files, claim_diagnostics) =
        load_claim_files(&options.claim_paths, &options.claim_limits);
    diagnostics.extend(claim_diagnostics);
    let mut sources = Vec::new();
    for dir in &options.sources_dirs {
        let loaded = load_sources(dir, &shown_path(dir), &options.source_limits);
        diagnostics.extend(loaded.diagnostics);
        sources.extend(loaded.sources);
    }
    let corpus = Corpus::build(sources, lexicon);

    // Resolve each claim's sources; an entry matching no file is an error at its place.
    // Several `--sources` folders may hold the same name: it names each of them.
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in corpus.sources.iter().enumerate() {
        by_name.entry(s.rel_path.as_str()).or_default().push(i);
    }
    // Each pattern is resolved once (a file-level glob is shared by all the claims of its
    // file), and an entry that names nothing is reported once, at its place, at most
    // MAX_LISTED times a file.
    let mut resolved: HashMap<&str, Result<Vec<usize>, String>> = HashMap::new();
    let mut reported: HashSet<(&str, usize, usize)> = HashSet::new();
    let mut jobs = Vec::new();
    for file in &claim_files {
        let (mut listed, mut unlisted) = (0usize, 0usize);
        for claim in &file.claims {
            let scope = match &claim.sources {
                None => Scope::All,
                Some(refs) => {
                    let mut list = Vec::new();
                    for r in refs {
                        let found = resolved.entry(r.pattern.as_str()).or_insert_with(|| {
                            resolve(&r.pattern, &by_name, &corpus).map_err(|e| e.to_string())
                        });
                        match found {
                            Ok(f) if !f.is_empty() => list.extend(f.iter().copied()),
                            _ if !reported.insert((file.path.as_str(), r.line, r.column)) => {}
                            _ if listed >= MAX_LISTED => unlisted += 1,
                            Ok(_) => {
                                listed += 1;
                                diagnostics.push(no_such_source(&file.path, r, &corpus));
                            }
                            Err(e) => {
                                listed += 1;
                                diagnostics.push(
                                    at_ref(
                                        Diagnostic::error(
                                            &file.path,
                                            format!("invalid glob `{}`: {e}", r.pattern),
                                        ),
                                        r,
                                    )
                                    .with_hint("use `*`, `?` and `[...]` only"),
                                );
                            }
                        }
                    }
                    list.sort_unstable();
                    list.dedup();
                    Scope::Sources(list)
                }
            };
            jobs.push((file, claim, scope));
        }
        if unlisted > 0 {
            diagnostics.push(
                Diagnostic::error(
                    &file.path,
                    format!("{unlisted} more `sources` entries that match nothing are not listed"),
                )
                .with_hint("fix the ones above and run claimcheck again"),
            );
        }
    }
    diagnostics.dedup();

    let judge = Judge::new(&corpus, lexicon);
    let results: Vec<ClaimResult> = jobs
        .par_iter()
        .map(|(file, claim, scope)| {
            let judgement = judge.judge(&claim.text, scope);
            let pass = match claim.expect {
                Some(e) => e == judgement.verdict,
                None => !options.fail_on.contains(&judgement.verdict),
            };
            ClaimResult {
                file: file.path.clone(),
                line: claim.line,
                id: claim.id.clone(),
                text: claim.text.clone(),
                expect: claim.expect,
                note: claim.note.clone(),
                judgement,
                pass,
            }
        })
        .collect();
    Report {
        results,
        corpus,
        diagnostics,
        fail_on: options.fail_on.clone(),
    }
}

/// The sources a `sources:` entry names: a plain name is looked up, a glob is matched.
fn resolve(
    pattern: &str,
    by_name: &HashMap<&str, Vec<usize>>,
    corpus: &Corpus,
) -> Result<Vec<usize>, globset::Error> {
    if !pattern.contains(['*', '?', '[', '{']) {
        return Ok(by_name.get(pattern).cloned().unwrap_or_default());
    }
    let m = Glob::new(pattern)?.compile_matcher();
    Ok(corpus
        .sources
        .iter()
        .enumerate()
        .filter(|(_, s)| m.is_match(&s.rel_path))
        .map(|(i, _)| i)
        .collect())
}

fn no_such_source(path: &str, r: &crate::load::SourceRef, corpus: &Corpus) -> Diagnostic {
    let names: Vec<&str> = corpus.sources.iter().map(|s| s.rel_path.as_str()).collect();
    let hint = match did_you_mean(&r.pattern, &names) {
        Some(n) => format!("did you mean `{n}`? names are relative to the sources folder"),
        None => "name a .txt or .md file under the sources folder".to_string(),
    };
    at_ref(
        Diagnostic::error(path, format!("source `{}` matches no file", r.pattern)),
        r,
    )
    .with_hint(hint)
}

/// Most problems listed for one claim file; the rest are counted.
const MAX_LISTED: usize = 200;

/// `d` placed at a `sources:` entry, with its line when the claim file kept it.
fn at_ref(d: Diagnostic, r: &crate::load::SourceRef) -> Diagnostic {
    if r.snippet.is_empty() {
        d.at_position(r.line, r.column)
    } else {
        d.at_line(&r.snippet, r.line, r.column)
    }
}

/// Paths as the user typed them, with `/` separators.
fn shown_path(p: &Path) -> String {
    crate::diagnostic::display_path(p)
}
