//! People bucketed into square cells, to find who is near whom in O(1) per
//! cell: a flat array of cells over the people's bounding box, or a hash
//! map of cells when a stray far-off person would make that array huge.

use super::Point;
use std::collections::HashMap;

pub struct Buckets {
    cell: f32,
    cells: Cells,
}

enum Cells {
    Flat { x0: i32, y0: i32, w: i32, h: i32, start: Vec<u32>, items: Vec<u32> },
    Sparse(HashMap<(i32, i32), Vec<u32>>),
}

impl Buckets {
    pub fn new(pos: &[Point], cell: f32) -> Self {
        let key = |p: &Point| ((p.x / cell).floor() as i32, (p.y / cell).floor() as i32);
        let (mut x0, mut y0, mut x1, mut y1) = (i32::MAX, i32::MAX, i32::MIN, i32::MIN);
        for p in pos {
            let (x, y) = key(p);
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
        let (w, h) = (i64::from(x1) - i64::from(x0) + 1, i64::from(y1) - i64::from(y0) + 1);
        if pos.is_empty() || w * h > 8 * pos.len() as i64 + 64 {
            let mut map: HashMap<(i32, i32), Vec<u32>> = HashMap::new();
            for (i, p) in pos.iter().enumerate() {
                map.entry(key(p)).or_default().push(i as u32);
            }
            return Self { cell, cells: Cells::Sparse(map) };
        }
        let (w, h) = (w as i32, h as i32);
        let index = |p: &Point| {
            let (x, y) = key(p);
            ((y - y0) * w + (x - x0)) as usize
        };
        // Counting sort of the people by cell.
        let mut start = vec![0u32; (w * h) as usize + 1];
        for p in pos {
            start[index(p) + 1] += 1;
        }
        for c in 1..start.len() {
            start[c] += start[c - 1];
        }
        let mut fill = start.clone();
        let mut items = vec![0u32; pos.len()];
        for (i, p) in pos.iter().enumerate() {
            let c = index(p);
            items[fill[c] as usize] = i as u32;
            fill[c] += 1;
        }
        Self { cell, cells: Cells::Flat { x0, y0, w, h, start, items } }
    }

    /// The cell a point falls in.
    pub fn key(&self, p: Point) -> (i32, i32) {
        ((p.x / self.cell).floor() as i32, (p.y / self.cell).floor() as i32)
    }

    /// The people in one cell.
    pub fn get(&self, cx: i32, cy: i32) -> &[u32] {
        match &self.cells {
            Cells::Flat { x0, y0, w, h, start, items } => {
                let (x, y) = (cx - x0, cy - y0);
                if x < 0 || y < 0 || x >= *w || y >= *h {
                    return &[];
                }
                let c = (y * w + x) as usize;
                &items[start[c] as usize..start[c + 1] as usize]
            }
            Cells::Sparse(map) => map.get(&(cx, cy)).map_or(&[], Vec::as_slice),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_and_sparse_cells_hold_the_same_people() {
        let near: Vec<Point> = (0..50).map(|i| Point::new(i as f32 * 37.0, (i % 7) as f32 * 53.0)).collect();
        let mut far = near.clone();
        far.push(Point::new(1e7, -1e7));
        let (a, b) = (Buckets::new(&near, 100.0), Buckets::new(&far, 100.0));
        assert!(matches!(a.cells, Cells::Flat { .. }) && matches!(b.cells, Cells::Sparse(_)));
        for p in &near {
            let (x, y) = a.key(*p);
            assert_eq!(a.get(x, y), b.get(x, y));
        }
    }
}
