//! The one translation function every user-visible text goes through.
//!
//! Texts are keyed by their English wording (gettext style), so English
//! needs no table and a missing translation falls back to English.

use std::sync::atomic::{AtomicU8, Ordering};

/// Languages Gambit's users work in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    English,
    Swedish,
    Danish,
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language of the user interface.
pub fn set_language(lang: Language) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

pub fn language() -> Language {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Language::Swedish,
        2 => Language::Danish,
        _ => Language::English,
    }
}

/// Translates an English UI text into the current language.
pub fn tr(english: &str) -> String {
    lookup(language(), english).unwrap_or(english).to_owned()
}

/// Translations by language. Swedish and Danish tables are filled by the
/// localisation work; until then every text falls back to English.
fn lookup(lang: Language, _english: &str) -> Option<&'static str> {
    match lang {
        Language::English | Language::Swedish | Language::Danish => None,
    }
}
