//! The built-in demo is exactly what `cargo run --example make_demo` writes:
//! a change to the demo's source without regenerating the file (or a hand
//! edit of the file) fails here.

#[allow(dead_code)]
#[path = "../examples/make_demo.rs"]
mod make_demo;

#[test]
fn the_demo_asset_is_what_make_demo_writes() {
    let made = make_demo::demo_text();
    let shipped = gambit::demo::DEMO_KAM;
    if made != shipped {
        let line = made.lines().zip(shipped.lines()).position(|(a, b)| a != b).map_or(0, |i| i + 1);
        panic!("assets/demo.kam differs from make_demo's output from line {line}: run `cargo run --example make_demo`");
    }
}
