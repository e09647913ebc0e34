//! What a workbook may claim, checked before it is handed to the reader.
//!
//! The reader (calamine) lays some sheets out densely and believes what a
//! file says of itself, so an 11 KB workbook with one far cell can ask for
//! hundreds of gigabytes. These checks read the workbook as a stream,
//! keeping nothing but counts, and refuse it with a message when it claims
//! more than Gambit reads: a part that unpacks too large, a cell or string
//! too long, too many shared strings, or sheets whose laid-out area
//! (rows × columns, far cells included) is too big.

use std::io::{Cursor, Read};

/// The cells a workbook's sheets may lay out densely (.xls, .ods), all
/// sheets together; the streamed .xlsx reader counts its own cells.
pub const MAX_AREA: u64 = 200_000;
/// The longest text between two tags (one cell, one shared string): a cell
/// holds at most 32,767 characters, which escaped as XML stays below this.
pub const MAX_RUN: u64 = 256 * 1024;
/// The most one part of a workbook may unpack to.
pub const MAX_PART: u64 = 64 * 1024 * 1024;
/// The most the shared strings of an .xlsx may unpack to, and their count.
pub const MAX_SHARED_BYTES: u64 = 24 * 1024 * 1024;
pub const MAX_SHARED_STRINGS: u64 = 500_000;
/// Parts in one workbook.
const MAX_PARTS: usize = 10_000;

/// Why a workbook is refused, in words for the user.
pub type Refusal = String;

/// Checks `bytes`, a zip (.xlsx, .ods) or OLE (.xls) workbook.
pub fn check(bytes: &[u8]) -> Result<(), Refusal> {
    if bytes.starts_with(b"PK\x03\x04") { zipped(bytes) } else { xls(bytes) }
}

fn zipped(bytes: &[u8]) -> Result<(), Refusal> {
    // A zip the archive reader cannot open is left to the workbook reader,
    // which says why in its own words.
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else { return Ok(()) };
    if zip.len() > MAX_PARTS {
        return Err(crate::t!("workbook-too-many-parts", count = zip.len().to_string()));
    }
    let ods = zip.index_for_name("content.xml").is_some() && zip.index_for_name("xl/workbook.xml").is_none();
    for i in 0..zip.len() {
        let Ok(part) = zip.by_index(i) else { continue };
        let name = part.name().to_owned();
        if !(name.ends_with(".xml") || name.ends_with(".rels") || name.ends_with(".bin")) {
            continue;
        }
        let shared = name.eq_ignore_ascii_case("xl/sharedStrings.xml");
        let limit = if shared { MAX_SHARED_BYTES } else { MAX_PART };
        let scan = scan_part(part, limit, !name.ends_with(".bin")).map_err(|e| e.words(&name))?;
        if shared && scan.elements > MAX_SHARED_STRINGS {
            return Err(crate::t!(
                "workbook-too-many-strings",
                count = scan.elements.to_string(),
                max = MAX_SHARED_STRINGS.to_string()
            ));
        }
    }
    if ods {
        let part = zip.by_name("content.xml").map_err(|e| e.to_string())?;
        area_claim(ods_area(std::io::BufReader::new(part))?)?;
    }
    Ok(())
}

/// What a streamed part held.
struct Scan {
    /// Elements that open with `<s` followed by `i` (shared string items).
    elements: u64,
}

enum PartError {
    TooLarge(u64),
    LongRun(u64),
    Broken(String),
}

impl PartError {
    fn words(&self, part: &str) -> Refusal {
        match self {
            Self::TooLarge(limit) => {
                crate::t!("workbook-part-too-large", part = part, max = (limit / 1024 / 1024).to_string())
            }
            Self::LongRun(limit) => {
                crate::t!("workbook-cell-too-long", part = part, max = (limit / 1024).to_string())
            }
            Self::Broken(reason) => crate::t!("workbook-part-broken", part = part, reason = reason),
        }
    }
}

/// Unpacks a part as a stream, counting: never more than `limit` bytes,
/// never a text run (bytes between two `<`) longer than [`MAX_RUN`].
fn scan_part(mut part: impl Read, limit: u64, xml: bool) -> Result<Scan, PartError> {
    let mut buf = vec![0u8; 64 * 1024];
    let (mut total, mut run, mut elements) = (0u64, 0u64, 0u64);
    let mut last = [0u8; 2];
    loop {
        let n = match part.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(PartError::Broken(e.to_string())),
        };
        total += n as u64;
        if total > limit {
            return Err(PartError::TooLarge(limit));
        }
        if !xml {
            continue;
        }
        for &b in &buf[..n] {
            if b == b'<' {
                run = 0;
            } else {
                run += 1;
                if run > MAX_RUN {
                    return Err(PartError::LongRun(MAX_RUN));
                }
            }
            if last == *b"<s" && b == b'i' {
                elements += 1;
            }
            last = [last[1], b];
        }
    }
    Ok(Scan { elements })
}

fn area_claim(area: u64) -> Result<(), Refusal> {
    if area > MAX_AREA {
        return Err(crate::t!("workbook-area-too-large", cells = area.to_string(), max = MAX_AREA.to_string()));
    }
    Ok(())
}

/// The cells an `OpenDocument` spreadsheet lays out when read: for each
/// table, the rows from its first to its last non-empty one (repeats
/// counted) times its widest non-empty row (repeats counted). Trailing
/// empty rows and cells, which office suites write by the million, cost
/// nothing and count nothing.
fn ods_area(input: impl std::io::BufRead) -> Result<u64, Refusal> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(input);
    let mut buf = Vec::new();
    let mut total = 0u64;
    let mut table = OdsTable::default();
    let mut row: Option<OdsRow> = None;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| e.to_string())?;
        let (start, closed) = match &event {
            Event::Start(e) => (Some(e.clone()), false),
            Event::Empty(e) => (Some(e.clone()), true),
            Event::End(e) => {
                match e.name().as_ref() {
                    b"table:table-row" => table.end_row(row.take()),
                    b"table:table" => total = total.saturating_add(std::mem::take(&mut table).area()),
                    _ => {}
                }
                (None, false)
            }
            Event::Eof => break,
            _ => (None, false),
        };
        if let Some(e) = start {
            match e.name().as_ref() {
                b"table:table-row" => {
                    let r = OdsRow { repeat: repeat(&e, b"table:number-rows-repeated"), ..OdsRow::default() };
                    if closed {
                        table.end_row(Some(r));
                    } else {
                        row = Some(r);
                    }
                }
                b"table:table-cell" | b"table:covered-table-cell" => {
                    if let Some(r) = row.as_mut() {
                        let filled = !closed || has_value(&e);
                        r.cell(repeat(&e, b"table:number-columns-repeated"), filled);
                    }
                }
                _ => {}
            }
        }
        if total > MAX_AREA {
            return Ok(total);
        }
        buf.clear();
    }
    Ok(total.saturating_add(table.area()))
}

fn repeat(e: &quick_xml::events::BytesStart<'_>, name: &[u8]) -> u64 {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| std::str::from_utf8(&a.value).ok()?.trim().parse().ok())
        .unwrap_or(1)
}

fn has_value(e: &quick_xml::events::BytesStart<'_>) -> bool {
    e.attributes().flatten().any(|a| {
        let k = a.key.as_ref();
        k.starts_with(b"office:") && k != b"office:value-type" || k == b"table:formula"
    })
}

#[derive(Default)]
struct OdsRow {
    repeat: u64,
    /// Columns so far, and the column after the last filled one.
    at: u64,
    width: u64,
}

impl OdsRow {
    fn cell(&mut self, repeat: u64, filled: bool) {
        self.at = self.at.saturating_add(repeat);
        if filled {
            self.width = self.at;
        }
    }
}

#[derive(Default)]
struct OdsTable {
    /// Rows up to and including the last filled one, from the first filled one.
    rows_to_last: u64,
    pending: u64,
    started: bool,
    width: u64,
}

impl OdsTable {
    fn end_row(&mut self, row: Option<OdsRow>) {
        let Some(row) = row else { return };
        if row.width == 0 {
            if self.started {
                self.pending = self.pending.saturating_add(row.repeat);
            }
            return;
        }
        self.started = true;
        self.rows_to_last = self.rows_to_last.saturating_add(self.pending).saturating_add(row.repeat);
        self.pending = 0;
        self.width = self.width.max(row.width);
    }

    fn area(&self) -> u64 {
        self.rows_to_last.saturating_mul(self.width)
    }
}

/// An .xls workbook: the cells each sheet lays out (its dimensions record
/// and the span of its cells), all sheets together, within [`MAX_AREA`].
fn xls(bytes: &[u8]) -> Result<(), Refusal> {
    // An OLE file the container reader cannot open is left to the workbook reader.
    let Ok(mut file) = cfb::CompoundFile::open(Cursor::new(bytes)) else { return Ok(()) };
    let name = if file.is_stream("/Workbook") { "/Workbook" } else { "/Book" };
    let Ok(stream) = file.open_stream(name) else { return Ok(()) };
    let mut data = Vec::new();
    stream.take(bytes.len() as u64 + 1).read_to_end(&mut data).map_err(|e| e.to_string())?;
    area_claim(biff_area(&data))
}

/// Walks the BIFF records; each BOF … EOF stretch is one sheet.
fn biff_area(mut data: &[u8]) -> u64 {
    let mut total = 0u64;
    let mut sheet = Span::default();
    while data.len() >= 4 {
        let typ = u16::from_le_bytes([data[0], data[1]]);
        let len = usize::from(u16::from_le_bytes([data[2], data[3]]));
        let Some(body) = data.get(4..4 + len) else { break };
        data = &data[4 + len..];
        let at = |i: usize| body.get(i..i + 2).map(|b| u32::from(u16::from_le_bytes([b[0], b[1]])));
        match typ {
            // BOF: a new sheet; EOF: its end.
            0x0809 | 0x0009 | 0x0209 | 0x0409 => sheet = Span::default(),
            0x000A => total = total.saturating_add(std::mem::take(&mut sheet).area()),
            // Dimensions, read as the reader reads them.
            0x0200 => sheet.dims = sheet.dims.max(dimensions(body)),
            // Cells: row and column first.
            0x0203 | 0x0204 | 0x0205 | 0x027E | 0x00FD | 0x0006 | 0x0201 => {
                if let (Some(r), Some(c)) = (at(0), at(2)) {
                    sheet.add(r, c);
                }
            }
            // Several cells in a row: row, first column, …, last column.
            0x00BD | 0x00BE => {
                if let (Some(r), Some(c), Some(last)) = (at(0), at(2), len.checked_sub(2).and_then(at)) {
                    sheet.add(r, c);
                    sheet.add(r, last);
                }
            }
            _ => {}
        }
    }
    total.saturating_add(sheet.area())
}

/// The cells a dimensions record makes the reader reserve.
fn dimensions(r: &[u8]) -> u64 {
    let u16_at = |i: usize| u64::from(u16::from_le_bytes([r[i], r[i + 1]]));
    let u32_at = |i: usize| u64::from(u32::from_le_bytes([r[i], r[i + 1], r[i + 2], r[i + 3]]));
    let (rf, rl, cf, cl) = match r.len() {
        10 => (u16_at(0), u16_at(2), u16_at(4), u16_at(6)),
        14 => (u32_at(0), u32_at(4), u16_at(8), u16_at(10)),
        _ => return 0,
    };
    let cf = if cf > 0xFF || cl < cf { 0 } else { cf };
    if rl == 0 || cl == 0 {
        return 1;
    }
    // A last row before the first wraps around in the reader: refuse it.
    match ((rl - 1).checked_sub(rf), (cl - 1).checked_sub(cf)) {
        (Some(rows), Some(cols)) => (rows + 1).saturating_mul(cols + 1),
        _ => u64::MAX,
    }
}

#[derive(Default)]
struct Span {
    /// What the sheet's dimensions record claims.
    dims: u64,
    rows: Option<(u32, u32)>,
    cols: Option<(u32, u32)>,
}

impl Span {
    fn add(&mut self, r: u32, c: u32) {
        let grow = |s: Option<(u32, u32)>, v: u32| Some(s.map_or((v, v), |(a, b)| (a.min(v), b.max(v))));
        self.rows = grow(self.rows, r);
        self.cols = grow(self.cols, c);
    }

    fn area(&self) -> u64 {
        let cells = match (self.rows, self.cols) {
            (Some((r0, r1)), Some((c0, c1))) => u64::from(r1 - r0 + 1) * u64::from(c1 - c0 + 1),
            _ => 0,
        };
        cells.max(self.dims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_suites_trailing_empty_rows_cost_nothing() {
        let xml = br#"<office:document-content><office:body><office:spreadsheet><table:table table:name="S">
            <table:table-row><table:table-cell office:value-type="string"><text:p>Name</text:p></table:table-cell>
              <table:table-cell table:number-columns-repeated="1020"/></table:table-row>
            <table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
            </table:table></office:spreadsheet></office:body></office:document-content>"#;
        assert_eq!(ods_area(&xml[..]), Ok(1));
    }

    #[test]
    fn repeated_filled_rows_and_far_cells_are_counted() {
        let xml = br#"<table:table><table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value="1" table:number-columns-repeated="3"/></table:table-row></table:table>"#;
        assert_eq!(ods_area(&xml[..]), Ok(3_000_000));
        let far = br#"<table:table><table:table-row><table:table-cell office:value="1"/></table:table-row>
            <table:table-row table:number-rows-repeated="5"/>
            <table:table-row><table:table-cell table:number-columns-repeated="999"/><table:table-cell office:value="2"/></table:table-row></table:table>"#;
        assert_eq!(ods_area(&far[..]), Ok(7 * 1000));
    }

    #[test]
    fn a_dimensions_record_that_wraps_is_counted_as_endless() {
        let mut r = Vec::new();
        for v in [10u32, 5] {
            r.extend(v.to_le_bytes());
        }
        r.extend([0, 0, 3, 0, 0, 0]);
        assert_eq!(dimensions(&r), u64::MAX);
    }
}
