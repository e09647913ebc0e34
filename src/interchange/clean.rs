//! Cell text made fit for a project: one-line fields lose their line
//! breaks and control characters, and nothing is longer than the file
//! format allows (`validate`'s limits).

use crate::model::validate::{MAX_LINE_CHARS, MAX_TEXT_CHARS};

/// A one-line field: control characters (line breaks, tabs) become
/// spaces, runs of spaces one, and the ends are trimmed.
pub fn one_line(cell: &str) -> String {
    let spaced: String = cell.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A multi-line field: line breaks and tabs stay (as `\n`), other control
/// characters go, the ends are trimmed.
pub fn multi_line(cell: &str) -> String {
    let unix = cell.replace("\r\n", "\n");
    unix.chars().filter(|c| !c.is_control() || matches!(c, '\n' | '\t')).collect::<String>().trim().to_owned()
}

/// Cuts `text` to the limit of its kind of field. Returns whether it was cut.
pub fn fit(text: &mut String, one_line: bool) -> bool {
    let limit = if one_line { MAX_LINE_CHARS } else { MAX_TEXT_CHARS };
    match text.char_indices().nth(limit) {
        Some((at, _)) => {
            text.truncate(at);
            true
        }
        None => false,
    }
}

/// How names and emails are compared: trimmed, spaces collapsed, lower case.
pub fn match_key(text: &str) -> String {
    one_line(text).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_cleaned_for_their_kind() {
        assert_eq!(one_line("  Head of\r\nProcurement\t(acting) \u{7} "), "Head of Procurement (acting)");
        assert_eq!(multi_line(" Met at fair.\r\nLikes\tcoffee\u{1b} "), "Met at fair.\nLikes\tcoffee");
        let mut long = "å".repeat(MAX_LINE_CHARS + 3);
        assert!(fit(&mut long, true));
        assert_eq!(long.chars().count(), MAX_LINE_CHARS);
        assert_eq!(match_key(" Anna  LIND "), "anna lind");
    }
}
