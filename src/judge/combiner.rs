//! The learned combiner: multinomial logistic regression over the judge's named features,
//! for the cases the rules leave open (some words of the claim not found literally, a conflict
//! in a sentence that is only partly about the claim).
//!
//! Its weights are trained by `claimcheck-bench --train` from the bundled benchmark data
//! (deterministic: fixed order, zero start, fixed number of steps) and written to
//! `src/judge/weights.rs`. It may only say *supported* when it is confident
//! ([`SUPPORT_THRESHOLD`], chosen by the trainer to keep false passes rare); otherwise the rules'
//! answer (unknown) stands.

use super::features::{FEATURE_NAMES, Features, N_FEATURES, index};
use super::weights::{CONTRADICT_THRESHOLD, SUPPORT_THRESHOLD, WEIGHTS};
use crate::verdict::Verdict;

/// Class order of the weight rows.
/// The most claim words (not names or numbers) a near match may leave unstated.
pub const MAX_MISSING_WORDS: f64 = 1.0;

pub const CLASSES: [Verdict; 3] = [Verdict::Supported, Verdict::Contradicted, Verdict::Unknown];

/// The combiner's answer: a verdict only when confident, with its probabilities and the
/// features that pushed hardest towards it.
#[derive(Clone, Debug, PartialEq)]
pub struct Combined {
    pub verdict: Option<Verdict>,
    pub probabilities: [f64; 3],
    /// Up to three (feature, contribution) pairs for the chosen class.
    pub drivers: Vec<(&'static str, f64)>,
}

/// Class probabilities for a feature vector under `weights` (rows: classes; last column: bias).
pub fn probabilities(weights: &[[f64; N_FEATURES + 1]; 3], x: &[f64; N_FEATURES]) -> [f64; 3] {
    let mut z = [0.0; 3];
    for (c, row) in weights.iter().enumerate() {
        z[c] = row[N_FEATURES]
            + row[..N_FEATURES]
                .iter()
                .zip(x)
                .map(|(w, v)| w * v)
                .sum::<f64>();
    }
    let m = z.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = z.iter().map(|v| (v - m).exp()).collect();
    let s: f64 = e.iter().sum();
    [e[0] / s, e[1] / s, e[2] / s]
}

/// The combiner's verdict for a feature vector under `weights` and thresholds, if any.
///
/// Whatever the weights, two rules hold: it never says *supported* unless every name and
/// every number of the claim is in the evidence (only other words may be paraphrased) and the
/// evidence does not merely say it may be so, and
/// never says *contradicted* unless the evidence holds a conflict a rule found or every claim
/// word is mentioned by some source: a claim about something no source mentions is unknown,
/// not false.
pub fn decide_with(
    weights: &[[f64; N_FEATURES + 1]; 3],
    support_threshold: f64,
    contradict_threshold: f64,
    x: &[f64; N_FEATURES],
) -> Option<Verdict> {
    let p = probabilities(weights, x);
    let may_support = [
        "missing_names",
        "missing_numbers",
        "undecided_numbers",
        "unmatched_names",
        "hedged",
    ]
    .iter()
    .all(|f| x[index(f)] == 0.0)
        && x[index("missing_words")] <= MAX_MISSING_WORDS;
    let conflicts = [
        "negation_conflicts",
        "number_conflicts",
        "entity_conflicts",
        "misquotes",
        "antonyms",
    ]
    .iter()
    .any(|f| x[index(f)] > 0.0);
    let may_contradict =
        x[index("unmatched_names")] == 0.0 && (conflicts || x[index("unmatched_anywhere")] == 0.0);
    if may_support && p[0] >= support_threshold && p[0] > p[1] && p[0] > p[2] {
        Some(Verdict::Supported)
    } else if may_contradict && p[1] >= contradict_threshold && p[1] > p[0] && p[1] > p[2] {
        Some(Verdict::Contradicted)
    } else {
        None
    }
}

/// Applies the trained combiner.
pub fn combine(features: &Features) -> Combined {
    let x = features.vector();
    let p = probabilities(&WEIGHTS, &x);
    let verdict = decide_with(&WEIGHTS, SUPPORT_THRESHOLD, CONTRADICT_THRESHOLD, &x);
    let class = verdict.map_or(2, |v| CLASSES.iter().position(|c| *c == v).unwrap_or(2));
    // Contribution of each feature to the chosen class relative to the mean of the others.
    let mut drivers: Vec<(&'static str, f64)> = (0..N_FEATURES)
        .map(|i| {
            let others = (0..3)
                .filter(|&c| c != class)
                .map(|c| WEIGHTS[c][i])
                .sum::<f64>()
                / 2.0;
            (FEATURE_NAMES[i], (WEIGHTS[class][i] - others) * x[i])
        })
        .filter(|(_, c)| c.abs() > 1e-9)
        .collect();
    drivers.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(b.0)));
    drivers.truncate(3);
    Combined {
        verdict,
        probabilities: p,
        drivers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_contradicts_a_claim_naming_what_no_source_mentions() {
        let mut w = [[0.0; N_FEATURES + 1]; 3];
        w[1][N_FEATURES] = 10.0; // everything looks contradicted
        let mut x = [0.0; N_FEATURES];
        assert_eq!(decide_with(&w, 0.5, 0.5, &x), Some(Verdict::Contradicted));
        x[index("unmatched_names")] = 1.0;
        assert_eq!(decide_with(&w, 0.5, 0.5, &x), None);
        x[index("unmatched_names")] = 0.0;
        x[index("unmatched_anywhere")] = 0.5; // words no source mentions, no conflict
        assert_eq!(decide_with(&w, 0.5, 0.5, &x), None);
        x[index("number_conflicts")] = 1.0;
        assert_eq!(decide_with(&w, 0.5, 0.5, &x), Some(Verdict::Contradicted));
        w[1][N_FEATURES] = 0.0;
        w[0][N_FEATURES] = 10.0; // everything looks supported
        x = [0.0; N_FEATURES];
        assert_eq!(decide_with(&w, 0.5, 0.5, &x), Some(Verdict::Supported));
        x[index("missing_names")] = 1.0;
        assert_eq!(decide_with(&w, 0.5, 0.5, &x), None);
        // One word left unstated may pass as a near match; two may not.
        x[index("missing_names")] = 0.0;
        x[index("missing_words")] = 1.0;
        assert_eq!(decide_with(&w, 0.5, 0.5, &x), Some(Verdict::Supported));
        x[index("missing_words")] = 2.0;
        assert_eq!(decide_with(&w, 0.5, 0.5, &x), None);
    }

    #[test]
    fn probabilities_sum_to_one_and_follow_the_weights() {
        let mut w = [[0.0; N_FEATURES + 1]; 3];
        let x = [0.0; N_FEATURES];
        let p = probabilities(&w, &x);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!((p[0] - 1.0 / 3.0).abs() < 1e-12);
        w[1][N_FEATURES] = 5.0; // bias towards contradicted
        let p = probabilities(&w, &x);
        assert!(p[1] > 0.9);
    }
}
