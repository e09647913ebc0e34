//! The map's layout computed on a worker thread, so it never blocks input:
//! the window keeps answering the mouse and keys while a big account is
//! laid out, and takes the result when it is ready. The layout is
//! deterministic, so the result is the same as computing it in place.

use super::places::Places;
use std::sync::{Arc, Mutex, PoisonError};

/// Work being done on a worker thread (a layout, the file's history).
/// Dropping it lets the worker finish unseen.
pub struct Job<T> {
    shared: Arc<Mutex<Option<T>>>,
    worker: Option<std::thread::JoinHandle<()>>,
}

/// A layout being computed.
pub type LayoutJob = Job<Places>;

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a worker thread. `wake` is called when its result
    /// is ready (the window asks for a repaint there).
    pub fn start(work: impl FnOnce() -> T + Send + 'static, wake: impl Fn() + Send + 'static) -> Self {
        let shared = Arc::new(Mutex::new(None));
        let out = shared.clone();
        let worker = std::thread::Builder::new()
            .name("gambit-layout".into())
            .spawn(move || {
                let done = work();
                *out.lock().unwrap_or_else(PoisonError::into_inner) = Some(done);
                wake();
            })
            .ok();
        Self { shared, worker }
    }

    /// The result, once it is ready (taken once).
    pub fn take(&self) -> Option<T> {
        self.shared.lock().unwrap_or_else(PoisonError::into_inner).take()
    }

    /// Waits for the worker and returns its result (for tests and headless use).
    pub fn wait(mut self) -> Option<T> {
        if let Some(w) = self.worker.take() {
            let _ = w.join();
        }
        self.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_hands_over_what_computing_in_place_gives() {
        let project = crate::sample::project(
            crate::sample::Size { people: 60, units: 5, lines: 300, members: 3, known_each: 10 },
            3,
        );
        let in_place = crate::layout::account_places(&project, &project.accounts[0], false);
        let p = project.clone();
        let done = LayoutJob::start(move || crate::layout::account_places(&p, &p.accounts[0], false), || {}).wait();
        assert_eq!(done, Some(in_place));
    }
}
