//! Runs one workload on one system and prints its time: for profiling (`perf record`).
//!
//! ```text
//! cargo run --release -p wraith-benches --example run_one -- wraith collect_clear_with_callbacks 3
//! cargo run --release -p wraith-benches --example run_one -- no_weak 11
//! ```

use wraith_benches::{System, Workload, bench_n, heaps};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: run_one SYSTEM WORKLOAD [REPEATS]";
    let system = args.first().expect(usage);
    let workload = args.get(1).expect(usage);
    let repeats: usize = args.get(2).map_or(1, |r| r.parse().expect(usage));
    if system == "no_weak" {
        // `run_one no_weak ROUNDS`: the no-weak-reference heap against bare gc-arena.
        let rounds: usize = workload.parse().expect("run_one no_weak ROUNDS");
        let p = heaps::no_weak_collect_pair(bench_n(), rounds);
        println!(
            "no_weak: wraith {:.2} ms, gc-arena {:.2} ms (best), best ratio {:.3}, median paired ratio {:.3}",
            p.wraith.as_secs_f64() * 1e3,
            p.bare.as_secs_f64() * 1e3,
            p.wraith.as_secs_f64() / p.bare.as_secs_f64(),
            p.median_ratio
        );
        return;
    }
    let s = System::ALL
        .into_iter()
        .find(|s| s.name() == system)
        .unwrap_or_else(|| panic!("unknown system {system}"));
    let w = Workload::ALL
        .into_iter()
        .find(|w| w.name() == workload)
        .unwrap_or_else(|| panic!("unknown workload {workload}"));
    let n = bench_n();
    for _ in 0..repeats {
        let t = s.run(w, n);
        println!(
            "{} {} {:.1} ns/item",
            s.name(),
            w.name(),
            t.as_secs_f64() * 1e9 / n as f64
        );
    }
}
