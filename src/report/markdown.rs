//! `--format markdown`: a GitHub-flavoured Markdown table for a pull-request comment or
//! `$GITHUB_STEP_SUMMARY`.
//!
//! ```text
//! ### claimcheck: gate passed
//!
//! 11 claims: 4 supported, 5 contradicted, 2 unknown · gate passed
//!
//! | gate | verdict | claim | text | why | evidence |
//! |---|---|---|---|---|---|
//! | ✅ pass | supported | `afp-six` claims/troops.yaml:11 | AFP reported … | the source states it (…) | sources/a.txt:3 |
//! ```
//!
//! Cell text is escaped: `|` and `\` are backslash-escaped, `<`, `>` and `&` become entities,
//! line ends become spaces, and Markdown emphasis characters are escaped, so that a claim
//! never breaks the table or renders as markup.

use super::{RenderOptions, evidence_place, gate_failure, summary_text};
use crate::check::Report;
use std::fmt::Write;

/// Escapes text for one table cell.
pub fn escape_cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '~' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' => {}
            '\n' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

pub fn render(report: &Report, options: &RenderOptions) -> String {
    let s = report.summary();
    let mut out = String::new();
    let head = if s.errors > 0 {
        "input errors"
    } else if s.failed > 0 {
        "gate failed"
    } else {
        "gate passed"
    };
    let _ = writeln!(out, "### claimcheck: {head}\n");
    let _ = writeln!(out, "{}\n", escape_cell(&summary_text(report)));
    let rows: Vec<_> = report
        .results
        .iter()
        .filter(|r| !(options.quiet && r.pass))
        .collect();
    if !rows.is_empty() {
        out.push_str("| gate | verdict | claim | text | why | evidence |\n");
        out.push_str("|---|---|---|---|---|---|\n");
    }
    for r in rows {
        let j = &r.judgement;
        let gate = match gate_failure(r) {
            Some(why) => format!("❌ fail: {why}"),
            None => "✅ pass".to_string(),
        };
        let evidence: Vec<String> = j
            .evidence
            .iter()
            .take(2)
            .map(|e| {
                let (path, line) = evidence_place(report, e);
                escape_cell(&format!("{path}:{line}"))
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | `{}` {} | {} | {} | {} |",
            escape_cell(&gate),
            j.verdict,
            r.id.replace('`', "'"),
            escape_cell(&format!("{}:{}", r.file, r.line)),
            escape_cell(&r.text),
            escape_cell(&j.explanation),
            evidence.join("<br>")
        );
    }
    if !report.diagnostics.is_empty() {
        out.push('\n');
        for d in &report.diagnostics {
            let level = if d.is_error() { "error" } else { "warning" };
            let mut line = format!("{}: {level}: {}", d.location(), d.message);
            if let Some(h) = &d.hint {
                let _ = write!(line, " ({h})");
            }
            let _ = writeln!(out, "- {}", escape_cell(&line));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape_cell;

    #[test]
    fn a_cell_never_breaks_the_table_or_renders_markup() {
        assert_eq!(
            escape_cell("a|b\\c\n<b>*x*_y_ & `z`"),
            "a\\|b\\\\c &lt;b&gt;\\*x\\*\\_y\\_ &amp; \\`z\\`"
        );
    }
}
