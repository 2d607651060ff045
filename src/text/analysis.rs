//! One sentence, analysed: its content terms (stems, names, phrases), quantities, negation
//! scopes and quotations. Claims and source sentences go through the same analysis, so that
//! the judge compares like with like.

use super::dates::{Dating, extract_dates};
use super::lexicon::{Direction, Lexicon, NEGATION_CUES, SCOPE_BREAKERS};
use super::numbers::{Quantity, QuantityKind, extract_quantities};
use super::tokens::{Token, TokenKind, tokenize};

/// A content term of a sentence: a word, a phrase from the lexicon, or a name.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// Canonical key: a stem, a joined phrase or `@name`.
    pub key: String,
    /// The key and every synonym group it belongs to; two terms match when these intersect.
    pub match_keys: Vec<String>,
    /// The words as written.
    pub surface: String,
    /// Token range `first..end`.
    pub first: usize,
    pub end: usize,
    /// A known name (alias table) or a capitalised word inside the sentence.
    pub is_name: bool,
    /// Capitalised as the first word of the sentence: a name only if the word is not a common
    /// word elsewhere (decided by the judge, which knows the corpus).
    pub initial_capital: bool,
    /// Inside the scope of a negation cue (or a negating prefix such as `un-`).
    pub negated: bool,
    pub quoted: bool,
    /// A light verb (`held` a meeting) that carries no claim of its own.
    pub light: bool,
    /// A superlative in one word (`largest`): keyed as its adjective, but only another
    /// superlative states it.
    pub superlative: bool,
    /// For a phrase that is not a name (`rock music`, `title role`) or a hyphenated word
    /// (`Riddick-based`), the stems of its words: a source that says `rock music` mentions
    /// `rock` and `music`. Only a source term's parts count, so a claim's `heavy metal` is not
    /// met by a source's `metal`.
    pub part_keys: Vec<String>,
}

/// A quotation: the exact words between quotation marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// Token range of its quoted tokens: `first..end`.
    pub first: usize,
    pub end: usize,
    pub text: String,
    /// Lower-case words, punctuation dropped, for word-by-word comparison.
    pub words: Vec<String>,
}

/// A negation cue and the words it governs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Negation {
    pub cue: String,
    pub token: usize,
    /// Tokens the cue itself takes (2 for `turned down`).
    pub cue_len: usize,
    /// Token range governed by the cue: `scope_start..scope_end`. It starts right after the
    /// cue, or, for a denied clause, at its verb: `denied that its fighters had shelled`
    /// denies the shelling, not the fighters.
    pub scope_start: usize,
    pub scope_end: usize,
}

/// What a sentence says its subject is: `Seohyun is a South Korean singer and actress`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Copula {
    /// Token index of the verb (`is`, `was`, `are`, `were`); the subject is before it.
    pub verb: usize,
    /// `is not a`, `was never a`.
    pub negated: bool,
    /// The nouns said of the subject, in order.
    pub nouns: Vec<PredicateNoun>,
}

/// One noun of a copula's predicate, as WordNet lists it (`political party`, `singer`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PredicateNoun {
    /// The WordNet lemma, or the last word when WordNet does not know it.
    pub lemma: String,
    /// Token range of the noun (the compound, without its other modifiers).
    pub first: usize,
    pub end: usize,
}

/// A sentence after analysis.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub text: String,
    pub tokens: Vec<Token>,
    pub terms: Vec<Term>,
    pub quantities: Vec<Quantity>,
    /// For each quantity, what it counts (`six Western nations`).
    pub quantity_context: Vec<Counted>,
    pub negations: Vec<Negation>,
    pub quotations: Vec<Quotation>,
    pub copula: Option<Copula>,
    /// Which way the sentence says figures went (see [`Analysis::find_moves`]).
    pub moves: Vec<Move>,
    /// For each token, its clause (see [`Analysis::clauses`]).
    clause_ids: Vec<usize>,
}

/// What a quantity counts, as indices in `terms`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counted {
    /// The counted thing (`six Western nations`, `the confirmed cases reached 479`).
    pub things: Vec<usize>,
    /// What happened to them, after an auxiliary (`965 people have died`) or before a
    /// counted agent (`reviewed by 109 critics`): it tells apart two counts of the same thing,
    /// but weighs less than the thing itself.
    pub event: Option<usize>,
    /// Where they are, after `in` / `at` (`10 million in its greater area`): it too tells
    /// counts apart, each shared word as much as a counted word.
    pub setting: Vec<usize>,
    /// Counted as an increase (`fourteen new cases`, `an additional 300`, `5 more deaths`),
    /// not as a total: the two are different figures.
    pub increment: bool,
    /// The quantity (index in `quantities`) that is a part of this whole: `12` for `20` in
    /// `released 12 of the 20 hostages`.
    pub part: Option<usize>,
    /// A figure the sentence later corrects (`valued it at 3.4 billion, but later corrected
    /// the figure to 3.6 billion`): it was said, but no longer holds.
    pub superseded: bool,
}

const LIGHT_VERBS: &[&str] = &[
    "hold", "take", "make", "give", "have", "conduct", "stage", "host", "receive", "get", "garner",
    "meet",
];

/// Verbs that only say a figure was obtained or written down: before an amount or count
/// (`recorded 300 deaths`, `received 15 reviews`, `got a 93% rating`), the figure says it all.
const FIGURE_VERBS: &[&str] = &[
    "record", "register", "report", "receive", "get", "garner", "earn", "score", "post",
];

/// Adverbs that say where a figure was counted, as `in …` does: `$12 million elsewhere`.
/// (`worldwide` is left out: it names the total, `a worldwide total of`, more than a place.)
const PLACE_ADVERBS: &[&str] = &["elsewhere", "abroad", "overseas", "internationally"];

/// Verbs that only frame a length of time (`took firefighters seven hours`, `spent 19
/// hours`, `lasted three days`): the length says it all.
const DURATION_VERBS: &[&str] = &["take", "spend", "last"];

/// Verbs that only place their subject: `located in`, `situated near`, `based in`.
const LOCATIVE_VERBS: &[&str] = &["located", "situated", "based"];

fn is_clause_break(t: &Token) -> bool {
    t.kind == TokenKind::Punct
        && matches!(
            t.text.as_str(),
            "," | ";" | ":" | "—" | "–" | "(" | ")" | "." | "!" | "?" | "\"" | "“" | "”"
        )
}

impl Term {
    /// Every key under which this term, in a source, mentions something: its own match keys
    /// and, for a phrase, its words.
    pub fn mention_keys(&self) -> impl Iterator<Item = &String> {
        self.match_keys.iter().chain(&self.part_keys)
    }
}

/// The direction a degree word gives the word after it (see [`Analysis::grade_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grade {
    Up,
    Down,
}

/// A sign of which way a figure went (see [`Analysis::moves`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub way: Direction,
    /// The figures it went between (indices in `quantities`, the old one first), when the
    /// sentence gives them rather than a word (`rose`).
    pub figures: Vec<usize>,
    /// The words that say it: `rose`, `up from 1,310`, `from 3.8% to 4.5%`.
    pub first: usize,
    pub end: usize,
}

impl Analysis {
    /// Which way the sentence says figures went: by a word that is not denied (`rose`, `cut`,
    /// `soared`), by `up from` or `down from` a figure, or by two figures of one kind, `from
    /// 3.8% to 4.5%` or `to 312 million from 381 million`. Not between dates (`from 2019 to
    /// 2021` is a period) nor over a range (`ranging from 10 to 30`).
    fn find_moves(&self, lex: &Lexicon) -> Vec<Move> {
        let mut moves: Vec<Move> = (self.terms.iter())
            .filter(|t| !t.negated)
            .filter_map(|t| {
                lex.direction(&t.key).map(|way| Move {
                    way,
                    figures: Vec::new(),
                    first: t.first,
                    end: t.end,
                })
            })
            .collect();
        let word_before = |at: usize, k: usize| {
            at.checked_sub(k)
                .map_or("", |i| self.tokens[i].lower.as_str())
        };
        let in_time = |q: &Quantity| q.kind.is_time() || q.kind == QuantityKind::Ordinal;
        let ranging = |at: usize| {
            (1..=3).any(|k| {
                let w = word_before(at, k);
                w.starts_with("rang") || w.starts_with("vari") || w == "between"
            })
        };
        // `from 1,310`, or `from a peak of 9.4 percent`: where `from` is.
        let from_at = |q: &Quantity| {
            if word_before(q.first, 1) == "from" {
                return Some(q.first - 1);
            }
            if word_before(q.first, 1) != "of" {
                return None;
            }
            (2..=5)
                .find(|&k| {
                    word_before(q.first, k) == "from"
                        && self.tokens[q.first + 1 - k..q.first - 1]
                            .iter()
                            .all(|t| t.is_word())
                })
                .map(|k| q.first - k)
        };
        for (i, q) in self.quantities.iter().enumerate() {
            let Some(from) = from_at(q).filter(|_| !in_time(q)) else {
                continue;
            };
            // `1,842, up from 1,310`: the new figure is the last one of its kind before.
            let particle = word_before(from, 1);
            if matches!(particle, "up" | "down") {
                let way = if particle == "up" {
                    Direction::Up
                } else {
                    Direction::Down
                };
                // Of a part and its whole (`24 of the 72 seats, up from 17`), the part.
                let new = (0..i)
                    .rev()
                    .find(|&j| self.quantities[j].comparable(q))
                    .map(|j| {
                        (self.quantity_context.get(j))
                            .and_then(|c| c.part)
                            .filter(|&p| self.quantities[p].comparable(q))
                            .unwrap_or(j)
                    });
                moves.push(Move {
                    way,
                    figures: std::iter::once(i).chain(new).collect(),
                    first: from - 1,
                    end: q.end,
                });
                continue;
            }
            if ranging(from) {
                continue;
            }
            // `from 3.8% to 4.5%` (the next figure, right after `to`, or after what the first
            // counts: `from nine years to six years`) or `to 312 million from 381 million`
            // (the figure before, after `to`, a few words back).
            let next = self.quantities.get(i + 1).filter(|n| {
                word_before(n.first, 1) == "to"
                    && n.first <= q.end + 3
                    && self.tokens[q.end..n.first].iter().all(|t| t.is_word())
                    && n.comparable(q)
            });
            // (Past a date between them, and a comma before `from`: `rose to 6.4 percent in
            // September, from 4.9 percent`.)
            let before = (0..i)
                .rev()
                .find(|&j| !in_time(&self.quantities[j]))
                .filter(|&j| {
                    let b = &self.quantities[j];
                    let comma_before_from = from >= 1 && self.tokens[from - 1].is_punct(",");
                    word_before(b.first, 1) == "to"
                        && from <= b.end + 4
                        && b.comparable(q)
                        && !self.tokens[b.end..q.first]
                            .iter()
                            .enumerate()
                            .any(|(k, t)| {
                                t.kind == TokenKind::Punct
                                    && !(comma_before_from && b.end + k == from - 1)
                            })
                });
            let (new, span) = match (next, before) {
                (Some(n), _) => (i + 1, (from, n.end)),
                (None, Some(j)) => (j, (self.quantities[j].first - 1, q.end)),
                _ => continue,
            };
            moves.extend(self.move_between(i, new, span.0..span.1));
        }
        // `revenue of 412 million dollars, up 37%`, `shares closed down 4%`: a particle
        // right before a figure says which way the figure's thing went, after a pause, another
        // figure or a verb of where a price ended (not `shut down 3 plants`).
        for q in self.quantities.iter().filter(|q| !in_time(q)) {
            let at = match word_before(q.first, 1) {
                "by" => q.first.saturating_sub(2),
                _ => q.first.saturating_sub(1),
            };
            let way = match self.tokens.get(at).map(|t| t.lower.as_str()) {
                Some("up") if at < q.first => Direction::Up,
                Some("down") if at < q.first => Direction::Down,
                _ => continue,
            };
            let after_pause = at.checked_sub(1).is_some_and(|k| {
                let t = &self.tokens[k];
                t.kind == TokenKind::Punct
                    || self.quantities.iter().any(|x| x.end == at)
                    || matches!(
                        t.lower.as_str(),
                        "is" | "was" | "are" | "were" | "closed" | "ended" | "finished"
                    )
            });
            if after_pause && !moves.iter().any(|m| m.first <= at && at < m.end) {
                moves.push(Move {
                    way,
                    figures: Vec::new(),
                    first: at,
                    end: q.end,
                });
            }
        }
        // `1,146 cases between January and March, compared with 382 a year earlier`: the
        // figure compared with is where the figure before it moved from.
        for (i, q) in self.quantities.iter().enumerate() {
            let compared = word_before(q.first, 2) == "compared"
                && matches!(word_before(q.first, 1), "with" | "to");
            if !compared || in_time(q) || moves.iter().any(|m| m.figures.contains(&i)) {
                continue;
            }
            let Some(new) = (0..i)
                .rev()
                .find(|&j| !in_time(&self.quantities[j]) && self.quantities[j].comparable(q))
            else {
                continue;
            };
            moves.extend(self.move_between(i, new, self.quantities[new].first..q.end));
        }
        moves
    }

    /// The move from figure `old` to figure `new` (indices in `quantities`), said by the
    /// tokens of `words`; none between equal figures.
    fn move_between(&self, old: usize, new: usize, words: std::ops::Range<usize>) -> Option<Move> {
        let (from, to) = (self.quantities[old].value, self.quantities[new].value);
        (from != to).then(|| Move {
            way: if to > from {
                Direction::Up
            } else {
                Direction::Down
            },
            figures: vec![old, new],
            first: words.start,
            end: words.end,
        })
    }

    /// The denial whose scope holds the token at `at`, if any.
    pub fn denial_over(&self, at: usize) -> Option<&Negation> {
        self.negations
            .iter()
            .find(|n| n.scope_start <= at && at < n.scope_end)
    }

    /// Which way the word before `t` grades it: `the most populous`, `many voters` (up),
    /// `the least populous`, `few voters` (down); or the particle after it (`moved up`).
    /// `a few` is neutral, and `more than` is a bound on a number, not a grade.
    pub fn grade_of(&self, t: &Term) -> Option<Grade> {
        self.grading(t).map(|(_, g)| g)
    }

    /// The token that grades `t` (see [`Analysis::grade_of`]) and its direction.
    fn grading(&self, t: &Term) -> Option<(usize, Grade)> {
        // A particle after a verb says which way it went: `moved up`, `marked down`.
        match self.tokens.get(t.end).map(|n| n.lower.as_str()) {
            Some("up") => return Some((t.end, Grade::Up)),
            Some("down") => return Some((t.end, Grade::Down)),
            _ => {}
        }
        let at = t.first.checked_sub(1)?;
        let before = self.tokens[at].lower.as_str();
        let grade = match before {
            "more" | "most" | "many" => Grade::Up,
            "less" | "least" | "fewer" | "fewest" | "few" => Grade::Down,
            _ => return None,
        };
        let after_a = at >= 1 && self.tokens[at - 1].lower == "a";
        (!(after_a && before == "few")).then_some((at, grade))
    }

    /// The ordinal right before `t`, which ranks it (`the second highest`: 2).
    pub fn rank_before(&self, t: &Term) -> Option<&Quantity> {
        self.quantities
            .iter()
            .find(|q| q.kind == QuantityKind::Ordinal && q.end == t.first)
    }

    /// For each quantity, the item of a parallel list that `respectively` gives it: in
    /// `Lewis and Levy controlled 71% and 29% respectively`, 71% is Lewis's (the token range
    /// of `Lewis`) and 29% Levy's. None for a quantity outside such a list. The items are
    /// names (runs of capitalised words) joined by commas and `and`, as many as the figures.
    pub fn respective_items(&self) -> Vec<Option<std::ops::Range<usize>>> {
        let mut items = vec![None; self.quantities.len()];
        let toks = &self.tokens;
        let Some(resp) = toks.iter().position(|t| t.lower == "respectively") else {
            return items;
        };
        let joiner = |k: usize| toks[k].text == "," || toks[k].lower == "and";
        // The figures: quantities of one kind joined only by commas and `and`, the list
        // ending a few words before `respectively` or starting right after it.
        let mut order: Vec<usize> = (0..self.quantities.len()).collect();
        order.sort_by_key(|&i| self.quantities[i].first);
        let mut lists: Vec<Vec<usize>> = Vec::new();
        for &i in &order {
            let q = &self.quantities[i];
            let joins = lists.last().and_then(|l| l.last()).is_some_and(|&p| {
                let prev = &self.quantities[p];
                prev.kind == q.kind && prev.end < q.first && (prev.end..q.first).all(joiner)
            });
            match lists.last_mut() {
                Some(l) if joins => l.push(i),
                _ => lists.push(vec![i]),
            }
        }
        let near = |l: &&Vec<usize>| {
            let (first, last) = (&self.quantities[l[0]], &self.quantities[l[l.len() - 1]]);
            // `71% and 29% respectively`, `58% and 42% of the vote respectively`.
            let words_between =
                |a: usize, b: usize| b - a <= 4 && (a..b).all(|k| toks[k].is_word());
            l.len() >= 2
                && (last.end <= resp && words_between(last.end, resp)
                    || first.first > resp && first.first - resp <= 2)
        };
        let Some(figures) = lists.iter().find(near) else {
            return items;
        };
        // The names before the figures, read backwards: name (, name)* and name.
        let start = self.quantities[figures[0]].first;
        let capital = |k: usize| toks[k].is_word() && toks[k].is_capitalized();
        let Some(mut k) = (0..start).rev().find(|&k| capital(k)) else {
            return items;
        };
        let mut names: Vec<std::ops::Range<usize>> = Vec::new();
        loop {
            let end = k + 1;
            while k > 0 && capital(k - 1) {
                k -= 1;
            }
            names.push(k..end);
            // Another name before, joined by a comma or `and` (`, and` too).
            let mut j = k;
            let mut joined = false;
            while j > 0 && joiner(j - 1) {
                j -= 1;
                joined = true;
            }
            if !joined || j == 0 || !capital(j - 1) || names.len() == figures.len() {
                break;
            }
            k = j - 1;
        }
        if names.len() != figures.len() {
            return items;
        }
        names.reverse();
        for (&qi, name) in figures.iter().zip(names) {
            items[qi] = Some(name);
        }
        items
    }

    /// `t` with the word that grades it, as written (`least populous`, `moved down`).
    pub fn graded_words(&self, t: &Term) -> String {
        match self.grading(t) {
            Some((at, _)) if at >= t.end => format!("{} {}", t.surface, self.tokens[at].text),
            Some((at, _)) => format!("{} {}", self.tokens[at].text, t.surface),
            None => t.surface.clone(),
        }
    }

    /// What `t` compares its subject with: the first term after the `than` that follows it,
    /// directly or after the noun it grades (`higher than Vietnam`, `a lower crime rate than
    /// Dornach`).
    pub fn compared_with(&self, t: &Term) -> Option<&Term> {
        let than = (t.end..self.tokens.len())
            .take(4)
            .take_while(|&j| self.tokens[j].is_word())
            .find(|&j| self.tokens[j].lower == "than")?;
        self.terms
            .iter()
            .find(|o| o.first > than && o.first <= than + 3)
    }

    /// Whether `t` is the subject of a denial that leaves out its verb (`…, but China did
    /// not`): it is denied what the clause before says.
    pub fn denied_by_ellipsis(&self, t: &Term) -> bool {
        self.negations
            .iter()
            .any(|n| elided_denial(&self.tokens, n).is_some_and(|r| r.contains(&t.first)))
    }

    /// For each token, the clause it is in (0, 1, …). A clause starts at a semicolon, or at a
    /// joining word (`, and`, `, but`, `while`, `whereas`) that a named subject follows:
    /// `France sent troops, and the UK sent aid` has two clauses, each saying what its own
    /// subject did. A joined verb without a subject (`joined Arsenal and later joined
    /// Chelsea`) goes on with the subject before it and stays in its clause.
    pub fn clauses(&self) -> &[usize] {
        &self.clause_ids
    }

    /// The words of clause `c` (numbered as by [`Analysis::clauses`]) as written, without the
    /// joining word that opens it and the punctuation around it.
    pub fn clause_text(&self, clauses: &[usize], c: usize) -> &str {
        let inside: Vec<&Token> = self
            .tokens
            .iter()
            .zip(clauses)
            .filter(|(t, k)| **k == c && t.kind != TokenKind::Punct)
            .map(|(t, _)| t)
            .skip_while(|t| c > 0 && JOINERS.contains(&t.lower.as_str()))
            .collect();
        match (inside.first(), inside.last()) {
            (Some(a), Some(b)) => &self.text[a.start..b.end],
            _ => "",
        }
    }

    /// The sentence's words and numbers, lower-cased, punctuation left out.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.tokens
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .map(|t| t.lower.as_str())
    }
}

/// Analyses one sentence.
pub fn analyse(text: &str, lex: &Lexicon) -> Analysis {
    analyse_dated(text, lex, Dating::default())
}

/// Analyses one sentence of a source set in time by `dating`, so that relative dates (`last
/// month`) and days without a year (`on 11 March`) resolve.
pub fn analyse_dated(text: &str, lex: &Lexicon, dating: Dating) -> Analysis {
    let tokens = tokenize(text);
    // Dates first; numbers inside them (the 26 of June 26, 1980) are not counts.
    let mut quantities = extract_dates(&tokens, dating);
    for q in extract_quantities(&tokens) {
        if !quantities
            .iter()
            .any(|d| q.first < d.end && d.first < q.end)
        {
            quantities.push(q);
        }
    }
    quantities.sort_by_key(|q| q.first);
    let mut in_quantity = vec![false; tokens.len()];
    for q in &quantities {
        for flag in &mut in_quantity[q.first..q.end] {
            *flag = true;
        }
    }
    let negations = find_negations(&tokens);
    let mut negated = vec![false; tokens.len()];
    for n in &negations {
        for flag in &mut negated[n.scope_start..n.scope_end] {
            *flag = !*flag;
        }
        if let Some(subject) = elided_denial(&tokens, n) {
            for flag in &mut negated[subject] {
                *flag = !*flag;
            }
        }
    }
    let stems: Vec<String> = tokens.iter().map(|t| lex.stem(&t.lower)).collect();
    let first_word = tokens.iter().position(|t| t.kind == TokenKind::Word);
    let mut terms = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // A negation cue is not a claim word of its own (`turned down`, `declined to`).
        // Nor are the reports a denied clause is called (`rejected claims that …`,
        // `dismissed suggestions on social media that …`): they say only that the clause was
        // said, which `denied that …` says as well.
        let in_cue = negations.iter().any(|n| {
            n.token <= i && i < n.token + n.cue_len
                || n.scope_start > n.token + n.cue_len
                    && (n.token..n.scope_start).contains(&i)
                    && REPORT_NOUNS.contains(&t.lower.as_str())
        });
        // `90 fires, compared with 55 last year`: `compared with` only sets one figure
        // beside another; the figures say what is claimed (`up from 55` says it as well).
        let sets_figures_side_by_side = t.lower == "compared"
            && tokens
                .get(i + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "with" | "to"))
            && (i + 2..(i + 5).min(tokens.len())).any(|k| in_quantity[k]);
        if t.kind != TokenKind::Word || in_quantity[i] || in_cue || sets_figures_side_by_side {
            i += 1;
            continue;
        }
        // `outside North America` is the rest of the world: it says what `elsewhere` and `in
        // other territories` say, not the name it excludes.
        if let Some(end) = outside_a_place(&tokens, i) {
            let key = lex.stem("elsewhere");
            terms.push(Term {
                match_keys: lex.match_keys(&key),
                key,
                surface: text[t.start..tokens[end - 1].end].to_string(),
                first: i,
                end,
                is_name: false,
                initial_capital: false,
                negated: negated[i],
                quoted: t.quoted,
                light: false,
                superlative: false,
                part_keys: Vec::new(),
            });
            i = end;
            continue;
        }
        // Phrases and names from the lexicon, longest first, within a run of words.
        let run_end = (i..tokens.len())
            .find(|&j| tokens[j].kind != TokenKind::Word || in_quantity[j])
            .unwrap_or(tokens.len());
        let window: Vec<(&str, &str)> = (i..run_end)
            .map(|j| (tokens[j].text.as_str(), stems[j].as_str()))
            .collect();
        // `fell in 2025`, `ran to 300 pages`: a verb's preposition before a figure or date
        // starts a phrase of its own, whatever particle verb the two words could make.
        let hit = lex.longest_phrase(&window).filter(|hit| {
            let end = i + hit.len;
            !(end == run_end
                && in_quantity.get(end).is_some_and(|&q| q)
                && !lex.is_stopword(&tokens[i].lower)
                && matches!(
                    tokens[end - 1].lower.as_str(),
                    "in" | "on" | "at" | "by" | "to" | "for" | "from" | "of" | "into" | "over"
                ))
        });
        if let Some(hit) = hit {
            let end = i + hit.len;
            if !hit.is_name && lex.is_light_phrase(&hit.key) {
                i = end;
                continue;
            }
            let part_keys = if hit.is_name {
                Vec::new()
            } else {
                (i..end)
                    .filter(|&j| !lex.is_stopword(&tokens[j].lower))
                    .map(|j| stems[j].clone())
                    .filter(|k| *k != hit.key)
                    .collect()
            };
            terms.push(Term {
                part_keys,
                match_keys: lex.match_keys(&hit.key),
                key: hit.key,
                surface: text[tokens[i].start..tokens[end - 1].end].to_string(),
                first: i,
                end,
                is_name: hit.is_name,
                initial_capital: false,
                negated: negated[i],
                quoted: t.quoted,
                light: false,
                superlative: false,
            });
            i = end;
            continue;
        }
        // A cue word that denies nothing here is still no claim word, unless it is a verb
        // that turns down a thing (`rejected the budget`): that verb must be stated.
        let idle_cue = NEGATION_CUES.contains(&t.lower.as_str()) && !rejects_a_thing(&t.lower);
        // `42-year old` gives an age: its `old` is no opposite of `new`.
        let age = t.lower == "old"
            && i > 0
            && (matches!(tokens[i - 1].lower.as_str(), "year" | "years")
                || tokens[i - 1].lower.ends_with("-year"));
        // `Following the vote, …` is `after the vote`: before what it follows, `following`
        // is a preposition, as light as `after`. Not `is following the case` (a verb) nor
        // `the following day` (no determiner or name after it).
        let preposition = t.lower == "following"
            && tokens.get(i + 1).is_some_and(|n| {
                DETERMINERS.contains(&n.lower.as_str())
                    || n.kind == TokenKind::Number
                    || n.is_capitalized()
            })
            && !(i > 0 && {
                let before = tokens[i - 1].lower.as_str();
                AUXILIARY_VERBS.contains(&before) || matches!(before, "be" | "been")
            });
        if lex.is_stopword(&t.lower) || idle_cue || age || preposition {
            i += 1;
            continue;
        }
        let (key, prefix_negated) = match negating_prefix(&t.lower, lex) {
            Some(base) => (lex.stem(base), true),
            None => (stems[i].clone(), false),
        };
        // An age is one measure however it is written: `12 years old`, `aged 12` and `a
        // 12-year-old` all count years of age, not years of something else.
        let says_age = matches!(t.lower.as_str(), "year" | "years")
            && tokens.get(i + 1).is_some_and(|n| n.lower == "old")
            || t.lower == "aged"
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.kind == TokenKind::Number)
            || t.lower == "age"
                && tokens.get(i + 1).is_some_and(|n| n.lower == "of")
                && tokens
                    .get(i + 2)
                    .is_some_and(|n| n.kind == TokenKind::Number);
        let key = if says_age { lex.stem("year-old") } else { key };
        let capital = t.is_capitalized();
        let initial = Some(i) == first_word
            || (i > 0 && tokens[..i].iter().all(|p| p.kind == TokenKind::Punct));
        // A word of a name of several words (`New England Patriots`) names; its common
        // synonyms (`patriot` as `nationalist`) do not.
        let in_long_name = capital
            && !initial
            && tokens[i - 1].text != ":"
            && [i.checked_sub(1), Some(i + 1)]
                .into_iter()
                .flatten()
                .any(|j| {
                    tokens
                        .get(j)
                        .is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalized())
                });
        let mut match_keys = if in_long_name {
            lex.name_word_keys(&key)
        } else {
            lex.match_keys(&key)
        };
        // `Valdorian` names `Valdoria`, `Kenyan` `Kenya`: a demonym the lexicon does not know
        // (a place it has never heard of) by its regular ending.
        if capital && let Some(place) = demonym_place(&t.lower) {
            let place_key = lex.stem(&place);
            if !match_keys.contains(&place_key) {
                match_keys.push(place_key);
            }
        }
        terms.push(Term {
            match_keys,
            key,
            surface: t.text.clone(),
            first: i,
            end: i + 1,
            is_name: capital && !initial,
            initial_capital: capital && initial,
            negated: negated[i] ^ prefix_negated,
            quoted: t.quoted,
            light: false,
            superlative: (!capital || initial)
                && (t.lower.split('-')).any(|w| lex.is_adjective_superlative(w)),
            part_keys: hyphen_parts(&t.lower, lex),
        });
        i += 1;
    }
    mark_light_verbs(&mut terms, &tokens, &quantities, lex);
    // `700 marks below the previous limit`: the word that says which side of its base the
    // figure lies is said by the figure's change (see [`distance_from_base`]).
    for q in &quantities {
        if let Some((at, _)) = distance_from_base(&tokens, q, &quantities) {
            for t in terms.iter_mut().filter(|t| t.first == at) {
                t.light = true;
            }
        }
    }
    mark_classifiers(&mut terms, &tokens, lex);
    let lifespans = lifespans(&tokens, &quantities);
    for span in &lifespans {
        for (at, word) in [(span.born_at, "born"), (span.died_at, "died")] {
            let key = lex.stem(word);
            let term = Term {
                match_keys: lex.match_keys(&key),
                key,
                surface: word.to_string(),
                first: at,
                end: at + 1,
                is_name: false,
                initial_capital: false,
                negated: false,
                quoted: false,
                light: false,
                superlative: false,
                part_keys: Vec::new(),
            };
            let i = terms.partition_point(|t| t.first < at);
            terms.insert(i, term);
        }
    }
    let mut contexts: Vec<Counted> = Vec::with_capacity(quantities.len());
    for (qi, q) in quantities.iter().enumerate() {
        let mut ctx = quantity_context(q, &tokens, &terms);
        // `of which 80 have died and 1,900 have recovered`: a bare count joined to an
        // earlier one counts the same thing; the earlier one's verb is not what it counts.
        let joined = q.first > 0 && matches!(tokens[q.first - 1].lower.as_str(), "and" | "or");
        let bare = ctx.things.iter().all(|&t| terms[t].end <= q.first);
        if joined
            && bare
            && ctx.event.is_some()
            && let Some(prev) = (0..qi).rev().find(|&p| quantities[p].kind == q.kind)
        {
            ctx.things = contexts[prev].things.clone();
        }
        // `fourteen new cases were confirmed, bringing the total to 77`: the total counts
        // what the increase before it counts.
        let a_total = ctx
            .things
            .iter()
            .any(|&t| terms[t].surface.eq_ignore_ascii_case("total"));
        if a_total
            && let Some(prev) = (0..qi)
                .rev()
                .find(|&p| quantities[p].kind == q.kind && contexts[p].increment)
        {
            let inherited = contexts[prev].things.clone();
            ctx.things.extend(inherited);
        }
        contexts.push(ctx);
    }
    // `60 of its 340 stores`, `178 of the 350 seats`, `a third of the 2,800 barrels`: the part
    // counts what its whole counts.
    for qi in 0..quantities.len().saturating_sub(1) {
        let (q, whole) = (&quantities[qi], &quantities[qi + 1]);
        // A fraction may hold its `of` (`two-thirds of`).
        let of_at = if tokens[q.end - 1].lower == "of" {
            q.end - 1
        } else {
            q.end
        };
        let of = tokens.get(of_at).is_some_and(|t| t.lower == "of");
        let owner = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                matches!(t.lower.as_str(), "its" | "their" | "the" | "his" | "her")
            })
        };
        // `of the country's 160,000`, `of Brevia's 160,000`: an owner's name or noun.
        let between = &tokens[(of_at + 1).min(whole.first)..whole.first];
        let possessive = (2..=4).contains(&between.len())
            && matches!(between[between.len() - 1].lower.as_str(), "'s" | "’s")
            && between[..between.len() - 1].iter().all(|t| t.is_word());
        let next =
            whole.first == of_at + 1 || whole.first == of_at + 2 && owner(of_at + 1) || possessive;
        // A share may be the part too: `more than two-thirds of the 2,800 barrels`.
        if of
            && next
            && matches!(q.kind, QuantityKind::Count | QuantityKind::Percent)
            && whole.kind == QuantityKind::Count
            && contexts[qi].things.iter().all(|&t| terms[t].end <= q.first)
        {
            contexts[qi].things = contexts[qi + 1].things.clone();
            contexts[qi + 1].part = Some(qi);
        }
    }
    // `Of the 312 children affected, 27 were admitted`: the figure right after the opening
    // phrase is a part of its whole and counts what the whole counts.
    for qi in 0..quantities.len().saturating_sub(1) {
        let (whole, q) = (&quantities[qi], &quantities[qi + 1]);
        let opens = |k: usize| {
            tokens.get(k).is_some_and(|t| t.lower == "of")
                && (k == 0 || tokens[k - 1].kind == TokenKind::Punct)
        };
        let fronted = whole.first >= 1 && opens(whole.first - 1)
            || whole.first >= 2
                && opens(whole.first - 2)
                && matches!(
                    tokens[whole.first - 1].lower.as_str(),
                    "the" | "its" | "their" | "these" | "those"
                );
        let comma = (whole.end..q.first).find(|&k| tokens[k].text == ",");
        if fronted
            && comma.is_some_and(|c| q.first == c + 1 && c <= whole.end + 4)
            && whole.kind == QuantityKind::Count
            && q.kind == QuantityKind::Count
            && q.value <= whole.value
        {
            let inherited = contexts[qi].things.clone();
            for t in inherited {
                if !contexts[qi + 1].things.contains(&t) {
                    contexts[qi + 1].things.push(t);
                }
            }
            contexts[qi].part = Some(qi + 1);
        }
    }
    // `initially measured it at 6.7 before revising it down to 6.4`: a figure corrected
    // later in the sentence to another of its kind no longer holds.
    // The correction counts what the figure it corrects counted (`the figure to 3.6`).
    for (qi, q) in quantities.iter().enumerate() {
        let itself_new = q.first >= 1 && tokens[q.first - 1].lower == "to";
        let correction = (qi + 1..quantities.len()).find(|&li| {
            let later = &quantities[li];
            later.kind == q.kind
                && later.first >= 1
                && tokens[later.first - 1].lower == "to"
                && (q.end..later.first).any(|k| CORRECTIONS.contains(&tokens[k].lower.as_str()))
                && (q.end..later.first)
                    .filter(|&k| tokens[k].is_word())
                    .count()
                    <= 14
        });
        if let Some(li) = correction.filter(|_| !itself_new) {
            contexts[qi].superseded = true;
            let (things, event) = (contexts[qi].things.clone(), contexts[qi].event);
            let fix = &mut contexts[li];
            for t in things {
                if !fix.things.contains(&t) {
                    fix.things.push(t);
                }
            }
            fix.event = fix.event.or(event);
        }
    }
    // A lifespan's dates count the birth and the death, whatever else the clause names.
    for span in &lifespans {
        for (qi, at) in [(span.birth, span.born_at), (span.death, span.died_at)] {
            if let Some(t) = terms.iter().position(|t| t.first == at && !t.is_name) {
                contexts[qi].things = vec![t];
            }
        }
    }
    let mut analysis = Analysis {
        text: text.to_string(),
        quotations: quotations(&tokens),
        copula: copula(&tokens, lex),
        clause_ids: clause_ids(&tokens),
        tokens,
        terms,
        quantities,
        quantity_context: contexts,
        negations,
        moves: Vec::new(),
    };
    analysis.moves = analysis.find_moves(lex);
    analysis
}

/// `Ada Lovelace (10 December 1815 – 27 November 1852)`: a name's dates in parentheses,
/// joined by a dash, are when the person was born and when they died, as a reference work or
/// an obituary writes them. The birth is read at the bracket (or the `;` after a birth name),
/// the death at the dash.
struct Lifespan {
    birth: usize,
    death: usize,
    born_at: usize,
    died_at: usize,
}

fn lifespans(tokens: &[Token], quantities: &[Quantity]) -> Vec<Lifespan> {
    const DASHES: &[&str] = &["–", "-", "−", "—", "--"];
    let mut found = Vec::new();
    for (qi, pair) in quantities.windows(2).enumerate() {
        let (b, d) = (&pair[0], &pair[1]);
        let dates = b.kind == QuantityKind::Date && d.kind == QuantityKind::Date;
        let dashed = d.first == b.end + 1 && DASHES.contains(&tokens[b.end].text.as_str());
        let closed = tokens.get(d.end).is_some_and(|t| t.text == ")");
        if !(dates && dashed && closed) || b.first == 0 {
            continue;
        }
        // The bracket opens right before the birth, or before a birth name and `;`.
        let born_at = b.first - 1;
        let open = match tokens[born_at].text.as_str() {
            "(" => Some(born_at),
            ";" => (born_at.saturating_sub(8)..born_at)
                .rev()
                .take_while(|&k| tokens[k].text != ")")
                .find(|&k| tokens[k].text == "("),
            _ => None,
        };
        // After a name: `Ada Lovelace (…`, `Maurice Macmillan, 1st Earl of Stockton, (…`.
        let named = open.and_then(|o| o.checked_sub(1)).is_some_and(|k| {
            let t = &tokens[k];
            t.is_word() && t.is_capitalized()
                || t.text == "," && k > 0 && tokens[k - 1].is_capitalized()
        });
        if named {
            found.push(Lifespan {
                birth: qi,
                death: qi + 1,
                born_at,
                died_at: b.end,
            });
        }
    }
    found
}

/// The words of a hyphenated word (`Riddick-based` mentions Riddick, `brother-in-law` a
/// brother), unless its first part turns the rest around or away (`anti-war`, `ex-wife`).
fn hyphen_parts(lower: &str, lex: &Lexicon) -> Vec<String> {
    const TURNING: &[&str] = &[
        "anti", "non", "un", "counter", "ex", "former", "pseudo", "quasi", "semi", "pre", "post",
        "mid", "self", "would", "so", "not", "no",
    ];
    let pieces: Vec<&str> = lower.split('-').filter(|p| !p.is_empty()).collect();
    if pieces.len() < 2 || TURNING.contains(&pieces[0]) {
        return Vec::new();
    }
    pieces
        .into_iter()
        .filter(|p| p.len() >= 3 && !lex.is_stopword(p) && p.chars().all(char::is_alphabetic))
        .map(|p| lex.stem(p))
        .collect()
}

/// `undisclosed` → `disclosed`, `incapable` → `capable`: a word negated by its prefix.
/// A prefix negates when WordNet lists the word and its base as antonyms, or, for `un-`
/// participles and adjectives WordNet does not list, by their form.
fn negating_prefix<'w>(lower: &'w str, lex: &Lexicon) -> Option<&'w str> {
    for prefix in ["un", "in", "im", "ir", "il", "dis", "non", "non-"] {
        if let Some(rest) = lower.strip_prefix(prefix)
            && rest.len() >= 4
            && lex.are_antonyms(&lex.stem(lower), &lex.stem(rest))
        {
            return Some(rest);
        }
    }
    let rest = lower
        .strip_prefix("un")
        .filter(|_| !lower.starts_with("under"))?;
    let suffixes = ["ed", "able", "ible", "ing", "ful", "ive"];
    (rest.len() >= 5 && suffixes.iter().any(|s| rest.ends_with(s))).then_some(rest)
}

/// The place a demonym regularly names: `valdorian` → `valdoria`, `kenyan` → `kenya` (an
/// `-ian` or `-an` word of six letters or more, less its `n`).
fn demonym_place(lower: &str) -> Option<String> {
    (lower.len() >= 6 && lower.ends_with("an") && lower.chars().all(char::is_alphabetic))
        .then(|| lower[..lower.len() - 1].to_string())
}

/// See [`Analysis::clauses`].
fn clause_ids(toks: &[Token]) -> Vec<usize> {
    let mut clause = 0;
    let mut out = Vec::with_capacity(toks.len());
    for (i, t) in toks.iter().enumerate() {
        let after_comma = i > 0 && toks[i - 1].is_punct(",");
        let joins = t.is_punct(";")
            || JOINERS.contains(&t.lower.as_str())
                && (after_comma || BARE_JOINERS.contains(&t.lower.as_str()));
        // A name, or a determiner before one (`the UK`). A pronoun refers back to the
        // clause before (`Lead is common; it is the 37th most abundant element`), and a
        // common noun may as well be the next item of a list (`, and an average rating`).
        let name_at = |k: usize| {
            toks.get(k)
                .is_some_and(|n| n.is_word() && n.is_capitalized())
        };
        // A name followed by a word, not a list's last item (`AMBA, and EQUIS)`).
        let word_at = |k: usize| toks.get(k).is_some_and(Token::is_word);
        let subject_follows = || {
            name_at(i + 1) && word_at(i + 2)
                || toks
                    .get(i + 1)
                    .is_some_and(|n| DETERMINERS.contains(&n.lower.as_str()))
                    && name_at(i + 2)
                    && word_at(i + 3)
        };
        // After `while` or `whereas`, a common noun with its article is a subject too (`,
        // while the government has offered 5.5%`): they do not join list items.
        let contrast = matches!(t.lower.as_str(), "while" | "whereas");
        // So is a role of one or two words before a name (`, while violinist Tomas Berg
        // played`, `, while port operator Harwick Terminals has offered`).
        let noun_subject = || {
            toks.get(i + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "the" | "its" | "their"))
                && word_at(i + 2)
                && word_at(i + 3)
                || word_at(i + 1) && name_at(i + 2) && word_at(i + 3)
                || word_at(i + 1) && word_at(i + 2) && name_at(i + 3) && word_at(i + 4)
        };
        if i > 0 && joins && (subject_follows() || contrast && noun_subject()) {
            clause += 1;
        }
        out.push(clause);
    }
    out
}

/// Words that join clauses after a comma (`, and the UK sent aid`); the bare ones join them
/// without one (`while Germany sent aid`).
const JOINERS: &[&str] = &[
    "and", "but", "while", "whereas", "although", "though", "yet",
];
const BARE_JOINERS: &[&str] = &["while", "whereas", "but"];

/// Auxiliary verbs: they open the predicate of a clause (`that its fighters had shelled`) and
/// stand between a subject and its verb (`France has sent`).
pub const AUXILIARY_VERBS: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "did", "could", "should",
];

/// Words after `postponed` / `delayed` that say until when or why, not what.
const PUT_OFF_UNTIL: &[&str] = &[
    "until",
    "till",
    "to",
    "by",
    "for",
    "due",
    "indefinitely",
    "again",
    "because",
    "after",
    "amid",
    "in",
    "on",
    "over",
    "at",
    "from",
];

/// Words that open a noun phrase: after a verb of turning down, they make its object a thing.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "this", "that",
];

fn find_negations(tokens: &[Token]) -> Vec<Negation> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1).map(|n| n.lower.as_str());
        // Two-word cues (`turned down`, `ruled out`) govern what follows the second word.
        let pair = next.map(|n| format!("{} {n}", t.lower));
        let two_word = pair.as_deref().is_some_and(|p| NEGATION_CUES.contains(&p));
        let is_cue = t.kind == TokenKind::NegationClitic
            || two_word
            || (t.kind == TokenKind::Word && NEGATION_CUES.contains(&t.lower.as_str()));
        if !is_cue {
            continue;
        }
        if let Some(scope) = denied_afterwards(tokens, i) {
            out.push(Negation {
                cue: t.text.clone(),
                token: i,
                cue_len: 1,
                scope_start: scope.start,
                scope_end: scope.end,
            });
            continue;
        }
        // "not only", "not just", "no doubt" do not deny what follows; nor do "whether or
        // not" and "no matter how".
        let prev = i.checked_sub(1).map(|p| tokens[p].lower.as_str());
        // `did not rule out taking the case to a tribunal`: neither denial holds; what
        // follows is only possible (a hedge, read by the judge).
        let rules_out = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| matches!(t.lower.as_str(), "rule" | "rules" | "ruled"))
                && tokens.get(k + 1).is_some_and(|t| t.lower == "out")
        };
        let denies =
            |k: usize| matches!(tokens[k].lower.as_str(), "not" | "n't" | "never" | "cannot");
        if denies(i) && rules_out(i + 1) || rules_out(i) && (i.saturating_sub(2)..i).any(denies) {
            continue;
        }
        if t.lower == "not"
            && (matches!(next, Some("only" | "just" | "merely")) || prev == Some("or"))
            || t.lower == "no" && next == Some("matter")
        {
            continue;
        }
        // `cancelled his visit` denies the visit; `being cancelled due to poor ratings`
        // has no object after it to deny.
        let takes_object = next.is_some_and(|n| {
            DETERMINERS.contains(&n) || matches!(n, "our" | "these" | "those" | "all" | "plans")
        });
        if t.lower.starts_with("cancel") && !takes_object {
            continue;
        }
        // `postponed local elections`, `delayed the launch`: not held, not launched (then).
        // `was postponed until May` or `delayed by fog` takes no object to deny.
        let puts_off = t.lower.starts_with("postpon") || t.lower.starts_with("delay");
        let object_next = tokens.get(i + 1).is_some_and(|n| {
            n.is_word() && !n.is_capitalized() && !PUT_OFF_UNTIL.contains(&n.lower.as_str())
        });
        if puts_off && !object_next {
            continue;
        }
        // `in the absence of a guard` denies the guard; `their absence was discovered`
        // governs nothing and denies nothing.
        if t.lower == "absence" && next != Some("of") {
            continue;
        }
        // `rather than to finance the government`, `instead of buying equipment` deny a deed,
        // and `instead of in stages`, `rather than by road` a manner, place or time;
        // `a watchdog, rather than the committee, will approve claims` sets one name against
        // another, whose other roles (`moves from the committee`) it does not deny.
        if matches!(pair.as_deref(), Some("rather than" | "instead of"))
            && !tokens.get(i + 2).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "to" | "in" | "at" | "by" | "on" | "with" | "through" | "via"
                ) || n.lower.len() > 4 && n.lower.ends_with("ing")
            })
        {
            continue;
        }
        // `No Way Out`, `No Doubt`: a capitalised `No` before a capitalised word opens a title.
        if t.text == "No"
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.is_word() && n.is_capitalized())
        {
            continue;
        }
        let mut end = i + 1 + usize::from(two_word);
        let scope_start = end;
        // `denied on Friday that he had ordered …`: a denial of what a clause says covers
        // that clause, its own subject and auxiliary included.
        // So does a denial or rejection of reports that say it (`denied a newspaper report
        // last week that …`, `rejected reports that …`).
        let that_within = |n: usize| {
            (scope_start..(scope_start + n).min(tokens.len()))
                .take_while(|&k| !is_clause_break(&tokens[k]))
                .any(|k| tokens[k].lower == "that")
        };
        let of_reports = (scope_start..(scope_start + 4).min(tokens.len()))
            .any(|k| REPORT_NOUNS.contains(&tokens[k].lower.as_str()));
        let denies_a_clause = (t.lower.starts_with("deni") || t.lower.starts_with("deny"))
            && (that_within(4) || of_reports && that_within(8))
            || matches!(
                t.lower.as_str(),
                "rejected" | "rejects" | "dismissed" | "dismisses"
            ) && of_reports
                && that_within(8);
        // `did not admit wrongdoing`: after a verb with `do`, an `-ing` word is its object,
        // not a predicate of its own.
        let object_of_done_verb = |k: usize| {
            k == scope_start + 1
                && matches!(t.lower.as_str(), "not" | "n't")
                && prev.is_some_and(|p| matches!(p, "do" | "does" | "did"))
        };
        let scope_ends = |k: usize| {
            k >= tokens.len()
                || is_clause_break(&tokens[k])
                // `not yet at the finish line`: here `yet` is no conjunction.
                || SCOPE_BREAKERS.contains(&tokens[k].lower.as_str())
                    && !(k == scope_start && tokens[k].lower == "yet")
                || k > scope_start
                    && !denies_a_clause
                    && !object_of_done_verb(k)
                    && starts_new_predicate(tokens, k)
        };
        while !scope_ends(end) {
            end += 1;
        }
        // `declined to confirm any link to the release`, `would not comment on the talks`:
        // what is left unsaid is not denied, only the saying is (the judge reads the rest as
        // unconfirmed).
        if let Some(k) = unsaying_verb(tokens, scope_start, end).filter(|_| denies_a_verb(t)) {
            end = k + 1;
        }
        // `Fox rejected the series`: a verb that turns down a thing, not an act, denies no
        // words of the sentence; it is a verb like any other (`passed on`, `accepted`).
        // So does one before a counted thing (`cancelled all 410 flights`), as a passive
        // (`all 410 flights were cancelled`) denies nothing either.
        // A report turned down is no thing: `rejected the view that …` denies what it says.
        let turns_down_a_thing = !denies_a_clause
            && rejects_a_thing(&t.lower)
            && tokens.get(scope_start).is_some_and(|n| {
                n.is_capitalized()
                    || n.kind == TokenKind::Number
                    || DETERMINERS.contains(&n.lower.as_str())
                    || COUNTING_WORDS.contains(&n.lower.as_str())
            })
            && !tokens[scope_start..end].iter().any(|n| n.lower == "to");
        if turns_down_a_thing {
            continue;
        }
        // A denied clause's subject is not denied: the scope starts at its auxiliary or
        // past verb (when one is found before the scope ends).
        let clause_verb = denies_a_clause
            .then(|| {
                let that = (scope_start..end).find(|&k| tokens[k].lower == "that")?;
                predicate_start(tokens, that + 1..end)
            })
            .flatten();
        out.push(Negation {
            cue: t.text.clone(),
            token: i,
            cue_len: 1 + usize::from(two_word),
            scope_start: clause_verb.unwrap_or(i + 1),
            scope_end: end,
        });
    }
    out
}

/// Verbs that report what somebody says: what follows them (and `that`) is the report.
const SAYING_VERBS: &[&str] = &[
    "said", "says", "alleged", "alleges", "claimed", "claims", "accused", "told", "reported",
];

/// `The union said the firm had not consulted staff, a claim the company denied`, `…, which
/// the ministry rejects`: a denial after the clause, through a report noun or `which`, denies
/// what the clause reports. The tokens it denies: from the reported clause's predicate (its
/// subject is not denied, as after `denied that`) to the comma.
fn denied_afterwards(tokens: &[Token], cue: usize) -> Option<std::ops::Range<usize>> {
    if !matches!(
        tokens[cue].lower.as_str(),
        "denied" | "denies" | "rejected" | "rejects" | "dismissed" | "dismisses"
    ) {
        return None;
    }
    // Nothing but a short adverbial (`on Friday`) may follow the denial in its clause.
    let rest = (cue + 1..tokens.len())
        .take_while(|&k| !is_clause_break(&tokens[k]))
        .count();
    if rest > 4 {
        return None;
    }
    // Back over the denier (`the company has`) to the report noun or `which`.
    let mut k = cue.checked_sub(1)?;
    let mut words = 0;
    while tokens[k].is_word()
        && !REPORT_NOUNS.contains(&tokens[k].lower.as_str())
        && tokens[k].lower != "which"
    {
        words += 1;
        if words > 4 {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    // `…, which were denied by the manager`: a passive names no denier before the verb, and
    // is read as the verb it is.
    let passive = (k + 1..cue).any(|j| {
        matches!(
            tokens[j].lower.as_str(),
            "is" | "are" | "was" | "were" | "been" | "be"
        )
    });
    if !tokens[k].is_word() || words == 0 || passive {
        return None;
    }
    if tokens[k].lower != "which" && k > 0 && matches!(tokens[k - 1].lower.as_str(), "a" | "an") {
        k -= 1;
    }
    let comma = k.checked_sub(1).filter(|&c| tokens[c].text == ",")?;
    let start = (0..comma)
        .rev()
        .find(|&j| is_clause_break(&tokens[j]))
        .map_or(0, |j| j + 1);
    // `accused the coast guard of delaying …`: the report starts after `of`.
    let reported = (start..comma)
        .find(|&j| SAYING_VERBS.contains(&tokens[j].lower.as_str()))
        .map_or(start, |j| {
            let of = (tokens[j].lower == "accused")
                .then(|| (j + 1..comma).take(6).find(|&k| tokens[k].lower == "of"))
                .flatten();
            let after = of.unwrap_or(j) + 1;
            after + usize::from(tokens.get(after).is_some_and(|t| t.lower == "that"))
        });
    let predicate = predicate_start(tokens, reported..comma).unwrap_or(reported);
    (predicate < comma).then_some(predicate..comma)
}

/// Where a denied clause's predicate starts within `range`: its auxiliary or past verb. What
/// comes before (the clause's subject) is not denied.
fn predicate_start(tokens: &[Token], range: std::ops::Range<usize>) -> Option<usize> {
    range.into_iter().find(|&k| {
        let w = tokens[k].lower.as_str();
        AUXILIARY_VERBS.contains(&w) || w.len() > 4 && w.ends_with("ed")
    })
}

/// Verbs of telling that a denial leaves what they would tell unsaid: `declined to confirm`,
/// `did not comment on`.
const UNSAYING_VERBS: &[&str] = &[
    "confirm",
    "comment",
    "say",
    "disclose",
    "reveal",
    "specify",
    "elaborate",
    "discuss",
    "verify",
    "identify",
];

/// A cue that denies the verb after it (`not`, `declined to`), not a noun (`no confirmed
/// cases`).
fn denies_a_verb(cue: &Token) -> bool {
    let w = cue.lower.as_str();
    cue.kind == TokenKind::NegationClitic
        || matches!(w, "not" | "never" | "n't")
        || w.starts_with("declin")
        || w.starts_with("refus")
}

/// The verb of telling that a denial's scope opens with (past `to`, `be`, an adverb), if any.
fn unsaying_verb(tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let k = (start..end).find(|&k| {
        !matches!(
            tokens[k].lower.as_str(),
            "to" | "be" | "been" | "immediately" | "publicly" | "independently" | "officially"
        )
    })?;
    let w = tokens[k].lower.as_str();
    let bases = [
        w.strip_suffix("ied").map(|b| format!("{b}y")),
        w.strip_suffix("ed").map(str::to_string),
        w.strip_suffix('d').map(str::to_string),
    ];
    let unsaying = UNSAYING_VERBS.contains(&w)
        || bases
            .iter()
            .flatten()
            .any(|b| UNSAYING_VERBS.contains(&b.as_str()));
    unsaying.then_some(k)
}

/// Is what the sentence tells left unconfirmed: `could not be independently verified`,
/// `declined to confirm`, `unconfirmed`? Then nothing it says is certain beyond that it
/// was said.
pub fn unconfirmed(a: &Analysis) -> bool {
    a.tokens
        .iter()
        .any(|t| matches!(t.lower.as_str(), "unverified" | "unconfirmed"))
        || a.negations.iter().any(|n| {
            let cue = &a.tokens[n.token];
            denies_a_verb(cue)
                && unsaying_verb(&a.tokens, n.token + n.cue_len, a.tokens.len()).is_some_and(|k| {
                    matches!(
                        a.tokens[k].lower.as_str(),
                        "confirm" | "confirmed" | "verify" | "verified" | "comment"
                    )
                })
        })
}

/// Verbs that correct a figure given before them: `later corrected the figure to 3.6`.
const CORRECTIONS: &[&str] = &[
    "corrected",
    "correcting",
    "revised",
    "revising",
    "amended",
    "amending",
    "updated",
    "updating",
    "adjusted",
    "adjusting",
    "downgraded",
    "upgraded",
];

/// Nouns for what is said of something, which a denial may reject with all it says.
pub const REPORT_NOUNS: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "suggestion",
    "suggestions",
    "rumours",
    "rumors",
    "speculation",
    "accusation",
    "accusations",
    "assertion",
    "assertions",
    "view",
    "idea",
    "notion",
];

/// `Russia signed the accord; China did not`: a denial with nothing after it leaves out
/// the verb of the clause before, and denies it of its own subject. The subject's token
/// range (`China`), when the cue follows an auxiliary at the end of a clause that comes
/// after another clause.
fn elided_denial(tokens: &[Token], n: &Negation) -> Option<std::ops::Range<usize>> {
    const AUXILIARIES: &[&str] = &[
        "did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "will", "would",
        "could", "can",
    ];
    let after = n.token + n.cue_len;
    let ends = after >= tokens.len() || is_clause_break(&tokens[after]);
    let cue = tokens[n.token].lower.as_str();
    if !ends || !matches!(cue, "not" | "n't" | "never") || n.token == 0 {
        return None;
    }
    let aux = n.token - 1;
    if !AUXILIARIES.contains(&tokens[aux].lower.as_str()) {
        return None;
    }
    // The clause break before the subject: a clause must come before it.
    let start = (0..aux).rev().find(|&k| {
        is_clause_break(&tokens[k])
            || matches!(tokens[k].lower.as_str(), "but" | "while" | "whereas")
    })? + 1;
    (start < aux && aux - start <= 5).then_some(start..aux)
}

/// Words that count the thing a verb of turning down takes (`cancelled all flights`).
const COUNTING_WORDS: &[&str] = &[
    "all", "both", "every", "each", "some", "several", "many", "most", "our", "these", "those",
];

/// A negation cue that is a verb of turning down (`rejected`, `dismissed`): before a thing
/// rather than an act, it denies nothing and is a claim word like any other verb.
fn rejects_a_thing(lower: &str) -> bool {
    ["reject", "dismiss", "cancel", "scrap"]
        .iter()
        .any(|v| lower.starts_with(v))
}

/// Does the word at `k` start a predicate of its own, which a denial before it does not
/// reach: a finite auxiliary (`that are not essential workers were ordered`) or a participle
/// after something else (`not successful grossing 27.69 crore`, `without a club having
/// played`), not a gerund after its article or preposition (`not in the filming`)?
fn starts_new_predicate(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if !t.is_word() {
        return false;
    }
    let after_function_word = k
        .checked_sub(1)
        .is_some_and(|p| STOPWORDS_BEFORE_NOUN.contains(&tokens[p].lower.as_str()));
    matches!(
        t.lower.as_str(),
        "is" | "are" | "was" | "were" | "has" | "have" | "had"
    ) || t.lower.len() > 5 && t.lower.ends_with("ing") && !after_function_word
}

/// Words after which an `-ing` word is a noun (`the filming`, `in training`).
const STOPWORDS_BEFORE_NOUN: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "in", "of", "for", "to",
    "from", "on", "at", "by", "with", "about", "this", "that", "any", "no",
];

/// A figure that is a distance from a base named after it: `700 marks below the previous
/// limit`, `12% higher than a year earlier` (right after the figure or after its counted
/// word). Where the side word is, and which way the figure lies from its base. Not a bound of
/// another figure (`43% with less than 41 reviews`).
pub fn distance_from_base(
    tokens: &[Token],
    q: &Quantity,
    quantities: &[Quantity],
) -> Option<(usize, Direction)> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let counted_word = !super::lexicon::STOPWORDS.contains(&word(q.end));
    // Not after a pause: `closed at 25.37 dollars, above the offer price` is a level.
    (q.end..q.end + 1 + usize::from(counted_word))
        .take_while(|&k| tokens.get(k).is_some_and(|t| t.is_word()))
        .find_map(|k| {
            // A preposition takes its base as a noun phrase, a comparative after `than`.
            let (way, preposition) = match word(k) {
                "below" | "under" => (Direction::Down, true),
                "above" => (Direction::Up, true),
                "lower" | "less" | "fewer" | "cheaper" => (Direction::Down, false),
                "higher" | "more" => (Direction::Up, false),
                _ => return None,
            };
            let base_follows = if preposition {
                matches!(word(k + 1), "the" | "its" | "their" | "his" | "her")
            } else {
                // (Past a time: `1.5 points higher in September than a year earlier`.)
                word(k + 1) == "than"
                    || matches!(word(k + 1), "in" | "on" | "this" | "last")
                        && (k + 2..k + 5).any(|j| word(j) == "than")
            };
            let a_bound = quantities.iter().any(|x| x.first <= k && k < x.end);
            (base_follows && !a_bound).then_some((k, way))
        })
}

/// A light verb next to an event noun (`the meeting was held`, `hold talks`) says only that the
/// event happened, which the event noun already says; before an amount (`made $5 million`)
/// the amount says it.
fn mark_light_verbs(terms: &mut [Term], tokens: &[Token], quantities: &[Quantity], lex: &Lexicon) {
    let light_keys: Vec<String> = LIGHT_VERBS.iter().map(|v| lex.stem(v)).collect();
    let figure_keys: Vec<String> = FIGURE_VERBS.iter().map(|v| lex.stem(v)).collect();
    let locative_keys: Vec<String> = LOCATIVE_VERBS.iter().map(|v| lex.stem(v)).collect();
    let duration_keys: Vec<String> = DURATION_VERBS.iter().map(|v| lex.stem(v)).collect();
    let events: Vec<usize> = terms
        .iter()
        .filter(|t| lex.is_event_noun(&t.key))
        .map(|t| t.first)
        .collect();
    for term in terms.iter_mut() {
        // `made $489 million`: the amount says what was made.
        let before_amount = quantities.iter().any(|q| {
            matches!(q.kind, super::numbers::QuantityKind::Money(_))
                && q.first >= term.end
                && q.first <= term.end + 2
        });
        // `located in Renton` says no more than `in Renton`.
        let before_place = tokens.get(term.end).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "in" | "at" | "on" | "near" | "outside" | "inside" | "within"
            )
        });
        // Right before the figure, or its article (`got a 93% rating`); not `reported that
        // six nations agreed`, where the verb reports a statement.
        let figure_at = match tokens.get(term.end).map(|t| t.lower.as_str()) {
            Some("a" | "an") => term.end + 1,
            _ => term.end,
        };
        let before_figure = quantities
            .iter()
            .any(|q| !q.kind.is_time() && q.first == figure_at);
        if figure_keys.contains(&term.key) && before_figure && !term.negated {
            term.light = true;
        }
        if locative_keys.contains(&term.key) && before_place && !term.negated {
            term.light = true;
        }
        // A length of time right after the verb, or after its object (`took firefighters
        // roughly seven hours`).
        let before_length = quantities.iter().any(|q| {
            q.kind == super::numbers::QuantityKind::Duration
                && q.first >= term.end
                && q.first <= term.end + 2
                && tokens[term.end..q.first].iter().all(|t| t.is_word())
        });
        if duration_keys.contains(&term.key) && before_length && !term.negated {
            term.light = true;
        }
        if !term.negated && wraps_what_follows(tokens, term) {
            term.light = true;
        }
        if light_keys.contains(&term.key)
            && (before_amount
                || events
                    .iter()
                    .any(|&e| e.abs_diff(term.first) <= 4 && e != term.first))
        {
            term.light = true;
        }
    }
}

/// The end of `outside (of) (the) NAME` starting at `i`, the name a run of capitalised words
/// that may join a second with `and` (`outside the US and Canada`).
fn outside_a_place(tokens: &[Token], i: usize) -> Option<usize> {
    if tokens[i].lower != "outside" {
        return None;
    }
    let mut j = i + 1;
    for skip in ["of", "the"] {
        if tokens.get(j).is_some_and(|t| t.lower == skip) {
            j += 1;
        }
    }
    let capital = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_word() && t.is_capitalized())
    };
    if !capital(j) {
        return None;
    }
    while capital(j) {
        j += 1;
        if tokens
            .get(j)
            .is_some_and(|t| t.lower == "and" || t.text == "&")
            && capital(j + 1)
        {
            j += 1;
        }
    }
    Some(j)
}

/// Words that only wrap what follows them, saying no more than it does: `the (total)
/// number of cases` counts cases, `managed to get` and `went on to win` say got and won, `can
/// be considered a drama` and `is regarded as a drama` say is a drama, `originally from` says
/// from, `a group called Lithuanians` says a group. (Not `failed to`, which denies, nor
/// `used to`, which says it is over.)
fn wraps_what_follows(tokens: &[Token], term: &Term) -> bool {
    let at = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let (first, end) = (term.first, term.end);
    let before = |w: &[&str]| first > 0 && w.contains(&at(first - 1));
    match tokens[first].lower.as_str() {
        "number" => at(end) == "of",
        "total" => at(end) == "number",
        "managed" | "manages" | "manage" => at(end) == "to",
        // `went` before `on to`, or the phrase `went on` before `to`.
        "went" | "goes" | "go" | "going" => {
            at(end) == "on" && at(end + 1) == "to"
                || end == first + 2 && at(first + 1) == "on" && at(end) == "to"
        }
        "considered" => before(&["be", "been", "is", "are", "was", "were"]),
        "regarded" => at(end) == "as",
        // `is originally from Haiti` says where it is from.
        "originally" => at(end) == "from",
        // `an ethnic group called Lithuanians`, `an actor named Marcus Bentley` say what the
        // name is, not what it is called; after a verb (`was called Low`) the naming is said.
        "called" | "named" | "name" => {
            let noun_before = first > 0
                && tokens[first - 1].is_word()
                && !tokens[first - 1].is_capitalized()
                && !super::lexicon::STOPWORDS.contains(&at(first - 1));
            noun_before && tokens.get(end).is_some_and(|t| t.is_capitalized())
        }
        _ => false,
    }
}

/// A common noun that only introduces the name after it (`the film Tangled`, `the band
/// Low`, `in the movie Tangled`) presupposes what the name is rather than claiming it; what
/// is claimed is said of the name. Such a classifier carries no claim of its own.
fn mark_classifiers(terms: &mut [Term], tokens: &[Token], lex: &Lexicon) {
    let names: Vec<usize> = terms
        .iter()
        .filter(|t| t.is_name || t.initial_capital || t.key.starts_with('@'))
        .map(|t| t.first)
        .collect();
    for t in terms.iter_mut() {
        let determiner = t.first.checked_sub(1).is_some_and(|i| {
            matches!(
                tokens[i].lower.as_str(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
        });
        let single_noun = t.end == t.first + 1
            && !t.is_name
            && !t.initial_capital
            && !t.negated
            && lex.noun_at_end(&[&tokens[t.first].lower]).is_some();
        // The name may open with its own article or follow a comma: `the film The Wedding
        // Ringer`, `in the film, The Book of Eli`.
        let mut next = t.end;
        while tokens.get(next).is_some_and(|n| {
            n.text == "," || n.is_capitalized() && matches!(n.lower.as_str(), "the" | "a" | "an")
        }) {
            next += 1;
        }
        // A title may open with a word that is no term of its own (`the film How to Train
        // Your Dragon`).
        let name_follows = names.contains(&next)
            || tokens
                .get(next)
                .is_some_and(|n| n.is_word() && n.is_capitalized());
        // `a thriller TV series`: an acronym before a noun modifies that noun; the word
        // before it is a modifier too, not a classifier of a name.
        let acronym_modifier = tokens.get(next).is_some_and(|n| {
            n.text.chars().count() >= 2 && n.text.chars().all(|c| c.is_ascii_uppercase())
        }) && tokens.get(next + 1).is_some_and(|n| {
            n.is_word() && !n.is_capitalized() && lex.noun_at_end(&[&n.lower]).is_some()
        });
        if determiner && single_noun && name_follows && !acronym_modifier {
            t.light = true;
        }
    }
}

/// Is this lower-case word one that only says persons are counted (`300 people`), not what
/// they are counted as?
pub fn only_says_persons(lower: &str) -> bool {
    matches!(lower, "people" | "persons" | "individuals")
}

/// What a quantity counts: the words right after it (`six Western nations`, `30 mainly NATO
/// and EU countries`), up to the first word that starts something else (`that`, `have`), or
/// failing that the word before it (`the figure was 30`).
fn quantity_context(q: &Quantity, tokens: &[Token], terms: &[Term]) -> Counted {
    const CONTINUES: &[&str] = &[
        "and", "or", "of", "mainly", "mostly", "largely", "more", "other", "most", "least",
    ];
    let mut end = q.end;
    let mut conjunction = None;
    while end < tokens.len() && end < q.end + 8 {
        let t = &tokens[end];
        // `outside North America` says where, like `in`; so does a place adverb.
        if t.lower == "outside" || PLACE_ADVERBS.contains(&t.lower.as_str()) {
            break;
        }
        let is_term = terms.iter().any(|x| x.first <= end && end < x.end);
        let goes_on = is_term
            || CONTINUES.contains(&t.lower.as_str())
            || t.text == "-"
            || t.kind == TokenKind::Possessive;
        if !goes_on {
            // `a total of 8,157 and daily average of 679`: a conjunct with a number of its
            // own counts that number's thing, not this one's.
            if (t.kind == TokenKind::Number || super::numbers::is_number_word(&t.lower))
                && let Some(c) = conjunction
            {
                end = c;
            }
            break;
        }
        if conjunction.is_none() && matches!(t.lower.as_str(), "and" | "or") {
            conjunction = Some(end);
        }
        end += 1;
    }
    let mut after: Vec<usize> = (0..terms.len())
        .filter(|&i| terms[i].first >= q.end && terms[i].first < end && !terms[i].light)
        .collect();
    // A label names one of what stands right before it (`Chapter 3`, `Billboard Hot 100`):
    // those words, up to three in a row, are what it counts, whatever follows.
    if q.kind == QuantityKind::Ordinal {
        // `fifth-highest`: the rank's own word says what it ranks by.
        if let Some(own) =
            (0..terms.len()).find(|&i| terms[i].first == q.first && terms[i].end == q.end)
            && terms[own].part_keys.len() > 1
        {
            after.insert(0, own);
        }
        // The scale of a rank: `4th on the table`, `third in the league`.
        if after.is_empty()
            && tokens
                .get(q.end)
                .is_some_and(|t| matches!(t.lower.as_str(), "on" | "in"))
            && tokens.get(q.end + 1).is_some_and(|t| t.lower == "the")
            && let Some(scale) = (0..terms.len())
                .find(|&i| terms[i].first == q.end + 2 && !terms[i].is_name && !terms[i].light)
        {
            after.push(scale);
        }
        let mut at = q.first;
        for n in 0..3 {
            // The nearest word always (`season 2`); before it, only more of a name.
            match (0..terms.len()).find(|&i| terms[i].end == at && (n == 0 || terms[i].is_name)) {
                Some(label) => {
                    after.insert(0, label);
                    at = terms[label].first;
                }
                None => break,
            }
        }
    }
    let term_at = |k: usize| (0..terms.len()).find(|&i| terms[i].first == k && !terms[i].light);
    // Where they are: the words of a place phrase right after them (`10 million in its greater
    // area`, `5 cases in Lyon`).
    let setting: Vec<usize> = match tokens.get(end).map(|t| t.lower.as_str()) {
        // `$95 million outside North America`, `$12 million elsewhere`: where, in one word.
        Some("outside") => term_at(end).into_iter().collect(),
        Some(w) if PLACE_ADVERBS.contains(&w) => term_at(end).into_iter().collect(),
        // What money is for says which sum it is, as a place does (`62 million dollars for
        // road repairs and 18 million dollars for a new shelter`).
        Some(w)
            if matches!(w, "in" | "at" | "across" | "within")
                || w == "for" && matches!(q.kind, QuantityKind::Money(_)) =>
        {
            let mut k = end + 1;
            let mut words = Vec::new();
            while k < tokens.len() && k < end + 6 {
                if let Some(i) = (0..terms.len()).find(|&i| terms[i].first == k) {
                    words.push(i);
                    k = terms[i].end;
                } else if matches!(
                    tokens[k].lower.as_str(),
                    // `it's` for `its`, a common slip, splits into `it` and `'s`.
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "it's" | "it"
                ) || tokens[k].kind == TokenKind::Possessive
                {
                    k += 1;
                } else {
                    break;
                }
            }
            words
        }
        _ => Vec::new(),
    };
    // The verb of a passive whose agent is counted: `reviewed by 109 critics`.
    let passive = (q.first >= 2 && tokens[q.first - 1].lower == "by")
        .then(|| (0..terms.len()).find(|&i| terms[i].end == q.first - 1 && !terms[i].light))
        .flatten();
    // What happened to them: one word past up to two auxiliaries (`965 people have died`,
    // `205 people who recovered`, `of which 117 have died`).
    const AUXILIARIES: &[&str] = &["have", "has", "had", "were", "was", "been", "who", "that"];
    let aux = tokens[end..]
        .iter()
        .take(2)
        .take_while(|t| AUXILIARIES.contains(&t.lower.as_str()))
        .count();
    let event = (aux > 0).then(|| term_at(end + aux)).flatten().or(passive);
    let increment = is_increment(q, tokens);
    // `a capacity of 44,000 people`: a word that only says persons are counted leaves what
    // they are counted as to the words before, as for a bare number.
    let only_persons = after
        .iter()
        .all(|&i| only_says_persons(&tokens[terms[i].first].lower));
    // `in the top 200`: the figure counts places at the top of a ranking (and what follows,
    // `the top 10 exporters`), not the words before it: `19 universities in the top 200`
    // counts universities with the 19 only.
    if q.first > 0
        && matches!(tokens[q.first - 1].lower.as_str(), "top" | "bottom")
        && let Some(top) = term_at(q.first - 1)
    {
        return Counted {
            things: std::iter::once(top).chain(after).collect(),
            event,
            setting,
            increment,
            part: None,
            superseded: false,
        };
    }
    if !after.is_empty() && !only_persons {
        return Counted {
            things: after,
            event,
            setting,
            increment,
            part: None,
            superseded: false,
        };
    }
    // `nine companies, including three with …`: a part picked out of what comes before is
    // not a count of it.
    if q.first > 0 && tokens[q.first - 1].lower == "including" {
        return Counted {
            things: after,
            event,
            setting,
            increment,
            part: None,
            superseded: false,
        };
    }
    // Nothing counted after the number: what it counts comes before it, in its own clause
    // and after any earlier number (`the confirmed cases reached 479`); failing that, the
    // nearest word before.
    let clause_start = tokens[..q.first]
        .iter()
        .rposition(|t| is_clause_break(t) || t.kind == TokenKind::Number)
        .map_or(0, |p| p + 1);
    // `the number of universities in the top 200 rose to 19 (from 12)`: the figure the
    // number comes to counts what it is the number of, however far back that stands.
    let sentence_clause = tokens[..q.first]
        .iter()
        .rposition(|t| is_clause_break(t) && t.text != "(" && t.text != ")")
        .map_or(0, |p| p + 1);
    let number_of = (sentence_clause..q.first.saturating_sub(2)).find(|&k| {
        tokens[k].lower == "number"
            && tokens[k + 1].lower == "of"
            && k > 0
            && matches!(tokens[k - 1].lower.as_str(), "the" | "total")
    });
    if let Some(k) = number_of {
        let mut of = Vec::new();
        let mut at = k + 2;
        while let Some(i) = term_at(at) {
            of.push(i);
            at = terms[i].end;
        }
        if !of.is_empty() {
            return Counted {
                things: of,
                event,
                setting,
                increment,
                part: None,
                superseded: false,
            };
        }
    }
    let before: Vec<usize> = (0..terms.len())
        .rev()
        .filter(|&i| terms[i].end <= q.first && terms[i].first >= clause_start && !terms[i].light)
        .take(4)
        .collect();
    // `…, of which 90 have died`: what happened to them says what is counted better than
    // the nearest word of another clause (`cases`, the whole they are part of).
    let things = if !after.is_empty() {
        // The persons word first, then what comes before in its clause.
        after.into_iter().chain(before).collect()
    } else if before.is_empty() && event.is_some() {
        Vec::new()
    } else if before.is_empty() {
        (0..terms.len())
            .rev()
            .find(|&i| terms[i].end <= q.first)
            .into_iter()
            .collect()
    } else {
        before
    };
    Counted {
        things,
        event,
        setting,
        increment,
        part: None,
        superseded: false,
    }
}

/// `fourteen new cases`, `300 more deaths`, `an additional 40`, `another 5`, `a further 12`:
/// the figure counts an increase.
fn is_increment(q: &Quantity, tokens: &[Token]) -> bool {
    let after = tokens.get(q.end).map(|t| t.lower.as_str());
    let before = |n: usize| {
        q.first
            .checked_sub(n)
            .and_then(|k| tokens.get(k))
            .map(|t| t.lower.as_str())
    };
    !q.kind.is_time()
        && (matches!(after, Some("new" | "more" | "additional" | "further"))
            || matches!(before(1), Some("additional" | "another" | "further")))
}

/// The first `is a …` / `was the …` of the sentence and the nouns of its predicate, up to
/// the first word that is neither a noun phrase nor a list separator (`by`, `who`, `in`):
/// `is an American singer, songwriter, and record producer who …` gives singer, songwriter and
/// producer (`record producer` is not in WordNet).
fn copula(tokens: &[Token], lex: &Lexicon) -> Option<Copula> {
    const ADVERBS: &[&str] = &[
        "not",
        "never",
        "also",
        "only",
        "still",
        "now",
        "currently",
        "once",
        "solely",
        "always",
        "primarily",
        "mainly",
        "just",
    ];
    let verb = tokens.iter().position(|t| {
        t.kind == TokenKind::Word && matches!(t.lower.as_str(), "is" | "was" | "are" | "were")
    })?;
    if verb == 0 {
        return None;
    }
    let mut k = verb + 1;
    let mut negated = false;
    while let Some(t) = tokens
        .get(k)
        .filter(|t| ADVERBS.contains(&t.lower.as_str()))
    {
        negated |= matches!(t.lower.as_str(), "not" | "never");
        k += 1;
    }
    // `were primary schools`: a plural predicate needs no article.
    let plural = matches!(tokens[verb].lower.as_str(), "are" | "were");
    if tokens
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"))
    {
        k += 1;
    } else if !plural || !bare_plural_predicate(tokens, k, lex) {
        return None;
    }
    let mut nouns = Vec::new();
    let mut chunk: Vec<usize> = Vec::new();
    // Closes a noun phrase; false when it names no noun WordNet knows (the list has ended,
    // unless it is the first phrase, which is kept with its last word).
    let close = |chunk: &mut Vec<usize>, nouns: &mut Vec<PredicateNoun>| -> bool {
        let words: Vec<usize> = chunk
            .iter()
            .copied()
            .filter(|&i| tokens[i].kind == TokenKind::Word)
            .collect();
        chunk.clear();
        // `a thriller film directed by`: words after the noun that are no nouns (a participle
        // opening what follows) are not of the phrase.
        let is_noun = |i: usize| lex.noun_at_end(&[tokens[i].lower.as_str()]).is_some();
        let mut words = words;
        while words.len() > 1
            && !is_noun(words[words.len() - 1])
            && words[..words.len() - 1].iter().any(|&i| is_noun(i))
        {
            words.pop();
        }
        let Some(&last) = words.last() else {
            return nouns.is_empty();
        };
        let lower: Vec<&str> = words.iter().map(|&i| tokens[i].lower.as_str()).collect();
        match lex.noun_at_end(&lower) {
            Some(lemma) => {
                let n = lemma.split(' ').count().min(words.len());
                nouns.push(PredicateNoun {
                    lemma,
                    first: words[words.len() - n],
                    end: last + 1,
                });
                true
            }
            None if nouns.is_empty() => {
                nouns.push(PredicateNoun {
                    lemma: tokens[last].lower.clone(),
                    first: last,
                    end: last + 1,
                });
                true
            }
            None => false,
        }
    };
    while let Some(t) = tokens.get(k) {
        let lower = t.lower.as_str();
        let content = (t.kind == TokenKind::Word && !lex.is_stopword(lower))
            || t.kind == TokenKind::Number
            || t.text == "-";
        if content {
            chunk.push(k);
        } else if t.text == "," || matches!(lower, "and" | "or") {
            if !chunk.is_empty() && !close(&mut chunk, &mut nouns) {
                break;
            }
        } else if !(matches!(lower, "a" | "an") && chunk.is_empty()) {
            break;
        }
        k += 1;
    }
    if !chunk.is_empty() {
        close(&mut chunk, &mut nouns);
    }
    (!nouns.is_empty()).then_some(Copula {
        verb,
        negated,
        nouns,
    })
}

/// Does a bare plural noun phrase start at `k` (`primary schools.`, `key witnesses in`):
/// words up to a plural noun WordNet knows, before the end, a comma or a small word?
fn bare_plural_predicate(tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    let mut i = k;
    while let Some(t) = tokens.get(i).filter(|t| t.kind == TokenKind::Word) {
        if lex.is_stopword(&t.lower) {
            break;
        }
        i += 1;
    }
    if i == k || i - k > 3 {
        return false;
    }
    let last = &tokens[i - 1].lower;
    last.ends_with('s')
        && !tokens[k].is_capitalized()
        && lex.noun_at_end(&[last.as_str()]).is_some()
        && !lex.is_past_verb(&tokens[k].lower)
        && !tokens[k].lower.ends_with("ing")
}

fn quotations(tokens: &[Token]) -> Vec<Quotation> {
    let mut out: Vec<(usize, Quotation)> = Vec::new();
    for (k, t) in tokens.iter().enumerate().filter(|(_, t)| t.quoted) {
        let id = t.quote_id.unwrap_or(0);
        if out.last().is_none_or(|(last, _)| *last != id) {
            out.push((
                id,
                Quotation {
                    first: k,
                    end: k + 1,
                    text: String::new(),
                    words: Vec::new(),
                },
            ));
        }
        let q = &mut out.last_mut().expect("pushed above").1;
        q.end = k + 1;
        if !q.text.is_empty() && t.kind != TokenKind::Punct {
            q.text.push(' ');
        }
        q.text.push_str(&t.text);
        if matches!(t.kind, TokenKind::Word | TokenKind::Number) {
            q.words.push(t.lower.clone());
        }
    }
    out.into_iter().map(|(_, q)| q).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> &'static Lexicon {
        use std::sync::OnceLock;
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::builtin)
    }

    fn term<'a>(a: &'a Analysis, surface: &str) -> &'a Term {
        a.terms
            .iter()
            .find(|t| t.surface == surface)
            .unwrap_or_else(|| panic!("no term {surface} in {:?}", a.terms))
    }

    #[test]
    fn negation_scope_stops_at_the_clause() {
        let a = analyse(
            "Brekelmans stressed that the U.S. must be part of any deployment—a stance complicated by Washington’s repeated denials of any intention to send troops.",
            lex(),
        );
        assert!(!term(&a, "U.S.").negated);
        assert!(term(&a, "send").negated);
        assert!(term(&a, "troops").negated);
        let a = analyse("He did not go, but she came.", lex());
        assert!(term(&a, "go").negated && !term(&a, "came").negated);
        // Neither `whether or not` nor `no matter how` denies anything.
        let a = analyse("It is unclear whether or not the move is permanent.", lex());
        assert!(!term(&a, "permanent").negated);
        let a = analyse("No matter how formulaic the plot seems, it works.", lex());
        assert!(!term(&a, "formulaic").negated);
        // A title that opens with `No` denies nothing; a plain `no` does.
        let a = analyse("No Way Out is the debut album.", lex());
        assert!(!term(&a, "album").negated);
        let a = analyse("No album was released.", lex());
        assert!(term(&a, "album").negated);
        // A denial does not reach the next predicate.
        let a = analyse("The film was not successful grossing 27 crore.", lex());
        assert!(term(&a, "successful").negated && !term(&a, "crore").negated);
        let a = analyse("Those that are not members were ordered to stay.", lex());
        assert!(term(&a, "members").negated && !term(&a, "ordered").negated);
        let a = analyse("He did not take part in the filming.", lex());
        assert!(term(&a, "filming").negated);
    }

    #[test]
    fn a_noun_before_an_acronym_and_its_noun_is_a_modifier_not_a_classifier() {
        let a = analyse("The Good Place is a thriller TV series.", lex());
        assert!(!term(&a, "thriller").light);
        // `the film Tangled` still only introduces the name.
        let b = analyse("He starred in the film Tangled.", lex());
        assert!(term(&b, "film").light);
    }

    #[test]
    fn an_age_is_one_measure_however_it_is_written() {
        let a = analyse("The victim was a 10-year-old boy.", lex());
        let b = analyse("The victim was under 12 years old.", lex());
        let c = analyse("The victim, aged 10, was a boy.", lex());
        let d = analyse("He waited 12 years for it.", lex());
        let e = analyse("She died at the age of 49.", lex());
        assert_eq!(term(&e, "age").key, term(&b, "years").key);
        assert_eq!(term(&a, "year-old").key, term(&b, "years").key);
        assert_eq!(term(&c, "aged").key, term(&b, "years").key);
        assert_ne!(term(&d, "years").key, term(&b, "years").key);
    }

    #[test]
    fn wrapper_words_say_no_more_than_what_follows() {
        let a = analyse("The total number of cases managed to reach 300.", lex());
        assert!(term(&a, "number").light && term(&a, "total").light);
        assert!(term(&a, "managed").light && !term(&a, "cases").light);
        let b = analyse(
            "The film can be considered a drama and went on to win.",
            lex(),
        );
        assert!(term(&b, "considered").light && term(&b, "went on").light);
        // `a worldwide total of` says which figure it is; `failed to` denies.
        let c = analyse(
            "It made a worldwide total of $88 million but failed to win.",
            lex(),
        );
        assert!(!term(&c, "total").light);
    }

    #[test]
    fn two_word_cues_and_antonym_prefixes_negate() {
        let a = analyse("He turned down offers to work there.", lex());
        assert!(term(&a, "work").negated);
        let b = analyse("She was incapable of writing.", lex());
        assert!(term(&b, "incapable").negated);
        assert_eq!(term(&b, "incapable").key, lex().stem("capable"));
        let c = analyse("Sales declined sharply.", lex());
        assert!(!term(&c, "sharply").negated);
    }

    #[test]
    fn prefix_negation_matches_a_negated_verb() {
        let src = analyse("The identity remains undisclosed.", lex());
        let claim = analyse("The identity has not been disclosed.", lex());
        let (s, c) = (term(&src, "undisclosed"), term(&claim, "disclosed"));
        assert_eq!(s.key, c.key);
        assert!(s.negated && c.negated);
    }

    #[test]
    fn names_aliases_and_light_verbs() {
        let a = analyse("The meeting was held in Paris by the United States.", lex());
        assert!(term(&a, "held").light);
        assert!(term(&a, "Paris").is_name);
        assert_eq!(term(&a, "United States").key, "@united states");
        assert!(term(&analyse("The gym was located in Ohio.", lex()), "located").light);
        assert!(
            !term(
                &analyse("The ship was located by divers.", lex()),
                "located"
            )
            .light
        );
        let b = analyse("Healey has pledged troops.", lex());
        assert!(term(&b, "Healey").initial_capital && !term(&b, "Healey").is_name);
        assert!(term(&analyse("Germany has pledged.", lex()), "Germany").is_name);
    }

    #[test]
    fn quantities_know_what_they_count() {
        let a = analyse("Just six Western nations have agreed.", lex());
        assert_eq!(a.quantities[0].value, 6.0);
        let counted = |a: &Analysis, q: usize| -> Vec<String> {
            a.quantity_context[q]
                .things
                .iter()
                .map(|&t| a.terms[t].key.clone())
                .collect()
        };
        assert!(counted(&a, 0).contains(&lex().stem("nations")));
        // Counted before the number, in its own clause; not the word of another clause.
        let b = analyse(
            "Talks stalled; the total toll of the storm reached 479, police said.",
            lex(),
        );
        let ctx = counted(&b, 0);
        assert!(ctx.contains(&lex().stem("toll")) && ctx.contains(&lex().stem("storm")));
        assert!(!ctx.contains(&lex().stem("talks")));
        // What happened to the counted people, past the auxiliary, is their event.
        let c = analyse("Of those, 965 people have died.", lex());
        let event = c.quantity_context[0].event.map(|t| c.terms[t].key.clone());
        assert_eq!(counted(&c, 0), [lex().stem("people")]);
        assert_eq!(event, Some(lex().stem("died")));
        assert_eq!(b.quantity_context[0].event, None);
        // A label counts the words it names one of, whatever follows.
        let e = analyse(
            "Saw Chapter 3 – Parabellum, then the Billboard Hot 100 list.",
            lex(),
        );
        assert_eq!(counted(&e, 0), [lex().stem("chapter")]);
        assert!(counted(&e, 1).contains(&lex().stem("billboard")));
        // The verb of a counted agent is its event; a place phrase after it, its setting.
        let f = analyse(
            "It was reviewed by 109 critics, with 10 million in its greater area.",
            lex(),
        );
        let key = |t: usize| f.terms[t].key.clone();
        assert_eq!(
            f.quantity_context[0].event.map(key),
            Some(lex().stem("reviewed"))
        );
        let setting: Vec<String> = f.quantity_context[1]
            .setting
            .iter()
            .map(|&t| key(t))
            .collect();
        assert_eq!(setting, [lex().stem("greater"), lex().stem("area")]);
        // A conjunct with its own number counts its own thing.
        let d = analyse(
            "It came to a total of 8,157 and daily average of 679 tests.",
            lex(),
        );
        assert!(!counted(&d, 0).contains(&lex().stem("average")));
        assert!(counted(&d, 1).contains(&lex().stem("tests")));
    }

    #[test]
    fn copulas_list_the_nouns_said_of_the_subject() {
        let nouns = |s: &str| -> Vec<String> {
            let a = analyse(s, lex());
            let c = a.copula.expect(s);
            c.nouns.into_iter().map(|n| n.lemma).collect()
        };
        assert_eq!(
            nouns(
                "Ana Ruiz (born 1990) is a Chilean singer, songwriter, and record producer who won."
            ),
            ["singer", "songwriter", "producer"]
        );
        assert_eq!(
            nouns("The Party is a political party."),
            ["political party"]
        );
        assert_eq!(
            nouns("Kestrel Bay is the largest town in the county."),
            ["town"]
        );
        let a = analyse("Kestrel Bay is not a town.", lex());
        assert!(a.copula.is_some_and(|c| c.negated));
        // A passive is no copula with a predicate noun.
        assert!(
            analyse("The album was released in May.", lex())
                .copula
                .is_none()
        );
        // A plural predicate needs no article; a plural verb without one is still no
        // predicate noun (`were released`, `are growing`).
        assert_eq!(
            nouns("Most of the schools were primary schools."),
            ["primary school"]
        );
        for s in [
            "The albums were released in May.",
            "Sales are growing fast.",
        ] {
            assert!(analyse(s, lex()).copula.is_none(), "{s}");
        }
    }

    #[test]
    fn phrases_mention_their_words_but_names_do_not() {
        let a = analyse("It is a genre of rock music from the United States.", lex());
        let rock = term(&a, "rock music");
        assert!(rock.part_keys.contains(&lex().stem("rock")));
        assert!(rock.mention_keys().any(|k| *k == lex().stem("music")));
        assert!(term(&a, "United States").part_keys.is_empty());
    }

    #[test]
    fn hyphenated_words_mention_their_parts_unless_turned() {
        let a = analyse(
            "She is a singer-songwriter in the Riddick-based films, not an anti-war one.",
            lex(),
        );
        assert!(
            term(&a, "singer-songwriter")
                .part_keys
                .contains(&lex().stem("songwriter"))
        );
        assert!(
            term(&a, "Riddick-based")
                .part_keys
                .contains(&lex().stem("riddick"))
        );
        assert!(term(&a, "anti-war").part_keys.is_empty());
    }

    #[test]
    fn a_noun_introducing_a_name_claims_nothing_of_its_own() {
        let a = analyse("In the film Tidewater, the band Low plays a song.", lex());
        assert!(term(&a, "film").light && term(&a, "band").light);
        assert!(!term(&a, "song").light);
    }

    #[test]
    fn quotations_keep_their_words() {
        let a = analyse("He said the plans were “real and substantial”.", lex());
        assert_eq!(a.quotations[0].words, ["real", "and", "substantial"]);
    }
}
