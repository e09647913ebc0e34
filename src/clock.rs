//! The one place that reads the system clock. Everything else takes the
//! date it judges by as a value (`UiState::today` in the app, an argument in
//! the headless commands), so tests can fix it and a frame never sees two
//! different days. `clippy.toml` forbids reading the clock anywhere else.

use chrono::NaiveDate;

/// Today's date on this machine, in its local time zone.
#[expect(clippy::disallowed_methods)]
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Now, for a lock file: seconds since the Unix epoch, and the local time
/// as people read it ("2026-11-24 10:12").
#[expect(clippy::disallowed_methods)]
pub fn now_stamp() -> (u64, String) {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    (secs, chrono::Local::now().format("%Y-%m-%d %H:%M").to_string())
}
