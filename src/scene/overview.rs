//! The map at the size of a real key account, decided once for the window
//! and the exports: business units as labelled regions, the thousands of
//! client-to-client "knows" and "influences" lines bundled between units
//! (our team's lines and the formal ones stay), and which names fit.

use crate::layout::Point;
use crate::model::{Account, PersonRef, RelKind, UnitId};
use std::collections::BTreeMap;

/// More minor lines than this on a map and they are bundled between units.
pub const BUNDLE_ABOVE: usize = 600;
/// Room around a region's people, in map units.
const REGION_MARGIN: f32 = 70.0;

/// Whether a line is minor: client to client, and informal (knows,
/// influences). Our team's lines and reports-to, conflict and gatekeeping
/// lines are never minor.
pub fn is_minor(kind: RelKind, from: PersonRef, to: PersonRef) -> bool {
    matches!((from, to), (PersonRef::Contact(_), PersonRef::Contact(_)))
        && matches!(kind, RelKind::Knows | RelKind::Influences)
}

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
}

impl Region {
    fn short_label(&self) -> String {
        super::style::clip(&self.label, super::style::NAME_CHARS)
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

/// How many people in each unit one of ours has a line to. `lines` are
/// the map's lines by their two ends.
pub fn known_per_unit(
    lines: impl Iterator<Item = (PersonRef, PersonRef)>,
    unit_of: &dyn Fn(PersonRef) -> Option<UnitId>,
) -> BTreeMap<UnitId, usize> {
    let mut known: BTreeMap<UnitId, std::collections::BTreeSet<PersonRef>> = BTreeMap::new();
    for (a, b) in lines {
        let contact = match (a, b) {
            (PersonRef::Member(_), c @ PersonRef::Contact(_)) | (c @ PersonRef::Contact(_), PersonRef::Member(_)) => c,
            _ => continue,
        };
        if let Some(u) = unit_of(contact) {
            known.entry(u).or_default().insert(contact);
        }
    }
    known.into_iter().map(|(u, people)| (u, people.len())).collect()
}

/// Gives each region its count of people we know (`known_per_unit`).
pub fn set_known(regions: &mut [Region], known: &BTreeMap<UnitId, usize>) {
    for r in regions {
        r.known = Some(known.get(&r.unit).copied().unwrap_or(0));
    }
}

/// The regions of the units that have people on the map, from where those
/// people stand now.
pub fn regions(account: &Account, at: &BTreeMap<PersonRef, Point>) -> Vec<Region> {
    let points = account.contacts.iter().filter_map(|c| {
        let u = c.unit.filter(|u| account.unit(*u).is_some())?;
        Some((u, *at.get(&PersonRef::Contact(c.id))?))
    });
    regions_of(points, &|u| account.unit(u).map(|u| u.name.clone()).unwrap_or_default())
}

/// The regions of units from their people's places.
pub fn regions_of(points: impl Iterator<Item = (UnitId, Point)>, name: &dyn Fn(UnitId) -> String) -> Vec<Region> {
    let mut members: BTreeMap<UnitId, Vec<Point>> = BTreeMap::new();
    for (u, p) in points {
        members.entry(u).or_default().push(p);
    }
    members
        .into_iter()
        .filter_map(|(unit, points)| {
            let n = points.len() as f32;
            let (sx, sy) = points.iter().fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
            let centre = Point::new(sx / n, sy / n);
            if !(centre.x.is_finite() && centre.y.is_finite()) {
                return None;
            }
            // The 90th percentile distance: one stray person does not blow the region up.
            let mut d: Vec<f32> = points.iter().map(|p| p.distance(centre)).collect();
            d.sort_by(f32::total_cmp);
            let far = d.get((d.len() * 9) / 10).or(d.last()).copied().unwrap_or(0.0);
            let label = name(unit);
            Some(Region { unit, label, centre, radius: far + REGION_MARGIN, people: points.len(), known: None })
        })
        .collect()
}

/// Whether a line is one of ours to a client person: on big maps these are
/// drawn as one line from each of us to each unit we reach.
pub fn is_reach(from: PersonRef, to: PersonRef) -> bool {
    matches!((from, to), (PersonRef::Member(_), PersonRef::Contact(_)) | (PersonRef::Contact(_), PersonRef::Member(_)))
}

/// One of our people's lines into one unit, drawn as one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reach {
    pub member: PersonRef,
    pub unit: UnitId,
    pub lines: usize,
}

/// Our people's reach into units, from their lines to client people.
pub fn reach<'a>(
    lines: impl Iterator<Item = (PersonRef, PersonRef)> + 'a,
    unit_of: &dyn Fn(PersonRef) -> Option<UnitId>,
) -> Vec<Reach> {
    let mut count: BTreeMap<(PersonRef, UnitId), usize> = BTreeMap::new();
    for (from, to) in lines {
        let (member, contact) = if matches!(from, PersonRef::Member(_)) { (from, to) } else { (to, from) };
        if let Some(u) = unit_of(contact) {
            *count.entry((member, u)).or_default() += 1;
        }
    }
    count.into_iter().map(|((member, unit), lines)| Reach { member, unit, lines }).collect()
}

/// A business unit collapsed into one node: who is in it and how well we
/// reach them.
#[derive(Clone, Debug, PartialEq)]
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

/// Minor lines between two units, drawn as one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bundle {
    pub a: UnitId,
    pub b: UnitId,
    pub lines: usize,
}

/// The bundles of a set of minor lines, given each person's unit; lines
/// inside one unit are left out (the region shows them).
pub fn bundles<'a>(
    lines: impl Iterator<Item = (PersonRef, PersonRef)> + 'a,
    unit_of: &dyn Fn(PersonRef) -> Option<UnitId>,
) -> Vec<Bundle> {
    let mut count: BTreeMap<(UnitId, UnitId), usize> = BTreeMap::new();
    for (from, to) in lines {
        if let (Some(a), Some(b)) = (unit_of(from), unit_of(to))
            && a != b
        {
            *count.entry(if a < b { (a, b) } else { (b, a) }).or_default() += 1;
        }
    }
    count.into_iter().map(|((a, b), lines)| Bundle { a, b, lines }).collect()
}

/// Screen width of a bundle of `lines` lines: grows slowly, so a hundred
/// lines read as heavy traffic without covering the map.
pub fn bundle_width(lines: usize) -> f32 {
    (1.0 + (lines as f32).log2() * 1.4).min(12.0)
}

/// A label that wants a place on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelWish {
    /// Larger goes first: the selection, our team, key pieces, influence.
    pub priority: i32,
    /// Where it would sit, in screen units: x, y of the top-left, width, height.
    pub rect: [f32; 4],
}

/// A label's priority: the selection and hover above all, then our team,
/// Kings, Queens and Rooks, then by influence.
pub fn label_priority(focused: bool, ours: bool, key_piece: bool, influence: u8) -> i32 {
    i32::from(focused) * 1_000 + i32::from(ours) * 100 + i32::from(key_piece) * 50 + i32::from(influence)
}

/// A name's box on screen, estimated from its length, so window and export
/// place the same names (an em of 0.56 covers the fonts Gambit uses).
pub fn label_size(text: &str, size: f32) -> (f32, f32) {
    (text.chars().count() as f32 * size * 0.56 + 6.0, size * 1.25 + 4.0)
}

/// Which labels to show: in priority order (then in the order given), each
/// that overlaps none already placed. Placed labels never overlap.
pub fn place_labels(wishes: &[LabelWish]) -> Vec<bool> {
    const CELL: f32 = 64.0;
    let mut order: Vec<usize> = (0..wishes.len()).collect();
    order.sort_by_key(|i| std::cmp::Reverse(wishes[*i].priority));
    let mut shown = vec![false; wishes.len()];
    let mut grid: std::collections::HashMap<(i32, i32), Vec<usize>> = std::collections::HashMap::new();
    let cells = |r: &[f32; 4]| {
        let (x0, y0) = ((r[0] / CELL).floor() as i32, (r[1] / CELL).floor() as i32);
        let (x1, y1) = (((r[0] + r[2]) / CELL).floor() as i32, ((r[1] + r[3]) / CELL).floor() as i32);
        // Huge labels would cover thousands of cells: clamp the walk.
        (x0..=x1.min(x0 + 64)).flat_map(move |x| (y0..=y1.min(y0 + 64)).map(move |y| (x, y)))
    };
    for i in order {
        let r = wishes[i].rect;
        if !r.iter().all(|v| v.is_finite()) || r[2] <= 0.0 || r[3] <= 0.0 {
            continue;
        }
        let clash = cells(&r).any(|c| grid.get(&c).is_some_and(|v| v.iter().any(|j| overlaps(&r, &wishes[*j].rect))));
        if !clash {
            shown[i] = true;
            for c in cells(&r) {
                grid.entry(c).or_default().push(i);
            }
        }
    }
    shown
}

/// Whether two boxes (x, y, width, height) share any area.
pub fn overlaps(a: &[f32; 4], b: &[f32; 4]) -> bool {
    a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_higher_priority_of_two_clashing_labels_wins() {
        let low = LabelWish { priority: 1, rect: [0.0, 0.0, 50.0, 20.0] };
        let high = LabelWish { priority: 9, rect: [30.0, 10.0, 50.0, 20.0] };
        let apart = LabelWish { priority: 0, rect: [200.0, 0.0, 50.0, 20.0] };
        assert_eq!(place_labels(&[low, high, apart]), vec![false, true, true]);
    }

    #[test]
    fn a_region_counts_the_people_one_of_us_has_a_line_to() {
        use crate::model::{ContactId, MemberId};
        let (u1, u2) = (UnitId(1), UnitId(2));
        let c = |i| PersonRef::Contact(ContactId(i));
        let (m1, m2) = (PersonRef::Member(MemberId(1)), PersonRef::Member(MemberId(2)));
        let points = [(u1, Point::new(0.0, 0.0)), (u1, Point::new(10.0, 0.0)), (u2, Point::new(500.0, 0.0))];
        let mut regions = regions_of(points.into_iter(), &|u| format!("Unit {}", u.0));
        let unit_of = |p: PersonRef| match p {
            PersonRef::Contact(ContactId(1 | 2)) => Some(u1),
            PersonRef::Contact(_) => Some(u2),
            PersonRef::Member(_) => None,
        };
        // Two of us know contact 1; contact 2 only knows contact 3.
        set_known(&mut regions, &known_per_unit([(m1, c(1)), (c(1), m2), (c(2), c(3))].into_iter(), &unit_of));
        assert_eq!(regions[0].caption(), "Unit 1 (2 · 1 known)", "one person, however many of us know them");
        assert_eq!(regions[1].known, Some(0), "nobody in unit 2 is known");
    }

    #[test]
    fn minor_lines_are_informal_client_lines() {
        use crate::model::{ContactId, MemberId};
        let (c1, c2, m) =
            (PersonRef::Contact(ContactId(1)), PersonRef::Contact(ContactId(2)), PersonRef::Member(MemberId(1)));
        assert!(is_minor(RelKind::Knows, c1, c2));
        assert!(is_minor(RelKind::Influences, c1, c2));
        assert!(!is_minor(RelKind::ReportsTo, c1, c2));
        assert!(!is_minor(RelKind::Knows, m, c2), "our team's lines always show");
    }
}
