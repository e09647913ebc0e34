//! How the window is started from the command line and from a file
//! manager: a double-click passes the file as the only argument.

use gambit::app::StartOptions;
use gambit::app::views::ViewKind;
use gambit::cli::{Invocation, parse};

#[test]
fn a_double_clicked_file_is_the_only_argument_and_opens_in_the_window() {
    let path = "/home/karin/Delade dokument/Nordvik plan.kam";
    let want = StartOptions { file: Some(path.into()), ..StartOptions::default() };
    assert_eq!(parse([path]).ok(), Some(Invocation::Gui(want)));
}

#[test]
fn startup_time_is_reported_on_request_alongside_the_other_options() {
    let want = StartOptions {
        file: Some("a.kam".into()),
        view: Some(ViewKind::Map),
        present: false,
        startup_time: true,
        lang: None,
    };
    assert_eq!(parse(["--startup-time", "a.kam", "--view", "map"]).ok(), Some(Invocation::Gui(want)));
    assert_eq!(
        parse(["a.kam"]).ok().map(|i| matches!(i, Invocation::Gui(StartOptions { startup_time: false, .. }))),
        Some(true)
    );
}
