//! The drawing rules of the map in numbers, free of any toolkit: how wide a
//! line is, how much a faded line or person keeps, where rings, badges and
//! names sit around a piece. The window (egui) and the exports (SVG, PNG)
//! both draw by these, so they cannot drift apart.

use super::Emphasis;

/// Sideways gap between parallel lines of the same two people, in map units.
pub const LANE_GAP: f32 = 9.0;
/// A lit line (a warm path, a spotlight) is this much wider.
pub const LIT_WIDENING: f32 = 1.6;

/// Screen width of a line of strength 1-5 at `zoom`.
pub fn line_width(strength: u8, zoom: f32) -> f32 {
    (0.8 + f32::from(strength.clamp(1, 5)) * 0.75) * zoom.clamp(0.5, 2.0)
}

/// How much of its colour a line keeps: stale lines and lines to someone
/// who left are faded, dimmed ones nearly gone.
pub fn line_keep(stale_or_left: bool, emphasis: Emphasis) -> f32 {
    let mut keep = 1.0;
    if stale_or_left {
        keep *= 0.35;
    }
    if emphasis == Emphasis::Dim {
        keep *= 0.15;
    }
    keep
}

/// Radius of the dashed warning ring (uncovered key person, reporting cycle), as a share of the piece's.
pub const WARNING_RING: f32 = 1.32;
/// Radius of the selection and highlight ring.
pub const MARK_RING: f32 = 1.18;

/// Stroke of the uncovered ring for a piece of screen radius `r`.
pub fn uncovered_ring_width(r: f32) -> f32 {
    (r * 0.14).max(2.0)
}

/// Stroke of the reporting-cycle and highlight rings.
pub fn thin_ring_width(r: f32) -> f32 {
    (r * 0.12).max(2.0)
}

/// Where the stance badge sits (share of the radius right and down) and its size.
pub const STANCE_BADGE: (f32, f32) = (0.78, 0.62);
/// Where the "nobody covers them" badge sits (left and up).
pub const UNCOVERED_BADGE: (f32, f32) = (-0.78, -0.7);
pub const BADGE_RADIUS: f32 = 0.42;
/// A key relationship cooling or cold, bottom left.
pub const COOLING_BADGE: (f32, f32) = (-0.78, 0.62);
/// What changed since the point before (the timeline), top right.
pub const CHANGE_BADGE: (f32, f32) = (0.78, -0.7);

/// Names hang this far below a piece's centre, as a share of its radius.
pub const LABEL_GAP: f32 = 1.35;
/// A title is drawn this much smaller than the name above it.
pub const TITLE_SCALE: f32 = 0.8;

/// Longest name drawn on the map, in characters; longer ones are cut.
pub const NAME_CHARS: usize = 60;
/// Longest title, unit name or picture title drawn, in characters.
pub const TEXT_CHARS: usize = 120;

/// `text` cut to `max` characters with an ellipsis, without control
/// characters: however long a text in a file is, the drawing stays small.
pub fn clip(text: &str, max: usize) -> String {
    let mut out: String = text.chars().filter(|c| !c.is_control()).take(max).collect();
    if text.chars().filter(|c| !c.is_control()).nth(max).is_some() {
        out.pop();
        out.push('…');
    }
    out
}

/// Size of a name at `zoom`, times the presentation's `scale`: never too
/// small to read, never so large it swamps the map.
pub fn label_size(zoom: f32, scale: f32) -> f32 {
    (zoom * 14.0).clamp(13.0, 30.0) * scale
}

/// The smallest text on a wall `height` pixels high (presentation mode,
/// and pictures made for it): 14 px at 800 lines, 18 px at 1080, so the
/// back row of a workshop can read it.
pub fn wall_text(height: f32) -> f32 {
    (14.0 + (height - 800.0) * 4.0 / 280.0).max(14.0)
}

/// How much larger than on a desk names and marks are on such a wall.
pub fn wall_scale(height: f32) -> f32 {
    wall_text(height) / 13.0
}

/// Size of a title under a name of `size`: smaller than the name, but on a
/// wall (a raised `scale`) never below the wall's smallest text.
pub fn title_size(size: f32, scale: f32) -> f32 {
    (size * TITLE_SCALE).max(13.0 * scale).min(size)
}

/// Only the first name, with "·1" when only one of us knows them: the
/// shortest a name gets on a crowded map.
pub fn first_name(name: &str, single: bool) -> String {
    let name = clip(name, NAME_CHARS);
    let mut text = name.split_whitespace().next().unwrap_or("").to_owned();
    if single {
        text.push_str(" ·1");
    }
    text
}

/// A name as shown: "Henrik Å." when zoomed far out, with "·1" when only
/// one of us knows them.
pub fn label_text(name: &str, single: bool, zoom: f32) -> String {
    let name = clip(name, NAME_CHARS);
    let mut text = if zoom < 0.75 { super::short_name(&name) } else { name };
    if single {
        text.push_str(" ·1");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_shorten_far_out_and_mark_the_single_threaded() {
        assert_eq!(label_text("Henrik Åberg", false, 1.0), "Henrik Åberg");
        assert_eq!(label_text("Henrik Åberg", true, 0.5), "Henrik Å. ·1");
        assert_eq!(label_size(0.1, 1.0), 13.0);
        assert_eq!(label_size(10.0, 1.5), 45.0);
        assert!((line_keep(true, Emphasis::Dim) - 0.0525).abs() < 1e-6);
        assert_eq!(clip("abc", 3), "abc");
        assert_eq!(clip("abcd", 3), "ab…");
        assert_eq!(clip("a\u{1b}[b", 10), "a[b");
        assert_eq!(label_text(&"x".repeat(100_000), false, 1.0).chars().count(), NAME_CHARS);
    }
}
