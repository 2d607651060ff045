//! Command-line interface. Everything here is argument parsing, choosing the output and
//! mapping the outcome to an exit status; the work is done by the `claimcheck` library.
//!
//! Exit status: 0 when every claim passes the gate, 1 when any fails, 2 on usage or input
//! errors (after every other file has still been checked and reported).

use claimcheck::Verdict;
use claimcheck::check::{CheckOptions, run};
use claimcheck::report::{OutputFormat, RenderOptions, render, render_diagnostics};
use claimcheck::text::Lexicon;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

const EXIT_PASS: i32 = 0;
const EXIT_FAIL: i32 = 1;
const EXIT_ERROR: i32 = 2;

/// Check the claims of a piece against the stored sources it rests on.
///
/// Loads every claim file under `claims/` and every source under `sources/`, finds the
/// evidence for each claim and marks it supported, contradicted or unknown, citing the
/// source line. The exit status gates publication in CI.
#[derive(Parser, Debug)]
#[command(name = "claimcheck", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    check: CheckArgs,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check claim files against the sources (the default command).
    Check(CheckArgs),
}

#[derive(Args, Debug, Clone)]
struct CheckArgs {
    /// Claim files or folders of claim files (.yaml, .yml).
    #[arg(value_name = "PATHS", default_value = "claims")]
    paths: Vec<PathBuf>,

    /// Folder of source texts (.txt, .md); repeat for several.
    #[arg(long = "sources", value_name = "DIR", default_value = "sources")]
    sources: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    format: OutputFormat,

    /// Verdicts that fail the gate for claims without `expect` (comma-separated).
    #[arg(long, value_name = "LIST", value_delimiter = ',', default_value = "contradicted", value_parser = parse_verdict)]
    fail_on: Vec<Verdict>,

    /// When to use colour.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,

    /// Show only claims that fail the gate.
    #[arg(short, long)]
    quiet: bool,

    /// Show all candidate evidence with scores.
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

pub fn main() -> i32 {
    let cli = Cli::parse();
    let args = match cli.command {
        Some(Command::Check(a)) => a,
        None => cli.check,
    };
    check(args)
}

fn check(args: CheckArgs) -> i32 {
    let mut options = CheckOptions {
        claim_paths: args.paths,
        sources_dirs: args.sources,
        fail_on: args.fail_on,
        ..CheckOptions::default()
    };
    options.claim_limits.max_file_bytes = args.max_claim_bytes;
    options.claim_limits.max_claims = args.max_claims;
    options.source_limits.max_file_bytes = args.max_source_bytes;
    let lexicon = Lexicon::builtin();
    let report = run(&options, &lexicon);

    let color = use_color(args.color) && args.format == OutputFormat::Human;
    colored::control::set_override(color);
    let diagnostics = render_diagnostics(&report);
    if !diagnostics.is_empty() {
        let _ = std::io::stderr().write_all(diagnostics.as_bytes());
    }
    let text = render(
        &report,
        args.format,
        RenderOptions {
            color,
            quiet: args.quiet,
            verbose: args.verbose,
            ..RenderOptions::default()
        },
    );
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        // `claimcheck | head` closes the pipe: not an error.
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return EXIT_PASS;
        }
        eprintln!("error: cannot write the report: {e}");
        return EXIT_ERROR;
    }
    if report.has_errors() {
        EXIT_ERROR
    } else if report.summary().failed > 0 {
        EXIT_FAIL
    } else {
        EXIT_PASS
    }
}
