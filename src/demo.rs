//! The demo project built into the binary, opened when no file is given,
//! in the user's language: its texts are translated from
//! `assets/demo_texts.tsv` as it is read (names stay as they are).

use crate::file::{self, LoadError};
use crate::i18n::Language;
use crate::model::Project;

/// The text of `assets/demo.kam` (in English).
pub const DEMO_KAM: &str = include_str!("../assets/demo.kam");

/// The demo's texts with their Swedish and Danish words.
pub const DEMO_TEXTS: &str = include_str!("../assets/demo_texts.tsv");

/// The parsed demo project, in the current language.
pub fn demo_project() -> Result<Project, LoadError> {
    demo_project_in(crate::i18n::language())
}

/// The parsed demo project in `lang`.
pub fn demo_project_in(lang: Language) -> Result<Project, LoadError> {
    let text = match lang {
        Language::English => DEMO_KAM.to_owned(),
        other => translate(DEMO_KAM, other),
    };
    file::from_str(&text, &crate::i18n::tr_in(lang, "demo-source-name"))
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

/// Replaces every quoted text of a RON file that the table has words for.
fn translate(ron_text: &str, lang: Language) -> String {
    let pick = |(en, sv, da): (&'static str, Option<&'static str>, Option<&'static str>)| {
        let words = if lang == Language::Danish { da } else { sv };
        words.map(|w| (en, w))
    };
    let words: std::collections::HashMap<&str, &str> = table().into_iter().filter_map(pick).collect();
    let mut out = String::with_capacity(ron_text.len() + ron_text.len() / 8);
    let mut rest = ron_text;
    while let Some(start) = rest.find('"') {
        out.push_str(&rest[..start]);
        let literal_len = literal_length(&rest[start..]);
        let literal = &rest[start..start + literal_len];
        let decoded: Option<String> = ron::from_str(literal).ok();
        match decoded.as_deref().and_then(|s| words.get(s)) {
            Some(w) => out.push_str(&ron::to_string(w).unwrap_or_else(|_| literal.to_owned())),
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
