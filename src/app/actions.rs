//! Every user action defined once: its text, tooltip and keyboard shortcut,
//! so the menus and the shortcuts always agree.

use egui::{Key, KeyboardShortcut, Modifiers};

/// Application-level actions reachable from menus and shortcuts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    New,
    Open,
    Save,
    SaveAs,
    Undo,
    Redo,
    ExportMapPng,
    ExportMapSvg,
    ImportContacts,
    AudienceWindow,
    Quit,
}

const fn cmd(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn cmd_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

impl Action {
    pub const ALL: [Action; 11] = [
        Action::New,
        Action::Open,
        Action::Save,
        Action::SaveAs,
        Action::Undo,
        Action::Redo,
        Action::ExportMapPng,
        Action::ExportMapSvg,
        Action::ImportContacts,
        Action::AudienceWindow,
        Action::Quit,
    ];

    /// Menu text (English; translated where shown).
    pub fn label(self) -> &'static str {
        match self {
            Action::New => "New",
            Action::Open => "Open…",
            Action::Save => "Save",
            Action::SaveAs => "Save As…",
            Action::Undo => "Undo",
            Action::Redo => "Redo",
            Action::ExportMapPng => "Export Map as PNG…",
            Action::ExportMapSvg => "Export Map as SVG…",
            Action::ImportContacts => "Import Contacts…",
            Action::AudienceWindow => "Audience Window",
            Action::Quit => "Quit",
        }
    }

    pub fn tooltip(self) -> &'static str {
        match self {
            Action::New => "Start a new, empty project",
            Action::Open => "Open a project file (.kam)",
            Action::Save => "Save the project to its file",
            Action::SaveAs => "Save the project to a new file",
            Action::Undo => "Undo the last change",
            Action::Redo => "Redo the last undone change",
            Action::ExportMapPng => "The map as you see it, as a picture at twice the screen's resolution, for slides",
            Action::ExportMapSvg => "The map as you see it, as a vector drawing with real text, for slides",
            Action::ImportContacts => {
                "Bring the client's people into this account from a CRM or spreadsheet export (CSV or Excel)"
            }
            Action::AudienceWindow => {
                "A second window with the map for the projector (F11 there: full screen); the editor stays here"
            }
            Action::Quit => "Close Gambit",
        }
    }

    /// The shortcuts that trigger this action; the first is shown in menus.
    /// Longer combinations come first so Ctrl+Shift+S is not taken for Ctrl+S.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const NEW: [KeyboardShortcut; 1] = [cmd(Key::N)];
        const OPEN: [KeyboardShortcut; 1] = [cmd(Key::O)];
        const SAVE: [KeyboardShortcut; 1] = [cmd(Key::S)];
        const SAVE_AS: [KeyboardShortcut; 1] = [cmd_shift(Key::S)];
        const UNDO: [KeyboardShortcut; 1] = [cmd(Key::Z)];
        const REDO: [KeyboardShortcut; 2] = [cmd_shift(Key::Z), cmd(Key::Y)];
        const QUIT: [KeyboardShortcut; 1] = [cmd(Key::Q)];
        const PNG: [KeyboardShortcut; 1] = [cmd(Key::E)];
        const SVG: [KeyboardShortcut; 1] = [cmd_shift(Key::E)];
        const IMPORT: [KeyboardShortcut; 1] = [cmd(Key::I)];
        const AUDIENCE: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::SHIFT, Key::F5)];
        match self {
            Action::New => &NEW,
            Action::Open => &OPEN,
            Action::Save => &SAVE,
            Action::SaveAs => &SAVE_AS,
            Action::Undo => &UNDO,
            Action::Redo => &REDO,
            Action::ExportMapPng => &PNG,
            Action::ExportMapSvg => &SVG,
            Action::ImportContacts => &IMPORT,
            Action::AudienceWindow => &AUDIENCE,
            Action::Quit => &QUIT,
        }
    }

    /// Actions whose shortcut was pressed this frame (consumed from the input).
    pub fn pressed(ctx: &egui::Context) -> Vec<Action> {
        // Check shortcuts with more modifiers first: consume_shortcut matches
        // Ctrl+S even when Shift is also held.
        let order = [
            Action::SaveAs,
            Action::Redo,
            Action::ExportMapSvg,
            Action::AudienceWindow,
            Action::New,
            Action::Open,
            Action::Save,
            Action::Undo,
            Action::ExportMapPng,
            Action::ImportContacts,
            Action::Quit,
        ];
        let mut hits = Vec::new();
        ctx.input_mut(|i| {
            for action in order {
                if action.shortcuts().iter().any(|s| i.consume_shortcut(s)) {
                    hits.push(action);
                }
            }
        });
        hits
    }
}
