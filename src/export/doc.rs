//! A small document model rendered to Markdown and to self-contained HTML,
//! so both exports always hold the same content.

/// A piece of a section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    Text(String),
    /// Label: value lines.
    Facts(Vec<(String, String)>),
    List(Vec<String>),
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Doc {
    pub title: String,
    pub subtitle: String,
    pub sections: Vec<Section>,
}

/// User text as Markdown that shows as written: markup characters are
/// escaped, HTML is shown as text, control characters are dropped.
pub fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        md_line(&mut out, line.trim_end_matches('\r'));
    }
    out
}

fn md_line(out: &mut String, line: &str) {
    let body = line.trim_start();
    out.push_str(&line[..line.len() - body.len()]);
    // What starts a list, a quote or a heading at the start of a line.
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    let rest = &body[digits..];
    let ordered =
        digits > 0 && rest.starts_with(['.', ')']) && rest[1..].chars().next().is_none_or(char::is_whitespace);
    if body.starts_with(['-', '+', '=', '>']) {
        out.push('\\');
    }
    for (i, c) in body.char_indices() {
        match c {
            '<' => out.push_str("&lt;"),
            // Only where it would start an entity such as `&lt;`.
            '&' if is_entity(&body[i + 1..]) => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if ordered && i == digits => {
                out.push('\\');
                out.push(c);
            }
            c if (c.is_control() && c != '\t') || crate::model::texts::is_noncharacter(c) => {}
            c => out.push(c),
        }
    }
}

/// Whether text after an `&` reads as an entity name or number and `;`.
fn is_entity(after: &str) -> bool {
    let name = after.strip_prefix('#').unwrap_or(after);
    let n = name.chars().take_while(char::is_ascii_alphanumeric).count();
    n > 0 && name[n..].starts_with(';')
}

fn md_cell(s: &str) -> String {
    md(&s.replace(['\n', '\r'], " "))
}

impl Doc {
    pub fn to_markdown(&self) -> String {
        let mut out = format!("# {}\n\n{}\n", md_cell(&self.title), md(&self.subtitle));
        for s in &self.sections {
            out.push_str(&format!("\n## {}\n", md_cell(&s.title)));
            for b in &s.blocks {
                out.push('\n');
                match b {
                    Block::Heading(h) => out.push_str(&format!("### {}\n", md_cell(h))),
                    Block::Text(t) => out.push_str(&format!("{}\n", md(t.trim()))),
                    Block::Facts(facts) => {
                        for (k, v) in facts {
                            out.push_str(&format!("- **{}:** {}\n", md_cell(k), md_cell(v)));
                        }
                    }
                    Block::List(items) => {
                        for i in items {
                            out.push_str(&format!("- {}\n", md_cell(i)));
                        }
                    }
                    Block::Table { headers, rows } => {
                        out.push_str(&format!(
                            "| {} |\n",
                            headers.iter().map(|h| md_cell(h)).collect::<Vec<_>>().join(" | ")
                        ));
                        out.push_str(&format!("|{}\n", "---|".repeat(headers.len())));
                        for r in rows {
                            out.push_str(&format!(
                                "| {} |\n",
                                r.iter().map(|c| md_cell(c)).collect::<Vec<_>>().join(" | ")
                            ));
                        }
                    }
                }
            }
        }
        out
    }

    pub fn to_html(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!(
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
            crate::i18n::language().code()
        ));
        out.push_str(&format!("<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n", esc(&self.title)));
        out.push_str(&format!("<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n", esc(&self.title), esc(&self.subtitle)));
        for s in &self.sections {
            out.push_str(&format!("<section>\n<h2>{}</h2>\n", esc(&s.title)));
            for b in &s.blocks {
                match b {
                    Block::Heading(h) => out.push_str(&format!("<h3>{}</h3>\n", esc(h))),
                    Block::Text(t) => {
                        for para in t.trim().split("\n\n") {
                            out.push_str(&format!("<p>{}</p>\n", esc(para).replace('\n', "<br>")));
                        }
                    }
                    Block::Facts(facts) => {
                        out.push_str("<dl>\n");
                        for (k, v) in facts {
                            out.push_str(&format!("<dt>{}</dt><dd>{}</dd>\n", esc(k), esc(v)));
                        }
                        out.push_str("</dl>\n");
                    }
                    Block::List(items) => {
                        out.push_str("<ul>\n");
                        for i in items {
                            out.push_str(&format!("<li>{}</li>\n", esc(i)));
                        }
                        out.push_str("</ul>\n");
                    }
                    Block::Table { headers, rows } => {
                        out.push_str("<table>\n<thead><tr>");
                        for h in headers {
                            out.push_str(&format!("<th>{}</th>", esc(h)));
                        }
                        out.push_str("</tr></thead>\n<tbody>\n");
                        for r in rows {
                            out.push_str("<tr>");
                            for c in r {
                                out.push_str(&format!("<td>{}</td>", esc(c)));
                            }
                            out.push_str("</tr>\n");
                        }
                        out.push_str("</tbody>\n</table>\n");
                    }
                }
            }
            out.push_str("</section>\n");
        }
        out.push_str("</body>\n</html>\n");
        out
    }
}

/// Escapes text for HTML; control characters other than line breaks and
/// tabs are dropped.
pub fn esc(s: &str) -> String {
    super::escape_markup(s, |c, out| {
        if matches!(c, '\n' | '\t') {
            out.push(c);
        }
    })
}

const CSS: &str = "body { font-family: 'Segoe UI', Helvetica, Arial, sans-serif; max-width: 60rem; margin: 2rem auto; color: #111; line-height: 1.45; }
h1 { margin-bottom: 0; }
.subtitle { color: #555; margin-top: 0.2rem; }
h2 { border-bottom: 2px solid #2c5f8a; padding-bottom: 0.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  section, table, tr { page-break-inside: avoid; }
  h2 { page-break-after: avoid; }
}
";

#[cfg(test)]
mod tests {
    use super::{esc, md};

    #[test]
    fn user_text_is_shown_as_written_not_as_markup() {
        assert_eq!(md("<script>alert(1)</script>"), "&lt;script>alert(1)&lt;/script>", "no tag can open");
        assert_eq!(md("# Not a heading"), "\\# Not a heading");
        assert_eq!(md("- not a list\n2. nor this"), "\\- not a list\n2\\. nor this");
        assert_eq!(md("a *b* [c](d) | e"), "a \\*b\\* \\[c\\](d) \\| e");
        assert_eq!(md("bell\u{7} here"), "bell here");
        assert_eq!(md("86.3 / 100 · R&D -> sales"), "86.3 / 100 · R&D -> sales", "plain text stays plain");
        assert_eq!(md("&lt; > quote"), "&amp;lt; > quote");
        assert_eq!(md("> quoted"), "\\> quoted");
        assert_eq!(esc("<b>\u{1b}[31m"), "&lt;b&gt;[31m");
    }
}
