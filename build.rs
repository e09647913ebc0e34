//! When the target is Windows (whatever machine builds it: a Windows runner,
//! or Linux cross-building with mingw-w64), puts Gambit's icon and version
//! into gambit.exe, so Explorer, the taskbar and the .kam files associated
//! with it show the chess king, and its properties say what it is.

fn main() {
    println!("cargo:rerun-if-changed=assets/icon/gambit.ico");
    println!("cargo:rerun-if-changed=build.rs");
    // `cfg(windows)` here would describe the machine running this script,
    // not the program being built.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource.set_icon("assets/icon/gambit.ico");
    resource.set("ProductName", "Gambit");
    resource.set("FileDescription", "Gambit: key account management");
    resource.set("CompanyName", "The Gambit team");
    resource.set("LegalCopyright", "The Gambit authors (MIT)");
    resource.set("OriginalFilename", "gambit.exe");
    if let Err(e) = resource.compile() {
        println!("cargo:warning=gambit.exe is built without its icon and version: {e}");
    }
}
