//! Coverage: what the claim says that the sources lack, in no source at all or in the
//! closest sentence (a detail added to a copied run of its words, a predicate left
//! unstated), and how much the claim and the sentence share. Kept apart because these
//! checks find no conflict: they keep a claim unknown and a near match from passing.

use crate::retrieve::Scope;
use crate::text::analysis::{AUXILIARY_VERBS, DETERMINERS};
use crate::text::numbers::Agreement;
use crate::text::{Analysis, Lexicon, Term};

use super::{
    ClaimPart, Judge, PREPOSITIONS, SUBJECT_PRONOUNS, claim_uses, compound_in, garbled_form_of,
    q_text, ratio,
};

impl<'a> Judge<'a> {
    /// Claim words no allowed source mentions at all: names first, then other words.
    pub(super) fn unmatched(
        &self,
        claim: &Analysis,
        parts: &[ClaimPart],
        scope: &Scope,
    ) -> Vec<String> {
        let mut names = Vec::new();
        let mut words = Vec::new();
        for p in parts {
            let compound_somewhere = || {
                self.corpus
                    .sentences_with(&p.term.part_keys, scope)
                    .into_iter()
                    .any(|i| {
                        let a = &self.corpus.sentences[i].analysis;
                        !compound_in(p.term, &[a], self.lexicon).is_empty()
                    })
            };
            // Not in the index under a key of its own when the source lost letters of it.
            let garbled_somewhere = || {
                let keys: Vec<String> = (self.corpus.garbled_keys().iter())
                    .filter(|k| garbled_form_of(&p.term.key, k))
                    .cloned()
                    .collect();
                !keys.is_empty() && !self.corpus.sentences_with(&keys, scope).is_empty()
            };
            // A superlative is keyed as its adjective, which does not state it.
            let stated_somewhere = (self.corpus.sentences_with(&p.term.match_keys, scope))
                .into_iter()
                .any(|i| {
                    !p.term.superlative
                        || (self.corpus.sentences[i].analysis.tokens.iter()).any(|t| {
                            t.lower.split('-').any(|w| {
                                self.lexicon.is_adjective_superlative(w)
                                    && p.term.match_keys.contains(&self.lexicon.stem(w))
                            })
                        })
                });
            if !stated_somewhere && !compound_somewhere() && !garbled_somewhere() {
                if p.is_name {
                    names.push(p.term.surface.clone());
                } else {
                    words.push(p.term.surface.clone());
                }
            }
        }
        for q in &claim.quantities {
            let mentioned = self.corpus.sentences_in(scope).any(|i| {
                self.corpus.sentences[i]
                    .analysis
                    .quantities
                    .iter()
                    .any(|sq| q.comparable(sq) && q.agreement(sq) == Agreement::Agrees)
            });
            if !mentioned {
                words.push(q_text(claim, q));
            }
        }
        names.extend(words);
        names
    }
}

/// `The driver was a Dassaran national` against a sentence that never says what the driver
/// was: the noun the claim says its subject is, is what it asserts of it. No near match
/// passes it unstated where the sentence says nothing is anything (where it does, its noun
/// may be the claim's in other words: `the main character` for `the protagonist`).
pub(super) fn predicate_unstated(claim: &Analysis, missing: &[String], lexicon: &Lexicon) -> bool {
    // The noun or a word before it in the predicate (`were rural schools`), but for a rank
    // (`the third highest-earning film`): a figure the source may give in other words.
    claim.copula.as_ref().is_some_and(|said| {
        !said.negated
            && said.nouns.iter().any(|n| {
                claim.terms.iter().any(|t| {
                    let lower = t.surface.to_lowercase();
                    // A superlative, or a word a figure ends at or covers (`third`,
                    // `third-best`).
                    let rank = lexicon.is_superlative(&lower)
                        || (claim.quantities.iter())
                            .any(|q| q.first <= t.first && q.end >= t.first);
                    let noun_or_modifier =
                        t.end == n.end || t.first > said.verb && t.end < n.end && !rank;
                    noun_or_modifier && missing.contains(&t.surface)
                })
            })
    })
}

/// The words of a sentence, lower case, with their token positions (punctuation left out).
fn word_list(a: &Analysis) -> Vec<(usize, &str)> {
    (a.tokens.iter().enumerate())
        .filter(|(_, t)| t.is_word())
        .map(|(k, t)| (k, t.lower.as_str()))
        .collect()
}

/// Does the claim keep at least half of its words as one run, in order, of the sentence's?
pub(super) fn copies_half(claim: &Analysis, main: &Analysis) -> bool {
    let (c, m) = (word_list(claim), word_list(main));
    // The longest common run, by dynamic programming over the two word lists.
    let mut longest = 0;
    let mut prev = vec![0usize; m.len() + 1];
    for (_, cw) in &c {
        let mut row = vec![0usize; m.len() + 1];
        for (j, (_, mw)) in m.iter().enumerate() {
            if cw == mw {
                row[j + 1] = prev[j] + 1;
                longest = longest.max(row[j + 1]);
            }
        }
        prev = row;
    }
    !c.is_empty() && 2 * longest >= c.len()
}

/// Is the claim word `surface` put between two words that follow each other in the
/// sentence, inside a run the two share (`Sunday's sold-out home match` against `Sunday's
/// home match`, `smoke inhalation and burns at` against `smoke inhalation at`)? A word that
/// replaces one of the sentence's may reword it; one put into its run adds to it.
pub(super) fn inserted_in_copy(
    claim: &Analysis,
    main: &Analysis,
    surface: &str,
    lexicon: &Lexicon,
) -> bool {
    let (c, m) = (word_list(claim), word_list(main));
    let at = |i: usize| c.get(i).map(|&(_, w)| w);
    // What is added is a thing or a quality: a name, a noun or a compound modifier
    // (`sold-out`). A verb put in (`sausages manufactured with`) or a particle (`traded
    // along with`) only spells out what the sentence says; words in brackets (`(album)`)
    // tell which one is meant.
    let adds_a_thing = |t: &Term| {
        let lower = t.surface.to_lowercase();
        let words: Vec<&str> = lower.split(' ').collect();
        let verb_form =
            lower.ends_with("ed") || lower.ends_with("ing") || lexicon.is_past_verb(&lower);
        let bracketed = t.first > 0 && claim.tokens[t.first - 1].text == "(";
        let particle = matches!(lower.as_str(), "along" | "together" | "back" | "out" | "up");
        !bracketed
            && (t.is_name
                || lower.contains('-')
                || lexicon.noun_at_end(&words).is_some()
                || !verb_form && !particle && !lower.ends_with("ly"))
    };
    (claim
        .terms
        .iter()
        .filter(|t| t.surface == surface && adds_a_thing(t)))
    .any(|t| {
        let inside: Vec<usize> = (0..c.len())
            .filter(|&i| (t.first..t.end).contains(&c[i].0))
            .collect();
        let (Some(&first), Some(&last)) = (inside.first(), inside.last()) else {
            return false;
        };
        // `and burns`: the joining word goes with the word it joins.
        let mut lo = first;
        while lo > 0 && matches!(at(lo - 1), Some("and" | "or")) {
            lo -= 1;
        }
        let (Some(left), Some(right)) = (lo.checked_sub(1).and_then(at), at(last + 1)) else {
            return false;
        };
        let before = lo.checked_sub(2).and_then(at);
        let after = at(last + 2);
        (0..m.len().saturating_sub(1)).any(|i| {
            m[i].1 == left
                && m[i + 1].1 == right
                && (before.is_some_and(|b| i > 0 && m[i - 1].1 == b)
                    || after.is_some_and(|a| m.get(i + 2).is_some_and(|x| x.1 == a)))
        })
    })
}

/// Is the claim word `surface` a name or noun that is the object of a preposition of place,
/// means or time (`by helicopter`, `in the capital`), past its article? (Not a verb or a
/// comparison: `for portraying`, `with fewer yards`.)
pub(super) fn in_added_phrase(claim: &Analysis, surface: &str, lexicon: &Lexicon) -> bool {
    claim
        .terms
        .iter()
        .filter(|t| t.surface == surface)
        .any(|t| {
            let lower = t.surface.to_lowercase();
            let words: Vec<&str> = lower.split(' ').collect();
            let noun =
                t.is_name || !lower.ends_with("ing") && lexicon.noun_at_end(&words).is_some();
            noun && (0..t.first)
                .rev()
                .find(|&k| !DETERMINERS.contains(&claim.tokens[k].lower.as_str()))
                .is_some_and(|k| {
                    let w = claim.tokens[k].lower.as_str();
                    PREPOSITIONS.contains(&w) && !matches!(w, "of" | "about")
                })
        })
}

/// Share of the sentence's content words that match no claim word.
pub(super) fn extra_words(parts: &[ClaimPart], a: &Analysis) -> f64 {
    let content: Vec<&Term> = a.terms.iter().filter(|t| !t.light).collect();
    let extra = content.iter().filter(|t| !claim_uses(parts, t)).count();
    ratio(extra as f64, content.len() as f64)
}

/// Jaccard overlap of the lower-case word and number tokens of two sentences.
pub(super) fn word_overlap(a: &Analysis, b: &Analysis) -> f64 {
    use std::collections::BTreeSet;
    let (x, y): (BTreeSet<&str>, BTreeSet<&str>) = (a.words().collect(), b.words().collect());
    ratio(
        x.intersection(&y).count() as f64,
        x.union(&y).count() as f64,
    )
}

/// `the wind was forecast to remain steady` against `the wind is forecast to turn`: the word
/// after a linking verb is what the claim asserts of its subject. No near match passes it
/// unstated where the sentence puts another content word after the words before the verb;
/// elsewhere it may be said otherwise (`Botswana remained free` as `no cases in Botswana`).
pub(super) fn state_unstated(
    claim: &Analysis,
    missing: &[String],
    main: &Analysis,
    lexicon: &Lexicon,
) -> bool {
    missing.iter().any(|m| {
        claim.terms.iter().any(|t| {
            t.surface == *m
                && t.first.checked_sub(1).is_some_and(|k| {
                    links_a_state(&claim.tokens[k].lower)
                        && other_verb_after(claim, k, main, lexicon)
                })
        })
    })
}

/// `exports fell in the third quarter` against `exports reached 2.4 billion, compared with
/// 2.1 billion`: which way something went is what the claim asserts, and a sentence that
/// gives it in other words states it through its move. No near match forgives a verb of a
/// move said of its subject with no object (`fell in`, `rose.`); a passive or a verb with an
/// object (`were lifted from rooftops`, `dropped him`) is a deed that may be reworded.
pub(super) fn direction_unstated(claim: &Analysis, missing: &[String], lexicon: &Lexicon) -> bool {
    missing.iter().any(|m| {
        claim.terms.iter().any(|t| {
            let first = t
                .surface
                .split(' ')
                .next()
                .unwrap_or_default()
                .to_lowercase();
            // The word after the verb: inside a phrase (`fell in`), or after it.
            let after = (claim.tokens.get(t.first + 1))
                .filter(|_| t.end > t.first + 1)
                .or_else(|| claim.tokens.get(t.end));
            let passive = t
                .first
                .checked_sub(1)
                .is_some_and(|k| AUXILIARY_VERBS.contains(&claim.tokens[k].lower.as_str()));
            let takes_object = after.is_some_and(|n| {
                let w = n.lower.as_str();
                n.is_word()
                    && (!lexicon.is_stopword(w)
                        || DETERMINERS.contains(&w)
                        || SUBJECT_PRONOUNS.contains(&w)
                        || matches!(w, "him" | "them" | "us" | "me"))
            });
            t.surface == *m
                && lexicon.direction(&lexicon.stem(&first)).is_some()
                && !passive
                && !takes_object
        })
    })
}

/// A linking verb that says what state its subject stays in or comes to (`remain`, `became`).
fn links_a_state(lower: &str) -> bool {
    matches!(
        lower,
        "remain"
            | "remains"
            | "remained"
            | "remaining"
            | "stay"
            | "stays"
            | "stayed"
            | "staying"
            | "become"
            | "becomes"
            | "became"
            | "becoming"
            | "seem"
            | "seems"
            | "seemed"
            | "prove"
            | "proves"
            | "proved"
            | "proven"
    )
}

/// Does `main` give, after the words that come before the claim's verb at `verb` (two when
/// the first is a stopword: `forecast to`), another content word than that verb?
fn other_verb_after(claim: &Analysis, verb: usize, main: &Analysis, lex: &Lexicon) -> bool {
    let Some(last) = verb.checked_sub(1) else {
        return false;
    };
    let first = if lex.is_stopword(&claim.tokens[last].lower) {
        let Some(f) = last.checked_sub(1) else {
            return false;
        };
        f
    } else {
        last
    };
    let anchor: Vec<&str> = (first..verb)
        .map(|k| claim.tokens[k].lower.as_str())
        .collect();
    if !claim.tokens[first..verb].iter().all(|t| t.is_word()) {
        return false;
    }
    let words: Vec<&str> = main.tokens.iter().map(|t| t.lower.as_str()).collect();
    (0..words.len().saturating_sub(anchor.len())).any(|i| {
        words[i..i + anchor.len()] == anchor[..]
            && main.tokens.get(i + anchor.len()).is_some_and(|n| {
                n.is_word()
                    && n.lower != claim.tokens[verb].lower
                    && !lex.is_stopword(&n.lower)
                    && !links_a_state(&n.lower)
            })
    })
}
