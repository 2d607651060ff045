//! `--format claimreview`: schema.org ClaimReview JSON-LD, a JSON array with one object per
//! claim, in input order, each complete with its own `@context` so it can be embedded alone in a
//! page's `<script type="application/ld+json">`.
//!
//! `reviewRating.alternateName` is the verdict in words and `ratingExplanation` the judge's
//! explanation with the source line; `author` and `url` come from the configuration's
//! `publisher` (`url` + `#claim-id`) and are left out when it is not set.

use super::{RenderOptions, explanation_with_place};
use crate::check::Report;
use crate::verdict::Verdict;
use serde_json::{Value, json};

/// The verdict in words, as a reader of the fact check sees it.
pub fn verdict_words(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "Supported by the sources",
        Verdict::Contradicted => "Contradicted by the sources",
        Verdict::Unknown => "Unknown: the sources do not say",
    }
}

pub fn render(report: &Report, options: &RenderOptions) -> String {
    let publisher = &options.publisher;
    let reviews: Vec<Value> = report
        .results
        .iter()
        .map(|r| {
            let mut review = json!({
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "identifier": r.id,
                "claimReviewed": r.text,
                "itemReviewed": { "@type": "Claim" },
                "reviewRating": {
                    "@type": "Rating",
                    "alternateName": verdict_words(r.judgement.verdict),
                    "ratingExplanation": explanation_with_place(report, r),
                },
            });
            if publisher.name.is_some() || publisher.url.is_some() {
                let mut author = json!({ "@type": "Organization" });
                if let Some(name) = &publisher.name {
                    author["name"] = json!(name);
                }
                if let Some(url) = &publisher.url {
                    author["url"] = json!(url);
                }
                review["author"] = author;
            }
            if let Some(url) = &publisher.url {
                review["url"] = json!(format!("{url}#{}", r.id));
            }
            review
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&reviews).expect("claimreview serialises");
    out.push('\n');
    out
}
