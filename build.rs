//! Embeds every `src/catalog/*.yaml` in the binary, in file-name order.

use std::fmt::Write as _;

fn main() {
    println!("cargo:rerun-if-changed=src/catalog");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/catalog");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("src/catalog exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    let mut out = String::from("pub static BUILTIN: &[(&str, &str)] = &[\n");
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        writeln!(out, "    ({name:?}, include_str!({:?})),", f.display().to_string()).unwrap();
    }
    out.push_str("];\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalog.rs");
    std::fs::write(dest, out).unwrap();
}
