//! Projects saved with a passphrase (age format): a round trip, the `.bak`
//! encrypted too, a clear message and an untouched file for a missing or
//! wrong passphrase or a damaged file, `gambit check` and the git merge
//! driver working on such files through `GAMBIT_PASSPHRASE`.

use gambit::file::{self, LoadError, crypt};
use std::path::Path;
use std::process::Command;

const PASS: &str = "correct horse battery";

fn demo() -> gambit::model::Project {
    gambit::i18n::set_language(gambit::i18n::Language::English);
    gambit::demo::demo_project().expect("demo")
}

fn protected(dir: &Path, name: &str, project: &gambit::model::Project) -> std::path::PathBuf {
    let path = dir.join(name);
    crypt::remember(&path.display().to_string(), PASS);
    file::save(project, &path).expect("saved encrypted");
    path
}

#[test]
fn an_encrypted_project_round_trips_and_its_bak_is_encrypted_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let p = demo();
    let path = protected(dir.path(), "travel.kam", &p);
    file::save(&p, &path).expect("saved again: a .bak");
    for f in [path.clone(), file::backup_path(&path)] {
        let bytes = std::fs::read(&f).expect("read");
        assert!(bytes.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"), "{} is armoured age", f.display());
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("format_version") && !text.contains("Annika"), "nothing readable in {}", f.display());
    }
    assert_eq!(file::load(&path).expect("opens with the remembered passphrase"), p);
    // Another process (none remembered): a clear message.
    crypt::forget(&path.display().to_string());
    let e = file::load(&path).expect_err("needs the passphrase");
    assert!(matches!(e, LoadError::Protected { .. }), "{e:?}");
    assert!(e.to_string().contains("protected with a passphrase") && e.to_string().contains("GAMBIT_PASSPHRASE"));
}

#[test]
fn a_wrong_passphrase_or_a_damaged_file_is_said_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = protected(dir.path(), "wrong.kam", &demo());
    let before = std::fs::read(&path).expect("read");
    crypt::remember(&path.display().to_string(), "not it");
    let e = file::load(&path).expect_err("wrong");
    assert!(matches!(e, LoadError::WrongPassphrase { .. }));
    assert!(e.to_string().contains("that passphrase does not open it. Nothing was changed."), "{e}");
    assert_eq!(std::fs::read(&path).expect("read"), before, "the file is untouched");
    let cut = dir.path().join("cut.kam");
    std::fs::write(&cut, &before[..before.len() / 2]).expect("write");
    crypt::remember(&cut.display().to_string(), PASS);
    let e = file::load(&cut).expect_err("damaged");
    assert!(matches!(e, LoadError::SealedDamaged { .. }), "{e:?}");
    assert!(e.to_string().contains("cannot be decrypted"), "{e}");
}

fn gambit(args: &[&str], files: &[&Path], pass: Option<&str>) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gambit"));
    cmd.args(["--lang", "en"]).args(args).args(files).env_remove(crypt::ENV);
    if let Some(p) = pass {
        cmd.env(crypt::ENV, p);
    }
    cmd.output().expect("runs")
}

#[test]
fn check_and_the_merge_driver_work_on_encrypted_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = demo();
    let mut ours = base.clone();
    ours.accounts[0].contacts[0].title = "Chair".into();
    let mut theirs = base.clone();
    theirs.accounts[0].contacts[1].title = "CFO and COO".into();
    let (b, o, t) = (
        protected(dir.path(), "base.kam", &base),
        protected(dir.path(), "ours.kam", &ours),
        protected(dir.path(), "theirs.kam", &theirs),
    );
    let run = gambit(&["check", "--no-alerts"], &[&o], None);
    assert_eq!(run.status.code(), Some(2), "no passphrase: cannot read");
    assert!(String::from_utf8_lossy(&run.stderr).contains("GAMBIT_PASSPHRASE"));
    let run = gambit(&["check", "--no-alerts"], &[&o], Some("wrong one"));
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("does not open it"));
    let run = gambit(&["check", "--no-alerts"], &[&o], Some(PASS));
    assert!(run.status.code().is_some_and(|c| c <= 1), "{}", String::from_utf8_lossy(&run.stderr));
    let run = gambit(&["merge"], &[&b, &o, &t], Some(PASS));
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let merged = std::fs::read(&o).expect("merged");
    assert!(merged.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"), "the merge stays encrypted");
    let p = file::load(&o).expect("opens");
    assert_eq!(
        (p.accounts[0].contacts[0].title.as_str(), p.accounts[0].contacts[1].title.as_str()),
        ("Chair", "CFO and COO"),
        "both sides' changes"
    );
}
