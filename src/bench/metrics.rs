//! Verdict-quality metrics computed from a confusion matrix of expected against got verdicts.
//!
//! Every rate is `None` when its denominator is zero (no claim of that kind), so that a set
//! without `unknown` claims reports no `unknown` recall instead of a made-up 0 or 100%.

use crate::verdict::Verdict;
use serde::Serialize;

/// Counts of claims by expected verdict (rows) and verdict got (columns), in the order of
/// [`Verdict::ALL`]: supported, contradicted, unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Confusion {
    counts: [[usize; 3]; 3],
}

fn index(v: Verdict) -> usize {
    match v {
        Verdict::Supported => 0,
        Verdict::Contradicted => 1,
        Verdict::Unknown => 2,
    }
}

impl Confusion {
    pub fn new() -> Self {
        Confusion::default()
    }

    /// A matrix from its rows: `rows[expected][got]`, verdicts in the order of [`Verdict::ALL`].
    pub fn from_rows(rows: [[usize; 3]; 3]) -> Self {
        Confusion { counts: rows }
    }

    pub fn add(&mut self, expected: Verdict, got: Verdict) {
        self.counts[index(expected)][index(got)] += 1;
    }

    pub fn get(&self, expected: Verdict, got: Verdict) -> usize {
        self.counts[index(expected)][index(got)]
    }

    pub fn total(&self) -> usize {
        self.counts.iter().flatten().sum()
    }

    pub fn correct(&self) -> usize {
        (0..3).map(|i| self.counts[i][i]).sum()
    }

    /// Claims whose expected verdict is `v` (a row sum).
    pub fn expected(&self, v: Verdict) -> usize {
        self.counts[index(v)].iter().sum()
    }

    /// Claims that came out `v` (a column sum).
    pub fn got(&self, v: Verdict) -> usize {
        self.counts.iter().map(|row| row[index(v)]).sum()
    }
}

fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

/// Precision and recall of one verdict.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct VerdictScores {
    pub verdict: Verdict,
    /// Claims expected with this verdict.
    pub expected: usize,
    /// Claims that came out with this verdict.
    pub got: usize,
    /// Of the claims that came out `verdict`, the share expected so.
    pub precision: Option<f64>,
    /// Of the claims expected `verdict`, the share that came out so.
    pub recall: Option<f64>,
}

/// The figures reported for one benchmark set.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Metrics {
    pub claims: usize,
    pub correct: usize,
    pub accuracy: Option<f64>,
    /// Supported, contradicted, unknown.
    pub per_verdict: Vec<VerdictScores>,
    /// Mean of the recall of `supported` and the recall of "not supported" (contradicted or
    /// unknown, either counting as right) — supported vs not-supported as a binary decision.
    pub balanced_accuracy: Option<f64>,
    /// Share of the claims not expected `supported` that came out supported: what the gate
    /// would wrongly certify.
    pub false_pass_rate: Option<f64>,
    /// Share of the claims expected `supported` that came out contradicted: what the gate
    /// would wrongly block.
    pub false_block_rate: Option<f64>,
}

impl Metrics {
    pub fn from_confusion(c: &Confusion) -> Self {
        let s = Verdict::Supported;
        let per_verdict = Verdict::ALL
            .into_iter()
            .map(|v| VerdictScores {
                verdict: v,
                expected: c.expected(v),
                got: c.got(v),
                precision: ratio(c.get(v, v), c.got(v)),
                recall: ratio(c.get(v, v), c.expected(v)),
            })
            .collect();
        let not_supported = c.total() - c.expected(s);
        let false_pass = c.got(s) - c.get(s, s);
        let true_negative = not_supported - false_pass;
        let balanced_accuracy = match (
            ratio(c.get(s, s), c.expected(s)),
            ratio(true_negative, not_supported),
        ) {
            (Some(tpr), Some(tnr)) => Some((tpr + tnr) / 2.0),
            _ => None,
        };
        Metrics {
            claims: c.total(),
            correct: c.correct(),
            accuracy: ratio(c.correct(), c.total()),
            per_verdict,
            balanced_accuracy,
            false_pass_rate: ratio(false_pass, not_supported),
            false_block_rate: ratio(c.get(s, Verdict::Contradicted), c.expected(s)),
        }
    }

    pub fn scores(&self, v: Verdict) -> &VerdictScores {
        &self.per_verdict[index(v)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Verdict::{Contradicted as C, Supported as S, Unknown as U};

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn confusion_counts_rows_expected_columns_got() {
        let mut c = Confusion::new();
        c.add(S, S);
        c.add(S, U);
        c.add(S, U);
        c.add(C, S);
        assert_eq!(c.get(S, U), 2);
        assert_eq!(c.get(U, S), 0);
        assert_eq!(c.expected(S), 3);
        assert_eq!(c.got(S), 2);
        assert_eq!(c.got(U), 2);
        assert_eq!(c.total(), 4);
        assert_eq!(c.correct(), 1);
    }

    /// A hand-worked example:
    ///
    /// ```text
    ///              got S  got C  got U
    /// expected S     6      1      3     (10)
    /// expected C     2      5      1     ( 8)
    /// expected U     1      0      1     ( 2)
    /// ```
    #[test]
    fn hand_worked_three_way_example() {
        let c = Confusion::from_rows([[6, 1, 3], [2, 5, 1], [1, 0, 1]]);
        let m = Metrics::from_confusion(&c);
        assert_eq!(m.claims, 20);
        assert_eq!(m.correct, 12);
        assert!(close(m.accuracy, 12.0 / 20.0));
        // supported: 6 right of 9 got, of 10 expected.
        assert!(close(m.scores(S).precision, 6.0 / 9.0));
        assert!(close(m.scores(S).recall, 6.0 / 10.0));
        // contradicted: 5 of 6 got, of 8 expected.
        assert!(close(m.scores(C).precision, 5.0 / 6.0));
        assert!(close(m.scores(C).recall, 5.0 / 8.0));
        // unknown: 1 of 5 got, of 2 expected.
        assert!(close(m.scores(U).precision, 1.0 / 5.0));
        assert!(close(m.scores(U).recall, 1.0 / 2.0));
        // Not supported: 10 claims, 3 of them came out supported (2 C, 1 U).
        assert!(close(m.false_pass_rate, 3.0 / 10.0));
        // Supported: 10 claims, 1 came out contradicted (the 3 unknowns do not block).
        assert!(close(m.false_block_rate, 1.0 / 10.0));
        // Balanced: (6/10 + 7/10) / 2; a contradicted claim judged unknown is a true negative.
        assert!(close(m.balanced_accuracy, 0.65));
    }

    #[test]
    fn missing_classes_give_no_rate_rather_than_a_made_up_one() {
        // A FEVER-like set: no claim is expected unknown, and the judge said unknown twice.
        let c = Confusion::from_rows([[3, 0, 1], [0, 2, 1], [0, 0, 0]]);
        let m = Metrics::from_confusion(&c);
        assert_eq!(m.scores(U).recall, None);
        assert!(close(m.scores(U).precision, 0.0));
        assert!(close(m.accuracy, 5.0 / 7.0));
        assert!(close(m.false_pass_rate, 0.0));
        assert!(close(m.balanced_accuracy, (3.0 / 4.0 + 1.0) / 2.0));

        // Only supported claims: no false-pass rate and no balanced accuracy.
        let only = Confusion::from_rows([[2, 1, 0], [0, 0, 0], [0, 0, 0]]);
        let m = Metrics::from_confusion(&only);
        assert_eq!(m.false_pass_rate, None);
        assert_eq!(m.balanced_accuracy, None);
        assert!(close(m.false_block_rate, 1.0 / 3.0));
        assert_eq!(m.scores(C).precision, Some(0.0));
        assert_eq!(m.scores(C).recall, None);

        let empty = Metrics::from_confusion(&Confusion::new());
        assert_eq!(empty.claims, 0);
        assert_eq!(empty.accuracy, None);
    }

    #[test]
    fn a_judge_that_always_says_supported_passes_everything() {
        let c = Confusion::from_rows([[5, 0, 0], [4, 0, 0], [1, 0, 0]]);
        let m = Metrics::from_confusion(&c);
        assert!(close(m.false_pass_rate, 1.0));
        assert!(close(m.false_block_rate, 0.0));
        assert!(close(m.balanced_accuracy, 0.5));
        assert!(close(m.accuracy, 0.5));
    }
}
