//! What the relationship map saves per account: the chosen layout and the
//! positions of people in the force layout, so the map opens as it was left.

use super::people::PersonRef;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The two ways to lay out the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum MapLayout {
    /// Force-directed: related people pull together.
    #[default]
    Force,
    /// The chess board: ranks are levels, files are business units.
    Board,
}

impl MapLayout {
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Force => "map-layout-force",
            Self::Board => "map-layout-board",
        }
    }

    pub fn label(self) -> String {
        crate::i18n::tr(self.label_id())
    }
}

/// A person's place in the force layout. Pinned people stay where the user put them.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapPos {
    pub x: f32,
    pub y: f32,
    #[serde(default)]
    pub pinned: bool,
}

/// How far from the middle a saved position may be, in map units.
pub const MAX_COORDINATE: f32 = 1_000_000.0;

impl MapPos {
    /// Whether both coordinates are finite and within `MAX_COORDINATE`.
    pub fn is_sane(&self) -> bool {
        [self.x, self.y].iter().all(|v| v.is_finite() && v.abs() <= MAX_COORDINATE)
    }

    /// The position as drawn: none when not a finite number, otherwise
    /// clamped to `MAX_COORDINATE` (validation reports both).
    pub fn point(&self) -> Option<(f32, f32)> {
        let ok = self.x.is_finite() && self.y.is_finite();
        ok.then(|| (self.x.clamp(-MAX_COORDINATE, MAX_COORDINATE), self.y.clamp(-MAX_COORDINATE, MAX_COORDINATE)))
    }
}

/// Saved state of one account's map.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MapState {
    #[serde(default)]
    pub layout: MapLayout,
    #[serde(default)]
    pub positions: BTreeMap<PersonRef, MapPos>,
}
