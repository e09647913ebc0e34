//! The little each operating system needs beyond what eframe does, kept
//! small and behind `cfg`: on Windows, a console for the command line's
//! output (the release build is a windowed program); on macOS, the files
//! Finder hands over as an Apple Event instead of as an argument.
//! These two files are the only ones allowed `unsafe` (foreign calls).

#[cfg(any(target_os = "macos", gambit_check_macos))]
mod macos;
pub mod open_queue;
#[cfg(any(windows, gambit_check_windows))]
mod windows;

/// Before a headless command prints: on Windows, write to the terminal
/// Gambit was started from (a windowed program has no console of its own).
pub fn attach_console() {
    #[cfg(any(windows, gambit_check_windows))]
    windows::attach_parent_console();
}

/// Before the window opens: on macOS, listen for documents Finder asks
/// Gambit to open (double-click, Open With, a drop on the Dock icon).
pub fn prepare_window() {
    #[cfg(any(target_os = "macos", gambit_check_macos))]
    macos::listen_for_open_documents();
}
