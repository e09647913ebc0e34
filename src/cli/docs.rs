//! `gambit export-plan` and `gambit export-review`: a document of an
//! account as HTML or Markdown.

use super::account_export;
use crate::t;
use std::io::Write;

/// `gambit export-plan FILE --account NAME --html OUT` (or `--md OUT`).
pub fn export_plan(
    file: (&std::path::Path, bool),
    account: &str,
    html: bool,
    target: &std::path::Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let written = |name: &str| t!("cli-plan-written", account = name);
    document_export((file, account), (html, target), out, err, (crate::export::plan::document, written))
}

/// `gambit export-review`: the latest review with what changed since the one before.
pub(super) fn export_review(
    file: (&std::path::Path, bool),
    account: &str,
    html: bool,
    target: &std::path::Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let written = |name: &str| t!("cli-review-written", account = name);
    document_export((file, account), (html, target), out, err, (crate::export::review::document, written))
}

/// A document of an account (the plan, a review) as HTML or Markdown:
/// `make` writes it, `written` says so.
type MakeDoc = fn(&crate::model::Project, &crate::model::Account, chrono::NaiveDate) -> crate::export::doc::Doc;

fn document_export(
    (file, account): ((&std::path::Path, bool), &str),
    (html, target): (bool, &std::path::Path),
    out: &mut dyn Write,
    err: &mut dyn Write,
    (make, written): (MakeDoc, fn(&str) -> String),
) -> u8 {
    account_export(file, account, target, out, err, |project, a, today| {
        let doc = make(project, a, today);
        let text = if html { doc.to_html() } else { doc.to_markdown() };
        Ok((text.into_bytes(), written(&a.name)))
    })
}
