//! Figures: which source quantity bears on each claim quantity (what the two count, their
//! period, place and purpose), changes, shares, comparisons with `than`, and ranks (`the
//! largest` against `the second-largest`). Kept apart because figures are matched by
//! rating and agreement of values, not by the word keys that match the rest of a claim.

use crate::text::analysis::{Counted, DETERMINERS, Move, distance_from_base};
use crate::text::lexicon::Direction;
use crate::text::numbers::{self, Agreement, Bound, Quantity, QuantityKind};
use crate::text::{Analysis, Term};

use super::{Conflict, Judge, Reason, q_text, shares_key, term_ending_at, term_starting_at};

/// Is the term a noun that only says a count is of persons (`300 people`)? It weighs as
/// little as an event when telling counts apart, and needs no mention once the count agrees.
pub(super) fn counts_persons(a: &Analysis, t: &Term) -> bool {
    crate::text::analysis::only_says_persons(&a.tokens[t.first].lower)
}

impl<'a> Judge<'a> {
    /// How the evidence bears on one claim quantity.
    ///
    /// Each comparable source quantity is rated by how much of what it counts it shares with
    /// the claim's (`fifteen studio albums` over `three compilation albums` for `fewer than 10
    /// studio albums`); the best-rated ones decide. Counts must share something; a date,
    /// amount, share or score that is the only one of its kind in the sentence may stand on
    /// its own.
    ///
    /// A source number that agrees with one claim number does not contradict another
    /// (`29,056 cases, 119 deaths` for `more than 28,000 cases, more than 117 died`):
    /// it is the first one's.
    pub(super) fn quantities_in(
        &self,
        claim: &Analysis,
        sents: &[&Analysis],
    ) -> Vec<QuantityMatch> {
        let mut rated: Vec<Vec<Rated>> = (claim.quantities.iter().enumerate())
            .map(|(qi, q)| self.rate_quantity(claim, q, &claim.quantity_context[qi], sents))
            .collect();
        // `more than two-thirds of the 2,800 barrels` is stated by `1,900 barrels`: the source
        // count that counts what the share's part counts, taken out of the claim's whole,
        // meets the share, or (with the give of a round source figure) cannot. That count is
        // then the part, no rival value of the whole.
        for (wi, ctx) in claim.quantity_context.iter().enumerate() {
            let Some(pi) = ctx.part else { continue };
            let (share, whole) = (&claim.quantities[pi], &claim.quantities[wi]);
            if share.kind != QuantityKind::Percent || whole.kind != QuantityKind::Count {
                continue;
            }
            let as_count = Quantity {
                kind: QuantityKind::Count,
                value: share.value * whole.value / 100.0,
                span: 0.0,
                ..share.clone()
            };
            // The share the source count is of the whole: as stated, and with its give.
            let share_of_whole = |x: &Rated, bound: Bound| Quantity {
                kind: QuantityKind::Percent,
                value: x.value / whole.value * 100.0,
                span: 0.0,
                bound,
                ..share.clone()
            };
            let met: Vec<Rated> = self
                .rate_quantity(claim, &as_count, &claim.quantity_context[pi], sents)
                .into_iter()
                // A part is less than its whole: the source's own whole is the whole's.
                .filter(|x| x.value < whole.value)
                .filter_map(|x| {
                    let bound = sents[x.at.0].quantities[x.at.1].bound;
                    let agreement = if share.agreement(&share_of_whole(&x, Bound::Exact))
                        == Agreement::Agrees
                    {
                        Agreement::Agrees
                    } else if share.agreement(&share_of_whole(&x, bound)) == Agreement::Conflicts {
                        Agreement::Conflicts
                    } else {
                        return None;
                    };
                    Some(Rated { agreement, ..x })
                })
                .collect();
            rated[wi].retain(|x| !met.iter().any(|m| m.at == x.at));
            rated[pi].extend(met);
        }
        let agreed: Vec<Option<(usize, usize)>> = rated
            .iter()
            .map(|r| {
                let best = r.iter().map(|x| x.overlap).max()?;
                r.iter()
                    .find(|x| x.overlap == best && x.agreement == Agreement::Agrees)
                    .map(|x| x.at)
            })
            .collect();
        // It is the other's only when it shares more with the other than with this one.
        let taken_from = |qi: usize, x: &Rated| {
            (agreed.iter().zip(&rated).enumerate()).any(|(o, (a, r))| {
                o != qi
                    && *a == Some(x.at)
                    && r.iter().any(|y| y.at == x.at && y.overlap > x.overlap)
            })
        };
        // `Tarkan's 2011 agreement runs until 2036` against `its 2011 agreement`: one source
        // figure states one claim figure. The one it gives exactly keeps it; a bound that it
        // also meets (`until 2036`) is not stated by it.
        let exactly = |qi: usize, at: (usize, usize)| {
            let q = &claim.quantities[qi];
            let sq = &sents[at.0].quantities[at.1];
            q.bound == Bound::Exact && q.value == sq.value
        };
        let stated_by_other = |qi: usize, x: &Rated| {
            x.agreement == Agreement::Agrees
                && !exactly(qi, x.at)
                && (0..agreed.len()).any(|o| o != qi && agreed[o] == Some(x.at) && exactly(o, x.at))
        };
        let keep: Vec<Vec<bool>> = (rated.iter().enumerate())
            .map(|(qi, r)| {
                r.iter()
                    .map(|x| {
                        (x.agreement != Agreement::Conflicts || !taken_from(qi, x))
                            && !stated_by_other(qi, x)
                    })
                    .collect()
            })
            .collect();
        // `more than 310 cases by April 9` against `306 cases as of 8 April`: a count given
        // for a day before the claim's deadline is a snapshot of a running total. It may
        // still grow, so it states no upper bound and denies no lower one.
        let snapshot = (claim.quantities.iter().zip(&rated)).any(|(q, r)| {
            let deadline = matches!(q.kind, QuantityKind::Date) && q.bound == Bound::AtMost;
            let day_of = |x: &Rated| {
                let sq = &sents[x.at.0].quantities[x.at.1];
                (sq.value, sq.value + sq.span)
            };
            let agreeing = || r.iter().filter(|x| x.agreement == Agreement::Agrees);
            deadline
                && agreeing().any(|x| day_of(x).1 < q.value)
                && !agreeing().any(|x| day_of(x).1 >= q.value)
        });
        rated
            .into_iter()
            .enumerate()
            .map(|(qi, mut r)| {
                let mut k = keep[qi].iter();
                r.retain(|_| *k.next().unwrap_or(&true));
                let q = &claim.quantities[qi];
                let decided = decide_quantity(&r, q);
                let grows = snapshot && q.kind == QuantityKind::Count;
                match decided {
                    QuantityMatch::Agrees(_)
                        if grows && !matches!(q.bound, Bound::MoreThan | Bound::AtLeast) =>
                    {
                        QuantityMatch::Undecided
                    }
                    QuantityMatch::Conflicts(_)
                        if grows && matches!(q.bound, Bound::MoreThan | Bound::AtLeast) =>
                    {
                        QuantityMatch::Undecided
                    }
                    other => other,
                }
            })
            .collect()
    }

    fn rate_quantity(
        &self,
        claim: &Analysis,
        q: &Quantity,
        ctx: &Counted,
        sents: &[&Analysis],
    ) -> Vec<Rated> {
        let counted = matches!(q.kind, QuantityKind::Count | QuantityKind::Ordinal);
        let change = self.says_change(claim, q);
        let alone = |a: &Analysis, kind: &QuantityKind| {
            a.quantities.iter().filter(|x| &x.kind == kind).count() == 1
        };
        let claim_period = period_of(claim, q);
        let claim_figure_of_period = figure_of_period(claim, q);
        let is_part =
            |x: &Analysis, at: usize| x.quantity_context.iter().any(|c| c.part == Some(at));
        let claim_part = (claim.quantities.iter())
            .position(|x| x.first == q.first)
            .is_some_and(|c| is_part(claim, c));
        // What the claim's figure is, read once for every source figure it meets.
        let claim_age = self.is_age(claim, q);
        let claim_interval = is_interval(claim, q);
        let claim_place_holders = names_before(claim, q.first);
        let claim_unit = measure_after(claim, q);
        let mut rated: Vec<Rated> = Vec::new();
        for (si, a) in sents.iter().enumerate() {
            // `Lewis and Levy controlled 71% and 29% respectively`: a figure given to an item
            // of the list that the claim does not name is not the claim's, when it names
            // another item.
            let items = a.respective_items();
            let names = |r: &std::ops::Range<usize>| {
                a.terms.iter().any(|st| {
                    r.contains(&st.first)
                        && claim
                            .terms
                            .iter()
                            .any(|ct| shares_key(&ct.match_keys, &st.match_keys))
                })
            };
            let named_item = items.iter().flatten().any(names);
            // (Only when that clause gives a figure of the claim's kind to compare with.)
            let subject_clause = clause_of_subject(claim, a).filter(|&c| {
                (a.quantities.iter()).any(|x| a.clauses()[x.first] == c && q.comparable(x))
            });
            // A sentence that gives figures in the claim's own unit too measures other
            // things in its other units (`3 feet 2 inches by 25 feet`, `35 miles (56
            // km)`): those are compared as before, by what they count.
            let in_claim_unit_too = (a.quantities.iter())
                .any(|x| claim_unit.is_some() && measure_after(a, x) == claim_unit);
            for (i, sq) in a.quantities.iter().enumerate() {
                if !q.comparable(sq) {
                    continue;
                }
                // `the union wants 12%, while the government has offered 5.5%`: a claim
                // about the government is about the figures of its clause.
                if subject_clause.is_some_and(|c| a.clauses()[sq.first] != c) {
                    continue;
                }
                // `Santorini finished second, with Ward third`: a place named right after
                // other names is theirs, no value of the claim's (`Ward finished second`).
                // (Only when the sentence gives the claim's name a place of its own.)
                if q.kind == QuantityKind::Ordinal && sq.kind == QuantityKind::Ordinal {
                    let held_by_ours = |x: &Quantity| {
                        (names_before(a, x.first).iter()).any(|s| {
                            (claim_place_holders.iter())
                                .any(|c| shares_key(&c.match_keys, &s.match_keys))
                        })
                    };
                    let own_place = (a.quantities.iter().enumerate())
                        .any(|(j, x)| j != i && x.kind == QuantityKind::Ordinal && held_by_ours(x));
                    if own_place && !held_by_ours(sq) {
                        continue;
                    }
                }
                // `a 12-year-old boy` gives an age, `three people` a count: neither is a
                // value of the other, whatever they share (`three people, including a
                // 12-year-old boy`).
                if claim_age != self.is_age(a, sq) {
                    continue;
                }
                // Nor is `every six months`, how often, a value of `for 12 months`, how long.
                if claim_interval != is_interval(a, sq) {
                    continue;
                }
                // `rise to 66 from 64` against `from 64 to 66`: the figure after `to` is the
                // new one, after `from` the old; the one is no value for the other.
                fn role(x: &Analysis, at: usize) -> Option<&str> {
                    at.checked_sub(1)
                        .map(|k| x.tokens[k].lower.as_str())
                        .filter(|w| matches!(*w, "to" | "from"))
                }
                if let (Some(c), Some(s)) = (role(claim, q.first), role(a, sq.first))
                    && c != s
                {
                    continue;
                }
                if named_item && items[i].as_ref().is_some_and(|r| !names(r)) {
                    continue;
                }
                // `rose by more than 100` is a change, not the level `1,140` a move reached
                // (see [`Judge::settle_changes`]).
                if change
                    && (a.moves.iter()).any(|m| m.figures.len() == 2 && m.figures.contains(&i))
                {
                    continue;
                }
                // `raise fees by 10%` is a change; `students make up 23% of enrolment` is a
                // level of another thing, no rival of it. A level that a move reached or
                // left is weighed above; a level alone in a sentence without a move is not.
                if change
                    && q.kind == QuantityKind::Percent
                    && a.moves.is_empty()
                    && !self.says_change(a, sq)
                {
                    continue;
                }
                // The item it is given to is what it is about, as a counted word would be.
                let own_item = usize::from(items[i].as_ref().is_some_and(names));
                let sctx = &a.quantity_context[i];
                // `released all 20 hostages` against `released 12 of the 20 hostages`: the
                // whole is what the part is out of, and what the verb did it did to the
                // part. The whole still counts for another verb (`20 were kidnapped`).
                let acted_on_part = sctx.part.is_some_and(|p| {
                    word_before_figure(claim, q.first)
                        .zip(word_before_figure(a, a.quantities[p].first))
                        .is_some_and(|(c, s)| shares_key(&c.match_keys, &s.match_keys))
                });
                if acted_on_part {
                    continue;
                }
                // `27 of the 312 children` against `Of the 312 children, 27 …`: a whole is no
                // value of a part, nor a part of a whole.
                if ctx.part.is_some() && is_part(a, i) || claim_part && sctx.part.is_some() {
                    continue;
                }
                // A figure the sentence corrects stands only for a claim that says it was the
                // first one (`its initial 6.7 reading`).
                if sctx.superseded && !says_initial(claim, q) {
                    continue;
                }
                // How many of the claim's counted words the source's share (words, not
                // synonym keys: a word in many synonym groups weighs no more than another),
                // twice each, `people` once; what happened to them on either side (`965
                // people have died` for `1,000 deaths`), once; a shared place word, twice.
                // A rank's own word counts its parts: `fifth-highest` ranks by highest.
                let same = |ct: usize, st: usize| {
                    let (c, s) = (&claim.terms[ct], &a.terms[st]);
                    // `210 railway stations` counts what `120 stations` counts: the head of
                    // the claim's compound.
                    let head = c.part_keys.last().map(std::slice::from_ref).unwrap_or(&[]);
                    shares_key(&c.match_keys, &s.match_keys)
                        || (s.first, s.end) == (sq.first, sq.end)
                            && shares_key(&c.match_keys, &s.part_keys)
                        || !c.is_name && shares_key(head, &s.match_keys)
                };
                // `18 people` are counted by `18 critics`: a word that only says it counts
                // persons is met by any noun that names persons.
                let persons = |st: usize| {
                    let surface = a.terms[st].surface.to_lowercase();
                    let head = surface.rsplit(' ').next().unwrap_or(&surface);
                    self.lexicon.names_a_person(head)
                };
                // `three weeks` and `19 days` both count time: the unit words differ.
                let both_durations =
                    q.kind == QuantityKind::Duration && sq.kind == QuantityKind::Duration;
                let things: usize = ctx
                    .things
                    .iter()
                    .map(|&ct| {
                        let by_persons = counts_persons(claim, &claim.terms[ct]);
                        let met = sctx
                            .things
                            .iter()
                            .any(|&st| same(ct, st) || by_persons && persons(st));
                        match (met, by_persons) {
                            (false, _) => 0,
                            (true, true) => 1,
                            (true, false) => 2,
                        }
                    })
                    .sum();
                let claim_event = ctx.event.is_some_and(|ct| {
                    sctx.things
                        .iter()
                        .chain(&sctx.event)
                        .any(|&st| same(ct, st))
                });
                let source_event = sctx
                    .event
                    .is_some_and(|st| ctx.things.iter().any(|&ct| same(ct, st)));
                let setting = ctx
                    .setting
                    .iter()
                    .filter(|&&ct| sctx.setting.iter().any(|&st| same(ct, st)))
                    .count();
                // An increase is not a total (`fourteen new cases` against `75 cases`) when
                // the sentence gives the total too.
                let total_given = || {
                    a.quantities
                        .iter()
                        .zip(&a.quantity_context)
                        .any(|(x, xc)| x.kind == sq.kind && !xc.increment)
                };
                if sctx.increment && !ctx.increment && total_given() {
                    continue;
                }
                // A figure the source gives for another place is not the claim's figure:
                // `$159 million in the United States` for `$355 million elsewhere`.
                if setting == 0 && !ctx.setting.is_empty() && !sctx.setting.is_empty() {
                    continue;
                }
                // A figure given for another period is no value of the claim's (`7.2 billion
                // at the end of September, up from 6.5 billion at the end of June` for `7.2
                // billion at the end of June`); one given for the same period is its value.
                let periods = match (claim_period, period_of(a, sq)) {
                    (Some(c), Some(s)) if c.comparable(s) => Some(c.agreement(s)),
                    _ => None,
                };
                if periods == Some(Agreement::Conflicts) {
                    continue;
                }
                // And the period of a figure is the one given with its value: `in 2024` is
                // stated by the `in 2024` of `3.8 percent in 2024`, not rivalled by the
                // `in 2023` of `4.1 percent in 2023`.
                let period_of_the_value = claim_figure_of_period
                    .zip(figure_of_period(a, sq))
                    .is_some_and(|(cf, sf)| {
                        matches!(cf.bound, Bound::Exact | Bound::Approx)
                            && cf.comparable(sf)
                            && ends_agreement(claim, cf, a, sf) == Agreement::Agrees
                    });
                let period_met = usize::from(periods == Some(Agreement::Agrees))
                    + usize::from(period_of_the_value);
                // `about 40 metres` against `about 40 centimetres`: two figures of one measure
                // are compared in one unit (`4 kilometres` is `4,000 metres`), and the unit
                // then counts as what both measure.
                let (agreement, one_measure) = match claim_unit
                    .zip(measure_after(a, sq))
                    .filter(|((cd, _), (sd, _))| cd == sd)
                    .filter(|(c, s)| c == s || !in_claim_unit_too)
                {
                    Some(((_, per_claim_unit), (_, per_source_unit))) => {
                        let scale = per_source_unit / per_claim_unit;
                        // A figure turned into another unit is rounded (`35 miles (56 km)`):
                        // about so much, unless it comes out as the claim's figure.
                        let value = sq.value * scale;
                        let bound = match sq.bound {
                            Bound::Exact
                                if scale != 1.0
                                    && (value - q.value).abs() > 1e-9 * q.value.abs() =>
                            {
                                Bound::Approx
                            }
                            other => other,
                        };
                        let in_claim_unit = Quantity {
                            value,
                            span: sq.span * scale,
                            bound,
                            ..sq.clone()
                        };
                        (ends_agreement(claim, q, a, &in_claim_unit), true)
                    }
                    None => (ends_agreement(claim, q, a, sq), false),
                };
                let things = if one_measure { things.max(2) } else { things };
                // Two lengths of time count time whatever their units (`three weeks`, `19
                // days`).
                let unit_met =
                    both_durations && (ctx.things.iter()).any(|&ct| is_unit_of(claim, q, ct));
                // Figures with nothing counted in common are no rival values of each other,
                // whatever else they share: a unit of time (`by 37 seconds` and `more than two
                // minutes outside the record` may be margins of two runners), or a place
                // when each counts its own noun (`18 months at Halvard`, `1.1 kilowatts at
                // Halvard`; persons are counted under many nouns, `lives`, `people`).
                let own_nouns = || {
                    let plain = |t: &Term| {
                        !t.is_name && !self.lexicon.may_name_a_person(&t.surface.to_lowercase())
                    };
                    q.kind == QuantityKind::Count
                        && sq.kind == QuantityKind::Count
                        && term_starting_at(claim, q.end)
                            .zip(term_starting_at(a, sq.end))
                            .is_some_and(|(c, s)| {
                                plain(c) && plain(s) && !shares_key(&c.match_keys, &s.match_keys)
                            })
                };
                let rivals_nothing = things == 0
                    && !claim_event
                    && !source_event
                    && (unit_met && setting == 0 || own_nouns());
                if rivals_nothing && agreement == Agreement::Conflicts {
                    continue;
                }
                let things = things + 2 * usize::from(unit_met);
                // Doubled, so that on a tie a shared place decides: `52 in the Federation`
                // over `168 confirmed cases` for `55 confirmed in the Federation`.
                let linked = things
                    + usize::from(claim_event)
                    + usize::from(source_event)
                    + 2 * setting
                    + 2 * own_item;
                // A shared period ranks figures that share something else; it links a date
                // to the date of its figure, and a figure to one that says nothing of what
                // it counts (`down from 4.1 percent in 2023`), but no two figures of
                // different things.
                let period_met = if linked > 0 || q.kind.is_time() || sctx.things.is_empty() {
                    period_met
                } else {
                    0
                };
                let overlap = 2 * (linked + 2 * period_met) + usize::from(setting > 0);
                let both_bare = ctx.things.is_empty() && sctx.things.is_empty();
                let stands_alone = !counted && alone(a, &sq.kind) && alone(claim, &q.kind);
                if overlap == 0 && !both_bare && !stands_alone {
                    continue;
                }
                // Two sums are told apart by what they are for: `the crown was insured for 6
                // million euros` has no rival in `offered a reward of 100,000 euros`. When
                // each names what it is for and they share none of it, they are sums of two
                // things, even alone in their sentences.
                if overlap == 0
                    && matches!(q.kind, QuantityKind::Money(_))
                    && !ctx.things.is_empty()
                    && !sctx.things.is_empty()
                    && agreement == Agreement::Conflicts
                    && !same_purpose(claim, q.first, a, sq.first)
                {
                    continue;
                }
                rated.push(Rated {
                    overlap,
                    at: (si, i),
                    agreement,
                    // With its unit, when that is what tells the figures apart.
                    text: match term_starting_at(a, sq.end).filter(|_| one_measure) {
                        Some(unit) => {
                            a.text[a.tokens[sq.first].start..a.tokens[unit.end - 1].end].to_string()
                        }
                        None => q_text(a, sq),
                    },
                    span: sq.span,
                    value: sq.value,
                });
            }
        }
        rated
    }

    /// Is the figure an age: `12` of `a 12-year-old`, `12 years old`, `aged 12`, `at the age
    /// of 12` or `in his 40s`?
    fn is_age(&self, a: &Analysis, q: &Quantity) -> bool {
        let age = self.lexicon.stem("year-old");
        let word = |k: usize| a.tokens.get(k).map_or("", |t| t.lower.as_str());
        let hyphen = word(q.end) == "-";
        let of = q.first > 0 && word(q.first - 1) == "of";
        let decade = q.first > 1
            && word(q.first - 2) == "in"
            && matches!(word(q.first - 1), "his" | "her" | "their")
            && word(q.first).ends_with('s');
        // (`the age of thirty`: `age` is keyed as an age only before digits.)
        let age_of = self.lexicon.stem("age");
        decade
            || a.terms.iter().any(|t| {
                (t.key == age || of && t.key == age_of)
                    && (t.first == q.end
                        || hyphen && t.first == q.end + 1
                        || t.end == q.first
                        || of && t.end + 1 == q.first)
            })
    }

    /// `the highest rated show` against `the second highest rated show`: a superlative
    /// without a rank is the first, and the main sentence ranks the same word lower.
    pub(super) fn ranked_below_first(
        &self,
        claim: &Analysis,
        term: &Term,
        hits: &[(usize, &Term)],
        main: &Analysis,
    ) -> Option<Conflict> {
        if !self.says_the_first(claim, term) {
            return None;
        }
        let in_main: Vec<&Term> = hits
            .iter()
            .filter(|(si, _)| *si == 0)
            .map(|(_, t)| *t)
            .collect();
        let ranked = |t: &&Term| {
            main.rank_before(t).is_some_and(|r| r.value > 1.0)
                && ranks_the_same_thing(claim, term.end, main, t.end)
        };
        if in_main.is_empty() || !in_main.iter().all(ranked) {
            return None;
        }
        let t = in_main[0];
        let rank = main.rank_before(t)?;
        let rank_words = main.tokens[rank.first..rank.end]
            .iter()
            .map(|x| x.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        Some(Conflict {
            reason: Reason::NumberMismatch,
            claim_words: term.surface.clone(),
            source_words: format!("{rank_words} {}", t.surface),
            claim_at: term.first,
            claim_denies: false,
        })
    }

    /// Does the claim say `term` is the first: a superlative without a rank, after `the` or
    /// an owner (`the highest`, `Verania's largest`, `its biggest`)? `one of the highest`,
    /// `among Europe's largest` and `top ten highest` say it is not first or need not be.
    fn says_the_first(&self, claim: &Analysis, term: &Term) -> bool {
        let before = |n: usize| {
            term.first
                .checked_sub(n)
                .map_or("", |k| claim.tokens[k].lower.as_str())
        };
        let definite = matches!(
            before(1),
            "the" | "'s" | "’s" | "its" | "their" | "his" | "her" | "our"
        );
        let among = (1..=4)
            .any(|n| before(n) == "among" || before(n) == "of" && before(n + 1) == "one")
            || before(2) == "of";
        definite
            && !among
            && self.lexicon.is_superlative(&term.surface.to_lowercase())
            && claim.rank_before(term).is_none()
    }

    /// `Verania's largest port` against `Verania's second-largest port`: the first, against
    /// a rank in one word below it of the same superlative and the same thing.
    pub(super) fn ranked_below_in_one_word(
        &self,
        claim: &Analysis,
        term: &Term,
        main: &Analysis,
    ) -> Option<Conflict> {
        if !self.says_the_first(claim, term) {
            return None;
        }
        let lower = term.surface.to_lowercase();
        let rank = main.quantities.iter().find(|q| {
            q.kind == QuantityKind::Ordinal
                && q.value > 1.0
                && q.end == q.first + 1
                && main.tokens[q.first]
                    .lower
                    .split_once('-')
                    .is_some_and(|(_, sup)| sup == lower)
                && ranks_the_same_thing(claim, term.end, main, q.end)
        })?;
        Some(Conflict {
            reason: Reason::NumberMismatch,
            claim_words: term.surface.clone(),
            source_words: main.tokens[rank.first].text.clone(),
            claim_at: term.first,
            claim_denies: false,
        })
    }

    /// `the third highest-paid` against `the highest-paid`: a superlative the claim ranks
    /// below the first, against the same superlative with no rank in the main sentence,
    /// which is the first (see [`first_superlative`]).
    pub(super) fn ranked_first(
        &self,
        claim: &Analysis,
        term: &Term,
        main: &Analysis,
    ) -> Option<Conflict> {
        let rank = claim.rank_before(term).filter(|r| r.value > 1.0)?;
        let lower = term.surface.to_lowercase();
        if !self.lexicon.is_superlative(&lower) {
            return None;
        }
        let first = first_superlative(main, &lower)?;
        Some(Conflict {
            reason: Reason::NumberMismatch,
            claim_words: claim.text[claim.tokens[rank.first].start..claim.tokens[term.end - 1].end]
                .to_string(),
            source_words: format!("the {}", first.surface),
            claim_at: rank.first,
            claim_denies: false,
        })
    }

    /// `the authority's second-largest` against `the largest ever imposed by the authority`:
    /// a rank in one word below the first, against its superlative with no rank.
    pub(super) fn ranked_first_in_one_word(
        &self,
        claim: &Analysis,
        q: &Quantity,
        main: &Analysis,
    ) -> Option<Conflict> {
        if q.kind != QuantityKind::Ordinal || q.value <= 1.0 || q.end != q.first + 1 {
            return None;
        }
        let word = &claim.tokens[q.first];
        let (_, superlative) = word.lower.split_once('-')?;
        if !self.lexicon.is_superlative(superlative) {
            return None;
        }
        let first = first_superlative(main, superlative)?;
        Some(Conflict {
            reason: Reason::NumberMismatch,
            claim_words: word.text.clone(),
            source_words: format!("the {}", first.surface),
            claim_at: q.first,
            claim_denies: false,
        })
    }

    /// Does the claim give its figure `q` as a change (after `by`, or after a word for a
    /// rise, fall, loss or gain: `rose by 75`, `lost 9,500 dinars`)?
    fn says_change(&self, claim: &Analysis, q: &Quantity) -> bool {
        let Some(before) = q.first.checked_sub(1).map(|i| &claim.tokens[i]) else {
            return false;
        };
        let key = self.lexicon.stem(&before.lower);
        // `fell below 3 percent`, `rose above 5%`: where it went, not by how much.
        let level = matches!(
            claim.tokens[q.first].lower.as_str(),
            "below" | "above" | "under" | "over" | "past" | "beyond"
        );
        // `700 marks below the previous limit`: the distance from a figure named after it.
        let from_a_base = distance_from_base(&claim.tokens, q, &claim.quantities).is_some();
        !q.kind.is_time()
            && !level
            && (before.lower == "by"
                || from_a_base
                || self.lexicon.direction(&key).is_some()
                || matches!(key.as_str(), "lose" | "gain" | "shed" | "add"))
    }

    /// Figures of the claim that a move of the sentences states (see [`Analysis::moves`]):
    /// a change (`the typical home lost 9,500 dinars`) is the difference between the move's
    /// two figures (`sold for 287,400 dinars, down from 296,900`), and agrees or conflicts
    /// with it; where a move ended (`to 1,842`) or started (`from 1,310`) is that figure of
    /// the move. A change agreeing with a level (`rose by more than 100` against `1,140`)
    /// is no agreement when the sentence gives the change.
    pub(super) fn settle_changes(
        &self,
        claim: &Analysis,
        sents: &[&Analysis],
        found: &mut [QuantityMatch],
    ) {
        for (qi, q) in claim.quantities.iter().enumerate() {
            let before = q
                .first
                .checked_sub(1)
                .map(|i| claim.tokens[i].lower.as_str());
            let end = match before {
                Some("to") => Some(1),
                Some("from") => Some(0),
                _ => None,
            };
            let change = self.says_change(claim, q);
            if !change && end.is_none() || q.kind.is_time() {
                continue;
            }
            for (si, a) in sents.iter().enumerate() {
                for m in &a.moves {
                    let [old, new] = m.figures[..] else {
                        continue;
                    };
                    if let Some(e) = end {
                        let figure = &a.quantities[if e == 1 { new } else { old }];
                        if q.comparable(figure)
                            && q.agreement(figure) == Agreement::Agrees
                            && !matches!(found[qi], QuantityMatch::Agrees(_))
                        {
                            found[qi] = QuantityMatch::Agrees(si);
                        }
                        continue;
                    }
                    let Some(moved) = move_change(a, m).filter(|c| q.comparable(c)) else {
                        continue;
                    };
                    // `700 marks above the previous limit` against a move down from it.
                    let against = distance_from_base(&claim.tokens, q, &claim.quantities)
                        .is_some_and(|(_, way)| way != m.way);
                    let agreement = if against {
                        Agreement::Conflicts
                    } else {
                        q.agreement(&moved)
                    };
                    match agreement {
                        Agreement::Agrees => found[qi] = QuantityMatch::Agrees(si),
                        Agreement::Conflicts if !matches!(found[qi], QuantityMatch::Agrees(_)) => {
                            let words = a.text[a.tokens[m.first].start..a.tokens[m.end - 1].end]
                                .to_string();
                            found[qi] = QuantityMatch::Conflicts(words);
                        }
                        Agreement::Undecided if !matches!(found[qi], QuantityMatch::Agrees(_)) => {
                            found[qi] = QuantityMatch::Undecided
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}

/// A source quantity that may bear on a claim quantity: how much of what they count they
/// share, where it is (sentence, quantity), how it bears, and its text.
struct Rated {
    overlap: usize,
    at: (usize, usize),
    agreement: Agreement,
    text: String,
    /// How much time or value it covers (a day, a year).
    span: f64,
    value: f64,
}

/// The best-rated source quantities decide: one that agrees before one that conflicts.
///
/// A time the best-rated only leave open (the year `2020` of a headline, for `April 7,
/// 2020`) gives way to one that states it, however little else that one shares: dates
/// rarely say what they count.
fn decide_quantity(rated: &[Rated], q: &Quantity) -> QuantityMatch {
    let Some(best) = rated.iter().map(|r| r.overlap).max() else {
        return QuantityMatch::Missing;
    };
    let top: Vec<&Rated> = rated.iter().filter(|r| r.overlap == best).collect();
    // `with less than 175 goals` against `with 175 goals … and 42 goals in Europe`: the
    // figure the claim bounds, given as such, is the one it speaks of; another that happens
    // to lie within the bound does not state it.
    let bounded = !matches!(q.bound, Bound::Exact | Bound::Approx);
    if bounded && let Some(r) = top.iter().find(|r| r.value == q.value && r.span == q.span) {
        return match r.agreement {
            Agreement::Agrees => QuantityMatch::Agrees(r.at.0),
            Agreement::Conflicts => QuantityMatch::Conflicts(r.text.clone()),
            Agreement::Undecided => QuantityMatch::Undecided,
        };
    }
    if let Some(r) = top.iter().find(|r| r.agreement == Agreement::Agrees) {
        return QuantityMatch::Agrees(r.at.0);
    }
    match top.iter().find(|r| r.agreement == Agreement::Conflicts) {
        Some(r) => QuantityMatch::Conflicts(r.text.clone()),
        None => {
            let is_time = q.kind.is_time();
            // Only a time as precise as the claim's (a day for a day), not one of the
            // many a range holds (`in 1990` for `between 1978 and 2009`).
            let as_precise = |r: &&Rated| r.span == q.span;
            match (rated.iter())
                .filter(as_precise)
                .find(|r| r.agreement == Agreement::Agrees)
            {
                Some(r) if is_time => QuantityMatch::Agrees(r.at.0),
                _ => QuantityMatch::Undecided,
            }
        }
    }
}

pub(super) enum QuantityMatch {
    /// Agrees, in the unit's sentence at this position.
    Agrees(usize),
    Conflicts(String),
    /// A source quantity of the same thing neither agrees nor conflicts.
    Undecided,
    Missing,
}

/// How a source quantity bears on a claim's, where two ends of a period (`runs until 2029`
/// and `until 2030`) agree only as the same date (`until` names when a state ends, not a
/// deadline as `by` does), and so do two maxima.
pub(super) fn ends_agreement(
    claim: &Analysis,
    q: &Quantity,
    a: &Analysis,
    sq: &Quantity,
) -> Agreement {
    let until = |x: &Analysis, at: usize| {
        at.checked_sub(1)
            .is_some_and(|k| matches!(x.tokens[k].lower.as_str(), "until" | "till"))
    };
    // `by as much as 50%` against `by up to 30%`: each names the most it may reach, and two
    // such maxima agree only as one figure (where `at most 30` does imply `at most 50`).
    let maximum = |x: &Analysis, q: &Quantity| {
        let words: Vec<&str> = (x.tokens[q.first..q.end].iter())
            .map(|t| t.lower.as_str())
            .collect();
        words.starts_with(&["up", "to"])
            || words.starts_with(&["as", "much", "as"])
            || words.starts_with(&["as", "many", "as"])
            || words.contains(&"maximum")
    };
    let both_ends = q.kind == QuantityKind::Date && until(claim, q.first) && until(a, sq.first);
    if both_ends || maximum(claim, q) && maximum(a, sq) {
        let exact = |x: &Quantity| Quantity {
            bound: Bound::Exact,
            ..x.clone()
        };
        return exact(q).agreement(&exact(sq));
    }
    q.agreement(sq)
}

/// `roughly three-quarters of the port's 11,000 workers` stated by `8,400 of the port's
/// 11,000 workers`: a share the claim takes of a whole (`of` then, a few words on, a figure)
/// is compared with the part over that whole, when the sentence gives both and its whole
/// agrees with the claim's.
pub(super) fn settle_shares(claim: &Analysis, sents: &[&Analysis], found: &mut [QuantityMatch]) {
    for (qi, q) in claim.quantities.iter().enumerate() {
        if q.kind != QuantityKind::Percent
            || matches!(found[qi], QuantityMatch::Agrees(_))
            || ![q.end.wrapping_sub(1), q.end]
                .iter()
                .any(|&k| claim.tokens.get(k).is_some_and(|t| t.lower == "of"))
        {
            continue;
        }
        let Some(whole) = claim
            .quantities
            .iter()
            .find(|w| w.first > q.end && w.first <= q.end + 4 && w.kind == QuantityKind::Count)
        else {
            continue;
        };
        for (si, a) in sents.iter().enumerate() {
            for (wi, ctx) in a.quantity_context.iter().enumerate() {
                let Some(pi) = ctx.part else {
                    continue;
                };
                let (part, their_whole) = (&a.quantities[pi], &a.quantities[wi]);
                if their_whole.value <= 0.0 || whole.agreement(their_whole) != Agreement::Agrees {
                    continue;
                }
                let share = Quantity {
                    value: 100.0 * part.value / their_whole.value,
                    span: 0.0,
                    kind: QuantityKind::Percent,
                    // The share is as exact as the figures: `about 8,400 of 11,000` is about
                    // 76%, which a claim's own `roughly` covers.
                    bound: Bound::Exact,
                    first: part.first,
                    end: their_whole.end,
                };
                match q.agreement(&share) {
                    Agreement::Agrees => found[qi] = QuantityMatch::Agrees(si),
                    Agreement::Conflicts => found[qi] = QuantityMatch::Conflicts(q_text(a, &share)),
                    Agreement::Undecided => found[qi] = QuantityMatch::Undecided,
                }
            }
        }
    }
}

/// `5.8 percent higher than a year earlier` against `5.8 percent lower than a year earlier`:
/// a figure the claim gives as a distance above (or below) a base, agreeing with one the
/// sentence gives as a distance the other way, conflicts. The side word is light (the
/// figure says it), so it is checked here, on the figure.
pub(super) fn settle_sides(claim: &Analysis, sents: &[&Analysis], found: &mut [QuantityMatch]) {
    for (qi, q) in claim.quantities.iter().enumerate() {
        let QuantityMatch::Agrees(si) = found[qi] else {
            continue;
        };
        let Some((_, way)) = distance_from_base(&claim.tokens, q, &claim.quantities) else {
            continue;
        };
        let a = sents[si];
        // The agreeing figure the sentence puts the other way, and where its side word is.
        let other_way = a.quantities.iter().find_map(|f| {
            let (at, w) = distance_from_base(&a.tokens, f, &a.quantities)?;
            (w != way && q.comparable(f) && q.agreement(f) == Agreement::Agrees).then_some((f, at))
        });
        if let Some((f, at)) = other_way {
            found[qi] = QuantityMatch::Conflicts(
                a.text[a.tokens[f.first].start..a.tokens[at].end].to_string(),
            );
        }
    }
}

/// Comparative words that compare with what follows `than`, by the way they compare.
const COMPARING: &[(&str, Direction)] = &[
    ("more", Direction::Up),
    ("higher", Direction::Up),
    ("greater", Direction::Up),
    ("larger", Direction::Up),
    ("bigger", Direction::Up),
    ("fewer", Direction::Down),
    ("less", Direction::Down),
    ("lower", Direction::Down),
    ("smaller", Direction::Down),
];

/// `More people reached Meridia this year than in the same period last year`: a comparison
/// with `than` that is no bound on a figure (not `more than 18,000`).
pub(super) struct Comparison {
    word: String,
    at: usize,
    way: Direction,
}

/// How the main sentence bears on a claim's comparison.
pub(super) enum ComparedBy {
    /// A move or a comparison the same way.
    Stated,
    /// A move of its figures the other way.
    Denied(Conflict),
    /// Neither.
    Unstated,
}

/// A [`Comparison`] and how the main sentence bears on it.
pub(super) struct WeighedComparison {
    pub(super) word: String,
    pub(super) at: usize,
    pub(super) by: ComparedBy,
}

pub(super) fn comparison_of(a: &Analysis) -> Option<Comparison> {
    let in_figure = |k: usize| (a.quantities.iter()).any(|q| q.first <= k && k < q.end);
    a.tokens.iter().enumerate().find_map(|(k, t)| {
        let &(_, way) = COMPARING.iter().find(|(w, _)| *w == t.lower)?;
        let than = (a.tokens[k + 1..].iter().take(12))
            .take_while(|n| !n.is_punct(","))
            .any(|n| n.lower == "than");
        // `more than 25` bounds a figure; `higher than the rate in the United States`
        // compares with a thing named after `than`.
        let named_after = || {
            a.tokens.get(k + 1).is_none_or(|n| n.lower != "than")
                || a.tokens.get(k + 2).is_some_and(|n| {
                    matches!(
                        n.lower.as_str(),
                        "the" | "that" | "those" | "its" | "their" | "his" | "her" | "in"
                    )
                })
        };
        (than && !in_figure(k) && named_after()).then(|| Comparison {
            word: t.text.clone(),
            at: k,
            way,
        })
    })
}

impl Comparison {
    /// Stated by a move or comparison the same way in the main sentence (`up from about
    /// 11,000`, `higher than a year ago`), denied by a move of its figures the other way.
    pub(super) fn weighed_against(self, claim: &Analysis, main: &Analysis) -> WeighedComparison {
        let moves = || main.moves.iter();
        let compared = figures_compared(claim, main);
        let by = if let Some((way, words)) = compared {
            if way == self.way {
                ComparedBy::Stated
            } else {
                ComparedBy::Denied(Conflict {
                    reason: Reason::Antonym,
                    claim_words: self.word.clone(),
                    source_words: words,
                    claim_at: self.at,
                    claim_denies: false,
                })
            }
        } else if moves().any(|m| m.way == self.way)
            || comparison_of(main).is_some_and(|c| c.way == self.way)
        {
            ComparedBy::Stated
        } else if let Some(m) = moves().find(|m| m.figures.len() == 2) {
            ComparedBy::Denied(Conflict {
                reason: Reason::Antonym,
                claim_words: self.word.clone(),
                source_words: main.text[main.tokens[m.first].start..main.tokens[m.end - 1].end]
                    .to_string(),
                claim_at: self.at,
                claim_denies: false,
            })
        } else {
            ComparedBy::Unstated
        };
        WeighedComparison {
            word: self.word,
            at: self.at,
            by,
        }
    }
}

/// `the rate is 2.5 percent, compared with more than 5 percent in the United States`: two
/// figures set side by side, the first one the claim's. Which way the first stands from the
/// second, and the words that say so. A bound decides only when it cannot overlap (`2.5`
/// against `more than 5`).
fn figures_compared(claim: &Analysis, main: &Analysis) -> Option<(Direction, String)> {
    let word = |k: usize| main.tokens.get(k).map_or("", |t| t.lower.as_str());
    let qs = &main.quantities;
    qs.iter().enumerate().find_map(|(bi, b)| {
        let set_against = b.first >= 1
            && (matches!(word(b.first - 1), "versus" | "vs" | "against")
                || b.first >= 2
                    && matches!(word(b.first - 1), "with" | "to")
                    && word(b.first - 2) == "compared");
        if !set_against || b.kind.is_time() {
            return None;
        }
        let a = qs[..bi]
            .iter()
            .rev()
            .find(|a| a.comparable(b) && !a.kind.is_time())?;
        let claims_first = (claim.quantities.iter())
            .any(|q| q.comparable(a) && q.agreement(a) == Agreement::Agrees);
        if !claims_first || a.bound != Bound::Exact {
            return None;
        }
        let way = match b.bound {
            Bound::Exact if a.value > b.value => Direction::Up,
            Bound::Exact if a.value < b.value => Direction::Down,
            Bound::MoreThan | Bound::AtLeast if a.value <= b.value => Direction::Down,
            Bound::LessThan | Bound::AtMost if a.value >= b.value => Direction::Up,
            _ => return None,
        };
        let words = main.text[main.tokens[a.first].start..main.tokens[b.end - 1].end].to_string();
        Some((way, words))
    })
}

/// The period a figure is given for: a date or year right after it, with no other figure
/// or punctuation between (`4.1 percent in 2023`, `7.2 billion euros at the end of June`).
fn period_of<'a>(a: &'a Analysis, q: &Quantity) -> Option<&'a Quantity> {
    let next = a.quantities.iter().find(|x| x.first >= q.end)?;
    // Not a bound (`before 2009`), which is no period of its own, nor the period it is
    // measured against (`up 37% from 2022`, `than in 2019`, `compared with 2021`).
    let base = next.first.checked_sub(1).is_some_and(|k| {
        matches!(
            a.tokens[k].lower.as_str(),
            "from" | "than" | "since" | "with" | "versus" | "vs" | "against" | "over"
        ) || a.tokens[k].lower == "in"
            && k.checked_sub(1)
                .is_some_and(|j| a.tokens[j].lower == "than")
    });
    (!base
        && next.kind.is_time()
        && next.kind != QuantityKind::TimeOfDay
        && next.bound == Bound::Exact
        && next.first <= q.end + 5
        && a.tokens[q.end..next.first].iter().all(|t| t.is_word()))
    .then_some(next)
}

/// The figure whose period `t` is (see [`period_of`]).
fn figure_of_period<'a>(a: &'a Analysis, t: &Quantity) -> Option<&'a Quantity> {
    (a.quantities.iter()).find(|f| period_of(a, f).is_some_and(|p| p.first == t.first))
}

/// The superlative `word` said with `the` and no rank (`the largest ever imposed`): the first.
/// Not `one of the largest` or `among the largest`, which need not be first.
/// When the sentence also ranks the word (`the busiest in Canada and the 33rd busiest in the
/// world`), it gives no first; nor when it was first `until` something.
fn first_superlative<'a>(main: &'a Analysis, word: &str) -> Option<&'a Term> {
    let token = |k: usize| main.tokens.get(k).map_or("", |x| x.lower.as_str());
    let same: Vec<&Term> = (main.terms.iter())
        .filter(|t| t.surface.to_lowercase() == word)
        .collect();
    if same.iter().any(|t| main.rank_before(t).is_some()) {
        return None;
    }
    same.into_iter().find(|t| {
        // `had the highest number of cases until …`: first only for a while.
        let for_a_while = main.tokens[t.end..].iter().any(|x| x.lower == "until");
        if for_a_while {
            return false;
        }
        let the = t.first.checked_sub(1).is_some_and(|k| token(k) == "the");
        let one_of = (t.first.checked_sub(2)).is_some_and(|k| matches!(token(k), "of" | "among"));
        the && !one_of
    })
}

/// How much the figures of a move went up or down (`1,140, up from 1,065`: 75), when it
/// gives two figures of one kind.
pub(super) fn move_change(a: &Analysis, m: &Move) -> Option<Quantity> {
    let [old, new] = m.figures[..] else {
        return None;
    };
    let (old, new) = (&a.quantities[old], &a.quantities[new]);
    // The change between two shares is in points: `to 8 percent from 6 percent` is two
    // percentage points.
    let kind = if old.kind == QuantityKind::Percent {
        QuantityKind::Points
    } else {
        old.kind.clone()
    };
    old.comparable(new).then(|| Quantity {
        value: (new.value - old.value).abs(),
        span: 0.0,
        bound: Bound::Exact,
        kind,
        ..old.clone()
    })
}

/// The clause of a sentence of several whose subject (its first word) is the claim's
/// subject (the claim's first word), when the claim is one clause and exactly one clause of
/// the sentence is about it that way.
fn clause_of_subject(claim: &Analysis, a: &Analysis) -> Option<usize> {
    let clause = a.clauses();
    let last = *clause.last()?;
    if last == 0 || claim.clauses().last().is_some_and(|&c| c > 0) {
        return None;
    }
    let subject = claim.terms.iter().find(|t| !t.light)?;
    let named = |t: &Term| t.is_name || t.initial_capital;
    // A clause is about the subject when it opens with it, or, for a name, when its first
    // name is the subject's (`while port operator Harwick Terminals has offered 5.5%`).
    let about: Vec<usize> = (0..=last)
        .filter(|&c| {
            let in_clause = |t: &&Term| !t.light && clause[t.first] == c;
            let first = a.terms.iter().find(in_clause);
            let first_name = a.terms.iter().filter(in_clause).find(|t| named(t));
            first
                .into_iter()
                .chain(first_name.filter(|_| named(subject)))
                .any(|t| shares_key(&subject.match_keys, &t.match_keys))
        })
        .collect();
    match about[..] {
        [c] => Some(c),
        _ => None,
    }
}

/// Does the claim give its figure `q` as the first one said, later corrected (`its initial
/// 6.7 reading`, `had originally forecast 3.1%`)?
fn says_initial(claim: &Analysis, q: &Quantity) -> bool {
    (q.first.saturating_sub(4)..q.first)
        .rev()
        .map(|k| claim.tokens[k].lower.as_str())
        .take_while(|w| *w != "to")
        .any(|w| {
            matches!(
                w,
                "initial" | "initially" | "originally" | "original" | "earlier" | "previously"
            )
        })
}

/// The word a figure at token `at` follows, past an article or a hedge on it (`released
/// all 20`, `won nearly half the`): the verb or noun the figure is the object of.
fn word_before_figure(a: &Analysis, at: usize) -> Option<&Term> {
    const HEDGES_ON_A_FIGURE: &[&str] = &[
        "all", "only", "just", "about", "nearly", "almost", "around", "roughly", "some",
    ];
    let filler = |w: &str| DETERMINERS.contains(&w) || HEDGES_ON_A_FIGURE.contains(&w);
    let mut k = at;
    while k > 0 && filler(&a.tokens[k - 1].lower) {
        k -= 1;
    }
    term_ending_at(a, k)
}

/// The content word a sum at token `at` belongs to, past an article, a hedge, a
/// preposition or a copula (`a reward of 100,000`, `was insured for 6 million`,
/// `earned less than 5 million`).
fn purpose_of_sum(a: &Analysis, at: usize) -> Option<&Term> {
    const LINKS: &[&str] = &[
        "of", "for", "at", "to", "by", "was", "is", "were", "are", "be", "been", "worth", "some",
        "over", "more", "less", "than", "up",
    ];
    let mut k = at;
    while k > 0 {
        let t = &a.tokens[k - 1];
        if t.is_word()
            && !DETERMINERS.contains(&t.lower.as_str())
            && !LINKS.contains(&t.lower.as_str())
        {
            break;
        }
        k -= 1;
    }
    term_ending_at(a, k)
}

/// Do two sums belong to the same thing? When either names none, nothing tells them apart;
/// otherwise the word of one must be a word of the other sentence.
fn same_purpose(claim: &Analysis, at: usize, a: &Analysis, sat: usize) -> bool {
    let (Some(c), Some(s)) = (purpose_of_sum(claim, at), purpose_of_sum(a, sat)) else {
        return true;
    };
    // `armoured vehicles` is for what `vehicles` is for: the head of a compound counts.
    let uses = |x: &Analysis, t: &Term| {
        let head = t.part_keys.last().map(std::slice::from_ref).unwrap_or(&[]);
        (x.terms.iter()).any(|o| {
            shares_key(&o.match_keys, &t.match_keys)
                || shares_key(&o.match_keys, head)
                || o.part_keys.last().is_some_and(|h| t.match_keys.contains(h))
        })
    };
    uses(a, c) || uses(claim, s)
}

/// Is the figure how often something recurs: `every six months`, `each 10 years`?
fn is_interval(a: &Analysis, q: &Quantity) -> bool {
    q.first > 0 && matches!(a.tokens[q.first - 1].lower.as_str(), "every" | "each")
}

/// The names in the few words of the clause before token `at` (`Elise Ward` of `with Elise
/// Ward third`, `Santorini` and `Ardell` of `Santorini of Ardell finished second`).
fn names_before(a: &Analysis, at: usize) -> Vec<&Term> {
    let clause = a.clauses().get(at);
    (a.terms.iter())
        .filter(|t| {
            t.is_name && t.end <= at && t.first + 3 >= at && a.clauses().get(t.first) == clause
        })
        .collect()
}

/// Does a superlative ending at `end` in the main sentence rank what the claim's, ending at
/// `claim_end`, ranks? `the sixth highest proportion` ranks no `highest density`; a claim's
/// superlative with nothing after it ranks anything.
fn ranks_the_same_thing(claim: &Analysis, claim_end: usize, main: &Analysis, end: usize) -> bool {
    match (
        term_starting_at(claim, claim_end),
        term_starting_at(main, end),
    ) {
        (Some(c), Some(s)) => shares_key(&c.match_keys, &s.match_keys),
        (Some(_), None) => false,
        (None, _) => true,
    }
}

/// The unit of measure right after a figure (`40 metres`, `2.5 km`), if any.
pub(super) fn measure_after(a: &Analysis, q: &Quantity) -> Option<(numbers::Dimension, f64)> {
    term_starting_at(a, q.end).and_then(|t| numbers::measure_unit(&t.surface))
}

/// Is term `t` the unit word right after figure `q` (`weeks` of `three weeks`, `hour` of
/// `12-hour`, `weeks` of `107 consecutive weeks`)?
pub(super) fn is_unit_of(a: &Analysis, q: &Quantity, t: usize) -> bool {
    let term = &a.terms[t];
    let between = |k: usize| !a.tokens[k].is_word() || numbers::in_a_row(&a.tokens[k].lower);
    numbers::days_in(&term.surface.to_lowercase()).is_some()
        && (term.first == q.end || term.first == q.end + 1 && between(q.end))
}
