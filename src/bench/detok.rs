//! Undoes the FEVER/Penn Treebank tokenisation of the benchmark texts, so that the judge reads
//! them as users write: `Cruz ( born 1974 ) has n't modelled for `` Mango '' .` becomes
//! `Cruz (born 1974) hasn't modelled for "Mango".`
//!
//! The text is split on whitespace into tokens; bracket codes (`-LRB-`, `-RSB-`, `-COLON-`, …)
//! are decoded; punctuation, clitics (`'s`, `n't`) and closing brackets are glued to the word
//! before, opening brackets, `$` and `#` to the word after. Double quotes (FEVER writes both
//! `` `` `` and `''`, sometimes `` `` `` for both ends) alternate: an odd one opens, an even
//! one closes.

/// Bracket and punctuation codes of the Penn Treebank, as FEVER writes them.
const CODES: &[(&str, &str)] = &[
    ("-LRB-", "("),
    ("-RRB-", ")"),
    ("-LSB-", "["),
    ("-RSB-", "]"),
    ("-LCB-", "{"),
    ("-RCB-", "}"),
    ("-COLON-", ":"),
];

/// Tokens glued to the word before them.
const CLOSERS: &[&str] = &[")", "]", "}", ",", ".", ";", ":", "!", "?", "%", "...", "'"];

/// Clitics split off by the tokeniser, glued back to the word before (compared lower-case).
const CLITICS: &[&str] = &["'s", "'re", "'ve", "'ll", "'d", "'m", "n't"];

/// Tokens glued to the word after them.
const OPENERS: &[&str] = &["(", "[", "{", "$", "£", "€", "#"];

/// How a token joins its neighbours.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Glue {
    /// Separated by spaces on both sides.
    None,
    /// No space before it.
    Before,
    /// No space after it.
    After,
}

/// Returns the text as ordinary prose; text that was never tokenised comes back with its
/// runs of whitespace collapsed and is otherwise unchanged where it has no spaced punctuation.
pub fn detokenize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut quotes = 0usize;
    // The previous token asked to be glued to this one.
    let mut glue_next = true;
    for raw in text.split_whitespace() {
        let token = decode(raw);
        let glue = if raw == "`" {
            // An opening single quote, decoded to `'`.
            Glue::After
        } else if token == "\"" {
            quotes += 1;
            if quotes % 2 == 1 {
                Glue::After
            } else {
                Glue::Before
            }
        } else if CLOSERS.contains(&token.as_str())
            || CLITICS.contains(&token.to_lowercase().as_str())
        {
            Glue::Before
        } else if OPENERS.contains(&token.as_str()) {
            Glue::After
        } else {
            Glue::None
        };
        if !glue_next && glue != Glue::Before {
            out.push(' ');
        }
        out.push_str(&token);
        glue_next = glue == Glue::After;
    }
    out
}

/// One token with its codes decoded: `-LRB-` → `(`, ``` `` ``` and `''` → `"`, `` ` `` →
/// `'`, `--` → `–`.
fn decode(raw: &str) -> String {
    match raw {
        "``" | "''" => return "\"".to_string(),
        "`" => return "'".to_string(),
        "--" => return "–".to_string(),
        _ => {}
    }
    let mut token = raw.to_string();
    for (code, plain) in CODES {
        if token.contains(code) {
            token = token.replace(code, plain);
        }
    }
    token
}

#[cfg(test)]
mod tests {
    use super::detokenize;

    #[test]
    fn brackets_codes_and_spaced_punctuation() {
        assert_eq!(
            detokenize("One of the Boys -LRB- 2008 -RRB- is an album , released in June ."),
            "One of the Boys (2008) is an album, released in June."
        );
        assert_eq!(
            detokenize("Prescott -LRB- -LSB- ˈprɛskət -RSB- ; born 1864 -RRB- is a city ."),
            "Prescott ([ˈprɛskət]; born 1864) is a city."
        );
        assert_eq!(
            detokenize("Hush ( 2016 film ) was written by Trevor Macy ."),
            "Hush (2016 film) was written by Trevor Macy."
        );
        assert_eq!(
            detokenize("Joe Dirt 2 -COLON- Beautiful Loser ; a film !"),
            "Joe Dirt 2: Beautiful Loser; a film!"
        );
        assert_eq!(
            detokenize("Is it true ? Yes : 38 % of 81 critics ."),
            "Is it true? Yes: 38% of 81 critics."
        );
    }

    #[test]
    fn clitics_and_possessives() {
        assert_eq!(
            detokenize("Ozuna 's song ca n't be found ; Ai n't Nothing , I 'm sure"),
            "Ozuna's song can't be found; Ain't Nothing, I'm sure"
        );
        assert_eq!(
            detokenize("Marvel Comics ' X-Men and Lil ' Kim 'S hit"),
            "Marvel Comics' X-Men and Lil' Kim'S hit"
        );
    }

    #[test]
    fn quotes_alternate_whatever_their_spelling() {
        assert_eq!(
            detokenize("`` I Kissed a Girl `` is a song by Katy Perry ."),
            "\"I Kissed a Girl\" is a song by Katy Perry."
        );
        assert_eq!(
            detokenize("Ozuna 's `` Se Preparó '' had 940 million views , `` a record '' ."),
            "Ozuna's \"Se Preparó\" had 940 million views, \"a record\"."
        );
        assert_eq!(
            detokenize("his name ` kæpərnɪk was odd"),
            "his name 'kæpərnɪk was odd"
        );
    }

    #[test]
    fn currency_ranks_and_dashes() {
        assert_eq!(
            detokenize("It grossed $ 10 million ( $ 101 million worldwide ) , ranked # 2 ."),
            "It grossed $10 million ($101 million worldwide), ranked #2."
        );
        assert_eq!(
            detokenize("the Cretaceous -- Paleogene extinction event"),
            "the Cretaceous – Paleogene extinction event"
        );
        assert_eq!(detokenize("a £ 5 fee and € 3"), "a £5 fee and €3");
    }

    #[test]
    fn plain_text_is_left_alone() {
        let plain = "The UK, France and the Baltic states—Estonia, Latvia—pledged \"real\" plans.";
        assert_eq!(detokenize(plain), plain);
        assert_eq!(detokenize("  two   spaces \n"), "two spaces");
        assert_eq!(detokenize(""), "");
        assert_eq!(detokenize(", leading comma"), ", leading comma");
    }
}
