//! The tables generated from WordNet 3.0 (`scripts/gen_lexicon.py`, licence in
//! `lexicon/LICENSE-WordNet.txt`), compiled into the binary and loaded into a [`Lexicon`].

use super::lexicon::Lexicon;

const EXCEPTIONS: &str = include_str!("../../lexicon/exceptions.tsv");
const SYNONYMS: &str = include_str!("../../lexicon/synonyms.tsv");
const ANTONYMS: &str = include_str!("../../lexicon/antonyms.tsv");
const DERIVATIONS: &str = include_str!("../../lexicon/derivations.tsv");
const PERTAINYMS: &str = include_str!("../../lexicon/pertainyms.tsv");
const INSTANCES: &str = include_str!("../../lexicon/instances.tsv");
const KINDS: &str = include_str!("../../lexicon/kinds.tsv");
const HYPERNYMS: &str = include_str!("../../lexicon/hypernyms.tsv");

fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|cols| cols.len() >= 2)
}

/// Adds irregular forms, synonym pairs, antonym pairs, derivations, pertainyms, the kinds of
/// nouns and what person nouns are kinds of.
pub fn load_into(lex: &mut Lexicon) {
    for cols in rows(EXCEPTIONS) {
        if cols.get(2) == Some(&"v") {
            lex.add_irregular_verb(cols[0], cols[1]);
        } else if cols.get(2) == Some(&"a") && cols[0].ends_with("est") {
            lex.add_superlative(cols[0], cols[1]);
        } else {
            lex.add_irregular(cols[0], cols[1]);
        }
    }
    // The generator keeps a pair only when it is a main sense of both words.
    for cols in rows(SYNONYMS) {
        lex.add_pair(cols[0], cols[1]);
        // An adverb phrase that means a stopword (`as well` / `also`, `later on` / `after`)
        // is as light as the stopword. Adverbs only: as nouns, `us` and `it` have phrases
        // (`united states`, `information technology`) that say a great deal.
        if cols.get(2) == Some(&"r") {
            for (word, phrase) in [(cols[0], cols[1]), (cols[1], cols[0])] {
                if lex.is_stopword(word) && phrase.contains(' ') {
                    lex.add_light_phrase(phrase);
                }
            }
        }
    }
    for cols in rows(ANTONYMS) {
        // Participial adjectives (`filmed` / `live`, `drawn` / `open`) share their stem with
        // a verb and its nouns (`film`, `draw`), which are no antonyms of anything.
        let participle = |w: &str| w.ends_with("ed") || w.ends_with("ing") || w.ends_with("en");
        if cols.get(2) == Some(&"a") && (participle(cols[0]) || participle(cols[1])) {
            continue;
        }
        lex.add_antonyms(cols[0], &[cols[1]]);
        // `largest` / `smallest`: the same grade of two opposites is opposed. WordNet lists
        // only irregular grades (`bigger`), so the regular ones are built here.
        if cols.get(2) == Some(&"a") {
            // A grade WordNet keeps as an irregular form of its base (`younger` for
            // `young`) is keyed as the base, which is no opposite of `oldest`.
            for (a, b) in graded(cols[0]).into_iter().zip(graded(cols[1])) {
                let regular = |form: &str, base: &str| lex.stem(form) != lex.stem(base);
                if regular(&a, cols[0]) && regular(&b, cols[1]) {
                    lex.add_antonyms(&a, &[&b]);
                }
            }
        }
    }
    // `largest` is keyed as `large`, as `biggest` is as `big` (an irregular form), so that
    // the two meet through `large` / `big`. Only superlatives: many regular comparatives
    // are words of their own (`broker`, `cleaner`, `lower`). Terms remember that they are
    // superlatives, so `the largest` is still not stated by `large`.
    for cols in rows(SYNONYMS).chain(rows(ANTONYMS)) {
        if cols.get(2) != Some(&"a") {
            continue;
        }
        for base in &cols[..2] {
            if let [_, superlative] = &graded(base)[..]
                && lex.stem(superlative) != lex.stem(base)
            {
                lex.add_superlative(superlative, base);
            }
        }
    }
    for cols in rows(DERIVATIONS) {
        // Agent and patient nouns name someone else (commit/committee, pledge/pledger,
        // guitar/guitarist). A word that merely ends like one is kept when the other word is
        // built on it: recover/recovery, character/characteristic, list/listing.
        let poses: Vec<&str> = cols.get(2).map_or(vec![], |p| p.split('-').collect());
        let agent = |w: &str, pos: Option<&&str>, other: &str| {
            pos == Some(&"n")
                && ["ee", "er", "or", "ist"].iter().any(|s| w.ends_with(s))
                && !other.starts_with(w)
        };
        if agent(cols[0], poses.first(), cols[1]) || agent(cols[1], poses.get(1), cols[0]) {
            continue;
        }
        lex.add_derived_pair(cols[0], cols[1]);
    }
    for cols in rows(PERTAINYMS) {
        lex.add_derived_pair(cols[0], cols[1]);
    }
    for cols in rows(KINDS) {
        if let [lemma, main, all] = cols[..] {
            lex.add_noun_kinds(lemma, main, all);
        }
    }
    for cols in rows(HYPERNYMS) {
        lex.add_kind_of(cols[0], cols[1]);
    }
}

/// Adds what kind of thing each named instance is (instance and hypernym rows) and what it is
/// part of (part rows: England is part of the United Kingdom). Member rows (Estonia in NATO)
/// say neither.
pub fn load_classes_into(lex: &mut Lexicon) {
    for cols in rows(INSTANCES) {
        match cols.get(2) {
            Some(&"instance") | Some(&"hypernym") => lex.add_class(cols[0], cols[1]),
            Some(&"part") => lex.add_part(cols[0], cols[1]),
            _ => {}
        }
    }
}

/// The regular comparative and superlative of a one-word adjective (`large` → `larger`,
/// `largest`; `happy` → `happier`, `happiest`; `big` → `bigger`, `biggest`). None for a
/// phrase or a hyphenated word.
fn graded(adjective: &str) -> Vec<String> {
    let w = adjective;
    if w.len() < 3 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    let vowel = |c: u8| b"aeiou".contains(&c);
    let b = w.as_bytes();
    let n = b.len();
    let stem = if w.ends_with('e') {
        w[..n - 1].to_string()
    } else if w.ends_with('y') && !vowel(b[n - 2]) {
        format!("{}i", &w[..n - 1])
    } else if !vowel(b[n - 1])
        && !b"wxy".contains(&b[n - 1])
        && vowel(b[n - 2])
        && !vowel(b[n - 3])
        && b.iter().filter(|&&c| vowel(c)).count() == 1
    {
        format!("{w}{}", b[n - 1] as char)
    } else {
        w.to_string()
    };
    vec![format!("{stem}er"), format!("{stem}est")]
}

#[cfg(test)]
mod tests {
    use super::graded;

    #[test]
    fn regular_grades_of_an_adjective() {
        assert_eq!(graded("large"), ["larger", "largest"]);
        assert_eq!(graded("small"), ["smaller", "smallest"]);
        assert_eq!(graded("happy"), ["happier", "happiest"]);
        assert_eq!(graded("big"), ["bigger", "biggest"]);
        assert_eq!(graded("grey"), ["greyer", "greyest"]);
        assert!(graded("well-known").is_empty());
    }
}
