//! Exports that need no window: the account plan as Markdown and HTML, the
//! relationship map as SVG and PNG.

pub mod doc;
pub mod map;
pub mod plan;
pub mod svg;
