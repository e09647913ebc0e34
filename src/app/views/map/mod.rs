//! The relationship map ("the chess board"): people as pieces, lines as
//! relationships, in a force or a board layout. The view graph is built
//! from the project; what the user does on it comes back as commands.

mod canvas;
pub mod capture;
mod export;
mod filters;
mod forms;
mod graph;
mod interact;
mod legend;
mod nav;
mod paint;
mod panel;
pub mod present;
mod toolbar;

pub use filters::Filters;

use super::{ViewCtx, no_account};
use crate::analysis::coverage::{Coverage, coverage};
use crate::analysis::path::{WarmPath, warm_path};
use crate::app::theme;
use crate::layout::Point;
use crate::layout::board::{self, Board};
use crate::layout::job::LayoutJob;
use crate::model::{Account, AccountId, ContactId, MapLayout, PersonRef, Project};
use graph::{BuildInput, Built, Emphasis};
use std::collections::{BTreeMap, BTreeSet};

/// Id of the editor's map canvas.
pub const GRAPH_ID: &str = "relationship_map";
/// Id of the audience window's map canvas.
pub const AUDIENCE_GRAPH_ID: &str = "relationship_map_audience";

/// Accounts with more people than this are laid out on a worker thread;
/// smaller ones (a few milliseconds) in place, so they never show a frame
/// without their people.
const LAYOUT_IN_PLACE_UP_TO: usize = 1_500;

/// The units' places being computed: on a worker thread, or already done.
enum Running {
    Worker(LayoutJob),
    Done(Option<crate::layout::Places>),
}

impl Running {
    fn start(ctx: &egui::Context, project: &Project, account: &Account) -> Self {
        if account.contacts.len() <= LAYOUT_IN_PLACE_UP_TO {
            return Self::Done(Some(crate::layout::account_places(project, account, false)));
        }
        let wake = ctx.clone();
        let (project, account) = (project.clone(), account.clone());
        let work = move || crate::layout::account_places(&project, &account, false);
        Self::Worker(LayoutJob::start(work, move || wake.request_repaint()))
    }

    /// The places, once they are ready (taken once).
    fn take(&mut self) -> Option<crate::layout::Places> {
        match self {
            Self::Worker(job) => job.take(),
            Self::Done(places) => places.take(),
        }
    }
}

/// The map view's runtime state (nothing here is saved in the project).
pub struct MapView {
    /// Id of this view's canvas.
    graph_id: &'static str,
    /// Zoom, pan and fitting.
    viewport: Viewport,
    /// Where everyone stands and where they are heading.
    motion: Motion,
    /// What the map computes from the account.
    findings: Findings,
    /// How much the last frame painted.
    last_paint: canvas::PaintStats,
    /// What the derived state was made from: the account, the project's
    /// revision and the language of its texts (the board's rank names).
    key: Option<(AccountId, u64, crate::i18n::Language)>,
    built: Option<Built>,
    built_filters: Filters,
    built_coverage: bool,
    board: Option<Board>,
    /// Business units drawn as one node each (force layout).
    collapsed: BTreeSet<crate::model::UnitId>,
    /// Where the map's context menu was opened.
    menu_at: Option<egui::Pos2>,
    /// Crowded board squares the user opened (the rest show a summary).
    open_squares: BTreeSet<(usize, usize)>,
    layout: MapLayout,
    pub filters: Filters,
    search: String,
    connect_mode: bool,
    connect_from: Option<PersonRef>,
    /// A text field had the keyboard last frame: the Escape that left it
    /// is not also a map key.
    was_typing: bool,
    show_coverage: bool,
    pub show_legend: bool,
    /// Emphasis of each person in the last frame (for who-knows-whom and paths).
    last_emphasis: BTreeMap<PersonRef, Emphasis>,
    /// Whether the last frame used the dark map colours.
    last_dark: bool,
    /// Visual scale of labels (presentation modes raise it).
    pub label_scale: f32,
    /// Shown as a full-screen presentation (set by the app each frame).
    pub presenting: bool,
    /// Light projector theme when false.
    pub presenting_dark: bool,
    pub spotlight: Option<present::Spotlight>,
    /// The workshop quick-add form, while open.
    capture: Option<capture::Capture>,
    /// What the wall shows around the map: its legend (L hides it), and
    /// the bands its caption and key hint took in the last frame.
    wall: present::Wall,
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
        }
    }
}

/// Where everyone on the map stands.
#[derive(Default)]
struct Motion {
    /// Where each person is drawn now, and where they are heading.
    shown: BTreeMap<PersonRef, Point>,
    target: BTreeMap<PersonRef, Point>,
    /// The units' places the people are heading for (force layout).
    places: Option<crate::layout::Places>,
    /// What the places were made from (`layout::structure_key`).
    places_key: Option<u64>,
    running: Option<Running>,
    /// Where the people being dragged started.
    drag_origin: Option<BTreeMap<PersonRef, Point>>,
}

/// What the map computes from the account for its flags and paths.
#[derive(Default)]
struct Findings {
    coverage: Coverage,
    cycles: BTreeSet<ContactId>,
    path_target: Option<PersonRef>,
    path: Option<WarmPath>,
}

impl Default for MapView {
    fn default() -> Self {
        Self {
            graph_id: GRAPH_ID,
            viewport: Viewport::default(),
            motion: Motion::default(),
            findings: Findings::default(),
            last_paint: canvas::PaintStats::default(),
            key: None,
            built: None,
            built_filters: Filters::default(),
            built_coverage: false,
            board: None,
            collapsed: BTreeSet::new(),
            menu_at: None,
            open_squares: BTreeSet::new(),
            layout: MapLayout::Force,
            filters: Filters::default(),
            search: String::new(),
            connect_mode: false,
            connect_from: None,
            was_typing: false,
            show_coverage: false,
            show_legend: false,
            last_emphasis: BTreeMap::new(),
            last_dark: false,
            label_scale: 1.0,
            presenting: false,
            presenting_dark: false,
            spotlight: None,
            capture: None,
            wall: present::Wall::default(),
        }
    }
}

impl MapView {
    /// A map view whose canvas has the id `graph_id`.
    pub fn with_graph_id(graph_id: &'static str) -> Self {
        Self { graph_id, ..Self::default() }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let Some(account) = ctx.account() else { return no_account(ui) };
        self.sync(ui.ctx(), ctx.project, account, ctx.revision);
        if self.presenting {
            if self.capture.is_none() && ui.is_enabled() {
                self.presentation_keys(ui, ctx.project, account);
                if crate::app::actions::Action::Capture.pressed(ui.ctx()) {
                    self.capture = Some(self.new_capture(ctx.project, account));
                }
            }
            egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| self.canvas(ui, ctx, account));
            self.capture_window(ui, ctx, account);
            return;
        }
        egui::Panel::right("map_side").default_size(theme::SIDE_PANEL_WIDTH).resizable(true).show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| panel::side_panel(self, ui, ctx, account));
        });
        egui::CentralPanel::default().show(ui, |ui| {
            toolbar::toolbar(self, ui, ctx, account);
            self.canvas(ui, ctx, account);
        });
    }

    /// Brings derived state up to date with the project.
    fn sync(&mut self, ui: &egui::Context, project: &Project, account: &Account, revision: u64) {
        let key = (account.id, revision, crate::i18n::language());
        if self.key == Some(key) {
            return;
        }
        let new_account = self.key.is_none_or(|(a, _, _)| a != account.id);
        self.key = Some(key);
        if new_account {
            self.motion.places = None;
            self.motion.places_key = None;
            self.motion.running = None;
            self.findings.path_target = None;
            self.connect_from = None;
            self.viewport.fit_pending = true;
        }
        self.findings.coverage = coverage(account);
        self.findings.cycles =
            crate::model::validate::reporting_cycles(account).iter().flat_map(|c| c.members()).collect();
        self.findings.path = self.findings.path_target.and_then(|t| warm_path(project, account, t));
        let team = crate::analysis::team_on_map(project, account);
        self.board = Some(board::place_folding(account, &team, Some(&self.open_squares)));
        if self.layout != account.map.layout {
            self.layout = account.map.layout;
            self.viewport.fit_pending = true;
        }
        self.retarget(ui, project, account);
        self.built = None;
    }

    /// Sets where everyone should be for the current layout: the board's
    /// squares now, or the units' places once the worker has them.
    fn retarget(&mut self, ui: &egui::Context, project: &Project, account: &Account) {
        if self.layout == MapLayout::Board {
            self.motion.target = self.board.as_ref().map(|b| b.positions.clone()).unwrap_or_default();
            return;
        }
        // Only a change to what the places are made from moves anyone.
        let key = crate::layout::structure_key(project, account);
        if let Some(places) = self.motion.places.as_ref().filter(|_| self.motion.places_key == Some(key)) {
            self.motion.target.clone_from(&places.people);
            return;
        }
        self.motion.places_key = Some(key);
        self.motion.running = Some(Running::start(ui, project, account));
    }

    /// Puts everyone back in their unit's place, pinned people too, as one
    /// undoable step (the next layout places them).
    fn relayout(&mut self, ctx: &mut ViewCtx<'_>, account: &Account) {
        let changes: Vec<_> = account.map.positions.keys().map(|p| (*p, None)).collect();
        if !changes.is_empty() {
            ctx.send(crate::command::Command::SetPositions(account.id, changes));
        }
        self.viewport.fit_pending = true;
    }

    /// Advances the layout and the animation towards it by one frame.
    fn animate(&mut self, dt: f32) {
        if self.layout == MapLayout::Force
            && let Some(places) = self.motion.running.as_mut().and_then(Running::take)
        {
            self.motion.running = None;
            let first = self.motion.places.is_none();
            if first {
                // A map just opened stands where it is laid out.
                self.motion.shown.clone_from(&places.people);
            }
            for (p, at) in &places.people {
                // Someone new appears in their place; everyone else moves there.
                self.motion.shown.entry(*p).or_insert(*at);
            }
            self.motion.target = places.people.clone();
            self.motion.shown.retain(|p, _| places.people.contains_key(p));
            self.motion.places = Some(places);
            self.built = None;
            if first && self.viewport.untouched {
                // A map laid out on opening fits once it has its places.
                self.viewport.fit_pending = true;
            }
        }
        let t = 1.0 - (-dt * 9.0).exp();
        for (p, to) in &self.motion.target {
            let at = self.motion.shown.entry(*p).or_insert(*to);
            *at = if at.distance(*to) < 0.5 { *to } else { at.lerp(*to, t) };
        }
    }

    /// Whether the workshop quick-add form is open.
    pub fn capture_open(&self) -> bool {
        self.capture.is_some()
    }

    /// The quick-add form's fields, while it is open.
    pub fn capture(&self) -> Option<&capture::Capture> {
        self.capture.as_ref()
    }

    /// Draws a business unit as one node (force layout), or its people again.
    pub fn collapse_unit(&mut self, unit: crate::model::UnitId) {
        self.collapsed.insert(unit);
        self.built = None;
    }

    pub fn expand_unit(&mut self, unit: crate::model::UnitId) {
        self.collapsed.remove(&unit);
        self.built = None;
    }

    /// The units drawn as one node.
    pub fn collapsed_units(&self) -> Vec<crate::model::UnitId> {
        self.collapsed.iter().copied().collect()
    }

    /// Where a collapsed unit's node was drawn on screen.
    pub fn collapsed_node_on_screen(&self, unit: crate::model::UnitId) -> Option<egui::Pos2> {
        let c = self.built.as_ref()?.collapsed.iter().find(|c| c.unit == unit)?;
        Some(self.viewport.cam.to_screen(self.viewport.rect, centroid(&self.motion.shown, &c.people)?))
    }

    /// The unit under a screen position: a collapsed node, a person's unit,
    /// or the region that holds the point.
    fn unit_at(&self, account: &Account, screen: egui::Pos2) -> Option<crate::model::UnitId> {
        let built = self.built.as_ref()?;
        let at = self.viewport.cam.to_map(self.viewport.rect, screen);
        if let Some(u) = built.collapsed_at(at, self.viewport.cam.zoom, &|c| centroid(&self.motion.shown, &c.people)) {
            return Some(u);
        }
        if let Some(PersonRef::Contact(c)) = canvas::person_at(built, &self.viewport.cam, self.viewport.rect, screen) {
            return account.contact(c)?.unit;
        }
        built
            .regions
            .iter()
            .filter(|r| r.centre.distance(at) <= r.radius)
            .min_by(|a, b| a.radius.total_cmp(&b.radius))
            .map(|r| r.unit)
    }

    /// Right-click on the map: collapse or expand the unit there.
    fn context_menu(&mut self, response: &egui::Response, account: &Account) {
        if response.secondary_clicked() {
            self.menu_at = response.interact_pointer_pos();
        }
        let unit = self.menu_at.and_then(|p| self.unit_at(account, p));
        let mut action = None;
        response.context_menu(|ui| {
            let name = unit.and_then(|u| account.unit(u)).map(|u| u.name.clone());
            match (unit, name) {
                (Some(u), Some(name)) if self.collapsed.contains(&u) => {
                    if ui.button(crate::t!("map-expand-unit", unit = name)).clicked() {
                        action = Some((u, false));
                        ui.close();
                    }
                }
                (Some(u), Some(name)) if self.layout == MapLayout::Force => {
                    let b = ui.button(crate::t!("map-collapse-unit", unit = name));
                    if b.on_hover_text(crate::i18n::tr("map-show-unit-node")).clicked() {
                        action = Some((u, true));
                        ui.close();
                    }
                }
                _ => {
                    ui.weak(crate::i18n::tr("map-right-click-business"));
                }
            }
            if !self.collapsed.is_empty() && ui.button(crate::i18n::tr("map-expand-all-units")).clicked() {
                self.collapsed.clear();
                self.built = None;
                ui.close();
            }
        });
        match action {
            Some((u, true)) => self.collapse_unit(u),
            Some((u, false)) => self.expand_unit(u),
            None => {}
        }
    }

    /// Opens a crowded board square (or folds it again) to show its people.
    pub fn toggle_square(&mut self, square: (usize, usize), project: &Project, account: &Account) {
        if !self.open_squares.remove(&square) {
            self.open_squares.insert(square);
        }
        self.sync_board(project, account);
    }

    /// Folds every opened board square back into its summary.
    pub fn fold_all(&mut self, project: &Project, account: &Account) {
        self.open_squares.clear();
        self.sync_board(project, account);
    }

    /// Whether any crowded board square is open.
    pub fn has_open_squares(&self) -> bool {
        !self.open_squares.is_empty()
    }

    /// The board's files on screen: each unit's name and its left and right edge.
    pub fn board_files(&self) -> Vec<(String, f32, f32)> {
        let Some(b) = self.board.as_ref().filter(|_| self.layout == MapLayout::Board) else { return Vec::new() };
        let x = |v: f32| self.viewport.cam.to_screen(self.viewport.rect, Point::new(v, 0.0)).x;
        b.files.iter().map(|f| (f.label.clone(), x(f.start), x(f.end))).collect()
    }

    /// The screen boxes no name was let into in the last frame: the wall's
    /// caption, legend and key hint, and the board's headers, rank names and tiles.
    pub fn kept_out(&self) -> &[[f32; 4]] {
        &self.last_paint.kept_out
    }

    /// The on-screen size of each folded board square's tile, in the order of `folded_tiles`.
    pub fn folded_tile_sizes(&self) -> Vec<egui::Vec2> {
        let Some(b) = self.board.as_ref().filter(|_| self.layout == MapLayout::Board) else { return Vec::new() };
        b.folded.iter().map(|f| egui::vec2(f.size.0, f.size.1) * self.viewport.cam.zoom).collect()
    }

    /// The folded board squares in the board layout: (rank, file), head
    /// count, and where the summary tile was drawn on screen.
    pub fn folded_tiles(&self) -> Vec<((usize, usize), usize, egui::Pos2)> {
        let Some(b) = self.board.as_ref().filter(|_| self.layout == MapLayout::Board) else { return Vec::new() };
        b.folded
            .iter()
            .map(|f| (f.square, f.people.len(), self.viewport.cam.to_screen(self.viewport.rect, f.at)))
            .collect()
    }

    fn sync_board(&mut self, project: &Project, account: &Account) {
        let team = crate::analysis::team_on_map(project, account);
        self.board = Some(board::place_folding(account, &team, Some(&self.open_squares)));
        if self.layout == MapLayout::Board {
            self.motion.target = self.board.as_ref().map(|b| b.positions.clone()).unwrap_or_default();
        }
        self.built = None;
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

    /// Whether the force layout is still moving.
    pub fn is_animating(&self) -> bool {
        self.motion.running.is_some()
            || self.motion.shown.iter().any(|(p, at)| self.motion.target.get(p).is_some_and(|t| t != at))
    }

    /// The units' places (force layout), as discs to fit.
    fn unit_discs(&self) -> Vec<(Point, f32)> {
        let Some(p) = &self.motion.places else { return Vec::new() };
        p.units
            .values()
            .map(|(d, _)| (d.centre, d.radius))
            .chain(p.communities.values().map(|d| (d.centre, d.radius)))
            .collect()
    }

    /// Where a person is drawn now, in map units.
    pub fn shown_position(&self, person: PersonRef) -> Option<Point> {
        self.motion.shown.get(&person).copied()
    }

    /// Where a person was drawn on screen in the last frame.
    pub fn screen_position(&self, person: PersonRef) -> Option<egui::Pos2> {
        let p = self.motion.shown.get(&person)?;
        Some(self.viewport.cam.to_screen(self.viewport.rect, *p))
    }

    /// Where the wall's legend was drawn in the last frame (presenting).
    pub fn wall_legend_rect(&self) -> Option<egui::Rect> {
        self.wall.legend_rect.filter(|_| self.presenting)
    }

    /// What Connect waits for, in the map's top-left corner.
    fn connect_hint(&self, ui: &egui::Ui, rect: egui::Rect, colour: egui::Color32) {
        let text = if self.connect_from.is_some() {
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

    /// The map area of the last frame, on screen.
    pub fn canvas_rect(&self) -> egui::Rect {
        self.viewport.rect
    }

    /// Whether a person was drawn dimmed (or lit) by the current analysis.
    pub fn is_dimmed(&self, person: PersonRef) -> bool {
        self.last_emphasis.get(&person) == Some(&Emphasis::Dim)
    }

    pub fn is_lit(&self, person: PersonRef) -> bool {
        self.last_emphasis.get(&person) == Some(&Emphasis::Lit)
    }

    /// Whether a person is drawn at all (filters may hide them).
    pub fn is_drawn(&self, person: PersonRef) -> bool {
        self.built.as_ref().is_some_and(|b| b.index.contains_key(&person))
    }

    /// The zoom of the last frame.
    pub fn zoom(&self) -> f32 {
        self.viewport.cam.zoom
    }

    /// How many people and lines the last frame painted (the rest were off screen).
    pub fn painted(&self) -> (usize, usize) {
        (self.last_paint.people, self.last_paint.lines)
    }

    /// The names (and unit names) the last frame placed, and its pieces, on screen.
    pub fn last_frame(&self) -> (&[crate::scene::frame::Placed], &[crate::scene::frame::DrawnPiece]) {
        (&self.last_paint.placed, &self.last_paint.pieces)
    }

    /// The screen boxes the wall keeps for its caption, tally, key hint and
    /// legend in the last frame (presenting), as (x, y, width, height).
    pub fn wall_boxes(&self) -> Vec<[f32; 4]> {
        if self.presenting { self.wall.keep_out(self.viewport.rect) } else { Vec::new() }
    }

    /// The warm path on show, if any.
    pub fn path(&self) -> Option<&WarmPath> {
        self.findings.path.as_ref()
    }

    /// Analysis emphasis for a person and a line this frame.
    fn emphasis(
        &self,
        ctx: &ViewCtx<'_>,
        account: &Account,
    ) -> (BTreeMap<PersonRef, Emphasis>, BTreeMap<crate::model::RelationshipId, Emphasis>) {
        let mut people = BTreeMap::new();
        let mut lines = BTreeMap::new();
        if let Some(path) = &self.findings.path {
            for p in crate::analysis::people_on_map(ctx.project, account) {
                people.insert(p, if path.people.contains(&p) { Emphasis::Lit } else { Emphasis::Dim });
            }
            for r in &account.relationships {
                lines.insert(r.id, if path.lines.contains(&r.id) { Emphasis::Lit } else { Emphasis::Dim });
            }
        } else if let Some(me @ PersonRef::Member(_)) = ctx.state.selection.person() {
            // Who knows whom: a selected team member's contacts are lit, the rest dimmed.
            let known: BTreeSet<PersonRef> = crate::analysis::path::contacts_of(account, me).into_iter().collect();
            for p in crate::analysis::people_on_map(ctx.project, account) {
                let e = if p == me {
                    Emphasis::Normal
                } else if known.contains(&p) {
                    Emphasis::Lit
                } else {
                    Emphasis::Dim
                };
                people.insert(p, e);
            }
            for r in &account.relationships {
                lines.insert(r.id, if r.touches(me) { Emphasis::Normal } else { Emphasis::Dim });
            }
        } else if let Some(me @ PersonRef::Contact(_)) = ctx.state.selection.person() {
            // Focus: a selected client person's neighbourhood in full, the rest dimmed.
            let near = crate::analysis::path::neighbourhood(account, me);
            for p in crate::analysis::people_on_map(ctx.project, account) {
                people.insert(p, if near.contains(&p) { Emphasis::Normal } else { Emphasis::Dim });
            }
            for r in &account.relationships {
                lines.insert(r.id, if r.touches(me) { Emphasis::Normal } else { Emphasis::Dim });
            }
        }
        (people, lines)
    }

    fn canvas(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
        let dt = ui.input(|i| i.stable_dt).min(0.1);
        self.animate(dt);
        let no_coverage = Coverage::default();
        if self.built.is_none() || self.built_filters != self.filters || self.built_coverage != self.show_coverage {
            self.built_coverage = self.show_coverage;
            let folded: BTreeSet<PersonRef> = match (&self.board, self.layout) {
                (Some(b), MapLayout::Board) => b.folded.iter().flat_map(|f| f.people.iter().copied()).collect(),
                _ => BTreeSet::new(),
            };
            let none = BTreeSet::new();
            let collapsed = if self.layout == MapLayout::Force { &self.collapsed } else { &none };
            let regions = match (&self.motion.places, self.layout) {
                (Some(p), MapLayout::Force) => crate::scene::overview::regions(account, p, &self.findings.coverage),
                _ => Vec::new(),
            };
            self.built = Some(graph::build(&BuildInput {
                project: ctx.project,
                account,
                filters: &self.filters,
                hidden: &folded,
                collapsed,
                unit_coverage: &self.findings.coverage,
                positions: &self.motion.shown,
                coverage: if self.show_coverage { &self.findings.coverage } else { &no_coverage },
                cycles: &self.findings.cycles,
                today: ctx.state.today.0,
                regions: &regions,
            }));
            self.built_filters = self.filters.clone();
        }
        let (people_em, line_em) = match self.spotlight_emphasis(ctx.project, account).filter(|_| self.presenting) {
            Some(e) => e,
            None => self.emphasis(ctx, account),
        };
        self.last_emphasis = people_em.clone();
        let rect = ui.available_rect_before_wrap();
        // Presenting, full screen or a maximised window refit the map; a side
        // panel's few pixels of jitter do not.
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
            let inner = if self.presenting { self.wall.between_bands(rect) } else { rect };
            match (&self.board, self.layout) {
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
            if !self.filters.visible_people(ctx.project, account).contains(&p) {
                // The person searched for is filtered out: show everyone again.
                self.filters = Filters::default();
            }
            if let Some(at) = self.motion.shown.get(&p) {
                self.viewport.cam.centre_on(rect, *at);
            }
        }
        let response = ui.interact(rect, egui::Id::new(self.graph_id), egui::Sense::click_and_drag());
        let before = self.viewport.cam;
        interact::handle(self, ui, ctx, account, &response);
        if !self.presenting {
            self.context_menu(&response, account);
        }
        if self.viewport.cam != before {
            self.viewport.untouched = false;
        }
        let dark = if self.presenting { self.presenting_dark } else { ui.visuals().dark_mode };
        self.last_dark = dark;
        let colours = theme::MapColours::for_dark_mode(dark);
        ui.painter().rect_filled(rect, 0.0, colours.background);
        let label_scale =
            if self.presenting { crate::scene::style::wall_scale(rect.height()) } else { self.label_scale };
        let palette = crate::scene::palette::Palette::new(dark);
        let look = crate::scene::draw::Look { palette, label_scale, show_titles: self.viewport.cam.zoom >= 1.15 };
        let frame = canvas::Frame { ctx: ui.ctx(), cam: self.viewport.cam, rect, look };
        // The wall's caption, tally, legend and key hint, and the board's own
        // labels and tiles, keep their boxes.
        let mut keep_out = if self.presenting { self.wall.keep_out(rect) } else { Vec::new() };
        if self.layout == MapLayout::Board
            && let Some(b) = &self.board
        {
            let cov = &self.findings.coverage;
            let summary = |people: &[PersonRef]| board_summary(account, cov, people);
            keep_out.extend(nav::paint_board(ui, &frame, b, ctx.project, &summary));
        }
        if let Some(built) = &mut self.built {
            interact::sync(built, &self.motion.shown, ctx.state, self.connect_from, &people_em, &line_em);
            let hovered = response.hover_pos().and_then(|p| canvas::person_at(built, &self.viewport.cam, rect, p));
            let state = &*ctx.state;
            let selected = |p: PersonRef| state.selection.contains(p);
            let shown = &self.motion.shown;
            let centre = |c: &crate::scene::overview::CollapsedUnit| centroid(shown, &c.people);
            let marks = canvas::Marks { selected: &selected, hovered, keep_out: &keep_out, centre: &centre };
            self.last_paint = canvas::paint(ui, &frame, built, &marks);
        }
        if self.presenting {
            self.wall_overlays(ui, rect, ctx, account, &palette, colours.text);
        } else {
            if self.show_legend {
                legend::legend(ui, rect, &palette, legend::Placement::EDITOR);
            }
            if self.connect_mode {
                self.connect_hint(ui, rect, colours.text);
            }
        }
        if self.is_animating() || self.viewport.fit_pending {
            ui.ctx().request_repaint();
        }
    }
}

/// What a folded board square says: "24 people" with its key pieces (in
/// short "24" with "K1 Q2" below), and whether a key person there is uncovered.
fn board_summary(account: &Account, cov: &Coverage, people: &[PersonRef]) -> nav::Summary {
    let contacts: Vec<&crate::model::Contact> =
        people.iter().filter_map(|p| if let PersonRef::Contact(c) = p { account.contact(*c) } else { None }).collect();
    let count = |piece: crate::model::Piece| contacts.iter().filter(|c| c.piece == piece).count();
    let mut keys = Vec::new();
    for piece in [crate::model::Piece::King, crate::model::Piece::Queen, crate::model::Piece::Rook] {
        let (n, letter) = (count(piece), piece.letter());
        if n > 0 {
            keys.push(format!("{letter}{n}"));
        }
    }
    let alarm = contacts.iter().any(|c| cov.is_uncovered_key(c.id));
    let mut text = crate::t!("map-people-count", people = people.len());
    let mut compact = people.len().to_string();
    if !keys.is_empty() {
        text.push_str(&format!("\n{}", keys.join(" ")));
        compact.push_str(&format!("\n{}", keys.join("\n")));
    }
    nav::Summary { text, compact, alarm }
}

/// The middle of where some people stand now.
fn centroid(shown: &BTreeMap<PersonRef, Point>, people: &[PersonRef]) -> Option<Point> {
    let points: Vec<&Point> = people.iter().filter_map(|p| shown.get(p)).collect();
    if points.is_empty() {
        return None;
    }
    let n = points.len() as f32;
    let (x, y) = points.iter().fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
    Some(Point::new(x / n, y / n))
}
