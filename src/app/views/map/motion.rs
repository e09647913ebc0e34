//! Where everyone on the map stands and where they are heading: the units'
//! places from the layout (on a worker thread for a large account) and the
//! animation towards them.

use super::MapView;
use crate::layout::Point;
use crate::layout::job::LayoutJob;
use crate::model::{Account, MapLayout, PersonRef, Project};
use std::collections::BTreeMap;

/// Accounts with more people than this are laid out on a worker thread;
/// smaller ones (a few milliseconds) in place, so they never show a frame
/// without their people.
const LAYOUT_IN_PLACE_UP_TO: usize = 1_500;

/// The units' places being computed: on a worker thread, or already done.
pub(super) enum Running {
    Worker(LayoutJob),
    Done(Option<crate::layout::Places>),
}

impl Running {
    pub(super) fn start(ctx: &egui::Context, project: &Project, account: &Account) -> Self {
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

/// Where everyone on the map stands.
#[derive(Default)]
pub(super) struct Motion {
    /// Where each person is drawn now, and where they are heading.
    pub(super) shown: BTreeMap<PersonRef, Point>,
    pub(super) target: BTreeMap<PersonRef, Point>,
    /// The units' places the people are heading for (force layout).
    pub(super) places: Option<crate::layout::Places>,
    /// What the places were made from (`layout::structure_key`).
    pub(super) places_key: Option<u64>,
    pub(super) running: Option<Running>,
    /// Where the people being dragged started.
    pub(super) drag_origin: Option<BTreeMap<PersonRef, Point>>,
}

impl MapView {
    /// Advances the layout and the animation towards it by one frame.
    pub(super) fn animate(&mut self, dt: f32) {
        if self.derived.layout == MapLayout::Force
            && let Some(places) = self.motion.running.as_mut().and_then(Running::take)
        {
            self.motion.running = None;
            let first = self.motion.places.is_none();
            let before = self.layout_bounds();
            let new_units =
                self.motion.places.as_ref().is_some_and(|old| places.units.keys().any(|u| !old.units.contains_key(u)));
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
            self.derived.built = None;
            // A map laid out on opening fits once it has its places; later,
            // an untouched view fits again when new business units' places
            // reach well past the old ones (an import), and stays put
            // otherwise (a contact added where the user double-clicked).
            let after = self.layout_bounds();
            let reaches_past = match (before, after) {
                (Some(b), Some(a)) => !b.expand(b.size().max_elem() * 0.1).contains_rect(a),
                _ => false,
            };
            if self.viewport.untouched && (first || (new_units && reaches_past)) {
                self.viewport.fit_pending = true;
            }
        }
        let t = 1.0 - (-dt * 9.0).exp();
        for (p, to) in &self.motion.target {
            let at = self.motion.shown.entry(*p).or_insert(*to);
            *at = if at.distance(*to) < 0.5 { *to } else { at.lerp(*to, t) };
        }
    }

    /// The box, in map units, holding every unit's region and person.
    fn layout_bounds(&self) -> Option<egui::Rect> {
        let mut r = egui::Rect::NOTHING;
        for (c, radius) in self.unit_discs() {
            r = r.union(egui::Rect::from_center_size(egui::pos2(c.x, c.y), egui::Vec2::splat(2.0 * radius)));
        }
        for p in self.motion.target.values() {
            r.extend_with(egui::pos2(p.x, p.y));
        }
        r.is_positive().then_some(r)
    }

    /// Whether the force layout is still moving.
    pub fn is_animating(&self) -> bool {
        self.motion.running.is_some()
            || self.motion.shown.iter().any(|(p, at)| self.motion.target.get(p).is_some_and(|t| t != at))
    }

    /// The units' places (force layout), as discs to fit.
    pub(super) fn unit_discs(&self) -> Vec<(Point, f32)> {
        let Some(p) = &self.motion.places else { return Vec::new() };
        p.units
            .values()
            .map(|(d, _)| (d.centre, d.radius))
            .chain(p.communities.values().map(|d| (d.centre, d.radius)))
            .collect()
    }
}

/// The middle of where some people stand now.
pub(super) fn centroid(shown: &BTreeMap<PersonRef, Point>, people: &[PersonRef]) -> Option<Point> {
    let points: Vec<&Point> = people.iter().filter_map(|p| shown.get(p)).collect();
    if points.is_empty() {
        return None;
    }
    let n = points.len() as f32;
    let (x, y) = points.iter().fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
    Some(Point::new(x / n, y / n))
}
