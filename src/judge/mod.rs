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
//! This file holds the public types, the flow (`judge`, `units`, `weigh`, `decide`), the running
//! `Tally` and the term-matching helpers the checks share, and the checks not yet moved out. Those
//! moved so far live by concern in:
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
mod weights;

pub use combiner::{CLASSES, Combined, combine, decide_with, probabilities};
pub use features::{FEATURE_NAMES, Features, N_FEATURES};

use crate::retrieve::{Corpus, Scope};
use crate::text::analysis::{AUXILIARY_VERBS, unconfirmed};
use crate::text::numbers::{Quantity, QuantityKind};
use crate::text::tokens::{Token, TokenKind};
use crate::text::{Analysis, Lexicon, Term};
use crate::verdict::Verdict;
use serde::Serialize;

use coverage::{
    copies_half, extra_words, in_added_phrase, inserted_in_copy, predicate_unstated, word_overlap,
};
use modality::{
    NotYet, alleged_over, condition_over, forecast_over, hedge_over, not_yet_over, only_asked_for,
    reports_speech, says_alleged, speaks_of_a_plan, verb_hits,
};
use names::{
    SlotFill, agent_swapped, another_name, full_name_in, names_a_sequel, other_subject,
    swapped_roles,
};
use polarity::{
    anchor, denied_in_its_place, graded_the_other_way, joined, negation_words, order_reversed,
    read_where_bound, reversed_comparison, split_vote,
};
use quantities::{
    ComparedBy, QuantityMatch, comparison_of, counts_persons, is_unit_of, settle_shares,
};
use quotes::{another_name_quoted, contains_words, overlap, quoted_rival};

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
    /// (see [`split_across_clauses`]): no near match may pass it.
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
/// Share of the claim an evidence must be about before its conflict counts.
const ABOUTNESS: f64 = 0.6;

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

    /// Judges one unit of evidence against the claim.
    ///
    /// The unit's first sentence is the main one; a neighbour may complete it, and the
    /// headline may supply the topic (`to Ukraine`), but conflicts are looked for only in the
    /// sentences themselves, not in the headline.
    fn weigh(&self, claim: &Analysis, parts: &[ClaimPart], unit: &[usize]) -> Evidence {
        let sents: Vec<&Analysis> = unit
            .iter()
            .map(|&i| &self.corpus.sentences[i].analysis)
            .collect();
        // Conflicts are looked for in the main sentence only: a neighbour or the headline may
        // complete what it states, but what they say of other things is not about the claim.
        let body: Vec<&Analysis> = vec![sents[0]];
        let mut tally = Tally::default();
        let mut used = vec![false; unit.len()];
        used[0] = true;
        let mut names_missing = Vec::new();
        let mut denied: Vec<(f64, Conflict)> = Vec::new();
        let mut denial_met = false;
        // A claim word the source states only joined with its opposite (`mixed to positive`).
        let mut ranged = false;
        // Where the main sentence states the claim's words (for the hedge check).
        let mut main_hits: Vec<usize> = Vec::new();
        // A main sentence whose subject only points at its topic (`It was declared a hit`,
        // `The film grossed …`) is about the headline's names: they count as its own.
        let src = self.corpus.sentences[unit[0]].source;
        let topic_in = self
            .corpus
            .headline_of(src)
            .and_then(|h| unit.iter().position(|&i| i == h))
            .filter(|_| subject_points_at_topic(sents[0], self.lexicon));
        // `300 people had recovered` is stated by `261 recoveries`: once a count agrees, the
        // word that only says it counts persons needs no mention of its own.
        let mut in_unit = self.quantities_in(claim, &sents);
        self.settle_changes(claim, &sents, &mut in_unit);
        settle_shares(claim, &sents, &mut in_unit);
        // So is the unit of a length of time that agrees (`nearly three weeks` for `19 days`).
        let counted_persons: Vec<usize> = (0..claim.quantities.len())
            .filter(|&qi| matches!(in_unit[qi], QuantityMatch::Agrees(_)))
            .flat_map(|qi| {
                let q = &claim.quantities[qi];
                claim.quantity_context[qi].things.iter().filter(move |&&t| {
                    counts_persons(claim, &claim.terms[t])
                        || q.kind == QuantityKind::Duration && is_unit_of(claim, q, t)
                })
            })
            .map(|&t| claim.terms[t].first)
            .collect();
        let framed = self.quotes_framed(claim, sents[0]);
        let comparison = comparison_of(claim).map(|c| c.weighed_against(claim, sents[0]));
        let mut all_hits: Vec<Vec<(usize, &Term)>> = parts
            .iter()
            .map(|p| self.hits_in(claim, p, &sents))
            .collect();
        // A word that describes another the main sentence states is stated with it there,
        // not by a neighbour that says it of something else: `inside Kovrenian territory`
        // is not stated by `inside territory it considers its own` next to `Kovrenian
        // troops`.
        let headline = self.corpus.headline_of(src);
        let titled = self.corpus.headline_is_title(src);
        let in_main = |hits: &[(usize, &Term)]| hits.iter().any(|(si, _)| *si == 0);
        // Where the claim's nouns that the main sentence states begin.
        let stated_nouns: Vec<usize> = (parts.iter().zip(&all_hits))
            .filter(|(q, hits)| {
                let word = q.term.surface.to_lowercase();
                // A compound by its last word: `chief executive`.
                let words: Vec<&str> = word.split(' ').collect();
                !q.is_name
                    && in_main(hits)
                    && self.lexicon.noun_at_end(&words).is_some()
                    && !self.lexicon.is_past_verb(&word)
            })
            .map(|(q, _)| q.term.first)
            .collect();
        for (p, hits) in parts.iter().zip(&mut all_hits) {
            if in_main(hits) {
                continue;
            }
            if stated_nouns.contains(&p.term.end) {
                hits.retain(|(si, _)| titled && Some(unit[*si]) == headline);
            }
            // An article's headline sums up the main event: it may say who or what a
            // sentence is about (its names), not what was done (`Halvern vaccine approved`
            // says nothing of a rival vaccine `still under review`). A page's title is its
            // topic, every word of it.
            if !p.is_name && !titled {
                hits.retain(|(si, _)| Some(unit[*si]) != headline);
            }
        }
        // The main sentence's denials that deny a word the claim denies too: `pleaded not
        // guilty to charges of treason` shares the claim's denial in `denied the treason and
        // armed rebellion charges`. What else such a denial covers (`charges`) is the claim's
        // denial said with other bounds, not a denial of the claim.
        // So is a denial that says what the claim says by an opposite: `did not attend the
        // vote` for `missed the vote`, where the vote is no more denied than in the claim.
        let denied_by_opposite = (parts.iter().zip(&all_hits))
            .filter(|(p, hits)| hits.is_empty() && !p.term.negated)
            .filter_map(|(p, _)| self.negated_antonym_in(p, &sents[..1]));
        let shared_denials: Vec<usize> = (parts.iter().zip(&all_hits))
            .filter(|(p, _)| p.term.negated)
            .flat_map(|(_, hits)| hits.iter().copied())
            .filter(|(si, t)| *si == 0 && t.negated)
            .chain(denied_by_opposite)
            .filter_map(|(_, t)| sents[0].denial_over(t.first).map(|n| n.token))
            .collect();
        let split = split_across_clauses(claim, parts, &all_hits, sents[0]);
        if split.is_some() {
            // Like a name left unstated in its place: no near match passes without it.
            tally.missing_names += 1.0;
        }
        for (pi, p) in parts.iter().enumerate() {
            if counted_persons.contains(&p.term.first) || framed.contains(&p.term.first) {
                tally.cover(p.weight, true, &p.term.surface);
                continue;
            }
            // `fewer people … than last year` is stated by a move down, whatever its words.
            match comparison
                .as_ref()
                .filter(|c| c.at == p.term.first)
                .map(|c| &c.by)
            {
                Some(ComparedBy::Stated) => {
                    tally.cover(p.weight, true, &p.term.surface);
                    continue;
                }
                Some(ComparedBy::Denied(c)) => {
                    tally.conflict(p.weight, c.clone());
                    continue;
                }
                _ => {}
            }
            let hits = &all_hits[pi];
            if hits.is_empty() {
                if let Some(c) = self.antonym_in(claim, p, parts, &body) {
                    tally.conflict(p.weight, c);
                } else if let Some((si, _)) = self.negated_antonym_in(p, &sents) {
                    used[si] = true;
                    // `not united` stated as `divided`: what the claim denies, the source
                    // denies too.
                    denial_met |= p.term.negated;
                    tally.cover(p.weight, si == 0, &p.term.surface);
                } else if let Some(si) =
                    full_name_in(claim, parts, pi, &sents, &|a, t| self.owner_of_person(a, t))
                {
                    // `Penélope Cruz` is named by `Cruz` when no other first name stands there.
                    used[si] = true;
                    tally.cover(p.weight, si == 0, &p.term.surface);
                } else if let Some(si) = self
                    .role_states(claim, p.term, &sents)
                    .or_else(|| self.cast_states(claim, p.term, &sents))
                {
                    used[si] = true;
                    tally.cover(p.weight, si == 0, &p.term.surface);
                } else if let Some((si, inside)) = self.place_within(claim, p.term, &sents) {
                    // `born in France` is stated by `born in Paris`.
                    used[si] = true;
                    let shown = format!("{} (by “{inside}”, inside it)", p.term.surface);
                    tally.cover(p.weight, si == 0, &shown);
                } else if let Some(si) = self.kind_stated(claim, p.term, &sents) {
                    // `is a musician` is stated by `is a guitarist`.
                    used[si] = true;
                    tally.cover(p.weight, si == 0, &p.term.surface);
                } else if let Some(c) = self.direction_denied(claim, p.term, sents[0]) {
                    // `trade rose to 20 billion` against `20 billion, down from 23 billion`.
                    tally.conflict(p.weight, c);
                } else if let Some((si, by)) = self.direction_stated(claim, p.term, &sents) {
                    // `trade fell to 20 billion` stated by `20 billion, down from 23 billion`.
                    used[si] = true;
                    let shown = format!("{} (by “{by}”)", p.term.surface);
                    tally.cover(p.weight, si == 0, &shown);
                } else if p.is_name {
                    // Decided below: a rival name in its slot, or missing.
                    names_missing.push(p);
                } else if let Some(c) =
                    denied_in_its_place(claim, parts, pi, &all_hits, sents[0], self.lexicon)
                {
                    // `Fly Fair backed the assessment` against `Fly Fair rejected the
                    // assessment`.
                    tally.conflict(p.weight, c);
                } else if let Some(c) = split_vote(p.term, sents[0]) {
                    // `voted unanimously` against `voted five to two`.
                    tally.conflict(p.weight, c);
                } else if let Some(c) = self.ranked_below_in_one_word(claim, p.term, sents[0]) {
                    // `Verania's largest port` against `Verania's second-largest port`.
                    tally.conflict(p.weight, c);
                } else if let Some(c) = self.kind_clash(claim, p.term, sents[0]) {
                    // `is not a horse` against `is a singer`: what the claim denies, the
                    // source excludes.
                    if claim.copula.as_ref().is_some_and(|k| k.negated) {
                        let shown = format!("not {} ({})", c.claim_words, c.source_words);
                        tally.cover(p.weight, true, &shown);
                    } else {
                        tally.conflict(p.weight, c);
                    }
                } else if let Some(other) = self.role_replaced(claim, p.term, parts, sents[0]) {
                    // `prime minister Ilya Sorin` against `finance minister Ilya Sorin`: the
                    // source gives the person another role. Not stated, and like a name: no
                    // near match passes without it.
                    tally.missing_names += 1.0;
                    let shown = format!("{} (the source says “{other}”)", p.term.surface);
                    tally.miss_word(p.weight, &shown);
                } else {
                    // Which way the claim says a figure went (`rose 5%`, `cut by 30%`) is
                    // what it asserts of the figure: like a name, no near match passes
                    // without it.
                    let of_a_figure = claim.quantities.iter().any(|q| {
                        let by = q
                            .first
                            .checked_sub(1)
                            .map(|k| claim.tokens[k].lower.as_str());
                        !q.kind.is_time()
                            && (q.first == p.term.end
                                || q.first > p.term.end
                                    && q.first <= p.term.end + 6
                                    && matches!(by, Some("to" | "by" | "from")))
                    });
                    if of_a_figure && self.lexicon.direction(&p.term.key).is_some() {
                        tally.missing_names += 1.0;
                    }
                    tally.miss_word(p.weight, &p.term.surface);
                }
                continue;
            }
            if let Some(c) = self
                .ranked_below_first(claim, p.term, hits, sents[0])
                .or_else(|| self.ranked_first(claim, p.term, sents[0]))
            {
                tally.conflict(p.weight, c);
                continue;
            }
            if let Some(c) = reversed_comparison(claim, p.term, hits, sents[0], self.lexicon) {
                tally.conflict(p.weight, c);
                continue;
            }
            if let Some(c) = graded_the_other_way(claim, p.term, hits, &sents) {
                tally.conflict(p.weight, c);
                continue;
            }
            // An antonym in a sentence where the word itself is absent outweighs the word
            // found elsewhere: "allies remain hesitant" is not rescued by a headline's "willing".
            // The claim's word joined with its antonym as a range or pair (`mixed to positive
            // reviews`): the source says neither alone, so it states no more than the range.
            // Like a hedge, it may not pass, even as a near match.
            let antonym = self.antonym_in(claim, p, parts, &body);
            if let Some(c) = &antonym
                && body.iter().any(|a| {
                    let anti = a.terms.iter().find(|t| t.surface == c.source_words);
                    let same = a
                        .terms
                        .iter()
                        .find(|t| shares_key(&p.term.match_keys, &t.match_keys));
                    anti.zip(same).is_some_and(|(x, y)| joined(a, y, x))
                })
            {
                ranged = true;
                tally.miss(
                    p.weight,
                    &format!(
                        "{} alone (the source joins it with “{}”)",
                        p.term.surface, c.source_words
                    ),
                );
                continue;
            }
            // When both are in one sentence, the one nearer the claim's other words is the one
            // said of them ("allies remain hesitant … the “coalition of the willing”").
            if let Some(c) = antonym.filter(|c| {
                !body.iter().any(|a| {
                    let Some(anti) = a.terms.iter().find(|t| t.surface == c.source_words) else {
                        return false;
                    };
                    let Some(same) = a
                        .terms
                        .iter()
                        .filter(|t| shares_key(&p.term.match_keys, &t.match_keys))
                        .min_by_key(|t| t.first)
                    else {
                        return false;
                    };
                    if joined(a, same, anti) {
                        return true;
                    }
                    match anchor(a, parts, p.term) {
                        Some(at) => {
                            (same.first as f64 - at).abs() <= (anti.first as f64 - at).abs()
                        }
                        None => true,
                    }
                })
            }) {
                tally.conflict(p.weight, c);
                continue;
            }
            // `born in London` against `born in Ghana … raised in London`: the slot after the
            // same word holds another name, whatever else the sentence mentions.
            if p.is_name {
                match self.slot_rival(claim, p.term, parts, sents[0]) {
                    SlotFill::Rival(other) => {
                        tally.conflict(p.weight, another_name(p.term, other));
                        continue;
                    }
                    // `born in Cairo, Egypt, to Palestinian parents` for `born in Palestine`:
                    // the claim's name is elsewhere, and whether the slot's own name lies in
                    // it is not known. Not stated, and as a name: no near match passes
                    // without it.
                    SlotFill::Unstated(other) => {
                        let shown = format!("{} (in its place: “{other}”)", p.term.surface);
                        tally.missing_names += 1.0;
                        tally.miss(p.weight, &shown);
                        continue;
                    }
                    SlotFill::Open => {}
                }
            }
            // The sentence that states it: the main one when it can.
            used[hits[0].0] = true;
            // Polarity is read where the claim's own word is, in the sentences themselves;
            // a synonym elsewhere in the sentence does not undo a denial of the word itself.
            let in_body: Vec<&(usize, &Term)> = hits.iter().filter(|(si, _)| *si == 0).collect();
            let exact: Vec<&&(usize, &Term)> = in_body
                .iter()
                .filter(|(_, t)| t.key == p.term.key)
                .collect();
            let polar: Vec<&(usize, &Term)> = if exact.is_empty() {
                in_body.clone()
            } else {
                exact.into_iter().copied().collect()
            };
            let polar = read_where_bound(sents[0], claim, parts, p.term, polar);
            // A name is denied only as the subject of a denial that leaves out its verb
            // (`Russia signed the accord, but China did not`); elsewhere `not X but Y` says
            // nothing against X.
            let deniable =
                !p.is_name || polar.iter().all(|(si, t)| sents[*si].denied_by_ellipsis(t));
            // `no residents had been left without support` denies what it says of the
            // residents, not that there are any: a claim that says something else of them
            // (`900 residents were contacted`) shares only the noun, and is not denied.
            // (`there were no casualties` says nothing more, and denies the casualties.)
            let said_of_it_shared = || {
                polar.iter().all(|(si, t)| {
                    let a = sents[*si];
                    let Some(n) = a.denial_over(t.first) else {
                        return true;
                    };
                    // `no` before the noun phrase it quantifies; what its clause says of
                    // that phrase follows it.
                    let quantifies = n.cue == "no" && n.scope_start == n.token + 1;
                    let clause = a.clauses()[t.first];
                    let said: Vec<&Term> = (a.terms.iter())
                        .filter(|x| {
                            x.first >= n.scope_end.max(t.end)
                                && a.clauses()[x.first] == clause
                                && !x.light
                        })
                        .collect();
                    !quantifies
                        || said.is_empty()
                        || said
                            .iter()
                            .any(|x| claim.terms.iter().any(|c| same_term(c, x)))
                })
            };
            if deniable
                && !p.term.negated
                && !polar.is_empty()
                && polar.iter().all(|(_, t)| t.negated)
                && !said_of_it_shared()
            {
                tally.miss(p.weight, &p.term.surface);
                continue;
            }
            if deniable
                && !polar.is_empty()
                && polar.iter().all(|(_, t)| t.negated != p.term.negated)
            {
                let (si, t) = polar[0];
                let c = Conflict {
                    reason: Reason::Negation,
                    claim_words: negation_words(claim, p.term),
                    source_words: negation_words(sents[*si], t),
                    claim_at: p.term.first,
                    claim_denies: p.term.negated,
                };
                let shared = !p.term.negated
                    && polar.iter().all(|(si, t)| {
                        *si == 0
                            && (sents[0].denial_over(t.first))
                                .is_some_and(|n| shared_denials.contains(&n.token))
                    });
                if shared {
                    tally.cover(p.weight, true, &p.term.surface);
                    continue;
                }
                if p.term.negated {
                    // The claim denies something the source states: decided below, once it
                    // is known whether the source states all of what the claim denies.
                    denied.push((p.weight, c));
                    continue;
                }
                tally.conflict(p.weight, c);
                continue;
            }
            let in_main = hits
                .iter()
                .any(|(si, _)| *si == 0 || p.is_name && Some(*si) == topic_in);
            // `Zhog Chenle is … the founder of SM` under the headline `Lee Soo-man`: the
            // sentence says who it is about, and that is another name.
            if p.is_name
                && !in_main
                && let Some(other) = other_subject(sents[0], claim)
            {
                tally.conflict(p.weight, another_name(p.term, other));
                continue;
            }
            // `The UK sent troops` against `France sent troops, and the UK sent aid`: the
            // word is there, but said in another clause than the rest of the claim.
            if let Some(split) = split.as_ref().filter(|s| s.strays.contains(&pi)) {
                let shown = format!(
                    "{} said of {} (the source says it in another clause: “{}”)",
                    p.term.surface, split.subject, split.clause
                );
                tally.miss(p.weight, &shown);
                continue;
            }
            if !p.is_name {
                main_hits.extend(hits.iter().filter(|(si, _)| *si == 0).map(|(_, t)| t.first));
            }
            tally.cover(p.weight, in_main, &p.term.surface);
        }
        if let Some(c) = swapped_roles(claim, parts, &all_hits, sents[0], self.lexicon) {
            tally.conflict(1.0, c);
        }
        if let Some(c) = order_reversed(claim, sents[0], self.lexicon) {
            tally.conflict(1.0, c);
        }
        if let Some(c) = agent_swapped(claim, parts, &all_hits, sents[0]) {
            tally.conflict(1.0, c);
        }
        let in_body = if in_unit
            .iter()
            .all(|m| matches!(m, QuantityMatch::Agrees(_)))
        {
            Vec::new()
        } else {
            let mut in_body = self.quantities_in(claim, &body);
            self.settle_changes(claim, &body, &mut in_body);
            settle_shares(claim, &body, &mut in_body);
            in_body
        };
        for (qi, q) in claim.quantities.iter().enumerate() {
            match in_unit[qi] {
                QuantityMatch::Agrees(si) => {
                    used[si] = true;
                    tally.agreeing_numbers += 1.0;
                    tally.cover(2.0, si == 0, &q_text(claim, q));
                }
                _ => match &in_body[qi] {
                    QuantityMatch::Conflicts(src) => tally.conflict(
                        2.0,
                        Conflict {
                            reason: Reason::NumberMismatch,
                            claim_words: q_text(claim, q),
                            source_words: src.clone(),
                            claim_at: q.first,
                            claim_denies: false,
                        },
                    ),
                    QuantityMatch::Undecided => {
                        tally.undecided_numbers += 1.0;
                        tally.miss(2.0, &q_text(claim, q));
                    }
                    _ => match self.ranked_first_in_one_word(claim, q, sents[0]) {
                        Some(c) => tally.conflict(2.0, c),
                        None => {
                            tally.missing_numbers += 1.0;
                            tally.miss(2.0, &q_text(claim, q));
                        }
                    },
                },
            }
        }
        // Quotations must be word for word.
        for quote in &claim.quotations {
            let shown = format!("“{}”", quote.text);
            // `called the findings “transformative”` against `called them “encouraging but
            // not transformative”`: the words are quoted, but denied.
            let denied_quote = body.iter().flat_map(|a| &a.quotations).find(|sq| {
                !quote.words.is_empty()
                    && (1..sq.words.len()).any(|k| {
                        sq.words[k..].starts_with(&quote.words)
                            && matches!(sq.words[k - 1].as_str(), "not" | "never" | "no" | "nt")
                    })
            });
            let found = sents.iter().position(|a| contains_words(a, &quote.words));
            // Otherwise a quotation that shares at least half its words is the claim's,
            // misquoted.
            let misquoted = denied_quote.or_else(|| {
                found.is_none().then(|| {
                    body.iter()
                        .flat_map(|a| &a.quotations)
                        .find(|sq| overlap(&sq.words, &quote.words) * 2 >= quote.words.len().max(1))
                })?
            });
            if let Some(src) = misquoted {
                tally.conflict(
                    2.0,
                    Conflict {
                        reason: Reason::Misquote,
                        claim_words: shown,
                        source_words: format!("“{}”", src.text),
                        claim_at: usize::MAX,
                        claim_denies: false,
                    },
                );
            } else if let Some(si) = found {
                used[si] = true;
                tally.cover(2.0, si == 0, &shown);
            } else if let Some(other) = quoted_rival(claim, quote, sents[0], self.lexicon) {
                tally.conflict(2.0, another_name_quoted(quote, other));
            } else {
                tally.miss(2.0, &shown);
            }
        }
        // Another name in the same single-valued slot (met in Paris / in Brussels).
        let mut rivals = 0;
        // The end of the last name that met a rival: the next word of the same name
        // (`Rapid` `Vienna` against `Club Brugge`) is answered by the same rival.
        let mut rivalled_until = None;
        for p in &names_missing {
            // `Game of Thrones`: small words inside a name keep it one name.
            let same_name = rivalled_until.is_some_and(|end: usize| {
                end <= p.term.first
                    && claim.tokens[end..p.term.first]
                        .iter()
                        .all(|t| matches!(t.lower.as_str(), "of" | "the" | "de"))
            });
            if same_name {
                rivals += 1;
                rivalled_until = Some(p.term.end);
                continue;
            }
            let rival = self
                .rival_name(claim, p.term, parts, &body)
                .or_else(|| self.attribute_rival(claim, p.term, parts, body[0]))
                .or_else(|| self.surname_rival(claim, p.term, body[0]))
                .or_else(|| self.origin_rival(claim, p.term, parts, body[0]))
                .or_else(|| self.owner_rival(claim, p.term, parts, body[0]))
                .or_else(|| self.title_rival(claim, p.term, body[0]));
            let Some(other) = rival else {
                tally.missing_names += 1.0;
                tally.miss(p.weight, &p.term.surface);
                continue;
            };
            rivals += 1;
            rivalled_until = Some(p.term.end);
            tally.conflict(p.weight, another_name(p.term, other));
        }
        self.settle_denials(claim, denied, denial_met, &mut tally);
        // A comparison that is a word of its own (`fewer`) was weighed with the other parts;
        // a stopword (`more`) is weighed here.
        if let Some(c) = comparison.filter(|c| !parts.iter().any(|p| p.term.first == c.at)) {
            match c.by {
                ComparedBy::Stated => tally.cover(1.0, true, &c.word),
                ComparedBy::Denied(conflict) => tally.conflict(1.0, conflict),
                ComparedBy::Unstated => tally.miss_word(1.0, &c.word),
            }
        }
        // `may send troops` does not state `will send troops`.
        let mut hedged = if ranged { 1.0 } else { 0.0 };
        let whole_claim: Vec<usize> = (0..claim.tokens.len()).collect();
        let claim_hedged = hedge_over(claim, &whole_claim).is_some();
        // Where the main sentence mentions each word of the claim (not its names), for the
        // cues that bear on one word at a time (forecasts, allegations).
        let mentions: Vec<Vec<usize>> = (parts.iter().zip(&all_hits))
            .filter(|(p, _)| !p.is_name)
            .map(|(_, h)| {
                h.iter()
                    .filter(|(si, _)| *si == 0)
                    .map(|(_, t)| t.first)
                    .collect()
            })
            .collect();
        let source_hedge = hedge_over(sents[0], &main_hits)
            .or_else(|| {
                forecast_over(sents[0], &mentions)
                    .filter(|_| !speaks_of_a_plan(claim, NotYet::Intended))
            })
            .or_else(|| {
                condition_over(sents[0], &main_hits)
                    .filter(|_| condition_over(claim, &whole_claim).is_none())
            })
            .or_else(|| alleged_over(sents[0], &mentions).filter(|_| !says_alleged(claim)))
            .or_else(|| {
                (unconfirmed(sents[0]) && !main_hits.is_empty() && !reports_speech(claim))
                    .then(|| "could not be verified".to_string())
            });
        if let Some(hedge) = &source_hedge
            && !claim_hedged
        {
            hedged = 1.0;
            tally.miss(1.0, &format!("certainty (the source says “{hedge}”)"));
        } else if let Some((future, not_yet)) = not_yet_over(
            sents[0],
            &verb_hits(claim, sents[0]),
            claim.copula.is_some(),
        ) && !claim_hedged
            && !speaks_of_a_plan(claim, not_yet)
        {
            // `will take effect` does not state `took effect`: it has not happened yet.
            hedged = 1.0;
            tally.miss(
                1.0,
                &format!("that it happened (the source says “{future}”)"),
            );
        } else if let Some(asked) = only_asked_for(claim, parts, &all_hits, sents[0], self.lexicon)
            && !claim_hedged
            && !speaks_of_a_plan(claim, NotYet::Future)
        {
            // `approved the extradition of Lenz` does not state `Lenz was extradited`.
            hedged = 1.0;
            tally.miss(
                1.0,
                &format!("that it happened (the source says “{asked}”)"),
            );
        }
        // `may opt to cancel these orders` only says the orders may be cancelled: a denial
        // under a hedge denies nothing for certain.
        let hedged_denial =
            source_hedge.is_some() && tally.conflicts.iter().all(|c| c.reason == Reason::Negation);
        let stance = if !tally.conflicts.is_empty()
            && !hedged_denial
            && names_missing.len() == rivals
            && tally.aboutness() >= ABOUTNESS
            && tally.main_share() >= 0.5
        {
            Stance::Contradicts
        } else if tally.conflicts.is_empty()
            && tally.missing.is_empty()
            && tally.total() > 0.0
            && tally.main_share() >= 0.5
        {
            Stance::Supports
        } else {
            Stance::Related
        };
        let count = |r: Reason| tally.conflicts.iter().filter(|c| c.reason == r).count() as f64;
        let other_names = sents[0]
            .terms
            .iter()
            .filter(|t| t.is_name || t.key.starts_with('@'))
            .filter(|t| !claim_uses(parts, t))
            .count() as f64;
        let features = Features {
            coverage: round3(tally.coverage()),
            aboutness: round3(tally.aboutness()),
            main_share: round3(tally.main_share()),
            missing_names: tally.missing_names,
            missing_words: tally.missing_words,
            missing_numbers: tally.missing_numbers,
            agreeing_numbers: tally.agreeing_numbers,
            negation_conflicts: count(Reason::Negation),
            number_conflicts: count(Reason::NumberMismatch),
            // Another kind in the subject's slot is another filler of it, like another name;
            // so is a name in the other's role.
            entity_conflicts: count(Reason::EntityMismatch)
                + count(Reason::KindMismatch)
                + count(Reason::SwappedRoles),
            misquotes: count(Reason::Misquote),
            antonyms: count(Reason::Antonym),
            other_names: features::cap(other_names),
            unmatched_anywhere: 0.0,
            claim_negated: 0.0,
            source_negated: if sents[0].negations.is_empty() {
                0.0
            } else {
                1.0
            },
            extra_source_words: round3(extra_words(parts, sents[0])),
            undecided_numbers: tally.undecided_numbers,
            word_overlap: round3(word_overlap(claim, sents[0])),
            claim_size: round3(parts.len() as f64 / 10.0),
            unmatched_names: 0.0,
            hedged,
        };
        let mut context: Vec<usize> = unit
            .iter()
            .zip(&used)
            .skip(1)
            .filter(|(_, u)| **u)
            .map(|(i, _)| *i)
            .collect();
        context.sort_unstable();
        Evidence {
            sentence: unit[0],
            context,
            stance,
            score: round3(tally.coverage()),
            main_share: round3(tally.main_share()),
            main_states: round3(ratio(tally.in_main, tally.total())),
            matched: tally.matched,
            missing: tally.missing,
            conflicts: tally.conflicts,
            features,
            split_clauses: split.is_some(),
        }
    }

    /// Where the unit states the claim part `p`: its own word, a synonym, a part of a
    /// compound, said of the claim's subject, not a sequel's name.
    fn hits_in<'s>(
        &self,
        claim: &Analysis,
        p: &ClaimPart,
        sents: &[&'s Analysis],
    ) -> Vec<(usize, &'s Term)> {
        let hits: Vec<(usize, &'s Term)> = sents
            .iter()
            .enumerate()
            .flat_map(|(si, a)| a.terms.iter().map(move |t| (si, t)))
            .filter(|(si, t)| {
                same_term(p.term, t)
                    && !(p.is_name
                        && self.owner_of_person(sents[*si], t)
                        && !self.owns_a_person(claim, p.term))
                    || (!p.is_name || t.surface.contains('-'))
                        && shares_key(&p.term.match_keys, &t.part_keys)
            })
            .collect();
        let hits = if hits.is_empty() {
            compound_in(p.term, sents, self.lexicon)
        } else {
            hits
        };
        let hits = self.said_of_the_subject(claim, p.term, sents, hits);
        if p.is_name {
            hits.into_iter()
                .filter(|(si, t)| !names_a_sequel(claim, p.term, sents[*si], t))
                .collect()
        } else {
            hits
        }
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
            // Nor anything the closest evidence conflicts with, whatever kept the conflict
            // from deciding (a hedge, a missing name).
            let conflicted = !c.conflicts.is_empty()
                || c.missing.iter().any(|m| set_aside.contains(&m.as_str()));
            if (denial_unstated
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

/// Does the sentence open with a subject that only points at what the text is about: a
/// subject pronoun (`It was …`, `He later …`) or `the` and a common noun (`The film grossed …`)?
fn subject_points_at_topic(a: &Analysis, lex: &Lexicon) -> bool {
    // A fronted time or place (`In early 1989, the band signed …`) is not the subject.
    let after_comma = a.tokens.iter().position(|t| t.is_punct(","));
    let fronted = a.tokens.iter().find(|t| t.is_word()).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "in" | "on"
                | "at"
                | "after"
                | "before"
                | "during"
                | "by"
                | "since"
                | "later"
                | "however"
                | "then"
                | "subsequently"
                | "eventually"
                | "initially"
        )
    });
    let start = match after_comma {
        Some(c) if fronted => c + 1,
        _ => 0,
    };
    // The word tokens from there on, by index.
    let words: Vec<usize> = (start..a.tokens.len())
        .filter(|&i| a.tokens[i].is_word())
        .collect();
    let word = |k: usize| words.get(k).map(|&i| &a.tokens[i]);
    let Some(first) = word(0) else {
        return false;
    };
    if SUBJECT_PRONOUNS[..4].contains(&first.lower.as_str()) {
        return true;
    }
    let noun = |w: &str| lex.noun_at_end(&[w]).is_some();
    let common_noun = |t: &Token| !t.is_capitalized() && noun(&t.lower);
    // The subject ends at `w` when `w` is no noun and does not carry the noun phrase on.
    let ends_subject = |t: &Token| {
        !t.is_capitalized()
            && !noun(&t.lower)
            && !STOPWORDS_AFTER_SUBJECT.contains(&t.lower.as_str())
    };
    // `The film grossed …`: `the`, one common noun, then a word that is no noun (the verb,
    // so the noun is the whole subject: not `The vast majority of`, `The military junta`);
    // or the noun's possessive (`The company's portfolio`).
    let the_noun = |k: usize| {
        word(k).is_some_and(|t| t.lower == "the") && word(k + 1).is_some_and(common_noun)
    };
    let possessive_after = |k: usize| {
        words
            .get(k)
            .and_then(|&i| a.tokens.get(i + 1))
            .is_some_and(|t| t.kind == TokenKind::Possessive)
    };
    if the_noun(0) && (possessive_after(1) || word(2).is_some_and(ends_subject)) {
        return true;
    }
    // `Reviews of the film were …`: a noun of the topic, then `the` and one common noun.
    noun(&first.lower)
        && word(1).is_some_and(|t| matches!(t.lower.as_str(), "of" | "for"))
        && the_noun(2)
        && word(4).is_some_and(ends_subject)
}

/// Words after `the` and a noun that show the noun is not yet the whole subject.
const STOPWORDS_AFTER_SUBJECT: &[&str] = &[
    "of", "and", "or", "in", "for", "from", "with", "on", "at", "to", "by", "that", "which", "who",
];

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

/// The claim parts a sentence states apart from the rest of the claim, in a clause of their
/// own.
struct SplitClauses {
    /// The claim's subject, as written.
    subject: String,
    /// Indices into the claim's parts.
    strays: Vec<usize>,
    /// The clause that states them, as written.
    clause: String,
}

/// The claim's subject and what follows its verb, found in two clauses of the sentence that
/// each have the verb and a subject of their own (`France sent troops to the region, and the
/// UK sent aid`): the subject in the one, some of what follows only in the other. The claim
/// (`The UK sent troops to the region`) joins what neither clause says; what it says of its
/// subject that only the other clause has are the strays.
fn split_across_clauses(
    claim: &Analysis,
    parts: &[ClaimPart],
    hits: &[Vec<(usize, &Term)>],
    main: &Analysis,
) -> Option<SplitClauses> {
    let clause = main.clauses();
    if clause.last().is_none_or(|&c| c == 0) {
        return None;
    }
    // A claim that joins clauses of its own (`Democrats control 235 seats, while Republicans
    // control 200`) is read clause by clause against them.
    if claim.clauses().last().is_some_and(|&c| c > 0) {
        return None;
    }
    // A verb right after a name, or after one auxiliary: `the UK sent`, `France has sent`.
    // A word an auxiliary follows is a noun the name describes (`the Triple Crown
    // accreditation is held`).
    let after_subject = |a: &Analysis, t: &Term| {
        let aux = |k: usize| between_subject_and_verb(&a.tokens[k].lower);
        let subject_ends = if t.first >= 1 && aux(t.first - 1) {
            t.first - 1
        } else {
            t.first
        };
        subject_ends >= 1
            && a.tokens[subject_ends - 1].is_capitalized()
            && !a.tokens[t.first].is_capitalized()
            && !a
                .tokens
                .get(t.end)
                .is_some_and(|n| aux(t.end) && n.is_word())
    };
    // The claim's subject: the name before such a verb.
    let (si, vi) = parts.iter().enumerate().find_map(|(si, s)| {
        let vi = parts.iter().position(|v| {
            !v.is_name
                && (v.term.first == s.term.end || v.term.first == s.term.end + 1)
                && after_subject(claim, v.term)
        })?;
        s.is_name.then_some((si, vi))
    })?;
    let clauses_of = |pi: usize| -> Vec<usize> {
        let mut cs: Vec<usize> = hits[pi]
            .iter()
            .filter(|(si, _)| *si == 0)
            .map(|(_, t)| clause[t.first])
            .collect();
        cs.sort_unstable();
        cs.dedup();
        cs
    };
    // The clauses where the verb follows a subject of their own.
    let mut verb_in: Vec<usize> = hits[vi]
        .iter()
        .filter(|(si, t)| *si == 0 && after_subject(main, t))
        .map(|(_, t)| clause[t.first])
        .collect();
    verb_in.dedup();
    // `Kellerman wrote the majority opinion, while Oyelaran dissented` for `Oyelaran wrote
    // the majority opinion`: the subject only in a clause without the verb, the verb only
    // after a subject of its own in another. The verb and what follows it are strays.
    // (The subject with a verb of its own there, not one of a list of names: `Pratt,
    // Saldana, …, and Gillan issued a statement`.)
    let own_verb = || {
        hits[si].iter().filter(|(s, _)| *s == 0).any(|(_, t)| {
            // Past the rest of the name (`Samuel Oyelaran dissented`).
            let after = (t.end..main.tokens.len())
                .find(|&k| !(main.tokens[k].is_word() && main.tokens[k].is_capitalized()));
            // (An auxiliary may stand for the claim's verb: `but Latvia did not`.)
            after.is_some_and(|k| {
                let w = main.tokens[k].lower.as_str();
                main.tokens[k].is_word()
                    && !AUXILIARY_VERBS.contains(&w)
                    && !matches!(w, "do" | "does" | "can" | "may" | "might" | "must")
            })
        })
    };
    if let [home] = clauses_of(si)[..]
        && !verb_in.is_empty()
        && !clauses_of(vi).contains(&home)
        && own_verb()
    {
        let verb_end = parts[vi].term.end;
        let strays: Vec<usize> = (0..parts.len())
            .filter(|&pi| pi == vi || parts[pi].term.first >= verb_end && !parts[pi].is_name)
            .filter(|&pi| !clauses_of(pi).is_empty() && !clauses_of(pi).contains(&home))
            .collect();
        return Some(SplitClauses {
            subject: parts[si].term.surface.clone(),
            strays,
            clause: main.clause_text(clause, verb_in[0]).to_string(),
        });
    }
    let home = match clauses_of(si)[..] {
        [home] if verb_in.contains(&home) && verb_in.len() >= 2 => home,
        _ => return None,
    };
    // What the claim says after its verb, found only in another clause that has the verb.
    let verb_end = parts[vi].term.end;
    let strays: Vec<usize> = (0..parts.len())
        .filter(|&pi| parts[pi].term.first >= verb_end)
        .filter(|&pi| match clauses_of(pi)[..] {
            [c] => c != home && verb_in.contains(&c),
            _ => false,
        })
        .collect();
    let other = clauses_of(*strays.first()?)[0];
    Some(SplitClauses {
        subject: parts[si].term.surface.clone(),
        strays,
        clause: main.clause_text(clause, other).to_string(),
    })
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
