//! Presentation mode for workshops: the map alone, large type, a projector
//! theme, and a spotlight that steps through our team or the client's key
//! pieces with the arrow keys.

use super::MapView;
use super::graph::Emphasis;
use crate::analysis::coverage::Coverage;
use crate::app::views::ViewCtx;
use crate::i18n::tr;
use crate::model::{Account, PersonRef, Project, RelationshipId};
use egui::{Align2, FontId, Key, Vec2};
use std::collections::{BTreeMap, BTreeSet};

/// Labels are this much larger on a projector.
pub const PRESENT_LABEL_SCALE: f32 = 1.7;

/// What the spotlight steps through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpotlightKind {
    /// Our team members, one by one: each one's relationships lit.
    Team,
    /// The client's Kings, Queens and Rooks: who covers each, and how strongly.
    KeyPieces,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spotlight {
    pub kind: SpotlightKind,
    pub index: usize,
}

/// The people the spotlight steps through, in a stable order.
pub fn stops(project: &Project, account: &Account, kind: SpotlightKind) -> Vec<PersonRef> {
    match kind {
        SpotlightKind::Team => {
            crate::analysis::team_on_map(project, account).into_iter().map(PersonRef::Member).collect()
        }
        SpotlightKind::KeyPieces => {
            let mut key: Vec<_> = account.contacts.iter().filter(|c| c.piece.is_key() && !c.has_left).collect();
            key.sort_by(|a, b| a.piece.cmp(&b.piece).then(b.influence.cmp(&a.influence)).then(a.name.cmp(&b.name)));
            key.into_iter().map(|c| PersonRef::Contact(c.id)).collect()
        }
    }
}

impl MapView {
    /// The person in the spotlight, if any.
    pub fn spotlit(&self, project: &Project, account: &Account) -> Option<PersonRef> {
        let s = self.spotlight?;
        stops(project, account, s.kind).get(s.index).copied()
    }

    /// Arrow keys step the spotlight; Shift+arrows pan; K switches between
    /// our team and their key pieces; 0 turns the spotlight off.
    pub(super) fn presentation_keys(&mut self, ui: &mut egui::Ui, project: &Project, account: &Account) {
        if ui.ctx().text_edit_focused() {
            return;
        }
        let (next, prev, switch, off) = ui.input(|i| {
            let plain = !i.modifiers.shift && !i.modifiers.command;
            (
                plain && (i.key_pressed(Key::ArrowRight) || i.key_pressed(Key::ArrowDown)),
                plain && (i.key_pressed(Key::ArrowLeft) || i.key_pressed(Key::ArrowUp)),
                i.key_pressed(Key::K),
                i.key_pressed(Key::Num0),
            )
        });
        if switch {
            // From off, K goes to their key pieces, as the caption says;
            // then it switches between them and our team.
            let kind = match self.spotlight.map(|s| s.kind) {
                None | Some(SpotlightKind::Team) => SpotlightKind::KeyPieces,
                Some(SpotlightKind::KeyPieces) => SpotlightKind::Team,
            };
            self.spotlight = Some(Spotlight { kind, index: 0 });
        }
        if off {
            self.spotlight = None;
        }
        if next || prev {
            let kind = self.spotlight.map_or(SpotlightKind::Team, |s| s.kind);
            let n = stops(project, account, kind).len();
            if n > 0 {
                let index = match self.spotlight {
                    None => 0,
                    Some(s) if next => (s.index + 1) % n,
                    Some(s) => (s.index + n - 1) % n,
                };
                self.spotlight = Some(Spotlight { kind, index });
            }
        }
    }

    /// Emphasis under the spotlight: the person, their lines and the people
    /// at the other end are lit; everyone else is dimmed.
    pub(super) fn spotlight_emphasis(
        &self,
        project: &Project,
        account: &Account,
    ) -> Option<(BTreeMap<PersonRef, Emphasis>, BTreeMap<RelationshipId, Emphasis>)> {
        let me = self.spotlit(project, account)?;
        let lit_lines: BTreeSet<RelationshipId> = account
            .relationships_of(me)
            .filter(|r| match me {
                // For a key piece, show who of us covers them.
                PersonRef::Contact(_) => matches!(crate::analysis::other_end(r, me), PersonRef::Member(_)),
                PersonRef::Member(_) => true,
            })
            .map(|r| r.id)
            .collect();
        let lit_people: BTreeSet<PersonRef> = account
            .relationships
            .iter()
            .filter(|r| lit_lines.contains(&r.id))
            .map(|r| crate::analysis::other_end(r, me))
            .collect();
        let people = crate::analysis::people_on_map(project, account)
            .into_iter()
            .map(|p| (p, if p == me || lit_people.contains(&p) { Emphasis::Lit } else { Emphasis::Dim }))
            .collect();
        let lines = account
            .relationships
            .iter()
            .map(|r| (r.id, if lit_lines.contains(&r.id) { Emphasis::Lit } else { Emphasis::Dim }))
            .collect();
        Some((people, lines))
    }

    /// The caption over the map: who is in the spotlight, and the keys.
    pub(super) fn caption(
        &self,
        ui: &egui::Ui,
        rect: egui::Rect,
        free_from: f32,
        ctx: &ViewCtx<'_>,
        account: &Account,
        text_colour: egui::Color32,
    ) {
        let painter = ui.painter().with_clip_rect(rect);
        let line = match self.spotlit(ctx.project, account) {
            Some(p) => caption_text(ctx.project, account, &self.findings.coverage, p),
            None => format!("{} — {}", account.name, tr("Arrow keys: spotlight our team · K: their key pieces")),
        };
        // A long caption wraps rather than running off a narrow screen.
        let mut job = egui::text::LayoutJob::simple(line, FontId::proportional(30.0), text_colour, rect.width() - 60.0);
        job.halign = egui::Align::Center;
        let caption = painter.layout_job(job);
        let below_caption = 14.0 + caption.size().y;
        painter.galley(rect.center_top() + Vec2::new(0.0, 14.0), caption, text_colour);
        let (count, total) = account.plan.found_on(ctx.state.today.0);
        let tally = tally_text(count, total);
        // Below the caption line, so a long caption on a narrow window never covers it.
        painter.text(
            rect.right_top() + Vec2::new(-14.0, below_caption + 6.0),
            Align2::RIGHT_TOP,
            tally,
            FontId::proportional(22.0),
            text_colour,
        );
        let hint = tr(
            "Arrows: spotlight · K: team / key pieces · 0: off · N: new opportunity · F: fit · + / -: zoom · Shift+arrows: pan · T: light / dark · Esc: leave",
        );
        // On a narrow screen the hint wraps onto more lines rather than
        // running under the legend.
        let wrap = (rect.right() - 12.0 - (free_from + 16.0)).max(120.0);
        let mut job =
            egui::text::LayoutJob::simple(hint, FontId::proportional(15.0), text_colour.gamma_multiply(0.6), wrap);
        job.halign = egui::Align::RIGHT;
        let galley = painter.layout_job(job);
        let at = rect.right_bottom() + Vec2::new(-12.0, -10.0 - galley.size().y);
        painter.galley(at, galley, text_colour);
    }
}

/// The workshop's running tally, as the wall shows it.
pub fn tally_text(count: usize, total: f64) -> String {
    if count == 0 {
        return tr("Opportunities found today: none yet (N adds one)");
    }
    format!(
        "{}: {count} · {} {}",
        tr("Opportunities found today"),
        tr("worth"),
        crate::app::views::widgets::money(total)
    )
}

fn caption_text(project: &Project, account: &Account, cov: &Coverage, p: PersonRef) -> String {
    match p {
        PersonRef::Member(_) => {
            let n = crate::analysis::path::contacts_of(account, p).len();
            format!("{} — {} {}", project.person_name(account, p), n, tr("people they know here"))
        }
        PersonRef::Contact(c) => {
            let Some(contact) = account.contact(c) else { return String::new() };
            let covered = cov.contacts.get(&c).map(|x| {
                x.members
                    .iter()
                    .map(|(m, s)| format!("{} {s}/5", project.member(*m).map_or("?", |m| m.name.as_str())))
                    .collect::<Vec<_>>()
                    .join(", ")
            });
            let covered = covered.filter(|s| !s.is_empty()).unwrap_or_else(|| tr("nobody on our team"));
            format!("{} ({}) — {}: {covered}", contact.name, tr(contact.piece.label()), tr("covered by"))
        }
    }
}
