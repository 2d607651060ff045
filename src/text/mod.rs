//! Text analysis: tokens, sentences, stems and lexicon, numbers, negation, quotations.
//! Claims and source sentences are analysed the same way.

pub mod analysis;
pub mod dates;
pub mod lexicon;
pub mod numbers;
pub mod sentences;
pub mod tokens;
pub mod wordnet;

pub use analysis::{Analysis, Term, analyse, analyse_dated};
pub use lexicon::Lexicon;
