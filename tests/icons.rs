//! The icon files the packages carry are what the SVG source draws, and
//! the Windows and macOS containers hold the sizes those systems look for.

use gambit::icon;

fn committed(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icon").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e} (run `cargo run --example make_icons`)", path.display()))
}

#[test]
fn committed_pngs_are_the_svg_drawn_at_each_size() {
    for size in icon::PNG_SIZES {
        let name = format!("png/gambit-{size}.png");
        assert!(
            committed(&name) == icon::png(size).expect("draws"),
            "{name} is stale: run `cargo run --example make_icons`"
        );
    }
    assert!(committed("gambit.ico") == icon::ico().expect("ico"), "gambit.ico is stale");
    assert!(committed("gambit.icns") == icon::icns().expect("icns"), "gambit.icns is stale");
}

#[test]
fn the_ico_directory_lists_each_size_and_points_at_a_png() {
    let ico = committed("gambit.ico");
    assert_eq!(&ico[..4], &[0, 0, 1, 0], "an icon resource");
    let count = usize::from(u16::from_le_bytes([ico[4], ico[5]]));
    assert_eq!(count, icon::ICO_SIZES.len());
    for (i, size) in icon::ICO_SIZES.iter().enumerate() {
        let entry = &ico[6 + 16 * i..6 + 16 * (i + 1)];
        let side = if *size == 256 { 0 } else { *size as u8 };
        assert_eq!((entry[0], entry[1]), (side, side), "entry {i}");
        let len = u32::from_le_bytes(entry[8..12].try_into().expect("4 bytes")) as usize;
        let at = u32::from_le_bytes(entry[12..16].try_into().expect("4 bytes")) as usize;
        assert_eq!(&ico[at..at + 8], b"\x89PNG\r\n\x1a\n", "entry {i} points at a PNG");
        assert!(at + len <= ico.len());
    }
}

#[test]
fn the_icns_holds_16_to_1024_pixels() {
    let icns = committed("gambit.icns");
    assert_eq!(&icns[..4], b"icns");
    assert_eq!(u32::from_be_bytes(icns[4..8].try_into().expect("4 bytes")) as usize, icns.len());
    let mut at = 8;
    let mut codes = Vec::new();
    while at < icns.len() {
        codes.push(String::from_utf8_lossy(&icns[at..at + 4]).into_owned());
        let len = u32::from_be_bytes(icns[at + 4..at + 8].try_into().expect("4 bytes")) as usize;
        assert_eq!(&icns[at + 8..at + 16], b"\x89PNG\r\n\x1a\n");
        at += len;
    }
    assert_eq!(at, icns.len(), "the entries fill the file exactly");
    assert_eq!(codes, ["icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10"]);
}

#[test]
fn the_king_stands_out_from_its_square_even_at_16_pixels() {
    // A mark that reads at 16 px: the piece's light pixels contrast with the
    // dark square, and the piece fills a fair part of the middle.
    let rgba = icon::rgba(16).expect("draws");
    let light = |x: usize, y: usize| {
        let p = &rgba[(y * 16 + x) * 4..(y * 16 + x) * 4 + 4];
        p[3] > 200 && u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2]) > 600
    };
    let middle: usize = (3..13).flat_map(|y| (3..13).map(move |x| (x, y))).filter(|&(x, y)| light(x, y)).count();
    assert!((25..75).contains(&middle), "{middle} of the middle 100 pixels are the piece");
    assert!(!light(1, 8) && !light(14, 8), "the square's edge is dark");
    assert!(light(8, 13), "the base is drawn");
}
