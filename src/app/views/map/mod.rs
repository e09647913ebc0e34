//! The relationship map ("the chess board"): people as pieces, lines as
//! relationships, in a force or a board layout. The view graph is built
//! from the project; what the user does on it comes back as commands.

mod board;
mod canvas;
pub mod capture;
mod derived;
mod export;
mod filters;
mod forms;
mod frame;
mod graph;
mod interact;
mod legend;
mod menu;
mod motion;
mod nav;
mod paint;
mod panel;
pub mod present;
mod readout;
mod timebar;
pub mod timeline;
mod toolbar;

pub use filters::Filters;

use super::{ViewCtx, no_account};
use crate::app::theme;
use crate::model::{Account, PersonRef, Project, UnitId};
use crate::scene::Emphasis;
use std::collections::{BTreeMap, BTreeSet};

/// Id of the editor's map canvas.
pub const GRAPH_ID: &str = "relationship_map";
/// Id of the audience window's map canvas.
pub const AUDIENCE_GRAPH_ID: &str = "relationship_map_audience";

/// The map view's runtime state (nothing here is saved in the project),
/// in the parts that change for different reasons.
pub struct MapView {
    /// Id of this view's canvas.
    graph_id: &'static str,
    /// Zoom, pan and fitting.
    viewport: Viewport,
    /// Where everyone stands and where they are heading.
    motion: motion::Motion,
    /// What the map computes from the account (remade when it changes).
    derived: derived::Derived,
    /// What the user is in the middle of doing on the map.
    interaction: Interaction,
    /// What the user chose to see, and how.
    pub show: Show,
    /// What the last frame drew, for the next one and for tests.
    last: LastFrame,
    /// The timeline's points and step, while it is open.
    timeline: Option<timeline::Timeline>,
    /// The file's commits that changed the account, as the timeline's points.
    git_points: Option<timeline::GitPoints>,
}

/// What the user is in the middle of doing on the map.
#[derive(Default)]
struct Interaction {
    /// Where the map's context menu was opened.
    menu_at: Option<egui::Pos2>,
    search: String,
    connect_mode: bool,
    connect_from: Option<PersonRef>,
    /// A text field had the keyboard last frame: the Escape that left it
    /// is not also a map key.
    was_typing: bool,
    /// The workshop quick-add form, while open.
    capture: Option<capture::Capture>,
}

/// What the user chose to see on the map, and how.
pub struct Show {
    pub filters: Filters,
    /// Coverage colours on the pieces.
    pub coverage: bool,
    pub legend: bool,
    /// Business units drawn as one node each (force layout).
    collapsed: BTreeSet<UnitId>,
    /// Crowded board squares the user opened (the rest show a summary).
    open_squares: BTreeSet<(usize, usize)>,
    /// Visual scale of labels (presentation modes raise it).
    pub label_scale: f32,
    /// Shown as a full-screen presentation (set by the app each frame).
    pub presenting: bool,
    /// Light projector theme when false.
    pub presenting_dark: bool,
    pub spotlight: Option<present::Spotlight>,
    /// What the wall shows around the map: its legend (L hides it), and
    /// the bands its caption and key hint took in the last frame.
    wall: present::Wall,
    /// The timeline's step, while it is open (the map is read-only then).
    pub timeline: Option<timeline::Step>,
    /// The team's opinions (stance colours, marks, legend) show on the map,
    /// in its exports and on the wall; O turns them off for a room with
    /// partners or the client present.
    pub opinions: bool,
}

impl Default for Show {
    fn default() -> Self {
        Self {
            filters: Filters::default(),
            coverage: false,
            legend: false,
            collapsed: BTreeSet::new(),
            open_squares: BTreeSet::new(),
            label_scale: 1.0,
            presenting: false,
            presenting_dark: false,
            spotlight: None,
            wall: present::Wall::default(),
            timeline: None,
            opinions: true,
        }
    }
}

/// What the last frame drew.
#[derive(Default)]
struct LastFrame {
    /// How much it painted, and the names and pieces it placed.
    paint: canvas::PaintStats,
    /// Emphasis of each person (for who-knows-whom and paths).
    emphasis: BTreeMap<PersonRef, Emphasis>,
    /// Whether it used the dark map colours.
    dark: bool,
}

/// Zoom, pan and fitting of one map view.
struct Viewport {
    /// This view's zoom and pan: each window's map zooms on its own.
    cam: nav::Camera,
    /// Whether the view is as the last fit left it (no zoom or pan since):
    /// then it fits again when the map's area changes size or a layout settles.
    untouched: bool,
    fit_pending: bool,
    /// A person to bring into the middle on the next frame (search).
    centre_request: Option<PersonRef>,
    /// The map's area on screen in the last frame.
    rect: egui::Rect,
    /// What the pointer pressed on the map is doing.
    press: Option<interact::Press>,
    /// Where the primary button last went down on the map (for a drag
    /// that arrives whole between two frames).
    quick_from: Option<egui::Pos2>,
}

impl Default for Viewport {
    fn default() -> Self {
        Self {
            cam: nav::Camera::default(),
            untouched: true,
            fit_pending: true,
            centre_request: None,
            rect: egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(800.0, 600.0)),
            press: None,
            quick_from: None,
        }
    }
}

impl Default for MapView {
    fn default() -> Self {
        Self {
            graph_id: GRAPH_ID,
            viewport: Viewport::default(),
            motion: motion::Motion::default(),
            derived: derived::Derived::default(),
            interaction: Interaction::default(),
            show: Show::default(),
            last: LastFrame::default(),
            timeline: None,
            git_points: None,
        }
    }
}

impl MapView {
    /// A map view whose canvas has the id `graph_id`.
    pub fn with_graph_id(graph_id: &'static str) -> Self {
        Self { graph_id, ..Self::default() }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let Some(live) = ctx.account() else { return no_account(ui) };
        let extra = self.history_points(ctx, live);
        let then = self.timeline_step(ctx, live, &extra);
        let account = then.as_ref().map_or(live, |r| &r.account);
        self.sync(ui.ctx(), ctx.project, account, ctx.revision);
        if self.show.presenting {
            if self.interaction.capture.is_none() && ui.is_enabled() {
                self.presentation_keys(ui, ctx.project, account);
                if crate::app::actions::Action::Capture.pressed(ui.ctx()) && !self.on_timeline() {
                    self.interaction.capture = Some(self.new_capture(ctx.project, account));
                }
            }
            egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| self.canvas(ui, ctx, account));
            self.capture_window(ui, ctx, account);
            return;
        }
        let on_timeline = self.on_timeline();
        egui::Panel::right("map_side").default_size(theme::SIDE_PANEL_WIDTH).resizable(true).show(ui, |ui| {
            // Scrolls sideways rather than grow: the panel stays as wide as the
            // user made it whoever is selected, so the toolbar beside it never
            // re-wraps under the pointer.
            egui::ScrollArea::both().auto_shrink([false, true]).show(ui, |ui| {
                if on_timeline {
                    self.timeline_panel(ui, ctx, account);
                } else {
                    panel::side_panel(self, ui, ctx, account);
                }
            });
        });
        egui::CentralPanel::default().show(ui, |ui| {
            if on_timeline {
                self.timeline_bar(ui);
            } else {
                toolbar::toolbar(self, ui, ctx, account);
            }
            self.canvas(ui, ctx, account);
        });
    }

    /// Whether the workshop quick-add form is open.
    pub fn capture_open(&self) -> bool {
        self.interaction.capture.is_some()
    }

    /// The quick-add form's fields, while it is open.
    pub fn capture(&self) -> Option<&capture::Capture> {
        self.interaction.capture.as_ref()
    }

    /// Draws a business unit as one node (force layout), or its people again.
    pub fn collapse_unit(&mut self, unit: crate::model::UnitId) {
        self.show.collapsed.insert(unit);
        self.derived.built = None;
    }

    pub fn expand_unit(&mut self, unit: crate::model::UnitId) {
        self.show.collapsed.remove(&unit);
        self.derived.built = None;
    }

    /// The units drawn as one node.
    pub fn collapsed_units(&self) -> Vec<crate::model::UnitId> {
        self.show.collapsed.iter().copied().collect()
    }

    /// Opens a crowded board square (or folds it again) to show its people.
    pub fn toggle_square(&mut self, square: (usize, usize), project: &Project, account: &Account) {
        if !self.show.open_squares.remove(&square) {
            self.show.open_squares.insert(square);
        }
        self.sync_board(project, account);
    }

    /// Folds every opened board square back into its summary.
    pub fn fold_all(&mut self, project: &Project, account: &Account) {
        self.show.open_squares.clear();
        self.sync_board(project, account);
    }

    /// Whether any crowded board square is open.
    pub fn has_open_squares(&self) -> bool {
        !self.show.open_squares.is_empty()
    }

    /// Zooms by `factor` around the middle of the map, as + and - do.
    pub fn zoom_by(&mut self, factor: f32) {
        self.viewport.cam.zoom_by(self.viewport.rect, factor, None);
        self.viewport.untouched = false;
    }

    /// Fits the map on the next frame.
    pub fn request_fit(&mut self) {
        self.viewport.fit_pending = true;
    }
}
