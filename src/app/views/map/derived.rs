//! What the map computes from the account, remade when the project, the
//! account or the language changes: the flags and paths, the board, the
//! drawing description, and where everyone should head.

use super::graph::{self, BuildInput, Built};
use super::motion::Running;
use super::{Filters, MapView};
use crate::analysis::coverage::{Coverage, coverage};
use crate::analysis::path::{WarmPath, warm_path};
use crate::app::views::ViewCtx;
use crate::layout::board::{self, Board};
use crate::model::{Account, AccountId, ContactId, MapLayout, PersonRef, Project};
use std::collections::BTreeSet;

/// What the map computes from the account.
#[derive(Default)]
pub(super) struct Derived {
    /// What it was made from: the account, the project's revision, the
    /// language of its texts (the board's rank names)
    /// and the timeline's step, if one is shown.
    pub(super) key: Option<(AccountId, u64, crate::i18n::Language, Option<usize>)>,
    /// The drawing description, and the filters and coverage it was built with.
    pub(super) built: Option<Built>,
    pub(super) built_filters: Filters,
    pub(super) built_coverage: bool,
    pub(super) board: Option<Board>,
    pub(super) findings: Findings,
    /// The account's layout (force or board) as last seen.
    pub(super) layout: MapLayout,
    /// On the timeline: the account the layout is made from (everyone who
    /// ever stood), and the step's marks.
    pub(super) layout_from: Option<std::sync::Arc<Account>>,
    pub(super) replay: Option<std::sync::Arc<crate::analysis::replay::Replay>>,
}

/// What the map computes from the account for its flags and paths.
#[derive(Default)]
pub(super) struct Findings {
    pub(super) coverage: Coverage,
    pub(super) cycles: BTreeSet<ContactId>,
    pub(super) path_target: Option<PersonRef>,
    pub(super) path: Option<WarmPath>,
}

impl MapView {
    /// Brings derived state up to date with the project.
    pub(super) fn sync(&mut self, ui: &egui::Context, project: &Project, account: &Account, revision: u64) {
        let key = (account.id, revision, crate::i18n::language(), self.timeline_at());
        if self.derived.key == Some(key) {
            return;
        }
        let new_account = self.derived.key.is_none_or(|(a, ..)| a != account.id);
        self.derived.key = Some(key);
        if new_account {
            self.motion.places = None;
            self.motion.places_key = None;
            self.motion.running = None;
            self.derived.findings.path_target = None;
            self.interaction.connect_from = None;
            self.viewport.fit_pending = true;
        }
        self.derived.findings.coverage = coverage(account);
        self.derived.findings.cycles =
            crate::model::validate::reporting_cycles(account).iter().flat_map(|c| c.members()).collect();
        self.derived.findings.path = self.derived.findings.path_target.and_then(|t| warm_path(project, account, t));
        let team = crate::analysis::team_on_map(project, account);
        self.derived.board = Some(board::place_folding(account, &team, Some(&self.show.open_squares)));
        if self.derived.layout != account.map.layout {
            self.derived.layout = account.map.layout;
            self.viewport.fit_pending = true;
        }
        self.retarget(ui, project, account);
        self.derived.built = None;
    }

    /// Sets where everyone should be for the current layout: the board's
    /// squares now, or the units' places once the worker has them.
    pub(super) fn retarget(&mut self, ui: &egui::Context, project: &Project, account: &Account) {
        if self.derived.layout == MapLayout::Board {
            self.motion.target = self.derived.board.as_ref().map(|b| b.positions.clone()).unwrap_or_default();
            return;
        }
        // Only a change to what the places are made from moves anyone. On
        // the timeline, they are made from everyone who ever stood.
        let from = self.derived.layout_from.clone();
        let account = from.as_deref().unwrap_or(account);
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
    pub(super) fn relayout(&mut self, ctx: &mut ViewCtx<'_>, account: &Account) {
        let changes: Vec<_> = account.map.positions.keys().map(|p| (*p, None)).collect();
        if !changes.is_empty() {
            ctx.send(crate::command::Command::SetPositions(account.id, changes));
        }
        self.viewport.fit_pending = true;
    }

    pub(super) fn sync_board(&mut self, project: &Project, account: &Account) {
        let team = crate::analysis::team_on_map(project, account);
        self.derived.board = Some(board::place_folding(account, &team, Some(&self.show.open_squares)));
        if self.derived.layout == MapLayout::Board {
            self.motion.target = self.derived.board.as_ref().map(|b| b.positions.clone()).unwrap_or_default();
        }
        self.derived.built = None;
    }
}

impl MapView {
    /// Builds the drawing description again when it is gone or the filters
    /// or coverage colours it was built with changed.
    pub(super) fn build(&mut self, ctx: &ViewCtx<'_>, account: &Account) {
        let d = &mut self.derived;
        if d.built.is_some() && d.built_filters == self.show.filters && d.built_coverage == self.show.coverage {
            return;
        }
        let (force, board) = (d.layout == MapLayout::Force, d.layout == MapLayout::Board);
        let folded: BTreeSet<PersonRef> = match &d.board {
            Some(b) if board => b.folded.iter().flat_map(|f| f.people.iter().copied()).collect(),
            _ => BTreeSet::new(),
        };
        let none = BTreeSet::new();
        let regions = match &self.motion.places {
            Some(p) if force => crate::scene::overview::regions(account, p, &d.findings.coverage),
            _ => Vec::new(),
        };
        let no_coverage = Coverage::default();
        d.built = Some(graph::build(&BuildInput {
            project: ctx.project,
            account,
            filters: &self.show.filters,
            hidden: &folded,
            collapsed: if force { &self.show.collapsed } else { &none },
            unit_coverage: &d.findings.coverage,
            positions: &self.motion.shown,
            coverage: if self.show.coverage { &d.findings.coverage } else { &no_coverage },
            cycles: &d.findings.cycles,
            today: ctx.state.today.0,
            regions: &regions,
            changes: d.replay.as_deref(),
        }));
        d.built_filters = self.show.filters.clone();
        d.built_coverage = self.show.coverage;
    }
}
