//! CPU cost of the relationship map on accounts shaped like real ones
//! (`gambit::sample`: 40-60 units, Zipf-like degrees, ten of us with about
//! 100 contacts each): 1,000 people with 20,000 lines and 5,000 with 50,000.
//!
//! - `map_frame`: one frame of the map view, fit to the screen and zoomed in
//!   (x4 around the middle), against a frame of `egui_graphs`' `GraphView` with
//!   its default drawing of the same graph.
//! - `layout_settle`: Gambit's layout (units as places) from scratch, against
//!   `egui_graphs`' Fruchterman-Reingold running 100 steps on the same graph.
//!
//! The vertices each frame tessellates are printed too: they are what a
//! laptop without a real GPU pays for. Compare ratios, not absolute times.

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use egui_graphs::{ForceAlgorithm as _, FruchtermanReingold, FruchtermanReingoldState, Graph};
use gambit::app::views::map::MapView;
use gambit::app::views::{UiState, ViewCtx, ViewKind};
use gambit::model::{AccountId, PersonRef, Project, RelKind};
use gambit::sample::Size;
use std::hint::black_box;

/// (people, lines in all) and the generator's size for them.
const SIZES: [(u32, Size); 2] = [
    (1_000, Size { people: 1_000, units: 40, lines: 19_000, members: 10, known_each: 100 }),
    (5_000, Size { people: 5_000, units: 60, lines: 49_000, members: 10, known_each: 100 }),
];

/// A generated account, with its laid-out positions saved (for `egui_graphs`).
fn laid_out(size: Size) -> Project {
    let mut p = gambit::sample::project(size, 7);
    let positions = gambit::layout::settled_positions(&p, &p.accounts[0], true);
    p.accounts[0].map.positions = positions;
    p
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0))),
        ..Default::default()
    }
}

fn vertices(ctx: &egui::Context, out: egui::FullOutput) -> usize {
    ctx.tessellate(out.shapes, out.pixels_per_point)
        .iter()
        .map(|m| match &m.primitive {
            egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
            egui::epaint::Primitive::Callback(_) => 0,
        })
        .sum()
}

/// The same people and lines as an `egui_graphs` graph with its default shapes.
fn egui_graphs_graph(p: &Project) -> Graph<PersonRef, RelKind> {
    let a = &p.accounts[0];
    let mut g = Graph::new();
    let mut index = std::collections::BTreeMap::new();
    for (person, pos) in &a.map.positions {
        index.insert(*person, g.add_node_with_location(*person, egui::Pos2::new(pos.x, pos.y)));
    }
    for r in &a.relationships {
        if let (Some(x), Some(y)) = (index.get(&r.from), index.get(&r.to)) {
            g.add_edge(*x, *y, r.kind);
        }
    }
    g
}

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("map_frame");
    group.sample_size(10);
    for (n, size) in SIZES {
        let p = laid_out(size);
        let lines = p.accounts[0].relationships.len();
        let ctx = egui::Context::default();
        let mut view = MapView::default();
        let mut state = UiState { view: ViewKind::Map, account: Some(AccountId(1)), ..UiState::default() };
        let run = |view: &mut MapView, state: &mut UiState| {
            ctx.run_ui(input(), |ui| {
                let mut vctx = ViewCtx::new(&p, &[], state, 1);
                view.ui(ui, &mut vctx);
            })
        };
        // The layout runs on a worker thread: frames until it has placed everyone.
        for _ in 0..2_000 {
            run(&mut view, &mut state);
            if !view.is_animating() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        run(&mut view, &mut state);
        let fit = vertices(&ctx, run(&mut view, &mut state));
        group.bench_with_input(BenchmarkId::new("gambit_fit", n), &n, |b, _| {
            b.iter(|| black_box(run(&mut view, &mut state)));
        });
        view.zoom_by(4.0);
        let zoomed = vertices(&ctx, run(&mut view, &mut state));
        group.bench_with_input(BenchmarkId::new("gambit_zoomed_x4", n), &n, |b, _| {
            b.iter(|| black_box(run(&mut view, &mut state)));
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
        let theirs = vertices(&ctx, baseline());
        println!("vertices at {n} people, {lines} lines: gambit fit {fit}, zoomed x4 {zoomed}; egui_graphs {theirs}");
        group.bench_with_input(BenchmarkId::new("egui_graphs_default", n), &n, |b, _| b.iter(|| black_box(baseline())));
    }
    group.finish();
}

fn layout(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout_settle");
    group.sample_size(10);
    for (n, size) in SIZES {
        let p = gambit::sample::project(size, 7);
        let a = &p.accounts[0];
        group.bench_with_input(BenchmarkId::new("gambit_places", n), &n, |b, _| {
            b.iter(|| black_box(gambit::layout::account_places(&p, a, true)));
        });
        let laid = laid_out(size);
        let mut g = egui_graphs_graph(&laid);
        let view = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0));
        group.bench_with_input(BenchmarkId::new("egui_graphs_fr_100_steps", n), &n, |b, _| {
            b.iter_batched(
                || FruchtermanReingold::from_state(FruchtermanReingoldState::default()),
                |mut fr| {
                    for _ in 0..100 {
                        fr.step(&mut g, view);
                    }
                },
                BatchSize::SmallInput,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, frame, layout);
criterion_main!(benches);
