//! What the RON parser found wrong, in the user's language. File tokens
//! (field names, values) are quoted as the file has them, since that is
//! what a user looks for and types; the type being read is named in words.

use crate::i18n::{key_id, tr};
use crate::t;
use ron::Error as E;

/// The parser's complaint, without its position (the caller adds it).
pub fn parse_problem(e: &E) -> String {
    match e {
        E::Eof => tr("parse-eof"),
        E::ExpectedComma => tr("parse-expected-comma"),
        E::ExpectedArray | E::ExpectedArrayEnd => tr("parse-expected-list"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) | E::ExpectedStructLikeEnd => tr("parse-expected-record"),
        E::ExpectedMap | E::ExpectedMapColon | E::ExpectedMapEnd => tr("parse-expected-map"),
        E::ExpectedString | E::ExpectedStringEnd => tr("parse-expected-text"),
        E::ExpectedInteger | E::ExpectedFloat | E::IntegerOutOfBounds | E::InvalidIntegerDigit { .. } => {
            tr("parse-expected-number")
        }
        E::ExpectedBoolean => tr("parse-expected-boolean"),
        E::ExpectedOption | E::ExpectedOptionEnd => tr("parse-expected-option"),
        E::ExpectedIdentifier => tr("parse-expected-name"),
        E::UnexpectedChar(c) => t!("parse-unexpected-char", char = c.to_string()),
        E::ExpectedDifferentStructName { expected, found } => {
            t!("parse-different-record", expected = within(Some(expected)), found = found)
        }
        E::TrailingCharacters => tr("parse-trailing"),
        E::UnclosedBlockComment | E::UnclosedLineComment => tr("parse-unclosed-comment"),
        E::InvalidEscape(_) => tr("parse-invalid-escape"),
        E::InvalidValueForType { expected, found } => {
            t!("parse-wrong-value", found = found, expected = expected)
        }
        E::NoSuchEnumVariant { expected, found, outer } => {
            t!("parse-unknown-value", found = found, within = within(outer.as_deref()), choices = expected.join(", "))
        }
        E::NoSuchStructField { found, outer, .. } => {
            t!("parse-unknown-field", found = found, within = within(outer.as_deref()))
        }
        E::MissingStructField { field, outer } => {
            t!("parse-missing-field", field = *field, within = within(outer.as_deref()))
        }
        E::DuplicateStructField { field, outer } => {
            t!("parse-duplicate-field", field = *field, within = within(outer.as_deref()))
        }
        other => other.to_string(),
    }
}

/// The type being read, in words: `Contact` is "contact", `BusinessUnit`
/// "business unit"; a type with no words of its own by its name.
fn within(outer: Option<&str>) -> String {
    let Some(name) = outer else { return String::new() };
    let mut key = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            key.push('_');
        }
        key.extend(c.to_lowercase());
    }
    match (name, key_id(&key)) {
        ("VersionProbe" | "Project", _) => tr("parse-a-project"),
        (_, Some(id)) => tr(id),
        (name, None) => name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_read_as_words() {
        crate::i18n::set_language(crate::i18n::Language::English);
        assert_eq!(within(Some("Contact")), "contact");
        assert_eq!(within(Some("BusinessUnit")), "business unit");
        assert_eq!(within(Some("VersionProbe")), "a Gambit project");
        assert_eq!(within(Some("Zebra")), "Zebra");
    }
}
