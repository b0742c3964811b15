// The snippet builder: turns the form into the widget's attributes and hours JSON, checks
// them with the widget's own rules (ResistanceCheck.checkConfig, from the wasm: no rule is
// repeated here), shows each problem at its field, shows a live widget, and writes the
// snippet only when nothing is wrong. "Test the install" fetches the widget's files the way
// a page on another site would.
// The loader (the same module the page's own script tag runs) defines ResistanceCheck.
import "./resistance-check.js";
import { testInstall } from "./builder-install.mjs";

const form = document.getElementById("builder-form");
const preview = document.getElementById("preview");
const snippetBox = document.getElementById("snippet");
const problemsBox = document.getElementById("problems");
const copyButton = document.getElementById("copy");
const downloadButton = document.getElementById("download");
const copyStatus = document.getElementById("copy-status");

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
};
// What a missing required field needs, when the widget's own reason speaks of the widget.
const REQUIRED = {
  "clinic-name": "Enter the clinic's name.",
  phone: "Enter the clinic's phone number: visitors call it from the widget.",
  "booking-url": "Enter the address of the clinic's booking page: visitors book there.",
  "time-zone": "Choose the office's time zone.",
  "loader-url": "Enter the address of resistance-check.js.",
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

/** The form's values by name (checkboxes as booleans). */
function formValues() {
  const values = new Map();
  for (const element of form.elements) {
    if (element.name) values.set(element.name, element.type === "checkbox" ? element.checked : element.value);
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
          update();
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
  intro.textContent = byField.size === 1 ? "One field needs a look before you can copy the snippet:" : `${byField.size} fields need a look before you can copy the snippet:`;
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

let checking = 0;
async function update() {
  const run = ++checking;
  const values = formValues();
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
  const loader = loaderProblem(String(values.get("loader-url")));
  if (loader) add("loader-url", loader);
  for (const problem of check.problems) {
    const { field, ...entry } = placeProblem(problem, regularDays, closureLines);
    add(field, entry);
  }
  showProblems(byField);
  showSummary(byField);

  const ready = byField.size === 0;
  copyButton.disabled = downloadButton.disabled = !ready;
  snippetBox.value = ready
    ? [
        scriptTag(loaderUrl, integrity),
        `<resistance-check ${attrs.map(([name, value]) => (value === "" ? name : `${name}="${escapeAttribute(value)}"`)).join(" ")}>` +
          `<script type="application/json">${jsonForScript(hours)}</script>`,
        `${fallbackHtml(attrs, check)}</resistance-check>`,
      ].join("\n")
    : "";
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

async function copySnippet() {
  if (copyButton.disabled) return;
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    copyStatus.textContent = "Copied. Paste it into your page's HTML.";
  } catch {
    snippetBox.select();
    copyStatus.textContent = "Selected: press Ctrl+C (or ⌘C) to copy.";
  }
}

function downloadSnippet() {
  if (downloadButton.disabled) return;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([`${snippetBox.value}\n`], { type: "text/html" }));
  link.download = "resistance-check-snippet.html";
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  copyStatus.textContent = "Downloaded resistance-check-snippet.html.";
}

const fieldOf = (target) => target.closest("[data-field]")?.dataset.field;
attributeFields();
hoursRows();
timeZones();
form.elements["loader-url"].value = new URL("resistance-check.js", location.href).href;
form.addEventListener("input", (event) => {
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
copyButton.addEventListener("click", copySnippet);
downloadButton.addEventListener("click", downloadSnippet);
document.getElementById("test-install").addEventListener("click", () =>
  testInstall(form.elements["loader-url"].value.trim(), document.getElementById("install-report")),
);
update();
