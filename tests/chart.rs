//! The history chart's layout natively: visits placed in date order, dose heights ordered
//! as the comparable units are, durations and highlights where the assessment points,
//! month-and-year labels that never overlap, and a single visit drawn in proportion.
#![cfg(not(target_arch = "wasm32"))]

use resistance_check::chart::{layout, trend, DoseTrend, BASELINE, NARROW_WIDTH, WIDTH};
use resistance_check::date::Date;
use resistance_check::engine::model::{Amount, Product};
use resistance_check::engine::{assess, history_from_json};

fn history(json: &str) -> resistance_check::engine::History {
    history_from_json(json, Date::parse_iso("2026-11-28").unwrap()).unwrap()
}

const FADING: &str = r#"{"assessed_on":"2023-06-30","treatments":[
  {"date":"2022-07-12","product":"botox","units":20,"result":"partial","lasted_weeks":10},
  {"date":"2021-02-10","product":"botox","units":20,"result":"full","lasted_weeks":14},
  {"date":"2021-06-15","product":"botox","units":20,"result":"full","lasted_weeks":14},
  {"date":"2022-11-20","product":"botox","units":20,"result":"partial","lasted_weeks":8},
  {"date":"2023-04","product":"botox","units":20,"result":"partial","lasted_weeks":6}]}"#;

#[test]
fn visits_are_placed_in_date_order_whatever_the_entry_order() {
    let h = history(FADING);
    let chart = layout(&h, &assess(&h), WIDTH).unwrap();
    let xs: Vec<f64> = chart.visits.iter().map(|v| v.x).collect();
    assert_eq!(xs.len(), 5);
    assert!(xs.windows(2).all(|pair| pair[0] < pair[1]), "{xs:?}");
    assert!(xs.iter().all(|x| *x >= chart.left && *x <= chart.right));
    // The narrow layout keeps the order and fits its own, narrower width.
    let narrow = layout(&h, &assess(&h), NARROW_WIDTH).unwrap();
    assert!(narrow.visits.windows(2).all(|pair| pair[0].x < pair[1].x));
    assert!(narrow.visits.iter().all(|v| v.x <= NARROW_WIDTH));
    // Durations end after their visit, in proportion to the weeks.
    let first = &chart.visits[0];
    assert!(first.lasted_until_x.unwrap() > first.x);
}

#[test]
fn dose_heights_follow_comparable_units_across_products() {
    // 50 Dysport units compare as 20; 30 Botox stands taller; 10 Xeomin lower.
    let h = history(
        r#"{"assessed_on":"2026-11-28","treatments":[
      {"date":"2025-01-10","product":"dysport","units":50,"result":"full","lasted_weeks":13},
      {"date":"2025-05-10","product":"botox","units":30,"result":"full","lasted_weeks":13},
      {"date":"2025-09-10","product":"xeomin","units":10,"result":"partial","lasted_weeks":6},
      {"date":"2026-01-10","product":"other","result":"full"}]}"#,
    );
    let chart = layout(&h, &assess(&h), WIDTH).unwrap();
    let v = &chart.visits;
    assert_eq!(v[0].dose, Some(20.0));
    assert!(
        v[1].y < v[0].y && v[0].y < v[2].y,
        "taller bars for larger doses"
    );
    assert_eq!(v[3].dose, None);
    assert_eq!(v[3].y, BASELINE);
    assert!(v[1].product_changed && v[2].product_changed && !v[0].product_changed);
}

#[test]
fn the_visits_the_causes_point_at_are_flagged() {
    let h = history(
        r#"{"assessed_on":"2026-04-01","treatments":[
      {"date":"2025-01-05","product":"botox","units":24,"result":"full","lasted_weeks":13},
      {"date":"2025-05-10","product":"botox","units":24,"result":"full","lasted_weeks":13},
      {"date":"2025-07-20","product":"botox","units":24,"result":"full","lasted_weeks":12,"provider":"new"},
      {"date":"2026-02-01","product":"botox","units":12,"result":"partial","lasted_weeks":6}]}"#,
    );
    let chart = layout(&h, &assess(&h), WIDTH).unwrap();
    let flagged: Vec<bool> = chart.visits.iter().map(|v| v.flagged).collect();
    assert_eq!(flagged.last(), Some(&true), "the lower dose is highlighted");
    assert!(!flagged[0]);
    assert!(
        chart.visits[2].short_interval_before,
        "71 days after the visit before"
    );
    assert!(chart.visits[2].new_injector);
}

#[test]
fn the_trend_names_the_span_the_durations_and_the_dose() {
    let h = history(FADING);
    let t = trend(&h).unwrap();
    assert_eq!(t.visits, 5);
    assert_eq!(t.first.day.to_string(), "2021-02-10");
    assert!(t.last.month_only);
    assert_eq!((t.first_weeks, t.last_weeks), (Some(14.0), Some(6.0)));
    let botox_20 = vec![Amount {
        product: Product::Botox,
        units: 20.0,
    }];
    assert_eq!(t.dose, DoseTrend::Same(botox_20));
}

#[test]
fn a_trend_across_brands_quotes_each_dose_as_given() {
    let h = history(
        r#"{"assessed_on":"2026-11-28","treatments":[
      {"date":"2026-01-05","product":"botox","units":20,"result":"full","lasted_weeks":13},
      {"date":"2026-04-06","product":"botox","units":20,"result":"full","lasted_weeks":5},
      {"date":"2026-07-06","product":"dysport","units":50,"result":"full","lasted_weeks":5}]}"#,
    );
    let t = trend(&h).unwrap();
    let amount = |product, units| vec![Amount { product, units }];
    assert_eq!(
        t.dose,
        DoseTrend::SameCompared {
            first: amount(Product::Botox, 20.0),
            last: amount(Product::Dysport, 50.0),
        }
    );
    let chart = layout(&h, &assess(&h), WIDTH).unwrap();
    assert_eq!(chart.visits[2].given, amount(Product::Dysport, 50.0));
    assert_eq!(chart.visits[2].dose, Some(20.0), "the bar compares");
}

#[test]
fn an_empty_history_has_no_chart() {
    let h = history(r#"{"assessed_on":"2026-11-28","treatments":[]}"#);
    assert!(layout(&h, &assess(&h), WIDTH).is_none());
    assert!(trend(&h).is_none());
}

#[test]
fn the_time_axis_is_labelled_by_month_and_year_without_overlap() {
    let h = history(FADING);
    for width in [WIDTH, NARROW_WIDTH] {
        let chart = layout(&h, &assess(&h), width).unwrap();
        let ticks = &chart.time_ticks;
        assert!(ticks.len() >= 2, "{width}: {ticks:?}");
        assert!(ticks.iter().all(|t| t.month.day() == 1), "{ticks:?}");
        assert!(ticks
            .iter()
            .all(|t| t.position >= chart.left && t.position <= chart.right));
        // Far enough apart for a label such as "Sep 2025" at the chart's text size.
        assert!(
            ticks
                .windows(2)
                .all(|pair| pair[1].position - pair[0].position >= 80.0),
            "{width}: {:?}",
            ticks.iter().map(|t| t.position).collect::<Vec<_>>()
        );
        // Every label falls between the first and the last visit's effect.
        let first = chart.visits[0].date.day;
        assert!(ticks.iter().all(|t| t.month >= first));
    }
    let wide = layout(&h, &assess(&h), WIDTH).unwrap();
    let narrow = layout(&h, &assess(&h), NARROW_WIDTH).unwrap();
    assert!(
        wide.time_ticks.len() > narrow.time_ticks.len(),
        "more labels where there is room"
    );
}

#[test]
fn one_visit_draws_its_duration_in_proportion_and_its_month() {
    let h = history(
        r#"{"assessed_on":"2025-06-01","treatments":[
      {"date":"2025-01-05","product":"botox","units":20,"result":"full","lasted_weeks":13}]}"#,
    );
    let chart = layout(&h, &assess(&h), WIDTH).unwrap();
    let visit = &chart.visits[0];
    let bar = visit.lasted_until_x.unwrap() - visit.x;
    let axis = chart.right - chart.left;
    assert!(
        bar < axis * 0.6,
        "13 weeks take {bar} of {axis}: not the whole axis"
    );
    // The axis is labelled from the visit's first months on.
    let first_label = chart.time_ticks[0].month;
    assert!(
        first_label.days_since(visit.date.day) <= 62,
        "{first_label}"
    );

    // A visit with nothing after it, days before the end of its month: its own month.
    let h = history(
        r#"{"assessed_on":"2025-06-01","treatments":[
      {"date":"2025-03-20","product":"botox","result":"not_yet"}]}"#,
    );
    let chart = layout(&h, &assess(&h), NARROW_WIDTH).unwrap();
    assert!(!chart.time_ticks.is_empty());
    assert!(chart.time_ticks.iter().all(|t| t.position <= chart.right));
}
