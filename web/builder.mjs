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
// The widget's attributes that are plain fields, in the README's order.
const TEXT_FIELDS = ["clinic-name", "doctor", "phone", "booking-url", "address", "mailing-list-url", "time-zone", "lang", "cta-text", "cta-text-es", "hour-cycle", "primary-color", "corner-radius", "utm-params"];
const LABELS = {
  "loader-url": "Loader address", "clinic-name": "Clinic name", doctor: "Doctor", phone: "Phone", "booking-url": "Booking page",
  address: "Address", directions: "Directions link", "mailing-list-url": "Mailing list page", "time-zone": "Time zone", lang: "Language", "cta-text": "Button text", "cta-text-es": "Spanish button text", "hour-cycle": "Clock", "primary-color": "Main colour",
  "corner-radius": "Corner radius", paths: "Assessment paths", "utm-params": "Page parameters", "share-verdict": "Verdict id", "analytics-verdict": "Verdict in analytics",
  hours: "Office hours", closures: "Closed days",
};
// What a missing required field needs, when the widget's own reason speaks of the widget.
const REQUIRED = {
  "clinic-name": "Enter the clinic's name.",
  phone: "Enter the clinic's phone number: visitors call it from the widget.",
  "booking-url": "Enter the address of the clinic's booking page: visitors book there.",
  "time-zone": "Choose the office's time zone.",
  "loader-url": "Enter the address of resistance-check.js.",
};

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

/** The element's attributes as the snippet writes them: every filled-in field, as typed. */
function attributes(values) {
  const attrs = [];
  for (const name of TEXT_FIELDS) {
    const value = String(values.get(name) ?? "").trim();
    if (value) attrs.push([name, value]);
  }
  // Directions are on unless switched off: only "off" needs writing.
  if (!values.get("directions")) attrs.push(["directions", "off"]);
  const [quick, detailed] = [values.get("path-quick"), values.get("path-detailed")];
  if (!(quick && detailed)) attrs.push(["paths", [quick && "quick", detailed && "detailed"].filter(Boolean).join(" ")]);
  for (const flag of ["share-verdict", "analytics-verdict"]) if (values.get(flag)) attrs.push([flag, ""]);
  return attrs;
}

const escapeAttribute = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeText = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
// "<" inside JSON strings as \u003c, so nothing in the data can close the <script> element.
const jsonForScript = (value) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * The sentence visitors see when the widget cannot start. Its links are the ones the
 * widget's rules passed (checkConfig's phoneHref and bookingUrl), escaped like all text.
 */
function fallbackHtml(attrs, check) {
  const get = (name) => attrs.find(([n]) => n === name)?.[1] ?? "";
  const phone = `<a href="${escapeAttribute(check.phoneHref)}">${escapeText(get("phone"))}</a>`;
  const booking = `<a href="${escapeAttribute(check.bookingUrl)}">`;
  const who = escapeText(get("doctor") || get("clinic-name"));
  if (get("lang") === "es") {
    return `<p>¿Dudas sobre su Botox? Llame al ${phone} o ${booking}reserve una consulta gratuita con ${who}</a>.</p>`;
  }
  return `<p>Questions about your Botox? Call ${phone} or ${booking}book a free consultation with ${who}</a>.</p>`;
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

let checking = 0;
async function update() {
  const run = ++checking;
  const values = formValues();
  const attrs = attributes(values);
  const { hours, regularDays, closureLines } = hoursJson(values);
  const hoursText = JSON.stringify(hours);
  const check = await window.ResistanceCheck.checkConfig(Object.fromEntries(attrs), hoursText);
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
        `<script type="module" async src="${escapeAttribute(values.get("loader-url").trim())}" blocking="render"></script>`,
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

const fieldOf = (element) => element.closest("[data-field]")?.dataset.field;
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
