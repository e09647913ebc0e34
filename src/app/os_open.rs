//! Files the operating system asks Gambit to open while it runs (on macOS,
//! Finder's "open documents" event), handed from the platform code to the
//! app: queued, and the window woken to open them.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

static QUEUE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
/// Set while the queue holds paths, so a frame need not lock it to know.
static PENDING: AtomicBool = AtomicBool::new(false);
static WINDOW: OnceLock<egui::Context> = OnceLock::new();

/// Asks the app to open `path` (from any thread).
pub fn push(path: PathBuf) {
    if let Ok(mut queue) = QUEUE.lock() {
        queue.push(path);
        PENDING.store(true, Ordering::Release);
    }
    if let Some(ctx) = WINDOW.get() {
        ctx.request_repaint();
    }
}

/// The paths asked for since the last call, oldest first.
pub fn take() -> Vec<PathBuf> {
    if !PENDING.swap(false, Ordering::Acquire) {
        return Vec::new();
    }
    QUEUE.lock().map(|mut q| std::mem::take(&mut *q)).unwrap_or_default()
}

/// The window to wake when a path arrives.
pub fn wake(ctx: &egui::Context) {
    let _ = WINDOW.set(ctx.clone());
}
