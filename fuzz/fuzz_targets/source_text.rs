//! The source loader on arbitrary bytes: decode, split the layout, split sentences, tokenize.
//! Every range must be in bounds, on character boundaries and in order.
#![no_main]

use claimcheck::load::sources::{decode, parse_layout};
use claimcheck::text::sentences::split_sentences;
use claimcheck::text::tokens::tokenize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok((text, warning)) = decode(data, "sources/fuzz.txt") else {
        return;
    };
    if let Some(w) = warning {
        let _ = w.to_string();
    }
    let (_meta, lines) = parse_layout(&text);
    let mut last = 0;
    for line in &lines {
        assert!(line.number > last, "line numbers increase");
        last = line.number;
        let mut prev_end = 0;
        for (start, end) in split_sentences(&line.text) {
            assert!(prev_end <= start && start <= end && end <= line.text.len());
            assert!(line.text.is_char_boundary(start) && line.text.is_char_boundary(end));
            prev_end = end;
            let sentence = &line.text[start..end];
            let mut prev = 0;
            for t in tokenize(sentence) {
                assert!(prev <= t.start && t.start < t.end && t.end <= sentence.len());
                assert!(sentence.is_char_boundary(t.start) && sentence.is_char_boundary(t.end));
                prev = t.end;
            }
        }
    }
});
