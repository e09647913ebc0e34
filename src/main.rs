//! The `gambit` binary: the desktop app, or a headless subcommand.

// A release build on Windows is a windowed program: no console window opens
// beside Gambit on a double-click (the subcommands attach to the terminal).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    let started = std::time::Instant::now();
    match gambit::cli::parse(std::env::args_os().skip(1)) {
        Ok(gambit::cli::Invocation::Gui(start)) => gambit::app::run(start, started),
        Ok(gambit::cli::Invocation::Headless { command, lang }) => {
            gambit::platform::attach_console();
            gambit::i18n::set_language(lang.unwrap_or_else(gambit::i18n::Language::from_system));
            gambit::cli::run(&command)
        }
        Err(e) => {
            gambit::platform::attach_console();
            // Help and version go to stdout with 0; usage errors to stderr with 2.
            gambit::cli::print_usage_error(&e);
            std::process::ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
        }
    }
}
