//! Problems found in the user's input, with the place they were found and what to do about them.
//!
//! The library never prints: every loader returns `Diagnostic`s and the CLI decides how to show
//! them. Errors make the run exit 2 (after everything else has still been checked); warnings are
//! shown and the run goes on.

use std::fmt;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem in one place: `path:line:col: message`, a snippet with a caret, and a hint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path as the user would type it (relative to the working directory when possible).
    pub path: String,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// 1-based column in characters, when the problem has one.
    pub column: Option<usize>,
    /// Lower-case, one fact, no trailing period.
    pub message: String,
    /// What the user can do about it.
    pub hint: Option<String>,
    /// The offending line of the file, for the snippet.
    pub snippet: Option<String>,
}

impl Diagnostic {
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
            hint: None,
            snippet: None,
        }
    }

    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }

    /// Places the diagnostic at `line:column` and takes that line of `text` as its snippet.
    pub fn at(mut self, text: &str, line: usize, column: usize) -> Self {
        self.line = Some(line.max(1));
        self.column = Some(column.max(1));
        self.snippet = text
            .lines()
            .nth(line.saturating_sub(1))
            .map(|l| l.trim_end_matches('\r').to_string());
        self
    }

    /// Places the diagnostic at `line:column` of a line already at hand.
    pub fn at_line(mut self, snippet: &str, line: usize, column: usize) -> Self {
        self.line = Some(line.max(1));
        self.column = Some(column.max(1));
        self.snippet = Some(snippet.trim_end_matches('\r').to_string());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:col` (or as much of it as is known).
    pub fn location(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{}:{}", self.path, l, c),
            (Some(l), None) => format!("{}:{}", self.path, l),
            _ => self.path.clone(),
        }
    }
}

/// Plain-text rendering, the same with or without a terminal:
///
/// ```text
/// claims/a.yaml:4:5: error: unknown key `expct`
///   |
/// 4 |     expct: supported
///   |     ^
///   = hint: did you mean `expect`?
/// ```
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{}: {}: {}", self.location(), level, self.message)?;
        if let (Some(line), Some(snippet)) = (self.line, &self.snippet) {
            // Long lines (a 10 MB line, a minified file) are cut around the column.
            let col = self.column.unwrap_or(1);
            let chars: Vec<char> = snippet.chars().collect();
            let start = col.saturating_sub(60).min(chars.len());
            let end = (start + 120).min(chars.len());
            let shown: String = chars[start..end]
                .iter()
                .map(|c| if c.is_control() { ' ' } else { *c })
                .collect();
            let prefix = if start > 0 { "…" } else { "" };
            let gutter = " ".repeat(line.to_string().len());
            writeln!(f, "{gutter} |")?;
            writeln!(f, "{line} | {prefix}{shown}")?;
            let pad = " ".repeat(col - 1 - start + prefix.chars().count());
            writeln!(f, "{gutter} | {pad}^")?;
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "  = hint: {hint}")?;
        }
        Ok(())
    }
}

/// The known name closest to `unknown`, for "did you mean" hints.
pub fn did_you_mean<'a>(unknown: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::jaro_winkler(unknown, k), *k))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_snippet_caret_and_hint() {
        let text = "claims:\n  - id: a\n    expct: supported\n";
        let d = Diagnostic::error("claims/x.yaml", "unknown key `expct`")
            .at(text, 3, 5)
            .with_hint("did you mean `expect`?");
        let shown = d.to_string();
        assert_eq!(
            shown,
            "claims/x.yaml:3:5: error: unknown key `expct`\n  |\n3 |     expct: supported\n  |     ^\n  = hint: did you mean `expect`?\n"
        );
    }

    #[test]
    fn suggests_the_closest_known_name_only_when_close() {
        assert_eq!(
            did_you_mean("expct", &["id", "text", "expect"]),
            Some("expect")
        );
        assert_eq!(did_you_mean("zzzz", &["id", "text", "expect"]), None);
    }
}
