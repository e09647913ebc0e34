//! A force layout running on a worker thread, so it never blocks input:
//! the window shows its progress each frame and keeps answering the mouse
//! and keys however slow drawing is. The simulation is deterministic, so the
//! settled result is the same as running it in place.

use super::Point;
use super::force::Simulation;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// How often the worker hands its positions over while it runs.
const PUBLISH_EVERY: Duration = Duration::from_millis(15);

#[derive(Default)]
struct Shared {
    positions: Option<Vec<Point>>,
    settled: bool,
    steps: u32,
}

/// A running layout. Dropping it stops the worker.
pub struct LayoutJob {
    shared: Arc<Mutex<Shared>>,
    stop: Arc<AtomicBool>,
    worker: Option<std::thread::JoinHandle<()>>,
}

/// What the worker has reached.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub positions: Vec<Point>,
    pub settled: bool,
    pub steps: u32,
}

impl LayoutJob {
    /// Starts `sim` on a worker thread. `wake` is called each time new
    /// positions are ready (the window asks for a repaint there).
    pub fn start(mut sim: Simulation, wake: impl Fn() + Send + 'static) -> Self {
        let shared = Arc::new(Mutex::new(Shared::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let (s, halt) = (shared.clone(), stop.clone());
        let worker = std::thread::Builder::new()
            .name("gambit-layout".into())
            .spawn(move || {
                let mut last = Instant::now();
                loop {
                    if halt.load(Ordering::Relaxed) {
                        return;
                    }
                    sim.step();
                    let settled = sim.is_settled();
                    if settled || last.elapsed() >= PUBLISH_EVERY {
                        last = Instant::now();
                        let mut out = s.lock().unwrap_or_else(PoisonError::into_inner);
                        out.positions = Some(sim.positions().to_vec());
                        out.settled = settled;
                        out.steps = sim.steps();
                        drop(out);
                        wake();
                    }
                    if settled {
                        return;
                    }
                }
            })
            .ok();
        Self { shared, stop, worker }
    }

    /// The newest positions since the last call, if there are any.
    pub fn take(&self) -> Option<Progress> {
        let mut s = self.shared.lock().unwrap_or_else(PoisonError::into_inner);
        let positions = s.positions.take()?;
        Some(Progress { positions, settled: s.settled, steps: s.steps })
    }

    /// Waits for the worker to settle and returns where it ended (for tests
    /// and headless use).
    pub fn wait(mut self) -> Option<Progress> {
        if let Some(w) = self.worker.take() {
            let _ = w.join();
        }
        self.take()
    }
}

impl Drop for LayoutJob {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_settles_where_running_in_place_does() {
        let start: Vec<Option<Point>> = vec![None; 30];
        let edges: Vec<(usize, usize, f32)> = (1..30).map(|i| (i - 1, i, 1.0)).collect();
        let sim = Simulation::new(&start, &[false; 30], &edges, false);
        let in_place = sim.clone().run();
        let done = LayoutJob::start(sim, || {}).wait().expect("progress");
        assert!(done.settled);
        assert_eq!(done.positions, in_place);
    }
}
