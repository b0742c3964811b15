//! The widget's state and every way it can change: a pure state machine, so that going
//! back, changing answers and switching language keep every answer, and tests can drive
//! it natively. The Yew reducer in `ui::state` only wraps it.

use std::rc::Rc;

use crate::clinic::{Language, OfferedPaths};
use crate::date::Date;
use crate::engine::model::{Assessment, History, RedFlag, Sex, Verdict};
use crate::engine::{assess, InputError};
use crate::sorting::set_membership;

use super::quick::{AboutYou, Question, QuickAnswer, QuickAnswers};
use super::visits::{build_history, next_draft, FieldError, VisitDraft, VisitEdit};

/// The two ways through the questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathKind {
    Quick,
    Detailed,
}

/// Where the visitor is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Safety,
    ChoosePath,
    /// The quick check's question at this index of `QuickAnswers::questions`.
    Quick(usize),
    Visits,
    About,
    Result,
}

/// A change to the about-you answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AboutEdit {
    Sex(Option<Sex>),
    VeryActive(bool),
    Autoimmune(bool),
    Medical(bool),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLanguage(Language),
    ToggleRedFlag(RedFlag, bool),
    FinishSafety,
    ChoosePath(PathKind),
    Answer(QuickAnswer),
    Next,
    Back,
    EditAbout(AboutEdit),
    AddVisit,
    RemoveVisit(usize),
    EditVisit(usize, VisitEdit),
    /// Fills the visits from a history kept on this device; the step stays where it is, so
    /// the safety screen still comes first.
    RestoreHistory(History),
    /// Fills the quick check's answers (and the about-you ones) kept on this device; as for
    /// a history, the safety screen still comes first.
    RestoreQuick(QuickAnswers, AboutYou),
    /// Fills the visits from a history file the visitor chose, and shows them for review.
    ImportHistory(History),
    /// A history file that could not be used, with the engine's reason (worded when shown,
    /// in the language of the moment).
    ImportFailed(InputError),
    /// Whether the visitor asked to keep the answers on this device.
    SetRemember(bool),
    /// Drops the answers kept on this device.
    Forget,
    /// Where the visitor was when the answers were kept: after the safety screen, the
    /// widget returns there, in that language.
    RestorePlace(Place),
    ChangeAnswers,
    /// Clears every answer; `Undo` brings them back while the first screen is shown.
    StartOver,
    Undo,
}

/// The path, step and language of a visitor whose answers are kept on the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub path: PathKind,
    pub step: Step,
    pub language: Language,
}

/// The detailed path's steps worth returning to, by the names they are kept under: one
/// table both ways. The quick path's are "quick-2" (its question at index 2) and
/// "quick-result"; these names, first kept by the detailed path alone, read as before.
const KEPT_STEPS: [(Step, &str); 3] = [
    (Step::Visits, "visits"),
    (Step::About, "about"),
    (Step::Result, "result"),
];
const QUICK_PREFIX: &str = "quick-";

impl Place {
    /// "about:es", "quick-3:en": how a place is kept beside the answers; `None` for a step
    /// not kept.
    pub fn to_text(self) -> Option<String> {
        let name = match (self.path, self.step) {
            (PathKind::Quick, Step::Quick(index)) => format!("{QUICK_PREFIX}{index}"),
            (PathKind::Quick, Step::Result) => format!("{QUICK_PREFIX}result"),
            (PathKind::Quick, _) => return None,
            (PathKind::Detailed, step) => {
                let (_, name) = KEPT_STEPS.iter().find(|(kept, _)| *kept == step)?;
                name.to_string()
            }
        };
        Some(format!("{name}:{}", self.language.code()))
    }

    /// The place that `to_text` wrote; `None` for anything else.
    pub fn from_text(text: &str) -> Option<Place> {
        let (name, language) = text.split_once(':')?;
        let language = Language::from_tag(language)?;
        let (path, step) = match name.strip_prefix(QUICK_PREFIX) {
            Some("result") => (PathKind::Quick, Step::Result),
            // Digits only: "+1" or " 1" were never written.
            Some(index) if !index.is_empty() && index.bytes().all(|b| b.is_ascii_digit()) => {
                (PathKind::Quick, Step::Quick(index.parse().ok()?))
            }
            Some(_) => return None,
            None => {
                let (step, _) = KEPT_STEPS.iter().find(|(_, kept)| *kept == name)?;
                (PathKind::Detailed, *step)
            }
        };
        Some(Place {
            path,
            step,
            language,
        })
    }
}

/// What the engine said, with the history it was said of.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessed {
    pub history: History,
    pub assessment: Assessment,
    pub path: Option<PathKind>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FormState {
    pub language: Language,
    pub offered: OfferedPaths,
    /// The visitor's date today, for `assessed_on` and date checks.
    pub today: Date,
    pub step: Step,
    pub red_flags: Vec<RedFlag>,
    pub path: Option<PathKind>,
    pub quick: QuickAnswers,
    pub about: AboutYou,
    pub visits: Vec<VisitDraft>,
    pub errors: Vec<FieldError>,
    /// Shared, not copied, with the result's components and effects on every render.
    pub outcome: Option<Rc<Assessed>>,
    /// Whether the visitor has gone past the first screen (for the start event).
    pub started: bool,
    /// Keep the detailed history on this device (opt-in, off by default).
    pub remember: bool,
    /// The visits came from this device's storage.
    pub restored: bool,
    /// The visitor just asked to forget the kept answers.
    pub forgotten: bool,
    /// The outcome of the last history file: treatments loaded, or why it failed.
    pub import: Option<Result<usize, InputError>>,
    /// Where to return after the safety screen (a kept place).
    pub resume: Option<Place>,
    /// How many times the visits were checked and found wanting: focus goes to the first
    /// field in error after each, and only then.
    pub failed_checks: u32,
    /// Everything as it was before "Start over", while it can still be undone.
    pub undo: Option<Box<FormState>>,
}

impl FormState {
    pub fn new(language: Language, offered: OfferedPaths, today: Date) -> FormState {
        FormState {
            language,
            offered,
            today,
            step: Step::Safety,
            red_flags: Vec::new(),
            path: None,
            quick: QuickAnswers::default(),
            about: AboutYou::default(),
            visits: vec![next_draft(None, today)],
            errors: Vec::new(),
            outcome: None,
            started: false,
            remember: false,
            restored: false,
            forgotten: false,
            import: None,
            resume: None,
            failed_checks: 0,
            undo: None,
        }
    }

    /// Whether the visitor has answered anything that starting over would lose.
    pub fn has_entries(&self) -> bool {
        let blank = FormState::new(self.language, self.offered, self.today);
        self.visits != blank.visits
            || self.quick != blank.quick
            || self.about != blank.about
            || !self.red_flags.is_empty()
    }

    /// Where the visitor is, when it is a place worth keeping: a step of the path they are
    /// on, or that path's result.
    pub fn place(&self) -> Option<Place> {
        let path = self.path?;
        let result_of_path = self.outcome.as_ref().is_some_and(|o| o.path == Some(path));
        if self.step == Step::Result && !result_of_path {
            return None;
        }
        let place = Place {
            path,
            step: self.step,
            language: self.language,
        };
        place.to_text().map(|_| place)
    }

    /// Whether `path` is one this clinic offers.
    fn offers(&self, path: PathKind) -> bool {
        match path {
            PathKind::Quick => self.offered.quick,
            PathKind::Detailed => self.offered.detailed,
        }
    }

    /// The only path offered, when just one is.
    fn single_path(&self) -> Option<PathKind> {
        match (self.offered.quick, self.offered.detailed) {
            (true, false) => Some(PathKind::Quick),
            (false, true) => Some(PathKind::Detailed),
            _ => None,
        }
    }

    /// The steps of the current path, in order, for "step X of Y".
    pub fn steps(&self) -> Vec<Step> {
        let mut steps = vec![Step::Safety];
        if self.single_path().is_none() {
            steps.push(Step::ChoosePath);
        }
        match self.path.or(self.single_path()) {
            Some(PathKind::Quick) | None => {
                steps.extend((0..self.quick.questions().len()).map(Step::Quick));
            }
            Some(PathKind::Detailed) => steps.extend([Step::Visits, Step::About]),
        }
        steps.push(Step::Result);
        steps
    }

    /// (X, Y) of "step X of Y", Y counting the steps of the path the visitor is on; `None`
    /// for Y until a path is chosen, which decides it.
    pub fn progress(&self) -> (usize, Option<usize>) {
        let steps = self.steps();
        let at = steps.iter().position(|s| *s == self.step).unwrap_or(0);
        let known = self.path.or(self.single_path()).is_some();
        (at + 1, known.then_some(steps.len()))
    }

    /// The quick question shown at `Step::Quick(index)`.
    pub fn quick_question(&self, index: usize) -> Option<Question> {
        self.quick.questions().get(index).copied()
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetLanguage(language) => self.language = language,
            Action::ToggleRedFlag(flag, on) => set_membership(&mut self.red_flags, flag, on),
            Action::FinishSafety => {
                self.started = true;
                self.undo = None;
                let resume = self.resume.take().filter(|place| self.offers(place.path));
                if let (true, Some(place)) = (self.red_flags.is_empty(), resume) {
                    self.resume_at(place);
                } else if self.red_flags.is_empty() {
                    self.step = match self.single_path() {
                        Some(path) => self.enter_path(path),
                        None => Step::ChoosePath,
                    };
                } else {
                    // Symptoms come before everything else: the result says get help now.
                    let mut history = History::new(self.today);
                    history.red_flags = self.red_flags.clone();
                    self.show_result(history, None);
                }
            }
            Action::ChoosePath(path) => self.step = self.enter_path(path),
            Action::Answer(answer) => {
                self.quick.set(answer);
                self.advance_quick();
            }
            Action::Next => match self.step {
                Step::Quick(_) => self.advance_quick(),
                Step::Visits => self.check_visits(Step::About),
                Step::About => self.check_visits(Step::Result),
                Step::Safety => self.apply(Action::FinishSafety),
                Step::ChoosePath | Step::Result => {}
            },
            Action::Back => self.step = self.previous_step(),
            Action::EditAbout(edit) => match edit {
                AboutEdit::Sex(sex) => self.about.sex = sex,
                AboutEdit::VeryActive(on) => self.about.very_active = on,
                AboutEdit::Autoimmune(on) => self.about.autoimmune = on,
                AboutEdit::Medical(on) => self.about.medical = on,
            },
            Action::AddVisit => {
                let draft = next_draft(self.visits.last(), self.today);
                // The treatments before fold into a line each, once they are complete.
                let today = self.today;
                for visit in &mut self.visits {
                    visit.folded = visit.check(today).is_ok();
                }
                self.visits.push(draft);
            }
            Action::RemoveVisit(index) => {
                if index < self.visits.len() {
                    self.visits.remove(index);
                    // Errors name visits by index: recheck rather than misplace them.
                    self.errors.clear();
                }
                if self.visits.is_empty() {
                    self.visits.push(next_draft(None, self.today));
                }
            }
            Action::EditVisit(index, edit) => {
                if let Some(draft) = self.visits.get_mut(index) {
                    draft.apply(edit);
                }
                self.recheck_visit(index);
            }
            Action::RestoreHistory(history) => {
                self.fill_from(&history);
                self.restored = true;
                self.remember = true;
            }
            Action::RestoreQuick(answers, about) => {
                self.quick = answers;
                self.about = about;
                self.path = Some(PathKind::Quick);
                self.restored = true;
                self.remember = true;
            }
            Action::ImportHistory(history) => {
                self.fill_from(&history);
                self.import = Some(Ok(history.treatments.len()));
                self.started = true;
                self.step = Step::Visits;
            }
            Action::ImportFailed(reason) => self.import = Some(Err(reason)),
            Action::SetRemember(on) => {
                self.remember = on;
                self.forgotten = false;
            }
            Action::Forget => {
                self.remember = false;
                self.restored = false;
                self.forgotten = true;
            }
            Action::ChangeAnswers => {
                self.step = match self.outcome.as_ref().and_then(|o| o.path) {
                    Some(PathKind::Quick) => Step::Quick(0),
                    Some(PathKind::Detailed) => Step::Visits,
                    None => Step::Safety,
                };
            }
            Action::RestorePlace(place) => {
                self.language = place.language;
                // Only a place on the path of the answers restored.
                self.resume = (self.path == Some(place.path)).then_some(place);
            }
            Action::StartOver => {
                let remember = self.remember;
                let mut before = std::mem::replace(
                    self,
                    FormState::new(self.language, self.offered, self.today),
                );
                self.remember = remember;
                if before.has_entries() {
                    before.undo = None;
                    self.undo = Some(Box::new(before));
                }
            }
            Action::Undo => {
                if let Some(before) = self.undo.take() {
                    *self = *before;
                }
            }
        }
    }

    /// Takes the visits and about-you answers of `history` into the form.
    fn fill_from(&mut self, history: &History) {
        self.visits = history
            .treatments
            .iter()
            .map(VisitDraft::from_treatment)
            .collect();
        if self.visits.is_empty() {
            self.visits.push(next_draft(None, self.today));
        }
        self.about = AboutYou::from_history(history);
        self.path = Some(PathKind::Detailed);
        self.errors.clear();
    }

    /// Takes the visitor back to a kept place, through the checks that lead there.
    fn resume_at(&mut self, place: Place) {
        self.path = Some(place.path);
        match (place.path, place.step) {
            (PathKind::Detailed, step @ (Step::About | Step::Result)) => self.check_visits(step),
            (PathKind::Detailed, _) => self.step = Step::Visits,
            (PathKind::Quick, Step::Result) => self.show_quick_result(),
            (PathKind::Quick, Step::Quick(index)) => {
                let last = self.quick.questions().len().saturating_sub(1);
                self.step = Step::Quick(index.min(last));
            }
            (PathKind::Quick, _) => self.step = Step::Quick(0),
        }
    }

    /// After an edit, a flagged field of visit `index` loses its message once its value is
    /// right, and a message still due follows the value now typed. Nothing new is flagged
    /// while the visitor types: that waits for Next.
    fn recheck_visit(&mut self, index: usize) {
        if !self.errors.iter().any(|error| error.visit == index) {
            return;
        }
        let Some(draft) = self.visits.get(index) else {
            return;
        };
        let now = draft.check(self.today).err().unwrap_or_default();
        self.errors.retain_mut(|error| {
            if error.visit != index {
                return true;
            }
            match now.iter().find(|(field, _)| *field == error.field) {
                Some((_, problem)) => {
                    error.problem = problem.clone();
                    true
                }
                None => false,
            }
        });
    }

    fn enter_path(&mut self, path: PathKind) -> Step {
        self.path = Some(path);
        match path {
            PathKind::Quick => Step::Quick(0),
            PathKind::Detailed => Step::Visits,
        }
    }

    fn advance_quick(&mut self) {
        let Step::Quick(index) = self.step else {
            return;
        };
        let questions = self.quick.questions();
        if index + 1 < questions.len() {
            self.step = Step::Quick(index + 1);
        } else {
            self.show_quick_result();
        }
    }

    fn show_quick_result(&mut self) {
        let (history, assessment) = self.quick.assess(&self.about, &self.red_flags, self.today);
        self.show_outcome(history, assessment, Some(PathKind::Quick));
    }

    /// Validates the visits; on success moves to `next` (the result is computed there).
    fn check_visits(&mut self, next: Step) {
        match build_history(&self.visits, &self.about, &self.red_flags, self.today) {
            Ok(history) => {
                self.errors.clear();
                if next == Step::Result {
                    self.show_result(history, Some(PathKind::Detailed));
                } else {
                    self.step = next;
                }
            }
            Err(errors) => {
                // A treatment with a problem is shown whole, its fields marked.
                for error in &errors {
                    if let Some(visit) = self.visits.get_mut(error.visit) {
                        visit.folded = false;
                    }
                }
                self.errors = errors;
                self.failed_checks += 1;
                self.step = Step::Visits;
            }
        }
    }

    fn show_result(&mut self, history: History, path: Option<PathKind>) {
        let assessment = assess(&history);
        self.show_outcome(history, assessment, path);
    }

    fn show_outcome(&mut self, history: History, assessment: Assessment, path: Option<PathKind>) {
        self.outcome = Some(Rc::new(Assessed {
            history,
            assessment,
            path,
        }));
        self.step = Step::Result;
    }

    fn previous_step(&self) -> Step {
        let steps = self.steps();
        match self.step {
            // From a seek-care result, back is the safety screen.
            Step::Result if self.outcome.as_ref().is_some_and(|o| o.path.is_none()) => Step::Safety,
            step => {
                let at = steps.iter().position(|s| *s == step).unwrap_or(0);
                steps[at.saturating_sub(1)]
            }
        }
    }

    /// The verdict on screen, if a result is shown.
    pub fn verdict(&self) -> Option<Verdict> {
        (self.step == Step::Result)
            .then(|| self.outcome.as_ref().map(|o| o.assessment.verdict))
            .flatten()
    }
}
