//! Where an export may not go: over the open project, its backup, or any
//! Gambit project. A picture or table written there would destroy the
//! project with no `.bak` to come back to.

use super::{EXTENSION, backup_path, version_of};
use crate::t;
use std::path::{Path, PathBuf};

/// Refuses `target` as an export's destination when it is `project` (the
/// file the export comes from), that file's backup, a `.kam` file, or an
/// existing file that holds a Gambit project. The message names the file.
pub fn export_target(target: &Path, project: Option<&Path>) -> Result<(), String> {
    let shown = target.display().to_string();
    if let Some(project) = project {
        let ours = [project.to_path_buf(), backup_path(project)];
        if ours.iter().any(|p| same_file(p, target)) {
            return Err(t!("export-over-open-project", path = shown));
        }
    }
    let kam = target.extension().is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION));
    let is_project = std::fs::metadata(target).is_ok_and(|m| m.is_file()) && version_of(target).is_some();
    if kam || is_project {
        return Err(t!("export-over-a-project", path = shown));
    }
    Ok(())
}

/// Whether two paths name one file, whether or not it exists yet: the
/// same device and inode where the system tells, else the same absolute
/// path with links resolved.
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    match (resolved(a), resolved(b)) {
        (Some(x), Some(y)) if cfg!(windows) => x.to_string_lossy().eq_ignore_ascii_case(&y.to_string_lossy()),
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// The path made absolute, links resolved: the file's own when it exists,
/// else its folder's joined with its name.
fn resolved(p: &Path) -> Option<PathBuf> {
    std::fs::canonicalize(p).ok().or_else(|| {
        let dir = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        Some(std::fs::canonicalize(dir).ok()?.join(p.file_name()?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_project_its_backup_and_any_project_are_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let kam = dir.path().join("p.kam");
        crate::file::save(&crate::demo::demo_project().expect("demo"), &kam).expect("saved");
        let other = dir.path().join("q.txt");
        std::fs::copy(&kam, &other).expect("copied");
        let roundabout = dir.path().join(".").join("p.kam");
        for target in [&kam, &roundabout, &backup_path(&kam), &other, &dir.path().join("new.KAM")] {
            let e = export_target(target, Some(&kam)).expect_err("refused");
            assert!(e.contains(&target.display().to_string()), "{e}");
        }
        assert!(export_target(&dir.path().join("map.svg"), Some(&kam)).is_ok());
        std::fs::write(dir.path().join("old.svg"), "<svg/>").expect("written");
        assert!(export_target(&dir.path().join("old.svg"), Some(&kam)).is_ok(), "an old export may be replaced");
    }
}
