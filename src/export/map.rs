//! The relationship map as SVG with real text (for slides and minutes),
//! and that SVG rendered to PNG. Drawn from a `Scene`, so it shows what the
//! window shows: the same pieces, colours, lines and labels.

use super::svg::{self, SANS, esc, fill};
use crate::layout::Point;
use crate::model::PersonRef;
use crate::scene::draw::{self, Look, Prim, View};
use crate::scene::legend::Sample;
use crate::scene::palette::Palette;
use crate::scene::style::{TEXT_CHARS, clip};
use crate::scene::{Scene, overview};
use std::collections::BTreeMap;
use std::fmt::Write;

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
        }
    }
}

/// A file name for the export: "Nordvik Foods Group map 2026-11-22".
pub fn file_stem(account: &str, date: chrono::NaiveDate) -> String {
    let clean: String =
        account.chars().map(|c| if c.is_alphanumeric() || " -_&.".contains(c) { c } else { '_' }).collect();
    format!("{} map {date}", clean.trim())
}

/// The screen of the export: map units to picture pixels, below the title band.
fn view(look: &MapLook) -> View {
    let (z, o) = (look.zoom, look.origin);
    View { zoom: z, offset: (-o.x * z, -o.y * z + HEADER), screen: [0.0, HEADER, look.width, look.height] }
}

/// The SVG document of `scene` as `look` shows it: the same drawing as the
/// window's (`scene::draw`), with a title band above and a legend below.
pub fn svg(scene: &Scene, look: &MapLook) -> String {
    let legend_h = if look.legend { legend_height() } else { 0.0 };
    let (w, h) = (look.width.round(), (look.height + HEADER + legend_h).round());
    let mut out = String::with_capacity(64 * 1024);
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{SANS}\">"
    );
    let _ = writeln!(out, "<title>{}</title>", esc(&clip(&look.title, TEXT_CHARS)));
    let _ = writeln!(out, "<rect width=\"{w}\" height=\"{h}\" {}/>", fill(look.palette.background));
    let _ = writeln!(
        out,
        "<defs><clipPath id=\"map\"><rect y=\"{HEADER}\" width=\"{w}\" height=\"{}\"/></clipPath></defs>",
        look.height.round()
    );
    out.push_str("<g clip-path=\"url(#map)\">\n");
    map(&mut out, scene, look);
    out.push_str("</g>\n");
    header(&mut out, look, w);
    if look.legend {
        legend(&mut out, look, w, h - legend_h);
    }
    out.push_str("</svg>\n");
    out
}

fn write_all(out: &mut String, prims: &[Prim]) {
    for p in prims {
        svg::write(out, p);
    }
}

/// The map itself: board or regions, lines (bundled between units on a big
/// map, by the window's rule), people with the names that fit, unit names.
fn map(out: &mut String, scene: &Scene, look: &MapLook) {
    let (view, dlook) =
        (view(look), Look { palette: look.palette, label_scale: look.label_scale, show_titles: look.show_titles });
    let index: BTreeMap<PersonRef, usize> = scene.people.iter().enumerate().map(|(i, p)| (p.data.person, i)).collect();
    let find = |p: PersonRef| index.get(&p).map(|i| &scene.people[*i]);
    let mut prims = Vec::new();
    let regions = match &scene.board {
        Some(b) => {
            let measure = |t: &str, size: f32| overview::label_size(t, size).0;
            draw::areas::board(&mut prims, &b.board, &b.rank_labels, &view, &dlook, &measure);
            Vec::new()
        }
        None => overview_regions(scene),
    };
    draw::areas::regions(&mut prims, &regions, &view, &dlook);
    let bundled = scene.board.is_none()
        && scene.lines.iter().filter(|l| overview::is_minor(l.data.kind, l.from, l.to)).count()
            > overview::BUNDLE_ABOVE;
    if bundled {
        let unit_of = |p: PersonRef| find(p).and_then(|x| x.unit);
        let minor =
            scene.lines.iter().filter(|l| overview::is_minor(l.data.kind, l.from, l.to)).map(|l| (l.from, l.to));
        let reach = scene.lines.iter().filter(|l| overview::is_reach(l.from, l.to)).map(|l| (l.from, l.to));
        let (bundles, reach) = (overview::bundles(minor, &unit_of), overview::reach(reach, &unit_of));
        let centre: BTreeMap<_, _> = regions.iter().map(|r| (r.unit, r.centre)).collect();
        let member_at = |p: PersonRef| find(p).map(|x| x.at);
        let (centre_of, nobody) = (|u| centre.get(&u).copied(), |_| false);
        draw::areas::bundles(&mut prims, (&bundles, &reach), &centre_of, &member_at, &nobody, &view, &dlook);
    }
    for l in &scene.lines {
        let (Some(a), Some(b)) = (find(l.from), find(l.to)) else { continue };
        let unit_reach = overview::is_reach(l.from, l.to) && (a.unit.is_some() || b.unit.is_some());
        if bundled && (overview::is_minor(l.data.kind, l.from, l.to) || unit_reach) {
            continue;
        }
        draw::line::line(
            &mut prims,
            &l.data,
            (&a.data, a.at),
            (&b.data, b.at),
            &view,
            &dlook,
            draw::line::Marks::default(),
        );
    }
    out.push_str("<g id=\"lines\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n");
    write_all(out, &prims);
    out.push_str("</g>\n<g id=\"people\">\n");
    let wishes: Vec<overview::LabelWish> = scene
        .people
        .iter()
        .map(|p| draw::person::label_wish(&p.data, p.at, &view, &dlook, draw::person::Marks::default()))
        .collect();
    for (p, label) in scene.people.iter().zip(overview::place_labels(&wishes)) {
        let d = &p.data;
        let title = if d.title.is_empty() { String::new() } else { format!(", {}", esc(&clip(&d.title, TEXT_CHARS))) };
        let _ = writeln!(out, "<g><title>{}{title}</title>", esc(&clip(&d.name, TEXT_CHARS)));
        let mut prims = Vec::new();
        draw::person::person(&mut prims, d, p.at, &view, &dlook, draw::person::Marks { label, ..Default::default() });
        write_all(out, &prims);
        out.push_str("</g>\n");
    }
    out.push_str("</g>\n");
    let mut prims = Vec::new();
    draw::areas::region_labels(&mut prims, &regions, &view, &dlook, 0.0);
    write_all(out, &prims);
}

fn overview_regions(scene: &Scene) -> Vec<overview::Region> {
    let points = scene.people.iter().filter_map(|p| Some((p.unit?, p.at)));
    let mut regions = overview::regions_of(points, &|u| scene.unit_names.get(&u).cloned().unwrap_or_default());
    let unit: BTreeMap<PersonRef, crate::model::UnitId> =
        scene.people.iter().filter_map(|p| Some((p.data.person, p.unit?))).collect();
    let known = overview::known_per_unit(scene.lines.iter().map(|l| (l.from, l.to)), &|p| unit.get(&p).copied());
    overview::set_known(&mut regions, &known);
    regions
}

fn header(out: &mut String, look: &MapLook, w: f32) {
    let c = look.palette;
    let _ = writeln!(out, "<rect width=\"{w}\" height=\"{HEADER}\" {}/>", fill(c.band_a));
    let _ = writeln!(
        out,
        "<text x=\"16\" y=\"32\" font-size=\"22\" {}>{}</text>",
        fill(c.text),
        esc(&clip(&look.title, TEXT_CHARS))
    );
}

/// Height of the legend band: a heading and the longest column.
fn legend_height() -> f32 {
    44.0 + crate::scene::legend::rows() as f32 * 17.0
}

/// The legend as the window shows it (scene::legend and its drawings in
/// scene::draw::key), in a band below the map.
fn legend(out: &mut String, look: &MapLook, w: f32, top: f32) {
    let c = &look.palette;
    let _ = writeln!(out, "<g id=\"legend\" font-size=\"13\" {}>", fill(c.text));
    let _ = writeln!(out, "<rect y=\"{top:.1}\" width=\"{w}\" height=\"{:.1}\" {}/>", legend_height(), fill(c.band_a));
    let top = top + 4.0;
    for (column, x) in crate::scene::legend::columns().iter().zip([18.0f32, 150.0, 350.0, 560.0]) {
        let _ = writeln!(out, "<text x=\"{x}\" y=\"{:.1}\" font-size=\"14\">{}</text>", top + 20.0, esc(&column.title));
        let mut y = top + 38.0;
        for e in &column.entries {
            let mut prims = Vec::new();
            draw::key::sample(&mut prims, e.sample, [x - 2.0, y - 13.0, 22.0, 14.0], c);
            write_all(out, &prims);
            let tx = if e.sample == Sample::None { x } else { x + 24.0 };
            let _ = writeln!(out, "<text x=\"{tx:.1}\" y=\"{y:.1}\">{}</text>", esc(&e.text));
            y += 17.0;
        }
        if !column.note.is_empty() {
            let _ = writeln!(out, "<text x=\"{x}\" y=\"{y:.1}\" fill-opacity=\"0.6\">{}</text>", esc(&column.note));
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
