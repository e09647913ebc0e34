//! Every user action defined once: its text, tooltip, keyboard shortcuts and
//! where it applies. Menus, tooltips, the wall's key hint, the help sheet
//! (F1) and the README's table are all made from this registry, and the
//! key handlers ask it whether an action's key was pressed.

use egui::{Key, KeyboardShortcut as Chord, Modifiers};

/// Where an action's keys work. `App` keys work everywhere; the others
/// only while that part of Gambit has the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, strum::VariantArray)]
pub enum Scope {
    App,
    Map,
    Wall,
    Audience,
}

impl Scope {
    /// Every one, in the order declared (derived: a new one is never missed).
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    pub fn title_id(self) -> &'static str {
        match self {
            Self::App => "scope-app-title",
            Self::Map => "scope-map-title",
            Self::Wall => "scope-wall-title",
            Self::Audience => "scope-audience-title",
        }
    }

    pub fn title(self) -> String {
        crate::i18n::tr(self.title_id())
    }

    /// Whether keys of both scopes can be live at the same moment.
    pub fn overlaps(self, other: Self) -> bool {
        self == other || self == Self::App || other == Self::App
    }
}

/// One user action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray)]
pub enum Action {
    New,
    Open,
    Save,
    SaveAs,
    Undo,
    Redo,
    ImportContacts,
    ImportCalendar,
    ExportMapPng,
    ExportMapSvg,
    Present,
    AudienceWindow,
    Help,
    Quit,
    Find,
    Connect,
    Legend,
    Opinions,
    KeyPeople,
    Layout,
    Fit,
    ZoomIn,
    ZoomOut,
    Pan,
    Delete,
    Cancel,
    Timeline,
    TimelineNext,
    TimelineBack,
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
    WallOpinions,
    WallTheme,
    WallTimeline,
    WallTimelineNext,
    WallTimelineBack,
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
    /// Every one, in the order declared (derived: a new one is never missed).
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    #[expect(clippy::too_many_lines, reason = "a table: one row per action")]
    pub fn info(self) -> Info {
        use Scope::{App, Audience, Map, Wall};
        match self {
            Self::New => info(App, "action-new", "action-new-tip", keys![cmd(Key::N)], None),
            Self::Open => info(App, "action-open", "action-open-tip", keys![cmd(Key::O)], None),
            Self::Save => info(App, "action-save", "action-save-tip", keys![cmd(Key::S)], None),
            Self::SaveAs => info(App, "action-save-as", "action-save-as-tip", keys![cmd_shift(Key::S)], None),
            Self::Undo => info(App, "action-undo", "action-undo-tip", keys![cmd(Key::Z)], None),
            Self::Redo => info(App, "action-redo", "action-redo-tip", keys![cmd_shift(Key::Z), cmd(Key::Y)], None),
            Self::ImportContacts => {
                info(App, "action-import-contacts", "action-import-contacts-tip", keys![cmd(Key::I)], None)
            }
            Self::ImportCalendar => {
                info(App, "action-import-calendar", "action-import-calendar-tip", keys![cmd_shift(Key::I)], None)
            }
            Self::ExportMapPng => {
                info(App, "action-export-map-png", "action-export-map-png-tip", keys![cmd(Key::E)], None)
            }
            Self::ExportMapSvg => {
                info(App, "action-export-map-svg", "action-export-map-svg-tip", keys![cmd_shift(Key::E)], None)
            }
            Self::Present => info(App, "action-present", "action-present-tip", keys![plain(Key::F5)], None),
            Self::AudienceWindow => {
                info(App, "action-audience-window", "action-audience-window-tip", keys![shift(Key::F5)], None)
            }
            Self::Help => {
                info(App, "action-help", "action-help-tip", keys![plain(Key::F1), plain(Key::Questionmark)], None)
            }
            Self::Quit => info(App, "action-quit", "action-quit-tip", keys![cmd(Key::Q)], None),
            Self::Find => info(Map, "action-find", "action-find-tip", keys![cmd(Key::F)], None),
            Self::Connect => info(Map, "action-connect", "action-connect-tip", keys![plain(Key::C)], None),
            Self::Legend => info(Map, "action-legend", "action-legend-tip", keys![plain(Key::L)], None),
            Self::Opinions => info(Map, "action-opinions", "action-opinions-tip", keys![plain(Key::O)], None),
            Self::KeyPeople => info(Map, "action-key-people", "action-key-people-tip", keys![plain(Key::K)], None),
            Self::Layout => info(Map, "action-layout", "action-layout-tip", keys![plain(Key::B)], None),
            Self::Fit => info(Map, "action-fit", "action-fit-tip", keys![plain(Key::F)], None),
            Self::ZoomIn => info(Map, "action-zoom-in", "action-zoom-in-tip", &ZOOM_IN, None),
            Self::ZoomOut => info(Map, "action-zoom-out", "action-zoom-out-tip", keys![plain(Key::Minus)], None),
            Self::Pan => info(Map, "action-pan", "action-pan-tip", &ARROWS, None),
            Self::Delete => {
                info(Map, "action-delete", "action-delete-tip", keys![plain(Key::Delete), plain(Key::Backspace)], None)
            }
            Self::Cancel => info(Map, "action-cancel", "action-cancel-tip", keys![plain(Key::Escape)], None),
            Self::Timeline => info(Map, "action-timeline", "action-timeline-tip", keys![plain(Key::H)], None),
            Self::TimelineNext => {
                info(Map, "action-timeline-next", "action-timeline-next-tip", keys![plain(Key::PageDown)], None)
            }
            Self::TimelineBack => {
                info(Map, "action-timeline-back", "action-timeline-back-tip", keys![plain(Key::PageUp)], None)
            }
            Self::WallTimeline => info(Wall, "action-timeline", "action-timeline-tip", keys![plain(Key::H)], None),
            Self::WallTimelineNext => {
                info(Wall, "action-timeline-next", "action-timeline-next-tip", keys![plain(Key::PageDown)], None)
            }
            Self::WallTimelineBack => {
                info(Wall, "action-timeline-back", "action-timeline-back-tip", keys![plain(Key::PageUp)], None)
            }
            Self::SpotlightNext => info(
                Wall,
                "action-spotlight-next",
                "action-spotlight-next-tip",
                keys![plain(Key::ArrowRight), plain(Key::ArrowDown)],
                Some("action-spotlight-next-hint"),
            ),
            Self::SpotlightBack => info(
                Wall,
                "action-spotlight-back",
                "action-spotlight-back-tip",
                keys![plain(Key::ArrowLeft), plain(Key::ArrowUp)],
                None,
            ),
            Self::SpotlightSwitch => info(
                Wall,
                "action-spotlight-switch",
                "action-spotlight-switch-tip",
                keys![plain(Key::K)],
                Some("action-spotlight-switch-hint"),
            ),
            Self::SpotlightOff => info(
                Wall,
                "action-spotlight-off",
                "action-spotlight-off-tip",
                keys![plain(Key::Num0)],
                Some("action-spotlight-off-hint"),
            ),
            Self::Capture => {
                info(Wall, "action-capture", "action-capture-tip", keys![plain(Key::N)], Some("action-capture-hint"))
            }
            Self::WallFit => {
                info(Wall, "action-wall-fit", "action-wall-fit-tip", keys![plain(Key::F)], Some("action-wall-fit-hint"))
            }
            Self::WallZoomIn => {
                info(Wall, "action-wall-zoom-in", "action-wall-zoom-in-tip", &ZOOM_IN, Some("action-wall-zoom-in-hint"))
            }
            Self::WallZoomOut => {
                info(Wall, "action-wall-zoom-out", "action-wall-zoom-out-tip", keys![plain(Key::Minus)], None)
            }
            Self::WallPan => {
                info(Wall, "action-wall-pan", "action-wall-pan-tip", &SHIFT_ARROWS, Some("action-wall-pan-hint"))
            }
            Self::WallLegend => info(
                Wall,
                "action-wall-legend",
                "action-wall-legend-tip",
                keys![plain(Key::L)],
                Some("action-wall-legend-hint"),
            ),
            Self::WallOpinions => info(
                Wall,
                "action-wall-opinions",
                "action-wall-opinions-tip",
                keys![plain(Key::O)],
                Some("action-wall-opinions-hint"),
            ),
            Self::WallTheme => info(
                Wall,
                "action-wall-theme",
                "action-wall-theme-tip",
                keys![plain(Key::T)],
                Some("action-wall-theme-hint"),
            ),
            Self::LeavePresentation => info(
                Wall,
                "action-leave-presentation",
                "action-leave-presentation-tip",
                keys![plain(Key::Escape)],
                Some("action-leave-presentation-hint"),
            ),
            Self::FullScreen => {
                info(Audience, "action-full-screen", "action-full-screen-tip", keys![plain(Key::F11)], None)
            }
            Self::LeaveFullScreen => info(
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
    pub fn pressed_app(ctx: &egui::Context) -> Vec<Self> {
        let typing = ctx.text_edit_focused();
        let mut hits = Vec::new();
        ctx.input_mut(|i| {
            for action in Self::ALL.iter().copied().filter(|a| a.scope() == Scope::App) {
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
    for scope in Scope::ALL.iter().copied() {
        out.push_str(&format!("\n**{}**\n\n| action | what it does | keys |\n|---|---|---|\n", scope.title()));
        for a in Action::ALL.iter().copied().filter(|a| a.scope() == scope) {
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
