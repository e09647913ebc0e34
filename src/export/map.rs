//! The relationship map as SVG with real text (for slides and minutes),
//! and that SVG rendered to PNG. Drawn from a `Scene`, so it shows what the
//! window shows: the same pieces, colours, lines and labels.

use crate::layout::Point;
use crate::model::{PersonRef, Piece, RelKind, Stance};
use crate::scene::legend::Sample;
use crate::scene::palette::{self, Palette, Rgba, stance_colour, stance_mark};
use crate::scene::pieces::{Part, UNKNOWN_BODY, UNKNOWN_HEAD, UNKNOWN_STROKE, parts};
use crate::scene::{Emphasis, NodeKind, Scene, ScenePerson, overview};
use std::collections::BTreeMap;
use std::fmt::Write;

const SANS: &str = "Ubuntu, 'Segoe UI', Helvetica, Arial, sans-serif";
const MONO: &str = "Hack, 'DejaVu Sans Mono', Consolas, monospace";
/// Height of the title band above the map.
const HEADER: f32 = 48.0;

/// How the export looks and which part of the map it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLook {
    pub palette: Palette,
    /// Screen pixels per map unit.
    pub zoom: f32,
    /// The map point at the top-left corner of the picture.
    pub origin: Point,
    /// Size of the map area in screen pixels (the title band comes on top).
    pub width: f32,
    pub height: f32,
    pub label_scale: f32,
    pub show_titles: bool,
    /// Shown in the title band, e.g. "Nordvik Foods Group · 2026-11-22".
    pub title: String,
    pub legend: bool,
}

impl MapLook {
    /// The whole scene at zoom 1 with a margin, light theme, legend on.
    pub fn fit(scene: &Scene, title: String) -> Self {
        let mut xs: Vec<f32> = scene.people.iter().map(|p| p.at.x).collect();
        let mut ys: Vec<f32> = scene.people.iter().map(|p| p.at.y).collect();
        if let Some(b) = &scene.board {
            xs.extend(b.board.files.iter().flat_map(|f| [f.start, f.end]));
            ys.extend(b.board.ranks.iter().flat_map(|r| [r.start, r.end]));
        }
        let lo = |v: &[f32]| v.iter().copied().fold(f32::MAX, f32::min);
        let hi = |v: &[f32]| v.iter().copied().fold(f32::MIN, f32::max);
        let (mut min, mut max) = (Point::new(lo(&xs), lo(&ys)), Point::new(hi(&xs), hi(&ys)));
        if xs.is_empty() || ys.is_empty() {
            min = Point::new(0.0, 0.0);
            max = Point::new(400.0, 300.0);
        }
        let margin = 140.0;
        Self {
            palette: Palette::light(),
            zoom: 1.0,
            origin: Point::new(min.x - margin, min.y - margin),
            width: (max.x - min.x + 2.0 * margin).max(400.0),
            height: (max.y - min.y + 2.0 * margin).max(300.0),
            label_scale: 1.0,
            show_titles: true,
            title,
            legend: true,
        }
    }

    fn to_screen(&self, p: Point) -> (f32, f32) {
        ((p.x - self.origin.x) * self.zoom, (p.y - self.origin.y) * self.zoom + HEADER)
    }
}

/// A file name for the export: "Nordvik Foods Group map 2026-11-22".
pub fn file_stem(account: &str, date: chrono::NaiveDate) -> String {
    let clean: String =
        account.chars().map(|c| if c.is_alphanumeric() || " -_&.".contains(c) { c } else { '_' }).collect();
    format!("{} map {date}", clean.trim())
}

/// Escapes text for XML.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn fill(c: Rgba) -> String {
    if c.3 == 255 {
        format!("fill=\"{}\"", c.hex())
    } else {
        format!("fill=\"{}\" fill-opacity=\"{:.2}\"", c.hex(), f32::from(c.3) / 255.0)
    }
}

/// The SVG document of `scene` as `look` shows it.
pub fn svg(scene: &Scene, look: &MapLook) -> String {
    let legend_h = if look.legend { legend_height() } else { 0.0 };
    let (w, h) = (look.width.round(), (look.height + HEADER + legend_h).round());
    let mut out = String::with_capacity(64 * 1024);
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{SANS}\">"
    );
    let _ = writeln!(out, "<title>{}</title>", esc(&look.title));
    let _ = writeln!(out, "<rect width=\"{w}\" height=\"{h}\" {}/>", fill(look.palette.background));
    let _ = writeln!(
        out,
        "<defs><clipPath id=\"map\"><rect y=\"{HEADER}\" width=\"{w}\" height=\"{}\"/></clipPath></defs>",
        look.height.round()
    );
    out.push_str("<g clip-path=\"url(#map)\">\n");
    let index: BTreeMap<PersonRef, usize> = scene.people.iter().enumerate().map(|(i, p)| (p.data.person, i)).collect();
    let find = |p: PersonRef| index.get(&p).map(|i| &scene.people[*i]);
    let regions = match &scene.board {
        Some(b) => {
            board(&mut out, b, look);
            Vec::new()
        }
        None => overview_regions(scene),
    };
    regions_svg(&mut out, &regions, look);
    // The same rule as the window: on a big map, minor lines go between units
    // and our team's lines become one per unit we reach.
    let bundled = scene.board.is_none()
        && scene.lines.iter().filter(|l| overview::is_minor(l.data.kind, l.from, l.to)).count()
            > overview::BUNDLE_ABOVE;
    out.push_str("<g id=\"lines\" fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n");
    if bundled {
        bundles_svg(&mut out, scene, &regions, &find, look);
    }
    for l in &scene.lines {
        let (Some(a), Some(b)) = (find(l.from), find(l.to)) else { continue };
        let unit_reach = overview::is_reach(l.from, l.to) && (a.unit.is_some() || b.unit.is_some());
        if bundled && (overview::is_minor(l.data.kind, l.from, l.to) || unit_reach) {
            continue;
        }
        line(&mut out, l, a, b, look);
    }
    out.push_str("</g>\n<g id=\"people\">\n");
    let shown = placed_labels(scene, look);
    for (p, label) in scene.people.iter().zip(shown) {
        person(&mut out, p, look, label);
    }
    out.push_str("</g>\n");
    region_labels_svg(&mut out, &regions, look);
    out.push_str("</g>\n");
    header(&mut out, look, w);
    if look.legend {
        legend(&mut out, look, w, h - legend_h);
    }
    out.push_str("</svg>\n");
    out
}

fn overview_regions(scene: &Scene) -> Vec<overview::Region> {
    let points = scene.people.iter().filter_map(|p| Some((p.unit?, p.at)));
    overview::regions_of(points, &|u| scene.unit_names.get(&u).cloned().unwrap_or_default())
}

fn regions_svg(out: &mut String, regions: &[overview::Region], look: &MapLook) {
    let c = &look.palette;
    for r in regions {
        let (cx, cy) = look.to_screen(r.centre);
        let _ = writeln!(
            out,
            "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{:.1}\" fill=\"{}\" fill-opacity=\"0.55\" stroke=\"{}\" stroke-opacity=\"0.35\" stroke-width=\"1.5\"/>",
            r.radius * look.zoom,
            c.band_b.hex(),
            c.band_label.hex()
        );
    }
}

/// Unit names at the top of their regions, placed so none overlaps another.
fn region_labels_svg(out: &mut String, regions: &[overview::Region], look: &MapLook) {
    let c = &look.palette;
    let size = 15.0 * look.label_scale;
    let texts: Vec<String> = regions.iter().map(|r| format!("{} ({})", r.label, r.people)).collect();
    let wishes: Vec<overview::LabelWish> = regions
        .iter()
        .zip(&texts)
        .map(|(r, t)| {
            let (cx, cy) = look.to_screen(Point::new(r.centre.x, r.centre.y - r.radius));
            let (w, h) = overview::label_size(t, size);
            overview::LabelWish { priority: r.people as i32, rect: [cx - w / 2.0, cy + 4.0, w, h] }
        })
        .collect();
    for ((w, t), show) in wishes.iter().zip(&texts).zip(overview::place_labels(&wishes)) {
        if show {
            let _ = writeln!(
                out,
                "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{size:.1}\" text-anchor=\"middle\" fill=\"{}\" stroke=\"{}\" stroke-width=\"{:.1}\" paint-order=\"stroke\">{}</text>",
                w.rect[0] + w.rect[2] / 2.0,
                w.rect[1] + size,
                c.band_label.hex(),
                c.text_halo.hex(),
                size * 0.3,
                esc(t)
            );
        }
    }
}

/// Bundles between units and our reach into each unit, as in the window.
fn bundles_svg<'a>(
    out: &mut String,
    scene: &'a Scene,
    regions: &[overview::Region],
    find: &dyn Fn(PersonRef) -> Option<&'a ScenePerson>,
    look: &MapLook,
) {
    let centre: BTreeMap<_, _> = regions.iter().map(|r| (r.unit, r.centre)).collect();
    let unit_of = |p: PersonRef| find(p).and_then(|x| x.unit);
    let minor = scene.lines.iter().filter(|l| overview::is_minor(l.data.kind, l.from, l.to)).map(|l| (l.from, l.to));
    let reach = scene.lines.iter().filter(|l| overview::is_reach(l.from, l.to)).map(|l| (l.from, l.to));
    let colour = look.palette.knows.hex();
    let mut segment = |a: Point, b: Point, lines: usize, opacity: f32| {
        let ((x1, y1), (x2, y2)) = (look.to_screen(a), look.to_screen(b));
        let _ = writeln!(
            out,
            "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"{colour}\" stroke-opacity=\"{opacity}\" stroke-width=\"{:.1}\"/>",
            overview::bundle_width(lines)
        );
    };
    for b in overview::bundles(minor, &unit_of) {
        if let (Some(a), Some(z)) = (centre.get(&b.a), centre.get(&b.b)) {
            segment(*a, *z, b.lines, 0.45);
        }
    }
    for r in overview::reach(reach, &unit_of) {
        if let (Some(m), Some(u)) = (find(r.member), centre.get(&r.unit)) {
            segment(m.at, *u, r.lines, 0.8);
        }
    }
}

/// Which names fit, by the same placement as the window.
fn placed_labels(scene: &Scene, look: &MapLook) -> Vec<bool> {
    let size = label_size(look);
    let wishes: Vec<overview::LabelWish> = scene
        .people
        .iter()
        .map(|p| {
            let (cx, cy) = look.to_screen(p.at);
            let r = p.data.radius() * look.zoom;
            let (w, h) = overview::label_size(&label_text(p, look), size);
            let (ours, key, influence) = match &p.data.kind {
                NodeKind::Member { .. } => (true, false, 5),
                NodeKind::Contact { piece, influence, .. } => (false, piece.is_key(), *influence),
            };
            let priority = overview::label_priority(false, ours, key, influence);
            overview::LabelWish { priority, rect: [cx - w / 2.0, cy + r * style::LABEL_GAP, w, h] }
        })
        .collect();
    overview::place_labels(&wishes)
}

fn label_size(look: &MapLook) -> f32 {
    style::label_size(look.zoom, look.label_scale)
}

fn label_text(p: &ScenePerson, look: &MapLook) -> String {
    style::label_text(&p.data.name, p.data.single, look.zoom)
}

fn header(out: &mut String, look: &MapLook, w: f32) {
    let c = look.palette;
    let _ = writeln!(out, "<rect width=\"{w}\" height=\"{HEADER}\" {}/>", fill(c.band_a));
    let _ = writeln!(out, "<text x=\"16\" y=\"32\" font-size=\"22\" {}>{}</text>", fill(c.text), esc(&look.title));
}

fn board(out: &mut String, b: &crate::scene::BoardScene, look: &MapLook) {
    let c = look.palette;
    let board = &b.board;
    let (Some(first_file), Some(last_file)) = (board.files.first(), board.files.last()) else { return };
    out.push_str("<g id=\"board\">\n");
    for (i, rank) in board.ranks.iter().enumerate() {
        let (x0, y0) = look.to_screen(Point::new(first_file.start, rank.start));
        let (x1, y1) = look.to_screen(Point::new(last_file.end, rank.end));
        let band = if i % 2 == 0 { c.band_a } else { c.band_b };
        let _ = writeln!(
            out,
            "<rect x=\"{x0:.1}\" y=\"{y0:.1}\" width=\"{:.1}\" height=\"{:.1}\" {}/>",
            x1 - x0,
            y1 - y0,
            fill(band)
        );
        let label = b.rank_labels.get(i).map_or("", String::as_str);
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\" {}>{}</text>",
            x0 + 6.0,
            y0 + 18.0,
            fill(c.band_label),
            esc(label)
        );
    }
    let (Some(top), Some(bottom)) = (board.ranks.first(), board.ranks.last()) else { return };
    for file in &board.files {
        let (x0, y0) = look.to_screen(Point::new(file.start, top.start));
        let (_, y1) = look.to_screen(Point::new(file.start, bottom.end));
        let (x1, _) = look.to_screen(Point::new(file.end, 0.0));
        let _ = writeln!(
            out,
            "<line x1=\"{x0:.1}\" y1=\"{y0:.1}\" x2=\"{x0:.1}\" y2=\"{y1:.1}\" stroke=\"{}\" stroke-opacity=\"0.35\"/>",
            c.band_label.hex()
        );
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"15\" text-anchor=\"middle\" {}>{}</text>",
            (x0 + x1) / 2.0,
            y0 - 8.0,
            fill(c.band_label),
            esc(&file.label)
        );
    }
    let (x0, y) = look.to_screen(Point::new(first_file.start, bottom.start));
    let (x1, _) = look.to_screen(Point::new(last_file.end, bottom.start));
    let _ = writeln!(
        out,
        "<line x1=\"{x0:.1}\" y1=\"{y:.1}\" x2=\"{x1:.1}\" y2=\"{y:.1}\" stroke=\"{}\" stroke-width=\"3\" stroke-opacity=\"0.6\"/>",
        c.band_label.hex()
    );
    out.push_str("</g>\n");
}

/// Screen width of a line of strength 1-5 (as in the window).
use crate::scene::style::{self, line_width};

fn line(out: &mut String, l: &crate::scene::SceneLine, a: &ScenePerson, b: &ScenePerson, look: &MapLook) {
    let (dx, dy) = (b.at.x - a.at.x, b.at.y - a.at.y);
    let len = (dx * dx + dy * dy).sqrt();
    if len < 1.0 {
        return;
    }
    let (ux, uy) = (dx / len, dy / len);
    let (sx, sy) = (-uy * l.data.lane * style::LANE_GAP, ux * l.data.lane * style::LANE_GAP);
    let (ra, rb) = (a.data.radius(), b.data.radius());
    let from = look.to_screen(Point::new(a.at.x + ux * ra + sx, a.at.y + uy * ra + sy));
    let to = look.to_screen(Point::new(b.at.x - ux * rb + sx, b.at.y - uy * rb + sy));
    let mut keep = style::line_keep(l.data.stale || a.data.left || b.data.left, l.data.emphasis);
    let mut colour = look.palette.line(l.data.kind);
    let mut width = line_width(l.data.strength, look.zoom);
    if l.data.emphasis == Emphasis::Lit {
        colour = look.palette.highlight;
        width *= style::LIT_WIDENING;
        keep = 1.0;
    }
    let seg_len = ((to.0 - from.0).powi(2) + (to.1 - from.1).powi(2)).sqrt();
    let head = crate::scene::lines::arrow_head(width, seg_len);
    let (nx, ny) = (-uy, ux);
    let stroke = format!("stroke=\"{}\" stroke-width=\"{width:.2}\" stroke-opacity=\"{keep:.2}\"", colour.hex());
    let shaft_end = (to.0 - ux * head * 0.8, to.1 - uy * head * 0.8);
    let seg = |out: &mut String, p: (f32, f32), q: (f32, f32), extra: &str| {
        let _ = writeln!(
            out,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" {stroke}{extra}/>",
            p.0, p.1, q.0, q.1
        );
    };
    let arrow = |out: &mut String| {
        let back = (to.0 - ux * head, to.1 - uy * head);
        let _ = writeln!(
            out,
            "<polygon points=\"{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}\" fill=\"{}\" fill-opacity=\"{keep:.2}\" stroke=\"none\"/>",
            to.0,
            to.1,
            back.0 + nx * head * 0.5,
            back.1 + ny * head * 0.5,
            back.0 - nx * head * 0.5,
            back.1 - ny * head * 0.5,
            colour.hex()
        );
    };
    match l.data.kind {
        RelKind::Knows => seg(out, from, to, ""),
        RelKind::ReportsTo => {
            seg(out, from, shaft_end, "");
            arrow(out);
        }
        RelKind::Influences => {
            seg(out, from, shaft_end, " stroke-dasharray=\"10 6\" stroke-linecap=\"butt\"");
            arrow(out);
        }
        RelKind::Conflict => {
            let pts: Vec<String> =
                crate::scene::lines::zigzag(from, to, crate::scene::lines::conflict_amplitude(width))
                    .into_iter()
                    .map(|(x, y)| format!("{x:.1},{y:.1}"))
                    .collect();
            let _ = writeln!(out, "<polyline points=\"{}\" {stroke}/>", pts.join(" "));
        }
        RelKind::Gatekeeps => {
            let (gap, dot) = crate::scene::lines::gate_dots(width);
            let dotted = format!(
                "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{}\" stroke-width=\"{:.2}\" stroke-opacity=\"{keep:.2}\" stroke-dasharray=\"0 {gap:.1}\"/>",
                from.0,
                from.1,
                to.0,
                to.1,
                colour.hex(),
                dot * 2.0
            );
            out.push_str(&dotted);
            out.push('\n');
            let bar = (nx * head * 0.8, ny * head * 0.8);
            let foot = (to.0 - ux * 3.0, to.1 - uy * 3.0);
            let _ = writeln!(
                out,
                "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{}\" stroke-width=\"{:.2}\" stroke-opacity=\"{keep:.2}\"/>",
                foot.0 - bar.0,
                foot.1 - bar.1,
                foot.0 + bar.0,
                foot.1 + bar.1,
                colour.hex(),
                width + 1.5
            );
        }
    }
}

fn piece(out: &mut String, piece: Piece, cx: f32, cy: f32, half: f32, colour: Rgba) {
    let at = |x: f32, y: f32| (cx + x * half, cy + y * half);
    if piece == Piece::Unknown {
        let (x, y, r) = UNKNOWN_HEAD;
        let (hx, hy) = at(x, y);
        let sw = half * UNKNOWN_STROKE;
        let _ = writeln!(
            out,
            "<circle cx=\"{hx:.1}\" cy=\"{hy:.1}\" r=\"{:.1}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{sw:.2}\"/>",
            r * half,
            colour.hex()
        );
        let pts: Vec<String> =
            UNKNOWN_BODY.iter().map(|(x, y)| at(*x, *y)).map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
        let _ = writeln!(
            out,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{sw:.2}\"/>",
            pts.join(" "),
            colour.hex()
        );
        return;
    }
    for part in parts(piece) {
        match part {
            Part::Poly(points) => {
                let pts: Vec<String> =
                    points.iter().map(|(x, y)| at(*x, *y)).map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
                let _ = writeln!(out, "<polygon points=\"{}\" fill=\"{}\"/>", pts.join(" "), colour.hex());
            }
            Part::Circle(x, y, r) => {
                let (px, py) = at(*x, *y);
                let _ = writeln!(
                    out,
                    "<circle cx=\"{px:.1}\" cy=\"{py:.1}\" r=\"{:.1}\" fill=\"{}\"/>",
                    r * half,
                    colour.hex()
                );
            }
        }
    }
}

fn badge(out: &mut String, cx: f32, cy: f32, r: f32, text: &str, c: &Palette) {
    let r = r.max(6.0);
    let _ = writeln!(
        out,
        "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{r:.1}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"1.5\"/>",
        c.background.hex(),
        c.text.hex()
    );
    let size = r * 1.2;
    let _ = writeln!(
        out,
        "<text x=\"{cx:.1}\" y=\"{:.1}\" font-family=\"{MONO}\" font-size=\"{size:.1}\" text-anchor=\"middle\" fill=\"{}\">{}</text>",
        cy + size * 0.36,
        c.text.hex(),
        esc(text)
    );
}

fn ring(out: &mut String, cx: f32, cy: f32, r: f32, width: f32, colour: Rgba, dashed: bool) {
    let dash = if dashed {
        format!(" stroke-dasharray=\"{:.1} {:.1}\"", r * 0.25 * 1.3, r * 0.18 * 1.3)
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{r:.1}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{width:.1}\"{dash}/>",
        colour.hex()
    );
}

fn person(out: &mut String, p: &ScenePerson, look: &MapLook, label: bool) {
    let c = &look.palette;
    let d = &p.data;
    let (cx, cy) = look.to_screen(p.at);
    let r = d.radius() * look.zoom;
    let keep = d.keep();
    let _ = writeln!(
        out,
        "<g opacity=\"{keep:.2}\"><title>{}{}</title>",
        esc(&d.name),
        if d.title.is_empty() { String::new() } else { format!(", {}", esc(&d.title)) }
    );
    if d.uncovered {
        ring(out, cx, cy, r * style::WARNING_RING, style::uncovered_ring_width(r), c.uncovered, true);
    } else if d.in_cycle {
        ring(out, cx, cy, r * style::WARNING_RING, style::thin_ring_width(r), palette::WARNING, true);
    }
    if d.emphasis == Emphasis::Lit {
        ring(out, cx, cy, r * style::MARK_RING, style::thin_ring_width(r), c.highlight, false);
    }
    match &d.kind {
        NodeKind::Contact { piece: kind, stance, .. } => {
            let f = stance_colour(*stance);
            let _ = writeln!(out, "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{r:.1}\" fill=\"{}\"/>", f.hex());
            let glyph = if f.luminance() > 0.55 { c.glyph_dark } else { c.glyph_light };
            piece(out, *kind, cx, cy - r * 0.04, r * 0.62, glyph);
            let (bx, by) = style::STANCE_BADGE;
            badge(out, cx + r * bx, cy + r * by, r * style::BADGE_RADIUS, stance_mark(*stance), c);
            if d.uncovered {
                let (bx, by) = style::UNCOVERED_BADGE;
                badge(out, cx + r * bx, cy + r * by, r * style::BADGE_RADIUS, "!", c);
            }
        }
        NodeKind::Member { initials } => {
            let side = r * 1.8;
            let _ = writeln!(
                out,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{side:.1}\" height=\"{side:.1}\" rx=\"{:.1}\" fill=\"{}\"/>",
                cx - side / 2.0,
                cy - side / 2.0,
                r * 0.35,
                palette::OUR_TEAM.hex()
            );
            let size = (r * 0.75).max(6.0);
            let _ = writeln!(
                out,
                "<text x=\"{cx:.1}\" y=\"{:.1}\" font-size=\"{size:.1}\" text-anchor=\"middle\" fill=\"#ffffff\">{}</text>",
                cy + size * 0.36,
                esc(initials)
            );
        }
    }
    if label {
        labels(out, p, look, cx, cy, r);
    }
    out.push_str("</g>\n");
}

fn labels(out: &mut String, p: &ScenePerson, look: &MapLook, cx: f32, cy: f32, r: f32) {
    let c = &look.palette;
    let size = label_size(look);
    let name = label_text(p, look);
    let halo = format!(
        "stroke=\"{}\" stroke-opacity=\"{:.2}\" stroke-width=\"{:.1}\" stroke-linejoin=\"round\" paint-order=\"stroke\"",
        c.text_halo.hex(),
        f32::from(c.text_halo.3) / 255.0,
        size * 0.3
    );
    let y = cy + r * style::LABEL_GAP + 2.0 + size * 0.85;
    let _ = writeln!(
        out,
        "<text x=\"{cx:.1}\" y=\"{y:.1}\" font-size=\"{size:.1}\" text-anchor=\"middle\" fill=\"{}\" {halo}>{}</text>",
        c.text.hex(),
        esc(&name)
    );
    if look.show_titles && !p.data.title.is_empty() {
        let t = size * style::TITLE_SCALE;
        let _ = writeln!(
            out,
            "<text x=\"{cx:.1}\" y=\"{:.1}\" font-size=\"{t:.1}\" text-anchor=\"middle\" fill=\"{}\" {halo}>{}</text>",
            y + t * 1.15,
            c.text.hex(),
            esc(&p.data.title)
        );
    }
}

/// A compact key to pieces, stances and lines, in a band below the map.
/// Height of the legend band: a heading and the longest column.
fn legend_height() -> f32 {
    44.0 + crate::scene::legend::rows() as f32 * 17.0
}

/// The legend as the window shows it (scene::legend), in a band below the map.
fn legend(out: &mut String, look: &MapLook, w: f32, top: f32) {
    let c = &look.palette;
    let _ = writeln!(out, "<g id=\"legend\" font-size=\"13\" {}>", fill(c.text));
    let _ = writeln!(out, "<rect y=\"{top:.1}\" width=\"{w}\" height=\"{:.1}\" {}/>", legend_height(), fill(c.band_a));
    let top = top + 4.0;
    for (column, x) in crate::scene::legend::columns().iter().zip([18.0f32, 150.0, 350.0, 560.0]) {
        let _ = writeln!(out, "<text x=\"{x}\" y=\"{:.1}\" font-size=\"14\">{}</text>", top + 20.0, esc(&column.title));
        let mut y = top + 38.0;
        for e in &column.entries {
            legend_sample(out, e.sample, x, y - 4.0, c);
            let tx = if e.sample == Sample::None { x } else { x + 22.0 };
            let _ = writeln!(out, "<text x=\"{tx:.1}\" y=\"{y:.1}\">{}</text>", esc(&e.text));
            y += 17.0;
        }
        if !column.note.is_empty() {
            let _ = writeln!(out, "<text x=\"{x}\" y=\"{y:.1}\" fill-opacity=\"0.6\">{}</text>", esc(&column.note));
        }
    }
    out.push_str("</g>\n");
}

/// The little drawing in front of a legend entry, centred at (x + 8, y).
fn legend_sample(out: &mut String, s: Sample, x: f32, y: f32, c: &Palette) {
    let cx = x + 8.0;
    match s {
        Sample::Piece(p) => piece(out, p, cx, y, 7.0, c.text),
        Sample::OurTeam => {
            let _ = writeln!(
                out,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"12\" height=\"12\" rx=\"3\" fill=\"{}\"/>",
                cx - 6.0,
                y - 6.0,
                palette::OUR_TEAM.hex()
            );
        }
        Sample::Stance(st) => {
            let _ =
                writeln!(out, "<circle cx=\"{cx:.1}\" cy=\"{y:.1}\" r=\"6\" fill=\"{}\"/>", stance_colour(st).hex());
        }
        Sample::Uncovered => ring(out, cx, y, 6.0, 2.0, c.uncovered, true),
        Sample::Cycle => ring(out, cx, y, 6.0, 2.0, palette::WARNING, true),
        Sample::Left => {
            let _ = writeln!(
                out,
                "<circle cx=\"{cx:.1}\" cy=\"{y:.1}\" r=\"6\" fill=\"{}\" fill-opacity=\"0.35\"/>",
                stance_colour(Stance::Supporter).hex()
            );
        }
        Sample::Line(k) => {
            let dash = match k {
                RelKind::Influences => " stroke-dasharray=\"6 4\"",
                RelKind::Gatekeeps => " stroke-dasharray=\"1 4\" stroke-linecap=\"round\"",
                _ => "",
            };
            let _ = writeln!(
                out,
                "<line x1=\"{x:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{}\" stroke-width=\"2.5\"{dash}/>",
                x + 18.0,
                c.line(k).hex()
            );
        }
        Sample::Strength => {
            for (i, s) in [1u8, 5].iter().enumerate() {
                let ly = y - 3.0 + i as f32 * 6.0;
                let _ = writeln!(
                    out,
                    "<line x1=\"{x:.1}\" y1=\"{ly:.1}\" x2=\"{:.1}\" y2=\"{ly:.1}\" stroke=\"{}\" stroke-width=\"{:.1}\"/>",
                    x + 18.0,
                    c.knows.hex(),
                    line_width(*s, 1.0)
                );
            }
        }
        Sample::Region => {
            let _ = writeln!(
                out,
                "<circle cx=\"{cx:.1}\" cy=\"{y:.1}\" r=\"7\" fill=\"{}\" stroke=\"{}\" stroke-opacity=\"0.5\"/>",
                c.band_b.hex(),
                c.band_label.hex()
            );
        }
        Sample::Bundle => {
            let _ = writeln!(
                out,
                "<line x1=\"{x:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{}\" stroke-opacity=\"0.6\" stroke-width=\"5\"/>",
                x + 18.0,
                c.knows.hex()
            );
        }
        Sample::None => {}
    }
}

/// Fonts for rendering: the ones the window uses, built in, so a PNG looks
/// the same on every machine.
fn fonts() -> resvg::usvg::fontdb::Database {
    let mut db = resvg::usvg::fontdb::Database::new();
    db.load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
    db.load_font_data(epaint_default_fonts::HACK_REGULAR.to_vec());
    db.set_sans_serif_family("Ubuntu");
    db.set_monospace_family("Hack");
    db
}

/// Parses an SVG with the built-in fonts, so its text is laid out.
pub fn parse(svg: &str) -> Result<resvg::usvg::Tree, String> {
    let options = resvg::usvg::Options { fontdb: std::sync::Arc::new(fonts()), ..resvg::usvg::Options::default() };
    resvg::usvg::Tree::from_str(svg, &options).map_err(|e| format!("the map drawing is not valid SVG: {e}"))
}

/// Renders an SVG to PNG bytes, `scale` times its own size.
pub fn png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    let tree = parse(svg)?;
    let size = tree.size().to_int_size().scale_by(scale).ok_or("the picture would be too large")?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| format!("cannot make a {}x{} picture", size.width(), size.height()))?;
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("cannot encode the PNG: {e}"))
}
