//! Times `engine::assess` on a deterministic 200-visit history.
//! Run with `cargo run --release --example engine_bench`.

use std::hint::black_box;
use std::time::Instant;

use resistance_check::engine::{assess, sample::long_history};

const VISITS: usize = 200;
const RUNS: usize = 2_000;

fn main() {
    let history = long_history(VISITS);
    // Warm caches and the allocator before timing.
    for _ in 0..100 {
        black_box(assess(black_box(&history)));
    }
    let mut micros: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(assess(black_box(&history)));
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    micros.sort_by(f64::total_cmp);
    let median = micros[RUNS / 2];
    println!("engine native: median {median:.1} µs over {RUNS} runs ({VISITS} visits)");
}
