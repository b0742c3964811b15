//! The derived view of a history that the rules read: treatments sorted by date, touch-ups
//! joined to the visit they top up, doses in comparable units, each visit's outcome and
//! whether it worked less, and the intervals between visits.
//!
//! Every threshold here comes from "How a history is read" in the contract or from the
//! usual doses and durations in `clinical-facts.md`; `docs/rules.md` lists them.

use super::model::{Amount, Area, History, Outcome, Product, Provider, Treatment, VisitDate};

/// Under this many days the effect may not be full yet (article: up to two weeks).
pub const TOO_EARLY_DAYS: i64 = 14;
/// A visit this many days or fewer after the one before is a touch-up (about 3 weeks).
pub const TOUCH_UP_DAYS: i64 = 21;
/// Visits fewer days apart than this are a short interval (12 weeks; labels say 3 months).
pub const SHORT_INTERVAL_DAYS: i64 = 84;
/// Comparable units at one visit from which the dose is high.
pub const HIGH_DOSE_UNITS: f64 = 100.0;
/// A dose at or below this share of a reference is smaller ("a drop of a fifth or more").
pub const SMALLER_DOSE_SHARE: f64 = 0.8;
/// An effect at or below this share of a reference duration lasted markedly shorter.
pub const SHORTER_SHARE: f64 = 0.75;
/// Absorbs float noise in the ratio comparisons above (19.2 against 0.8 × 24).
const EPSILON: f64 = 1e-9;

/// `value` is at most `share` of `reference`.
pub fn at_most_share(value: f64, share: f64, reference: f64) -> bool {
    value <= share * reference + EPSILON
}

/// Units made comparable across products (Botox-equivalent), or `None` where they cannot be.
pub fn comparable_units(product: Product, units: f64) -> Option<f64> {
    match product {
        Product::Dysport => Some(units / 2.5),
        Product::Daxxify => Some(units / 2.0),
        Product::Botox | Product::Xeomin | Product::Jeuveau | Product::Letybo => Some(units),
        Product::Other | Product::Unknown => None,
    }
}

/// The US label dose of one product for one area, in that product's units, where
/// `clinical-facts.md` gives one (neck bands: the low end of 26–36).
fn label_dose_for(product: Product, area: Area) -> Option<f64> {
    use Area::*;
    use Product::*;
    match (product, area) {
        (Botox | Xeomin | Jeuveau | Letybo, FrownLines) => Some(20.0),
        (Botox | Xeomin, Forehead) => Some(20.0),
        (Botox | Xeomin, CrowsFeet) => Some(24.0),
        (Botox, Neck) => Some(26.0),
        (Dysport, FrownLines) => Some(50.0),
        (Daxxify, FrownLines) => Some(40.0),
        _ => None,
    }
}

/// The label dose for a product over several areas, summed; `None` when any area has no
/// label dose or no area is given.
pub fn label_dose(product: Product, areas: &[Area]) -> Option<f64> {
    if areas.is_empty() {
        return None;
    }
    areas
        .iter()
        .map(|area| label_dose_for(product, *area))
        .sum()
}

/// How long the effect usually lasts, in weeks: about 3 months, Daxxify about 6.
pub fn expected_weeks(product: Product) -> f64 {
    match product {
        Product::Daxxify => 26.0,
        _ => 13.0,
    }
}

/// Durations are compared only between products that usually last alike.
fn same_duration_class(a: Product, b: Product) -> bool {
    (a == Product::Daxxify) == (b == Product::Daxxify)
}

/// A brand is known unless it is `other` or `unknown`.
pub fn known_brand(product: Product) -> bool {
    !matches!(product, Product::Other | Product::Unknown)
}

/// One visit: a treatment with any touch-ups that followed it joined in.
#[derive(Clone, Debug, PartialEq)]
pub struct Visit {
    pub date: VisitDate,
    pub product: Product,
    pub provider: Provider,
    /// The earliest visit of the history (every first visit is with a new injector).
    pub first: bool,
    /// Total units in the product's own units, when every part gives units of one product.
    pub units: Option<f64>,
    /// The dose as the visitor gave it, one amount a product in the order entered; empty
    /// when a part has no units.
    pub given: Vec<Amount>,
    /// Total comparable units, when every part has a comparable dose.
    pub comparable: Option<f64>,
    /// Comparable units of the parts that have one: a lower bound for `high_dose`.
    pub comparable_known: f64,
    /// The label dose for the product and every area treated, where known.
    pub label: Option<f64>,
    /// The best effect of the parts old enough to judge; `None` when none is.
    pub outcome: Option<Outcome>,
    pub lasted_weeks: Option<f64>,
    pub uneven: bool,
    /// The longest effect of the earlier judged visits (of a product that lasts alike).
    pub best_weeks_before: Option<f64>,
    /// The effect lasted markedly shorter than `best_weeks_before`.
    pub shorter: bool,
}

impl Visit {
    /// Old enough (or full already) to be judged.
    pub fn judged(&self) -> bool {
        self.outcome.is_some()
    }

    /// Worked less: a peak below full, a markedly shorter effect, or an uneven one.
    pub fn worked_less(&self) -> bool {
        self.outcome != Some(Outcome::Full) || self.shorter || self.uneven
    }
}

/// The newest treatment entered (touch-ups included) and how old it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Newest {
    pub date: VisitDate,
    pub days: i64,
    /// Under 14 days old and not yet full: too early to judge.
    pub pending: bool,
}

/// The derived view of a whole history.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// Visits in date order.
    pub visits: Vec<Visit>,
    pub newest: Option<Newest>,
    /// Every treatment that is a touch-up: flagged, or within 21 days of the one before.
    pub touch_ups: Vec<VisitDate>,
    /// Days between consecutive visits.
    pub interval_days: Vec<i64>,
}

/// Reads a history into visits.
pub fn read(history: &History) -> Reading {
    let mut treatments: Vec<&Treatment> = history.treatments.iter().collect();
    // Stable: treatments on the same day keep the order they were entered in.
    crate::sorting::sort_by_key(&mut treatments, |treatment| treatment.date.day);

    let age = |treatment: &Treatment| history.assessed_on.days_since(treatment.date.day);
    let pending = |treatment: &Treatment| {
        age(treatment) < TOO_EARLY_DAYS && treatment.result != Outcome::Full
    };
    let newest = treatments.last().map(|treatment| Newest {
        date: treatment.date,
        days: age(treatment),
        pending: pending(treatment),
    });

    // Group each treatment with the touch-ups that follow it.
    let mut groups: Vec<Vec<&Treatment>> = Vec::new();
    let mut touch_ups = Vec::new();
    let mut previous: Option<&Treatment> = None;
    for treatment in treatments {
        let close = previous
            .is_some_and(|before| treatment.date.day.days_since(before.date.day) <= TOUCH_UP_DAYS);
        if treatment.touch_up || close {
            touch_ups.push(treatment.date);
        }
        match groups.last_mut() {
            Some(group) if treatment.touch_up || close => group.push(treatment),
            _ => groups.push(vec![treatment]),
        }
        previous = Some(treatment);
    }

    let mut visits: Vec<Visit> = Vec::with_capacity(groups.len());
    for (index, parts) in groups.iter().enumerate() {
        let mut visit = join(parts, index == 0, &pending);
        let (best, shorter) = duration_against(&visits, &visit);
        visit.best_weeks_before = best;
        visit.shorter = shorter;
        visits.push(visit);
    }

    let interval_days = visits
        .windows(2)
        .map(|pair| pair[1].date.day.days_since(pair[0].date.day))
        .collect();

    Reading {
        visits,
        newest,
        touch_ups,
        interval_days,
    }
}

/// Ranks outcomes once old enough to judge; `not_yet` after 14 days reads as no effect.
fn rank(outcome: Outcome) -> u8 {
    match outcome {
        Outcome::Full => 2,
        Outcome::Partial => 1,
        Outcome::NoEffect | Outcome::NotYet => 0,
    }
}

fn join(parts: &[&Treatment], first: bool, pending: &dyn Fn(&Treatment) -> bool) -> Visit {
    let main = parts[0];
    let same_product = parts.iter().all(|part| part.product == main.product);
    let units = if same_product {
        parts.iter().map(|part| part.units).sum::<Option<f64>>()
    } else {
        None
    };
    let given = given_dose(parts);
    let comparable_parts: Vec<Option<f64>> = parts
        .iter()
        .map(|part| {
            part.units
                .and_then(|units| comparable_units(part.product, units))
        })
        .collect();
    let comparable = comparable_parts.iter().copied().sum::<Option<f64>>();
    let comparable_known = comparable_parts.iter().flatten().sum();

    let mut areas: Vec<Area> = Vec::new();
    for area in parts.iter().flat_map(|part| part.areas.iter()) {
        if !areas.contains(area) {
            areas.push(*area);
        }
    }
    let label = if same_product {
        label_dose(main.product, &areas)
    } else {
        None
    };

    // The effect at its best comes from the latest judged part with the best result.
    let judged: Vec<&Treatment> = parts
        .iter()
        .copied()
        .filter(|part| !pending(part))
        .collect();
    // max_by_key keeps the last of equal maxima: the latest part.
    let best = judged.iter().copied().max_by_key(|part| rank(part.result));
    let (outcome, lasted_weeks, uneven) = match best {
        Some(part) => {
            let outcome = match part.result {
                Outcome::NotYet => Outcome::NoEffect,
                other => other,
            };
            let lasted = part.lasted_weeks.or_else(|| {
                judged
                    .iter()
                    .filter_map(|other| other.lasted_weeks)
                    .reduce(f64::max)
            });
            (Some(outcome), lasted, part.uneven)
        }
        None => (None, None, false),
    };

    Visit {
        date: main.date,
        product: main.product,
        provider: main.provider,
        first,
        units,
        given,
        comparable,
        comparable_known,
        label,
        outcome,
        lasted_weeks,
        uneven,
        best_weeks_before: None,
        shorter: false,
    }
}

/// The units of a visit's parts, summed by product in the order the products first appear;
/// empty unless every part gives units.
fn given_dose(parts: &[&Treatment]) -> Vec<Amount> {
    let mut given: Vec<Amount> = Vec::new();
    for part in parts {
        let Some(units) = part.units else {
            return Vec::new();
        };
        match given
            .iter_mut()
            .find(|amount| amount.product == part.product)
        {
            Some(amount) => amount.units += units,
            None => given.push(Amount {
                product: part.product,
                units,
            }),
        }
    }
    given
}

/// The best earlier duration for `visit`, and whether its own lasted markedly shorter.
fn duration_against(earlier: &[Visit], visit: &Visit) -> (Option<f64>, bool) {
    let best = earlier
        .iter()
        .filter(|before| before.judged() && same_duration_class(before.product, visit.product))
        .filter_map(|before| before.lasted_weeks)
        .reduce(f64::max);
    let shorter = match (visit.lasted_weeks, best) {
        (Some(lasted), Some(best)) if visit.judged() => at_most_share(lasted, SHORTER_SHARE, best),
        _ => false,
    };
    (best, shorter)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::input::history_from_json;

    fn reading(text: &str) -> Reading {
        let today = crate::date::Date::parse_iso("2026-11-28").unwrap();
        read(&history_from_json(text, today).unwrap())
    }

    #[test]
    fn converts_units_and_sums_labels() {
        assert_eq!(comparable_units(Product::Dysport, 50.0), Some(20.0));
        assert_eq!(comparable_units(Product::Daxxify, 40.0), Some(20.0));
        assert_eq!(comparable_units(Product::Unknown, 40.0), None);
        assert_eq!(
            label_dose(Product::Botox, &[Area::FrownLines, Area::Forehead]),
            Some(40.0)
        );
        assert_eq!(
            label_dose(Product::Botox, &[Area::FrownLines, Area::Jaw]),
            None
        );
        assert_eq!(label_dose(Product::Botox, &[]), None);
    }

    #[test]
    fn joins_touch_ups_and_measures_intervals() {
        let r = reading(
            r#"{"assessed_on":"2026-11-28","treatments":[
              {"date":"2026-03-01","product":"botox","units":20,"result":"full","lasted_weeks":12},
              {"date":"2026-01-01","product":"botox","units":20,"result":"partial"},
              {"date":"2026-01-22","product":"botox","units":10,"result":"full","lasted_weeks":9},
              {"date":"2026-11-20","product":"dysport","units":50,"result":"not_yet"}]}"#,
        );
        assert_eq!(r.visits.len(), 3);
        assert_eq!(r.touch_ups.len(), 1);
        let first = &r.visits[0];
        assert_eq!(first.units, Some(30.0));
        assert_eq!(first.outcome, Some(Outcome::Full));
        assert_eq!(first.lasted_weeks, Some(9.0));
        assert_eq!(r.interval_days[0], 59);
        assert!(!r.visits[1].shorter);
        assert_eq!(r.visits[2].comparable, Some(20.0));
        assert_eq!(r.visits[2].outcome, None);
        assert!(r.newest.unwrap().pending);
    }

    #[test]
    fn not_yet_after_two_weeks_reads_as_no_effect() {
        let r = reading(
            r#"{"assessed_on":"2026-11-28","treatments":[
              {"date":"2026-11-14","product":"botox","result":"not_yet"}]}"#,
        );
        assert_eq!(r.newest.unwrap().days, 14);
        assert!(!r.newest.unwrap().pending);
        assert_eq!(r.visits[0].outcome, Some(Outcome::NoEffect));
    }
}
