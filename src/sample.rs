//! Generated accounts the size of a real key account, for benchmarks, tests
//! and trying Gambit at scale (`cargo run --release --example large_account`).
//!
//! Shaped like real organisations: business units of very uneven size (1 to
//! 110 people in a 1,000-person account), departments inside divisions, a
//! reporting tree from the board down (a line per person), a few people with
//! hundreds of lines and most with a handful (Zipf-like degrees), two thirds
//! of the client's other lines across units, one in twelve a conflict, and
//! each of our people knowing a share of the client. Deterministic per seed.

use crate::model::{
    Account, AccountId, BusinessUnit, Contact, ContactId, Level, LifecycleStage, Member, MemberId, PersonRef, Piece,
    Project, RelKind, Relationship, RelationshipId, Stance, UnitId, UnitKind,
};

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
    pub const KEY_ACCOUNT: Self = Self { people: 1_000, units: 40, lines: 17_000, members: 10, known_each: 100 };
    /// A very large group: 5,000 people in 60 units, 50,000 lines.
    pub const LARGE_GROUP: Self = Self { people: 5_000, units: 60, lines: 50_000, members: 10, known_each: 100 };
}

/// `SplitMix64`: small and the same on every machine.
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
    a.units = units(size.units.max(1) as usize);
    let sizes = unit_sizes(size.people as usize, a.units.len(), r);
    let mut members_of: Vec<Vec<usize>> = vec![Vec::new(); a.units.len()];
    let mut next = 0;
    for (u, n) in sizes.iter().enumerate() {
        for _ in 0..*n {
            members_of[u].push(next);
            let id = ContactId(next as u32 + 1);
            let mut c = Contact::new(id, format!("{} {}", FIRST[r.below(FIRST.len())], LAST[r.below(LAST.len())]));
            c.unit = Some(a.units[u].id);
            c.stance = Stance::ALL[r.below(Stance::ALL.len())];
            a.contacts.push(c);
            next += 1;
        }
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

/// The units: the group's management first, then divisions, then
/// departments, most inside a division and some (staff functions) on their own.
fn units(count: usize) -> Vec<BusinessUnit> {
    let divisions = (count / 8).max(1).min(count.saturating_sub(1));
    (0..count)
        .map(|i| {
            let id = UnitId(i as u32 + 1);
            let (name, kind, parent) = if i == 0 {
                ("Group Management".to_owned(), UnitKind::Division, None)
            } else if i <= divisions {
                (format!("{} Division", SITES[(i - 1) % SITES.len()]), UnitKind::Division, None)
            } else {
                let k = i - divisions - 1;
                let name = format!("{} {}", SITES[k / UNITS.len() % SITES.len()], UNITS[k % UNITS.len()]);
                // Every sixth department is a staff function of its own.
                let parent = (k % 6 != 5).then(|| UnitId((1 + k % divisions) as u32 + 1));
                (name, UnitKind::Department, parent)
            };
            BusinessUnit { id, name, kind, parent, location: String::new() }
        })
        .collect()
}

/// Head counts of very uneven size, as in real organisations: from about
/// 110 (or more, in a very large group) down to 1, shuffled over the units;
/// the group's management keeps a board of up to eight and a few more.
fn unit_sizes(people: usize, units: usize, r: &mut Rng) -> Vec<usize> {
    if units <= 1 {
        return vec![people];
    }
    let board = people.min(10);
    let rest = people - board;
    let others = units - 1;
    let k = 110f64.ln() / (others.max(2) - 1) as f64;
    let weights: Vec<f64> = (0..others).map(|i| (-k * i as f64).exp()).collect();
    let total: f64 = weights.iter().sum();
    let mut sizes: Vec<usize> = weights.iter().map(|w| ((w / total) * rest as f64).round().max(1.0) as usize).collect();
    // Rounding leaves a few over or short: the biggest units take the difference.
    let mut sum: usize = sizes.iter().sum();
    let mut i = 0;
    while sum != rest && i < 100_000 {
        let j = i % others;
        if sum < rest {
            sizes[j] += 1;
            sum += 1;
        } else if sizes[j] > 1 || (sizes[j] == 1 && sizes.iter().all(|s| *s <= 1)) {
            // (Fewer people than units: some units stay empty.)
            sizes[j] -= 1;
            sum -= 1;
        }
        i += 1;
    }
    // Shuffled (Fisher-Yates), so big and small units mix.
    for i in (1..sizes.len()).rev() {
        let j = r.below(i + 1);
        sizes.swap(i, j);
    }
    std::iter::once(board).chain(sizes).collect()
}

type Line = (PersonRef, PersonRef, RelKind, u8);

fn contact(i: usize) -> PersonRef {
    PersonRef::Contact(ContactId(i as u32 + 1))
}

/// Levels, pieces and influence by place in the unit; each person reports
/// to someone above them in their unit, a department's head to the head of
/// its division, and a division's head to the group's chief executive.
fn reporting_tree(a: &mut Account, members_of: &[Vec<usize>], lines: &mut Vec<Line>) {
    let board: Vec<usize> = members_of.first().map(|m| m.iter().copied().take(8).collect()).unwrap_or_default();
    let head_of = |unit: UnitId| members_of.get(unit.0 as usize - 1).and_then(|m| m.first().copied());
    let parents: Vec<Option<UnitId>> = a.units.iter().map(|u| u.parent).collect();
    let kinds: Vec<UnitKind> = a.units.iter().map(|u| u.kind).collect();
    for (u, people) in members_of.iter().enumerate() {
        for (rank, &i) in people.iter().enumerate() {
            let on_board = u == 0 && rank < 8;
            let division_head = u > 0 && rank == 0 && kinds[u] == UnitKind::Division;
            let c = &mut a.contacts[i];
            c.level = if on_board { Level::Board } else { level_of(rank) };
            c.piece = match (on_board, rank) {
                (true, 0) => Piece::King,
                (true, 1..=2) => Piece::Queen,
                _ if division_head => Piece::Queen,
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
                Level::Operational => 1,
            };
            let boss = if on_board {
                (rank > 0).then(|| board[0])
            } else if rank == 0 {
                parents[u].and_then(head_of).or(board.first().copied())
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

/// The rest of the client's lines, as in real organisations: two thirds
/// across units, a few people (unit heads, hubs) with hundreds, and many
/// conflicts and gates among them.
fn other_lines(size: Size, r: &mut Rng, members_of: &[Vec<usize>], lines: &mut Vec<Line>) {
    let n = size.people as usize;
    if n < 2 {
        return;
    }
    let anyone = Zipf::new(n, 0.9);
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
    let mut made = 0;
    // One line a pair, as in real organisations.
    let mut pairs: std::collections::BTreeSet<(usize, usize)> = std::collections::BTreeSet::new();
    for _ in 0..target * 3 {
        if made >= target {
            break;
        }
        // A third inside a unit (between any two of its people), the rest
        // across, where a few hubs gather hundreds.
        let inside = r.below(100) < 34;
        let a = if inside { r.below(n) } else { anyone.pick(r) };
        let u = unit_of[a];
        let b = if inside { members_of[u][r.below(members_of[u].len())] } else { r.below(n) };
        if a == b || (!inside && unit_of[b] == u) || !pairs.insert((a.min(b), a.max(b))) {
            continue;
        }
        let kind = match r.below(100) {
            0..=71 => RelKind::Knows,
            72..=87 => RelKind::Influences,
            88..=95 => RelKind::Conflict,
            _ => RelKind::Gatekeeps,
        };
        lines.push((contact(a), contact(b), kind, 1 + r.below(5) as u8));
        made += 1;
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
    use crate::model::Severity;

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
        // Two thirds of the informal client lines cross units, as in real organisations.
        let unit = |p: PersonRef| match p {
            PersonRef::Contact(c) => a.contact(c).and_then(|c| c.unit),
            PersonRef::Member(_) => None,
        };
        let informal: Vec<&Relationship> = a
            .relationships
            .iter()
            .filter(|r| r.kind != RelKind::ReportsTo && matches!(r.from, PersonRef::Contact(_)))
            .collect();
        let across = informal.iter().filter(|r| unit(r.from) != unit(r.to)).count() as f64 / informal.len() as f64;
        assert!((0.6..0.72).contains(&across), "{across}");
        let count = |k: RelKind| a.relationships.iter().filter(|r| r.kind == k).count();
        assert!(
            count(RelKind::ReportsTo) >= 990 && count(RelKind::Conflict) >= 1_000,
            "reports and conflicts by the thousand"
        );
        let sizes: Vec<usize> =
            a.units.iter().map(|u| a.contacts.iter().filter(|c| c.unit == Some(u.id)).count()).collect();
        assert_eq!((sizes.iter().min(), sizes.iter().max().is_some_and(|m| *m >= 100)), (Some(&1), true), "{sizes:?}");
        assert!(a.units.iter().filter(|u| u.parent.is_some()).count() >= 25, "departments sit in divisions");
        assert!(p.validate().iter().all(|x| x.severity != Severity::Error), "{:?}", &p.validate()[..3]);
    }

    #[test]
    fn fewer_people_than_units_leaves_units_empty_and_everyone_has_a_unit() {
        for (people, units) in [(28, 29), (5, 40), (1, 3), (40, 40)] {
            let p = project(Size { people, units, lines: people * 4, members: 2, known_each: 3 }, 9);
            let a = &p.accounts[0];
            assert_eq!(a.contacts.len(), people as usize, "{people} in {units}");
            assert!(a.contacts.iter().all(|c| c.unit.is_some()));
        }
    }
}
