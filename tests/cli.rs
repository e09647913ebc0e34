//! `gambit check` from the command line, as a user would run it.

use std::path::Path;
use std::process::Command;

fn gambit() -> Command {
    // The command line speaks the system's language; these tests read English.
    let mut command = Command::new(env!("CARGO_BIN_EXE_gambit"));
    command.env("LC_ALL", "C").env("LANG", "C");
    command
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name).display().to_string()
}

#[test]
fn check_passes_a_clean_file() {
    let out = gambit().args(["check", &fixture("v1.kam")]).output().expect("run");
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("0 errors"), "{stdout}");
}

#[test]
fn check_reports_a_dangling_reference_with_its_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("dangling.kam");
    let text = std::fs::read_to_string(fixture("v1.kam")).expect("fixture");
    std::fs::write(&path, text.replace("(member: 2, role: Sales)", "(member: 12, role: Sales)")).expect("write");
    let out = gambit().arg("check").arg(&path).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("account \"Nordvik Foods Group\" > account team: refers to member #12"), "{stdout}");
}

#[test]
fn check_reports_a_syntax_error_with_file_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.kam");
    std::fs::write(&path, "(\n    format_version: 1,\n    name: \"x\",\n    scoring: oops,\n)\n").expect("write");
    let out = gambit().arg("check").arg(&path).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.kam:4:"), "{stderr}");
}

#[test]
fn unknown_arguments_print_usage() {
    let out = gambit().args(["--frobnicate", "x"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--frobnicate") && stderr.contains("Usage:"), "{stderr}");
}

#[test]
fn help_and_version_answer_on_stdout() {
    let out = gambit().arg("--version").output().expect("run");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), format!("gambit {}", env!("CARGO_PKG_VERSION")));
    let out = gambit().arg("--help").output().expect("run");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for cmd in ["check", "export-ranking", "export-plan", "export-map", "--view", "--present"] {
        assert!(help.contains(cmd), "{cmd} in {help}");
    }
    // Each command explains itself.
    let out = gambit().args(["export-plan", "--help"]).output().expect("run");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("--account") && help.contains("--html") && help.contains("--md"), "{help}");
}

#[test]
fn options_come_in_any_order_and_a_missing_one_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("plan.md");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo.kam");
    let result = gambit()
        .args(["export-plan", "--md"])
        .arg(&out)
        .args(["--account", "Nordvik Foods Group"])
        .arg(&demo)
        .output()
        .expect("run");
    assert!(result.status.success(), "{result:?}");
    assert!(std::fs::read_to_string(&out).expect("plan").contains("Nordvik Foods Group"));
    let result = gambit().arg("export-plan").arg(&demo).arg("--md").arg(&out).output().expect("run");
    assert_eq!(result.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&result.stderr).contains("--account"), "{result:?}");
}

#[test]
fn export_ranking_writes_csv() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("ranking.csv");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo.kam");
    let result = gambit().arg("export-ranking").arg(&demo).arg("--csv").arg(&out).output().expect("run");
    assert!(result.status.success(), "{result:?}");
    let csv = std::fs::read_to_string(&out).expect("csv");
    assert!(csv.starts_with("rank,account,industry,score,tier,"));
    assert_eq!(csv.lines().count(), 13);
}

#[test]
fn export_ranking_of_a_broken_file_fails_without_writing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.kam");
    std::fs::write(&bad, "(format_version: 1,").expect("write");
    let out = dir.path().join("ranking.csv");
    let result = gambit().arg("export-ranking").arg(&bad).arg("--csv").arg(&out).output().expect("run");
    assert_eq!(result.status.code(), Some(2));
    assert!(!out.exists());
    assert!(String::from_utf8_lossy(&result.stderr).contains("bad.kam"));
}

#[test]
fn export_plan_writes_markdown_and_html_and_names_missing_accounts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo.kam");
    for (flag, name) in [("--md", "plan.md"), ("--html", "plan.html")] {
        let out = dir.path().join(name);
        let r = gambit()
            .arg("export-plan")
            .arg(&demo)
            .args(["--account", "Nordvik Foods Group", flag])
            .arg(&out)
            .output()
            .expect("run");
        assert!(r.status.success(), "{r:?}");
        assert!(std::fs::read_to_string(&out).expect("written").contains("Account plan: Nordvik Foods Group"));
    }
    let r = gambit()
        .arg("export-plan")
        .arg(&demo)
        .args(["--account", "Nobody Ltd", "--md"])
        .arg(dir.path().join("x.md"))
        .output()
        .expect("run");
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("no account named \"Nobody Ltd\""));
}

#[test]
fn check_speaks_the_language_asked_for() {
    let out = gambit().args(["check", &fixture("v1.kam"), "--lang", "sv"]).output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("0 fel, 0 varningar"), "{stdout}");
    let out = gambit().args(["check", &fixture("v1.kam"), "--lang", "da"]).output().expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 fejl, 0 advarsler"), "{out:?}");
    let out = gambit().args(["check", &fixture("v1.kam"), "--lang", "fi"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2), "an unknown language is a usage error");
    assert!(String::from_utf8_lossy(&out.stderr).contains("en, sv, da"), "{out:?}");
}

#[test]
fn help_and_usage_errors_speak_swedish_and_danish() {
    let out = gambit().args(["--lang", "sv", "--help"]).output().expect("run");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("Användning: gambit [FLAGGOR] [FIL]"), "{help}");
    assert!(help.contains("Kontrollera en projektfil") && help.contains("Kommandon:"), "{help}");
    assert!(!help.contains("Print help") && !help.contains("[OPTIONS]"), "{help}");
    let out = gambit().args(["export-plan", "--help", "--lang=da"]).output().expect("run");
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("--account <KUNDE>") && help.contains("Skriv Markdown"), "{help}");
    let out = gambit().args(["--lang", "da", "check"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("fejl: påkrævede argumenter mangler: <FIL>"), "{stderr}");
}

#[test]
fn the_language_may_come_before_the_command() {
    let out = gambit().args(["--lang", "sv", "check", &fixture("v1.kam")]).output().expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 fel, 0 varningar"), "{out:?}");
    let out = gambit().args(["--lang=da", "check", &fixture("v1.kam")]).output().expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 fejl, 0 advarsler"), "{out:?}");
}
