//! The first step's hand-over between the loader and the wasm, declared once: the DOM names
//! by which the loader (web/loader/) marks what the visitor did on the prerendered first
//! step and the wasm (`embed::take_over`) reads it back, and those the widget's markup
//! gives the loader to find. The prerender binary writes them out (`names`) and the build
//! bundles them into the loader, so neither side spells them itself.

// Class names that other names are built from (a const cannot be concatenated).
macro_rules! nav {
    () => {
        "rc-nav"
    };
}
macro_rules! privacy_line {
    () => {
        "rc-privacy"
    };
}

/// The class of the widget's root element in the host's shadow root.
pub const ROOT: &str = "rc";
/// Marks the root the loader filled with the prerendered first step.
pub const PRERENDERED: &str = "data-rc-static";
/// Marks a prerendered first step whose button the visitor pressed before the wasm came.
pub const PRESSED: &str = "data-rc-pressed";
/// Marks a prerendered first step whose language the visitor switched.
pub const LANGUAGE_CHOSEN: &str = "data-rc-language-chosen";
/// Set on the pressed button while the wasm is on its way.
pub const BUSY: &str = "aria-busy";
/// The id of the language switch (a select) in the widget's bar.
pub const LANGUAGE_SWITCH: &str = "rc-language";
/// The class of the step's navigation (its back and next buttons).
pub const NAV: &str = nav!();
/// The first step's "continue" (the only button of its navigation, and the widget's only
/// navigation while it shows the first step).
pub const NEXT_BUTTON: &str = concat!(".", nav!(), " button");
/// The class of the privacy line, one `<span>` per sentence.
pub const PRIVACY_LINE: &str = privacy_line!();
/// The privacy line's sentences after its first (that the answers stay in the browser),
/// which are the default configuration's only: the loader drops them for an opt-in.
pub const PRIVACY_CLAIMS: &str = concat!(".", privacy_line!(), " > span + span");
/// Marks the host while its widget is printed; the loader's print rule shows it alone.
pub const PRINTING: &str = "data-rc-printing";
/// The id of every step's heading: what the step's and the dialog's `aria-labelledby`
/// point at, and where the dialog puts the focus when it opens.
pub const STEP_HEADING: &str = "rc-step-heading";
/// Marks the element of the host's shadow root that the widget's root goes in when it is
/// not the shadow root itself (the dialog's body, web/loader/modes/dialog.js).
pub const MOUNT_POINT: &str = "data-rc-mount";

/// The names as the loader reads them (`RC_HANDOVER.<key>`), for the prerender to write out.
pub fn names() -> [(&'static str, &'static str); 11] {
    [
        ("root", ROOT),
        ("prerendered", PRERENDERED),
        ("pressed", PRESSED),
        ("languageChosen", LANGUAGE_CHOSEN),
        ("busy", BUSY),
        ("languageSwitch", LANGUAGE_SWITCH),
        ("nextButton", NEXT_BUTTON),
        ("privacyClaims", PRIVACY_CLAIMS),
        ("printing", PRINTING),
        ("stepHeading", STEP_HEADING),
        ("mountPoint", MOUNT_POINT),
    ]
}
