//! The quick check's questions as the visitor reads them: each heading with its options,
//! in the visitor's language, for the answers given so far. Pure, tested natively.

use crate::engine::model::Product;
use crate::form::quick::{
    DoseChange, EffectChange, HowLong, HowOften, LastTreatment, NewInjector, Question, QuickAnswer,
    QuickAnswers,
};

use super::Catalog;

/// The heading and options of one quick question. After a first treatment the effect
/// question asks how it worked and offers only what one treatment can show.
pub fn quick_question(
    text: &Catalog,
    question: Question,
    answers: &QuickAnswers,
) -> (&'static str, Vec<(QuickAnswer, &'static str)>) {
    fn pairs<T: Copy>(
        all: &[T],
        words: &[&'static str],
        wrap: fn(T) -> QuickAnswer,
    ) -> Vec<(QuickAnswer, &'static str)> {
        all.iter()
            .zip(words)
            .map(|(&value, &word)| (wrap(value), word))
            .collect()
    }
    let first = answers.how_long == Some(HowLong::FirstTreatment);
    match question {
        Question::HowLong => (
            text.q_how_long,
            pairs(&HowLong::ALL, &text.how_long, QuickAnswer::HowLong),
        ),
        Question::HowOften => (
            text.q_how_often,
            pairs(&HowOften::ALL, &text.how_often, QuickAnswer::HowOften),
        ),
        Question::Product => (
            text.q_product,
            pairs(Product::ALL, &text.products, QuickAnswer::Product),
        ),
        Question::Dose => (
            text.q_dose,
            pairs(&DoseChange::ALL, &text.dose, QuickAnswer::Dose),
        ),
        Question::Effect if first => (
            text.q_effect_first,
            pairs(
                &EffectChange::FIRST_TREATMENT,
                &text.effect_first,
                QuickAnswer::Effect,
            ),
        ),
        Question::Effect => (
            text.q_effect,
            pairs(&EffectChange::ALL, &text.effect, QuickAnswer::Effect),
        ),
        Question::Last => (
            text.q_last,
            pairs(&LastTreatment::ALL, &text.last, QuickAnswer::Last),
        ),
        Question::Injector => (
            text.q_injector,
            pairs(&NewInjector::ALL, &text.injector, QuickAnswer::Injector),
        ),
        Question::About => (text.about_heading, Vec::new()),
    }
}

/// The answer already given to `question`, if any.
pub fn quick_selected(answers: &QuickAnswers, question: Question) -> Option<QuickAnswer> {
    match question {
        Question::HowLong => answers.how_long.map(QuickAnswer::HowLong),
        Question::HowOften => answers.how_often.map(QuickAnswer::HowOften),
        Question::Product => answers.product.map(QuickAnswer::Product),
        Question::Dose => answers.dose.map(QuickAnswer::Dose),
        Question::Effect => answers.effect.map(QuickAnswer::Effect),
        Question::Last => answers.last.map(QuickAnswer::Last),
        Question::Injector => answers.injector.map(QuickAnswer::Injector),
        Question::About => None,
    }
}

/// Each answered question of `answers` as (question, chosen option), in the order asked.
pub fn quick_answer_rows(text: &Catalog, answers: &QuickAnswers) -> Vec<(String, String)> {
    answers
        .questions()
        .into_iter()
        .filter_map(|question| {
            let (heading, options) = quick_question(text, question, answers);
            let chosen = quick_selected(answers, question)?;
            let word = options.iter().find(|(value, _)| *value == chosen)?.1;
            Some((heading.to_string(), word.to_string()))
        })
        .collect()
}
