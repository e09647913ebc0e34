//! A spreadsheet's first table, however it came: CSV or other delimited
//! text, or a sheet of an Excel (.xlsx, .xls) or `OpenDocument` workbook.

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
    NotAFile { path: String },
    Empty { path: String },
    Binary { path: String, byte: usize },
    Unclosed { path: String, line: usize },
    Workbook { path: String, reason: String },
    NoSheet { path: String, name: String, sheets: Vec<String> },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Io { path, reason } => t!("read-error-io", path = path, reason = reason),
            Self::TooLarge { path, size } => {
                t!("read-error-too-large", path = path, size = size / 1_000_000, max = MAX_INPUT_BYTES / 1_000_000)
            }
            Self::NotAFile { path } => t!("load-not-a-file", path = path),
            Self::Empty { path } => t!("read-error-empty", path = path),
            Self::Binary { path, byte } => t!("read-error-binary", path = path, byte = byte.to_string()),
            Self::Unclosed { path, line } => t!("read-error-unclosed", path = path, line = line.to_string()),
            Self::Workbook { path, reason } => t!("read-error-workbook", path = path, reason = reason),
            Self::NoSheet { path, name, sheets } => {
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
    let bytes = match crate::file::read_bounded(path, MAX_INPUT_BYTES).map_err(io)? {
        crate::file::Bounded::Bytes(b) => b,
        crate::file::Bounded::NotAFile => return Err(ReadError::NotAFile { path: shown }),
        crate::file::Bounded::TooLarge(size) => return Err(ReadError::TooLarge { path: shown, size }),
    };
    from_bytes(&bytes, &shown, sheet)
}

/// Reads a table from bytes; `source` names it in errors.
pub fn from_bytes(bytes: &[u8], source: &str, sheet: Option<&str>) -> Result<Table, ReadError> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return super::workbook::read(bytes, source, sheet);
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
    let cells = records.into_iter().enumerate().map(|(i, r)| (i + 1, r.cells));
    table(cells, read_as, source)
}

/// Builds the table from numbered rows (as a spreadsheet numbers them):
/// the first is the header, the rest its rows.
pub(super) fn table(
    mut rows: impl Iterator<Item = (usize, Vec<String>)>,
    read_as: String,
    source: &str,
) -> Result<Table, ReadError> {
    let Some((_, header)) = rows.next() else { return Err(ReadError::Empty { path: source.to_owned() }) };
    let headers: Vec<String> = header
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let h = h.trim().trim_start_matches('\u{FEFF}').trim();
            if h.is_empty() { t!("table-column-n", n = (i + 1).to_string()) } else { h.to_owned() }
        })
        .collect();
    let width = headers.len();
    let rows = rows.map(|(number, mut cells)| {
        cells.resize(width.max(cells.len()), String::new());
        Row { number, cells }
    });
    Ok(Table { headers, rows: rows.collect(), read_as })
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
