//! The three Fluent bundles, parsed once on first use.

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Language};

/// One per language, in the order of `Language::ALL` (a new language does not compile without its file).
const SOURCES: [&str; Language::ALL.len()] = [
    include_str!("../../assets/locales/en.ftl"),
    include_str!("../../assets/locales/sv.ftl"),
    include_str!("../../assets/locales/da.ftl"),
];

/// The `.ftl` text of a language, as compiled in.
pub fn source(lang: Language) -> &'static str {
    SOURCES[lang.index()]
}

/// One bundle per language, in the order of `Language::ALL` (`Language::index`).
fn bundles() -> &'static [FluentBundle<FluentResource>] {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    BUNDLES.get_or_init(|| Language::ALL.iter().copied().map(build).collect())
}

fn build(lang: Language) -> FluentBundle<FluentResource> {
    let tag: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Isolation marks around variables would show as boxes in egui's fonts.
    bundle.set_use_isolating(false);
    // Numbers in messages with the language's thousands separator.
    bundle.set_formatter(Some(match lang {
        Language::English => |v, _| whole_number(Language::English, v),
        Language::Swedish => |v, _| whole_number(Language::Swedish, v),
        Language::Danish => |v, _| whole_number(Language::Danish, v),
    }));
    // A syntax error leaves the rest of the file usable; tests reject any.
    let resource = FluentResource::try_new(source(lang).to_owned()).unwrap_or_else(|(partial, _)| partial);
    // Duplicate ids keep the first; tests reject any.
    let _ = bundle.add_resource(resource);
    bundle
}

/// A whole number of 1,000 or more as the language groups it ("17 555",
/// "17.555"); other values are left to Fluent.
fn whole_number(lang: Language, value: &FluentValue<'_>) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() >= 1000.0 => {
            Some(crate::i18n::numbers::grouped_in(lang, n.value))
        }
        _ => None,
    }
}

/// Every message id a language defines, in file order.
pub fn message_ids(lang: Language) -> Vec<String> {
    let resource = FluentResource::try_new(source(lang).to_owned()).unwrap_or_else(|(partial, _)| partial);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

pub(super) fn format(lang: Language, id: &str, args: &[(&str, Arg)]) -> String {
    if id.is_empty() {
        return String::new();
    }
    let bundle = &bundles()[lang.index()];
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        if let Ok(mut missing) = MISSING.lock() {
            missing.insert((lang, id.to_owned()));
        }
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (key, value) in args {
        let value = match value {
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Text(s) => FluentValue::from(s.as_str()),
        };
        fluent_args.set(*key, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, (!args.is_empty()).then_some(&fluent_args), &mut errors);
    text.into_owned()
}

static MISSING: Mutex<BTreeSet<(Language, String)>> = Mutex::new(BTreeSet::new());

/// Every id asked for in `lang` since the start that the language does not
/// have (each shows as its id): tests run the app and expect none.
pub fn missing(lang: Language) -> Vec<String> {
    MISSING.lock().map(|m| m.iter().filter(|(l, _)| *l == lang).map(|(_, id)| id.clone()).collect()).unwrap_or_default()
}
