//! Generated accounts the size of a real key account, for benchmarks, tests
//! and trying Gambit at scale (`cargo run --release --example large_account`).
//!
//! Shaped like real organisations: business units of uneven size, a
//! reporting tree per unit from the board down, a few people with hundreds
//! of lines and most with a handful (Zipf-like degrees), most lines inside a
//! unit, and each of our people knowing a share of the client. Deterministic
//! per seed.

use crate::model::*;

/// The size of a generated account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    /// Client people.
    pub people: u32,
    /// Business units.
    pub units: u32,
    /// Lines among client people (reports-to lines included).
    pub lines: u32,
    /// Our people on the account.
    pub members: u32,
    /// Client people each of ours knows.
    pub known_each: u32,
}

impl Size {
    /// The literature's example: 1,000 people in 40 units, ten of us with
    /// about 100 contacts each, about 17 lines a person.
    pub const KEY_ACCOUNT: Size = Size { people: 1_000, units: 40, lines: 17_000, members: 10, known_each: 100 };
    /// A very large group: 5,000 people in 60 units, 50,000 lines.
    pub const LARGE_GROUP: Size = Size { people: 5_000, units: 60, lines: 50_000, members: 10, known_each: 100 };
}

/// SplitMix64: small and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Picks indices with Zipf-like weights: index i has weight 1 / (i + 1)^s.
struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    fn new(n: usize, s: f64) -> Self {
        let mut total = 0.0;
        let cumulative = (0..n)
            .map(|i| {
                total += 1.0 / ((i + 1) as f64).powf(s);
                total
            })
            .collect();
        Self { cumulative }
    }

    fn pick(&self, r: &mut Rng) -> usize {
        let total = self.cumulative.last().copied().unwrap_or(0.0);
        let x = r.unit() * total;
        self.cumulative.partition_point(|c| *c < x).min(self.cumulative.len().saturating_sub(1))
    }
}

const FIRST: &[&str] = &[
    "Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Eva", "Per", "Sofia", "Anders", "Ida", "Mikkel", "Mette",
    "Søren", "Camilla", "Henrik", "Birgitte", "Rasmus", "Helena", "Ole", "Linnea", "Fredrik", "Tove", "Nils", "Emil",
    "Frida", "Oskar", "Malin", "Jonas", "Signe",
];
const LAST: &[&str] = &[
    "Andersson",
    "Berg",
    "Christensen",
    "Dahl",
    "Ek",
    "Fjeld",
    "Holm",
    "Jensen",
    "Kjær",
    "Lund",
    "Møller",
    "Nilsson",
    "Olsen",
    "Persson",
    "Quist",
    "Rasmussen",
    "Strand",
    "Thomsen",
    "Ulriksen",
    "Vik",
    "Wiklund",
    "Åberg",
    "Øster",
    "Lindqvist",
    "Sandberg",
    "Hansen",
    "Larsen",
    "Sjöberg",
    "Nygaard",
    "Ekström",
];
const UNITS: &[&str] = &[
    "Finance",
    "Procurement",
    "IT",
    "Logistics",
    "Quality",
    "R&D",
    "Production",
    "Sales",
    "Marketing",
    "HR",
    "Legal",
    "Engineering",
    "Maintenance",
    "Supply Chain",
    "Customer Service",
    "Sustainability",
    "Facilities",
    "Security",
    "Data",
    "Strategy",
];
const SITES: &[&str] = &["Group", "Stockholm", "Aarhus", "Göteborg", "Odense", "Malmö", "Oslo", "Helsinki"];

/// How many of a unit's people sit on each level, top to bottom.
fn level_of(rank_in_unit: usize) -> Level {
    match rank_in_unit {
        0 => Level::Executive,
        1..=3 => Level::SeniorManagement,
        4..=12 => Level::MiddleManagement,
        _ => Level::Operational,
    }
}

/// A generated project with one account of `size`, and our people.
pub fn project(size: Size, seed: u64) -> Project {
    let mut r = Rng(seed);
    let mut p = Project::new("Generated key account");
    p.our_company = "Hallberg Industrial Systems".into();
    p.members = (1..=size.members)
        .map(|i| Member {
            id: MemberId(i),
            name: format!("{} {}", FIRST[r.below(FIRST.len())], LAST[r.below(LAST.len())]),
            title: "Account team".into(),
            email: String::new(),
            skills: String::new(),
        })
        .collect();
    p.accounts.push(account(size, &mut r));
    p
}

fn account(size: Size, r: &mut Rng) -> Account {
    let mut a = Account::new(AccountId(1), "Generated Group");
    a.lifecycle = LifecycleStage::Operation;
    a.units = (1..=size.units.max(1))
        .map(|u| BusinessUnit {
            id: UnitId(u),
            name: format!(
                "{} {}",
                SITES[(u as usize - 1) / UNITS.len() % SITES.len()],
                UNITS[(u as usize - 1) % UNITS.len()]
            ),
            kind: UnitKind::Department,
            parent: None,
            location: String::new(),
        })
        .collect();
    // Units of uneven size: people fall into units by a Zipf draw.
    let unit_pick = Zipf::new(a.units.len(), 0.6);
    let mut members_of: Vec<Vec<usize>> = vec![Vec::new(); a.units.len()];
    for i in 0..size.people as usize {
        let u = if i < 8 { 0 } else { unit_pick.pick(r) };
        members_of[u].push(i);
        let id = ContactId(i as u32 + 1);
        let mut c = Contact::new(id, format!("{} {}", FIRST[r.below(FIRST.len())], LAST[r.below(LAST.len())]));
        c.unit = Some(UnitId(u as u32 + 1));
        c.stance = Stance::ALL[r.below(Stance::ALL.len())];
        a.contacts.push(c);
    }
    let mut lines = Vec::new();
    reporting_tree(&mut a, &members_of, &mut lines);
    other_lines(size, r, &members_of, &mut lines);
    our_lines(size, r, &mut lines);
    a.relationships = lines
        .into_iter()
        .enumerate()
        .map(|(i, (from, to, kind, strength))| Relationship {
            id: RelationshipId(i as u32 + 1),
            from,
            to,
            kind,
            strength,
            last_contact: None,
            note: String::new(),
        })
        .collect();
    a
}

type Line = (PersonRef, PersonRef, RelKind, u8);

fn contact(i: usize) -> PersonRef {
    PersonRef::Contact(ContactId(i as u32 + 1))
}

/// Levels, pieces and influence by place in the unit; each person reports
/// to someone above them in their unit, unit heads to the group's board.
fn reporting_tree(a: &mut Account, members_of: &[Vec<usize>], lines: &mut Vec<Line>) {
    let board: Vec<usize> = members_of.first().map(|m| m.iter().copied().take(8).collect()).unwrap_or_default();
    for (u, people) in members_of.iter().enumerate() {
        for (rank, &i) in people.iter().enumerate() {
            let on_board = u == 0 && rank < 8;
            let c = &mut a.contacts[i];
            c.level = if on_board { Level::Board } else { level_of(rank) };
            c.piece = match (on_board, rank) {
                (true, 0) => Piece::King,
                (true, 1..=2) => Piece::Queen,
                (true, _) | (false, 0) => Piece::Rook,
                (false, 1..=3) => Piece::Bishop,
                (false, 4) => Piece::Knight,
                _ => Piece::Pawn,
            };
            c.influence = match c.level {
                Level::Board => 5,
                Level::Executive => 4,
                Level::SeniorManagement => 3,
                Level::MiddleManagement => 2,
                _ => 1,
            };
            let boss = if on_board {
                (rank > 0).then(|| board[0])
            } else if rank == 0 {
                board.get(u % board.len().max(1)).copied()
            } else {
                // Someone above: the unit's head for seniors, else a manager.
                Some(people[if rank <= 3 { 0 } else { 1 + (rank * 7) % rank.min(12) }])
            };
            if let Some(b) = boss.filter(|b| *b != i) {
                lines.push((contact(i), contact(b), RelKind::ReportsTo, 4));
            }
        }
    }
}

/// The rest of the client's lines: most inside a unit, some across; a few
/// people (unit heads, hubs) gather hundreds.
fn other_lines(size: Size, r: &mut Rng, members_of: &[Vec<usize>], lines: &mut Vec<Line>) {
    let n = size.people as usize;
    if n < 2 {
        return;
    }
    let anyone = Zipf::new(n, 0.9);
    let within: Vec<Zipf> = members_of.iter().map(|m| Zipf::new(m.len(), 0.9)).collect();
    let unit_of: Vec<usize> = {
        let mut u = vec![0; n];
        for (unit, people) in members_of.iter().enumerate() {
            for &i in people {
                u[i] = unit;
            }
        }
        u
    };
    let target = (size.lines as usize).saturating_sub(lines.len());
    for _ in 0..target {
        let a = r.below(n);
        let u = unit_of[a];
        let b =
            if r.below(10) < 7 && members_of[u].len() > 1 { members_of[u][within[u].pick(r)] } else { anyone.pick(r) };
        if a == b {
            continue;
        }
        let kind = match r.below(100) {
            0..=84 => RelKind::Knows,
            85..=97 => RelKind::Influences,
            98 => RelKind::Conflict,
            _ => RelKind::Gatekeeps,
        };
        lines.push((contact(a), contact(b), kind, 1 + r.below(5) as u8));
    }
}

/// Each of our people knows `known_each` client people, mostly in a few units.
fn our_lines(size: Size, r: &mut Rng, lines: &mut Vec<Line>) {
    let n = size.people as usize;
    let anyone = Zipf::new(n, 0.5);
    for m in 1..=size.members {
        let mut known = std::collections::BTreeSet::new();
        for _ in 0..size.known_each.min(size.people) * 3 {
            if known.len() >= size.known_each as usize {
                break;
            }
            known.insert(anyone.pick(r));
        }
        for c in known {
            lines.push((PersonRef::Member(MemberId(m)), contact(c), RelKind::Knows, 1 + r.below(5) as u8));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_account_has_the_promised_shape() {
        let p = project(Size::KEY_ACCOUNT, 1);
        let a = &p.accounts[0];
        assert_eq!(a.contacts.len(), 1_000);
        assert_eq!(a.units.len(), 40);
        let ours = a.relationships.iter().filter(|r| matches!(r.from, PersonRef::Member(_))).count();
        assert!((900..=1_000).contains(&ours), "{ours}");
        let client = a.relationships.len() - ours;
        assert!((16_000..=17_000).contains(&client), "{client}");
        let mut degree = vec![0usize; 1_000];
        for r in &a.relationships {
            for end in [r.from, r.to] {
                if let PersonRef::Contact(c) = end {
                    degree[c.0 as usize - 1] += 1;
                }
            }
        }
        degree.sort_unstable();
        assert!(degree[999] >= 200, "a few people with hundreds of lines: {}", degree[999]);
        assert!(degree[500] <= 30, "most with a handful: {}", degree[500]);
        assert!(p.validate().iter().all(|x| x.severity != Severity::Error), "{:?}", &p.validate()[..3]);
    }
}
