//! Times the engine on a deterministic 200-visit history: `assess` alone, and the whole
//! JSON path the browser export takes (contract JSON text in, assessment JSON text out).
//! Run with `cargo run --release --example engine_bench`; `-- --history-json` prints the
//! history instead, for the browser benchmark (`scripts/bench.mjs`).

use std::hint::black_box;
use std::time::Instant;

use resistance_check::engine::{assess, history_from_json, sample::long_history};

const VISITS: usize = 200;
const RUNS: usize = 2_000;

/// The median of `RUNS` timings of `work`, in microseconds, after a warm-up.
fn median_micros(mut work: impl FnMut()) -> f64 {
    // Warm caches and the allocator before timing.
    for _ in 0..100 {
        work();
    }
    let mut micros: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    micros.sort_by(f64::total_cmp);
    micros[RUNS / 2]
}

fn main() {
    let history = long_history(VISITS);
    let text = serde_json::to_string(&history).expect("a sample history serialises");
    if std::env::args().any(|arg| arg == "--history-json") {
        println!("{text}");
        return;
    }
    let assess_only = median_micros(|| {
        black_box(assess(black_box(&history)));
    });
    println!("engine native: median {assess_only:.1} µs over {RUNS} runs ({VISITS} visits)");
    let json_path = median_micros(|| {
        let read = history_from_json(black_box(&text), history.assessed_on);
        let _ = black_box(read.map(|history| serde_json::to_string(&assess(&history))));
    });
    println!(
        "engine native, JSON in and out: median {json_path:.1} µs over {RUNS} runs ({VISITS} visits)"
    );
}
