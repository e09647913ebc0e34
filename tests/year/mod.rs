//! A scripted year of one account (January, May, October), made by
//! commands as the app makes them: people join and leave, stances shift,
//! lines come and go. Shared by the history and timeline tests.
#![allow(dead_code, reason = "each test binary uses some of these")]

use gambit::command::{Command, Document, NewIds};
use gambit::model::*;

pub fn day(m: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, m, 1).expect("date")
}

pub const A: AccountId = AccountId(1);
pub const ANN: ContactId = ContactId(1);
pub const BO: ContactId = ContactId(2);
pub const CY: ContactId = ContactId(3);
pub const KARIN: MemberId = MemberId(1);

pub fn contact(id: ContactId, name: &str, piece: Piece, stance: Stance) -> Contact {
    let mut c = Contact::new(id, name);
    c.piece = piece;
    c.stance = stance;
    c.title = "Manager".into();
    c
}

pub fn line(id: u32, to: ContactId, strength: u8) -> Relationship {
    let mut l = Relationship::new_line(RelationshipId(id), PersonRef::Member(KARIN), PersonRef::Contact(to), day(1));
    l.strength = strength;
    l
}

/// January: Ann (King, neutral) and Bo (Queen, supporter) are covered by
/// Karin; Cy is a pawn nobody knows.
pub fn january() -> Project {
    let mut p = Project::new("Year");
    p.members.push(Member {
        id: KARIN,
        name: "Karin Lund".into(),
        title: String::new(),
        email: String::new(),
        skills: String::new(),
    });
    let mut a = Account::new(A, "Nordvik");
    a.contacts = vec![
        contact(ANN, "Ann Ek", Piece::King, Stance::Neutral),
        contact(BO, "Bo Berg", Piece::Queen, Stance::Supporter),
        contact(CY, "Cy Dahl", Piece::Pawn, Stance::Unknown),
    ];
    a.relationships = vec![line(1, ANN, 4), line(2, BO, 3)];
    a.team = vec![TeamAssignment { member: KARIN, role: TeamRole::LeadAccountManager }];
    p.accounts.push(a);
    p
}

/// The year as three points, each made by commands (as the app makes them).
pub fn the_year() -> (Project, Project, Project) {
    gambit::i18n::set_language(gambit::i18n::Language::English);
    let jan = january();
    let mut doc = Document::new(jan.clone(), None);
    // By May: Ann turned against us, Dee joined, Karin's line to Bo weakened, Cy was promoted.
    let mut ann = jan.accounts[0].contacts[0].clone();
    ann.stance = Stance::Enemy;
    doc.apply(Command::PutContact(A, ann)).expect("ann");
    let dee = NewIds::new(doc.project(), None).contact(A);
    doc.apply(Command::PutContact(A, contact(dee, "Dee Falk", Piece::Rook, Stance::Supporter))).expect("dee");
    doc.apply(Command::PutRelationship(A, line(2, BO, 2))).expect("bo");
    let mut cy = jan.accounts[0].contacts[2].clone();
    cy.title = "Director".into();
    doc.apply(Command::PutContact(A, cy)).expect("cy");
    let may = doc.project().clone();
    // By October: Bo left, Ann came round, Karin met Dee.
    let mut bo = may.accounts[0].contact(BO).expect("bo").clone();
    bo.has_left = true;
    doc.apply(Command::PutContact(A, bo)).expect("bo left");
    let mut ann = may.accounts[0].contact(ANN).expect("ann").clone();
    ann.stance = Stance::Neutral;
    doc.apply(Command::PutContact(A, ann)).expect("ann");
    let id = NewIds::new(doc.project(), None).line(A);
    doc.apply(Command::PutRelationship(A, line(id.0, dee, 4))).expect("dee line");
    (jan, may, doc.project().clone())
}
