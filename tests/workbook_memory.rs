//! Peak memory while reading hostile workbooks under 1 MB, counted by an
//! allocator that tracks the most ever allocated at once (this test binary
//! only). Each must stay under 100 MB, whatever it unpacks to.

mod books;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// One measurement at a time: tests run on several threads.
static ONE: Mutex<()> = Mutex::new(());

#[expect(unsafe_code)]
// SAFETY: every call goes straight to the system allocator; only counts are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = NOW.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        // SAFETY: as the caller promised for `layout`.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        NOW.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let now = NOW.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        } else {
            NOW.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        // SAFETY: as the caller promised.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// The most memory in use at once while `bytes` is read, above what was in use before.
fn peak_reading(bytes: &[u8], name: &str) -> usize {
    let _one = ONE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let before = NOW.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let result = gambit::interchange::table::from_bytes(bytes, name, None);
    drop(result);
    PEAK.load(Ordering::Relaxed).saturating_sub(before)
}

const LIMIT: usize = 100 << 20;

fn check(bytes: &[u8], name: &str) {
    assert!(bytes.len() < 1 << 20, "{name} is under 1 MB: {}", bytes.len());
    let peak = peak_reading(bytes, name);
    eprintln!("{name}: {} KB file, peak {:.1} MB", bytes.len() / 1024, peak as f64 / 1_048_576.0);
    assert!(peak < LIMIT, "{name}: peak {} MB", peak >> 20);
}

#[test]
fn the_far_cell_workbook_stays_small() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "Full Name").expect("header");
    ws.write_string(1_048_575, 16_383, "far").expect("far");
    check(&book.save_to_buffer().expect("workbook"), "far.xlsx");
}

#[test]
fn a_300_mb_cell_and_a_400_mb_shared_string_table_stay_small() {
    check(&books::one_huge_cell(300 << 20), "cell.xlsx");
    check(&books::shared_strings_bomb(400 << 10, 1000), "strings.xlsx");
    check(&books::shared_strings_bomb(20 << 20, 0), "empty-strings.xlsx");
}

#[test]
fn many_small_cells_and_repeated_rows_stay_small() {
    check(&books::many_cells(60_000, 20), "cells.xlsx");
    check(&books::many_cells(24_000, 20), "cells-within.xlsx");
    let rows = format!(
        "<table:table-row>{}</table:table-row><table:table-row table:number-rows-repeated=\"199990\">{}</table:table-row>",
        books::ods_text("Full Name"),
        books::ods_text("Anna")
    );
    check(&books::ods(&rows), "rows.ods");
}
