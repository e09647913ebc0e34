//! Sharing without the team's opinions: every export written with
//! `--without-opinions` (SVG, PNG, HTML, Markdown, CSV, XLSX) holds no
//! stance word or colour and no one's evidence or notes, while the same
//! export with them does (so the check can fail).

use gambit::model::{PoliticalStatus, Project, Stance};
use std::path::{Path, PathBuf};
use std::process::Command;

const ACCOUNT: &str = "Nordvik Foods Group";

fn demo_file(dir: &Path) -> (PathBuf, Project) {
    gambit::i18n::set_language(gambit::i18n::Language::English);
    let project = gambit::demo::demo_project().expect("demo");
    let path = dir.join("demo.kam");
    gambit::file::save(&project, &path).expect("saved");
    (path, project)
}

/// Runs an export; returns the bytes written to `out`.
fn export(file: &Path, args: &[&str], out: &Path, opinions: bool) -> Vec<u8> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gambit"));
    cmd.args(["--lang", "en", args[0]]).arg(file).args(["--account", ACCOUNT, args[1]]).arg(out);
    if !opinions {
        cmd.arg("--without-opinions");
    }
    let run = cmd.output().expect("runs");
    assert!(run.status.success(), "{args:?}: {}", String::from_utf8_lossy(&run.stderr));
    std::fs::read(out).expect("written")
}

/// Everything a reader could take for an opinion of someone in `p`.
fn opinion_texts(p: &Project) -> Vec<String> {
    let mut out: Vec<String> = Stance::ALL.iter().map(|s| s.label()).collect();
    out.extend(PoliticalStatus::ALL.iter().map(|s| s.label()));
    for a in &p.accounts {
        for c in &a.contacts {
            out.extend([c.evidence.clone(), c.notes.clone()].into_iter().filter(|t| t.trim().len() >= 8));
        }
        out.extend(a.relationships.iter().map(|r| r.note.clone()).filter(|t| t.trim().len() >= 8));
    }
    out
}

fn stance_colours() -> Vec<String> {
    Stance::ALL.iter().map(|s| gambit::scene::palette::stance_colour(*s).hex()).collect()
}

fn found(text: &str, p: &Project) -> Vec<String> {
    // Our own team's roles (one is called Mentor) are no one's opinion of the client.
    let mut lower = text.to_lowercase();
    for role in gambit::model::TeamRole::ALL {
        lower = lower.replace(&format!("| {} |", role.label().to_lowercase()), "|");
        lower = lower.replace(&format!(">{}<", role.label().to_lowercase()), "><");
    }
    let mut hits: Vec<String> = opinion_texts(p).into_iter().filter(|t| lower.contains(&t.to_lowercase())).collect();
    // Pieces are discs; a line's colour may share a hue with a stance and says nothing of anyone.
    let discs: String = lower.lines().filter(|l| l.starts_with("<circle")).collect();
    hits.extend(stance_colours().into_iter().filter(|c| discs.contains(c.as_str())));
    hits
}

#[test]
fn map_plan_and_review_exports_without_opinions_hold_none() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, p) = demo_file(dir.path());
    for (args, name) in [
        (vec!["export-map", "--svg"], "map.svg"),
        (vec!["export-plan", "--html"], "plan.html"),
        (vec!["export-plan", "--md"], "plan.md"),
        (vec!["export-review", "--html"], "review.html"),
        (vec!["export-review", "--md"], "review.md"),
    ] {
        let out = dir.path().join(name);
        let args: Vec<&str> = args.into_iter().rev().collect();
        // The target follows its flag: `export-map --svg OUT` is written as `export-map FILE --account A --svg OUT`.
        let (flag, command) = (args[0], args[1]);
        let shown = |opinions: bool| {
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_gambit"));
            cmd.args(["--lang", "en", command]).arg(&file).args(["--account", ACCOUNT, flag]).arg(&out);
            if !opinions {
                cmd.arg("--without-opinions");
            }
            let run = cmd.output().expect("runs");
            assert!(run.status.success(), "{command}: {}", String::from_utf8_lossy(&run.stderr));
            String::from_utf8(std::fs::read(&out).expect("written")).expect("text")
        };
        let with = shown(true);
        let without = shown(false);
        if name != "review.html" && name != "review.md" {
            assert!(!found(&with, &p).is_empty(), "{name}: with opinions, some show (the check can fail)");
        }
        assert_eq!(found(&without, &p), Vec::<String>::new(), "{name} without opinions");
        // Who is there stays.
        assert!(without.contains("Henrik") || name.starts_with("review"), "{name}: names stay");
    }
}

#[test]
fn a_png_without_opinions_has_no_stance_colour_and_no_text_chunks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, _) = demo_file(dir.path());
    let out = dir.path().join("map.png");
    let vivid = [Stance::Mentor, Stance::Supporter, Stance::NonSupporter, Stance::Enemy]
        .map(gambit::scene::palette::stance_colour);
    let count = |bytes: &[u8]| {
        let picture = resvg::tiny_skia::Pixmap::decode_png(bytes).expect("a PNG");
        picture
            .pixels()
            .iter()
            .filter(|px| {
                let c = px.demultiply();
                c.alpha() == 255 && vivid.iter().any(|v| (v.0, v.1, v.2) == (c.red(), c.green(), c.blue()))
            })
            .count()
    };
    let with = export(&file, &["export-map", "--png"], &out, true);
    assert!(count(&with) > 500, "pieces in stance colours with opinions");
    let without = export(&file, &["export-map", "--png"], &out, false);
    assert_eq!(count(&without), 0, "no pixel in a stance colour");
    for chunk in [b"tEXt", b"iTXt", b"zTXt"] {
        assert!(!without.windows(4).any(|w| w == chunk), "no text metadata");
    }
}

#[test]
fn contact_tables_without_opinions_lose_the_columns_not_just_the_values() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, p) = demo_file(dir.path());
    for name in ["people.csv", "people.xlsx"] {
        let out = dir.path().join(name);
        let flag = if name.ends_with("csv") { "--csv" } else { "--xlsx" };
        for opinions in [true, false] {
            export(&file, &["export-contacts", flag], &out, opinions);
            let text = if name.ends_with("csv") {
                std::fs::read_to_string(&out).expect("csv")
            } else {
                let mut all = String::new();
                for sheet in [None, Some("Relationships")] {
                    let t = gambit::interchange::table::read(&out, sheet).expect("workbook reads");
                    all.push_str(&t.headers.join(";"));
                    for r in &t.rows {
                        for i in 0..t.headers.len() {
                            all.push(';');
                            all.push_str(r.cell(i));
                        }
                    }
                }
                all
            };
            if opinions {
                assert!(text.contains("Stance") && !found(&text, &p).is_empty(), "{name}: the check can fail");
            } else {
                assert!(!text.contains("Stance"), "{name}: the column is gone");
                assert_eq!(found(&text, &p), Vec::<String>::new(), "{name} without opinions");
                assert!(text.contains("Henrik Åberg"), "{name}: names stay");
            }
        }
    }
}
