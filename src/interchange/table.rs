//! A spreadsheet's first table, however it came: CSV or other delimited
//! text, or a sheet of an Excel (.xlsx, .xls) or OpenDocument workbook.

use super::decode::{TextEncoding, decode};
use super::delimited;
use crate::t;
use std::fmt;
use std::path::Path;

/// Inputs larger than this are refused before they are read; it is the
/// largest project file Gambit writes, far beyond any contact export.
pub const MAX_INPUT_BYTES: u64 = crate::file::MAX_FILE_BYTES;

/// A header row and the rows under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
    /// How it was read, for the report ("UTF-8, separated by ;").
    pub read_as: String,
}

/// One row: its number as a spreadsheet shows it (the header is row 1)
/// and its cells, one per header (missing cells are empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<String>,
}

impl Row {
    /// The cell of column `index`, empty when the row is short.
    pub fn cell(&self, index: usize) -> &str {
        self.cells.get(index).map_or("", String::as_str)
    }
}

/// Why a file could not be read as a table. Each names the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    Io { path: String, reason: String },
    TooLarge { path: String, size: u64 },
    Empty { path: String },
    Binary { path: String, byte: usize },
    Unclosed { path: String, line: usize },
    Workbook { path: String, reason: String },
    NoSheet { path: String, name: String, sheets: Vec<String> },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ReadError::Io { path, reason } => t!("read-error-io", path = path, reason = reason),
            ReadError::TooLarge { path, size } => {
                t!("read-error-too-large", path = path, size = size / 1_000_000, max = MAX_INPUT_BYTES / 1_000_000)
            }
            ReadError::Empty { path } => t!("read-error-empty", path = path),
            ReadError::Binary { path, byte } => t!("read-error-binary", path = path, byte = byte.to_string()),
            ReadError::Unclosed { path, line } => t!("read-error-unclosed", path = path, line = line.to_string()),
            ReadError::Workbook { path, reason } => t!("read-error-workbook", path = path, reason = reason),
            ReadError::NoSheet { path, name, sheets } => {
                t!("read-error-no-sheet", path = path, name = name, sheets = sheets.join(", "))
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ReadError {}

/// Reads `path`: a workbook when its bytes say so (zip or OLE signature),
/// otherwise delimited text. `sheet` picks a workbook's sheet (the first by default).
pub fn read(path: &Path, sheet: Option<&str>) -> Result<Table, ReadError> {
    let shown = path.display().to_string();
    let io = |e: std::io::Error| ReadError::Io { path: shown.clone(), reason: crate::i18n::io_words(&e) };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_INPUT_BYTES {
        return Err(ReadError::TooLarge { path: shown, size });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    from_bytes(&bytes, &shown, sheet)
}

/// Reads a table from bytes; `source` names it in errors.
pub fn from_bytes(bytes: &[u8], source: &str, sheet: Option<&str>) -> Result<Table, ReadError> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return workbook(bytes, source, sheet);
    }
    let (text, encoding) = decode(bytes).map_err(|byte| ReadError::Binary { path: source.to_owned(), byte })?;
    delimited_text(&text, encoding, source)
}

fn delimited_text(text: &str, encoding: TextEncoding, source: &str) -> Result<Table, ReadError> {
    let (sep, body) = delimited::sniff(text);
    let records =
        delimited::parse(body, sep).map_err(|u| ReadError::Unclosed { path: source.to_owned(), line: u.line })?;
    let read_as = match sep {
        '\t' => t!("table-read-as-tabs", encoding = encoding.label()),
        c => t!("table-read-as", encoding = encoding.label(), separator = c.to_string()),
    };
    let cells = records.into_iter().map(|r| r.cells);
    table(cells, read_as, source)
}

/// Builds the table: the first non-blank row is the header; rows are
/// numbered as a spreadsheet shows them (the header is row 1).
fn table(mut rows: impl Iterator<Item = Vec<String>>, read_as: String, source: &str) -> Result<Table, ReadError> {
    let Some(header) = rows.next() else { return Err(ReadError::Empty { path: source.to_owned() }) };
    let headers: Vec<String> = header
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let h = h.trim().trim_start_matches('\u{FEFF}').trim();
            if h.is_empty() { t!("table-column-n", n = (i + 1).to_string()) } else { h.to_owned() }
        })
        .collect();
    let width = headers.len();
    let rows = rows.enumerate().map(|(i, mut cells)| {
        cells.resize(width.max(cells.len()), String::new());
        Row { number: i + 2, cells }
    });
    Ok(Table { headers, rows: rows.collect(), read_as })
}

fn workbook(bytes: &[u8], source: &str, sheet: Option<&str>) -> Result<Table, ReadError> {
    use calamine::Reader;
    let bad = |e: calamine::Error| ReadError::Workbook { path: source.to_owned(), reason: e.to_string() };
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(bad)?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| names.iter().find(|n| n.trim().eq_ignore_ascii_case(wanted.trim())))
            .cloned()
            .ok_or_else(|| ReadError::NoSheet {
                path: source.to_owned(),
                name: wanted.to_owned(),
                sheets: names.clone(),
            })?,
        None => {
            // The first sheet with a column of names; else the first sheet.
            let mut tables = Vec::new();
            for name in &names {
                let range = book.worksheet_range(name).map_err(bad)?;
                let t = match sheet_table(&range, name, source) {
                    Err(ReadError::Empty { .. }) => continue,
                    other => other?,
                };
                if crate::interchange::Mapping::guess(&t.headers).missing_name(&t.headers).is_none() {
                    return Ok(t);
                }
                tables.push(t);
            }
            return tables.into_iter().next().ok_or_else(|| ReadError::Empty { path: source.to_owned() });
        }
    };
    let range = book.worksheet_range(&name).map_err(bad)?;
    sheet_table(&range, &name, source)
}

/// One sheet's used range as a table; `Empty` for a blank sheet.
fn sheet_table(range: &calamine::Range<calamine::Data>, name: &str, source: &str) -> Result<Table, ReadError> {
    // Rows above the used range are blank; keep numbering as the sheet does.
    let first = range.start().map_or(0, |(row, _)| row as usize);
    let mut rows = range.rows().map(|r| r.iter().map(|c| c.to_string()).collect::<Vec<String>>());
    let mut skipped = 0;
    let header = rows.by_ref().find(|r| {
        let blank = r.iter().all(|c| c.trim().is_empty());
        skipped += usize::from(blank);
        !blank
    });
    let Some(header) = header else { return Err(ReadError::Empty { path: source.to_owned() }) };
    let offset = first + skipped;
    let mut t = table(std::iter::once(header).chain(rows), t!("table-read-as-sheet", name = name), source)?;
    t.rows.retain(|r| r.cells.iter().any(|c| !c.trim().is_empty()));
    for r in &mut t.rows {
        r.number += offset;
    }
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_numbered_as_a_spreadsheet_shows_them() {
        let t = from_bytes(b"Name;Title\nAnna;CFO\n\"Bo\nBerg\";CEO\nCid\n", "x.csv", None).expect("reads");
        assert_eq!(t.headers, vec!["Name", "Title"]);
        let numbers: Vec<usize> = t.rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, vec![2, 3, 4]);
        assert_eq!(t.rows[2].cell(1), "", "a short row reads as empty cells");
        assert_eq!(t.read_as, "UTF-8 text separated by \";\"");
    }

    #[test]
    fn bad_inputs_say_what_and_where() {
        assert_eq!(from_bytes(b"", "e.csv", None), Err(ReadError::Empty { path: "e.csv".into() }));
        assert_eq!(from_bytes(b"\n\n", "e.csv", None), Err(ReadError::Empty { path: "e.csv".into() }));
        let e = from_bytes(b"Name\n\"Anna\nBo\n", "q.csv", None).expect_err("unclosed");
        assert!(e.to_string().contains("line 2 is never closed"), "{e}");
        let e = from_bytes(b"PK\x03\x04garbage", "x.xlsx", None).expect_err("not a workbook");
        assert!(e.to_string().starts_with("x.xlsx: cannot be read as a workbook"), "{e}");
    }
}
