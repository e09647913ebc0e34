//! The crate's folders stand in layers (ARCHITECTURE.md): each uses only
//! folders below its own, so no arrow runs back up and there is no circle.
//! Read from the source itself: every `crate::folder` a folder names outside
//! its tests.

use std::collections::BTreeMap;
use std::path::Path;

/// Lowest first. A folder may use folders of a lower layer only.
const LAYERS: &[(&str, u8)] = &[
    ("clock", 0),
    ("i18n", 0),
    ("icon", 0),
    ("platform", 0),
    ("model", 1),
    ("analysis", 2),
    ("sample", 2),
    ("file", 2),
    ("demo", 3),
    ("layout", 3),
    ("command", 3),
    ("scene", 4),
    ("merge", 4),
    ("interchange", 4),
    ("export", 5),
    ("app", 6),
    ("cli", 7),
];

/// The source with every `#[cfg(test)]` item taken out (tests may use anything).
fn without_tests(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        // The item ends at the brace that closes its first opening brace (or its semicolon).
        let (mut depth, mut end) = (0i32, after.len());
        for (i, ch) in after.char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                ';' if depth == 0 => {
                    end = i + 1;
                    break;
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The folder (or top-level file) each source file belongs to, and the
/// folders it names as `crate::x`.
fn uses() -> BTreeMap<String, BTreeMap<String, String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for f in files {
        let rel = f.strip_prefix(&src).expect("under src");
        let top = rel.iter().next().expect("a part").to_string_lossy().trim_end_matches(".rs").to_owned();
        if top == "lib" || top == "main" {
            continue;
        }
        let text = without_tests(&std::fs::read_to_string(&f).expect("read"));
        let mut names: Vec<String> = Vec::new();
        for (i, _) in text.match_indices("crate::") {
            let name: String = text[i + 7..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            names.push(name);
        }
        // `use crate::{a, b::c}` names several at once.
        for (i, _) in text.match_indices("crate::{") {
            let inside = &text[i + 8..text[i..].find('}').map_or(text.len(), |e| i + e)];
            names.extend(inside.split(',').map(|s| s.trim().split("::").next().unwrap_or("").to_owned()));
        }
        // `crate::t!` is i18n's macro.
        let names = names.into_iter().map(|n| if n == "t" { "i18n".to_owned() } else { n });
        for n in names.filter(|n| !n.is_empty() && *n != top) {
            out.entry(top.clone()).or_default().entry(n).or_insert_with(|| rel.display().to_string());
        }
    }
    out
}

#[test]
fn every_folder_uses_only_folders_below_it() {
    let layer: BTreeMap<&str, u8> = LAYERS.iter().copied().collect();
    let mut wrong = Vec::new();
    for (from, used) in uses() {
        let Some(&own) = layer.get(from.as_str()) else {
            wrong.push(format!("src/{from} has no layer in tests/layers.rs (and ARCHITECTURE.md)"));
            continue;
        };
        for (to, file) in used {
            match layer.get(to.as_str()) {
                Some(&l) if l < own => {}
                Some(&l) => wrong.push(format!("{from} (layer {own}) uses {to} (layer {l}) in src/{file}")),
                None => wrong.push(format!("{from} uses {to}, which has no layer (src/{file})")),
            }
        }
    }
    assert!(wrong.is_empty(), "arrows that do not run down:\n{}", wrong.join("\n"));
}

#[test]
fn the_reader_sees_an_arrow_back_up() {
    // The reader of the source finds `crate::x` in code and skips tests.
    let text = "use crate::app::X;\n#[cfg(test)]\nmod tests {\n    use crate::cli::Y;\n}\nfn f() { crate::{model, i18n::tr}; }";
    let kept = without_tests(text);
    assert!(kept.contains("crate::app") && !kept.contains("crate::cli"), "{kept}");
}

#[test]
fn no_source_file_is_longer_than_a_newcomer_reads_at_once() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).expect("read").lines().count();
            (n > 450).then(|| format!("{} has {n} lines", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these along what they do:\n{}", long.join("\n"));
}
