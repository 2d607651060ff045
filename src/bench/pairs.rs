//! Labelled claim/evidence pairs (JSON Lines, FEVER style) turned into ordinary claim files and
//! sources, so that the benchmark runs the same code path as users.
//!
//! Each pair becomes one source file, `sources/<id>.txt`, holding its evidence, and one claim
//! that names that file alone (`sources: [<id>.txt]`) and carries the pair's label as
//! `expect:`. Claims are written as JSON-compatible YAML (every scalar escaped by serde_json),
//! one claim per line, in files of [`CLAIMS_PER_FILE`] claims named so that they sort in input
//! order.

use super::detok::detokenize;
use crate::verdict::Verdict;
use serde::Deserialize;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::Path;

/// Claims per generated claim file (keeps each file well inside the YAML parse budgets).
pub const CLAIMS_PER_FILE: usize = 1000;

/// One claim checked against one evidence text, with the verdict it should get.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    /// A safe claim id (letters, digits, `-`, `_`, `.`), unique in the set.
    pub id: String,
    /// The claim, detokenised.
    pub claim: String,
    /// The evidence, detokenised: the whole source of this claim.
    pub evidence: String,
    /// The title of the page the evidence comes from (VitaminC's `page`), when known.
    pub title: Option<String>,
    pub expect: Verdict,
}

#[derive(Deserialize)]
struct RawPair {
    id: Option<serde_json::Value>,
    unique_id: Option<serde_json::Value>,
    claim: String,
    evidence: String,
    label: String,
    page: Option<String>,
}

/// FEVER labels to verdicts.
pub fn verdict_of_label(label: &str) -> Option<Verdict> {
    match label {
        "SUPPORTS" => Some(Verdict::Supported),
        "REFUTES" => Some(Verdict::Contradicted),
        "NOT ENOUGH INFO" => Some(Verdict::Unknown),
        _ => None,
    }
}

/// Reads the first `limit` pairs (all when `None`) of a JSON Lines file with fields `id` (or
/// `unique_id`), `claim`, `evidence` and `label`; other fields are ignored.
pub fn read_pairs(path: &Path, limit: Option<usize>) -> Result<Vec<Pair>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_pairs(BufReader::new(file), limit).map_err(|e| format!("{}:{e}", path.display()))
}

/// Parses JSON Lines pairs; errors are `line: message`.
pub fn parse_pairs(reader: impl BufRead, limit: Option<usize>) -> Result<Vec<Pair>, String> {
    let mut pairs = Vec::new();
    let mut seen = HashSet::new();
    for (n, line) in reader.lines().enumerate() {
        if limit.is_some_and(|l| pairs.len() >= l) {
            break;
        }
        let line = line.map_err(|e| format!("{}: {e}", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let raw: RawPair = serde_json::from_str(&line).map_err(|e| format!("{}: {e}", n + 1))?;
        let expect = verdict_of_label(&raw.label)
            .ok_or_else(|| format!("{}: unknown label `{}`", n + 1, raw.label))?;
        let raw_id = match raw.id.or(raw.unique_id) {
            Some(serde_json::Value::String(s)) => s,
            Some(other) => other.to_string(),
            None => format!("line-{}", n + 1),
        };
        let claim = detokenize(&raw.claim);
        if claim.is_empty() {
            return Err(format!("{}: empty claim", n + 1));
        }
        pairs.push(Pair {
            id: unique_safe_id(&raw_id, &mut seen),
            claim,
            evidence: detokenize(&raw.evidence),
            title: raw
                .page
                .map(|p| detokenize(&p.replace('_', " ")))
                .filter(|p| !p.is_empty()),
            expect,
        });
    }
    Ok(pairs)
}

/// An id made of letters, digits, `-`, `_` and `.` only (anything else becomes `_`), not
/// starting with `.`, and not in `seen` (a `-2`, `-3`… suffix is added).
pub fn unique_safe_id(raw: &str, seen: &mut HashSet<String>) -> String {
    let mut base: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if base.is_empty() || base.starts_with('.') {
        base.insert(0, '_');
    }
    let mut id = base.clone();
    let mut n = 1;
    while !seen.insert(id.clone()) {
        n += 1;
        id = format!("{base}-{n}");
    }
    id
}

/// A YAML scalar written as a JSON string: JSON strings are valid YAML double-quoted scalars.
fn scalar(s: &str) -> String {
    serde_json::to_string(s).expect("a string always serialises")
}

/// One claim file for `pairs`, each claim on its own line.
pub fn claim_file(title: &str, pairs: &[Pair]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "title: {}", scalar(title));
    out.push_str("claims:\n");
    for p in pairs {
        let _ = writeln!(
            out,
            "  - {{id: {}, text: {}, expect: {}, sources: [{}]}}",
            scalar(&p.id),
            scalar(&p.claim),
            scalar(p.expect.as_str()),
            scalar(&source_name(p)),
        );
    }
    out
}

/// The source file of a pair, relative to the sources folder.
pub fn source_name(p: &Pair) -> String {
    format!("{}.txt", p.id)
}

/// Writes `claims/part-NNNNN.yaml` and `sources/<id>.txt` under `dir` (which must exist).
pub fn write_set(dir: &Path, title: &str, pairs: &[Pair]) -> std::io::Result<()> {
    let claims = dir.join("claims");
    let sources = dir.join("sources");
    std::fs::create_dir_all(&claims)?;
    std::fs::create_dir_all(&sources)?;
    for p in pairs {
        // A page title is the source's title, as a user's stored article would carry it.
        let front = p
            .title
            .as_deref()
            .map(|t| format!("---\ntitle: {}\n---\n", scalar(t)))
            .unwrap_or_default();
        std::fs::write(
            sources.join(source_name(p)),
            format!("{front}{}\n", p.evidence),
        )?;
    }
    for (i, chunk) in pairs.chunks(CLAIMS_PER_FILE).enumerate() {
        std::fs::write(
            claims.join(format!("part-{i:05}.yaml")),
            claim_file(title, chunk),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{ClaimLimits, parse_claim_file};

    #[test]
    fn a_page_title_becomes_the_sources_headline() {
        let line = r#"{"id": "a", "claim": "It grossed $ 5 million .", "evidence": "The film grossed $ 5 million .", "label": "SUPPORTS", "page": "Some_Film_-LRB-2019_film-RRB-"}"#;
        let pairs = parse_pairs(line.as_bytes(), None).unwrap();
        assert_eq!(pairs[0].title.as_deref(), Some("Some Film (2019 film)"));
        let dir = std::env::temp_dir().join(format!("claimcheck-pairs-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        write_set(&dir, "t", &pairs).unwrap();
        let text = std::fs::read_to_string(dir.join("sources/a.txt")).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let (meta, lines) = crate::load::sources::parse_layout(&text);
        assert_eq!(meta.title.as_deref(), Some("Some Film (2019 film)"));
        assert!(lines[0].is_headline);
        assert_eq!(lines[1].text, "The film grossed $5 million.");
    }

    #[test]
    fn labels_map_to_verdicts() {
        assert_eq!(verdict_of_label("SUPPORTS"), Some(Verdict::Supported));
        assert_eq!(verdict_of_label("REFUTES"), Some(Verdict::Contradicted));
        assert_eq!(verdict_of_label("NOT ENOUGH INFO"), Some(Verdict::Unknown));
        assert_eq!(verdict_of_label("supports"), None);
    }

    #[test]
    fn pairs_are_read_detokenised_with_safe_unique_ids() {
        let jsonl = concat!(
            r#"{"id": "54253", "claim": "Cruz has n't modelled .", "evidence": "Cruz -LRB- born 1974 -RRB- modelled .", "label": "REFUTES", "evid": []}"#,
            "\n\n",
            r#"{"unique_id": "5ed4_1", "claim": "A `` quoted '' claim : yes", "evidence": "x", "label": "NOT ENOUGH INFO"}"#,
            "\n",
            r#"{"id": 54253, "claim": "b", "evidence": "y", "label": "SUPPORTS"}"#,
            "\n",
            r#"{"id": "a/b c", "claim": "c", "evidence": "z", "label": "SUPPORTS"}"#,
            "\n",
        );
        let pairs = parse_pairs(jsonl.as_bytes(), None).unwrap();
        assert_eq!(pairs.len(), 4);
        assert_eq!(pairs[0].id, "54253");
        assert_eq!(pairs[0].claim, "Cruz hasn't modelled.");
        assert_eq!(pairs[0].evidence, "Cruz (born 1974) modelled.");
        assert_eq!(pairs[0].expect, Verdict::Contradicted);
        assert_eq!(pairs[1].id, "5ed4_1");
        assert_eq!(pairs[1].claim, "A \"quoted\" claim: yes");
        assert_eq!(pairs[1].expect, Verdict::Unknown);
        assert_eq!(pairs[2].id, "54253-2");
        assert_eq!(pairs[3].id, "a_b_c");

        let limited = parse_pairs(jsonl.as_bytes(), Some(2)).unwrap();
        assert_eq!(limited.len(), 2);

        let bad = r#"{"id": "1", "claim": "a", "evidence": "b", "label": "MAYBE"}"#;
        let err = parse_pairs(bad.as_bytes(), None).unwrap_err();
        assert!(err.contains("unknown label `MAYBE`"), "{err}");
        assert!(parse_pairs("{not json".as_bytes(), None).is_err());
    }

    #[test]
    fn safe_ids() {
        let mut seen = HashSet::new();
        assert_eq!(unique_safe_id("abc-1_2.3", &mut seen), "abc-1_2.3");
        assert_eq!(unique_safe_id("abc-1_2.3", &mut seen), "abc-1_2.3-2");
        assert_eq!(unique_safe_id("", &mut seen), "_");
        assert_eq!(unique_safe_id("../x", &mut seen), "_.._x");
        assert_eq!(unique_safe_id("é", &mut seen), "_-2");
    }

    #[test]
    fn claim_file_round_trips_through_the_claim_loader() {
        let nasty = [
            "He said: \"no\" — it's # not a comment",
            "- starts like a list item, ends with a colon:",
            "{braces}, [brackets], & anchors *alias ! tag % directive @ `tick` | > \\ back\tslash",
            "yes",
            "null",
            "0x1F",
            "line\nbreak and a \u{0007} bell and a \u{feff} BOM",
        ];
        let pairs: Vec<Pair> = nasty
            .iter()
            .enumerate()
            .map(|(i, t)| Pair {
                id: format!("p{i}"),
                claim: t.to_string(),
                evidence: String::new(),
                title: None,
                expect: Verdict::ALL[i % 3],
            })
            .collect();
        let yaml = claim_file("a \"title\": with colon", &pairs);
        let file = parse_claim_file("t.yaml", &yaml, &ClaimLimits::default()).unwrap();
        assert_eq!(file.title.as_deref(), Some("a \"title\": with colon"));
        assert_eq!(file.claims.len(), nasty.len());
        for (i, c) in file.claims.iter().enumerate() {
            assert_eq!(c.id, format!("p{i}"));
            assert_eq!(c.text, nasty[i].trim());
            assert_eq!(c.expect, Some(Verdict::ALL[i % 3]));
            let sources = c.sources.as_ref().unwrap();
            assert_eq!(sources.len(), 1);
            assert_eq!(sources[0].pattern, format!("p{i}.txt"));
            // One claim per line: line 3 is the first claim.
            assert_eq!(c.line, i + 3);
        }
    }
}
