//! `gambit person FILE --account A --name "…" --export OUT`: everything the
//! project holds about one of the client's people, written as OUT.html and
//! OUT.json, for their request to see their data. The project is not changed.

use super::{account_named, line, load_reporting, write_reporting};
use crate::model::{Account, Contact};
use crate::t;
use std::io::Write;
use std::path::Path;

/// The one person of `account` called `name` (exactly, else ignoring case
/// and spaces around); a miss or two of that name is said on `err`.
pub(super) fn person_named<'a>(account: &'a Account, name: &str, err: &mut dyn Write) -> Option<&'a Contact> {
    let exact: Vec<&Contact> = account.contacts.iter().filter(|c| c.name == name).collect();
    let found = if exact.is_empty() {
        let key = name.trim().to_lowercase();
        account.contacts.iter().filter(|c| c.name.trim().to_lowercase() == key).collect()
    } else {
        exact
    };
    match found.as_slice() {
        [one] => Some(one),
        [] => {
            line(err, &t!("cli-no-such-person", name = name, account = &account.name));
            None
        }
        many => {
            let which: Vec<String> = many.iter().map(|c| format!("{} ({})", c.id, c.email)).collect();
            line(err, &t!("cli-person-ambiguous", name = name, which = which.join(", ")));
            None
        }
    }
}

/// 0 when both files are written, 2 otherwise.
pub fn export_person(
    (file, account, name): (&Path, &str, &str),
    target: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let Some(project) = load_reporting(file, err) else { return 2 };
    let Some(a) = account_named(&project, account, file, err) else { return 2 };
    let Some(c) = person_named(a, name, err) else { return 2 };
    let Some(data) = crate::export::person::collect(&project, a, c.id, crate::clock::today()) else { return 2 };
    let html = crate::export::person::document(&data).to_html();
    let done = t!("cli-person-written", name = &c.name);
    let code = write_reporting((file, &target.with_extension("html")), html.as_bytes(), &done, out, err);
    if code != 0 {
        return code;
    }
    let json = crate::export::person::json(&data);
    write_reporting((file, &target.with_extension("json")), json.as_bytes(), &done, out, err)
}

/// `gambit erase FILE --account A --name "…"`: erases them and every trace,
/// saved atomically (the `.bak` is cleared of them too). 0 when erased, 2
/// when the file, the account or the person cannot be found or saved.
pub fn erase_person((file, account, name): (&Path, &str, &str), out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some(loaded) = super::load_keeping_bytes(file, err) else { return 2 };
    let Some(a) = account_named(&loaded.project, account, file, err) else { return 2 };
    let Some(c) = person_named(a, name, err) else { return 2 };
    let (aid, id, who) = (a.id, c.id, c.name.clone());
    let mut project = loaded.project.clone();
    if let Some(a) = project.accounts.iter_mut().find(|x| x.id == aid) {
        crate::model::erase::erase(a, id, crate::clock::today());
    }
    match super::save_merging(file, &loaded, project, err) {
        Ok(_) => {
            line(out, &t!("cli-erased", name = &who, file = file.display().to_string()));
            line(out, &crate::i18n::tr("cli-erase-cannot"));
            0
        }
        Err(code) => code,
    }
}
