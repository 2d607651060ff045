//! Dates in text, as spans of days: `June 26, 1980`, `20 February 1894`, `March 2025`,
//! `2019`, and relative dates resolved against the source's own date (`last month` in a source
//! dated 2025-04-11 is March 2025; `on Thursday` is the Thursday before it).
//!
//! A date becomes a [`Quantity`] of kind [`QuantityKind::Date`] whose value is its first day
//! and whose `span` is its length, so that claims and sources compare as intervals: "in 2019"
//! is supported by "on June 5, 2019" and contradicted by "in 2018"; "after 2014" is met by
//! "2015".

use super::numbers::{Bound, Quantity, QuantityKind};
use super::tokens::{Token, TokenKind};

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// `2025-04-11` → its day number.
pub fn parse_iso_date(s: &str) -> Option<i64> {
    let mut it = s.trim().splitn(3, '-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: i64 = it.next()?.parse().ok()?;
    let d: i64 = it.next()?.get(..2)?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d))
        .then(|| days_from_civil(y, m, d))
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
];

/// Is this lower-case word a day of the week (`saturday`)?
pub fn is_weekday(lower: &str) -> bool {
    WEEKDAYS.contains(&lower)
}

/// Is this token the name of a month or a day of the week (`June`, `Sept.`, `Saturday`)?
pub fn is_day_or_month_name(t: &Token) -> bool {
    month(t).is_some() || is_weekday(&t.lower)
}

/// A capitalised month name or its abbreviation (`June`, `Jan.`, `Sept`).
fn month(t: &Token) -> Option<i64> {
    if t.kind != TokenKind::Word || !t.is_capitalized() {
        return None;
    }
    let w = t.lower.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() >= 3 && w != "may" && m.starts_with(w) && w.len() <= 4))
        .map(|i| i as i64 + 1)
}

fn number(t: Option<&Token>, max: i64) -> Option<i64> {
    let t = t?;
    if t.kind != TokenKind::Number {
        return None;
    }
    let digits = t.lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let v: i64 = digits.parse().ok()?;
    (1..=max).contains(&v).then_some(v)
}

fn year(t: Option<&Token>) -> Option<i64> {
    let t = t?;
    (t.kind == TokenKind::Number && t.lower.len() == 4)
        .then(|| t.lower.parse().ok())
        .flatten()
        .filter(|y| (1000..=2100).contains(y))
}

fn span(start: i64, end_inclusive: i64, first: usize, end: usize) -> Quantity {
    Quantity {
        value: start as f64,
        span: (end_inclusive - start) as f64,
        kind: QuantityKind::Date,
        bound: Bound::Exact,
        first,
        end,
    }
}

fn month_span(y: i64, m: i64, first: usize, end: usize) -> Quantity {
    let start = days_from_civil(y, m, 1);
    span(start, start + days_in_month(y, m) - 1, first, end)
}

/// The leap year that days without their year are counted in.
const ANY_YEAR: i64 = 2000;

fn yearless(m: i64, d: i64, last_day: i64, first: usize, end: usize) -> Quantity {
    let start = days_from_civil(ANY_YEAR, m, d);
    Quantity {
        kind: QuantityKind::YearlessDate,
        ..span(start, days_from_civil(ANY_YEAR, m, last_day), first, end)
    }
}

/// A dated day or month as the same day or month without its year (`October 30, 2007` →
/// `October 30`), for comparing with dates written without one. Spans that run across a
/// new year (a whole year, a decade) have no such form.
pub fn without_year(q: &Quantity) -> Option<Quantity> {
    let start = q.value as i64;
    let last = start + q.span as i64;
    let (y0, m0, d0) = civil_from_days(start);
    let (y1, m1, d1) = civil_from_days(last);
    if q.kind != QuantityKind::Date || y0 != y1 || (m0, d0) == (1, 1) && (m1, d1) == (12, 31) {
        return None;
    }
    let start = days_from_civil(ANY_YEAR, m0, d0);
    let last = days_from_civil(ANY_YEAR, m1, d1);
    Some(Quantity {
        kind: QuantityKind::YearlessDate,
        bound: q.bound,
        ..span(start, last, q.first, q.end)
    })
}

fn year_span(y: i64, first: usize, end: usize) -> Quantity {
    span(
        days_from_civil(y, 1, 1),
        days_from_civil(y, 12, 31),
        first,
        end,
    )
}

/// `1960s` or `1970's` at token `i`, with `early` / `mid` / `late` before it taking the
/// first four, middle three or last three years. `the sixties` and `the '60s` are the
/// 1960s, as they are said; `in her sixties` is an age, not a decade.
fn decade(tokens: &[Token], i: usize) -> Option<Quantity> {
    const TENS: [&str; 8] = [
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    ];
    let t = tokens.get(i)?;
    // `the sixties`, `the late sixties`: the article, then perhaps the part of the decade.
    let after_the = || {
        let at = |k: usize| i.checked_sub(k).map(|p| tokens[p].lower.as_str());
        at(1) == Some("the")
            || matches!(at(1), Some("early" | "mid" | "late")) && at(2) == Some("the")
    };
    let (decade, end) = if let Some(n) = TENS.iter().position(|w| *w == t.lower) {
        after_the().then_some((1920 + 10 * n as i64, i + 1))?
    } else {
        if t.kind != TokenKind::Number {
            return None;
        }
        let (digits, end) = match t.lower.strip_suffix('s') {
            Some(d) => (d.trim_start_matches(['\'', '’']), i + 1),
            // `1970's`: the apostrophe ending is a token of its own.
            None => tokens
                .get(i + 1)
                .filter(|n| matches!(n.lower.as_str(), "'s" | "’s"))
                .map(|_| (t.lower.as_str(), i + 2))?,
        };
        let value = digits.parse::<i64>().ok().filter(|d| d % 10 == 0)?;
        let decade = match digits.len() {
            4 => Some(value).filter(|d| (1000..=2100).contains(d)),
            2 => after_the().then_some(1900 + value),
            _ => None,
        }?;
        (decade, end)
    };
    let (from, to, first) = match i.checked_sub(1).map(|p| tokens[p].lower.as_str()) {
        Some("early") => (decade, decade + 3, i - 1),
        Some("mid") => (decade + 4, decade + 6, i - 1),
        Some("late") => (decade + 7, decade + 9, i - 1),
        _ => (decade, decade + 9, i),
    };
    Some(span(
        days_from_civil(from, 1, 1),
        days_from_civil(to, 12, 31),
        first,
        end,
    ))
}

/// `3 p.m.`, `7pm`, `12:30 pm`, `14:30` at token `i`, as minutes after midnight.
fn time_of_day(tokens: &[Token], i: usize) -> Option<Quantity> {
    let hour = number(tokens.get(i), 24)
        .or_else(|| (tokens.get(i)?.lower == "0" || tokens.get(i)?.lower == "00").then_some(0))?;
    let mut end = i + 1;
    let mut minutes = 0;
    let colon = tokens.get(end).is_some_and(|t| t.text == ":");
    if colon {
        let m = tokens
            .get(end + 1)
            .filter(|t| t.kind == TokenKind::Number && t.lower.len() == 2)?;
        minutes = m.lower.parse::<i64>().ok().filter(|m| *m < 60)?;
        end += 2;
    }
    let suffix = tokens
        .get(end)
        .map(|t| t.lower.replace('.', ""))
        .filter(|w| w == "am" || w == "pm");
    let hour = match suffix.as_deref() {
        Some(half) if (1..=12).contains(&hour) => {
            end += 1;
            hour % 12 + if half == "pm" { 12 } else { 0 }
        }
        Some(_) => return None,
        None if colon => hour,
        None => return None,
    };
    let at = hour * 60 + minutes;
    Some(Quantity {
        kind: QuantityKind::TimeOfDay,
        ..span(at, at, i, end)
    })
}

/// Words after which a year or a month names a time: `in 2019`, `since May`.
const TIME_WORDS: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "year", "after", "before", "during", "of",
    "early", "late", "mid", "to",
];

/// When a source's text is set in time: the day it was published (for relative dates such
/// as `last month`) and the year its days without a year fall in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Dating {
    /// Days since 1970-01-01.
    pub published: Option<i64>,
    /// The publication's year, or else the year a headline opens with (`2020 coronavirus
    /// pandemic in London`: its `11 March` is in 2020).
    pub year: Option<i64>,
}

impl Dating {
    /// A source published on `day` (days since 1970-01-01).
    pub fn published(day: Option<i64>) -> Dating {
        Dating {
            published: day,
            year: day.map(|a| civil_from_days(a).0),
        }
    }
}

/// The year a headline opens with, alone (`2020 coronavirus pandemic in London`, not
/// `2019–20 coronavirus pandemic` nor `Some Film (2019 film)`): the year of what it reports.
pub fn headline_year(headline: &str) -> Option<i64> {
    let mut words = headline.split_whitespace();
    let first = words.next()?;
    if first.len() != 4 || !first.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    // `2000 troops sent to …` counts troops.
    let counts = words.next().is_some_and(|w| {
        w.starts_with(char::is_lowercase)
            && w.ends_with('s')
            && !["us", "ss", "is"].iter().any(|e| w.ends_with(e))
    });
    let y: i64 = first.parse().ok()?;
    ((1000..=2100).contains(&y) && !counts).then_some(y)
}

/// A day written without its year: in the source's year when that is known, else a
/// [`QuantityKind::YearlessDate`].
fn day_without_year(m: i64, d: i64, year: Option<i64>, first: usize, end: usize) -> Quantity {
    match year {
        Some(y) => {
            let day = days_from_civil(y, m, d.min(days_in_month(y, m)));
            span(day, day, first, end)
        }
        None => {
            let d = d.min(days_in_month(ANY_YEAR, m));
            yearless(m, d, d, first, end)
        }
    }
}

/// Finds the dates of a tokenised sentence. Relative dates resolve against the day the source
/// was published; without it they are left alone.
pub fn extract_dates(tokens: &[Token], dating: Dating) -> Vec<Quantity> {
    let anchor = dating.published;
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let at = |k: usize| tokens.get(k);
        let comma = |k: usize| usize::from(at(k).is_some_and(|t| t.text == ","));
        // Month Day[,] Year | Month Day | Month [,|of] Year | in Month
        if let Some(m) = month(&tokens[i]) {
            if let Some(d) = number(at(i + 1), 31) {
                let k = i + 2 + comma(i + 2);
                if let Some(y) = year(at(k)) {
                    let day = days_from_civil(y, m, d.min(days_in_month(y, m)));
                    out.push(span(day, day, i, k + 1));
                    i = k + 1;
                    continue;
                }
                out.push(day_without_year(m, d, dating.year, i, i + 2));
                i += 2;
                continue;
            }
            let of = usize::from(at(i + 1).is_some_and(|t| t.lower == "of"));
            let k = i + 1 + comma(i + 1).max(of);
            if let Some(y) = year(at(k)) {
                out.push(month_span(y, m, i, k + 1));
                i = k + 1;
                continue;
            }
            // A month on its own only after a time word: `in October`, `by May`, not
            // `March of Dimes`.
            let prev = i.checked_sub(1).map(|p| tokens[p].lower.as_str());
            // `of` only after a part of the month: `at the end of June`.
            let part_of_month = i >= 2
                && matches!(
                    tokens[i - 2].lower.as_str(),
                    "end" | "start" | "beginning" | "middle" | "close"
                );
            if prev.is_some_and(|p| TIME_WORDS.contains(&p) && (p != "of" || part_of_month)) {
                out.push(yearless(m, 1, days_in_month(ANY_YEAR, m), i, i + 1));
                i += 1;
                continue;
            }
        }
        // A decade: the 1960s, the late 1960s, in the early 1970's
        if let Some(q) = decade(tokens, i) {
            i = q.end;
            out.push(q);
            continue;
        }
        // A time of day: 3 p.m., 7pm, 12:30 pm, 14:30
        if let Some(q) = time_of_day(tokens, i) {
            i = q.end;
            out.push(q);
            continue;
        }
        // A range of years: 2019–20, 1950-51, 2012–2014
        if let Some(y) = year(at(i))
            && at(i + 1).is_some_and(|t| matches!(t.text.as_str(), "-" | "–" | "—"))
            && let Some(last) = at(i + 2).filter(|t| t.kind == TokenKind::Number)
            && let Ok(n) = last.lower.parse::<i64>()
        {
            let y2 = match last.lower.len() {
                2 => y - y % 100 + n,
                4 => n,
                _ => 0,
            };
            if y2 > y && y2 - y <= 100 {
                out.push(span(
                    days_from_civil(y, 1, 1),
                    days_from_civil(y2, 12, 31),
                    i,
                    i + 3,
                ));
                i += 3;
                continue;
            }
        }
        // `7th and 8th May [2019]`, `7–8 May`: the first day takes the second one's month
        // (and year); the second is read on its own next.
        if let Some(d) = number(at(i), 31)
            && at(i + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "and" | "or" | "to" | "-" | "–"))
            && number(at(i + 2), 31).is_some()
            && let Some(m) = at(i + 3).and_then(month)
        {
            let k = i + 4 + comma(i + 4);
            out.push(day_without_year(
                m,
                d,
                year(at(k)).or(dating.year),
                i,
                i + 1,
            ));
            i += 2;
            continue;
        }
        // Day Month [,] Year | Day Month
        if let Some(d) = number(at(i), 31)
            && let Some(m) = at(i + 1).and_then(month)
        {
            let k = i + 2 + comma(i + 2);
            if let Some(y) = year(at(k)) {
                let day = days_from_civil(y, m, d.min(days_in_month(y, m)));
                out.push(span(day, day, i, k + 1));
                i = k + 1;
            } else {
                out.push(day_without_year(m, d, dating.year, i, i + 2));
                i += 2;
            }
            continue;
        }
        // A year after a time word: in 2019, since 2010, by 2020, after 2014; not a total
        // (`cases rose to 2019`).
        if let Some(y) = year(at(i)).filter(|_| !super::numbers::is_total_after_verb(tokens, i)) {
            let prev = i.checked_sub(1).map(|p| tokens[p].lower.as_str());
            // `1500 troops` counts; `2020 pandemic` (a recent year before a singular noun)
            // dates; `1170 confirmed` counts.
            let next_word = at(i + 1).filter(|t| {
                t.kind == TokenKind::Word
                    && t.lower.chars().all(char::is_alphabetic)
                    && !super::lexicon::STOPWORDS.contains(&t.lower.as_str())
            });
            let plural = |w: &str| {
                w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
            };
            // `1986 confirmed cases`: a participle and a plural count too.
            // (`the 2016 elected members` stays a year).
            let participle_then_plural = prev != Some("the")
                && next_word.is_some_and(|t| t.lower.ends_with("ed"))
                && at(i + 2).is_some_and(|t| {
                    t.kind == TokenKind::Word && !t.is_capitalized() && plural(&t.lower)
                });
            let next_is_unit = participle_then_plural
                || next_word.is_some_and(|t| plural(&t.lower) || !(1900..=2100).contains(&y));
            let time_word = prev.is_some_and(|p| TIME_WORDS.contains(&p));
            if time_word || !next_is_unit {
                out.push(year_span(y, i, i + 1));
                i += 1;
                continue;
            }
        }
        // Relative dates against the source's date.
        if let Some(a) = anchor {
            let (y, m, _) = civil_from_days(a);
            let w = tokens[i].lower.as_str();
            let next = at(i + 1).map(|t| t.lower.as_str());
            let rel = match (w, next) {
                ("last", Some("month")) | ("previous", Some("month")) => {
                    let (py, pm) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
                    Some(month_span(py, pm, i, i + 2))
                }
                ("this", Some("month")) => Some(month_span(y, m, i, i + 2)),
                ("last", Some("year")) | ("previous", Some("year")) => {
                    Some(year_span(y - 1, i, i + 2))
                }
                ("this", Some("year")) => Some(year_span(y, i, i + 2)),
                ("next", Some("year")) => Some(year_span(y + 1, i, i + 2)),
                ("last", Some("week")) => Some(span(a - 13, a - 7, i, i + 2)),
                ("yesterday", _) => Some(span(a - 1, a - 1, i, i + 1)),
                ("today", _) => Some(span(a, a, i, i + 1)),
                _ => None,
            };
            if let Some(q) = rel {
                i = q.end;
                out.push(q);
                continue;
            }
            // "on Thursday": the latest such day up to the source's date.
            if let Some(wd) = WEEKDAYS.iter().position(|d| *d == w)
                && tokens[i].is_capitalized()
            {
                // Day 0 (1970-01-01) was a Thursday.
                let today = a.rem_euclid(7);
                let back = (today - wd as i64).rem_euclid(7);
                out.push(span(a - back, a - back, i, i + 1));
                i += 1;
                continue;
            }
        }
        i += 1;
    }
    // `from 1970 to 1977`, `between 2012 and 2014`: one span.
    let mut merged: Vec<Quantity> = Vec::with_capacity(out.len());
    for q in out {
        if let Some(prev) = merged.last_mut()
            && prev.kind == QuantityKind::Date
            && q.kind == QuantityKind::Date
            && q.first == prev.end + 1
            && prev.first > 0
            && matches!(
                (
                    tokens[prev.first - 1].lower.as_str(),
                    tokens[prev.end].lower.as_str()
                ),
                ("from", "to" | "until" | "through") | ("between", "and")
            )
            && q.value + q.span > prev.value
        {
            prev.span = q.value + q.span - prev.value;
            prev.end = q.end;
            continue;
        }
        merged.push(q);
    }
    let mut out = merged;
    // Comparators before a date: after 2014, before 1990, since 2010, by April 6. `As of`
    // dates a state at that point: "as of 27 April it had 765 deaths" says nothing of
    // earlier days, and meets "after April 26".
    for q in &mut out {
        if q.first == 0 {
            continue;
        }
        let prev = tokens[q.first - 1].lower.as_str();
        let two = (q.first >= 2).then(|| tokens[q.first - 2].lower.as_str());
        // `since his arrest in November 2021`, `since the company's 2015 debut`: the date of
        // the event a state began with.
        let since_event = (q.first.saturating_sub(5)..q.first)
            .rev()
            .map(|k| &tokens[k])
            .take_while(|t| t.is_word() || t.text == "'s" || t.text == "’s")
            .any(|t| t.lower == "since");
        let bound = match (two, prev) {
            _ if since_event => Some(Bound::AtLeast),
            (Some("as"), "of") => Some(Bound::Exact),
            (_, "after") => Some(Bound::MoreThan),
            (_, "before") => Some(Bound::LessThan),
            (_, "since") => Some(Bound::AtLeast),
            (_, "by" | "until" | "till") => Some(Bound::AtMost),
            _ => None,
        };
        if let Some(b) = bound {
            q.bound = b;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::numbers::Agreement;
    use crate::text::tokens::tokenize;

    #[test]
    fn two_days_joined_before_one_month_are_both_dates() {
        let dates = extract_dates(
            &tokenize("The second legs were played on 7th and 8th May 2019."),
            Dating::default(),
        );
        assert_eq!(dates.len(), 2, "{dates:?}");
        let claim = extract_dates(&tokenize("on 7 May 2019"), Dating::default());
        assert_eq!(claim[0].agreement(&dates[0]), Agreement::Agrees);
        let later = extract_dates(&tokenize("on 8 May 2019"), Dating::default());
        assert_eq!(later[0].agreement(&dates[1]), Agreement::Agrees);
    }

    #[test]
    fn a_headline_that_opens_with_a_year_dates_the_days_without_one() {
        assert_eq!(
            headline_year("2020 coronavirus pandemic in London"),
            Some(2020)
        );
        assert_eq!(headline_year("2019–20 coronavirus pandemic"), None);
        assert_eq!(headline_year("Some Film (2019 film)"), None);
        assert_eq!(headline_year("2000 troops sent to the border"), None);
        let dating = Dating {
            published: None,
            year: Some(2020),
        };
        let day = extract_dates(
            &tokenize("On 11 March, 18 new cases were reported."),
            dating,
        );
        let claim = extract_dates(&tokenize("on March 11, 2020"), Dating::default());
        assert_eq!(claim[0].agreement(&day[0]), Agreement::Agrees);
        // A year alone resolves no relative date: `last month` needs the day of publication.
        assert!(extract_dates(&tokenize("last month"), dating).is_empty());
    }

    fn dates(s: &str, anchor: Option<&str>) -> Vec<Quantity> {
        extract_dates(
            &tokenize(s),
            Dating::published(anchor.and_then(parse_iso_date)),
        )
    }

    fn one(s: &str) -> Quantity {
        let mut d = dates(s, Some("2025-04-11"));
        assert_eq!(d.len(), 1, "{s}: {d:?}");
        d.remove(0)
    }

    #[test]
    fn civil_dates_round_trip() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2025, 4, 11), (1894, 2, 20)] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(
            parse_iso_date("2025-04-11"),
            Some(days_from_civil(2025, 4, 11))
        );
        assert_eq!(parse_iso_date("2025-02-30"), None);
    }

    #[test]
    fn reads_the_common_written_forms() {
        let day = days_from_civil(1980, 6, 26) as f64;
        assert_eq!(one("born June 26, 1980 in Virginia").value, day);
        assert_eq!(one("born 26 June 1980.").value, day);
        assert_eq!(one("on June 26th, 1980").value, day);
        let march = one("in March 2025 the");
        assert_eq!(
            (march.value, march.span),
            (days_from_civil(2025, 3, 1) as f64, 30.0)
        );
        assert_eq!(one("elected in 2019 as").span, 364.0);
        assert!(dates("2,000 troops may come", None).is_empty());
        assert!(dates("1500 troops came", None).is_empty());
        assert!(dates("there were 1170 confirmed cases", None).is_empty());
        assert!(dates("the state has 1986 confirmed cases", None).is_empty());
        assert_eq!(dates("the 2016 elected members", None).len(), 1);
        assert_eq!(one("2020 coronavirus pandemic in Morocco").span, 365.0);
        assert_eq!(one("the 2020 pandemic in Spain").span, 365.0);
    }

    #[test]
    fn resolves_relative_dates_against_the_source_date() {
        let last_month = one("Last month, Medvedev said");
        assert_eq!(last_month.value, days_from_civil(2025, 3, 1) as f64);
        // 2025-04-11 was a Friday: "on Thursday" is the 10th.
        assert_eq!(
            one("AFP reported on Thursday").value,
            days_from_civil(2025, 4, 10) as f64
        );
        assert!(dates("AFP reported on Thursday", None).is_empty());
    }

    #[test]
    fn dates_without_their_year_compare_by_day_and_month() {
        let undated = |s: &str| {
            let mut d = dates(s, None);
            assert_eq!(d.len(), 1, "{s}: {d:?}");
            d.remove(0)
        };
        let october = undated("it was released in October.");
        assert_eq!(october.kind, QuantityKind::YearlessDate);
        assert!(october.comparable(&undated("on October 30, 2007")));
        assert_eq!(october.span, 30.0);
        assert_eq!(
            october.agreement(&undated("released on October 30, 2007 by")),
            Agreement::Agrees
        );
        assert_eq!(
            october.agreement(&undated("released on 30 March, 2007")),
            Agreement::Conflicts
        );
        // A claim's year the source does not give is not stated, but a different day is
        // still another day.
        let dated = undated("on April 7, 2020");
        assert_eq!(
            dated.agreement(&undated("as of 7 April")),
            Agreement::Undecided
        );
        assert_eq!(
            undated("on 9 April 2020").agreement(&undated("on 7 April")),
            Agreement::Conflicts
        );
        assert_eq!(
            undated("after March 21").agreement(&undated("on 22 March")),
            Agreement::Agrees
        );
        // A whole year has no day and month.
        assert_eq!(october.agreement(&undated("in 2007")), Agreement::Undecided);
        assert_eq!(undated("in April of 1866").span, 29.0);
        // A month name on its own is a date only after a time word.
        assert!(dates("the March of Dimes", None).is_empty());
        // With a source date, the source's year is meant.
        assert_eq!(
            one("as of 10 March").value,
            days_from_civil(2025, 3, 10) as f64
        );
    }

    #[test]
    fn times_of_day_and_ranges_of_years() {
        let t = |s: &str| {
            let d = dates(s, None);
            assert_eq!(d.len(), 1, "{s}: {d:?}");
            (d[0].kind.clone(), d[0].value)
        };
        assert_eq!(t("at 3 P.M. EST"), (QuantityKind::TimeOfDay, 900.0));
        assert_eq!(t("from 7pm on"), (QuantityKind::TimeOfDay, 1140.0));
        assert_eq!(t("at 12:30 pm"), (QuantityKind::TimeOfDay, 750.0));
        assert_eq!(t("at 14:30."), (QuantityKind::TimeOfDay, 870.0));
        assert_eq!(t("at 12 am"), (QuantityKind::TimeOfDay, 0.0));
        assert!(dates("scored 3 goals", None).is_empty());
        let season = one("the 1950–51 season");
        assert_eq!(season.value, days_from_civil(1950, 1, 1) as f64);
        assert_eq!(
            season.value + season.span,
            days_from_civil(1951, 12, 31) as f64
        );
        assert_eq!(
            one("in 1951").agreement(&one("the 2019–20 pandemic")),
            Agreement::Conflicts
        );
        assert_eq!(
            one("in 2020").agreement(&one("the 2019–20 pandemic")),
            Agreement::Undecided
        );
        let sixties = one("famous in the late 1960s and");
        assert_eq!(sixties.value, days_from_civil(1967, 1, 1) as f64);
        assert_eq!(
            one("in the early 1970's").value,
            days_from_civil(1970, 1, 1) as f64
        );
        assert_eq!(
            one("born in the 1950s").agreement(&one("born July 20, 1947")),
            Agreement::Conflicts
        );
        // A decade said in words or two digits, after `the`.
        assert_eq!(
            one("born in the fifties").agreement(&one("born July 20, 1947")),
            Agreement::Conflicts
        );
        assert_eq!(
            one("popular in the late sixties").value,
            days_from_civil(1967, 1, 1) as f64
        );
        assert_eq!(
            one("a hit in the 80s").agreement(&one("in June 1984")),
            Agreement::Agrees
        );
        // `in her sixties` is an age.
        assert!(dates("she was in her sixties", None).is_empty());
        let years = one("from 1970 to 1977 he");
        assert_eq!(
            years.value + years.span,
            days_from_civil(1977, 12, 31) as f64
        );
        assert_eq!(
            one("in 2013").agreement(&one("between 2012 and 2014")),
            Agreement::Undecided
        );
    }

    #[test]
    fn as_of_dates_a_point() {
        let as_of = one("As of 27 April 2025, there were");
        assert_eq!(as_of.bound, Bound::Exact);
        assert_eq!(
            one("after April 26, 2025").agreement(&as_of),
            Agreement::Agrees
        );
        assert_eq!(
            one("by April 27, 2025").agreement(&as_of),
            Agreement::Agrees
        );
        assert_eq!(
            one("before April 27, 2025").agreement(&as_of),
            Agreement::Conflicts
        );
    }

    #[test]
    fn a_date_after_since_and_its_event_starts_a_state() {
        let arrest = one("in custody since his arrest in November 2021, the court said");
        assert_eq!(arrest.bound, Bound::AtLeast);
        assert_eq!(
            one("since November 2020").agreement(&arrest),
            Agreement::Conflicts
        );
        assert_eq!(
            one("since November 2021").agreement(&arrest),
            Agreement::Agrees
        );
        // A comma ends the reach of `since`.
        assert_eq!(one("since then, in May 2015").bound, Bound::Exact);
    }

    #[test]
    fn compares_as_intervals() {
        let claim = one("in March 2025");
        assert_eq!(
            claim.agreement(&one("Last month, he said")),
            Agreement::Agrees
        );
        assert_eq!(
            one("in 2019").agreement(&one("on June 5, 2019")),
            Agreement::Agrees
        );
        assert_eq!(
            one("in 2019").agreement(&one("in 2018")),
            Agreement::Conflicts
        );
        assert_eq!(
            one("after 2014").agreement(&one("in 2015")),
            Agreement::Agrees
        );
        assert_eq!(
            one("after 2014").agreement(&one("in 2014")),
            Agreement::Conflicts
        );
        assert_eq!(
            one("on June 5, 2019").agreement(&one("in 2019")),
            Agreement::Undecided
        );
    }
}
