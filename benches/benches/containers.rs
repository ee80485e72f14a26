//! Criterion record of the weak-container workloads: Wraith's containers beside boa_gc 0.22's
//! `WeakMap` (where boa_gc has a matching container).
//!
//! `cargo bench -p wraith-benches --bench containers` (N = 1,000,000; `WRAITH_BENCH_N` shrinks
//! it). Each measured iteration builds its heap untimed (`iter_custom`); figures are per run of N
//! items.

use std::time::Duration;

use criterion::{Criterion, SamplingMode, Throughput};
use wraith_benches::bench_n;
use wraith_benches::containers::{Container, boa, wraith};

fn containers(c: &mut Criterion) {
    let n = bench_n();
    for w in Container::ALL {
        let mut g = c.benchmark_group(w.name());
        g.sample_size(10)
            .sampling_mode(SamplingMode::Flat)
            .warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(1))
            .throughput(Throughput::Elements(n as u64));
        g.bench_function("wraith", |b| {
            b.iter_custom(|iters| (0..iters).map(|_| wraith(w, n)).sum())
        });
        if boa(w, 10).is_some() {
            g.bench_function("boa_gc", |b| {
                b.iter_custom(|iters| (0..iters).filter_map(|_| boa(w, n)).sum())
            });
        }
        g.finish();
    }
}

criterion::criterion_group!(benches, containers);
criterion::criterion_main!(benches);
