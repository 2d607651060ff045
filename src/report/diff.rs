//! Word-level diff of a claim against a source sentence, built with `similar`.
//!
//! Words are compared case-insensitively with straight apostrophes, so that `Ukraine’s` and
//! `Ukraine's` are the same word. Long source sentences are cut to the region that shares
//! words with the claim.

use crate::text::lexicon::STOPWORDS;
use crate::text::tokens::{Token, TokenKind, tokenize};
use colored::Colorize;
use similar::{Algorithm, DiffTag, capture_diff_slices};

/// Words of context kept around the shared region of a long source sentence.
const CONTEXT_WORDS: usize = 8;

/// The claim line and the source line, with differing words emphasised.
///
/// `stated` lists claim words the judge found stated in other words (`troops` as `forces`):
/// they are not emphasised on the claim side. Function words are never emphasised alone.
pub fn diff_lines(claim: &str, source: &str, stated: &[String], color: bool) -> (String, String) {
    let a = tokenize(claim);
    let b = tokenize(source);
    let key = |t: &Token| t.lower.clone();
    let ka: Vec<String> = a.iter().map(key).collect();
    let kb: Vec<String> = b.iter().map(key).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &ka, &kb);
    let mut same_a = vec![false; a.len()];
    let mut same_b = vec![false; b.len()];
    for op in &ops {
        if op.tag() == DiffTag::Equal {
            for i in op.old_range() {
                same_a[i] = true;
            }
            for i in op.new_range() {
                same_b[i] = true;
            }
        }
    }
    let stated_words: Vec<String> = stated
        .iter()
        .flat_map(|s| tokenize(s).into_iter().map(|t| t.lower))
        .collect();
    for (i, t) in a.iter().enumerate() {
        if stated_words.contains(&t.lower) {
            same_a[i] = true;
        }
    }
    // Word order differs between a claim and its source ("a rating of 85% on Rotten Tomatoes"
    // / "On Rotten Tomatoes … a rating of 85%"): a word the other side has anywhere is not a
    // difference.
    let lowers = |ts: &[Token]| -> std::collections::HashSet<String> {
        ts.iter().map(|t| t.lower.clone()).collect()
    };
    let (in_a, in_b) = (lowers(&a), lowers(&b));
    for (i, t) in a.iter().enumerate() {
        same_a[i] |= in_b.contains(&t.lower);
    }
    for (i, t) in b.iter().enumerate() {
        same_b[i] |= in_a.contains(&t.lower);
    }
    mark_function_words(&a, &mut same_a);
    mark_function_words(&b, &mut same_b);
    let claim_line = paint(claim, &a, &same_a, 0, a.len(), Side::Claim, color);
    // Cut the source to the words around what it shares with the claim.
    let shared: Vec<usize> = (0..b.len())
        .filter(|&i| same_b[i] && b[i].kind == TokenKind::Word)
        .collect();
    let (from, to) = match (shared.first(), shared.last()) {
        (Some(&f), Some(&l)) => (
            f.saturating_sub(CONTEXT_WORDS),
            (l + CONTEXT_WORDS + 1).min(b.len()),
        ),
        _ => (0, b.len()),
    };
    let mut source_line = paint(source, &b, &same_b, from, to, Side::Source, color);
    if from > 0 {
        source_line.insert(0, '…');
    }
    if to < b.len() {
        source_line.push('…');
    }
    (claim_line, source_line)
}

/// A function word counts as differing only inside a run of differing words.
fn mark_function_words(tokens: &[Token], same: &mut [bool]) {
    for i in 0..tokens.len() {
        if !same[i] && STOPWORDS.contains(&tokens[i].lower.as_str()) {
            let before = i == 0 || same[i - 1];
            let after = i + 1 >= tokens.len() || same[i + 1];
            if before || after {
                same[i] = true;
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Side {
    Claim,
    Source,
}

fn paint(
    text: &str,
    tokens: &[Token],
    same: &[bool],
    from: usize,
    to: usize,
    side: Side,
    color: bool,
) -> String {
    let mut out = String::new();
    let mut i = from;
    while i < to {
        // Keep the original spacing between tokens.
        if i > from && tokens[i].start > tokens[i - 1].end {
            out.push_str(&text[tokens[i - 1].end..tokens[i].start]);
        }
        if same[i] || tokens[i].kind == TokenKind::Punct {
            out.push_str(&tokens[i].text);
            i += 1;
            continue;
        }
        // A run of differing words is emphasised as one.
        let mut j = i + 1;
        while j < to && !same[j] {
            j += 1;
        }
        while j > i + 1 && tokens[j - 1].kind == TokenKind::Punct {
            j -= 1;
        }
        let run = &text[tokens[i].start..tokens[j - 1].end];
        out.push_str(&emphasise(run, side, color));
        i = j;
    }
    out
}

fn emphasise(run: &str, side: Side, color: bool) -> String {
    match (side, color) {
        (Side::Claim, true) => run.red().bold().underline().to_string(),
        (Side::Source, true) => run.green().bold().underline().to_string(),
        (Side::Claim, false) => format!("[-{run}-]"),
        (Side::Source, false) => format!("{{+{run}+}}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_stated_otherwise_are_not_emphasised_on_the_claim_side() {
        let (c, s) = diff_lines(
            "The UK sent troops to Ukraine.",
            "The UK sent forces.",
            &["troops".to_string(), "Ukraine".to_string()],
            false,
        );
        assert_eq!(c, "The UK sent troops to Ukraine.");
        assert_eq!(s, "The UK sent {+forces+}.");
    }

    #[test]
    fn marks_words_that_differ_on_each_side() {
        let (c, s) = diff_lines(
            "The meeting was held in Paris.",
            "The meeting was held in Brussels.",
            &[],
            false,
        );
        assert_eq!(c, "The meeting was held in [-Paris-].");
        assert_eq!(s, "The meeting was held in {+Brussels+}.");
    }

    #[test]
    fn words_in_another_order_are_not_differences() {
        let (c, s) = diff_lines(
            "It has a rating of 85% on Rotten Tomatoes.",
            "On Rotten Tomatoes, it has a rating of 85%.",
            &[],
            false,
        );
        assert_eq!(c, "It has a rating of 85% on Rotten Tomatoes.");
        assert_eq!(s, "On Rotten Tomatoes, it has a rating of 85%.");
    }

    #[test]
    fn cuts_long_sources_to_the_shared_region() {
        let long = format!("{} the UK sent troops.", "word ".repeat(40));
        let (_, s) = diff_lines("The UK sent troops.", &long, &[], false);
        assert!(s.starts_with('…'));
        assert!(s.ends_with("the UK sent troops."));
    }
}
