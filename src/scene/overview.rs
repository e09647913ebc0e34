//! The map at the size of a real key account: business units as labelled
//! regions with their head counts, collapsed units, the width of a line
//! that stands for many, and the size of a name on screen.

use crate::analysis::coverage::Coverage;
use crate::layout::{Places, Point};
use crate::model::{Account, PersonRef, UnitId};
use std::collections::BTreeMap;

/// A business unit as a region of the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    pub unit: UnitId,
    pub label: String,
    pub centre: Point,
    /// Radius in map units, taking in its people with room for their names.
    pub radius: f32,
    pub people: usize,
    /// How many of its people one of us has a line to, when counted.
    pub known: Option<usize>,
    /// Key people there (or in a unit inside it) nobody on our team covers.
    pub uncovered: usize,
    /// 0 for a top unit, 1 for a unit inside it, and so on.
    pub depth: usize,
    /// The unit it lies in, if any.
    pub parent: Option<UnitId>,
}

impl Region {
    fn short_label(&self) -> String {
        super::style::clip(&self.label, super::style::NAME_CHARS)
    }

    /// What the region's label may say, longest first: the caption, the
    /// name with its head count, the name, then for a small unit the name
    /// without the words for a kind of unit ("Frozen Foods Division" is
    /// "Frozen Foods"), its last word ("Stockholm Logistics" is
    /// "Logistics", the word that tells it from its siblings), and the
    /// name cut short.
    pub fn captions(&self) -> Vec<String> {
        let mut out = vec![self.caption(), format!("{} ({})", self.short_label(), self.people), self.short_label()];
        let words: Vec<&str> = self.label.split_whitespace().filter(|w| !is_kind_word(w)).collect();
        if !words.is_empty() {
            out.push(super::style::clip(&words.join(" "), 24));
        }
        if let [_, .., last] = words.as_slice()
            && last.chars().count() >= 3
        {
            out.push(super::style::clip(last, 14));
        }
        for n in [16, 11] {
            if self.label.chars().count() > n {
                out.push(super::style::clip(&self.label, n));
            }
        }
        let mut seen = std::collections::HashSet::new();
        out.retain(|t| seen.insert(t.clone()));
        out
    }

    /// What the region's label says: "Group Finance (123 · 41 known)".
    pub fn caption(&self) -> String {
        match self.known {
            Some(k) => {
                crate::t!("map-region-caption-known", unit = self.short_label(), people = self.people, known = k)
            }
            None => format!("{} ({})", self.short_label(), self.people),
        }
    }
}

/// Words that name a kind of unit rather than the unit (English, Swedish, Danish).
fn is_kind_word(word: &str) -> bool {
    const KINDS: &[&str] = &[
        "division",
        "department",
        "dept",
        "dept.",
        "group",
        "unit",
        "team",
        "plant",
        "site",
        "office",
        "branch",
        "section",
        "avdelning",
        "avd",
        "avd.",
        "enhet",
        "koncern",
        "koncernen",
        "gruppen",
        "afdeling",
        "afd",
        "afd.",
        "gruppe",
        "fabrik",
    ];
    KINDS.contains(&word.to_lowercase().as_str())
}

/// The units' places as regions, outer units first, each counting the
/// people in it and in the units inside it: how many, how many of them one
/// of us knows, and how many key people nobody covers.
pub fn regions(account: &Account, places: &Places, coverage: &Coverage) -> Vec<Region> {
    let mut people: BTreeMap<UnitId, (usize, usize, usize)> = BTreeMap::new();
    for c in &account.contacts {
        let known = coverage.contacts.get(&c.id).is_some_and(|x| !x.members.is_empty());
        let uncovered = coverage.is_uncovered_key(c.id);
        // The person counts in their unit and every unit above it.
        let mut seen = std::collections::BTreeSet::new();
        let mut unit = c.unit.filter(|u| account.unit(*u).is_some());
        while let Some(u) = unit.filter(|u| seen.insert(*u)) {
            let e = people.entry(u).or_default();
            *e = (e.0 + 1, e.1 + usize::from(known), e.2 + usize::from(uncovered));
            unit = account.unit(u).and_then(|x| x.parent);
        }
    }
    // The unit a unit's place lies in: its parent's, where the parent's place holds it.
    let parent = |u: UnitId| {
        let p = account.unit(u)?.parent.filter(|p| *p != u)?;
        let ((outer, _), (inner, _)) = (places.units.get(&p)?, places.units.get(&u)?);
        (outer.centre.distance(inner.centre) + inner.radius <= outer.radius + 0.5).then_some(p)
    };
    places
        .unit_discs()
        .into_iter()
        .map(|(unit, disc, depth)| {
            let (n, known, uncovered) = people.get(&unit).copied().unwrap_or_default();
            Region {
                unit,
                label: account.unit(unit).map(|u| u.name.clone()).unwrap_or_default(),
                centre: disc.centre,
                radius: disc.radius,
                people: n,
                known: Some(known),
                uncovered,
                depth,
                parent: parent(unit),
            }
        })
        .collect()
}

/// A business unit collapsed into one node: who is in it and how well we
/// reach them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CollapsedUnit {
    pub unit: UnitId,
    pub name: String,
    pub people: Vec<PersonRef>,
    /// Kings, Queens and Rooks in it.
    pub kings: usize,
    pub queens: usize,
    pub rooks: usize,
    /// Key people there nobody on our team covers.
    pub uncovered: usize,
    /// People there at least one of us knows.
    pub known: usize,
}

impl CollapsedUnit {
    /// The unit of `account` as one node, under `coverage`.
    pub fn of(account: &Account, unit: UnitId, coverage: &crate::analysis::coverage::Coverage) -> Option<Self> {
        let name = account.unit(unit)?.name.clone();
        let contacts: Vec<&crate::model::Contact> = account.contacts.iter().filter(|c| c.unit == Some(unit)).collect();
        let count = |p: crate::model::Piece| contacts.iter().filter(|c| c.piece == p).count();
        Some(Self {
            unit,
            name,
            people: contacts.iter().map(|c| PersonRef::Contact(c.id)).collect(),
            kings: count(crate::model::Piece::King),
            queens: count(crate::model::Piece::Queen),
            rooks: count(crate::model::Piece::Rook),
            uncovered: contacts.iter().filter(|c| coverage.is_uncovered_key(c.id)).count(),
            known: contacts
                .iter()
                .filter(|c| coverage.contacts.get(&c.id).is_some_and(|x| !x.members.is_empty()))
                .count(),
        })
    }

    /// What the node says: "24 people · K1 Q2 R5", then "18 known by us".
    pub fn summary(&self) -> String {
        let mut keys = Vec::new();
        use crate::model::Piece;
        for (n, letter) in [
            (self.kings, Piece::King.letter()),
            (self.queens, Piece::Queen.letter()),
            (self.rooks, Piece::Rook.letter()),
        ] {
            if n > 0 {
                keys.push(format!("{letter}{n}"));
            }
        }
        let mut out = crate::t!("map-people-count", people = self.people.len());
        if !keys.is_empty() {
            out.push_str(&format!(" · {}", keys.join(" ")));
        }
        out.push_str(&format!("\n{}", crate::t!("map-known-by-us", people = self.known)));
        out
    }

    /// Map radius of the node: grows with the square root of its head count.
    pub fn radius(&self) -> f32 {
        (40.0 + (self.people.len() as f32).sqrt() * 14.0).min(160.0)
    }
}

/// Screen width of a bundle of `lines` lines: grows slowly, so a hundred
/// lines read as heavy traffic without covering the map.
pub fn bundle_width(lines: usize) -> f32 {
    (1.0 + (lines as f32).log2() * 1.4).min(12.0)
}

/// A name's box on screen, estimated from its length, so window and export
/// place the same names (an em of 0.56 covers the fonts Gambit uses).
pub fn label_size(text: &str, size: f32) -> (f32, f32) {
    (text.chars().count() as f32 * size * 0.56 + 6.0, size * 1.25 + 4.0)
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_small_unit_is_named_by_what_tells_it_apart() {
        let region = |label: &str| Region {
            unit: UnitId(1),
            label: label.to_owned(),
            centre: Point::default(),
            radius: 10.0,
            people: 5,
            known: Some(2),
            uncovered: 0,
            depth: 1,
            parent: None,
        };
        let frozen = region("Frozen Foods Division").captions();
        assert_eq!(
            frozen[..4],
            [
                "Frozen Foods Division (5 · 2 known)",
                "Frozen Foods Division (5)",
                "Frozen Foods Division",
                "Frozen Foods"
            ]
        );
        assert!(!frozen.contains(&"Division".to_owned()), "a kind of unit names no unit: {frozen:?}");
        let logistics = region("Stockholm Logistics").captions();
        assert!(logistics.contains(&"Logistics".to_owned()), "{logistics:?}");
        assert_eq!(region("Group IT").captions()[3], "IT");
    }

    use super::*;

    #[test]
    fn a_region_counts_its_people_and_those_of_the_units_inside_it() {
        use crate::model::{BusinessUnit, Contact, ContactId, MemberId, Piece, Relationship, RelationshipId, UnitKind};
        let mut a = Account::new(crate::model::AccountId(1), "A");
        let unit = |id, parent| BusinessUnit {
            id: UnitId(id),
            name: format!("Unit {id}"),
            kind: UnitKind::Department,
            parent,
            location: String::new(),
        };
        a.units = vec![unit(1, None), unit(2, Some(UnitId(1))), unit(3, None)];
        for (id, u, piece) in [(1, 1, Piece::King), (2, 2, Piece::Pawn), (3, 2, Piece::Rook), (4, 3, Piece::Pawn)] {
            let mut c = Contact::new(ContactId(id), format!("P{id}"));
            (c.unit, c.piece) = (Some(UnitId(u)), piece);
            a.contacts.push(c);
        }
        // One of us knows contact 2 only.
        let m = PersonRef::Member(MemberId(1));
        let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        a.relationships.push(Relationship::new_line(RelationshipId(1), m, PersonRef::Contact(ContactId(2)), day));
        let places = crate::layout::places::place(&a, &[m]);
        let regions = regions(&a, &places, &crate::analysis::coverage::coverage(&a));
        let of = |u: u32| regions.iter().find(|r| r.unit == UnitId(u)).expect("region");
        assert_eq!(of(1).caption(), "Unit 1 (3 · 1 known)", "the division counts its department's people");
        assert_eq!((of(1).uncovered, of(2).uncovered), (2, 1), "the King and the Rook are uncovered");
        assert_eq!((of(1).depth, of(2).depth, of(2).parent), (0, 1, Some(UnitId(1))));
        assert_eq!(regions.last().map(|r| r.unit), Some(UnitId(2)), "outer units first");
    }
}
