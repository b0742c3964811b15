//! The history chart's summary sentence: what the chart shows, for every reader (it is
//! also the drawing's text alternative).

use super::wording::{across_brands, count, given_text, when};
use super::{fill, number, Catalog};
use crate::chart::{trend, DoseTrend};
use crate::clinic::Language;
use crate::engine::model::History;

/// "6 visits from March 2021 to April 2023. The effect lasted 14 weeks at first and 6
/// weeks at the last visit, at the same dose of 20 units of Botox." Doses are quoted as
/// given; across brands, the comparable units follow. One visit reads "One visit, on
/// January 5, 2025." (or "in January 2025." for a month alone). Empty with no visits.
pub fn summary_sentence(text: &Catalog, language: Language, history: &History) -> String {
    let Some(trend) = trend(history) else {
        return String::new();
    };
    let weeks = |n| count(language, text.count_weeks, n);
    let given = |amounts: &[_]| given_text(text, language, amounts);
    if trend.visits == 1 {
        let mut sentence = fill(text.summary_one, &[&when(text, trend.first)]);
        if let Some(first) = trend.first_weeks {
            sentence.push_str(&fill(text.summary_lasted_once, &[&weeks(first)]));
        }
        return sentence;
    }
    let mut sentence = fill(
        text.summary_many,
        &[
            &count(language, text.count_visits, trend.visits as f64),
            &when(text, trend.first),
            &when(text, trend.last),
        ],
    );
    if let (Some(first), Some(last)) = (trend.first_weeks, trend.last_weeks) {
        sentence.push_str(&fill(text.summary_lasted, &[&weeks(first), &weeks(last)]));
        sentence.push_str(&match &trend.dose {
            DoseTrend::Same(dose) => fill(text.summary_same_dose, &[&given(dose)]),
            DoseTrend::SameCompared { first, last } => {
                fill(text.summary_same_compared, &[&given(first), &given(last)])
            }
            DoseTrend::Changed {
                from,
                to,
                from_compared,
                to_compared,
            } if across_brands(from, to) => fill(
                text.summary_dose_changed_compared,
                &[
                    &given(from),
                    &given(to),
                    &number(language, *from_compared),
                    &number(language, *to_compared),
                ],
            ),
            DoseTrend::Changed { from, to, .. } => {
                fill(text.summary_dose_changed, &[&given(from), &given(to)])
            }
            DoseTrend::Unknown => ".".to_string(),
        });
    }
    sentence
}
