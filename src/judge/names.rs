//! Names and roles: who or what fills the place of a claim's name (`born in London`
//! against `born in Paris`, another title, owner, surname or origin), what kind of thing
//! the subject is said to be, and roles swapped between subject and object. Kept apart
//! because these checks decide entity and kind mismatches, the judge's largest family.

use crate::text::analysis::{AUXILIARY_VERBS, Copula, DETERMINERS};
use crate::text::tokens::{Token, TokenKind};
use crate::text::{Analysis, Lexicon, Term};

use super::{
    BE_FORMS, ClaimPart, Conflict, Judge, PREPOSITIONS, Reason, between_subject_and_verb,
    claim_uses, same_term, shares_key, term_ending_at, term_starting_at,
};

/// Prepositions after which a name fills a slot that holds one value (`born in London`).
const SLOTS: &[&str] = &[
    "in", "at", "from", "to", "near", "on", "since", "during", "outside", "by", "for",
];
/// Slots that hold one value only after the same verb (`directed by`, `plays for`).
const ANCHORED_SLOTS: &[&str] = &["by", "for"];

/// What the evidence puts in the slot of a claim's name (see `Judge::slot_rival`).
pub(super) enum SlotFill {
    /// Another name of the same kind: a conflict.
    Rival(String),
    /// Another name whose relation to the claim's is not known: the claim's is unstated.
    Unstated(String),
    /// The claim's own name, or nothing that decides.
    Open,
}

impl<'a> Judge<'a> {
    /// The claim's name said in the sentence `main` by `the` and a common noun: `the dam's
    /// gates` for the Kossar dam's, `the drug did not reduce deaths` for HX-214. The source
    /// must join that noun to the name somewhere (`the Kossar dam`, `the drug HX-214`) and to
    /// no other name, so that `the dam` can mean no other dam. Returns the description.
    pub(super) fn described_by_the(&self, name: &Term, main: usize) -> Option<String> {
        let source = self.corpus.sentences[main].source;
        let a = &self.corpus.sentences[main].analysis;
        let stem = |t: &Token| self.lexicon.stem(&t.lower);
        let common_noun = |t: &Token| {
            t.is_word() && !t.is_capitalized() && self.lexicon.noun_at_end(&[&t.lower]).is_some()
        };
        // The nouns the name is joined to, and every name joined to them, across the source.
        let article = self.corpus.sentences_of(source);
        (1..a.tokens.len())
            .filter(|&k| a.tokens[k - 1].lower == "the" && common_noun(&a.tokens[k]))
            // `the dam` and not `the dam wall`: the noun ends its phrase.
            .filter(|&k| a.tokens.get(k + 1).is_none_or(|n| !common_noun(n)))
            .find(|&k| {
                let noun = stem(&a.tokens[k]);
                let is_noun =
                    |t: Option<&Token>| t.is_some_and(|t| common_noun(t) && stem(t) == noun);
                let mut joined = article.clone().flat_map(|s| {
                    let b = &self.corpus.sentences[s].analysis;
                    b.terms
                        .iter()
                        .filter(|t| t.is_name || t.initial_capital)
                        .filter(|t| {
                            is_noun(b.tokens.get(t.end))
                                || is_noun(t.first.checked_sub(1).and_then(|k| b.tokens.get(k)))
                        })
                        .collect::<Vec<_>>()
                });
                let mut any = false;
                joined.all(|t| {
                    any = true;
                    shares_key(&name.match_keys, &t.match_keys)
                }) && any
            })
            .map(|k| format!("the {}", a.tokens[k].text))
    }

    /// A name of the evidence in the slot of the claim's missing name: after the same
    /// preposition (`in Paris` / `in Brussels`), where one value excludes the other.
    pub(super) fn rival_name(
        &self,
        claim: &Analysis,
        missing: &Term,
        parts: &[ClaimPart],
        sents: &[&Analysis],
    ) -> Option<String> {
        let (slot, at) = self.slot_of(claim, missing)?;
        // `by` and `for` hold one value only for one verb: `directed by` / `directed by`,
        // `plays for` / `plays for`, not `written by` / `produced by`.
        // Nor does `on` a day of the week: an article's events fall on many days (`flew home
        // on Tuesday` is no rival of `were released on Sunday`), one event on one.
        let weekday = crate::text::dates::is_weekday(&missing.surface.to_lowercase());
        let event = weekday
            .then(|| claim.terms.iter().rev().find(|t| t.end <= at && !t.is_name))
            .flatten();
        let same_event = |a: &Analysis, their_at: usize| {
            event.is_some_and(|e| {
                a.terms.iter().any(|t| {
                    t.end <= their_at
                        && a.clauses()[t.first] == a.clauses()[their_at]
                        && shares_key(&e.match_keys, &t.match_keys)
                })
            })
        };
        let anchored = ANCHORED_SLOTS.contains(&slot.as_str());
        let head = slot_head(claim, at);
        if anchored && head.is_none() {
            return None;
        }
        for a in sents {
            for t in &a.terms {
                // A name the source denies is no rival of a name the claim states; a name the
                // claim denies may have one (`not by Danny DeVito` against `by Pink Floyd`:
                // the denial then holds), as may a denial the source shares (`did not attend
                // … in Rotterdam`).
                let is_name = t.is_name || t.key.starts_with('@');
                if !is_name || t.negated && !missing.negated {
                    continue;
                }
                // The rival must not be a name the claim itself uses.
                if claim_uses(parts, t) {
                    continue;
                }
                let Some((their_slot, their_at)) = self.slot_of(a, t) else {
                    continue;
                };
                // A name reached past words that describe it (`on the American series
                // Homeland`) holds the slot only after the same verb or noun.
                let described = a.tokens[their_at + 1..t.first].iter().any(|k| {
                    k.is_word() && !k.is_capitalized() && !self.lexicon.is_stopword(&k.lower)
                });
                let same_head = !(anchored || described)
                    || head.zip(slot_head(a, their_at)).is_some_and(|(h, th)| {
                        self.same_slot_head(h, th)
                            // One team at a time, not over a career: `played for` A and B.
                            && !(self.is_role_verb(h)
                                && (in_past(claim, h) || in_past(a, th)))
                    });
                if their_slot == slot
                    && same_head
                    && (!weekday || same_event(a, their_at))
                    && self.lexicon.may_replace(&missing.key, &t.key)
                {
                    return Some(t.surface.clone());
                }
            }
        }
        None
    }

    /// Do two slot heads hold the same slot: the same verb, or `plays for` / `works for`
    /// against a noun that may name a person's role before `for` (`a wide receiver for`, `a
    /// reporter for`)?
    fn same_slot_head(&self, claim_head: &Term, source_head: &Term) -> bool {
        shares_key(&claim_head.match_keys, &source_head.match_keys)
            || self.is_role_verb(claim_head)
                && self
                    .lexicon
                    .may_name_a_person(&source_head.surface.to_lowercase())
    }

    /// `play` and `work`, which say no more than a role does before `for`.
    fn is_role_verb(&self, t: &Term) -> bool {
        ["play", "work"]
            .iter()
            .any(|v| t.key == self.lexicon.stem(v))
    }

    /// A role verb of the claim (`plays for`) stated by a person's role before `for` in a
    /// sentence (`is a wide receiver for`).
    pub(super) fn role_states(
        &self,
        claim: &Analysis,
        t: &Term,
        sents: &[&Analysis],
    ) -> Option<usize> {
        // `plays for`, or `plays as linebacker for` (the role is a claim word of its own).
        let is_for = |i: usize| claim.tokens.get(i).is_some_and(|n| n.lower == "for");
        let before_for = is_for(t.end)
            || claim.tokens.get(t.end).is_some_and(|n| n.lower == "as")
                && (t.end + 2..t.end + 5).any(is_for);
        if !before_for || !self.is_role_verb(t) {
            return None;
        }
        // `outside linebacker/quarterback for`: either role will do.
        let names_a_role = |surface: &str| {
            surface
                .to_lowercase()
                .split('/')
                .any(|r| self.lexicon.may_name_a_person(r))
        };
        sents.iter().position(|a| {
            a.terms.iter().any(|s| {
                !s.is_name
                    && a.tokens.get(s.end).is_some_and(|n| n.lower == "for")
                    && names_a_role(&s.surface)
            })
        })
    }

    /// A place the claim names after `in`, `at` or `from` (`in Africa`) is stated by a region
    /// of it that the source names after the same word (`in North Africa`): being in the part
    /// is being in the whole. The region must carry the whole's name and be inside it by
    /// WordNet (`West Virginia` is not in Virginia). A city does not state its country:
    /// `Paris` may be the one in Texas, and a place named for another thing (`the Kazan
    /// Arena`) is not in it. Only the same preposition counts, so `from Paris` does not say
    /// where someone `moved to`.
    pub(super) fn place_within(
        &self,
        claim: &Analysis,
        t: &Term,
        sents: &[&Analysis],
    ) -> Option<(usize, String)> {
        // The word before the place, its article and the places it is in (`in the Maghreb
        // region of North Africa`): what is in a region of a place is in the place.
        let locative = |a: &Analysis, s: &Term| {
            let mut before = a.tokens[..s.first].iter().rev().peekable();
            while let Some(tok) = before.next() {
                let content = |n: &&Token| {
                    n.is_word() && !n.is_capitalized() && !self.lexicon.is_stopword(&n.lower)
                };
                let of_a_region = tok.lower == "of" && before.next_if(content).is_some();
                while of_a_region && before.next_if(content).is_some() {}
                if of_a_region || tok.lower == "the" || tok.is_word() && tok.is_capitalized() {
                    continue;
                }
                return matches!(tok.lower.as_str(), "in" | "at" | "from")
                    .then(|| tok.lower.clone());
            }
            None
        };
        let prep = locative(claim, t)?;
        sents.iter().enumerate().find_map(|(si, a)| {
            a.terms
                .iter()
                .filter(|s| {
                    (s.is_name || a.tokens[s.first].is_capitalized() && s.first > 0) && !s.negated
                })
                .find(|s| {
                    s.match_keys.iter().any(|part| {
                        t.match_keys
                            .iter()
                            .any(|whole| self.lexicon.within(part, whole))
                    }) && s.surface.ends_with(&format!(" {}", t.surface))
                        && locative(a, s)
                            .is_some_and(|p| p == prep || p != "from" && prep != "from")
                })
                .map(|s| (si, s.surface.clone()))
        })
    }

    /// `plays` / `played by` of a claim that names both actor and part, stated by a cast
    /// list: `Guy Pearce as Marion Snow`, or the part with its actor in brackets
    /// (`Dag (David Koechner)`). Each of the two names must be one of the claim's, written
    /// in full: a cast list that says `as Snow` does not say `as Marion Snow`.
    pub(super) fn cast_states(
        &self,
        claim: &Analysis,
        t: &Term,
        sents: &[&Analysis],
    ) -> Option<usize> {
        let play = self.lexicon.stem("play");
        if !t.match_keys.contains(&play) {
            return None;
        }
        let stems = |toks: &[Token]| -> Vec<String> {
            toks.iter().map(|x| self.lexicon.stem(&x.lower)).collect()
        };
        let claim_names: Vec<Vec<String>> = capitalised_runs(&claim.tokens)
            .into_iter()
            .map(|r| stems(&claim.tokens[r]))
            .collect();
        // Which of the claim's names a run of the source's capitalised words gives in full.
        let named = |run: Vec<String>| {
            claim_names
                .iter()
                .position(|n| n.iter().all(|w| run.contains(w)))
        };
        // What the claim says is played, when it is no name (`plays drums`, `plays the
        // keyboard`): a members list gives it in brackets (`Bobby Vega (Drums)`).
        let object = claim
            .terms
            .iter()
            .find(|o| o.first > t.first && o.first <= t.end + 1 && !o.is_name);
        sents.iter().position(|a| {
            let runs = capitalised_runs(&a.tokens);
            let run_ending = |k: usize| runs.iter().find(|r| r.end == k).cloned();
            let run_from = |k: usize| runs.iter().find(|r| r.start == k).cloned();
            let bracketed_object = |k: usize| {
                let close = (k + 1..a.tokens.len()).find(|&j| a.tokens[j].text == ")");
                object.zip(close).is_some_and(|(o, close)| {
                    a.terms.iter().any(|st| {
                        st.first > k && st.end <= close && shares_key(&o.match_keys, &st.match_keys)
                    })
                })
            };
            a.tokens.iter().enumerate().any(|(k, tok)| {
                if tok.text == "("
                    && bracketed_object(k)
                    && run_ending(k).is_some_and(|r| named(stems(&a.tokens[r])).is_some())
                {
                    return true;
                }
                let (actor, part) = match tok.text.as_str() {
                    "as" => (run_ending(k), run_from(k + 1)),
                    "(" => (
                        run_from(k + 1)
                            .filter(|r| a.tokens.get(r.end).is_some_and(|c| c.text == ")")),
                        run_ending(k),
                    ),
                    _ => return false,
                };
                let (Some(actor), Some(part)) = (actor, part) else {
                    return false;
                };
                matches!(
                    (named(stems(&a.tokens[actor])), named(stems(&a.tokens[part]))),
                    (Some(x), Some(y)) if x != y
                )
            })
        })
    }

    /// The name the evidence puts where the claim puts `name`: after the same word and
    /// preposition (`born in`). Another of the same kind is a rival; another whose kind may
    /// hold the claim's or lie in it (`Cairo` for `Palestine`) leaves the claim's name
    /// unstated when the sentence does not put it in the slot too.
    pub(super) fn slot_rival(
        &self,
        claim: &Analysis,
        name: &Term,
        parts: &[ClaimPart],
        main: &Analysis,
    ) -> SlotFill {
        let Some((slot, _)) = self.slot_of(claim, name) else {
            return self.object_fill(claim, name, parts, main);
        };
        // `starred in FX's show Fargo`: the name that fills the slot is `Fargo`; `FX` only
        // describes it, and no other name of the slot is its rival.
        if described_name(claim, name, self.lexicon).is_some() {
            return SlotFill::Open;
        }
        // The claim word right before the preposition: `born` in `born in London`.
        let Some(prep_at) = (0..name.first)
            .rev()
            .find(|&i| claim.tokens[i].lower == slot)
        else {
            return SlotFill::Open;
        };
        let Some(head) = claim.terms.iter().find(|t| t.end == prep_at && !t.is_name) else {
            return SlotFill::Open;
        };
        let mut rival = None;
        let mut other = None;
        for h in main
            .terms
            .iter()
            .filter(|t| shares_key(&head.match_keys, &t.match_keys))
        {
            // The slot's word right after the verb, or after a role (`plays as a striker or
            // a winger for`).
            let role_words = |k: usize| {
                main.tokens[h.end + 1..k]
                    .iter()
                    .all(|w| w.is_word() && !w.is_capitalized())
            };
            let slot_at = if main.tokens.get(h.end).is_some_and(|t| t.lower == "as") {
                (h.end + 2..(h.end + 7).min(main.tokens.len()))
                    .find(|&k| main.tokens[k].lower == slot && role_words(k))
            } else {
                main.tokens
                    .get(h.end)
                    .is_some_and(|t| t.lower == slot)
                    .then_some(h.end)
            };
            // A denied slot (`did not play for Wigan`) neither fills a stated one nor names a
            // rival of anyone: it says who did not, not who did.
            let Some(slot_at) = slot_at.filter(|_| h.negated == head.negated) else {
                continue;
            };
            // One team at a time, not over a career: `played for` A and B.
            if self.is_role_verb(head) && (in_past(claim, head) || in_past(main, h)) {
                continue;
            }
            // The claim's own name close after the slot (`on the American series Homeland`),
            // or anywhere in the list that fills it (`for A, B, Skrew and C`), fills it; so
            // does any other mention of the same verb and slot (`developed by A …, is being
            // developed by B`).
            // Close after it means in the slot's own phrase: not past another preposition
            // (`born in Cairo, Egypt, to Palestinian parents` does not fill `born in` with
            // Palestine).
            let in_phrase = |t: &Term| {
                t.first <= slot_at + 6
                    && !main.tokens[slot_at + 1..t.first]
                        .iter()
                        .any(|k| SLOTS.contains(&k.lower.as_str()) || k.lower == "with")
            };
            if main.terms.iter().any(|t| {
                t.first > slot_at
                    && (in_phrase(t) || in_name_list(main, slot_at + 1, t.first))
                    && same_term(name, t)
            }) {
                return SlotFill::Open;
            }
            if rival.is_some() || h.negated {
                continue;
            }
            // A name that describes a noun before another name (`by the Danish pop band X`)
            // does not fill the slot; that name does. (`in Overseas market` is filled.)
            // So does the name a noun phrase says it is (`in the neutral country of
            // Brisca`): the name fills the slot.
            let of_what = (slot_at + 2..(slot_at + 6).min(main.tokens.len())).find(|&k| {
                main.tokens[k].lower == "of"
                    && main.tokens[slot_at + 1].lower == "the"
                    && main.tokens[slot_at + 2..k]
                        .iter()
                        .all(|w| w.is_word() && !w.is_capitalized())
            });
            let Some(filler) = main
                .terms
                .iter()
                .find(|t| {
                    (t.first > slot_at && t.first <= slot_at + 2
                        || of_what.is_some_and(|k| t.first == k + 1))
                        && (t.is_name || t.key.starts_with('@'))
                })
                .map(|t| described_name(main, t, self.lexicon).unwrap_or(t))
            else {
                continue;
            };
            if claim_uses(parts, filler) {
                continue;
            }
            if self.lexicon.may_replace(&name.key, &filler.key) {
                rival = Some(filler.surface.clone());
            } else if other.is_none() {
                other = Some(filler.surface.clone());
            }
        }
        match (rival, other) {
            (Some(r), _) => SlotFill::Rival(r),
            (None, Some(o)) => SlotFill::Unstated(o),
            (None, None) => SlotFill::Open,
        }
    }

    /// The name right after the claim's verb (`led Bayern`), when the sentence puts another
    /// name right after the same verb (`led Dortmund`) and the claim's only elsewhere (`with
    /// Bayern Munich`): the claim's name is not stated in its place. A verb may take many
    /// objects over time (`visited Paris`, `visited Rome`), so this is never a conflict.
    fn object_fill(
        &self,
        claim: &Analysis,
        name: &Term,
        parts: &[ClaimPart],
        main: &Analysis,
    ) -> SlotFill {
        // A word of the claim's own, not the start of a name written with a capital.
        let lower = |a: &Analysis, t: &Term| !a.tokens[t.first].is_capitalized();
        // Not a role or title the name is in apposition to (`investigator Gittes`, `rap
        // artists Zaytoven has worked with`): those say who, not what was done to whom.
        let Some(head) = claim.terms.iter().find(|t| {
            t.end == name.first
                && !t.is_name
                && !t.light
                && !t.negated
                && lower(claim, t)
                && !self.lexicon.names_a_person(&claim.tokens[t.end - 1].lower)
        }) else {
            return SlotFill::Open;
        };
        let is_name = |t: &Term| t.is_name || t.key.starts_with('@');
        let mut other = None;
        for h in main
            .terms
            .iter()
            // The same word (`led` / `led`) or a synonym (`acquired` / `bought`), not one
            // derived from it (`founder` for `founded`).
            .filter(|t| !t.is_name && t.negated == head.negated && lower(main, t))
            .filter(|t| {
                t.key == head.key
                    || t.match_keys
                        .iter()
                        .any(|k| k.starts_with("~g") && head.match_keys.contains(k))
            })
        {
            let Some(object) = main.terms.iter().find(|t| t.first == h.end && is_name(t)) else {
                continue;
            };
            // The claim's name there, or in the list that starts there, fills it.
            let in_list = main.terms.iter().any(|t| {
                t.first >= h.end
                    && same_term(name, t)
                    && (t.first == h.end || in_name_list(main, h.end, t.first))
            });
            if in_list {
                return SlotFill::Open;
            }
            if other.is_none() && !claim_uses(parts, object) {
                other = Some(object.surface.clone());
            }
        }
        other.map_or(SlotFill::Open, SlotFill::Unstated)
    }

    /// A noun for a person that the claim has and the sentence does not, where the sentence
    /// has another in its place: before the same name (`prime minister Ilya Sorin` /
    /// `finance minister Ilya Sorin`), after the same word (`a vaccine for adults` / `for
    /// children`), or between the same two (`as chairwoman of` / `as chief executive of`).
    pub(super) fn role_replaced(
        &self,
        claim: &Analysis,
        term: &Term,
        parts: &[ClaimPart],
        main: &Analysis,
    ) -> Option<String> {
        // A phrase by its head too: `chief executive` is an executive.
        let person = |a: &Analysis, t: &Term| {
            let lower = t.surface.to_lowercase();
            let head = lower.rsplit(' ').next().unwrap_or(&lower);
            !t.is_name
                && !a.tokens[t.first].is_capitalized()
                && (self.lexicon.names_a_person(&lower) || self.lexicon.names_a_person(head))
        };
        if !person(claim, term) {
            return None;
        }
        let left =
            |a: &Analysis, t: &Term| t.first.checked_sub(1).map(|k| a.tokens[k].lower.clone());
        let right = |a: &Analysis, t: &Term| {
            a.tokens
                .get(t.end)
                .map(|n| (n.lower.clone(), n.is_capitalized()))
        };
        let (l, r) = (left(claim, term), right(claim, term));
        main.terms
            .iter()
            .filter(|t| person(main, t) && t.key != term.key && !claim_uses(parts, t))
            // A more general or more specific word is no rival: `players` for `footballers`.
            .filter(|t| {
                let (a, b) = (term.surface.to_lowercase(), t.surface.to_lowercase());
                !self.lexicon.is_kind_of_word(&a, &b) && !self.lexicon.is_kind_of_word(&b, &a)
            })
            .find(|t| {
                let same_left = l.is_some() && left(main, t) == l;
                let same_right = r.is_some() && right(main, t) == r;
                let before_name = same_right && r.as_ref().is_some_and(|(_, cap)| *cap);
                let after_word = same_left
                    && !l
                        .as_deref()
                        .is_some_and(|w| matches!(w, "the" | "a" | "an"));
                before_name || after_word || same_left && same_right
            })
            .map(|t| t.surface.clone())
    }

    /// `an American series` against `a French animated television series`: a name used as an
    /// attribute of a noun (a nationality, mostly) against another name of its kind before
    /// the same noun.
    pub(super) fn attribute_rival(
        &self,
        claim: &Analysis,
        name: &Term,
        parts: &[ClaimPart],
        main: &Analysis,
    ) -> Option<String> {
        // A name inside a noun phrase (`an American series`, `by British troops`), right
        // before its noun.
        let attributive = |a: &Analysis, t: &Term, noun_next: bool| {
            let inside = t.first.checked_sub(1).is_some_and(|i| {
                let prev = &a.tokens[i];
                prev.kind == crate::text::tokens::TokenKind::Number
                    || prev.is_word()
                        && !prev.is_capitalized()
                        && (matches!(prev.lower.as_str(), "a" | "an" | "the" | "by")
                            || !self.lexicon.is_stopword(&prev.lower))
            });
            // `an American Oscar-winning screenwriter`: a hyphenated modifier whose last
            // part is lower case continues the noun phrase as a lower-case word does.
            let lower_tail = |n: &Token| {
                n.text
                    .rsplit_once('-')
                    .is_some_and(|(_, tail)| tail.chars().next().is_some_and(char::is_lowercase))
            };
            // `an Indian Tamil film`: the claim's other names before the noun are of the
            // noun phrase too.
            let mut after = t.end;
            while noun_next
                && a.terms.iter().any(|n| n.is_name && n.first == after)
                && a.tokens
                    .get(after)
                    .is_some_and(|n| n.is_word() && n.is_capitalized())
            {
                after += 1;
            }
            let next = a.tokens.get(after).is_some_and(|n| {
                n.is_word()
                    && (!n.is_capitalized() || lower_tail(n))
                    // A noun WordNet gives no kind (`soccer`) is still no stopword.
                    && (!noun_next
                        || self.lexicon.noun_at_end(&[&n.lower]).is_some()
                        || !self.lexicon.is_stopword(&n.lower) && !n.lower.ends_with("ed"))
            });
            inside && next
        };
        if !attributive(claim, name, true) {
            return self.predicate_rival(claim, name, parts, main, &attributive);
        }
        let head = claim
            .terms
            .iter()
            .find(|t| !t.is_name && t.first >= name.end)?;
        main.terms
            .iter()
            .filter(|t| (t.is_name || t.key.starts_with('@')) && attributive(main, t, false))
            .filter(|t| !claim_uses(parts, t))
            .find(|t| {
                // `Mexican-Lebanese` against `Mexican` adds a nationality, it names no other.
                let pieces = |w: &str| -> Vec<String> {
                    w.to_lowercase().split('-').map(str::to_string).collect()
                };
                let shared = pieces(&name.surface)
                    .iter()
                    .any(|p| pieces(&t.surface).contains(p));
                !shared
                    && self.lexicon.may_replace(&name.key, &t.key)
                    && main.terms.iter().any(|h| {
                        h.first >= t.end
                            && h.first <= t.end + 3
                            && shares_key(&head.match_keys, &h.match_keys)
                    })
            })
            .map(|t| t.surface.clone())
    }

    /// `Finance Minister Jonas Peltier said` against `Finance Minister Karl Odde said`;
    /// `Agnethe Sorvik, the dissenting judge,` against `The dissenting judge, Paul Lindqvar,`:
    /// a title that names one person (a person noun with its modifier, capitalised or after
    /// `the`) given in the sentence to another person, whom the claim does not name.
    pub(super) fn title_rival(
        &self,
        claim: &Analysis,
        name: &Term,
        main: &Analysis,
    ) -> Option<String> {
        let ours = self.titled_person(claim, name.first)?;
        let runs = self.person_runs(main);
        runs.into_iter().find_map(|run| {
            let theirs = self.title_of(main, run.clone())?;
            let named: Vec<&str> = main.tokens[run.clone()]
                .iter()
                .map(|t| t.lower.as_str())
                .collect();
            let ours_named = claim.tokens[ours.0.clone()]
                .iter()
                .any(|t| named.contains(&t.lower.as_str()));
            (theirs.title == ours.1.title && theirs.unique && !ours_named).then(|| {
                main.tokens[run]
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        })
    }

    /// `Prime Minister Anders Kolb` against `Energy Minister Anders Kolb`: the same person
    /// given another title of the same kind, each naming one person only. The claim's
    /// title word (its token) and the source's title. Checked even when every claim word is
    /// found: `prime` may stand elsewhere in the sentence (`in the presence of both prime
    /// ministers`), said of others.
    pub(super) fn title_replaced(
        &self,
        claim: &Analysis,
        main: &Analysis,
    ) -> Option<(usize, String)> {
        let word = |a: &Analysis, k: usize| a.tokens[k].lower.clone();
        self.person_runs(claim).into_iter().find_map(|run| {
            // Only a title right before the name: its first word is what it says.
            let noun = run.start.checked_sub(1)?;
            let modifier = noun.checked_sub(1)?;
            let ours = self.title_of(claim, run.clone())?;
            // A full name under a capitalised title (`Energy Minister Anders Kolb`), not a
            // name's last word after a noun that may name a person (`Premier League`).
            let capital_title = |a: &Analysis, noun: usize| {
                a.tokens[noun].is_capitalized() && a.tokens[noun - 1].is_capitalized()
            };
            if !self.lexicon.names_a_person(&word(claim, noun))
                || !ours.unique
                || run.len() < 2
                || !capital_title(claim, noun)
            {
                return None;
            }
            let surname = word(claim, run.end - 1);
            self.person_runs(main)
                .into_iter()
                .find_map(|theirs_run| {
                    let same_person = word(main, theirs_run.end - 1) == surname
                        && theirs_run.len() >= run.len()
                        && theirs_run.start > 1
                        && self
                            .lexicon
                            .names_a_person(&word(main, theirs_run.start - 1))
                        && capital_title(main, theirs_run.start - 1);
                    let theirs = same_person.then(|| self.title_of(main, theirs_run.clone()))??;
                    let other_modifier = !shares_key(
                        &self.lexicon.match_keys(&ours.title.0),
                        &self.lexicon.match_keys(&theirs.title.0),
                    );
                    (theirs.unique && theirs.title.1 == ours.title.1 && other_modifier).then(|| {
                        let first = theirs_run.start - 2;
                        main.text[main.tokens[first].start..main.tokens[theirs_run.start - 1].end]
                            .to_string()
                    })
                })
                .map(|title| (modifier, title))
        })
    }

    /// A role the claim gives its person by a plain noun before the name (`through striker
    /// Milo Trask`) that the sentence gives, in the same words, to someone else (`through
    /// striker Danel Okoro, who headed in a corner from Milo Trask`), and never to the
    /// claim's person. The word before the role must match too, so `deputy mayor Ana Ruiz`
    /// is no rival of `mayor Ivo Kern`. Returns where the claim's name starts and the other
    /// name.
    pub(super) fn role_held_by_another(
        &self,
        claim: &Analysis,
        main: &Analysis,
    ) -> Option<(usize, String)> {
        let word = |a: &Analysis, k: usize| a.tokens[k].lower.clone();
        // The plain role noun before a run, and the word before that.
        let role_of = |a: &Analysis, run: &std::ops::Range<usize>| {
            let noun = run.start.checked_sub(1)?;
            let t = &a.tokens[noun];
            // A plural role heads a list (`rap artists Gucci Mane, JC The Prodigy, Migos`).
            let plural = t.lower.ends_with('s') && !t.lower.ends_with("ss");
            let plain = t.is_word()
                && !t.is_capitalized()
                && !plural
                && self.lexicon.names_a_person(&t.lower);
            let before = noun.checked_sub(1).map(|k| word(a, k));
            plain.then(|| (self.lexicon.stem(&t.lower), before))
        };
        let theirs: Vec<_> = self
            .person_runs(main)
            .into_iter()
            .filter_map(|run| role_of(main, &run).map(|role| (run, role)))
            .collect();
        self.person_runs(claim).into_iter().find_map(|run| {
            let ours = role_of(claim, &run)?;
            let surname = word(claim, run.end - 1);
            let same_role: Vec<_> = theirs.iter().filter(|(_, role)| *role == ours).collect();
            // The same person under initials or a title (`investigator J. J. "Jake" Gittes`,
            // `manager Dr. Annika Vos`): the surname comes within the capitalised words and
            // stops that follow the role.
            let names_ours = |run: &std::ops::Range<usize>| {
                main.tokens[run.start..]
                    .iter()
                    .take(8)
                    .take_while(|t| t.is_capitalized() || !t.is_word())
                    .any(|t| t.lower == surname)
            };
            if same_role.iter().any(|(r, _)| names_ours(r)) {
                return None;
            }
            let (other, _) = same_role.first()?;
            Some((
                run.start,
                main.text[main.tokens[other.start].start..main.tokens[other.end - 1].end]
                    .to_string(),
            ))
        })
    }

    /// The person run holding token `at` and its title, if it has one.
    fn titled_person(&self, a: &Analysis, at: usize) -> Option<(std::ops::Range<usize>, Title)> {
        let run = self.person_runs(a).into_iter().find(|r| r.contains(&at))?;
        let title = self.title_of(a, run.clone())?;
        Some((run, title))
    }

    /// Runs of capitalised words that are not person nouns (`Jonas Peltier` in `Finance
    /// Minister Jonas Peltier`), of at most four words.
    fn person_runs(&self, a: &Analysis) -> Vec<std::ops::Range<usize>> {
        let role = |t: &Token| self.lexicon.names_a_person(&t.lower);
        capitalised_runs(&a.tokens)
            .into_iter()
            .filter_map(|r| {
                let start = (r.start..r.end)
                    .rev()
                    .find(|&k| role(&a.tokens[k]))
                    .map_or(r.start, |k| k + 1);
                (start < r.end && r.end - start <= 4).then_some(start..r.end)
            })
            .collect()
    }

    /// The title of a person run: a person noun and the word before it, right before the
    /// run (`Finance Minister`), or set beside it by commas (`, the dissenting judge,`).
    fn title_of(&self, a: &Analysis, run: std::ops::Range<usize>) -> Option<Title> {
        let word = |k: usize| a.tokens.get(k).map_or("", |t| t.lower.as_str());
        let role_at = |k: usize| {
            a.tokens
                .get(k)
                .is_some_and(|t| t.is_word() && self.lexicon.names_a_person(&t.lower))
        };
        let title_ending = |end: usize| -> Option<Title> {
            // `end` is the person noun; the word before it qualifies it.
            if end == 0 || !role_at(end) || !a.tokens[end - 1].is_word() {
                return None;
            }
            let modifier = self.lexicon.stem(word(end - 1));
            if self.lexicon.is_stopword(word(end - 1)) {
                return None;
            }
            let before = end.checked_sub(2).map_or("", word);
            let capital = a.tokens[end].is_capitalized();
            Some(Title {
                title: (modifier, self.lexicon.stem(word(end))),
                unique: capital || matches!(before, "the" | "'s"),
            })
        };
        // `Finance Minister Jonas Peltier`.
        if run.start > 0
            && let Some(t) = title_ending(run.start - 1)
        {
            return Some(t);
        }
        // `Agnethe Sorvik, the dissenting judge,`.
        if word(run.end) == ","
            && matches!(word(run.end + 1), "the" | "a")
            && word(run.end + 4) == ","
        {
            return title_ending(run.end + 3);
        }
        // `The dissenting judge, Paul Lindqvar,`.
        if run.start > 1 && word(run.start - 1) == "," {
            return title_ending(run.start - 2);
        }
        None
    }

    /// `Lotte Vermeer of Belgium` against `Dutch runner Lotte Vermeer`: the place a person
    /// is of, against another place's name or demonym the source puts before the same
    /// person (past lower-case words that say what the person is).
    pub(super) fn origin_rival(
        &self,
        claim: &Analysis,
        place: &Term,
        parts: &[ClaimPart],
        main: &Analysis,
    ) -> Option<String> {
        let of = place.first.checked_sub(1)?;
        if claim.tokens[of].lower != "of" || !place.key.starts_with('@') {
            return None;
        }
        let person =
            (claim.terms.iter()).find(|t| t.end == of && t.is_name && !t.key.starts_with('@'))?;
        let stated = main
            .terms
            .iter()
            .find(|t| shares_key(&person.match_keys, &t.match_keys))?;
        // Where the person's name begins (`Lotte Vermeer`).
        let start = capitalised_runs(&main.tokens)
            .into_iter()
            .find(|r| r.contains(&stated.first))
            .map_or(stated.first, |r| r.start);
        main.terms
            .iter()
            .filter(|t| t.key.starts_with('@') && t.end <= start && t.end + 3 >= start)
            .filter(|t| {
                main.tokens[t.end..start]
                    .iter()
                    .all(|k| k.is_word() && !k.is_capitalized())
            })
            .filter(|t| !claim_uses(parts, t))
            .find(|t| t.key != place.key && self.lexicon.may_replace(&place.key, &t.key))
            .map(|t| t.surface.clone())
    }

    /// `Nordair chief executive Laura Mendel` against `Skyreach chief executive Laura
    /// Mendel`: whose the person is, against another name the source puts before the same
    /// role of the same person.
    pub(super) fn owner_rival(
        &self,
        claim: &Analysis,
        owner: &Term,
        parts: &[ClaimPart],
        main: &Analysis,
    ) -> Option<String> {
        let possessive = |a: &Analysis, k: usize| {
            a.tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
        };
        // A title (`Governor`) is no owner's name.
        if self.lexicon.names_a_person(&owner.surface.to_lowercase()) {
            return None;
        }
        let at = if self.attributive_owner(claim, owner) {
            owner.end
        } else if self.owner_of_person(claim, owner) {
            owner.end + 1
        } else {
            return None;
        };
        let role = term_starting_at(claim, at)?;
        // The person the claim gives the role to, if it names one right after it.
        let person = term_starting_at(claim, role.end).filter(|t| t.is_name);
        main.terms
            .iter()
            .filter(|r| shares_key(&role.match_keys, &r.match_keys))
            .filter(|r| {
                // The same person after the role (`, Laura Mendel,` too), when the claim names
                // one: another chief executive is another person.
                person.is_none_or(|p| {
                    let next = if main.tokens.get(r.end).is_some_and(|t| t.text == ",") {
                        r.end + 1
                    } else {
                        r.end
                    };
                    term_starting_at(main, next).is_some_and(|m| same_term(p, m))
                })
            })
            .find_map(|r| {
                let end = if possessive(main, r.first.checked_sub(1)?) {
                    r.first - 1
                } else {
                    r.first
                };
                let other = main.terms.iter().find(|t| {
                    t.end == end
                        && main.tokens[t.first].is_capitalized()
                        && !claim_uses(parts, t)
                        && !same_term(owner, t)
                        // Places only where one excludes the other: `English` is `British`.
                        && (!owner.key.starts_with('@')
                            || !t.key.starts_with('@')
                            || self.lexicon.may_replace(&owner.key, &t.key))
                })?;
                Some(other.surface.clone())
            })
    }

    /// `Adam Levine` against `lead vocalist Adam Sandler`: the claim's surname is nowhere,
    /// and its given name opens another full name in the sentence.
    pub(super) fn surname_rival(
        &self,
        claim: &Analysis,
        surname: &Term,
        main: &Analysis,
    ) -> Option<String> {
        let stem = |t: &Token| self.lexicon.stem(&t.lower);
        // The claim's name: the capitalised run this missing word ends.
        // A person's two names (not `West Ham United`, `Copa América Centenario`).
        let run = capitalised_runs(&claim.tokens)
            .into_iter()
            .find(|r| r.end == surname.end && r.len() == 2)?;
        // An initial (`Susan R.`) is no surname.
        if surname.surface.trim_end_matches('.').chars().count() < 2 {
            return None;
        }
        let given_word = &claim.tokens[run.start].lower;
        // A given name is no word that opens a place's name (`New Rochelle` is no person).
        const PLACE_OPENERS: &[&str] = &[
            "new", "north", "south", "east", "west", "san", "santa", "saint", "st", "los", "las",
            "lake", "mount", "fort", "port", "upper", "lower", "great", "little",
        ];
        if PLACE_OPENERS.contains(&given_word.as_str()) || self.lexicon.is_stopword(given_word) {
            return None;
        }
        let given = stem(&claim.tokens[run.start]);
        let theirs = capitalised_runs(&main.tokens).into_iter().find(|r| {
            (2..=3).contains(&r.len()) && stem(&main.tokens[r.start]) == given && r.start > 0
        })?;
        let own = &claim.tokens[surname.first];
        let other = &main.tokens[theirs.end - 1].lower;
        let own_stem = stem(own);
        // A misspelling (`Halston` for `Ralston`) names no one else.
        if main.tokens.iter().any(|t| stem(t) == own_stem)
            || strsim::jaro_winkler(&own.lower, other) >= 0.8
        {
            return None;
        }
        Some(
            main.text[main.tokens[theirs.start].start..main.tokens[theirs.end - 1].end].to_string(),
        )
    }

    /// `Landon Okoro is American` against `Landon Okoro is a Mexican former soccer player`: a
    /// nationality said of the subject alone, against another of its kind the source puts in
    /// what it says the same subject is.
    fn predicate_rival(
        &self,
        claim: &Analysis,
        name: &Term,
        parts: &[ClaimPart],
        main: &Analysis,
        attributive: &dyn Fn(&Analysis, &Term, bool) -> bool,
    ) -> Option<String> {
        // `X is American.`, `X is only Armenian.`: the copula, then the name, then the end.
        let mut k = name.first.checked_sub(1)?;
        while matches!(claim.tokens[k].lower.as_str(), "only" | "also") {
            k = k.checked_sub(1)?;
        }
        let copula = matches!(
            claim.tokens[k].lower.as_str(),
            "is" | "was" | "are" | "were"
        );
        let at_end = claim.tokens[name.end..]
            .iter()
            .all(|t| t.kind == TokenKind::Punct);
        // Only a place's name or adjective (`American` is `@united states`), not a person's
        // (`Joy` in `her middle name is Joy`).
        if !copula || !at_end || k == 0 || !name.key.starts_with('@') {
            return None;
        }
        let stated = main.copula.as_ref().filter(|c| !c.negated)?;
        let subject_named = claim.terms.iter().filter(|t| t.end <= k).any(|ct| {
            main.terms
                .iter()
                .filter(|t| t.end <= stated.verb)
                .any(|st| shares_key(&ct.match_keys, &st.match_keys))
        });
        if !subject_named {
            return None;
        }
        let pieces =
            |w: &str| -> Vec<String> { w.to_lowercase().split('-').map(str::to_string).collect() };
        main.terms
            .iter()
            .filter(|t| t.first > stated.verb && t.key.starts_with('@'))
            .filter(|t| attributive(main, t, false) && !claim_uses(parts, t))
            .find(|t| {
                !pieces(&name.surface)
                    .iter()
                    .any(|p| pieces(&t.surface).contains(p))
                    && self.lexicon.may_replace(&name.key, &t.key)
            })
            .map(|t| t.surface.clone())
    }

    /// `Seohyun is a dog` against `Seohyun is a South Korean singer and actress`: the source
    /// says what the claim's subject is, and every noun it gives is of a kind the claim's noun
    /// cannot also be (WordNet kinds; see [`Lexicon::kinds_exclude`]). Nouns that may name the
    /// same thing (`driver`, `model`) or that WordNet gives no kind (`single`) decide nothing.
    pub(super) fn kind_clash(
        &self,
        claim: &Analysis,
        term: &Term,
        main: &Analysis,
    ) -> Option<Conflict> {
        // A denied copula (`is not a horse`) clashes too, and so states the denial.
        let said = claim.copula.as_ref()?;
        let noun = said.nouns.iter().find(|n| term.end == n.end)?;
        let stated = main.copula.as_ref().filter(|c| !c.negated)?;
        // The source's copula must be about the claim's subject.
        let subject_named = same_subject(claim, said, main, stated);
        // Every noun of another kind; or one of another sort, and none of the claim's sort (a
        // participle read as a noun, `film, set in Edinburgh`, is of no sort).
        let lex = self.lexicon;
        let excluded = stated
            .nouns
            .iter()
            .all(|n| lex.kinds_exclude(&noun.lemma, &n.lemma))
            || (stated.nouns.iter()).any(|n| lex.sorts_exclude(&noun.lemma, &n.lemma))
                && !(stated.nouns.iter()).any(|n| lex.same_sort(&noun.lemma, &n.lemma));
        if !subject_named || !excluded {
            return None;
        }
        let words = |a: &Analysis, first: usize, end: usize| {
            a.text[a.tokens[first].start..a.tokens[end - 1].end].to_string()
        };
        Some(Conflict {
            reason: Reason::KindMismatch,
            claim_words: words(claim, noun.first, noun.end),
            source_words: stated
                .nouns
                .iter()
                .map(|n| words(main, n.first, n.end))
                .collect::<Vec<_>>()
                .join(", "),
            claim_at: noun.first,
            claim_denies: false,
        })
    }

    /// `X is a musician` stated by `X is a guitarist`: a noun the claim says its subject is,
    /// stated by a kind of it that a sentence says the same subject is.
    pub(super) fn kind_stated(
        &self,
        claim: &Analysis,
        term: &Term,
        sents: &[&Analysis],
    ) -> Option<usize> {
        let said = claim.copula.as_ref().filter(|c| !c.negated)?;
        let noun = said
            .nouns
            .iter()
            .find(|n| n.first <= term.first && term.end == n.end)?;
        sents.iter().position(|a| {
            a.copula.as_ref().is_some_and(|stated| {
                !stated.negated
                    && same_subject(claim, said, a, stated)
                    && stated
                        .nouns
                        .iter()
                        .any(|n| self.lexicon.is_kind_of(&n.lemma, &noun.lemma))
            })
        })
    }

    /// `Prescott is a county` is not stated by `Prescott is a city in Yavapai County`: the
    /// common noun that says what the claim's subject is, is not stated by the last word of
    /// another name (`Yavapai County`, `Acme Company`). A title before a name (`Judge Pierre
    /// Leval`) and a word of the subject's own name (`The Daily Show`) still state it.
    pub(super) fn said_of_the_subject<'h>(
        &self,
        claim: &Analysis,
        word: &Term,
        sents: &[&Analysis],
        hits: Vec<(usize, &'h Term)>,
    ) -> Vec<(usize, &'h Term)> {
        let Some(said) = claim.copula.as_ref().filter(|c| !c.negated) else {
            return hits;
        };
        let is_head = said.nouns.iter().any(|n| n.end == word.end)
            && !word.is_name
            && self
                .lexicon
                .noun_at_end(&[&word.surface.to_lowercase()])
                .is_some();
        if !is_head {
            return hits;
        }
        let subject: Vec<&Term> = claim.terms.iter().filter(|t| t.end <= said.verb).collect();
        let ends_other_name = |a: &Analysis, t: &Term| {
            let capital = |k: usize| {
                a.tokens
                    .get(k)
                    .is_some_and(|x| x.is_word() && x.is_capitalized())
            };
            let mut start = t.first;
            while start > 0 && capital(start - 1) {
                start -= 1;
            }
            let of_subject = a.terms.iter().any(|x| {
                x.first >= start
                    && x.end <= t.first
                    && subject
                        .iter()
                        .any(|c| shares_key(&c.match_keys, &x.match_keys))
            });
            t.is_name && start < t.first && !capital(t.end) && !of_subject
        };
        hits.into_iter()
            .filter(|(si, t)| !ends_other_name(sents[*si], t))
            .collect()
    }

    /// Does the claim say what its subject is with a noun that is among `missing`, where
    /// `main` says of the same subject that it is something else?
    pub(super) fn other_kind_said(
        &self,
        claim: &Analysis,
        main: &Analysis,
        missing: &[String],
    ) -> bool {
        let (Some(said), Some(stated)) = (&claim.copula, &main.copula) else {
            return false;
        };
        if said.negated || stated.negated || stated.nouns.is_empty() {
            return false;
        }
        // The claim's head noun is unstated, and the source's predicate puts another head
        // after the same modifier: a minimal change of kind, not a paraphrase (`the main
        // character` for `the protagonist` keeps no modifier of the claim's).
        let unstated = said.nouns.iter().any(|n| {
            let Some(head) = claim
                .terms
                .iter()
                .find(|t| t.end == n.end && missing.contains(&t.surface))
            else {
                return false;
            };
            let Some(modifier) = head.first.checked_sub(1).map(|k| &claim.tokens[k]) else {
                return false;
            };
            // Both heads nouns WordNet knows (a predicate may run on to `released`).
            let is_noun = |w: &str| self.lexicon.noun_at_end(&[w]).is_some();
            let claimed = &claim.tokens[head.end - 1].lower;
            modifier.is_word()
                && is_noun(claimed)
                && stated.nouns.iter().any(|m| {
                    let last = &main.tokens[m.end - 1].lower;
                    m.end >= 2
                        && main.tokens[m.end - 2].lower == modifier.lower
                        && last != claimed
                        && is_noun(last)
                })
        });
        unstated && same_subject(claim, said, main, stated)
    }

    /// The preposition that puts `t` in a slot (`in` for `in New York`, `by` for `by
    /// director Ana Ruiz`) and its token index. Words of the same name, nouns naming a
    /// person's role (`director`, `singer`) and the places before it (`in Hollywood,
    /// Florida`) may stand between.
    fn slot_of(&self, a: &Analysis, t: &Term) -> Option<(String, usize)> {
        let mut i = t.first;
        // Whether a common noun stands right before the name (`club Villarreal`).
        let mut described = false;
        while i > 0 {
            i -= 1;
            let tok = &a.tokens[i];
            if tok.is_word() && (tok.is_capitalized() || self.lexicon.names_a_person(&tok.lower)) {
                continue; // part of the same name or its title: `in New York`, `by singer X`
            }
            // One common noun right before the name: `for club Villarreal`, `for Italian
            // club A.C. Milan`.
            if i + 1 == t.first
                && tok.is_word()
                && !self.lexicon.is_stopword(&tok.lower)
                && self.lexicon.noun_at_end(&[&tok.lower]).is_some()
            {
                described = true;
                continue;
            }
            // `in the southwestern region of the United States`: the place a region is of
            // stands in the region's slot, described by it.
            let of_a_region = |k: usize| {
                a.tokens[k].lower == "of"
                    && k > 0
                    && a.tokens[k - 1].is_word()
                    && !a.tokens[k - 1].is_capitalized()
                    && !self.lexicon.is_stopword(&a.tokens[k - 1].lower)
            };
            if of_a_region(i) || tok.lower == "the" && i > 0 && of_a_region(i - 1) {
                described = true;
                continue;
            }
            // The words that describe that noun, and their article: `by the English rock
            // band Pink Floyd`. (Whose slot it is, is then checked by the verb before it:
            // `known for X in the Canadian drama Orphan Black` says nothing of what else the
            // person was in.)
            if described
                && tok.is_word()
                && (!self.lexicon.is_stopword(&tok.lower)
                    || matches!(tok.lower.as_str(), "a" | "an" | "the"))
            {
                continue;
            }
            // `for the Seattle Seahawks`: after `for`, whose slot holds one value only for one
            // verb or role, the article too.
            if tok.lower == "the" && i > 0 && a.tokens[i - 1].lower == "for" {
                continue;
            }
            // `in Hollywood, Florida`: the place after the comma is in the slot too.
            if tok.text == ","
                && i > 0
                && a.tokens[i - 1].is_word()
                && a.tokens[i - 1].is_capitalized()
            {
                continue;
            }
            return SLOTS
                .contains(&tok.lower.as_str())
                .then(|| (tok.lower.clone(), i));
        }
        None
    }

    /// Is the name the owner of another person (`Okonkwo's father`, `his wife`)? Such a name
    /// does not stand where the claim's does: the father's job is not Okonkwo's.
    pub(super) fn owner_of_person(&self, a: &Analysis, t: &Term) -> bool {
        a.tokens
            .get(t.end)
            .is_some_and(|tok| tok.kind == crate::text::tokens::TokenKind::Possessive)
            && a.tokens
                .get(t.end + 1)
                .is_some_and(|tok| tok.is_word() && self.lexicon.names_a_person(&tok.lower))
    }

    /// `Okonkwo's father`, `Valmera chief executive Andrés Pujol`: the name owns a person.
    pub(super) fn owns_a_person(&self, a: &Analysis, t: &Term) -> bool {
        self.owner_of_person(a, t) || self.attributive_owner(a, t)
    }

    /// `Valmera chief executive Andrés Pujol`: the name before a noun for a person says
    /// whose the person is, as `Valmera's chief executive` does.
    fn attributive_owner(&self, a: &Analysis, t: &Term) -> bool {
        a.tokens.get(t.end).is_some_and(|tok| {
            tok.is_word() && !tok.is_capitalized() && self.lexicon.names_a_person(&tok.lower)
        })
    }
}

/// The evidence names `other` where the claim names `name`.
pub(super) fn another_name(name: &Term, other: String) -> Conflict {
    Conflict {
        reason: Reason::EntityMismatch,
        claim_words: name.surface.clone(),
        source_words: other,
        claim_at: name.first,
        claim_denies: false,
    }
}

/// Is a slot's verb or role said of the past: `played`, `has played`, `a former player`,
/// `was a linebacker`?
fn in_past(a: &Analysis, head: &Term) -> bool {
    head.surface.to_lowercase().ends_with("ed")
        || a.tokens[head.first.saturating_sub(4)..head.first]
            .iter()
            .any(|t| {
                matches!(
                    t.lower.as_str(),
                    "former" | "was" | "were" | "formerly" | "last"
                )
            })
}

/// `UPO opposed the cap on class sizes` against `UPO backed the cap on class sizes but
/// opposed the longer school day`: the claim's verb and its object are both in the sentence,
/// but the verb takes another object there, and the object follows another verb. The verb is
/// not said of the claim's object. Past-tense verbs only, each with a determiner before its
/// object.
pub(super) fn verb_of_another_object(
    claim: &Analysis,
    parts: &[ClaimPart],
    hits: &[Vec<(usize, &Term)>],
    main: &Analysis,
    lex: &Lexicon,
) -> Option<(usize, String)> {
    let skip_determiners = |a: &Analysis, mut k: usize| {
        while a
            .tokens
            .get(k)
            .is_some_and(|t| DETERMINERS.contains(&t.lower.as_str()))
        {
            k += 1;
        }
        k
    };
    let in_main = |pi: usize| -> Option<&Term> {
        let mut it = hits[pi].iter().filter(|(si, _)| *si == 0).map(|(_, t)| *t);
        let first = it.next()?;
        // Only a word the sentence has once.
        it.next().is_none().then_some(first)
    };
    for (pv, verb) in parts.iter().enumerate() {
        let lower = verb.term.surface.to_lowercase();
        if verb.is_name || lower.contains(' ') || !lex.is_past_verb(&lower) {
            continue;
        }
        // A determiner between them: `recovered cases` is no verb and its object.
        let object_at = skip_determiners(claim, verb.term.end);
        if object_at == verb.term.end {
            continue;
        }
        let Some(po) = parts.iter().position(|o| o.term.first == object_at) else {
            continue;
        };
        let (Some(v), Some(o)) = (in_main(pv), in_main(po)) else {
            continue;
        };
        // The source's verb takes a word that is not the claim's object…
        let after = skip_determiners(main, v.end);
        let takes_another = after != o.first
            && main
                .tokens
                .get(after)
                .is_some_and(|t| t.is_word() && !lex.is_stopword(&t.lower) && !t.is_capitalized());
        // …and the claim's object follows another verb.
        let mut before = o.first;
        while before > 0 && DETERMINERS.contains(&main.tokens[before - 1].lower.as_str()) {
            before -= 1;
        }
        // (With its own determiner: `an expanded tour` is said of no other verb.)
        let other_verb = before < o.first
            && before
                .checked_sub(1)
                .is_some_and(|k| k != v.first && lex.is_past_verb(&main.tokens[k].lower));
        if takes_another && other_verb {
            // The phrase it takes, to its first stopword: `the longer school day`.
            let end = (after..main.tokens.len())
                .find(|&k| !main.tokens[k].is_word() || lex.is_stopword(&main.tokens[k].lower))
                .unwrap_or(main.tokens.len());
            let said_of = main.text[main.tokens[after].start..main.tokens[end - 1].end].to_string();
            return Some((pv, said_of));
        }
    }
    None
}

/// The claim's subject and a word after its verb, found in one clause of the sentence the
/// other way round: the word right before the same verb and the subject after it.
/// `Caldera beat Riverside` against `Riverside beat Caldera`, `rebels recaptured the town
/// from government forces` against `government forces recaptured the town from rebels`.
/// Only words the sentence has once count, and only active verbs (`Riverside was beaten by
/// Caldera`, `a film produced by Edmonds` say it the other way round on purpose). Verbs whose
/// two sides do the same thing (`met`, `married`, `drew with`) are left alone.
pub(super) fn swapped_roles(
    claim: &Analysis,
    parts: &[ClaimPart],
    hits: &[Vec<(usize, &Term)>],
    main: &Analysis,
    lex: &Lexicon,
) -> Option<Conflict> {
    // The one hit of a part in the main sentence.
    let only_hit = |pi: usize| -> Option<&Term> {
        let mut in_main = hits[pi].iter().filter(|(si, _)| *si == 0);
        match (in_main.next(), in_main.next()) {
            (Some((_, t)), None) => Some(*t),
            _ => None,
        }
    };
    // A verb in the past and the active voice, right after its subject (or one auxiliary
    // after it): where the subject ends. Not a participle that describes a noun (`the
    // longest field goal made was`, `a film produced by`), nor one done with another (`signed
    // with`).
    let subject_end = |a: &Analysis, v: &Term| -> Option<usize> {
        let lower = |k: usize| a.tokens[k].lower.as_str();
        let passive = (v.first.saturating_sub(2)..v.first).any(|k| BE_FORMS.contains(&lower(k)));
        let after = a.tokens.get(v.end).map_or("", |n| n.lower.as_str());
        // `agreed (on Monday) to buy`: the subject of the verb before `to` does it.
        let governing = (v.first >= 2 && lower(v.first - 1) == "to")
            .then(|| {
                (v.first.saturating_sub(5)..v.first - 1).rev().find(|&k| {
                    a.tokens[k].is_word()
                        && !a.tokens[k].is_capitalized()
                        && lex.is_past_verb(lower(k))
                })
            })
            .flatten();
        let verb =
            v.end == v.first + 1 && (governing.is_some() || lex.is_past_verb(lower(v.first)));
        if !verb
            || passive
            || matches!(after, "by" | "with" | "of")
            || BE_FORMS.contains(&after)
            || a.tokens[v.first].is_capitalized()
        {
            return None;
        }
        match governing.unwrap_or(v.first) {
            0 => None,
            f if f >= 2 && between_subject_and_verb(lower(f - 1)) => Some(f - 1),
            f => Some(f),
        }
    };
    // A subject: a name, or a word that is no verb form itself (`reduced episodes`).
    let ends_at = |end: usize, a: &Analysis, t: &Term| {
        t.end == end
            && a.tokens[t.end - 1].is_word()
            && (t.is_name || !lex.is_past_verb(&a.tokens[t.end - 1].lower))
    };
    let clause = main.clauses();
    let claim_clause = claim.clauses();
    for (vi, v) in parts.iter().enumerate() {
        if v.is_name || symmetric_stems(lex).contains(&v.term.key) {
            continue;
        }
        let Some(claim_end) = subject_end(claim, v.term) else {
            continue;
        };
        // The claim's verb takes an object right after it (`beat Riverside`, `recaptured
        // the town`), not a preposition (`have performed in Massachusetts`).
        if claim
            .tokens
            .get(v.term.end)
            .is_some_and(|n| PREPOSITIONS.contains(&n.lower.as_str()))
        {
            continue;
        }
        // Its subject: not the object of a preposition (`Programs in Hindi began`).
        let Some(subject) = (0..parts.len()).find(|&pi| {
            let t = parts[pi].term;
            pi != vi
                && ends_at(claim_end, claim, t)
                && (t.first == 0
                    || !PREPOSITIONS.contains(&claim.tokens[t.first - 1].lower.as_str()))
        }) else {
            continue;
        };
        let Some(vh) = only_hit(vi) else { continue };
        let Some(source_end) = subject_end(main, vh) else {
            continue;
        };
        // The claim's subject after the verb, in its clause.
        // The same word, or the same name however much of it is written (`Marchetti`,
        // `Luca Marchetti`).
        let same = |c: &Term, s: &Term| {
            let (cs, ss) = (c.surface.to_lowercase(), s.surface.to_lowercase());
            c.key == s.key
                || c.is_name
                    && s.is_name
                    && (same_term(c, s)
                        || ss.starts_with(&format!("{cs} "))
                        || ss.ends_with(&format!(" {cs}")))
        };
        let Some(moved) = only_hit(subject).filter(|h| {
            h.first >= vh.end && clause[h.first] == clause[vh.first] && same(parts[subject].term, h)
        }) else {
            continue;
        };
        // The source's subject may be a name with its place after it: `Erik Lindholm of
        // Norland beat`.
        let source_end = main
            .terms
            .iter()
            .find(|t| t.end == source_end && t.is_name)
            .and_then(|t| {
                t.first
                    .checked_sub(1)
                    .filter(|&k| main.tokens[k].lower == "of")
            })
            .filter(|&of| of >= 1 && main.tokens[of - 1].is_capitalized())
            .unwrap_or(source_end);
        // In its place, a word the claim has after its verb.
        let Some((other, in_place)) = (0..parts.len())
            .filter(|&pi| {
                pi != vi
                    && parts[pi].term.first >= v.term.end
                    && claim_clause[parts[pi].term.first] == claim_clause[v.term.first]
            })
            .find_map(|pi| {
                // The word right before the verb, or a name's word whose name runs on to it
                // (`Harbourline Financial agreed`).
                let runs_to = |h: &Term| {
                    h.end <= source_end
                        && main.tokens[h.end..source_end]
                            .iter()
                            .all(|t| t.is_word() && t.is_capitalized())
                        && (h.end == source_end || main.tokens[h.first].is_capitalized())
                };
                main.terms
                    .iter()
                    .find(|h| {
                        runs_to(h)
                            && ends_at(h.end, main, h)
                            && (same(parts[pi].term, h) || same_term(parts[pi].term, h))
                    })
                    .map(|h| (parts[pi].term, h))
            })
        else {
            continue;
        };
        let said = |a: &Analysis, from: &Term, to: &Term| {
            a.text[a.tokens[from.first].start..a.tokens[to.end - 1].end].to_string()
        };
        return Some(Conflict {
            reason: Reason::SwappedRoles,
            claim_words: said(claim, parts[subject].term, other),
            source_words: said(main, in_place, moved),
            claim_at: parts[subject].term.first,
            claim_denies: false,
        });
    }
    None
}

/// The agent of a passive verb, found in the main sentence after the same verb's `by` as
/// another name of the claim: `was brought by Halvern against Corrin Labs` against `was
/// brought by generic drugmaker Corrin Labs`. The claim's agent must not be in that `by`
/// phrase.
pub(super) fn agent_swapped(
    claim: &Analysis,
    parts: &[ClaimPart],
    hits: &[Vec<(usize, &Term)>],
    main: &Analysis,
) -> Option<Conflict> {
    let passive = |a: &Analysis, v: &Term| passive_with_by(a, v, 2);
    let vi = (0..parts.len()).find(|&pi| !parts[pi].is_name && passive(claim, parts[pi].term))?;
    let verb = parts[vi].term;
    let agent_span = by_phrase(claim, verb.end);
    let agent = (0..parts.len())
        .find(|&pi| parts[pi].is_name && agent_span.contains(&parts[pi].term.first))?;
    hits[vi]
        .iter()
        .filter(|(si, t)| *si == 0 && passive(main, t))
        .find_map(|(_, v)| {
            let span = by_phrase(main, v.end);
            let in_span = |pi: usize| {
                hits[pi]
                    .iter()
                    .any(|(si, t)| *si == 0 && span.contains(&t.first))
            };
            if in_span(agent) {
                return None;
            }
            let other = (0..parts.len()).find(|&pi| {
                parts[pi].is_name && !agent_span.contains(&parts[pi].term.first) && in_span(pi)
            })?;
            Some(Conflict {
                reason: Reason::SwappedRoles,
                claim_words: format!("{} by {}", verb.surface, parts[agent].term.surface),
                source_words: main.text[main.tokens[v.first].start..main.tokens[span.end - 1].end]
                    .to_string(),
                claim_at: parts[other].term.first,
                claim_denies: false,
            })
        })
}

/// An active claim read against the passive of its verb: `Hollin Construct replaced Stravia
/// Works` against `Hollin Construct, which was later replaced by Stravia Works`. The passive's
/// agent is the claim's object, not its subject, so the source has the roles the other way
/// round. The claim's subject must end right before its verb (or one auxiliary before it).
pub(super) fn passive_reverses_active(
    claim: &Analysis,
    parts: &[ClaimPart],
    hits: &[Vec<(usize, &Term)>],
    main: &Analysis,
) -> Option<Conflict> {
    // Active: no form of `be` before the verb (`was drafted to`, `is known as` are not).
    let active = |v: &Term| !be_before(claim, v, 3);
    let vi = (0..parts.len()).find(|&pi| {
        let v = parts[pi].term;
        !parts[pi].is_name && !v.negated && active(v) && v.first > 0
    })?;
    let verb = parts[vi].term;
    let before = if AUXILIARY_VERBS.contains(&word_at(claim, verb.first - 1)) {
        verb.first - 1
    } else {
        verb.first
    };
    let subject = (0..parts.len()).find(|&pi| parts[pi].is_name && parts[pi].term.end == before)?;
    // Where the subject's name starts (`Hollin Construct`).
    let subject_start = name_run(
        &claim.tokens,
        parts[subject].term.first,
        parts[subject].term.end,
    )
    .start;
    // The object: the first name after the verb, within three words.
    let object = (0..parts.len()).find(|&pi| {
        let t = parts[pi].term;
        parts[pi].is_name && t.first > verb.end - 1 && t.first <= verb.end + 2
    })?;
    let object_end = name_run(
        &claim.tokens,
        parts[object].term.first,
        parts[object].term.end,
    )
    .end;
    let in_main = |pi: usize, span: &std::ops::Range<usize>| {
        hits[pi]
            .iter()
            .any(|(si, t)| *si == 0 && span.contains(&t.first))
    };
    hits[vi]
        .iter()
        .filter(|(si, t)| *si == 0 && passive_with_by(main, t, 3))
        .find_map(|(_, v)| {
            let span = by_phrase(main, v.end);
            let end = span.end;
            (in_main(object, &span) && !in_main(subject, &span)).then(|| Conflict {
                reason: Reason::SwappedRoles,
                claim_words: claim.text
                    [claim.tokens[subject_start].start..claim.tokens[object_end - 1].end]
                    .to_string(),
                source_words: main.text[main.tokens[v.first].start..main.tokens[end - 1].end]
                    .to_string(),
                claim_at: parts[subject].term.first,
                claim_denies: false,
            })
        })
}

/// The word at `k` in lower case, or nothing past the end.
fn word_at(a: &Analysis, k: usize) -> &str {
    a.tokens.get(k).map_or("", |t| t.lower.as_str())
}

/// Is there a form of `be` among the `reach` words before the verb?
fn be_before(a: &Analysis, v: &Term, reach: usize) -> bool {
    (v.first.saturating_sub(reach)..v.first).any(|k| BE_FORMS.contains(&word_at(a, k)))
}

/// A passive verb with its agent: a form of `be` within `reach` words before it, `by` after.
fn passive_with_by(a: &Analysis, v: &Term, reach: usize) -> bool {
    be_before(a, v, reach) && word_at(a, v.end) == "by"
}

/// The `by` phrase after `by` at `at`: up to punctuation or five words.
fn by_phrase(a: &Analysis, at: usize) -> std::ops::Range<usize> {
    let limit = (at + 6).min(a.tokens.len());
    let end = (at + 1..limit)
        .find(|&k| !a.tokens[k].is_word())
        .unwrap_or(limit);
    at + 1..end
}

/// The stems of [`SYMMETRIC_VERBS`], stemmed once.
fn symmetric_stems(lex: &Lexicon) -> &'static [String] {
    static STEMS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    STEMS.get_or_init(|| SYMMETRIC_VERBS.iter().map(|w| lex.stem(w)).collect())
}

/// Verbs whose subject and object do the same to each other: swapping them says the same.
const SYMMETRIC_VERBS: &[&str] = &[
    "meet",
    "marry",
    "wed",
    "divorce",
    "date",
    "face",
    "play",
    "draw",
    "tie",
    "border",
    "talk",
    "negotiate",
    "fight",
    "clash",
    "battle",
    "partner",
    "merge",
    "collaborate",
    "compete",
    "trade",
    "share",
    "resemble",
    "match",
    "equal",
    "join",
    "ally",
    "split",
];

/// The full name a sentence opens with as the subject of its copula (`Zhog Chenle is a …`),
/// when none of its words is the claim's.
pub(super) fn other_subject(main: &Analysis, claim: &Analysis) -> Option<String> {
    let copula = main.copula.as_ref()?;
    let run = capitalised_runs(&main.tokens).into_iter().next()?;
    let whole_subject = run.start == 0 && run.end == copula.verb && run.len() >= 2;
    let names_claim = main
        .terms
        .iter()
        .filter(|t| t.first >= run.start && t.end <= run.end)
        .any(|t| {
            claim
                .terms
                .iter()
                .any(|c| shares_key(&c.match_keys, &t.match_keys))
        });
    (whole_subject && !names_claim)
        .then(|| main.text[main.tokens[run.start].start..main.tokens[run.end - 1].end].to_string())
}

/// A title that names a person (see [`Judge::title_rival`]): the modifier's and the person
/// noun's stems, and whether it names one person only (capitalised, or after `the`).
struct Title {
    title: (String, String),
    unique: bool,
}

/// The runs of capitalised words of a sentence (`Guy Pearce`, `Marion Snow`), as token
/// ranges.
/// The run of capitalised words around the term at `first..end` (`Mayor Ilse Varga` around
/// `Ilse`).
fn name_run(tokens: &[Token], first: usize, end: usize) -> std::ops::Range<usize> {
    let capital = |k: &usize| tokens[*k].is_word() && tokens[*k].is_capitalized();
    let start = (0..first).rev().take_while(capital).last().unwrap_or(first);
    let end = (end..tokens.len())
        .take_while(capital)
        .last()
        .map_or(end, |k| k + 1);
    start..end
}

fn capitalised_runs(tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, t) in tokens.iter().enumerate() {
        let capital = t.is_word() && t.is_capitalized();
        match (capital, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push(s..tokens.len());
    }
    runs
}

/// `Super Mario Sunshine 2` is a sequel, not `Super Mario Sunshine`: the last word of a
/// name of several words, followed in the source by a numeral (`2`, `II`) that the claim
/// does not write after it.
pub(super) fn names_a_sequel(claim: &Analysis, word: &Term, a: &Analysis, t: &Term) -> bool {
    const ROMAN: &[&str] = &["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
    let Some(next) = a.tokens.get(t.end) else {
        return false;
    };
    // A score is no numeral of a name: `beat Manchester United 2-1`.
    let score = a
        .tokens
        .get(t.end + 1)
        .is_some_and(|n| matches!(n.text.as_str(), "-" | "–" | ":"));
    let numeral = next.kind == TokenKind::Number
        && next.text.len() <= 2
        && next.text.chars().all(|c| c.is_ascii_digit())
        && !score
        || ROMAN.contains(&next.text.as_str());
    let several = t.first > 0 && {
        let prev = &a.tokens[t.first - 1];
        prev.is_word() && prev.is_capitalized()
    };
    let claimed = claim
        .tokens
        .get(word.end)
        .is_some_and(|c| c.lower == next.lower);
    numeral && several && !claimed
}

pub(super) fn full_name_in(
    claim: &Analysis,
    parts: &[ClaimPart],
    pi: usize,
    sents: &[&Analysis],
    owner_of_person: &dyn Fn(&Analysis, &Term) -> bool,
) -> Option<usize> {
    if !parts[pi].is_name {
        return None;
    }
    // The run of adjacent name parts this one belongs to.
    let mut last = pi;
    while last + 1 < parts.len()
        && parts[last + 1].is_name
        && parts[last + 1].term.first == parts[last].term.end
    {
        last += 1;
    }
    let mut first = pi;
    while first > 0
        && parts[first - 1].is_name
        && parts[first - 1].term.end == parts[first].term.first
    {
        first -= 1;
    }
    // A place (`raised in New York`) is not named by its last word (`York`).
    let place = parts[first].term.first > 0
        && matches!(
            claim.tokens[parts[first].term.first - 1].lower.as_str(),
            "in" | "at" | "from" | "near" | "to"
        );
    if last == pi || place {
        return None;
    }
    // The claim's names in the run, and the missing one, as they are compared.
    let run: Vec<String> = parts[first..=last]
        .iter()
        .map(|p| p.term.surface.to_lowercase())
        .collect();
    let this = parts[pi].term.surface.to_lowercase();
    let surname = parts[last].term;
    for (si, a) in sents.iter().enumerate() {
        // The last word of a name is written as a name, or as `the` and that word for the
        // whole (`the movement` for `the Northern Highlands Movement`): `Lethia's central
        // bank` names no `Westmoor Bank`.
        let as_name = |t: &Term| {
            t.is_name
                || a.tokens[t.first].is_capitalized()
                || t.first > 0 && a.tokens[t.first - 1].lower == "the"
        };
        for t in a
            .terms
            .iter()
            .filter(|t| shares_key(&surname.match_keys, &t.match_keys) && as_name(t))
        {
            // The capitalised words right before the surname: given and middle names.
            // A nickname in quotation marks stands among them too (`Kenneth "Babyface"
            // Edmonds`), so the marks are passed over.
            let given: Vec<&str> = a.tokens[..t.first]
                .iter()
                .rev()
                .filter(|tok| !tok.is_quote_mark())
                .take_while(|tok| tok.is_word() && tok.is_capitalized())
                .map(|tok| tok.lower.as_str())
                .collect();
            // `Tim` for `Timothy Simon Roth`, `Michael` for `Michael Dwayne Vick`.
            let writes = |g: &str, c: &str| g == c || c.chars().count() >= 3 && g.starts_with(c);
            let rival_given_name =
                !given.is_empty() && !given.iter().any(|g| run.iter().any(|c| writes(g, c)));
            // The missing word itself, when the source gives names before the surname, must
            // be one of them: `Claudia Alexandra Feliciano` does not state `Sahara`.
            let states_this = given.is_empty() || given.iter().any(|g| writes(g, &this));
            if !rival_given_name && states_this && !owner_of_person(a, t) {
                return Some(si);
            }
        }
    }
    None
}

/// Do two copulas speak of the same subject: does a word before the claim's verb match one
/// before the source's?
fn same_subject(claim: &Analysis, said: &Copula, main: &Analysis, stated: &Copula) -> bool {
    claim.terms.iter().filter(|t| t.end <= said.verb).any(|ct| {
        main.terms
            .iter()
            .filter(|t| t.end <= stated.verb)
            .any(|st| shares_key(&ct.match_keys, &st.match_keys))
    })
}

/// The name that `t` describes, past a possessive and common words (`Dutch club PSV`,
/// `FX's show Fargo`, `the NBC series Bad Judge`).
fn described_name<'a>(a: &'a Analysis, t: &Term, lex: &Lexicon) -> Option<&'a Term> {
    let possessive = a
        .tokens
        .get(t.end)
        .is_some_and(|n| n.kind == TokenKind::Possessive);
    let from = t.end + usize::from(possessive);
    let described = a.tokens[from.min(a.tokens.len())..]
        .iter()
        .take_while(|n| n.is_word() && !n.is_capitalized() && !lex.is_stopword(&n.lower))
        .count();
    a.terms
        .iter()
        .find(|n| described > 0 && n.first == from + described && n.is_name)
}

/// Are the tokens `from..to` a list of names (`Reverend Horton Heat, Skinny Puppy, and`)?
fn in_name_list(a: &Analysis, from: usize, to: usize) -> bool {
    a.tokens[from.min(to)..to].iter().all(|t| {
        (t.is_word() && t.is_capitalized())
            || matches!(t.lower.as_str(), "," | "and" | "or" | "the" | "&")
    })
}

/// The verb of the slot whose preposition is at token `at`: `directed` in `directed by`,
/// `plays` in `plays as a winger for`.
fn slot_head(a: &Analysis, at: usize) -> Option<&Term> {
    // Past an `as a …` role: `plays as a winger for`.
    let role = (at.saturating_sub(5)..at)
        .rev()
        .find(|&k| a.tokens[k].lower == "as")
        .filter(|&k| {
            a.tokens[k + 1..at]
                .iter()
                .all(|w| w.is_word() && !w.is_capitalized())
        });
    term_ending_at(a, role.unwrap_or(at))
}
