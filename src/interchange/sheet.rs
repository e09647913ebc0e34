//! Tables going out: the same rows as CSV (RFC 4180, "." decimals) or as
//! an Excel workbook, one sheet per table.

/// One cell of an exported table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    /// A number shown with this many decimals; not a number leaves the cell empty.
    Number(f64, usize),
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Self {
        Self::Text(s.into())
    }
}

/// A named table with a header row.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The table as CSV text.
pub fn csv(sheet: &Sheet) -> String {
    let mut out = String::new();
    let header: Vec<String> = sheet.headers.iter().map(|h| csv_field(h)).collect();
    out.push_str(&header.join(","));
    out.push('\n');
    for row in &sheet.rows {
        let fields: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Text(t) => csv_field(t),
                Cell::Number(v, decimals) if v.is_finite() => format!("{v:.decimals$}"),
                Cell::Number(..) => String::new(),
            })
            .collect();
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

/// Whether a spreadsheet would read `f` as a formula: it starts with one of
/// `= + - @`, or with a tab or carriage return, or has one of those first
/// after leading spaces and control characters.
pub fn looks_like_formula(f: &str) -> bool {
    let formula = |c: char| matches!(c, '=' | '+' | '-' | '@');
    f.starts_with(['\t', '\r']) || f.chars().find(|c| !c.is_whitespace() && !c.is_control()).is_some_and(formula)
}

/// One CSV field: quoted when it holds a separator, quote or line break;
/// a would-be formula gets a leading `'` so a spreadsheet shows it rather
/// than runs it (the import takes that `'` off again).
pub fn csv_field(f: &str) -> String {
    let f = if looks_like_formula(f) { format!("'{f}") } else { f.to_owned() };
    if f.contains([',', '"', '\n', '\r']) { format!("\"{}\"", f.replace('"', "\"\"")) } else { f }
}

/// The longest text an Excel cell holds.
const EXCEL_CELL_CHARS: usize = 32_767;

/// The tables as an .xlsx workbook: text cells as text (never formulas),
/// numbers as numbers, a bold header row kept in view, columns fitted.
pub fn xlsx(sheets: &[Sheet]) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let bold = Format::new().set_bold();
    let mut book = Workbook::new();
    for sheet in sheets {
        let ws = book.add_worksheet();
        ws.set_name(&sheet.name).map_err(|e| e.to_string())?;
        for (c, h) in sheet.headers.iter().enumerate() {
            ws.write_string_with_format(0, col(c)?, h, &bold).map_err(|e| e.to_string())?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).ok().ok_or_else(|| crate::i18n::tr("sheet-too-many-rows"))?;
            for (c, cell) in row.iter().enumerate() {
                match cell {
                    Cell::Text(t) if t.is_empty() => {}
                    Cell::Text(t) => {
                        // Noncharacters cannot be carried by the workbook's XML.
                        let cut: String = t
                            .chars()
                            .filter(|c| !crate::model::texts::is_noncharacter(*c))
                            .take(EXCEL_CELL_CHARS)
                            .collect();
                        ws.write_string(r, col(c)?, cut).map_err(|e| e.to_string())?;
                    }
                    Cell::Number(v, _) if v.is_finite() => {
                        ws.write_number(r, col(c)?, *v).map_err(|e| e.to_string())?;
                    }
                    Cell::Number(..) => {}
                }
            }
        }
        ws.set_freeze_panes(1, 0).map_err(|e| e.to_string())?;
        ws.autofit();
    }
    book.save_to_buffer().map_err(|e| e.to_string())
}

fn col(c: usize) -> Result<u16, String> {
    u16::try_from(c).ok().ok_or_else(|| crate::i18n::tr("sheet-too-many-columns"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_even_behind_spaces_and_control_characters() {
        for f in ["=1+1", " =1+1", "\t=1+1", "\r=1", "\u{1}@SUM(A1)", "-2"] {
            let cell = csv_field(f);
            assert!(cell.starts_with('\'') || cell.starts_with("\"'"), "{f:?} -> {cell:?}");
        }
        assert_eq!(csv_field("Lind, Anna"), "\"Lind, Anna\"");
    }

    #[test]
    fn numbers_that_are_not_numbers_leave_the_cell_empty() {
        let sheet = Sheet {
            name: "r".into(),
            headers: vec!["a".into(), "b".into(), "c".into()],
            rows: vec![vec![Cell::Number(f64::NAN, 0), Cell::Number(f64::INFINITY, 0), Cell::Number(12.4, 0)]],
        };
        assert_eq!(csv(&sheet), "a,b,c\n,,12\n");
    }

    #[test]
    fn a_workbook_reads_back_with_its_sheets_and_cells() {
        let sheet = Sheet {
            name: "Contacts".into(),
            headers: vec!["Full Name".into(), "Influence".into()],
            rows: vec![vec![Cell::text("=Åsa Öberg"), Cell::Number(4.0, 0)]],
        };
        let bytes = xlsx(&[sheet]).expect("writes");
        let t = super::super::table::from_bytes(&bytes, "x.xlsx", Some("contacts")).expect("reads back");
        assert_eq!(t.headers, vec!["Full Name", "Influence"]);
        assert_eq!(t.rows[0].cells, vec!["=Åsa Öberg", "4"]);
    }
}
