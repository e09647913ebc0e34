//! The audience window: a second window (an egui viewport) with the map as
//! the wall should see it, while the laptop keeps the editor. Both read the
//! same document every frame, so every edit shows on the wall at once.

use super::GambitApp;
use super::actions::Action;
use super::views::map::{AUDIENCE_GRAPH_ID, MapView};
use super::views::{UiState, ViewCtx};
use crate::t;

/// The audience window's own map (its own zoom, pan and spotlight), and its
/// own selection: a click on the wall never changes what the editor selected.
pub struct Audience {
    pub view: MapView,
    fullscreen: bool,
    ui: UiState,
}

impl Audience {
    fn new() -> Self {
        let mut view = MapView::with_graph_id(AUDIENCE_GRAPH_ID);
        view.show.presenting = true;
        Self { view, fullscreen: false, ui: UiState::default() }
    }

    /// Shows the editor's account and date; the selection stays the wall's own.
    fn follow(&mut self, editor: &UiState) {
        if self.ui.account != editor.account {
            self.ui.selection.clear();
        }
        self.ui.account = editor.account;
        self.ui.today = editor.today;
        self.ui.view = super::views::ViewKind::Map;
        self.ui.presenting = true;
    }
}

fn viewport_id() -> egui::ViewportId {
    egui::ViewportId::from_hash_of("gambit_audience")
}

impl GambitApp {
    /// Opens or closes the audience window (Shift+F5).
    pub fn toggle_audience(&mut self) {
        self.audience = match self.audience {
            Some(_) => None,
            None => Some(Audience::new()),
        };
    }

    pub fn audience_open(&self) -> bool {
        self.audience.is_some()
    }

    /// The audience window's map, while it is open.
    pub fn audience_view(&self) -> Option<&MapView> {
        self.audience.as_ref().map(|a| &a.view)
    }

    /// Shows the audience window for this frame.
    pub(super) fn audience_ui(&mut self, ctx: &egui::Context) {
        let Some(audience) = &mut self.audience else { return };
        if self.ui.presenting {
            // Presenting on the laptop too: the wall follows its spotlight
            // and shows the opportunity being typed in.
            audience.view.show.spotlight = self.views.map.show.spotlight;
            audience.view.mirror_capture(&self.views.map);
        }
        let account = self.ui.account.and_then(|a| self.doc.project().account(a)).map(|a| a.name.clone());
        let title = t!("wall-window-title", account = account.unwrap_or_default());
        let builder = egui::ViewportBuilder::default().with_title(title).with_inner_size([1280.0, 720.0]);
        let mut close = false;
        audience.follow(&self.ui);
        // The wall shows the editor's step of the timeline; a step taken on
        // the wall (H, Page Up, Page Down there) comes back to the editor.
        let step = self.views.map.show.timeline;
        audience.view.show.timeline = step;
        let history = self.shared.history.read();
        let doc = &self.doc;
        let edits = ctx.show_viewport_immediate(viewport_id(), builder, |ui, _class| {
            close = ui.input(|i| i.viewport().close_requested());
            let c = ui.ctx();
            let (f11, esc) = (Action::FullScreen.pressed(c), Action::LeaveFullScreen.pressed(c));
            if f11 || (esc && audience.fullscreen && !audience.view.capture_open()) {
                audience.fullscreen = !audience.fullscreen;
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Fullscreen(audience.fullscreen));
                audience.view.request_fit();
            }
            let mut vctx = ViewCtx::new(doc.project(), doc.problems(), &mut audience.ui, doc.revision())
                .with_history(history.clone());
            audience.view.ui(ui, &mut vctx);
            vctx.into_edits()
        });
        if let Some(a) = &mut self.audience
            && a.view.show.timeline != step
        {
            self.views.map.show.timeline = a.view.show.timeline;
        }
        if self.ui.presenting
            && let Some(a) = &mut self.audience
        {
            a.view.show.spotlight = self.views.map.show.spotlight;
        }
        self.apply_edits(edits);
        if let Some(a) = &mut self.audience {
            a.ui.forget_missing(self.doc.project());
        }
        if close {
            self.audience = None;
        }
    }
}
