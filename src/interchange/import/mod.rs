//! Contacts from a table into an account, prepared in full before anything
//! changes: the result is the whole account as it will be, applied as one
//! undoable command, or an error with the project untouched.
//!
//! A row whose email (else name) matches a contact fills that contact's
//! empty fields (all of them with `overwrite`), so importing the same
//! file twice adds nothing. Departments and companies become business
//! units, a manager column reports-to lines, an owner column naming one of
//! our people a line from them.

use crate::command::Command;
use crate::command::new_ids::{ImportIds, NewIds};
use crate::i18n::tr;
use crate::interchange::clean::{fit, match_key, multi_line, one_line};
use crate::interchange::columns::{Field, Mapping};
use crate::interchange::report::{Outcome, Report, RowReport};
use crate::interchange::sheet::looks_like_formula;
use crate::interchange::table::{Row, Table};
use crate::model::ids::Fresh;
use crate::model::validate::MAX_LINE_CHARS;
use crate::model::{
    Account, AccountId, BusinessUnit, Contact, ContactId, Level, Piece, Project, RelationshipId, Severity, Stance,
    UnitId, UnitKind,
};
use crate::t;
mod cells;
mod lines;

use cells::{choice, influence, set_if};

use std::collections::{HashMap, HashSet};
use std::fmt;

/// Choices the user makes for an import.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Replace filled fields of matching contacts with the file's values.
    pub overwrite: bool,
}

/// Why nothing was imported. The project is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    NoAccount(AccountId),
    NoName(String),
    NoRows,
    Invalid(Vec<String>),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoAccount(id) => f.write_str(&t!("import-error-no-account", id = id.to_string())),
            Self::NoName(why) => f.write_str(why),
            Self::NoRows => f.write_str(&tr("import-error-no-rows")),
            Self::Invalid(problems) => f.write_str(&t!("import-error-invalid", problems = problems.join("; "))),
        }
    }
}

impl std::error::Error for ImportError {}

/// A prepared import: the account as it will be, and what happened to each row.
#[derive(Clone, Debug)]
pub struct Import {
    pub account: Box<Account>,
    pub report: Report,
}

impl Import {
    /// The one undoable step that applies it.
    pub fn command(&self) -> Command {
        Command::Batch("file-import-contacts".into(), vec![Command::ReplaceAccount(self.account.clone())])
    }
}

/// Prepares importing `table` into `account` with the columns `mapping`
/// says. `base` is what the file held at the last load or save: new records'
/// ids go past it too (`command::NewIds`).
pub fn prepare(
    project: &Project,
    base: Option<&Project>,
    account: AccountId,
    table: &Table,
    mapping: &Mapping,
    options: Options,
) -> Result<Import, ImportError> {
    let acc = project.account(account).ok_or(ImportError::NoAccount(account))?;
    if let Some(why) = mapping.missing_name(&table.headers) {
        return Err(ImportError::NoName(why));
    }
    if table.rows.is_empty() {
        return Err(ImportError::NoRows);
    }
    let ids = NewIds::new(project, base).for_import(account);
    let mut b = Builder::new(project, acc.clone(), mapping, options, ids);
    b.company_is_account = one_new_company(&b, table);
    for row in &table.rows {
        b.row(row);
    }
    b.reporting_lines();
    b.owner_lines();
    b.break_cycles();
    let Builder { acc, report, .. } = b;
    check_sound(project, &acc)?;
    Ok(Import { account: Box::new(acc), report })
}

/// Whether the company column names one company only, and not one of the
/// account's units: then it is the client itself (a CRM report of one
/// account's contacts), not a unit to create.
fn one_new_company(b: &Builder<'_>, table: &Table) -> bool {
    let Some(col) = b.columns[Field::Company as usize] else { return false };
    let mut names = table.rows.iter().map(|r| match_key(r.cell(col))).filter(|k| !k.is_empty());
    let Some(first) = names.next() else { return false };
    names.all(|k| k == first) && !b.units.contains_key(&first)
}

/// Refuses a result that validation finds new errors in.
fn check_sound(project: &Project, acc: &Account) -> Result<(), ImportError> {
    let errors = |p: &Project| -> HashSet<String> {
        p.validate().into_iter().filter(|x| x.severity == Severity::Error).map(|x| x.to_string()).collect()
    };
    let before = errors(project);
    let mut after = project.clone();
    if let Some(slot) = crate::model::ids::find_mut(&mut after.accounts, acc.id) {
        *slot = acc.clone();
    }
    let mut new: Vec<String> = errors(&after).difference(&before).cloned().collect();
    if new.is_empty() {
        return Ok(());
    }
    new.sort();
    new.truncate(5);
    Err(ImportError::Invalid(new))
}

/// One row's values, cleaned.
#[derive(Default)]
struct Values {
    name: String,
    title: String,
    company: String,
    department: String,
    email: String,
    phone: String,
    manager: String,
    owner: String,
    level: Option<Level>,
    piece: Option<Piece>,
    stance: Option<Stance>,
    influence: Option<u8>,
    notes: String,
}

struct Pending {
    contact: ContactId,
    report: usize,
    manager: String,
    owner: String,
}

struct Builder<'a> {
    project: &'a Project,
    acc: Account,
    columns: Vec<Option<usize>>,
    options: Options,
    report: Report,
    by_email: HashMap<String, ContactId>,
    by_name: HashMap<String, Vec<ContactId>>,
    units: HashMap<String, UnitId>,
    index: HashMap<ContactId, usize>,
    /// The first row of this import that named each contact.
    first_row: HashMap<ContactId, usize>,
    pending: Vec<Pending>,
    /// Imported lines and the report row each came from.
    new_lines: HashMap<RelationshipId, usize>,
    next_contact: Fresh,
    next_unit: Fresh,
    next_line: Fresh,
    /// The company column names the account itself, not units.
    company_is_account: bool,
}

impl<'a> Builder<'a> {
    fn new(project: &'a Project, acc: Account, mapping: &Mapping, options: Options, ids: ImportIds) -> Self {
        let columns = Field::ALL.iter().map(|f| mapping.column(*f)).collect();
        let mut b = Self {
            project,
            columns,
            options,
            report: Report::default(),
            by_email: HashMap::new(),
            by_name: HashMap::new(),
            units: acc.units.iter().rev().map(|u| (match_key(&u.name), u.id)).collect(),
            index: HashMap::new(),
            first_row: HashMap::new(),
            pending: Vec::new(),
            new_lines: HashMap::new(),
            next_contact: ids.contacts,
            next_unit: ids.units,
            next_line: ids.lines,
            company_is_account: false,
            acc,
        };
        for i in 0..b.acc.contacts.len() {
            b.index_contact(i);
        }
        b
    }

    fn index_contact(&mut self, i: usize) {
        let c = &self.acc.contacts[i];
        self.index.insert(c.id, i);
        self.by_name.entry(match_key(&c.name)).or_default().push(c.id);
        if !c.email.trim().is_empty() {
            self.by_email.entry(match_key(&c.email)).or_insert(c.id);
        }
    }

    /// The row's cell for `field`, without the `'` a CSV export puts
    /// before a would-be formula (`'+46 70 123 45 67`).
    fn cell<'r>(&self, row: &'r Row, field: Field) -> &'r str {
        let cell = self.columns[field as usize].map_or("", |c| row.cell(c));
        cell.strip_prefix('\'').filter(|rest| looks_like_formula(rest)).unwrap_or(cell)
    }

    fn values(&self, row: &Row, notes: &mut Vec<String>) -> Values {
        let line = |field: Field, notes: &mut Vec<String>| {
            let mut text = one_line(self.cell(row, field));
            if fit(&mut text, true) {
                notes.push(t!("import-note-cut", field = field.label().to_lowercase(), max = MAX_LINE_CHARS));
            }
            text
        };
        let full = one_line(self.cell(row, Field::FullName));
        let name = if full.is_empty() {
            one_line(&format!("{} {}", self.cell(row, Field::FirstName), self.cell(row, Field::LastName)))
        } else {
            full
        };
        let mut notes_text = multi_line(self.cell(row, Field::Notes));
        if fit(&mut notes_text, false) {
            notes.push(tr("import-note-notes-cut"));
        }
        Values {
            name,
            title: line(Field::Title, notes),
            company: line(Field::Company, notes),
            department: line(Field::Department, notes),
            email: line(Field::Email, notes),
            phone: line(Field::Phone, notes),
            manager: one_line(self.cell(row, Field::ReportsTo)),
            owner: one_line(self.cell(row, Field::Owner)),
            level: choice(self.cell(row, Field::Level), Level::ALL, Level::label_id, "report-field-level", notes),
            piece: choice(self.cell(row, Field::Piece), Piece::ALL, Piece::label_id, "report-field-piece", notes),
            stance: choice(self.cell(row, Field::Stance), Stance::ALL, Stance::label_id, "report-field-stance", notes),
            influence: influence(self.cell(row, Field::Influence), notes),
            notes: notes_text,
        }
    }

    fn row(&mut self, row: &Row) {
        let mut notes = Vec::new();
        let v = self.values(row, &mut notes);
        let skipped = |why: String, notes| RowReport {
            row: row.number,
            name: v.name.clone(),
            outcome: Outcome::Skipped(why),
            notes,
        };
        if v.name.is_empty() {
            self.report.rows.push(skipped(tr("import-skip-no-name"), notes));
            return;
        }
        if v.name.chars().count() > MAX_LINE_CHARS {
            let why = t!("import-skip-long-name", length = v.name.chars().count(), max = MAX_LINE_CHARS);
            self.report.rows.push(skipped(why, notes));
            return;
        }
        let (id, outcome) = match self.matching(&v) {
            Err(why) => {
                self.report.rows.push(skipped(why, notes));
                return;
            }
            Ok(Some(id)) => {
                if let Some(first) = self.first_row.get(&id) {
                    notes.push(t!("import-note-same-person", row = first.to_string()));
                }
                let filled = self.fill(id, &v);
                (id, if filled.is_empty() { Outcome::Unchanged } else { Outcome::Updated(filled) })
            }
            Ok(None) => (self.add(&v), Outcome::Added),
        };
        self.first_row.entry(id).or_insert(row.number);
        let report = self.report.rows.len();
        self.report.rows.push(RowReport { row: row.number, name: v.name.clone(), outcome, notes });
        if !v.manager.is_empty() || !v.owner.is_empty() {
            self.pending.push(Pending { contact: id, report, manager: v.manager, owner: v.owner });
        }
    }

    /// The contact this row is: by email, else by a name that only one
    /// contact without another email has.
    fn matching(&self, v: &Values) -> Result<Option<ContactId>, String> {
        let email = match_key(&v.email);
        if let Some(id) = self.by_email.get(&email).filter(|_| !email.is_empty()) {
            return Ok(Some(*id));
        }
        let same_name: Vec<ContactId> = self
            .by_name
            .get(&match_key(&v.name))
            .into_iter()
            .flatten()
            .copied()
            .filter(|id| email.is_empty() || self.contact(*id).is_some_and(|c| c.email.trim().is_empty()))
            .collect();
        match same_name.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some(*one)),
            many => Err(t!("import-skip-ambiguous", count = many.len(), name = &v.name)),
        }
    }

    fn contact(&self, id: ContactId) -> Option<&Contact> {
        self.index.get(&id).map(|i| &self.acc.contacts[*i])
    }

    fn add(&mut self, v: &Values) -> ContactId {
        // Every id taken (four billion records) cannot fit in a file Gambit reads.
        let id = ContactId(self.next_contact.take().unwrap_or(u32::MAX));
        let mut c = Contact::new(id, v.name.clone());
        c.unit = self.unit_for(&v.company, &v.department);
        c.title.clone_from(&v.title);
        c.email.clone_from(&v.email);
        c.phone.clone_from(&v.phone);
        c.notes.clone_from(&v.notes);
        c.level = v.level.unwrap_or(c.level);
        c.piece = v.piece.unwrap_or(c.piece);
        c.stance = v.stance.unwrap_or(c.stance);
        c.influence = v.influence.unwrap_or(c.influence);
        self.acc.contacts.push(c);
        self.index_contact(self.acc.contacts.len() - 1);
        id
    }

    /// Fills the contact's empty fields from the row (all differing ones
    /// with `overwrite`); returns the names of the fields it changed.
    fn fill(&mut self, id: ContactId, v: &Values) -> Vec<&'static str> {
        let overwrite = self.options.overwrite;
        let Some(&i) = self.index.get(&id) else { return Vec::new() };
        // Only look up (and perhaps create) a unit the contact will get.
        let unit = if self.acc.contacts[i].unit.is_none() || overwrite {
            self.unit_for(&v.company, &v.department)
        } else {
            None
        };
        let c = &mut self.acc.contacts[i];
        let mut filled = Vec::new();
        for (field, slot, value) in [
            ("report-field-title", &mut c.title, &v.title),
            ("report-field-email", &mut c.email, &v.email),
            ("report-field-phone", &mut c.phone, &v.phone),
            ("report-field-notes", &mut c.notes, &v.notes),
        ] {
            if !value.is_empty() && (slot.trim().is_empty() || overwrite) && slot != value {
                slot.clone_from(value);
                filled.push(field);
            }
        }
        if unit.is_some() && (c.unit.is_none() || overwrite) && c.unit != unit {
            c.unit = unit;
            filled.push("report-field-business-unit");
        }
        let (piece_open, stance_open) = (c.piece == Piece::Unknown, c.stance == Stance::Unknown);
        set_if(&mut c.piece, v.piece, overwrite || piece_open, "report-field-piece", &mut filled);
        set_if(&mut c.stance, v.stance, overwrite || stance_open, "report-field-stance", &mut filled);
        set_if(&mut c.level, v.level, overwrite, "report-field-level", &mut filled);
        set_if(&mut c.influence, v.influence, overwrite, "report-field-influence", &mut filled);
        if filled.contains(&"report-field-email") {
            let email = match_key(&c.email);
            self.by_email.entry(email).or_insert(id);
        }
        filled
    }

    /// The unit a row belongs to: its department (under its company, when
    /// the company is not the account itself), else its company. Units are
    /// matched by name and created when new.
    fn unit_for(&mut self, company: &str, department: &str) -> Option<UnitId> {
        let company =
            (!company.is_empty() && !self.company_is_account && match_key(company) != match_key(&self.acc.name))
                .then(|| self.unit_named(company, UnitKind::Subsidiary, None));
        if department.is_empty() { company } else { Some(self.unit_named(department, UnitKind::Department, company)) }
    }

    fn unit_named(&mut self, name: &str, kind: UnitKind, parent: Option<UnitId>) -> UnitId {
        let k = match_key(name);
        if let Some(id) = self.units.get(&k) {
            return *id;
        }
        let id = UnitId(self.next_unit.take().unwrap_or(u32::MAX));
        self.acc.units.push(BusinessUnit { id, name: name.to_owned(), kind, parent, location: String::new() });
        self.units.insert(k, id);
        self.report.units_added.push(name.to_owned());
        id
    }
}
