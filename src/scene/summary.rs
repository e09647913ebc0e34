//! What a folded board square says instead of its people: its head count
//! and key pieces, and whether a key person there nobody covers.

use crate::analysis::coverage::Coverage;
use crate::model::{Account, Contact, PersonRef, Piece};

/// What a folded board square says: in full, in short for a narrow tile
/// (head count, key pieces below), and whether a key person there is uncovered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub text: String,
    pub compact: String,
    pub alarm: bool,
}

/// "24 people" with its key pieces ("K1 Q2" below; in short "24" with one
/// piece a line), and the alarm when a key person there is uncovered.
pub fn board_summary(account: &Account, cov: &Coverage, people: &[PersonRef]) -> Summary {
    let contacts: Vec<&Contact> =
        people.iter().filter_map(|p| if let PersonRef::Contact(c) = p { account.contact(*c) } else { None }).collect();
    let keys: Vec<String> = [Piece::King, Piece::Queen, Piece::Rook]
        .into_iter()
        .filter_map(|piece| {
            let n = contacts.iter().filter(|c| c.piece == piece).count();
            (n > 0).then(|| format!("{}{n}", piece.letter()))
        })
        .collect();
    let alarm = contacts.iter().any(|c| cov.is_uncovered_key(c.id));
    let mut text = crate::t!("map-people-count", people = people.len());
    let mut compact = people.len().to_string();
    if !keys.is_empty() {
        text = format!("{text}\n{}", keys.join(" "));
        compact = format!("{compact}\n{}", keys.join("\n"));
    }
    Summary { text, compact, alarm }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AccountId, ContactId};

    fn square(pieces: &[Piece]) -> (Account, Vec<PersonRef>) {
        let mut a = Account::new(AccountId(1), "A");
        for (i, piece) in pieces.iter().enumerate() {
            let mut c = Contact::new(ContactId(u32::try_from(i).expect("few") + 1), format!("P{i}"));
            c.piece = *piece;
            a.contacts.push(c);
        }
        let people = a.contacts.iter().map(|c| PersonRef::Contact(c.id)).collect();
        (a, people)
    }

    #[test]
    fn a_square_of_pawns_says_its_head_count_only() {
        crate::i18n::set_language(crate::i18n::Language::English);
        let (a, people) = square(&[Piece::Pawn; 24]);
        let s = board_summary(&a, &Coverage::default(), &people);
        assert_eq!((s.text.as_str(), s.compact.as_str(), s.alarm), ("24 people", "24", false));
    }

    #[test]
    fn key_pieces_are_counted_king_first() {
        crate::i18n::set_language(crate::i18n::Language::English);
        let (a, people) = square(&[Piece::Rook, Piece::Pawn, Piece::Queen, Piece::Rook, Piece::King, Piece::Bishop]);
        let s = board_summary(&a, &Coverage::default(), &people);
        assert_eq!(s.text, "6 people\nK1 Q1 R2", "King, Queen, Rook in that order; bishops and pawns are not key");
        assert_eq!(s.compact, "6\nK1\nQ1\nR2", "in short, one piece a line under the count");
    }

    #[test]
    fn an_uncovered_key_person_raises_the_alarm() {
        let (a, people) = square(&[Piece::King, Piece::Pawn]);
        let cov = crate::analysis::coverage::coverage(&a);
        assert!(cov.is_uncovered_key(ContactId(1)), "a King nobody knows is uncovered");
        assert!(board_summary(&a, &cov, &people).alarm, "the square shows it");
        assert!(!board_summary(&a, &cov, &people[1..]).alarm, "a pawn alone raises none");
    }
}
