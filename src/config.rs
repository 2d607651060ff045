//! The project configuration, `claimcheck.yaml`: where the claims and sources are, how to gate,
//! the default output format, the publisher for ClaimReview and project words for the lexicon.
//!
//! ```yaml
//! claims: [claims]              # claim files or folders, relative to this file's folder
//! sources: [sources]            # source folders, relative to this file's folder
//! fail_on: [contradicted]       # verdicts that fail the gate for claims without `expect`
//! format: human                 # default output format
//! publisher:                    # for --format claimreview
//!   name: Example News
//!   url: https://example.org/fact-checks/troops
//! aliases:                      # names of one thing
//!   NATO: [the alliance, North Atlantic Treaty Organization]
//! synonyms:                     # words that state the same thing
//!   - [pledge, commit]
//! antonyms:                     # words that contradict each other
//!   eager: [reluctant]
//! ```
//!
//! The file is found by walking up from the working directory (the first one wins) or named with
//! `--config`. Flags override it; it overrides the defaults. [`Settings`] keeps where each value
//! came from, for `claimcheck config`.

use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::report::{OutputFormat, Publisher};
use crate::text::Lexicon;
use crate::verdict::Verdict;
use schemars::JsonSchema;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

/// The name of the configuration file.
pub const FILE_NAME: &str = "claimcheck.yaml";

/// `claimcheck.yaml`, as written.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "claimcheck configuration",
    description = "claimcheck.yaml: the project configuration of claimcheck. Paths are relative to this file's folder; command-line flags override every value."
)]
pub struct ConfigFile {
    /// Claim files or folders of claim files (.yaml, .yml). Default: `claims`.
    #[serde(default, deserialize_with = "one_or_many")]
    #[schemars(with = "Option<PathList>")]
    pub claims: Option<Vec<String>>,
    /// Folders of source texts (.txt, .md). Default: `sources`.
    #[serde(default, deserialize_with = "one_or_many")]
    #[schemars(with = "Option<PathList>")]
    pub sources: Option<Vec<String>>,
    /// Verdicts that fail the gate for claims without `expect`. Default: `[contradicted]`.
    #[serde(default, deserialize_with = "one_or_many")]
    #[schemars(with = "Option<VerdictList>")]
    pub fail_on: Option<Vec<Verdict>>,
    /// The default output format. Default: `human`.
    pub format: Option<OutputFormat>,
    /// Who publishes the fact checks, for `--format claimreview`.
    pub publisher: Option<PublisherConfig>,
    /// Names of one thing: each key (the canonical name) maps to its other names.
    #[serde(default)]
    pub aliases: BTreeMap<String, Vec<String>>,
    /// Groups of words that state the same thing; each group has at least two words.
    #[serde(default)]
    #[schemars(with = "Vec<SynonymGroup>")]
    pub synonyms: Vec<Spanned<Vec<String>>>,
    /// Words that contradict each other: each key maps to its opposites.
    #[serde(default)]
    pub antonyms: BTreeMap<String, Vec<String>>,
}

/// `publisher:` in the configuration.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PublisherConfig {
    /// The organisation that publishes the fact checks (ClaimReview `author.name`).
    pub name: Option<String>,
    /// Its address or the fact-check page's (ClaimReview `author.url`; each review's `url` is
    /// this with `#claim-id` appended).
    #[schemars(url)]
    pub url: Option<String>,
}

/// One path or a list of paths.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum PathList {
    One(String),
    Many(Vec<String>),
}

/// A verdict.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
pub(crate) enum VerdictName {
    /// A source states everything the claim states.
    Supported,
    /// A source about the same thing says something incompatible.
    Contradicted,
    /// Neither: no source says it, or only part of it.
    Unknown,
}

/// One verdict or a list of verdicts.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum VerdictList {
    One(VerdictName),
    Many(Vec<VerdictName>),
}

/// Words that state the same thing.
#[derive(JsonSchema)]
#[serde(transparent)]
#[allow(dead_code)]
struct SynonymGroup(#[schemars(length(min = 2))] Vec<String>);

/// Accepts `key: value` as well as `key: [value, ...]`.
fn one_or_many<'de, D, T>(deserializer: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct OneOrMany<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for OneOrMany<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string or a list of strings")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Vec<T>, E> {
            T::deserialize(de::value::StrDeserializer::new(v)).map(|x| vec![x])
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut out = Vec::new();
            while let Some(x) = seq.next_element()? {
                out.push(x);
            }
            Ok(out)
        }
    }
    deserializer
        .deserialize_any(OneOrMany(PhantomData))
        .map(Some)
}

/// A configuration file, parsed.
#[derive(Clone, Debug)]
pub struct LoadedConfig {
    /// The file as shown to the user (`claimcheck.yaml`, `../claimcheck.yaml`).
    pub shown: String,
    /// The folder its paths are relative to, as a path from the working directory.
    pub base: PathBuf,
    pub file: ConfigFile,
}

/// Looks for `claimcheck.yaml` in `cwd` and its parents; the nearest wins. Returns the path as
/// shown to the user and the folder the configuration's paths are relative to, both relative
/// to `cwd` (`claimcheck.yaml` and `` here, `../claimcheck.yaml` and `..` one folder up).
pub fn discover(cwd: &Path) -> Option<(String, PathBuf)> {
    for (up, dir) in cwd.ancestors().enumerate() {
        if dir.join(FILE_NAME).is_file() {
            let base: PathBuf = std::iter::repeat_n("..", up).collect();
            let shown = base.join(FILE_NAME).to_string_lossy().replace('\\', "/");
            return Some((shown, base));
        }
    }
    None
}

/// The folder a configuration file named on the command line makes its paths relative to.
pub fn base_of(path: &Path) -> PathBuf {
    path.parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Parses a configuration file. Returns every problem found, each at its place.
pub fn parse(shown: &str, base: PathBuf, text: &str) -> Result<LoadedConfig, Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file: ConfigFile = match serde_saphyr::from_str::<Option<ConfigFile>>(text) {
        Ok(Some(f)) => f,
        Ok(None) => ConfigFile::default(),
        Err(err) => return Err(vec![yaml_error(shown, text, &err)]),
    };
    let mut problems = Vec::new();
    for group in &file.synonyms {
        let words: Vec<&String> = group
            .value
            .iter()
            .filter(|w| !w.trim().is_empty())
            .collect();
        if words.len() < 2 {
            problems.push(
                Diagnostic::error(shown, "a synonym group needs at least two words")
                    .at(
                        text,
                        group.referenced.line() as usize,
                        group.referenced.column() as usize,
                    )
                    .with_hint("write a group as a list: `- [troops, forces]`"),
            );
        }
    }
    for (section, map) in [("aliases", &file.aliases), ("antonyms", &file.antonyms)] {
        for (key, list) in map {
            if key.trim().is_empty() || list.iter().any(|w| w.trim().is_empty()) {
                let (line, col) = find_key(text, key);
                let mut d = Diagnostic::error(shown, format!("empty word in `{section}`"));
                if line > 0 {
                    d = d.at(text, line, col);
                }
                problems.push(d.with_hint(format!(
                    "each entry of `{section}` is `word: [other, words]`"
                )));
            }
        }
    }
    if problems.is_empty() {
        Ok(LoadedConfig {
            shown: shown.to_string(),
            base,
            file,
        })
    } else {
        Err(problems)
    }
}

/// The line and column of `key:` in `text`, or (0, 0).
fn find_key(text: &str, key: &str) -> (usize, usize) {
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with(&format!("{key}:")) {
            return (i + 1, line.len() - trimmed.len() + 1);
        }
    }
    (0, 0)
}

/// The key written before `column` on `line` (`publisher` in `publisher: Example`).
fn key_before(text: &str, line: usize, column: usize) -> Option<String> {
    let l = text.lines().nth(line.checked_sub(1)?)?;
    let head: String = l.chars().take(column.saturating_sub(1)).collect();
    let key = head
        .trim()
        .trim_start_matches("- ")
        .strip_suffix(':')?
        .trim();
    (!key.is_empty()).then(|| key.to_string())
}

/// The names serde lists after "expected": `one of a, b, c`, `` `a` or `b` ``.
fn expected_names(s: &str) -> Vec<&str> {
    let s = s.trim().strip_prefix("one of").unwrap_or(s);
    s.split(", ")
        .flat_map(|part| part.split(" or "))
        .map(|name| name.trim().trim_matches('`'))
        .filter(|name| !name.is_empty())
        .collect()
}

/// Turns a serde-saphyr error into a diagnostic at its place, with a "did you mean".
fn yaml_error(path: &str, text: &str, err: &serde_saphyr::Error) -> Diagnostic {
    let plain = err.without_snippet().to_string();
    let first = plain.lines().next().unwrap_or("").trim();
    let cut = [" at line ", " at position "]
        .iter()
        .filter_map(|m| first.find(m))
        .min()
        .unwrap_or(first.len());
    let message = first[..cut]
        .trim()
        .trim_start_matches("error: ")
        .trim_end_matches('.')
        .to_string();
    let (line, column) = err
        .location()
        .map(|l| (l.line() as usize, l.column() as usize))
        .unwrap_or((0, 0));
    let mut d = if let Some(rest) = message.strip_prefix("unknown field `") {
        let key = rest.split('`').next().unwrap_or("");
        let known: Vec<&str> = message
            .split("expected")
            .nth(1)
            .map(expected_names)
            .unwrap_or_default();
        let hint = match did_you_mean(key, &known) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("known keys here: {}", known.join(", ")),
        };
        Diagnostic::error(path, format!("unknown key `{key}`")).with_hint(hint)
    } else if let Some(rest) = message.strip_prefix("unknown variant `") {
        let value = rest.split('`').next().unwrap_or("");
        let known: Vec<&str> = message
            .split("expected")
            .nth(1)
            .map(expected_names)
            .unwrap_or_default();
        let hint = match did_you_mean(value, &known) {
            Some(s) => format!("did you mean `{s}`? (one of {})", known.join(", ")),
            None => format!("use one of {}", known.join(", ")),
        };
        Diagnostic::error(path, format!("unknown value `{value}`")).with_hint(hint)
    } else if message.contains("expected struct ConfigFile")
        || ((message.contains("invalid type") || message.contains("expected mapping"))
            && key_before(text, line, column).is_none())
    {
        Diagnostic::error(path, "the configuration must be a mapping")
            .with_hint("write `key: value` lines, e.g. `format: json`; see `claimcheck init`")
    } else if let (true, Some(key)) = (
        message.contains("expected mapping") || message.contains("expected struct"),
        key_before(text, line, column),
    ) {
        Diagnostic::error(path, format!("`{key}` must be a mapping")).with_hint(
            "write its entries as `key: value` lines indented under it, as in `claimcheck init`",
        )
    } else {
        let mut chars = message.chars();
        let message = match chars.next() {
            Some(c) => c.to_lowercase().collect::<String>() + chars.as_str(),
            None => "invalid yaml".to_string(),
        };
        Diagnostic::error(
            path,
            message
                .replace("struct ConfigFile", "the configuration")
                .replace("struct PublisherConfig", "`publisher`"),
        )
        .with_hint("fix the YAML at this place; the keys are described in the README")
    };
    if line > 0 {
        d = d.at(text, line, column);
    }
    d
}

/// Where a value of the effective configuration came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Built in.
    Default,
    /// The configuration file (as shown).
    File(String),
    /// A command-line flag or argument.
    Flag,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Default => f.write_str("default"),
            Origin::File(p) => f.write_str(p),
            Origin::Flag => f.write_str("flag"),
        }
    }
}

/// One value of the effective configuration and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Setting<T> {
    pub value: T,
    pub origin: Origin,
}

/// What the command line said (`None` or empty: not given).
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub claims: Vec<PathBuf>,
    pub sources: Vec<PathBuf>,
    pub fail_on: Option<Vec<Verdict>>,
    pub format: Option<OutputFormat>,
}

/// The effective configuration: flags over the file over the defaults.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The configuration file used, as shown.
    pub file: Option<String>,
    pub claims: Setting<Vec<PathBuf>>,
    pub sources: Setting<Vec<PathBuf>>,
    pub fail_on: Setting<Vec<Verdict>>,
    pub format: Setting<OutputFormat>,
    pub publisher: Setting<Publisher>,
    pub aliases: Setting<BTreeMap<String, Vec<String>>>,
    pub synonyms: Setting<Vec<Vec<String>>>,
    pub antonyms: Setting<BTreeMap<String, Vec<String>>>,
}

/// Joins a configuration path to the configuration's folder, folding `dir/..` away so that
/// reports show `claims/a.yaml`, not `conf/../claims/a.yaml`.
fn rebase(base: &Path, p: &str) -> PathBuf {
    use std::path::Component;
    let p = Path::new(p);
    if p.is_absolute() || base.as_os_str().is_empty() {
        return p.to_path_buf();
    }
    let joined = base.join(p);
    let mut out: Vec<Component> = Vec::new();
    for c in joined.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    if out.is_empty() {
        PathBuf::from(".")
    } else {
        out.iter().collect()
    }
}

impl Settings {
    /// Resolves the effective configuration.
    pub fn resolve(config: Option<&LoadedConfig>, overrides: Overrides) -> Settings {
        let from_file = config.map(|c| Origin::File(c.shown.clone()));
        fn pick<T>(
            from_file: &Option<Origin>,
            flag: Option<T>,
            file: Option<T>,
            default: T,
        ) -> Setting<T> {
            match (flag, file, from_file) {
                (Some(v), _, _) => Setting {
                    value: v,
                    origin: Origin::Flag,
                },
                (None, Some(v), Some(origin)) => Setting {
                    value: v,
                    origin: origin.clone(),
                },
                _ => Setting {
                    value: default,
                    origin: Origin::Default,
                },
            }
        }
        let file = config.map(|c| &c.file);
        let base = config.map(|c| c.base.clone()).unwrap_or_default();
        let paths = |list: &Option<Vec<String>>| {
            list.as_ref()
                .map(|l| l.iter().map(|p| rebase(&base, p)).collect::<Vec<_>>())
        };
        let nonempty = |v: Vec<PathBuf>| (!v.is_empty()).then_some(v);
        let claims = pick(
            &from_file,
            nonempty(overrides.claims),
            file.and_then(|f| paths(&f.claims)),
            vec![PathBuf::from("claims")],
        );
        let sources = pick(
            &from_file,
            nonempty(overrides.sources),
            file.and_then(|f| paths(&f.sources)),
            vec![PathBuf::from("sources")],
        );
        let fail_on = pick(
            &from_file,
            overrides.fail_on,
            file.and_then(|f| f.fail_on.clone()),
            vec![Verdict::Contradicted],
        );
        let format = pick(
            &from_file,
            overrides.format,
            file.and_then(|f| f.format),
            OutputFormat::default(),
        );
        let publisher = pick(
            &from_file,
            None,
            file.and_then(|f| f.publisher.clone()).map(|p| Publisher {
                name: p.name,
                url: p.url,
            }),
            Publisher::default(),
        );
        let some_if = |present: bool| present.then_some(());
        let aliases = pick(
            &from_file,
            None,
            file.and_then(|f| some_if(!f.aliases.is_empty()).map(|_| f.aliases.clone())),
            BTreeMap::new(),
        );
        let synonyms = pick(
            &from_file,
            None,
            file.and_then(|f| {
                some_if(!f.synonyms.is_empty())
                    .map(|_| f.synonyms.iter().map(|g| g.value.clone()).collect())
            }),
            Vec::new(),
        );
        let antonyms = pick(
            &from_file,
            None,
            file.and_then(|f| some_if(!f.antonyms.is_empty()).map(|_| f.antonyms.clone())),
            BTreeMap::new(),
        );
        Settings {
            file: config.map(|c| c.shown.clone()),
            claims,
            sources,
            fail_on,
            format,
            publisher,
            aliases,
            synonyms,
            antonyms,
        }
    }

    /// Adds the project's aliases, synonyms and antonyms to `lexicon`.
    pub fn extend_lexicon(&self, lexicon: &mut Lexicon) {
        for (name, variants) in &self.aliases.value {
            let v: Vec<&str> = variants.iter().map(|s| s.trim()).collect();
            lexicon.add_alias(name.trim(), &v);
        }
        for group in &self.synonyms.value {
            let g: Vec<&str> = group
                .iter()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect();
            lexicon.add_synonyms(&g);
        }
        for (word, opposites) in &self.antonyms.value {
            let o: Vec<&str> = opposites.iter().map(|s| s.trim()).collect();
            lexicon.add_antonyms(word.trim(), &o);
        }
    }

    /// The built-in lexicon with the project's additions.
    pub fn lexicon(&self) -> Lexicon {
        let mut lexicon = Lexicon::builtin();
        self.extend_lexicon(&mut lexicon);
        lexicon
    }

    /// The effective configuration as YAML (flow values in JSON syntax), each key followed by
    /// where its value came from.
    pub fn describe(&self) -> String {
        fn json<T: Serialize + ?Sized>(v: &T) -> String {
            serde_json::to_string(v).expect("settings serialise")
        }
        fn paths(v: &[PathBuf]) -> Vec<String> {
            v.iter()
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .collect()
        }
        let publisher = PublisherConfig {
            name: self.publisher.value.name.clone(),
            url: self.publisher.value.url.clone(),
        };
        let mut publisher_map = serde_json::Map::new();
        if let Some(n) = &publisher.name {
            publisher_map.insert("name".into(), n.clone().into());
        }
        if let Some(u) = &publisher.url {
            publisher_map.insert("url".into(), u.clone().into());
        }
        let rows: Vec<(&str, String, &Origin)> = vec![
            (
                "claims",
                json(&paths(&self.claims.value)),
                &self.claims.origin,
            ),
            (
                "sources",
                json(&paths(&self.sources.value)),
                &self.sources.origin,
            ),
            (
                "fail_on",
                json(
                    &self
                        .fail_on
                        .value
                        .iter()
                        .map(|v| v.as_str())
                        .collect::<Vec<_>>(),
                ),
                &self.fail_on.origin,
            ),
            (
                "format",
                json(self.format.value.as_str()),
                &self.format.origin,
            ),
            ("publisher", json(&publisher_map), &self.publisher.origin),
            ("aliases", json(&self.aliases.value), &self.aliases.origin),
            (
                "synonyms",
                json(&self.synonyms.value),
                &self.synonyms.origin,
            ),
            (
                "antonyms",
                json(&self.antonyms.value),
                &self.antonyms.origin,
            ),
        ];
        let mut out = match &self.file {
            Some(f) => format!("# configuration file: {f}\n"),
            None => format!(
                "# configuration file: none ({FILE_NAME} not found in the working directory or its parents)\n"
            ),
        };
        let width = rows
            .iter()
            .map(|(k, v, _)| k.len() + v.len() + 2)
            .max()
            .unwrap_or(0);
        for (key, value, origin) in rows {
            let entry = format!("{key}: {value}");
            out.push_str(&format!("{entry:<width$}  # {origin}\n"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<LoadedConfig, Vec<Diagnostic>> {
        parse("claimcheck.yaml", PathBuf::new(), text)
    }

    #[test]
    fn reads_every_key_and_accepts_one_value_for_a_list() {
        let c = load(
            "claims: pieces\nsources: [a, b]\nfail_on: unknown\nformat: sarif\npublisher:\n  name: N\n  url: https://example.org/x\naliases:\n  NATO: [the alliance]\nsynonyms:\n  - [pledge, commit]\nantonyms:\n  eager: [reluctant]\n",
        )
        .unwrap();
        assert_eq!(c.file.claims, Some(vec!["pieces".to_string()]));
        assert_eq!(c.file.sources.as_ref().unwrap().len(), 2);
        assert_eq!(c.file.fail_on, Some(vec![Verdict::Unknown]));
        assert_eq!(c.file.format, Some(OutputFormat::Sarif));
        assert_eq!(c.file.synonyms[0].value, ["pledge", "commit"]);
        assert_eq!(c.file.aliases["NATO"], ["the alliance"]);
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        let c = load("# nothing yet\n").unwrap();
        let s = Settings::resolve(Some(&c), Overrides::default());
        assert_eq!(s.claims.value, [PathBuf::from("claims")]);
        assert_eq!(s.claims.origin, Origin::Default);
    }

    #[test]
    fn unknown_keys_and_values_get_a_suggestion_at_their_place() {
        let errs = load("format: json\nfial_on: [unknown]\n").unwrap_err();
        assert_eq!(errs[0].message, "unknown key `fial_on`");
        assert_eq!(errs[0].hint.as_deref(), Some("did you mean `fail_on`?"));
        assert_eq!((errs[0].line, errs[0].column), (Some(2), Some(1)));
        let errs = load("publisher:\n  nmae: X\n").unwrap_err();
        assert_eq!(errs[0].hint.as_deref(), Some("did you mean `name`?"));
        assert_eq!(errs[0].line, Some(2));
        let errs = load("format: sarfi\n").unwrap_err();
        assert_eq!(errs[0].message, "unknown value `sarfi`");
        assert!(
            errs[0]
                .hint
                .as_deref()
                .unwrap()
                .starts_with("did you mean `sarif`?")
        );
        let errs = load("synonyms:\n  - [alone]\n").unwrap_err();
        assert_eq!(errs[0].line, Some(2));
    }

    #[test]
    fn flags_override_the_file_which_overrides_defaults_and_paths_follow_the_file() {
        let c = parse(
            "../claimcheck.yaml",
            PathBuf::from(".."),
            "claims: [pieces]\nformat: json\n",
        )
        .unwrap();
        let s = Settings::resolve(
            Some(&c),
            Overrides {
                format: Some(OutputFormat::Sarif),
                ..Overrides::default()
            },
        );
        assert_eq!(s.claims.value, [PathBuf::from("../pieces")]);
        assert_eq!(s.claims.origin, Origin::File("../claimcheck.yaml".into()));
        assert_eq!(s.format.value, OutputFormat::Sarif);
        assert_eq!(s.format.origin, Origin::Flag);
        assert_eq!(s.sources.origin, Origin::Default);
    }

    #[test]
    fn discovery_walks_up_and_the_nearest_file_wins() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "").unwrap();
        let (shown, base) = discover(&deep).unwrap();
        assert_eq!(shown, "../../claimcheck.yaml");
        assert_eq!(base, PathBuf::from("../.."));
        std::fs::write(dir.path().join("a").join(FILE_NAME), "").unwrap();
        assert_eq!(discover(&deep).unwrap().0, "../claimcheck.yaml");
        assert_eq!(discover(dir.path()).unwrap().0, "claimcheck.yaml");
    }
}
