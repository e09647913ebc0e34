//! Files the operating system asks Gambit to open while it runs (on macOS,
//! Finder's "open documents" event), handed from the platform code to the
//! app: queued, and the window woken to open them.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

static QUEUE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
/// Set while the queue holds paths, so a frame need not lock it to know.
static PENDING: AtomicBool = AtomicBool::new(false);
/// What wakes the window when a path arrives.
static WAKE: OnceLock<Box<dyn Fn() + Send + Sync>> = OnceLock::new();

/// Asks the app to open `path` (from any thread).
pub fn push(path: PathBuf) {
    if let Ok(mut queue) = QUEUE.lock() {
        queue.push(path);
        PENDING.store(true, Ordering::Release);
    }
    if let Some(wake) = WAKE.get() {
        wake();
    }
}

/// The paths asked for since the last call, oldest first.
pub fn take() -> Vec<PathBuf> {
    if !PENDING.swap(false, Ordering::Acquire) {
        return Vec::new();
    }
    QUEUE.lock().map(|mut q| std::mem::take(&mut *q)).unwrap_or_default()
}

/// How to wake the window when a path arrives (set once, by the app).
pub fn wake_with(wake: impl Fn() + Send + Sync + 'static) {
    let _ = WAKE.set(Box::new(wake));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn paths_come_out_once_in_the_order_they_came_and_each_wakes_the_window() {
        static WOKEN: AtomicUsize = AtomicUsize::new(0);
        wake_with(|| {
            WOKEN.fetch_add(1, Ordering::SeqCst);
        });
        push(PathBuf::from("a.kam"));
        push(PathBuf::from("b.kam"));
        assert_eq!(take(), vec![PathBuf::from("a.kam"), PathBuf::from("b.kam")], "oldest first");
        assert!(take().is_empty(), "taken once");
        assert_eq!(WOKEN.load(Ordering::SeqCst), 2, "each path wakes the window");
    }
}
