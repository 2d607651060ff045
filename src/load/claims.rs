//! Claim files: YAML documents listing the claims of one piece.
//!
//! ```yaml
//! title: Western troop pledges          # optional
//! sources: [menafn-2025-04-11-troops.txt]  # optional, files or globs under the sources folder
//! claims:
//!   - id: uk-pledged                    # required, unique in the file
//!     text: The UK pledged troops.      # required
//!     expect: supported                 # optional
//!     sources: [other.txt]              # optional, replaces the file-level list
//!     note: free text                   # optional
//! ```
//!
//! Parsed in two steps. serde-saphyr first reads the YAML into a tree of [`Node`]s that keep
//! the line and column of every key and value; its parse budget, sized from the file, refuses
//! nesting deeper than the limit, a second document, and aliases that would grow the file
//! (billion laughs, quadratic expansion) before they cost memory. The tree is then checked
//! against the schema here, so that every problem in a file is reported, each at its place
//! and naming the key it concerns, not only the first.

use super::files::{self, ReadError, Strictness};
use crate::diagnostic::{Diagnostic, did_you_mean, display_path};
use crate::verdict::Verdict;
use rayon::prelude::*;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;
use serde_saphyr::budget::BudgetBreach;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

const FILE_KEYS: &[&str] = &["title", "sources", "claims"];
const CLAIM_KEYS: &[&str] = &["id", "text", "expect", "sources", "note"];
const STARTER_HINT: &str = "add `claims:` with a list of claims, each with an `id` and a `text`";

/// Loader limits, so that a hostile file is refused with a clear message, not an out-of-memory.
#[derive(Clone, Debug)]
pub struct ClaimLimits {
    /// Largest claim file accepted, in bytes.
    pub max_file_bytes: u64,
    /// Most claims accepted in one file.
    pub max_claims: usize,
    /// Deepest YAML nesting accepted.
    pub max_depth: usize,
}

impl Default for ClaimLimits {
    fn default() -> Self {
        ClaimLimits {
            max_file_bytes: 64 * 1024 * 1024,
            max_claims: 200_000,
            max_depth: 64,
        }
    }
}

/// A `sources:` entry as written, with where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRef {
    pub pattern: String,
    pub line: usize,
    pub column: usize,
    /// The line of the claim file it is written on, for error snippets; empty when the line
    /// is long (a one-line file of a million entries keeps one copy of itself, not a million).
    pub snippet: String,
}

/// One claim to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    pub id: String,
    pub text: String,
    pub expect: Option<Verdict>,
    /// The sources this claim may be checked against; `None` means every source.
    pub sources: Option<Vec<SourceRef>>,
    pub note: Option<String>,
    /// 1-based line of the claim's first key in its file.
    pub line: usize,
    pub column: usize,
}

/// One claim file, as loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimFile {
    /// Path as shown to the user.
    pub path: String,
    pub title: Option<String>,
    pub claims: Vec<Claim>,
    /// Things worth saying that do not stop the file from being checked (an empty `claims`
    /// list, a control character in a claim).
    pub warnings: Vec<Diagnostic>,
}

/// A YAML node as written. Scalars YAML would read as numbers or booleans keep their text.
enum Node {
    Null,
    /// A string: quoted, block, or plain text.
    Str(String),
    /// A plain scalar YAML reads as a number or boolean: what kind, and the value as read
    /// (used only when the text cannot be taken from the file).
    Typed(&'static str, String),
    Seq(Vec<Spanned<Node>>),
    Map(Vec<(Spanned<Node>, Spanned<Node>)>),
}

impl Node {
    /// "a list", "a number", … for "must be a string, not …" messages.
    fn kind(&self) -> String {
        match self {
            Node::Null => "empty".to_string(),
            Node::Str(_) => "a string".to_string(),
            Node::Typed(kind, _) => format!("a {kind}"),
            Node::Seq(_) => "a list".to_string(),
            Node::Map(_) => "a mapping".to_string(),
        }
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a YAML value")
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Typed("boolean", v.to_string()))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Typed("number", v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Typed("number", v.to_string()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Node, E> {
        Ok(Node::Typed("number", v.to_string()))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Node, E> {
        Ok(Node::Typed("number", v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Typed("number", v.to_string()))
    }
    fn visit_char<E>(self, v: char) -> Result<Node, E> {
        Ok(Node::Str(v.to_string()))
    }
    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Str(v))
    }
    fn visit_bytes<E>(self, v: &[u8]) -> Result<Node, E> {
        Ok(Node::Str(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Node::Map(entries))
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

/// serde-saphyr options for one claim file: duplicate keys are reported by the checker (with
/// the line of the first one); the budget lets a file hold as much as its size allows, but
/// stops aliases from growing it past about twice that, and refuses a second document.
fn yaml_options(len: usize, limits: &ClaimLimits) -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = limits.max_depth;
    budget.max_documents = 1;
    budget.max_nodes = max_nodes(len, limits);
    budget.max_events = 2 * budget.max_nodes + 100_000;
    budget.max_aliases = len / 2 + 1_000;
    budget.max_anchors = len / 2 + 1_000;
    budget.max_recorded_anchor_events = len + 100_000;
    budget.max_recorded_anchor_bytes = len + 1_000_000;
    budget.max_total_scalar_bytes = 2 * len + 1_000_000;
    // Many claims sharing one anchored `sources` list is normal; the totals above are the limit.
    budget.enforce_alias_anchor_ratio = false;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.alias_limits.max_total_replayed_events = 2 * len + 100_000;
    options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::PassThrough;
    options.non_finite_float_policy = serde_saphyr::options::NonFiniteFloatPolicy::AsString;
    options.with_snippet = false;
    options
}

/// Finds and parses the claim files named by `paths` (files, or folders walked for `.yaml` and
/// `.yml` files); reports every problem and keeps every good file, in a stable order: the
/// order of `paths`, then sorted by name inside each folder. A file named twice is read once.
pub fn load_claim_files(
    paths: &[PathBuf],
    limits: &ClaimLimits,
) -> (Vec<ClaimFile>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut found: Vec<(PathBuf, String)> = Vec::new();
    for p in paths {
        let shown_root = display_path(p);
        if p.is_dir() {
            let walked = files::walk(p, &shown_root, Strictness::Claims);
            diagnostics.extend(walked.diagnostics);
            let mut any = false;
            for f in walked.files.into_iter().filter(|f| is_claim_file(f)) {
                any = true;
                let shown = files::shown(p, &shown_root, &f);
                found.push((f, shown));
            }
            if !any {
                diagnostics.push(
                    Diagnostic::error(&shown_root, "no claim files (.yaml, .yml) found")
                        .with_hint("add a claim file, or run `claimcheck init` for an example"),
                );
            }
        } else if p.is_file() {
            found.push((p.clone(), shown_root));
        } else if p.exists() || p.symlink_metadata().is_ok() {
            let d = match std::fs::metadata(p) {
                Err(e) => files::io_diagnostic(shown_root, Some(&e)),
                Ok(_) => Diagnostic::error(shown_root, "not a file or folder")
                    .with_hint("name claim files (.yaml, .yml) or folders of them"),
            };
            diagnostics.push(d);
        } else {
            diagnostics.push(
                Diagnostic::error(shown_root, "no such file or folder")
                    .with_hint("name claim files or folders; the default is `claims`"),
            );
        }
    }
    // The same file named twice (`claims claims/a.yaml`) is checked once.
    let mut seen = std::collections::HashSet::new();
    found.retain(|(f, _)| seen.insert(f.canonicalize().unwrap_or_else(|_| f.clone())));
    let parsed: Vec<Result<ClaimFile, Vec<Diagnostic>>> = found
        .par_iter()
        .map(|(path, shown)| read_claim_file(path, shown, limits))
        .collect();
    let mut files = Vec::new();
    for r in parsed {
        match r {
            Ok(mut f) => {
                diagnostics.append(&mut f.warnings);
                files.push(f);
            }
            Err(mut d) => diagnostics.append(&mut d),
        }
    }
    (files, diagnostics)
}

fn is_claim_file(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// Reads and parses one claim file: UTF-8 (with or without a BOM) or UTF-16 with a BOM.
fn read_claim_file(
    path: &Path,
    shown: &str,
    limits: &ClaimLimits,
) -> Result<ClaimFile, Vec<Diagnostic>> {
    let bytes = files::read_limited(path, limits.max_file_bytes).map_err(|e| match e {
        ReadError::TooBig(size) => vec![too_big(shown, size, limits)],
        ReadError::Io(e) => vec![files::io_diagnostic(shown.to_string(), Some(&e))],
    })?;
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(&bytes)
        && encoding != encoding_rs::UTF_8
    {
        let (text, _, had_errors) = encoding.decode(&bytes);
        if had_errors {
            return Err(vec![
                Diagnostic::error(
                    shown,
                    format!("claim file is not valid {}", encoding.name()),
                )
                .with_hint("save the file as UTF-8"),
            ]);
        }
        return parse_claim_file(shown, &text, limits);
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
        // The column in characters: the valid part of the line is UTF-8.
        let col = std::str::from_utf8(&valid[line_start..]).map_or(1, |s| s.chars().count() + 1);
        vec![
            Diagnostic::error(shown, "claim file is not valid UTF-8")
                .at(&String::from_utf8_lossy(e.as_bytes()), line, col)
                .with_hint("save the file as UTF-8"),
        ]
    })?;
    parse_claim_file(shown, &text, limits)
}

/// The most YAML values (nodes) a file may hold: about twice its size, so that aliases cannot
/// blow it up, and no more than 32 per claim allowed, so that a file of tiny values (a list of
/// ten million `a`s) cannot take gigabytes of memory.
fn max_nodes(len: usize, limits: &ClaimLimits) -> usize {
    (2 * len + 100_000).min(nodes_for_claims(limits))
}

fn nodes_for_claims(limits: &ClaimLimits) -> usize {
    limits.max_claims.saturating_mul(32).saturating_add(100_000)
}

/// Parses one claim file. Returns every problem found in it, not only the first.
pub fn parse_claim_file(
    path: &str,
    text: &str,
    limits: &ClaimLimits,
) -> Result<ClaimFile, Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() as u64 > limits.max_file_bytes {
        return Err(vec![too_big(path, text.len() as u64, limits)]);
    }
    let root = match serde_saphyr::from_str_with_options::<Option<Spanned<Node>>>(
        text,
        yaml_options(text.len(), limits),
    ) {
        Ok(root) => root,
        Err(err) => return Err(vec![yaml_error(path, text, &err, limits)]),
    };
    let mut checker = Checker {
        path,
        index: LineIndex::new(text),
        problems: Vec::new(),
        warnings: Vec::new(),
        unlisted_problems: 0,
        unlisted_warnings: 0,
    };
    let file = checker.file(root.as_ref(), limits);
    // Problems in the order of the file, whatever order the checks found them in.
    checker
        .problems
        .sort_by_key(|d| (d.line.unwrap_or(0), d.column.unwrap_or(0)));
    if checker.unlisted_problems > 0 {
        let n = checker.unlisted_problems;
        checker.problems.push(
            Diagnostic::error(
                path,
                format!("{n} more problems in this file are not listed"),
            )
            .with_hint("fix the ones above and run claimcheck again"),
        );
    }
    if checker.unlisted_warnings > 0 {
        let n = checker.unlisted_warnings;
        checker.warnings.push(
            Diagnostic::warning(
                path,
                format!("{n} more warnings in this file are not listed"),
            )
            .with_hint("fix the ones above and run claimcheck again"),
        );
    }
    if checker.problems.is_empty() {
        let (title, claims) = file;
        Ok(ClaimFile {
            path: path.to_string(),
            title,
            claims,
            warnings: checker.warnings,
        })
    } else {
        Err(checker.problems)
    }
}

/// The error for a file over `--max-claim-bytes`.
pub fn too_big(path: &str, size: u64, limits: &ClaimLimits) -> Diagnostic {
    Diagnostic::error(
        path,
        format!(
            "claim file is {size} bytes, more than the limit of {} bytes",
            limits.max_file_bytes
        ),
    )
    .with_hint("split the file, or raise the limit with --max-claim-bytes")
}

fn pos<T>(node: &Spanned<T>) -> (usize, usize) {
    (
        node.referenced.line() as usize,
        node.referenced.column() as usize,
    )
}

fn offset<T>(node: &Spanned<T>) -> Option<usize> {
    node.referenced.span().byte_offset().map(|o| o as usize)
}

/// More problems than this in one file are counted, not listed: a file with ten million bad
/// entries must not make ten million diagnostics.
const MAX_LISTED: usize = 200;

/// The start of every line of a file, so that the snippet of each diagnostic costs the length
/// of its window, not of the file. Line breaks are YAML's: `\n`, `\r\n` and a lone `\r`.
struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, b) in bytes.iter().enumerate() {
            if *b == b'\n' || (*b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        LineIndex { text, starts }
    }

    /// The 1-based line `n` without its line break, and where it starts.
    fn line(&self, n: usize) -> Option<(&'a str, usize)> {
        let start = *self.starts.get(n.checked_sub(1)?)?;
        let end = self.starts.get(n).copied().unwrap_or(self.text.len());
        let line = self.text.get(start..end)?;
        Some((line.trim_end_matches(['\n', '\r']), start))
    }

    /// The snippet of `line` around `column` (1-based, in characters) and the number of
    /// characters left out before it; `at` is the byte offset of the column, when known.
    fn window(&self, line: usize, column: usize, at: Option<usize>) -> (String, usize) {
        let Some((text, start)) = self.line(line) else {
            return (String::new(), 0);
        };
        if text.len() <= crate::diagnostic::LONG_LINE {
            return (text.to_string(), 0);
        }
        let caret = match at.and_then(|a| a.checked_sub(start)) {
            Some(c) if c <= text.len() && text.is_char_boundary(c) => c,
            // Without an offset, count the characters (once per diagnostic, and they are few).
            _ => text
                .char_indices()
                .nth(column.saturating_sub(1))
                .map_or(text.len(), |(i, _)| i),
        };
        let mut from = caret.saturating_sub(240);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (caret + 480).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        let before = text[from..caret].chars().count();
        (
            text[from..to].to_string(),
            column.saturating_sub(1).saturating_sub(before),
        )
    }

    fn place(&self, d: Diagnostic, line: usize, column: usize, at: Option<usize>) -> Diagnostic {
        match self.line(line) {
            Some(_) => {
                let (window, start) = self.window(line, column, at);
                d.at_window(&window, start, line, column)
            }
            None => d.at_position(line, column),
        }
    }
}

/// Checks a parsed tree against the claim file schema, collecting every problem.
struct Checker<'a> {
    path: &'a str,
    index: LineIndex<'a>,
    problems: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    /// Problems and warnings past [`MAX_LISTED`], counted.
    unlisted_problems: usize,
    unlisted_warnings: usize,
}

impl Checker<'_> {
    fn problem(&mut self, d: Diagnostic) {
        if self.problems.len() < MAX_LISTED {
            self.problems.push(d);
        } else {
            self.unlisted_problems += 1;
        }
    }

    fn warn(&mut self, d: Diagnostic) {
        if self.warnings.len() < MAX_LISTED {
            self.warnings.push(d);
        } else {
            self.unlisted_warnings += 1;
        }
    }

    /// `d` placed at `node`, with its snippet.
    fn placed<T>(&self, d: Diagnostic, node: &Spanned<T>) -> Diagnostic {
        let (line, column) = pos(node);
        self.index.place(d, line, column, offset(node))
    }

    fn error_at<T>(&mut self, node: &Spanned<T>, message: String, hint: impl Into<String>) {
        let d = self.placed(Diagnostic::error(self.path, message), node);
        self.problem(d.with_hint(hint));
    }

    fn file(
        &mut self,
        root: Option<&Spanned<Node>>,
        limits: &ClaimLimits,
    ) -> (Option<String>, Vec<Claim>) {
        let Some(root) = root.filter(|r| !matches!(r.value, Node::Null)) else {
            self.warnings.push(
                Diagnostic::warning(self.path, "claim file has no claims").with_hint(STARTER_HINT),
            );
            return (None, Vec::new());
        };
        let Some(fields) = self.mapping(root, FILE_KEYS, "a claim file") else {
            return (None, Vec::new());
        };
        let title = fields
            .get("title")
            .and_then(|n| self.string(n, "`title`", true));
        let file_sources = fields.get("sources").and_then(|n| self.source_refs(n));
        let Some(claims_node) = fields.get("claims") else {
            let d = self.placed(Diagnostic::error(self.path, "missing key `claims`"), root);
            self.problem(d.with_hint(STARTER_HINT));
            return (title, Vec::new());
        };
        let items = match &claims_node.value {
            Node::Seq(items) => items,
            Node::Null => {
                let d = self.placed(
                    Diagnostic::warning(self.path, "`claims` is empty"),
                    claims_node,
                );
                self.warn(
                    d.with_hint("list the claims under `claims:`, each with an `id` and a `text`"),
                );
                return (title, Vec::new());
            }
            other => {
                let kind = other.kind();
                self.error_at(
                    claims_node,
                    format!("`claims` must be a list of claims, not {kind}"),
                    "write each claim on its own line as `- id: ...`, indented under `claims:`",
                );
                return (title, Vec::new());
            }
        };
        if items.is_empty() {
            let d = self.placed(
                Diagnostic::warning(self.path, "`claims` is empty"),
                claims_node,
            );
            self.warn(
                d.with_hint("list the claims under `claims:`, each with an `id` and a `text`"),
            );
        }
        if items.len() > limits.max_claims {
            self.error_at(
                claims_node,
                format!(
                    "{} claims is more than the limit of {}",
                    items.len(),
                    limits.max_claims
                ),
                "split the file, or raise the limit with --max-claims",
            );
            return (title, Vec::new());
        }
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut claims = Vec::with_capacity(items.len());
        for item in items {
            if let Some(claim) = self.claim(item, &file_sources, &mut seen) {
                claims.push(claim);
            }
        }
        (title, claims)
    }

    fn claim(
        &mut self,
        item: &Spanned<Node>,
        file_sources: &Option<Vec<SourceRef>>,
        seen: &mut HashMap<String, usize>,
    ) -> Option<Claim> {
        let (line, column) = pos(item);
        let fields = self.mapping(item, CLAIM_KEYS, "each claim")?;
        let id = match fields.get("id") {
            Some(node) => self.string(node, "claim `id`", false).and_then(|id| {
                let (l, _) = pos(node);
                if id.is_empty()
                    || !id
                        .chars()
                        .all(|ch| ch.is_alphanumeric() || matches!(ch, '-' | '_' | '.'))
                {
                    self.error_at(
                        node,
                        format!("invalid claim id `{id}`"),
                        "use letters, digits, `-`, `_` and `.` only",
                    );
                    None
                } else if let Some(first) = seen.get(&id) {
                    self.error_at(
                        node,
                        format!("duplicate claim id `{id}`"),
                        format!(
                            "the id is first used on line {first}; ids must be unique in a file"
                        ),
                    );
                    None
                } else {
                    seen.insert(id.clone(), l);
                    Some(id)
                }
            }),
            None => {
                let d = self.placed(Diagnostic::error(self.path, "claim has no `id`"), item);
                self.problem(d.with_hint("add `id: some-name` (letters, digits, - _ .)"));
                None
            }
        };
        let text = match fields.get("text") {
            Some(node) => match self.string(node, "claim `text`", true) {
                Some(t) if !t.trim().is_empty() => Some(super::canonical(t.trim())),
                Some(_) => {
                    self.error_at(
                        node,
                        "claim `text` is empty".into(),
                        "write the claim as one sentence",
                    );
                    None
                }
                None => None,
            },
            None => {
                let d = self.placed(Diagnostic::error(self.path, "claim has no `text`"), item);
                self.problem(d.with_hint("add `text:` with the claim as one sentence"));
                None
            }
        };
        let expect = fields.get("expect").and_then(|node| {
            let value = self.string(node, "`expect`", false)?;
            match Verdict::parse(value.trim()) {
                Some(v) => Some(v),
                None => {
                    let names: Vec<&str> = Verdict::ALL.iter().map(|v| v.as_str()).collect();
                    let hint = match did_you_mean(&value, &names) {
                        Some(s) => {
                            format!("did you mean `{s}`? (supported, contradicted or unknown)")
                        }
                        None => "use supported, contradicted or unknown".to_string(),
                    };
                    self.error_at(
                        node,
                        format!("`expect` must be a verdict, not `{value}`"),
                        hint,
                    );
                    None
                }
            }
        });
        let sources = match fields.get("sources") {
            Some(node) => self.source_refs(node),
            None => file_sources.clone(),
        };
        let note = fields
            .get("note")
            .and_then(|node| self.string(node, "`note`", true));
        Some(Claim {
            id: id?,
            text: text?,
            expect,
            sources,
            note,
            line,
            column,
        })
    }

    /// The entries of a mapping by key, after reporting unknown and duplicate keys.
    fn mapping<'n>(
        &mut self,
        node: &'n Spanned<Node>,
        known: &[&'static str],
        what: &str,
    ) -> Option<HashMap<&'static str, &'n Spanned<Node>>> {
        let entries = match &node.value {
            Node::Map(entries) => entries,
            other => {
                let hint = if what == "a claim file" {
                    match other {
                        Node::Seq(_) => {
                            "put `claims:` on the first line and indent the list under it"
                        }
                        _ => "start with `claims:` followed by a list of claims",
                    }
                } else {
                    "write each claim as `- id: ...` with `text:` on the next line, indented alike"
                };
                let kind = other.kind();
                let message = if what == "a claim file" {
                    format!("a claim file must be a mapping, not {kind}")
                } else {
                    format!("{what} must be a mapping, not {kind}")
                };
                self.error_at(node, message, hint);
                return None;
            }
        };
        let mut fields = HashMap::new();
        let mut first_line: HashMap<&'static str, usize> = HashMap::new();
        for (key, value) in entries {
            let name = match &key.value {
                Node::Str(s) => s.clone(),
                Node::Typed(..) => self.scalar_text(key),
                other => {
                    let kind = other.kind();
                    self.error_at(
                        key,
                        format!("a key must be a name, not {kind}"),
                        format!("known keys here: {}", known.join(", ")),
                    );
                    continue;
                }
            };
            let Some(&k) = known.iter().find(|k| **k == name) else {
                let hint = match did_you_mean(&name, known) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("known keys here: {}", known.join(", ")),
                };
                self.error_at(key, format!("unknown key `{name}`"), hint);
                continue;
            };
            if let Some(first) = first_line.get(k) {
                let hint = format!("`{k}` is first given on line {first}; keep one of them");
                self.error_at(key, format!("duplicate key `{k}`"), hint);
                continue;
            }
            first_line.insert(k, pos(key).0);
            fields.insert(k, value);
        }
        Some(fields)
    }

    /// A scalar's text. Numbers and booleans are taken as written (`1.50`, `yes`), not as read.
    fn scalar_text(&self, node: &Spanned<Node>) -> String {
        match &node.value {
            Node::Str(s) => s.clone(),
            Node::Typed(_, read) => {
                let span = node.defined.span();
                span.byte_offset()
                    .zip(span.byte_len())
                    .and_then(|(at, len)| self.index.text.get(at as usize..(at + len) as usize))
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .unwrap_or(read)
                    .to_string()
            }
            _ => String::new(),
        }
    }

    /// A string value; `what` names it in messages. A control character other than a line
    /// break or tab is reported as a warning when `warn_control` is set, as an error otherwise.
    fn string(&mut self, node: &Spanned<Node>, what: &str, warn_control: bool) -> Option<String> {
        match &node.value {
            Node::Str(_) | Node::Typed(..) => {}
            Node::Null if what == "`note`" || what == "`title`" => return None,
            Node::Null => {
                self.error_at(
                    node,
                    format!("{what} is empty"),
                    "write a value after the colon",
                );
                return None;
            }
            other => {
                let kind = other.kind();
                let hint = match other {
                    Node::Seq(_) => format!(
                        "write {what} as plain text; quote it if it starts with `[` (\"[...] ...\")"
                    ),
                    _ => format!("write {what} as plain text; quote it if it contains `: `"),
                };
                self.error_at(node, format!("{what} must be a string, not {kind}"), hint);
                return None;
            }
        }
        let value = self.scalar_text(node);
        if let Some(ch) = value
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        {
            let message = format!(
                "{what} contains the control character U+{:04X}",
                u32::from(ch)
            );
            let hint = if ('\u{80}'..='\u{9f}').contains(&ch) {
                "U+0080 to U+009F usually come from Windows-1252 text read as Latin-1: retype the character"
            } else {
                "control characters are invisible and match nothing in a source: remove it"
            };
            let d = if warn_control {
                Diagnostic::warning(self.path, message)
            } else {
                Diagnostic::error(self.path, message)
            };
            let d = self.placed(d, node).with_hint(hint);
            if !warn_control {
                self.problem(d);
                return None;
            }
            self.warn(d);
        }
        Some(value)
    }

    /// `sources:` entries are paths or globs inside the sources folder: nothing absolute, no `..`.
    fn source_refs(&mut self, node: &Spanned<Node>) -> Option<Vec<SourceRef>> {
        let items = match &node.value {
            Node::Seq(items) => items,
            other => {
                let kind = other.kind();
                self.error_at(
                    node,
                    format!("`sources` must be a list, not {kind}"),
                    "write `sources: [article.txt]`, names relative to the sources folder",
                );
                return None;
            }
        };
        let mut refs = Vec::with_capacity(items.len());
        let mut seen = std::collections::HashSet::new();
        for entry in items {
            let Some(value) = self.string(entry, "a `sources` entry", false) else {
                continue;
            };
            let (line, column) = pos(entry);
            let p = value.trim().replace('\\', "/");
            // `./a.txt` and `a/./b.txt` name what `a.txt` and `a/b.txt` do.
            let p = if p.split('/').any(|part| part == ".") {
                let kept: Vec<&str> = p.split('/').filter(|part| *part != ".").collect();
                let joined = kept.join("/");
                if p.starts_with('/') && !joined.starts_with('/') {
                    format!("/{joined}")
                } else {
                    joined
                }
            } else {
                p
            };
            let escapes = p.starts_with('/')
                || p.split('/').any(|part| part == "..")
                || (p.len() > 1 && p.as_bytes()[1] == b':');
            if p.is_empty() {
                self.error_at(
                    entry,
                    "empty `sources` entry".into(),
                    "name a file under the sources folder, e.g. `article.txt`",
                );
            } else if escapes {
                self.error_at(
                    entry,
                    format!("source `{value}` is outside the sources folder"),
                    "name files relative to the sources folder, without `..` or a leading `/`",
                );
            } else {
                // The same name twice names the same files: kept once.
                if !seen.insert(p.clone()) {
                    continue;
                }
                let snippet = match self.index.line(line) {
                    Some((l, _)) if l.len() <= crate::diagnostic::LONG_LINE => l.to_string(),
                    _ => String::new(),
                };
                refs.push(SourceRef {
                    pattern: p,
                    line,
                    column,
                    snippet,
                });
            }
        }
        Some(refs)
    }
}

/// Turns a serde-saphyr error (syntax, budget) into our diagnostic.
fn yaml_error(
    path: &str,
    text: &str,
    err: &serde_saphyr::Error,
    limits: &ClaimLimits,
) -> Diagnostic {
    // Reach the error itself through the snippet and alias wrappers.
    let mut err = err;
    while let serde_saphyr::Error::WithSnippet { error, .. }
    | serde_saphyr::Error::AliasError { error, .. } = err
    {
        err = error;
    }
    let (mut line, mut column) = err
        .location()
        .map(|l| (l.line() as usize, l.column() as usize))
        .unwrap_or((0, 0));
    let plain = err.to_string();
    let message = first_line_without_location(&plain);
    let mut d = match err {
        serde_saphyr::Error::Budget { breach, .. } => match breach {
            BudgetBreach::Depth { .. } => nesting(path, limits),
            BudgetBreach::Documents { .. } => {
                // Point at the `---` line (or the first line) of the second document.
                if let Some(l) = second_document_line(text) {
                    (line, column) = (l, 1);
                }
                Diagnostic::error(
                    path,
                    "a claim file holds one YAML document; a second one starts here",
                )
                .with_hint(
                    "move the second document to a file of its own, or remove the `---` line",
                )
            }
            BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. }
                if max_nodes(text.len(), limits) == nodes_for_claims(limits) =>
            {
                Diagnostic::error(
                    path,
                    format!(
                        "more than {} YAML values, the most {} claims may use (32 each)",
                        nodes_for_claims(limits),
                        limits.max_claims
                    ),
                )
                .with_hint("split the file, or raise the limit with --max-claims")
            }
            _ => Diagnostic::error(
                path,
                "aliases expand to more data than the file holds (an alias bomb?)",
            )
            .with_hint("write the repeated values out, or use fewer aliases (`*name`)"),
        },
        serde_saphyr::Error::AliasReplayLimitExceeded { .. }
        | serde_saphyr::Error::AliasExpansionLimitExceeded { .. }
        | serde_saphyr::Error::AliasReplayCounterOverflow { .. } => Diagnostic::error(
            path,
            "aliases expand to more data than the file holds (an alias bomb?)",
        )
        .with_hint("write the repeated values out, or use fewer aliases (`*name`)"),
        serde_saphyr::Error::AliasReplayStackDepthExceeded { .. } => nesting(path, limits),
        _ if message.contains("recursion limit") => nesting(path, limits),
        _ if message.contains("multiple yaml documents") => {
            if let Some(l) = second_document_line(text) {
                (line, column) = (l, 1);
            }
            Diagnostic::error(
                path,
                "a claim file holds one YAML document; a second one starts here",
            )
            .with_hint("move the second document to a file of its own, or remove the `---` line")
        }
        _ if message.starts_with("tabs disallowed") => {
            Diagnostic::error(path, "a tab is used for indentation")
                .with_hint("indent with spaces: YAML does not allow tabs there")
        }
        _ if message.starts_with("unexpected character") => {
            // The scanner points at the start of the token; the culprit may be further on.
            match control_char_from(text, line, column) {
                Some((ch, col)) => {
                    column = col;
                    Diagnostic::error(
                        path,
                        format!(
                            "control character U+{:04X} is not allowed in YAML",
                            u32::from(ch)
                        ),
                    )
                    .with_hint(if ('\u{80}'..='\u{9f}').contains(&ch) {
                        "U+0080 to U+009F usually come from Windows-1252 text read as Latin-1: retype the character"
                    } else {
                        "remove it; inside double quotes a control character can be written as an escape, e.g. \\x01"
                    })
                }
                None => Diagnostic::error(path, message.clone()).with_hint(
                    "fix the YAML at this place; claim files are described in the README",
                ),
            }
        }
        _ => Diagnostic::error(path, message.clone())
            .with_hint("fix the YAML at this place; claim files are described in the README"),
    };
    if line > 0 {
        d = LineIndex::new(text).place(d, line, column, None);
    }
    d
}

fn nesting(path: &str, limits: &ClaimLimits) -> Diagnostic {
    Diagnostic::error(
        path,
        format!("nesting deeper than {} levels", limits.max_depth),
    )
    .with_hint("claim files are flat: a mapping with a `claims:` list of mappings")
}

/// The 1-based line that starts a second YAML document: its `---` marker, or its first line
/// after a `...` end marker.
fn second_document_line(text: &str) -> Option<usize> {
    let mut started = false;
    let mut open = false;
    for (i, line) in text.lines().enumerate() {
        let marker = |m: &str| {
            line.strip_prefix(m)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\r']))
        };
        let content = !line.trim().is_empty() && !line.trim_start().starts_with('#');
        if marker("---") || (content && !open && !marker("...") && !line.starts_with('%')) {
            if started {
                return Some(i + 1);
            }
            started = true;
            open = true;
        } else if marker("...") {
            open = false;
        }
    }
    None
}

/// The first control character on a 1-based line at or after a column (in characters), and
/// its column.
fn control_char_from(text: &str, line: usize, column: usize) -> Option<(char, usize)> {
    text.split('\n')
        .nth(line.checked_sub(1)?)?
        .chars()
        .enumerate()
        .skip(column.saturating_sub(1))
        .find(|(_, c)| c.is_control() && !matches!(c, '\t' | '\r'))
        .map(|(i, c)| (c, i + 1))
}

/// serde-saphyr puts "at line X column Y" or similar in its message; we show it separately.
fn first_line_without_location(plain: &str) -> String {
    let first = plain.lines().next().unwrap_or(plain).trim();
    let cut = [" at line ", " at position "]
        .iter()
        .filter_map(|m| first.find(m))
        .min()
        .unwrap_or(first.len());
    let mut msg = first[..cut].trim().trim_end_matches('.').to_string();
    if let Some(rest) = msg.strip_prefix("error: ") {
        msg = rest.to_string();
    }
    let mut chars = msg.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().collect::<String>() + chars.as_str(),
        None => "invalid yaml".to_string(),
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<ClaimFile, Vec<Diagnostic>> {
        parse_claim_file("claims/t.yaml", text, &ClaimLimits::default())
    }

    #[test]
    fn keeps_each_claims_line_and_the_file_sources() {
        let f = parse(
            "title: T\nsources: [a.txt]\nclaims:\n  - id: one\n    text: The UK pledged troops.\n    expect: supported\n  - id: two\n    text: Other.\n    sources: [b.txt]\n",
        )
        .unwrap();
        assert_eq!(f.claims.len(), 2);
        assert_eq!(f.claims[0].line, 4);
        assert_eq!(f.claims[1].line, 7);
        assert_eq!(f.claims[0].expect, Some(Verdict::Supported));
        assert_eq!(f.claims[0].sources.as_ref().unwrap()[0].pattern, "a.txt");
        assert_eq!(f.claims[1].sources.as_ref().unwrap()[0].pattern, "b.txt");
    }

    #[test]
    fn unknown_key_gets_did_you_mean_at_its_place() {
        let errs = parse("claims:\n  - id: one\n    text: X.\n    expct: supported\n").unwrap_err();
        assert_eq!(errs[0].message, "unknown key `expct`");
        assert_eq!(errs[0].hint.as_deref(), Some("did you mean `expect`?"));
        assert_eq!(errs[0].line, Some(4));
        let errs = parse("titel: T\nclaims: []\n").unwrap_err();
        assert_eq!(errs[0].hint.as_deref(), Some("did you mean `title`?"));
    }

    #[test]
    fn reports_every_problem_in_a_file() {
        let errs = parse(
            "claims:\n  - id: a\n    text: ''\n  - id: a\n    text: Y.\n    expect: maybe\n  - id: b\n",
        )
        .unwrap_err();
        let msgs: Vec<&str> = errs.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            msgs,
            [
                "claim `text` is empty",
                "duplicate claim id `a`",
                "`expect` must be a verdict, not `maybe`",
                "claim has no `text`"
            ]
        );
    }

    #[test]
    fn refuses_sources_outside_the_folder() {
        let errs = parse("sources: [../x.txt, /etc/passwd]\nclaims:\n  - id: a\n    text: Y.\n")
            .unwrap_err();
        assert_eq!(errs.len(), 2);
        assert!(errs[0].message.contains("outside the sources folder"));
        assert_eq!(errs[0].line, Some(1));
    }

    #[test]
    fn a_file_may_hold_more_nodes_than_the_default_yaml_budget() {
        // 60,000 claims are 300,000 nodes, over serde-saphyr's default budget of 250,000.
        let mut text = String::from("claims:\n");
        for i in 0..60_000 {
            text.push_str(&format!("  - {{id: c{i}, text: x}}\n"));
        }
        assert_eq!(parse(&text).unwrap().claims.len(), 60_000);
    }

    #[test]
    fn alias_bombs_are_refused_and_shared_aliases_are_not() {
        let mut text = String::from("claims:\n  - id: a\n    text: x\n    sources: &big [");
        text.push_str(&vec!["a.txt"; 2_000].join(","));
        text.push_str("]\n");
        for i in 0..2_000 {
            text.push_str(&format!("  - id: c{i}\n    text: x\n    sources: *big\n"));
        }
        let errs = parse(&text).unwrap_err();
        assert!(errs[0].message.starts_with("aliases expand"), "{}", errs[0]);
        let shared = "sources: &s [a.txt]\nclaims:\n  - id: a\n    text: x\n    sources: *s\n";
        assert_eq!(
            parse(shared).unwrap().claims[0].sources.as_ref().unwrap()[0].pattern,
            "a.txt"
        );
    }

    #[test]
    fn a_second_document_is_an_error_at_its_start() {
        let errs = parse("claims: []\n---\nclaims: []\n").unwrap_err();
        assert_eq!((errs[0].line, errs[0].column), (Some(2), Some(1)));
        assert!(errs[0].message.contains("second one starts here"));
        let errs = parse("---\nclaims: []\n...\n# c\n---\nclaims: []\n").unwrap_err();
        assert_eq!(errs[0].line, Some(5));
        assert!(parse("---\nclaims: []\n...\n").is_ok());
    }

    #[test]
    fn types_duplicates_and_empty_lists_are_reported_at_their_place() {
        let errs = parse("claims:\n  - id: a\n    text: [x]\n    text: y\n").unwrap_err();
        let msgs: Vec<&str> = errs.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            msgs,
            [
                "claim `text` must be a string, not a list",
                "duplicate key `text`"
            ]
        );
        assert_eq!(
            errs[1].hint.as_deref(),
            Some("`text` is first given on line 3; keep one of them")
        );
        let f = parse("claims: []\n").unwrap();
        assert!(f.claims.is_empty());
        assert_eq!(f.warnings[0].message, "`claims` is empty");
        assert_eq!(
            parse("").unwrap().warnings[0].message,
            "claim file has no claims"
        );
        let f = parse("claims:\n  - id: a\n    text: \"x\\x07\"\n").unwrap();
        assert_eq!(f.claims[0].text, "x\u{7}");
        assert!(f.warnings[0].message.contains("U+0007"));
        let errs = parse("claims:\n  - id: a\n    text: x\u{1}\n").unwrap_err();
        assert_eq!(
            errs[0].message,
            "control character U+0001 is not allowed in YAML"
        );
        assert_eq!(errs[0].column, Some(12));
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let text = format!("claims: {}{}", "[".repeat(10_000), "]".repeat(10_000));
        let errs = parse(&text).unwrap_err();
        assert!(errs[0].message.starts_with("nesting deeper than"));
    }
}
