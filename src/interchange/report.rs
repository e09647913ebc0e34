//! What an import did, row by row, in words.

use crate::i18n::{tr, tr_args};
use crate::t;
use std::collections::BTreeMap;

/// What became of one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A new contact.
    Added,
    /// An existing contact (or one added by an earlier row) got these fields.
    Updated(Vec<&'static str>),
    /// The contact was already there with nothing new in the row.
    Unchanged,
    /// Not imported, and why.
    Skipped(String),
}

/// One row's outcome, with anything else worth saying about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowReport {
    pub row: usize,
    pub name: String,
    pub outcome: Outcome,
    pub notes: Vec<String>,
}

/// The whole import.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub rows: Vec<RowReport>,
    pub units_added: Vec<String>,
    pub reporting_lines: usize,
    pub owner_lines: usize,
    pub joined_team: Vec<String>,
    /// Managers named in the file who are not contacts, with their rows.
    pub unmatched_managers: BTreeMap<String, Vec<usize>>,
    /// Owners named in the file who are not our people, with their rows.
    pub unmatched_owners: BTreeMap<String, Vec<usize>>,
}

impl Report {
    fn count(&self, f: impl Fn(&Outcome) -> bool) -> usize {
        self.rows.iter().filter(|r| f(&r.outcome)).count()
    }

    pub fn added(&self) -> usize {
        self.count(|o| *o == Outcome::Added)
    }

    pub fn updated(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Updated(_)))
    }

    pub fn unchanged(&self) -> usize {
        self.count(|o| *o == Outcome::Unchanged)
    }

    pub fn skipped(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Skipped(_)))
    }

    /// Whether the import changes the account at all.
    pub fn changes_anything(&self) -> bool {
        self.added() + self.updated() + self.reporting_lines + self.owner_lines + self.units_added.len() > 0
            || !self.joined_team.is_empty()
    }

    /// One line: "300 added, 4 updated, 2 already there, 1 skipped".
    pub fn summary(&self) -> String {
        let mut parts =
            vec![t!("import-count-added", n = self.added()), t!("import-count-updated", n = self.updated())];
        if self.unchanged() > 0 {
            parts.push(t!("import-count-unchanged", n = self.unchanged()));
        }
        parts.push(t!("import-count-skipped", n = self.skipped()));
        let mut line = parts.join(", ");
        let lines = self.reporting_lines + self.owner_lines;
        if lines > 0 {
            line.push_str("; ");
            line.push_str(&t!(
                "import-count-lines",
                n = lines,
                reporting = self.reporting_lines,
                ours = self.owner_lines
            ));
        }
        if !self.units_added.is_empty() {
            line.push_str("; ");
            line.push_str(&t!("import-count-units", n = self.units_added.len()));
        }
        line
    }

    /// The full report, one finding per line: which rows were added,
    /// updated or left out (as ranges), each skipped row with its reason,
    /// and the notes.
    pub fn lines(&self) -> Vec<String> {
        let mut out = vec![self.summary()];
        let rows_where = |f: &dyn Fn(&Outcome) -> bool| -> Vec<usize> {
            self.rows.iter().filter(|r| f(&r.outcome)).map(|r| r.row).collect()
        };
        for (what, rows) in [
            ("import-rows-added", rows_where(&|o| *o == Outcome::Added)),
            ("import-rows-updated", rows_where(&|o| matches!(o, Outcome::Updated(_)))),
            ("import-rows-unchanged", rows_where(&|o| *o == Outcome::Unchanged)),
        ] {
            if !rows.is_empty() {
                out.push(tr_args(what, &[("rows", ranges(&rows).into())]));
            }
        }
        for r in &self.rows {
            match &r.outcome {
                Outcome::Skipped(why) => out.push(skipped(r.row, why)),
                Outcome::Updated(fields) => {
                    let fields: Vec<String> = fields.iter().map(|f| tr(f)).collect();
                    out.push(t!(
                        "import-row-filled",
                        row = r.row.to_string(),
                        name = &r.name,
                        fields = fields.join(", ")
                    ));
                }
                _ => {}
            }
            out.extend(
                r.notes.iter().map(|n| t!("import-row-note", row = r.row.to_string(), name = &r.name, note = n)),
            );
        }
        if !self.units_added.is_empty() {
            out.push(t!("import-new-units", units = self.units_added.join(", ")));
        }
        if !self.joined_team.is_empty() {
            out.push(t!("import-joined-team", role = tr("team-role-sales"), names = self.joined_team.join(", ")));
        }
        out.extend(self.unmatched());
        out
    }

    /// What a user should look at before importing: the skipped rows and
    /// the managers and owners the file names but the project lacks.
    pub fn warnings(&self) -> Vec<String> {
        let skipped = self.rows.iter().filter_map(|r| match &r.outcome {
            Outcome::Skipped(why) => Some(skipped(r.row, why)),
            _ => None,
        });
        skipped.chain(self.unmatched()).collect()
    }

    fn unmatched(&self) -> impl Iterator<Item = String> + '_ {
        let managers = self
            .unmatched_managers
            .iter()
            .map(|(name, rows)| t!("import-unmatched-manager", name = name, rows = rows_named(rows)));
        let owners = self
            .unmatched_owners
            .iter()
            .map(|(name, rows)| t!("import-unmatched-owner", name = name, rows = rows_named(rows)));
        managers.chain(owners)
    }
}

fn skipped(row: usize, why: &str) -> String {
    t!("import-row-skipped", row = row.to_string(), why = why)
}

/// "row 5" or "rows 2-5, 9".
fn rows_named(rows: &[usize]) -> String {
    t!("import-rows-named", count = rows.len(), rows = ranges(rows))
}

/// "2-5, 9, 11-12" for sorted row numbers.
pub fn ranges(rows: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let start = rows[i];
        let mut end = start;
        while i + 1 < rows.len() && rows[i + 1] == end + 1 {
            i += 1;
            end = rows[i];
        }
        parts.push(if end > start { format!("{start}-{end}") } else { start.to_string() });
        i += 1;
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_numbers_read_as_ranges() {
        assert_eq!(ranges(&[2, 3, 4, 5, 9, 11, 12]), "2-5, 9, 11-12");
        assert_eq!(ranges(&[]), "");
    }

    #[test]
    fn the_report_names_each_left_out_row_and_why() {
        let mut r = Report::default();
        r.rows.push(RowReport { row: 2, name: "Anna".into(), outcome: Outcome::Added, notes: vec![] });
        r.rows.push(RowReport {
            row: 3,
            name: String::new(),
            outcome: Outcome::Skipped("no name".into()),
            notes: vec![],
        });
        r.unmatched_owners.insert("Jane Doe".into(), vec![2]);
        let lines = r.lines();
        assert_eq!(lines[0], "1 added, 0 updated, 1 skipped");
        assert!(lines.contains(&"added: 2".to_owned()));
        assert!(lines.contains(&"row 3: skipped: no name".to_owned()));
        assert!(lines.contains(&"owner \"Jane Doe\" is not one of our people; no line drawn (row 2)".to_owned()));
        assert_eq!(r.warnings(), vec![lines[2].clone(), lines[3].clone()]);
    }
}
