//! The history chart's geometry and its words as data: where each visit sits in time, how
//! tall its comparable dose stands, how long its effect lasted, and which visits the
//! assessment points at. Pure, so the layout is tested natively; `ui::chart` draws it.

use crate::date::Date;
use crate::engine::model::{
    Amount, Assessment, Evidence, History, Outcome, Product, Provider, VisitDate,
};
use crate::engine::reading::{read, Visit, SHORT_INTERVAL_DAYS};

/// The drawing's coordinate space (an SVG viewBox) scales to the widget's width: this wide
/// in a wide widget, `NARROW_WIDTH` in a narrow one, so its text stays readable on a phone.
pub const WIDTH: f64 = 560.0;
pub const NARROW_WIDTH: f64 = 320.0;
pub const HEIGHT: f64 = 270.0;
const LEFT: f64 = 52.0;
const RIGHT_MARGIN: f64 = 16.0;
const TOP: f64 = 28.0;
/// The dose axis's zero line.
pub const BASELINE: f64 = 178.0;
/// The row where each effect's duration is drawn.
pub const DURATION_Y: f64 = 196.0;
pub const DURATION_HEIGHT: f64 = 12.0;
/// Where the time axis's labels sit.
pub const TIME_LABEL_Y: f64 = 236.0;
/// The shortest time axis, so that one visit (or a few close together) does not stretch
/// its duration across the whole chart: about six months.
const MIN_SPAN_DAYS: i64 = 183;
/// The room one month-and-year label takes on the time axis ("Sep 2025" at the chart's
/// text size), gap included.
const TIME_LABEL_ROOM: f64 = 84.0;
/// Steps between time labels, in months.
const MONTH_STEPS: [i32; 7] = [1, 2, 3, 6, 12, 24, 60];

/// One visit as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartVisit {
    pub date: VisitDate,
    pub product: Product,
    /// Centre of the visit on the time axis.
    pub x: f64,
    /// Comparable units, the bar's height; `None` when the dose is unknown or not comparable.
    pub dose: Option<f64>,
    /// The dose as the visitor gave it, the bar's label; empty when not known.
    pub given: Vec<Amount>,
    /// The top of the dose bar (the baseline when the dose is unknown).
    pub y: f64,
    /// `None`: too soon to judge.
    pub outcome: Option<Outcome>,
    pub lasted_weeks: Option<f64>,
    /// Where the effect's duration ends on the time axis.
    pub lasted_until_x: Option<f64>,
    pub new_injector: bool,
    pub touch_up_joined: bool,
    /// A different product from the visit before.
    pub product_changed: bool,
    /// Fewer than 12 weeks after the visit before.
    pub short_interval_before: bool,
    /// A visit the assessment's causes point at.
    pub flagged: bool,
}

/// A labelled tick on an axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub position: f64,
    pub value: f64,
}

/// A month on the time axis, labelled with its month and year.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeTick {
    pub position: f64,
    /// The first of the month (the month of the first visit, when no month begins on the
    /// axis).
    pub month: Date,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub visits: Vec<ChartVisit>,
    pub bar_width: f64,
    /// Dose ticks (value in comparable units, position on the y axis).
    pub dose_ticks: Vec<Tick>,
    /// Month-and-year labels along the time axis, spaced so they never overlap.
    pub time_ticks: Vec<TimeTick>,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    /// The viewBox width the chart was laid out for.
    pub width: f64,
}

/// How the history reads in a sentence: its span, the effect at first and last, the dose.
#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    pub visits: usize,
    pub first: VisitDate,
    pub last: VisitDate,
    pub first_weeks: Option<f64>,
    pub last_weeks: Option<f64>,
    pub dose: DoseTrend,
}

/// How the dose ran over the visits whose dose can be compared, quoted as given.
#[derive(Clone, Debug, PartialEq)]
pub enum DoseTrend {
    /// Every such visit had the same dose of the same product.
    Same(Vec<Amount>),
    /// Every such visit had about the same comparable dose, given in different products:
    /// the first and the last as given.
    SameCompared {
        first: Vec<Amount>,
        last: Vec<Amount>,
    },
    /// The first and last doses differ, as given and in comparable units.
    Changed {
        from: Vec<Amount>,
        to: Vec<Amount>,
        from_compared: f64,
        to_compared: f64,
    },
    Unknown,
}

/// Lays out the chart of `history` in a viewBox `width` wide; `None` when it has no visit.
pub fn layout(history: &History, assessment: &Assessment, width: f64) -> Option<Chart> {
    let right = width - RIGHT_MARGIN;
    let reading = read(history);
    let visits = &reading.visits;
    let first = visits.first()?.date.day;
    let last_visit = visits.last()?;
    // The axis runs to the end of the last effect, so its duration fits.
    let mut end = last_visit.date.day.add_days(14);
    for visit in visits {
        if let Some(weeks) = visit.lasted_weeks {
            end = end.max(visit.date.day.add_days((weeks * 7.0).round() as i64));
        }
    }
    let span = end.days_since(first).max(MIN_SPAN_DAYS) as f64;
    let bar_width = ((right - LEFT) / visits.len() as f64 * 0.55).clamp(4.0, 26.0);
    let inner_left = LEFT + bar_width;
    let inner_right = right - bar_width / 2.0;
    let x_of =
        |date: Date| inner_left + (inner_right - inner_left) * date.days_since(first) as f64 / span;

    let max_dose = visits
        .iter()
        .filter_map(|v| v.comparable)
        .fold(0.0_f64, f64::max);
    let dose_top = nice_ceiling(max_dose.max(10.0));
    let y_of = |dose: f64| BASELINE - (BASELINE - TOP) * dose / dose_top;
    let flagged = flagged_dates(assessment);
    let touch_ups = &reading.touch_ups;

    let drawn = visits
        .iter()
        .enumerate()
        .map(|(index, visit)| {
            let previous: Option<&Visit> = index.checked_sub(1).map(|i| &visits[i]);
            ChartVisit {
                date: visit.date,
                product: visit.product,
                x: x_of(visit.date.day),
                dose: visit.comparable,
                given: visit.given.clone(),
                y: visit.comparable.map_or(BASELINE, y_of),
                outcome: visit.outcome,
                lasted_weeks: visit.lasted_weeks,
                lasted_until_x: visit
                    .lasted_weeks
                    .map(|weeks| x_of(visit.date.day.add_days((weeks * 7.0).round() as i64))),
                new_injector: visit.provider == Provider::New && !visit.first,
                touch_up_joined: touch_ups.iter().any(|t| {
                    t.day > visit.date.day
                        && next_visit_after(visits, index).is_none_or(|n| t.day < n)
                }),
                product_changed: previous.is_some_and(|p| p.product != visit.product),
                short_interval_before: previous
                    .is_some_and(|p| visit.date.day.days_since(p.date.day) < SHORT_INTERVAL_DAYS),
                flagged: flagged.contains(&visit.date.day),
            }
        })
        .collect();

    let step = dose_top / 4.0;
    let dose_ticks = (0..=4)
        .map(|i| Tick {
            value: step * f64::from(i),
            position: y_of(step * f64::from(i)),
        })
        .collect();
    let axis_end = first.add_days(span as i64);
    let room = (inner_right - inner_left) / span * 30.44;
    let mut time_ticks = month_ticks(first, axis_end, room, &x_of);
    if time_ticks.is_empty() {
        time_ticks.push(TimeTick {
            position: x_of(first),
            month: Date::new(first.year(), first.month(), 1).unwrap_or(first),
        });
    }
    Some(Chart {
        visits: drawn,
        bar_width,
        dose_ticks,
        time_ticks,
        left: LEFT,
        right,
        top: TOP,
        width,
    })
}

/// The first days of months from `from` to `to`, every so many months that labels
/// `month_width` apart (one month's width on the axis) keep `TIME_LABEL_ROOM` between them;
/// January labels first, then every step from it.
fn month_ticks(
    from: Date,
    to: Date,
    month_width: f64,
    x_of: &dyn Fn(Date) -> f64,
) -> Vec<TimeTick> {
    let step = MONTH_STEPS
        .into_iter()
        .find(|step| f64::from(*step) * month_width >= TIME_LABEL_ROOM)
        .unwrap_or(120);
    let months = |date: Date| date.year() * 12 + i32::from(date.month()) - 1;
    (months(from)..=months(to))
        .filter(|index| index.rem_euclid(step) == 0)
        .filter_map(|index| Date::new(index.div_euclid(12), (index.rem_euclid(12) + 1) as u8, 1))
        .filter(|date| *date >= from && *date <= to)
        .map(|month| TimeTick {
            position: x_of(month),
            month,
        })
        .collect()
}

/// The day of the visit after `index`, if any.
fn next_visit_after(visits: &[Visit], index: usize) -> Option<Date> {
    visits.get(index + 1).map(|v| v.date.day)
}

/// The trend of the history in words-as-data; `None` when it has no visit.
pub fn trend(history: &History) -> Option<Trend> {
    let reading = read(history);
    let visits = &reading.visits;
    let first = visits.first()?;
    let last = visits.last()?;
    let dosed: Vec<(&Vec<Amount>, f64)> = visits
        .iter()
        .filter_map(|v| v.comparable.map(|dose| (&v.given, dose)))
        .collect();
    let dose = match (dosed.first(), dosed.last()) {
        (Some(&(first, a)), Some(&(last, b))) => {
            if dosed.iter().all(|(given, _)| *given == first) {
                DoseTrend::Same(first.clone())
            } else if dosed.iter().all(|(_, dose)| (dose - a).abs() < 0.5) {
                DoseTrend::SameCompared {
                    first: first.clone(),
                    last: last.clone(),
                }
            } else {
                DoseTrend::Changed {
                    from: first.clone(),
                    to: last.clone(),
                    from_compared: a,
                    to_compared: b,
                }
            }
        }
        _ => DoseTrend::Unknown,
    };
    Some(Trend {
        visits: visits.len(),
        first: first.date,
        last: last.date,
        first_weeks: visits.iter().find_map(|v| v.lasted_weeks),
        last_weeks: if visits.len() > 1 {
            last.lasted_weeks
        } else {
            None
        },
        dose,
    })
}

/// The days of the visits that the causes' evidence names (the baseline visit aside).
fn flagged_dates(assessment: &Assessment) -> Vec<Date> {
    assessment
        .causes
        .iter()
        .flat_map(|cause| cause.evidence.iter())
        .filter_map(|evidence| match evidence {
            Evidence::DoseDrop { date, .. }
            | Evidence::BelowLabel { date, .. }
            | Evidence::PartialResponse { date, .. }
            | Evidence::ShortDuration { date, .. }
            | Evidence::NewInjector { date }
            | Evidence::Uneven { date }
            | Evidence::SuddenFailure { date, .. }
            | Evidence::ProductChange { date, .. }
            | Evidence::NoBetterAfterSwitch { date, .. }
            | Evidence::LessResponse { date, .. }
            | Evidence::NoEffect { date }
            | Evidence::TooSoon { date, .. } => Some(date.day),
            Evidence::Male
            | Evidence::VeryActive
            | Evidence::FullResponse { .. }
            | Evidence::Stated { .. } => None,
        })
        .collect()
}

/// A round number at or above `value` for the top of the dose axis (10, 20, 40, 50, 100…).
fn nice_ceiling(value: f64) -> f64 {
    let magnitude = 10f64.powi(value.log10().floor() as i32);
    [1.0, 2.0, 4.0, 5.0, 10.0]
        .iter()
        .map(|step| step * magnitude)
        .find(|candidate| *candidate >= value)
        .unwrap_or(10.0 * magnitude)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_ceilings_are_round() {
        assert_eq!(nice_ceiling(24.0), 40.0);
        assert_eq!(nice_ceiling(20.0), 20.0);
        assert_eq!(nice_ceiling(50.0), 50.0);
        assert_eq!(nice_ceiling(120.0), 200.0);
    }
}
