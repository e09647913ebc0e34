//! Filters: show only some people and kinds of line.

use crate::analysis::{path::contacts_of, people_on_map};
use crate::i18n::tr;
use crate::model::{Account, Contact, Level, MemberId, PersonRef, Piece, Project, RelKind, Stance, UnitId};
use std::collections::BTreeSet;

/// Which business unit to show; `NoUnit` is contacts without one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnitFilter {
    Unit(UnitId),
    NoUnit,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filters {
    pub unit: Option<UnitFilter>,
    pub level: Option<Level>,
    pub stance: Option<Stance>,
    pub piece: Option<Piece>,
    /// Only this member and the people they have lines to.
    pub member: Option<MemberId>,
    /// Kinds of line hidden.
    pub hidden_kinds: BTreeSet<RelKind>,
    /// Only the key pieces (Kings, Queens, Rooks) and our team.
    pub key_only: bool,
}

impl Filters {
    pub fn is_active(&self) -> bool {
        *self != Self::default()
    }

    pub fn shows_kind(&self, kind: RelKind) -> bool {
        !self.hidden_kinds.contains(&kind)
    }

    fn shows_contact(&self, account: &Account, c: &Contact) -> bool {
        let unit_ok = match self.unit {
            None => true,
            Some(UnitFilter::Unit(u)) => c.unit == Some(u),
            Some(UnitFilter::NoUnit) => c.unit.is_none_or(|u| account.unit(u).is_none()),
        };
        unit_ok
            && self.level.is_none_or(|l| c.level == l)
            && self.stance.is_none_or(|s| c.stance == s)
            && self.piece.is_none_or(|p| c.piece == p)
            && (!self.key_only || c.piece.is_key())
    }

    /// The people to draw, in a stable order.
    pub fn visible_people(&self, project: &Project, account: &Account) -> Vec<PersonRef> {
        let known: Option<BTreeSet<PersonRef>> = self.member.map(|m| {
            let me = PersonRef::Member(m);
            contacts_of(account, me).into_iter().chain(std::iter::once(me)).collect()
        });
        people_on_map(project, account)
            .into_iter()
            .filter(|p| known.as_ref().is_none_or(|k| k.contains(p)))
            .filter(|p| match p {
                PersonRef::Contact(id) => account.contact(*id).is_some_and(|c| self.shows_contact(account, c)),
                PersonRef::Member(_) => true,
            })
            .collect()
    }
}

/// The filter menu. Returns true when a filter changed.
pub fn filter_menu(ui: &mut egui::Ui, f: &mut Filters, project: &Project, account: &Account) -> bool {
    let before = f.clone();
    egui::Grid::new("map_filters").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        let unit_name = |u: Option<UnitFilter>| match u {
            None => tr("map-all"),
            Some(UnitFilter::NoUnit) => tr("map-business-unit-2"),
            Some(UnitFilter::Unit(id)) => account.unit(id).map_or_else(|| id.to_string(), |u| u.name.clone()),
        };
        let units: Vec<Option<UnitFilter>> = std::iter::once(None)
            .chain(account.units.iter().map(|u| Some(UnitFilter::Unit(u.id))))
            .chain(std::iter::once(Some(UnitFilter::NoUnit)))
            .collect();
        combo(ui, "map-business-unit", &mut f.unit, &units, unit_name);
        let levels: Vec<Option<Level>> = std::iter::once(None).chain(Level::ALL.iter().copied().map(Some)).collect();
        combo(ui, "field-level", &mut f.level, &levels, |l| l.map_or_else(|| tr("map-all"), |l| l.label()));
        let stances: Vec<Option<Stance>> = std::iter::once(None).chain(Stance::ALL.iter().copied().map(Some)).collect();
        combo(ui, "field-stance", &mut f.stance, &stances, |s| s.map_or_else(|| tr("map-all"), |s| s.label()));
        let pieces: Vec<Option<Piece>> = std::iter::once(None).chain(Piece::ALL.iter().copied().map(Some)).collect();
        combo(ui, "field-piece", &mut f.piece, &pieces, |p| p.map_or_else(|| tr("map-all"), |p| p.label()));
        let members: Vec<Option<MemberId>> =
            std::iter::once(None).chain(crate::analysis::team_on_map(project, account).into_iter().map(Some)).collect();
        combo(ui, "map-team-member", &mut f.member, &members, |m| {
            m.and_then(|m| project.member(m)).map_or_else(|| tr("map-all"), |m| m.name.clone())
        });
    });
    ui.label(tr("map-relationship-kinds"));
    for kind in RelKind::ALL {
        let mut shown = f.shows_kind(*kind);
        if ui.checkbox(&mut shown, kind.label()).changed() {
            if shown {
                f.hidden_kinds.remove(kind);
            } else {
                f.hidden_kinds.insert(*kind);
            }
        }
    }
    if ui
        .add_enabled(f.is_active(), egui::Button::new(tr("map-clear-filters")))
        .on_hover_text(tr("map-show-everyone-again"))
        .clicked()
    {
        *f = Filters::default();
    }
    *f != before
}

fn combo<T: Copy + PartialEq>(ui: &mut egui::Ui, label: &str, value: &mut T, all: &[T], text: impl Fn(T) -> String) {
    let l = ui.label(tr(label));
    egui::ComboBox::from_id_salt(("map_filter", label))
        .selected_text(text(*value))
        .show_ui(ui, |ui| {
            for v in all {
                ui.selectable_value(value, *v, text(*v));
            }
        })
        .response
        .labelled_by(l.id);
    ui.end_row();
}
