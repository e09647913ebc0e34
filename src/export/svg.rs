//! The map's drawing primitives (`scene::draw`) as SVG elements. A
//! translation only: what to draw was decided in the scene. Text is
//! escaped and stripped of control characters, and a primitive with a
//! coordinate that is not a finite number is left out, so the document is
//! always well-formed whatever a project file holds.

use crate::scene::draw::{Anchor, Font, Pattern, Prim, Stroke, Text};
use crate::scene::palette::Rgba;
use std::fmt::Write as _;

pub const SANS: &str = "Ubuntu, 'Segoe UI', Helvetica, Arial, sans-serif";
pub const MONO: &str = "Hack, 'DejaVu Sans Mono', Consolas, monospace";

/// Escapes text for XML; control characters (which XML cannot carry)
/// become U+FFFD.
pub fn esc(s: &str) -> String {
    super::escape_markup(s, |_, out| out.push('\u{FFFD}'))
}

/// `fill="#rrggbb"` with its opacity when not opaque.
pub fn fill(c: Rgba) -> String {
    paint("fill", c)
}

fn paint(what: &str, c: Rgba) -> String {
    if c.3 == 255 {
        format!("{what}=\"{}\"", c.hex())
    } else {
        format!("{what}=\"{}\" {what}-opacity=\"{:.2}\"", c.hex(), f32::from(c.3) / 255.0)
    }
}

fn stroke(s: &Stroke) -> String {
    let mut out = format!("{} stroke-width=\"{:.2}\"", paint("stroke", s.colour), s.width);
    match s.pattern {
        Pattern::Solid => {}
        Pattern::Dashed { dash, gap } => {
            let _ = write!(out, " stroke-dasharray=\"{dash:.1} {gap:.1}\" stroke-linecap=\"butt\"");
        }
        Pattern::Dotted { gap, radius } => {
            // A zero-length dash with round caps is a dot as wide as the stroke.
            out = format!(
                "{} stroke-width=\"{:.2}\" stroke-dasharray=\"0 {gap:.1}\" stroke-linecap=\"round\"",
                paint("stroke", s.colour),
                radius * 2.0
            );
        }
    }
    out
}

fn points(pts: &[(f32, f32)]) -> String {
    let mut out = String::with_capacity(pts.len() * 12);
    for (i, (x, y)) in pts.iter().enumerate() {
        let _ = write!(out, "{}{x:.1},{y:.1}", if i == 0 { "" } else { " " });
    }
    out
}

/// Whether every number of a primitive is finite.
fn finite(p: &Prim) -> bool {
    let ok = |v: &[f32]| v.iter().all(|x| x.is_finite());
    let all = |pts: &[(f32, f32)]| pts.iter().all(|(x, y)| x.is_finite() && y.is_finite());
    match p {
        Prim::Circle { centre, radius, stroke, .. } => {
            ok(&[centre.0, centre.1, *radius, stroke.map_or(0.0, |s| s.width)])
        }
        Prim::Path { points, stroke } => all(points) && ok(&[stroke.width]),
        Prim::Polygon { points, .. } => all(points),
        Prim::Rect { min, size, rounding, .. } => ok(&[min.0, min.1, size.0, size.1, *rounding]),
        Prim::Text(t) => ok(&[t.at.0, t.at.1, t.size]),
    }
}

/// Appends `prim` as an SVG element (nothing if it is not drawable).
pub fn write(out: &mut String, prim: &Prim) {
    if !finite(prim) {
        return;
    }
    let _ = match prim {
        Prim::Circle { centre: (x, y), radius, fill: f, stroke: s } => writeln!(
            out,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{radius:.1}\" {} {}/>",
            f.map_or("fill=\"none\"".to_owned(), fill),
            s.as_ref().map_or(String::new(), stroke)
        ),
        Prim::Path { points: pts, stroke: s } if pts.len() == 2 => {
            let ((x1, y1), (x2, y2)) = (pts[0], pts[1]);
            writeln!(out, "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" {}/>", stroke(s))
        }
        Prim::Path { points: pts, stroke: s } => {
            writeln!(out, "<polyline points=\"{}\" fill=\"none\" {}/>", points(pts), stroke(s))
        }
        Prim::Polygon { points: pts, fill: f } => writeln!(out, "<polygon points=\"{}\" {}/>", points(pts), fill(*f)),
        Prim::Rect { min: (x, y), size: (w, h), rounding, fill: f, stroke: s } => writeln!(
            out,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"{rounding:.1}\" {} {}/>",
            w.max(0.0),
            h.max(0.0),
            f.map_or("fill=\"none\"".to_owned(), fill),
            s.as_ref().map_or(String::new(), stroke)
        ),
        Prim::Text(t) => text(out, t),
    };
}

/// Line height of text, as a share of its size.
const LINE: f32 = 1.2;

fn text(out: &mut String, t: &Text) -> std::fmt::Result {
    let lines: Vec<&str> = t.text.split('\n').collect();
    let anchor = if t.anchor == Anchor::TopLeft { "start" } else { "middle" };
    let height = lines.len() as f32 * t.size * LINE;
    let top = if t.anchor == Anchor::Centre { t.at.1 - height / 2.0 } else { t.at.1 };
    // The first baseline sits most of a size below the top of the box.
    let baseline = top + t.size * 0.9;
    let family = match t.font {
        Font::Sans => String::new(),
        Font::Mono => format!(" font-family=\"{MONO}\""),
    };
    let halo = t.halo.map_or(String::new(), |h| {
        format!(
            " {} stroke-width=\"{:.1}\" stroke-linejoin=\"round\" paint-order=\"stroke\"",
            paint("stroke", h),
            t.size * 0.3
        )
    });
    write!(
        out,
        "<text x=\"{:.1}\" y=\"{baseline:.1}\" font-size=\"{:.1}\" text-anchor=\"{anchor}\"{family} {}{halo}>",
        t.at.0,
        t.size,
        fill(t.colour)
    )?;
    if let [one] = lines.as_slice() {
        out.push_str(&esc(one));
    } else {
        for (i, line) in lines.iter().enumerate() {
            let dy = if i == 0 { 0.0 } else { t.size * LINE };
            write!(out, "<tspan x=\"{:.1}\" dy=\"{dy:.1}\">{}</tspan>", t.at.0, esc(line))?;
        }
    }
    out.push_str("</text>\n");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::draw::Text;

    #[test]
    fn text_is_escaped_and_control_characters_replaced() {
        assert_eq!(esc("<b>&\"x\"\u{1b}[31m"), "&lt;b&gt;&amp;&quot;x&quot;\u{FFFD}[31m");
        let mut out = String::new();
        write(&mut out, &Prim::Text(Text::new((1.0, 2.0), Anchor::TopLeft, "a\u{7}b", 10.0, Rgba::rgb(0, 0, 0))));
        assert!(out.contains(">a\u{FFFD}b</text>"), "{out}");
    }

    #[test]
    fn a_shape_at_an_infinite_or_missing_position_is_left_out() {
        let mut out = String::new();
        write(&mut out, &Prim::disc((f32::INFINITY, 0.0), 3.0, Rgba::rgb(0, 0, 0)));
        write(&mut out, &Prim::disc((0.0, f32::NAN), 3.0, Rgba::rgb(0, 0, 0)));
        assert!(out.is_empty(), "{out}");
        write(&mut out, &Prim::disc((1.0, 2.0), 3.0, Rgba(0, 0, 0, 128)));
        assert_eq!(out, "<circle cx=\"1.0\" cy=\"2.0\" r=\"3.0\" fill=\"#000000\" fill-opacity=\"0.50\" />\n");
    }
}
