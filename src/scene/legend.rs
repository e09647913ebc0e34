//! What the map's legend says, in what order: one description the window's
//! legend and the exported picture's legend both draw, so they explain the
//! same marks in the same words.

use crate::i18n::tr;
use crate::model::{Piece, RelKind, Stance};

/// The little drawing in front of an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sample {
    Piece(Piece),
    OurTeam,
    Stance(Stance),
    /// The dashed ring of a key person nobody on our team covers.
    Uncovered,
    /// The dashed ring of someone in a reporting cycle.
    Cycle,
    /// A faded disc: someone who left.
    Left,
    /// The snowflake badge: a key relationship cooling or cold.
    Cooling,
    Line(RelKind),
    /// A thin and a thick line: strength 1 and 5.
    Strength,
    /// A business unit's region.
    Region,
    /// A bundle: many lines between two units, or from one of us into a unit.
    Bundle,
    /// Text only.
    None,
}

/// One line of the legend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub sample: Sample,
    pub text: String,
}

/// A column of the legend: a heading, its entries and a closing note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub title: String,
    pub entries: Vec<Entry>,
    pub note: String,
}

fn entry(sample: Sample, text: String) -> Entry {
    Entry { sample, text }
}

/// The legend's columns: pieces, stance and marks, lines and units.
pub fn columns() -> Vec<Column> {
    columns_with(true)
}

/// The legend's columns; without `opinions` (shared or presented without
/// the team's opinions) no stance is named, only the marks.
pub fn columns_with(opinions: bool) -> Vec<Column> {
    let mut pieces: Vec<Entry> = Piece::ALL.iter().map(|p| entry(Sample::Piece(*p), p.label())).collect();
    pieces.push(entry(Sample::OurTeam, tr("legend-our-team")));
    let mut stances: Vec<Entry> = Stance::ALL
        .iter()
        .filter(|_| opinions)
        .map(|s| entry(Sample::Stance(*s), format!("{}  {}", super::palette::stance_mark(*s), s.label())))
        .collect();
    stances.extend([
        entry(Sample::Uncovered, tr("legend-key-person-nobody")),
        entry(Sample::Cycle, tr("legend-reporting-cycle")),
        entry(Sample::None, tr("legend-1-only-us")),
        entry(Sample::Left, tr("legend-faded-left-company")),
    ]);
    let mut lines: Vec<Entry> = RelKind::ALL.iter().map(|k| entry(Sample::Line(*k), k.label())).collect();
    lines.push(entry(Sample::Strength, tr("legend-thicker-stronger-1")));
    // A relationship gone quiet is marked on the person: here, with the lines.
    lines.push(entry(Sample::Cooling, tr("legend-cooling")));
    let units = vec![
        entry(Sample::Region, tr("legend-business-unit-head")),
        entry(Sample::Bundle, tr("legend-many-lines-between")),
    ];
    vec![
        Column { title: tr("legend-pieces"), entries: pieces, note: tr("legend-bigger-more-influence") },
        if opinions {
            Column { title: tr("legend-stance-towards-us"), entries: stances, note: tr("legend-stance-assessment") }
        } else {
            Column { title: tr("legend-marks"), entries: stances, note: tr("legend-without-opinions") }
        },
        Column { title: tr("legend-lines"), entries: lines, note: tr("legend-faded-line-contact") },
        Column { title: tr("legend-units"), entries: units, note: tr("legend-select-someone-see") },
    ]
}

/// The most entries in any column (for sizing a legend band).
pub fn rows() -> usize {
    columns().iter().map(|c| c.entries.len() + usize::from(!c.note.is_empty())).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_piece_stance_and_kind_of_line_is_explained_once() {
        let all: Vec<Sample> = columns().into_iter().flat_map(|c| c.entries).map(|e| e.sample).collect();
        for p in Piece::ALL {
            assert_eq!(all.iter().filter(|s| **s == Sample::Piece(*p)).count(), 1);
        }
        for s in Stance::ALL {
            assert_eq!(all.iter().filter(|x| **x == Sample::Stance(*s)).count(), 1);
        }
        for k in RelKind::ALL {
            assert_eq!(all.iter().filter(|x| **x == Sample::Line(*k)).count(), 1);
        }
        assert!(all.contains(&Sample::Region) && all.contains(&Sample::Bundle));
    }
}
