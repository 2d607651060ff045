//! Loading what the user wrote: claim files and stored sources.

pub mod claims;
pub mod files;
pub mod sources;

pub use claims::{Claim, ClaimFile, ClaimLimits, SourceRef, load_claim_files, parse_claim_file};
pub use sources::{Source, SourceLimits, SourceMeta, load_sources};
