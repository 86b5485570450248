//! Embeds every `src/catalog/*.yaml` in the binary, in file-name order, and
//! the git commit it is built from (CRMCTL_COMMIT, "unknown" outside git).

use std::fmt::Write as _;
use std::path::Path;

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
    commit();
}

fn git(args: &[&str]) -> Option<String> {
    let out = std::process::Command::new("git").args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string()).filter(|s| !s.is_empty())
}

/// The short commit (or CRMCTL_COMMIT when set, e.g. from a tarball). Rebuilt when
/// HEAD or the branch it names moves (only files that exist are watched, so
/// a build outside git is not rerun every time).
fn commit() {
    println!("cargo:rerun-if-env-changed=CRMCTL_COMMIT");
    let commit = std::env::var("CRMCTL_COMMIT").ok().filter(|s| !s.is_empty()).or_else(|| git(&["rev-parse", "--short=12", "HEAD"]));
    if let (Some(git_dir), Some(common)) = (git(&["rev-parse", "--absolute-git-dir"]), git(&["rev-parse", "--git-common-dir"])) {
        let common = Path::new(env!("CARGO_MANIFEST_DIR")).join(common);
        let mut watch = vec![Path::new(&git_dir).join("HEAD"), common.join("packed-refs")];
        if let Some(r) = git(&["symbolic-ref", "-q", "HEAD"]) {
            watch.push(common.join(r));
        }
        for p in watch.into_iter().filter(|p| p.exists()) {
            println!("cargo:rerun-if-changed={}", p.display());
        }
    }
    println!("cargo:rustc-env=CRMCTL_COMMIT={}", commit.unwrap_or_else(|| "unknown".into()));
}
