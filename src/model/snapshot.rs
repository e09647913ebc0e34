//! The account as it stood on a review day, kept with the review and never
//! edited afterwards: what "what has changed since last time?" compares.
//! Only what a review looks at: the client's people and lines, coverage of
//! the key people, the score and tier, the KPIs and the activities' states.

use super::enums::{Level, Piece, PoliticalStatus, RelKind, Stance};
use super::ids::ContactId;
use super::people::PersonRef;
use super::plan::{ActivityStatus, KpiFigure};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One of the client's people as they stood.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonThen {
    pub id: ContactId,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Their business unit's name (units may be renamed or removed later).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    pub level: Level,
    pub piece: Piece,
    pub stance: Stance,
    pub influence: u8,
    pub political: PoliticalStatus,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub has_left: bool,
    /// The day they left, when known (format version 6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_on: Option<NaiveDate>,
    /// Who had taken over their seat then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor: Option<ContactId>,
    /// The day the role they held then began, when it was dated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_since: Option<NaiveDate>,
}

/// One line as it stood, between people of the snapshot or our team
/// (named, as members may be removed later).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineThen {
    pub id: super::ids::RelationshipId,
    pub from: PersonRef,
    pub to: PersonRef,
    pub kind: RelKind,
    pub strength: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_contact: Option<NaiveDate>,
}

/// An activity's state as it stood.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityThen {
    pub title: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    pub status: ActivityStatus,
}

/// The name of the kept lines' field, which text checks pass over.
pub const LINES_FIELD: &str = "lines";

/// The account as it stood on one day.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub date: NaiveDate,
    #[serde(default)]
    pub people: Vec<PersonThen>,
    /// Our people on the account then, by id, with their names.
    #[serde(default)]
    pub team: Vec<(super::ids::MemberId, String)>,
    /// Written as one text of short entries (`5:m1>c3:k4:2026-01-12`), so a
    /// review of an account with 17,000 lines adds a few hundred kilobytes.
    #[serde(default, with = "lines_text")]
    pub lines: Vec<LineThen>,
    /// Key people no one of us reached with strength 3 or more.
    #[serde(default)]
    pub uncovered_key: Vec<ContactId>,
    /// People only one of us reached.
    #[serde(default)]
    pub single_threaded: Vec<ContactId>,
    /// The account's score (0-100) and tier's name, when scored.
    #[serde(default)]
    pub score: Option<f64>,
    #[serde(default)]
    pub tier: Option<String>,
    #[serde(default)]
    pub kpis: Vec<KpiFigure>,
    #[serde(default)]
    pub activities: Vec<ActivityThen>,
}

impl Snapshot {
    pub fn person(&self, id: ContactId) -> Option<&PersonThen> {
        self.people.iter().find(|p| p.id == id)
    }

    /// A person's name as it stood ("contact #12" when they are not in it).
    pub fn name_of(&self, who: PersonRef) -> String {
        match who {
            PersonRef::Contact(c) => self.person(c).map_or_else(|| c.to_string(), |p| p.name.clone()),
            PersonRef::Member(m) => {
                self.team.iter().find(|(id, _)| *id == m).map_or_else(|| m.to_string(), |(_, n)| n.clone())
            }
        }
    }
}

/// The kept lines as one text: `[ID:]FROM>TO:KIND STRENGTH[:DATE]` entries
/// separated by spaces, the id left out when it is one more than the one
/// before; a person is `m` (ours) or `c` (the client's) and an id, a kind
/// one letter (knows, reports to, influences, conflict, gatekeeps), a date
/// `YYYYMMDD`.
mod lines_text {
    use super::LineThen;
    use crate::model::enums::RelKind;
    use crate::model::ids::{ContactId, MemberId, RelationshipId};
    use crate::model::people::PersonRef;
    use serde::{Deserialize as _, Deserializer, Serializer};
    use std::fmt::Write as _;

    const KINDS: [(RelKind, char); 5] = [
        (RelKind::Knows, 'k'),
        (RelKind::ReportsTo, 'r'),
        (RelKind::Influences, 'i'),
        (RelKind::Conflict, 'x'),
        (RelKind::Gatekeeps, 'g'),
    ];

    fn person(p: PersonRef) -> String {
        match p {
            PersonRef::Member(m) => format!("m{}", m.0),
            PersonRef::Contact(c) => format!("c{}", c.0),
        }
    }

    pub fn encode(lines: &[LineThen]) -> String {
        let mut out = String::with_capacity(lines.len() * 16);
        let mut previous = 0u32;
        for l in lines {
            let kind = KINDS.iter().find(|(k, _)| *k == l.kind).map_or('k', |(_, c)| *c);
            if !out.is_empty() {
                out.push(' ');
            }
            if previous.checked_add(1) != Some(l.id.0) {
                let _ = write!(out, "{}:", l.id.0);
            }
            previous = l.id.0;
            let _ = write!(out, "{}>{}:{kind}{}", person(l.from), person(l.to), l.strength);
            if let Some(d) = l.last_contact {
                let _ = write!(out, ":{}", d.format("%Y%m%d"));
            }
        }
        out
    }

    fn read_person(t: &str) -> Option<PersonRef> {
        let (kind, id) = t.split_at_checked(1)?;
        let id: u32 = id.parse().ok()?;
        match kind {
            "m" => Some(PersonRef::Member(MemberId(id))),
            "c" => Some(PersonRef::Contact(ContactId(id))),
            _ => None,
        }
    }

    fn read_line(entry: &str, previous: u32) -> Option<LineThen> {
        let mut parts = entry.split(':').peekable();
        let id = if parts.peek()?.contains('>') { previous.checked_add(1)? } else { parts.next()?.parse().ok()? };
        let id = RelationshipId(id);
        let (from, to) = parts.next()?.split_once('>')?;
        let kind_strength = parts.next()?;
        let letter = kind_strength.chars().next()?;
        let kind = KINDS.iter().find(|(_, c)| *c == letter)?.0;
        let strength = kind_strength.get(1..)?.parse().ok()?;
        let last_contact = match parts.next() {
            Some(d) => Some(chrono::NaiveDate::parse_from_str(d, "%Y%m%d").ok()?),
            None => None,
        };
        parts.next().is_none().then_some(())?;
        Some(LineThen { id, from: read_person(from)?, to: read_person(to)?, kind, strength, last_contact })
    }

    pub fn decode(text: &str) -> Result<Vec<LineThen>, String> {
        let mut previous = 0;
        text.split_whitespace()
            .map(|e| {
                let line = read_line(e, previous)
                    .ok_or_else(|| crate::t!("snapshot-bad-line", entry = e.chars().take(60).collect::<String>()))?;
                previous = line.id.0;
                Ok(line)
            })
            .collect()
    }

    pub fn serialize<S: Serializer>(lines: &[LineThen], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&encode(lines))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<LineThen>, D::Error> {
        decode(&String::deserialize(d)?).map_err(serde::de::Error::custom)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn kept_lines_read_back_as_written_and_a_broken_entry_is_named() {
            let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 12);
            let lines = vec![
                LineThen {
                    id: RelationshipId(5),
                    from: PersonRef::Member(MemberId(1)),
                    to: PersonRef::Contact(ContactId(3)),
                    kind: RelKind::Knows,
                    strength: 4,
                    last_contact: day,
                },
                LineThen {
                    id: RelationshipId(6),
                    from: PersonRef::Contact(ContactId(3)),
                    to: PersonRef::Contact(ContactId(1)),
                    kind: RelKind::Gatekeeps,
                    strength: 1,
                    last_contact: None,
                },
            ];
            let text = encode(&lines);
            assert_eq!(text, "5:m1>c3:k4:20260112 c3>c1:g1", "6 follows 5: its id is left out");
            assert_eq!(decode(&text), Ok(lines));
            assert_eq!(decode(""), Ok(Vec::new()));
            for broken in [
                "5:m1>c3",
                "5:q1>c3:k4",
                "5:m1>c3:z4",
                "x:m1>c3:k4",
                "5:m1>c3:k4:2026-13-40",
                "5:m1>c3:k4:2026-01-01:9",
            ] {
                let e = decode(broken).expect_err(broken);
                assert!(e.contains(broken), "{e}");
            }
        }
    }
}
