//! The one way every user-visible text is made: Fluent messages keyed by
//! id, in `assets/locales/{en,sv,da}.ftl` (compiled into the binary).
//!
//! `tr("map-legend")` gives a plain message; `t!("portfolio-summary",
//! accounts = 3)` one with variables, whose plurals follow the language's
//! own rules. A missing id shows as the id itself (tests make sure none is
//! missing in any language). The desktop app and the command line set the
//! language at start, and the app again when the user changes it.

mod bundles;
mod io;
mod keys;
pub mod numbers;

use std::cell::Cell;

pub use bundles::{message_ids, missing, source};
pub use io::io_words;
pub use keys::{key_id, key_words};

/// Languages Gambit's users work in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, strum::VariantArray)]
pub enum Language {
    English,
    Swedish,
    Danish,
}

impl Language {
    /// Every one, in the order declared (derived: a new one is never missed).
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The language's code, as `--lang` takes it and the settings keep it.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Swedish => "sv",
            Self::Danish => "da",
        }
    }

    /// The language's name in itself, as the language menu lists it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Swedish => "Svenska",
            Self::Danish => "Dansk",
        }
    }

    /// The language a code or a system locale tag names ("sv", "sv-SE",
    /// "da_DK.UTF-8"); `None` for any other.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Self::English),
            "sv" => Some(Self::Swedish),
            "da" => Some(Self::Danish),
            _ => None,
        }
    }

    /// The first of the system's preferred languages that Gambit speaks,
    /// else English.
    pub fn from_system() -> Self {
        sys_locale::get_locales().find_map(|tag| Self::from_tag(&tag)).unwrap_or(Self::English)
    }

    fn index(self) -> usize {
        self as usize
    }
}

thread_local! {
    /// The language of the thread that makes texts: the window's or the
    /// command's (one per test, so tests in different languages can run side
    /// by side).
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// Sets the language every following text of this thread is made in.
pub fn set_language(lang: Language) {
    CURRENT.with(|c| c.set(lang));
}

pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// A message without variables, in the current language.
pub fn tr(id: &str) -> String {
    bundles::format(language(), id, &[])
}

/// Joins a message id and its text arguments into one string (an undo
/// step's label) that `label` reads back, so the label can be kept as
/// plain text and still be shown in whatever language is current.
pub fn label_with(id: &str, args: &[(&str, &str)]) -> String {
    let mut out = id.to_owned();
    for (key, value) in args {
        // The separator never appears in a name (the model's text checks
        // refuse control characters), so the pieces split cleanly.
        let value: String = value.chars().filter(|c| *c != LABEL_SEPARATOR).collect();
        out.extend([LABEL_SEPARATOR.to_string(), (*key).to_owned(), LABEL_SEPARATOR.to_string(), value]);
    }
    out
}

const LABEL_SEPARATOR: char = '\u{1f}';

/// A label made by `label_with` (or a bare message id), in the current
/// language.
pub fn label(label: &str) -> String {
    let mut parts = label.split(LABEL_SEPARATOR);
    let id = parts.next().unwrap_or_default();
    let mut args = Vec::new();
    while let (Some(key), Some(value)) = (parts.next(), parts.next()) {
        args.push((key, Arg::from(value)));
    }
    bundles::format(language(), id, &args)
}

/// A message without variables, in a given language.
pub fn tr_in(lang: Language, id: &str) -> String {
    bundles::format(lang, id, &[])
}

/// A value given to a message's variable: numbers choose plural forms.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Self {
                Self::Number(f64::from(v))
            }
        }
    )*};
}
number_arg!(u8, u16, u32, i32, f32);

/// Counts past 2^53 lose their last digits as an argument, which no count
/// shown to a person reaches.
macro_rules! large_number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            #[expect(clippy::cast_precision_loss, reason = "counts shown to people stay far below 2^53")]
            fn from(v: $t) -> Self {
                Self::Number(v as f64)
            }
        }
    )*};
}
large_number_arg!(usize, u64, i64);

impl From<f64> for Arg {
    fn from(v: f64) -> Self {
        Self::Number(v)
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Self::Text(v.to_owned())
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Self::Text(v)
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Self::Text(v.clone())
    }
}

/// A message with variables, in the current language.
pub fn tr_args(id: &str, args: &[(&str, Arg)]) -> String {
    bundles::format(language(), id, args)
}

/// A message with variables in a given language.
pub fn tr_args_in(lang: Language, id: &str, args: &[(&str, Arg)]) -> String {
    bundles::format(lang, id, args)
}

/// `t!("id", name = value, ...)`: a message with variables in the current
/// language.
#[macro_export]
macro_rules! t {
    ($id:literal $(, $key:ident = $value:expr)* $(,)?) => {
        $crate::i18n::tr_args($id, &[$((stringify!($key), $crate::i18n::Arg::from($value))),*])
    };
}
