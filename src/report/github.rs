//! `--format github`: GitHub Actions workflow commands, which the runner turns into
//! annotations on the pull request.
//!
//! `::error file=F,line=L,title=T::message` for every claim that fails the gate and every input
//! error (`::warning` for input warnings); with `-v`, `::notice` for the other claims. Values
//! are escaped as the official toolkit (`@actions/core`) does: in the message `%`, CR and LF;
//! in properties also `:` and `,`.

use super::{RenderOptions, explanation_with_place, gate_failure};
use crate::check::Report;

/// Escapes a command's message (the toolkit's `escapeData`).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property's value (the toolkit's `escapeProperty`).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn command(out: &mut String, name: &str, properties: &[(&str, String)], message: &str) {
    out.push_str("::");
    out.push_str(name);
    let props: Vec<String> = properties
        .iter()
        .map(|(k, v)| format!("{k}={}", escape_property(v)))
        .collect();
    if !props.is_empty() {
        out.push(' ');
        out.push_str(&props.join(","));
    }
    out.push_str("::");
    out.push_str(&escape_data(message));
    out.push('\n');
}

pub fn render(report: &Report, options: &RenderOptions) -> String {
    let mut out = String::new();
    for r in &report.results {
        let (name, title) = match gate_failure(r) {
            Some(why) => ("error", format!("{}: {why}", r.id)),
            None if options.verbose => ("notice", format!("{}: {}", r.id, r.judgement.verdict)),
            None => continue,
        };
        let message = format!("{}\n{}", r.text, explanation_with_place(report, r));
        command(
            &mut out,
            name,
            &[
                ("file", r.file.clone()),
                ("line", r.line.to_string()),
                ("title", title),
            ],
            &message,
        );
    }
    for d in &report.diagnostics {
        let mut props = vec![("file", d.path.clone())];
        if let Some(line) = d.line {
            props.push(("line", line.to_string()));
        }
        if let Some(col) = d.column {
            props.push(("col", col.to_string()));
        }
        props.push((
            "title",
            if d.is_error() {
                "claimcheck: input error"
            } else {
                "claimcheck: input warning"
            }
            .to_string(),
        ));
        let message = match &d.hint {
            Some(h) => format!("{}\nhint: {h}", d.message),
            None => d.message.clone(),
        };
        command(
            &mut out,
            if d.is_error() { "error" } else { "warning" },
            &props,
            &message,
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_official_toolkit() {
        assert_eq!(escape_data("100% a\r\nb: c, d"), "100%25 a%0D%0Ab: c, d");
        assert_eq!(
            escape_property("100% a\r\nb: c, d"),
            "100%25 a%0D%0Ab%3A c%2C d"
        );
    }
}
