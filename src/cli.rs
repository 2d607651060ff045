//! Command-line interface. Everything here is argument parsing, reading the configuration,
//! choosing the output and mapping the outcome to an exit status; the work is done by the
//! `claimcheck` library.
//!
//! Exit status: 0 when every claim passes the gate (or with `--exit-zero`), 1 when any fails,
//! 2 on usage or input errors (after every other file has still been checked and reported).

use claimcheck::Verdict;
use claimcheck::check::{CheckOptions, run};
use claimcheck::config::{self, LoadedConfig, Overrides, Settings};
use claimcheck::diagnostic::Diagnostic;
use claimcheck::report::{OutputFormat, RenderOptions, render, render_diagnostics};
use claimcheck::schema::{self, SchemaKind};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

const EXIT_PASS: i32 = 0;
const EXIT_FAIL: i32 = 1;
const EXIT_ERROR: i32 = 2;

/// Check the claims of a piece against the stored sources it rests on.
///
/// Loads every claim file under `claims/` and every source under `sources/`, finds the
/// evidence for each claim and marks it supported, contradicted or unknown, citing the
/// source line. The exit status gates publication in CI: 0 when every claim passes, 1 when one
/// fails, 2 on usage or input errors.
///
/// Settings come from flags, then `claimcheck.yaml` (the nearest one in the working directory
/// or its parents, or `--config`), then the defaults; `claimcheck config` shows which.
#[derive(Parser, Debug)]
#[command(name = "claimcheck", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    check: CheckArgs,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check claim files against the sources (the default command).
    Check(CheckArgs),
    /// Print the effective configuration and where each value came from.
    Config(CheckArgs),
    /// Create claimcheck.yaml, claims/example.yaml and sources/README.md to start from.
    Init {
        /// Folder to create them in.
        #[arg(value_name = "DIR", default_value = ".")]
        dir: PathBuf,
    },
    /// Print the JSON Schema of claim files or of claimcheck.yaml.
    Schema {
        #[arg(value_enum)]
        kind: SchemaKind,
    },
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
}

#[derive(Args, Debug, Clone)]
struct CheckArgs {
    /// Claim files or folders of claim files (.yaml, .yml) [default: claims].
    #[arg(value_name = "PATHS")]
    paths: Vec<PathBuf>,

    /// Folder of source texts (.txt, .md); repeat for several [default: sources].
    #[arg(long = "sources", value_name = "DIR")]
    sources: Vec<PathBuf>,

    /// Output format [default: human].
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<OutputFormat>,

    /// Write the report to this file (atomically, without colour) instead of stdout.
    #[arg(short = 'o', long, value_name = "PATH")]
    output_file: Option<PathBuf>,

    /// Verdicts that fail the gate for claims without `expect` (comma-separated)
    /// [default: contradicted].
    #[arg(long, value_name = "LIST", value_delimiter = ',', value_parser = parse_verdict)]
    fail_on: Option<Vec<Verdict>>,

    /// Report everything but exit 0 when claims fail the gate (still 2 on errors).
    #[arg(long)]
    exit_zero: bool,

    /// Use this configuration file instead of looking for claimcheck.yaml.
    #[arg(long, value_name = "PATH", env = "CLAIMCHECK_CONFIG")]
    config: Option<PathBuf>,

    /// Ignore every configuration file.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,

    /// When to use colour.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,

    /// Show only claims that fail the gate.
    #[arg(short, long)]
    quiet: bool,

    /// Show all candidate evidence with scores (github: notices for passing claims too).
    #[arg(short, long, conflicts_with = "quiet")]
    verbose: bool,

    /// Largest claim file read, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = claimcheck::load::ClaimLimits::default().max_file_bytes)]
    max_claim_bytes: u64,

    /// Most claims accepted in one claim file.
    #[arg(long, value_name = "N", default_value_t = claimcheck::load::ClaimLimits::default().max_claims)]
    max_claims: usize,

    /// Largest source file read, in bytes; larger ones are skipped with a warning.
    #[arg(long, value_name = "BYTES", default_value_t = claimcheck::load::SourceLimits::default().max_file_bytes)]
    max_source_bytes: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn parse_verdict(s: &str) -> Result<Verdict, String> {
    Verdict::parse(s.trim())
        .ok_or_else(|| format!("`{s}` is not a verdict: use supported, contradicted or unknown"))
}

/// Colour on a terminal unless NO_COLOR; CLICOLOR_FORCE / FORCE_COLOR force it on.
fn use_color(choice: ColorChoice) -> bool {
    let set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty() && v != "0");
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if set("NO_COLOR") {
                false
            } else if set("CLICOLOR_FORCE") || set("FORCE_COLOR") {
                true
            } else {
                std::io::stdout().is_terminal()
            }
        }
    }
}

/// The clap definition, for completions and the man page.
pub fn command() -> clap::Command {
    Cli::command()
}

pub fn main() -> i32 {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check(a)) => check(a),
        None => check(cli.check),
        Some(Command::Config(a)) => match settings(&a) {
            Ok(s) => print(&s.describe()),
            Err(code) => code,
        },
        Some(Command::Init { dir }) => init(&dir),
        Some(Command::Schema { kind }) => print(&schema::render(kind)),
        Some(Command::Completions { shell }) => {
            let mut buf = Vec::new();
            clap_complete::generate(shell, &mut command(), "claimcheck", &mut buf);
            print(&String::from_utf8_lossy(&buf))
        }
        Some(Command::Man) => print(&man_page()),
    }
}

/// The man page, generated from the clap definitions.
pub fn man_page() -> String {
    let mut buf = Vec::new();
    clap_mangen::Man::new(command())
        .render(&mut buf)
        .expect("rendering to memory cannot fail");
    String::from_utf8(buf).expect("the man page is UTF-8")
}

/// Writes to stdout; a closed pipe (`claimcheck ... | head`) is not an error.
fn print(text: &str) -> i32 {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => EXIT_PASS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => EXIT_PASS,
        Err(e) => {
            eprintln!("error: cannot write to stdout: {e}");
            EXIT_ERROR
        }
    }
}

fn eprint_diagnostics(diagnostics: &[Diagnostic]) {
    let text: String = diagnostics.iter().map(|d| d.to_string()).collect();
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// Reads the configuration (if any) and resolves the effective settings; on a bad
/// configuration prints its problems and returns the exit status.
fn settings(args: &CheckArgs) -> Result<Settings, i32> {
    let located: Option<(String, PathBuf, PathBuf)> = if args.no_config {
        None
    } else if let Some(path) = &args.config {
        let shown = path.to_string_lossy().replace('\\', "/");
        Some((shown, path.clone(), config::base_of(path)))
    } else {
        std::env::current_dir()
            .ok()
            .and_then(|cwd| config::discover(&cwd))
            .map(|(shown, base)| (shown.clone(), PathBuf::from(&shown), base))
    };
    let loaded: Option<LoadedConfig> = match located {
        None => None,
        Some((shown, path, base)) => {
            let text = match std::fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(t) => t,
                    Err(_) => {
                        eprint_diagnostics(&[Diagnostic::error(
                            &shown,
                            "configuration is not valid UTF-8",
                        )
                        .with_hint("save the file as UTF-8")]);
                        return Err(EXIT_ERROR);
                    }
                },
                Err(e) => {
                    let message = if e.kind() == std::io::ErrorKind::NotFound {
                        "no such configuration file".to_string()
                    } else {
                        format!("cannot read the configuration: {e}")
                    };
                    eprint_diagnostics(&[Diagnostic::error(&shown, message).with_hint(
                        "name an existing file with --config, or run `claimcheck init`",
                    )]);
                    return Err(EXIT_ERROR);
                }
            };
            match config::parse(&shown, base, &text) {
                Ok(c) => Some(c),
                Err(problems) => {
                    eprint_diagnostics(&problems);
                    return Err(EXIT_ERROR);
                }
            }
        }
    };
    Ok(Settings::resolve(
        loaded.as_ref(),
        Overrides {
            claims: args.paths.clone(),
            sources: args.sources.clone(),
            fail_on: args.fail_on.clone(),
            format: args.format,
        },
    ))
}

fn check(args: CheckArgs) -> i32 {
    let settings = match settings(&args) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut options = CheckOptions {
        claim_paths: settings.claims.value.clone(),
        sources_dirs: settings.sources.value.clone(),
        fail_on: settings.fail_on.value.clone(),
        ..CheckOptions::default()
    };
    options.claim_limits.max_file_bytes = args.max_claim_bytes;
    options.claim_limits.max_claims = args.max_claims;
    options.source_limits.max_file_bytes = args.max_source_bytes;
    let lexicon = settings.lexicon();
    let report = run(&options, &lexicon);

    let format = settings.format.value;
    let color =
        use_color(args.color) && format == OutputFormat::Human && args.output_file.is_none();
    colored::control::set_override(color);
    let diagnostics = render_diagnostics(&report);
    if !diagnostics.is_empty() {
        let _ = std::io::stderr().write_all(diagnostics.as_bytes());
    }
    let publisher = settings.publisher.value.clone();
    if format == OutputFormat::Claimreview && publisher.name.is_none() && publisher.url.is_none() {
        eprintln!(
            "warning: no `publisher` in the configuration: the ClaimReview objects have no `author` or `url`"
        );
    }
    let text = render(
        &report,
        format,
        RenderOptions {
            color,
            quiet: args.quiet,
            verbose: args.verbose,
            publisher,
        },
    );
    let written = match &args.output_file {
        Some(path) => match write_atomically(path, &text) {
            Ok(()) => EXIT_PASS,
            Err(e) => {
                // tempfile names its random file in the message: leave that out.
                let e = e.to_string();
                let e = e.split(" at path ").next().unwrap_or(&e);
                eprint_diagnostics(&[Diagnostic::error(
                    path.to_string_lossy(),
                    format!("cannot write the report: {e}"),
                )
                .with_hint("-o names a file in an existing, writable folder")]);
                EXIT_ERROR
            }
        },
        None => print(&text),
    };
    if written != EXIT_PASS {
        return written;
    }
    if report.has_errors() {
        EXIT_ERROR
    } else if report.summary().failed > 0 && !args.exit_zero {
        EXIT_FAIL
    } else {
        EXIT_PASS
    }
}

/// Writes `text` to a temporary file in `path`'s folder, then renames it over `path`: a reader
/// never sees half a report, and a failed run leaves the old one in place.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("no folder `{}`", dir.to_string_lossy()),
        ));
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".claimcheck-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

const INIT_FILES: [(&str, &str); 3] = [
    (
        "claimcheck.yaml",
        include_str!("../templates/init/claimcheck.yaml"),
    ),
    (
        "claims/example.yaml",
        include_str!("../templates/init/claims/example.yaml"),
    ),
    (
        "sources/README.md",
        include_str!("../templates/init/sources/README.md"),
    ),
];

/// `claimcheck init`: writes a commented starter; never overwrites anything.
fn init(dir: &Path) -> i32 {
    let shown = |name: &str| {
        if dir == Path::new(".") {
            name.to_string()
        } else {
            dir.join(name).to_string_lossy().replace('\\', "/")
        }
    };
    let existing: Vec<Diagnostic> = INIT_FILES
        .iter()
        .filter(|(name, _)| std::fs::symlink_metadata(dir.join(name)).is_ok())
        .map(|(name, _)| {
            Diagnostic::error(shown(name), "already exists").with_hint(
                "`claimcheck init` never overwrites a file: move it away or edit it by hand",
            )
        })
        .collect();
    if !existing.is_empty() {
        eprint_diagnostics(&existing);
        return EXIT_ERROR;
    }
    let mut out = String::new();
    for (name, text) in INIT_FILES {
        let path = dir.join(name);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|_| {
                std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&path)
            })
            .and_then(|mut f| f.write_all(text.as_bytes()));
        if let Err(e) = written {
            eprint_diagnostics(&[Diagnostic::error(
                shown(name),
                format!("cannot create the file: {e}"),
            )]);
            return EXIT_ERROR;
        }
        out.push_str(&format!("created {}\n", shown(name)));
    }
    let cd = if dir == Path::new(".") {
        String::new()
    } else {
        format!("cd {}, ", dir.to_string_lossy())
    };
    out.push_str(&format!(
        "next: {cd}store your sources under sources/, write your claims under claims/, then run `claimcheck`\n"
    ));
    print(&out)
}
