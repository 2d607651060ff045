//! The report for people: one block per claim, readable with and without colour.
//!
//! ```text
//! ✗ contradicted  us-troops  claims/troops.yaml:9
//!   - claim   The US will send troops to Ukraine.
//!   + source  …complicated by Washington’s repeated denials of any intention to send troops.
//!             sources/menafn-2025-04-11-troops.txt:7
//!   why: the source denies it (…)
//! ```

use super::RenderOptions;
use super::diff::diff_lines;
use crate::check::{ClaimResult, Report};
use crate::judge::Evidence;
use crate::verdict::Verdict;
use colored::Colorize;
use std::fmt::Write;

pub fn render(report: &Report, options: &RenderOptions) -> String {
    let mut out = String::new();
    for r in &report.results {
        if options.quiet && r.pass {
            continue;
        }
        render_claim(&mut out, report, r, options);
    }
    out.push_str(&summary_line(report, options.color));
    out.push('\n');
    out
}

fn paint(s: &str, verdict: Verdict, color: bool) -> String {
    if !color {
        return s.to_string();
    }
    match verdict {
        Verdict::Supported => s.green().bold().to_string(),
        Verdict::Contradicted => s.red().bold().to_string(),
        Verdict::Unknown => s.yellow().bold().to_string(),
    }
}

fn mark(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "✓",
        Verdict::Contradicted => "✗",
        Verdict::Unknown => "?",
    }
}

/// User text made safe for a terminal: control characters (an ESC in a claim could restyle
/// or clear the screen) are shown as their Unicode control pictures.
fn printable(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            0x09 => ' ',
            n @ 0x00..=0x1f => char::from_u32(0x2400 + n).unwrap_or('\u{fffd}'),
            0x7f => '\u{2421}',
            0x80..=0x9f => '\u{fffd}',
            _ => c,
        })
        .collect()
}

fn render_claim(out: &mut String, report: &Report, r: &ClaimResult, options: &RenderOptions) {
    let j = &r.judgement;
    let color = options.color;
    let head = format!("{} {}", mark(j.verdict), j.verdict);
    let _ = write!(
        out,
        "{}  {}  {}:{}",
        paint(&head, j.verdict, color),
        r.id,
        r.file,
        r.line
    );
    if !r.pass {
        let why = match r.expect {
            Some(e) => format!("FAIL: expected {e}"),
            None => format!("FAIL: {} fails the gate", j.verdict),
        };
        let _ = write!(
            out,
            "  {}",
            if color {
                why.red().bold().to_string()
            } else {
                why
            }
        );
    }
    out.push('\n');
    let shown: Vec<&Evidence> = if options.verbose {
        j.evidence.iter().collect()
    } else {
        j.evidence
            .iter()
            .filter(|e| j.verdict != Verdict::Unknown || e.score > 0.0)
            .take(if j.verdict == Verdict::Contradicted {
                2
            } else {
                1
            })
            .collect()
    };
    if j.verdict == Verdict::Unknown {
        let _ = writeln!(out, "  {}", printable(&j.explanation));
        if let Some(e) = shown.first() {
            let s = &report.corpus.sentences[e.sentence];
            let src = &report.corpus.sources[s.source];
            let _ = writeln!(out, "  closest: {}:{}", src.display_path, s.line);
            write_diff(out, report, &r.text, e, color);
        }
    } else {
        for e in &shown {
            write_diff(out, report, &r.text, e, color);
        }
        let _ = writeln!(out, "  why: {}", printable(&j.explanation));
    }
    if options.verbose {
        for e in &j.evidence {
            let s = &report.corpus.sentences[e.sentence];
            let _ = writeln!(
                out,
                "  · {:?} score {:.3} {}:{} missing [{}]",
                e.stance,
                e.score,
                report.corpus.sources[s.source].display_path,
                s.line,
                e.missing.join(", ")
            );
        }
    }
    if let Some(note) = &r.note {
        let _ = writeln!(out, "  note: {}", printable(note));
    }
}

fn write_diff(out: &mut String, report: &Report, claim: &str, e: &Evidence, color: bool) {
    let s = &report.corpus.sentences[e.sentence];
    let (c, src_line) = diff_lines(&printable(claim), &s.analysis.text, &e.matched, color);
    let _ = writeln!(out, "  - claim   {c}");
    let _ = writeln!(out, "  + source  {src_line}");
    let mut places = vec![format!(
        "{}:{}",
        report.corpus.sources[s.source].display_path, s.line
    )];
    for &ctx in &e.context {
        let cs = &report.corpus.sentences[ctx];
        if cs.is_headline {
            places.push(format!("with the headline, line {}", cs.line));
        } else {
            places.push(format!("with line {}", cs.line));
        }
    }
    let _ = writeln!(out, "            {}", places.join(", "));
}

fn summary_line(report: &Report, color: bool) -> String {
    let (counts, gate, passed) = super::summary_parts(report);
    let gate = match (color, passed) {
        (false, _) => gate,
        (true, true) => gate.green().bold().to_string(),
        (true, false) => gate.red().bold().to_string(),
    };
    format!("{counts} · {gate}")
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn control_characters_become_visible() {
        assert_eq!(printable("a\u{1b}[2Jb\tc\u{85}"), "a\u{241b}[2Jb c\u{fffd}");
    }
}
