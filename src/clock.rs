//! The one place that reads the system clock. Everything else takes the
//! date it judges by as a value (`UiState::today` in the app, an argument in
//! the headless commands), so tests can fix it and a frame never sees two
//! different days. `clippy.toml` forbids reading the clock anywhere else.

use chrono::NaiveDate;

/// Today's date on this machine, in its local time zone.
#[allow(clippy::disallowed_methods)]
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}
