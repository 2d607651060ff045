//! The judge: compares a claim with its candidate evidence and decides.
//!
//! A piece of evidence is one source sentence, optionally joined with the sentence next to it,
//! read in the context of its source's headline. For each, the judge works out which claim
//! terms, quantities and quotations it covers, and which of them it contradicts:
//! - **supported** when it covers all of them and contradicts none;
//! - **contradicted** when it is about the same actors (every name of the claim is there, or
//!   stands in a single-valued slot filled by another name) and says something incompatible:
//!   a negation, an antonym, another number, another name, other quoted words;
//! - otherwise **unknown**, and the report says what no source mentions.
//!
//! A contradiction anywhere wins over support elsewhere; both are shown.
//!
//! This file holds the public types, the flow (`judge`, `units`, `decide`), the running `Tally` and
//! the term-matching helpers the checks share. The checks live by concern in:
//! - `weigh`: one unit of evidence against the claim: the flow that runs the checks below;
//! - `quantities`: figures, changes, shares, comparisons with `than`, and ranks;
//! - `names`: names in the claim's slots, titles, owners, kinds, and swapped roles;
//! - `polarity`: denials, antonyms, grades, directions and order said the other way;
//! - `modality`: hedges, plans, conditions, forecasts and allegations;
//! - `quotes`: quotations word for word, rival quotations, verbs that frame them;
//! - `coverage`: what the claim says that the sources lack; word overlap.
//!
//! The learned combiner that weighs their features is in `combiner`, `features` and the
//! generated `weights`.

mod combiner;
mod coverage;
mod features;
mod modality;
mod names;
mod polarity;
mod quantities;
mod quotes;
mod weigh;
mod weights;

pub use combiner::{CLASSES, Combined, combine, decide_with, probabilities};
pub use features::{FEATURE_NAMES, Features, N_FEATURES};

use crate::retrieve::{Corpus, Scope};
use crate::text::analysis::AUXILIARY_VERBS;
use crate::text::numbers::Quantity;
use crate::text::tokens::Token;
use crate::text::{Analysis, Lexicon, Term};
use crate::verdict::Verdict;
use serde::Serialize;

use coverage::{
    copies_half, direction_unstated, in_added_phrase, inserted_in_copy, predicate_unstated,
    state_unstated,
};

/// Pronouns that stand for a subject named in a neighbouring sentence.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "this", "these", "those"];

/// Machine codes for why a verdict was reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Every part of the claim is stated by the evidence.
    FullMatch,
    /// The evidence denies or negates what the claim asserts (or the reverse).
    Negation,
    /// The evidence gives another number for the same quantity.
    NumberMismatch,
    /// The evidence names someone or something else in the same slot.
    EntityMismatch,
    /// The evidence says its subject is another kind of thing (a singer, not a dog).
    KindMismatch,
    /// The claim's quotation differs from the source's words.
    Misquote,
    /// The evidence says the opposite (eager vs hesitant).
    Antonym,
    /// The evidence has the claim's words with their roles the other way round (`Caldera
    /// beat Riverside` against `Riverside beat Caldera`).
    SwappedRoles,
    /// Part of the claim is stated, part is not.
    PartialMatch,
    /// Not every word is stated literally, but the learned combiner is confident the evidence
    /// states the claim (its features are shown).
    NearMatch,
    /// No rule found a clear conflict, but the learned combiner is confident the evidence
    /// contradicts the claim (its features are shown).
    LikelyConflict,
    /// No source mentions the claim's subject at all.
    NoEvidence,
}

impl Reason {
    pub fn code(self) -> &'static str {
        match self {
            Reason::FullMatch => "full-match",
            Reason::Negation => "negation",
            Reason::NumberMismatch => "number-mismatch",
            Reason::EntityMismatch => "entity-mismatch",
            Reason::KindMismatch => "kind-mismatch",
            Reason::Misquote => "misquote",
            Reason::Antonym => "antonym",
            Reason::SwappedRoles => "swapped-roles",
            Reason::PartialMatch => "partial-match",
            Reason::NearMatch => "near-match",
            Reason::LikelyConflict => "likely-conflict",
            Reason::NoEvidence => "no-evidence",
        }
    }
}

/// What a piece of evidence does to the claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Contradicts,
    Supports,
    Related,
}

/// A conflict found in a piece of evidence: what kind, and the words on each side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub reason: Reason,
    pub claim_words: String,
    pub source_words: String,
    /// First token of the claim item in conflict (`usize::MAX` for a quotation).
    pub claim_at: usize,
    /// The claim is the side that denies (`not attend` against `attended`).
    pub claim_denies: bool,
}

/// One piece of evidence: a source sentence (and maybe its neighbour), judged.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    /// The main sentence (index into the corpus).
    pub sentence: usize,
    /// Sentences read with it: a neighbour and/or the headline.
    pub context: Vec<usize>,
    pub stance: Stance,
    /// Share of the claim (by weight) the evidence speaks to, 0..=1.
    pub score: f64,
    /// Share of the claim the main sentence itself speaks to.
    pub main_share: f64,
    /// Share of the claim the main sentence itself states (its conflicts not counted).
    pub main_states: f64,
    /// Claim words the evidence states.
    pub matched: Vec<String>,
    /// Claim words the evidence does not state.
    pub missing: Vec<String>,
    pub conflicts: Vec<Conflict>,
    /// What the rules measured, for the combiner and the explanation.
    pub features: Features,
    /// The claim's words are there, but split over clauses that each say their own thing
    /// (see `weigh::split_across_clauses`): no near match may pass it.
    pub split_clauses: bool,
}

/// The judge's answer for one claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
    pub explanation: String,
    /// The evidence that decided, best first (contradicting, then supporting, then closest).
    pub evidence: Vec<Evidence>,
    /// Claim words no allowed source mentions anywhere.
    pub unmatched: Vec<String>,
    /// The combiner's probabilities (supported, contradicted, unknown) for the closest
    /// evidence, when the rules left the claim open.
    pub probabilities: Option<[f64; 3]>,
}

/// How many candidate sentences the index hands to the judge per claim.
const CANDIDATES: usize = 12;

/// The judge, with what it needs to look things up.
pub struct Judge<'a> {
    pub corpus: &'a Corpus,
    pub lexicon: &'a Lexicon,
}

/// A claim term resolved against the corpus: a name or an ordinary word, and its weight.
struct ClaimPart<'t> {
    term: &'t Term,
    is_name: bool,
    weight: f64,
}

impl<'a> Judge<'a> {
    pub fn new(corpus: &'a Corpus, lexicon: &'a Lexicon) -> Self {
        Judge { corpus, lexicon }
    }

    /// Judges a claim against the sources in `scope`.
    pub fn judge(&self, claim_text: &str, scope: &Scope) -> Judgement {
        let claim = crate::text::analyse(claim_text, self.lexicon);
        let parts = self.claim_parts(&claim);
        let candidates = self.corpus.candidates(&claim, scope, CANDIDATES);
        let mut judged: Vec<Evidence> = Vec::new();
        for c in &candidates {
            for unit in self.units(c.sentence, scope) {
                let ev = self.weigh(&claim, &parts, &unit);
                judged.push(ev);
            }
        }
        // Best unit per main sentence, then overall order: contradicts, supports, related.
        judged.sort_by(|a, b| {
            a.stance
                .cmp(&b.stance)
                .then(b.score.total_cmp(&a.score))
                .then(b.main_share.total_cmp(&a.main_share))
                .then(a.context.len().cmp(&b.context.len()))
                .then(a.sentence.cmp(&b.sentence))
        });
        let mut seen = std::collections::HashSet::new();
        judged.retain(|e| seen.insert(e.sentence));
        let mut unmatched = self.unmatched(&claim, &parts, scope);
        // A word some evidence states in other words (`plays for` by `a receiver for`, `people`
        // by an agreeing count) is mentioned after all.
        unmatched.retain(|w| !judged.iter().any(|e| e.matched.contains(w)));
        let share = unmatched.len() as f64 / (parts.len() + claim.quantities.len()).max(1) as f64;
        let unmatched_names = parts
            .iter()
            .filter(|p| p.is_name && unmatched.contains(&p.term.surface))
            .count() as f64;
        for e in &mut judged {
            e.features.unmatched_anywhere = round3(share);
            e.features.unmatched_names = unmatched_names;
            e.features.claim_negated = if claim.negations.is_empty() { 0.0 } else { 1.0 };
        }
        self.decide(&claim, judged, unmatched)
    }

    fn claim_parts<'t>(&self, claim: &'t Analysis) -> Vec<ClaimPart<'t>> {
        claim
            .terms
            .iter()
            // Quoted words are checked together, word for word, as a quotation.
            .filter(|t| !t.light && !t.quoted)
            .map(|t| {
                // A capitalised first word is a name when no source writes it in lower case,
                // or when a name goes on right after it (`Hollywood Records released …`) and
                // it is no role before a person's name (`Artist Elton John`).
                let name_goes_on = || {
                    claim.terms.iter().any(|n| n.first == t.end && n.is_name)
                        && !self.lexicon.may_name_a_person(&t.surface.to_lowercase())
                };
                let is_name = t.is_name
                    || (t.initial_capital
                        && (!self.corpus.is_common_word(&t.surface.to_lowercase())
                            || name_goes_on()));
                ClaimPart {
                    term: t,
                    is_name,
                    weight: if is_name { 2.0 } else { 1.0 },
                }
            })
            .collect()
    }

    /// The sentence alone, and with each neighbour; each read with the source's headline.
    fn units(&self, s: usize, scope: &Scope) -> Vec<Vec<usize>> {
        let src = self.corpus.sentences[s].source;
        if !scope.contains(src) {
            return Vec::new();
        }
        let headline = self.corpus.headline_of(src).filter(|&h| h != s);
        let mut units = vec![vec![s]];
        // A neighbour may say who or what the sentence is about only when the sentence
        // refers back with a subject pronoun (`He said …`); a possessive (`Her father is a
        // teacher`) is about someone else.
        // The pronoun must open a clause (`It cut …`, `In 2019, he joined …`, `… and they
        // said`): one inside a clause (`whether it can be restored`) refers to a noun of its
        // own sentence.
        // A pronoun in a quotation the sentence gives a named speaker (`"We set our prices
        // independently," Halvorsen's chief executive said`) is the speaker's own.
        let analysis = &self.corpus.sentences[s].analysis;
        let toks = &analysis.tokens;
        let speaker_named = analysis
            .terms
            .iter()
            .any(|t| t.is_name && !toks[t.first].quoted);
        let refers_back = toks.iter().enumerate().any(|(k, t)| {
            SUBJECT_PRONOUNS.contains(&t.lower.as_str())
                && !(t.quoted && speaker_named)
                && (k == 0
                    || toks[k - 1].is_punct(",")
                    || matches!(
                        toks[k - 1].lower.as_str(),
                        "and" | "but" | "then" | "so" | "later" | "also" | "however" | "(" | "\""
                    ))
        });
        if refers_back {
            for n in self.corpus.neighbours(s).into_iter().flatten() {
                units.push(vec![s, n]);
            }
        }
        for u in &mut units {
            if let Some(h) = headline
                && !u.contains(&h)
            {
                u.push(h);
            }
        }
        units
    }

    fn decide(&self, claim: &Analysis, judged: Vec<Evidence>, unmatched: Vec<String>) -> Judgement {
        let verdict = |verdict, reasons, explanation: String, evidence| Judgement {
            verdict,
            reasons,
            explanation,
            evidence,
            unmatched: unmatched.clone(),
            probabilities: None,
        };
        if claim.terms.is_empty() && claim.quantities.is_empty() {
            return verdict(
                Verdict::Unknown,
                vec![Reason::NoEvidence],
                "the claim has no content words to check".to_string(),
                Vec::new(),
            );
        }
        let supporting = judged.iter().find(|e| e.stance == Stance::Supports);
        // A sentence that states all of the claim on its own outweighs one that conflicts
        // with it but leaves some of it unstated: that one is likely about another time or
        // part (`230 new cases that week` against `1,204 cases as of 9 March`). A conflict
        // that states everything else stands against any support.
        let self_contained = supporting.is_some_and(|s| s.context.is_empty());
        // In an article, a conflict from a sentence that states fewer of the claim's words and
        // figures, and less of the claim on its own, than another sentence with no conflict
        // is likely about something else (`dizziness was reported by 9.2%` against `6%
        // stopped treatment`, when another sentence is about stopping treatment): it does
        // not decide, and no near match passes over it.
        let outscored = |e: &Evidence| {
            !e.missing.is_empty()
                && e.conflicts
                    .iter()
                    .all(|c| c.reason == Reason::NumberMismatch)
                && judged.iter().any(|f| {
                    f.sentence != e.sentence
                        && f.conflicts.is_empty()
                        && f.stance != Stance::Contradicts
                        && f.matched.len() > e.matched.len()
                        && f.main_states > e.main_states
                })
        };
        // A headline sums up the main event in few words: a conflict found only there may be
        // with another event or measure than the claim's (`Shares jump 18%` against `the
        // shares fell on their second day`). The body states what the headline sums up.
        let in_headline = |e: &Evidence| {
            let s = &self.corpus.sentences[e.sentence];
            s.is_headline && !self.corpus.headline_is_title(s.source)
        };
        // Each conflict set aside, computed once for the uses below.
        let aside: Vec<bool> = judged
            .iter()
            .map(|e| !e.conflicts.is_empty() && outscored(e))
            .collect();
        let contradicting = (judged.iter().zip(&aside))
            .find(|(e, aside)| {
                e.stance == Stance::Contradicts
                    && (!self_contained || e.missing.is_empty())
                    && !**aside
                    && !in_headline(e)
            })
            .map(|(e, _)| e);
        // The claim's figures that a set-aside sentence gives otherwise: a near match that
        // does not state them itself leaves them in doubt.
        let set_aside: Vec<&str> = (judged.iter().zip(&aside))
            .filter(|(_, aside)| **aside)
            .flat_map(|(e, _)| e.conflicts.iter().map(|c| c.claim_words.as_str()))
            .collect();
        if let Some(first) = contradicting {
            let mut reasons: Vec<Reason> = first.conflicts.iter().map(|c| c.reason).collect();
            reasons.sort();
            reasons.dedup();
            let mut lines: Vec<String> = Vec::new();
            for line in first.conflicts.iter().map(describe_conflict) {
                if !lines.contains(&line) {
                    lines.push(line);
                }
            }
            // Support elsewhere is shown too: the reader sees both sides.
            let evidence = std::iter::once(first).chain(supporting).cloned().collect();
            return verdict(Verdict::Contradicted, reasons, lines.join("; "), evidence);
        }
        if let Some(first) = supporting {
            let explanation = format!("the source states it ({})", first.matched.join(", "));
            // A weaker conflict is still shown: the reader sees both sides.
            let weaker = judged.iter().find(|e| e.stance == Stance::Contradicts);
            return verdict(
                Verdict::Supported,
                vec![Reason::FullMatch],
                explanation,
                std::iter::once(first).chain(weaker).cloned().collect(),
            );
        }
        // The rules leave the claim open: the combiner may decide on the closest evidence.
        // A conflict set aside above, or one in a headline, is no closest evidence: the
        // sentence that says more of the claim is.
        let closest: Vec<Evidence> = (judged.iter().zip(&aside))
            .find(|(e, aside)| !**aside && (e.conflicts.is_empty() || !in_headline(e)))
            .map(|(e, _)| e.clone())
            .into_iter()
            .collect();
        if let Some(c) = closest.first() {
            let mut combined = combine(&c.features);
            // A near match never passes a denial of a word a source that denies nothing
            // does not mention: `is not a teacher` is not stated by `is a singer`. (A source
            // with its own denial may state it in other words: `no further mention`.)
            let denial_unstated = c.features.source_negated == 0.0
                && claim
                    .terms
                    .iter()
                    .any(|t| t.negated && c.missing.contains(&t.surface));
            // Nor does it pass what the claim says its subject is, left unstated where the
            // source says its subject is something else: `is a comedy drama book` against
            // `is a comedy drama film`.
            let main = &self.corpus.sentences[c.sentence].analysis;
            let kind_unstated = self.other_kind_said(claim, main, &c.missing)
                || predicate_unstated(claim, &c.missing, self.lexicon)
                    && main.copula.as_ref().is_none_or(|k| k.nouns.is_empty());
            // Nor a quotation (a title, a slogan) it does not find word for word: `"Lambo"`
            // against `"Audi"` is no paraphrase.
            let quote_unstated = claim
                .quotations
                .iter()
                .any(|q| c.missing.iter().any(|m| m.contains(q.text.as_str())));
            // Nor a rank whose number it does not find (`fifth-highest` against
            // `sixth-highest`; `ranked third` does state `third-best`): the number is the
            // claim's measure, not a word to paraphrase.
            let measure_unstated = c.missing.iter().any(|m| {
                number_parts(m)
                    .iter()
                    .any(|n| !main.tokens.iter().any(|t| &t.lower == n))
            });
            // Nor a superlative in a sentence that gives none (`the biggest employer`
            // against `a big employer`): a rank is what the claim asserts. Another may say it
            // in its own words (`hottest` by `the highest ever recorded`, `latest` by `most
            // recent`).
            let rank_unstated = (c.missing.iter())
                .flat_map(|m| m.split(' '))
                .any(|m| self.lexicon.is_adjective_superlative(m))
                && !main.tokens.iter().any(|t| {
                    (t.lower.split('-')).any(|w| self.lexicon.is_superlative(w))
                        || matches!(t.lower.as_str(), "most" | "least")
                });
            // Nor a cause where the source states only a link: `sleeping less causes
            // diabetes` is no paraphrase of `people who slept less were more likely to develop
            // diabetes`.
            let cause_unstated = c.missing.iter().any(|m| {
                let m = m.to_lowercase();
                [
                    "cause",
                    "caused",
                    "causes",
                    "causing",
                    "led to",
                    "leads to",
                    "resulted in",
                ]
                .iter()
                .any(|w| m == *w)
            }) && main.tokens.iter().any(|t| {
                matches!(
                    t.lower.as_str(),
                    "likely"
                        | "linked"
                        | "associated"
                        | "association"
                        | "correlated"
                        | "correlation"
                        | "tied"
                        | "risk"
                )
            });
            // Nor a later step of a process than the sentence gives (`have been charged`
            // against `asked prosecutors to investigate`): the step is what the claim asserts.
            let step_unreached = c.missing.iter().flat_map(|m| m.split(' ')).any(|m| {
                self.lexicon
                    .stage(&m.to_lowercase())
                    .is_some_and(|(process, step)| {
                        main.tokens.iter().any(|t| {
                            self.lexicon
                                .stage(&t.lower)
                                .is_some_and(|(p, s)| p == process && s < step)
                        })
                    })
            });
            // Nor a phrase added to the source's own words: `taken to hospital in Istanova by
            // helicopter` against `taken to hospital in Istanova`. A claim that keeps half its
            // words in the sentence's order has not reworded it, so what it lacks in a phrase
            // of its own is not another wording of the sentence but a detail the source
            // does not give.
            let detail_added = !c.missing.is_empty()
                && copies_half(claim, main)
                && c.missing.iter().all(|m| {
                    // (A word put in that the source gives elsewhere, `the disciplinary
                    // panel` of its headline, may only say which one is meant.)
                    in_added_phrase(claim, m, self.lexicon)
                        || unmatched.contains(m) && inserted_in_copy(claim, main, m, self.lexicon)
                });
            // Nor a cause the sentence does not give: `missed the meeting because she was ill`
            // against `did not attend the meeting`. A word of the reason is the reason.
            let gives_reason = |x: &Token| matches!(x.lower.as_str(), "because" | "due" | "owing");
            let reason_unstated = c.missing.iter().any(|m| {
                (claim.terms.iter())
                    .any(|t| t.surface == *m && claim.tokens[..t.first].iter().any(gives_reason))
            }) && !main.tokens.iter().any(gives_reason);
            // Nor the state after a linking verb where the sentence puts another verb, nor
            // which way something went (see `coverage`).
            let state_unstated = state_unstated(claim, &c.missing, main, self.lexicon);
            let direction_unstated = direction_unstated(claim, &c.missing, self.lexicon);
            // Nor anything the closest evidence conflicts with, whatever kept the conflict
            // from deciding (a hedge, a missing name).
            let conflicted = !c.conflicts.is_empty()
                || c.missing.iter().any(|m| {
                    // (A conflict shows a figure with its side word: `5.8 percent higher`.)
                    set_aside.iter().any(|a| {
                        a == m
                            || a.strip_prefix(m.as_str())
                                .is_some_and(|r| r.starts_with(' '))
                    })
                });
            if (denial_unstated
                || state_unstated
                || direction_unstated
                || detail_added
                || reason_unstated
                || step_unreached
                || cause_unstated
                || conflicted
                || c.split_clauses
                || kind_unstated
                || quote_unstated
                || measure_unstated
                || rank_unstated)
                && combined.verdict == Some(Verdict::Supported)
            {
                combined.verdict = None;
            }
            let mut j = match combined.verdict {
                Some(Verdict::Supported) => verdict(
                    Verdict::Supported,
                    vec![Reason::NearMatch],
                    if c.missing.is_empty() {
                        format!(
                            "the source states it ({}), partly in its headline or neighbour only; {}",
                            c.matched.join(", "),
                            describe_combined(&combined)
                        )
                    } else {
                        format!(
                            "the source states most of it ({}); not found word for word: {}; {}",
                            c.matched.join(", "),
                            c.missing.join(", "),
                            describe_combined(&combined)
                        )
                    },
                    closest.clone(),
                ),
                Some(Verdict::Contradicted) => {
                    let mut reasons: Vec<Reason> = c.conflicts.iter().map(|x| x.reason).collect();
                    reasons.push(Reason::LikelyConflict);
                    reasons.sort();
                    reasons.dedup();
                    let mut what: Vec<String> = c.conflicts.iter().map(describe_conflict).collect();
                    if what.is_empty() {
                        what.push(format!(
                            "the source does not state: {}",
                            c.missing.join(", ")
                        ));
                    }
                    verdict(
                        Verdict::Contradicted,
                        reasons,
                        format!("{}; {}", what.join("; "), describe_combined(&combined)),
                        closest.clone(),
                    )
                }
                _ => self.unknown(&closest, &unmatched),
            };
            j.probabilities = Some(combined.probabilities.map(round3));
            return j;
        }
        self.unknown(&closest, &unmatched)
    }

    fn unknown(&self, closest: &[Evidence], unmatched: &[String]) -> Judgement {
        let (reason, explanation) = if !unmatched.is_empty() {
            (
                if closest.is_empty() {
                    Reason::NoEvidence
                } else {
                    Reason::PartialMatch
                },
                format!("no source mentions: {}", unmatched.join(", ")),
            )
        } else if let Some(c) = closest.first() {
            let explanation = if !c.missing.is_empty() {
                format!(
                    "no single sentence states all of it; the closest does not state: {}",
                    c.missing.join(", ")
                )
            } else if !c.conflicts.is_empty() {
                // A conflict in a sentence that names the claim's subject only through its
                // headline or neighbour may be about something else.
                let what: Vec<String> = c.conflicts.iter().map(describe_conflict).collect();
                format!(
                    "the closest sentence disagrees ({}), but is mostly about something else: most of the claim is found only in its headline or neighbour",
                    what.join("; ")
                )
            } else {
                "the closest sentence states it only together with its headline or neighbour, and does not itself say what it is about".to_string()
            };
            (Reason::PartialMatch, explanation)
        } else {
            (Reason::NoEvidence, "no source mentions it".to_string())
        };
        Judgement {
            verdict: Verdict::Unknown,
            reasons: vec![reason],
            explanation,
            evidence: closest.to_vec(),
            unmatched: unmatched.to_vec(),
            probabilities: None,
        }
    }
}

/// `combiner 0.93 (coverage +2.1, missing_names −1.3)`.
fn describe_combined(c: &Combined) -> String {
    let p = c.verdict.map_or(0.0, |v| {
        c.probabilities[CLASSES.iter().position(|x| *x == v).unwrap_or(2)]
    });
    let drivers: Vec<String> = c
        .drivers
        .iter()
        .map(|(n, v)| format!("{n} {v:+.2}"))
        .collect();
    format!("combiner {p:.2} ({})", drivers.join(", "))
}

/// Running weights of one unit: what it covers, where, and what it contradicts.
#[derive(Default)]
struct Tally {
    covered: f64,
    in_main: f64,
    conflicting: f64,
    missed: f64,
    matched: Vec<String>,
    missing: Vec<String>,
    conflicts: Vec<Conflict>,
    missing_names: f64,
    missing_words: f64,
    missing_numbers: f64,
    undecided_numbers: f64,
    agreeing_numbers: f64,
}

impl Tally {
    fn cover(&mut self, weight: f64, in_main: bool, words: &str) {
        self.covered += weight;
        if in_main {
            self.in_main += weight;
        }
        self.matched.push(words.to_string());
    }

    fn miss(&mut self, weight: f64, words: &str) {
        self.missed += weight;
        self.missing.push(words.to_string());
    }

    /// A claim word left unstated (not a name or number): counted among the missing words too.
    fn miss_word(&mut self, weight: f64, words: &str) {
        self.missing_words += 1.0;
        self.miss(weight, words);
    }

    fn conflict(&mut self, weight: f64, c: Conflict) {
        self.conflicting += weight;
        self.conflicts.push(c);
    }

    fn total(&self) -> f64 {
        self.covered + self.conflicting + self.missed
    }

    /// Share of the claim the unit speaks to, conflicts included.
    fn coverage(&self) -> f64 {
        ratio(self.covered + self.conflicting, self.total())
    }

    /// Share of the claim, conflicts set aside, that the unit states: a conflict counts only
    /// when the rest of the claim is clearly about the same thing.
    fn aboutness(&self) -> f64 {
        ratio(self.covered, self.covered + self.missed)
    }

    /// Share of the claim the main sentence states (or, for conflicts, speaks to).
    fn main_share(&self) -> f64 {
        ratio(self.in_main + self.conflicting, self.total())
    }
}

fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 { a / b } else { 0.0 }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn describe_conflict(c: &Conflict) -> String {
    match c.reason {
        Reason::Negation if c.claim_denies => format!(
            "the claim denies what the source states (\"{}\" against \"{}\")",
            c.claim_words, c.source_words
        ),
        Reason::Negation => format!("the source denies it (\"{}\")", c.source_words),
        Reason::NumberMismatch => format!(
            "the source gives another number (\"{}\" against \"{}\")",
            c.source_words, c.claim_words
        ),
        Reason::EntityMismatch => format!(
            "the source names another (\"{}\" against \"{}\")",
            c.source_words, c.claim_words
        ),
        Reason::KindMismatch => format!(
            "the source says it is another kind of thing (\"{}\" against \"{}\")",
            c.source_words, c.claim_words
        ),
        Reason::Misquote => format!(
            "the source's words differ ({} against {})",
            c.source_words, c.claim_words
        ),
        Reason::Antonym => format!(
            "the source says the opposite (\"{}\" against \"{}\")",
            c.source_words, c.claim_words
        ),
        Reason::SwappedRoles => format!(
            "the source has the roles the other way round (\"{}\" against \"{}\")",
            c.source_words, c.claim_words
        ),
        _ => String::new(),
    }
}

/// A hyphenated claim word written as separate words (`fifth-highest` / `fifth highest`,
/// `privately-owned` / `privately owned`): its parts in order, one token after another. The
/// hit is the last part's term (`fifth` alone may be read as a number).
fn compound_in<'a>(term: &Term, sents: &[&'a Analysis], lex: &Lexicon) -> Vec<(usize, &'a Term)> {
    let parts = &term.part_keys;
    if term.is_name || parts.len() < 2 || !term.surface.contains('-') {
        return Vec::new();
    }
    for (si, a) in sents.iter().enumerate() {
        for w in a.tokens.windows(parts.len()).enumerate() {
            let (at, tokens) = w;
            if !tokens
                .iter()
                .zip(parts)
                .all(|(t, k)| lex.stem(&t.lower) == *k)
            {
                continue;
            }
            let last = at + parts.len() - 1;
            if let Some(t) = a.terms.iter().find(|t| t.first <= last && last < t.end) {
                return vec![(si, t)];
            }
        }
    }
    Vec::new()
}

/// A word between a subject and its verb that leaves it the verb's subject: an auxiliary, or
/// `also` (`France also sent`).
fn between_subject_and_verb(w: &str) -> bool {
    AUXILIARY_VERBS.contains(&w) || w == "also"
}

/// Words that put a noun in a role other than subject or object.
const PREPOSITIONS: &[&str] = &[
    "in", "of", "for", "at", "on", "from", "with", "by", "to", "into", "about", "over", "after",
    "before", "against", "under",
];

/// Forms of `be` right before a verb that make it passive.
const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// The number words inside a claim word: `fifth` in `fifth-highest`, `two` in `two-time`.
fn number_parts(word: &str) -> Vec<String> {
    word.to_lowercase()
        .split(['-', ' '])
        .filter(|part| crate::text::numbers::is_number_word(part))
        .map(str::to_string)
        .collect()
}

fn shares_key(a: &[String], b: &[String]) -> bool {
    a.iter().any(|k| b.contains(k))
}

fn q_text(a: &Analysis, q: &Quantity) -> String {
    let t = &a.tokens;
    a.text[t[q.first].start..t[q.end - 1].end].to_string()
}

/// Does the claim itself use this source term (any of its parts shares a key with it)?
fn claim_uses(parts: &[ClaimPart], t: &Term) -> bool {
    parts.iter().any(|p| same_term(p.term, t))
}

/// Is the source term `s` the claim term `c`: a key in common, or the same letters but for
/// ones the source lost in decoding? A claim's superlative needs one in the source: `the
/// largest` is not stated by `large`, though it is by `biggest`.
fn same_term(c: &Term, s: &Term) -> bool {
    (!c.superlative || s.superlative)
        && (shares_key(&c.match_keys, &s.match_keys) || garbled_form_of(&c.key, &s.key))
}

/// Is the source's `key` the claim's with letters lost in decoding (`m\u{FFFD}tley` for
/// `motley`)? Each replacement character stands for one letter; the rest must agree.
fn garbled_form_of(claim_key: &str, source_key: &str) -> bool {
    source_key.contains(char::REPLACEMENT_CHARACTER)
        && claim_key.chars().count() == source_key.chars().count()
        && claim_key
            .chars()
            .zip(source_key.chars())
            .all(|(c, s)| c == s || s == char::REPLACEMENT_CHARACTER)
}

/// The term that starts at token `at`.
fn term_starting_at(a: &Analysis, at: usize) -> Option<&Term> {
    a.terms.iter().find(|t| t.first == at)
}

/// The term that ends right before token `at` (the verb of a slot: `directed` in
/// `directed by`).
fn term_ending_at(a: &Analysis, at: usize) -> Option<&Term> {
    a.terms.iter().find(|t| t.end == at && !t.is_name)
}
