// The snippet builder: turns the form into the widget's attributes and hours JSON, shows a
// live widget built from them, and writes the snippet (at most three lines) to copy.
const form = document.getElementById("builder-form");
const preview = document.getElementById("preview");
const snippetBox = document.getElementById("snippet");
const problems = document.getElementById("form-problems");
const copyStatus = document.getElementById("copy-status");

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
// The widget's defaults (src/clinic): attributes equal to these are left out of the snippet.
const DEFAULTS = {
  lang: "auto",
  "hour-cycle": "h12",
  "primary-color": "#1f6f78",
  "corner-radius": "8",
  "utm-params": "utm_source utm_medium utm_campaign utm_term utm_content gclid fbclid",
};
const DEFAULT_HOURS = { Monday: "10:00-17:00", Tuesday: "10:00-17:00", Wednesday: "10:00-17:00", Thursday: "10:00-17:00", Friday: "10:00-16:00" };

function hoursRows() {
  const rows = document.getElementById("hours-rows");
  for (const day of WEEKDAYS) {
    const [opens, closes] = (DEFAULT_HOURS[day] ?? "10:00-17:00").split("-");
    const row = document.createElement("tr");
    row.innerHTML = `<th scope="row">${day}</th>
      <td><input type="checkbox" name="open-${day}" aria-label="Open on ${day}" ${DEFAULT_HOURS[day] ? "checked" : ""}></td>
      <td><input type="time" name="opens-${day}" aria-label="${day} opens" value="${opens}"></td>
      <td><input type="time" name="closes-${day}" aria-label="${day} closes" value="${closes}"></td>`;
    rows.append(row);
  }
}

function timeZones() {
  const list = document.getElementById("time-zones");
  for (const zone of Intl.supportedValuesOf?.("timeZone") ?? []) {
    const option = document.createElement("option");
    option.value = zone;
    list.append(option);
  }
}

/** The schema.org hours object, days with equal hours grouped into one entry. */
function hoursJson(values) {
  const groups = new Map();
  for (const day of WEEKDAYS) {
    if (!values.get(`open-${day}`)) continue;
    const span = `${values.get(`opens-${day}`)}-${values.get(`closes-${day}`)}`;
    groups.set(span, [...(groups.get(span) ?? []), day]);
  }
  const regular = [...groups].map(([span, days]) => {
    const [opens, closes] = span.split("-");
    return { dayOfWeek: days.length === 1 ? days[0] : days, opens, closes };
  });
  // A week with no open day still needs one entry, or the widget would use its default week.
  if (regular.length === 0) regular.push({ dayOfWeek: WEEKDAYS, opens: "00:00", closes: "00:00" });
  const hours = { openingHoursSpecification: regular };
  const closures = [];
  const badLines = [];
  for (const line of String(values.get("closures") ?? "").split("\n")) {
    if (!line.trim()) continue;
    const match = /^\s*(\d{4}-\d{2}-\d{2})(?:\s*\.\.\s*(\d{4}-\d{2}-\d{2}))?\s*(.*)$/.exec(line);
    if (!match) {
      badLines.push(line.trim());
      continue;
    }
    const [, from, through, name] = match;
    closures.push({ validFrom: from, ...(through ? { validThrough: through } : {}), ...(name.trim() ? { name: name.trim() } : {}) });
  }
  if (closures.length) hours.specialOpeningHoursSpecification = closures;
  return { hours, badLines };
}

/** The widget's attributes, in the order the README lists them; defaults left out. */
function attributes(values) {
  const attrs = [];
  for (const name of ["clinic-name", "doctor", "phone", "booking-url", "address", "time-zone"]) {
    attrs.push([name, String(values.get(name)).trim()]);
  }
  for (const name of ["lang", "cta-text", "cta-text-es", "hour-cycle", "primary-color", "corner-radius"]) {
    const value = String(values.get(name) ?? "").trim();
    if (value && value !== DEFAULTS[name]) attrs.push([name, value]);
  }
  const quick = values.get("path-quick");
  const detailed = values.get("path-detailed");
  if (quick !== detailed) attrs.push(["paths", quick ? "quick" : "detailed"]);
  const utm = String(values.get("utm-params")).trim().split(/[\s,]+/).filter(Boolean).join(" ");
  if (utm !== DEFAULTS["utm-params"]) attrs.push(["utm-params", utm]);
  if (values.get("share-verdict")) attrs.push(["share-verdict", ""]);
  return attrs;
}

const escapeAttribute = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeText = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
// "<" inside JSON strings as \u003c, so nothing in the data can close the <script> element.
const jsonForScript = (value) => JSON.stringify(value).replace(/</g, "\\u003c");

/** The sentence visitors see when the widget cannot start: phone and booking link. */
function fallbackHtml(values, phoneHref) {
  const phone = escapeText(String(values.get("phone")).trim());
  const booking = escapeAttribute(String(values.get("booking-url")).trim());
  const doctor = escapeText(String(values.get("doctor")).trim());
  if (values.get("lang") === "es") {
    return `<p>¿Dudas sobre su Botox? Llame al <a href="${phoneHref}">${phone}</a> o <a href="${booking}">reserve una consulta gratuita con ${doctor}</a>.</p>`;
  }
  return `<p>Questions about your Botox? Call <a href="${phoneHref}">${phone}</a> or <a href="${booking}">book a free consultation with ${doctor}</a>.</p>`;
}

/** Reads the form; returns the snippet's three lines and the pieces of the preview. */
function build() {
  const values = new Map();
  for (const element of form.elements) {
    if (!element.name) continue;
    values.set(element.name, element.type === "checkbox" ? element.checked : element.value);
  }
  const attrs = attributes(values);
  const { hours, badLines } = hoursJson(values);
  const digits = String(values.get("phone")).replace(/[^0-9+]/g, "");
  const phoneHref = `tel:${escapeAttribute(digits)}`;
  const attributeText = attrs.map(([name, value]) => (value === "" ? name : `${name}="${escapeAttribute(value)}"`)).join(" ");
  const hoursScript = `<script type="application/json">${jsonForScript(hours)}</script>`;
  const loaderUrl = escapeAttribute(String(values.get("loader-url")).trim());
  const lines = [
    `<script type="module" async src="${loaderUrl}" blocking="render"></script>`,
    `<resistance-check ${attributeText}>${hoursScript}`,
    `${fallbackHtml(values, phoneHref)}</resistance-check>`,
  ];
  const invalid = [...form.elements].filter((element) => element.willValidate && !element.checkValidity());
  const messages = invalid.map((element) => `${element.labels?.[0]?.textContent.trim().split("\n")[0] ?? element.name}: ${element.validationMessage}`);
  for (const line of badLines) messages.push(`Closed days: "${line}" is not a date (YYYY-MM-DD) or range`);
  return { lines, attrs, hours, messages };
}

function update() {
  const { lines, attrs, hours, messages } = build();
  snippetBox.value = lines.join("\n");
  problems.textContent = messages.length ? `Please check: ${messages.join("; ")}.` : "";
  copyStatus.textContent = "";
  // A new element each time: the loader tears the old widget down and mounts the new one.
  const host = document.createElement("resistance-check");
  for (const [name, value] of attrs) host.setAttribute(name, value);
  const script = document.createElement("script");
  script.type = "application/json";
  script.textContent = JSON.stringify(hours);
  host.append(script);
  preview.replaceChildren(host);
}

async function copySnippet() {
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    copyStatus.textContent = "Copied. Paste it into your page's HTML.";
  } catch {
    snippetBox.select();
    copyStatus.textContent = "Selected: press Ctrl+C (or ⌘C) to copy.";
  }
}

hoursRows();
timeZones();
form.elements["loader-url"].value = new URL("resistance-check.js", location.href).href;
form.addEventListener("input", update);
document.getElementById("copy").addEventListener("click", copySnippet);
update();
