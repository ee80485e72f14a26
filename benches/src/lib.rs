//! Shared workload shapes for the benchmarks.
