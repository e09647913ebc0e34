//! On Windows, puts Gambit's icon into gambit.exe, so Explorer, the taskbar
//! and .kam files associated with it show the chess king.

fn main() {
    println!("cargo:rerun-if-changed=assets/icon/gambit.ico");
    #[cfg(windows)]
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        let mut resource = winresource::WindowsResource::new();
        resource.set_icon("assets/icon/gambit.ico");
        if let Err(e) = resource.compile() {
            println!("cargo:warning=gambit.exe is built without its icon: {e}");
        }
    }
}
