//! Workbooks made in the test, hostile ones included: a part of a real
//! .xlsx replaced by text streamed into the zip (so a 300 MB cell costs
//! the test a few hundred kilobytes), and `OpenDocument` spreadsheets.
#![allow(dead_code, reason = "each test binary uses some of these helpers")]

use std::io::Write;

/// A small real workbook: a header and a few contacts.
pub fn contacts_xlsx(rows: usize) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    for (c, h) in ["Full Name", "Title", "Email"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).expect("header");
    }
    for r in 1..=rows {
        ws.write_string(r as u32, 0, format!("Person {r}")).expect("name");
        ws.write_string(r as u32, 1, "Engineer").expect("title");
        ws.write_string(r as u32, 2, format!("p{r}@example.com")).expect("email");
    }
    book.save_to_buffer().expect("workbook")
}

/// One part's new text, written in pieces.
pub type Writer = Box<dyn Fn(&mut dyn Write)>;

/// `base` (a zip) with the named parts replaced (or added) by what the
/// writers stream.
pub fn with_parts(base: &[u8], parts: &[(&str, Writer)]) -> Vec<u8> {
    let mut from = zip::ZipArchive::new(std::io::Cursor::new(base)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9))
        .large_file(true);
    for i in 0..from.len() {
        let mut part = from.by_index(i).expect("part");
        let name = part.name().to_owned();
        if parts.iter().any(|(n, _)| *n == name) {
            continue;
        }
        out.start_file(&name, options).expect("start");
        std::io::copy(&mut part, &mut out).expect("copy");
    }
    for (name, write) in parts {
        out.start_file(*name, options).expect("start");
        write(&mut out);
    }
    out.finish().expect("finish").into_inner()
}

/// Writes `piece` `times` times.
pub fn repeat(w: &mut dyn Write, piece: &[u8], times: usize) {
    for _ in 0..times {
        w.write_all(piece).expect("write");
    }
}

/// A sheet whose one cell A2 holds an inline text of `bytes` letters.
pub fn one_huge_cell(bytes: usize) -> Vec<u8> {
    let sheet: Writer = Box::new(move |w| {
        w.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Full Name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>"#).expect("w");
        repeat(w, &[b'a'; 4096], bytes / 4096);
        w.write_all(b"</t></is></c></row></sheetData></worksheet>").expect("w");
    });
    with_parts(&contacts_xlsx(1), &[("xl/worksheets/sheet1.xml", sheet)])
}

/// Shared strings: `count` of them, each `len` letters.
pub fn shared_strings_bomb(count: usize, len: usize) -> Vec<u8> {
    let strings: Writer = Box::new(move |w| {
        w.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#).expect("w");
        let item = format!("<si><t>{}</t></si>", "x".repeat(len));
        repeat(w, item.as_bytes(), count);
        w.write_all(b"</sst>").expect("w");
    });
    with_parts(&contacts_xlsx(1), &[("xl/sharedStrings.xml", strings)])
}

/// A sheet of `rows` rows of `cols` numbers each.
pub fn many_cells(rows: usize, cols: usize) -> Vec<u8> {
    let sheet: Writer = Box::new(move |w| {
        w.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#).expect("w");
        for r in 1..=rows {
            write!(w, r#"<row r="{r}">"#).expect("w");
            for _ in 0..cols {
                w.write_all(b"<c><v>7</v></c>").expect("w");
            }
            w.write_all(b"</row>").expect("w");
        }
        w.write_all(b"</sheetData></worksheet>").expect("w");
    });
    with_parts(&contacts_xlsx(1), &[("xl/worksheets/sheet1.xml", sheet)])
}

/// An `OpenDocument` spreadsheet whose one table is `rows_xml`.
pub fn ods(rows_xml: &str) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    out.start_file("mimetype", stored).expect("mimetype");
    out.write_all(b"application/vnd.oasis.opendocument.spreadsheet").expect("w");
    out.start_file("META-INF/manifest.xml", stored).expect("manifest");
    out.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).expect("w");
    out.start_file("content.xml", stored).expect("content");
    write!(
        out,
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Contacts">{rows_xml}</table:table></office:spreadsheet></office:body></office:document-content>"#
    )
    .expect("w");
    out.finish().expect("finish").into_inner()
}

/// An `OpenDocument` cell holding text.
pub fn ods_text(t: &str) -> String {
    format!(r#"<table:table-cell office:value-type="string"><text:p>{t}</text:p></table:table-cell>"#)
}
