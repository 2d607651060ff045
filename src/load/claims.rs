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
//! Parsed with serde-saphyr: it keeps the line and column of every claim (`Spanned`), and its
//! parse budgets stop alias bombs before they cost memory.

use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::verdict::Verdict;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::HashMap;

const FILE_KEYS: &[&str] = &["title", "sources", "claims"];
const CLAIM_KEYS: &[&str] = &["id", "text", "expect", "sources", "note"];

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
    /// The line of the claim file it is written on, for error snippets.
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
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    title: Option<String>,
    sources: Option<Vec<Spanned<String>>>,
    claims: Option<Vec<Spanned<RawClaim>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    id: Option<Spanned<String>>,
    text: Option<Spanned<String>>,
    expect: Option<Spanned<String>>,
    sources: Option<Vec<Spanned<String>>>,
    note: Option<String>,
}

/// Parses one claim file. Returns every problem found in it, not only the first.
pub fn parse_claim_file(
    path: &str,
    text: &str,
    limits: &ClaimLimits,
) -> Result<ClaimFile, Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some((line, column)) = find_depth_over(text, limits.max_depth) {
        return Err(vec![
            Diagnostic::error(
                path,
                format!("nesting deeper than {} levels", limits.max_depth),
            )
            .at(text, line, column)
            .with_hint("claim files are flat: a mapping with a `claims:` list of mappings"),
        ]);
    }
    let raw: RawFile = match serde_saphyr::from_str(text) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Err(vec![empty_file(path)]),
        Err(err) => return Err(vec![yaml_error(path, text, &err)]),
    };
    let mut problems = Vec::new();
    let Some(raw_claims) = raw.claims else {
        return Err(vec![
            Diagnostic::error(path, "missing key `claims`")
                .with_hint("add `claims:` with a list of claims, each with an `id` and a `text`"),
        ]);
    };
    if raw_claims.len() > limits.max_claims {
        return Err(vec![
            Diagnostic::error(
                path,
                format!(
                    "{} claims is more than the limit of {}",
                    raw_claims.len(),
                    limits.max_claims
                ),
            )
            .with_hint("split the file, or raise the limit with --max-claims"),
        ]);
    }
    let file_sources = raw
        .sources
        .map(|list| check_source_refs(path, text, list, &mut problems));
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut claims = Vec::with_capacity(raw_claims.len());
    for spanned in raw_claims {
        let (line, column) = (
            spanned.referenced.line() as usize,
            spanned.referenced.column() as usize,
        );
        let raw = spanned.value;
        let id = match raw.id {
            Some(id) => {
                let (l, c) = (
                    id.referenced.line() as usize,
                    id.referenced.column() as usize,
                );
                if id.value.is_empty()
                    || !id
                        .value
                        .chars()
                        .all(|ch| ch.is_alphanumeric() || matches!(ch, '-' | '_' | '.'))
                {
                    problems.push(
                        Diagnostic::error(path, format!("invalid claim id `{}`", id.value))
                            .at(text, l, c)
                            .with_hint("use letters, digits, `-`, `_` and `.` only"),
                    );
                } else if let Some(first) = seen.get(&id.value) {
                    problems.push(
                        Diagnostic::error(path, format!("duplicate claim id `{}`", id.value))
                            .at(text, l, c)
                            .with_hint(format!(
                                "the id is first used on line {first}; ids must be unique in a file"
                            )),
                    );
                } else {
                    seen.insert(id.value.clone(), l);
                }
                id.value
            }
            None => {
                problems.push(
                    Diagnostic::error(path, "claim has no `id`")
                        .at(text, line, column)
                        .with_hint("add `id: some-name` (letters, digits, - _ .)"),
                );
                String::new()
            }
        };
        let claim_text = match raw.text {
            Some(t) if !t.value.trim().is_empty() => t.value.trim().to_string(),
            Some(t) => {
                problems.push(
                    Diagnostic::error(path, "claim `text` is empty")
                        .at(
                            text,
                            t.referenced.line() as usize,
                            t.referenced.column() as usize,
                        )
                        .with_hint("write the claim as one sentence"),
                );
                String::new()
            }
            None => {
                problems.push(
                    Diagnostic::error(path, "claim has no `text`")
                        .at(text, line, column)
                        .with_hint("add `text:` with the claim as one sentence"),
                );
                String::new()
            }
        };
        let expect = raw
            .expect
            .and_then(|e| match Verdict::parse(e.value.trim()) {
                Some(v) => Some(v),
                None => {
                    let mut d = Diagnostic::error(
                        path,
                        format!("`expect` must be a verdict, not `{}`", e.value),
                    )
                    .at(
                        text,
                        e.referenced.line() as usize,
                        e.referenced.column() as usize,
                    );
                    let names: Vec<&str> = Verdict::ALL.iter().map(|v| v.as_str()).collect();
                    d = d.with_hint(match did_you_mean(&e.value, &names) {
                        Some(s) => {
                            format!("did you mean `{s}`? (supported, contradicted or unknown)")
                        }
                        None => "use supported, contradicted or unknown".to_string(),
                    });
                    problems.push(d);
                    None
                }
            });
        let sources = raw
            .sources
            .map(|list| check_source_refs(path, text, list, &mut problems))
            .or_else(|| file_sources.clone());
        claims.push(Claim {
            id,
            text: claim_text,
            expect,
            sources,
            note: raw.note,
            line,
            column,
        });
    }
    if problems.is_empty() {
        Ok(ClaimFile {
            path: path.to_string(),
            title: raw.title,
            claims,
        })
    } else {
        Err(problems)
    }
}

fn empty_file(path: &str) -> Diagnostic {
    Diagnostic::error(path, "claim file is empty")
        .with_hint("add `claims:` with a list of claims, each with an `id` and a `text`")
}

/// `sources:` entries are paths or globs inside the sources folder: nothing absolute, no `..`.
fn check_source_refs(
    path: &str,
    text: &str,
    list: Vec<Spanned<String>>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<SourceRef> {
    let mut refs = Vec::with_capacity(list.len());
    for entry in list {
        let (line, column) = (
            entry.referenced.line() as usize,
            entry.referenced.column() as usize,
        );
        let p = entry.value.trim().replace('\\', "/");
        let escapes = p.starts_with('/')
            || p.split('/').any(|part| part == "..")
            || (p.len() > 1 && p.as_bytes()[1] == b':');
        if p.is_empty() {
            problems.push(
                Diagnostic::error(path, "empty `sources` entry")
                    .at(text, line, column)
                    .with_hint("name a file under the sources folder, e.g. `article.txt`"),
            );
        } else if escapes {
            problems.push(
                Diagnostic::error(
                    path,
                    format!("source `{}` is outside the sources folder", entry.value),
                )
                .at(text, line, column)
                .with_hint(
                    "name files relative to the sources folder, without `..` or a leading `/`",
                ),
            );
        } else {
            refs.push(SourceRef {
                pattern: p,
                line,
                column,
                snippet: text
                    .lines()
                    .nth(line.saturating_sub(1))
                    .unwrap_or("")
                    .to_string(),
            });
        }
    }
    refs
}

/// Turns a serde-saphyr error into our diagnostic, with a "did you mean" for unknown keys.
fn yaml_error(path: &str, text: &str, err: &serde_saphyr::Error) -> Diagnostic {
    let plain = err.without_snippet().to_string();
    let message = first_line_without_location(&plain);
    let (line, column) = err
        .location()
        .map(|l| (l.line() as usize, l.column() as usize))
        .unwrap_or((0, 0));
    let mut d = if let Some(key) = backticked_after(&message, "unknown field `") {
        // serde lists the keys it expected: a claim's include `note`, the file's do not.
        let expected = message.split("expected one of").nth(1).unwrap_or("");
        let known = if expected.contains("note") {
            CLAIM_KEYS
        } else {
            FILE_KEYS
        };
        let hint = match did_you_mean(&key, known) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("known keys here: {}", known.join(", ")),
        };
        Diagnostic::error(path, format!("unknown key `{key}`")).with_hint(hint)
    } else if (message.contains("invalid type") && message.contains("expected struct RawFile"))
        || (message.contains("expected mapping") && column <= 1)
    {
        Diagnostic::error(path, "a claim file must be a mapping")
            .with_hint("start with `claims:` followed by a list of claims")
    } else if message.contains("RawClaim") || message.contains("expected mapping") {
        Diagnostic::error(path, "each claim must be a mapping")
            .with_hint("write each claim as `- id: ...` with `text:` on the next line")
    } else {
        Diagnostic::error(path, message.replace("RawFile", "claim file"))
            .with_hint("fix the YAML at this place; claim files are described in the README")
    };
    if line > 0 {
        d = d.at(text, line, column);
    }
    d
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

fn backticked_after(message: &str, prefix: &str) -> Option<String> {
    let start = message.find(prefix)? + prefix.len();
    let end = message[start..].find('`')?;
    Some(message[start..start + end].to_string())
}

/// Nesting deeper than `max` (by indentation or brackets) is refused before parsing, so that
/// 10,000 nested lists cannot exhaust the stack.
fn find_depth_over(text: &str, max: usize) -> Option<(usize, usize)> {
    let mut depth: usize = 0;
    for (i, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches([' ', '-']).len();
        if indent / 2 > max {
            return Some((i + 1, indent + 1));
        }
        for (col, ch) in line.chars().enumerate() {
            match ch {
                '[' | '{' => {
                    depth += 1;
                    if depth > max {
                        return Some((i + 1, col + 1));
                    }
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                '#' => break,
                _ => {}
            }
        }
    }
    None
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
    fn deep_nesting_is_refused_before_parsing() {
        let text = format!("claims: {}{}", "[".repeat(10_000), "]".repeat(10_000));
        let errs = parse(&text).unwrap_err();
        assert!(errs[0].message.starts_with("nesting deeper than"));
    }
}
