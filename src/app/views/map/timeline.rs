//! The timeline: the map replayed over the account's review points (and
//! the commits of its file, when it sits in git), each step showing the
//! account as it stood, with what changed since the step before marked.
//! Everyone stands where the whole history lays them out, so nobody moves
//! between steps but those who came or went. The map is read-only here:
//! the past is not edited.

use super::MapView;
use crate::analysis::history::{Change, changes, snapshot};
use crate::analysis::replay::{LineChange, PersonChange, Replay, replay, union};
use crate::app::views::ViewCtx;
use crate::i18n::{numbers, tr};
use crate::model::snapshot::Snapshot;
use crate::model::{Account, AccountId};
use crate::t;
use chrono::NaiveDate;
use std::sync::Arc;

/// A point on the timeline.
#[derive(Clone, Debug)]
pub struct TimePoint {
    pub date: NaiveDate,
    pub what: PointKind,
    pub snapshot: Arc<Snapshot>,
}

/// Where a point comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PointKind {
    Review { reviewer: String },
    Commit { author: String, summary: String },
    Today,
}

impl TimePoint {
    /// "12 Mar 2026", and what the point is, for its chip's tooltip.
    pub fn label(&self) -> String {
        match &self.what {
            PointKind::Today => tr("map-timeline-chip-today"),
            _ => numbers::date(self.date),
        }
    }

    pub fn describe(&self) -> String {
        match &self.what {
            PointKind::Review { reviewer } if reviewer.is_empty() => {
                t!("timeline-review", date = numbers::date(self.date))
            }
            PointKind::Review { reviewer } => {
                t!("timeline-review-by", date = numbers::date(self.date), reviewer = reviewer)
            }
            PointKind::Commit { author, summary } => {
                t!("timeline-commit", date = numbers::date(self.date), author = author, summary = summary)
            }
            PointKind::Today => t!("timeline-today", date = numbers::date(self.date)),
        }
    }
}

/// The file's commits that changed an account, as points, with what they
/// were made from (the account, the reading of the history, the language).
pub(super) type GitPoints = ((AccountId, usize, crate::i18n::Language), Arc<Vec<TimePoint>>);

/// The step the user chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The last point before today (as the timeline opens).
    LastReview,
    At(usize),
}

/// What the timeline is made of for one account and revision.
pub(super) struct Timeline {
    key: (AccountId, u64, crate::i18n::Language, usize),
    pub(super) points: Vec<TimePoint>,
    /// Everyone who ever stood, laid out once.
    union: Arc<Account>,
    /// The step drawn, how the account stood then, and what changed since
    /// the point before.
    step: Option<(usize, Arc<Replay>, Arc<Vec<Change>>)>,
}

/// The account's points: its reviews that kept the account, the commits
/// given (`extra`), and today, by date.
pub fn points(
    project: &crate::model::Project,
    account: &Account,
    today: NaiveDate,
    extra: &[TimePoint],
) -> Vec<TimePoint> {
    let mut out: Vec<TimePoint> = account
        .plan
        .reviews
        .iter()
        .filter_map(|r| {
            let kept = r.snapshot.as_deref()?;
            Some(TimePoint {
                date: r.date,
                what: PointKind::Review { reviewer: r.reviewer.clone() },
                snapshot: Arc::new(kept.clone()),
            })
        })
        .chain(extra.iter().cloned())
        .filter(|p| p.date <= today)
        .collect();
    out.sort_by_key(|p| p.date);
    let now = snapshot(project, account, today);
    out.push(TimePoint { date: today, what: PointKind::Today, snapshot: Arc::new(now) });
    out
}

impl MapView {
    /// Whether the map shows a point of the timeline (and takes no edits).
    pub fn on_timeline(&self) -> bool {
        self.show.timeline.is_some()
    }

    /// Opens the timeline at its last review point (or closes it).
    pub fn toggle_timeline(&mut self) {
        self.show.timeline = match self.show.timeline {
            Some(_) => None,
            None => Some(Step::LastReview),
        };
        self.interaction.connect_mode = false;
        self.interaction.connect_from = None;
    }

    /// Steps the timeline by `by` points (within its ends).
    pub fn step_timeline(&mut self, by: isize) {
        let (Some(at), Some(last)) = (self.timeline_at(), self.timeline_points().len().checked_sub(1)) else { return };
        self.show.timeline = Some(Step::At(at.saturating_add_signed(by).min(last)));
    }

    /// Shows the point `index` (the timeline opens if it was closed).
    pub fn show_timeline_point(&mut self, index: usize) {
        self.show.timeline = Some(Step::At(index));
    }

    /// The timeline's points, once made (for tests and the wall).
    pub fn timeline_points(&self) -> &[TimePoint] {
        self.timeline.as_ref().map_or(&[], |t| &t.points)
    }

    /// The step shown, within the points.
    pub fn timeline_at(&self) -> Option<usize> {
        let last = self.timeline_points().len().checked_sub(1)?;
        self.show.timeline.map(|s| match s {
            Step::LastReview => last.saturating_sub(1),
            Step::At(i) => i.min(last),
        })
    }

    /// The account as the timeline's step shows it, or `None` off the
    /// timeline (the live account). Also sets what the layout is made from.
    pub(super) fn timeline_step(
        &mut self,
        ctx: &ViewCtx<'_>,
        live: &Account,
        extra: &Arc<Vec<TimePoint>>,
    ) -> Option<Arc<Replay>> {
        let Some(_) = self.show.timeline else {
            self.timeline = None;
            self.derived.layout_from = None;
            self.derived.replay = None;
            return None;
        };
        let key = (live.id, ctx.revision, crate::i18n::language(), Arc::as_ptr(extra) as usize);
        if self.timeline.as_ref().is_none_or(|t| t.key != key) {
            let points = points(ctx.project, live, ctx.state.today.0, extra);
            let all: Vec<&Snapshot> = points.iter().map(|p| &*p.snapshot).collect();
            let union = Arc::new(union(live, &all));
            self.timeline = Some(Timeline { key, points, union, step: None });
        }
        let at = self.timeline_at()?;
        self.show.timeline = Some(Step::At(at));
        let t = self.timeline.as_mut()?;
        if t.step.as_ref().is_none_or(|(i, ..)| *i != at) {
            let before = at.checked_sub(1).map(|i| &*t.points[i].snapshot);
            let after = &t.points[at].snapshot;
            let list = before.map(|b| changes(b, after)).unwrap_or_default();
            t.step = Some((at, Arc::new(replay(live, before, after)), Arc::new(list)));
        }
        self.derived.layout_from = Some(t.union.clone());
        let step = t.step.as_ref().map(|(_, r, _)| r.clone());
        self.derived.replay.clone_from(&step);
        step
    }

    /// The commits of the file in git that changed this account, as points
    /// (made once per reading of the history and account).
    pub(super) fn history_points(&mut self, ctx: &ViewCtx<'_>, live: &Account) -> Arc<Vec<TimePoint>> {
        if !self.on_timeline() {
            return Arc::default();
        }
        let key = (live.id, Arc::as_ptr(&ctx.history) as usize, crate::i18n::language());
        if let Some((k, points)) = &self.git_points
            && *k == key
        {
            return points.clone();
        }
        let points = Arc::new(commit_points(&ctx.history.kept, live.id));
        self.git_points = Some((key, points.clone()));
        points
    }

    /// What changed from the step before to the step shown.
    pub(super) fn timeline_changes(&self) -> Arc<Vec<Change>> {
        self.timeline.as_ref().and_then(|t| t.step.as_ref()).map(|(_, _, list)| list.clone()).unwrap_or_default()
    }

    /// One line for the wall and the bar: the point shown, and the marks'
    /// counts since the point before.
    pub fn timeline_caption(&self) -> Option<String> {
        let t = self.timeline.as_ref()?;
        let at = self.timeline_at()?;
        let point = &t.points[at];
        let (_, r, _) = t.step.as_ref()?;
        let count = |c: PersonChange| r.people.values().filter(|x| **x == c).count();
        let lines = |c: LineChange| r.lines.values().filter(|x| **x == c).count();
        let head = t!("timeline-step", point = point.describe(), at = at + 1, of = t.points.len());
        let Some(before) = at.checked_sub(1).map(|i| &t.points[i]) else { return Some(head) };
        let tally = t!(
            "timeline-tally",
            since = before.label(),
            joined = count(PersonChange::Joined),
            gone = count(PersonChange::Gone),
            better = count(PersonChange::StanceBetter),
            worse = count(PersonChange::StanceWorse),
            gained = lines(LineChange::Gained),
            lost = lines(LineChange::Lost)
        );
        Some(format!("{head} · {tally}"))
    }
}

/// The commits (newest first) that changed the account, oldest first, as
/// points: a commit that left this account as it was is no point of its.
pub fn commit_points(kept: &[crate::file::git::Kept], account: AccountId) -> Vec<TimePoint> {
    let mut out: Vec<TimePoint> = Vec::new();
    for k in kept.iter().rev() {
        let Some(a) = k.project.account(account) else { continue };
        let kept = snapshot(&k.project, a, k.date);
        let same = out.last().is_some_and(|p| Snapshot { date: kept.date, ..(*p.snapshot).clone() } == kept);
        if same {
            continue;
        }
        let what = PointKind::Commit { author: k.author.clone(), summary: k.summary.clone() };
        out.push(TimePoint { date: k.date, what, snapshot: Arc::new(kept) });
    }
    out
}
