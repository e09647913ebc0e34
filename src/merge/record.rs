//! Merging one record three ways, field by field.

use crate::i18n::tr;
use crate::model::{Conflict, Fix, RecordKey};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// What the record is and where, for conflicts.
pub struct Place {
    pub key: RecordKey,
    pub words: String,
}

/// The conflicts found so far.
#[derive(Default)]
pub struct Conflicts(pub Vec<Conflict>);

/// A record value as shown in a conflict: a text plainly, anything else as JSON.
pub fn shown(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => tr("merge-value-none"),
        other => other.to_string(),
    }
}

fn object<T: Serialize>(t: &T) -> Map<String, Value> {
    match serde_json::to_value(t) {
        Ok(Value::Object(m)) => m,
        Ok(other) => Map::from_iter([(String::new(), other)]),
        Err(_) => Map::new(),
    }
}

/// Merges one record that may be missing on any side. Ours wins a
/// conflict; the conflict says how to take theirs.
pub fn merge_one<T>(
    b: Option<&T>,
    o: Option<&T>,
    t: Option<&T>,
    place: impl FnOnce() -> Place,
    c: &mut Conflicts,
) -> Option<T>
where
    T: Serialize + DeserializeOwned + Clone + PartialEq,
{
    match (b, o, t) {
        (_, Some(o), Some(t)) if o == t => Some(o.clone()),
        (_, None, None) => None,
        (None, Some(x), None) | (None, None, Some(x)) => Some(x.clone()),
        (Some(b), None, Some(t)) if t == b => None,
        (Some(b), Some(o), None) if o == b => None,
        (Some(_), None, Some(t)) => {
            let p = place();
            let value = ron::to_string(t).unwrap_or_default();
            let ours = tr("merge-value-deleted");
            let theirs = tr("merge-value-changed");
            c.0.push(Conflict {
                place: p.words,
                field: String::new(),
                ours,
                theirs,
                fix: Fix::Restore { record: p.key, value },
            });
            None
        }
        (Some(_), Some(o), None) => {
            let p = place();
            let (ours, theirs) = (tr("merge-value-changed"), tr("merge-value-deleted"));
            c.0.push(Conflict {
                place: p.words,
                field: String::new(),
                ours,
                theirs,
                fix: Fix::Delete { record: p.key },
            });
            Some(o.clone())
        }
        (b, Some(o), Some(t)) => Some(merge_fields(b, o, t, place, c)),
    }
}

/// Both sides hold the record: per field, a change on one side is taken;
/// the same field changed differently on both sides is a conflict.
fn merge_fields<T>(b: Option<&T>, o: &T, t: &T, place: impl FnOnce() -> Place, c: &mut Conflicts) -> T
where
    T: Serialize + DeserializeOwned + Clone + PartialEq,
{
    let base = b.map(object).unwrap_or_default();
    let (ours, theirs) = (object(o), object(t));
    let mut merged = ours.clone();
    let mut place = Some(place);
    let mut here: Option<Place> = None;
    // Fields on either side: one left out when empty (an optional field
    // cleared) is as much a change as one set.
    let fields: std::collections::BTreeSet<&String> = ours.keys().chain(theirs.keys()).collect();
    for field in fields {
        let (ov, tv) = (ours.get(field), theirs.get(field));
        if ov == tv {
            continue;
        }
        let bv = base.get(field);
        if bv == ov {
            match tv {
                Some(tv) => merged.insert(field.clone(), tv.clone()),
                None => merged.remove(field),
            };
        } else if bv != tv {
            let p = here.get_or_insert_with(|| (place.take().expect("taken once"))());
            let tv = tv.unwrap_or(&Value::Null);
            let fix = Fix::Field { record: p.key.clone(), field: field.clone(), value: tv.to_string() };
            c.0.push(Conflict {
                place: p.words.clone(),
                field: field.clone(),
                ours: shown(ov.unwrap_or(&Value::Null)),
                theirs: shown(tv),
                fix,
            });
        }
    }
    serde_json::from_value(Value::Object(merged)).unwrap_or_else(|_| o.clone())
}
