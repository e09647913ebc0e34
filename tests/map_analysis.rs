//! The map's analysis and placement, from the model alone: coverage, warm
//! paths, the board, and the force layout's determinism.

use gambit::analysis::coverage::coverage;
use gambit::analysis::path::warm_path;
use gambit::layout::board::{self, SLOT_HEIGHT};
use gambit::layout::{places::SLOT_Y, settled_positions};
use gambit::model::*;

fn demo() -> Project {
    gambit::demo::demo_project().expect("demo")
}

fn id_of(a: &Account, name: &str) -> ContactId {
    a.contacts.iter().find(|c| c.name == name).map(|c| c.id).expect(name)
}

fn line(id: u32, from: PersonRef, to: PersonRef, kind: RelKind, strength: u8) -> Relationship {
    Relationship { id: RelationshipId(id), from, to, kind, strength, last_contact: None, note: String::new() }
}

#[test]
fn coverage_flags_uncovered_key_people_and_single_threads() {
    let p = demo();
    let a = &p.accounts[0];
    let cov = coverage(a);
    let fredrik = id_of(a, "Fredrik Lund");
    let henrik = id_of(a, "Henrik Åberg");
    let annika = id_of(a, "Annika Berg");
    assert!(cov.is_uncovered_key(fredrik), "a King nobody on our team knows");
    assert!(!cov.is_uncovered_key(henrik), "Erik knows Henrik with strength 3");
    assert!(cov.is_uncovered_key(annika), "only a strength-2 line from Karin");
    assert!(cov.is_single_threaded(annika), "only Karin knows Annika");
    let stefan = id_of(a, "Stefan Åkesson");
    assert!(!cov.is_single_threaded(stefan), "people who left are not flagged");
}

#[test]
fn a_conflict_is_not_coverage() {
    let mut a = Account::new(AccountId(1), "A");
    let mut king = Contact::new(ContactId(1), "King");
    king.piece = Piece::King;
    a.contacts.push(king);
    let (m, k) = (PersonRef::Member(MemberId(1)), PersonRef::Contact(ContactId(1)));
    a.relationships.push(line(1, m, k, RelKind::Conflict, 5));
    assert!(coverage(&a).is_uncovered_key(ContactId(1)));
    a.relationships.push(line(2, k, m, RelKind::Knows, 3));
    let cov = coverage(&a);
    assert!(!cov.is_uncovered_key(ContactId(1)), "a line either way counts");
    assert_eq!(cov.contacts[&ContactId(1)].members, vec![(MemberId(1), 3)]);
}

#[test]
fn warm_path_prefers_strong_lines_and_avoids_conflicts_and_leavers() {
    let mut p = Project::new("t");
    p.members = vec![Member {
        id: MemberId(1),
        name: "Us".into(),
        title: String::new(),
        email: String::new(),
        skills: String::new(),
    }];
    let mut a = Account::new(AccountId(1), "A");
    for i in 1..=4 {
        a.contacts.push(Contact::new(ContactId(i), format!("C{i}")));
    }
    let us = PersonRef::Member(MemberId(1));
    let c = |i| PersonRef::Contact(ContactId(i));
    // Short but weak: us -1- C4.  Longer but strong: us -5- C1 -5- C4.
    a.relationships = vec![
        line(1, us, c(4), RelKind::Knows, 1),
        line(2, us, c(1), RelKind::Knows, 5),
        line(3, c(1), c(4), RelKind::Influences, 5),
    ];
    p.accounts.push(a.clone());
    let path = warm_path(&p, &a, c(4)).expect("path");
    assert_eq!(path.people, vec![us, c(1), c(4)]);
    assert_eq!(path.lines, vec![RelationshipId(2), RelationshipId(3)]);
    assert_eq!(path.cost, 2);

    // A conflict is never a way in; someone who left cannot introduce us.
    a.relationships = vec![
        line(1, us, c(2), RelKind::Conflict, 5),
        line(2, us, c(3), RelKind::Knows, 4),
        line(3, c(3), c(2), RelKind::Knows, 4),
    ];
    a.contacts[2].has_left = true;
    assert!(warm_path(&p, &a, c(2)).is_none());
    a.contacts[2].has_left = false;
    assert_eq!(warm_path(&p, &a, c(2)).expect("via C3").people, vec![us, c(3), c(2)]);
}

#[test]
fn demo_has_a_warm_path_to_its_uncovered_king() {
    let p = demo();
    let a = &p.accounts[0];
    let fredrik = PersonRef::Contact(id_of(a, "Fredrik Lund"));
    let path = warm_path(&p, a, fredrik).expect("someone can introduce us");
    assert!(matches!(path.people[0], PersonRef::Member(_)));
    assert_eq!(*path.people.last().expect("target"), fredrik);
    assert_eq!(path.people.len(), path.lines.len() + 1);
}

#[test]
fn board_puts_levels_in_ranks_units_in_files_and_our_team_below() {
    let p = demo();
    let a = &p.accounts[0];
    let team = gambit::analysis::team_on_map(&p, a);
    let b = board::place(a, &team);
    assert_eq!(b.ranks.len(), Level::ALL.len() + 1);
    assert_eq!(b.files.len(), a.units.len());
    for c in &a.contacts {
        let pos = b.positions[&PersonRef::Contact(c.id)];
        let rank = &b.ranks[Level::ALL.iter().position(|l| *l == c.level).expect("level")];
        assert!(pos.y > rank.start && pos.y < rank.end, "{} is in the rank of {:?}", c.name, c.level);
        let unit = a.units.iter().position(|u| Some(u.id) == c.unit).expect("unit");
        let file = &b.files[unit];
        assert!(pos.x > file.start && pos.x < file.end, "{} is in the file of their unit", c.name);
    }
    let team_rank = b.ranks.last().expect("team rank");
    for m in &team {
        let pos = b.positions[&PersonRef::Member(*m)];
        assert!(pos.y > team_rank.start && pos.y < team_rank.end);
    }
    // Nobody shares a spot: people in one square sit a slot apart.
    let all: Vec<_> = b.positions.values().collect();
    for (i, x) in all.iter().enumerate() {
        for y in &all[i + 1..] {
            assert!(x.distance(**y) >= SLOT_HEIGHT.min(board::SLOT_WIDTH) - 0.01);
        }
    }
}

#[test]
fn board_has_a_file_for_people_without_a_unit() {
    let mut a = Account::new(AccountId(1), "A");
    a.contacts.push(Contact::new(ContactId(1), "Nomad"));
    let b = board::place(&a, &[]);
    assert_eq!(b.files.len(), 1);
    assert_eq!(b.files[0].label, "No business unit");
}

#[test]
fn the_layout_is_deterministic_and_keeps_pins() {
    let mut p = demo();
    let first = settled_positions(&p, &p.accounts[0], false);
    assert_eq!(first, settled_positions(&p, &p.accounts[0], false), "same project, same map");
    // Someone pinned stays where the user put them; Re-layout lets them go.
    let henrik = PersonRef::Contact(ContactId(1));
    let pin = MapPos { x: 5000.0, y: -4000.0, pinned: true };
    p.accounts[0].map.positions.insert(henrik, pin);
    assert_eq!(settled_positions(&p, &p.accounts[0], false)[&henrik], pin);
    let let_go = settled_positions(&p, &p.accounts[0], true);
    assert_eq!(let_go[&henrik], MapPos { pinned: false, ..first[&henrik] }, "back in his unit's place");
    // A saved position that is not pinned does not hold anyone: the units' places do.
    p.accounts[0].map.positions.insert(henrik, MapPos { pinned: false, ..pin });
    assert_eq!(settled_positions(&p, &p.accounts[0], false)[&henrik], first[&henrik]);
}

#[test]
fn people_stand_a_row_apart_and_inside_their_units_place() {
    let p = demo();
    let a = &p.accounts[0];
    let places = gambit::layout::account_places(&p, a, false);
    let pts: Vec<_> = places.people.values().collect();
    for (i, x) in pts.iter().enumerate() {
        for y in &pts[i + 1..] {
            assert!(x.distance(**y) >= SLOT_Y * 0.99, "two people {:.0} apart", x.distance(**y));
        }
    }
    for c in a.contacts.iter().filter(|c| c.unit.is_some()) {
        let (disc, _) = places.units[&c.unit.expect("unit")];
        assert!(places.people[&PersonRef::Contact(c.id)].distance(disc.centre) < disc.radius, "{}", c.name);
    }
    // The King stands in the middle of his unit's people.
    let king = a.contacts.iter().find(|c| c.piece == Piece::King).expect("a King");
    let (disc, _) = places.units[&king.unit.expect("unit")];
    let mates = a.contacts.iter().filter(|c| c.unit == king.unit);
    let nearest =
        mates.map(|c| places.people[&PersonRef::Contact(c.id)].distance(disc.centre)).fold(f32::MAX, f32::min);
    assert_eq!(places.people[&PersonRef::Contact(king.id)].distance(disc.centre), nearest);
}

#[test]
fn filters_show_only_matching_people() {
    use gambit::app::views::map::Filters;
    let p = demo();
    let a = &p.accounts[0];
    let f = Filters { level: Some(Level::Board), ..Filters::default() };
    let shown = f.visible_people(&p, a);
    let contacts: Vec<_> = shown.iter().filter(|x| matches!(x, PersonRef::Contact(_))).collect();
    assert_eq!(contacts.len(), a.contacts.iter().filter(|c| c.level == Level::Board).count());
    let karin = Filters { member: Some(MemberId(1)), ..Filters::default() };
    let shown = karin.visible_people(&p, a);
    assert!(shown.contains(&PersonRef::Member(MemberId(1))));
    assert!(!shown.contains(&PersonRef::Member(MemberId(2))));
    assert!(shown.contains(&PersonRef::Contact(id_of(a, "Tove Nilsson"))));
    assert!(!shown.contains(&PersonRef::Contact(id_of(a, "Fredrik Lund"))));
}

#[test]
fn a_person_given_another_unit_goes_to_its_place_in_one_undo_step() {
    use gambit::command::{Command, Document};
    let mut p = demo();
    let a = &p.accounts[0];
    let mats = id_of(a, "Mats Olander");
    let other = a.units.iter().find(|u| Some(u.id) != a.contact(mats).and_then(|c| c.unit)).expect("another unit").id;
    // Pinned where the user dragged him.
    let pin = MapPos { x: 9_000.0, y: 9_000.0, pinned: true };
    p.accounts[0].map.positions.insert(PersonRef::Contact(mats), pin);
    let account = p.accounts[0].id;
    let mut doc = Document::new(p, None);
    let mut moved = doc.project().accounts[0].contact(mats).expect("Mats").clone();
    moved.unit = Some(other);
    doc.apply(Command::PutContact(account, moved)).expect("applies");
    let a = &doc.project().accounts[0];
    assert!(!a.map.positions.contains_key(&PersonRef::Contact(mats)), "the pin is let go");
    let places = gambit::layout::account_places(doc.project(), a, false);
    let (disc, _) = places.units[&other];
    assert!(places.people[&PersonRef::Contact(mats)].distance(disc.centre) < disc.radius, "he stands in his new unit");
    assert!(doc.undo(), "one step");
    let a = &doc.project().accounts[0];
    assert_ne!(a.contact(mats).and_then(|c| c.unit), Some(other));
    assert_eq!(a.map.positions.get(&PersonRef::Contact(mats)), Some(&pin), "and the pin is back");
}
