//! Every user action defined once: its text, tooltip, keyboard shortcuts and
//! where it applies. Menus, tooltips, the wall's key hint, the help sheet
//! (F1) and the README's table are all made from this registry, and the
//! key handlers ask it whether an action's key was pressed.

use egui::{Key, KeyboardShortcut as Chord, Modifiers};

/// Where an action's keys work. `App` keys work everywhere; the others
/// only while that part of Gambit has the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    App,
    Map,
    Wall,
    Audience,
}

impl Scope {
    pub const ALL: [Scope; 4] = [Scope::App, Scope::Map, Scope::Wall, Scope::Audience];

    pub fn title_id(self) -> &'static str {
        match self {
            Scope::App => "scope-app-title",
            Scope::Map => "scope-map-title",
            Scope::Wall => "scope-wall-title",
            Scope::Audience => "scope-audience-title",
        }
    }

    pub fn title(self) -> String {
        crate::i18n::tr(self.title_id())
    }

    /// Whether keys of both scopes can be live at the same moment.
    pub fn overlaps(self, other: Scope) -> bool {
        self == other || self == Scope::App || other == Scope::App
    }
}

/// One user action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    New,
    Open,
    Save,
    SaveAs,
    Undo,
    Redo,
    ImportContacts,
    ExportMapPng,
    ExportMapSvg,
    Present,
    AudienceWindow,
    Help,
    Quit,
    Find,
    Connect,
    Legend,
    KeyPeople,
    Layout,
    Fit,
    ZoomIn,
    ZoomOut,
    Pan,
    Delete,
    Cancel,
    SpotlightNext,
    SpotlightBack,
    SpotlightSwitch,
    SpotlightOff,
    Capture,
    WallFit,
    WallZoomIn,
    WallZoomOut,
    WallPan,
    WallLegend,
    WallTheme,
    LeavePresentation,
    FullScreen,
    LeaveFullScreen,
}

/// What the registry holds for one action.
pub struct Info {
    pub scope: Scope,
    /// Menu and help-sheet text (English; translated where shown).
    pub label: &'static str,
    pub tooltip: &'static str,
    /// The keys; the first is the one menus show.
    pub keys: &'static [Chord],
    /// The few words the wall's key hint shows, for actions on the wall.
    pub hint: Option<&'static str>,
}

const fn plain(key: Key) -> Chord {
    Chord::new(Modifiers::NONE, key)
}
const fn shift(key: Key) -> Chord {
    Chord::new(Modifiers::SHIFT, key)
}
const fn cmd(key: Key) -> Chord {
    Chord::new(Modifiers::COMMAND, key)
}
const fn cmd_shift(key: Key) -> Chord {
    Chord::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const ARROWS: [Chord; 4] = [plain(Key::ArrowLeft), plain(Key::ArrowRight), plain(Key::ArrowUp), plain(Key::ArrowDown)];
const SHIFT_ARROWS: [Chord; 4] =
    [shift(Key::ArrowLeft), shift(Key::ArrowRight), shift(Key::ArrowUp), shift(Key::ArrowDown)];
const ZOOM_IN: [Chord; 2] = [plain(Key::Plus), plain(Key::Equals)];

/// A static list of chords.
macro_rules! keys {
    ($($c:expr),*) => {
        const { &[$($c),*] }
    };
}

const fn info(
    scope: Scope,
    label: &'static str,
    tooltip: &'static str,
    keys: &'static [Chord],
    hint: Option<&'static str>,
) -> Info {
    Info { scope, label, tooltip, keys, hint }
}

impl Action {
    pub const ALL: [Action; 38] = [
        Action::New,
        Action::Open,
        Action::Save,
        Action::SaveAs,
        Action::Undo,
        Action::Redo,
        Action::ImportContacts,
        Action::ExportMapPng,
        Action::ExportMapSvg,
        Action::Present,
        Action::AudienceWindow,
        Action::Help,
        Action::Quit,
        Action::Find,
        Action::Connect,
        Action::Legend,
        Action::KeyPeople,
        Action::Layout,
        Action::Fit,
        Action::ZoomIn,
        Action::ZoomOut,
        Action::Pan,
        Action::Delete,
        Action::Cancel,
        Action::SpotlightNext,
        Action::SpotlightBack,
        Action::SpotlightSwitch,
        Action::SpotlightOff,
        Action::Capture,
        Action::WallFit,
        Action::WallZoomIn,
        Action::WallZoomOut,
        Action::WallPan,
        Action::WallLegend,
        Action::WallTheme,
        Action::LeavePresentation,
        Action::FullScreen,
        Action::LeaveFullScreen,
    ];

    pub fn info(self) -> Info {
        use Action as A;
        use Scope::{App, Audience, Map, Wall};
        match self {
            A::New => info(App, "action-new", "action-new-tip", keys![cmd(Key::N)], None),
            A::Open => info(App, "action-open", "action-open-tip", keys![cmd(Key::O)], None),
            A::Save => info(App, "action-save", "action-save-tip", keys![cmd(Key::S)], None),
            A::SaveAs => info(App, "action-save-as", "action-save-as-tip", keys![cmd_shift(Key::S)], None),
            A::Undo => info(App, "action-undo", "action-undo-tip", keys![cmd(Key::Z)], None),
            A::Redo => info(App, "action-redo", "action-redo-tip", keys![cmd_shift(Key::Z), cmd(Key::Y)], None),
            A::ImportContacts => {
                info(App, "action-import-contacts", "action-import-contacts-tip", keys![cmd(Key::I)], None)
            }
            A::ExportMapPng => {
                info(App, "action-export-map-png", "action-export-map-png-tip", keys![cmd(Key::E)], None)
            }
            A::ExportMapSvg => {
                info(App, "action-export-map-svg", "action-export-map-svg-tip", keys![cmd_shift(Key::E)], None)
            }
            A::Present => info(App, "action-present", "action-present-tip", keys![plain(Key::F5)], None),
            A::AudienceWindow => {
                info(App, "action-audience-window", "action-audience-window-tip", keys![shift(Key::F5)], None)
            }
            A::Help => {
                info(App, "action-help", "action-help-tip", keys![plain(Key::F1), plain(Key::Questionmark)], None)
            }
            A::Quit => info(App, "action-quit", "action-quit-tip", keys![cmd(Key::Q)], None),
            A::Find => info(Map, "action-find", "action-find-tip", keys![cmd(Key::F)], None),
            A::Connect => info(Map, "action-connect", "action-connect-tip", keys![plain(Key::C)], None),
            A::Legend => info(Map, "action-legend", "action-legend-tip", keys![plain(Key::L)], None),
            A::KeyPeople => info(Map, "action-key-people", "action-key-people-tip", keys![plain(Key::K)], None),
            A::Layout => info(Map, "action-layout", "action-layout-tip", keys![plain(Key::B)], None),
            A::Fit => info(Map, "action-fit", "action-fit-tip", keys![plain(Key::F)], None),
            A::ZoomIn => info(Map, "action-zoom-in", "action-zoom-in-tip", &ZOOM_IN, None),
            A::ZoomOut => info(Map, "action-zoom-out", "action-zoom-out-tip", keys![plain(Key::Minus)], None),
            A::Pan => info(Map, "action-pan", "action-pan-tip", &ARROWS, None),
            A::Delete => {
                info(Map, "action-delete", "action-delete-tip", keys![plain(Key::Delete), plain(Key::Backspace)], None)
            }
            A::Cancel => info(Map, "action-cancel", "action-cancel-tip", keys![plain(Key::Escape)], None),
            A::SpotlightNext => info(
                Wall,
                "action-spotlight-next",
                "action-spotlight-next-tip",
                keys![plain(Key::ArrowRight), plain(Key::ArrowDown)],
                Some("action-spotlight-next-hint"),
            ),
            A::SpotlightBack => info(
                Wall,
                "action-spotlight-back",
                "action-spotlight-back-tip",
                keys![plain(Key::ArrowLeft), plain(Key::ArrowUp)],
                None,
            ),
            A::SpotlightSwitch => info(
                Wall,
                "action-spotlight-switch",
                "action-spotlight-switch-tip",
                keys![plain(Key::K)],
                Some("action-spotlight-switch-hint"),
            ),
            A::SpotlightOff => info(
                Wall,
                "action-spotlight-off",
                "action-spotlight-off-tip",
                keys![plain(Key::Num0)],
                Some("action-spotlight-off-hint"),
            ),
            A::Capture => {
                info(Wall, "action-capture", "action-capture-tip", keys![plain(Key::N)], Some("action-capture-hint"))
            }
            A::WallFit => {
                info(Wall, "action-wall-fit", "action-wall-fit-tip", keys![plain(Key::F)], Some("action-wall-fit-hint"))
            }
            A::WallZoomIn => {
                info(Wall, "action-wall-zoom-in", "action-wall-zoom-in-tip", &ZOOM_IN, Some("action-wall-zoom-in-hint"))
            }
            A::WallZoomOut => {
                info(Wall, "action-wall-zoom-out", "action-wall-zoom-out-tip", keys![plain(Key::Minus)], None)
            }
            A::WallPan => {
                info(Wall, "action-wall-pan", "action-wall-pan-tip", &SHIFT_ARROWS, Some("action-wall-pan-hint"))
            }
            A::WallLegend => info(
                Wall,
                "action-wall-legend",
                "action-wall-legend-tip",
                keys![plain(Key::L)],
                Some("action-wall-legend-hint"),
            ),
            A::WallTheme => info(
                Wall,
                "action-wall-theme",
                "action-wall-theme-tip",
                keys![plain(Key::T)],
                Some("action-wall-theme-hint"),
            ),
            A::LeavePresentation => info(
                Wall,
                "action-leave-presentation",
                "action-leave-presentation-tip",
                keys![plain(Key::Escape)],
                Some("action-leave-presentation-hint"),
            ),
            A::FullScreen => {
                info(Audience, "action-full-screen", "action-full-screen-tip", keys![plain(Key::F11)], None)
            }
            A::LeaveFullScreen => info(
                Audience,
                "action-leave-full-screen",
                "action-leave-full-screen-tip",
                keys![plain(Key::Escape)],
                None,
            ),
        }
    }

    pub fn scope(self) -> Scope {
        self.info().scope
    }

    /// Menu text, in the user's language.
    pub fn label(self) -> String {
        crate::i18n::tr(self.info().label)
    }

    /// What the action does, in the user's language.
    pub fn tooltip(self) -> String {
        crate::i18n::tr(self.info().tooltip)
    }

    /// The shortcuts that trigger this action; the first is shown in menus.
    pub fn shortcuts(self) -> &'static [Chord] {
        self.info().keys
    }

    /// The tooltip, translated, with the keys as this system names them:
    /// "Fit the whole map into view (F)".
    pub fn hover_text(self, ctx: &egui::Context) -> String {
        format!("{} ({})", self.tooltip(), keys_text(ctx, self))
    }

    /// Whether one of this action's keys was pressed this frame. Keys that
    /// type a character are left to a text field that has the keyboard.
    pub fn pressed(self, ctx: &egui::Context) -> bool {
        self.pressed_key(ctx).is_some()
    }

    /// Which of this action's keys was pressed, if any (the pan keys each
    /// move the map their own way).
    pub fn pressed_key(self, ctx: &egui::Context) -> Option<Key> {
        let typing = ctx.text_edit_focused();
        ctx.input(|i| {
            self.shortcuts()
                .iter()
                .find(|c| !(typing && types_text(c)) && i.key_pressed(c.logical_key) && held(&i.modifiers, c))
                .map(|c| c.logical_key)
        })
    }

    /// The application's actions whose keys were pressed this frame (consumed
    /// from the input, so a text field does not also take them).
    pub fn pressed_app(ctx: &egui::Context) -> Vec<Action> {
        let typing = ctx.text_edit_focused();
        let mut hits = Vec::new();
        ctx.input_mut(|i| {
            for action in Action::ALL.into_iter().filter(|a| a.scope() == Scope::App) {
                let keys = action.shortcuts().iter().filter(|c| !(typing && types_text(c)));
                let hit = keys.into_iter().find(|c| i.key_pressed(c.logical_key) && held(&i.modifiers, c)).copied();
                if let Some(c) = hit {
                    i.consume_key(c.modifiers, c.logical_key);
                    hits.push(action);
                }
            }
        });
        hits
    }
}

/// Keys whose character needs Shift on some keyboards (+ on a US layout,
/// ? nearly everywhere): Shift does not change what they mean.
fn shift_free(key: Key) -> bool {
    matches!(key, Key::Plus | Key::Equals | Key::Questionmark)
}

/// Whether the modifiers held are exactly the chord's (Ctrl or ⌘ as the
/// system's command key; Shift ignored where it only types the character).
pub fn held(m: &Modifiers, c: &Chord) -> bool {
    m.command == c.modifiers.command
        && m.alt == c.modifiers.alt
        && (shift_free(c.logical_key) || m.shift == c.modifiers.shift)
}

/// Whether a text field uses a chord itself (to type, move the cursor or
/// give up the keyboard): all but function keys and command combinations.
/// While someone types, those keys belong to the field.
pub fn types_text(c: &Chord) -> bool {
    let function_key = matches!(c.logical_key, Key::F1 | Key::F5 | Key::F11);
    !(c.modifiers.command || c.modifiers.alt || function_key)
}

/// Whether two chords can be pressed as one key press.
pub fn same_press(a: &Chord, b: &Chord) -> bool {
    let keys = a.logical_key == b.logical_key;
    let shift = a.modifiers.shift == b.modifiers.shift || shift_free(a.logical_key);
    keys && a.modifiers.command == b.modifiers.command && a.modifiers.alt == b.modifiers.alt && shift
}

/// An action's keys as this system names them: "Ctrl+Shift+Z / Ctrl+Y"
/// (⌘ on a Mac).
pub fn keys_text(ctx: &egui::Context, action: Action) -> String {
    let names: Vec<String> = action.shortcuts().iter().map(|c| chord_text(ctx, c)).collect();
    names.join(" / ")
}

/// One chord as this system names it.
pub fn chord_text(ctx: &egui::Context, c: &Chord) -> String {
    chord_name(&ctx.format_shortcut(&Chord::new(c.modifiers, Key::A)), c.logical_key, true)
}

/// A chord's name from its modifiers as the system writes them before a
/// key ("Ctrl+A", "⌘A") and the key's own short name. On screen the arrows
/// are egui's arrow symbols (the fonts have those); in text, their names.
fn chord_name(modifiers_before_a: &str, key: Key, on_screen: bool) -> String {
    let modifiers = modifiers_before_a.strip_suffix('A').unwrap_or("");
    let key = match key {
        Key::ArrowLeft | Key::ArrowRight | Key::ArrowUp | Key::ArrowDown if !on_screen => key.name(),
        Key::Minus => "-",
        Key::Escape => "Esc",
        Key::Num0 => "0",
        other => other.symbol_or_name(),
    };
    format!("{modifiers}{key}")
}

/// The registry as Markdown tables, one per scope, keys named as on
/// Windows and Linux: the README's table is this text.
pub fn markdown() -> String {
    let mut out = String::new();
    for scope in Scope::ALL {
        out.push_str(&format!("\n**{}**\n\n| action | what it does | keys |\n|---|---|---|\n", scope.title()));
        for a in Action::ALL.into_iter().filter(|a| a.scope() == scope) {
            let names: Vec<String> = a
                .shortcuts()
                .iter()
                .map(|c| {
                    chord_name(
                        &Chord::new(c.modifiers, Key::A).format(&egui::ModifierNames::NAMES, false),
                        c.logical_key,
                        false,
                    )
                })
                .collect();
            let keys = names.join(" / ");
            out.push_str(&format!("| {} | {} | {keys} |\n", a.label(), a.tooltip()));
        }
    }
    out
}
