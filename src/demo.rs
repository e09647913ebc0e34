//! The demo project built into the binary, opened when no file is given,
//! in the user's language: its texts are translated from
//! `assets/demo_texts.tsv` as it is read (names stay as they are).

use crate::file::{self, LoadError};
use crate::i18n::Language;
use crate::model::Project;
use chrono::NaiveDate;

/// The text of `assets/demo.kam` (in English).
pub const DEMO_KAM: &str = include_str!("../assets/demo.kam");

/// The demo's texts with their Swedish and Danish words.
pub const DEMO_TEXTS: &str = include_str!("../assets/demo_texts.tsv");

/// The day the demo's dates were written for: its plans are healthy, due
/// or stale as seen from this day, and `demo_project_on` moves every date
/// by the days between this and the day it is opened.
pub const WRITTEN_ON: (i32, u32, u32) = (2026, 11, 2);

/// `WRITTEN_ON` as a date.
pub fn written_on() -> NaiveDate {
    NaiveDate::from_ymd_opt(WRITTEN_ON.0, WRITTEN_ON.1, WRITTEN_ON.2).unwrap_or_default()
}

/// The parsed demo project, in the current language, as written (dated as
/// seen from `WRITTEN_ON`).
pub fn demo_project() -> Result<Project, LoadError> {
    demo_project_in(crate::i18n::language())
}

/// The parsed demo project in `lang`, as written.
pub fn demo_project_in(lang: Language) -> Result<Project, LoadError> {
    demo_project_on(lang, written_on())
}

/// The demo project in `lang` with every date moved so that it is as old,
/// seen from `today`, as it was when written: a new user sees the mix of
/// healthy, due and stale plans it was written to show on any day.
pub fn demo_project_on(lang: Language, today: NaiveDate) -> Result<Project, LoadError> {
    let shift = today.signed_duration_since(written_on()).num_days();
    let text = rewrite(DEMO_KAM, lang, shift);
    file::from_str(&text, &crate::i18n::tr_in(lang, "demo-source-name"))
}

/// Whether `project` is the demo (as opened in any language, and perhaps
/// changed since): its name is the demo's in one of them.
pub fn is_demo(project: &Project) -> bool {
    table().first().is_some_and(|(en, sv, da)| [Some(*en), *sv, *da].contains(&Some(project.name.as_str())))
}

/// The demo, as changed by someone working in another language, with the
/// demo's own texts in `lang` (what they wrote themselves stays as it is);
/// `None` if it cannot be written out and read back.
pub fn in_language(project: &Project, lang: Language) -> Option<Project> {
    let text = file::to_string(project).ok()?;
    file::from_str(&rewrite(&text, lang, 0), &crate::i18n::tr_in(lang, "demo-source-name")).ok()
}

/// Every text of the demo in the table, with the words for it in a language
/// (`None` for a name kept as it is); tests hold the demo to the table.
pub fn table() -> Vec<(&'static str, Option<&'static str>, Option<&'static str>)> {
    DEMO_TEXTS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            (cols.next().unwrap_or_default(), cols.next(), cols.next())
        })
        .collect()
}

/// Replaces every quoted text of a RON file that the table has words for
/// (in any of its languages) with the words in `lang`, and moves every
/// quoted date by `shift_days`.
fn rewrite(ron_text: &str, lang: Language, shift_days: i64) -> String {
    let mut words: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for (en, sv, da) in table() {
        let target = match lang {
            Language::English => Some(en),
            Language::Danish => da,
            Language::Swedish => sv,
        };
        let Some(target) = target else { continue };
        // English last: where a Swedish or Danish word is also another
        // line's English, the English line wins.
        for from in [da, sv, Some(en)].into_iter().flatten() {
            words.insert(from, target);
        }
    }
    let moved = |s: &str| {
        let day = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
        let day = day.checked_add_signed(chrono::TimeDelta::try_days(shift_days)?)?;
        Some(day.format("%Y-%m-%d").to_string())
    };
    let mut out = String::with_capacity(ron_text.len() + ron_text.len() / 8);
    let mut rest = ron_text;
    while let Some(start) = rest.find('"') {
        out.push_str(&rest[..start]);
        let literal_len = literal_length(&rest[start..]);
        let literal = &rest[start..start + literal_len];
        let decoded: Option<String> = ron::from_str(literal).ok();
        let replaced = decoded.as_deref().and_then(|s| match words.get(s) {
            Some(w) if *w != s => Some((*w).to_owned()),
            None if shift_days != 0 => moved(s),
            _ => None,
        });
        match replaced {
            Some(w) => out.push_str(&ron::to_string(&w).unwrap_or_else(|_| literal.to_owned())),
            None => out.push_str(literal),
        }
        rest = &rest[start + literal_len..];
    }
    out.push_str(rest);
    out
}

/// The length in bytes of the quoted literal `s` starts with (to the end
/// of `s` when it is never closed).
fn literal_length(s: &str) -> usize {
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return i + 1,
            _ => {}
        }
    }
    s.len()
}
