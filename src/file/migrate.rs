//! Reading every format version Gambit has released.
//!
//! Each released version keeps a fixture in `tests/fixtures/`. When the
//! format changes, bump `FORMAT_VERSION`, keep the old shape here as a
//! private type, and add a step that converts it to the next version.

use super::{LoadError, ron_options};
use crate::model::Project;

/// Parses text whose probe said `version` (never newer than this build).
pub(super) fn parse_version(text: &str, version: u32, source: &str) -> Result<Project, LoadError> {
    match version {
        // Version 2 added each account's saved map (layout and positions),
        // version 3 contacts' email and phone, version 4 the conflicts a merge
        // left to settle, version 5 reviews' decisions, next date and the
        // account as it stood that day, version 6 departures (the day, who took
        // over) and earlier roles. An older file reads as the newer one
        // with those left empty; an older Gambit refuses a newer file instead
        // of dropping what it does not know on its next save.
        1..=6 => {
            let mut project =
                ron_options().from_str::<Project>(text).map_err(|e| LoadError::from_ron(source, &e, false))?;
            project.format_version = crate::model::FORMAT_VERSION;
            Ok(project)
        }
        found => Err(LoadError::OlderUnsupported { path: source.to_owned(), found }),
    }
}
