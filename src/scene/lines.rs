//! Line geometry shared by the window and the exports, so a conflict
//! zigzags and an arrow head sits the same way on screen and on a slide.

/// How long an arrow head is for a line of `width` and length `len`.
pub fn arrow_head(width: f32, len: f32) -> f32 {
    (7.0 + width * 2.0).min(len * 0.4)
}

/// How far a conflict's zigzag swings to each side.
pub fn conflict_amplitude(width: f32) -> f32 {
    width * 1.5 + 3.0
}

/// The gap between the dots of a gatekeeping line, and a dot's radius.
pub fn gate_dots(width: f32) -> (f32, f32) {
    (width * 2.2 + 3.0, width * 0.7 + 0.8)
}

/// Most swings a zigzag makes: a line longer than 12 units times this
/// swings wider apart rather than making more points.
pub const MAX_SWINGS: usize = 4_096;

/// The corners of a zigzag from `a` to `b`: one swing every 12 units,
/// starting and ending on the line itself.
pub fn zigzag(a: (f32, f32), b: (f32, f32), amplitude: f32) -> Vec<(f32, f32)> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = (dx * dx + dy * dy).sqrt();
    let (nx, ny) = (-dy / len.max(1.0), dx / len.max(1.0));
    // Never more than a few thousand corners, however long (or broken) the line.
    let n = ((len / 12.0) as usize).clamp(2, MAX_SWINGS);
    (0..=n)
        .map(|i| {
            let t = i as f32 / n as f32;
            let side = match i {
                _ if i == 0 || i == n => 0.0,
                _ if i % 2 == 0 => 1.0,
                _ => -1.0,
            };
            (a.0 + dx * t + nx * side * amplitude, a.1 + dy * t + ny * side * amplitude)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{MAX_SWINGS, zigzag};

    #[test]
    fn a_zigzag_starts_and_ends_on_the_line_and_swings_both_ways() {
        let pts = zigzag((0.0, 0.0), (120.0, 0.0), 5.0);
        assert_eq!(pts.len(), 11);
        assert_eq!(pts[0], (0.0, 0.0));
        assert_eq!(pts[10], (120.0, 0.0));
        assert!(pts.iter().any(|p| p.1 > 4.9) && pts.iter().any(|p| p.1 < -4.9));
        assert_eq!(zigzag((0.0, 0.0), (0.0, 0.0), 5.0).len(), 3, "a zero-length line does not divide by zero");
        assert_eq!(zigzag((0.0, 0.0), (1e38, 0.0), 5.0).len(), MAX_SWINGS + 1, "a huge line stays a few points");
        assert!(zigzag((0.0, 0.0), (f32::INFINITY, f32::NAN), 5.0).len() <= MAX_SWINGS + 1);
    }
}
