//! Contacts in from a CRM or spreadsheet, and out again: reading CSV and
//! Excel exports as tables, matching their columns, preparing an import as
//! one command, and writing tables as CSV or .xlsx.

pub mod calendar;
pub mod clean;
pub mod columns;
pub mod decode;
pub mod delimited;
pub mod export;
pub mod import;
pub mod preflight;
pub mod report;
pub mod sheet;
pub mod table;
pub mod workbook;

pub use columns::{Field, Mapping};
pub use import::{Import, ImportError, Options, prepare};
pub use report::{Outcome, Report};
pub use table::{ReadError, Table};
