//! Deterministic sample histories for benchmarks (native here, in the browser later).

use super::model::{Area, History, Outcome, Product, Provider, Treatment, VisitDate};
use crate::date::Date;

/// A valid history of `visits` treatments, the same on every call: mostly regular visits
/// about every 3–5 months with mixed products, some touch-ups, injector changes and
/// weaker results, so that every rule has work to do.
pub fn long_history(visits: usize) -> History {
    // A small linear congruential generator: deterministic without a dependency.
    let mut state: u64 = 0x5eed_2026;
    let mut next = move |bound: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % bound
    };
    let products = [
        Product::Botox,
        Product::Dysport,
        Product::Xeomin,
        Product::Daxxify,
    ];
    let outcomes = [
        Outcome::Full,
        Outcome::Full,
        Outcome::Full,
        Outcome::Partial,
        Outcome::NoEffect,
    ];

    let mut day = Date::parse_iso("1960-01-10").unwrap_or(Date::from_days(-3_643));
    let mut treatments = Vec::with_capacity(visits);
    for index in 0..visits {
        let touch_up = index > 0 && next(10) == 0;
        day = day.add_days(if touch_up { 14 } else { 90 + next(60) as i64 });
        let product = products[next(products.len() as u64) as usize];
        let base = match product {
            Product::Dysport => 50.0,
            Product::Daxxify => 40.0,
            _ => 20.0,
        };
        treatments.push(Treatment {
            date: VisitDate::exact(day),
            product,
            units: Some(base * (1.0 + next(4) as f64 * 0.25)),
            areas: vec![Area::FrownLines],
            provider: if next(8) == 0 {
                Provider::New
            } else {
                Provider::Usual
            },
            result: outcomes[next(outcomes.len() as u64) as usize],
            lasted_weeks: Some(6.0 + next(12) as f64),
            uneven: next(12) == 0,
            touch_up,
        });
    }
    let mut history = History::new(day.add_days(30));
    history.treatments = treatments;
    history
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_deterministic_and_valid() {
        let history = long_history(200);
        assert_eq!(history, long_history(200));
        assert_eq!(history.treatments.len(), 200);
        let text = serde_json::to_string(&history).unwrap();
        let parsed = crate::engine::history_from_json(&text, history.assessed_on).unwrap();
        assert_eq!(parsed, history);
    }
}
