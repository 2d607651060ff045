//! Words, numbers and punctuation of one sentence, with their byte offsets.
//!
//! News text is full of things a whitespace split gets wrong: curly apostrophes
//! (`Ukraine’s`), em dashes with no spaces (`states—Estonia`), abbreviations (`U.S.`),
//! contractions (`doesn’t`) and quotations whose exact words matter.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    /// `'s` / `’s` after a word.
    Possessive,
    /// The `n't` of a contraction.
    NegationClitic,
    Punct,
}

/// One token of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The text as written.
    pub text: String,
    /// Lower-cased, curly apostrophes made straight.
    pub lower: String,
    pub kind: TokenKind,
    /// Byte range in the sentence.
    pub start: usize,
    pub end: usize,
    /// Inside quotation marks.
    pub quoted: bool,
    /// Index of the quotation this token belongs to, when quoted.
    pub quote_id: Option<usize>,
}

impl Token {
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == TokenKind::Punct && self.text == p
    }

    /// A quotation mark or apostrophe standing alone (`"`, `“`, `’`).
    pub fn is_quote_mark(&self) -> bool {
        let mut chars = self.text.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => {
                matches!(c, '"' | '‘') || is_open_quote(c) || is_close_quote(c) || is_apostrophe(c)
            }
            _ => false,
        }
    }
}

/// Straight and curly apostrophes, and the acute accent typed for one (`Harry´s`).
fn is_apostrophe(c: char) -> bool {
    c == '\'' || BENT_APOSTROPHES.contains(&c)
}

/// Apostrophes other than the straight one.
const BENT_APOSTROPHES: [char; 3] = ['’', 'ʼ', '´'];

/// A word's text as tokens compare it: lower case, apostrophes made straight.
pub fn lower_case(text: &str) -> String {
    text.to_lowercase().replace(BENT_APOSTROPHES, "'")
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}

fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// At the hyphen at `at` of the word starting `chars`: is what comes before it a number
/// written in words (`twenty`, `twenty-five`) and what follows it a word that is none
/// (`year`)?
fn number_then_word(chars: &[(usize, char)], at: usize) -> bool {
    let before: String = chars[..at]
        .iter()
        .map(|c| c.1.to_ascii_lowercase())
        .collect();
    let after: String = chars[at + 1..]
        .iter()
        .take_while(|c| c.1.is_alphabetic())
        .map(|c| c.1.to_ascii_lowercase())
        .collect();
    // A fraction (`two-thirds`, `one-half`, `two-and-a-half`) is one number, not a count of
    // thirds.
    let rest: String = chars[at + 1..]
        .iter()
        .map(|c| c.1.to_ascii_lowercase())
        .collect();
    let fraction = ["third", "half", "halv", "quarter"]
        .iter()
        .any(|f| after.starts_with(f))
        || rest.starts_with("and-a-")
        // `three-fifths`, `one-tenth` (not `six-month`, which ends the same way).
        || super::numbers::is_number_word(after.trim_end_matches('s'))
            && !super::numbers::is_cardinal_word(after.trim_end_matches('s'));
    !after.is_empty()
        && !fraction
        && before.split('-').all(super::numbers::is_cardinal_word)
        && !super::numbers::is_cardinal_word(&after)
}

/// Splits a sentence into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map(|c| c.0).unwrap_or(text.len());
    let mut tokens = Vec::new();
    let mut i = 0;
    // Quotation state: straight double quotes toggle; curly ones open and close.
    let mut in_quote = false;
    let mut quote_count = 0usize;
    let mut single_quote_open = false;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let push = |tokens: &mut Vec<Token>, s: usize, e: usize, kind: TokenKind, q: bool, qid| {
            let t = &text[byte_at(s)..byte_at(e)];
            tokens.push(Token {
                text: t.to_string(),
                lower: lower_case(t),
                kind,
                start: byte_at(s),
                end: byte_at(e),
                quoted: q,
                quote_id: qid,
            });
        };
        let qid = in_quote.then(|| quote_count - 1);
        if c == '"' || is_open_quote(c) || is_close_quote(c) {
            let opening = if c == '"' {
                !in_quote
            } else {
                is_open_quote(c)
            };
            if opening {
                in_quote = true;
                quote_count += 1;
            } else {
                in_quote = false;
            }
            push(&mut tokens, i, i + 1, TokenKind::Punct, false, None);
            i += 1;
            continue;
        }
        // A single quotation mark opens a quote only at the start of a word.
        if (c == '‘' || c == '\'')
            && !in_quote
            && chars.get(i + 1).is_some_and(|n| n.1.is_alphanumeric())
            && (i == 0 || chars[i - 1].1.is_whitespace())
        {
            single_quote_open = true;
            in_quote = true;
            quote_count += 1;
            push(&mut tokens, i, i + 1, TokenKind::Punct, false, None);
            i += 1;
            continue;
        }
        if single_quote_open
            && is_apostrophe(c)
            && chars.get(i + 1).is_none_or(|n| !n.1.is_alphanumeric())
        {
            single_quote_open = false;
            in_quote = false;
            push(&mut tokens, i, i + 1, TokenKind::Punct, false, None);
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            // 30,000  3.5  1990s  1st
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                if d.is_ascii_digit()
                    || (matches!(d, ',' | '.')
                        && chars.get(j + 1).is_some_and(|n| n.1.is_ascii_digit()))
                {
                    j += 1;
                } else {
                    break;
                }
            }
            // Ordinal or decade suffixes stay with the number.
            let mut k = j;
            while k < chars.len() && chars[k].1.is_ascii_alphabetic() && k - j < 2 {
                k += 1;
            }
            let suffix: String = chars[j..k].iter().map(|c| c.1).collect();
            if matches!(suffix.as_str(), "st" | "nd" | "rd" | "th" | "s")
                && chars.get(k).is_none_or(|n| !n.1.is_alphanumeric())
            {
                j = k;
            }
            push(&mut tokens, start, j, TokenKind::Number, in_quote, qid);
            i = j;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            // Abbreviations made of single letters and periods: U.S., U.K., e.g.
            if chars.get(j).is_some_and(|n| n.1 == '.')
                && chars.get(j + 1).is_some_and(|n| n.1.is_alphabetic())
                && chars.get(j + 2).is_some_and(|n| n.1 == '.')
            {
                while chars.get(j).is_some_and(|n| n.1 == '.')
                    && chars.get(j + 1).is_some_and(|n| n.1.is_alphabetic())
                    && chars.get(j + 2).is_some_and(|n| n.1 == '.')
                {
                    j += 2;
                }
                j += 1; // the final period
                push(&mut tokens, start, j, TokenKind::Word, in_quote, qid);
                i = j;
                continue;
            }
            // The same without the final period: `the U.S state`, `the U.K had`.
            if c.is_uppercase()
                && chars.get(j).is_some_and(|n| n.1 == '.')
                && chars.get(j + 1).is_some_and(|n| n.1.is_uppercase())
                && chars
                    .get(j + 2)
                    .is_none_or(|n| !n.1.is_alphanumeric() && n.1 != '.')
            {
                push(&mut tokens, start, j + 2, TokenKind::Word, in_quote, qid);
                i = j + 2;
                continue;
            }
            while j < chars.len() {
                let d = chars[j].1;
                if d == '-' && number_then_word(&chars[start..], j - start) {
                    // `twenty-year`: the number word and what it counts, as `20-year` reads.
                    break;
                }
                // U+FFFD between letters stands for a letter lost in decoding
                // (`M\u{FFFD}tley`): the word goes on.
                let lost_letter = d == char::REPLACEMENT_CHARACTER
                    && chars[j - 1].1.is_alphabetic()
                    && chars.get(j + 1).is_some_and(|n| n.1.is_alphabetic());
                if d.is_alphanumeric()
                    || lost_letter
                    || ((d == '-' || d == '&')
                        && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric()))
                {
                    j += 1;
                } else if is_apostrophe(d) && chars.get(j + 1).is_some_and(|n| n.1.is_alphabetic())
                {
                    // Possessive and contraction endings are split off; other apostrophes
                    // (O’Brien) stay inside the word.
                    let rest: String = chars[j + 1..]
                        .iter()
                        .take_while(|c| c.1.is_alphabetic())
                        .map(|c| c.1.to_ascii_lowercase())
                        .collect();
                    if rest == "s" || rest == "t" && chars[j - 1].1.eq_ignore_ascii_case(&'n') {
                        break;
                    }
                    if matches!(rest.as_str(), "re" | "ve" | "ll" | "d" | "m") {
                        break;
                    }
                    j += 1;
                } else {
                    break;
                }
            }
            // `doesn't` → `does` + `n't`
            let word: String = chars[i..j].iter().map(|c| c.1).collect();
            let next_is_t = chars.get(j).is_some_and(|n| is_apostrophe(n.1))
                && chars
                    .get(j + 1)
                    .is_some_and(|n| n.1.eq_ignore_ascii_case(&'t'))
                && chars.get(j + 2).is_none_or(|n| !n.1.is_alphabetic());
            if next_is_t && word.to_lowercase().ends_with('n') && word.len() > 1 {
                let stem_end = j - 1;
                let w = &word[..word.len() - 1];
                // can't → ca + n't: keep `can`.
                if w.eq_ignore_ascii_case("ca") {
                    push(&mut tokens, start, stem_end, TokenKind::Word, in_quote, qid);
                    tokens.last_mut().unwrap().lower = "can".to_string();
                } else if w.eq_ignore_ascii_case("wo") {
                    push(&mut tokens, start, stem_end, TokenKind::Word, in_quote, qid);
                    tokens.last_mut().unwrap().lower = "will".to_string();
                } else {
                    push(&mut tokens, start, stem_end, TokenKind::Word, in_quote, qid);
                }
                push(
                    &mut tokens,
                    stem_end,
                    j + 2,
                    TokenKind::NegationClitic,
                    in_quote,
                    qid,
                );
                i = j + 2;
                continue;
            }
            push(&mut tokens, start, j, TokenKind::Word, in_quote, qid);
            // Possessive ’s
            if chars.get(j).is_some_and(|n| is_apostrophe(n.1))
                && chars
                    .get(j + 1)
                    .is_some_and(|n| n.1.eq_ignore_ascii_case(&'s'))
                && chars.get(j + 2).is_none_or(|n| !n.1.is_alphabetic())
            {
                push(&mut tokens, j, j + 2, TokenKind::Possessive, in_quote, qid);
                i = j + 2;
                continue;
            }
            // Plural possessive: ministers’
            if chars.get(j).is_some_and(|n| is_apostrophe(n.1))
                && !single_quote_open
                && word.ends_with(['s', 'S'])
                && chars.get(j + 1).is_none_or(|n| !n.1.is_alphabetic())
            {
                push(&mut tokens, j, j + 1, TokenKind::Possessive, in_quote, qid);
                i = j + 1;
                continue;
            }
            i = j;
            continue;
        }
        // Contraction remainders such as 're, 've.
        if is_apostrophe(c) && chars.get(i + 1).is_some_and(|n| n.1.is_alphabetic()) {
            let mut j = i + 1;
            while j < chars.len() && chars[j].1.is_alphabetic() {
                j += 1;
            }
            push(&mut tokens, start, j, TokenKind::Word, in_quote, qid);
            i = j;
            continue;
        }
        push(&mut tokens, i, i + 1, TokenKind::Punct, in_quote, qid);
        i += 1;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn splits_em_dashes_and_curly_possessives() {
        assert_eq!(
            texts("Baltic states—Estonia, Ukraine’s allies"),
            [
                "Baltic", "states", "—", "Estonia", ",", "Ukraine", "’s", "allies"
            ]
        );
        let t = tokenize("defense ministers’ meeting");
        assert_eq!(t[2].kind, TokenKind::Possessive);
        // An acute accent typed for the apostrophe.
        assert_eq!(texts("Fringe´s novels"), ["Fringe", "´s", "novels"]);
        assert_eq!(tokenize("Fringe´s novels")[1].kind, TokenKind::Possessive);
    }

    #[test]
    fn keeps_abbreviations_and_numbers_whole() {
        assert_eq!(
            texts("the U.S. sent 30,000 troops in 2024, 3.5%"),
            [
                "the", "U.S.", "sent", "30,000", "troops", "in", "2024", ",", "3.5", "%"
            ]
        );
        assert_eq!(
            texts("the U.S state, the U.K."),
            ["the", "U.S", "state", ",", "the", "U.K."]
        );
        assert_eq!(texts("Plan B.Then"), ["Plan", "B", ".", "Then"]);
        // A number word and what it counts are two words; fractions stay whole.
        assert_eq!(
            texts("a twenty-five-year deal"),
            ["a", "twenty-five", "-", "year", "deal"]
        );
        assert_eq!(texts("a two-thirds vote"), ["a", "two-thirds", "vote"]);
        assert_eq!(texts("a well-known one"), ["a", "well-known", "one"]);
    }

    #[test]
    fn splits_contractions_into_a_negation() {
        let t = tokenize("He doesn’t and can't");
        assert_eq!(t[1].lower, "does");
        assert_eq!(t[2].kind, TokenKind::NegationClitic);
        assert_eq!(t[4].lower, "can");
        assert_eq!(t[5].kind, TokenKind::NegationClitic);
    }

    #[test]
    fn marks_quoted_words() {
        let t = tokenize("developed “real and substantial” plans");
        let quoted: Vec<&str> = t
            .iter()
            .filter(|t| t.quoted)
            .map(|t| t.text.as_str())
            .collect();
        assert_eq!(quoted, ["real", "and", "substantial"]);
        let t = tokenize("said \"real and substantive\" plans");
        assert!(t[3].quoted && !t[6].quoted);
    }
}
