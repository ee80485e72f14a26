//! Conformance harness: runs every `tests/conformance/*.py` under the `wraith` binary and
//! compares stdout, the stderr lines that matter, and the exit code with what python3 gave
//! (stored next to each script by `tests/conformance/regen.sh`).
//!
//! Invariant: the test fails if any script not listed in `tests/conformance/KNOWN_FAILURES`
//! mismatches; listed scripts that now pass are reported so the list can shrink.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn conformance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance")
}

fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0' && i + 2 < b.len() && b[i + 1] == b'x' && b[i + 2].is_ascii_hexdigit() {
            let mut j = i + 2;
            while j < b.len() && (b[j].is_ascii_digit() || (b'a'..=b'f').contains(&b[j])) {
                j += 1;
            }
            out.push_str("0xADDR");
            i = j;
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// The stderr lines that matter: "Exception ignored in:" lines and exception lines.
fn filter_stderr(s: &str) -> String {
    let mut out = String::new();
    for line in normalise(s).lines() {
        if line.starts_with("Exception ignored in:") || is_exception_line(line) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn is_exception_line(line: &str) -> bool {
    if line.starts_with("Traceback (most recent call last):")
        || line.starts_with("During handling")
        || line.starts_with("The above exception")
    {
        return false;
    }
    let head = if line.contains(": ") {
        line.split(": ").next().unwrap_or("")
    } else {
        line
    };
    let mut chars = head.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

fn run_one(bin: &Path, dir: &Path, name: &str) -> Result<(), String> {
    let read =
        |ext: &str| std::fs::read_to_string(dir.join(format!("{name}.{ext}"))).unwrap_or_default();
    let (expected_out, expected_err) = (read("out"), read("err"));
    let expected_code: i32 = read("code").trim().parse().unwrap_or(0);
    let script = dir.join(format!("{name}.py"));
    let run_dir = script
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| dir.to_path_buf());
    let file = script
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut child = Command::new(bin)
        .arg(file)
        .current_dir(run_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("spawn failed: {e}"))?;
    let start = Instant::now();
    let mut stdout_pipe = child.stdout.take();
    let mut stderr_pipe = child.stderr.take();
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(p) = stdout_pipe.as_mut() {
            let _ = std::io::Read::read_to_end(p, &mut v);
        }
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(p) = stderr_pipe.as_mut() {
            let _ = std::io::Read::read_to_end(p, &mut v);
        }
        v
    });
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) if start.elapsed() > Duration::from_secs(30) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err("timed out".into());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => return Err(e.to_string()),
        }
    };
    let stdout = normalise(&String::from_utf8_lossy(
        &out_reader.join().unwrap_or_default(),
    ));
    let stderr = filter_stderr(&String::from_utf8_lossy(
        &err_reader.join().unwrap_or_default(),
    ));
    let code = status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if stdout != expected_out {
        problems.push(format!(
            "stdout differs:\n--- expected\n{expected_out}--- got\n{stdout}"
        ));
    }
    if stderr != expected_err {
        problems.push(format!(
            "stderr differs:\n--- expected\n{expected_err}--- got\n{stderr}"
        ));
    }
    if code != expected_code {
        problems.push(format!("exit code {code}, expected {expected_code}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// Every `*.py` under `dir` (recursively), as paths relative to the suite root without `.py`.
fn collect_scripts(dir: &Path, prefix: &str, out: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let path = e.path();
        if path.is_dir() {
            collect_scripts(&path, &format!("{prefix}{name}/"), out);
        } else if let Some(stem) = name.strip_suffix(".py") {
            out.push(format!("{prefix}{stem}"));
        }
    }
}

#[test]
fn conformance() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_wraith"));
    let dir = conformance_dir();
    let mut names: Vec<String> = Vec::new();
    collect_scripts(&dir, "", &mut names);
    names.sort();
    let known: Vec<String> = std::fs::read_to_string(dir.join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let workers = 4;
    let results: Vec<(String, Result<(), String>)> = std::thread::scope(|s| {
        let mut chunks: Vec<Vec<String>> = vec![Vec::new(); workers];
        for (i, n) in names.iter().enumerate() {
            chunks[i % workers].push(n.clone());
        }
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let (bin, dir) = (&bin, &dir);
                s.spawn(move || {
                    chunk
                        .into_iter()
                        .map(|n| (n.clone(), run_one(bin, dir, &n)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut failed = Vec::new();
    let mut passed = 0;
    let mut fixed = Vec::new();
    for (n, r) in &results {
        match r {
            Ok(()) => {
                passed += 1;
                if known.contains(n) {
                    fixed.push(n.clone());
                }
            }
            Err(e) => {
                if !known.contains(n) {
                    failed.push(format!("=== {n}\n{e}"));
                }
            }
        }
    }
    eprintln!(
        "conformance: {passed}/{} scripts pass ({} listed in KNOWN_FAILURES)",
        results.len(),
        known.len()
    );
    if !fixed.is_empty() {
        eprintln!(
            "now passing, remove from KNOWN_FAILURES: {}",
            fixed.join(", ")
        );
    }
    assert!(
        failed.is_empty(),
        "{} conformance scripts failed:\n{}",
        failed.len(),
        failed.join("\n")
    );
}
