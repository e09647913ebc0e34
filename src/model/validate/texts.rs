//! Every text and number of the file: no control characters, no text longer
//! than its kind may be, no number that is not one; each finding names its
//! place in words (account, record, field).

use super::Report;
use crate::i18n::{key_words, tr};
use crate::model::{PersonRef, Project};
use crate::t;

/// Texts on one line (names, titles, addresses) may be this long.
pub const MAX_LINE_CHARS: usize = 500;
/// Longer texts (notes, evidence, plan sections) may be this long.
pub const MAX_TEXT_CHARS: usize = 50_000;
/// Fields that hold one line: no line breaks or tabs there.
pub(super) const ONE_LINE: &[&str] = &[
    "name",
    "title",
    "email",
    "phone",
    "industry",
    "location",
    "category",
    "our_company",
    "currency",
    "role",
    "reviewer",
    "kind",
    "service",
];
pub(super) fn who(p: PersonRef) -> String {
    match p {
        PersonRef::Member(m) => m.to_string(),
        PersonRef::Contact(c) => c.to_string(),
    }
}

/// Every text: no control characters (line breaks and tabs allowed where
/// a text has several lines), and not longer than a text of its kind may be.
pub(super) fn check_texts(r: &mut Report, project: &Project) {
    use crate::model::texts::{Step, walk};
    walk(project, &mut |path, text| {
        let field = path.iter().rev().find_map(|s| if let Step::Field(f) = s { Some(*f) } else { None }).unwrap_or("");
        let one_line = ONE_LINE.contains(&field);
        let allowed = |c: char| !one_line && matches!(c, '\n' | '\t' | '\r');
        let bad = |c: char| (c.is_control() && !allowed(c)) || crate::model::texts::is_noncharacter(c);
        if let Some((at, c)) = text.char_indices().find(|(_, c)| bad(*c)) {
            let before = &text[..at];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let (field, code) = (key_words(field), format!("U+{:04X}", u32::from(c)));
            let words = if c.is_control() {
                t!("check-control-character", field = field, code = code, line = line, column = column)
            } else {
                t!("check-noncharacter", field = field, code = code, line = line, column = column)
            };
            r.error(place(project, path), words);
        }
        let limit = if one_line { MAX_LINE_CHARS } else { MAX_TEXT_CHARS };
        let n = text.chars().count();
        if n > limit {
            r.error(place(project, path), t!("check-too-long", field = key_words(field), length = n, limit = limit));
        }
    });
}

/// Every number is a number: NaN and infinity (written as such, or as a
/// number too large to hold) are reported where they are. Range checks
/// of particular numbers come after; this catches the fields they miss.
pub(super) fn check_numbers(r: &mut Report, project: &Project) {
    use crate::model::texts::{Step, walk_numbers};
    walk_numbers(project, &mut |path, v| {
        // These have checks of their own that say what range they take.
        let own = [Step::Field("positions"), Step::Field("weight"), Step::Field("min_score")];
        if v.is_finite() || path.iter().any(|s| own.contains(s)) {
            return;
        }
        let field = path.iter().rev().find_map(|s| if let Step::Field(f) = s { Some(*f) } else { None }).unwrap_or("");
        let shown = if v.is_nan() { "NaN".to_owned() } else { format!("{v}") };
        r.error(place(project, path), t!("check-not-a-number", field = key_words(field), value = shown));
    });
}

/// Where a text is, in words: `account "Nordvik" > contact #12 > name`.
pub(super) fn place(project: &Project, path: &[crate::model::texts::Step]) -> String {
    use crate::model::texts::Step;
    let short = |s: &str| -> String {
        let cut: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
        if s.chars().count() > 40 { format!("{cut}…") } else { cut }
    };
    let mut parts = Vec::new();
    let mut account = None;
    let mut i = 0;
    while i < path.len() {
        match (&path[i], path.get(i + 1)) {
            (Step::Field("accounts"), Some(Step::Index(k))) => {
                account = project.accounts.get(*k);
                parts.push(account.map_or_else(
                    || t!("check-at-account-number", n = k + 1),
                    |a| t!("check-at-account", name = short(&a.name)),
                ));
                i += 2;
            }
            (Step::Field("contacts"), Some(Step::Index(k))) if account.is_some() => {
                let c = account.and_then(|a| a.contacts.get(*k));
                parts.push(c.map_or_else(
                    || t!("check-at-contact-number", n = k + 1),
                    |c| t!("check-at-record", id = c.id.to_string(), name = short(&c.name)),
                ));
                i += 2;
            }
            (Step::Field(f), Some(Step::Index(k))) => {
                parts.push(format!("{} {}", key_words(f), k + 1));
                i += 2;
            }
            (Step::Field(f), _) => {
                parts.push(key_words(f));
                i += 1;
            }
            (Step::Index(k), _) => {
                parts.push(format!("{}", k + 1));
                i += 1;
            }
        }
    }
    // The last step is the field itself, which the message names.
    parts.pop();
    if parts.is_empty() { tr("check-at-project") } else { parts.join(" > ") }
}
