//! What words mean to the judge: stems, irregular forms, names of one thing, synonyms,
//! antonyms and the small closed classes (stopwords, negation cues, hedges).
//!
//! The built-in lexicon is `lexicon/curated.txt` (hand-written news vocabulary) plus the tables
//! generated from WordNet 3.0 by `scripts/gen_lexicon.py`, both compiled into the binary.
//! Projects add their own entries (aliases such as `NATO: [the alliance]`) through
//! [`Lexicon::add_alias`], [`Lexicon::add_synonyms`] and [`Lexicon::add_antonyms`].

use std::collections::{HashMap, HashSet};

const CURATED: &str = include_str!("../../lexicon/curated.txt");

/// Function words and auxiliaries: they carry no claim of their own, so they are neither
/// required for support nor counted as evidence.
pub const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "into",
    "as",
    "that",
    "this",
    "these",
    "those",
    "it",
    "its",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "have",
    "has",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "when",
    "where",
    "why",
    "how",
    "there",
    "their",
    "they",
    "them",
    "he",
    "him",
    "his",
    "she",
    "her",
    "hers",
    "we",
    "us",
    "our",
    "you",
    "your",
    "i",
    "me",
    "my",
    "so",
    "far",
    "also",
    "still",
    "just",
    "only",
    "merely",
    // `…, including 486 in Srpska`: it introduces members that must be stated themselves.
    "including",
    "very",
    "too",
    "than",
    "then",
    "such",
    "some",
    "any",
    "all",
    "each",
    "both",
    "either",
    "about",
    "around",
    "over",
    "under",
    "more",
    "less",
    "most",
    "much",
    "many",
    "other",
    "another",
    "up",
    "out",
    "off",
    "once",
    "if",
    "while",
    "because",
    "but",
    "yet",
    "although",
    "though",
    "whether",
    "per",
    "via",
    "among",
    "amid",
    "between",
    "within",
    "without",
    "against",
    "during",
    "after",
    "before",
    "since",
    "until",
    "according",
    "reportedly",
    "allegedly",
    "remain",
    "remains",
    "remained",
    "become",
    "became",
    "becomes",
    "one",
    "ones",
    "so-called",
    "mainly",
    "largely",
    "mostly",
    "particularly",
    "especially",
    "effectively",
    "consistently",
    "repeatedly",
    "repeated",
    "currently",
    "now",
    "already",
    "even",
    "really",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "some",
    "lot",
    "lots",
    "several",
    "further",
    "thus",
    "therefore",
    "however",
    "meanwhile",
    "here",
    "own",
    "same",
    "way",
    "being",
    "whole",
    "again",
    "ever",
];

/// Words that deny what follows them in their clause.
pub const NEGATION_CUES: &[&str] = &[
    "not",
    "no",
    "never",
    "none",
    "nobody",
    "nothing",
    "neither",
    "nor",
    "n't",
    "cannot",
    "deny",
    "denies",
    "denied",
    "denying",
    "denial",
    "denials",
    "refuse",
    "refuses",
    "refused",
    "refusing",
    "refusal",
    "reject",
    "rejects",
    "rejected",
    "rejecting",
    "rejection",
    "fail",
    "fails",
    "failed",
    "failing",
    "failure",
    "without",
    "lack",
    "lacks",
    "lacked",
    "absence",
    "rule out",
    "rules out",
    "ruled out",
    "dismissed",
    "dismisses",
    "turn down",
    "turns down",
    "turned down",
    "no longer",
    "declined to",
    "declines to",
    "decline to",
    // `was unable to score`: the score is denied, not only the ability.
    "unable to",
    // `has yet to appear`, `is yet to be released`: not so far.
    "yet to",
    // `to restore order rather than to finance the government`, `paid in cash instead of
    // shares`: not to finance, not in shares.
    "rather than",
    "instead of",
    // `is something other than a film`: not a film.
    "something other",
    "someone other",
    // `cancelled his visit to Kenya`, `called off the strike`: the visit, the strike, will
    // not happen.
    "cancel",
    "cancels",
    "cancelled",
    "canceled",
    "cancelling",
    "canceling",
    "call off",
    "calls off",
    "called off",
    "scrapped",
    // `postponed the vote`, `delayed the launch`: not held, not launched (only before an
    // object: the analysis checks).
    "postpone",
    "postpones",
    "postponed",
    "postponing",
    "delay",
    "delays",
    "delayed",
    "delaying",
    // `skipped its dividend`, `will forgo a pay rise`: did not pay it, will not take it.
    "skip",
    "skips",
    "skipped",
    "skipping",
    "forgo",
    "forgoes",
    "forgoing",
    "forgone",
    "forwent",
    // `voted against the bill`: did not vote for it.
    "vote against",
    "votes against",
    "voted against",
    "voting against",
];

/// Words that end the scope of a negation cue.
pub const SCOPE_BREAKERS: &[&str] = &[
    "but", "while", "whereas", "although", "though", "however", "yet", "which", "who", "because",
    "and",
];

/// What a word or phrase of a sentence is once looked up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lookup {
    /// The canonical key: a stem (`pledg`), a joined phrase (`take_part`) or a name (`@united states`).
    pub key: String,
    /// Number of tokens the entry spans.
    pub len: usize,
    /// A name (alias table) rather than a word, or a phrase WordNet names an instance by
    /// (`North Africa`, `Middle East`) written capitalised: a proper noun is a name however
    /// it is listed.
    pub is_name: bool,
}

#[derive(Clone, Debug)]
struct PhraseEntry {
    key: String,
    is_name: bool,
    /// For each word: must the text be capitalised (1), all capitals (2), or anything (0)?
    case: Vec<u8>,
    /// The phrase's words as written (lower case, accents folded), one list per phrase
    /// that shares these stems and key. Text matches a phrase only in these words or their
    /// inflections: stems alone would read "critics reviewed" as WordNet's "critical review".
    forms: Vec<Vec<String>>,
}

/// The prefix of a group of words built one on the other (see [`Lexicon::add_derived_pair`]).
const DERIVED: &str = "~d";

/// The vocabulary the judge reasons with.
/// Verbs whose past is their base form, which WordNet lists as no exception.
const UNCHANGED_PAST: &[&str] = &[
    "beat", "cut", "hit", "put", "set", "hurt", "quit", "shut", "spread", "cost", "bid", "let",
    "cast", "struck",
];

/// Which way a figure went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

pub struct Lexicon {
    stemmer: rust_stemmers::Stemmer,
    irregular: HashMap<String, String>,
    /// Irregular forms of verbs that are no `-ing` form (`beaten`, `met`, `fought`).
    irregular_verb_forms: HashSet<String>,
    phrases: HashMap<Vec<String>, Vec<PhraseEntry>>,
    max_phrase: usize,
    /// key → other keys it may be matched through (synonym groups, derivations).
    related: HashMap<String, Vec<String>>,
    antonyms: HashSet<(String, String)>,
    /// What a person noun is a kind of (`guitarist` → `musician`), by WordNet lemma.
    kind_of: HashMap<String, Vec<String>>,
    /// Every key that has an antonym (to tell a superlative from `forest` or `interest`).
    opposed: HashSet<String>,
    /// Superlatives in one word whose base is an adjective the tables know (`largest`,
    /// `biggest`): keyed as the base, so that they meet its synonyms' superlatives.
    superlatives: HashSet<String>,
    event_nouns: HashSet<String>,
    /// Words that say which way a figure went, by key, and whether the word says only that
    /// (`rise`, `cut`) or also how much (`soar`, `halve`).
    directions: HashMap<String, (Direction, bool)>,
    /// Steps of a process, by stem: the process's name and the step's place in it
    /// (`investigate` 0, `arrest` 1, `charge` 2, `convict` 3).
    stages: HashMap<String, (String, usize)>,
    stopwords: HashSet<&'static str>,
    /// Keys of phrases that say only what a stopword says (`as well` for `also`, `once
    /// again` for `again`): no claim word, as the stopword is none.
    light_phrases: HashSet<String>,
    next_group: usize,
    /// Name key → kinds of thing it is (`brussels` → city, national capital, …).
    classes: HashMap<String, Vec<String>>,
    /// Name key → keys of the named wholes it is part of (`england` → the United Kingdom,
    /// Europe, …).
    part_of: HashMap<String, Vec<String>>,
    /// Common noun (lower-case lemma) → the coarse kinds of its main senses and of all its
    /// senses (`dog` → animal; animal, artifact, person, substance).
    noun_kinds: HashMap<String, (Kinds, Kinds)>,
    /// Sorts of thing no thing is two of at once (`curated.txt`): noun → its sort.
    sorts: HashMap<String, String>,
}

/// Coarse kinds of thing a common noun names, from WordNet's lexicographer files, as a set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kinds(u16);

const KIND_NAMES: [&str; 11] = [
    "person",
    "animal",
    "plant",
    "group",
    "collection",
    "place",
    "artifact",
    "work",
    "body",
    "substance",
    "time",
];

/// Pairs of kinds a thing can be at once, besides the same kind twice: a group of people is
/// described by what its members are (`the band` / `the musicians`), a country is a place
/// and a government, a newspaper is a work and a company, a book a work and an object,
/// an airport a place and a building, a fruit a plant and a food. A collection of things (a
/// series, a set) may be of any thing but living ones and people. Every other pair
/// excludes: a singer is not a dog, a film is not a person, a television series is not a
/// murderer.
const COMPATIBLE_KINDS: &[(&str, &str)] = &[
    ("collection", "place"),
    ("collection", "artifact"),
    ("collection", "work"),
    ("collection", "substance"),
    ("collection", "time"),
    ("person", "group"),
    ("place", "group"),
    ("work", "group"),
    ("artifact", "group"),
    ("work", "artifact"),
    ("place", "artifact"),
    ("artifact", "substance"),
    ("plant", "substance"),
    ("animal", "substance"),
    ("animal", "body"),
    ("person", "body"),
];

impl Kinds {
    fn parse(list: &str) -> Kinds {
        Kinds(
            list.split(',')
                .filter_map(|k| KIND_NAMES.iter().position(|n| *n == k))
                .fold(0, |bits, i| bits | 1 << i),
        )
    }

    fn names(self) -> impl Iterator<Item = &'static str> {
        (0..KIND_NAMES.len())
            .filter(move |i| self.0 & 1 << i != 0)
            .map(|i| KIND_NAMES[i])
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// A work only (`film`, `novel`) against an object in its main senses that is no work
    /// (`truck`, `painting`), either way round: a book is both a work and an object, but `a
    /// 1973 painting` is not a film. Read in main senses only on both sides, as `hit` is
    /// no object.
    fn is_work_of_another_object(self, stated_main: Kinds) -> bool {
        let (work, artifact) = (Kinds::parse("work"), Kinds::parse("artifact"));
        self == work && stated_main.0 & artifact.0 != 0 && stated_main.0 & work.0 == 0
    }

    /// Can something be of a kind in `self` and of a kind in `other` at once?
    fn compatible(self, other: Kinds) -> bool {
        self.names().any(|a| {
            other.names().any(|b| {
                a == b
                    || COMPATIBLE_KINDS
                        .iter()
                        .any(|&(x, y)| (x, y) == (a, b) || (y, x) == (a, b))
            })
        })
    }
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("phrases", &self.phrases.len())
            .field("related", &self.related.len())
            .field("antonyms", &self.antonyms.len())
            .finish()
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::builtin()
    }
}

impl Lexicon {
    /// An empty lexicon: stems and stopwords only.
    pub fn empty() -> Self {
        Lexicon {
            stemmer: rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English),
            irregular: HashMap::new(),
            irregular_verb_forms: HashSet::new(),
            phrases: HashMap::new(),
            max_phrase: 1,
            related: HashMap::new(),
            antonyms: HashSet::new(),
            opposed: HashSet::new(),
            superlatives: HashSet::new(),
            kind_of: HashMap::new(),
            event_nouns: HashSet::new(),
            directions: HashMap::new(),
            stages: HashMap::new(),
            stopwords: STOPWORDS.iter().copied().collect(),
            light_phrases: HashSet::new(),
            next_group: 0,
            classes: HashMap::new(),
            part_of: HashMap::new(),
            noun_kinds: HashMap::new(),
            sorts: HashMap::new(),
        }
    }

    /// The curated news vocabulary plus the WordNet tables.
    pub fn builtin() -> Self {
        let mut lex = Lexicon::empty();
        crate::text::wordnet::load_into(&mut lex);
        lex.load_curated(CURATED)
            .expect("the built-in lexicon is well formed (tested)");
        // After the aliases, so that classes attach to `@united states` as well.
        crate::text::wordnet::load_classes_into(&mut lex);
        lex
    }

    /// Reads entries in the `lexicon/curated.txt` format.
    pub fn load_curated(&mut self, text: &str) -> Result<(), String> {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (head, rest) = line
                .split_once(':')
                .ok_or_else(|| format!("line {}: missing `:`", n + 1))?;
            let items: Vec<&str> = rest
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            let (kind, first) = head.split_once(' ').unwrap_or((head, ""));
            let first = first.trim();
            match kind {
                "alias" | "demonym" => self.add_alias(first, &items),
                "synonym" => self.add_synonyms(&items),
                "antonym" => self.add_antonyms(first, &items),
                "sort" => {
                    for w in items {
                        self.sorts.insert(w.to_lowercase(), first.to_string());
                    }
                }
                "event" => {
                    for w in items {
                        let k = self.stem(&w.to_lowercase());
                        self.event_nouns.insert(k);
                    }
                }
                "direction" => {
                    let (way, plain) = match first {
                        "up" => (Direction::Up, true),
                        "down" => (Direction::Down, true),
                        "up sharply" => (Direction::Up, false),
                        "down sharply" => (Direction::Down, false),
                        other => {
                            return Err(format!("line {}: unknown direction `{other}`", n + 1));
                        }
                    };
                    for w in items {
                        let k = self.stem(&w.to_lowercase());
                        self.directions.insert(k, (way, plain));
                    }
                }
                "stage" => {
                    // `stage legal: investigate probe > arrest > charge indict > convict`:
                    // the steps in order, words of one step side by side.
                    for (place, step) in rest.split('>').enumerate() {
                        for w in step.split_whitespace() {
                            let k = self.stem(&w.to_lowercase());
                            self.stages.insert(k, (first.to_string(), place));
                        }
                    }
                }
                other => return Err(format!("line {}: unknown entry kind `{other}`", n + 1)),
            }
        }
        Ok(())
    }

    /// `canonical` and every variant name one thing.
    pub fn add_alias(&mut self, canonical: &str, variants: &[&str]) {
        let key = format!("@{}", canonical.to_lowercase());
        for v in std::iter::once(&canonical).chain(variants.iter()) {
            // A variant WordNet already knows as a phrase keeps its synonyms under the name.
            let stems: Vec<String> = v
                .split_whitespace()
                .map(|w| self.stem(&w.to_lowercase()))
                .collect();
            let groups: Vec<String> = self
                .phrases
                .get(&stems)
                .into_iter()
                .flatten()
                .filter(|e| !e.is_name)
                .filter_map(|e| self.related.get(&e.key))
                .flatten()
                .cloned()
                .collect();
            for g in groups {
                self.relate(&key, &g);
            }
            self.add_phrase(v, key.clone(), true);
        }
    }

    /// Every word of `words` states the same thing as every other.
    pub fn add_synonyms(&mut self, words: &[&str]) {
        self.add_group("~g", words);
    }

    /// Adds a pair of words that may replace each other (one WordNet synonym).
    pub fn add_pair(&mut self, a: &str, b: &str) {
        self.add_synonyms(&[a, b]);
    }

    /// Adds a pair of words built one on the other (`Algeria` / `Algerian`, `nation` /
    /// `national`). Unlike a synonym, such a pair still holds between words of a name.
    pub fn add_derived_pair(&mut self, a: &str, b: &str) {
        self.add_group(DERIVED, &[a, b]);
    }

    fn add_group(&mut self, prefix: &str, words: &[&str]) {
        let group = format!("{prefix}{}", self.next_group);
        self.next_group += 1;
        for w in words {
            let key = self.word_key(w);
            self.relate(&key, &group);
        }
    }

    /// `word` is the opposite of each of `opposites`.
    pub fn add_antonyms(&mut self, word: &str, opposites: &[&str]) {
        let a = self.word_key(word);
        for o in opposites {
            let b = self.word_key(o);
            if a != b {
                self.antonyms.insert((a.clone(), b.clone()));
                self.opposed.insert(a.clone());
                self.opposed.insert(b.clone());
                self.antonyms.insert((b, a.clone()));
            }
        }
    }

    /// An irregular form and its base (`met` → `meet`).
    /// Records `form` as an irregular form of the verb `base` (besides [`Lexicon::add_irregular`]).
    pub fn add_irregular_verb(&mut self, form: &str, base: &str) {
        self.add_irregular(form, base);
        if !form.ends_with("ing") {
            self.irregular_verb_forms.insert(form.to_lowercase());
        }
    }

    /// A verb's past form (or participle): `recaptured`, `beaten`, `met`, `beat`. Read from
    /// the word's ending and WordNet's irregular verbs, so it is a guess: `red` ends in `-ed`
    /// too, and `cut` may be the noun.
    pub fn is_past_verb(&self, lower: &str) -> bool {
        lower.len() > 4 && lower.ends_with("ed")
            || self.irregular_verb_forms.contains(lower)
            || UNCHANGED_PAST.contains(&lower)
    }

    /// Adds a superlative of an adjective, keyed as the adjective (see [`Lexicon::stem`]).
    pub fn add_superlative(&mut self, form: &str, base: &str) {
        self.add_irregular(form, base);
        self.superlatives.insert(form.to_lowercase());
    }

    pub fn add_irregular(&mut self, form: &str, base: &str) {
        self.irregular
            .entry(form.to_lowercase())
            .or_insert_with(|| base.to_lowercase());
    }

    fn relate(&mut self, key: &str, group: &str) {
        let list = self.related.entry(key.to_string()).or_default();
        if !list.iter().any(|g| g == group) {
            list.push(group.to_string());
        }
    }

    /// The key of a single word or a phrase written in the lexicon.
    fn word_key(&mut self, w: &str) -> String {
        let words: Vec<&str> = w.split_whitespace().collect();
        if words.len() == 1 {
            return self.stem(&words[0].to_lowercase());
        }
        let key = words
            .iter()
            .map(|x| self.stem(&x.to_lowercase()))
            .collect::<Vec<_>>()
            .join("_");
        self.add_phrase(w, key.clone(), false);
        key
    }

    fn add_phrase(&mut self, phrase: &str, key: String, is_name: bool) {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        if words.is_empty() {
            return;
        }
        let stems: Vec<String> = words.iter().map(|w| self.stem(&w.to_lowercase())).collect();
        // WordNet writes its names with the article in lower case (`the states`, `the hague`,
        // `the hill`); after `the`, such a word phrase matches only a capitalised word, so
        // that "the state of New York" is not the United States. Aliases say what they mean
        // (`the alliance` for NATO).
        let after_the = !is_name && words.len() > 1 && words[0].eq_ignore_ascii_case("the");
        let case = words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if after_the && i > 0 && w.chars().all(|c| !c.is_uppercase()) {
                    return 1;
                }
                let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
                if letters.len() <= 3
                    && letters.len() > 1
                    && letters.iter().all(|c| c.is_uppercase())
                {
                    2
                } else if letters.first().is_some_and(|c| c.is_uppercase()) {
                    1
                } else {
                    0
                }
            })
            .collect();
        let form: Vec<String> = words.iter().map(|w| plain_form(w)).collect();
        self.max_phrase = self.max_phrase.max(stems.len());
        let entries = self.phrases.entry(stems).or_default();
        match entries.iter_mut().find(|e| e.key == key) {
            Some(e) => {
                if !e.forms.contains(&form) {
                    e.forms.push(form);
                }
            }
            None => entries.push(PhraseEntry {
                key,
                is_name,
                case,
                forms: vec![form],
            }),
        }
    }

    /// Is `text` (lower case, folded) the word `word` or an inflection of it, or the other
    /// way round (`forces` / `force`, `ministers` / `minister`, `men` / `man`)? Derived words
    /// that only share a stem (`critics` / `critical`) are not.
    fn inflects(&self, text: &str, word: &str) -> bool {
        let (short, long) = if text.len() <= word.len() {
            (text, word)
        } else {
            (word, text)
        };
        if short == long {
            return true;
        }
        // A superlative is no form of a phrase's word: `smallest town` is no `small town`.
        if self.superlatives.contains(long) {
            return false;
        }
        let base_of = |w: &str| self.irregular.get(w).map(String::as_str);
        if base_of(long) == Some(short) || base_of(short) == Some(long) {
            return true;
        }
        let Some(ending) = long.strip_prefix(short) else {
            // `study` / `studies`, `make` / `making`, `stop` / `stopped`
            let stemless = |w: &str, tail: char| w.strip_suffix(tail).map(str::to_string);
            return ["ies", "ied"]
                .iter()
                .any(|e| stemless(short, 'y').is_some_and(|b| long == format!("{b}{e}")))
                || ["ing", "ed", "er"]
                    .iter()
                    .any(|e| stemless(short, 'e').is_some_and(|b| long == format!("{b}{e}")));
        };
        let doubled = short.chars().last().map(|c| c.to_string());
        matches!(
            ending,
            "s" | "es" | "'s" | "ed" | "d" | "ing" | "er" | "ers"
        ) || doubled
            .is_some_and(|d| ending.starts_with(&d) && matches!(&ending[d.len()..], "ed" | "ing"))
    }

    /// The stem of a lower-case word, through the irregular forms first.
    pub fn stem(&self, lower: &str) -> String {
        let bare = bare_word(lower);
        let w = bare.as_ref();
        if let Some(base) = self.irregular.get(w) {
            return self.stemmer.stem(base).into_owned();
        }
        if w.contains('.') || w.len() <= 3 {
            return w.to_string();
        }
        self.stemmer.stem(w).into_owned()
    }

    pub fn is_stopword(&self, lower: &str) -> bool {
        self.stopwords.contains(lower)
    }

    /// Records that the phrase `words` is another way to write a stopword (see
    /// [`Lexicon::is_light_phrase`]).
    pub fn add_light_phrase(&mut self, words: &str) {
        let key = self.word_key(words);
        self.light_phrases.insert(key);
    }

    /// Does the phrase with this key say only what a stopword says (`as well`, `once
    /// again`)?
    pub fn is_light_phrase(&self, key: &str) -> bool {
        self.light_phrases.contains(key)
    }

    pub fn is_event_noun(&self, key: &str) -> bool {
        self.event_nouns.contains(key)
    }

    /// Which way a word with this key says a figure went (`rose`, `soared`, `cut`).
    pub fn direction(&self, key: &str) -> Option<Direction> {
        self.directions.get(key).map(|&(way, _)| way)
    }

    /// The process a word is a step of, and the step's place (see `stage` in
    /// `lexicon/curated.txt`): `charged` is step 2 of `legal`.
    pub fn stage(&self, lower: &str) -> Option<(&str, usize)> {
        self.stages
            .get(&self.stem(lower))
            .map(|(process, place)| (process.as_str(), *place))
    }

    /// Which way a word with this key says a figure went, when that is all it says (`rose`,
    /// `cut`; not `soared`, which also says by how much).
    pub fn plain_direction(&self, key: &str) -> Option<Direction> {
        self.directions
            .get(key)
            .filter(|&&(_, plain)| plain)
            .map(|&(way, _)| way)
    }

    /// The longest lexicon phrase starting at `words[0]`; `words` are (text, stem) pairs.
    pub fn longest_phrase(&self, words: &[(&str, &str)]) -> Option<Lookup> {
        let max = self.max_phrase.min(words.len());
        for len in (1..=max).rev() {
            let stems: Vec<String> = words[..len].iter().map(|w| w.1.to_string()).collect();
            let Some(entries) = self.phrases.get(&stems) else {
                continue;
            };
            // Names first: `United States` is a name before it is two words.
            let mut ordered: Vec<&PhraseEntry> = entries.iter().collect();
            ordered.sort_by_key(|e| !e.is_name);
            for e in ordered {
                let case_ok = words[..len]
                    .iter()
                    .zip(&e.case)
                    .all(|((text, _), c)| match c {
                        2 => text
                            .chars()
                            .filter(|c| c.is_alphabetic())
                            .all(|c| c.is_uppercase()),
                        1 => text.chars().next().is_some_and(|c| c.is_uppercase()),
                        _ => true,
                    });
                let form_ok = len == 1
                    || e.forms.iter().any(|form| {
                        words[..len]
                            .iter()
                            .zip(form)
                            .all(|((text, _), w)| self.inflects(&plain_form(text), w))
                    });
                if case_ok && form_ok && (len > 1 || e.is_name) {
                    // WordNet's tables are in lower case: a phrase it names an instance
                    // by (`north africa` is a region) is proper when written capitalised.
                    let capitalised = words[..len]
                        .iter()
                        .all(|(text, _)| text.chars().next().is_some_and(char::is_uppercase));
                    // (Not one WordNet writes after `the`: `The Virgin America` is no `the virgin`.)
                    let proper = len > 1
                        && capitalised
                        && !words[0].0.eq_ignore_ascii_case("the")
                        && self.classes.contains_key(&e.key);
                    return Some(Lookup {
                        key: e.key.clone(),
                        len,
                        is_name: e.is_name || proper,
                    });
                }
            }
        }
        None
    }

    /// Every key through which `key` may be matched: itself and its synonym groups.
    pub fn match_keys(&self, key: &str) -> Vec<String> {
        let mut keys = vec![key.to_string()];
        if let Some(rel) = self.related.get(key) {
            keys.extend(rel.iter().cloned());
        }
        keys
    }

    /// The keys through which a word of a name of several words may be matched: itself and
    /// the words built on it. The `Patriots` of a team's name are no `nationalists`, but the
    /// `Algerian` of a name is still of `Algeria`.
    pub fn name_word_keys(&self, key: &str) -> Vec<String> {
        let mut keys = self.match_keys(key);
        keys.retain(|k| k == key || k.starts_with(DERIVED));
        keys
    }

    /// The keys a name is known by: its phrase and alias keys, or its stem.
    fn name_keys(&self, name: &str) -> Vec<String> {
        let stems: Vec<String> = name
            .split_whitespace()
            .map(|w| self.stem(&w.to_lowercase()))
            .collect();
        let mut keys: Vec<String> = self
            .phrases
            .get(&stems)
            .into_iter()
            .flatten()
            // A place of several words may be a phrase that is not marked as a name
            // (`north_africa`): the sentence still writes it with capitals.
            .filter(|e| e.is_name || stems.len() > 1)
            .map(|e| e.key.clone())
            .collect();
        if stems.len() == 1 {
            keys.push(stems[0].clone());
        }
        keys
    }

    /// Records that the name `name` is a kind of `class` (from WordNet instances).
    pub fn add_class(&mut self, name: &str, class: &str) {
        for k in self.name_keys(name) {
            let list = self.classes.entry(k).or_default();
            if !list.iter().any(|c| c == class) {
                list.push(class.to_string());
            }
        }
    }

    /// Records that the place or body `name` is part of `whole` (WordNet part holonyms).
    pub fn add_part(&mut self, name: &str, whole: &str) {
        let wholes = self.name_keys(whole);
        for k in self.name_keys(name) {
            let list = self.part_of.entry(k).or_default();
            for w in &wholes {
                if !list.contains(w) {
                    list.push(w.clone());
                }
            }
        }
    }

    /// Could the name `b` stand where `a` is said to, excluding it: of the same kind, and
    /// neither inside the other (Paris for Brussels, not England for the United Kingdom)?
    ///
    /// A name of another kind excludes `a` too when it lies inside places that each exclude it
    /// (North Africa, inside Africa, for Europe; Siberia, inside Russia, for China). A name
    /// inside several places (Paris in France and in Texas) must lie in a rival of `a` in
    /// every one of them.
    pub fn may_replace(&self, a: &str, b: &str) -> bool {
        if self.nested(a, b) {
            return false;
        }
        let inside_rivals = |part: &str, other: &str| {
            self.part_of.get(part).is_some_and(|wholes| {
                !wholes.is_empty()
                    && wholes.iter().all(|w| {
                        // Both known: a place of unknown kind decides nothing here.
                        let known = |k: &str| self.classes.contains_key(k);
                        w != other
                            && known(w)
                            && known(other)
                            && self.same_kind(w, other)
                            && !self.nested(w, other)
                    })
            })
        };
        self.same_kind(a, b) || inside_rivals(b, a) || inside_rivals(a, b)
    }

    /// Is one of these names part of the other (England and the United Kingdom)? Then one
    /// does not exclude the other.
    pub fn nested(&self, a: &str, b: &str) -> bool {
        self.within(a, b) || self.within(b, a)
    }

    /// Is the place `part` (a name key) inside `whole` (Paris in France, North Africa in
    /// Africa), as WordNet's part holonyms say?
    pub fn within(&self, part: &str, whole: &str) -> bool {
        self.part_of
            .get(part)
            .is_some_and(|w| w.iter().any(|k| k == whole))
    }

    /// Could these two names fill the same slot? Unknown names could; known ones must share
    /// a class (Paris and Brussels are both cities; Ukraine and Brussels share none).
    pub fn same_kind(&self, a: &str, b: &str) -> bool {
        match (self.classes.get(a), self.classes.get(b)) {
            (Some(x), Some(y)) => x.iter().any(|c| y.contains(c)),
            _ => true,
        }
    }

    /// Records the kinds of a common noun (WordNet `kinds.tsv`).
    pub fn add_noun_kinds(&mut self, lemma: &str, main: &str, all: &str) {
        self.noun_kinds.insert(
            lemma.to_lowercase(),
            (Kinds::parse(main), Kinds::parse(all)),
        );
    }

    /// The common noun that `words` (lower case, as written) end with, as WordNet lists it:
    /// the longest known compound (`political party` before `party`), plurals reduced
    /// (`singers`, `series`, `parties`).
    pub fn noun_at_end(&self, words: &[&str]) -> Option<String> {
        for n in (1..=words.len().min(3)).rev() {
            let phrase = words[words.len() - n..].join(" ");
            if let Some(lemma) = self.noun_lemma(&phrase) {
                return Some(lemma);
            }
        }
        None
    }

    fn noun_lemma(&self, phrase: &str) -> Option<String> {
        let (head, last) = match phrase.rsplit_once(' ') {
            Some((h, l)) => (format!("{h} "), l),
            None => (String::new(), phrase),
        };
        let mut forms = vec![last.to_string()];
        if let Some(base) = self.irregular.get(last) {
            forms.push(base.clone());
        }
        for (suffix, with) in [("ies", "y"), ("es", ""), ("s", "")] {
            if let Some(stem) = last.strip_suffix(suffix)
                && stem.len() >= 2
            {
                forms.push(format!("{stem}{with}"));
            }
        }
        forms
            .into_iter()
            .map(|f| format!("{head}{f}"))
            .find(|f| self.noun_kinds.contains_key(f))
    }

    /// Is `claimed` (a noun's lemma, read in its main senses) a kind of thing that
    /// `stated` (read in any of its senses) cannot also be? `dog` against `singer` is;
    /// `driver` against `model` is not (both may name people); a noun without a kind never is.
    pub fn kinds_exclude(&self, claimed: &str, stated: &str) -> bool {
        match (self.noun_kinds.get(claimed), self.noun_kinds.get(stated)) {
            (Some(&(main, _)), Some(&(stated_main, all))) => {
                !main.is_empty()
                    && !all.is_empty()
                    && (!main.compatible(all)
                        || main.is_work_of_another_object(stated_main)
                        || stated_main.is_work_of_another_object(main))
            }
            _ => false,
        }
    }

    /// Are these nouns (WordNet lemmas) of two sorts that exclude each other (a film is no
    /// television series, a city no county)? WordNet's hierarchy cannot say it: `city` has a
    /// sense under `administrative district`, as `county` has, and `website` sits under
    /// `computer`. So the sorts are a curated list, and a noun not on it excludes nothing.
    pub fn sorts_exclude(&self, claimed: &str, stated: &str) -> bool {
        match (self.sorts.get(claimed), self.sorts.get(stated)) {
            (Some(a), Some(b)) => a != b,
            _ => false,
        }
    }

    /// Are these nouns of one sort (`film` and `movie`)?
    pub fn same_sort(&self, a: &str, b: &str) -> bool {
        self.sorts
            .get(a)
            .is_some_and(|x| self.sorts.get(b) == Some(x))
    }

    /// Does this lower-case word name a person in its main senses (`director`, `singers`)?
    pub fn names_a_person(&self, lower: &str) -> bool {
        let person = Kinds::parse("person");
        self.noun_lemma(lower)
            .and_then(|l| self.noun_kinds.get(&l))
            .is_some_and(|&(main, _)| main.0 & person.0 != 0)
    }

    /// Can this lower-case word name a person in any of its senses (`receiver`, `tackle`)?
    pub fn may_name_a_person(&self, lower: &str) -> bool {
        let person = Kinds::parse("person");
        self.noun_lemma(lower)
            .and_then(|l| self.noun_kinds.get(&l))
            .is_some_and(|&(_, all)| all.0 & person.0 != 0)
    }

    pub fn are_antonyms(&self, a: &str, b: &str) -> bool {
        self.antonyms.contains(&(a.to_string(), b.to_string()))
    }

    /// Records that a `specific` person noun is a kind of a `general` one.
    pub fn add_kind_of(&mut self, specific: &str, general: &str) {
        self.kind_of
            .entry(specific.to_string())
            .or_default()
            .push(general.to_string());
    }

    /// Whether the person noun `specific` is a kind of `general` (WordNet lemmas): a
    /// `guitarist` is a `musician`, a `senator` a `politician`.
    pub fn is_kind_of(&self, specific: &str, general: &str) -> bool {
        self.kind_of
            .get(specific)
            .is_some_and(|g| g.iter().any(|x| x == general))
    }

    /// [`Lexicon::is_kind_of`] for words as written, plurals included (`footballers`,
    /// `players`).
    pub fn is_kind_of_word(&self, specific: &str, general: &str) -> bool {
        let lemma = |w: &str| self.noun_lemma(w).unwrap_or_else(|| w.to_string());
        self.is_kind_of(&lemma(specific), &lemma(general))
    }

    /// A comparative in one word (`larger`, `faster`, `better`): an `-er` form with an
    /// opposite, which `water` and `border` have not.
    pub fn is_comparative(&self, lower: &str) -> bool {
        lower.ends_with("er") && self.opposed.contains(&self.stem(lower))
    }

    /// A superlative, in one word or as the first part of a hyphenated one (`highest`,
    /// `best-selling`): `best`, `worst`, or an `-est` form with an opposite (`lowest`), which
    /// `forest` and `interest` have not.
    pub fn is_superlative(&self, lower: &str) -> bool {
        let word = lower.split('-').next().unwrap_or(lower);
        self.is_adjective_superlative(word)
            || word.ends_with("est") && self.opposed.contains(&self.stem(word))
    }

    /// A superlative of an adjective the tables know, in one word (`largest`, `best`; not
    /// `rest`, which only ends like one).
    pub fn is_adjective_superlative(&self, lower: &str) -> bool {
        matches!(lower, "best" | "worst") || self.superlatives.contains(lower)
    }
}

/// A word as a phrase compares it: lower case, apostrophes straight, then [`bare_word`].
fn plain_form(word: &str) -> String {
    let lower = crate::text::tokens::lower_case(word);
    bare_word(&lower).into_owned()
}

/// A lower-case word as it is keyed: accents folded, so that a name written with them
/// (`Bolívar`, `Copa América`) and one written without them are the same word, and without
/// a final period or possessive (`U.S.`, `Ukraine's`).
fn bare_word(lower: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let folded: Cow<str> = if lower.is_ascii() {
        Cow::Borrowed(lower)
    } else {
        Cow::Owned(fold_accents(lower))
    };
    let trimmed = folded.trim_end_matches('.').trim_end_matches("'s");
    if trimmed.is_empty() || trimmed.len() == folded.len() {
        folded
    } else {
        Cow::Owned(trimmed.to_string())
    }
}

/// `lower` without its combining marks: `bolívar` → `bolivar`, `totò` → `toto`.
fn fold_accents(lower: &str) -> String {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    lower.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_loads_and_relates_news_words() {
        let lex = Lexicon::builtin();
        let troops = lex.match_keys(&lex.stem("troops"));
        let forces = lex.match_keys(&lex.stem("forces"));
        assert!(troops.iter().any(|k| forces.contains(k)));
        assert!(lex.are_antonyms(&lex.stem("eager"), &lex.stem("hesitant")));
        assert!(!lex.are_antonyms(&lex.stem("eager"), &lex.stem("willing")));
        // A participial adjective's pair (`filmed` / `live`) would reach the verb `film`.
        assert!(lex.are_antonyms(&lex.stem("dead"), &lex.stem("live")));
        assert!(!lex.are_antonyms(&lex.stem("film"), &lex.stem("live")));
    }

    #[test]
    fn accents_are_folded_so_a_name_matches_without_them() {
        let lex = Lexicon::builtin();
        assert_eq!(lex.stem("bolívar"), lex.stem("bolivar"));
        assert_eq!(lex.stem("américa"), lex.stem("america"));
        assert_eq!(lex.stem("naïve"), lex.stem("naive"));
        // Folding keeps letters: it does not merge different words.
        assert_ne!(lex.stem("bolívar"), lex.stem("bolivia"));
    }

    #[test]
    fn phrases_match_their_inflections_but_not_words_that_only_share_a_stem() {
        let lex = Lexicon::builtin();
        let phrase = |text: &str| {
            let words: Vec<(String, String)> = text
                .split(' ')
                .map(|w| (w.to_string(), lex.stem(&w.to_lowercase())))
                .collect();
            let pairs: Vec<(&str, &str)> = words
                .iter()
                .map(|(t, s)| (t.as_str(), s.as_str()))
                .collect();
            lex.longest_phrase(&pairs).map(|l| l.len)
        };
        assert_eq!(phrase("critical review"), Some(2));
        assert_eq!(phrase("critical reviews"), Some(2));
        // Same stems (`critic`, `review`), other words: a noun and a verb.
        assert_eq!(phrase("critics reviewed"), None);
    }

    #[test]
    fn aliases_respect_case_so_the_pronoun_us_is_not_the_country() {
        let lex = Lexicon::builtin();
        let us = lex.longest_phrase(&[("US", "us")]).unwrap();
        assert_eq!(us.key, "@united states");
        assert!(lex.longest_phrase(&[("us", "us")]).is_none());
        let uk = lex
            .longest_phrase(&[
                ("United", &lex.stem("united")),
                ("Kingdom", &lex.stem("kingdom")),
            ])
            .unwrap();
        assert_eq!((uk.key.as_str(), uk.len), ("@united kingdom", 2));
    }

    #[test]
    fn kinds_of_common_nouns_exclude_only_across_kinds() {
        let lex = Lexicon::builtin();
        assert_eq!(
            lex.noun_at_end(&["american", "singers"]).as_deref(),
            Some("singer")
        );
        assert_eq!(
            lex.noun_at_end(&["a", "political", "party"]).as_deref(),
            Some("political party")
        );
        assert_eq!(lex.noun_at_end(&["parties"]).as_deref(), Some("party"));
        assert!(lex.kinds_exclude("dog", "singer"));
        assert!(lex.kinds_exclude("film", "actress"));
        // Both may name people; a country is also a group.
        assert!(!lex.kinds_exclude("driver", "model"));
        assert!(!lex.kinds_exclude("country", "state"));
        assert!(!lex.kinds_exclude("band", "musician"));
        // A series is a collection of things, not a group of people.
        assert!(lex.kinds_exclude("series", "murderer"));
        assert!(lex.kinds_exclude("murderer", "series"));
        assert!(!lex.kinds_exclude("series", "film"));
        assert!(lex.kinds_exclude("series", "party"));
        // A work is no object that is only an object; a book is both, and a hit is no object.
        assert!(lex.kinds_exclude("film", "truck"));
        assert!(lex.kinds_exclude("movie", "painting"));
        assert!(lex.kinds_exclude("truck", "film"));
        assert!(!lex.kinds_exclude("novel", "book"));
        assert!(!lex.kinds_exclude("song", "hit"));
        assert!(!lex.kinds_exclude("album", "record"));
        // A noun of no clear kind (a `single` is a base hit to WordNet) never excludes.
        assert!(!lex.kinds_exclude("song", "single"));
        assert!(!lex.kinds_exclude("song", "unheard-of-word"));
    }

    #[test]
    fn places_know_what_they_are_part_of() {
        let lex = Lexicon::builtin();
        assert!(lex.nested("@england", "@united kingdom"));
        assert!(lex.nested("@united kingdom", "@england"));
        assert!(!lex.nested("@france", "@germany"));
        assert!(lex.within("@england", "@united kingdom"));
        assert!(!lex.within("@united kingdom", "@england"));
        assert!(lex.within("north_africa", "africa"));
    }

    #[test]
    fn stages_are_read_in_order_with_their_inflections() {
        let mut lex = Lexicon::builtin();
        lex.load_curated("stage harvest: sow plant > reap > thresh")
            .expect("valid entry");
        assert_eq!(lex.stage("planted"), Some(("harvest", 0)));
        assert_eq!(lex.stage("reaping"), Some(("harvest", 1)));
        assert_eq!(lex.stage("threshed"), Some(("harvest", 2)));
        assert_eq!(lex.stage("harvested"), None);
        // The bundled ladders.
        let lex = Lexicon::builtin();
        assert!(lex.stage("charged").unwrap().1 > lex.stage("investigated").unwrap().1);
    }

    #[test]
    fn irregular_forms_reach_their_base() {
        let lex = Lexicon::builtin();
        assert_eq!(lex.stem("met"), lex.stem("meeting"));
    }

    #[test]
    fn project_entries_extend_the_lexicon() {
        let mut lex = Lexicon::builtin();
        lex.add_alias("NATO", &["the alliance"]);
        let hit = lex
            .longest_phrase(&[("the", "the"), ("alliance", &lex.stem("alliance"))])
            .unwrap();
        assert_eq!(hit.key, "@nato");
        assert!(lex.load_curated("bogus x: y").is_err());
        // A word phrase of WordNet's after `the` is a name, written with a capital.
        let the_state = [("the", "the"), ("state", &lex.stem("state"))];
        assert!(lex.longest_phrase(&the_state).is_none());
        let the_states = [("the", "the"), ("States", &lex.stem("states"))];
        assert!(lex.longest_phrase(&the_states).is_some());
    }
}
