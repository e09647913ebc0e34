//! Workbooks that claim more than they hold, or hold more than a contact
//! list ever does: each is read sparse or refused with a message, never
//! with a crash or gigabytes of memory (see `workbook_memory.rs` for the
//! peaks measured).

mod books;

use gambit::interchange::table::{ReadError, from_bytes};

fn refused(bytes: &[u8], name: &str) -> String {
    match from_bytes(bytes, name, None) {
        Err(e @ ReadError::Workbook { .. }) => e.to_string(),
        other => panic!("{name}: expected a refusal, got {other:?}"),
    }
}

#[test]
fn one_far_cell_is_one_cell_not_the_rectangle_up_to_it() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "Full Name").expect("header");
    ws.write_string(1, 0, "Åsa Öberg").expect("name");
    ws.write_string(1_048_575, 16_383, "far").expect("XFD1048576");
    let bytes = book.save_to_buffer().expect("workbook");
    assert!(bytes.len() < 20_000, "a small file: {}", bytes.len());
    let t = from_bytes(&bytes, "far.xlsx", None).expect("read as the cells it fills");
    assert_eq!(t.headers, vec!["Full Name"]);
    let names: Vec<(usize, &str)> = t.rows.iter().map(|r| (r.number, r.cell(0))).collect();
    assert_eq!(names, vec![(2, "Åsa Öberg")], "the far cell has no column to be imported by");
}

#[test]
fn a_cell_longer_than_a_spreadsheet_cell_is_refused() {
    let e = refused(&books::one_huge_cell(8 << 20), "long.xlsx");
    assert!(e.starts_with("long.xlsx: cannot be read as a workbook") && e.contains("xl/worksheets/sheet1.xml"), "{e}");
    assert!(e.contains("longer than a spreadsheet cell can be"), "{e}");
}

#[test]
fn a_shared_strings_bomb_is_refused_before_it_is_read() {
    let e = refused(&books::shared_strings_bomb(600_000, 1), "many.xlsx");
    assert!(e.contains("600000 shared texts"), "{e}");
    let e = refused(&books::shared_strings_bomb(1_000, 30_000), "large.xlsx");
    assert!(e.contains("xl/sharedStrings.xml unpacks to more than 24 MB"), "{e}");
}

#[test]
fn a_sheet_that_fills_too_many_cells_is_refused() {
    let e = refused(&books::many_cells(60_000, 10), "cells.xlsx");
    assert!(e.contains("more than 500000 cells"), "{e}");
}

#[test]
fn an_opendocument_sheet_reads_and_its_repeats_are_bounded() {
    let ok = books::ods(&format!(
        "<table:table-row>{}</table:table-row><table:table-row>{}</table:table-row>\
         <table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>",
        books::ods_text("Full Name"),
        books::ods_text("Søren Ærø")
    ));
    let t = from_bytes(&ok, "ok.ods", None).expect("an office suite's trailing empty rows cost nothing");
    assert_eq!(t.rows.len(), 1);
    assert_eq!(t.rows[0].cell(0), "Søren Ærø");
    let bomb = books::ods(&format!(
        "<table:table-row>{}</table:table-row><table:table-row table:number-rows-repeated=\"100000000\">{}</table:table-row>",
        books::ods_text("Full Name"),
        books::ods_text("Anna")
    ));
    let e = refused(&bomb, "bomb.ods");
    assert!(e.contains("100000001 cells"), "{e}");
}

#[test]
fn an_ordinary_contact_list_still_reads() {
    let t = from_bytes(&books::contacts_xlsx(2_000), "list.xlsx", None).expect("reads");
    assert_eq!(t.rows.len(), 2_000);
    assert_eq!(t.rows[1999].cells, vec!["Person 2000", "Engineer", "p2000@example.com"]);
    assert_eq!(t.rows[1999].number, 2001);
}

/// Pieces a hostile sheet is made of.
const PIECES: &[&str] = &[
    r#"<c r="XFD1048576"><v>1</v></c>"#,
    r#"<c r="A1048576" t="s"><v>0</v></c>"#,
    r#"<c r="B2" t="s"><v>4294967295</v></c>"#,
    r#"<c t="inlineStr"><is><t>Åsa</t></is></c>"#,
    r#"<dimension ref="A1:XFD1048576"/>"#,
    r#"<row r="1048576">"#,
    "</row>",
    "<si><t>x</t></si>",
    r#"table:number-rows-repeated="1048576""#,
    r#"table:number-columns-repeated="16384""#,
    r#"<table:table-cell office:value="1e308"/>"#,
    "\u{FFFF}",
    "<",
    "&",
    "\"",
];

fn mutate_text(base: &str, r: &mut u64) -> String {
    let mut next = || {
        *r ^= *r << 13;
        *r ^= *r >> 7;
        *r ^= *r << 17;
        *r
    };
    let mut t = base.to_owned();
    for _ in 0..1 + next() % 4 {
        let at = (next() as usize) % (t.len() + 1);
        let at = (0..=at).rev().find(|i| t.is_char_boundary(*i)).unwrap_or(0);
        match next() % 3 {
            0 => t.insert_str(at, PIECES[(next() as usize) % PIECES.len()]),
            1 => {
                let end = (at + (next() as usize) % 40).min(t.len());
                let end = (end..=t.len()).find(|i| t.is_char_boundary(*i)).unwrap_or(t.len());
                t.replace_range(at..end, "");
            }
            _ => {
                let end = (at + (next() as usize) % 200).min(t.len());
                let end = (end..=t.len()).find(|i| t.is_char_boundary(*i)).unwrap_or(t.len());
                let copy = t[at..end].to_owned();
                t.insert_str(at, &copy);
            }
        }
    }
    t
}

fn part(zip_bytes: &[u8], name: &str) -> String {
    use std::io::Read as _;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(zip_bytes)).expect("zip");
    let mut text = String::new();
    zip.by_name(name).expect("part").read_to_string(&mut text).expect("text");
    text
}

/// Mutated sheets and shared strings of a real workbook, and mutated
/// `OpenDocument` content, zipped again so that the mutations reach the
/// readers: each reads or is refused with a message naming the file, never
/// a panic. A few hundred here; set `GAMBIT_FUZZ_CASES` for more.
#[test]
fn mutated_workbook_parts_read_or_are_refused_with_a_message() {
    let cases: u64 = std::env::var("GAMBIT_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400);
    let base = books::contacts_xlsx(20);
    let (sheet, strings) = (part(&base, "xl/worksheets/sheet1.xml"), part(&base, "xl/sharedStrings.xml"));
    let ods_rows = format!(
        "<table:table-row>{}</table:table-row><table:table-row>{}</table:table-row>",
        books::ods_text("Full Name"),
        books::ods_text("Anna")
    );
    let (mut read, mut refused) = (0, 0);
    for seed in 0..cases {
        let mut r = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let bytes = match seed % 3 {
            0 => {
                let s = mutate_text(&sheet, &mut r);
                books::with_parts(
                    &base,
                    &[(
                        "xl/worksheets/sheet1.xml",
                        Box::new(move |w: &mut dyn std::io::Write| w.write_all(s.as_bytes()).expect("w"))
                            as books::Writer,
                    )],
                )
            }
            1 => {
                let s = mutate_text(&strings, &mut r);
                books::with_parts(
                    &base,
                    &[(
                        "xl/sharedStrings.xml",
                        Box::new(move |w: &mut dyn std::io::Write| w.write_all(s.as_bytes()).expect("w"))
                            as books::Writer,
                    )],
                )
            }
            _ => books::ods(&mutate_text(&ods_rows, &mut r)),
        };
        match from_bytes(&bytes, "fuzz.xlsx", None) {
            Ok(t) => {
                read += 1;
                assert!(t.rows.len() <= 1_000_000, "seed {seed}");
            }
            Err(e) => {
                refused += 1;
                assert!(e.to_string().starts_with("fuzz.xlsx: "), "seed {seed}: {e}");
            }
        }
    }
    eprintln!("{cases} mutated workbooks: {read} read, {refused} refused with a message");
    assert!(read > 0 && refused > 0, "the mutations reach both outcomes");
}
