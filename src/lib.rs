//! Gambit: key account management on the desktop.
//!
//! - `model`: the domain (no UI types), with `validate()`.
//! - `file`: the `.kam` RON format, versioned, atomic saves.
//! - `command`: the one place where projects change, with undo / redo.
//! - `scene`: what the relationship map draws, free of egui; its SVG export.
//! - `app`: the eframe / egui user interface.
//! - `cli`: headless commands such as `gambit check FILE`.

pub mod analysis;
pub mod app;
pub mod cli;
pub mod clock;
pub mod command;
pub mod demo;
pub mod export;
pub mod file;
pub mod i18n;
pub mod icon;
pub mod interchange;
pub mod layout;
pub mod merge;
pub mod model;
pub mod platform;
pub mod sample;
pub mod scene;
