//! A sheet of an Excel (.xlsx, .xlsb, .xls) or `OpenDocument` workbook as a
//! table, read within bounds: the workbook is checked first (see
//! [`super::preflight`]), sheets are read as the cells they fill (one far
//! cell costs one cell, not the rectangle up to it), and a sheet that fills
//! more than Gambit reads is refused with a message.

use super::preflight;
use super::table::{ReadError, Table, table};
use crate::t;
use calamine::{Data, Reader as _, Sheets};
use std::collections::BTreeMap;
use std::io::Cursor;

/// The filled cells one sheet may hold.
pub const MAX_CELLS: u64 = 500_000;
/// The text all of a sheet's cells may hold together.
pub const MAX_TEXT_BYTES: u64 = 32 * 1024 * 1024;
/// The table's cells (rows × the header's columns).
pub const MAX_TABLE_CELLS: u64 = 1_000_000;

type Book<'a> = Sheets<Cursor<&'a [u8]>>;

/// Reads sheet `sheet` (or the first with a column of names) of a workbook.
pub fn read(bytes: &[u8], source: &str, sheet: Option<&str>) -> Result<Table, ReadError> {
    let refuse = |reason: String| ReadError::Workbook { path: source.to_owned(), reason };
    preflight::check(bytes).map_err(refuse)?;
    let bad = |e: calamine::Error| refuse(e.to_string());
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(bad)?;
    let names = book.sheet_names();
    if let Some(wanted) = sheet {
        let name = names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| names.iter().find(|n| n.trim().eq_ignore_ascii_case(wanted.trim())))
            .cloned()
            .ok_or_else(|| ReadError::NoSheet {
                path: source.to_owned(),
                name: wanted.to_owned(),
                sheets: names.clone(),
            })?;
        return sheet_table(&mut book, &name, source);
    }
    // The first sheet with a column of names; else the first sheet.
    let mut first = None;
    for name in &names {
        let t = match sheet_table(&mut book, name, source) {
            Err(ReadError::Empty { .. }) => continue,
            other => other?,
        };
        if crate::interchange::Mapping::guess(&t.headers).missing_name(&t.headers).is_none() {
            return Ok(t);
        }
        first.get_or_insert(t);
    }
    first.ok_or_else(|| ReadError::Empty { path: source.to_owned() })
}

/// One sheet's filled cells as a table; `Empty` for a blank sheet.
fn sheet_table(book: &mut Book<'_>, name: &str, source: &str) -> Result<Table, ReadError> {
    let refuse = |reason: String| ReadError::Workbook { path: source.to_owned(), reason };
    let mut filled = Filled::default();
    match book {
        Sheets::Xlsx(x) => {
            let mut cells = x.worksheet_cells_reader(name).map_err(|e| refuse(e.to_string()))?;
            while let Some(cell) = cells.next_cell().map_err(|e| refuse(e.to_string()))? {
                let (r, c) = cell.get_position();
                filled.put(r, c, Data::from(cell.get_value().clone()).to_string()).map_err(refuse)?;
            }
        }
        Sheets::Xlsb(x) => {
            let mut cells = x.worksheet_cells_reader(name).map_err(|e| refuse(e.to_string()))?;
            while let Some(cell) = cells.next_cell().map_err(|e| refuse(e.to_string()))? {
                let (r, c) = cell.get_position();
                filled.put(r, c, Data::from(cell.get_value().clone()).to_string()).map_err(refuse)?;
            }
        }
        // Their sheets are laid out when the workbook is opened, within the
        // area the preflight allowed.
        other => {
            let range = other.worksheet_range(name).map_err(|e| refuse(e.to_string()))?;
            let (r0, c0) = range.start().unwrap_or((0, 0));
            for (r, c, v) in range.used_cells() {
                filled.put(r0 + r as u32, c0 + c as u32, v.to_string()).map_err(refuse)?;
            }
        }
    }
    filled.into_table(name, source)
}

/// The filled cells of a sheet, by row, as read.
#[derive(Default)]
struct Filled {
    rows: BTreeMap<u32, Vec<(u32, String)>>,
    cells: u64,
    bytes: u64,
    first_col: u32,
}

impl Filled {
    fn put(&mut self, row: u32, col: u32, text: String) -> Result<(), String> {
        if text.trim().is_empty() {
            return Ok(());
        }
        self.cells += 1;
        self.bytes += text.len() as u64;
        if self.cells > MAX_CELLS || self.bytes > MAX_TEXT_BYTES {
            return Err(t!(
                "workbook-too-many-cells",
                cells = MAX_CELLS.to_string(),
                mb = (MAX_TEXT_BYTES / 1024 / 1024).to_string()
            ));
        }
        self.first_col = if self.cells == 1 { col } else { self.first_col.min(col) };
        self.rows.entry(row).or_default().push((col, text));
        Ok(())
    }

    /// The first filled row is the header; its last filled cell ends the
    /// table (cells right of it have no column name to be imported by).
    fn into_table(self, sheet: &str, source: &str) -> Result<Table, ReadError> {
        let first = self.first_col;
        let Some(width) = self.rows.values().next().and_then(|h| h.iter().map(|(c, _)| c - first + 1).max()) else {
            return Err(ReadError::Empty { path: source.to_owned() });
        };
        let area = self.rows.len() as u64 * u64::from(width);
        if area > MAX_TABLE_CELLS {
            return Err(ReadError::Workbook {
                path: source.to_owned(),
                reason: t!(
                    "workbook-table-too-large",
                    rows = self.rows.len().to_string(),
                    columns = width.to_string(),
                    max = MAX_TABLE_CELLS.to_string()
                ),
            });
        }
        let rows = self.rows.into_iter().map(|(r, cells)| {
            let mut dense = vec![String::new(); width as usize];
            for (c, text) in cells {
                if let Some(slot) = dense.get_mut((c - first) as usize) {
                    *slot = text;
                }
            }
            (r as usize + 1, dense)
        });
        // A row whose only cells lie right of the table is no row of it.
        let rows =
            rows.enumerate().filter(|(i, (_, cells))| *i == 0 || cells.iter().any(|c| !c.is_empty())).map(|(_, r)| r);
        table(rows, t!("table-read-as-sheet", name = sheet), source)
    }
}
