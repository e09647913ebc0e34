//! Property: for generated projects, save -> load gives back an equal project.

mod common;

use chrono::NaiveDate;
use gambit::model::*;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    // Any Unicode, including quotes, backslashes, newlines and RON syntax.
    proptest::string::string_regex("[\\PC\\n\\t\"\\\\(),:\\[\\]]{0,24}").expect("regex")
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

fn contact(id: u32) -> impl Strategy<Value = Contact> {
    (
        text(),
        text(),
        pick(Level::ALL),
        pick(Piece::ALL),
        pick(Stance::ALL),
        1u8..=5,
        pick(PoliticalStatus::ALL),
        text(),
        any::<bool>(),
        proptest::option::of(1u32..4),
        departure(),
    )
        .prop_map(
            move |(name, title, level, piece, stance, influence, political, evidence, has_left, unit, gone)| {
                let (left_on, successor, earlier_roles) = gone;
                let on = NaiveDate::from_ymd_opt(2026, 1, 2).expect("day");
                let assessed = (influence > 3).then(|| Assessed { on, by: evidence.clone() });
                Contact {
                    id: ContactId(id),
                    name,
                    title,
                    unit: unit.map(UnitId),
                    email: format!("person{id}@client.example"),
                    phone: String::new(),
                    level,
                    piece,
                    stance,
                    influence,
                    political,
                    evidence,
                    notes: String::new(),
                    has_left,
                    left_on,
                    successor,
                    earlier_roles,
                    assessed,
                }
            },
        )
}

fn day() -> impl Strategy<Value = NaiveDate> {
    (0i64..20_000).prop_map(|d| NaiveDate::from_ymd_opt(1990, 1, 1).expect("day") + chrono::Duration::days(d))
}

/// The day someone left, who took over, and their earlier roles.
fn departure() -> impl Strategy<Value = (Option<NaiveDate>, Option<ContactId>, Vec<EarlierRole>)> {
    let role = (day(), text(), pick(Level::ALL), proptest::option::of(1u32..4))
        .prop_map(|(until, title, level, unit)| EarlierRole { until, title, level, unit: unit.map(UnitId) });
    (
        proptest::option::of(day()),
        proptest::option::of((1u32..6).prop_map(ContactId)),
        proptest::collection::vec(role, 0..3),
    )
}

fn relationship(id: u32, people: u32) -> impl Strategy<Value = Relationship> {
    (1..=people, 1..=people, any::<bool>(), pick(RelKind::ALL), 1u8..=5, proptest::option::of(0i64..20_000), text())
        .prop_map(move |(a, b, member, kind, strength, days, note)| Relationship {
            id: RelationshipId(id),
            from: if member { PersonRef::Member(MemberId(a)) } else { PersonRef::Contact(ContactId(a)) },
            to: PersonRef::Contact(ContactId(b)),
            kind,
            strength,
            last_contact: days.and_then(|d| {
                NaiveDate::from_ymd_opt(1990, 1, 1).and_then(|x| x.checked_add_signed(chrono::Duration::days(d)))
            }),
            note,
        })
}

fn account(id: u32) -> impl Strategy<Value = Account> {
    let contacts = (0u32..6).prop_flat_map(|n| (1..=n).map(contact).collect::<Vec<_>>());
    let rels = (0u32..6).prop_flat_map(|n| (1..=n).map(|i| relationship(i, 5)).collect::<Vec<_>>());
    (
        text(),
        text(),
        pick(LifecycleStage::ALL),
        0.0f64..1e9,
        contacts,
        rels,
        proptest::option::of(text()),
        proptest::collection::vec(1u8..=5, 0..4),
    )
        .prop_map(move |(name, industry, lifecycle, revenue, contacts, relationships, reason, scores)| {
            let mut a = Account::new(AccountId(id), name);
            a.industry = industry;
            a.lifecycle = lifecycle;
            a.current_revenue = revenue;
            a.potential_revenue = revenue * 2.0;
            a.contacts = contacts;
            a.relationships = relationships;
            a.tier_override = reason.map(|reason| TierOverride { tier: TierId(1), reason });
            a.scores = scores
                .into_iter()
                .enumerate()
                .map(|(i, value)| CriterionScore {
                    criterion: CriterionId(i as u32 + 1),
                    value,
                    evidence: String::new(),
                })
                .collect();
            a.units = vec![BusinessUnit {
                id: UnitId(1),
                name: "HQ".into(),
                kind: UnitKind::GroupCompany,
                parent: None,
                location: String::new(),
            }];
            a.plan.strategy = "grow".into();
            for (i, c) in a.contacts.iter().enumerate() {
                let pos =
                    MapPos { x: revenue as f32 / 1e6 + i as f32 * 13.5, y: -(i as f32) * 7.25, pinned: i % 2 == 0 };
                a.map.positions.insert(PersonRef::Contact(c.id), pos);
            }
            if id.is_multiple_of(2) {
                a.map.layout = MapLayout::Board;
            }
            a
        })
}

fn project() -> impl Strategy<Value = Project> {
    let accounts = (0u32..4).prop_flat_map(|n| (1..=n).map(account).collect::<Vec<_>>());
    (text(), text(), accounts, proptest::collection::vec(0.0f64..100.0, 8)).prop_map(
        |(name, company, accounts, weights)| {
            let mut p = Project::new(name);
            p.our_company = company;
            p.members = (1..=5)
                .map(|i| Member {
                    id: MemberId(i),
                    name: format!("M{i}"),
                    title: String::new(),
                    email: String::new(),
                    skills: String::new(),
                })
                .collect();
            for (c, w) in p.scoring.criteria.iter_mut().zip(weights) {
                c.weight = w;
            }
            p.accounts = accounts;
            p
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn save_then_load_gives_the_same_project(p in project()) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("p.kam");
        gambit::file::save(&p, &path).expect("save");
        let back = gambit::file::load(&path).expect("load");
        prop_assert_eq!(back, p);
    }

    #[test]
    fn full_projects_save_and_load_back_exactly(seed in any::<u64>()) {
        // Every part filled in: the whole plan, team, scores, positions.
        let p = common::project(seed);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("p.kam");
        gambit::file::save(&p, &path).expect("save");
        prop_assert_eq!(gambit::file::load(&path).expect("load"), p);
    }

    #[test]
    fn validate_never_panics_and_commands_undo_exactly(p in project(), victim in 1u32..6) {
        let _ = p.validate();
        let mut doc = gambit::command::Document::new(p.clone(), None);
        if let Some(a) = p.accounts.first()
            && doc.apply(gambit::command::Command::DeleteContact(a.id, ContactId(victim))).is_ok() {
                prop_assert!(doc.undo());
                prop_assert_eq!(doc.project(), &p);
            }
    }
}
