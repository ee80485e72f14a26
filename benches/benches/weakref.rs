//! Criterion record of the issue-2 workloads, Wraith beside bare gc-arena, `Rc`/`Weak` and
//! boa_gc, plus the two whole-heap collections.
//!
//! `cargo bench -p wraith-benches` (N = 1,000,000; `WRAITH_BENCH_N` and `WRAITH_BENCH_BIG_N`
//! shrink it). Each measured iteration builds its objects untimed (`iter_custom`), so the
//! figures are per run of N items; divide by N for ns per item.

use std::time::Duration;

use criterion::{BenchmarkGroup, Criterion, SamplingMode, Throughput, measurement::WallTime};
use wraith_benches::{System, Workload, bench_n, big_n, heaps};

fn configure(g: &mut BenchmarkGroup<'_, WallTime>, n: usize) {
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .throughput(Throughput::Elements(n as u64));
}

fn workloads(c: &mut Criterion) {
    let n = bench_n();
    for w in Workload::ALL {
        let mut g = c.benchmark_group(w.name());
        configure(&mut g, n);
        for s in System::ALL {
            g.bench_function(s.name(), |b| {
                b.iter_custom(|iters| (0..iters).map(|_| s.run(w, n)).sum())
            });
        }
        g.finish();
    }
}

fn no_weak_heap(c: &mut Criterion) {
    let n = bench_n();
    let mut g = c.benchmark_group("collect_no_weakrefs");
    configure(&mut g, n);
    // One pair per iteration: both figures come from the same, alternating rounds.
    g.bench_function("wraith", |b| {
        b.iter_custom(|iters| {
            (0..iters)
                .map(|_| heaps::no_weak_collect_pair(n, 1).wraith)
                .sum()
        })
    });
    g.bench_function("gc-arena", |b| {
        b.iter_custom(|iters| {
            (0..iters)
                .map(|_| heaps::no_weak_collect_pair(n, 1).bare)
                .sum()
        })
    });
    g.finish();
}

fn big_heap(c: &mut Criterion) {
    let n = big_n();
    if n == 0 {
        return;
    }
    let mut heap = heaps::big_heap(n);
    let mut g = c.benchmark_group("collect_10m_live_10m_weak");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(100))
        .measurement_time(Duration::from_secs(5))
        .throughput(Throughput::Elements(n as u64));
    g.bench_function("wraith", |b| {
        b.iter_custom(|iters| {
            (0..iters)
                .map(|_| heaps::big_collect_on(&mut heap, 1).0)
                .sum()
        })
    });
    g.finish();
}

criterion::criterion_group!(benches, workloads, no_weak_heap, big_heap);
criterion::criterion_main!(benches);
