//! The project file's history in git: every commit that changed the file,
//! with who made it, when and why, and what the file held then. Read with
//! a library (gix), never by running git; a file outside a repository, or
//! not yet committed, simply has no history.

use std::path::Path;

/// Commits walked at most (along the first parent), so a long history
/// answers in bounded time.
pub const MAX_COMMITS_WALKED: usize = 5_000;

/// One commit that changed the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    /// The commit's id, in hex.
    pub id: String,
    pub author: String,
    /// When it was authored, in its author's time zone.
    pub date: chrono::NaiveDate,
    /// The first line of its message.
    pub summary: String,
    /// What the file held.
    pub bytes: Vec<u8>,
}

/// Why the history could not be read (a damaged repository).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GitError(pub String);

impl std::fmt::Display for GitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn err(e: impl std::fmt::Display) -> GitError {
    GitError(e.to_string())
}

/// The commits that changed `path`, newest first, at most `limit` of them.
/// `Ok` and empty when the file is in no repository or was never committed.
pub fn history(path: &Path, limit: usize) -> Result<Vec<Version>, GitError> {
    let Ok(full) = std::fs::canonicalize(path) else { return Ok(Vec::new()) };
    let Some(dir) = full.parent() else { return Ok(Vec::new()) };
    let Ok(repo) = gix::discover(dir) else { return Ok(Vec::new()) };
    let Some(root) = repo.workdir().and_then(|w| std::fs::canonicalize(w).ok()) else { return Ok(Vec::new()) };
    let Ok(inside) = full.strip_prefix(&root) else { return Ok(Vec::new()) };
    // Git names paths with '/' on every system.
    let inside: Vec<String> = inside.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    let inside = inside.join("/");
    let Ok(head) = repo.head_commit() else { return Ok(Vec::new()) };
    let walk = repo.rev_walk([head.id]).first_parent_only().all().map_err(err)?;
    // Each commit with the file's blob in it, newest first; a commit changed
    // the file when its blob differs from its first parent's (the next one).
    let mut seen: Vec<(gix::Commit<'_>, Option<gix::ObjectId>)> = Vec::new();
    for info in walk.take(MAX_COMMITS_WALKED) {
        let info = info.map_err(err)?;
        let commit = info.object().map_err(err)?;
        let tree = commit.tree().map_err(err)?;
        let blob = tree.lookup_entry_by_path(inside.as_str()).map_err(err)?.map(|e| e.object_id());
        seen.push((commit, blob));
    }
    let mut out = Vec::new();
    for (i, (commit, blob)) in seen.iter().enumerate() {
        let Some(blob) = blob else { continue };
        if seen.get(i + 1).is_some_and(|(_, parent)| parent.as_ref() == Some(blob)) {
            continue;
        }
        out.push(version(&repo, commit, *blob)?);
        if out.len() >= limit {
            break;
        }
    }
    Ok(out)
}

fn version(repo: &gix::Repository, commit: &gix::Commit<'_>, blob: gix::ObjectId) -> Result<Version, GitError> {
    let author = commit.author().map_err(err)?;
    let time = author.time().map_err(err)?;
    let offset = chrono::FixedOffset::east_opt(time.offset)
        .unwrap_or_else(|| chrono::FixedOffset::east_opt(0).expect("zero offset"));
    let date = chrono::DateTime::from_timestamp(time.seconds, 0).map(|d| d.with_timezone(&offset).date_naive());
    let message = commit.message().map_err(err)?;
    let bytes = repo.find_object(blob).map_err(err)?.detach().data;
    Ok(Version {
        id: commit.id.to_string(),
        author: author.name.to_string(),
        date: date.unwrap_or_default(),
        summary: message.summary().to_string(),
        bytes,
    })
}

/// A commit of the file, read as a project.
#[derive(Clone, Debug)]
pub struct Kept {
    pub id: String,
    pub author: String,
    pub date: chrono::NaiveDate,
    pub summary: String,
    pub project: std::sync::Arc<crate::model::Project>,
}

/// The file's history read as projects, newest first: the versions that
/// read, and a line for each that did not (a damaged or foreign version is
/// left out with a reason, never a crash).
#[derive(Clone, Debug, Default)]
pub struct Read {
    pub kept: Vec<Kept>,
    pub skipped: Vec<String>,
}

/// Reads the history of `path` (at most `limit` versions) and each version
/// as a project, on as many threads as the machine has.
pub fn read(path: &Path, limit: usize) -> Result<Read, GitError> {
    let versions = history(path, limit)?;
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).min(8);
    let chunk = versions.len().div_ceil(threads).max(1);
    let name = path.display().to_string();
    let parsed: Vec<Result<Kept, String>> = std::thread::scope(|s| {
        let jobs: Vec<_> = versions
            .chunks(chunk)
            .map(|part| s.spawn(|| part.iter().map(|v| parse(v, &name)).collect::<Vec<_>>()))
            .collect();
        jobs.into_iter().flat_map(|j| j.join().unwrap_or_default()).collect()
    });
    let mut out = Read::default();
    for p in parsed {
        match p {
            Ok(k) => out.kept.push(k),
            Err(why) => out.skipped.push(why),
        }
    }
    Ok(out)
}

fn parse(v: &Version, name: &str) -> Result<Kept, String> {
    let short: String = v.id.chars().take(8).collect();
    let source = format!("{name} @ {short}");
    match super::from_bytes(&v.bytes, &source) {
        Ok(p) => Ok(Kept {
            id: v.id.clone(),
            author: v.author.clone(),
            date: v.date,
            summary: v.summary.clone(),
            project: std::sync::Arc::new(p),
        }),
        Err(e) => Err(e.to_string()),
    }
}
