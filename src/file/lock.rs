//! Who has a file open: a small lock file beside it (as office suites
//! leave one), naming who and since when. It only informs: it never
//! blocks saving, and a stale one (older than a day, or left on this
//! computer by a Gambit that is no longer running) is ignored.

use std::path::{Path, PathBuf};

/// What a lock file says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lock {
    pub user: String,
    pub host: String,
    pub pid: u32,
    /// When the file was opened (local time, "2026-11-24 10:12").
    pub since: String,
    /// Seconds since the Unix epoch, for telling its age.
    pub at: u64,
}

/// Where the lock for `file` lives: `.~lock.NAME#` beside it.
pub fn lock_path(file: &Path) -> PathBuf {
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    file.with_file_name(format!(".~lock.{name}#"))
}

fn now() -> u64 {
    crate::clock::now_stamp().0
}

fn clean(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).take(120).collect()
}

thread_local! {
    /// The name the user gave (Edit > Your Name), for this window's thread.
    static USER_NAME: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Names the user as colleagues will read it in lock files and merge
/// reviews ("Karin Lindqvist", not "karin"); empty goes back to the login
/// name.
pub fn set_user_name(name: &str) {
    let name = clean(name.trim());
    USER_NAME.with(|n| *n.borrow_mut() = (!name.is_empty()).then_some(name));
}

/// The name the user gave, if any.
pub fn user_name() -> Option<String> {
    USER_NAME.with(|n| n.borrow().clone())
}

/// The login name (`GAMBIT_USER` first, for scripts), when no name is given.
pub fn login_name() -> String {
    let env = |names: &[&str]| names.iter().find_map(|n| std::env::var(n).ok().filter(|v| !v.trim().is_empty()));
    clean(&env(&["GAMBIT_USER", "USER", "USERNAME"]).unwrap_or_else(|| "someone".into()))
}

impl Lock {
    /// This Gambit, now.
    pub fn mine() -> Self {
        let env = |names: &[&str]| names.iter().find_map(|n| std::env::var(n).ok().filter(|v| !v.trim().is_empty()));
        let user = user_name().unwrap_or_else(login_name);
        let host = env(&["HOSTNAME", "COMPUTERNAME"])
            .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
            .map(|h| h.trim().to_owned())
            .unwrap_or_default();
        let (at, since) = crate::clock::now_stamp();
        Self { user: clean(&user), host: clean(&host), pid: std::process::id(), since, at }
    }

    fn to_text(&self) -> String {
        format!("user={}\nhost={}\npid={}\nsince={}\nat={}\n", self.user, self.host, self.pid, self.since, self.at)
    }

    fn parse(text: &str) -> Option<Self> {
        let get = |key: &str| text.lines().find_map(|l| l.strip_prefix(key)?.strip_prefix('=')).map(clean);
        Some(Self {
            user: get("user")?,
            host: get("host").unwrap_or_default(),
            pid: get("pid")?.parse().ok()?,
            since: get("since").unwrap_or_default(),
            at: get("at")?.parse().ok()?,
        })
    }

    /// Whether this lock no longer means anything: older than a day, or
    /// from this computer by a process that is gone.
    pub fn is_stale(&self) -> bool {
        let day = 24 * 60 * 60;
        if now().saturating_sub(self.at) > day {
            return true;
        }
        let me = Self::mine();
        self.host == me.host && !process_runs(self.pid)
    }

    /// Whether it is this very Gambit's.
    pub fn is_mine(&self) -> bool {
        let me = Self::mine();
        self.host == me.host && self.pid == me.pid
    }
}

/// Whether the Gambit `pid` on this computer runs: its marker (see
/// [`super::alive`]) tells; without one, on Linux a process that is not a
/// zombie, elsewhere the lock's age alone decides.
fn process_runs(pid: u32) -> bool {
    super::alive::runs(pid).unwrap_or_else(|| pid_runs(pid))
}

#[cfg(target_os = "linux")]
pub(crate) fn pid_runs(pid: u32) -> bool {
    // The state follows the name in parentheses: Z (zombie) and X (dead) are gone.
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| s.rsplit_once(')').map(|(_, rest)| rest.trim_start().chars().next()))
        .is_some_and(|state| !matches!(state, Some('Z' | 'X')))
}

#[cfg(not(target_os = "linux"))]
pub(crate) fn pid_runs(_pid: u32) -> bool {
    true
}

/// Someone else's live lock on `file`, if any.
pub fn holder(file: &Path) -> Option<Lock> {
    let text = std::fs::read_to_string(lock_path(file)).ok()?;
    Lock::parse(&text).filter(|l| !l.is_stale() && !l.is_mine())
}

/// Leaves this Gambit's lock beside `file` (best effort: a folder that
/// cannot be written to only means nobody learns the file is open).
pub fn take(file: &Path) {
    let _ = std::fs::write(lock_path(file), Lock::mine().to_text());
}

/// Removes the lock beside `file` if it is this Gambit's.
pub fn release(file: &Path) {
    let path = lock_path(file);
    let ours = std::fs::read_to_string(&path).ok().and_then(|t| Lock::parse(&t)).is_some_and(|l| l.is_mine());
    if ours {
        let _ = std::fs::remove_file(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_reads_back_and_is_its_writers() {
        let dir = tempfile::tempdir().expect("temp");
        let file = dir.path().join("plan.kam");
        take(&file);
        assert!(holder(&file).is_none(), "our own lock is nobody else's");
        let text = std::fs::read_to_string(lock_path(&file)).expect("lock written");
        let lock = Lock::parse(&text).expect("parses");
        assert!(lock.is_mine() && !lock.is_stale());
        release(&file);
        assert!(!lock_path(&file).exists());
    }

    #[test]
    fn someone_elses_lock_is_seen_and_an_old_or_dead_one_is_not() {
        let dir = tempfile::tempdir().expect("temp");
        let file = dir.path().join("plan.kam");
        let mut other = Lock::mine();
        other.user = "Karin Lindqvist".into();
        other.host = "karins-laptop".into();
        other.pid = 4242;
        std::fs::write(lock_path(&file), other.to_text()).expect("write");
        assert_eq!(holder(&file).map(|l| l.user), Some("Karin Lindqvist".into()));
        release(&file);
        assert!(lock_path(&file).exists(), "someone else's lock is left alone");
        other.at -= 2 * 24 * 60 * 60;
        std::fs::write(lock_path(&file), other.to_text()).expect("write");
        assert!(holder(&file).is_none(), "older than a day: stale");
        let mut dead = Lock::mine();
        dead.pid = u32::MAX - 1;
        std::fs::write(lock_path(&file), dead.to_text()).expect("write");
        if cfg!(target_os = "linux") {
            assert!(holder(&file).is_none(), "this computer, no such process: stale");
        }
    }
}
