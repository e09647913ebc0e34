//! Gambit's icon: one SVG source (`assets/icon/gambit.svg`) drawn at every
//! size a platform asks for, and packed as Windows ICO and macOS ICNS.
//! `cargo run --example make_icons` writes the files the packages carry;
//! the window icon is drawn from the same source at start-up.

use resvg::tiny_skia::{Pixmap, Transform};

/// The icon's source drawing.
pub const SVG: &str = include_str!("../assets/icon/gambit.svg");

/// The PNG sizes the Linux package installs (hicolor theme), in pixels.
pub const PNG_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];
/// The sizes inside the Windows `.ico`.
pub const ICO_SIZES: [u32; 6] = [16, 24, 32, 48, 64, 256];
/// The entries of the macOS `.icns`: type code and size.
pub const ICNS_ENTRIES: [(&[u8; 4], u32); 7] =
    [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)];

/// The icon drawn as a `size` x `size` picture (premultiplied RGBA).
pub fn pixmap(size: u32) -> Result<Pixmap, String> {
    let tree = resvg::usvg::Tree::from_str(SVG, &resvg::usvg::Options::default())
        .map_err(|e| format!("the icon is not valid SVG: {e}"))?;
    let mut pixmap = Pixmap::new(size, size).ok_or_else(|| format!("cannot make a {size} px icon"))?;
    let scale = size as f32 / tree.size().width();
    resvg::render(&tree, Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    Ok(pixmap)
}

/// The icon at `size` pixels as PNG bytes.
pub fn png(size: u32) -> Result<Vec<u8>, String> {
    pixmap(size)?.encode_png().map_err(|e| format!("cannot encode the {size} px icon: {e}"))
}

/// The icon at `size` pixels as straight (not premultiplied) RGBA bytes,
/// as window systems take a window icon.
pub fn rgba(size: u32) -> Result<Vec<u8>, String> {
    let pixmap = pixmap(size)?;
    Ok(pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect())
}

/// A Windows icon file holding the `ICO_SIZES` as PNG images (Vista and later).
pub fn ico() -> Result<Vec<u8>, String> {
    let images = ICO_SIZES.iter().map(|&s| png(s).map(|b| (s, b))).collect::<Result<Vec<_>, _>>()?;
    let count = u16::try_from(images.len()).ok().ok_or("too many icon sizes")?;
    let mut out = Vec::new();
    out.extend_from_slice(&[0, 0, 1, 0]); // reserved, type 1 = icon
    out.extend_from_slice(&count.to_le_bytes());
    let mut offset = 6 + 16 * images.len();
    for (size, bytes) in &images {
        // 256 is written as 0: the field is one byte.
        let side = u8::try_from(*size).unwrap_or(0);
        out.extend_from_slice(&[side, side, 0, 0]); // width, height, no palette, reserved
        out.extend_from_slice(&1u16.to_le_bytes()); // colour planes
        out.extend_from_slice(&32u16.to_le_bytes()); // bits per pixel
        out.extend_from_slice(&len_u32(bytes.len())?.to_le_bytes());
        out.extend_from_slice(&len_u32(offset)?.to_le_bytes());
        offset += bytes.len();
    }
    for (_, bytes) in images {
        out.extend_from_slice(&bytes);
    }
    Ok(out)
}

/// A macOS icon file holding the `ICNS_ENTRIES` as PNG images.
pub fn icns() -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    for (code, size) in ICNS_ENTRIES {
        let bytes = png(size)?;
        body.extend_from_slice(code);
        body.extend_from_slice(&len_u32(bytes.len() + 8)?.to_be_bytes());
        body.extend_from_slice(&bytes);
    }
    let mut out = b"icns".to_vec();
    out.extend_from_slice(&len_u32(body.len() + 8)?.to_be_bytes());
    out.extend_from_slice(&body);
    Ok(out)
}

fn len_u32(n: usize) -> Result<u32, String> {
    u32::try_from(n).ok().ok_or_else(|| "an icon image is larger than 4 GB".to_owned())
}
