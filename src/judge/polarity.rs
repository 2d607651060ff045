//! Polarity: denials, antonyms, grades, directions and order said the other way (`not
//! united` against `united`, `rose` against `down from`, `before` against `after`). Kept
//! apart because these checks read which way a sentence says what it shares with the
//! claim, once its words are matched.

use crate::text::analysis::{Grade, Move, REPORT_NOUNS};
use crate::text::lexicon::NEGATION_CUES;
use crate::text::numbers::{Agreement, QuantityKind};
use crate::text::tokens::TokenKind;
use crate::text::{Analysis, Lexicon, Term};

use super::quantities::{ends_agreement, move_change};
use super::{
    ClaimPart, Conflict, Judge, Reason, Tally, claim_uses, q_text, shares_key, term_ending_at,
};

/// Verbs that keep a figure where it was (`kept its main rate unchanged`). Finite forms
/// only: `preferring to keep rates unchanged` says what some wanted, not what was done.
const KEEPING: &[&str] = &[
    "kept",
    "keeps",
    "held",
    "holds",
    "left",
    "leaves",
    "maintained",
    "maintains",
];

/// Words that say a kept figure did not move.
const UNMOVED: &[&str] = &["unchanged", "steady", "stable", "flat"];

impl<'a> Judge<'a> {
    /// `raised its main interest rate to 5.25%` against `raised its inflation forecast …
    /// and kept its main interest rate unchanged at 5.25%`: a claim word that says which way
    /// something went, against the main sentence keeping the claim's own noun where it was
    /// (`kept … unchanged`, `held … steady`). The verb may be found elsewhere in the
    /// sentence, said of something else.
    pub(super) fn held_unchanged(
        &self,
        claim: &Analysis,
        term: &Term,
        main: &Analysis,
    ) -> Option<Conflict> {
        self.lexicon.direction(&term.key)?;
        if term.negated {
            return None;
        }
        // The claim's nouns next to the verb: its object (`raised its rate`) or subject
        // (`the rate rose`).
        let near: Vec<&Term> = claim
            .terms
            .iter()
            .filter(|t| {
                !t.is_name
                    && t.first != term.first
                    && (t.first > term.first && t.first <= term.end + 4
                        || t.end <= term.first && t.end + 3 >= term.first)
            })
            .collect();
        let word = |k: usize| main.tokens[k].lower.as_str();
        let unmoved = (0..main.tokens.len()).find(|&k| UNMOVED.contains(&word(k)))?;
        let keep = (unmoved.saturating_sub(8)..unmoved).find(|&k| KEEPING.contains(&word(k)))?;
        let kept = main.terms.iter().find(|t| {
            t.first > keep
                && t.end <= unmoved
                && near
                    .iter()
                    .any(|n| shares_key(&n.match_keys, &t.match_keys))
        })?;
        (!kept.negated).then(|| Conflict {
            reason: Reason::Antonym,
            claim_words: term.surface.clone(),
            source_words: main.text[main.tokens[keep].start..main.tokens[unmoved].end].to_string(),
            claim_at: term.first,
            claim_denies: false,
        })
    }

    /// A claim that denies something (`not the first woman to …`) against a source that
    /// states it without the denial. If the source contradicts something inside the denial
    /// (`the second woman to …`) or states its opposite (`divided` for `not united`), the
    /// denial holds: those conflicts count as support. If the source states all of the claim,
    /// the claim is contradicted. Otherwise the denied words are not stated either way.
    pub(super) fn settle_denials(
        &self,
        claim: &Analysis,
        denied: Vec<(f64, Conflict)>,
        denial_met: bool,
        tally: &mut Tally,
    ) {
        let in_denial = |at: usize| claim.denial_over(at).is_some();
        // A denial the source shares (`did not attend … in Rotterdam`) is no denial of the
        // source: its conflicts are ordinary ones.
        if denied.is_empty() && !denial_met {
            return;
        }
        let (inside, outside): (Vec<Conflict>, Vec<Conflict>) =
            std::mem::take(&mut tally.conflicts)
                .into_iter()
                .partition(|c| c.reason != Reason::Negation && in_denial(c.claim_at));
        tally.conflicts = outside;
        if !inside.is_empty() || denial_met {
            for c in inside {
                // The weights the conflicts were counted with: names, numbers, quotations 2.
                let w = if c.reason == Reason::Antonym {
                    1.0
                } else {
                    2.0
                };
                tally.conflicting -= w;
                tally.cover(w, true, &c.claim_words);
            }
            for (w, c) in denied {
                tally.cover(w, true, &c.claim_words);
            }
            return;
        }
        if denied.is_empty() {
            return;
        }
        if tally.missed == 0.0 {
            for (w, c) in denied {
                tally.conflict(w, c);
            }
        } else {
            for (w, c) in denied {
                tally.miss_word(w, &c.claim_words);
            }
        }
    }

    /// An antonym of the claim term in the evidence, with the same polarity: a conflict.
    pub(super) fn antonym_in(
        &self,
        claim: &Analysis,
        p: &ClaimPart,
        parts: &[ClaimPart],
        sents: &[&Analysis],
    ) -> Option<Conflict> {
        if p.is_name {
            return None;
        }
        for a in sents {
            for t in &a.terms {
                // A claim that uses both words (`his mother … his father`) is not opposed
                // by the source using one of them.
                // A name is no word of the language (`Future` the rapper against `past`).
                // A lifespan's `born` and `died` (read from its bracket and dash) oppose
                // nothing: each is said of its own date, and the dates decide.
                // Comparatives oppose each other only as the same comparison.
                if t.negated == p.term.negated
                    && !t.is_name
                    && a.tokens[t.first].is_word()
                    && !claim_uses(parts, t)
                    && self.opposed(p.term, t)
                    && same_comparison(claim, p.term, a, t)
                {
                    return Some(Conflict {
                        reason: Reason::Antonym,
                        claim_words: p.term.surface.clone(),
                        source_words: t.surface.clone(),
                        claim_at: p.term.first,
                        claim_denies: false,
                    });
                }
            }
            // A noun that is a negation cue is no term, yet may be the opposite said:
            // `ended in failure` against `was a success`.
            let word_itself = a
                .terms
                .iter()
                .any(|t| shares_key(&p.term.match_keys, &t.match_keys));
            for n in a.negations.iter().filter(|_| !word_itself) {
                let cue = &a.tokens[n.token];
                if n.cue_len == 1
                    && !p.term.negated
                    && a.denial_over(n.token).is_none()
                    && self
                        .lexicon
                        .are_antonyms(&p.term.match_keys[0], &self.lexicon.stem(&cue.lower))
                {
                    return Some(Conflict {
                        reason: Reason::Antonym,
                        claim_words: p.term.surface.clone(),
                        source_words: cue.text.clone(),
                        claim_at: p.term.first,
                        claim_denies: false,
                    });
                }
            }
        }
        None
    }

    /// "not divided" states "united": an antonym under the other polarity covers the term.
    pub(super) fn negated_antonym_in<'s>(
        &self,
        p: &ClaimPart,
        sents: &[&'s Analysis],
    ) -> Option<(usize, &'s Term)> {
        if p.is_name {
            return None;
        }
        for (si, a) in sents.iter().enumerate() {
            for t in &a.terms {
                if t.negated != p.term.negated && self.opposed(p.term, t) {
                    return Some((si, t));
                }
            }
        }
        None
    }

    /// Two words that are opposites, or two compounds that differ only in one part where the
    /// parts are (`best-selling` / `worst-selling`, `high-budget` / `low-budget`).
    fn opposed(&self, a: &Term, b: &Term) -> bool {
        // Only the words themselves (first key), not every synonym group.
        if self
            .lexicon
            .are_antonyms(&a.match_keys[0], &b.match_keys[0])
        {
            return true;
        }
        let (x, y) = (&a.part_keys, &b.part_keys);
        // A word against a phrase whose head is its opposite: `loss` against `net profit`
        // (WordNet keeps the one as a phrase and not the other). Not a hyphenated word:
        // `year-old` is no opposite of `new`.
        let head_opposed = |word: &Term, phrase: &Term| {
            let parts = &phrase.part_keys;
            word.part_keys.is_empty()
                && parts.len() >= 2
                && !phrase.surface.contains('-')
                && self
                    .lexicon
                    .are_antonyms(&word.match_keys[0], &parts[parts.len() - 1])
        };
        if head_opposed(a, b) || head_opposed(b, a) {
            return true;
        }
        let differ: Vec<usize> = (0..x.len()).filter(|&i| x.get(i) != y.get(i)).collect();
        x.len() >= 2
            && x.len() == y.len()
            && differ.len() == 1
            && self.lexicon.are_antonyms(&x[differ[0]], &y[differ[0]])
    }

    /// The claim quantities that agree with a sentence's quantity `sq`.
    fn agrees_with(claim: &Analysis, a: &Analysis, sq: usize) -> bool {
        let sq = &a.quantities[sq];
        (claim.quantities.iter())
            .any(|q| q.comparable(sq) && ends_agreement(claim, q, a, sq) == Agreement::Agrees)
    }

    /// `cases rose to 1,842` stated by `1,842 cases, up from 1,310` or by `cases increased to
    /// 1,842`: a claim word that only says which way a figure went (`rose`, `cut`; see
    /// [`Lexicon::plain_direction`]), stated by a sentence that says it went that way and
    /// never the other, about a figure of the claim. When the sentence says so by two figures,
    /// the claim's figure must be one of them. Returns the sentence and the words that say it.
    pub(super) fn direction_stated(
        &self,
        claim: &Analysis,
        term: &Term,
        sents: &[&Analysis],
    ) -> Option<(usize, String)> {
        let way = self.lexicon.plain_direction(&term.key)?;
        if term.negated || claim.quantities.is_empty() {
            return None;
        }
        sents.iter().enumerate().find_map(|(si, a)| {
            let moves = &a.moves;
            if moves.iter().any(|m| m.way != way) {
                return None;
            }
            let about_claim = |m: &Move| {
                if m.figures.is_empty() {
                    (0..a.quantities.len()).any(|i| Self::agrees_with(claim, a, i))
                } else {
                    m.figures.iter().any(|&i| Self::agrees_with(claim, a, i))
                        || move_change(a, m).is_some_and(|change| {
                            (claim.quantities.iter()).any(|q| {
                                q.comparable(&change) && q.agreement(&change) == Agreement::Agrees
                            })
                        })
                }
            };
            let m = moves.iter().find(|m| about_claim(m))?;
            Some((
                si,
                a.text[a.tokens[m.first].start..a.tokens[m.end - 1].end].to_string(),
            ))
        })
    }

    /// `trade rose to 20 billion` against `trade was worth 20 billion, down from 23 billion`:
    /// a claim word that says which way a figure went, against a main sentence whose figures
    /// went the other way, one of them the claim's, and which says nothing of the claim's
    /// way.
    pub(super) fn direction_denied(
        &self,
        claim: &Analysis,
        term: &Term,
        main: &Analysis,
    ) -> Option<Conflict> {
        let way = self.lexicon.direction(&term.key)?;
        if term.negated {
            return None;
        }
        let moves = &main.moves;
        if moves.iter().any(|m| m.way == way) {
            return None;
        }
        // A claim without a figure of its own (`net profit fell last year`): the move of a
        // figure of the noun the claim says went that way (`a net profit of 310 million
        // euros last year, up from 275 million`), named shortly before it.
        let figureless = claim.quantities.iter().all(|q| q.kind.is_time());
        let noun = term_ending_at(claim, term.first).filter(|n| !n.is_name);
        let of_the_noun = |m: &Move| {
            figureless
                && noun.is_some_and(|n| {
                    main.terms.iter().any(|t| {
                        shares_key(&n.match_keys, &t.match_keys)
                            && t.end <= m.first
                            && t.end + 8 >= m.first
                    })
                })
        };
        // (Any move of the noun: `sales of 88 million euros, up 41%` says no more than
        // `sales rose` which way sales went.)
        // A particle's move holds its figure in its words (`, up 22 percent`).
        let within = |m: &Move, i: usize| {
            m.figures.is_empty()
                && main.quantities[i].first >= m.first
                && main.quantities[i].end <= m.end
        };
        let m = moves.iter().find(|m| {
            (m.figures.iter().copied())
                .chain((0..main.quantities.len()).filter(|&i| within(m, i)))
                .any(|i| Self::agrees_with(claim, main, i))
                || of_the_noun(m)
        })?;
        Some(Conflict {
            reason: Reason::Antonym,
            claim_words: term.surface.clone(),
            source_words: main.text[main.tokens[m.first].start..main.tokens[m.end - 1].end]
                .to_string(),
            claim_at: term.first,
            claim_denies: false,
        })
    }
}

/// `the most populous` against `the least populous`, `many voters` against `few voters`: the
/// main sentence grades the claim's word only the other way. A word it states ungraded
/// (`a populous city`) is no conflict.
pub(super) fn graded_the_other_way(
    claim: &Analysis,
    term: &Term,
    hits: &[(usize, &Term)],
    sents: &[&Analysis],
) -> Option<Conflict> {
    let want = claim.grade_of(term)?;
    let graded: Vec<(Grade, &Term)> = hits
        .iter()
        .filter(|(si, t)| *si == 0 && t.negated == term.negated)
        .filter_map(|(_, t)| sents[0].grade_of(t).map(|g| (g, *t)))
        .collect();
    if graded.iter().any(|(g, _)| *g == want) {
        return None;
    }
    let (_, other) = graded
        .iter()
        .find(|(_, t)| same_comparison(claim, term, sents[0], t))?;
    Some(Conflict {
        reason: Reason::Antonym,
        claim_words: claim.graded_words(term),
        source_words: sents[0].graded_words(other),
        claim_at: term.first,
        claim_denies: false,
    })
}

/// `exports grew faster than imports` against `imports grew faster than exports`: the same
/// comparison with its two sides swapped.
pub(super) fn reversed_comparison(
    claim: &Analysis,
    term: &Term,
    hits: &[(usize, &Term)],
    main: &Analysis,
    lex: &Lexicon,
) -> Option<Conflict> {
    // The comparative itself, right before `than` (not `grew` in `grew faster than`, not
    // `rate` in `a lower rate than`, whose own grade may be the other way).
    let before_than = |a: &Analysis, t: &Term| {
        a.tokens.get(t.end).is_some_and(|n| n.lower == "than")
            && (lex.is_comparative(&t.surface.to_lowercase()) || a.grade_of(t).is_some())
    };
    if !before_than(claim, term) {
        return None;
    }
    let x = claim.compared_with(term)?;
    let before = |a: &Analysis, at: &Term, other: &Term| {
        a.terms
            .iter()
            .any(|b| b.first < at.first && shares_key(&b.match_keys, &other.match_keys))
    };
    hits.iter()
        .filter(|(si, t)| *si == 0 && t.negated == term.negated && before_than(main, t))
        .find_map(|(_, t)| {
            let y = main.compared_with(t)?;
            let swapped = !shares_key(&x.match_keys, &y.match_keys)
                && before(claim, term, y)
                && before(main, t, x);
            swapped.then(|| {
                let words = |a: &Analysis, from: &Term, to: &Term| {
                    a.text[a.tokens[from.first].start..a.tokens[to.end - 1].end].to_string()
                };
                Conflict {
                    reason: Reason::Antonym,
                    claim_words: words(claim, term, x),
                    source_words: words(main, t, y),
                    claim_at: term.first,
                    claim_denies: false,
                }
            })
        })
}

/// Two opposite grades conflict only as the same comparison: `higher than Vietnam` is not
/// opposed by `Vietnam's … lower than Taiwan`, which says the same thing the other way round.
fn same_comparison(claim: &Analysis, c: &Term, source: &Analysis, s: &Term) -> bool {
    match (claim.compared_with(c), source.compared_with(s)) {
        (None, None) => true,
        (Some(x), Some(y)) => shares_key(&x.match_keys, &y.match_keys),
        _ => false,
    }
}

/// Are two terms of a sentence joined as a range or pair (`mixed to negative`, `mixed and
/// positive`), at most three words apart?
pub(super) fn joined(a: &Analysis, x: &Term, y: &Term) -> bool {
    let (lo, hi) = (x.first.min(y.first), x.first.max(y.first));
    hi - lo <= 3
        && a.tokens[lo..hi]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "to" | "and" | "or" | "-"))
}

/// `altered the scores before the tests had been marked` against `after the tests had been
/// marked`: the same event on the other side in time. (`before` and `after` are stopwords,
/// so no word of the claim meets the other.) The event is the first content word after
/// each, which must be the same.
pub(super) fn order_reversed(claim: &Analysis, main: &Analysis, lex: &Lexicon) -> Option<Conflict> {
    let event_after = |a: &Analysis, at: usize| {
        let words: Vec<String> = a.tokens[at + 1..]
            .iter()
            .take(5)
            .take_while(|t| !t.is_punct(","))
            .filter(|t| t.is_word() && !lex.is_stopword(&t.lower))
            .take(2)
            .map(|t| lex.stem(&t.lower))
            .collect();
        (!words.is_empty()).then_some(words)
    };
    let phrase = |a: &Analysis, at: usize| {
        let end = (at + 4).min(a.tokens.len());
        a.text[a.tokens[at].start..a.tokens[end - 1].end].to_string()
    };
    let in_figure =
        |a: &Analysis, at: usize| a.quantities.iter().any(|q| q.first <= at && at < q.end);
    let at_word = |a: &Analysis, word: &str, event: &[String]| {
        (0..a.tokens.len()).find(|&k| {
            a.tokens[k].lower == word
                && !in_figure(a, k)
                && event_after(a, k).as_deref() == Some(event)
        })
    };
    claim.tokens.iter().enumerate().find_map(|(i, t)| {
        let other = match t.lower.as_str() {
            "before" => "after",
            "after" => "before",
            _ => return None,
        };
        if in_figure(claim, i) {
            return None;
        }
        let event = event_after(claim, i)?;
        let k = at_word(main, other, &event)?;
        if at_word(main, &t.lower, &event).is_some() {
            return None;
        }
        Some(Conflict {
            reason: Reason::Antonym,
            claim_words: phrase(claim, i),
            source_words: phrase(main, k),
            claim_at: i,
            claim_denies: false,
        })
    })
}

/// `Fly Fair backed the authority's assessment` against `Fly Fair rejected the authority's
/// assessment`, `will be subject to the limit` against `will be exempt from the limit`: the
/// claim word the main sentence lacks stands between two claim words it has, and where it
/// would stand there the sentence has a word of denial. The sentence says the opposite in
/// the claim word's place, not the claim word in other words.
pub(super) fn denied_in_its_place(
    claim: &Analysis,
    parts: &[ClaimPart],
    pi: usize,
    all_hits: &[Vec<(usize, &Term)>],
    main: &Analysis,
    lexicon: &Lexicon,
) -> Option<Conflict> {
    const EXCLUDES: &[&str] = &["exempt", "exempted", "excluded", "opposed", "opposes"];
    let p = &parts[pi];
    let word = p.term.surface.to_lowercase();
    if p.is_name || p.term.negated || NEGATION_CUES.contains(&word.as_str()) {
        return None;
    }
    // The claim's words right before and after it, and where the main sentence has them.
    let in_main = |k: usize| -> Vec<&Term> {
        all_hits[k]
            .iter()
            .filter(|(si, _)| *si == 0)
            .map(|(_, t)| *t)
            .collect()
    };
    let before = (0..parts.len())
        .filter(|&k| parts[k].term.end <= p.term.first)
        .max_by_key(|&k| parts[k].term.end)?;
    let after = (0..parts.len())
        .filter(|&k| parts[k].term.first >= p.term.end)
        .min_by_key(|&k| parts[k].term.first)?;
    // `rejected claims that the government pushed …` against `denied that the government
    // had pressured …`: the claim denies in that place too.
    let claim_denies = (parts[before].term.end..parts[after].term.first)
        .any(|k| NEGATION_CUES.contains(&claim.tokens[k].lower.as_str()));
    if claim_denies {
        return None;
    }
    let (left, right) = (in_main(before), in_main(after));
    left.iter().find_map(|l| {
        let r = right
            .iter()
            .filter(|r| r.first >= l.end && r.first <= l.end + 8)
            .min_by_key(|r| r.first)?;
        // One word of denial and nothing else but small words (`will be exempt from the`):
        // the place is the claim word's, not a clause of its own.
        let denies = |k: usize| {
            let t = &main.tokens[k];
            t.is_word()
                && t.lower.len() > 3
                && (NEGATION_CUES.contains(&t.lower.as_str())
                    || EXCLUDES.contains(&t.lower.as_str()))
        };
        let gap = l.end..r.first;
        let cue = gap.clone().find(|&k| denies(k))?;
        // `rejected claims that the contract …`: what is denied may be named first.
        let small = |k: usize| {
            let t = &main.tokens[k];
            lexicon.is_stopword(&t.lower)
                || t.kind == TokenKind::Number
                || t.text == "-"
                || REPORT_NOUNS.contains(&t.lower.as_str())
        };
        if !gap.into_iter().all(|k| k == cue || small(k)) {
            return None;
        }
        Some(Conflict {
            reason: Reason::Negation,
            claim_words: p.term.surface.clone(),
            source_words: main.tokens[cue].text.clone(),
            claim_at: p.term.first,
            claim_denies: false,
        })
    })
}

/// `voted unanimously` against `voted five to two`, `a 10-2 majority verdict`, `with two
/// members dissenting`: a tally with votes on the other side, or a word that says some
/// dissented, denies that all were of one mind.
pub(super) fn split_vote(term: &Term, main: &Analysis) -> Option<Conflict> {
    let word = term.surface.to_lowercase();
    if term.negated || !word.starts_with("unanimous") {
        return None;
    }
    // A tally of votes, not a score (`won 3-1`): a court's `ruled 2-1` counts its judges.
    let voting = main.tokens.iter().any(|t| {
        t.lower.starts_with("vot")
            || matches!(
                t.lower.as_str(),
                "majority" | "verdict" | "ballot" | "ruled" | "ruling" | "panel" | "judges"
            )
    });
    let tally = main
        .quantities
        .iter()
        .find(|q| voting && matches!(q.kind, QuantityKind::Score(against) if against > 0));
    let words = match tally {
        Some(q) => q_text(main, q),
        None => main
            .tokens
            .iter()
            .find(|t| t.lower.starts_with("dissent"))?
            .text
            .clone(),
    };
    Some(Conflict {
        reason: Reason::NumberMismatch,
        claim_words: term.surface.clone(),
        source_words: words,
        claim_at: term.first,
        claim_denies: false,
    })
}

/// Mean position in `a` of the claim's other words: where the sentence speaks of them.
pub(super) fn anchor(a: &Analysis, parts: &[ClaimPart], except: &Term) -> Option<f64> {
    let positions: Vec<usize> = parts
        .iter()
        .filter(|p| !std::ptr::eq(p.term, except))
        .filter_map(|p| {
            a.terms
                .iter()
                .find(|t| shares_key(&p.term.match_keys, &t.match_keys))
                .map(|t| t.first)
        })
        .collect();
    (!positions.is_empty()).then(|| positions.iter().sum::<usize>() as f64 / positions.len() as f64)
}

/// `Smith has played for Leeds, but did not play for Wigan`: a word the sentence both states
/// and denies is read where the claim's words after it are. Each occurrence reaches to the
/// end of its denial's scope, or, when stated, to the next denial cue; an occurrence whose
/// reach holds a claim word that follows the word in the claim (`Wigan` for `played for
/// Wigan`) speaks for the claim. When none does, or both kinds do, every occurrence counts,
/// as for a word of one polarity throughout.
pub(super) fn read_where_bound<'h, 't>(
    a: &Analysis,
    claim: &Analysis,
    parts: &[ClaimPart],
    word: &Term,
    polar: Vec<&'h (usize, &'t Term)>,
) -> Vec<&'h (usize, &'t Term)> {
    if !polar.iter().any(|(_, t)| t.negated) || polar.iter().all(|(_, t)| t.negated) {
        return polar;
    }
    let reach = |t: &Term| match a.denial_over(t.first) {
        Some(n) => t.end..n.scope_end,
        None => {
            let next_cue = a
                .negations
                .iter()
                .map(|n| n.token)
                .filter(|&c| c >= t.end)
                .min();
            t.end..next_cue.unwrap_or(a.tokens.len())
        }
    };
    // The claim's words after this one, up to the end of its own denial when it has one.
    let claim_end = claim
        .denial_over(word.first)
        .map_or(claim.tokens.len(), |n| n.scope_end);
    let after: Vec<&Term> = parts
        .iter()
        .map(|q| q.term)
        .filter(|q| q.first >= word.end && q.first < claim_end)
        .collect();
    let bound: Vec<&(usize, &Term)> = polar
        .iter()
        .copied()
        .filter(|(_, t)| {
            let r = reach(t);
            after.iter().any(|q| {
                a.terms
                    .iter()
                    .any(|s| r.contains(&s.first) && shares_key(&q.match_keys, &s.match_keys))
            })
        })
        .collect();
    let mixed = bound.iter().any(|(_, t)| t.negated) && bound.iter().any(|(_, t)| !t.negated);
    if bound.is_empty() || mixed {
        polar
    } else {
        bound
    }
}

/// The cue and the words from it to the term: `denials of any intention to send`.
pub(super) fn negation_words(a: &Analysis, t: &Term) -> String {
    if t.first >= a.tokens.len() {
        return t.surface.clone();
    }
    let cue = a
        .negations
        .iter()
        .rfind(|n| n.token < t.first && n.scope_end >= t.end);
    match cue {
        // The whole scope, so that one denial reads the same for every word it covers.
        Some(n) => {
            let end = n.scope_end.min(n.token + 12).max(t.end);
            a.text[a.tokens[n.token].start..a.tokens[end - 1].end].to_string()
        }
        // `China did not`: the subject and its denial.
        None if a.denied_by_ellipsis(t) => {
            let n = a.negations.iter().find(|n| n.token > t.first);
            match n {
                Some(n) => a.text[a.tokens[t.first].start..a.tokens[n.token + n.cue_len - 1].end]
                    .to_string(),
                None => t.surface.clone(),
            }
        }
        None => t.surface.clone(),
    }
}
