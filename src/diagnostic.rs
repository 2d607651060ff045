//! Problems found in the user's input, with the place they were found and what to do about them.
//!
//! The library never prints: every loader returns `Diagnostic`s and the CLI decides how to show
//! them. Errors make the run exit 2 (after everything else has still been checked); warnings are
//! shown and the run goes on.

use std::borrow::Cow;
use std::fmt;
use std::path::Path;

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
    /// The offending line of the file, for the snippet; only the part around the column when
    /// the line is long (a minified file, a 10 MB line).
    pub snippet: Option<String>,
    /// Characters of the line left out before `snippet`.
    pub snippet_start: usize,
}

/// Lines longer than this (in bytes) are kept only around the column.
pub const LONG_LINE: usize = 400;
/// Characters kept before and after the column of a long line.
const KEEP_BEFORE: usize = 60;
const KEEP_AFTER: usize = 120;

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
            snippet_start: 0,
        }
    }

    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }

    /// Places the diagnostic at `line:column` and takes that line of `text` as its snippet.
    pub fn at(self, text: &str, line: usize, column: usize) -> Self {
        match text.lines().nth(line.saturating_sub(1)) {
            Some(l) => self.at_line(l, line, column),
            None => self.at_position(line, column),
        }
    }

    /// Places the diagnostic at `line:column` of a line already at hand.
    pub fn at_line(self, snippet: &str, line: usize, column: usize) -> Self {
        let s = snippet.trim_end_matches('\r');
        if s.len() <= LONG_LINE {
            return self.at_window(s, 0, line, column);
        }
        let first = column.saturating_sub(1 + KEEP_BEFORE);
        let window: String = s
            .chars()
            .skip(first)
            .take(KEEP_BEFORE + KEEP_AFTER + 1)
            .collect();
        self.at_window(&window, first, line, column)
    }

    /// Places the diagnostic at `line:column`, with the part of the line that starts
    /// `start` characters into it as its snippet.
    pub fn at_window(mut self, window: &str, start: usize, line: usize, column: usize) -> Self {
        self = self.at_position(line, column);
        self.snippet = Some(window.trim_end_matches('\r').to_string());
        self.snippet_start = start;
        self
    }

    /// Places the diagnostic at `line:column`, without a snippet.
    pub fn at_position(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line.max(1));
        self.column = Some(column.max(1));
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
        // A file name or a key can hold a newline or an escape sequence: shown escaped, so that
        // one diagnostic stays one `path:line:col: message` line and cannot drive a terminal.
        writeln!(
            f,
            "{}: {}: {}",
            escape_controls(&self.location()),
            level,
            escape_controls(&self.message)
        )?;
        if let (Some(line), Some(snippet)) = (self.line, &self.snippet) {
            // Long lines (a 10 MB line, a minified file) are cut around the column.
            let col = self.column.unwrap_or(1);
            let local = col.saturating_sub(self.snippet_start).max(1);
            let chars: Vec<char> = snippet.chars().collect();
            let start = local.saturating_sub(KEEP_BEFORE).min(chars.len());
            let end = (start + KEEP_AFTER).min(chars.len());
            let shown: String = chars[start..end]
                .iter()
                .map(|c| if c.is_control() { ' ' } else { *c })
                .collect();
            let prefix = if start + self.snippet_start > 0 {
                "…"
            } else {
                ""
            };
            let gutter = " ".repeat(line.to_string().len());
            writeln!(f, "{gutter} |")?;
            writeln!(f, "{line} | {prefix}{shown}")?;
            let pad = " ".repeat(local.saturating_sub(1 + start) + prefix.chars().count());
            writeln!(f, "{gutter} | {pad}^")?;
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "  = hint: {}", escape_controls(hint))?;
        }
        Ok(())
    }
}

/// `s` with control characters written as escapes (`\n`, `\u{1b}`), unchanged when it has none.
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| {
                if c.is_control() {
                    c.escape_default().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// A path as shown in reports and diagnostics: `/` separators, and control characters (a
/// newline in a file name) escaped so that `path:line` stays on one line. Names that are not
/// UTF-8 are shown with U+FFFD in place of the bytes that are not.
pub fn display_path(path: &Path) -> String {
    let lossy = path.to_string_lossy();
    let slashed = if std::path::MAIN_SEPARATOR == '\\' {
        lossy.replace('\\', "/")
    } else {
        lossy.into_owned()
    };
    escape_controls(&slashed).into_owned()
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
    fn escapes_control_characters_and_survives_odd_columns() {
        let d =
            Diagnostic::error("claims/a\nb.yaml", "unknown key `a\u{1b}[2Jb`").at_line("x", 1, 1);
        let shown = d.to_string();
        assert!(shown.starts_with("claims/a\\nb.yaml:1:1: error: unknown key `a\\u{1b}[2Jb`\n"));
        let mut d = Diagnostic::error("a.yaml", "m").at_line("short", 3, 1);
        d.column = Some(0);
        d.to_string();
        d.column = Some(500);
        assert!(d.to_string().contains('^'));
        assert_eq!(
            display_path(Path::new("sources/new\nline é.txt")),
            "sources/new\\nline é.txt"
        );
    }

    #[test]
    fn a_long_line_is_kept_only_around_the_column() {
        let line = format!("{}X{}", "a".repeat(5_000), "b".repeat(5_000));
        let d = Diagnostic::error("f", "m").at_line(&line, 1, 5_001);
        assert!(d.snippet.as_ref().unwrap().chars().count() <= 181);
        let shown = d.to_string();
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(lines[0], "f:1:5001: error: m");
        let caret = lines[3].chars().position(|c| c == '^').unwrap();
        assert_eq!(lines[2].chars().nth(caret), Some('X'), "{shown}");
        let short = Diagnostic::error("f", "m")
            .at_line("  key: value", 1, 3)
            .to_string();
        assert_eq!(short, "f:1:3: error: m\n  |\n1 |   key: value\n  |   ^\n");
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
