//! The claim-file loader on arbitrary bytes: it must return claims or diagnostics, never
//! panic, and every diagnostic must render.
#![no_main]

use claimcheck::load::{ClaimLimits, parse_claim_file};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Small limits too, so that the limit paths are reached with small inputs.
    let small = ClaimLimits {
        max_file_bytes: 4096,
        max_claims: 3,
        max_depth: 4,
    };
    for limits in [ClaimLimits::default(), small] {
        match parse_claim_file("claims/fuzz.yaml", text, &limits) {
            Ok(file) => {
                assert!(file.claims.len() <= limits.max_claims);
                for claim in &file.claims {
                    assert!(!claim.id.is_empty());
                    assert!(!claim.text.trim().is_empty());
                    assert!(claim.line >= 1);
                }
                for d in &file.warnings {
                    assert!(!d.is_error());
                    let _ = d.to_string();
                }
            }
            Err(problems) => {
                assert!(!problems.is_empty());
                for d in &problems {
                    assert!(d.is_error());
                    let shown = d.to_string();
                    // One diagnostic, one first line: nothing from the input breaks it.
                    assert!(shown.lines().next().unwrap().contains(": error: "));
                }
            }
        }
    }
});
