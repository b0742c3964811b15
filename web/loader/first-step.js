// The first step in a host's shadow root before the wasm has arrived: the build's
// prerendered HTML (RC_FIRST_STEPS, keyed "<language>:<paths>", src/bin/prerender.rs), and
// what the visitor does there, marked with the names the wasm reads when it takes over
// (RC_HANDOVER: src/handover.rs; src/embed.rs, take_over). Also the host's own content,
// shown again when the widget cannot start or the host leaves before it did.
import { firstStepSheet } from "./assets.js";
import { headingLevelOf, languageOf, optsIn, pathsOf, spoken } from "./readings.js";

// Fills `root` with the first step in `language`, keeping the boxes already ticked. The
// prerendered privacy line is the default configuration's; for a host with an opt-in only
// its first sentence (the answers stay in the browser) is true, so the rest goes until the
// wasm shows the line for the host's configuration.
function fillFirstStep(root, language, paths, optedIn, headingLevel) {
  const ticked = [...root.querySelectorAll("input:checked")].map((input) => input.id);
  const template = document.createElement("template");
  // The step's heading (the prerendered step's only one, an h2) at the host's level.
  template.innerHTML = RC_FIRST_STEPS[`${language}:${paths}`].replace(/(<\/?h)2\b/g, `$1${headingLevel}`);
  if (optedIn) for (const claim of template.content.querySelectorAll(RC_HANDOVER.privacyClaims)) claim.remove();
  root.replaceChildren(template.content);
  for (const id of ticked) root.querySelector(`[id="${id}"]`).checked = true;
}

/**
 * Shows the first step in the host's shadow root. The boxes are real checkboxes; a press of
 * the step's button is kept (the button says it is busy) and `onPress` fetches the wasm at
 * once; the language switch swaps in the other language. The contact panel is left to the
 * wasm, which checks the clinic's values first.
 */
export function showFirstStep(host, record, onPress) {
  if (!firstStepSheet || host.shadowRoot?.querySelector(`.${RC_HANDOVER.root}`)) return;
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  shadow.adoptedStyleSheets = [firstStepSheet];
  const root = document.createElement("div");
  root.className = RC_HANDOVER.root;
  root.setAttribute(RC_HANDOVER.prerendered, "");
  const paths = pathsOf(host.getAttribute("paths"));
  const level = headingLevelOf(host.getAttribute("heading-level"));
  fillFirstStep(root, languageOf(host.getAttribute("lang"), navigator.language), paths, optsIn(host), level);
  root.addEventListener("click", (event) => {
    const button = event.target.closest(RC_HANDOVER.nextButton);
    if (!button || button.disabled || root.hasAttribute(RC_HANDOVER.pressed)) return;
    root.setAttribute(RC_HANDOVER.pressed, "");
    button.setAttribute(RC_HANDOVER.busy, "true");
    record.pressedEarly = true;
    onPress();
  });
  root.addEventListener("change", (event) => {
    if (event.target.id !== RC_HANDOVER.languageSwitch) return;
    root.setAttribute(RC_HANDOVER.languageChosen, "");
    fillFirstStep(root, spoken(event.target.value) ?? "en", paths, optsIn(host), level);
    root.querySelector(`#${RC_HANDOVER.languageSwitch}`).focus();
    if (record.pressedEarly) root.querySelector(RC_HANDOVER.nextButton).setAttribute(RC_HANDOVER.busy, "true");
  });
  shadow.replaceChildren(root);
}

/** A host removed before its widget started shows its own content again, as src/embed.rs does for a mounted one. */
export function showOwnContent(host) {
  if (!host.shadowRoot) return;
  host.shadowRoot.replaceChildren(document.createElement("slot"));
  host.shadowRoot.adoptedStyleSheets = [];
}

/**
 * If the widget cannot start, the element's own content (phone and booking link) shows
 * below the first step, whose urgent-help wording stays readable; its controls, which
 * nothing would answer now, are disabled.
 */
export function showFallback(host) {
  host.style.removeProperty("min-height");
  const root = host.shadowRoot?.querySelector(`.${RC_HANDOVER.root}[${RC_HANDOVER.prerendered}]`);
  if (!root) return;
  for (const control of root.querySelectorAll("input, select, button")) control.disabled = true;
  root.querySelector(`[${RC_HANDOVER.busy}]`)?.removeAttribute(RC_HANDOVER.busy);
  // Beside the first step: in the shadow root, or in a dialog's body.
  root.after(document.createElement("slot"));
}
