//! Runs every interactive example of the weakref specification (`../shared/spec/weakref.rst`
//! relative to the repository root) with `wraith --doctest`, which collects at each statement
//! boundary, and requires them all to pass.
//!
//! Invariant: the spec file is part of the CI checkout; a missing file fails the test.

use std::path::Path;
use std::process::Command;

#[test]
fn weakref_spec_examples_pass() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/weakref.rst");
    assert!(spec.exists(), "missing {}", spec.display());
    let out = Command::new(env!("CARGO_BIN_EXE_wraith"))
        .arg("--doctest")
        .arg(&spec)
        .output()
        .expect("run wraith");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "doctest failures:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("examples passed"), "{stdout}");
}

#[test]
fn doctest_reports_a_failing_example() {
    let dir = std::env::temp_dir().join(format!("wraith-doctest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("bad.rst");
    std::fs::write(&file, " >>> 1 + 1\n 3\n >>> print('ok')\n ok\n").expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_wraith"))
        .arg("--doctest")
        .arg(&file)
        .output()
        .expect("run wraith");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout.contains("Failed example:") && stdout.contains("1 of 2 examples failed"));
    let _ = std::fs::remove_dir_all(&dir);
}
