//! The three answers claimcheck gives, shared by the claim files (`expect:`), the judge and
//! every report.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What the sources say about a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// A source states everything the claim states.
    Supported,
    /// A source about the same thing says something incompatible.
    Contradicted,
    /// Neither: no source says it, or only part of it. The answer when in doubt.
    Unknown,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [Verdict::Supported, Verdict::Contradicted, Verdict::Unknown];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
