//! The chess board: ranks (rows) are the client's hierarchy levels, board at
//! the top and operational at the bottom, with our team on its own rank
//! below; files (columns) are business units. People in one square are set
//! out on a small grid so they never overlap.

use super::Point;
use crate::model::{Account, ContactId, Level, MemberId, PersonRef, UnitId};
use std::collections::{BTreeMap, BTreeSet};

/// Message id of the rank where our own team sits (ranks carry message ids).
pub const TEAM_RANK: &str = "legend-our-team";

/// Room for one person: wide enough for a name under the piece.
pub const SLOT_WIDTH: f32 = 180.0;
pub const SLOT_HEIGHT: f32 = 110.0;
/// At most this many people side by side in one square.
const MAX_ACROSS: usize = 3;
/// Space around the people of a square.
const PADDING: f32 = 30.0;
/// A square with more people than this shows a summary until expanded.
pub const FOLD_ABOVE: usize = 6;
/// With more files than this a folding board (the window's) turns narrow,
/// so that fitted it shows every file: one person across a square, and a
/// folded square a tall narrow tile.
pub const NARROW_ABOVE: usize = 12;

/// A square of the board shown as a summary: its people are not drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Folded {
    /// (rank, file) of the square.
    pub square: (usize, usize),
    /// Where the summary tile sits, in map units (centre).
    pub at: Point,
    /// The tile's width and height, in map units.
    pub size: (f32, f32),
    /// Room between this tile and the next file's, in map units.
    pub gap: f32,
    pub people: Vec<PersonRef>,
}

/// A labelled row or column of the board, in map units.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub label: String,
    pub start: f32,
    pub end: f32,
}

/// The placed board: its bands and everyone's position.
#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    pub files: Vec<Band>,
    pub ranks: Vec<Band>,
    pub positions: BTreeMap<PersonRef, Point>,
    /// Crowded squares shown as summaries (their people have no position).
    pub folded: Vec<Folded>,
    /// Whether the board is narrow (many units, one person across a square).
    pub narrow: bool,
    /// Room left of the first file for the ranks' names, so that they never
    /// lie under anyone's piece, in map units.
    pub label_margin: f32,
}

impl Board {
    /// The folded square whose tile holds a map point.
    pub fn folded_at(&self, p: Point) -> Option<&Folded> {
        self.folded.iter().find(|f| (f.at.x - p.x).abs() <= f.size.0 / 2.0 && (f.at.y - p.y).abs() <= f.size.1 / 2.0)
    }
}

/// A narrow board's room for the ranks' names, in map units: about ten
/// letters of 14-pixel type when forty files fit a laptop's window.
const LABEL_MARGIN: f32 = 1_300.0;
/// Any other board's: "Senior management" whole in 15-pixel type at the
/// zoom a handful of units fit at.
const WIDE_LABEL_MARGIN: f32 = 560.0;

/// Size of a folded square's summary tile.
pub const TILE_WIDTH: f32 = SLOT_WIDTH * 1.6;
pub const TILE_HEIGHT: f32 = SLOT_HEIGHT * 0.9;

/// Which file a person is in: `None` is the "no unit" file.
type File = Option<UnitId>;

/// The board for an account with every square open. `team` are our people
/// shown on the map.
pub fn place(account: &Account, team: &[MemberId]) -> Board {
    place_folding(account, team, None)
}

/// The file one of our people faces: the business unit where most of
/// their contacts are (the leftmost of a tie; the first file without any).
fn facing_file(account: &Account, m: MemberId, file_of: impl Fn(ContactId) -> usize) -> usize {
    let mut votes: BTreeMap<usize, u32> = BTreeMap::new();
    for r in account.relationships_of(PersonRef::Member(m)) {
        let other = if r.from == PersonRef::Member(m) { r.to } else { r.from };
        if let PersonRef::Contact(c) = other {
            *votes.entry(file_of(c)).or_default() += 1;
        }
    }
    votes.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map_or(0, |(f, _)| *f)
}

/// The board for an account; with `open`, squares with more than
/// `FOLD_ABOVE` people fold into a summary unless listed in `open`.
pub fn place_folding(account: &Account, team: &[MemberId], open: Option<&BTreeSet<(usize, usize)>>) -> Board {
    let files = file_order(account);
    let file_of_contact =
        |c: ContactId| -> File { account.contact(c).and_then(|c| c.unit).filter(|u| account.unit(*u).is_some()) };
    // Squares: (rank, file index) -> people, in a stable order.
    let mut squares: BTreeMap<(usize, usize), Vec<PersonRef>> = BTreeMap::new();
    let file_index = |f: File| files.iter().position(|x| *x == f).unwrap_or(0);
    let mut contacts: Vec<_> = account.contacts.iter().collect();
    contacts.sort_by(|a, b| b.influence.cmp(&a.influence).then_with(|| a.name.cmp(&b.name)).then(a.id.cmp(&b.id)));
    for c in contacts {
        let rank = Level::ALL.iter().position(|l| *l == c.level).unwrap_or(0);
        squares.entry((rank, file_index(file_of_contact(c.id)))).or_default().push(PersonRef::Contact(c.id));
    }
    let team_rank = Level::ALL.len();
    let narrow = open.is_some() && files.len() > NARROW_ABOVE;
    let mut taken = BTreeSet::new();
    for &m in team {
        let mut file = facing_file(account, m, |c| file_index(file_of_contact(c)));
        // On a narrow board (one person across a file) each of us takes the
        // free file nearest their own, so our team stands in one row; with
        // a file free between two of us where there is room, as our squares
        // are wider than a narrow file.
        if narrow && taken.len() < files.len() {
            let apart = team.len() * 2 <= files.len();
            let near = |f: &usize| taken.contains(&(f + 1)) || f.checked_sub(1).is_some_and(|g| taken.contains(&g));
            let free = |f: &usize| !(taken.contains(f) || apart && near(f));
            file = (0..files.len()).filter(free).min_by_key(|f| (f.abs_diff(file), *f)).unwrap_or(file);
            taken.insert(file);
        }
        squares.entry((team_rank, file)).or_default().push(PersonRef::Member(m));
    }
    // Our own team's rank never folds: the room must see who we are.
    let folds =
        |sq: &(usize, usize), n: usize| open.is_some_and(|o| sq.0 < team_rank && n > FOLD_ABOVE && !o.contains(sq));
    // A folded square needs the room of two slots side by side, one row;
    // on a narrow board one slot across and four rows down.
    // (Only a board that folds turns narrow: one with every square open,
    // as the export draws it, keeps its people side by side.)
    let most_across = if narrow { 1 } else { MAX_ACROSS };
    let shown_len = |sq: &(usize, usize), p: &Vec<PersonRef>| match (folds(sq, p.len()), narrow) {
        (true, true) => 4,
        (true, false) => 2,
        _ => p.len(),
    };
    let across: Vec<usize> =
        (0..files.len())
            .map(|f| {
                squares
                    .iter()
                    .filter(|((_, file), _)| *file == f)
                    // A folded square of a hundred or more needs two slots for its three digits.
                    .map(|(sq, p)| {
                        if narrow && folds(sq, p.len()) && p.len() >= 100 {
                            2
                        } else {
                            shown_len(sq, p).min(most_across)
                        }
                    })
                    .max()
                    .unwrap_or(1)
                    .max(1)
            })
            .collect();
    let rows: Vec<usize> = (0..=team_rank)
        .map(|r| {
            squares
                .iter()
                .filter(|((rank, _), _)| *rank == r)
                .map(|(sq, p)| shown_len(sq, p).div_ceil(across[sq.1]))
                .max()
                .unwrap_or(1)
                .max(1)
        })
        .collect();
    let label_margin = if narrow { LABEL_MARGIN } else { WIDE_LABEL_MARGIN };
    let mut file_bands =
        bands(files.iter().map(|f| unit_label(account, *f)), across.iter().map(|n| *n as f32 * SLOT_WIDTH));
    for b in &mut file_bands {
        b.start += label_margin;
        b.end += label_margin;
    }
    let rank_labels = Level::ALL.iter().map(|l| l.label_id().to_owned()).chain(std::iter::once(TEAM_RANK.to_owned()));
    let rank_bands = bands(rank_labels, rows.iter().map(|n| *n as f32 * SLOT_HEIGHT));
    let mut positions = BTreeMap::new();
    let mut folded = Vec::new();
    for ((rank, file), people) in &squares {
        let (fb, rb) = (&file_bands[*file], &rank_bands[*rank]);
        if folds(&(*rank, *file), people.len()) {
            let at = Point::new((fb.start + fb.end) / 2.0, (rb.start + rb.end) / 2.0);
            let size = if narrow {
                (fb.end - fb.start - PADDING / 2.0, (rb.end - rb.start - PADDING).min(4.0 * SLOT_HEIGHT))
            } else {
                (TILE_WIDTH, TILE_HEIGHT)
            };
            let gap = fb.end - fb.start - size.0;
            folded.push(Folded { square: (*rank, *file), at, size, gap, people: people.clone() });
            continue;
        }
        let n_across = across[*file].min(people.len());
        let n_rows = people.len().div_ceil(across[*file]);
        for (i, person) in people.iter().enumerate() {
            let (col, row) = (i % across[*file], i / across[*file]);
            let in_row = if row + 1 == n_rows { people.len() - row * across[*file] } else { n_across };
            let x = (fb.start + fb.end) / 2.0 + (col as f32 - (in_row as f32 - 1.0) / 2.0) * SLOT_WIDTH;
            let y = (rb.start + rb.end) / 2.0 + (row as f32 - (n_rows as f32 - 1.0) / 2.0) * SLOT_HEIGHT;
            positions.insert(*person, Point::new(x, y));
        }
    }
    Board { files: file_bands, ranks: rank_bands, positions, folded, narrow, label_margin }
}

/// Units in the account's order, then "no unit" when someone has none.
fn file_order(account: &Account) -> Vec<File> {
    let mut files: Vec<File> = account.units.iter().map(|u| Some(u.id)).collect();
    let needs_none = account.contacts.iter().any(|c| c.unit.is_none_or(|u| account.unit(u).is_none()));
    if needs_none || files.is_empty() {
        files.push(None);
    }
    files
}

fn unit_label(account: &Account, f: File) -> String {
    f.and_then(|u| account.unit(u)).map_or_else(|| crate::i18n::tr("map-business-unit-2"), |u| u.name.clone())
}

fn bands(labels: impl Iterator<Item = String>, sizes: impl Iterator<Item = f32>) -> Vec<Band> {
    let mut at = 0.0;
    labels
        .zip(sizes)
        .map(|(label, size)| {
            let start = at;
            at += size + 2.0 * PADDING;
            Band { label, start, end: at }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AccountId, Contact, UnitId};

    fn crowded() -> Account {
        let mut a = Account::new(AccountId(1), "A");
        a.units.push(crate::model::BusinessUnit {
            id: UnitId(1),
            name: "Finance".into(),
            kind: crate::model::UnitKind::Department,
            parent: None,
            location: String::new(),
        });
        for i in 1..=10 {
            let mut c = Contact::new(ContactId(i), format!("P{i}"));
            c.unit = Some(UnitId(1));
            c.level = Level::Operational;
            a.contacts.push(c);
        }
        a
    }

    #[test]
    fn a_crowded_square_folds_until_opened_and_our_team_never_folds() {
        let a = crowded();
        let team: Vec<MemberId> = (1..=8).map(MemberId).collect();
        let closed = place_folding(&a, &team, Some(&BTreeSet::new()));
        assert_eq!(closed.folded.len(), 1, "ten people in one square: a summary");
        let square = closed.folded[0].square;
        assert_eq!(closed.folded[0].people.len(), 10);
        assert!(a.contacts.iter().all(|c| !closed.positions.contains_key(&PersonRef::Contact(c.id))));
        assert!(team.iter().all(|m| closed.positions.contains_key(&PersonRef::Member(*m))), "eight of us, unfolded");
        assert!(closed.folded_at(closed.folded[0].at).is_some(), "the tile can be clicked");
        let open = place_folding(&a, &team, Some(&BTreeSet::from([square])));
        assert!(open.folded.is_empty());
        assert!(a.contacts.iter().all(|c| open.positions.contains_key(&PersonRef::Contact(c.id))));
        assert_eq!(place(&a, &team).folded.len(), 0, "the export's board never folds");
    }
}
