//! The number parser over the tokenizer: never panics, token ranges stay in the sentence.
#![no_main]

use claimcheck::text::numbers::extract_quantities;
use claimcheck::text::tokens::tokenize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let tokens = tokenize(text);
    let quantities = extract_quantities(&tokens);
    for q in &quantities {
        assert!(q.first <= q.end && q.end <= tokens.len());
        for other in &quantities {
            let _ = q.comparable(other);
            let _ = q.agreement(other);
        }
    }
});
