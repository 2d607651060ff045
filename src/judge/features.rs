//! The judge's named features of one piece of evidence: what the rules measured, as numbers.
//!
//! The rules decide clear cases on their own (everything stated → supported; a conflict in a
//! sentence about the same thing → contradicted). The features feed the learned combiner
//! ([`super::combiner`]) for the rest, and every verdict it gives is explained by them.

use serde::Serialize;

/// Feature values of one evidence unit. Counts are capped so that one outlier claim cannot
/// dominate the combiner.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Features {
    /// Share of the claim (by weight) the evidence speaks to, conflicts included.
    pub coverage: f64,
    /// Share of the claim, conflicts set aside, the evidence states.
    pub aboutness: f64,
    /// Share of the claim the main sentence itself speaks to.
    pub main_share: f64,
    /// Claim names the evidence does not mention.
    pub missing_names: f64,
    /// Other claim words the evidence does not state.
    pub missing_words: f64,
    /// Claim numbers the evidence neither confirms nor contradicts.
    pub missing_numbers: f64,
    /// Claim numbers the evidence confirms.
    pub agreeing_numbers: f64,
    pub negation_conflicts: f64,
    pub number_conflicts: f64,
    pub entity_conflicts: f64,
    pub misquotes: f64,
    pub antonyms: f64,
    /// Names in the main sentence the claim does not use (someone else may be meant).
    pub other_names: f64,
    /// Share of claim words that no source in scope mentions anywhere.
    pub unmatched_anywhere: f64,
    /// The claim itself denies something (`not`, `never`, `refused`).
    pub claim_negated: f64,
    /// The main sentence denies something.
    pub source_negated: f64,
    /// Share of the main sentence's content words the claim does not use: a source that says
    /// much else, or says something else.
    pub extra_source_words: f64,
    /// Claim numbers the evidence bears on without deciding (`30` against `around 30`).
    pub undecided_numbers: f64,
    /// Shared words over all words (lower-case tokens) of claim and main sentence.
    pub word_overlap: f64,
    /// Content words of the claim, over ten.
    pub claim_size: f64,
    /// Claim names that no source in scope mentions anywhere.
    pub unmatched_names: f64,
    /// The main sentence only says it may be so (`may`, `could`) where the claim says it is.
    pub hedged: f64,
}

/// Number of features, in [`Features::vector`] order.
pub const N_FEATURES: usize = 22;

/// Feature names, in [`Features::vector`] order (used by the trainer and the explanations).
pub const FEATURE_NAMES: [&str; N_FEATURES] = [
    "coverage",
    "aboutness",
    "main_share",
    "missing_names",
    "missing_words",
    "missing_numbers",
    "agreeing_numbers",
    "negation_conflicts",
    "number_conflicts",
    "entity_conflicts",
    "misquotes",
    "antonyms",
    "other_names",
    "unmatched_anywhere",
    "claim_negated",
    "source_negated",
    "extra_source_words",
    "undecided_numbers",
    "word_overlap",
    "claim_size",
    "unmatched_names",
    "hedged",
];

/// Position of a feature in [`Features::vector`].
pub fn index(name: &str) -> usize {
    FEATURE_NAMES
        .iter()
        .position(|n| *n == name)
        .expect("a known feature name")
}

pub(crate) fn cap(x: f64) -> f64 {
    x.min(3.0)
}

impl Features {
    /// The values in a fixed order, for the combiner.
    pub fn vector(&self) -> [f64; N_FEATURES] {
        [
            self.coverage,
            self.aboutness,
            self.main_share,
            cap(self.missing_names),
            cap(self.missing_words),
            cap(self.missing_numbers),
            cap(self.agreeing_numbers),
            cap(self.negation_conflicts),
            cap(self.number_conflicts),
            cap(self.entity_conflicts),
            cap(self.misquotes),
            cap(self.antonyms),
            cap(self.other_names),
            self.unmatched_anywhere,
            self.claim_negated,
            self.source_negated,
            self.extra_source_words,
            cap(self.undecided_numbers),
            self.word_overlap,
            self.claim_size.min(3.0),
            cap(self.unmatched_names),
            self.hedged,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vector_follows_the_names_and_caps_counts() {
        let f = Features {
            coverage: 0.5,
            missing_words: 7.0,
            source_negated: 1.0,
            ..Features::default()
        };
        let v = f.vector();
        let at = |name: &str| FEATURE_NAMES.iter().position(|n| *n == name).unwrap();
        assert_eq!(v[at("coverage")], 0.5);
        assert_eq!(v[at("missing_words")], 3.0);
        assert_eq!(v[at("source_negated")], 1.0);
    }
}
