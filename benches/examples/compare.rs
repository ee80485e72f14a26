//! Side-by-side comparison in one run: the issue-2 workloads on Wraith, bare gc-arena, `Rc`/`Weak`
//! and boa_gc (best of 3 each, `std::time::Instant`), CPython through the shared script, and the
//! two whole-heap targets.
//!
//! ```text
//! cargo run --release -p wraith-benches --example compare            # N = 1,000,000
//! WRAITH_BENCH_N=100000 cargo run --release -p wraith-benches --example compare
//! ```
//!
//! Environment: `WRAITH_BENCH_N` (default 1,000,000), `WRAITH_BENCH_BIG_N` (default 10,000,000;
//! 0 skips the big heap), `WRAITH_BENCH_REPEATS` (default 3), `WRAITH_CPYTHON_RUNS` (default 2:
//! one before the Rust workloads, one after; best figure kept), `PYTHON` (default `python3`),
//! `WRAITH_CPYTHON_SCRIPT` (default `../shared/bench/cpython_weakref.py` from the repository).

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use wraith_benches::{System, Workload, bench_n, big_n, heaps};

fn env_or(var: &str, default: &str) -> String {
    std::env::var(var).unwrap_or_else(|_| default.to_string())
}

fn ns_per_item(d: Duration, n: usize) -> f64 {
    d.as_secs_f64() * 1e9 / n as f64
}

/// The repository root (this crate's parent), so the script path works from any directory.
fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("benches/ has a parent")
        .to_path_buf()
}

/// CPython figures: workload name -> ns per item, from the script's tab-separated lines.
fn run_cpython(n: usize) -> Result<(String, HashMap<String, f64>), String> {
    let script = std::env::var("WRAITH_CPYTHON_SCRIPT")
        .map(PathBuf::from)
        .unwrap_or_else(|_| repo_root().join("../shared/bench/cpython_weakref.py"));
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
        .map_err(|e| format!("cannot run {python} {}: {e}", script.display()))?;
    if !out.status.success() {
        return Err(format!(
            "{python} {} failed: {}",
            script.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let mut figures = HashMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() < 4 {
            continue;
        }
        // name, N, seconds, ns/item (the "collect_cleared_cb" line has no ns/item).
        if let Ok(ns) = fields[3].trim().parse::<f64>() {
            figures.insert(fields[0].to_string(), ns);
        }
    }
    Ok((version, figures))
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

/// Adds `more_runs` further runs of the script to `first`, keeping the best (lowest) figure of
/// each line, as the Rust side keeps its best of `WRAITH_BENCH_REPEATS`.
fn merge_best(
    first: Result<(String, HashMap<String, f64>), String>,
    more_runs: usize,
    n: usize,
) -> Result<(String, HashMap<String, f64>), String> {
    let (version, mut best) = first?;
    for _ in 0..more_runs {
        let (_, more) = run_cpython(n)?;
        for (k, v) in more {
            let e = best.entry(k).or_insert(v);
            *e = e.min(v);
        }
    }
    Ok((version, best))
}

fn main() {
    let n = bench_n();
    let repeats: usize = env_or("WRAITH_BENCH_REPEATS", "3")
        .parse()
        .expect("WRAITH_BENCH_REPEATS is a number");
    let py_runs: usize = env_or("WRAITH_CPYTHON_RUNS", "2")
        .parse()
        .expect("WRAITH_CPYTHON_RUNS is a number");
    println!(
        "# wraith-benches compare: N = {n}, best of {repeats} per Rust figure, best of {py_runs} CPython runs"
    );
    println!();
    println!("load average at start: {}", loadavg());
    println!();

    // Never concurrently. CPython runs once before the Rust systems and `py_runs - 1` times
    // after them, so that a burst of load on a shared machine does not land on one side only.
    let cpython_first = run_cpython(n);
    let mut rust: HashMap<(&str, &str), f64> = HashMap::new();
    for w in Workload::ALL {
        for s in System::ALL {
            let best = (0..repeats.max(1))
                .map(|_| s.run(w, n))
                .min()
                .expect("at least one run");
            let ns = ns_per_item(best, n);
            eprintln!("{:<30} {:<9} {:>10.1} ns/item", w.name(), s.name(), ns);
            rust.insert((w.name(), s.name()), ns);
        }
    }

    let cpython = merge_best(cpython_first, py_runs.saturating_sub(1), n);
    let (py_version, py) = match &cpython {
        Ok((v, f)) => (v.clone(), f.clone()),
        Err(e) => {
            eprintln!("CPython figures unavailable: {e}");
            ("CPython (not run)".to_string(), HashMap::new())
        }
    };

    println!("## Workloads (ns per item; lower is better)");
    println!();
    println!(
        "| workload | wraith | gc-arena | Rc/Weak | boa_gc | {py_version} | CPython / wraith | target ≥ 5× |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|:---:|");
    for w in Workload::ALL {
        let cell = |s: System| format!("{:.1}", rust[&(w.name(), s.name())]);
        let wraith = rust[&(w.name(), "wraith")];
        let (py_cell, ratio_cell, met) = match py.get(w.name()) {
            Some(&p) => {
                let ratio = p / wraith;
                (
                    format!("{p:.1}"),
                    format!("{ratio:.1}×"),
                    if ratio >= 5.0 { "met" } else { "MISSED" },
                )
            }
            None => ("–".into(), "–".into(), "–"),
        };
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            w.name(),
            cell(System::Wraith),
            cell(System::GcArena),
            cell(System::Rc),
            cell(System::Boa),
            py_cell,
            ratio_cell,
            met
        );
    }
    let others: Vec<_> = {
        let ours: Vec<&str> = Workload::ALL.iter().map(|w| w.name()).collect();
        let mut v: Vec<_> = py
            .iter()
            .filter(|(k, _)| !ours.contains(&k.as_str()))
            .collect();
        v.sort_by(|a, b| a.0.cmp(b.0));
        v
    };
    if !others.is_empty() {
        println!();
        println!("CPython lines with no Rust counterpart yet (weak containers):");
        for (k, v) in others {
            println!("- {k}: {v:.1} ns/item");
        }
    }

    println!();
    println!("## A heap that uses no weak references vs bare gc-arena (target ≤ 1.05×)");
    println!();
    let rounds = 11;
    let p = heaps::no_weak_collect_pair(n, rounds);
    println!(
        "{n} live + {n} dead objects, full collection, {rounds} rounds timing the two back to back: \
         best wraith {:.2} ms, best bare gc-arena {:.2} ms (ratio of bests {:.3}); \
         median paired ratio {:.3} ({})",
        p.wraith.as_secs_f64() * 1e3,
        p.bare.as_secs_f64() * 1e3,
        p.wraith.as_secs_f64() / p.bare.as_secs_f64(),
        p.median_ratio,
        if p.median_ratio <= 1.05 {
            "met"
        } else {
            "MISSED"
        }
    );

    let big = big_n();
    if big > 0 {
        println!();
        println!(
            "## {big} live objects with {big} weak references, full collection (target < 1.5 s)"
        );
        println!();
        let mut heap = heaps::big_heap(big);
        let (t, report) = heaps::big_collect_on(&mut heap, repeats);
        println!(
            "wraith Heap::collect, all alive, best of {repeats}: {:.3} s ({}) — {}",
            t.as_secs_f64(),
            if t.as_secs_f64() < 1.5 {
                "met"
            } else {
                "MISSED"
            },
            heaps::phases(&report)
        );
        let (t, report) = heaps::big_collect_all_dead(&mut heap);
        println!(
            "then every object dropped, one collection clearing {} weak references: {:.3} s — {}",
            report.weak_refs_cleared,
            t.as_secs_f64(),
            heaps::phases(&report)
        );
        drop(heap);
        let bare = heaps::big_collect_bare(big, repeats);
        println!(
            "bare gc-arena, same objects with {big} GcWeak, best of {repeats}: {:.3} s",
            bare.as_secs_f64()
        );
    }
    println!();
    println!("load average at end: {}", loadavg());
}
