//! The development claim set (bench/troops-dev.yaml, 22 claims a careful fact-checker judged
//! from the seed article alone) must keep its accuracy, and no claim that is not supported may
//! ever come out supported.

use claimcheck::Verdict;
use claimcheck::check::{CheckOptions, run};
use claimcheck::text::Lexicon;
use std::path::PathBuf;

#[test]
fn troops_dev_set_meets_its_bar() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let options = CheckOptions {
        claim_paths: vec![root.join("bench/troops-dev.yaml")],
        sources_dirs: vec![root.join("sources")],
        ..CheckOptions::default()
    };
    let report = run(&options, &Lexicon::builtin());
    assert!(!report.has_errors(), "{:?}", report.diagnostics);
    assert_eq!(report.results.len(), 22);
    let mut wrong = Vec::new();
    let mut false_pass = Vec::new();
    for r in &report.results {
        let expect = r.expect.expect("every dev claim has an expect");
        if r.judgement.verdict != expect {
            wrong.push(format!(
                "{}: {} (expected {expect})",
                r.id, r.judgement.verdict
            ));
        }
        if r.judgement.verdict == Verdict::Supported && expect != Verdict::Supported {
            false_pass.push(r.id.clone());
        }
    }
    assert!(false_pass.is_empty(), "wrongly supported: {false_pass:?}");
    assert!(wrong.len() <= 1, "{} of 22 wrong: {wrong:#?}", wrong.len());
}
