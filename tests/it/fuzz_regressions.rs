//! The fuzz targets' inputs replayed in the ordinary test run: every seed
//! in fuzz/seeds/TARGET/ and every input a fuzzer found a crash, hang or
//! broken invariant with (fuzz/regressions/TARGET/, kept after the fix), run
//! through the same entry points `cargo fuzz` drives (crmctl::fuzzing).

use std::path::Path;

type Entry = fn(&[u8]);

const TARGETS: &[(&str, Entry)] = &[
    ("template", crmctl::fuzzing::template),
    ("sealed", crmctl::fuzzing::sealed),
    ("mapping", crmctl::fuzzing::mapping),
    ("pagination", crmctl::fuzzing::pagination),
    ("redact", crmctl::fuzzing::redact),
    ("html", crmctl::fuzzing::html),
];

fn replay(dir: &str) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join(dir);
    let mut n = 0;
    for (name, entry) in TARGETS {
        let Ok(files) = std::fs::read_dir(root.join(name)) else { continue };
        let mut files: Vec<_> = files.map(|f| f.unwrap().path()).collect();
        files.sort();
        for f in files {
            let data = std::fs::read(&f).unwrap();
            // A panic names the input that caused it.
            let r = std::panic::catch_unwind(|| entry(&data));
            assert!(r.is_ok(), "{name}: {} fails again", f.display());
            n += 1;
        }
    }
    n
}

#[test]
fn fuzz_seeds_replay() {
    assert!(replay("seeds") >= 6, "a seed for every target");
}

#[test]
fn fuzz_found_inputs_stay_fixed() {
    replay("regressions");
}

#[test]
fn hostile_html_is_bounded_in_time_and_stack() {
    // Nesting far past what a recursive tree walk survives on a thread's
    // stack; and the size cap.
    let deep = format!("{}x{}", "<div>".repeat(200_000), "</div>".repeat(200_000));
    let started = std::time::Instant::now();
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || crmctl::fuzzing::html(deep.as_bytes()))
        .unwrap()
        .join()
        .expect("deep HTML converts on a small stack");
    let unclosed = "<b><i><u><s>".repeat(100_000);
    crmctl::fuzzing::html(unclosed.as_bytes());
    assert!(started.elapsed() < std::time::Duration::from_secs(30), "took {:?}", started.elapsed());
}
