//! An open project with its undo history, file path and findings.

use super::{Command, CommandError, apply::apply};
use crate::model::{Problem, Project};
use std::path::PathBuf;

/// Undo history is capped so a long session cannot grow without bound.
const MAX_UNDO: usize = 500;

struct Entry {
    label: String,
    inverse: Command,
    /// Consecutive edits with the same key (typing in one field) merge.
    merge_key: Option<String>,
    before: u64,
    after: u64,
}

/// The project being edited. The only way to change it is `apply`.
pub struct Document {
    project: Project,
    pub path: Option<PathBuf>,
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    state: u64,
    next_state: u64,
    saved_state: Option<u64>,
    problems: Vec<Problem>,
}

impl Document {
    /// Wraps a project as unmodified. `path` is its file, if it has one.
    pub fn new(project: Project, path: Option<PathBuf>) -> Self {
        let problems = project.validate();
        Self {
            project,
            path,
            undo: Vec::new(),
            redo: Vec::new(),
            state: 0,
            next_state: 1,
            saved_state: Some(0),
            problems,
        }
    }

    pub fn project(&self) -> &Project {
        &self.project
    }

    /// Identifies the project's current content: equal numbers, equal content.
    pub fn revision(&self) -> u64 {
        self.state
    }

    /// Findings of the last validation (runs after every change).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Whether there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.state)
    }

    /// Records that the current state is what is on disk at `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.saved_state = Some(self.state);
        self.seal();
    }

    /// Applies a command as its own undo step.
    pub fn apply(&mut self, cmd: Command) -> Result<(), CommandError> {
        self.apply_merging(cmd, None)
    }

    /// Applies a command; if `merge_key` equals the key of the previous
    /// step, the two become one undo step (typing a word is one undo).
    pub fn apply_merging(&mut self, cmd: Command, merge_key: Option<String>) -> Result<(), CommandError> {
        if cmd.is_view_state() {
            return self.apply_view(cmd);
        }
        let label = cmd.describe(&self.project);
        let target = cmd.single_target();
        let inverse = apply(&mut self.project, cmd)?;
        self.redo.clear();
        let after = self.next_state;
        self.next_state += 1;
        let merges =
            merge_key.is_some() && self.undo.last().is_some_and(|e| e.merge_key == merge_key && e.after == self.state);
        if merges {
            if let Some(last) = self.undo.last_mut() {
                last.after = after;
                // The first step's inverse alone restores everything when this
                // step changed only the record that inverse puts back; else
                // both inverses are kept, newest first.
                if target.is_none() || last.inverse.restored_target() != target {
                    let first = std::mem::replace(&mut last.inverse, Command::Batch(String::new(), Vec::new()));
                    last.inverse = Command::Batch(label, vec![inverse, first]);
                }
            }
        } else {
            self.undo.push(Entry { label, inverse, merge_key, before: self.state, after });
            if self.undo.len() > MAX_UNDO {
                self.undo.remove(0);
            }
        }
        self.state = after;
        self.revalidate();
        Ok(())
    }

    /// Applies a view-state command: no undo step, and a project without
    /// unsaved changes stays so (the new view state is written with the
    /// next save).
    fn apply_view(&mut self, cmd: Command) -> Result<(), CommandError> {
        let clean = !self.is_dirty();
        apply(&mut self.project, cmd)?;
        self.state = self.next_state;
        self.next_state += 1;
        if clean {
            self.saved_state = Some(self.state);
        }
        Ok(())
    }

    /// Ends merging: the next edit starts a new undo step.
    pub fn seal(&mut self) {
        if let Some(last) = self.undo.last_mut() {
            last.merge_key = None;
        }
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|e| e.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|e| e.label.as_str())
    }

    /// Undoes the last step; false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        self.step(true)
    }

    /// Redoes the last undone step; false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        self.step(false)
    }

    fn step(&mut self, undoing: bool) -> bool {
        let (from, to) = if undoing { (&mut self.undo, &mut self.redo) } else { (&mut self.redo, &mut self.undo) };
        let Some(entry) = from.pop() else { return false };
        match apply(&mut self.project, entry.inverse) {
            Ok(inverse) => {
                self.state = if undoing { entry.before } else { entry.after };
                to.push(Entry {
                    label: entry.label,
                    inverse,
                    merge_key: None,
                    before: entry.before,
                    after: entry.after,
                });
                self.revalidate();
                true
            }
            // An inverse can only fail if the history is corrupt; drop it rather than loop.
            Err(_) => false,
        }
    }

    fn revalidate(&mut self) {
        self.problems = self.project.validate();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MapLayout;

    #[test]
    fn switching_the_map_layout_asks_for_no_save_and_no_undo() {
        let project = crate::demo::demo_project().expect("demo");
        let id = project.accounts[0].id;
        let mut doc = Document::new(project, None);
        let before = doc.revision();
        doc.apply(Command::SetMapLayout(id, MapLayout::Board)).expect("switch");
        assert_eq!(doc.project().accounts[0].map.layout, MapLayout::Board, "kept in the project, so it is saved");
        assert!(!doc.is_dirty(), "a switch alone does not ask to be saved");
        assert_ne!(doc.revision(), before, "views still see a change");
        assert!(doc.undo_label().is_none(), "not an undo step");
        let mut unit = doc.project().accounts[0].units[0].clone();
        unit.name = "Renamed".into();
        doc.apply(Command::PutUnit(id, unit)).expect("edit");
        doc.apply(Command::SetMapLayout(id, MapLayout::Force)).expect("switch back");
        assert!(doc.is_dirty(), "a real edit still asks to be saved");
        assert!(doc.undo());
        assert_eq!(doc.project().accounts[0].map.layout, MapLayout::Force, "undo leaves the layout alone");
    }
}
