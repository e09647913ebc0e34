//! One type and one file per view. Views read the project through a
//! borrowed `ViewCtx` and send edits; they never change the project.

mod contact_events;
pub mod contact_form;
pub mod map;
pub mod pick;
mod plan;
mod portfolio;
mod scoring;
pub mod selection;
pub mod widgets;

use crate::command::Command;
use crate::model::{Account, AccountId, PersonRef, Problem, Project};

/// The main views, one tab each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, strum::VariantArray)]
pub enum ViewKind {
    #[default]
    Portfolio,
    Map,
    Scoring,
    Plan,
}

impl ViewKind {
    /// Every one, in the order declared (derived: a new one is never missed).
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    pub fn label_id(self) -> &'static str {
        match self {
            Self::Portfolio => "view-kind-portfolio",
            Self::Map => "view-kind-map",
            Self::Scoring => "view-kind-scoring",
            Self::Plan => "view-kind-plan",
        }
    }

    pub fn label(self) -> String {
        crate::i18n::tr(self.label_id())
    }

    pub fn tooltip_id(self) -> &'static str {
        match self {
            Self::Portfolio => "view-kind-portfolio-tooltip",
            Self::Map => "view-kind-map-tooltip",
            Self::Scoring => "view-kind-scoring-tooltip",
            Self::Plan => "view-kind-plan-tooltip",
        }
    }

    pub fn tooltip(self) -> String {
        crate::i18n::tr(self.tooltip_id())
    }
}

/// Runtime UI state: never saved in the project.
#[derive(Clone, Debug, Default)]
pub struct UiState {
    pub view: ViewKind,
    pub account: Option<AccountId>,
    /// What is selected on the map (the side panel shows it).
    pub selection: selection::Selection,
    /// The Name field of the person form takes the keyboard once (after Add contact).
    pub focus_name: bool,
    pub show_problems: bool,
    /// The date plan health and due dates are judged against.
    pub today: Today,
    /// Presentation mode: the map alone, full screen, for the wall.
    pub presenting: bool,
    /// An export a view asked for; the app shows the file dialog.
    pub export_request: Option<ExportRequest>,
}

/// Exports that need a file dialog, asked for by a view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportRequest {
    PlanHtml,
    PlanMarkdown,
    /// The latest review with what changed since the one before.
    ReviewHtml,
    ReviewMarkdown,
    MapPng,
    MapSvg,
    /// Everything the project holds about one contact (HTML and JSON).
    Person(crate::model::ContactId),
}

/// Today's date (tests set a fixed one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Today(pub chrono::NaiveDate);

impl Default for Today {
    fn default() -> Self {
        Self(crate::clock::today())
    }
}

impl UiState {
    /// Shows another account, forgetting the selection in the old one.
    pub fn select_account(&mut self, id: AccountId) {
        if self.account != Some(id) {
            self.account = Some(id);
            self.selection.clear();
        }
    }

    /// Drops selections that no longer exist (after undo or delete).
    pub fn forget_missing(&mut self, project: &Project) {
        if self.account.is_none_or(|a| project.account(a).is_none()) {
            self.account = project.accounts.first().map(|a| a.id);
            self.selection.clear();
        }
        let account = self.account.and_then(|a| project.account(a));
        let exists = |p: PersonRef| match (p, account) {
            (PersonRef::Contact(c), Some(a)) => a.contact(c).is_some(),
            (PersonRef::Member(m), _) => project.member(m).is_some(),
            _ => false,
        };
        let line_exists = |l| account.is_some_and(|a| crate::model::ids::find(&a.relationships, l).is_some());
        self.selection.retain(exists, line_exists);
    }
}

/// A command sent by a view, with an optional key that merges consecutive
/// edits of the same field into one undo step.
#[derive(Clone, Debug)]
pub struct Edit {
    pub command: Command,
    pub merge_key: Option<String>,
}

/// What a view may read and where it sends its edits.
pub struct ViewCtx<'a> {
    pub project: &'a Project,
    pub problems: &'a [Problem],
    pub state: &'a mut UiState,
    /// Increases with every change, so views can cache derived data.
    pub revision: u64,
    /// What the file held when last loaded or saved: new ids go past it.
    base: Option<&'a Project>,
    /// The file's history in git, as read so far (the timeline's commits).
    pub history: std::sync::Arc<crate::file::git::Read>,
    edits: Vec<Edit>,
}

impl<'a> ViewCtx<'a> {
    pub fn new(project: &'a Project, problems: &'a [Problem], state: &'a mut UiState, revision: u64) -> Self {
        Self { project, problems, state, revision, base: None, history: std::sync::Arc::default(), edits: Vec::new() }
    }

    /// With the file's history in git.
    pub fn with_history(mut self, history: std::sync::Arc<crate::file::git::Read>) -> Self {
        self.history = history;
        self
    }

    /// With the file's content as last loaded or saved (for new ids).
    pub fn with_base(mut self, base: Option<&'a Project>) -> Self {
        self.base = base;
        self
    }

    /// Where every new record of a view gets its id (`command::NewIds`).
    pub fn new_ids(&self) -> crate::command::NewIds<'a> {
        crate::command::NewIds::new(self.project, self.base)
    }

    /// Sends a command as its own undo step.
    pub fn send(&mut self, command: Command) {
        self.edits.push(Edit { command, merge_key: None });
    }

    /// Sends a command that merges with the previous one of the same key.
    pub fn send_merging(&mut self, command: Command, key: String) {
        self.edits.push(Edit { command, merge_key: Some(key) });
    }

    pub fn into_edits(self) -> Vec<Edit> {
        self.edits
    }

    /// The account the account views show.
    pub fn account(&self) -> Option<&'a Account> {
        let project: &'a Project = self.project;
        self.state.account.and_then(|id| project.account(id))
    }
}

/// The views with their runtime state.
#[derive(Default)]
pub struct Views {
    portfolio: portfolio::PortfolioView,
    pub map: map::MapView,
    scoring: scoring::ScoringView,
    plan: plan::PlanView,
}

impl Views {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        match ctx.state.view {
            ViewKind::Portfolio => self.portfolio.ui(ui, ctx),
            ViewKind::Map => self.map.ui(ui, ctx),
            ViewKind::Scoring => self.scoring.ui(ui, ctx),
            ViewKind::Plan => self.plan.ui(ui, ctx),
        }
    }
}

/// Shown by account views when the project has no account yet.
pub fn no_account(ui: &mut egui::Ui) {
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.heading(crate::i18n::tr("view-account-yet"));
        ui.label(crate::i18n::tr("view-add-account-portfolio"));
    });
}
