//! The quick check's answers as they are kept on the visitor's device (opt-in), beside the
//! detailed path's contract history: one line of `name=Value` pairs, each answer by its
//! variant's name, so that an answer added to a question later reads back as itself and a
//! value this version does not know drops the whole line instead of restoring a wrong one.

use std::fmt::Debug;

use crate::engine::model::{Product, Sex};

use super::quick::{
    AboutYou, DoseChange, EffectChange, HowLong, HowOften, LastTreatment, NewInjector, QuickAnswer,
    QuickAnswers,
};

/// "how_long=OverThreeYears;product=Botox;sex=Female;very_active=1": the answers given, in
/// the order asked, then the about-you answers.
pub fn quick_text(answers: &QuickAnswers, about: &AboutYou) -> String {
    // Every field by name: a question added to `QuickAnswers` must be added here too.
    let QuickAnswers {
        how_long,
        how_often,
        product,
        dose,
        effect,
        last,
        injector,
    } = answers;
    let AboutYou {
        sex,
        very_active,
        autoimmune,
        medical,
    } = about;
    let answered = [
        ("how_long", how_long.map(name)),
        ("how_often", how_often.map(name)),
        ("product", product.map(name)),
        ("dose", dose.map(name)),
        ("effect", effect.map(name)),
        ("last", last.map(name)),
        ("injector", injector.map(name)),
        ("sex", sex.map(name)),
    ];
    let ticked = [
        ("very_active", *very_active),
        ("autoimmune", *autoimmune),
        ("medical", *medical),
    ];
    answered
        .into_iter()
        .filter_map(|(key, value)| Some(format!("{key}={}", value?)))
        .chain(
            ticked
                .into_iter()
                .map(|(key, on)| format!("{key}={}", u8::from(on))),
        )
        .collect::<Vec<_>>()
        .join(";")
}

/// The answers `quick_text` wrote; `None` for anything else (an unknown name or value, a
/// pair without `=`), so that nothing is restored that was not answered.
pub fn quick_from_text(text: &str) -> Option<(QuickAnswers, AboutYou)> {
    let mut answers = QuickAnswers::default();
    let mut about = AboutYou::default();
    for pair in text.split(';').filter(|pair| !pair.is_empty()) {
        let (key, value) = pair.split_once('=')?;
        match key {
            "how_long" => answers.set(QuickAnswer::HowLong(named(&HowLong::ALL, value)?)),
            "how_often" => answers.set(QuickAnswer::HowOften(named(&HowOften::ALL, value)?)),
            "product" => answers.set(QuickAnswer::Product(named(Product::ALL, value)?)),
            "dose" => answers.set(QuickAnswer::Dose(named(&DoseChange::ALL, value)?)),
            "effect" => answers.set(QuickAnswer::Effect(named(&EffectChange::ALL, value)?)),
            "last" => answers.set(QuickAnswer::Last(named(&LastTreatment::ALL, value)?)),
            "injector" => answers.set(QuickAnswer::Injector(named(&NewInjector::ALL, value)?)),
            "sex" => about.sex = Some(named(Sex::ALL, value)?),
            "very_active" => about.very_active = ticked(value)?,
            "autoimmune" => about.autoimmune = ticked(value)?,
            "medical" => about.medical = ticked(value)?,
            _ => return None,
        }
    }
    Some((answers, about))
}

/// A variant's own name: what `named` finds again.
fn name<T: Debug>(value: T) -> String {
    format!("{value:?}")
}

fn named<T: Debug + Copy>(all: &[T], wanted: &str) -> Option<T> {
    all.iter().copied().find(|value| name(*value) == wanted)
}

fn ticked(value: &str) -> Option<bool> {
    match value {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}
