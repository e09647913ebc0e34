//! Writes a generated account the size of a real key account, to try the
//! map at scale: `cargo run --release --example large_account -- OUT.kam [5000]`
//! (1,000 people in 40 units by default; 5,000 in 60 units when asked).

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next() else {
        eprintln!("usage: large_account OUT.kam [1000|5000]");
        return std::process::ExitCode::from(2);
    };
    let size = match args.next().as_deref() {
        Some("5000") => gambit::sample::Size::LARGE_GROUP,
        _ => gambit::sample::Size::KEY_ACCOUNT,
    };
    let project = gambit::sample::project(size, 1);
    match gambit::file::save(&project, std::path::Path::new(&out)) {
        Ok(()) => {
            let a = &project.accounts[0];
            println!("{out}: {} people, {} lines", a.contacts.len(), a.relationships.len());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::ExitCode::from(2)
        }
    }
}
