//! Exports that need no window: the account plan as Markdown and HTML.

pub mod doc;
pub mod plan;
