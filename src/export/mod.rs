//! Exports that need no window: the account plan as Markdown and HTML, the
//! relationship map as SVG and PNG.

pub mod doc;
pub mod map;
pub mod person;
pub mod plan;
pub mod review;
pub mod svg;

/// Escapes text for HTML and XML (`& < > "`); each control character and
/// noncharacter (which XML cannot carry) is handed to `control`, which
/// writes what stands for it (or nothing).
pub fn escape_markup(s: &str, control: impl Fn(char, &mut String)) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() || crate::model::texts::is_noncharacter(c) => control(c, &mut out),
            c => out.push(c),
        }
    }
    out
}
