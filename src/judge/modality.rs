//! Modality: hedges, plans, conditions, forecasts and allegations (`may`, `will`, `agreed
//! to`, `charged with`, `appeared to`). Kept apart because these cues never contradict:
//! they only keep a sentence that has the claim's words from stating that it happened.

use crate::text::analysis::DETERMINERS;
use crate::text::tokens::{Token, TokenKind};
use crate::text::{Analysis, Lexicon, Term};

use super::{BE_FORMS, ClaimPart, between_subject_and_verb, same_term};

/// A verb of the claim in the past (`was extradited`, `was arrested`) that the sentence has
/// only as the noun of what was approved, ordered or asked for (`approved the extradition`,
/// `issued an arrest warrant`, `called for the release`): that is not yet the deed. The
/// words that say so, if any.
pub(super) fn only_asked_for(
    claim: &Analysis,
    parts: &[ClaimPart],
    hits: &[Vec<(usize, &Term)>],
    main: &Analysis,
    lex: &Lexicon,
) -> Option<String> {
    let toks = &main.tokens;
    parts.iter().zip(hits).find_map(|(p, h)| {
        // A past verb: an `-ed` word not after a determiner, or another past form after an
        // auxiliary (`was shot`, not `the malaria shot`).
        let word = claim.tokens[p.term.first].lower.as_str();
        let before = p
            .term
            .first
            .checked_sub(1)
            .map_or("", |k| claim.tokens[k].lower.as_str());
        let verb = !p.is_name
            && p.term.end == p.term.first + 1
            && lex.is_past_verb(word)
            && if word.ends_with("ed") {
                !DETERMINERS.contains(&before)
            } else {
                BE_FORMS.contains(&before) || between_subject_and_verb(before)
            };
        let in_main: Vec<&Term> = h
            .iter()
            .filter(|(si, _)| *si == 0)
            .map(|(_, t)| *t)
            .collect();
        if !verb || in_main.is_empty() {
            return None;
        }
        // Each mention is a noun after a determiner, which such a verb takes (`for` after
        // `call`).
        let asked: Vec<usize> = in_main
            .iter()
            .filter_map(|t| {
                let det = t.first.checked_sub(1)?;
                if !DETERMINERS.contains(&toks[det].lower.as_str()) {
                    return None;
                }
                let mut v = det.checked_sub(1)?;
                if toks[v].lower == "for" {
                    v = v.checked_sub(1)?;
                }
                ASKED_FOR
                    .contains(&lex.stem(&toks[v].lower).as_str())
                    .then_some(v)
            })
            .collect();
        (asked.len() == in_main.len()).then(|| {
            let (from, to) = (asked[0], in_main[0].end - 1);
            main.text[toks[from].start..toks[to].end].to_string()
        })
    })
}

/// Verbs (stems) whose object is a deed not yet done: `approved the extradition`.
const ASKED_FOR: &[&str] = &[
    "approv",
    "order",
    "request",
    "seek",
    "sought",
    "plan",
    "propos",
    "demand",
    "issu",
    "recommend",
    "authoris",
    "authoriz",
    "call",
    "urg",
    "consid",
    "back",
    "endors",
];

/// Words that make a statement a possibility: the source that says `may` does not say `will`.
/// (`whether`: `investigators are examining whether the fire was started by a spark`.)
const HEDGES: &[&str] = &[
    "may", "might", "could", "possibly", "perhaps", "probably", "whether",
];

/// Words that say what they govern has not happened yet: `will take effect` does not state
/// `took effect`. Unlike a hedge, they bear only on the verb right after them.
const FUTURE: &[&str] = &["will", "shall"];

/// Words that say what they govern is only being thought about: `is considering sending
/// tanks` does not state `will send tanks`. Only before an `-ing` verb.
const UNDECIDED: &[&str] = &["considering", "weighing", "mulling"];

/// Words that say the verb after their `to` is meant, hoped for or expected, not done:
/// `agreed to send troops`, `expect the bank to cut its rate`, `tried to reach the summit`.
const INTENDED: &[&str] = &[
    "ask",
    "asks",
    "asked",
    "urge",
    "urges",
    "urged",
    "request",
    "requests",
    "requested",
    "invite",
    "invites",
    "invited",
    "expect",
    "expects",
    "expected",
    "plan",
    "plans",
    "planned",
    "planning",
    "aim",
    "aims",
    "aimed",
    "intend",
    "intends",
    "intended",
    "hope",
    "hopes",
    "hoped",
    "seek",
    "seeks",
    "sought",
    "want",
    "wants",
    "wanted",
    "propose",
    "proposes",
    "proposed",
    "threaten",
    "threatens",
    "threatened",
    "vow",
    "vows",
    "vowed",
    "pledge",
    "pledges",
    "pledged",
    "promise",
    "promises",
    "promised",
    "agree",
    "agrees",
    "agreed",
    "poised",
    "ready",
    "try",
    "tries",
    "tried",
    "attempt",
    "attempts",
    "attempted",
    "likely",
    "unlikely",
    "wish",
    "wishes",
    "wished",
    // What is still required is not done: `needs to be signed`. (`has yet to` denies.)
    "need",
    "needs",
    "required",
    "obliged",
];

/// Modals that say what they govern is required or advised, not done: `must still be
/// ratified by both parliaments`, `should be approved by December`.
const REQUIRED: &[&str] = &["must", "should"];

/// Verbs that carry out a deed named by the noun after them: `complete the signing`, `hold
/// talks`.
const CARRIERS: &[&str] = &[
    "complete", "finalise", "finalize", "conclude", "seal", "hold", "carry", "conduct", "publish",
    "release", "unveil", "present", "open", "stage", "launch", "begin", "start", "announce",
    "sign",
];

/// Words that, after an article, name a deed as only planned, proposed or possible: `the
/// planned closure`, `a possible strike`.
const PROSPECTIVE: &[&str] = &[
    "planned",
    "proposed",
    "potential",
    "possible",
    "prospective",
    "expected",
    "anticipated",
    "intended",
    "threatened",
    "mooted",
];

/// Verbs of saying before `would`: `said it would close 60 stores` tells what was to come
/// (while a narrative `would` tells what came: `the band would release its debut in 1999`).
const REPORTING: &[&str] = &[
    "said",
    "says",
    "announced",
    "told",
    "stated",
    "added",
    "confirmed",
    "warned",
];

/// A claim that itself speaks of what is to come or was planned (`will`, `is scheduled
/// for`, `announced`, `was to run`): a source's `will` may state it. What is only being
/// considered (`considering sending`) is stated only by a claim that says so too.
pub(super) fn speaks_of_a_plan(claim: &Analysis, not_yet: NotYet) -> bool {
    const PLAN_WORDS: &[&str] = &[
        "will",
        "shall",
        "would",
        "scheduled",
        "planned",
        "plans",
        "plan",
        "planning",
        "set",
        "expected",
        "announced",
        "announces",
        "upcoming",
        "future",
        "potential",
        "possible",
        "proposed",
        "prospective",
        "anticipated",
        "intends",
        "intended",
        "going",
        "due",
        // `must be ratified`, `the need for reform`: what is required.
        "must",
        "should",
        "need",
        "needs",
        "needing",
        "required",
        // `was almost killed`: what was tried and did not happen.
        "almost",
        "nearly",
    ];
    let toks = &claim.tokens;
    // `requested federal aid` is a deed done; `requested the state to send aid` speaks of
    // what was meant: a `to` follows, after its object (`wished for the game, Phantasy Star
    // Online, to sell`).
    let meant_deed_follows = |k: usize| toks[k + 1..].iter().take(10).any(|t| t.lower == "to");
    toks.iter().enumerate().any(|(k, t)| {
        let w = t.lower.as_str();
        // What is only meant or expected (`is expected to attend`) is not stated by a plain
        // future (`will attend`): the claim must speak of the plan itself.
        let plain_future = matches!(w, "will" | "shall" | "would");
        // `a plan to raise fares` names a plan; it does not say the claim's deed is planned.
        let a_noun = matches!(w, "plan" | "plans")
            && k > 0
            && DETERMINERS.contains(&toks[k - 1].lower.as_str());
        UNDECIDED.contains(&w)
            || not_yet != NotYet::Undecided
                && !(not_yet == NotYet::Intended && plain_future)
                && !a_noun
                && (PLAN_WORDS.contains(&w)
                    || INTENDED.contains(&w) && meant_deed_follows(k)
                    || w == "to"
                        && k > 0
                        && matches!(
                            toks[k - 1].lower.as_str(),
                            // `had to make 416 runs`: what was required.
                            "is" | "are" | "was" | "were" | "has" | "have" | "had"
                        ))
    })
}

/// Why what a sentence says has not happened yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NotYet {
    /// `will take effect`, `said it would cut`, `the planned closure`.
    Future,
    /// `is expected to attend`, `agreed to send`: meant or expected, which even a claim's
    /// `will` does not say.
    Intended,
    /// `is considering sending`.
    Undecided,
}

/// Where the main sentence has a word of the claim, light verbs included (`will be held`
/// for `was held`).
pub(super) fn verb_hits(claim: &Analysis, main: &Analysis) -> Vec<usize> {
    main.terms
        .iter()
        .filter(|s| claim.terms.iter().any(|c| same_term(c, s)))
        .map(|s| s.first)
        .collect()
}

/// One of [`FUTURE`] or [`UNDECIDED`] right before a verb at one of the `positions` (past
/// `be`, `have` and a few adverbs: `will also be completed`), or, for a claim that `says_what`
/// its subject is, before `become` or `be a`; if any, and whether it is a future.
pub(super) fn not_yet_over(
    a: &Analysis,
    positions: &[usize],
    says_what: bool,
) -> Option<(String, NotYet)> {
    let toks = &a.tokens;
    // The words of the clause just before `h`, nearest first.
    let before = |h: usize, n: usize| {
        (h.saturating_sub(n)..h)
            .rev()
            .map(|k| &toks[k])
            .take_while(|t| t.kind != TokenKind::Punct)
    };
    // What a verb governs: itself, an `-ing` verb right after it (`would consider leaving`),
    // and, for a verb that only carries a deed named after it, its phrase (`expected to
    // complete the signing of Rossi` does not state `signed Rossi` either).
    let governs = |verb: usize| {
        let end = if CARRIERS.contains(&toks[verb].lower.as_str()) {
            (verb + 1..toks.len())
                .find(|&k| ends_a_phrase(&toks[k]))
                .unwrap_or(toks.len())
        } else if toks.get(verb + 1).is_some_and(|n| n.lower.ends_with("ing")) {
            verb + 2
        } else {
            verb + 1
        };
        positions.iter().any(|&p| p >= verb && p < end)
    };
    toks.iter().enumerate().find_map(|(h, tok)| {
        let w = tok.lower.as_str();
        // `expect the bank to cut`, `agreed to send`: the verb right after `to`.
        if w == "to" {
            let intent = before(h, 7).find(|t| INTENDED.contains(&t.lower.as_str()))?;
            let verb = (h + 1..toks.len()).find(|&k| toks[k].lower != "be")?;
            return governs(verb).then(|| (format!("{} … to", intent.text), NotYet::Intended));
        }
        // `must still be ratified`: the verb after the modal, past `be` and an adverb.
        if REQUIRED.contains(&w) {
            let verb = (h + 1..toks.len()).find(|&k| {
                !matches!(
                    toks[k].lower.as_str(),
                    "be" | "have" | "been" | "still" | "also" | "first" | "now" | "not"
                )
            })?;
            return governs(verb).then(|| (tok.text.clone(), NotYet::Intended));
        }
        // `economists expected one more hike in December`: what is expected, named as its
        // object (not `higher than expected`, `as expected`, `is expected to`).
        let expects = matches!(w, "expected" | "expect" | "expects" | "predicted");
        // (Not after an article or a possessive: `its forecast for growth` is a noun.)
        const NOT_AFTER: &[&str] = &[
            "than", "as", "is", "was", "were", "are", "be", "been", "being", "its", "their", "his",
            "her", "our", "new", "latest",
        ];
        let as_verb = h > 0
            && !DETERMINERS.contains(&toks[h - 1].lower.as_str())
            && !NOT_AFTER.contains(&toks[h - 1].lower.as_str())
            && toks
                .get(h + 1)
                .is_some_and(|n| n.is_word() && n.lower != "to");
        if expects && as_verb {
            let end = (h + 1..toks.len())
                .find(|&k| ends_a_phrase(&toks[k]))
                .unwrap_or(toks.len())
                .min(h + 5);
            if positions.iter().any(|&p| p > h && p < end) {
                return Some((tok.text.clone(), NotYet::Intended));
            }
        }
        // `the planned closure of the plant`, `a proposed merger`: a deed named as only
        // planned or possible.
        if PROSPECTIVE.contains(&w)
            && h > 0
            && DETERMINERS.contains(&toks[h - 1].lower.as_str())
            && positions.contains(&(h + 1))
        {
            return Some((tok.text.clone(), NotYet::Future));
        }
        // `said it would close`: what was to come when it was said; `would become … if the
        // mission succeeds`: what will be only on a condition.
        let conditional = || {
            toks.iter()
                .any(|t| matches!(t.lower.as_str(), "if" | "unless"))
        };
        let reported = w == "would"
            && (before(h, 4).any(|t| REPORTING.contains(&t.lower.as_str())) || conditional());
        let future = FUTURE.contains(&w) || reported;
        if !future && !UNDECIDED.contains(&tok.lower.as_str()) || tok.text == "Will" {
            return None;
        }
        let kind = if future {
            NotYet::Future
        } else {
            NotYet::Undecided
        };
        // A claim that says what its subject is (`Orrin is the sixth country`) against `would
        // become the sixth country` or `will be the first`.
        let next = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let becomes = matches!(next(h + 1), "become" | "becomes")
            || next(h + 1) == "be" && matches!(next(h + 2), "a" | "an" | "the");
        if future && says_what && becomes {
            return Some((format!("{} {}", tok.text, toks[h + 1].text), kind));
        }
        let verb = (h + 1..a.tokens.len()).find(|&k| {
            !matches!(
                a.tokens[k].lower.as_str(),
                "be" | "have" | "also" | "soon" | "likely" | "still" | "then" | "now" | "finally"
            )
        })?;
        // `considering the budget` is no plan: only a verb after it (`considering sending`).
        let is_verb = future || a.tokens[verb].lower.ends_with("ing");
        (is_verb && governs(verb)).then(|| (tok.text.clone(), kind))
    })
}

/// Punctuation that ends the phrase a hedge or an allegation governs.
fn ends_a_phrase(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.text.as_str(), "," | ";" | ":" | "—" | "–" | ".")
}

/// A hedge in the same clause as one of the `positions`, if any (`May` with a capital is
/// the month).
pub(super) fn hedge_over(a: &Analysis, positions: &[usize]) -> Option<String> {
    cue_over(a, positions, |h| {
        let tok = &a.tokens[h];
        // `did not rule out taking the case to a tribunal`: only possible.
        let not_ruled_out = matches!(tok.lower.as_str(), "rule" | "rules" | "ruled")
            && a.tokens.get(h + 1).is_some_and(|n| n.lower == "out")
            && (h.saturating_sub(2)..h).any(|k| {
                matches!(
                    a.tokens[k].lower.as_str(),
                    "not" | "n't" | "never" | "cannot"
                )
            });
        // `too early to say the outbreak has peaked`: not known yet.
        let too_early = tok.lower == "early"
            && h > 0
            && a.tokens[h - 1].lower == "too"
            && a.tokens.get(h + 1).is_some_and(|n| n.lower == "to");
        not_ruled_out || too_early || HEDGES.contains(&tok.lower.as_str()) && tok.text != "May"
    })
}

/// A condition in the same clause as one of the `positions`: `would ballot members if
/// redundancies were announced` does neither the deed nor the condition. (Not `even if`,
/// which grants that the rest holds anyway.)
pub(super) fn condition_over(a: &Analysis, positions: &[usize]) -> Option<String> {
    cue_over(a, positions, |h| {
        matches!(a.tokens[h].lower.as_str(), "if" | "unless")
            && !(h > 0 && a.tokens[h - 1].lower == "even")
            && a.tokens[..h]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "would" | "will" | "could" | "might"))
    })
}

/// A forecast over a claim word that the sentence says only after it in its clause (each of
/// `mentions` lists where one claim word is): `is expected to climb into the top 25`, `are
/// likely to vote on a plan` foretell what their clause goes on to say, which only a claim
/// that speaks of a plan may repeat (not a plain `will`; see [`speaks_of_a_plan`]). `declared
/// an emergency and is expected to request aid` foretells the request, not the declaration.
pub(super) fn forecast_over(a: &Analysis, mentions: &[Vec<usize>]) -> Option<String> {
    let is_cue = |h: usize| {
        matches!(a.tokens[h].lower.as_str(), "expected" | "likely")
            && h > 0
            && (BE_FORMS.contains(&a.tokens[h - 1].lower.as_str()) || a.tokens[h - 1].lower == "'s")
            && a.tokens.get(h + 1).is_some_and(|n| n.lower == "to")
    };
    (0..a.tokens.len()).filter(|&h| is_cue(h)).find_map(|h| {
        let end = (h..a.tokens.len())
            .find(|&i| ends_a_phrase(&a.tokens[i]))
            .unwrap_or(a.tokens.len());
        let foretold = |m: &Vec<usize>| !m.is_empty() && m.iter().all(|&p| p > h && p < end);
        mentions
            .iter()
            .any(foretold)
            .then(|| a.tokens[h].text.clone())
    })
}

/// The first token `is_cue` picks whose clause (between phrase-ending punctuation) holds one
/// of the `positions` other than itself.
fn cue_over(a: &Analysis, positions: &[usize], is_cue: impl Fn(usize) -> bool) -> Option<String> {
    let breaks = ends_a_phrase;
    for h in (0..a.tokens.len()).filter(|&h| is_cue(h)) {
        let start = (0..h)
            .rev()
            .find(|&i| breaks(&a.tokens[i]))
            .map_or(0, |i| i + 1);
        let end = (h..a.tokens.len())
            .find(|&i| breaks(&a.tokens[i]))
            .unwrap_or(a.tokens.len());
        if positions.iter().any(|&p| p >= start && p < end && p != h) {
            return Some(a.tokens[h].text.clone());
        }
    }
    None
}

/// Does the claim say who said it (`An army spokesman said …`, `according to the UN`)?
pub(super) fn reports_speech(claim: &Analysis) -> bool {
    claim
        .tokens
        .iter()
        .any(|t| REPORTING.contains(&t.lower.as_str()) || t.lower == "according")
}

/// A word the source says only as alleged, suspected or charged (`charged with embezzling`,
/// `on suspicion of taking bribes`, `allegations that it failed to`, `a suspected injury`),
/// or as what only seems so (`appeared to show`): a claim part whose every mention in the
/// sentence (`mentions`, one list per part) lies in the scope of such a word. The word, if
/// any.
pub(super) fn alleged_over(a: &Analysis, mentions: &[Vec<usize>]) -> Option<String> {
    let toks = &a.tokens;
    let clause_end = |h: usize| {
        (h..toks.len())
            .find(|&i| ends_a_phrase(&toks[i]))
            .unwrap_or(toks.len())
    };
    toks.iter().enumerate().find_map(|(h, tok)| {
        let w = tok.lower.as_str();
        // `alleged` and `suspected` describe the noun after them; the others what follows
        // in their clause. `appears in the film` is no hedge: only `appears to`.
        // `failed to prove she leaked`: what was not proved is not stated either way.
        let unproved = PROVES.contains(&w) && a.denial_over(h).is_some();
        // `a reported 210,000 euros a week`: the figure is only reported.
        let reported_noun =
            w == "reported" && h > 0 && matches!(toks[h - 1].lower.as_str(), "a" | "an" | "the");
        // `charged each passenger 4,000 dollars` is a price; `charged with` an allegation.
        if w == "charged" && !charged_with(toks, h) {
            return None;
        }
        // `prosecutors alleged that …`, `alleged the men had …`: the verb, over its clause.
        let alleging = w == "alleged"
            && toks.get(h + 1).is_some_and(|n| {
                matches!(n.lower.as_str(), "that" | "the" | "they" | "he" | "she")
            });
        let end = if ALLEGED_NOUN.contains(&w) && !alleging {
            (h + 4).min(toks.len())
        } else if ALLEGED.contains(&w)
            || alleging
            || unproved
            || reported_noun
            || SEEMS.contains(&w) && toks.get(h + 1).is_some_and(|n| n.lower == "to")
        {
            clause_end(h)
        } else {
            return None;
        };
        mentions
            .iter()
            .any(|m| !m.is_empty() && m.iter().all(|&p| p > h && p < end))
            .then(|| tok.text.clone())
    })
}

/// `charged on Friday with fraud`, `was charged over the crash`: the charge of a court, not
/// the price of `charged each passenger 4,000 dollars`.
fn charged_with(toks: &[Token], h: usize) -> bool {
    let passive = h > 0
        && matches!(
            toks[h - 1].lower.as_str(),
            "was" | "were" | "been" | "be" | "is" | "are" | "being"
        );
    passive
        || toks[h + 1..]
            .iter()
            .take(4)
            .any(|n| matches!(n.lower.as_str(), "with" | "over"))
}

/// Does the claim itself say it is alleged (`was charged with embezzling`)?
pub(super) fn says_alleged(claim: &Analysis) -> bool {
    claim.tokens.iter().enumerate().any(|(k, t)| {
        let w = t.lower.as_str();
        ALLEGED.contains(&w) && (w != "charged" || charged_with(&claim.tokens, k))
            || ALLEGED_NOUN.contains(&w)
            || SEEMS.contains(&w)
            || PROVES.contains(&w)
    })
}

/// Verbs and nouns of proving: under a denial (`failed to prove`, `no evidence that`), what
/// they govern stays open.
const PROVES: &[&str] = &[
    "prove",
    "proved",
    "proven",
    "show",
    "showed",
    "shown",
    "establish",
    "established",
    "demonstrate",
    "demonstrated",
    "evidence",
    "proof",
    "sign",
    "signs",
    "indication",
];

/// Words that say what follows them in their clause is alleged, not established.
const ALLEGED: &[&str] = &[
    "allege",
    "alleges",
    "alleging",
    "allegedly",
    "allegation",
    "allegations",
    "accused",
    "accusing",
    "accuses",
    "suspicion",
    "charged",
    "blaming",
    "blamed",
    "blames",
    "reportedly",
    "apparently",
    "purportedly",
    "supposedly",
];

/// Words that say the noun after them is alleged: `a suspected injury`.
const ALLEGED_NOUN: &[&str] = &["alleged", "suspected"];

/// Verbs that say what follows `to` only seems so: `appeared to show`, `is believed to have
/// started`.
const SEEMS: &[&str] = &[
    "appeared", "appears", "appear", "seemed", "seems", "seem", "believed", "thought", "rumoured",
    "rumored", "reputed", "presumed", "feared",
];
