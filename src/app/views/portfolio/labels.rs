//! Where the portfolio chart's names go: beside their bubbles, never over
//! another name, the largest accounts first; the rest are named on hover.

use egui::{Pos2, Rect, Vec2};

/// A bubble on screen and the size of its name.
#[derive(Clone, Copy, Debug)]
pub struct Bubble {
    pub centre: Pos2,
    pub radius: f32,
    pub text: Vec2,
}

/// At most this many names are written on the chart (200 accounts would
/// bury it); every bubble still names itself on hover.
pub const MOST_LABELS: usize = 30;

/// For each bubble, in the order given (most important first), the rect
/// its name takes, or `None` when it is left to the hover: no two names
/// overlap, each stays inside `bounds`, and at most `MOST_LABELS` show.
pub fn place(bubbles: &[Bubble], bounds: Rect) -> Vec<Option<Rect>> {
    let mut taken: Vec<Rect> = Vec::new();
    bubbles
        .iter()
        .map(|b| {
            if taken.len() >= MOST_LABELS {
                return None;
            }
            let gap = b.radius + 4.0;
            let candidates = [
                Rect::from_center_size(b.centre + Vec2::new(gap + b.text.x / 2.0, 0.0), b.text),
                Rect::from_center_size(b.centre - Vec2::new(gap + b.text.x / 2.0, 0.0), b.text),
                Rect::from_center_size(b.centre - Vec2::new(0.0, gap + b.text.y / 2.0), b.text),
                Rect::from_center_size(b.centre + Vec2::new(0.0, gap + b.text.y / 2.0), b.text),
            ];
            let free = candidates
                .into_iter()
                .find(|r| bounds.contains_rect(*r) && !taken.iter().any(|t| t.expand(2.0).intersects(*r)))?;
            taken.push(free);
            Some(free)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether two rects share area (the test's own geometry, not egui's).
    fn share_area(a: Rect, b: Rect) -> bool {
        a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y
    }

    fn bubble(x: f32, y: f32) -> Bubble {
        Bubble { centre: Pos2::new(x, y), radius: 10.0, text: Vec2::new(120.0, 16.0) }
    }

    #[test]
    fn names_never_overlap_and_the_first_bubbles_are_named() {
        let bounds = Rect::from_min_size(Pos2::ZERO, Vec2::new(1000.0, 420.0));
        // Two hundred bubbles in a tight crowd, as a large portfolio gives.
        let bubbles: Vec<Bubble> =
            (0..200).map(|i| bubble(300.0 + (i % 20) as f32 * 17.0, 100.0 + (i / 20) as f32 * 19.0)).collect();
        let placed = place(&bubbles, bounds);
        let shown: Vec<Rect> = placed.iter().flatten().copied().collect();
        assert!(placed[0].is_some(), "the most important account is always named");
        assert!(shown.len() <= MOST_LABELS && shown.len() > 5, "{} named", shown.len());
        for (i, a) in shown.iter().enumerate() {
            assert!(a.min.x >= 0.0 && a.min.y >= 0.0 && a.max.x <= 1000.0 && a.max.y <= 420.0, "{a:?} on the chart");
            for b in &shown[i + 1..] {
                assert!(!share_area(*a, *b), "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn a_name_moves_to_the_left_when_the_right_is_taken_or_off_the_chart() {
        let bounds = Rect::from_min_size(Pos2::ZERO, Vec2::new(1000.0, 420.0));
        let at_the_edge = bubble(950.0, 200.0);
        let placed = place(&[at_the_edge], bounds);
        let r = placed[0].expect("named");
        assert!(r.right() <= 950.0, "left of its bubble: {r:?}");
    }
}
