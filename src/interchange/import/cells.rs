//! Reading one cell of a contact row: a choice among words (a piece, a
//! stance, a level), an influence of 1 to 5, and setting a field only when
//! the cell says something new.

use crate::i18n::tr;
use crate::interchange::clean::one_line;
use crate::interchange::columns::key;
use crate::t;
use std::fmt;

pub(super) fn set_if<T: PartialEq + Copy>(
    slot: &mut T,
    value: Option<T>,
    allowed: bool,
    name: &'static str,
    filled: &mut Vec<&'static str>,
) {
    if let Some(v) = value
        && allowed
        && *slot != v
    {
        *slot = v;
        filled.push(name);
    }
}

/// A value of a closed list, by its English label or its name in the file
/// ("Non-supporter", "`NonSupporter`"); a value not on the list is noted.
pub(super) fn choice<T: Copy + fmt::Debug>(
    cell: &str,
    all: &[T],
    label_id: fn(T) -> &'static str,
    what: &str,
    notes: &mut Vec<String>,
) -> Option<T> {
    let k = key(cell);
    if k.is_empty() {
        return None;
    }
    // A value in any of Gambit's languages, as its own exports write it.
    let named = |v: T| crate::i18n::Language::ALL.iter().any(|l| key(&crate::i18n::tr_in(*l, label_id(v))) == k);
    let found = all.iter().copied().find(|v| named(*v) || key(&format!("{v:?}")) == k);
    if found.is_none() {
        notes.push(t!("import-note-unknown-value", what = tr(what), value = one_line(cell)));
    }
    found
}

pub(super) fn influence(cell: &str, notes: &mut Vec<String>) -> Option<u8> {
    let text = cell.trim();
    if text.is_empty() {
        return None;
    }
    let value = text.replace(',', ".").parse::<f64>().ok().filter(|v| v.fract() == 0.0 && (1.0..=5.0).contains(v));
    if value.is_none() {
        notes.push(t!("import-note-influence", value = one_line(cell)));
    }
    value.map(|v| v as u8)
}
