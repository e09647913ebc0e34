//! The demo project built into the binary, opened when no file is given.

use crate::file::{self, LoadError};
use crate::model::Project;

/// The text of `assets/demo.kam`.
pub const DEMO_KAM: &str = include_str!("../assets/demo.kam");

/// The parsed demo project.
pub fn demo_project() -> Result<Project, LoadError> {
    file::from_str(DEMO_KAM, &crate::i18n::tr("demo-source-name"))
}
