//! What an import did, row by row, in words.

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
        let mut parts = vec![format!("{} added", self.added()), format!("{} updated", self.updated())];
        if self.unchanged() > 0 {
            parts.push(format!("{} already there", self.unchanged()));
        }
        parts.push(format!("{} skipped", self.skipped()));
        let mut line = parts.join(", ");
        let lines = self.reporting_lines + self.owner_lines;
        if lines > 0 {
            let noun = if lines == 1 { "line" } else { "lines" };
            line.push_str(&format!(
                "; {lines} new {noun} ({} reporting, {} ours)",
                self.reporting_lines, self.owner_lines
            ));
        }
        if !self.units_added.is_empty() {
            let n = self.units_added.len();
            line.push_str(&format!("; {n} new business {}", if n == 1 { "unit" } else { "units" }));
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
            ("added", rows_where(&|o| *o == Outcome::Added)),
            ("updated", rows_where(&|o| matches!(o, Outcome::Updated(_)))),
            ("already there", rows_where(&|o| *o == Outcome::Unchanged)),
        ] {
            if !rows.is_empty() {
                out.push(format!("{what}: {}", ranges(&rows)));
            }
        }
        for r in &self.rows {
            match &r.outcome {
                Outcome::Skipped(why) => out.push(format!("row {}: skipped: {why}", r.row)),
                Outcome::Updated(fields) => {
                    out.push(format!("row {}: {}: filled {}", r.row, r.name, fields.join(", ")))
                }
                _ => {}
            }
            out.extend(r.notes.iter().map(|n| format!("row {}: {}: {n}", r.row, r.name)));
        }
        if !self.units_added.is_empty() {
            out.push(format!("new business units: {}", self.units_added.join(", ")));
        }
        if !self.joined_team.is_empty() {
            out.push(format!("joined the account team (as Sales): {}", self.joined_team.join(", ")));
        }
        out.extend(self.unmatched());
        out
    }

    /// What a user should look at before importing: the skipped rows and
    /// the managers and owners the file names but the project lacks.
    pub fn warnings(&self) -> Vec<String> {
        let skipped = self.rows.iter().filter_map(|r| match &r.outcome {
            Outcome::Skipped(why) => Some(format!("row {}: skipped: {why}", r.row)),
            _ => None,
        });
        skipped.chain(self.unmatched()).collect()
    }

    fn unmatched(&self) -> impl Iterator<Item = String> + '_ {
        let managers = self.unmatched_managers.iter().map(|(name, rows)| {
            format!("manager \"{name}\" is not among the contacts; no reporting line ({})", rows_named(rows))
        });
        let owners = self.unmatched_owners.iter().map(|(name, rows)| {
            format!("owner \"{name}\" is not one of our people; no line drawn ({})", rows_named(rows))
        });
        managers.chain(owners)
    }
}

/// "row 5" or "rows 2-5, 9".
fn rows_named(rows: &[usize]) -> String {
    if rows.len() == 1 { format!("row {}", ranges(rows)) } else { format!("rows {}", ranges(rows)) }
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
        r.rows.push(RowReport { row: 3, name: "".into(), outcome: Outcome::Skipped("no name".into()), notes: vec![] });
        r.unmatched_owners.insert("Jane Doe".into(), vec![2]);
        let lines = r.lines();
        assert_eq!(lines[0], "1 added, 0 updated, 1 skipped");
        assert!(lines.contains(&"added: 2".to_owned()));
        assert!(lines.contains(&"row 3: skipped: no name".to_owned()));
        assert!(lines.contains(&"owner \"Jane Doe\" is not one of our people; no line drawn (row 2)".to_owned()));
        assert_eq!(r.warnings(), vec![lines[2].clone(), lines[3].clone()]);
    }
}
