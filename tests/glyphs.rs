//! Every symbol the interface writes can be drawn by the fonts Gambit ships
//! with, on every OS (a missing glyph shows as an empty box).

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Non-ASCII characters inside string literals of the interface and map code
/// (comments are skipped; they are never drawn).
fn symbols_in_ui_strings() -> Vec<(char, String)> {
    let mut files = Vec::new();
    rust_files(Path::new("src/app"), &mut files);
    rust_files(Path::new("src/scene"), &mut files);
    files.push("src/i18n/mod.rs".into());
    let mut found = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("source");
        for line in text.lines() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            let mut in_string = false;
            let mut prev = ' ';
            for c in code.chars() {
                if c == '"' && prev != '\\' {
                    in_string = !in_string;
                } else if in_string && !c.is_ascii() && !c.is_alphabetic() {
                    found.push((c, f.display().to_string()));
                }
                prev = c;
            }
        }
    }
    // Every character of every translation: letters too (å, ø, æ must be drawn).
    for lang in ["en", "sv", "da"] {
        let path = format!("assets/locales/{lang}.ftl");
        let text = std::fs::read_to_string(&path).expect("translations");
        found.extend(text.chars().filter(|c| !c.is_ascii()).map(|c| (c, path.clone())));
    }
    found
}

#[test]
fn every_symbol_in_the_interface_has_a_glyph() {
    let ctx = egui::Context::default();
    let _ = ctx.run_ui(egui::RawInput::default(), |_| {});
    let symbols = symbols_in_ui_strings();
    assert!(symbols.iter().any(|(c, _)| *c == '—'), "the scan finds the symbols the interface uses");
    let missing: Vec<String> = ctx.fonts_mut(|f| {
        symbols
            .iter()
            .filter(|(c, _)| !f.has_glyph(&egui::FontId::proportional(14.0), *c))
            .map(|(c, file)| format!("{c} (U+{:04X}) in {file}", *c as u32))
            .collect()
    });
    assert!(missing.is_empty(), "no glyph for: {missing:#?}");
}
