//! One frame of the map view: brings the animation and the drawing up to
//! date, answers the keyboard and the pointer, fits, and paints the board,
//! the people and the overlays. It asks for another frame only while
//! something moves or a fit waits.

use super::motion::centroid;
use super::{Filters, MapView, board, canvas, interact, legend};
use crate::app::theme;
use crate::app::views::ViewCtx;
use crate::model::{Account, MapLayout, PersonRef};
use crate::scene::emphasis::{Emphases, emphasis};
use crate::scene::summary::board_summary;

impl MapView {
    pub(super) fn canvas(&mut self, ui: &egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
        let dt = ui.input(|i| i.stable_dt).min(0.1);
        self.animate(dt);
        self.build(ctx, account);
        let spotlit = self.spotlight_emphasis(ctx.project, account).filter(|_| self.show.presenting);
        let emphases = spotlit.unwrap_or_else(|| {
            emphasis(ctx.project, account, self.derived.findings.path.as_ref(), ctx.state.selection.person())
        });
        self.last.emphasis.clone_from(&emphases.people);
        let rect = ui.available_rect_before_wrap();
        self.place_view(ui, ctx, account, rect);
        let response = ui.interact(rect, egui::Id::new(self.graph_id), egui::Sense::click_and_drag());
        let before = self.viewport.cam;
        interact::handle(self, ui, ctx, account, &response);
        if !self.show.presenting && !self.on_timeline() {
            self.context_menu(&response, account);
        }
        if self.viewport.cam != before {
            self.viewport.untouched = false;
        }
        self.paint(ui, ctx, account, &response, &emphases);
        if self.is_animating() || self.viewport.fit_pending {
            ui.ctx().request_repaint();
        }
    }

    /// Where the map stands on screen this frame: refit when the area grew
    /// (presenting, full screen, a maximised window; not a side panel's few
    /// pixels of jitter) or a fit waits, the keyboard's zoom and pan, and a
    /// person searched for brought into the middle.
    fn place_view(&mut self, ui: &egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, rect: egui::Rect) {
        let grew = (rect.size() - self.viewport.rect.size()).abs();
        if self.viewport.untouched
            && (grew.x > self.viewport.rect.width() * 0.1 || grew.y > self.viewport.rect.height() * 0.1)
        {
            self.viewport.fit_pending = true;
        }
        self.viewport.rect = rect;
        let before = self.viewport.cam;
        interact::keyboard(self, ui, ctx, account);
        if self.viewport.fit_pending && !self.motion.target.is_empty() {
            // On the wall, the people fit between the caption and the key hint.
            let inner = if self.show.presenting { self.show.wall.between_bands(rect) } else { rect };
            match (&self.derived.board, self.derived.layout) {
                (Some(b), MapLayout::Board) => self.viewport.cam.fit_board(inner, b),
                _ => self.viewport.cam.fit(inner, &self.motion.target, &self.unit_discs()),
            }
            self.viewport.cam.pan += inner.min - rect.min;
            self.viewport.fit_pending = false;
            self.viewport.untouched = true;
        } else if self.viewport.cam != before {
            self.viewport.untouched = false;
        }
        if let Some(p) = self.viewport.centre_request.take() {
            if !self.show.filters.visible_people(ctx.project, account).contains(&p) {
                // The person searched for is filtered out: show everyone again.
                self.show.filters = Filters::default();
            }
            if let Some(at) = self.motion.shown.get(&p) {
                self.viewport.cam.centre_on(rect, *at);
            }
        }
    }

    /// Paints the background, the board, the people and lines, and the
    /// overlays (the wall's, or the legend and Connect's hint).
    fn paint(
        &mut self,
        ui: &egui::Ui,
        ctx: &ViewCtx<'_>,
        account: &Account,
        response: &egui::Response,
        emphases: &Emphases,
    ) {
        let rect = self.viewport.rect;
        let dark = if self.show.presenting { self.show.presenting_dark } else { ui.visuals().dark_mode };
        self.last.dark = dark;
        let colours = theme::MapColours::for_dark_mode(dark);
        ui.painter().rect_filled(rect, 0.0, colours.background);
        let label_scale =
            if self.show.presenting { crate::scene::style::wall_scale(rect.height()) } else { self.show.label_scale };
        let palette = crate::scene::palette::Palette::new(dark);
        let show_titles = self.viewport.cam.zoom >= 1.15;
        let look = crate::scene::draw::Look { palette, label_scale, show_titles, opinions: self.show.opinions };
        let frame = canvas::Frame { ctx: ui.ctx(), cam: self.viewport.cam, rect, look };
        // The wall's caption, tally, legend and key hint, and the board's own
        // labels and tiles, keep their boxes.
        let mut keep_out = if self.show.presenting { self.show.wall.keep_out(rect) } else { Vec::new() };
        if self.derived.layout == MapLayout::Board
            && let Some(b) = &self.derived.board
        {
            let cov = &self.derived.findings.coverage;
            let summary = |people: &[PersonRef]| board_summary(account, cov, people);
            keep_out.extend(board::paint_board(ui, &frame, b, ctx.project, &summary));
        }
        if let Some(built) = &mut self.derived.built {
            let connect_from = self.interaction.connect_from;
            interact::sync(built, &self.motion.shown, ctx.state, connect_from, &emphases.people, &emphases.lines);
            let hovered = response.hover_pos().and_then(|p| canvas::person_at(built, &self.viewport.cam, rect, p));
            let state = &*ctx.state;
            let selected = |p: PersonRef| state.selection.contains(p);
            let shown = &self.motion.shown;
            let centre = |c: &crate::scene::overview::CollapsedUnit| centroid(shown, &c.people);
            let marks = canvas::Marks { selected: &selected, hovered, keep_out: &keep_out, centre: &centre };
            self.last.paint = canvas::paint(ui, &frame, built, &marks);
        }
        if self.show.presenting {
            self.wall_overlays(ui, rect, ctx, account, &palette, colours.text);
        } else {
            if self.show.legend {
                let place = legend::Placement { opinions: self.show.opinions, ..legend::Placement::EDITOR };
                legend::legend(ui, rect, &palette, place);
            }
            if self.interaction.connect_mode {
                self.connect_hint(ui, rect, colours.text);
            }
        }
    }

    /// What Connect waits for, in the map's top-left corner.
    fn connect_hint(&self, ui: &egui::Ui, rect: egui::Rect, colour: egui::Color32) {
        let text = if self.interaction.connect_from.is_some() {
            crate::i18n::tr("map-connect-now-click")
        } else {
            crate::i18n::tr("map-connect-click-first")
        };
        let painter = ui.painter().with_clip_rect(rect);
        let at = rect.left_top() + egui::vec2(10.0, 8.0);
        let galley = painter.layout_no_wrap(text, egui::FontId::proportional(15.0), colour);
        let back = egui::Rect::from_min_size(at, galley.size()).expand(5.0);
        painter.rect_filled(back, 4.0, ui.visuals().extreme_bg_color.gamma_multiply(0.9));
        painter.galley(at, galley, colour);
    }
}
