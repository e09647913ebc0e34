//! What the relationship map draws, free of any UI toolkit: people as
//! pieces with their flags, relationships as lines with their styles. The
//! window paints a scene on its own canvas; the export turns it into SVG
//! (and the SVG into PNG), so both show the same map.

pub mod draw;
pub mod emphasis;
pub mod frame;
pub mod legend;
pub mod lines;
pub mod overview;
pub mod palette;
pub mod pieces;
pub mod style;
pub mod summary;

pub use crate::analysis::cooling::Warmth;
use crate::analysis::coverage::Coverage;
pub use crate::analysis::replay::{LineChange, PersonChange};
use crate::i18n::tr;
use crate::layout::Point;
use crate::layout::board::{Board, TEAM_RANK};
use crate::model::{Account, ContactId, MapLayout, PersonRef, Piece, Project, RelKind, RelationshipId, Stance};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Lines untouched for longer than this look faded.
pub const STALE_DAYS: i64 = 365;
/// Map radius of a team member.
pub const MEMBER_RADIUS: f32 = 24.0;

/// Map radius of a contact's piece by influence (1-5).
pub fn piece_radius(influence: u8) -> f32 {
    16.0 + f32::from(influence.clamp(1, 5)) * 4.0
}

/// How strongly something is drawn under the current analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Emphasis {
    #[default]
    Normal,
    Dim,
    Lit,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeKind {
    Contact { piece: Piece, stance: Stance, influence: u8 },
    Member { initials: Arc<str> },
}

/// What a person draws.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeData {
    pub person: PersonRef,
    pub name: Arc<str>,
    pub title: Arc<str>,
    pub kind: NodeKind,
    pub left: bool,
    pub emphasis: Emphasis,
    pub uncovered: bool,
    pub single: bool,
    pub in_cycle: bool,
    pub connect_source: bool,
    /// What happened to them since the point before (the timeline).
    pub change: Option<PersonChange>,
    /// A key person none of us has met within the account's rhythm.
    pub cooling: Option<Warmth>,
    /// A key seat its holder left with nobody named in their place: drawn as
    /// the piece with no one in it, named by the seat ("CFO: vacant").
    pub vacant: bool,
}

impl NodeData {
    /// Radius in map units.
    pub fn radius(&self) -> f32 {
        match &self.kind {
            NodeKind::Contact { influence, .. } => piece_radius(*influence),
            NodeKind::Member { .. } => MEMBER_RADIUS,
        }
    }

    /// How much of its colour a person keeps (left the company, dimmed).
    pub fn keep(&self) -> f32 {
        let mut keep = 1.0;
        if self.vacant {
            keep *= 0.8;
        } else if self.left || self.change == Some(PersonChange::Gone) {
            keep *= 0.35;
        }
        if self.emphasis == Emphasis::Dim {
            keep *= 0.22;
        }
        keep
    }
}

/// What a line draws.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeData {
    pub id: RelationshipId,
    pub kind: RelKind,
    pub strength: u8,
    pub stale: bool,
    pub emphasis: Emphasis,
    /// Sideways offset for parallel lines between the same two people.
    pub lane: f32,
    pub selected: bool,
    /// Gained or lost since the point before (the timeline).
    pub change: Option<LineChange>,
}

/// A person on the map, where they stand.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenePerson {
    pub data: NodeData,
    pub at: Point,
    /// Their business unit, for the unit's region.
    pub unit: Option<crate::model::UnitId>,
}

/// A line between two people of the scene.
#[derive(Clone, Debug, PartialEq)]
pub struct SceneLine {
    pub data: EdgeData,
    pub from: PersonRef,
    pub to: PersonRef,
}

/// Everything the map draws.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    pub people: Vec<ScenePerson>,
    pub lines: Vec<SceneLine>,
    /// The chess board behind the people, in the board layout.
    pub board: Option<BoardScene>,
    /// Names of the business units, for their regions (force layout).
    pub unit_names: BTreeMap<crate::model::UnitId, String>,
    /// The units' places (force layout), outer units first.
    pub regions: Vec<overview::Region>,
}

/// The board's bands with the labels they show.
#[derive(Clone, Debug, PartialEq)]
pub struct BoardScene {
    pub board: Board,
    /// One label per rank, top to bottom.
    pub rank_labels: Vec<String>,
}

impl BoardScene {
    pub fn new(board: Board, project: &Project) -> Self {
        let rank_labels = board.ranks.iter().enumerate().map(|(i, r)| rank_label(i, &r.label, project)).collect();
        Self { board, rank_labels }
    }
}

/// A rank's label: a hierarchy level, or our team with our company's name.
pub fn rank_label(index: usize, label: &str, project: &Project) -> String {
    if index < crate::model::Level::ALL.len() {
        tr(label)
    } else if project.our_company.is_empty() {
        tr(TEAM_RANK)
    } else {
        format!("{} · {}", tr(TEAM_RANK), project.our_company)
    }
}

/// What a scene is built from.
pub struct SceneInput<'a> {
    pub project: &'a Project,
    pub account: &'a Account,
    /// The people to draw (filters applied), in drawing order.
    pub visible: &'a [PersonRef],
    /// Whether lines of a kind are drawn.
    pub shows_kind: &'a dyn Fn(RelKind) -> bool,
    pub positions: &'a BTreeMap<PersonRef, Point>,
    pub coverage: &'a Coverage,
    pub cycles: &'a BTreeSet<ContactId>,
    pub today: NaiveDate,
}

/// "Henrik Åberg" -> "Henrik Å."; single names stay as they are.
pub fn short_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    match (words.first(), words.last()) {
        (Some(first), Some(last)) if words.len() > 1 => {
            let initial: String = last.chars().take(1).collect();
            format!("{first} {initial}.")
        }
        _ => name.to_owned(),
    }
}

/// "Karin Lindqvist" -> "KL".
pub fn initials(name: &str) -> Arc<str> {
    name.split_whitespace().filter_map(|w| w.chars().next()).take(2).collect::<String>().into()
}

fn person(input: &SceneInput<'_>, p: PersonRef, cooling: &BTreeMap<ContactId, Warmth>) -> Option<NodeData> {
    let SceneInput { project, account, coverage, cycles, .. } = input;
    Some(match p {
        PersonRef::Contact(id) => {
            let c = account.contact(id)?;
            let vacant = c.is_vacant();
            let (name, title) = if vacant {
                let seat = crate::analysis::departures::seat(c);
                let since = c.left_on.map(crate::i18n::numbers::date);
                let was = match since {
                    Some(date) => crate::t!("map-vacant-since", date = date, name = &c.name),
                    None => crate::t!("map-vacant-was", name = &c.name),
                };
                (crate::t!("map-vacant-seat", seat = seat), was)
            } else {
                (c.name.clone(), c.title.clone())
            };
            NodeData {
                person: p,
                name: name.into(),
                title: title.into(),
                kind: NodeKind::Contact { piece: c.piece, stance: c.stance, influence: c.influence },
                left: c.has_left,
                emphasis: Emphasis::Normal,
                uncovered: coverage.is_uncovered_key(id),
                single: coverage.is_single_threaded(id),
                in_cycle: cycles.contains(&id),
                connect_source: false,
                change: None,
                cooling: cooling.get(&id).copied(),
                vacant,
            }
        }
        PersonRef::Member(id) => {
            let m = project.member(id)?;
            NodeData {
                person: p,
                name: m.name.as_str().into(),
                title: m.title.as_str().into(),
                kind: NodeKind::Member { initials: initials(&m.name) },
                left: false,
                emphasis: Emphasis::Normal,
                uncovered: false,
                single: false,
                in_cycle: false,
                connect_source: false,
                change: None,
                cooling: None,
                vacant: false,
            }
        }
    })
}

/// Lanes 0, +1, -1, +2 ... keep parallel lines between two people apart.
fn lane(n: u32) -> f32 {
    if n == 0 {
        0.0
    } else if n % 2 == 1 {
        n.div_ceil(2) as f32
    } else {
        -((n / 2) as f32)
    }
}

/// Builds the scene of the people and lines the filters let through.
pub fn build(input: &SceneInput<'_>) -> Scene {
    let mut scene =
        Scene { unit_names: input.account.units.iter().map(|u| (u.id, u.name.clone())).collect(), ..Scene::default() };
    let mut shown = BTreeSet::new();
    let cooling: BTreeMap<ContactId, Warmth> = crate::analysis::cooling::cooling(input.account, input.today)
        .into_iter()
        .map(|c| (c.contact, c.warmth))
        .collect();
    for &p in input.visible {
        // Someone with no place yet (the layout is still working) is drawn once it has one.
        if let (Some(data), Some(&at)) = (person(input, p, &cooling), input.positions.get(&p)) {
            let unit = match p {
                PersonRef::Contact(c) => {
                    input.account.contact(c).and_then(|c| c.unit).filter(|u| input.account.unit(*u).is_some())
                }
                PersonRef::Member(_) => None,
            };
            scene.people.push(ScenePerson { data, at, unit });
            shown.insert(p);
        }
    }
    let mut lanes: BTreeMap<(PersonRef, PersonRef), u32> = BTreeMap::new();
    for r in input.account.relationships.iter().filter(|r| (input.shows_kind)(r.kind)) {
        if !shown.contains(&r.from) || !shown.contains(&r.to) {
            continue;
        }
        let pair = if r.from < r.to { (r.from, r.to) } else { (r.to, r.from) };
        let n = lanes.entry(pair).or_insert(0);
        let l = lane(*n);
        *n += 1;
        let stale = r.last_contact.is_some_and(|d| (input.today - d).num_days() > STALE_DAYS);
        let data = EdgeData {
            id: r.id,
            kind: r.kind,
            strength: r.strength,
            stale,
            emphasis: Emphasis::Normal,
            lane: if r.from < r.to { l } else { -l },
            selected: false,
            change: None,
        };
        scene.lines.push(SceneLine { data, from: r.from, to: r.to });
    }
    scene
}

/// Where everyone stands in the account's chosen layout, as the window
/// shows it when opened: the units' places (pins kept), or the chess board.
pub fn layout_positions(
    project: &Project,
    account: &Account,
) -> (BTreeMap<PersonRef, Point>, Option<Board>, Option<crate::layout::Places>) {
    let team = crate::analysis::team_on_map(project, account);
    if account.map.layout == MapLayout::Board {
        let board = crate::layout::board::place(account, &team);
        return (board.positions.clone(), Some(board), None);
    }
    let places = crate::layout::account_places(project, account, false);
    (places.people.clone(), None, Some(places))
}

/// The whole map of an account, as `gambit export-map` draws it: everyone
/// and every line, in the account's layout, coverage flags on.
pub fn whole_map(project: &Project, account: &Account, today: NaiveDate) -> Scene {
    let visible = crate::analysis::people_on_map(project, account);
    let (positions, board, places) = layout_positions(project, account);
    let cov = crate::analysis::coverage::coverage(account);
    let cycles = crate::model::validate::reporting_cycles(account).iter().flat_map(|c| c.members()).collect();
    let mut scene = build(&SceneInput {
        project,
        account,
        visible: &visible,
        shows_kind: &|_| true,
        positions: &positions,
        coverage: &cov,
        cycles: &cycles,
        today,
    });
    scene.board = board.map(|b| BoardScene::new(b, project));
    scene.regions = places.map(|p| overview::regions(account, &p, &cov)).unwrap_or_default();
    scene
}
