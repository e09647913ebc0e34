//! The translations: every message in every language, with the same
//! variables, each used by the code, and plurals by each language's rules.

use fluent_syntax::ast;
use gambit::i18n::{Arg, Language, message_ids, source, tr_args_in, tr_in};
use std::collections::{BTreeMap, BTreeSet};

fn parsed(lang: Language) -> ast::Resource<&'static str> {
    match fluent_syntax::parser::parse(source(lang)) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{lang:?}: the .ftl file has syntax errors: {errors:?}"),
    }
}

fn variables_in(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    let inline = |e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>| match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    };
    match expression {
        ast::Expression::Inline(e) => inline(e, out),
        ast::Expression::Select { selector, variants } => {
            inline(selector, out);
            for v in variants {
                variables_in(&v.value, out);
            }
        }
    }
}

/// Each message's variables, by id.
fn variables(lang: Language) -> BTreeMap<String, BTreeSet<String>> {
    parsed(lang)
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    variables_in(p, &mut vars);
                }
                Some((m.id.name.to_owned(), vars))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn every_message_is_in_every_language_once() {
    let english: Vec<String> = message_ids(Language::English);
    let unique: BTreeSet<&String> = english.iter().collect();
    assert_eq!(unique.len(), english.len(), "an id is defined twice in English");
    assert!(english.len() > 500, "the English file is read ({} messages)", english.len());
    for lang in [Language::Swedish, Language::Danish] {
        let ids = message_ids(lang);
        let theirs: BTreeSet<&String> = ids.iter().collect();
        assert_eq!(theirs.len(), ids.len(), "{lang:?}: an id is defined twice");
        let missing: Vec<_> = unique.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&unique).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang:?} has ids English does not: {extra:?}");
    }
}

#[test]
fn translations_use_the_same_variables_as_english() {
    let english = variables(Language::English);
    for lang in [Language::Swedish, Language::Danish] {
        for (id, vars) in variables(lang) {
            assert_eq!(Some(&vars), english.get(&id), "{lang:?} {id}: variables differ from English");
        }
    }
}

/// Messages that read the same in Swedish or Danish as in English.
const SAME_AS_ENGLISH: &[&str] = &[
    "menu-ok",
    "plan-start",
    "plan-partner",
    "plan-status-2",
    "stance-mentor",
    "stance-neutral",
    "team-role-mentor",
    "team-role-service",
    "unit-kind-division",
    "file-markdown",
    "health-symbol",
    "text-encoding-utf8",
    "text-encoding-utf16-be",
    "text-encoding-windows1252",
    "portfolio-tier-count",
    "contact-title",
    "field-title",
    "scoring-score",
    "view-kind-scoring",
    "scoring-heading",
    "scoring-score-of-100",
    "portfolio-potential",
    "map-people-count",
    "plan-new-partner",
    "plan-add-partner",
    "plan-opportunities-total",
    "plan-status-of",
    "action-wall-zoom-in-hint",
    "plan-goal-person",
    "export-person",
    "timeline-commit",
    "textconv-account",
    "portfolio-alert-count",
    "export-score-of-100",
    "export-stance-change",
    "piece-king-letter",
    "piece-unknown-letter",
    "model-tier-a",
    "model-tier-b",
    "model-tier-c",
    "model-tier-d",
    "model-silver",
    "model-bronze",
    // A file name and a colon.
    "cli-diff-file",
];

#[test]
fn swedish_and_danish_are_translated_not_copied() {
    for lang in [Language::Swedish, Language::Danish] {
        let copied: Vec<String> = message_ids(Language::English)
            .into_iter()
            .filter(|id| !SAME_AS_ENGLISH.contains(&id.as_str()))
            .filter(|id| {
                let args: Vec<(&str, Arg)> = ["n", "accounts", "people", "contacts", "lines", "problems", "rows"]
                    .iter()
                    .map(|k| (*k, Arg::Number(2.0)))
                    .collect();
                tr_args_in(lang, id, &args) == tr_args_in(Language::English, id, &args)
            })
            .collect();
        assert!(copied.is_empty(), "{lang:?} has these in English: {copied:?}");
    }
}

fn source_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every string literal in the program's source (tests excluded).
fn literals() -> BTreeSet<String> {
    let mut files = Vec::new();
    source_files(std::path::Path::new("src"), &mut files);
    let mut found = BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("source");
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let mut rest = code;
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let Some(end) = after.find('"') else { break };
            found.insert(after[..end].to_owned());
            rest = &after[end + 1..];
        }
    }
    found
}

#[test]
fn every_message_is_used_and_every_id_the_code_names_exists() {
    let literals = literals();
    let ids: BTreeSet<String> = message_ids(Language::English).into_iter().collect();
    let unused: Vec<&String> = ids.iter().filter(|id| !literals.contains(*id)).collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    // Literal ids handed to tr("…") and t!("…") in the code.
    let mut files = Vec::new();
    source_files(std::path::Path::new("src"), &mut files);
    let mut unknown = Vec::new();
    for f in files {
        let text: String = std::fs::read_to_string(&f)
            .expect("source")
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for call in ["tr(\"", "t!(\""] {
            let mut pieces = text.split(call);
            let mut before = pieces.next().unwrap_or_default();
            for piece in pieces {
                // A call, not the end of a longer name (format!, push_str).
                let called = !before.ends_with(|c: char| c.is_alphanumeric() || c == '_');
                let id = piece.split('"').next().unwrap_or_default();
                if called && !ids.contains(id) {
                    unknown.push(format!("{id} in {}", f.display()));
                }
                before = piece;
            }
        }
    }
    assert!(unknown.is_empty(), "ids with no message: {unknown:?}");
}

#[test]
fn plurals_follow_each_language() {
    let accounts = |lang, n: usize| {
        tr_args_in(lang, "portfolio-company-accounts", &[("company", "Hallberg".into()), ("accounts", n.into())])
    };
    assert_eq!(accounts(Language::English, 1), "Hallberg · 1 account");
    assert_eq!(accounts(Language::English, 2), "Hallberg · 2 accounts");
    assert_eq!(accounts(Language::Swedish, 1), "Hallberg · 1 kund");
    assert_eq!(accounts(Language::Swedish, 2), "Hallberg · 2 kunder");
    assert_eq!(accounts(Language::Danish, 1), "Hallberg · 1 kunde");
    assert_eq!(accounts(Language::Danish, 2), "Hallberg · 2 kunder");
    let warnings = |lang, n: usize| tr_args_in(lang, "status-warnings", &[("warnings", n.into())]);
    assert_eq!(warnings(Language::English, 1), "1 warning");
    assert_eq!(warnings(Language::Swedish, 3), "3 varningar");
    assert_eq!(warnings(Language::Danish, 1), "1 advarsel");
    // Counts are grouped as each language writes numbers.
    assert_eq!(warnings(Language::Danish, 17_555), "17.555 advarsler");
    assert_eq!(warnings(Language::Swedish, 17_555), "17 555 varningar");
    assert_eq!(warnings(Language::English, 17_555), "17,555 warnings");
}

#[test]
fn a_missing_id_shows_as_itself_and_is_reported() {
    assert_eq!(tr_in(Language::Swedish, "no-such-message"), "no-such-message");
    assert!(gambit::i18n::missing(Language::Swedish).contains(&"no-such-message".to_owned()));
    assert_eq!(tr_in(Language::Danish, "menu-file"), "Filer");
}

#[test]
fn the_system_language_is_read_from_its_locale_tag() {
    assert_eq!(Language::from_tag("sv-SE"), Some(Language::Swedish));
    assert_eq!(Language::from_tag("da_DK.UTF-8"), Some(Language::Danish));
    assert_eq!(Language::from_tag("en-GB"), Some(Language::English));
    assert_eq!(Language::from_tag("nb-NO"), None);
}

#[test]
fn problems_in_a_file_are_told_in_the_users_language() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v1.kam")).expect("fixture");
    let broken = text.replace("to: Contact(1), kind: ReportsTo", "to: Contact(50), kind: ReportsTo");
    let project = gambit::file::from_str(&broken, "broken.kam").expect("loads with a problem");
    let told = |lang| {
        gambit::i18n::set_language(lang);
        project.validate().iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    };
    assert!(
        told(Language::English).contains("refers to contact #50, who does not exist"),
        "{}",
        told(Language::English)
    );
    let swedish = told(Language::Swedish);
    assert!(swedish.starts_with("fel: kund ”"), "{swedish}");
    assert!(swedish.contains("hänvisar till kontakt nr 50, som inte finns"), "{swedish}");
    let danish = told(Language::Danish);
    assert!(danish.contains("henviser til kontakt nr. 50, som ikke findes"), "{danish}");
}

#[test]
fn a_file_that_cannot_be_opened_is_explained_in_the_users_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("tom.kam");
    std::fs::write(&path, "").expect("write");
    gambit::i18n::set_language(Language::Swedish);
    let swedish = gambit::file::load(&path).expect_err("empty").to_string();
    assert!(swedish.ends_with("tom.kam: filen är tom"), "{swedish}");
    gambit::i18n::set_language(Language::Danish);
    let danish = gambit::file::load(&path).expect_err("empty").to_string();
    assert!(danish.ends_with("tom.kam: filen er tom"), "{danish}");
}
