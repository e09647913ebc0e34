//! Writes `assets/demo.kam`, the demo project built into Gambit.
//! Run with `cargo run --example make_demo` after changing the data below.

use chrono::{Days, NaiveDate};
use gambit::model::{
    Account, AccountId, Activity, ActivityStatus, Agreement, BusinessUnit, CellState, Competitor, Contact, ContactId,
    CriterionId, CriterionScore, Kpi, KpiFigure, Level, LifecycleStage, Meeting, MeetingKind, Member, MemberId,
    Opportunity, Partner, PenetrationCell, PersonRef, Piece, Plan, PoliticalStatus, Product, ProductId, Project,
    Referral, ReferralKind, RelKind, Relationship, RelationshipGoal, RelationshipId, Review, Stance, TeamAssignment,
    TeamRole, TierId, TierOverride, UnitId, UnitKind, YearFigures,
};

const TODAY: (i32, u32, u32) = gambit::demo::WRITTEN_ON;

fn day(days_ago: u64) -> Option<NaiveDate> {
    let today = NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2)?;
    today.checked_sub_days(Days::new(days_ago))
}

fn members() -> Vec<Member> {
    let rows = [
        (
            "Karin Lindqvist",
            "Key Account Manager",
            "karin.lindqvist@hallberg.example",
            "Food & beverage industry, account planning, contract negotiation",
        ),
        (
            "Erik Sandberg",
            "VP Sales, Nordics",
            "erik.sandberg@hallberg.example",
            "Executive relationships, pricing policy",
        ),
        (
            "Margareta Holm",
            "Senior Advisor",
            "margareta.holm@hallberg.example",
            "Twenty years of key account management; mentor to KAMs",
        ),
        ("Jonas Dahl", "Sales Engineer", "jonas.dahl@hallberg.example", "Line automation, retrofit projects"),
        (
            "Sofie Madsen",
            "Service Manager, Denmark",
            "sofie.madsen@hallberg.example",
            "Service agreements, spare parts logistics",
        ),
        (
            "Anders Nygaard",
            "Project Delivery Lead",
            "anders.nygaard@hallberg.example",
            "Commissioning, capex project management",
        ),
        (
            "Lena Virtanen",
            "Solutions Architect",
            "lena.virtanen@hallberg.example",
            "OT networks, predictive maintenance, IT security",
        ),
        ("Mikkel Sørensen", "Inside Sales", "mikkel.sorensen@hallberg.example", "Spare parts, training courses"),
        ("Johanna Berg", "Key Account Manager", "johanna.berg@hallberg.example", "Pharma and chemicals"),
    ];
    rows.iter()
        .enumerate()
        .map(|(i, (name, title, email, skills))| Member {
            id: MemberId(i as u32 + 1),
            name: (*name).into(),
            title: (*title).into(),
            email: (*email).into(),
            skills: (*skills).into(),
        })
        .collect()
}

fn products() -> Vec<Product> {
    let rows = [
        ("Line automation", "Systems", "PLC and drive systems for production lines"),
        ("Retrofit projects", "Projects", "Modernising existing lines without long stops"),
        ("Predictive maintenance", "Digital", "Condition monitoring with sensors and analytics"),
        ("Energy monitoring", "Digital", "Metering and reporting of energy use per line"),
        ("Service agreements", "Service", "Preventive maintenance with guaranteed response times"),
        ("Spare parts service", "Service", "Stocked critical spares and next-day delivery"),
        ("Operator training", "Service", "Courses for operators and maintenance staff"),
        ("Machine safety", "Systems", "Safety assessments and safety systems"),
    ];
    rows.iter()
        .enumerate()
        .map(|(i, (name, cat, desc))| Product {
            id: ProductId(i as u32 + 1),
            name: (*name).into(),
            category: (*cat).into(),
            description: (*desc).into(),
        })
        .collect()
}

fn units() -> Vec<BusinessUnit> {
    use UnitKind::{Department, Division, GroupCompany, Location, Subsidiary};
    let rows: [(&str, UnitKind, Option<u32>, &str); 7] = [
        ("Nordvik Foods Group", GroupCompany, None, "Gothenburg, Sweden"),
        ("Nordvik Dairy", Subsidiary, Some(1), "Jönköping, Sweden"),
        ("Nordvik Bakeries", Subsidiary, Some(1), "Aarhus, Denmark"),
        ("Group Procurement", Department, Some(1), "Gothenburg, Sweden"),
        ("Group IT", Department, Some(1), "Gothenburg, Sweden"),
        ("Frozen Foods Division", Division, Some(1), "Malmö, Sweden"),
        ("Plant Kolding", Location, Some(3), "Kolding, Denmark"),
    ];
    rows.iter()
        .enumerate()
        .map(|(i, (name, kind, parent, loc))| BusinessUnit {
            id: UnitId(i as u32 + 1),
            name: (*name).into(),
            kind: *kind,
            parent: parent.map(UnitId),
            location: (*loc).into(),
        })
        .collect()
}

/// name, title, unit, level, piece, stance, influence, political, boss (index+1), evidence
type Row = (&'static str, &'static str, u32, Level, Piece, Stance, u8, PoliticalStatus, u32, &'static str);

#[expect(clippy::too_many_lines, reason = "the demo's cast: one row per person")]
fn contact_rows() -> Vec<Row> {
    use Level::{Board, Executive, MiddleManagement, Operational, SeniorManagement};
    use Piece::{Bishop, King, Knight, Pawn, Queen, Rook};
    use PoliticalStatus::{InStructure, InnerCircle, Outside};
    use Stance::{Enemy, Mentor, Neutral, NonSupporter, Supporter};
    vec![
        (
            "Henrik Åberg",
            "Group CEO",
            1,
            Board,
            King,
            Neutral,
            5,
            InnerCircle,
            0,
            "Signs every capex decision above 5 MSEK (annual report, board minutes)",
        ),
        (
            "Cecilia Strand",
            "Group CFO",
            1,
            Board,
            Queen,
            NonSupporter,
            5,
            InnerCircle,
            1,
            "Told Erik at the 2025 review that our service prices are 15 % above market",
        ),
        (
            "Per Ekström",
            "Chief Operating Officer",
            1,
            Board,
            Queen,
            Supporter,
            5,
            InnerCircle,
            1,
            "Sponsored the Jönköping retrofit; quoted us in their annual report",
        ),
        (
            "Ingrid Fjeld",
            "Chief Digital Officer",
            1,
            Board,
            Bishop,
            Neutral,
            4,
            InStructure,
            1,
            "New in role since March; owns the digital factory programme",
        ),
        (
            "Mats Olander",
            "Managing Director, Nordvik Dairy",
            2,
            Executive,
            King,
            Supporter,
            5,
            InnerCircle,
            3,
            "Approved the 2025 framework extension without tender",
        ),
        (
            "Birgitte Kjær",
            "Managing Director, Nordvik Bakeries",
            3,
            Executive,
            King,
            Neutral,
            5,
            InnerCircle,
            3,
            "Met once at a trade fair; buys most automation locally",
        ),
        ("Fredrik Lund", "Head of Frozen Foods Division", 6, Executive, King, Stance::Unknown, 4, InStructure, 3, ""),
        (
            "Annika Berg",
            "Chief Procurement Officer",
            4,
            Executive,
            Rook,
            NonSupporter,
            5,
            InnerCircle,
            2,
            "Runs the supplier consolidation programme; wants three suppliers per category",
        ),
        (
            "Lars Holmgren",
            "Chief Information Officer",
            5,
            Executive,
            Rook,
            Neutral,
            4,
            InStructure,
            4,
            "Must approve any connected equipment on the plant networks",
        ),
        (
            "Tove Nilsson",
            "VP Supply Chain",
            1,
            Executive,
            Queen,
            Mentor,
            4,
            InnerCircle,
            3,
            "Coaches Karin before every steering meeting",
        ),
        (
            "Johan Wiklund",
            "Plant Director, Jönköping",
            2,
            SeniorManagement,
            Bishop,
            Supporter,
            4,
            InStructure,
            5,
            "Reference customer for the 2024 retrofit",
        ),
        (
            "Rasmus Thomsen",
            "Plant Director, Aarhus",
            3,
            SeniorManagement,
            Knight,
            Mentor,
            3,
            InStructure,
            6,
            "Introduced us to Birgitte; shares the Bakeries capex list",
        ),
        (
            "Helena Sjöberg",
            "Head of Group Engineering",
            1,
            SeniorManagement,
            Bishop,
            Supporter,
            4,
            InStructure,
            3,
            "Wrote the technical evaluation that ranked us first in 2024",
        ),
        (
            "Ole Christensen",
            "Category Manager, Technical Purchasing",
            4,
            SeniorManagement,
            Rook,
            Neutral,
            3,
            InStructure,
            8,
            "Runs all framework tenders for automation",
        ),
        (
            "Maria Lindgren",
            "Head of Quality & Food Safety",
            1,
            SeniorManagement,
            Rook,
            Neutral,
            3,
            InStructure,
            3,
            "Can stop any line change for hygiene reasons",
        ),
        (
            "Nils Forsberg",
            "IT Security Manager",
            5,
            SeniorManagement,
            Rook,
            NonSupporter,
            3,
            InStructure,
            9,
            "Blocked remote support access in 2025 pending a security review",
        ),
        (
            "Eva Dahlberg",
            "Head of Sustainability",
            1,
            SeniorManagement,
            Knight,
            Supporter,
            3,
            InStructure,
            2,
            "Needs energy data per line for the CSRD report",
        ),
        (
            "Søren Jakobsen",
            "Operations Director, Plant Kolding",
            7,
            SeniorManagement,
            Bishop,
            Neutral,
            3,
            Outside,
            6,
            "",
        ),
        (
            "Camilla Ek",
            "Finance Director, Nordvik Dairy",
            2,
            SeniorManagement,
            Rook,
            Neutral,
            3,
            InStructure,
            5,
            "Approves service agreement renewals for the Dairy",
        ),
        (
            "Gustav Berglund",
            "Head of Frozen Operations",
            6,
            SeniorManagement,
            Bishop,
            Stance::Unknown,
            3,
            Outside,
            7,
            "",
        ),
        (
            "Anna Hedlund",
            "Maintenance Manager, Jönköping",
            2,
            MiddleManagement,
            Knight,
            Mentor,
            3,
            Outside,
            11,
            "Calls Sofie first when a line stops",
        ),
        ("Peter Axelsson", "Production Manager, Jönköping", 2, MiddleManagement, Pawn, Supporter, 2, Outside, 11, ""),
        ("Mette Larsen", "Maintenance Manager, Aarhus", 3, MiddleManagement, Pawn, Neutral, 2, Outside, 12, ""),
        (
            "Klaus Nielsen",
            "Production Manager, Kolding",
            7,
            MiddleManagement,
            Pawn,
            NonSupporter,
            2,
            Outside,
            18,
            "Complained about the 2023 commissioning delay",
        ),
        (
            "Sara Lundin",
            "Lead Automation Engineer",
            1,
            MiddleManagement,
            Bishop,
            Supporter,
            3,
            Outside,
            13,
            "Writes the automation standard all plants follow",
        ),
        ("Oskar Palm", "Buyer, MRO and Spares", 4, MiddleManagement, Pawn, Neutral, 2, Outside, 14, ""),
        (
            "Linnea Wallin",
            "Group Energy Manager",
            1,
            MiddleManagement,
            Knight,
            Supporter,
            2,
            Outside,
            17,
            "Asked for our energy monitoring demo twice",
        ),
        (
            "Jesper Mortensen",
            "Capex Project Manager, Bakeries",
            3,
            MiddleManagement,
            Bishop,
            Neutral,
            3,
            Outside,
            12,
            "",
        ),
        ("Frida Engström", "OT Network Manager", 5, MiddleManagement, Bishop, Neutral, 2, Outside, 16, ""),
        ("Viktor Hammar", "Maintenance Manager, Malmö", 6, MiddleManagement, Pawn, Stance::Unknown, 2, Outside, 20, ""),
        (
            "Lotte Andersen",
            "Training Manager",
            1,
            MiddleManagement,
            Pawn,
            Supporter,
            1,
            Outside,
            3,
            "Booked two operator courses in 2026",
        ),
        ("Daniel Roos", "Controller, Frozen Foods", 6, MiddleManagement, Rook, Stance::Unknown, 2, Outside, 7, ""),
        ("Emil Sundqvist", "Maintenance Technician, Jönköping", 2, Operational, Pawn, Supporter, 1, Outside, 21, ""),
        ("Jonna Karlsson", "Line Team Leader, Jönköping", 2, Operational, Pawn, Neutral, 1, Outside, 22, ""),
        ("Niels Poulsen", "Electrician, Aarhus", 3, Operational, Pawn, Supporter, 1, Outside, 23, ""),
        ("Hanna Björk", "Spare Parts Planner", 2, Operational, Pawn, Neutral, 1, Outside, 21, ""),
        ("Tobias Wennberg", "Shift Supervisor, Malmö", 6, Operational, Pawn, Stance::Unknown, 1, Outside, 30, ""),
        (
            "Kasper Friis",
            "Maintenance Technician, Kolding",
            7,
            Operational,
            Pawn,
            Enemy,
            1,
            Outside,
            24,
            "Openly prefers the competitor's controllers; wrote the 2023 complaint",
        ),
        ("Ida Marklund", "Process Engineer", 1, Operational, Bishop, Neutral, 2, Outside, 25, ""),
        ("Rune Iversen", "Warehouse Coordinator, Aarhus", 3, Operational, Pawn, Neutral, 1, Outside, 23, ""),
        ("Elin Sand", "Purchasing Assistant", 4, Operational, Pawn, Supporter, 1, Outside, 26, ""),
        (
            "Stefan Åkesson",
            "Plant Engineer, Jönköping",
            2,
            MiddleManagement,
            Knight,
            Mentor,
            2,
            Outside,
            11,
            "Was our champion for ten years; left in 2026 to join a competitor of Nordvik",
        ),
        (
            "Malin Grahn",
            "Head of Group Strategy",
            1,
            SeniorManagement,
            Queen,
            Neutral,
            4,
            InnerCircle,
            1,
            "Prepares the board's investment agenda",
        ),
    ]
}

fn contacts() -> Vec<Contact> {
    contact_rows()
        .into_iter()
        .enumerate()
        .map(|(i, r)| Contact {
            id: ContactId(i as u32 + 1),
            name: r.0.into(),
            title: r.1.into(),
            unit: Some(UnitId(r.2)),
            email: email_of(r.0),
            phone: String::new(),
            level: r.3,
            piece: r.4,
            stance: r.5,
            influence: r.6,
            political: r.7,
            evidence: r.9.into(),
            notes: String::new(),
            has_left: r.0 == "Stefan Åkesson",
            left_on: if r.0 == "Stefan Åkesson" { d(2026, 8, 31) } else { None },
            successor: None,
            earlier_roles: Vec::new(),
            assessed: None,
        })
        .collect()
}

/// "Ann-Sofie Ölund" -> "ann-sofie.olund@nordvikfoods.example".
fn email_of(name: &str) -> String {
    let plain: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' | 'á' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' => 'e',
            'ü' => 'u',
            ' ' => '.',
            c => c,
        })
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
        .collect();
    format!("{plain}@nordvikfoods.example")
}

struct Rels(Vec<Relationship>);

impl Rels {
    fn add(&mut self, from: PersonRef, to: PersonRef, kind: RelKind, strength: u8, days_ago: Option<u64>, note: &str) {
        let id = RelationshipId(self.0.len() as u32 + 1);
        let last_contact = days_ago.and_then(day);
        self.0.push(Relationship { id, from, to, kind, strength, last_contact, note: note.into() });
    }
}

fn c(i: u32) -> PersonRef {
    PersonRef::Contact(ContactId(i))
}

fn m(i: u32) -> PersonRef {
    PersonRef::Member(MemberId(i))
}

fn relationships() -> Vec<Relationship> {
    let mut r = Rels(Vec::new());
    for (i, row) in contact_rows().iter().enumerate() {
        if row.8 != 0 {
            r.add(c(i as u32 + 1), c(row.8), RelKind::ReportsTo, 3, None, "");
        }
    }
    // Who on our team knows whom: (member, contact, strength, days since last contact).
    let coverage: &[(u32, u32, u8, u64)] = &[
        (1, 3, 4, 12),
        (1, 5, 4, 20),
        (1, 10, 5, 6),
        (1, 11, 4, 30),
        (1, 13, 4, 45),
        (1, 14, 3, 60),
        (1, 8, 2, 150),
        (1, 17, 3, 80),
        (1, 12, 3, 40),
        (1, 2, 2, 200),
        (1, 43, 2, 120),
        (2, 1, 3, 95),
        (2, 3, 4, 50),
        (2, 2, 2, 210),
        (2, 5, 3, 70),
        (3, 10, 3, 110),
        (3, 1, 2, 400),
        (4, 11, 4, 15),
        (4, 25, 5, 9),
        (4, 21, 4, 22),
        (4, 13, 3, 35),
        (4, 28, 2, 90),
        (4, 42, 5, 300),
        (5, 21, 5, 4),
        (5, 23, 4, 18),
        (5, 33, 3, 25),
        (5, 36, 3, 40),
        (5, 26, 3, 33),
        (5, 12, 3, 55),
        (6, 11, 3, 100),
        (6, 18, 2, 240),
        (6, 24, 2, 260),
        (6, 28, 3, 75),
        (7, 16, 2, 130),
        (7, 29, 4, 28),
        (7, 9, 2, 180),
        (7, 27, 3, 64),
        (8, 31, 4, 21),
        (8, 26, 3, 47),
        (8, 41, 3, 38),
        (8, 35, 2, 90),
    ];
    for &(mem, con, strength, days) in coverage {
        r.add(m(mem), c(con), RelKind::Knows, strength, Some(days), "");
    }
    let informal: &[(u32, u32, RelKind, u8, &str)] = &[
        (10, 1, RelKind::Influences, 5, "Henrik's most trusted adviser on operations"),
        (3, 1, RelKind::Influences, 4, ""),
        (2, 1, RelKind::Influences, 5, "Every investment passes Cecilia first"),
        (43, 1, RelKind::Influences, 4, "Sets the board's investment agenda"),
        (13, 3, RelKind::Influences, 4, ""),
        (12, 6, RelKind::Influences, 4, "Birgitte follows Rasmus on technical choices"),
        (25, 13, RelKind::Influences, 3, ""),
        (17, 43, RelKind::Influences, 3, "Sustainability targets drive the strategy"),
        (27, 17, RelKind::Influences, 3, ""),
        (9, 4, RelKind::Influences, 3, ""),
        (19, 5, RelKind::Influences, 3, ""),
        (21, 11, RelKind::Influences, 3, ""),
        (8, 2, RelKind::Influences, 4, ""),
        (2, 3, RelKind::Conflict, 4, "Disagree on the 2027 capex budget"),
        (8, 13, RelKind::Conflict, 3, "Procurement overruled engineering's supplier choice in 2025"),
        (6, 5, RelKind::Conflict, 3, "Both want the new frozen line in their unit"),
        (24, 28, RelKind::Conflict, 2, ""),
        (16, 25, RelKind::Conflict, 3, "Remote access for automation vendors"),
        (38, 24, RelKind::Conflict, 2, ""),
        (8, 1, RelKind::Gatekeeps, 5, "All suppliers above 1 MSEK go through Annika"),
        (14, 11, RelKind::Gatekeeps, 3, "Framework call-offs need Ole's approval"),
        (16, 29, RelKind::Gatekeeps, 4, "No device on the OT network without Nils"),
        (15, 11, RelKind::Gatekeeps, 3, "Hygiene sign-off for every line change"),
        (19, 5, RelKind::Gatekeeps, 3, ""),
        (32, 7, RelKind::Gatekeeps, 3, ""),
        (11, 13, RelKind::Knows, 4, ""),
        (12, 28, RelKind::Knows, 4, ""),
        (21, 23, RelKind::Knows, 3, "Meet at the group maintenance forum"),
        (25, 29, RelKind::Knows, 3, ""),
        (17, 27, RelKind::Knows, 4, ""),
        (10, 3, RelKind::Knows, 5, ""),
        (5, 6, RelKind::Knows, 2, ""),
        (20, 30, RelKind::Knows, 3, ""),
        (14, 26, RelKind::Knows, 4, ""),
        (42, 21, RelKind::Knows, 4, "Still in touch since Stefan left"),
    ];
    for &(a, b, kind, strength, note) in informal {
        r.add(c(a), c(b), kind, strength, None, note);
    }
    r.0
}

fn scores(values: [u8; 8]) -> Vec<CriterionScore> {
    values
        .iter()
        .enumerate()
        .filter(|(_, v)| **v > 0)
        .map(|(i, v)| CriterionScore { criterion: CriterionId(i as u32 + 1), value: *v, evidence: String::new() })
        .collect()
}

fn main_account() -> Account {
    let mut a = Account::new(AccountId(1), "Nordvik Foods Group");
    a.industry = "Food manufacturing".into();
    a.lifecycle = LifecycleStage::Operation;
    a.current_revenue = 18_400_000.0;
    a.potential_revenue = 42_000_000.0;
    a.units = units();
    a.contacts = contacts();
    a.relationships = relationships();
    a.scores = scores([5, 5, 5, 4, 4, 3, 5, 4]);
    a.scores[0].evidence = "Our third largest customer in 2025 (18.4 MSEK)".into();
    a.scores[1].evidence = "Capex plan 2027-2029 lists 12 line upgrades across four plants".into();
    a.team = vec![
        TeamAssignment { member: MemberId(1), role: TeamRole::LeadAccountManager },
        TeamAssignment { member: MemberId(2), role: TeamRole::ExecutiveSponsor },
        TeamAssignment { member: MemberId(3), role: TeamRole::Mentor },
        TeamAssignment { member: MemberId(4), role: TeamRole::Sales },
        TeamAssignment { member: MemberId(5), role: TeamRole::Service },
        TeamAssignment { member: MemberId(6), role: TeamRole::Delivery },
        TeamAssignment { member: MemberId(7), role: TeamRole::Technical },
        TeamAssignment { member: MemberId(8), role: TeamRole::Sales },
    ];
    a.plan = main_plan();
    a.plan.penetration.sort_by_key(|c| (c.product, c.unit));
    a
}

/// name, industry, stage, revenue now and potential (M), scores, lead member.
type OtherAccount = (&'static str, &'static str, LifecycleStage, f64, f64, [u8; 8], u32);

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

fn cell(product: u32, unit: u32, state: CellState) -> PenetrationCell {
    PenetrationCell { product: ProductId(product), unit: UnitId(unit), state }
}

fn buying(v: f64) -> CellState {
    CellState::Buying { yearly_value: v * 1000.0 }
}

fn opportunity(v: f64, next: &str) -> CellState {
    CellState::Opportunity { value: v * 1000.0, next_step: next.into() }
}

fn competitor(name: &str) -> CellState {
    CellState::Competitor { name: name.into() }
}

#[expect(clippy::too_many_lines, reason = "the demo's plan, written out entry by entry")]
fn main_plan() -> Plan {
    let kpi = |year, kpi, target: Option<f64>, actual: Option<f64>| KpiFigure { year, kpi, target, actual };
    let activity = |title: &str, owner: u32, due, status| Activity {
        title: title.into(),
        owner: Some(MemberId(owner)),
        due,
        status,
    };
    let meeting = |kind, every_days, ours: &str, theirs: &str, agenda: &str, last_held| Meeting {
        kind,
        every_days,
        our_people: ours.into(),
        their_people: theirs.into(),
        agenda: agenda.into(),
        last_held,
    };
    Plan {
        overall_goal: "Become Nordvik's preferred automation and service partner across all four plants by 2029.".into(),
        strategy: "Grow from the Dairy, where we are trusted, into Bakeries and Frozen Foods; win the group automation standard; turn energy monitoring into a group-wide sustainability programme.".into(),
        success_factors: "A sponsor at group level (Per Ekström); proof from the Jönköping retrofit; IT security sign-off for remote support; a named contact in Frozen Foods.".into(),
        notes: "Frozen Foods is white space: nobody on our team knows Fredrik Lund.".into(),
        economics: vec![
            YearFigures { year: 2023, sales: 9_800_000_000.0, turnover: 9_950_000_000.0, profitability: 5.1 },
            YearFigures { year: 2024, sales: 10_400_000_000.0, turnover: 10_600_000_000.0, profitability: 5.8 },
            YearFigures { year: 2025, sales: 11_200_000_000.0, turnover: 11_350_000_000.0, profitability: 6.3 },
        ],
        offerings_and_markets: "Dairy products, bread and frozen ready meals for the Nordic retail market; growing private-label business in Germany.".into(),
        client_goals: "Cut energy use per tonne by 25 % by 2030 (CSRD); consolidate to three automation suppliers; one automation standard across plants.".into(),
        organisation: "Group functions in Gothenburg (procurement, IT, engineering); three operating companies with their own MDs; capex above 5 MSEK decided by the group CEO.".into(),
        sources: "Annual reports 2023-2025; capex plan 2027-2029 (shared by Rasmus Thomsen); LinkedIn; Tove Nilsson.".into(),
        agreements: vec![
            Agreement { kind: "Framework agreement".into(), title: "Automation framework, Nordvik Group".into(), start: d(2022, 2, 1), end: d(2027, 1, 31), value: 9_000_000.0 },
            Agreement { kind: "Service agreement".into(), title: "Preventive maintenance, Nordvik Dairy".into(), start: d(2024, 5, 1), end: d(2027, 4, 30), value: 3_200_000.0 },
            Agreement { kind: "Spare parts agreement".into(), title: "Critical spares stock, Jönköping".into(), start: d(2023, 1, 1), end: d(2026, 12, 31), value: 1_100_000.0 },
        ],
        purchases: "Line automation for four Dairy lines (2019-2024), the Jönköping retrofit (2024), service and spares for the Dairy, operator training.".into(),
        kpis: vec![
            kpi(2024, Kpi::Sales, Some(15_000_000.0), Some(16_100_000.0)),
            kpi(2025, Kpi::Sales, Some(18_000_000.0), Some(18_400_000.0)),
            kpi(2026, Kpi::Sales, Some(21_000_000.0), Some(17_900_000.0)),
            kpi(2024, Kpi::CustomerSatisfaction, Some(8.0), Some(7.6)),
            kpi(2025, Kpi::CustomerSatisfaction, Some(8.0), Some(8.3)),
            kpi(2025, Kpi::ServiceLevel, Some(97.0), Some(95.5)),
            kpi(2026, Kpi::ServiceLevel, Some(97.0), None),
            kpi(2025, Kpi::Profitability, Some(22.0), Some(19.5)),
        ],
        activities: vec![
            activity("Executive meeting: Erik Sandberg with Per Ekström on the 2027 capex plan", 2, d(2026, 12, 10), ActivityStatus::Planned),
            activity("Energy monitoring pilot proposal for Linnea Wallin", 7, d(2026, 10, 15), ActivityStatus::InProgress),
            activity("Security review of remote support with Nils Forsberg", 7, d(2026, 9, 30), ActivityStatus::Planned),
            activity("Find an introduction to Fredrik Lund (Frozen Foods)", 1, d(2026, 11, 30), ActivityStatus::InProgress),
            activity("Renew the group framework agreement", 1, d(2026, 12, 15), ActivityStatus::Planned),
            activity("Operator training for Bakeries Aarhus", 8, d(2026, 6, 1), ActivityStatus::Done),
        ],
        relationship_goals: vec![
            RelationshipGoal { contact: ContactId(7), target_stance: Stance::Neutral, target_coverage: 2, how: "Introduction through Gustav Berglund; site visit in Malmö".into() },
            RelationshipGoal { contact: ContactId(2), target_stance: Stance::Neutral, target_coverage: 2, how: "Total cost of ownership case from the Jönköping retrofit".into() },
            RelationshipGoal { contact: ContactId(8), target_stance: Stance::Neutral, target_coverage: 2, how: "Quarterly supplier review with Ole Christensen and Annika".into() },
            RelationshipGoal { contact: ContactId(1), target_stance: Stance::Supporter, target_coverage: 2, how: "Erik and Per meet Henrik together before the budget".into() },
        ],
        competitors: vec![
            Competitor { name: "Rheinwerk Automation".into(), strengths: "Low prices on drives; preferred by the Kolding maintenance team".into(), units: vec![UnitId(3), UnitId(7)] },
            Competitor { name: "NorthPeak Digital".into(), strengths: "Energy dashboards; friends with Group IT".into(), units: vec![UnitId(5)] },
        ],
        partners: vec![Partner { name: "Fjord Energy Advisors".into(), role: "Energy audits that lead into our monitoring".into() }],
        meetings: vec![
            meeting(MeetingKind::Internal, 30, "Whole account team", "—", "Plan follow-up, activities, map changes", d(2026, 10, 20)),
            meeting(MeetingKind::Strategic, 182, "Erik Sandberg, Karin Lindqvist", "Per Ekström, Tove Nilsson", "Group strategy, capex, partnership", d(2026, 3, 5)),
            meeting(MeetingKind::Tactical, 90, "Karin Lindqvist, Jonas Dahl", "Helena Sjöberg, Ole Christensen", "Projects, framework call-offs, pricing", d(2026, 9, 12)),
            meeting(MeetingKind::Operational, 30, "Sofie Madsen", "Anna Hedlund, Mette Larsen", "Service levels, spare parts, incidents", d(2026, 10, 28)),
        ],
        reviews: vec![
            Review {
                reviewer: "Margareta Holm".into(),
                comments: "Too dependent on the Dairy. Find a way into Frozen Foods before the 2027 budget.".into(),
                decisions: "Karin to map Frozen Foods; Erik to ask Per Ekström for the capex plan.".into(),
                ..Review::new(NaiveDate::from_ymd_opt(2025, 9, 18).unwrap_or_default(), None)
            },
            Review {
                reviewer: "Margareta Holm".into(),
                comments: "Good progress with Bakeries through Rasmus. Procurement is the risk: build a relationship with Annika Berg.".into(),
                decisions: "Erik and Karin meet Annika Berg before the summer; operator training in Aarhus by June.".into(),
                ..Review::new(NaiveDate::from_ymd_opt(2026, 3, 10).unwrap_or_default(), None)
            },
        ],
        referrals: vec![
            Referral { contact: ContactId(11), kind: ReferralKind::Testimonial, date: d(2025, 2, 14), what: "Retrofit case study and quote for our website".into() },
            Referral { contact: ContactId(12), kind: ReferralKind::Referral, date: d(2025, 11, 3), what: "Introduction to Birgitte Kjær, MD Bakeries".into() },
        ],
        penetration: vec![
            cell(1, 2, buying(6200.0)),
            cell(1, 3, opportunity(4500.0, "Quote for Aarhus line 3 in Q1")),
            cell(1, 6, opportunity(8000.0, "Meet Fredrik Lund")),
            cell(1, 7, competitor("Rheinwerk Automation")),
            cell(2, 2, buying(3800.0)),
            cell(2, 3, opportunity(2500.0, "Survey of the old oven lines")),
            cell(3, 2, opportunity(1200.0, "Pilot on two Dairy lines")),
            cell(3, 5, competitor("NorthPeak Digital")),
            cell(4, 1, opportunity(1800.0, "Pilot proposal to Linnea Wallin")),
            cell(4, 2, opportunity(600.0, "Include in pilot")),
            cell(5, 2, buying(3200.0)),
            cell(5, 3, buying(900.0)),
            cell(5, 7, competitor("Rheinwerk Automation")),
            cell(6, 2, buying(1100.0)),
            cell(6, 3, buying(400.0)),
            cell(7, 2, buying(350.0)),
            cell(7, 3, buying(180.0)),
            cell(8, 2, opportunity(700.0, "Safety assessment after retrofit")),
            cell(3, 4, CellState::NotRelevant),
            cell(7, 4, CellState::NotRelevant),
        ],
        // Found at the spring account workshop.
        opportunities: vec![
            found(1, 6, 8000.0, 4, "Meet Fredrik Lund"),
            found(4, 1, 1800.0, 7, "Pilot proposal to Linnea Wallin"),
            found(8, 2, 700.0, 5, "Safety assessment after retrofit"),
            found(3, 2, 1200.0, 7, "Pilot on two Dairy lines"),
        ],
    }
}

fn found(product: u32, unit: u32, value: f64, owner: u32, next: &str) -> Opportunity {
    Opportunity {
        product: ProductId(product),
        unit: UnitId(unit),
        value: value * 1000.0,
        owner: Some(MemberId(owner)),
        next_step: next.into(),
        found: d(2026, 5, 12),
    }
}

fn other_accounts() -> Vec<Account> {
    use LifecycleStage::{ContractNegotiation, Implementation, Operation, PreSale, Review};
    let rows: [OtherAccount; 11] = [
        ("Baltica Marine Engines", "Marine engineering", Operation, 12.1, 20.0, [4, 4, 4, 3, 5, 4, 4, 4], 1),
        ("Skarvik Paper", "Pulp and paper", Review, 9.6, 11.0, [4, 2, 3, 3, 3, 3, 3, 4], 4),
        ("Fjordlys Energy", "Utilities", ContractNegotiation, 2.3, 25.0, [2, 5, 4, 4, 4, 3, 5, 2], 2),
        ("Helsing Pharma", "Pharmaceuticals", Implementation, 7.8, 19.0, [3, 4, 4, 4, 5, 4, 4, 3], 9),
        ("Ostervik Logistics", "Logistics", Operation, 3.2, 4.0, [2, 2, 2, 2, 2, 3, 2, 3], 8),
        ("Tanner & Lund Brewery", "Beverages", Operation, 5.4, 8.0, [3, 3, 2, 3, 3, 4, 4, 4], 1),
        ("Kestrel Chemicals", "Chemicals", PreSale, 0.4, 14.0, [1, 4, 4, 3, 3, 0, 4, 1], 9),
        ("Varde Windworks", "Renewable energy", Implementation, 6.1, 15.0, [3, 4, 3, 4, 5, 2, 5, 3], 2),
        ("Lindholm Packaging", "Packaging", Operation, 4.0, 5.5, [3, 2, 2, 3, 2, 4, 3, 5], 4),
        ("Aurora Cold Storage", "Cold chain logistics", PreSale, 0.8, 6.0, [1, 3, 2, 3, 2, 3, 3, 2], 8),
        ("Gotland Mills", "Milling and grain", Review, 2.9, 3.5, [2, 1, 1, 2, 2, 3, 2, 4], 5),
    ];
    rows.iter()
        .enumerate()
        .map(|(i, (name, industry, stage, cur, pot, sc, lead))| {
            let mut a = Account::new(AccountId(i as u32 + 2), *name);
            a.industry = (*industry).into();
            a.lifecycle = *stage;
            a.current_revenue = cur * 1_000_000.0;
            a.potential_revenue = pot * 1_000_000.0;
            a.scores = scores(*sc);
            a.team = vec![TeamAssignment { member: MemberId(*lead), role: TeamRole::LeadAccountManager }];
            a
        })
        .collect()
}

/// The demo project's file text, exactly as `assets/demo.kam` must hold it
/// (`tests/demo_asset.rs` checks that it does).
/// The March 2026 review kept Nordvik as it stood then, so "What changed"
/// has something to say: Annika Berg was still an enemy, the newest contact
/// had not joined, Karin's first line was one weaker and the Aarhus
/// operator training was still planned.
fn march_review_keeps_the_account_as_it_stood(p: &mut Project) {
    let mut then = p.clone();
    let a = &mut then.accounts[0];
    if let Some(annika) = a.contacts.iter_mut().find(|c| c.name == "Annika Berg") {
        annika.stance = Stance::Enemy;
    }
    if let Some(newest) = a.contacts.iter().map(|c| c.id).max() {
        a.contacts.retain(|c| c.id != newest);
        a.relationships.retain(|r| r.from != PersonRef::Contact(newest) && r.to != PersonRef::Contact(newest));
    }
    if let Some(line) = a.relationships.iter_mut().find(|r| matches!(r.from, PersonRef::Member(_)) && r.strength > 1) {
        line.strength -= 1;
    }
    for activity in a.plan.activities.iter_mut().filter(|x| x.status == ActivityStatus::Done) {
        activity.status = ActivityStatus::Planned;
    }
    let march = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap_or_default();
    let kept = gambit::analysis::history::snapshot(&then, &then.accounts[0], march);
    if let Some(review) = p.accounts[0].plan.reviews.iter_mut().find(|r| r.date == march) {
        review.snapshot = Some(Box::new(kept));
    }
}

pub fn demo_text() -> String {
    let mut p = Project::new("Hallberg key accounts 2026");
    p.our_company = "Hallberg Industrial Systems".into();
    p.currency = "SEK".into();
    p.members = members();
    p.products = products();
    p.accounts = vec![main_account()];
    p.accounts.extend(other_accounts());
    // Helsing Pharma is strategically chosen despite its score.
    if let Some(a) = p.accounts.iter_mut().find(|a| a.name == "Helsing Pharma") {
        a.tier_override = Some(TierOverride {
            tier: TierId(1),
            reason: "Board decision: pharma is our 2027 growth market and Helsing is the reference we need".into(),
        });
    }
    march_review_keeps_the_account_as_it_stood(&mut p);
    kept_plans(&mut p.accounts);
    // The map needs no saved positions: each unit's people stand in its place.
    let problems = p.validate();
    assert!(problems.is_empty(), "demo has problems: {problems:#?}");
    gambit::file::to_string(&p).expect("serialise demo")
}

/// Two plans kept up to date beside Nordvik's stale one, so the portfolio
/// shows the mix real ones have: Baltica healthy, Skarvik needing
/// attention (its service agreement ends in seven weeks).
fn kept_plans(accounts: &mut [Account]) {
    let people = [
        ("Jan Kowalski", "Technical Director", Piece::King, "Engine Test Centre"),
        ("Agnieszka Nowak", "Test Cell Manager", Piece::Rook, "Engine Test Centre"),
    ];
    if let Some(a) = accounts.iter_mut().find(|a| a.name == "Baltica Marine Engines") {
        kept_plan(a, 1, people, None);
    }
    let people = [
        ("Tomas Wik", "Mill Manager", Piece::King, "Skarvik Mill"),
        ("Sara Hellström", "Maintenance Manager", Piece::Rook, "Skarvik Mill"),
    ];
    if let Some(a) = accounts.iter_mut().find(|a| a.name == "Skarvik Paper") {
        kept_plan(a, 4, people, day(0).and_then(|t| t.checked_add_days(Days::new(50))));
    }
}

/// A small plan with every section filled, reviewed a month ago, its two
/// key people met recently by the lead; an agreement ends on `ends`.
fn kept_plan(a: &mut Account, lead: u32, people: [(&str, &str, Piece, &str); 2], ends: Option<NaiveDate>) {
    a.units = vec![BusinessUnit {
        id: UnitId(1),
        name: people[0].3.into(),
        kind: UnitKind::Location,
        parent: None,
        location: String::new(),
    }];
    for (i, (name, title, piece, _)) in people.iter().enumerate() {
        let id = ContactId(i as u32 + 1);
        let mut c = Contact::new(id, *name);
        c.title = (*title).into();
        c.unit = Some(UnitId(1));
        c.piece = *piece;
        c.level = if i == 0 { Level::Executive } else { Level::MiddleManagement };
        c.stance = Stance::Supporter;
        c.influence = 4;
        a.contacts.push(c);
        let mut line = Relationship::new_line(
            RelationshipId(i as u32 + 1),
            m(lead),
            PersonRef::Contact(id),
            gambit::demo::written_on(),
        );
        line.strength = 4;
        line.last_contact = day(10 + 15 * i as u64);
        a.relationships.push(line);
    }
    let plan = &mut a.plan;
    plan.overall_goal = "Stay their first choice for automation and service, and grow service each year.".into();
    plan.economics =
        vec![YearFigures { year: 2025, sales: 2_400_000_000.0, turnover: 2_450_000_000.0, profitability: 7.2 }];
    plan.kpis = vec![KpiFigure { year: 2026, kpi: Kpi::Sales, target: Some(a.current_revenue), actual: None }];
    plan.activities = vec![Activity {
        title: "Service report and next year's maintenance plan".into(),
        owner: Some(MemberId(lead)),
        due: day(0).and_then(|t| t.checked_add_days(Days::new(40))),
        status: ActivityStatus::InProgress,
    }];
    plan.relationship_goals = vec![RelationshipGoal {
        contact: ContactId(1),
        target_stance: Stance::Supporter,
        target_coverage: 2,
        how: "Bring our service manager to the next review".into(),
    }];
    plan.meetings = vec![Meeting {
        kind: MeetingKind::Tactical,
        every_days: 90,
        our_people: String::new(),
        their_people: String::new(),
        agenda: "Projects, service levels, spare parts".into(),
        last_held: day(20),
    }];
    plan.penetration = vec![cell(5, 1, buying(a.current_revenue / 2000.0))];
    plan.agreements = vec![Agreement {
        kind: "Service agreement".into(),
        title: "Preventive maintenance".into(),
        start: d(2024, 1, 1),
        end: ends.or(d(2028, 12, 31)),
        value: a.current_revenue / 4.0,
    }];
    plan.reviews = vec![Review { reviewer: "Margareta Holm".into(), ..Review::new(day(30).unwrap_or_default(), None) }];
}

fn main() {
    std::fs::write("assets/demo.kam", demo_text()).expect("write assets/demo.kam");
    println!("wrote assets/demo.kam");
}
