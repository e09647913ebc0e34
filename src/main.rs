//! The `gambit` binary: the desktop app, or a headless subcommand.

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match gambit::cli::parse(&args) {
        Ok(gambit::cli::Invocation::Gui(path)) => gambit::app::run(path),
        Ok(gambit::cli::Invocation::Headless(cmd)) => gambit::cli::run(&cmd),
        Err(msg) => {
            eprintln!("gambit: {msg}\n\n{}", gambit::cli::USAGE);
            std::process::ExitCode::from(2)
        }
    }
}
