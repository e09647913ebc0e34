//! CPU cost of the relationship map: one frame of the map view and one
//! layout step, for 200, 1,000 and 5,000 people with about four
//! relationships each. Baselines in the same run: egui_graphs' own
//! Fruchterman-Reingold step and a frame of egui_graphs' default drawing
//! on the same graphs. Compare the ratios, not the absolute times.

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use egui_graphs::{ForceAlgorithm, FruchtermanReingold, FruchtermanReingoldState, Graph};
use gambit::app::views::map::MapView;
use gambit::app::views::{UiState, ViewCtx, ViewKind};
use gambit::model::*;
use std::hint::black_box;

const SIZES: [usize; 3] = [200, 1_000, 5_000];

/// A deterministic pseudo-random sequence (no dependency, same every run).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// `people` people (one in twenty ours), about four lines each, on a spread-out map.
fn project(people: usize) -> Project {
    let mut rng = Lcg(7);
    let members = (people / 20).max(1);
    let mut p = Project::new("bench");
    p.members = (1..=members as u32)
        .map(|i| Member {
            id: MemberId(i),
            name: format!("Member {i}"),
            title: String::new(),
            email: String::new(),
            skills: String::new(),
        })
        .collect();
    let mut a = Account::new(AccountId(1), "Big client");
    for u in 1..=8u32 {
        a.units.push(BusinessUnit {
            id: UnitId(u),
            name: format!("Unit {u}"),
            kind: UnitKind::Division,
            parent: None,
            location: String::new(),
        });
    }
    for i in 1..=(people - members) as u32 {
        let mut c = Contact::new(ContactId(i), format!("Person {i}"));
        c.level = Level::ALL[rng.next(5)];
        c.piece = Piece::ALL[rng.next(7)];
        c.stance = Stance::ALL[rng.next(6)];
        c.unit = Some(UnitId(rng.next(8) as u32 + 1));
        a.contacts.push(c);
    }
    let all: Vec<PersonRef> = a
        .contacts
        .iter()
        .map(|c| PersonRef::Contact(c.id))
        .chain(p.members.iter().map(|m| PersonRef::Member(m.id)))
        .collect();
    for (i, person) in all.iter().enumerate() {
        let side = (people as f32).sqrt() * 190.0;
        let pos = MapPos { x: rng.next(side as usize) as f32, y: rng.next(side as usize) as f32, pinned: false };
        a.map.positions.insert(*person, pos);
        for k in 0..2 {
            let other = all[rng.next(all.len())];
            if other != *person {
                let id = RelationshipId((i * 2 + k) as u32 + 1);
                a.relationships.push(Relationship {
                    id,
                    from: *person,
                    to: other,
                    kind: RelKind::ALL[rng.next(5)],
                    strength: rng.next(5) as u8 + 1,
                    last_contact: None,
                    note: String::new(),
                });
            }
        }
    }
    p.accounts.push(a);
    p
}

fn layout_step(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout_step");
    group.sample_size(20);
    for n in SIZES {
        let p = project(n);
        let a = &p.accounts[0];
        let mut warm = gambit::layout::account_force(&p, a, true).sim;
        for _ in 0..3 {
            warm.step();
        }
        group.bench_with_input(BenchmarkId::new("gambit", n), &n, |b, _| {
            b.iter_batched(|| warm.clone(), |mut sim| black_box(sim.step()), BatchSize::LargeInput)
        });
        let mut g = egui_graphs_graph(&p);
        let mut fr = FruchtermanReingold::from_state(FruchtermanReingoldState::default());
        let view = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0));
        group.bench_with_input(BenchmarkId::new("egui_graphs_fr", n), &n, |b, _| b.iter(|| fr.step(&mut g, view)));
    }
    group.finish();
}

/// The same people and lines as an egui_graphs graph with its default shapes.
fn egui_graphs_graph(p: &Project) -> Graph<PersonRef, RelKind> {
    let a = &p.accounts[0];
    let mut g = Graph::new();
    let mut index = std::collections::BTreeMap::new();
    for (person, pos) in &a.map.positions {
        index.insert(*person, g.add_node_with_location(*person, egui::Pos2::new(pos.x, pos.y)));
    }
    for r in &a.relationships {
        g.add_edge(index[&r.from], index[&r.to], r.kind);
    }
    g
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0))),
        ..Default::default()
    }
}

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("map_frame");
    group.sample_size(10);
    for n in SIZES {
        let p = project(n);
        let ctx = egui::Context::default();
        let mut view = MapView::default();
        let mut state = UiState { view: ViewKind::Map, account: Some(AccountId(1)), ..UiState::default() };
        let run = |view: &mut MapView, state: &mut UiState| {
            ctx.run_ui(input(), |ui| {
                let mut vctx = ViewCtx::new(&p, &[], state, 1);
                view.ui(ui, &mut vctx);
            })
        };
        for _ in 0..3 {
            run(&mut view, &mut state);
        }
        group.bench_with_input(BenchmarkId::new("gambit", n), &n, |b, _| {
            b.iter(|| black_box(run(&mut view, &mut state)))
        });

        let ctx = egui::Context::default();
        let mut g = egui_graphs_graph(&p);
        let mut baseline = || {
            ctx.run_ui(input(), |ui| {
                egui_graphs::GraphView::<egui_graphs::LayoutStateRandom, egui_graphs::LayoutRandom>::new()
                    .with_navigations(&egui_graphs::SettingsNavigation::new().with_fit_to_screen_enabled(false))
                    .show(ui, &mut g);
            })
        };
        for _ in 0..3 {
            baseline();
        }
        group.bench_with_input(BenchmarkId::new("egui_graphs_default", n), &n, |b, _| b.iter(|| black_box(baseline())));
    }
    group.finish();
}

criterion_group!(benches, layout_step, frame);
criterion_main!(benches);
