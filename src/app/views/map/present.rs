//! Presentation mode for workshops: the map alone, large type, a projector
//! theme, and a spotlight that steps through our team or the client's key
//! pieces with the arrow keys.

use super::{MapView, legend};
use crate::analysis::coverage::Coverage;
use crate::app::actions::Action;
use crate::app::views::ViewCtx;
use crate::i18n::tr;
use crate::model::{Account, PersonRef, Project};
use crate::scene::Emphasis;
use crate::scene::emphasis::Emphases;
use crate::t;
use egui::{Align2, FontId, Rect, Vec2};

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
        let s = self.show.spotlight?;
        stops(project, account, s.kind).get(s.index).copied()
    }

    /// Arrow keys step the spotlight; Shift+arrows pan; K switches between
    /// our team and their key pieces; 0 turns the spotlight off.
    pub(super) fn presentation_keys(&mut self, ui: &egui::Ui, project: &Project, account: &Account) {
        if ui.ctx().text_edit_focused() {
            return;
        }
        let c = ui.ctx();
        let (next, prev) = (Action::SpotlightNext.pressed(c), Action::SpotlightBack.pressed(c));
        let (switch, off) = (Action::SpotlightSwitch.pressed(c), Action::SpotlightOff.pressed(c));
        if switch {
            // From off, K goes to their key pieces, as the caption says;
            // then it switches between them and our team.
            let kind = match self.show.spotlight.map(|s| s.kind) {
                None | Some(SpotlightKind::Team) => SpotlightKind::KeyPieces,
                Some(SpotlightKind::KeyPieces) => SpotlightKind::Team,
            };
            self.show.spotlight = Some(Spotlight { kind, index: 0 });
        }
        if off {
            self.show.spotlight = None;
        }
        if next || prev {
            let kind = self.show.spotlight.map_or(SpotlightKind::Team, |s| s.kind);
            let n = stops(project, account, kind).len();
            if n > 0 {
                let index = match self.show.spotlight {
                    None => 0,
                    Some(s) if next => (s.index + 1) % n,
                    Some(s) => (s.index + n - 1) % n,
                };
                self.show.spotlight = Some(Spotlight { kind, index });
            }
        }
    }

    /// Emphasis under the spotlight (`scene::emphasis::spotlight`), while a
    /// person is in it.
    pub(super) fn spotlight_emphasis(&self, project: &Project, account: &Account) -> Option<Emphases> {
        let me = self.spotlit(project, account)?;
        Some(crate::scene::emphasis::spotlight(project, account, me))
    }

    /// What the wall shows around the map: the caption (who is in the
    /// spotlight) and the tally at the top, the legend in the corner that
    /// covers neither the spotlight nor, where it can, the people it lights,
    /// and the key hint at the bottom beside the legend. Text is sized for
    /// the back of the room: 18 points and more at 1080 pixels high.
    pub(super) fn wall_overlays(
        &mut self,
        ui: &egui::Ui,
        rect: egui::Rect,
        ctx: &ViewCtx<'_>,
        account: &Account,
        palette: &crate::scene::palette::Palette,
        text_colour: egui::Color32,
    ) {
        let scale = wall_scale(rect);
        let band = self.caption(ui, rect, scale, ctx, account, text_colour);
        let legend = self.show.wall.legend.then_some(legend::Placement {
            corner: egui::Align2::LEFT_BOTTOM,
            text: 18.0 * scale,
            top: band + 8.0,
            wall: true,
            opinions: self.show.opinions,
        });
        let legend = legend.and_then(|place| {
            let corner = self.legend_corner(ctx.project, account, rect, place)?;
            let drawn = legend::legend(ui, rect, palette, legend::Placement { corner, ..place });
            self.show.wall.legend_size = drawn.size();
            Some((corner, drawn))
        });
        self.show.wall.legend_rect = legend.map(|(_, r)| r);
        let hint_height = wall_hint(ui, rect, legend, scale, text_colour);
        self.show.wall.top_band = band;
        self.show.wall.bottom_band = hint_height + 16.0;
    }

    /// The corner for the legend: one that covers no one it lights (or, with
    /// no spotlight, no one at all) and not the caption; `None` when every
    /// corner would cover someone: the legend folds away (L in the key
    /// hint still shows it).
    fn legend_corner(
        &self,
        project: &Project,
        account: &Account,
        rect: egui::Rect,
        place: legend::Placement,
    ) -> Option<egui::Align2> {
        use egui::Align2;
        let size = self.show.wall.legend_size;
        let at = |p: &PersonRef| self.motion.shown.get(p).map(|pt| self.viewport.cam.to_screen(rect, *pt));
        let spot = self.spotlit(project, account).and_then(|p| at(&p));
        // Each person it must not cover, with room for their piece and name.
        let room = Vec2::new(150.0, 90.0);
        let keep: Vec<egui::Rect> = self
            .motion
            .shown
            .keys()
            .filter(|p| spot.is_none() || self.last.emphasis.get(p) == Some(&Emphasis::Lit))
            .chain(self.spotlit(project, account).iter())
            .filter_map(at)
            .map(|s| egui::Rect::from_center_size(s + Vec2::new(0.0, 14.0), room))
            .collect();
        [Align2::LEFT_BOTTOM, Align2::RIGHT_BOTTOM, Align2::LEFT_TOP, Align2::RIGHT_TOP]
            .into_iter()
            .map(|corner| (corner, legend::Placement { corner, ..place }.rect(rect, size)))
            .find(|(_, r)| keep.iter().all(|k| !r.intersects(*k)))
            .map(|(corner, _)| corner)
    }

    /// The caption and the tally at the top; returns how far down they reach.
    fn caption(
        &self,
        ui: &egui::Ui,
        rect: egui::Rect,
        scale: f32,
        ctx: &ViewCtx<'_>,
        account: &Account,
        text_colour: egui::Color32,
    ) -> f32 {
        let painter = ui.painter().with_clip_rect(rect);
        let line = match self.spotlit(ctx.project, account) {
            Some(p) => caption_text(ctx.project, account, &self.derived.findings.coverage, p),
            None => self.timeline_caption().unwrap_or_else(|| t!("wall-caption-hint", account = &account.name)),
        };
        // A long caption wraps rather than running off a narrow screen.
        let font = FontId::proportional(30.0 * scale);
        let mut job = egui::text::LayoutJob::simple(line, font, text_colour, rect.width() - 60.0);
        job.halign = egui::Align::Center;
        let caption = painter.layout_job(job);
        let below_caption = 14.0 + caption.size().y;
        painter.galley(rect.center_top() + Vec2::new(0.0, 14.0), caption, text_colour);
        let (count, total) = account.plan.found_on(ctx.state.today.0);
        // Below the caption line, so a long caption on a narrow window never covers it.
        let tally = painter.text(
            rect.right_top() + Vec2::new(-14.0, below_caption + 6.0),
            Align2::RIGHT_TOP,
            tally_text(count, total),
            FontId::proportional(22.0 * scale),
            text_colour,
        );
        tally.bottom() - rect.top() + 6.0
    }
}

/// The key hint along the bottom, beside the legend; returns its height.
fn wall_hint(
    ui: &egui::Ui,
    rect: egui::Rect,
    legend: Option<(egui::Align2, egui::Rect)>,
    scale: f32,
    text_colour: egui::Color32,
) -> f32 {
    let painter = ui.painter().with_clip_rect(rect);
    let hint = wall_hint_text(ui.ctx());
    // Beside a legend in a bottom corner, wrapped onto more lines rather
    // than running under it; along the whole bottom otherwise.
    let (left, right) = match legend {
        Some((c, r)) if c == Align2::LEFT_BOTTOM => (r.right() + 16.0, rect.right() - 12.0),
        Some((c, r)) if c == Align2::RIGHT_BOTTOM => (rect.left() + 12.0, r.left() - 16.0),
        _ => (rect.left() + 12.0, rect.right() - 12.0),
    };
    let align =
        if legend.is_some_and(|(c, _)| c == Align2::RIGHT_BOTTOM) { Align2::LEFT_BOTTOM } else { Align2::RIGHT_BOTTOM };
    let mut job = egui::text::LayoutJob::simple(
        hint,
        FontId::proportional(18.0 * scale),
        text_colour.gamma_multiply(0.75),
        (right - left).max(160.0),
    );
    job.halign = align.x();
    let galley = painter.layout_job(job);
    let height = galley.size().y;
    let x = if align == Align2::LEFT_BOTTOM { left } else { right };
    painter.galley(egui::pos2(x, rect.bottom() - 10.0 - height), galley, text_colour);
    height
}

/// How much larger than at 1080 pixels the wall's text is drawn: 18
/// points at 1080 lines, never below 14 (at 800), so it reads from the
/// back of the room.
pub fn wall_scale(rect: egui::Rect) -> f32 {
    crate::scene::style::wall_text(rect.height()) / 18.0
}

/// The wall's legend and the bands the caption and key hint take.
#[derive(Clone, Copy, Debug)]
pub struct Wall {
    /// Whether the legend is shown (L).
    pub legend: bool,
    /// Its size in the last frame, to choose its corner before drawing it.
    legend_size: Vec2,
    /// Where it was drawn in the last frame, if it was.
    pub legend_rect: Option<Rect>,
    /// How far down from the map's top the caption and tally reach.
    top_band: f32,
    /// How far up from the map's bottom the key hint reaches.
    bottom_band: f32,
}

impl Default for Wall {
    fn default() -> Self {
        Self {
            legend: true,
            legend_size: Vec2::new(700.0, 270.0),
            legend_rect: None,
            top_band: 90.0,
            bottom_band: 40.0,
        }
    }
}

impl Wall {
    /// The screen boxes (x, y, width, height) of the caption and tally, the
    /// key hint and the legend: no name on the map goes under them.
    pub fn keep_out(&self, rect: egui::Rect) -> Vec<[f32; 4]> {
        let mut out = vec![
            [rect.left(), rect.top(), rect.width(), self.top_band],
            [rect.left(), rect.bottom() - self.bottom_band, rect.width(), self.bottom_band],
        ];
        out.extend(self.legend_rect.map(|r| [r.left(), r.top(), r.width(), r.height()]));
        out
    }

    /// The part of the map between the caption and the key hint, where a
    /// fitted map puts its people.
    pub fn between_bands(&self, rect: egui::Rect) -> egui::Rect {
        let inner =
            Rect::from_min_max(rect.min + Vec2::new(0.0, self.top_band), rect.max - Vec2::new(0.0, self.bottom_band));
        if inner.height() > rect.height() * 0.5 { inner } else { rect }
    }
}

/// The workshop's running tally, as the wall shows it.
pub fn tally_text(count: usize, total: f64) -> String {
    if count == 0 {
        return tr("map-opportunities-found-today");
    }
    t!("wall-opportunities-today", count = count, total = crate::app::views::widgets::money(total))
}

fn caption_text(project: &Project, account: &Account, cov: &Coverage, p: PersonRef) -> String {
    match p {
        PersonRef::Member(_) => {
            let n = crate::analysis::path::contacts_of(account, p).len();
            t!("wall-caption-member", name = project.person_name(account, p), people = n)
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
            let covered = covered.filter(|s| !s.is_empty()).unwrap_or_else(|| tr("map-nobody-our-team"));
            t!("wall-caption-contact", name = &contact.name, piece = contact.piece.label(), covered = covered)
        }
    }
}

/// The wall's key hint, from the action registry: "Arrows: spotlight · K: …".
pub fn wall_hint_text(ctx: &egui::Context) -> String {
    let parts: Vec<String> = Action::ALL
        .iter()
        .copied()
        .filter_map(|a| a.info().hint.map(|h| (a, h)))
        .map(|(a, h)| format!("{}: {}", wall_keys_name(ctx, a), tr(h)))
        .collect();
    parts.join(" · ")
}

/// Keys named briefly for the wall: the arrows and the zoom keys as one.
fn wall_keys_name(ctx: &egui::Context, a: Action) -> String {
    match a {
        Action::SpotlightNext => tr("map-arrows"),
        Action::WallPan => tr("map-shift-arrows"),
        Action::WallZoomIn => "+ / -".to_owned(),
        _ => crate::app::actions::chord_text(ctx, &a.shortcuts()[0]),
    }
}
