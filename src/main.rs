//! The `claimcheck` binary: parse arguments, run the library, print, map to an exit status.

mod cli;

fn main() {
    std::process::exit(cli::main());
}
