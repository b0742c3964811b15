//! The assessment and the history as contract JSON text, written by hand: the same text
//! serde_json writes from the `Serialize` derives in `model` (the tests hold the two equal),
//! without serde's serializer machinery or float formatting in the wasm.

use super::json::{write_number, write_string, Json};
use super::model::{Assessment, Cause, Evidence, History, Provider, Purpose, VisitDate};

/// The history as compact JSON in canonical form (fields at their default left out), as
/// `serde_json::to_string` writes it: what the widget keeps on the device.
pub fn history_json(history: &History) -> String {
    let mut out = String::with_capacity(64 + 96 * history.treatments.len());
    let mut object = Object::open(&mut out);
    object.text("assessed_on", &history.assessed_on.to_string());
    if history.purpose != Purpose::Cosmetic {
        object.text("purpose", history.purpose.id());
    }
    if let Some(sex) = history.sex {
        object.text("sex", sex.id());
    }
    object.flag("very_active", history.very_active);
    object.flag("autoimmune", history.autoimmune);
    if !history.red_flags.is_empty() {
        object.key("red_flags");
        list(object.out, &history.red_flags, |flag, out| {
            write_string(flag.id(), out)
        });
    }
    object.key("treatments");
    list(object.out, &history.treatments, |treatment, out| {
        let mut object = Object::open(out);
        object.date("date", &treatment.date);
        object.text("product", treatment.product.id());
        object.number("units", treatment.units);
        if !treatment.areas.is_empty() {
            object.key("areas");
            list(object.out, &treatment.areas, |area, out| {
                write_string(area.id(), out)
            });
        }
        if treatment.provider != Provider::Usual {
            object.text("provider", treatment.provider.id());
        }
        object.text("result", treatment.result.id());
        object.number("lasted_weeks", treatment.lasted_weeks);
        object.flag("uneven", treatment.uneven);
        object.flag("touch_up", treatment.touch_up);
        object.close();
    });
    object.close();
    out
}

/// The history as indented JSON, as `serde_json::to_string_pretty` writes it: the file a
/// visitor downloads.
pub fn history_json_pretty(history: &History) -> String {
    // The compact text is this module's own, so it always reads back.
    match Json::parse(&history_json(history)) {
        Ok(value) => {
            let mut out = String::new();
            write_pretty(&value, 0, &mut out);
            out
        }
        Err(_) => history_json(history),
    }
}

/// serde_json's pretty layout: two spaces a level, `"key": value`, empty lists as `[]`.
fn write_pretty(value: &Json, depth: usize, out: &mut String) {
    let indent = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    match value {
        Json::Array(items) if !items.is_empty() => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                indent(out, depth + 1);
                write_pretty(item, depth + 1, out);
            }
            indent(out, depth);
            out.push(']');
        }
        Json::Object(members) if !members.is_empty() => {
            out.push('{');
            for (index, (key, item)) in members.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                indent(out, depth + 1);
                write_string(key, out);
                out.push_str(": ");
                write_pretty(item, depth + 1, out);
            }
            indent(out, depth);
            out.push('}');
        }
        other => out.push_str(&other.to_text()),
    }
}

/// The assessment as compact JSON, fields in the contract's order.
pub fn assessment_json(assessment: &Assessment) -> String {
    let mut out = String::with_capacity(256);
    let mut object = Object::open(&mut out);
    object.text("verdict", assessment.verdict.id());
    object.key("causes");
    list(object.out, &assessment.causes, write_cause);
    object.key("risk_factors");
    list(object.out, &assessment.risk_factors, |risk, out| {
        write_string(risk.id(), out)
    });
    object.key("next_steps");
    list(object.out, &assessment.next_steps, |step, out| {
        write_string(step.id(), out)
    });
    object.close();
    out
}

fn list<T>(out: &mut String, items: &[T], write: impl Fn(&T, &mut String)) {
    out.push('[');
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        write(item, out);
    }
    out.push(']');
}

fn write_cause(cause: &Cause, out: &mut String) {
    let mut object = Object::open(out);
    object.text("id", cause.id.id());
    object.text("strength", cause.strength.id());
    object.key("evidence");
    list(object.out, &cause.evidence, write_evidence);
    object.close();
}

fn write_evidence(evidence: &Evidence, out: &mut String) {
    let mut object = Object::open(out);
    match evidence {
        Evidence::TooSoon { date, days } => {
            object.text("kind", "too_soon");
            object.date("date", date);
            object.key("days");
            object.out.push_str(&days.to_string());
        }
        Evidence::DoseDrop {
            date,
            units,
            before,
            before_date,
        } => {
            object.text("kind", "dose_drop");
            object.date("date", date);
            object.number("units", Some(*units));
            object.number("before", Some(*before));
            object.date("before_date", before_date);
        }
        Evidence::BelowLabel {
            date,
            product,
            units,
            label,
        } => {
            object.text("kind", "below_label");
            object.date("date", date);
            object.text("product", product.id());
            object.number("units", Some(*units));
            object.number("label", Some(*label));
        }
        Evidence::Male => object.text("kind", "male"),
        Evidence::Stated { answer } => {
            object.text("kind", "stated");
            object.text("answer", answer.id());
        }
        Evidence::PartialResponse {
            date,
            product,
            units,
            label,
        } => {
            object.text("kind", "partial_response");
            object.date("date", date);
            object.text("product", product.id());
            object.number("units", *units);
            object.number("label", *label);
        }
        Evidence::VeryActive => object.text("kind", "very_active"),
        Evidence::ShortDuration {
            date,
            lasted_weeks,
            expected_weeks,
        } => {
            object.text("kind", "short_duration");
            object.date("date", date);
            object.number("lasted_weeks", Some(*lasted_weeks));
            object.number("expected_weeks", Some(*expected_weeks));
        }
        Evidence::NewInjector { date } => {
            object.text("kind", "new_injector");
            object.date("date", date);
        }
        Evidence::Uneven { date } => {
            object.text("kind", "uneven");
            object.date("date", date);
        }
        Evidence::SuddenFailure { date, full_before } => {
            object.text("kind", "sudden_failure");
            object.date("date", date);
            object.key("full_before");
            object.out.push_str(&full_before.to_string());
        }
        Evidence::ProductChange { date, from, to } => {
            object.text("kind", "product_change");
            object.date("date", date);
            object.text("from", from.id());
            object.text("to", to.id());
        }
        Evidence::FullResponse {
            date,
            units,
            lasted_weeks,
        } => {
            object.text("kind", "full_response");
            object.date("date", date);
            object.number("units", *units);
            object.number("lasted_weeks", *lasted_weeks);
        }
        Evidence::LessResponse {
            date,
            result,
            units,
            lasted_weeks,
            best_weeks,
        } => {
            object.text("kind", "less_response");
            object.date("date", date);
            object.text("result", result.id());
            object.number("units", *units);
            object.number("lasted_weeks", *lasted_weeks);
            object.number("best_weeks", *best_weeks);
        }
        Evidence::NoEffect { date } => {
            object.text("kind", "no_effect");
            object.date("date", date);
        }
    }
    object.close();
}

/// A JSON object being written: members are separated as they are added.
struct Object<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> Object<'a> {
    fn open(out: &'a mut String) -> Object<'a> {
        out.push('{');
        Object { out, empty: true }
    }

    fn key(&mut self, name: &str) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        write_string(name, self.out);
        self.out.push(':');
    }

    fn text(&mut self, name: &str, value: &str) {
        self.key(name);
        write_string(value, self.out);
    }

    /// `true`, or nothing: false flags are left out.
    fn flag(&mut self, name: &str, value: bool) {
        if value {
            self.key(name);
            self.out.push_str("true");
        }
    }

    /// Whole numbers as integers, as `model::serialize_number` has it; `None` is left out.
    fn number(&mut self, name: &str, value: Option<f64>) {
        if let Some(value) = value {
            self.key(name);
            write_number(value, self.out);
        }
    }

    /// `YYYY-MM-DD`, or `YYYY-MM` for a date given as a month alone.
    fn date(&mut self, name: &str, date: &VisitDate) {
        self.key(name);
        let text = if date.month_only {
            format!("{:04}-{:02}", date.day.year(), date.day.month())
        } else {
            date.day.to_string()
        };
        write_string(&text, self.out);
    }

    fn close(self) {
        self.out.push('}');
    }
}
