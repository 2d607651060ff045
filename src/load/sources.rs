//! Stored sources: the articles, reports and transcripts claims are checked against.
//!
//! Every `.txt` and `.md` file under the sources folder is read (in parallel), decoded and
//! split into its metadata and its body lines. Two metadata layouts are understood:
//! - the seed layout: a first line ` date 2025-04-11 403` (date, record number), then the
//!   headline, then one paragraph per line;
//! - a YAML front matter block (`---` … `---`) with `title`, `date`, `url`, `publisher`.

use super::files::{self, ReadError, Strictness};
use crate::diagnostic::Diagnostic;
use rayon::prelude::*;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// What is known about a source besides its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceMeta {
    pub title: Option<String>,
    /// Publication date as written (`YYYY-MM-DD` in both layouts).
    pub date: Option<String>,
    pub record: Option<String>,
    pub url: Option<String>,
    pub publisher: Option<String>,
    /// The title came from front matter: it names what the source is about (a page's
    /// title), where an article's headline line sums up an event.
    pub titled: bool,
}

/// One line of a source's body, with its 1-based line number in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceLine {
    pub number: usize,
    pub text: String,
    /// The headline of the seed layout (or the front matter title is not a line).
    pub is_headline: bool,
}

/// A loaded source file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Path as shown to the user, e.g. `sources/a.txt`.
    pub display_path: String,
    /// Path relative to the sources folder with `/` separators, what claim files name.
    pub rel_path: String,
    pub meta: SourceMeta,
    pub lines: Vec<SourceLine>,
}

/// Limits for reading sources.
#[derive(Clone, Debug)]
pub struct SourceLimits {
    /// Larger files are skipped with a warning rather than read into memory.
    pub max_file_bytes: u64,
}

impl Default for SourceLimits {
    fn default() -> Self {
        SourceLimits {
            max_file_bytes: 256 * 1024 * 1024,
        }
    }
}

/// All sources under one folder, with the warnings and errors met while reading them.
#[derive(Debug, Default)]
pub struct LoadedSources {
    pub sources: Vec<Source>,
    pub diagnostics: Vec<Diagnostic>,
}

const EXTENSIONS: &[&str] = &["txt", "md"];

/// A source read (maybe with a warning), or the reason it was skipped.
type ReadResult = Result<(Source, Option<Diagnostic>), Box<Diagnostic>>;

/// Loads every source under `dir`, sorted by path so output never depends on the file system.
///
/// What cannot be used is reported, and the other files are still read: a file that is not
/// `.txt` or `.md`, a binary file, an empty one, a link loop or a link that leads outside the
/// folder are skipped with a warning; a file over the size limit, an unreadable file or folder
/// and a file that disappears during the run are errors (the run exits 2), since a claim may
/// then miss the evidence that decides it.
pub fn load_sources(dir: &Path, display_dir: &str, limits: &SourceLimits) -> LoadedSources {
    let mut out = LoadedSources::default();
    if !dir.is_dir() {
        out.diagnostics.push(
            Diagnostic::error(display_dir, "sources folder not found").with_hint(
                "create it and put the source texts in it, or name one with --sources DIR",
            ),
        );
        return out;
    }
    let walked = files::walk(dir, display_dir, Strictness::Sources);
    out.diagnostics.extend(walked.diagnostics);
    let mut paths: Vec<PathBuf> = Vec::new();
    for path in walked.files {
        let ext = path
            .extension()
            .and_then(|x| x.to_str())
            .map(|x| x.to_ascii_lowercase());
        if ext.as_deref().is_some_and(|x| EXTENSIONS.contains(&x)) {
            paths.push(path);
        } else {
            out.diagnostics.push(
                Diagnostic::warning(
                    files::shown(dir, display_dir, &path),
                    "skipped: not a .txt or .md file",
                )
                .with_hint("sources are read from .txt and .md files only"),
            );
        }
    }
    let results: Vec<ReadResult> = paths
        .par_iter()
        .map(|path| {
            let shown = files::shown(dir, display_dir, path);
            let rel = files::rel_path(dir, path);
            read_source(path, shown, rel, limits)
        })
        .collect();
    for r in results {
        match r {
            Ok((source, warning)) => {
                out.diagnostics.extend(warning);
                out.sources.push(source);
            }
            Err(d) => out.diagnostics.push(*d),
        }
    }
    out
}

fn read_source(path: &Path, shown: String, rel: String, limits: &SourceLimits) -> ReadResult {
    let bytes = match files::read_limited(path, limits.max_file_bytes) {
        Ok(bytes) => bytes,
        Err(ReadError::TooBig(size)) => {
            return Err(Box::new(
                Diagnostic::error(
                    &shown,
                    format!(
                        "source is {size} bytes, more than the limit of {} bytes",
                        limits.max_file_bytes
                    ),
                )
                .with_hint(
                    "split the source, move it out of the sources folder, or raise the limit with --max-source-bytes",
                ),
            ));
        }
        Err(ReadError::Io(e)) => return Err(Box::new(files::io_diagnostic(shown, Some(&e)))),
    };
    let (text, warning) = decode(&bytes, &shown)?;
    drop(bytes);
    let (meta, lines) = parse_layout(&text);
    if lines.is_empty() && meta.title.is_none() {
        return Err(Box::new(
            Diagnostic::warning(&shown, "skipped: empty source")
                .with_hint("add the text of the source, or remove the file"),
        ));
    }
    Ok((
        Source {
            display_path: shown,
            rel_path: rel,
            meta,
            lines,
        },
        warning,
    ))
}

/// Decodes a source: UTF-8 (BOM stripped), UTF-16 with a BOM, and otherwise Windows-1252 with a
/// warning. A file with NUL bytes and no UTF-16 BOM is binary and skipped with a warning.
pub fn decode(bytes: &[u8], shown: &str) -> Result<(String, Option<Diagnostic>), Box<Diagnostic>> {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes)
        && encoding != encoding_rs::UTF_8
    {
        let (text, _, had_errors) = encoding.decode(bytes);
        let warning = had_errors
            .then(|| Diagnostic::warning(shown, format!("invalid {} replaced", encoding.name())));
        return Ok((text.into_owned(), warning));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        // UTF-16 without a BOM: about every other byte is NUL.
        let nuls = bytes.iter().filter(|b| **b == 0).count();
        let hint = if bytes.len() >= 4 && nuls * 3 >= bytes.len() && nuls * 3 <= bytes.len() * 2 {
            "this looks like UTF-16 without a byte order mark: save it as UTF-8"
        } else {
            "sources must be text (.txt or .md)"
        };
        return Err(Box::new(
            Diagnostic::warning(shown, "skipped: binary file").with_hint(hint),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(e) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count()
                + 1;
            let text = text.into_owned();
            let warning = Diagnostic::warning(shown, "not valid UTF-8, read as Windows-1252")
                .at(&text, line, 1)
                .with_hint("save the file as UTF-8 to silence this warning");
            Ok((text, Some(warning)))
        }
    }
}

#[derive(Deserialize, Default)]
struct FrontMatter {
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    publisher: Option<String>,
}

/// Splits metadata from body lines. Line numbers are those of the file.
pub fn parse_layout(text: &str) -> (SourceMeta, Vec<SourceLine>) {
    let raw: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let mut meta = SourceMeta::default();
    let mut body_start = 0;
    let mut headline_at = None;
    if let Some((date, record)) = raw.first().and_then(|l| seed_date_line(l)) {
        meta.date = Some(date);
        meta.record = record;
        body_start = 1;
        // The first non-empty line after the date line is the headline.
        if let Some(i) = (1..raw.len()).find(|&i| !raw[i].trim().is_empty()) {
            meta.title = Some(without_controls(raw[i].trim()));
            headline_at = Some(i);
        }
    } else if raw.first().map(|l| l.trim()) == Some("---")
        && let Some(end) = (1..raw.len()).find(|&i| raw[i].trim() == "---")
    {
        let block = raw[1..end].join("\n");
        // Front matter that does not parse is kept as text rather than silently dropped.
        if let Ok(Some(fm)) = serde_saphyr::from_str::<Option<FrontMatter>>(&block) {
            meta.title = fm.title.as_deref().map(without_controls);
            meta.titled = meta.title.is_some();
            meta.date = fm.date;
            meta.url = fm.url;
            meta.publisher = fm.publisher;
            body_start = end + 1;
        }
    } else if let Some(i) = raw.iter().position(|l| !l.trim().is_empty())
        && is_title_line(raw[i].trim())
        && raw[i + 1..].iter().any(|l| !l.trim().is_empty())
    {
        // A plain article: a first line that ends no sentence, with the body after it, is
        // its headline, as stored articles are written.
        meta.title = Some(without_controls(raw[i].trim()));
        headline_at = Some(i);
    }
    let mut lines: Vec<SourceLine> = Vec::new();
    // A front matter title is read like the seed layout's headline, cited at its own line.
    if body_start > 1
        && let Some(title) = &meta.title
        && let Some(i) = (1..body_start).find(|&i| raw[i].trim_start().starts_with("title:"))
    {
        lines.push(SourceLine {
            number: i + 1,
            text: title.trim().to_string(),
            is_headline: true,
        });
    }
    lines.extend(
        raw.iter()
            .enumerate()
            .skip(body_start)
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| SourceLine {
                number: i + 1,
                text: without_controls(l.trim()),
                is_headline: Some(i) == headline_at,
            }),
    );
    (meta, lines)
}

/// A line that reads as a headline, not as a sentence of the body: a few words that end
/// without a sentence's closing mark (`Nordvale shares jump 18% on debut`).
fn is_title_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let ends_a_sentence = line.ends_with(|c: char| {
        matches!(
            c,
            '.' | '!' | '?' | '…' | ':' | ';' | ',' | '"' | '”' | '\'' | '’' | ')'
        )
    });
    (2..=25).contains(&words) && !ends_a_sentence
}

/// Control characters (a stray ESC, a NUL-free binary fragment, a lone CR) match nothing and
/// must not reach a terminal through a quoted evidence line: each becomes a space. Tabs stay.
/// The line is then made [`canonical`](super::canonical).
fn without_controls(line: &str) -> String {
    if !line.chars().any(|c| c.is_control() && c != '\t') {
        return super::canonical(line);
    }
    let spaced: String = line
        .chars()
        .map(|c| if c.is_control() && c != '\t' { ' ' } else { c })
        .collect();
    super::canonical(&spaced)
}

/// ` date 2025-04-11 403` → (`2025-04-11`, `403`).
fn seed_date_line(line: &str) -> Option<(String, Option<String>)> {
    let mut parts = line.split_whitespace();
    if parts.next()? != "date" {
        return None;
    }
    let date = parts.next()?;
    let b = date.as_bytes();
    let is_date = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !is_date {
        return None;
    }
    let record = parts.next().map(|s| s.to_string());
    if parts.next().is_some() {
        return None;
    }
    Some((date.to_string(), record))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_seed_layout() {
        let (meta, lines) =
            parse_layout(" date 2025-04-11 403\nHeadline here\nFirst para.\r\n\nSecond para.\n");
        assert_eq!(meta.date.as_deref(), Some("2025-04-11"));
        assert_eq!(meta.record.as_deref(), Some("403"));
        assert_eq!(meta.title.as_deref(), Some("Headline here"));
        let nums: Vec<usize> = lines.iter().map(|l| l.number).collect();
        assert_eq!(nums, [2, 3, 5]);
        assert!(lines[0].is_headline);
        assert_eq!(lines[1].text, "First para.");
    }

    #[test]
    fn a_plain_article_opens_with_its_headline() {
        let (meta, lines) = parse_layout(
            "Port strike ends after three weeks\nDock workers returned on Monday.\nPay rose 4%.\n",
        );
        assert_eq!(
            meta.title.as_deref(),
            Some("Port strike ends after three weeks")
        );
        assert!(lines[0].is_headline && !lines[1].is_headline);
        assert!(!meta.titled, "a headline, not a front matter title");
        // A first line that ends a sentence is body, and so is a lone line.
        let (meta, lines) = parse_layout("Dock workers returned.\nPay rose 4%.\n");
        assert!(meta.title.is_none() && !lines[0].is_headline);
        let (meta, _) = parse_layout("Port strike ends\n");
        assert!(meta.title.is_none());
    }

    #[test]
    fn reads_yaml_front_matter() {
        let (meta, lines) = parse_layout(
            "---\ntitle: T\ndate: 2025-01-02\nurl: https://x\npublisher: P\n---\nBody.\n",
        );
        assert_eq!(meta.title.as_deref(), Some("T"));
        assert!(meta.titled);
        assert_eq!(meta.date.as_deref(), Some("2025-01-02"));
        assert_eq!(meta.publisher.as_deref(), Some("P"));
        assert_eq!(lines.len(), 2);
        assert!(lines[0].is_headline && lines[0].text == "T" && lines[0].number == 2);
        assert_eq!(lines[1].number, 7);
    }

    #[test]
    fn decodes_windows_1252_with_a_warning_and_strips_a_bom() {
        let (text, warn) = decode(b"caf\xe9 \x93quoted\x94", "s.txt").unwrap();
        assert_eq!(text, "café “quoted”");
        assert!(warn.unwrap().message.contains("Windows-1252"));
        let (text, warn) = decode(b"\xEF\xBB\xBFhello", "s.txt").unwrap();
        assert_eq!((text.as_str(), warn), ("hello", None));
    }

    #[test]
    fn control_characters_in_a_source_become_spaces() {
        let (_, lines) = parse_layout("The \u{1b}[2Jcouncil\u{85} met.\tToday.\r\n");
        assert_eq!(lines[0].text, "The  [2Jcouncil  met.\tToday.");
    }

    #[test]
    fn decodes_utf16_with_bom_and_skips_binary() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("hi".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&utf16, "s.txt").unwrap().0, "hi");
        assert!(decode(b"\x00\x01\x02", "s.txt").is_err());
    }
}
