//! The rules: which causes, risk factors and verdict a history's reading supports.
//!
//! The problem under assessment is the run of judged visits after the last visit that
//! fully worked (or every judged visit, when none fully worked). A history whose newest
//! judged visit fully worked has no such run. Each cause looks at that run, or at the
//! history from its start, and lists the facts it rests on. `docs/rules.md` grounds each
//! rule in the clinic's article and `clinical-facts.md`.

use super::model::{
    Assessment, Cause, CauseId, Evidence, History, NextStep, Outcome, Provider, Purpose,
    RiskFactor, Sex, Strength, Verdict,
};
use super::reading::{
    at_most_share, expected_weeks, known_brand, read, Reading, Visit, HIGH_DOSE_UNITS,
    SHORTER_SHARE, SHORT_INTERVAL_DAYS, SMALLER_DOSE_SHARE,
};

/// Assesses a validated history.
pub fn assess(history: &History) -> Assessment {
    let reading = read(history);
    let view = View::new(history, &reading);

    let causes: Vec<Cause> = [
        too_early(&view),
        low_dose(&view),
        strong_muscles(&view),
        fast_metabolism(&view),
        placement(&view),
        product_issue(&view),
        resistance(&view),
        never_worked(&view),
    ]
    .into_iter()
    .flatten()
    .collect();

    let risk_factors = risk_factors(history, &reading);
    let verdict = verdict(&view, &causes);
    let next_steps = next_steps(verdict, &causes, &risk_factors, history.purpose);
    Assessment {
        verdict,
        causes,
        risk_factors,
        next_steps,
    }
}

/// What every rule looks at.
struct View<'a> {
    history: &'a History,
    reading: &'a Reading,
    /// Visits old enough to judge, in date order.
    judged: Vec<&'a Visit>,
    /// Index in `judged` of the last visit that fully worked.
    baseline: Option<usize>,
    /// Index in `judged` where the problem run starts; `judged.len()` when there is none.
    problem_start: usize,
}

impl<'a> View<'a> {
    fn new(history: &'a History, reading: &'a Reading) -> View<'a> {
        let judged: Vec<&Visit> = reading.visits.iter().filter(|v| v.judged()).collect();
        let baseline = judged.iter().rposition(|visit| !visit.worked_less());
        let problem_start = baseline.map_or(0, |index| index + 1);
        View {
            history,
            reading,
            judged,
            baseline,
            problem_start,
        }
    }

    /// The problem run with each visit's index in `judged`.
    fn problem(&self) -> impl Iterator<Item = (usize, &'a Visit)> + '_ {
        (self.problem_start..self.judged.len()).map(|index| (index, self.judged[index]))
    }

    fn problem_len(&self) -> usize {
        self.judged.len() - self.problem_start
    }

    /// The dose a judged visit is compared with: the latest earlier visit that fully
    /// worked and whose comparable dose is known ("the visits that worked").
    fn dose_reference(&self, index: usize) -> Option<&'a Visit> {
        self.judged[..index]
            .iter()
            .rev()
            .find(|before| !before.worked_less() && before.comparable.is_some())
            .copied()
    }

    /// The latest earlier visit that fully worked at a comparable dose no larger than this
    /// visit's.
    fn worked_at_or_below(&self, index: usize) -> Option<&'a Visit> {
        let units = self.judged[index].comparable?;
        self.judged[..index]
            .iter()
            .rev()
            .find(|before| {
                !before.worked_less()
                    && before
                        .comparable
                        .is_some_and(|dose| at_most_share(dose, 1.0, units))
            })
            .copied()
    }

    /// The visit is the first on another brand, after the problem run had begun on the
    /// brand before: a change that did not help.
    fn switched_within_problem(&self, index: usize) -> bool {
        index > self.problem_start && self.product_changed(index)
    }

    /// How many visits fully worked in a row up to the baseline: the steady record.
    fn steady_record(&self) -> usize {
        let Some(baseline) = self.baseline else {
            return 0;
        };
        self.judged[..=baseline]
            .iter()
            .rev()
            .take_while(|visit| !visit.worked_less())
            .count()
    }

    /// A visit of the problem run at or after a switch to a new injector within that run.
    fn since_new_injector(&self, index: usize) -> bool {
        index >= self.problem_start
            && self.judged[self.problem_start..=index]
                .iter()
                .any(|visit| View::new_injector(visit))
    }

    /// The visit's comparable dose is a fifth or more below its reference.
    fn dose_dropped(&self, index: usize) -> Option<(f64, &'a Visit)> {
        let units = self.judged[index].comparable?;
        let reference = self.dose_reference(index)?;
        let before = reference.comparable?;
        at_most_share(units, SMALLER_DOSE_SHARE, before).then_some((units, reference))
    }

    /// The visit is on a different known brand from the judged visit before it.
    fn product_changed(&self, index: usize) -> bool {
        let visit = self.judged[index];
        index > 0 && {
            let before = self.judged[index - 1];
            known_brand(visit.product)
                && known_brand(before.product)
                && before.product != visit.product
        }
    }

    fn new_injector(visit: &Visit) -> bool {
        visit.provider == Provider::New && !visit.first
    }
}

fn cause(id: CauseId, likely: bool, evidence: Vec<Evidence>) -> Option<Cause> {
    let strength = if likely {
        Strength::Likely
    } else {
        Strength::Possible
    };
    (!evidence.is_empty()).then_some(Cause {
        id,
        strength,
        evidence,
    })
}

/// The newest treatment is under 14 days old and not yet full.
fn too_early(view: &View) -> Option<Cause> {
    let newest = view.reading.newest.filter(|newest| newest.pending)?;
    let evidence = vec![Evidence::TooSoon {
        date: newest.date,
        days: newest.days,
    }];
    cause(CauseId::TooEarly, true, evidence)
}

/// A visit of the problem run had a dose a fifth below the last dose that worked fully, or
/// below the label dose for its product and areas.
fn low_dose(view: &View) -> Option<Cause> {
    let mut evidence = Vec::new();
    let mut likely = false;
    for (index, visit) in view.problem() {
        if let Some((units, reference)) = view.dose_dropped(index) {
            likely = true;
            evidence.push(Evidence::DoseDrop {
                date: visit.date,
                units: round2(units),
                before: round2(reference.comparable.unwrap_or_default()),
                before_date: reference.date,
                given: visit.given.clone(),
                before_given: reference.given.clone(),
            });
        }
        if let (Some(units), Some(label)) = (visit.units, visit.label) {
            if units < label {
                // The same dose or less worked fully before: the label alone does not
                // explain why it works less now.
                let worked_before = view.worked_at_or_below(index).map(|before| before.date);
                likely |=
                    worked_before.is_none() && at_most_share(units, SMALLER_DOSE_SHARE, label);
                evidence.push(Evidence::BelowLabel {
                    date: visit.date,
                    product: visit.product,
                    units,
                    label,
                    worked_before,
                });
            }
        }
    }
    cause(CauseId::LowDose, likely, evidence)
}

/// It never fully worked and peaked partial from the start: likely for a man, possible
/// for anyone else whose dose was at least the label dose.
fn strong_muscles(view: &View) -> Option<Cause> {
    if view.baseline.is_some() {
        return None;
    }
    let male = view.history.sex == Some(Sex::Male);
    let below_label =
        |visit: &Visit| matches!((visit.units, visit.label), (Some(u), Some(l)) if u < l);
    let at_label =
        |visit: &Visit| matches!((visit.units, visit.label), (Some(u), Some(l)) if u >= l);
    let partials: Vec<&Visit> = view
        .problem()
        .map(|(_, visit)| visit)
        .filter(|visit| visit.outcome == Some(Outcome::Partial))
        .filter(|visit| male || at_label(visit))
        .collect();
    let first = partials.first()?;
    let mut evidence = Vec::new();
    if male {
        evidence.push(Evidence::Male);
    }
    let likely = male && !below_label(first);
    evidence.extend(partials.iter().map(|visit| Evidence::PartialResponse {
        date: visit.date,
        product: visit.product,
        units: visit.units,
        label: visit.label,
    }));
    cause(CauseId::StrongMuscles, likely, evidence)
}

/// A very active visitor whose effect has been markedly short from the first visit that
/// gives a duration, for at least half of those visits.
fn fast_metabolism(view: &View) -> Option<Cause> {
    if !view.history.very_active {
        return None;
    }
    let timed: Vec<(&Visit, f64)> = view
        .judged
        .iter()
        .filter_map(|visit| visit.lasted_weeks.map(|weeks| (*visit, weeks)))
        .collect();
    let short = |(visit, weeks): &(&Visit, f64)| {
        at_most_share(*weeks, SHORTER_SHARE, expected_weeks(visit.product))
    };
    let first_short = timed.first().is_some_and(short);
    let shorts: Vec<&(&Visit, f64)> = timed.iter().filter(|entry| short(entry)).collect();
    if !first_short || shorts.len() * 2 < timed.len() {
        return None;
    }
    let mut evidence = vec![Evidence::VeryActive];
    evidence.extend(shorts.iter().map(|(visit, weeks)| Evidence::ShortDuration {
        date: visit.date,
        lasted_weeks: *weeks,
        expected_weeks: expected_weeks(visit.product),
    }));
    cause(CauseId::FastMetabolism, shorts.len() >= 2, evidence)
}

/// An uneven result, or a new injector, in the problem run. A new injector is likely the
/// cause when it worked fully before.
fn placement(view: &View) -> Option<Cause> {
    let mut evidence = Vec::new();
    let mut likely = false;
    for (_, visit) in view.problem() {
        if View::new_injector(visit) {
            likely |= view.baseline.is_some();
            evidence.push(Evidence::NewInjector { date: visit.date });
        }
        if visit.uneven {
            likely = true;
            evidence.push(Evidence::Uneven { date: visit.date });
        }
    }
    cause(CauseId::Placement, likely, evidence)
}

/// After full effects: a sudden total failure (likely after a steady record of two or more
/// full visits in a row, or with a new injector or product), a single otherwise
/// unexplained weaker visit after a steady record, or a change of product in the run.
fn product_issue(view: &View) -> Option<Cause> {
    view.baseline?;
    let start = view.problem_start;
    let first = *view.judged.get(start)?;
    let full_before = view.steady_record();
    let steady = full_before >= 2;
    let mut evidence = Vec::new();
    let mut likely = false;

    if first.outcome == Some(Outcome::NoEffect) {
        likely = steady || View::new_injector(first) || view.product_changed(start);
        evidence.push(Evidence::SuddenFailure {
            date: first.date,
            full_before,
        });
    } else if steady
        && view.problem_len() == 1
        && first.outcome == Some(Outcome::Partial)
        && !first.uneven
        && !View::new_injector(first)
        && view.dose_dropped(start).is_none()
    {
        evidence.push(less_response(first));
    }
    // A change of brand that opened the run; one made after it had begun, with no better
    // effect, points away from the product (see `resistance`).
    if view.product_changed(start) {
        evidence.push(Evidence::ProductChange {
            date: first.date,
            from: view.judged[start - 1].product,
            to: first.product,
        });
    }
    cause(CauseId::ProductIssue, likely, evidence)
}

/// Two or more visits that worked less after one that worked fully, none of them explained
/// by a smaller dose, a switch to a new injector (that visit and those after it), a change
/// of brand that opened the run, or an unevenness alone. A first visit on another brand
/// after the run had begun counts: antibodies to one type A toxin can block the others too.
/// Likely when two of them were at a known dose no smaller than before.
fn resistance(view: &View) -> Option<Cause> {
    let baseline = view.judged[view.baseline?];
    let counted: Vec<(usize, &Visit)> = view
        .problem()
        .filter(|(index, visit)| {
            let uneven_only =
                visit.uneven && visit.outcome == Some(Outcome::Full) && !visit.shorter;
            let opened_by_switch = *index == view.problem_start && view.product_changed(*index);
            view.dose_dropped(*index).is_none()
                && !view.since_new_injector(*index)
                && !opened_by_switch
                && !uneven_only
        })
        .collect();
    if counted.len() < 2 {
        return None;
    }
    let dose_known = counted
        .iter()
        .filter(|(index, visit)| {
            visit.comparable.is_some() && view.dose_reference(*index).is_some()
        })
        .count();
    let mut evidence = vec![Evidence::FullResponse {
        date: baseline.date,
        units: baseline.comparable.map(round2),
        given: baseline.given.clone(),
        lasted_weeks: baseline.lasted_weeks,
    }];
    for (index, visit) in &counted {
        evidence.push(less_response(visit));
        if view.switched_within_problem(*index) {
            evidence.push(Evidence::NoBetterAfterSwitch {
                date: visit.date,
                from: view.judged[index - 1].product,
                to: visit.product,
            });
        }
    }
    cause(CauseId::Resistance, dose_known >= 2, evidence)
}

/// No judged visit had any effect.
fn never_worked(view: &View) -> Option<Cause> {
    let all_none = view
        .judged
        .iter()
        .all(|visit| visit.outcome == Some(Outcome::NoEffect));
    if !all_none {
        return None;
    }
    let evidence: Vec<Evidence> = view
        .judged
        .iter()
        .map(|visit| Evidence::NoEffect { date: visit.date })
        .collect();
    cause(CauseId::NeverWorked, evidence.len() >= 2, evidence)
}

fn less_response(visit: &Visit) -> Evidence {
    Evidence::LessResponse {
        date: visit.date,
        result: visit.outcome.unwrap_or(Outcome::NoEffect),
        units: visit.comparable.map(round2),
        given: visit.given.clone(),
        lasted_weeks: visit.lasted_weeks,
        best_weeks: visit.best_weeks_before,
    }
}

fn risk_factors(history: &History, reading: &Reading) -> Vec<RiskFactor> {
    let present = [
        (
            RiskFactor::ShortInterval,
            reading
                .interval_days
                .iter()
                .any(|days| *days < SHORT_INTERVAL_DAYS),
        ),
        (RiskFactor::TouchUp, !reading.touch_ups.is_empty()),
        (
            RiskFactor::HighDose,
            reading
                .visits
                .iter()
                .any(|visit| visit.comparable_known >= HIGH_DOSE_UNITS),
        ),
        (RiskFactor::MedicalUse, history.purpose == Purpose::Medical),
        (RiskFactor::Autoimmune, history.autoimmune),
    ];
    present
        .into_iter()
        .filter_map(|(factor, present)| present.then_some(factor))
        .collect()
}

/// The first verdict that fits, in the contract's order of precedence.
fn verdict(view: &View, causes: &[Cause]) -> Verdict {
    // Never worked, nothing to judge, or a shortfall that no cause explains: unclear.
    let working = !view.judged.is_empty() && view.problem_len() == 0;
    verdict_in_order(!view.history.red_flags.is_empty(), causes, working)
}

/// The contract's order of verdicts: seek care for any symptom, then too early, possible
/// resistance and correctable by their causes; with none of those, `no_concern` when the
/// treatments are working and `unclear` otherwise. Shared with the quick check.
pub fn verdict_in_order(symptoms: bool, causes: &[Cause], working: bool) -> Verdict {
    let has = |id: CauseId| causes.iter().any(|cause| cause.id == id);
    let correctable = causes.iter().any(|cause| {
        !matches!(
            cause.id,
            CauseId::Resistance | CauseId::NeverWorked | CauseId::TooEarly
        )
    });
    if symptoms {
        Verdict::SeekCare
    } else if has(CauseId::TooEarly) {
        Verdict::TooEarly
    } else if has(CauseId::Resistance) {
        Verdict::PossibleResistance
    } else if correctable {
        Verdict::Correctable
    } else if working {
        Verdict::NoConcern
    } else {
        Verdict::Unclear
    }
}

/// Next steps, most relevant first: the verdict's own, then each cause's, then each risk
/// factor's, without repeats. For medical use the doctor who treats the condition comes
/// first and collagen care, a cosmetic remedy, is left out. Shared with the quick check.
pub fn next_steps(
    verdict: Verdict,
    causes: &[Cause],
    risk_factors: &[RiskFactor],
    purpose: Purpose,
) -> Vec<NextStep> {
    use NextStep::*;
    let mut steps: Vec<NextStep> = Vec::new();
    let mut add = |more: &[NextStep]| {
        for step in more {
            if !steps.contains(step) {
                steps.push(*step);
            }
        }
    };
    let medical = purpose == Purpose::Medical;
    // Advice on spacing treatments replaces "keep to your plan" when the plan is the risk.
    let spacing_advised = risk_factors
        .iter()
        .any(|f| matches!(f, RiskFactor::ShortInterval | RiskFactor::TouchUp));
    if verdict == Verdict::SeekCare {
        // Nothing else matters until a clinician has seen the symptoms.
        add(&[SeekMedicalHelpNow, ContactInjector]);
        return steps;
    }
    if medical && verdict != Verdict::NoConcern {
        add(&[SeeTreatingDoctor]);
    }
    match verdict {
        Verdict::SeekCare => {}
        Verdict::TooEarly => add(&[WaitTwoWeeks]),
        Verdict::PossibleResistance => {
            add(&[
                TestInjection,
                HigherDoseLessOften,
                DifferentNeuromodulator,
                TakeABreak,
            ]);
            if !medical {
                add(&[CollagenTreatments]);
            }
        }
        Verdict::Correctable => {}
        Verdict::Unclear => add(&[BookConsultation]),
        Verdict::NoConcern if !spacing_advised => add(&[KeepSchedule]),
        Verdict::NoConcern => {}
    }
    if verdict != Verdict::TooEarly {
        for cause in causes {
            match cause.id {
                CauseId::LowDose | CauseId::StrongMuscles | CauseId::FastMetabolism => {
                    add(&[DoseReview])
                }
                CauseId::Placement => {
                    let new_injector = cause
                        .evidence
                        .iter()
                        .any(|e| matches!(e, Evidence::NewInjector { .. }));
                    if new_injector {
                        add(&[ReturnToUsualInjector]);
                    }
                    add(&[PlacementReview]);
                }
                CauseId::ProductIssue => add(&[CheckProductSource]),
                CauseId::NeverWorked => add(&[TestInjection]),
                CauseId::TooEarly | CauseId::Resistance => {}
            }
        }
    }
    if matches!(verdict, Verdict::TooEarly | Verdict::Correctable) {
        add(&[ContactInjector]);
    }
    for factor in risk_factors {
        match factor {
            RiskFactor::ShortInterval => add(&[SpaceTreatments]),
            RiskFactor::TouchUp => add(&[AvoidTouchUps]),
            _ => {}
        }
    }
    if matches!(verdict, Verdict::PossibleResistance | Verdict::Correctable) {
        add(&[BookConsultation]);
    }
    steps
}

/// Two decimals are enough for comparable units in evidence (45 Dysport units = 18).
fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::engine::input::history_from_json;

    fn assess_text(treatments: &str) -> Assessment {
        let text = format!(r#"{{"assessed_on":"2026-11-28","treatments":[{treatments}]}}"#);
        assess(&history_from_json(&text, Date::parse_iso("2026-11-28").unwrap()).unwrap())
    }

    fn visit(date: &str) -> String {
        format!(
            r#"{{"date":"{date}","product":"botox","units":20,"areas":["frown_lines"],"result":"full","lasted_weeks":12}}"#
        )
    }

    #[test]
    fn twelve_weeks_apart_is_not_short_but_83_days_is() {
        let exact = assess_text(&[visit("2026-01-05"), visit("2026-03-30")].join(","));
        assert!(exact.risk_factors.is_empty());
        let short = assess_text(&[visit("2026-01-05"), visit("2026-03-29")].join(","));
        assert_eq!(short.risk_factors, vec![RiskFactor::ShortInterval]);
    }

    #[test]
    fn touch_up_window_is_21_days() {
        let within = assess_text(&[visit("2026-01-01"), visit("2026-01-22")].join(","));
        assert_eq!(within.risk_factors, vec![RiskFactor::TouchUp]);
        let after = assess_text(&[visit("2026-01-01"), visit("2026-01-23")].join(","));
        assert_eq!(after.risk_factors, vec![RiskFactor::ShortInterval]);
    }

    #[test]
    fn high_dose_starts_at_100_comparable_units() {
        let dose = |units: u32| {
            assess_text(&format!(
                r#"{{"date":"2026-01-05","product":"dysport","units":{units},"result":"full"}}"#
            ))
        };
        assert_eq!(dose(250).risk_factors, vec![RiskFactor::HighDose]);
        assert!(dose(249).risk_factors.is_empty());
    }

    #[test]
    fn fourteen_days_is_no_longer_too_early() {
        let thirteen = assess_text(r#"{"date":"2026-11-15","product":"botox","result":"not_yet"}"#);
        assert_eq!(thirteen.verdict, Verdict::TooEarly);
        let fourteen = assess_text(r#"{"date":"2026-11-14","product":"botox","result":"not_yet"}"#);
        assert_eq!(fourteen.verdict, Verdict::Unclear);
        assert!(fourteen.has_cause(CauseId::NeverWorked));
    }

    #[test]
    fn a_drop_of_exactly_a_fifth_is_a_smaller_dose() {
        let low_dose = |units: f64| {
            let late = format!(
                r#"{{"date":"2026-06-01","product":"botox","units":{units},"areas":["frown_lines"],"result":"partial"}}"#
            );
            let assessment =
                assess_text(&[visit("2025-06-01"), visit("2025-10-01"), late].join(","));
            assessment
                .causes
                .into_iter()
                .find(|c| c.id == CauseId::LowDose)
        };
        // 16 is a fifth below the 20 units that worked.
        let fifth = low_dose(16.0).unwrap();
        assert_eq!(fifth.strength, Strength::Likely);
        assert!(matches!(fifth.evidence[0], Evidence::DoseDrop { .. }));
        // 17 is no drop of a fifth, but below the label dose of 20: possibly low.
        let slight = low_dose(17.0).unwrap();
        assert_eq!(slight.strength, Strength::Possible);
        assert!(matches!(slight.evidence[..], [Evidence::BelowLabel { .. }]));
        assert!(low_dose(20.0).is_none());
    }
}
