//! Side-by-side comparison of the weak-container workloads in one run: Wraith's containers and
//! boa_gc 0.22's `WeakMap` (best of 3 each), CPython 3.11's `WeakValueDictionary`,
//! `WeakKeyDictionary` and `WeakSet` through the shared script. Prints a Markdown table.
//!
//! ```text
//! cargo run --release -p wraith-benches --example containers            # N = 1,000,000
//! WRAITH_BENCH_N=100000 cargo run --release -p wraith-benches --example containers
//! ```
//!
//! Environment: `WRAITH_BENCH_N`, `WRAITH_BENCH_REPEATS` (default 3), `PYTHON` (default
//! `python3`), `WRAITH_CPYTHON_SCRIPT` (default `../shared/bench/cpython_weakref.py`).

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use wraith_benches::bench_n;
use wraith_benches::containers::{Container, boa, wraith};

fn env_or(var: &str, default: &str) -> String {
    std::env::var(var).unwrap_or_else(|_| default.to_string())
}

fn ns_per_item(d: Duration, n: usize) -> f64 {
    d.as_secs_f64() * 1e9 / n as f64
}

/// CPython figures: workload name -> ns per item, from the script's tab-separated lines.
fn run_cpython(n: usize) -> Result<(String, HashMap<String, f64>), String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("benches/ has a parent")
        .to_path_buf();
    let script = std::env::var("WRAITH_CPYTHON_SCRIPT")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("../shared/bench/cpython_weakref.py"));
    let python = env_or("PYTHON", "python3");
    let version = Command::new(&python)
        .arg("--version")
        .output()
        .map_err(|e| format!("cannot run {python}: {e}"))?;
    let version = String::from_utf8_lossy(&version.stdout).trim().to_string();
    let out = Command::new(&python)
        .arg(&script)
        .arg(n.to_string())
        .output()
        .map_err(|e| format!("cannot run {python}: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let mut figures = HashMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() >= 4
            && let Ok(ns) = fields[3].trim().parse::<f64>()
        {
            figures.insert(fields[0].to_string(), ns);
        }
    }
    Ok((version, figures))
}

fn main() {
    let n = bench_n();
    let repeats: usize = env_or("WRAITH_BENCH_REPEATS", "3")
        .parse()
        .expect("WRAITH_BENCH_REPEATS is a number");
    let mut rows = Vec::new();
    for w in Container::ALL {
        let best = |f: &dyn Fn() -> Option<Duration>| {
            (0..repeats.max(1))
                .filter_map(|_| f())
                .min()
                .map(|d| ns_per_item(d, n))
        };
        let ws = best(&|| Some(wraith(w, n))).expect("wraith runs every workload");
        let bs = best(&|| boa(w, n));
        eprintln!("{:<22} wraith {ws:>8.1} ns/item  boa_gc {bs:?}", w.name());
        rows.push((w, ws, bs));
    }
    let cpython = run_cpython(n);
    let (version, py) = match &cpython {
        Ok((v, f)) => (v.clone(), f.clone()),
        Err(e) => {
            eprintln!("CPython figures unavailable: {e}");
            ("CPython: not run".to_string(), HashMap::new())
        }
    };
    println!("N = {n}; Rust figures best of {repeats}; {version} through the shared script.");
    println!();
    println!(
        "| workload | wraith ns/item | boa_gc WeakMap ns/item | CPython ns/item | CPython / wraith | boa_gc / wraith |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    let fmt = |x: Option<f64>| x.map_or("n/a".to_string(), |v| format!("{v:.1}"));
    for (w, ws, bs) in rows {
        let p = py.get(w.name()).copied();
        println!(
            "| {} | {ws:.1} | {} | {} | {} | {} |",
            w.name(),
            fmt(bs),
            fmt(p),
            p.map_or("n/a".to_string(), |p| format!("{:.1}x", p / ws)),
            bs.map_or("n/a".to_string(), |b| format!("{:.1}x", b / ws)),
        );
    }
}
