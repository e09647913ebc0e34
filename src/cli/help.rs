//! The command line's help and usage errors in the user's language: every
//! command's and option's words come from the translations (the doc
//! comments in `args.rs` are their English source), and so do clap's own
//! headings, flags and the usage errors people meet most.

use crate::i18n::{Language, language, tr};
use crate::t;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

/// The words of each command (arg "") and option: (command, arg id, message id).
const HELP: &[(&str, &str, &str)] = &[
    ("", "", "cli-help-gambit"),
    ("", "file", "cli-help-open-file"),
    ("", "view", "cli-help-view"),
    ("", "present", "cli-help-present"),
    ("", "startup_time", "cli-help-startup-time"),
    ("", "lang", "cli-help-lang"),
    ("check", "", "cli-help-check"),
    ("check", "file", "cli-help-project-file"),
    ("check", "no_alerts", "cli-help-no-alerts"),
    ("migrate", "", "cli-help-migrate"),
    ("migrate", "file", "cli-help-project-file"),
    ("merge", "", "cli-help-merge"),
    ("merge", "base", "cli-help-merge-base"),
    ("merge", "ours", "cli-help-merge-ours"),
    ("merge", "theirs", "cli-help-merge-theirs"),
    ("diff", "", "cli-help-diff"),
    ("diff", "files", "cli-help-diff-files"),
    ("diff", "account", "cli-help-diff-account"),
    ("textconv", "", "cli-help-textconv"),
    ("textconv", "file", "cli-help-project-file"),
    ("export-ranking", "", "cli-help-export-ranking"),
    ("export-ranking", "file", "cli-help-project-file"),
    ("export-ranking", "csv", "cli-help-csv"),
    ("export-ranking", "xlsx", "cli-help-xlsx"),
    ("import-contacts", "", "cli-help-import-contacts"),
    ("import-contacts", "file", "cli-help-project-file"),
    ("import-contacts", "account", "cli-help-account"),
    ("import-contacts", "from", "cli-help-from"),
    ("import-contacts", "sheet", "cli-help-sheet"),
    ("import-contacts", "overwrite", "cli-help-overwrite"),
    ("import-calendar", "", "cli-help-import-calendar"),
    ("import-calendar", "file", "cli-help-project-file"),
    ("import-calendar", "from", "cli-help-calendar-from"),
    ("import-calendar", "account", "cli-help-account"),
    ("import-calendar", "draw_lines", "cli-help-draw-lines"),
    ("export-contacts", "", "cli-help-export-contacts"),
    ("export-contacts", "file", "cli-help-project-file"),
    ("export-contacts", "account", "cli-help-account"),
    ("export-contacts", "csv", "cli-help-csv"),
    ("export-contacts", "xlsx", "cli-help-xlsx"),
    ("export-contacts", "relationships_csv", "cli-help-relationships-csv"),
    ("export-contacts", "without_opinions", "cli-help-without-opinions"),
    ("export-plan", "", "cli-help-export-plan"),
    ("export-plan", "file", "cli-help-project-file"),
    ("export-plan", "account", "cli-help-account"),
    ("export-plan", "html", "cli-help-html"),
    ("export-plan", "md", "cli-help-md"),
    ("export-plan", "without_opinions", "cli-help-without-opinions"),
    ("export-review", "", "cli-help-export-review"),
    ("export-review", "file", "cli-help-project-file"),
    ("export-review", "account", "cli-help-account"),
    ("export-review", "html", "cli-help-html"),
    ("export-review", "md", "cli-help-md"),
    ("export-review", "without_opinions", "cli-help-without-opinions"),
    ("export-map", "", "cli-help-export-map"),
    ("export-map", "file", "cli-help-project-file"),
    ("export-map", "account", "cli-help-account"),
    ("export-map", "svg", "cli-help-svg"),
    ("export-map", "png", "cli-help-png"),
    ("export-map", "size", "cli-help-size"),
    ("export-map", "present", "cli-help-present-picture"),
    ("export-map", "without_opinions", "cli-help-without-opinions"),
    ("erase", "", "cli-help-erase"),
    ("erase", "file", "cli-help-project-file"),
    ("erase", "account", "cli-help-account"),
    ("erase", "name", "cli-help-person-name"),
    ("person", "", "cli-help-person"),
    ("person", "file", "cli-help-project-file"),
    ("person", "account", "cli-help-account"),
    ("person", "name", "cli-help-person-name"),
    ("person", "export", "cli-help-person-export"),
];

/// Placeholders of values, by the name clap gives them.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("FILE", "cli-value-file"),
    ("BASE", "cli-value-base"),
    ("OURS", "cli-value-ours"),
    ("THEIRS", "cli-value-theirs"),
    ("ACCOUNT", "cli-value-account"),
    ("PATH", "cli-value-path"),
    ("OUT", "cli-value-out"),
    ("NAME", "cli-value-name"),
    ("VIEW", "cli-value-view"),
    ("LANG", "cli-value-lang"),
    ("OUT.csv", "cli-value-out-csv"),
    ("OUT.xlsx", "cli-value-out-xlsx"),
    ("OUT.html", "cli-value-out-html"),
    ("OUT.md", "cli-value-out-md"),
    ("OUT.svg", "cli-value-out-svg"),
    ("OUT.png", "cli-value-out-png"),
    ("WIDTHxHEIGHT", "cli-value-size"),
];

/// The message id of a command's (arg "") or an option's words.
pub fn help_id(command: &str, arg: &str) -> Option<&'static str> {
    HELP.iter().find(|(c, a, _)| *c == command && *a == arg).map(|(.., id)| *id)
}

/// The command line, told in the current language.
pub fn localized(cmd: Command) -> Command {
    let cmd = words(cmd, "")
        .subcommand_help_heading(tr("cli-commands"))
        .subcommand_value_name(tr("cli-value-command"))
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(flag("version", 'V', ArgAction::Version, "cli-help-version"));
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    names.iter().fold(cmd, |cmd, name| cmd.mut_subcommand(name, |sub| words(sub, name)))
}

/// `--help` or `--version` with its words.
fn flag(id: &'static str, short: char, action: ArgAction, help: &str) -> Arg {
    Arg::new(id).short(short).long(id).action(action).help(tr(help)).help_heading(tr("cli-options"))
}

/// One command's about, its options' help, headings and placeholders, and
/// its own `--help`.
fn words(cmd: Command, name: &str) -> Command {
    let about = help_id(name, "").map(tr);
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    let cmd = ids.iter().fold(cmd, |cmd, id| {
        cmd.mut_arg(id, |arg| {
            let heading = if arg.is_positional() { tr("cli-arguments") } else { tr("cli-options") };
            let value_names: Vec<String> = arg
                .get_value_names()
                .unwrap_or_default()
                .iter()
                .map(|v| {
                    VALUE_NAMES.iter().find(|(n, _)| *n == v.as_str()).map_or_else(|| v.to_string(), |(_, id)| tr(id))
                })
                .collect();
            let arg = match help_id(name, id) {
                Some(help) => arg.help(tr(help)).hide_possible_values(true),
                None => arg,
            };
            let arg = if value_names.is_empty() { arg } else { arg.value_names(value_names) };
            arg.help_heading(heading)
        })
    });
    let cmd = match about {
        Some(about) => cmd.about(about),
        None => cmd,
    };
    let template = format!("{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", tr("cli-usage"));
    cmd.help_template(template).disable_help_flag(true).arg(flag("help", 'h', ArgAction::Help, "cli-help-help"))
}

/// Prints clap's answer: help and version to stdout, usage errors to
/// stderr; in Swedish and Danish with Gambit's words for the usual errors.
pub fn print(e: &clap::Error) {
    if language() == Language::English || e.kind() == ErrorKind::DisplayVersion {
        let _ = e.print();
        return;
    }
    if e.kind() == ErrorKind::DisplayHelp {
        // clap writes the usage line's placeholder for options itself.
        print!("{}", e.render().to_string().replace("[OPTIONS]", &format!("[{}]", tr("cli-value-options"))));
        return;
    }
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let message = match e.kind() {
        ErrorKind::UnknownArgument => t!("cli-error-unknown-argument", arg = context(ContextKind::InvalidArg)),
        ErrorKind::InvalidSubcommand => {
            t!("cli-error-unknown-command", command = context(ContextKind::InvalidSubcommand))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e).map(|w| format!(" ({w})")).unwrap_or_default();
            let value = t!(
                "cli-error-invalid-value",
                value = context(ContextKind::InvalidValue),
                arg = context(ContextKind::InvalidArg)
            );
            format!("{value}{why}")
        }
        ErrorKind::MissingRequiredArgument => {
            t!("cli-error-missing", args = context(ContextKind::InvalidArg))
        }
        ErrorKind::ArgumentConflict => {
            t!("cli-error-conflict", arg = context(ContextKind::InvalidArg), other = context(ContextKind::PriorArg))
        }
        _ => {
            let _ = e.print();
            return;
        }
    };
    eprintln!("{}\n\n{}", t!("cli-error", message = message), tr("cli-error-more"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory as _;

    /// A new command or option without words of its own would show English
    /// in Swedish and Danish help: every one is in the table.
    #[test]
    fn every_command_and_option_has_words() {
        let cmd = crate::cli::args::Cli::command();
        let mut missing = Vec::new();
        let mut check = |name: &str, c: &Command| {
            if help_id(name, "").is_none() {
                missing.push(format!("{name} itself"));
            }
            for a in c.get_arguments().filter(|a| !["help", "version"].contains(&a.get_id().as_str())) {
                let global = !name.is_empty() && a.get_id() == "lang";
                if !global && help_id(name, a.get_id().as_str()).is_none() {
                    missing.push(format!("{name} {}", a.get_id()));
                }
            }
        };
        check("", &cmd);
        for sub in cmd.get_subcommands() {
            check(sub.get_name(), sub);
        }
        assert!(missing.is_empty(), "without words: {missing:?}");
    }
}
