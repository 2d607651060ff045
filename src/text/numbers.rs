//! Quantities in text: `six`, `half a dozen`, `30,000`, `$72 million`, `more than 25`,
//! `around 30`, `sixth`, `12%`, years.
//!
//! Each quantity becomes an interval so that comparisons are exact: "more than 25" is
//! (25, ∞), "around 30" is [27, 33]; a source interval inside the claim's supports it, one
//! disjoint from it contradicts it, an overlap decides nothing.

use super::lexicon::STOPWORDS;
use super::tokens::{Token, TokenKind};

/// What is counted or measured, as far as the number itself tells.
#[derive(Clone, Debug, PartialEq)]
pub enum QuantityKind {
    Count,
    Ordinal,
    Year,
    Percent,
    /// A change of a share, in percentage points: `three percentage points`, `300 basis
    /// points` (3).
    Points,
    /// A currency code (`USD`, `EUR`, `GBP`) or symbol as written.
    Money(String),
    /// A score out of a whole: `42/100`, `6 out of 10` (the denominator).
    Ratio(u64),
    /// A result of a match or a vote, the first side's tally as the value and the second's
    /// here: `won 3-1`, `6-4, 3-6`, `voted 312 to 290`, `ruled two to one`.
    Score(u64),
    /// A day or span of days (value: first day since 1970-01-01; see `text::dates`).
    Date,
    /// A time of day (value: minutes after midnight): `3 p.m.`, `14:30`.
    TimeOfDay,
    /// A length of time, in days: `19 days`, `nearly three weeks` (21), `72 hours` (3). The
    /// unit word stays outside the figure, as the word of what it counts.
    Duration,
    /// A day or month written without its year (`on March 21`, `in October`): value and
    /// span are days in the year 2000, a leap year, so that 29 February has a place.
    YearlessDate,
}

impl QuantityKind {
    /// A day, month, year or time of day: a point or span in time, which says little of what
    /// it is about.
    pub fn is_time(&self) -> bool {
        matches!(
            self,
            QuantityKind::Date
                | QuantityKind::YearlessDate
                | QuantityKind::Year
                | QuantityKind::TimeOfDay
        )
    }
}

/// How the text bounds the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    Exact,
    Approx,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
}

/// One quantity, with the tokens it was read from (comparators included).
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub value: f64,
    /// Length of the span above `value` (days for dates, 0 for plain numbers).
    pub span: f64,
    pub kind: QuantityKind,
    pub bound: Bound,
    /// Token range `first..end` in the sentence.
    pub first: usize,
    pub end: usize,
}

/// How a source quantity bears on a claim quantity of the same kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// The source's value lies within what the claim says.
    Agrees,
    /// The two cannot both be true.
    Conflicts,
    /// They overlap without one implying the other (claim "30", source "around 30").
    Undecided,
}

const UNITS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("dozen", 12.0),
];

const ORDINALS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("twentieth", 20.0),
    ("hundredth", 100.0),
];

const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("m", 1e6),
    ("bn", 1e9),
];

const CURRENCY_SYMBOLS: &[(&str, &str)] = &[("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY")];
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
];

/// Wholes that scores are given out of (`6/10`, `3.5 out of 4 stars`, `78/100`): such a part
/// of a whole is a score, not a count of anything.
const SCORE_SCALES: &[u64] = &[4, 5, 10, 20, 100];

/// Verbs after which `over` is a preposition, not a comparator: `averaged over 100 critics`.
const OVER_AS_PREPOSITION: &[&str] = &[
    "averaged", "average", "spread", "split", "divided", "fought", "argued",
];

/// Comparator phrases before a number, longest first.
const COMPARATORS: &[(&[&str], Bound)] = &[
    (&["no", "more", "than"], Bound::AtMost),
    (&["not", "more", "than"], Bound::AtMost),
    (&["no", "fewer", "than"], Bound::AtLeast),
    (&["no", "less", "than"], Bound::AtLeast),
    (&["in", "excess", "of"], Bound::MoreThan),
    (&["a", "maximum", "of"], Bound::AtMost),
    (&["a", "minimum", "of"], Bound::AtLeast),
    (&["maximum", "of"], Bound::AtMost),
    (&["minimum", "of"], Bound::AtLeast),
    (&["upwards", "of"], Bound::MoreThan),
    (&["a", "little", "more", "than"], Bound::MoreThan),
    (&["slightly", "more", "than"], Bound::MoreThan),
    (&["a", "little", "over"], Bound::MoreThan),
    (&["slightly", "over"], Bound::MoreThan),
    (&["a", "little", "under"], Bound::LessThan),
    (&["slightly", "under"], Bound::LessThan),
    (&["slightly", "less", "than"], Bound::LessThan),
    (&["just", "over"], Bound::MoreThan),
    (&["well", "over"], Bound::MoreThan),
    (&["just", "under"], Bound::LessThan),
    (&["as", "many", "as"], Bound::AtMost),
    (&["as", "much", "as"], Bound::AtMost),
    (&["close", "to"], Bound::Approx),
    (&["more", "than"], Bound::MoreThan),
    (&["greater", "than"], Bound::MoreThan),
    (&["higher", "than"], Bound::MoreThan),
    (&["lower", "than"], Bound::LessThan),
    (&["fewer", "than"], Bound::LessThan),
    (&["less", "than"], Bound::LessThan),
    (&["at", "least"], Bound::AtLeast),
    (&["at", "most"], Bound::AtMost),
    (&["up", "to"], Bound::AtMost),
    (&["an", "estimated"], Bound::Approx),
    (&["over"], Bound::MoreThan),
    (&["above"], Bound::MoreThan),
    (&["exceeding"], Bound::MoreThan),
    // A verb that says a figure was passed says how big it is: `exceeded 1.6 million`.
    (&["exceed"], Bound::MoreThan),
    (&["exceeds"], Bound::MoreThan),
    (&["exceeded"], Bound::MoreThan),
    (&["surpass"], Bound::MoreThan),
    (&["surpasses"], Bound::MoreThan),
    (&["surpassed"], Bound::MoreThan),
    (&["surpassing"], Bound::MoreThan),
    (&["under"], Bound::LessThan),
    (&["below"], Bound::LessThan),
    (&["nearly"], Bound::Approx),
    (&["almost"], Bound::Approx),
    (&["around"], Bound::Approx),
    (&["about"], Bound::Approx),
    (&["approximately"], Bound::Approx),
    (&["roughly"], Bound::Approx),
    (&["some"], Bound::Approx),
    (&["circa"], Bound::Approx),
    (&["~"], Bound::Approx),
];

fn lookup(table: &[(&str, f64)], w: &str) -> Option<f64> {
    table.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

fn parse_digits(text: &str) -> Option<(f64, bool)> {
    let ordinal = ["st", "nd", "rd", "th"].iter().any(|s| text.ends_with(s));
    let digits = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let plain: String = digits.chars().filter(|c| *c != ',').collect();
    plain.parse::<f64>().ok().map(|v| (v, ordinal))
}

/// Is `w` (lower case) a number written as a word, cardinal or ordinal (`six`, `tenth`)?
pub fn is_number_word(w: &str) -> bool {
    is_cardinal_word(w) || lookup(ORDINALS, w).is_some()
}

/// Is `w` (lower case) a cardinal number word (`one` … `ninety`, `hundred`)?
pub fn is_cardinal_word(w: &str) -> bool {
    w != "zero" && lookup(UNITS, w).is_some() || w == "hundred"
}

/// Reads a number word sequence starting at `i` (`twenty-five`, `two hundred`, `half a dozen`).
fn number_words(tokens: &[Token], i: usize) -> Option<(f64, usize, bool)> {
    let w = tokens.get(i)?.lower.as_str();
    if tokens[i].kind != TokenKind::Word {
        return None;
    }
    // half a dozen / half dozen / a dozen
    if w == "half" {
        let mut j = i + 1;
        if tokens.get(j).is_some_and(|t| t.lower == "a") {
            j += 1;
        }
        if tokens.get(j).is_some_and(|t| t.lower == "dozen") {
            return Some((6.0, j + 1, false));
        }
        return None;
    }
    if w == "a" && tokens.get(i + 1).is_some_and(|t| t.lower == "dozen") {
        return Some((12.0, i + 2, false));
    }
    // `a fortnight`: one of it (the unit stays the counted word, read as a length of time).
    if matches!(w, "a" | "one") && tokens.get(i + 1).is_some_and(|t| t.lower == "fortnight") {
        return Some((1.0, i + 1, false));
    }
    // `a thousand`, `a million copies`: one of the scale (not `a m`, a letter).
    if matches!(w, "a" | "an")
        && let Some(scale) = tokens
            .get(i + 1)
            .filter(|t| {
                matches!(
                    t.lower.as_str(),
                    "hundred" | "thousand" | "million" | "billion" | "trillion"
                )
            })
            .and_then(|t| lookup(SCALES, &t.lower))
    {
        let mut value = scale;
        let mut j = i + 2;
        while let Some(more) = tokens.get(j).and_then(|t| lookup(SCALES, &t.lower)) {
            if more < 1e3 {
                break;
            }
            value *= more;
            j += 1;
        }
        return Some((value, j, false));
    }
    if let Some(v) = lookup(ORDINALS, w) {
        return Some((v, i + 1, true));
    }
    // `fifth-highest`, `third-largest`: a rank among the most of something.
    if let Some((rank, most)) = w.split_once('-')
        && most.len() > 4
        && most.ends_with("est")
        && let Some(v) = lookup(ORDINALS, rank).or_else(|| {
            parse_digits(rank)
                .filter(|&(_, ordinal)| ordinal)
                .map(|(v, _)| v)
        })
    {
        return Some((v, i + 1, true));
    }
    // `two-and-a-half`: one token.
    if let Some((whole, fraction)) = w.split_once("-and-a-").and_then(|(a, b)| {
        Some((
            lookup(UNITS, a)?,
            lookup(&[("half", 0.5), ("quarter", 0.25)], b)?,
        ))
    }) {
        return Some((whole + fraction, i + 1, false));
    }
    let mut value;
    if let Some((a, b)) = w.split_once('-') {
        let (x, y) = (lookup(UNITS, a)?, lookup(UNITS, b)?);
        value = x + y;
    } else {
        value = lookup(UNITS, w)?;
    }
    let mut j = i + 1;
    while let Some(scale) = tokens.get(j).and_then(|t| lookup(SCALES, &t.lower)) {
        if scale < 1e3 && tokens[j].lower != "hundred" {
            break;
        }
        value *= scale;
        j += 1;
    }
    Some((value, j, false))
}

/// Finds the quantities of a tokenised sentence.
pub fn extract_quantities(tokens: &[Token]) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let mut currency: Option<String> = None;
        let mut start = i;
        let mut k = i;
        if let Some((_, code)) = CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == t.text) {
            currency = Some(code.to_string());
            k = i + 1;
        }
        if let Some((share, end)) = fraction_share(tokens, i) {
            // A fraction in words is a round figure: `a third` for 34%.
            let (bound, n) = comparator_before(tokens, i).unwrap_or((Bound::Approx, 0));
            out.push(Quantity {
                value: share,
                span: 0.0,
                kind: QuantityKind::Percent,
                bound,
                first: i - n,
                end,
            });
            i = end;
            continue;
        }
        if let Some((least, top, end)) = vague_count(tokens, i) {
            let (bound, n) = comparator_before(tokens, i).unwrap_or((Bound::Exact, 0));
            out.push(Quantity {
                value: least,
                span: top - least - 1.0,
                kind: QuantityKind::Count,
                bound,
                first: i - n,
                end,
            });
            i = end;
            continue;
        }
        let parsed = match tokens.get(k) {
            Some(n) if n.kind == TokenKind::Number => {
                parse_digits(&n.lower).map(|(v, ord)| (v, k + 1, ord))
            }
            Some(_) => number_words(tokens, k),
            None => None,
        };
        let Some((mut value, mut end, ordinal)) = parsed else {
            i += 1;
            continue;
        };
        // "one of the …", "no one", "one another" are not counts.
        let word = tokens[k].lower.as_str();
        if word == "one"
            && (tokens
                .get(end)
                .is_some_and(|t| t.lower == "of" || t.lower == "another")
                || k > 0 && tokens[k - 1].lower == "no")
        {
            i = end;
            continue;
        }
        // `two and a half`, `3 and a quarter million`: the fraction belongs to the figure,
        // and a scale word after it scales both. Not after a scale (`two million and a half`
        // is rare and ambiguous).
        if end == k + 1
            && let Some((fraction, len)) = and_a_fraction(tokens, end)
        {
            value += fraction;
            end += len;
            while let Some(scale) = tokens.get(end).and_then(|t| lookup(SCALES, &t.lower)) {
                value *= scale;
                end += 1;
            }
        }
        // `6.2+ million`, `500+ games`: at least that many.
        let plus =
            tokens[k].kind == TokenKind::Number && tokens.get(end).is_some_and(|t| t.text == "+");
        if plus {
            end += 1;
        }
        // Scale words after digits: 72 million, 3.5bn
        if tokens[k].kind == TokenKind::Number {
            while let Some(scale) = tokens.get(end).and_then(|t| lookup(SCALES, &t.lower)) {
                value *= scale;
                end += 1;
            }
        }
        let mut kind = if ordinal {
            QuantityKind::Ordinal
        } else {
            QuantityKind::Count
        };
        // 42/100, 42 out of 100, 10 of 16 games (a whole, not a count of its own)
        let denominator_at = if tokens.get(end).is_some_and(|t| t.text == "/") {
            Some(end + 1)
        } else if tokens.get(end).is_some_and(|t| t.lower == "out")
            && tokens.get(end + 1).is_some_and(|t| t.lower == "of")
        {
            Some(end + 2)
        } else if tokens.get(end).is_some_and(|t| t.lower == "of")
            && tokens[k].kind == TokenKind::Number
            && tokens
                .get(end + 2)
                .is_some_and(|t| t.is_word() && !t.is_capitalized())
        {
            Some(end + 1)
        } else {
            None
        };
        // The whole may be written in words (`four out of five`), but not scaled.
        let whole = denominator_at.and_then(|d| match tokens.get(d) {
            Some(t) if t.kind == TokenKind::Number => parse_digits(&t.lower).map(|p| (p, d + 1)),
            Some(_) => number_words(tokens, d)
                .filter(|&(_, e, _)| e == d + 1)
                .map(|(v, e, ordinal)| ((v, ordinal), e)),
            None => None,
        });
        if let Some(((den, false), after)) = whole
            && den >= 1.0
            && den.fract() == 0.0
        {
            kind = QuantityKind::Ratio(den as u64);
            end = after;
        }
        if let Some(c) = currency.take() {
            kind = QuantityKind::Money(c);
        } else if matches!(kind, QuantityKind::Ratio(_)) {
        } else if let Some(next) = tokens.get(end) {
            if next.text == "%" || next.lower == "percent" {
                kind = QuantityKind::Percent;
                end += 1;
            } else if next.lower == "per" && tokens.get(end + 1).is_some_and(|t| t.lower == "cent")
            {
                kind = QuantityKind::Percent;
                end += 2;
            } else if let Some((per, len)) = points_unit(tokens, end) {
                kind = QuantityKind::Points;
                value *= per;
                end += len;
            } else if let Some((_, code)) = CURRENCY_WORDS.iter().find(|(w, _)| *w == next.lower) {
                kind = QuantityKind::Money(code.to_string());
                end += 1;
            }
        }
        if kind == QuantityKind::Count
            && tokens[k].kind == TokenKind::Number
            && is_year_like(tokens, k, end)
        {
            kind = QuantityKind::Year;
        } else if kind == QuantityKind::Count && value.fract() == 0.0 && is_label(tokens, k, end) {
            kind = QuantityKind::Ordinal;
        }
        // Comparator before the number (or before the currency symbol).
        let mut bound = Bound::Exact;
        if let Some((b, n)) = comparator_before(tokens, start)
            && !over_a_period(tokens, start, n, end)
        {
            bound = b;
            start -= n;
        }
        if plus && bound == Bound::Exact {
            bound = Bound::AtLeast;
        }
        out.push(Quantity {
            value,
            span: 0.0,
            kind,
            bound,
            first: start,
            end,
        });
        i = end;
    }
    share_units_in_pairs(tokens, &mut out);
    join_scores(tokens, &mut out);
    join_compound_durations(tokens, &mut out);
    read_durations(tokens, &mut out);
    out
}

/// Words that say two tallies joined by `-` or `to` are a result: of a match (`beat`, `won`,
/// `sets`) or of a vote (`voted`, `ruled`, `majority`).
const RESULT_WORDS: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "won",
    "win",
    "wins",
    "winning",
    "victory",
    "defeated",
    "defeat",
    "lost",
    "lose",
    "loses",
    "losing",
    "drew",
    "draw",
    "score",
    "scoreline",
    "sets",
    "voted",
    "vote",
    "votes",
    "ruled",
    "ruling",
    "majority",
    "verdict",
    "decision",
    "margin",
    "passed",
    "approved",
    "rejected",
    "backed",
];

/// Two counts that make one result (see [`QuantityKind::Score`]): `6-4` written as one (no
/// spaces) with the first at least the second, in a list of such pairs (`6-4, 3-6`), or
/// after a word of a result; `312 to 290` only after a word of a vote or match, never after
/// `from` (`from 3 to 5` is a move). A range (`aged 18-25`) stays two counts.
fn join_scores(tokens: &[Token], out: &mut Vec<Quantity>) {
    let tally = |q: &Quantity| {
        q.kind == QuantityKind::Count
            && q.bound == Bound::Exact
            && q.value.fract() == 0.0
            && q.value >= 0.0
            && q.end == q.first + 1
    };
    // One of `words` among the six tokens before `at`.
    let said_before = |at: usize, words: &[&str]| {
        (at.saturating_sub(6)..at).any(|k| words.contains(&tokens[k].lower.as_str()))
    };
    let joins = |x: usize, y: usize| {
        tokens.get(x).zip(tokens.get(y)).is_some_and(|(a, b)| {
            b.start == a.end
                && (matches!(b.text.as_str(), "-" | "–") || a.text == "-" || a.text == "–")
        })
    };
    let dashed = |a: &Quantity, b: &Quantity| {
        b.first == a.end + 1
            && matches!(tokens[a.end].text.as_str(), "-" | "–")
            && joins(a.first, a.end)
            && joins(a.end, b.first)
            && a.value < 100.0
            && b.value < 100.0
            // Not a part of a record of three (`7-3-1`).
            && !(joins(b.first, b.end) && joins(b.end, b.end + 1))
            && !(a.first >= 2 && joins(a.first - 1, a.first) && joins(a.first - 2, a.first - 1))
    };
    // `lost 1-2`: the side named first may have the fewer.
    const LOSS_WORDS: &[&str] = &[
        "lost", "lose", "loses", "losing", "defeat", "defeated", "beaten",
    ];
    // `nine votes to six`: the tally's word between.
    let tally_word = |a: &Quantity| {
        matches!(
            tokens.get(a.end).map(|t| t.lower.as_str()),
            Some("votes" | "goals" | "points" | "seats" | "sets" | "games")
        )
    };
    let pairs: Vec<bool> = (0..out.len().saturating_sub(1))
        .map(|i| tally(&out[i]) && tally(&out[i + 1]) && dashed(&out[i], &out[i + 1]))
        .collect();
    let listed = |i: usize| {
        // Another dashed pair right before or after, across a comma.
        (i >= 2 && pairs[i - 2] && out[i - 1].end + 1 == out[i].first)
            || (pairs.get(i + 2).copied().unwrap_or(false)
                && out[i + 1].end + 1 == out[i + 2].first)
    };
    let mut i = 0;
    let mut joined = Vec::with_capacity(out.len());
    while i < out.len() {
        // `by a margin of more than two to one`, `nearly three to one`: a bounded proportion,
        // kept as a result with one on its second side (compared as a ratio).
        let proportion = i + 1 < out.len() && {
            let (a, b) = (&out[i], &out[i + 1]);
            a.kind == QuantityKind::Count
                && a.bound != Bound::Exact
                && a.value > 1.0
                && tally(b)
                && b.value == 1.0
                && b.first == a.end + 1
                && tokens[a.end].lower == "to"
        };
        let is_score = proportion
            || i + 1 < out.len() && {
                let (a, b) = (&out[i], &out[i + 1]);
                if pairs[i] {
                    a.value >= b.value || listed(i) || said_before(a.first, LOSS_WORDS)
                } else {
                    let to_at = a.end + usize::from(tally_word(a));
                    tally(a)
                        && tally(b)
                        && b.first == to_at + 1
                        && tokens[to_at].lower == "to"
                        && a.value >= b.value
                        && said_before(a.first, RESULT_WORDS)
                        && !(a.first > 0 && tokens[a.first - 1].lower == "from")
                }
            };
        if is_score {
            let (a, b) = (&out[i], &out[i + 1]);
            joined.push(Quantity {
                kind: QuantityKind::Score(b.value as u64),
                end: b.end,
                ..a.clone()
            });
            i += 2;
        } else {
            joined.push(out[i].clone());
            i += 1;
        }
    }
    *out = joined;
}

/// `and a half` / `and a quarter` at `at`: the fraction and its length in tokens.
fn and_a_fraction(tokens: &[Token], at: usize) -> Option<(f64, usize)> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    if word(at) != "and" || !matches!(word(at + 1), "a" | "an") {
        return None;
    }
    let fraction = match word(at + 2) {
        "half" => 0.5,
        "quarter" => 0.25,
        _ => return None,
    };
    Some((fraction, 3))
}

/// Days in one of the unit of time `word` names (`weeks`, `hour`), if it names one.
pub fn days_in(word: &str) -> Option<f64> {
    let singular = word.strip_suffix('s').unwrap_or(word);
    TIME_UNITS
        .iter()
        .find(|(u, _)| *u == singular)
        .map(|&(_, days)| days)
}

/// What a unit of measure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dimension {
    Length,
    Mass,
    Area,
    Volume,
    Power,
}

/// A unit of measure `word` names (`metres`, `km`, `tonnes`), with how many of the
/// dimension's base unit one of it holds: `40 centimetres` is no `40 metres`, and `4
/// kilometres` is `4,000 metres`. Only units news writes without ambiguity: `pound` may
/// be money, `ton` a short or a long one.
pub fn measure_unit(word: &str) -> Option<(Dimension, f64)> {
    let w = word.to_lowercase();
    let singular = match w.as_str() {
        "feet" => "foot",
        "km" | "cm" | "mm" | "kg" | "mw" | "gw" | "kw" | "ha" => w.as_str(),
        _ => w
            .strip_suffix("es")
            .filter(|b| b.ends_with("inch"))
            .unwrap_or_else(|| w.strip_suffix('s').unwrap_or(&w)),
    };
    use Dimension::*;
    let unit = match singular {
        "millimetre" | "millimeter" | "mm" => (Length, 0.001),
        "centimetre" | "centimeter" | "cm" => (Length, 0.01),
        "metre" | "meter" => (Length, 1.0),
        "kilometre" | "kilometer" | "km" => (Length, 1000.0),
        "inch" => (Length, 0.0254),
        "foot" => (Length, 0.3048),
        "yard" => (Length, 0.9144),
        "mile" => (Length, 1609.344),
        "gram" | "gramme" => (Mass, 0.001),
        "kilogram" | "kilogramme" | "kilo" | "kg" => (Mass, 1.0),
        "tonne" => (Mass, 1000.0),
        "hectare" | "ha" => (Area, 10_000.0),
        "acre" => (Area, 4046.856),
        "millilitre" | "milliliter" => (Volume, 0.001),
        "litre" | "liter" => (Volume, 1.0),
        "kilowatt" | "kw" => (Power, 1.0),
        "megawatt" | "mw" => (Power, 1000.0),
        "gigawatt" | "gw" => (Power, 1_000_000.0),
        _ => return None,
    };
    Some(unit)
}

/// A word that may stand between a figure and its unit of time: `107 consecutive weeks`,
/// `106 non-consecutive weeks`.
pub fn in_a_row(word: &str) -> bool {
    word.ends_with("consecutive") || matches!(word, "straight" | "successive")
}

/// Days in one of a unit of time, by its singular.
const TIME_UNITS: &[(&str, f64)] = &[
    ("second", 1.0 / 86_400.0),
    ("minute", 1.0 / 1_440.0),
    ("hour", 1.0 / 24.0),
    ("day", 1.0),
    ("week", 7.0),
    ("fortnight", 14.0),
];

/// `19 days`, `nearly three weeks`, `a 12-hour limit`, `107 consecutive weeks`: a count of a
/// unit of time is a length of time, in days, so that `three weeks` and `21 days` are one
/// figure. Months and years are no exact number of days (`three months` is not `90 days`
/// to the day, nor to a tenth): they stay counts of their unit.
fn read_durations(tokens: &[Token], out: &mut [Quantity]) {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    for q in out.iter_mut().filter(|q| q.kind == QuantityKind::Count) {
        let at = if word(q.end) == "-" || in_a_row(word(q.end)) {
            q.end + 1
        } else {
            q.end
        };
        let Some(days) = days_in(word(at)) else {
            continue;
        };
        q.kind = QuantityKind::Duration;
        q.value *= days;
        q.span *= days;
    }
}

/// The unit of a change of a share at `at`, if any: percentage points (`percentage points`,
/// `points` after a share is no unit here) or basis points (`basis points`, `bps`), as the
/// factor to percentage points and the unit's length in tokens.
fn points_unit(tokens: &[Token], at: usize) -> Option<(f64, usize)> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let point = |k: usize| matches!(word(k), "point" | "points");
    match word(at) {
        "percentage" if point(at + 1) => Some((1.0, 2)),
        "basis" if point(at + 1) => Some((0.01, 2)),
        "bps" | "bp" => Some((0.01, 1)),
        _ => None,
    }
}

/// `three hours and 12 minutes` is one length, 3.2 hours: the smaller unit's figure joins the
/// larger's (and counts nothing of its own), so that `more than three hours` agrees and a
/// claim's `14 minutes` is not compared with the 12.
fn join_compound_durations(tokens: &[Token], out: &mut Vec<Quantity>) {
    // (larger unit, smaller unit, how many of the smaller make one larger)
    const UNITS: &[(&str, &str, f64)] = &[
        ("hour", "minute", 60.0),
        ("minute", "second", 60.0),
        ("day", "hour", 24.0),
        ("week", "day", 7.0),
        ("year", "month", 12.0),
    ];
    let unit_at = |k: usize| {
        tokens
            .get(k)
            .map(|t| t.lower.trim_end_matches('s').to_string())
    };
    let mut i = 0;
    while i + 1 < out.len() {
        let (a, b) = (&out[i], &out[i + 1]);
        let counts = a.kind == QuantityKind::Count && b.kind == QuantityKind::Count;
        let joined = b.first == a.end + 2 && tokens[a.end + 1].lower == "and";
        let pair = (unit_at(a.end), unit_at(b.end));
        let per = UNITS.iter().find_map(|(big, small, n)| {
            (pair.0.as_deref() == Some(*big) && pair.1.as_deref() == Some(*small)).then_some(*n)
        });
        // The span stays the larger figure's, so that its unit word still says what it
        // counts.
        let small = b.value;
        match per {
            Some(n) if counts && joined && small < n => {
                out[i].value += small / n;
                out.remove(i + 1);
            }
            _ => i += 1,
        }
    }
}

/// `to 312 million euros from 381 million`, `between $5 million and 7 million`: a bare
/// scaled figure paired with an amount of money or a share is of the same unit. Only a figure
/// with a scale word (`million`) and nothing counted after it: `$5 million and 300 jobs` stays
/// a count.
fn share_units_in_pairs(tokens: &[Token], out: &mut [Quantity]) {
    const JOINS: &[&str] = &["from", "to", "and", "or", "versus", "vs"];
    let scaled = |q: &Quantity| {
        q.kind == QuantityKind::Count
            && q.end > q.first + 1
            && lookup(SCALES, &tokens[q.end - 1].lower).is_some()
            && !tokens.get(q.end).is_some_and(|t| {
                t.is_word() && !t.is_capitalized() && !JOINED_AFTER.contains(&t.lower.as_str())
            })
    };
    for i in 0..out.len().saturating_sub(1) {
        let (a, b) = (&out[i], &out[i + 1]);
        let joined = b.first == a.end + 1 && JOINS.contains(&tokens[a.end].lower.as_str());
        if !joined {
            continue;
        }
        if unit(a) && scaled(b) {
            out[i + 1].kind = out[i].kind.clone();
        } else if unit(b) && scaled(a) {
            out[i].kind = out[i + 1].kind.clone();
        }
    }
    // `14.2 billion euros last year, down from 16.9 billion`: the figure a move starts from
    // is of the unit of the last figure before it that is no time.
    for i in 1..out.len() {
        let words = |k: usize| {
            out[i]
                .first
                .checked_sub(k)
                .map(|j| tokens[j].lower.as_str())
        };
        let moved_from = words(1) == Some("from") && matches!(words(2), Some("up" | "down"));
        if !moved_from || !scaled(&out[i]) {
            continue;
        }
        if let Some(j) = (0..i).rev().find(|&j| !out[j].kind.is_time())
            && unit(&out[j])
        {
            out[i].kind = out[j].kind.clone();
        }
    }
}

fn unit(q: &Quantity) -> bool {
    matches!(q.kind, QuantityKind::Money(_) | QuantityKind::Percent)
}

/// Words that may follow a bare paired figure without being what it counts.
const JOINED_AFTER: &[&str] = &["a", "in", "the", "last", "this", "from", "to", "and", "or"];

/// The comparator phrase that ends right before token `start`, and its length.
fn comparator_before(tokens: &[Token], start: usize) -> Option<(Bound, usize)> {
    COMPARATORS.iter().find_map(|(words, b)| {
        let n = words.len();
        let found = start >= n
            && tokens[start - n..start]
                .iter()
                .zip(words.iter())
                .all(|(t, w)| t.lower == *w)
            && !(words == &["over"]
                && start >= 2
                && OVER_AS_PREPOSITION.contains(&tokens[start - 2].lower.as_str()));
        found.then_some((*b, n))
    })
}

/// `invest $600 million over eight years`, `fell 4% over the past three months`: `over` a
/// length of time says during it, not more than it. (`for over 30 years`, `of over two
/// hours` say more than.)
fn over_a_period(tokens: &[Token], start: usize, n: usize, end: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let unit = if word(end) == "-" {
        word(end + 1)
    } else {
        word(end)
    };
    let period = days_in(unit).is_some()
        || matches!(
            unit.strip_suffix('s').unwrap_or(unit),
            "month" | "year" | "decade" | "century" | "season"
        );
    let before = start.checked_sub(n + 1).map_or("", |k| word(k));
    n == 1
        && word(start - 1) == "over"
        && period
        && !matches!(
            before,
            "for" | "of" | "after" | "in" | "than" | "aged" | "lasting"
        )
}

/// Plural scale words that give an order of magnitude: `thousands of people` are at least
/// two thousand and fewer than a million.
const VAGUE_SCALES: &[(&str, f64)] = &[
    ("dozens", 12.0),
    ("hundreds", 100.0),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
];

/// `thousands of`, `tens of thousands of`, `hundreds of millions of`: the least and the
/// greatest count they allow, and where the words end (after `of`).
fn vague_count(tokens: &[Token], i: usize) -> Option<(f64, f64, usize)> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let of_at = |k: usize| word(k) == "of";
    if matches!(word(i), "tens" | "hundreds")
        && of_at(i + 1)
        && let Some(scale) = lookup(VAGUE_SCALES, word(i + 2)).filter(|&s| s >= 1e3)
        && of_at(i + 3)
    {
        let times = if word(i) == "tens" { 10.0 } else { 100.0 };
        return Some((2.0 * times * scale, 10.0 * times * scale, i + 4));
    }
    let scale = lookup(VAGUE_SCALES, word(i))?;
    if !of_at(i + 1) {
        return None;
    }
    // Each reaches up to the next word of scale: dozens to a hundred, hundreds to a
    // thousand, thousands to a million.
    let top = match scale {
        12.0 => 100.0,
        100.0 => 1e3,
        _ => scale * 1e3,
    };
    Some((2.0 * scale, top, i + 2))
}

/// Fractions in words, as shares out of 100.
const FRACTIONS: &[(&str, f64)] = &[
    ("half", 50.0),
    ("third", 100.0 / 3.0),
    ("thirds", 100.0 / 3.0),
    ("quarter", 25.0),
    ("quarters", 25.0),
    ("fifth", 20.0),
    ("fifths", 20.0),
];

/// A fraction in words read as a share: `half of the vote` (50%), `a third of`, `two-thirds
/// of`, `one in four adults` (25%). Without `of` only after a comparator (`nearly half`),
/// since `the second half` counts nothing. The share and where the words end.
fn fraction_share(tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let after = |end: usize| {
        if word(end) == "of" {
            Some(end + 1)
        } else {
            comparator_before(tokens, i).map(|_| end)
        }
    };
    // `one in four adults`
    if matches!(word(i), "one" | "1")
        && word(i + 1) == "in"
        && let Some(n) = lookup(UNITS, word(i + 2)).or_else(|| word(i + 2).parse::<f64>().ok())
        && (2.0..=20.0).contains(&n)
        && tokens.get(i + 3).is_some_and(Token::is_word)
    {
        return Some((100.0 / n, i + 3));
    }
    // `two-thirds`, `three-quarters`
    if let Some((count, part)) = word(i).split_once('-')
        && let (Some(c), Some(f)) = (lookup(UNITS, count), lookup(FRACTIONS, part))
    {
        return after(i + 1).map(|end| (c * f, end));
    }
    if word(i) == "half" {
        return after(i + 1).map(|end| (50.0, end));
    }
    let count = match word(i) {
        "a" | "one" => 1.0,
        w => lookup(UNITS, w).filter(|&c| (2.0..=4.0).contains(&c))?,
    };
    // `two thirds`, or `two-thirds` read as three tokens.
    let at = if word(i + 1) == "-" { i + 2 } else { i + 1 };
    let share = lookup(FRACTIONS, word(at))?;
    after(at + 1).map(|end| (count * share, end))
}

/// Verbs after which a number is a total, not a year: `cases reached 1617`, `rose to 1200`.
const TOTAL_VERBS: &[&str] = &[
    "reached",
    "reaches",
    "totalled",
    "totaled",
    "totals",
    "totalling",
    "totaling",
    "hit",
    "exceeded",
    "exceeds",
    "surpassed",
    "topped",
    "numbered",
    "stood",
    "rose",
    "climbed",
    "fell",
    "dropped",
    "increased",
    "decreased",
    "grew",
    "jumped",
    "soared",
];

/// Is the number at token `k` a total after a verb of counting (`reached 1617`, `rose to
/// 1200`, `stood at 2019`), however much it looks like a year?
pub fn is_total_after_verb(tokens: &[Token], k: usize) -> bool {
    let word = |i: usize| tokens.get(i).map(|t| t.lower.as_str());
    match k.checked_sub(1).and_then(word) {
        Some(w) if TOTAL_VERBS.contains(&w) => true,
        Some("to" | "at") => k
            .checked_sub(2)
            .and_then(word)
            .is_some_and(|w| TOTAL_VERBS.contains(&w)),
        _ => false,
    }
}

/// Words before a bare number that make it a label, not an amount: `season 2`, `number 28`.
const LABEL_NOUNS: &[&str] = &[
    "season", "chapter", "episode", "volume", "vol", "number", "no", "phase", "stage", "level",
    "round", "track", "page", "grade", "division", "tier", "channel", "route", "highway", "flight",
    "platform",
];

/// What a contest is won or lost by: after a name, a number before one of these counts it.
const TALLY_NOUNS: &[&str] = &[
    "votes", "points", "seats", "goals", "strokes", "shots", "runs", "wickets", "games", "sets",
    "lengths", "seconds", "places",
];

/// A bare whole number right after a label noun or a name (`season 2`, `number 28`,
/// `PlayStation 4`, `Boeing 767`) names which one, like an ordinal; it counts nothing.
/// A name at the start of a sentence counts too (`PlayStation 3 and …`), so that a title
/// reads alike wherever it stands; days and months do not (`Saturday 8pm`, `March 5`).
fn is_label(tokens: &[Token], k: usize, end: usize) -> bool {
    if k == 0 || end != k + 1 {
        return false;
    }
    // `Vol. 1`, `No. 5`: the abbreviation's full stop may be a token of its own.
    if tokens[k - 1].text == "." && k >= 2 && LABEL_NOUNS.contains(&tokens[k - 2].lower.as_str()) {
        return true;
    }
    // `Hartwell 6-4`: the first tally of a result, not a label.
    let dashed = tokens.get(end).is_some_and(|d| {
        matches!(d.text.as_str(), "-" | "–")
            && d.start == tokens[k].end
            && tokens
                .get(end + 1)
                .is_some_and(|n| n.kind == TokenKind::Number && n.start == d.end)
    });
    // `had put Delgado 131 votes ahead`, `gave Ruiz 12 points`: a tally after a name is
    // counted, not a label of the name.
    let tally = tokens
        .get(end)
        .is_some_and(|n| TALLY_NOUNS.contains(&n.lower.as_str()));
    let prev = &tokens[k - 1];
    let lower = prev.lower.trim_end_matches('.');
    !dashed
        && !tally
        && prev.kind == TokenKind::Word
        && (LABEL_NOUNS.contains(&lower)
            || prev.is_capitalized()
                && !STOPWORDS.contains(&lower)
                && !COMPARATORS.iter().any(|(words, _)| words.contains(&lower))
                && !super::dates::is_day_or_month_name(prev))
}

/// A bare four-digit number in 1000..=2100 not followed by a counted noun reads as a year.
fn is_year_like(tokens: &[Token], k: usize, end: usize) -> bool {
    let t = &tokens[k].lower;
    if t.len() != 4 || t.contains(',') || t.contains('.') {
        return false;
    }
    let Ok(v) = t.parse::<u32>() else {
        return false;
    };
    // `more than 1905 cases`: a year is not a bound of a comparison.
    let compared = k > 0 && tokens[k - 1].lower == "than";
    if !(1000..=2100).contains(&v) || is_total_after_verb(tokens, k) || compared {
        return false;
    }
    let prev_is_preposition = k > 0
        && matches!(
            tokens[k - 1].lower.as_str(),
            "in" | "since"
                | "by"
                | "until"
                | "from"
                | "of"
                | "year"
                | "early"
                | "late"
                | "mid"
                | "before"
                | "after"
                | "during"
                | "to"
                | "till"
        );
    let next_is_word_noun = tokens
        .get(end)
        .is_some_and(|n| n.kind == TokenKind::Word && n.lower.chars().all(|c| c.is_alphabetic()))
        && !STOPWORDS.contains(&tokens[end].lower.as_str());
    prev_is_preposition || !next_is_word_noun
}

impl Quantity {
    /// The quantity as an interval `(low, high, low_open, high_open)`.
    fn interval(&self) -> (f64, f64, bool, bool) {
        let v = self.value;
        let last = v + self.span;
        // A count is about so many give or take one; a length of time (in days) is not
        // give or take a day.
        let tolerance = if self.kind == QuantityKind::Duration {
            v.abs() * 0.1
        } else {
            (v.abs() * 0.1).max(1.0)
        };
        match self.bound {
            Bound::Exact => (v, last, false, false),
            Bound::Approx => (v - tolerance, last + tolerance, false, false),
            Bound::MoreThan => (last, f64::INFINITY, true, false),
            Bound::AtLeast => (v, f64::INFINITY, false, false),
            Bound::LessThan => (f64::NEG_INFINITY, v, false, true),
            Bound::AtMost => (f64::NEG_INFINITY, last, false, false),
        }
    }

    /// Can this quantity and `other` be about the same thing at all (same kind)? A date
    /// with its year and one without are both dates; a part of a whole (`16 out of 28`,
    /// `64/100`) is also a count (16, unless on a score scale) and, out of 100, a share (64%).
    pub fn comparable(&self, other: &Quantity) -> bool {
        use QuantityKind::{Date, Score, YearlessDate};
        self.kind == other.kind
            || matches!(
                (&self.kind, &other.kind),
                (Date, YearlessDate)
                    | (YearlessDate, Date)
                    | (Score(_), Score(_))
                    | (QuantityKind::Count, Score(_))
            )
            || self.as_kind_of(other).is_some()
            || other.as_kind_of(self).is_some()
    }

    /// This quantity read as one of `other`'s kind, where one reads as the other: a part of
    /// a whole (`16 out of 28` provinces) as a count, a score out of 100 as a share.
    fn as_kind_of(&self, other: &Quantity) -> Option<Quantity> {
        use QuantityKind::{Count, Percent, Ratio};
        match (&self.kind, &other.kind) {
            // Not scores on the usual scales: `6/10` counts no critics.
            (Ratio(whole), Count) if !SCORE_SCALES.contains(whole) => Some(Quantity {
                kind: Count,
                ..self.clone()
            }),
            (Ratio(100), Percent) => Some(Quantity {
                kind: Percent,
                ..self.clone()
            }),

            _ => None,
        }
    }

    /// How the source quantity `source` bears on this claim quantity.
    ///
    /// A claim date without its year (`in October`) is compared with the day and month of a
    /// dated source (`October 30, 2007` agrees). A claim date with its year against a source
    /// without one can conflict in day or month but never agree: the year is not stated.
    pub fn agreement(&self, source: &Quantity) -> Agreement {
        use QuantityKind::{Date, Score, YearlessDate};
        match (&self.kind, &source.kind) {
            // A bounded proportion (`more than two to one`) holds of the result's ratio.
            (Score(1), Score(b)) if self.bound != Bound::Exact && *b > 0 => {
                let ratio = Quantity {
                    value: source.value / *b as f64,
                    kind: QuantityKind::Count,
                    bound: Bound::Exact,
                    span: 0.0,
                    ..source.clone()
                };
                let own = Quantity {
                    kind: QuantityKind::Count,
                    ..self.clone()
                };
                return own.agreement(&ratio);
            }
            // A result is both its tallies, in order (`6-4, 6-3` is not `6-4, 3-6`); the same
            // tallies the other way round may be told from the other side (`defeated them
            // 3-0`, `a 0-3 home defeat`), which decides nothing.
            (Score(a), Score(b)) => {
                return if a == b && self.value == source.value {
                    Agreement::Agrees
                } else if *a as f64 == source.value && self.value == *b as f64 {
                    Agreement::Undecided
                } else {
                    Agreement::Conflicts
                };
            }
            // A count may be either tally of a result (`won by 66-63` has 66 trophies, `voted
            // five to two` two dissenters): it agrees with one, conflicts with both.
            (QuantityKind::Count, Score(against)) => {
                let tally = |value: f64| Quantity {
                    value,
                    kind: QuantityKind::Count,
                    span: 0.0,
                    ..source.clone()
                };
                let each: Vec<Agreement> = [source.value, *against as f64]
                    .into_iter()
                    .map(|v| self.agreement(&tally(v)))
                    .collect();
                return if each.contains(&Agreement::Agrees) {
                    Agreement::Agrees
                } else if each.iter().all(|a| *a == Agreement::Conflicts) {
                    Agreement::Conflicts
                } else {
                    Agreement::Undecided
                };
            }
            (YearlessDate, Date) => {
                return match super::dates::without_year(source) {
                    Some(s) => self.agreement(&s),
                    None => Agreement::Undecided,
                };
            }
            (Date, YearlessDate) => {
                return match super::dates::without_year(self).map(|c| c.agreement(source)) {
                    Some(Agreement::Conflicts) => Agreement::Conflicts,
                    _ => Agreement::Undecided,
                };
            }
            _ => {}
        }
        // `since 2002` and `since 2012` name when a state began, not a bound on one date:
        // two starts agree only as the same date. (Against a date without `since`, the start
        // is a bound: `dated since 2010` leaves `in 2016` open.)
        // So do two deadlines of a year or month (`by 2035` and `by 2030`, `until June
        // 2029`): a target said as another is another target, though meeting the one would
        // meet the other. (A day is more often where a running count stood: `by March 17`.)
        let deadline = |q: &Quantity| q.bound == Bound::AtMost && q.span >= 27.0;
        if self.kind == Date
            && source.kind == Date
            && (self.bound == Bound::AtLeast && source.bound == Bound::AtLeast
                || deadline(self) && deadline(source))
        {
            let exact = |q: &Quantity| Quantity {
                bound: Bound::Exact,
                ..q.clone()
            };
            return exact(self).agreement(&exact(source));
        }
        if self.kind != source.kind {
            if let Some(s) = source.as_kind_of(self) {
                return self.agreement(&s);
            }
            if let Some(c) = self.as_kind_of(source) {
                return c.agreement(source);
            }
        }
        let (clo, chi, clo_open, chi_open) = self.interval();
        let (slo, shi, slo_open, shi_open) = source.interval();
        let eps = 1e-9 * (1.0 + self.value.abs());
        // Equal ends (infinite ones included) compare by openness, others by value.
        let same = |a: f64, b: f64| a == b || (a - b).abs() <= eps;
        let below = |a: f64, a_open: bool, b: f64, b_open: bool| {
            if same(a, b) {
                a.is_finite() && (a_open || b_open)
            } else {
                a < b
            }
        };
        // Disjoint: the source lies entirely above or below the claim.
        if below(chi, chi_open, slo, slo_open) || below(shi, shi_open, clo, clo_open) {
            return Agreement::Conflicts;
        }
        // `about 4 kilometres` against `about 2 kilometres`: two round figures whose ranges
        // only touch are two different figures.
        // Nor are `about 6,500 hectares` and `about 5,600 hectares`: when neither figure lies
        // within the other's give-or-take, they are two figures, not one told twice.
        if self.bound == Bound::Approx
            && source.bound == Bound::Approx
            && (same(chi, slo)
                || same(shi, clo)
                || !(slo..=shi).contains(&self.value) && !(clo..=chi).contains(&source.value))
        {
            return Agreement::Conflicts;
        }
        let lo_inside = if same(clo, slo) {
            !clo_open || slo_open
        } else {
            clo < slo
        };
        let hi_inside = if same(chi, shi) {
            !chi_open || shi_open
        } else {
            chi > shi
        };
        if lo_inside && hi_inside {
            Agreement::Agrees
        } else if source
            .implied_ceiling()
            .is_some_and(|top| clo > top || same(clo, top))
            || source
                .implied_floor()
                .is_some_and(|bottom| chi < bottom || same(chi, bottom))
        {
            Agreement::Conflicts
        } else {
            Agreement::Undecided
        }
    }

    /// The value a lower bound implies is not reached: a writer who says "over 913,000"
    /// would have said "over 920,000" had the figure reached it, so the figure is below
    /// 914,000. Used only to contradict a claim that needs the figure at or beyond that
    /// ceiling, never to support one: an implicature may block a claim but never certify it.
    fn implied_ceiling(&self) -> Option<f64> {
        let step = self.significant_step()?;
        matches!(self.bound, Bound::MoreThan | Bound::AtLeast).then_some(self.value + step)
    }

    /// The mirror for an upper bound: "under 700" is at least 600, "fewer than 25" more
    /// than 20.
    fn implied_floor(&self) -> Option<f64> {
        let step = self.significant_step()?;
        matches!(self.bound, Bound::LessThan | Bound::AtMost).then_some(self.value - step)
    }

    /// The unit of a whole amount's last significant digit, 5 of them when that digit is 5
    /// (913,000 → 1,000; 700 → 100; 25 → 5), for counts, money and shares only.
    fn significant_step(&self) -> Option<f64> {
        use QuantityKind::{Count, Money, Percent};
        if !matches!(self.kind, Count | Money(_) | Percent)
            || self.value <= 0.0
            || self.value.fract() != 0.0
        {
            return None;
        }
        let mut unit = 1.0;
        let mut rest = self.value;
        while rest >= 10.0 && rest % 10.0 == 0.0 {
            rest /= 10.0;
            unit *= 10.0;
        }
        if rest % 10.0 == 5.0 {
            unit *= 5.0;
        }
        Some(unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn q(s: &str) -> Vec<Quantity> {
        extract_quantities(&tokenize(s))
    }

    fn one(s: &str) -> Quantity {
        let mut v = q(s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v.remove(0)
    }

    #[test]
    fn two_round_figures_apart_are_two_figures() {
        let claim = one("about 7,400 acres");
        assert_eq!(
            claim.agreement(&one("about 6,600 acres")),
            Agreement::Conflicts
        );
        // Within each other's give-or-take, they may be one figure told twice.
        assert_eq!(
            claim.agreement(&one("about 7,100 acres")),
            Agreement::Undecided
        );
        assert_ne!(
            one("roughly 31 boats").agreement(&one("about 30 boats")),
            Agreement::Conflicts
        );
    }

    #[test]
    fn a_scale_word_after_an_article_is_one_of_it() {
        assert_eq!(one("over a thousand sold").value, 1e3);
        assert_eq!(one("over a thousand sold").bound, Bound::MoreThan);
        assert_eq!(one("a hundred thousand fans").value, 1e5);
        assert_eq!(
            one("less than a thousand").agreement(&one("over a thousand")),
            Agreement::Conflicts
        );
        // `a m` is a letter, not a million.
        assert!(q("a m of rope").is_empty());
    }

    #[test]
    fn reads_words_digits_scales_and_money() {
        assert_eq!(one("half a dozen countries").value, 6.0);
        assert_eq!(one("merely half dozen countries").value, 6.0);
        assert_eq!(one("twenty-five regions").value, 25.0);
        assert_eq!(one("30,000 soldiers").value, 30000.0);
        let m = one("more than $73 million in aid");
        assert_eq!(
            (m.value, m.kind.clone(), m.bound),
            (73e6, QuantityKind::Money("USD".into()), Bound::MoreThan)
        );
        assert_eq!(one("the sixth country").kind, QuantityKind::Ordinal);
        let rank = one("the fifth-highest scorer");
        assert_eq!((rank.kind, rank.value), (QuantityKind::Ordinal, 5.0));
        assert!(q("the best-selling album").is_empty());
        assert_eq!(one("rose 12% last year").kind, QuantityKind::Percent);
        assert_eq!(one("elected in 1998 as").kind, QuantityKind::Year);
        assert_eq!(one("2024 was a year").kind, QuantityKind::Year);
        assert_eq!(one("1500 troops").kind, QuantityKind::Count);
        assert_eq!(
            one("more than 1905 COVID-19 cases").kind,
            QuantityKind::Count
        );
        assert_eq!(one("a rating lower than 30% on").bound, Bound::LessThan);
        assert_eq!(one("in excess of $5 million").bound, Bound::MoreThan);
        assert_eq!(one("no more than 12 people").bound, Bound::AtMost);
        let r = one("a score of 42 out of 100 from critics");
        assert_eq!((r.value, r.kind), (42.0, QuantityKind::Ratio(100)));
        assert_eq!(
            one("scored more than 41/100").kind,
            QuantityKind::Ratio(100)
        );
        let part = one("he played 10 of 16 games");
        assert_eq!((part.value, part.kind), (10.0, QuantityKind::Ratio(16)));
        assert_eq!(one("a maximum of 25,000 people").bound, Bound::AtMost);
        let plus = one("has 6.2+ million followers");
        assert_eq!((plus.value, plus.bound), (6.2e6, Bound::AtLeast));
    }

    #[test]
    fn orders_of_magnitude_in_words_are_ranges() {
        use Agreement::{Agrees, Conflicts};
        assert_eq!(
            one("thousands of people").agreement(&one("3,000 people")),
            Agrees
        );
        assert_eq!(
            one("thousands of people").agreement(&one("300 people")),
            Conflicts
        );
        assert_eq!(
            one("hundreds of homes").agreement(&one("some 4,500 homes")),
            Conflicts
        );
        assert_eq!(
            one("hundreds of homes").agreement(&one("450 homes")),
            Agrees
        );
        assert_eq!(
            one("tens of thousands of people").agreement(&one("about 30,000 people")),
            Agrees
        );
        assert_eq!(one("dozens of people").agreement(&one("60 people")), Agrees);
    }

    #[test]
    fn fractions_in_words_are_round_shares() {
        use Agreement::{Agrees, Conflicts};
        assert_eq!(one("about a third of").agreement(&one("34%")), Agrees);
        assert_eq!(one("nearly half the vote").agreement(&one("48%")), Agrees);
        assert_eq!(
            one("more than half of the vote").agreement(&one("48%")),
            Conflicts
        );
        assert_eq!(one("one in four adults").agreement(&one("25%")), Agrees);
        assert_eq!(one("a quarter of").kind, QuantityKind::Percent);
        // `the second half` counts nothing.
        assert!(
            q("in the second half")
                .iter()
                .all(|x| x.kind != QuantityKind::Percent)
        );
    }

    #[test]
    fn comparator_phrases_of_the_news() {
        assert_eq!(one("upwards of 85,000").bound, Bound::MoreThan);
        assert_eq!(one("close to 60,000").bound, Bound::Approx);
        assert_eq!(one("just under 40%").bound, Bound::LessThan);
    }

    #[test]
    fn one_of_is_not_a_count() {
        assert!(q("France is one of the countries").is_empty());
        assert!(q("no one came").is_empty());
    }

    #[test]
    fn a_lower_bound_implies_its_figure_stays_below_the_next_step() {
        let over = one("sold over 913,000 copies");
        assert_eq!(
            one("more than 925,000").agreement(&over),
            Agreement::Conflicts
        );
        assert_eq!(one("sold 950,000").agreement(&over), Agreement::Conflicts);
        // Within the step it decides nothing, and it never supports a claim.
        assert_eq!(
            one("more than 913,500").agreement(&over),
            Agreement::Undecided
        );
        assert_eq!(
            one("fewer than 925,000").agreement(&over),
            Agreement::Undecided
        );
        // A round figure leaves a round step: "over 700" is below 800, "more than 25"
        // below 30.
        assert_eq!(
            one("more than 800").agreement(&one("at over 700")),
            Agreement::Conflicts
        );
        assert_eq!(
            one("more than 790").agreement(&one("at over 700")),
            Agreement::Undecided
        );
        assert_eq!(
            one("28 regions").agreement(&one("more than 25 regions")),
            Agreement::Undecided
        );
        assert_eq!(
            one("31 regions").agreement(&one("more than 25 regions")),
            Agreement::Conflicts
        );
        // An upper bound mirrors it: "under 700" is at least 600.
        assert_eq!(
            one("fewer than 550").agreement(&one("under 700")),
            Agreement::Conflicts
        );
        assert_eq!(
            one("fewer than 650").agreement(&one("under 700")),
            Agreement::Undecided
        );
        // Dates carry no such reading: "after 2000" may be any later year.
        assert_eq!(one("after 2000").implied_ceiling(), None);
    }

    #[test]
    fn hours_and_minutes_are_one_length() {
        let lengths: Vec<f64> = q("lasted three hours and 12 minutes")
            .iter()
            .map(|x| x.value * 24.0)
            .collect();
        assert_eq!(lengths, [3.2]);
        // Two counts of different things stay two.
        assert_eq!(q("three hours and 12 people").len(), 2);
    }

    #[test]
    fn lengths_of_time_are_in_days() {
        let days = |s: &str| {
            let x = one(s);
            assert_eq!(x.kind, QuantityKind::Duration, "{s}");
            x.value
        };
        assert_eq!(days("waited 19 days"), 19.0);
        assert_eq!(days("for three weeks"), 21.0);
        assert_eq!(days("a 72-hour limit"), 3.0);
        assert_eq!(days("for 107 consecutive weeks"), 749.0);
        assert_eq!(days("106 non-consecutive weeks"), 742.0);
        // Three weeks and 21 days are one figure.
        assert_eq!(
            one("three weeks").agreement(&one("21 days")),
            Agreement::Agrees
        );
        // A length of time is not give or take a day: 37 seconds is not 50.
        assert_eq!(
            one("about 37 seconds").agreement(&one("50 seconds")),
            Agreement::Conflicts
        );
        // `over` a length of time is during it, unless after `for`.
        assert_eq!(one("spread over eight years").bound, Bound::Exact);
        assert_eq!(one("fell over three weeks").bound, Bound::Exact);
        assert_eq!(one("for over 30 years").bound, Bound::MoreThan);
        assert_eq!(one("over 30 people").bound, Bound::MoreThan);
        // A fraction after the figure is part of it, and a scale after it scales both.
        assert_eq!(days("for two and a half days"), 2.5);
        assert_eq!(days("for two-and-a-half days"), 2.5);
        assert_eq!(days("resigned a fortnight later"), 14.0);
        assert_eq!(days("about 60 hours"), 2.5);
        assert_eq!(one("3 and a quarter million people").value, 3_250_000.0);
        assert_eq!(one("one and a half").value, 1.5);
        assert_eq!(q("two million and a half").len(), 1);
        // A whole in words makes a part of it, and `Vol. 1` names a volume.
        assert_eq!(one("four out of five stars").kind, QuantityKind::Ratio(5));
        assert_eq!(one("Vol. 2 opened").kind, QuantityKind::Ordinal);
        // Months and years stay counts of their unit.
        assert_eq!(one("ten years").kind, QuantityKind::Count);
        assert_eq!(one("six months").kind, QuantityKind::Count);
    }

    #[test]
    fn basis_points_are_hundredths_of_a_percentage_point() {
        let three = one("by three percentage points");
        assert_eq!(
            (three.kind.clone(), three.value),
            (QuantityKind::Points, 3.0)
        );
        let bp = one("by 300 basis points");
        assert_eq!((bp.kind.clone(), bp.value), (QuantityKind::Points, 3.0));
        assert_eq!(three.agreement(&bp), Agreement::Agrees);
        assert_eq!(one("25 bps").value, 0.25);
        // A share is no change of a share.
        assert!(!one("3%").comparable(&three));
    }

    #[test]
    fn a_bare_scaled_figure_paired_with_money_is_money() {
        let kinds = |s: &str| q(s).into_iter().map(|x| x.kind).collect::<Vec<_>>();
        let eur = QuantityKind::Money("EUR".to_string());
        assert_eq!(
            kinds("rose to 312 million euros from 381 million a year earlier"),
            [eur.clone(), eur.clone()]
        );
        // A figure that counts something of its own stays a count.
        assert_eq!(
            kinds("cost 5 million euros and 300 jobs"),
            [eur.clone(), QuantityKind::Count]
        );
        // The figure a move started from, past a date: `up from`, `down from`.
        assert_eq!(
            kinds("reached 14.2 billion euros in 2023, down from 16.9 billion"),
            [eur.clone(), QuantityKind::Year, eur.clone()]
        );
        assert_eq!(
            kinds("reached 14.2 billion euros, compared with 16.9 billion"),
            [eur, QuantityKind::Count]
        );
    }

    #[test]
    fn parts_of_a_whole_are_counts_and_shares() {
        assert_eq!(
            one("less than 17").agreement(&one("16 out of 28")),
            Agreement::Agrees
        );
        assert_eq!(
            one("more than 64.5%").agreement(&one("64 out of 100")),
            Agreement::Conflicts
        );
        assert_eq!(one("16 out of 28").agreement(&one("16")), Agreement::Agrees);
        // Out of 10 is no percentage, and a score counts nothing.
        assert!(!one("64%").comparable(&one("6.4/10")));
        assert!(!one("24").comparable(&one("6/10")));
    }

    #[test]
    fn labels_and_totals() {
        assert_eq!(one("its season 2 finale").kind, QuantityKind::Ordinal);
        assert_eq!(
            one("on the new Gamestation 4 console").kind,
            QuantityKind::Ordinal
        );
        assert_eq!(one("peaked at number 28").kind, QuantityKind::Ordinal);
        assert_eq!(one("Some 40 people came").kind, QuantityKind::Count);
        assert_eq!(one("averaged over 100 critics").bound, Bound::Exact);
        assert_eq!(one("sold over 100 copies").bound, Bound::MoreThan);
        assert_eq!(one("Gamestation 3 and").kind, QuantityKind::Ordinal);
        assert_eq!(one("on Saturday 8 pm").kind, QuantityKind::Count);
        assert_eq!(one("the cases reached 1617, and").kind, QuantityKind::Count);
        assert_eq!(one("the toll rose to 1200.").kind, QuantityKind::Count);
        // `a little over`, `slightly under`: bounds, however slight, all their words part
        // of the figure (no claim word left to find).
        let little = one("a little over 60,000 fans");
        assert_eq!((little.bound, little.first), (Bound::MoreThan, 0));
        let slightly = one("slightly less than 5%");
        assert_eq!((slightly.bound, slightly.first), (Bound::LessThan, 0));
        // A tally after a name counts; the name's own number is still a label.
        assert_eq!(
            one("had put Delgado 131 votes ahead").kind,
            QuantityKind::Count
        );
        assert_eq!(one("a Velora 300 sedan").kind, QuantityKind::Ordinal);
    }

    #[test]
    fn units_of_measure_know_their_measure_and_size() {
        assert_eq!(
            measure_unit("kilometres"),
            Some((Dimension::Length, 1000.0))
        );
        assert_eq!(measure_unit("km"), Some((Dimension::Length, 1000.0)));
        assert_eq!(measure_unit("inches"), Some((Dimension::Length, 0.0254)));
        assert_eq!(measure_unit("feet"), Some((Dimension::Length, 0.3048)));
        assert_eq!(measure_unit("tonnes"), Some((Dimension::Mass, 1000.0)));
        assert_eq!(measure_unit("MW"), Some((Dimension::Power, 1000.0)));
        // Money and words that only look like units are none.
        assert_eq!(measure_unit("pounds"), None);
        assert_eq!(measure_unit("meters-long"), None);
        assert_eq!(measure_unit("miners"), None);
    }

    #[test]
    fn compares_intervals() {
        let claim = one("more than 25 regions");
        assert_eq!(claim.agreement(&one("26 regions")), Agreement::Agrees);
        assert_eq!(claim.agreement(&one("25 regions")), Agreement::Conflicts);
        assert_eq!(
            one("$72 million").agreement(&one("more than $73 million")),
            Agreement::Conflicts
        );
        assert_eq!(
            one("around 30 countries").agreement(&one("31 countries")),
            Agreement::Agrees
        );
        assert_eq!(
            one("30 countries").agreement(&one("around 30 countries")),
            Agreement::Undecided
        );
        assert_eq!(
            one("seven nations").agreement(&one("six nations")),
            Agreement::Conflicts
        );
        assert_eq!(
            one("six nations").agreement(&one("six nations")),
            Agreement::Agrees
        );
        assert_eq!(
            one("at least 10 people").agreement(&one("more than 12 people")),
            Agreement::Agrees
        );
        assert_eq!(
            one("more than 41/100").agreement(&one("42 out of 100")),
            Agreement::Agrees
        );
    }
}
