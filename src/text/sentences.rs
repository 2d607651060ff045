//! Sentence splitting for news paragraphs.
//!
//! A period ends a sentence unless it belongs to an abbreviation (`Dr.`, `Jan.`, `U.S.` before
//! a lower-case word) or an initial (`John F. Kennedy`); closing quotes and brackets after the
//! end mark stay with the sentence they close.

/// Titles and other abbreviations that are followed by a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "sgt", "col", "lt", "capt", "maj",
    "cmdr", "adm", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos", "vol",
    "fig", "approx", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mt", "ft", "rev", "hon", "pres", "messrs", "e.g", "i.e", "a.m", "p.m",
    "u.s", "u.k", "u.n", "e.u",
];

/// Words that start a sentence often enough that `… U.S. The …` is read as two sentences.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "in",
    "but",
    "this",
    "that",
    "there",
    "on",
    "at",
    "after",
    "as",
    "however",
    "meanwhile",
    "his",
    "her",
    "their",
    "its",
];

/// Byte ranges of the sentences of `text`, trimmed.
pub fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0usize; // char index
    let mut i = 0usize;
    while i < chars.len() {
        let c = chars[i].1;
        if matches!(c, '.' | '!' | '?' | '…') {
            // Take the whole run of end marks and closing quotes/brackets.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
                j += 1;
            }
            while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
            {
                j += 1;
            }
            let at_end = j >= chars.len();
            let followed_by_space = at_end || chars[j].1.is_whitespace();
            if followed_by_space && (at_end || ends_sentence(&chars, i, j))
                || !followed_by_space && glued(&chars, i, j)
            {
                push_trimmed(text, &chars, start, j, &mut out);
                start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, &chars, start, chars.len(), &mut out);
    out
}

fn push_trimmed(
    text: &str,
    chars: &[(usize, char)],
    from: usize,
    to: usize,
    out: &mut Vec<(usize, usize)>,
) {
    let byte = |i: usize| chars.get(i).map(|c| c.0).unwrap_or(text.len());
    let s = byte(from);
    let e = byte(to);
    let slice = &text[s..e];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        out.push((s + lead, s + lead + trimmed.len()));
    }
}

/// `…in 2019.The group…`, `…to PHX.On March 31…`: two sentences run together without a
/// space, as text copied from the web often has them. The period follows a word that is no
/// abbreviation and comes before a capitalised word (a common sentence starter, after a
/// capital) that is no part of a web address (`www.Example.com`).
fn glued(chars: &[(usize, char)], mark: usize, after: usize) -> bool {
    if chars[mark].1 != '.' || after != mark + 1 || mark == 0 {
        return false;
    }
    let before = chars[mark - 1].1;
    let (Some(&(_, first)), Some(&(_, second))) = (chars.get(after), chars.get(after + 1)) else {
        return false;
    };
    if !(before.is_alphanumeric() && first.is_uppercase() && second.is_lowercase()) {
        return false;
    }
    let next: String = chars[after..]
        .iter()
        .take_while(|c| !c.1.is_whitespace())
        .map(|c| c.1)
        .collect();
    if next.trim_end_matches(['.', ',', ';', ':']).contains('.') {
        return false;
    }
    let word = word_before(chars, mark);
    if word.chars().count() < 2 || ABBREVIATIONS.contains(&word.as_str()) || word.contains('.') {
        return false;
    }
    next_word_starts_sentence(chars, after, before.is_uppercase())
}

/// The word before the period at `mark`, lower case, with any periods inside it (`u.s`).
fn word_before(chars: &[(usize, char)], mark: usize) -> String {
    let mut k = mark;
    while k > 0 && (chars[k - 1].1.is_alphanumeric() || chars[k - 1].1 == '.') {
        k -= 1;
    }
    chars[k..mark]
        .iter()
        .map(|c| c.1)
        .collect::<String>()
        .to_lowercase()
}

/// Decides whether the end mark at `mark` (run ending before `after`) ends the sentence.
fn ends_sentence(chars: &[(usize, char)], mark: usize, after: usize) -> bool {
    if chars[mark].1 != '.' {
        return next_word_starts_sentence(chars, after, false);
    }
    let word = word_before(chars, mark);
    let is_initial = word.chars().count() == 1 && word.chars().all(|c| c.is_alphabetic());
    let is_abbrev = ABBREVIATIONS.contains(&word.as_str()) || word.contains('.');
    if is_abbrev || is_initial {
        // A multi-letter abbreviation like U.S. can still end a sentence before `The …`.
        let strong_only = is_initial || !word.contains('.');
        return !strong_only && next_word_starts_sentence(chars, after, true);
    }
    next_word_starts_sentence(chars, after, false)
}

/// Looks at the next word: a sentence starts with a capital, a digit or an opening quote.
/// With `strict`, the word must also be a common sentence starter.
fn next_word_starts_sentence(chars: &[(usize, char)], mut j: usize, strict: bool) -> bool {
    while j < chars.len() && chars[j].1.is_whitespace() {
        j += 1;
    }
    while j < chars.len() && matches!(chars[j].1, '"' | '“' | '‘' | '(' | '\'') {
        j += 1;
    }
    let Some(&(_, first)) = chars.get(j) else {
        return true;
    };
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    if !strict {
        return true;
    }
    let word: String = chars[j..]
        .iter()
        .take_while(|c| c.1.is_alphabetic())
        .map(|c| c.1)
        .collect::<String>()
        .to_lowercase();
    SENTENCE_STARTERS.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        split_sentences(s)
            .into_iter()
            .map(|(a, b)| &s[a..b])
            .collect()
    }

    #[test]
    fn splits_plain_sentences_and_keeps_closing_quotes() {
        assert_eq!(
            split("He came. “It is over.” She left! Did he? Yes."),
            ["He came.", "“It is over.”", "She left!", "Did he?", "Yes."]
        );
    }

    #[test]
    fn survives_abbreviations_and_initials() {
        assert_eq!(
            split("Dr. Smith met U.S. President Donald J. Trump on Jan. 5. The talks ended."),
            [
                "Dr. Smith met U.S. President Donald J. Trump on Jan. 5.",
                "The talks ended."
            ]
        );
        assert_eq!(
            split("the U.S. must be part of it. Troops were sent to the U.S. The end."),
            [
                "the U.S. must be part of it.",
                "Troops were sent to the U.S.",
                "The end."
            ]
        );
    }

    #[test]
    fn splits_sentences_run_together_without_a_space() {
        assert_eq!(
            split("The band formed in 2019.The group toured. It landed at PHX.On May 2 it left."),
            [
                "The band formed in 2019.",
                "The group toured.",
                "It landed at PHX.",
                "On May 2 it left."
            ]
        );
        // Not a web address, an abbreviation or a capital's initialism.
        assert_eq!(
            split("See www.Example.com and St.Louis or NASA.Gov today."),
            ["See www.Example.com and St.Louis or NASA.Gov today."]
        );
    }

    #[test]
    fn does_not_split_inside_em_dashes_or_decimals() {
        assert_eq!(
            split("the Baltic states—Estonia, Latvia—are 3.5 times larger. Next one."),
            [
                "the Baltic states—Estonia, Latvia—are 3.5 times larger.",
                "Next one."
            ]
        );
    }
}
