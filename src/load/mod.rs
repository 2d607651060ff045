//! Loading what the user wrote: claim files and stored sources.

pub mod claims;
pub mod files;
pub mod sources;

pub use claims::{Claim, ClaimFile, ClaimLimits, SourceRef, load_claim_files, parse_claim_file};
pub use sources::{Source, SourceLimits, SourceMeta, load_sources};

/// Text as the rest of the tool reads it: Unicode NFC. An accent typed as its own combining
/// mark (`e` + U+0301) and the same letter typed whole (`é`) are one character afterwards, so
/// a claim and a source that spell `L'Oréal` the two ways name the same thing.
pub(crate) fn canonical(text: &str) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return text.to_string();
    }
    text.nfc().collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_accent_typed_as_a_combining_mark_is_composed() {
        assert_eq!(super::canonical("L'Ore\u{301}al"), "L'Or\u{e9}al");
        assert_eq!(super::canonical("plain text"), "plain text");
    }
}
