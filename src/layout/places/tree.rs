//! The units as a tree: each unit's node (and the community nodes of people
//! without one), their parents with any cycle cut, and the discs packed
//! from the innermost out.

use super::{
    Account, BTreeMap, BTreeSet, CAPTION, Contact, Disc, GAP, Node, PersonRef, PlaceKey, Places, Point, Shape,
    block_radius, importance, pack, slots,
};

pub(super) fn pair(a: usize, b: usize) -> (usize, usize) {
    if a < b { (a, b) } else { (b, a) }
}

pub(super) struct Tree {
    pub(super) nodes: Vec<Node>,
    pub(super) roots: Vec<usize>,
    /// The node each client person's block belongs to.
    pub(super) node_of: BTreeMap<PersonRef, usize>,
    /// Each node's parent.
    pub(super) parent: Vec<Option<usize>>,
}

impl Tree {
    pub(super) fn new(account: &Account) -> Self {
        let mut nodes: Vec<Node> = Vec::new();
        let mut index: BTreeMap<PlaceKey, usize> = BTreeMap::new();
        let mut add = |key: PlaceKey, nodes: &mut Vec<Node>| {
            *index.entry(key).or_insert_with(|| {
                nodes.push(Node {
                    key,
                    own: Vec::new(),
                    children: Vec::new(),
                    own_radius: 0.0,
                    radius: 0.0,
                    own_at: Point::default(),
                    child_at: Vec::new(),
                });
                nodes.len() - 1
            })
        };
        let communities = crate::analysis::communities::unitless(account);
        let mut people: Vec<&Contact> = account.contacts.iter().collect();
        people.sort_by_key(|c| importance(c));
        let mut node_of = BTreeMap::new();
        for c in people {
            let key = match c.unit.filter(|u| account.unit(*u).is_some()) {
                Some(u) => PlaceKey::Unit(u),
                None => PlaceKey::Community(communities.get(&c.id).copied().unwrap_or(0)),
            };
            let n = add(key, &mut nodes);
            nodes[n].own.push(PersonRef::Contact(c.id));
            node_of.insert(PersonRef::Contact(c.id), n);
        }
        // Every unit on the path up from a unit with people, by its parent
        // (a cycle of parents, which validation reports, is cut where it closes).
        let mut parent: Vec<Option<usize>> = Vec::new();
        let mut i = 0;
        while i < nodes.len() {
            let up = match nodes[i].key {
                PlaceKey::Unit(u) => account.unit(u).and_then(|x| x.parent).filter(|p| account.unit(*p).is_some()),
                PlaceKey::Community(_) => None,
            };
            let p = up.map(|p| add(PlaceKey::Unit(p), &mut nodes));
            parent.push(p);
            i += 1;
        }
        let parent = cut_cycles(parent);
        let mut roots = Vec::new();
        for (n, p) in parent.iter().enumerate() {
            match p {
                Some(p) => nodes[*p].children.push(n),
                None => roots.push(n),
            }
        }
        Self { nodes, roots, node_of, parent }
    }

    /// Lines between people in different places, summed at every level:
    /// each line counts between the two siblings under their lowest common
    /// place (or two top places).
    pub(super) fn traffic(&self, account: &Account) -> BTreeMap<(usize, usize), f32> {
        let mut out: BTreeMap<(usize, usize), f32> = BTreeMap::new();
        let path = |mut n: usize| {
            let mut p = vec![n];
            while let Some(up) = self.parent[n] {
                p.push(up);
                n = up;
            }
            p.reverse();
            p
        };
        let mut paths: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for r in &account.relationships {
            let (Some(&a), Some(&b)) = (self.node_of.get(&r.from), self.node_of.get(&r.to)) else { continue };
            if a == b {
                continue;
            }
            let pa = paths.entry(a).or_insert_with(|| path(a)).clone();
            let pb = paths.entry(b).or_insert_with(|| path(b));
            let common = pa.iter().zip(pb.iter()).take_while(|(x, y)| x == y).count();
            // The two siblings where the paths part (one may be the parent's own block).
            match (pa.get(common), pb.get(common)) {
                (Some(x), Some(y)) => *out.entry(pair(*x, *y)).or_default() += 1.0,
                // One end is in the common place's own block: the other's branch
                // talks to that block (counted against the place itself).
                (Some(x), None) | (None, Some(x)) => {
                    if let Some(up) = self.parent[*x] {
                        *out.entry(pair(*x, up)).or_default() += 1.0;
                    }
                }
                (None, None) => {}
            }
        }
        out
    }

    /// Packs a node's own block and children, bottom up; sets its radius.
    pub(super) fn pack(&mut self, n: usize, traffic: &BTreeMap<(usize, usize), f32>, spread: f32) {
        let children = self.nodes[n].children.clone();
        for &c in &children {
            self.pack(c, traffic, spread);
        }
        let own = self.nodes[n].own.len();
        let own_radius = block_radius(own);
        self.nodes[n].own_radius = own_radius;
        if children.is_empty() {
            self.nodes[n].radius = own_radius;
            return;
        }
        // Index 0 is the own block (if any), placed first in the middle.
        let mut discs = Vec::new();
        let mut who = Vec::new();
        if own > 0 {
            discs.push(own_radius);
            who.push(n);
        }
        for &c in &children {
            discs.push(self.nodes[c].radius);
            who.push(c);
        }
        let weights = |a: usize, b: usize| traffic.get(&pair(who[a], who[b])).copied().unwrap_or(0.0);
        let first = (own > 0).then_some(0);
        // Packed a little low in the disc, leaving the top for the unit's name.
        let at: Vec<Point> = pack(&discs, &weights, first, Shape { wide: 1.0, spread })
            .into_iter()
            .map(|p| Point::new(p.x, p.y + CAPTION / 2.0))
            .collect();
        let radius = discs.iter().zip(&at).map(|(r, p)| p.distance(Point::default()) + r).fold(0.0, f32::max);
        let node = &mut self.nodes[n];
        node.radius = radius + GAP * 0.5;
        let mut k = 0;
        if own > 0 {
            node.own_at = at[0];
            k = 1;
        }
        node.child_at = at[k..].to_vec();
    }

    /// Places only a node's own people, their block centred at `centre`;
    /// the node's place is that block.
    pub(super) fn settle_own(&self, n: usize, centre: Point, out: &mut Places) {
        let node = &self.nodes[n];
        let disc = Disc { centre, radius: node.own_radius };
        match node.key {
            PlaceKey::Unit(u) => {
                out.units.insert(u, (disc, 0));
            }
            PlaceKey::Community(k) => {
                out.communities.insert(k, disc);
            }
        }
        for (p, s) in node.own.iter().zip(slots(node.own.len())) {
            out.people.insert(*p, Point::new(centre.x + s.x, centre.y + s.y + CAPTION / 2.0));
        }
    }

    /// Places a node at `centre` and everything in it.
    pub(super) fn settle(&self, n: usize, centre: Point, depth: usize, out: &mut Places) {
        let node = &self.nodes[n];
        let disc = Disc { centre, radius: node.radius };
        match node.key {
            PlaceKey::Unit(u) => {
                out.units.insert(u, (disc, depth));
            }
            PlaceKey::Community(k) => {
                out.communities.insert(k, disc);
            }
        }
        // A block's people stand a little low in it, under the unit's name.
        let own_centre = Point::new(centre.x + node.own_at.x, centre.y + node.own_at.y + CAPTION / 2.0);
        for (p, s) in node.own.iter().zip(slots(node.own.len())) {
            out.people.insert(*p, Point::new(own_centre.x + s.x, own_centre.y + s.y));
        }
        for (c, at) in node.children.iter().zip(&node.child_at) {
            self.settle(*c, Point::new(centre.x + at.x, centre.y + at.y), depth + 1, out);
        }
    }
}

/// Parents with any cycle cut: a node whose walk up comes back to itself
/// becomes a top place.
pub(super) fn cut_cycles(mut parent: Vec<Option<usize>>) -> Vec<Option<usize>> {
    for start in 0..parent.len() {
        let mut seen = BTreeSet::new();
        let mut n = start;
        seen.insert(n);
        while let Some(p) = parent[n] {
            if !seen.insert(p) {
                parent[n] = None;
                break;
            }
            n = p;
        }
    }
    parent
}
