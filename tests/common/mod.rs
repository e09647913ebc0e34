//! Generated projects for property tests: every part of the file filled in
//! (units, contacts, lines of every kind, team, scores, map positions and the
//! whole plan), with text that RON must escape. Deterministic per seed, so a
//! failing case can be replayed from the seed proptest prints.
#![allow(dead_code, reason = "each test binary uses some of these helpers")]

use chrono::NaiveDate;
use gambit::model::*;

/// `SplitMix64`: small, fast and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when n is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }

    pub fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below(u64::from(hi - lo + 1)) as u32
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<T: Copy>(&mut self, all: &[T]) -> T {
        all[self.below(all.len() as u64) as usize]
    }

    /// Text with what RON and the exports must escape: quotes, backslashes,
    /// brackets, newlines, tabs, and letters from beyond ASCII.
    pub fn text(&mut self, max: u64) -> String {
        const POOL: &[char] = &[
            'a', 'b', 'e', 'k', 'n', 'o', 's', 't', ' ', ' ', 'Å', 'ä', 'ø', 'É', 'ß', '"', '\\', '(', ')', ',', ':',
            '[', ']', '\n', '\t', '#', '<', '&', '→', '漢', '🙂',
        ];
        let n = self.below(max + 1);
        (0..n).map(|_| self.pick(POOL)).collect()
    }

    pub fn money(&mut self) -> f64 {
        (self.below(50_000_000) as f64) / 4.0
    }

    pub fn date(&mut self) -> NaiveDate {
        let base = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap_or_default();
        base + chrono::Duration::days(self.below(5_000) as i64)
    }

    pub fn maybe_date(&mut self) -> Option<NaiveDate> {
        self.chance(70).then(|| self.date())
    }
}

/// Our people: `n` members with ids 1..=n.
fn members(r: &mut Rng, n: u32) -> Vec<Member> {
    (1..=n)
        .map(|i| Member {
            id: MemberId(i),
            name: format!("Member {i} {}", r.text(6)),
            title: r.text(10),
            email: format!("m{i}@example.com"),
            skills: r.text(12),
        })
        .collect()
}

fn products(r: &mut Rng, n: u32) -> Vec<Product> {
    (1..=n)
        .map(|i| Product {
            id: ProductId(i),
            name: format!("Product {i}"),
            category: r.text(6),
            description: r.text(20),
        })
        .collect()
}

fn contact(r: &mut Rng, id: u32, units: u32) -> Contact {
    Contact {
        id: ContactId(id),
        name: format!("{} {id}", r.text(8)),
        title: r.text(12),
        unit: (units > 0 && r.chance(85)).then(|| UnitId(r.range(1, units))),
        email: r.text(10),
        phone: r.text(6),
        level: r.pick(Level::ALL),
        piece: r.pick(Piece::ALL),
        stance: r.pick(Stance::ALL),
        influence: r.range(1, 5) as u8,
        political: r.pick(PoliticalStatus::ALL),
        evidence: r.text(16),
        notes: r.text(16),
        has_left: r.chance(10),
        left_on: None,
        successor: None,
        earlier_roles: Vec::new(),
        assessed: None,
    }
}

fn person(r: &mut Rng, contacts: u32, members: u32) -> PersonRef {
    if members > 0 && r.chance(25) {
        PersonRef::Member(MemberId(r.range(1, members)))
    } else {
        PersonRef::Contact(ContactId(r.range(1, contacts.max(1))))
    }
}

fn relationship(r: &mut Rng, id: u32, contacts: u32, members: u32) -> Relationship {
    Relationship {
        id: RelationshipId(id),
        from: person(r, contacts, members),
        to: PersonRef::Contact(ContactId(r.range(1, contacts.max(1)))),
        kind: r.pick(RelKind::ALL),
        strength: r.range(1, 5) as u8,
        last_contact: r.maybe_date(),
        note: r.text(10),
    }
}

#[expect(clippy::too_many_lines, reason = "every part of a plan, filled in")]
fn plan(r: &mut Rng, contacts: u32, members: u32, products: u32, units: u32) -> Plan {
    let mut p = Plan {
        overall_goal: r.text(30),
        strategy: r.text(30),
        success_factors: r.text(20),
        notes: r.text(20),
        offerings_and_markets: r.text(20),
        client_goals: r.text(20),
        organisation: r.text(20),
        sources: r.text(20),
        purchases: r.text(20),
        ..Plan::default()
    };
    for y in 0..r.below(4) {
        p.economics.push(YearFigures {
            year: 2020 + y as i32,
            sales: r.money(),
            turnover: r.money(),
            profitability: r.below(400) as f64 / 10.0,
        });
    }
    for _ in 0..r.below(3) {
        let (start, end) = (r.maybe_date(), r.maybe_date());
        p.agreements.push(Agreement { kind: r.text(8), title: r.text(12), start, end, value: r.money() });
    }
    for _ in 0..r.below(4) {
        let (target, actual) = (r.chance(70).then(|| r.money()), r.chance(70).then(|| r.money()));
        p.kpis.push(KpiFigure { year: 2020 + r.below(6) as i32, kpi: r.pick(Kpi::ALL), target, actual });
    }
    let member = |r: &mut Rng| (members > 0 && r.chance(70)).then(|| MemberId(r.range(1, members)));
    for _ in 0..r.below(5) {
        let (owner, due) = (member(r), r.maybe_date());
        p.activities.push(Activity { title: r.text(16), owner, due, status: r.pick(ActivityStatus::ALL) });
    }
    if contacts > 0 {
        for _ in 0..r.below(3) {
            p.relationship_goals.push(RelationshipGoal {
                contact: ContactId(r.range(1, contacts)),
                target_stance: r.pick(Stance::ALL),
                target_coverage: r.range(0, 4) as u8,
                how: r.text(12),
            });
        }
        for _ in 0..r.below(3) {
            let kind = if r.chance(50) { ReferralKind::Referral } else { ReferralKind::Testimonial };
            p.referrals.push(Referral {
                contact: ContactId(r.range(1, contacts)),
                kind,
                date: r.maybe_date(),
                what: r.text(10),
            });
        }
    }
    for _ in 0..r.below(3) {
        let units = (1..=units).filter(|_| r.chance(40)).map(UnitId).collect();
        p.competitors.push(Competitor { name: r.text(10), strengths: r.text(12), units });
    }
    for _ in 0..r.below(3) {
        p.partners.push(Partner { name: r.text(10), role: r.text(10) });
    }
    for _ in 0..r.below(4) {
        p.meetings.push(Meeting {
            kind: r.pick(MeetingKind::ALL),
            every_days: r.range(7, 180),
            our_people: r.text(10),
            their_people: r.text(10),
            agenda: r.text(14),
            last_held: r.maybe_date(),
        });
    }
    for _ in 0..r.below(3) {
        p.reviews.push(Review {
            reviewer: r.text(8),
            comments: r.text(20),
            decisions: r.text(10),
            next_review: r.maybe_date(),
            ..Review::new(r.date(), None)
        });
    }
    for product in 1..=products {
        for unit in 1..=units {
            let state = match r.below(6) {
                0 => Some(CellState::Buying { yearly_value: r.money() }),
                1 => Some(CellState::Opportunity { value: r.money(), next_step: r.text(10) }),
                2 => Some(CellState::Competitor { name: r.text(8) }),
                3 => Some(CellState::NotRelevant),
                _ => None,
            };
            p.set_cell(ProductId(product), UnitId(unit), state);
        }
    }
    if products > 0 && units > 0 {
        for _ in 0..r.below(3) {
            p.opportunities.push(Opportunity {
                product: ProductId(r.range(1, products)),
                unit: UnitId(r.range(1, units)),
                value: r.money(),
                owner: member(r),
                next_step: r.text(10),
                found: r.maybe_date(),
            });
        }
    }
    p
}

/// One account with `id`, sized by the generator.
pub fn account(r: &mut Rng, id: u32, members: u32, products: u32) -> Account {
    let mut a = Account::new(AccountId(id), format!("Account {id} {}", r.text(8)));
    a.industry = r.text(10);
    a.lifecycle = r.pick(LifecycleStage::ALL);
    a.current_revenue = r.money();
    a.potential_revenue = r.money();
    a.rhythm_days = if r.chance(50) { u16::try_from(r.range(7, 400)).ok() } else { None };
    let units = r.range(0, 4);
    a.units = (1..=units)
        .map(|u| BusinessUnit {
            id: UnitId(u),
            name: format!("Unit {u} {}", r.text(6)),
            kind: r.pick(UnitKind::ALL),
            parent: (u > 1 && r.chance(50)).then(|| UnitId(r.range(1, u - 1))),
            location: r.text(8),
        })
        .collect();
    let contacts = r.range(0, 8);
    a.contacts = (1..=contacts).map(|c| contact(r, c, units)).collect();
    if contacts > 0 {
        a.relationships = (1..=r.range(0, 12)).map(|i| relationship(r, i, contacts, members)).collect();
    }
    a.scores = (1..=r.range(0, 6))
        .map(|c| CriterionScore { criterion: CriterionId(c), value: r.range(1, 5) as u8, evidence: r.text(12) })
        .collect();
    a.tier_override = r.chance(20).then(|| TierOverride { tier: TierId(r.range(1, 3)), reason: r.text(12) });
    for m in 1..=members {
        if r.chance(50) {
            a.team.push(TeamAssignment { member: MemberId(m), role: r.pick(TeamRole::ALL) });
        }
    }
    a.plan = plan(r, contacts, members, products, units);
    for c in 1..=contacts {
        if r.chance(60) {
            let pos =
                MapPos { x: r.below(4000) as f32 - 2000.0, y: r.below(4000) as f32 - 2000.0, pinned: r.chance(30) };
            a.map.positions.insert(PersonRef::Contact(ContactId(c)), pos);
        }
    }
    for t in &a.team {
        let pos = MapPos { x: r.below(1000) as f32, y: 900.0, pinned: r.chance(50) };
        a.map.positions.insert(PersonRef::Member(t.member), pos);
    }
    if r.chance(40) {
        a.map.layout = MapLayout::Board;
    }
    a
}

/// A whole project from a seed.
pub fn project(seed: u64) -> Project {
    let mut r = Rng::new(seed);
    let mut p = Project::new(format!("Project {}", r.text(10)));
    p.our_company = r.text(12);
    let n_members = r.range(0, 5);
    let n_products = r.range(0, 4);
    p.members = members(&mut r, n_members);
    p.products = products(&mut r, n_products);
    for c in &mut p.scoring.criteria {
        c.weight = r.below(100) as f64;
    }
    p.accounts = (1..=r.range(0, 3)).map(|id| account(&mut r, id, n_members, n_products)).collect();
    p
}
