//! The date parser over the tokenizer, with and without an anchor date: never panics.
#![no_main]

use claimcheck::text::dates::{extract_dates, parse_iso_date};
use claimcheck::text::tokens::tokenize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    // The anchor is the source's date: an ISO date at the start of the input, if any.
    let anchor = text.get(..10).and_then(parse_iso_date);
    let _ = parse_iso_date(text);
    let tokens = tokenize(text);
    for anchor in [None, anchor, Some(0)] {
        for q in extract_dates(&tokens, anchor) {
            assert!(q.first <= q.end && q.end <= tokens.len());
        }
    }
});
