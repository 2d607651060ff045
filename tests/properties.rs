//! Properties of the loaders and the text splitters over generated input (proptest), the
//! everyday complement of the fuzz targets under `fuzz/`.

use claimcheck::Diagnostic;
use claimcheck::load::sources::{decode, parse_layout};
use claimcheck::load::{ClaimLimits, parse_claim_file};
use claimcheck::text::numbers::extract_quantities;
use claimcheck::text::sentences::split_sentences;
use claimcheck::text::tokens::tokenize;
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// Text that looks like news: words, numbers, punctuation, quotes, dashes, abbreviations,
/// with now and then something hostile (control characters, combining marks, emoji, BOM).
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[A-Za-z]{1,9}",
        2 => Just(" ".to_string()),
        1 => "[0-9]{1,4}([.,][0-9]{1,3})?",
        1 => prop::sample::select(vec![
            ".", ",", "!", "?", "…", ";", ":", "—", "–", "-", "'", "’", "\"", "“", "”", "«", "»",
            "(", ")", "[", "]", "$", "%", "U.S.", "Dr.", "Jan.", "n't", "’s", "e.g.", "...",
            "\u{301}", "\u{200b}", "\u{feff}", "\u{85}", "\u{1}", "\t", "\r", "🦀", "ß", "İ", "ﬃ",
        ])
        .prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn tokens_are_in_order_on_char_boundaries_and_cover_every_letter_and_digit(text in newsy()) {
        let tokens = tokenize(&text);
        let mut prev = 0;
        for t in &tokens {
            prop_assert!(prev <= t.start && t.start < t.end && t.end <= text.len(), "{t:?}");
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            prev = t.end;
        }
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() {
                prop_assert!(
                    tokens.iter().any(|t| t.start <= i && i < t.end),
                    "{c:?} at {i} is in no token: {tokens:?}"
                );
            }
        }
    }

    #[test]
    fn sentences_are_in_order_within_bounds_and_trimmed(text in newsy()) {
        let mut prev = 0;
        for (start, end) in split_sentences(&text) {
            prop_assert!(prev <= start && start <= end && end <= text.len());
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            let s = &text[start..end];
            prop_assert_eq!(s, s.trim());
            prev = end;
        }
    }

    #[test]
    fn quantities_point_at_their_tokens(text in newsy()) {
        let tokens = tokenize(&text);
        for q in extract_quantities(&tokens) {
            prop_assert!(q.first <= q.end && q.end <= tokens.len());
        }
    }

    #[test]
    fn decoding_valid_utf8_keeps_the_text_and_layout_lines_keep_their_numbers(text in newsy()) {
        let (decoded, warning) = decode(text.as_bytes(), "s.txt").unwrap_or_else(|d| {
            // Only NUL makes a file binary.
            assert!(text.contains('\0'), "{d}");
            (String::new(), None)
        });
        if !text.contains('\0') {
            prop_assert_eq!(&decoded, text.strip_prefix('\u{feff}').unwrap_or(&text));
            prop_assert!(warning.is_none());
        }
        let (_, lines) = parse_layout(&decoded);
        let count = decoded.split('\n').count();
        let mut last = 0;
        for l in lines {
            prop_assert!(l.number > last && l.number <= count);
            last = l.number;
        }
    }

    #[test]
    fn decoding_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok((text, _)) = decode(&bytes, "s.txt") {
            let _ = parse_layout(&text);
        }
    }

    #[test]
    fn the_claim_loader_never_panics_and_every_diagnostic_is_one_line(text in yamlish()) {
        let limits = ClaimLimits { max_claims: 5, max_depth: 6, ..ClaimLimits::default() };
        match parse_claim_file("claims/p.yaml", &text, &limits) {
            Ok(file) => {
                for d in &file.warnings {
                    check_rendering(d)?;
                }
                prop_assert!(file.claims.len() <= 5);
            }
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for d in &problems {
                    prop_assert!(d.is_error());
                    check_rendering(d)?;
                }
            }
        }
    }

    #[test]
    fn claims_round_trip_whatever_their_text(texts in prop::collection::vec(newsy(), 1..8)) {
        let mut yaml = String::from("claims:\n");
        let mut expected = Vec::new();
        for (i, t) in texts.iter().enumerate() {
            yaml.push_str(&format!("  - id: c{i}\n    text: {}\n", double_quoted(t)));
            // The loader composes accents (NFC): `k` + U+0301 comes back as `ḱ`.
            expected.push(t.trim().nfc().collect::<String>());
        }
        match parse_claim_file("claims/p.yaml", &yaml, &ClaimLimits::default()) {
            Ok(file) => {
                let got: Vec<&str> = file.claims.iter().map(|c| c.text.as_str()).collect();
                prop_assert_eq!(got, expected.iter().map(String::as_str).collect::<Vec<_>>());
                for (i, c) in file.claims.iter().enumerate() {
                    prop_assert_eq!(c.line, 2 + 2 * i);
                }
            }
            Err(problems) => {
                // Only a text that is empty once trimmed is refused.
                for d in &problems {
                    prop_assert_eq!(&d.message, "claim `text` is empty");
                }
                prop_assert!(expected.iter().any(String::is_empty));
            }
        }
    }
}

fn check_rendering(d: &Diagnostic) -> Result<(), TestCaseError> {
    let shown = d.to_string();
    let first = shown.lines().next().unwrap_or("");
    prop_assert!(
        first.starts_with("claims/p.yaml")
            && (first.contains(": error: ") || first.contains(": warning: ")),
        "{shown}"
    );
    prop_assert!(
        !shown.chars().any(|c| c.is_control() && c != '\n'),
        "{shown:?}"
    );
    Ok(())
}

/// A YAML double-quoted scalar holding exactly `s`.
fn double_quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() || c == '\u{feff}' || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\U{:08X}", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text made of claim-file fragments, so that most of it gets past the YAML scanner and
/// reaches the checks: keys known and unknown, lists, mappings, anchors, aliases, tags,
/// document markers, odd indentation.
fn yamlish() -> impl Strategy<Value = String> {
    let fragment = prop::sample::select(vec![
        "claims:",
        "title:",
        "sources:",
        "- id: a",
        "- id: b",
        "  text: x",
        "  text: [y]",
        "  expect: supported",
        "  expect: maybe",
        "  note: ~",
        "  sources: [a.txt, ../b]",
        "  - ",
        "- ",
        "  ",
        "    ",
        "\t",
        "&a ",
        "*a",
        "!!str ",
        "!!binary ",
        "? ",
        ": ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "---",
        "...",
        "%YAML 1.2",
        "#",
        "'",
        "\"",
        "\\x01",
        "|",
        ">",
        "\u{85}",
        "\u{feff}",
        "null",
        "1.5",
        "yes",
        "<<: *a",
        "id",
        "text",
        "\r",
        "é",
    ]);
    prop::collection::vec((fragment, prop::bool::ANY), 0..40).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(f, newline)| format!("{f}{}", if newline { "\n" } else { " " }))
            .collect()
    })
}
