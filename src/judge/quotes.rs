//! Quotations: a claim's quoted words must be found word for word. These helpers find them,
//! a rival quotation in the claim's place, and the verbs that only frame what was said.
//! Kept apart because a quotation is matched as a whole, not term by term.

use crate::text::analysis::Quotation;
use crate::text::tokens::Token;
use crate::text::{Analysis, Lexicon};

use super::{Conflict, Judge, Reason};

impl<'a> Judge<'a> {
    /// `called the move "a flagrant violation"` against `described the move as "a flagrant
    /// violation"`: the verb that frames a quotation says only that it was said, so any verb
    /// of saying in a sentence that gives the quotation word for word states it. Returns
    /// where the claim's framing verbs are.
    pub(super) fn quotes_framed(&self, claim: &Analysis, main: &Analysis) -> Vec<usize> {
        const SAYING: &[&str] = &["say", "tell", "call", "describe", "add", "state", "write"];
        let saying = |t: &Token| SAYING.contains(&self.lexicon.stem(&t.lower).as_str());
        if !main.tokens.iter().any(saying) {
            return Vec::new();
        }
        let given = |q: &Quotation| {
            (main.quotations.iter()).any(|m| {
                !q.words.is_empty() && m.words.windows(q.words.len()).any(|w| w == q.words)
            })
        };
        claim
            .quotations
            .iter()
            .filter(|q| given(q))
            .filter_map(|q| {
                // The verb a few words before the quotation (`described the approval as`).
                (q.first.saturating_sub(5)..q.first)
                    .rev()
                    .find(|&k| saying(&claim.tokens[k]))
            })
            .collect()
    }
}

/// `The Silver Heron went to "Quiet Water"` against `The Silver Heron … went to Tomas
/// Varga's thriller "Northern Line"`: another quotation after the same two words, or after
/// the same word and a description (a title in the slot of the claim's title). Quotations
/// that share a word are misquotes, not rivals (see the caller).
pub(super) fn quoted_rival<'a>(
    claim: &Analysis,
    quote: &Quotation,
    main: &'a Analysis,
    lexicon: &Lexicon,
) -> Option<&'a Quotation> {
    // The last two words before a quotation, as stems.
    let before = |a: &Analysis, q: &Quotation| -> Vec<String> {
        a.tokens[..q.first]
            .iter()
            .rev()
            .filter(|t| t.is_word() && !t.quoted)
            .take(2)
            .map(|t| lexicon.stem(&t.lower))
            .collect()
    };
    // One of a list (`"Nathan Jones" and "I Can't Help It"`) is one of many values.
    let listed = |a: &Analysis, q: &Quotation| {
        a.quotations.iter().any(|o| {
            let (from, to) = if o.first >= q.end {
                (q.end, o.first)
            } else {
                (o.end, q.first)
            };
            o.first != q.first
                && from <= to
                && a.tokens[from..to]
                    .iter()
                    .all(|t| t.is_quote_mark() || matches!(t.lower.as_str(), "," | "and" | "or"))
        })
    };
    let ours = before(claim, quote);
    if ours.len() < 2 || listed(claim, quote) {
        return None;
    }
    main.quotations.iter().find(|sq| {
        let theirs = before(main, sq);
        // Both words within the eight before it: `went to Tomas Varga's thriller`.
        let near: Vec<String> = (main.tokens[..sq.first].iter().rev().take(8))
            .filter(|t| t.is_word())
            .map(|t| lexicon.stem(&t.lower))
            .collect();
        !listed(main, sq)
            && overlap(&sq.words, &quote.words) == 0
            && (theirs == ours || ours.iter().all(|w| near.contains(w)))
    })
}

/// A rival quotation, told like another name in the slot.
pub(super) fn another_name_quoted(quote: &Quotation, other: &Quotation) -> Conflict {
    Conflict {
        reason: Reason::EntityMismatch,
        claim_words: format!("“{}”", quote.text),
        source_words: format!("“{}”", other.text),
        claim_at: usize::MAX,
        claim_denies: false,
    }
}

/// Does the sentence contain these words in a row (ignoring punctuation)?
pub(super) fn contains_words(a: &Analysis, words: &[String]) -> bool {
    if words.is_empty() {
        return true;
    }
    let seq: Vec<&str> = a.words().collect();
    seq.windows(words.len())
        .any(|w| w.iter().zip(words).all(|(a, b)| *a == b))
}

pub(super) fn overlap(a: &[String], b: &[String]) -> usize {
    b.iter().filter(|w| a.contains(w)).count()
}
