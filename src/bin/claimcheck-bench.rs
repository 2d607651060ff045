//! `claimcheck-bench`: measures verdict quality on the bundled benchmark sets.
//!
//! ```sh
//! cargo run --release --bin claimcheck-bench                     # every set, a table
//! cargo run --release --bin claimcheck-bench -- --set fever-symmetric --limit 100
//! cargo run --release --bin claimcheck-bench -- --format json --misses misses.jsonl
//! ```
//!
//! A measurement, not a gate: exits 0 whatever the scores, 2 on a usage error or when a set
//! cannot be run.

use claimcheck::bench::{self, render};
use claimcheck::text::Lexicon;
use clap::{Parser, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// Prints an accuracy table for every bundled benchmark set.
#[derive(Parser, Debug)]
#[command(name = "claimcheck-bench", version)]
struct Args {
    /// Run only this set (repeatable): example, troops-dev, news-dev, news-dev2, news-dev3,
    /// news-dev4, news-dev5, news-dev6, news-dev7, news-dev8, news-dev9, news-dev10,
    /// news-heldout, news-heldout2, news-heldout3, news-heldout4, news-heldout5, news-heldout6,
    /// news-heldout7, news-heldout8, news-heldout9, news-heldout10, fever-symmetric,
    /// vitaminc-real.
    #[arg(long = "set", value_name = "NAME")]
    sets: Vec<String>,
    /// Take only the first N pairs of the pair sets (fever-symmetric, vitaminc-real).
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Write every wrongly judged claim to FILE, one JSON object a line.
    #[arg(long, value_name = "FILE")]
    misses: Option<PathBuf>,
    /// Write every judged claim, right or wrong, to FILE, one JSON object a line.
    #[arg(long, value_name = "FILE")]
    outcomes: Option<PathBuf>,
    /// Train the judge's learned combiner on the sets run and write src/judge/weights.rs
    /// (under --root); prints held-out (two-fold) and in-sample figures. Rebuild afterwards.
    #[arg(long)]
    train: bool,
    /// The repository folder holding claims/, sources/ and bench/.
    #[arg(long, value_name = "DIR", default_value = env!("CARGO_MANIFEST_DIR"))]
    root: PathBuf,
}

fn main() -> ExitCode {
    let started = Instant::now();
    let args = Args::parse();
    let mut sets = bench::bundled_sets(&args.root);
    if !args.sets.is_empty() {
        let names: Vec<String> = sets.iter().map(|s| s.name.clone()).collect();
        if let Some(bad) = args.sets.iter().find(|n| !names.contains(n)) {
            eprintln!(
                "error: no benchmark set `{bad}`; the sets are {}",
                names.join(", ")
            );
            return ExitCode::from(2);
        }
        sets.retain(|s| args.sets.contains(&s.name));
    }

    let t = Instant::now();
    let lexicon = Lexicon::builtin();
    let lexicon_seconds = t.elapsed().as_secs_f64();
    let mut runs = Vec::new();
    let mut failed = false;
    for set in &sets {
        eprintln!("claimcheck-bench: running {} …", set.name);
        match bench::run_set(set, &lexicon, args.limit) {
            Ok(run) => {
                if run.had_errors {
                    eprintln!(
                        "error: {}: the check reported errors; its figures leave out the claims it could not read",
                        run.name
                    );
                    failed = true;
                }
                runs.push(run);
            }
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
            }
        }
    }
    let dumps = [
        (
            &args.misses,
            render::misses_jsonl as fn(&[bench::SetRun]) -> String,
        ),
        (&args.outcomes, render::outcomes_jsonl),
    ];
    for (path, render) in dumps {
        if let Some(path) = path
            && let Err(e) = std::fs::write(path, render(&runs))
        {
            eprintln!("error: cannot write {}: {e}", path.display());
            failed = true;
        }
    }
    if args.train && !failed {
        let runs: Vec<bench::SetRun> = runs
            .into_iter()
            .filter(|r| !bench::NOT_TRAINED.contains(&r.name.as_str()))
            .collect();
        let names: Vec<String> = runs.iter().map(|r| r.name.clone()).collect();
        let (combiner, held_out) = bench::train::train(&runs);
        let all = |_: usize, _: usize| true;
        let in_sample = bench::train::confusions(&runs, &combiner, &all);
        println!(
            "combiner trained on the open claims of: {}",
            names.join(", ")
        );
        println!(
            "thresholds: supported {:.2}, contradicted {:.2}",
            combiner.support_threshold, combiner.contradict_threshold
        );
        println!(
            "\nheld out (two folds by claim id, each judged by a combiner trained on the other):"
        );
        print!("{}", bench::train::summary(&names, &held_out));
        println!("\nin sample (the weights written):");
        print!("{}", bench::train::summary(&names, &in_sample));
        let path = args.root.join("src/judge/weights.rs");
        if let Err(e) = std::fs::write(&path, bench::train::weights_source(&combiner)) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
        println!("\nwrote {}; rebuild to use it", path.display());
        return ExitCode::SUCCESS;
    }
    let total_seconds = started.elapsed().as_secs_f64();
    match args.format {
        Format::Text => {
            print!("{}", render::quality_table(&runs));
            println!();
            print!(
                "{}",
                render::timing_table(&runs, lexicon_seconds, total_seconds)
            );
        }
        Format::Json => print!("{}", render::json(&runs, lexicon_seconds, total_seconds)),
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
