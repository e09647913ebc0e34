//! The `gambit` binary: the desktop app, or a headless subcommand.

fn main() -> std::process::ExitCode {
    let started = std::time::Instant::now();
    match gambit::cli::parse(std::env::args_os().skip(1)) {
        Ok(gambit::cli::Invocation::Gui(start)) => gambit::app::run(start, started),
        Ok(gambit::cli::Invocation::Headless(cmd)) => gambit::cli::run(&cmd),
        Err(e) => {
            // Help and version go to stdout with 0; usage errors to stderr with 2.
            let _ = e.print();
            std::process::ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
        }
    }
}
