//! `--format junit`: JUnit XML as CI dashboards read it.
//!
//! One `testsuite` per claim file, one `testcase` per claim (`name` = claim id, `classname` =
//! claim file, both stable), a `failure` with the explanation for each claim that fails the
//! gate. Input errors are `testcase`s with an `error` in a suite named after their file. No
//! timestamps or durations: the same input gives the same bytes.

use super::explanation_with_place;
use crate::check::{ClaimResult, Report};
use std::fmt::Write;

/// Escapes text for an XML attribute value; replaces characters XML 1.0 forbids.
pub(super) fn xml_escape(s: &str) -> String {
    escape(s, true)
}

/// Escapes text for XML element content (line ends stay as they are).
fn xml_text(s: &str) -> String {
    escape(s, false)
}

fn escape(s: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Attribute values normalise raw tabs and line ends to spaces: keep them as refs.
            '\t' if attribute => out.push_str("&#9;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' | '\n' => out.push(c),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

struct Suite<'a> {
    name: &'a str,
    claims: Vec<&'a ClaimResult>,
    errors: Vec<&'a crate::Diagnostic>,
}

fn testcase(out: &mut String, report: &Report, r: &ClaimResult) {
    let j = &r.judgement;
    let _ = write!(
        out,
        "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\" line=\"{}\"",
        xml_escape(&r.id),
        xml_escape(&r.file),
        xml_escape(&r.file),
        r.line
    );
    let details = format!(
        "{}: {}\n{}",
        j.verdict,
        r.text,
        explanation_with_place(report, r)
    );
    match super::gate_failure(r) {
        Some(why) => {
            let _ = writeln!(out, ">");
            let _ = writeln!(
                out,
                "      <failure message=\"{}\" type=\"{}\">{}</failure>",
                xml_escape(&format!("{why}: {}", j.explanation)),
                j.verdict,
                xml_text(&details)
            );
            let _ = writeln!(out, "    </testcase>");
        }
        None => {
            let _ = writeln!(out, ">");
            let _ = writeln!(out, "      <system-out>{}</system-out>", xml_text(&details));
            let _ = writeln!(out, "    </testcase>");
        }
    }
}

pub fn render(report: &Report) -> String {
    // Suites in the order their files first appear: claim files, then files with errors.
    let mut suites: Vec<Suite> = Vec::new();
    for r in &report.results {
        match suites.iter_mut().find(|s| s.name == r.file) {
            Some(s) => s.claims.push(r),
            None => suites.push(Suite {
                name: &r.file,
                claims: vec![r],
                errors: Vec::new(),
            }),
        }
    }
    for d in report.diagnostics.iter().filter(|d| d.is_error()) {
        match suites.iter_mut().find(|s| s.name == d.path) {
            Some(s) => s.errors.push(d),
            None => suites.push(Suite {
                name: &d.path,
                claims: Vec::new(),
                errors: vec![d],
            }),
        }
    }
    let s = report.summary();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"claimcheck\" tests=\"{}\" failures=\"{}\" errors=\"{}\">",
        s.claims + s.errors,
        s.failed,
        s.errors
    );
    for suite in &suites {
        let failures = suite.claims.iter().filter(|r| !r.pass).count();
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"0\">",
            xml_escape(suite.name),
            suite.claims.len() + suite.errors.len(),
            failures,
            suite.errors.len()
        );
        for r in &suite.claims {
            testcase(&mut out, report, r);
        }
        for d in &suite.errors {
            let _ = writeln!(
                out,
                "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\"{}>",
                xml_escape(&d.location()),
                xml_escape(&d.path),
                xml_escape(&d.path),
                d.line.map(|l| format!(" line=\"{l}\"")).unwrap_or_default()
            );
            let _ = writeln!(
                out,
                "      <error message=\"{}\" type=\"input\">{}</error>",
                xml_escape(&d.message),
                xml_text(&d.to_string())
            );
            let _ = writeln!(out, "    </testcase>");
        }
        let _ = writeln!(out, "  </testsuite>");
    }
    out.push_str("</testsuites>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::xml_escape;

    #[test]
    fn escapes_markup_quotes_line_ends_and_forbidden_characters() {
        assert_eq!(
            xml_escape("a<b>&\"c\"'d'\n\u{1}"),
            "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;&#10;\u{FFFD}"
        );
    }
}
