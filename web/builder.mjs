// The snippet builder: turns the form into the widget's attributes and hours JSON, checks
// them with the widget's own rules (ResistanceCheck.checkConfig, from the wasm: no rule is
// repeated here), shows each problem at its field, shows a live widget, and writes what the
// chosen appearance needs (the snippet, the opener's markup, clinic.json, the own page's
// address, the iframe) only when nothing is wrong. "Test the install" fetches the widget's
// files the way a page on another site would.
// The loader (the same module the page's own script tag runs) defines ResistanceCheck.
import "./resistance-check.js";
import { testInstall } from "./builder-install.mjs";

const form = document.getElementById("builder-form");
const preview = document.getElementById("preview");
const problemsBox = document.getElementById("problems");
const copyStatus = document.getElementById("copy-status");
const snippetHint = document.getElementById("h-snippet");

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
// The widget's attributes, declared once in src/clinic/attributes.rs: their order, kinds,
// labels, help and placeholders, and the fallback sentence (the WordPress plugin reads the
// same file).
const TABLE = await (await fetch(new URL("attributes.json", import.meta.url))).json();
const ATTRIBUTES = TABLE.attributes;
// The builder's own fields beside the attributes.
const LABELS = {
  "loader-url": "Loader address",
  ...Object.fromEntries(ATTRIBUTES.map((attribute) => [attribute.name, attribute.label.en])),
  hours: "Office hours",
  closures: "Closed days",
  "opener-text": "Button or link text",
  "launcher-text": "Floating button text",
  "page-url": "Address of check.html",
  "parent-origins": "Sites that show it in an iframe",
};
// What a missing required field needs, when the widget's own reason speaks of the widget.
const REQUIRED = {
  "clinic-name": "Enter the clinic's name.",
  phone: "Enter the clinic's phone number: visitors call it from the widget.",
  "booking-url": "Enter the address of the clinic's booking page: visitors book there.",
  "time-zone": "Choose the office's time zone.",
  "loader-url": "Enter the address of resistance-check.js.",
  "opener-text": "Enter what the button or link says.",
  "page-url": "Enter the address of check.html on your server.",
};
// Where a browser can fill a field in for the person (WCAG 1.3.5).
const AUTOCOMPLETE = { "clinic-name": "organization", phone: "tel", address: "street-address" };
const INPUT_TYPES = { phone: "tel", url: "url", "emergency-number": "tel" };

/** An element with these attributes (`true`: present without a value) and children. */
function element(tag, attributes = {}, ...children) {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) made.setAttribute(name, "");
    else if (value !== false && value !== undefined && value !== "") made.setAttribute(name, value);
  }
  made.append(...children);
  return made;
}

/** One attribute's field: its control by kind, its help and its error line. */
function attributeField(attribute) {
  const { name, kind } = attribute;
  const id = `f-${name}`;
  const help = attribute.help.en ? element("p", { class: "hint", id: `h-${name}` }, attribute.help.en) : null;
  const describedBy = [help && `h-${name}`, `e-${name}`].filter(Boolean).join(" ");
  const error = element("p", { class: "field-error", id: `e-${name}`, hidden: true });
  if (kind === "paths") {
    const boxes = attribute.choices.map((choice) =>
      element("label", { class: "inline" }, element("input", { type: "checkbox", name: `path-${choice.value}`, checked: true }), ` ${choice.label.en}`),
    );
    return element("fieldset", { class: "field", "data-field": name }, element("legend", {}, attribute.label.en), ...boxes, error);
  }
  if (kind === "flag" || kind === "off-switch") {
    const box = element("input", { type: "checkbox", name, checked: attribute.default === "on", "aria-describedby": describedBy });
    return element("div", { class: "field", "data-field": name }, element("label", { class: "inline" }, box, ` ${attribute.label.en}`), help ?? "", error);
  }
  const label = element("label", { for: id }, attribute.label.en);
  if (attribute.required) label.append(" ", element("span", { class: "need" }, "(required)"));
  let control;
  if (attribute.choices || kind === "time-zone") {
    // The default's choice is the empty one: the snippet leaves the widget's default unwritten.
    const options = (attribute.choices ?? [{ value: "", label: attribute.placeholder }]).map(
      (choice) => new Option(choice.label.en, choice.value === attribute.default ? "" : choice.value),
    );
    control = element("select", { id, name, required: attribute.required, "aria-describedby": describedBy }, ...options);
  } else {
    control = element("input", {
      id,
      name,
      type: INPUT_TYPES[kind],
      required: attribute.required,
      autocomplete: AUTOCOMPLETE[name],
      inputmode: ["radius", "emergency-number", "heading-level"].includes(kind) ? "numeric" : undefined,
      spellcheck: ["url", "params", "color"].includes(kind) ? "false" : undefined,
      placeholder: attribute.placeholder.en,
      "aria-describedby": describedBy,
    });
  }
  if (kind === "color") {
    const picker = element("input", { id: "f-colour-picker", type: "color", value: attribute.default, "aria-label": `Pick the ${attribute.label.en.toLowerCase()}` });
    control = element("div", { class: "colour-row" }, control, picker);
  }
  return element("div", { class: "field", "data-field": name }, label, control, help ?? "", error);
}

/** The attributes' fieldsets, one per section, in the table's order. */
function attributeFields() {
  const fieldsets = TABLE.sections.map((section) =>
    element(
      "fieldset",
      {},
      element("legend", {}, section.title.en),
      ...ATTRIBUTES.filter((attribute) => attribute.section === section.id).map(attributeField),
    ),
  );
  document.getElementById("attribute-fields").replaceWith(...fieldsets);
}

// Fields the person has left (or changed): their errors show from then on.
const touched = new Set();

function hoursRows() {
  const rows = document.getElementById("hours-rows");
  for (const day of WEEKDAYS) {
    const row = document.createElement("div");
    row.className = "day-row";
    row.innerHTML = `<label class="inline day"><input type="checkbox" name="open-${day}"> <span>${day}</span></label>
      <input type="time" name="opens-${day}" aria-label="${day} opens" disabled>
      <span aria-hidden="true">to</span>
      <input type="time" name="closes-${day}" aria-label="${day} closes" disabled>`;
    rows.append(row);
  }
  // Ticking a day opens its times; they start as the nearest open day's above, if any.
  rows.addEventListener("change", (event) => {
    const box = event.target;
    if (!box.name?.startsWith("open-")) return;
    const day = box.name.slice(5);
    const [opens, closes] = [form.elements[`opens-${day}`], form.elements[`closes-${day}`]];
    opens.disabled = closes.disabled = !box.checked;
    if (box.checked && !opens.value && !closes.value) {
      const above = WEEKDAYS.slice(0, WEEKDAYS.indexOf(day)).reverse().find((d) => form.elements[`open-${d}`].checked);
      if (above) [opens.value, closes.value] = [form.elements[`opens-${above}`].value, form.elements[`closes-${above}`].value];
    }
  });
}

function timeZones() {
  const select = form.elements["time-zone"];
  const zones = Intl.supportedValuesOf?.("timeZone") ?? [];
  const groups = new Map();
  for (const zone of zones) {
    const region = zone.includes("/") ? zone.split("/")[0] : "Other";
    groups.set(region, [...(groups.get(region) ?? []), zone]);
  }
  for (const [region, list] of groups) {
    const group = document.createElement("optgroup");
    group.label = region;
    for (const zone of list) group.append(new Option(zone.replaceAll("_", " "), zone));
    select.append(group);
  }
  if (!zones.includes("UTC")) select.append(new Option("UTC", "UTC"));
}

/** The form's values by name (checkboxes as booleans, a radio group as its checked value). */
function formValues() {
  const values = new Map();
  for (const element of form.elements) {
    if (!element.name || (element.type === "radio" && !element.checked)) continue;
    values.set(element.name, element.type === "checkbox" ? element.checked : element.value);
  }
  return values;
}

/**
 * The schema.org hours object, days with equal hours grouped into one entry, and for each
 * entry which days (or which closed-days line) it came from, so problems land at their row.
 */
function hoursJson(values) {
  const groups = new Map();
  for (const day of WEEKDAYS) {
    if (!values.get(`open-${day}`)) continue;
    const span = JSON.stringify([values.get(`opens-${day}`), values.get(`closes-${day}`)]);
    groups.set(span, [...(groups.get(span) ?? []), day]);
  }
  const regular = [...groups].map(([span, days]) => {
    const [opens, closes] = JSON.parse(span);
    return { dayOfWeek: days.length === 1 ? days[0] : days, opens, closes };
  });
  const regularDays = [...groups.values()];
  // No day ticked: the week says so (and the widget's rules report an office never open).
  if (regular.length === 0) {
    regular.push({ dayOfWeek: WEEKDAYS, opens: "00:00", closes: "00:00" });
    regularDays.push(WEEKDAYS);
  }
  const hours = { openingHoursSpecification: regular };
  const closures = [];
  const closureLines = [];
  String(values.get("closures") ?? "").split("\n").forEach((line, index) => {
    const text = line.trim();
    if (!text) return;
    // The builder's own shorthand, "FROM[..THROUGH] name"; the dates are checked by the widget's rules.
    const [, from, through, name] = /^(\S+?)(?:\.\.(\S+))?(?:\s+(.*))?$/.exec(text);
    closures.push({ validFrom: from, ...(through ? { validThrough: through } : {}), ...(name ? { name } : {}) });
    closureLines.push({ number: index + 1, text });
  });
  if (closures.length) hours.specialOpeningHoursSpecification = closures;
  return { hours, regularDays, closureLines };
}

/** The element's attributes as the snippet writes them, in the table's order: every filled-in field, as typed. */
function attributes(values) {
  const attrs = [];
  for (const { name, kind } of ATTRIBUTES) {
    if (kind === "flag") {
      if (values.get(name)) attrs.push([name, ""]);
    } else if (kind === "off-switch") {
      // On unless switched off: only "off" needs writing.
      if (!values.get(name)) attrs.push([name, "off"]);
    } else if (kind === "paths") {
      const [quick, detailed] = [values.get("path-quick"), values.get("path-detailed")];
      if (!(quick && detailed)) attrs.push([name, [quick && "quick", detailed && "detailed"].filter(Boolean).join(" ")]);
    } else {
      const value = String(values.get(name) ?? "").trim();
      if (value) attrs.push([name, value]);
    }
  }
  return attrs;
}

const escapeAttribute = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeText = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
// "<" inside JSON strings as \u003c, so nothing in the data can close the <script> element.
const jsonForScript = (value) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * The sentence visitors see when the widget cannot start, in the table's one wording (the
 * WordPress plugin writes the same). Its links are the ones the widget's rules passed
 * (checkConfig's phoneHref and bookingUrl), escaped like all text.
 */
function fallbackHtml(attrs, check) {
  const get = (name) => attrs.find(([n]) => n === name)?.[1] ?? "";
  const sentence = TABLE.fallback[get("lang") === "es" ? "es" : "en"];
  const parts = {
    "{phone}": `<a href="${escapeAttribute(check.phoneHref)}">${escapeText(get("phone"))}</a>`,
    "{book}": `<a href="${escapeAttribute(check.bookingUrl)}">`,
    "{/book}": "</a>",
    "{who}": escapeText(get("doctor") || get("clinic-name")),
  };
  return `<p>${escapeText(sentence).replace(/\{\/?\w+\}/g, (token) => parts[token] ?? token)}</p>`;
}

/** The loader address: a whole http(s) address, checked by the browser's URL parser. */
function loaderProblem(raw) {
  const text = raw.trim();
  if (!text) return { message: REQUIRED["loader-url"] };
  let url;
  try {
    url = new URL(text);
  } catch {
    return { message: "Give the whole address, starting with https://." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { message: "The loader address starts with https:// (or http://)." };
  return null;
}

/** Which field a problem of checkConfig belongs to, and how to say it there. */
function placeProblem(problem, regularDays, closureLines) {
  const regular = /^hours\.openingHoursSpecification(?:\[(\d+)\])?/.exec(problem.attribute);
  if (regular) {
    const days = regular[1] === undefined ? null : regularDays[Number(regular[1])];
    return { field: "hours", message: days ? `${days.join(", ")}: ${problem.message}` : problem.message };
  }
  const special = /^hours\.specialOpeningHoursSpecification(?:\[(\d+)\])?/.exec(problem.attribute);
  if (special) {
    const line = special[1] === undefined ? null : closureLines[Number(special[1])];
    return { field: "closures", message: line ? `Line ${line.number} ("${line.text}"): ${problem.message}` : problem.message };
  }
  if (problem.attribute === "hours") return { field: "hours", message: problem.message };
  const message = problem.value === null && REQUIRED[problem.attribute] ? REQUIRED[problem.attribute] : problem.message;
  return { field: problem.attribute, message, suggestion: problem.suggestion };
}

/** Shows (or clears) the error of every field; returns the fields with an error. */
function showProblems(byField) {
  for (const container of form.querySelectorAll("[data-field]")) {
    const field = container.dataset.field;
    const found = byField.get(field);
    const visible = Boolean(found) && touched.has(field);
    const box = document.getElementById(`e-${field}`);
    for (const input of container.querySelectorAll("input:not([type=checkbox]):not([type=color]), select, textarea")) {
      if (visible) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
    box.hidden = !visible;
    // An unchanged error keeps its nodes: rebuilt between a press's mousedown and its click
    // (leaving another field re-checks the form), a "Use …" button would lose the click.
    const shown = visible ? JSON.stringify(found) : "";
    if (box.dataset.shown === shown) continue;
    box.dataset.shown = shown;
    box.replaceChildren();
    if (!visible) continue;
    for (const { message, suggestion } of found) {
      const line = document.createElement("span");
      line.className = "message";
      line.textContent = message;
      box.append(line);
      if (suggestion) {
        const use = document.createElement("button");
        use.type = "button";
        use.className = "suggestion";
        use.textContent = `Use ${suggestion}`;
        use.addEventListener("click", () => {
          form.elements[field].value = suggestion;
          if (field === "primary-color") document.getElementById("f-colour-picker").value = suggestion;
          // As if typed: the form's input listener re-checks it (and keeps a given page address).
          form.elements[field].dispatchEvent(new Event("input", { bubbles: true }));
          form.elements[field].focus();
        });
        box.append(" ", use);
      }
    }
  }
}

/** The list beside Copy: every field still to fix, each a link to its field. */
function showSummary(byField) {
  problemsBox.replaceChildren();
  if (byField.size === 0) return;
  const intro = document.createElement("p");
  intro.textContent = byField.size === 1 ? "One field needs a look before you can copy what to paste:" : `${byField.size} fields need a look before you can copy what to paste:`;
  const list = document.createElement("ul");
  for (const [field, found] of byField) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    const target = form.querySelector(`[data-field="${field}"] input:not([type=color]), [data-field="${field}"] select, [data-field="${field}"] textarea`);
    link.href = `#${target?.id ?? ""}`;
    link.textContent = LABELS[field] ?? field;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      touched.add(field);
      update();
      target?.focus();
    });
    item.append(link, `: ${found[0].message}`);
    list.append(item);
  }
  problemsBox.append(intro, list);
}

// A loader address that names its release (a CDN's ".../resistance-check@0.1.0/..."): the
// file there never changes, so the script tag can carry its hash.
const VERSIONED = /@\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?\//;
const loaderHashes = new Map();

/** The SHA-384 of the loader at a versioned `url`, as a script tag's integrity; else null. */
function loaderIntegrity(url) {
  if (!VERSIONED.test(url)) return Promise.resolve(null);
  if (!loaderHashes.has(url)) {
    const hash = fetch(url, { mode: "cors" })
      .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((bytes) => crypto.subtle.digest("SHA-384", bytes))
      .then((digest) => `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`)
      .catch(() => null);
    loaderHashes.set(url, hash);
  }
  return loaderHashes.get(url);
}

/** The snippet's script tag: with integrity and crossorigin where the address is versioned. */
function scriptTag(url, integrity) {
  const checked = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : "";
  return `<script type="module" async src="${escapeAttribute(url)}"${checked} blocking="render"></script>`;
}

// "How will it appear?": for each choice (on the page, a button or link that opens it, a
// floating button, its own page, an iframe), which of the builder's own fields it needs,
// their checks, and the text of each output the marketer pastes or uploads. The clinic's
// attributes and hours reach these already checked by the widget's rules (checkConfig);
// nothing here repeats those.

/** The dialog's id in the snippet, which its openers name. */
const DIALOG_ID = "resistance-check-dialog";
// As much button text as fits a phone's width on one or two lines; the widget's own limit
// for its booking button's text.
const MAX_BUTTON_CHARS = 80;

/** Per choice: the builder's fields it uses, its outputs, and what the snippet is for. */
const APPEARANCES = {
  inline: { fields: [], outputs: ["snippet"], snippetHint: "Where the check should appear." },
  dialog: {
    fields: ["opener-text", "page-url"],
    outputs: ["snippet", "opener-button", "opener-link", "clinic-json"],
    snippetHint: "Once, anywhere in the page: it shows nothing by itself, and the buttons and links below open it.",
  },
  launcher: {
    fields: ["launcher-text", "launcher-position"],
    outputs: ["snippet"],
    snippetHint: "Into every page that shows the floating button (your site's footer, or a tag manager's Custom HTML tag).",
  },
  page: { fields: ["page-url"], outputs: ["clinic-json", "page-address"] },
  iframe: { fields: ["page-url", "parent-origins"], outputs: ["clinic-json", "iframe"] },
};


/** A button's text as it shows: whitespace runs as one space, no control characters. */
const buttonText = (raw) => String(raw ?? "").replace(/\p{Cc}/gu, " ").replace(/\s+/g, " ").trim();

function buttonTextProblem(raw, required) {
  const text = buttonText(raw);
  if (!text) return required ? { message: "Enter what the button or link says." } : null;
  const length = [...text].length;
  if (length > MAX_BUTTON_CHARS) return { message: `It is ${length} characters long; at most ${MAX_BUTTON_CHARS} fit on a phone's button.` };
  return null;
}

/** A whole http(s) address, or the reason it is not one. */
function webAddress(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return { problem: { message: "Give the whole address, starting with https://." } };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { problem: { message: "The address starts with https:// (or http://)." } };
  return { url };
}

function pageUrlProblem(raw) {
  const text = String(raw ?? "").trim();
  if (!text) return { message: "Enter the address of check.html on your server." };
  const { url, problem } = webAddress(text);
  if (problem) return problem;
  if (url.pathname.endsWith("/")) {
    return { message: "Give the address of check.html itself, not of its folder.", suggestion: new URL("check.html", url).href };
  }
  if (url.search || url.hash) return { message: "Give the address without ? or #: the page adds the visitor's own campaign parameters itself.", suggestion: `${url.origin}${url.pathname}` };
  return null;
}

/** The origins typed (one a line, or separated by spaces or commas). */
const originEntries = (raw) => String(raw ?? "").split(/[\s,]+/).filter(Boolean);

function parentOriginsProblem(raw) {
  const entries = originEntries(raw);
  if (entries.includes("*")) return { message: "Name your site: \"*\" would tell any site that frames the check when it opens, closes or ends." };
  const origins = [];
  let wrong = null;
  for (const entry of entries) {
    const { url, problem } = webAddress(entry);
    if (problem) return { message: `"${entry}": ${problem.message}` };
    origins.push(url.origin);
    if (!wrong && url.origin !== entry.replace(/\/$/, "")) wrong = entry;
  }
  if (wrong) {
    return { message: `"${wrong}" is more than a site's address: give the scheme and host only, such as https://www.clinic.example.`, suggestion: [...new Set(origins)].join("\n") };
  }
  return null;
}

/** The problems of the builder's own fields that `mode` uses, as [field, {message, suggestion?}]. */
function appearanceProblems(mode, values) {
  const checks = {
    "opener-text": () => buttonTextProblem(values.get("opener-text"), true),
    "launcher-text": () => buttonTextProblem(values.get("launcher-text"), false),
    "launcher-position": () => null,
    "page-url": () => pageUrlProblem(values.get("page-url")),
    "parent-origins": () => parentOriginsProblem(values.get("parent-origins")),
  };
  return APPEARANCES[mode].fields.map((field) => [field, checks[field]()]).filter(([, problem]) => problem);
}

/** The element's attributes written before the clinic's, as [name, value]. */
function modeAttributes(mode, values) {
  if (mode === "dialog") return [["mode", "dialog"], ["id", DIALOG_ID]];
  if (mode !== "launcher") return [];
  const text = buttonText(values.get("launcher-text"));
  const position = String(values.get("launcher-position") ?? "");
  return [["mode", "launcher"], ...(text ? [["launcher-text", text]] : []), ...(position ? [["launcher-position", position]] : [])];
}

/**
 * clinic.json for check.html: the attributes by name (a flag as JSON true), the hours as in
 * the hours script, and for an iframe the origins that may receive its event messages.
 */
function clinicJson(mode, { attrs, hours, flags, values }) {
  const clinic = Object.fromEntries(attrs.map(([name, value]) => [name, flags.has(name) ? true : value]));
  Object.assign(clinic, hours);
  const origins = [...new Set(originEntries(values.get("parent-origins")).map((entry) => new URL(entry).origin))];
  if (mode === "iframe" && origins.length) clinic["parent-origins"] = origins;
  return `${JSON.stringify(clinic, null, 2)}\n`;
}

/** The frame's name for screen readers, in the widget's language when it is fixed. */
function frameTitle(attrs) {
  const get = (name) => attrs.find(([n]) => n === name)?.[1] ?? "";
  return get("lang") === "es"
    ? `¿Su bótox dura menos? Autoevaluación de ${get("clinic-name")}`
    : `Is your Botox wearing off? A self-check by ${get("clinic-name")}`;
}

/**
 * Every output of `mode`, by name, from a configuration that passed every check: `attrs`
 * ([name, value], the table's order), `hours` (the hours object), `flags` (the names of
 * flag attributes), `values` (the form's), `scriptTag` (the loader's tag) and
 * `hoursScript` and `fallback` (the element's content, escaped).
 */
function appearanceOutputs(mode, context) {
  const { attrs, values, scriptTag, hoursScript, fallback } = context;
  const pageUrl = APPEARANCES[mode].fields.includes("page-url") ? new URL(String(values.get("page-url")).trim()).href : null;
  const attributeText = [...modeAttributes(mode, values), ...attrs]
    .map(([name, value]) => (value === "" ? name : `${name}="${escapeAttribute(value)}"`))
    .join(" ");
  const opener = escapeText(buttonText(values.get("opener-text")));
  const writers = {
    snippet: () => [scriptTag, `<resistance-check ${attributeText}>${hoursScript}`, `${fallback}</resistance-check>`].join("\n"),
    "opener-button": () => `<button type="button" data-resistance-check-open="${DIALOG_ID}">${opener}</button>`,
    "opener-link": () => `<a href="${escapeAttribute(pageUrl)}" data-resistance-check-open="${DIALOG_ID}">${opener}</a>`,
    "clinic-json": () => clinicJson(mode, context),
    "page-address": () => pageUrl,
    iframe: () =>
      [
        `<iframe src="${escapeAttribute(pageUrl)}" title="${escapeAttribute(frameTitle(attrs))}" style="width:100%;border:0" height="640" loading="lazy"></iframe>`,
        `<script src="${escapeAttribute(new URL("frame.js", pageUrl).href)}" async></script>`,
      ].join("\n"),
  };
  return Object.fromEntries(APPEARANCES[mode].outputs.map((name) => [name, writers[name]()]));
}

const FLAGS = new Set(ATTRIBUTES.filter((attribute) => attribute.kind === "flag").map((attribute) => attribute.name));

/** Shows the fields and outputs of the chosen appearance (their `data-modes`), hides the rest. */
function showAppearance(mode) {
  for (const part of document.querySelectorAll("[data-modes]")) part.hidden = !part.dataset.modes.split(" ").includes(mode);
  snippetHint.textContent = APPEARANCES[mode].snippetHint ?? "";
}

let checking = 0;
async function update() {
  const run = ++checking;
  const values = formValues();
  const mode = APPEARANCES[values.get("appearance")] ? values.get("appearance") : "inline";
  showAppearance(mode);
  const attrs = attributes(values);
  const { hours, regularDays, closureLines } = hoursJson(values);
  const hoursText = JSON.stringify(hours);
  const loaderUrl = String(values.get("loader-url")).trim();
  const [check, integrity] = await Promise.all([
    window.ResistanceCheck.checkConfig(Object.fromEntries(attrs), hoursText),
    loaderIntegrity(loaderUrl),
  ]);
  if (run !== checking) return; // A newer edit is being checked.
  const byField = new Map();
  const add = (field, entry) => byField.set(field, [...(byField.get(field) ?? []), entry]);
  for (const [field, problem] of appearanceProblems(mode, values)) add(field, problem);
  const loader = loaderProblem(String(values.get("loader-url")));
  if (loader) add("loader-url", loader);
  for (const problem of check.problems) {
    const { field, ...entry } = placeProblem(problem, regularDays, closureLines);
    add(field, entry);
  }
  showProblems(byField);
  showSummary(byField);

  const outputs =
    byField.size === 0
      ? appearanceOutputs(mode, {
          attrs,
          hours,
          flags: FLAGS,
          values,
          scriptTag: scriptTag(loaderUrl, integrity),
          hoursScript: `<script type="application/json">${jsonForScript(hours)}</script>`,
          fallback: fallbackHtml(attrs, check),
        })
      : {};
  // Every output box of every choice: filled when it is the chosen one's and all is right.
  for (const box of document.querySelectorAll("[data-output]")) box.value = outputs[box.dataset.output] ?? "";
  for (const button of document.querySelectorAll("[data-copy], [data-download]")) {
    button.disabled = !outputs[button.dataset.copy ?? button.dataset.download];
  }
  copyStatus.textContent = "";
  renderPreview(attrs, hoursText);
}

let previewed = null;
/** A new element when the configuration changed: the loader mounts a fresh widget in it. */
function renderPreview(attrs, hoursText) {
  const key = JSON.stringify([attrs, hoursText]);
  if (key === previewed) return;
  previewed = key;
  const host = document.createElement("resistance-check");
  for (const [name, value] of attrs) host.setAttribute(name, value);
  const script = document.createElement("script");
  script.type = "application/json";
  script.textContent = hoursText;
  host.append(script);
  preview.replaceChildren(host);
}

// What each output is called once copied or downloaded, and the file it downloads as.
const OUTPUT_FILES = {
  snippet: { copied: "Copied. Paste it into your page's HTML.", file: "resistance-check-snippet.html", type: "text/html" },
  "opener-button": { copied: "Copied the button. Paste it where it goes in your page's HTML." },
  "opener-link": { copied: "Copied the link. Paste it where it goes in your page's HTML." },
  "clinic-json": { copied: "Copied clinic.json. Save it as clinic.json beside check.html.", file: "clinic.json", type: "application/json" },
  "page-address": { copied: "Copied the address." },
  iframe: { copied: "Copied the iframe. Paste it into your page's HTML.", file: "resistance-check-iframe.html", type: "text/html" },
};
const outputBox = (name) => document.querySelector(`[data-output="${name}"]`);

async function copyOutput(button) {
  if (button.disabled) return;
  const name = button.dataset.copy;
  try {
    await navigator.clipboard.writeText(outputBox(name).value);
    copyStatus.textContent = OUTPUT_FILES[name].copied;
  } catch {
    outputBox(name).select();
    copyStatus.textContent = "Selected: press Ctrl+C (or ⌘C) to copy.";
  }
}

function downloadOutput(button) {
  if (button.disabled) return;
  const { file, type } = OUTPUT_FILES[button.dataset.download];
  const text = outputBox(button.dataset.download).value;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text.endsWith("\n") ? text : `${text}\n`], { type }));
  link.download = file;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  copyStatus.textContent = `Downloaded ${file}.`;
}

/** The own page's address beside the loader, until the person gives another. */
function followLoaderAddress() {
  const page = form.elements["page-url"];
  if (page.dataset.edited) return;
  try {
    page.value = new URL("check.html", form.elements["loader-url"].value.trim()).href;
  } catch {
    page.value = "";
  }
}

const fieldOf = (target) => target.closest("[data-field]")?.dataset.field;
attributeFields();
hoursRows();
timeZones();
form.elements["loader-url"].value = new URL("resistance-check.js", location.href).href;
followLoaderAddress();
form.addEventListener("input", (event) => {
  if (event.target.name === "page-url") event.target.dataset.edited = "true";
  if (event.target.name === "loader-url") followLoaderAddress();
  if (event.target.id === "f-colour-picker") {
    form.elements["primary-color"].value = event.target.value;
    touched.add("primary-color");
  }
  update();
});
// A field's error shows once the person has left it or changed it, not while they type.
form.addEventListener("focusout", (event) => {
  const field = fieldOf(event.target);
  if (field && !touched.has(field)) {
    touched.add(field);
    update();
  }
});
form.addEventListener("change", (event) => {
  const field = fieldOf(event.target);
  if (field) touched.add(field);
  update();
});
for (const button of document.querySelectorAll("[data-copy]")) button.addEventListener("click", () => copyOutput(button));
for (const button of document.querySelectorAll("[data-download]")) button.addEventListener("click", () => downloadOutput(button));
document.getElementById("test-install").addEventListener("click", () =>
  testInstall(form.elements["loader-url"].value.trim(), document.getElementById("install-report")),
);
update();
