//! The relationship map as SVG with real text (for slides and minutes),
//! and that SVG rendered to PNG. Drawn from a `Scene`, so it shows what the
//! window shows: the same pieces, colours, lines and labels.

use super::svg::{self, SANS, esc, fill};
use crate::layout::Point;
use crate::model::PersonRef;
use crate::scene::draw::{self, Look, Prim, View};
use crate::scene::frame::{self, DrawnLine, FrameInput};
use crate::scene::legend::Sample;
use crate::scene::palette::Palette;
use crate::scene::style::{TEXT_CHARS, clip};
use crate::scene::{Scene, overview};
use std::collections::BTreeMap;
use std::fmt::Write as _;

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
    /// Size of the title's and the legend's text.
    pub text: f32,
    /// The legend stands to the right of the map in this many stacks of
    /// columns (a wide picture), or below it (0).
    pub legend_stacks: usize,
    /// The team's opinions show (stance colours, marks and legend); off
    /// when the map is shared without them.
    pub opinions: bool,
}

/// Size of the legend's and caption's text on a slide.
pub const TEXT: f32 = 13.0;

impl MapLook {
    /// The whole scene at zoom 1 with a margin, light theme, legend on.
    pub fn fit(scene: &Scene, title: String) -> Self {
        let (min, max) = extent(scene);
        let margin = 140.0;
        let (w, h) = (max.x - min.x + 2.0 * margin, max.y - min.y + 2.0 * margin);
        // A map spread very wide is drawn smaller, so the picture stays a picture.
        let zoom = (MAX_SIDE / w.max(h)).min(1.0);
        Self {
            palette: Palette::light(),
            zoom,
            origin: Point::new(min.x - margin, min.y - margin),
            width: (w * zoom).max(400.0),
            height: (h * zoom).max(300.0),
            label_scale: 1.0,
            show_titles: true,
            title,
            legend: true,
            text: TEXT,
            legend_stacks: 0,
            opinions: true,
        }
    }

    /// The map as a window of `width` x `height` pixels shows it fitted
    /// (title band, map and legend within that size), with the window's
    /// zoom rules; with `present`, as presentation mode shows it: larger
    /// names and marks, wall-sized text.
    pub fn sized(scene: &Scene, title: String, (width, height): (f32, f32), present: bool) -> Self {
        let text = if present { crate::scene::style::wall_text(height) } else { TEXT };
        let (min, max) = extent(scene);
        let margin = 90.0;
        let (w, h) = (max.x - min.x + 2.0 * margin, max.y - min.y + 2.0 * margin);
        // Room of a few pixels at the screen's edges, whatever the zoom.
        let fit = |(width, height): (f32, f32)| ((width - 60.0) / w).min((height - 60.0) / h).clamp(0.03, 4.0);
        // The legend below the map, or beside it when that leaves the map
        // more room (a wide picture, a round map).
        let top = header_height(text);
        let below = (width, (height - top - legend_height(text, true)).max(100.0));
        let (mut legend_stacks, mut area) = (0, below);
        for stacks in [1, 2] {
            let beside = legend_layout(text, stacks, true).1;
            let aside = ((width - beside.0).max(100.0), height - top);
            if beside.1 <= height - top && fit(aside) > fit(area) {
                (legend_stacks, area) = (stacks, aside);
            }
        }
        let (width, map_h) = area;
        let zoom = fit(area);
        let centre = Point::new((min.x + max.x) / 2.0, (min.y + max.y) / 2.0);
        Self {
            palette: Palette::light(),
            zoom,
            origin: Point::new(centre.x - width / 2.0 / zoom, centre.y - map_h / 2.0 / zoom),
            width,
            height: map_h,
            label_scale: if present { crate::scene::style::wall_scale(height) } else { 1.0 },
            show_titles: zoom >= 1.15,
            title,
            legend: true,
            text,
            legend_stacks,
            opinions: true,
        }
    }
}

/// The box around everyone and every unit's place, in map units.
fn extent(scene: &Scene) -> (Point, Point) {
    let mut xs: Vec<f32> = scene.people.iter().map(|p| p.at.x).collect();
    let mut ys: Vec<f32> = scene.people.iter().map(|p| p.at.y).collect();
    for r in &scene.regions {
        xs.extend([r.centre.x - r.radius, r.centre.x + r.radius]);
        ys.extend([r.centre.y - r.radius, r.centre.y + r.radius]);
    }
    if let Some(b) = &scene.board {
        xs.extend(b.board.files.iter().flat_map(|f| [f.start, f.end]));
        if let Some(first) = b.board.files.first() {
            xs.push(first.start - b.board.label_margin);
        }
        ys.extend(b.board.ranks.iter().flat_map(|r| [r.start, r.end]));
    }
    xs.retain(|v| v.is_finite());
    ys.retain(|v| v.is_finite());
    if xs.is_empty() || ys.is_empty() {
        return (Point::new(0.0, 0.0), Point::new(400.0, 300.0));
    }
    let lo = |v: &[f32]| v.iter().copied().fold(f32::MAX, f32::min);
    let hi = |v: &[f32]| v.iter().copied().fold(f32::MIN, f32::max);
    (Point::new(lo(&xs), lo(&ys)), Point::new(hi(&xs), hi(&ys)))
}

/// A file name for the export: "Nordvik Foods Group map 2026-11-22".
pub fn file_stem(account: &str, date: chrono::NaiveDate) -> String {
    let clean: String =
        account.chars().map(|c| if c.is_alphanumeric() || " -_&.".contains(c) { c } else { '_' }).collect();
    format!("{} map {date}", clean.trim())
}

/// The screen of the export: map units to picture pixels, below the title band.
fn view(look: &MapLook) -> View {
    let (z, o, top) = (look.zoom, look.origin, header_height(look.text));
    View { zoom: z, offset: (-o.x * z, -o.y * z + top), screen: [0.0, top, look.width, look.height] }
}

/// The SVG document of `scene` as `look` shows it: the same drawing as the
/// window's (`scene::frame`), with a title band above and a legend below,
/// grouped by layer with class names (units, lines, people, labels,
/// legend) so it can be restyled or edited in a drawing program.
pub fn svg(scene: &Scene, look: &MapLook) -> String {
    let top = header_height(look.text);
    let beside = if look.legend && look.legend_stacks > 0 {
        legend_layout(look.text, look.legend_stacks, look.opinions).1.0
    } else {
        0.0
    };
    let legend_h = if look.legend && look.legend_stacks == 0 { legend_height(look.text, look.opinions) } else { 0.0 };
    let (w, h) = ((look.width + beside).round(), (look.height + top + legend_h).round());
    let mut out = String::with_capacity(64 * 1024);
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{SANS}\">"
    );
    let _ = writeln!(out, "<title>{}</title>", esc(&clip(&look.title, TEXT_CHARS)));
    let _ = writeln!(out, "<rect width=\"{w}\" height=\"{h}\" {}/>", fill(look.palette.background));
    let _ = writeln!(
        out,
        "<defs><clipPath id=\"map\"><rect y=\"{top}\" width=\"{w}\" height=\"{}\"/></clipPath></defs>",
        look.height.round()
    );
    out.push_str("<g clip-path=\"url(#map)\">\n");
    map(&mut out, scene, look);
    out.push_str("</g>\n");
    header(&mut out, look, w);
    if look.legend && look.legend_stacks > 0 {
        legend(&mut out, look, (look.width, top), (beside, h - top));
    } else if look.legend {
        legend(&mut out, look, (0.0, h - legend_h), (w, legend_h));
    }
    out.push_str("</svg>\n");
    out
}

fn write_all(out: &mut String, prims: &[Prim]) {
    for p in prims {
        svg::write(out, p);
    }
}

/// The map itself, by layer: the board or the units' places, the lines,
/// the people and then every name, as `scene::frame` decides at this zoom.
fn map(out: &mut String, scene: &Scene, look: &MapLook) {
    let (view, dlook) = (
        view(look),
        Look {
            palette: look.palette,
            label_scale: look.label_scale,
            show_titles: look.show_titles,
            opinions: look.opinions,
        },
    );
    let index: BTreeMap<PersonRef, usize> = scene.people.iter().enumerate().map(|(i, p)| (p.data.person, i)).collect();
    let lines: Vec<DrawnLine> = scene
        .lines
        .iter()
        .filter_map(|l| Some(DrawnLine { data: l.data.clone(), from: *index.get(&l.from)?, to: *index.get(&l.to)? }))
        .collect();
    // The board first: its labels keep their boxes from people's names.
    let mut keep_out = Vec::new();
    if let Some(b) = &scene.board {
        let mut prims = Vec::new();
        let measure = |t: &str, size: f32| overview::label_size(t, size).0;
        keep_out = draw::areas::board(&mut prims, &b.board, &b.rank_labels, &view, &dlook, &measure).boxes;
        out.push_str("<g class=\"board\">\n");
        write_all(out, &prims);
        out.push_str("</g>\n");
    }
    let none = |_| false;
    let drawn = frame::frame(&FrameInput {
        people: &scene.people,
        lines: &lines,
        regions: &scene.regions,
        view,
        look: dlook,
        selected: &none,
        hovered: None,
        keep_out: &keep_out,
    });
    out.push_str("<g class=\"units\">\n");
    for p in &drawn.layers.regions {
        let mut one = String::new();
        svg::write(&mut one, p);
        out.push_str(&one.replacen("<circle ", "<circle class=\"unit\" ", 1));
    }
    out.push_str("</g>\n<g class=\"lines\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n");
    write_all(out, &drawn.layers.lines);
    out.push_str("</g>\n<g class=\"people\">\n");
    write_all(out, &drawn.layers.people);
    out.push_str("</g>\n<g class=\"labels\">\n");
    write_all(out, &drawn.layers.labels);
    out.push_str("</g>\n");
}

/// Height of the title band above the map.
fn header_height(text: f32) -> f32 {
    (text * 48.0 / TEXT).max(48.0)
}

fn header(out: &mut String, look: &MapLook, w: f32) {
    let c = look.palette;
    let (band, size) = (header_height(look.text), (look.text * 22.0 / TEXT).max(22.0));
    let _ = writeln!(out, "<rect class=\"caption\" width=\"{w}\" height=\"{band}\" {}/>", fill(c.band_a));
    let _ = writeln!(
        out,
        "<text class=\"caption\" x=\"16\" y=\"{:.1}\" font-size=\"{size:.1}\" {}>{}</text>",
        band / 2.0 + size * 0.35,
        fill(c.text),
        esc(&clip(&look.title, TEXT_CHARS))
    );
}

/// The legend's columns, each as wide as its longest text (with a sample's
/// room): in `stacks` stacks (1 or 2) for a legend to the right of the map,
/// or with 0 in one row, for a band below. Returns each column's top-left
/// corner and the legend's size, for text `text` high.
fn legend_layout(text: f32, stacks: usize, opinions: bool) -> (Vec<(f32, f32)>, (f32, f32)) {
    let k = text / TEXT;
    let row = 17.0 * k;
    let columns = crate::scene::legend::columns_with(opinions);
    let size = |c: &crate::scene::legend::Column| {
        let texts = c.entries.iter().map(|e| e.text.as_str()).chain([c.title.as_str(), c.note.as_str()]);
        let widest = texts.map(|t| overview::label_size(t, text).0).fold(0.0, f32::max) + 24.0 * k;
        let rows = c.entries.len() + usize::from(!c.note.is_empty());
        (widest, 30.0 * k + rows as f32 * row)
    };
    let sizes: Vec<(f32, f32)> = columns.iter().map(size).collect();
    let (pad, gap) = (18.0 * k, 20.0 * k);
    let mut at = Vec::new();
    if stacks == 1 {
        let mut y = pad;
        for s in &sizes {
            at.push((pad, y));
            y += s.1 + row * 0.5;
        }
        (at, (pad * 2.0 + sizes.iter().map(|s| s.0).fold(0.0, f32::max), y + pad))
    } else if stacks == 2 {
        // Columns 0 and 2 on the left stack, 1 and 3 on the right.
        let left = sizes.iter().step_by(2).map(|s| s.0).fold(0.0, f32::max);
        let right = sizes.iter().skip(1).step_by(2).map(|s| s.0).fold(0.0, f32::max);
        let mut y = [pad, pad];
        for (i, s) in sizes.iter().enumerate() {
            let x = if i % 2 == 0 { pad } else { pad + left + gap };
            at.push((x, y[i % 2]));
            y[i % 2] += s.1 + row;
        }
        (at, (pad * 2.0 + left + gap + right, y[0].max(y[1]) + pad))
    } else {
        let mut x = pad;
        for s in &sizes {
            at.push((x, 4.0 * k));
            x += s.0 + gap;
        }
        let tallest = sizes.iter().map(|s| s.1).fold(0.0, f32::max);
        (at, (x, tallest + 14.0 * k))
    }
}

/// Height of the legend band below the map.
fn legend_height(text: f32, opinions: bool) -> f32 {
    legend_layout(text, 0, opinions).1.1
}

/// The legend as the window shows it (`scene::legend` and its drawings in
/// `scene::draw::key`), its text `look.text` high, with its top-left at `origin`.
fn legend(out: &mut String, look: &MapLook, origin: (f32, f32), (w, h): (f32, f32)) {
    let c = &look.palette;
    let k = look.text / TEXT;
    let size = look.text;
    let (at, _) = legend_layout(look.text, look.legend_stacks, look.opinions);
    let _ = writeln!(out, "<g class=\"legend\" font-size=\"{size:.1}\" {}>", fill(c.text));
    let _ = writeln!(
        out,
        "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" {}/>",
        origin.0,
        origin.1,
        fill(c.band_a)
    );
    for (column, (x, top)) in crate::scene::legend::columns_with(look.opinions).iter().zip(at) {
        let (x, top) = (origin.0 + x, origin.1 + top);
        let _ = writeln!(
            out,
            "<text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"{:.1}\">{}</text>",
            top + 20.0 * k,
            size * 14.0 / 13.0,
            esc(&column.title)
        );
        let mut y = top + 38.0 * k;
        for e in &column.entries {
            let mut prims = Vec::new();
            draw::key::sample(&mut prims, e.sample, [x - 2.0 * k, y - 13.0 * k, 22.0 * k, 14.0 * k], c);
            write_all(out, &prims);
            let tx = if e.sample == Sample::None { x } else { x + 24.0 * k };
            let _ = writeln!(out, "<text x=\"{tx:.1}\" y=\"{y:.1}\">{}</text>", esc(&e.text));
            y += 17.0 * k;
        }
        if !column.note.is_empty() {
            let _ = writeln!(out, "<text x=\"{x:.1}\" y=\"{y:.1}\" fill-opacity=\"0.6\">{}</text>", esc(&column.note));
        }
    }
    out.push_str("</g>\n");
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
    resvg::usvg::Tree::from_str(svg, &options).map_err(|e| crate::t!("png-error-invalid-svg", error = e.to_string()))
}

/// The longest side of a whole-map picture, in SVG pixels.
pub const MAX_SIDE: f32 = 12_000.0;
/// The most pixels a PNG may have (about 200 MB of memory while drawing).
pub const MAX_PIXELS: f64 = 50_000_000.0;

/// Renders an SVG to PNG at `scale` times its own size, or smaller when
/// that would be more than `MAX_PIXELS`.
pub fn png_at_most(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    let tree = parse(svg)?;
    let (w, h) = (f64::from(tree.size().width()), f64::from(tree.size().height()));
    let fits = (MAX_PIXELS / (w * h).max(1.0)).sqrt() as f32;
    png(svg, scale.min(fits))
}

/// Renders an SVG to PNG bytes, `scale` times its own size. A picture of
/// more than `MAX_PIXELS` is refused.
pub fn png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    let tree = parse(svg)?;
    let (w, h) = (f64::from(tree.size().width() * scale), f64::from(tree.size().height() * scale));
    let fits = (w * h).partial_cmp(&(MAX_PIXELS * 1.000_1)).is_some_and(|o| o.is_le());
    if !fits || !scale.is_finite() || scale <= 0.0 {
        return Err(crate::t!(
            "png-error-too-many-pixels",
            width = w.round(),
            height = h.round(),
            millions = (MAX_PIXELS / 1e6).round()
        ));
    }
    let size = tree.size().to_int_size().scale_by(scale).ok_or_else(|| crate::i18n::tr("png-error-too-large"))?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| crate::t!("png-error-cannot-make", width = size.width(), height = size.height()))?;
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| crate::t!("png-error-encode", error = e.to_string()))
}
