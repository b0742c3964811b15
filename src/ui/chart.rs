//! The history chart of the detailed path's result: inline SVG drawn from `crate::chart`,
//! with a sentence that says what it shows and a table of the same data one tap away.
//! Shapes and labels carry every meaning that colour does.

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::{
    layout, Chart, ChartVisit, BASELINE, DURATION_HEIGHT, DURATION_Y, HEIGHT, NARROW_WIDTH,
    TIME_LABEL_Y, WIDTH,
};
use crate::clinic::Language;
use crate::engine::model::Outcome;
use crate::form::state::Assessed;
use crate::i18n::chart_summary::summary_sentence;
use crate::i18n::wording::{converted, count, given_text};
use crate::i18n::{number, tenths_text, Catalog};

use super::frame::use_step;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub language: Language,
    /// The detailed path's history and its assessment.
    pub outcome: Rc<Assessed>,
}

#[component]
pub fn HistoryChart(props: &ChartProps) -> Html {
    let text = Catalog::for_language(props.language);
    let show_table = use_state(|| false);
    let heading = use_step().heading(1);
    let history = &props.outcome.history;
    let assessment = &props.outcome.assessment;
    // Two drawings of the same data; the stylesheet shows the one that suits the chart's
    // current width (a container query), so its text stays readable on a phone.
    let (Some(chart), Some(narrow)) = (
        layout(history, assessment, WIDTH),
        layout(history, assessment, NARROW_WIDTH),
    ) else {
        return html! {};
    };
    let summary = summary_sentence(text, props.language, history);
    let toggle = {
        let show_table = show_table.clone();
        Callback::from(move |_: MouseEvent| show_table.set(!*show_table))
    };
    html! {
        <div class="rc-block rc-chart">
            <@{heading} id="rc-chart-title" class="rc-subtitle">{text.chart_heading}</@>
            <p class="rc-chart-summary" id="rc-chart-summary">{summary.clone()}</p>
            // The dose axis's title as text above the drawing, where it can wrap: along the
            // axis it would not fit at a readable size on a phone.
            <p class="rc-chart-axis">{if converted(history) { text.chart_dose_axis_compared } else { text.chart_dose_axis }}</p>
            {svg(text, props.language, &narrow, &summary, "narrow")}
            {svg(text, props.language, &chart, &summary, "wide")}
            {legend(text, &chart)}
            <button type="button" class="rc-button rc-secondary rc-table-toggle rc-no-print"
                aria-expanded={if *show_table { "true" } else { "false" }} aria-controls="rc-chart-table" onclick={toggle}>
                {if *show_table { text.chart_hide_table } else { text.chart_show_table }}
            </button>
            <div id="rc-chart-table" class="rc-table-wrap" hidden={!*show_table} tabindex="0" role="region" aria-labelledby="rc-chart-title">
                {table(text, props.language, &chart)}
            </div>
        </div>
    }
}

/// The chart drawn in `chart`'s viewBox; `form` names the drawing ("narrow", "wide").
fn svg(text: &Catalog, language: Language, chart: &Chart, summary: &str, form: &str) -> Html {
    let title_id = format!("rc-chart-svg-title-{form}");
    let view_box = format!("0 0 {} {}", fmt(chart.width), fmt(HEIGHT));
    let dose_ticks = chart.dose_ticks.iter().map(|tick| {
        html! {
            <g class="rc-tick">
                <line x1={fmt(chart.left)} x2={fmt(chart.right)} y1={fmt(tick.position)} y2={fmt(tick.position)} />
                <text x={fmt(chart.left - 6.0)} y={fmt(tick.position + 4.0)} text-anchor="end">{number(language, tick.value)}</text>
            </g>
        }
    });
    // Month-and-year labels; one near the right edge ends there rather than overflow it.
    let time_ticks = chart.time_ticks.iter().map(|tick| {
        let anchor = if tick.position > chart.width - 40.0 { "end" } else { "middle" };
        let x = fmt(tick.position.min(chart.width - 2.0));
        html! {
            <g class="rc-year">
                <line x1={fmt(tick.position)} x2={fmt(tick.position)} y1={fmt(chart.top)} y2={fmt(DURATION_Y + DURATION_HEIGHT + 4.0)} />
                <text x={x} y={fmt(TIME_LABEL_Y)} text-anchor={anchor}>{text.month_year_short(tick.month)}</text>
            </g>
        }
    });
    let half = chart.bar_width / 2.0;
    let visits = chart
        .visits
        .iter()
        .enumerate()
        .map(|(index, visit)| visit_marks(text, language, chart, index, visit, half));
    html! {
        <svg class={format!("rc-chart-svg rc-chart-{form}")} viewBox={view_box} role="img" aria-labelledby={title_id.clone()} focusable="false">
            <title id={title_id}>{format!("{}. {}", text.chart_heading, summary)}</title>
            {for dose_ticks}
            {for time_ticks}
            <line class="rc-axis" x1={fmt(chart.left)} x2={fmt(chart.right)} y1={fmt(BASELINE)} y2={fmt(BASELINE)} />
            {for visits}
        </svg>
    }
}

fn visit_marks(
    text: &Catalog,
    language: Language,
    chart: &Chart,
    index: usize,
    visit: &ChartVisit,
    half: f64,
) -> Html {
    let x = visit.x;
    // The height compares (Botox-equivalent units); the label quotes the units as given.
    let label = visit
        .given
        .iter()
        .map(|amount| number(language, amount.units))
        .collect::<Vec<_>>()
        .join("+");
    let bar = visit.dose.map(|_| {
        html! {
            <>
                <rect class={if visit.flagged { "rc-bar rc-flagged" } else { "rc-bar" }}
                    x={fmt(x - half)} y={fmt(visit.y)} width={fmt(half * 2.0)} height={fmt((BASELINE - visit.y).max(1.0))} />
                <text class="rc-bar-label" x={fmt(x)} y={fmt(visit.y - 14.0)} text-anchor="middle">
                    {format!("{label}{}", if visit.flagged { "*" } else { "" })}
                </text>
            </>
        }
    });
    let unknown = visit.dose.is_none().then(|| html! {
        <text class="rc-bar-label" x={fmt(x)} y={fmt(BASELINE - 16.0)} text-anchor="middle">{if visit.flagged { "?*" } else { "?" }}</text>
    });
    let marker_y = visit.y - 6.0;
    let marker = outcome_marker(visit.outcome, x, marker_y);
    let lasted = visit.lasted_until_x.map(|end| html! {
        <rect class="rc-lasted" x={fmt(x)} y={fmt(DURATION_Y)} width={fmt((end - x).max(2.0))} height={fmt(DURATION_HEIGHT)} />
    });
    let interval = (visit.short_interval_before && index > 0).then(|| {
        let previous = &chart.visits[index - 1];
        let y = DURATION_Y + DURATION_HEIGHT + 8.0;
        html! {
            <g class="rc-short">
                <line x1={fmt(previous.x)} x2={fmt(x)} y1={fmt(y)} y2={fmt(y)} />
                <text x={fmt((previous.x + x) / 2.0)} y={fmt(y + 12.0)} text-anchor="middle">{"<12"}</text>
            </g>
        }
    });
    let new_injector = visit.new_injector.then(|| html! {
        <text class="rc-new" x={fmt(x)} y={fmt(BASELINE + 13.0)} text-anchor="middle">{"N"}</text>
    });
    let product = visit.product_changed.then(|| html! {
        <g class="rc-product-change">
            <line x1={fmt(x - half - 3.0)} x2={fmt(x - half - 3.0)} y1={fmt(chart.top)} y2={fmt(BASELINE)} />
            <text x={fmt(x - half - 5.0)} y={fmt(chart.top + 10.0)} text-anchor="end">{text.products[visit.product as usize]}</text>
        </g>
    });
    html! { <g class="rc-visit-mark">{product}{bar}{unknown}{marker}{lasted}{interval}{new_injector}</g> }
}

/// Full: a filled circle; partly: a triangle; no effect: a cross; too soon: a ring.
fn outcome_marker(outcome: Option<Outcome>, x: f64, y: f64) -> Html {
    match outcome {
        Some(Outcome::Full) => html! { <circle class="rc-full" cx={fmt(x)} cy={fmt(y)} r="5" /> },
        Some(Outcome::Partial) => html! {
            <polygon class="rc-partial" points={format!("{},{} {},{} {},{}", fmt(x), fmt(y - 6.0), fmt(x - 6.0), fmt(y + 5.0), fmt(x + 6.0), fmt(y + 5.0))} />
        },
        Some(Outcome::NoEffect) => html! {
            <path class="rc-none" d={format!("M{} {}l10 10m0 -10l-10 10", fmt(x - 5.0), fmt(y - 5.0))} />
        },
        Some(Outcome::NotYet) | None => {
            html! { <circle class="rc-pending" cx={fmt(x)} cy={fmt(y)} r="5" /> }
        }
    }
}

fn legend(text: &Catalog, chart: &Chart) -> Html {
    let has = |test: fn(&ChartVisit) -> bool| chart.visits.iter().any(test);
    let item = |marker: Html, label: &'static str| {
        html! {
            <li><svg viewBox="0 0 16 16" class="rc-key" aria-hidden="true" focusable="false">{marker}</svg>{label}</li>
        }
    };
    html! {
        <ul class="rc-legend">
            {item(outcome_marker(Some(Outcome::Full), 8.0, 8.0), text.chart_legend_full)}
            if has(|v| v.outcome == Some(Outcome::Partial)) { {item(outcome_marker(Some(Outcome::Partial), 8.0, 9.0), text.chart_legend_partial)} }
            if has(|v| v.outcome == Some(Outcome::NoEffect)) { {item(outcome_marker(Some(Outcome::NoEffect), 8.0, 8.0), text.chart_legend_none)} }
            if has(|v| v.outcome.is_none() || v.outcome == Some(Outcome::NotYet)) { {item(outcome_marker(None, 8.0, 8.0), text.chart_legend_pending)} }
            if has(|v| v.lasted_weeks.is_some()) { {item(html! { <rect class="rc-lasted" x="0" y="5" width="16" height="6" /> }, text.chart_legend_lasted)} }
            if has(|v| v.flagged) { <li><span class="rc-key-text" aria-hidden="true">{"*"}</span>{text.chart_legend_flagged}</li> }
            if has(|v| v.short_interval_before) { <li><span class="rc-key-text" aria-hidden="true">{"<12"}</span>{text.chart_legend_short}</li> }
            if has(|v| v.new_injector) { <li><span class="rc-key-text" aria-hidden="true">{"N"}</span>{text.chart_legend_new}</li> }
            if has(|v| v.product_changed) { <li><span class="rc-key-text" aria-hidden="true">{"|"}</span>{text.chart_legend_product}</li> }
        </ul>
    }
}

fn table(text: &Catalog, language: Language, chart: &Chart) -> Html {
    let rows = chart.visits.iter().map(|visit| {
        let notes: Vec<&str> = [
            (visit.flagged, text.note_flagged),
            (visit.new_injector, text.note_new_injector),
            (visit.touch_up_joined, text.note_touch_up),
            (visit.short_interval_before, text.note_short_interval),
            (visit.product_changed, text.note_product_change),
        ]
        .into_iter()
        .filter_map(|(on, note)| on.then_some(note))
        .collect();
        let result = match visit.outcome {
            Some(outcome) => text.outcomes[outcome as usize],
            None => text.outcomes[Outcome::NotYet as usize],
        };
        let dose = (!visit.given.is_empty()).then(|| given_text(text, language, &visit.given));
        let lasted = visit.lasted_weeks.map(|w| count(language, text.count_weeks, w));
        html! {
            <tr>
                <th scope="row">{text.visit_date(visit.date)}</th>
                {cell(text.chart_col_product, text.products[visit.product as usize].to_string())}
                {cell(text.chart_col_dose, dose.unwrap_or_else(|| text.chart_unknown.to_string()))}
                {cell(text.chart_col_result, result.to_string())}
                {cell(text.chart_col_lasted, lasted.unwrap_or_else(|| text.chart_unknown.to_string()))}
                if notes.is_empty() { <td class="rc-empty"></td> } else { {cell(text.chart_col_notes, notes.join("; "))} }
            </tr>
        }
    });
    html! {
        <table class="rc-data-table">
            <caption>{text.chart_heading}</caption>
            <thead>
                <tr>
                    <th scope="col">{text.chart_col_date}</th>
                    <th scope="col">{text.chart_col_product}</th>
                    <th scope="col">{text.chart_col_dose}</th>
                    <th scope="col">{text.chart_col_result}</th>
                    <th scope="col">{text.chart_col_lasted}</th>
                    <th scope="col">{text.chart_col_notes}</th>
                </tr>
            </thead>
            <tbody>{for rows}</tbody>
        </table>
    }
}

/// A cell of the table with its column's name, shown beside the value (and hidden from
/// assistive technology, which has the header) when a narrow chart stacks each row.
fn cell(column: &'static str, value: String) -> Html {
    html! { <td><span class="rc-cell-label" aria-hidden="true">{column}{": "}</span>{value}</td> }
}

/// SVG coordinates with one decimal: enough for the drawing, short in the DOM.
fn fmt(value: f64) -> String {
    tenths_text((value * 10.0).round() as i64)
}
