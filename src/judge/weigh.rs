//! Weighing one unit of evidence: the flow that runs the checks of the sibling modules over
//! the claim's parts, figures and quotations, tallies what the sentences state, miss and
//! contradict, and sets the unit's stance and features. Kept apart from `mod.rs` because
//! it is the judge's longest step, read on its own.

use crate::text::analysis::{AUXILIARY_VERBS, distance_from_base, unconfirmed};
use crate::text::numbers::QuantityKind;
use crate::text::tokens::{Token, TokenKind};
use crate::text::{Analysis, Lexicon, Term};

use super::coverage::{extra_words, word_overlap};
use super::features;
use super::modality::{
    NotYet, alleged_over, condition_over, forecast_over, hedge_over, not_yet_over, only_asked_for,
    reports_speech, says_alleged, speaks_of_a_plan, verb_hits,
};
use super::names::{
    SlotFill, agent_swapped, another_name, full_name_in, names_a_sequel, other_subject,
    passive_reverses_active, swapped_roles, verb_of_another_object,
};
use super::polarity::{
    anchor, denied_in_its_place, graded_the_other_way, joined, negation_words, order_reversed,
    read_where_bound, reversed_comparison, split_vote,
};
use super::quantities::{
    ComparedBy, QuantityMatch, comparison_of, counts_persons, is_unit_of, settle_shares,
    settle_sides,
};
use super::quotes::{another_name_quoted, contains_words, overlap, quoted_rival};
use super::{
    ClaimPart, Conflict, Evidence, Features, Judge, Reason, SUBJECT_PRONOUNS, Stance, Tally,
    between_subject_and_verb, claim_uses, compound_in, q_text, ratio, round3, same_term,
    shares_key,
};

/// Share of the claim an evidence must be about before its conflict counts.
const ABOUTNESS: f64 = 0.6;

impl<'a> Judge<'a> {
    /// Judges one unit of evidence against the claim.
    ///
    /// The unit's first sentence is the main one; a neighbour may complete it, and the
    /// headline may supply the topic (`to Ukraine`), but conflicts are looked for only in the
    /// sentences themselves, not in the headline.
    pub(super) fn weigh(&self, claim: &Analysis, parts: &[ClaimPart], unit: &[usize]) -> Evidence {
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
        settle_sides(claim, &sents, &mut in_unit);
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
        let verb_elsewhere =
            verb_of_another_object(claim, parts, &all_hits, sents[0], self.lexicon);
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
                } else if let Some(c) = self
                    .held_unchanged(claim, p.term, sents[0])
                    .or_else(|| self.direction_denied(claim, p.term, sents[0]))
                {
                    // `trade rose to 20 billion` against `20 billion, down from 23 billion`.
                    tally.conflict(p.weight, c);
                } else if let Some((si, by)) = self.direction_stated(claim, p.term, &sents) {
                    // `trade fell to 20 billion` stated by `20 billion, down from 23 billion`.
                    used[si] = true;
                    let shown = format!("{} (by “{by}”)", p.term.surface);
                    tally.cover(p.weight, si == 0, &shown);
                } else if let Some(by) = (p.is_name)
                    .then(|| self.described_by_the(p.term, unit[0]))
                    .flatten()
                {
                    // `the dam's gates` for `the Kossar dam's gates`.
                    let shown = format!("{} (by “{by}”)", p.term.surface);
                    tally.cover(p.weight, true, &shown);
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
            if let Some(c) = self.held_unchanged(claim, p.term, sents[0]) {
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
            // A name a neighbour or the headline gives, which the main sentence calls `the`
            // and a noun the article joins to it (`the dam` for the Kossar dam).
            let described = (p.is_name && !in_main)
                .then(|| self.described_by_the(p.term, unit[0]))
                .flatten();
            if let Some(by) = described {
                let shown = format!("{} (by “{by}”)", p.term.surface);
                tally.cover(p.weight, true, &shown);
                continue;
            }
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
            // `opposed the cap` against `backed the cap but opposed the longer school day`:
            // like a name in another role, no near match passes without it.
            if let Some((_, other)) = verb_elsewhere.as_ref().filter(|(v, _)| *v == pi) {
                tally.missing_names += 1.0;
                let shown = format!("{} (the source says it of “{other}”)", p.term.surface);
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
        if let Some(c) = agent_swapped(claim, parts, &all_hits, sents[0])
            .or_else(|| passive_reverses_active(claim, parts, &all_hits, sents[0]))
        {
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
            settle_sides(claim, &body, &mut in_body);
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
                            claim_words: figure_with_side(claim, q),
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
        if let Some((at, title)) = self.title_replaced(claim, body[0])
            && let Some(p) = parts.iter().find(|p| p.term.first <= at && at < p.term.end)
        {
            tally.conflict(p.weight, another_name(p.term, title));
        }
        // `through striker Milo Trask` against `through striker Danel Okoro`.
        if let Some((at, other)) = self.role_held_by_another(claim, body[0])
            && let Some(p) = parts.iter().find(|p| p.term.first <= at && at < p.term.end)
        {
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

/// The claim's figure as the reader should see it in a conflict: with the word that says which
/// side of its base it lies (`5.8 percent higher`), which is light as a word of its own.
fn figure_with_side(claim: &Analysis, q: &crate::text::numbers::Quantity) -> String {
    match distance_from_base(&claim.tokens, q, &claim.quantities) {
        Some((at, _)) => claim.text[claim.tokens[q.first].start..claim.tokens[at].end].to_string(),
        None => q_text(claim, q),
    }
}
