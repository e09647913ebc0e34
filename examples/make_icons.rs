//! Writes Gambit's icon files from `assets/icon/gambit.svg`: the PNG sizes
//! the Linux package installs, `gambit.ico` for Windows and `gambit.icns`
//! for macOS. Run it after changing the SVG; `tests/icons.rs` checks that
//! the committed files are what this writes.

use gambit::icon;
use std::path::Path;

fn main() -> Result<(), String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icon");
    std::fs::create_dir_all(dir.join("png")).map_err(|e| e.to_string())?;
    let write = |name: &str, bytes: Vec<u8>| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("wrote {}", path.display());
        Ok::<(), String>(())
    };
    for size in icon::PNG_SIZES {
        write(&format!("png/gambit-{size}.png"), icon::png(size)?)?;
    }
    write("gambit.ico", icon::ico()?)?;
    write("gambit.icns", icon::icns()?)?;
    Ok(())
}
