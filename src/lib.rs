//! claimcheck: checks the claims of a piece against the stored sources it rests on.
//!
//! The data flows through one module per stage:
//! [`load`] (claim files, sources) → [`text`] (tokens, stems, numbers, negation) →
//! [`retrieve`] (an inverted index of source sentences) → [`judge`] (verdict and reasons) →
//! [`report`] (human, json). [`check`] runs the stages; the library never prints.

pub mod diagnostic;
pub mod load;
pub mod text;
pub mod verdict;

pub use diagnostic::{Diagnostic, Severity};
pub use verdict::Verdict;
pub mod bench;
pub mod check;
pub mod config;
pub mod judge;
pub mod report;
pub mod retrieve;
pub mod schema;
