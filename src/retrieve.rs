//! The corpus of source sentences and an inverted index over their terms, so that a claim is
//! compared with the few sentences that share its words, not with every sentence.

use crate::load::Source;
use crate::text::dates::{Dating, headline_year, parse_iso_date};
use crate::text::sentences::split_sentences;
use crate::text::{Analysis, Lexicon, analyse_dated};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};

/// One sentence of a source, analysed.
#[derive(Debug)]
pub struct SourceSentence {
    /// Index into [`Corpus::sources`].
    pub source: usize,
    /// 1-based line of the file the sentence is on.
    pub line: usize,
    pub is_headline: bool,
    pub analysis: Analysis,
}

/// A sentence the index found for a claim, with how much of the claim it shares.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Candidate {
    pub sentence: usize,
    pub score: f64,
}

/// Which sources a claim may be checked against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    All,
    /// Source indices, sorted.
    Sources(Vec<usize>),
}

impl Scope {
    pub fn contains(&self, source: usize) -> bool {
        match self {
            Scope::All => true,
            Scope::Sources(list) => list.binary_search(&source).is_ok(),
        }
    }
}

/// Below this many sentences in scope, scanning them beats walking the posting lists.
const SCAN_LIMIT: usize = 4096;

/// All sources, their sentences and the index.
#[derive(Debug)]
pub struct Corpus {
    pub sources: Vec<crate::load::Source>,
    pub sentences: Vec<SourceSentence>,
    /// match key → sentences containing a term with that key (ascending).
    postings: HashMap<String, Vec<u32>>,
    /// Words seen in lower case somewhere: a capitalised first word that is one of these is
    /// an ordinary word, not a name.
    lowercase_words: HashSet<String>,
    /// The headline sentence of each source, if it has one.
    headlines: Vec<Option<usize>>,
    /// The sentences of each source (they are stored source by source).
    ranges: Vec<std::ops::Range<usize>>,
    /// Match keys with letters lost in decoding (U+FFFD), sorted: the index cannot find
    /// them under the claim's spelling, so the judge compares these few letter by letter.
    garbled_keys: Vec<String>,
}

impl Corpus {
    /// Splits and analyses every source (in parallel) and indexes the sentences.
    pub fn build(sources: Vec<Source>, lex: &Lexicon) -> Corpus {
        let per_source: Vec<Vec<SourceSentence>> = sources
            .par_iter()
            .enumerate()
            .map(|(si, src)| {
                let published = src.meta.date.as_deref().and_then(parse_iso_date);
                let mut dating = Dating::published(published);
                if dating.year.is_none() {
                    dating.year = src.meta.title.as_deref().and_then(headline_year);
                }
                let mut out = Vec::new();
                for line in &src.lines {
                    for (a, b) in split_sentences(&line.text) {
                        out.push(SourceSentence {
                            source: si,
                            line: line.number,
                            is_headline: line.is_headline,
                            analysis: analyse_dated(&line.text[a..b], lex, dating),
                        });
                    }
                }
                out
            })
            .collect();
        let sentences: Vec<SourceSentence> = per_source.into_iter().flatten().collect();
        let mut postings: HashMap<String, Vec<u32>> = HashMap::new();
        let mut lowercase_words = HashSet::new();
        let mut headlines = vec![None; sources.len()];
        let mut ranges = vec![0..0; sources.len()];
        for (i, s) in sentences.iter().enumerate() {
            if ranges[s.source].is_empty() {
                ranges[s.source] = i..i + 1;
            } else {
                ranges[s.source].end = i + 1;
            }
            if s.is_headline && headlines[s.source].is_none() {
                headlines[s.source] = Some(i);
            }
            for t in &s.analysis.terms {
                for k in t.mention_keys() {
                    let list = postings.entry(k.clone()).or_default();
                    if list.last() != Some(&(i as u32)) {
                        list.push(i as u32);
                    }
                }
            }
            for tok in &s.analysis.tokens {
                if tok.is_word() && !tok.is_capitalized() {
                    lowercase_words.insert(tok.lower.clone());
                }
            }
        }
        let mut garbled_keys: Vec<String> = postings
            .keys()
            .filter(|k| k.contains(char::REPLACEMENT_CHARACTER))
            .cloned()
            .collect();
        garbled_keys.sort_unstable();
        Corpus {
            sources,
            sentences,
            postings,
            lowercase_words,
            headlines,
            ranges,
            garbled_keys,
        }
    }

    /// The match keys with letters lost in decoding (`m\u{FFFD}tley`), sorted.
    pub fn garbled_keys(&self) -> &[String] {
        &self.garbled_keys
    }

    /// The sentences in scope, when the scope is small enough to scan.
    fn scan_list(&self, scope: &Scope) -> Option<Vec<usize>> {
        let Scope::Sources(list) = scope else {
            return None;
        };
        let n: usize = list.iter().map(|&s| self.ranges[s].len()).sum();
        (n <= SCAN_LIMIT).then(|| list.iter().flat_map(|&s| self.ranges[s].clone()).collect())
    }

    /// Every sentence in scope.
    pub fn sentences_in<'a>(&'a self, scope: &'a Scope) -> Box<dyn Iterator<Item = usize> + 'a> {
        match scope {
            Scope::All => Box::new(0..self.sentences.len()),
            Scope::Sources(list) => Box::new(list.iter().flat_map(|&s| self.ranges[s].clone())),
        }
    }

    /// Is `lower` an ordinary word of the corpus (seen in lower case)?
    pub fn is_common_word(&self, lower: &str) -> bool {
        self.lowercase_words.contains(lower)
    }

    /// Whether the source's headline is a title that names its topic (front matter
    /// `title:`), not an article's headline that sums up an event.
    pub fn headline_is_title(&self, source: usize) -> bool {
        self.sources[source].meta.titled
    }

    /// The sentences of a source, in order.
    pub fn sentences_of(&self, source: usize) -> std::ops::Range<usize> {
        self.ranges[source].clone()
    }

    pub fn headline_of(&self, source: usize) -> Option<usize> {
        self.headlines[source]
    }

    /// The sentence before and after `i` in the same source.
    pub fn neighbours(&self, i: usize) -> [Option<usize>; 2] {
        let src = self.sentences[i].source;
        let prev = i
            .checked_sub(1)
            .filter(|&p| self.sentences[p].source == src);
        let next =
            Some(i + 1).filter(|&n| n < self.sentences.len() && self.sentences[n].source == src);
        [prev, next]
    }

    /// Sentences in scope containing a term with any of these keys, ascending.
    pub fn sentences_with(&self, keys: &[String], scope: &Scope) -> Vec<usize> {
        let has = |i: usize| {
            self.sentences[i]
                .analysis
                .terms
                .iter()
                .any(|t| t.mention_keys().any(|k| keys.contains(k)))
        };
        if let Some(list) = self.scan_list(scope) {
            return list.into_iter().filter(|&i| has(i)).collect();
        }
        let mut out: Vec<usize> = keys
            .iter()
            .filter_map(|k| self.postings.get(k))
            .flatten()
            .map(|&i| i as usize)
            .filter(|&i| scope.contains(self.sentences[i].source))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// How rare a key is: rare words tell more about which sentence is meant.
    fn idf(&self, key: &str) -> f64 {
        let df = self.postings.get(key).map_or(0, |p| p.len()) as f64;
        (1.0 + self.sentences.len() as f64 / (1.0 + df)).ln()
    }

    /// The `k` sentences sharing the most (rarity-weighted) terms with the claim.
    pub fn candidates(&self, claim: &Analysis, scope: &Scope, k: usize) -> Vec<Candidate> {
        let mut scores: HashMap<usize, f64> = HashMap::new();
        for term in &claim.terms {
            let mut hit: HashMap<usize, f64> = HashMap::new();
            for key in &term.match_keys {
                let w = self.idf(key);
                for s in self.sentences_with(std::slice::from_ref(key), scope) {
                    let e = hit.entry(s).or_insert(0.0);
                    *e = e.max(w);
                }
            }
            for (s, w) in hit {
                *scores.entry(s).or_insert(0.0) += w;
            }
        }
        let mut ranked: Vec<Candidate> = scores
            .into_iter()
            .map(|(sentence, score)| Candidate { sentence, score })
            .collect();
        ranked.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.sentence.cmp(&b.sentence))
        });
        ranked.truncate(k);
        ranked
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::sources::parse_layout;

    fn corpus(texts: &[&str]) -> Corpus {
        let sources = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let (meta, lines) = parse_layout(t);
                Source {
                    display_path: format!("sources/{i}.txt"),
                    rel_path: format!("{i}.txt"),
                    meta,
                    lines,
                }
            })
            .collect();
        Corpus::build(sources, &Lexicon::builtin())
    }

    #[test]
    fn finds_the_sentence_sharing_the_rare_words_first() {
        let c = corpus(&[
            "The cat sat. Troops were sent to Latvia by the UK.\nThe weather was fine.",
            "Latvia is small.",
        ]);
        let claim = crate::text::analyse("The UK sent troops to Latvia.", &Lexicon::builtin());
        let top = c.candidates(&claim, &Scope::All, 2);
        assert_eq!(
            c.sentences[top[0].sentence].analysis.text,
            "Troops were sent to Latvia by the UK."
        );
        assert_eq!(top.len(), 2);
        let only_second = c.candidates(&claim, &Scope::Sources(vec![1]), 5);
        assert_eq!(only_second.len(), 1);
        assert_eq!(c.sentences[only_second[0].sentence].source, 1);
    }

    #[test]
    fn knows_neighbours_headlines_and_common_words() {
        let c = corpus(&[" date 2025-04-11 1\nHeadline words\nOne. Two.", "Three."]);
        assert_eq!(c.headline_of(0), Some(0));
        assert_eq!(c.neighbours(1), [Some(0), Some(2)]);
        assert_eq!(c.neighbours(2), [Some(1), None]);
        assert!(c.is_common_word("words") && !c.is_common_word("headline"));
    }
}
