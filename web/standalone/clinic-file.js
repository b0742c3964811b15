// The standalone page's reading of clinic.json: which entries become the element's attributes
// (checked afterwards by the widget's own rules, which log each problem), the hours script's
// JSON, the parent origins the frame messages may go to, and, from a file that does not parse,
// the clinic's phone and booking page where they can still be read safely. Pure functions of
// the file's text, so that tests/web/standalone.test.mjs runs them without a browser.

/** The keys that hold the office hours, as the hours script takes them (src/clinic/hours.rs). */
export const HOURS_KEYS = ["openingHoursSpecification", "specialOpeningHoursSpecification"];
/** The key that lists the origins of the pages allowed to frame check.html and hear its events. */
export const PARENT_ORIGINS = "parent-origins";
/** The attribute kinds whose values may be JSON true or false. */
const SWITCH_KINDS = new Set(["flag", "off-switch"]);

/**
 * Reads the parsed clinic.json `data` with the widget's attribute table `kinds` (attribute
 * name to kind, src/clinic/attributes.rs): `{attributes, hoursJson, parentOrigins, problems}`,
 * each problem `{level: "error" | "warning", text}` naming the key at fault. A value that
 * cannot be an attribute is left out; every other value goes to the widget as it is.
 */
export function readClinic(data, kinds) {
  const problems = [];
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    problems.push({ level: "error", text: "clinic.json must hold one JSON object ({\"clinic-name\": \"...\", \"phone\": \"...\", ...})" });
    return { attributes: {}, hoursJson: null, parentOrigins: [], problems };
  }
  const attributes = {};
  const hours = {};
  let parentOrigins = [];
  for (const [key, value] of Object.entries(data)) {
    if (HOURS_KEYS.includes(key)) {
      hours[key] = value;
    } else if (key === PARENT_ORIGINS) {
      const read = readOrigins(value);
      parentOrigins = read.origins;
      problems.push(...read.problems);
    } else if (!Object.hasOwn(kinds, key)) {
      problems.push({ level: "warning", text: `clinic.json: "${key}" is not a setting of the widget and is ignored (the settings are the attribute names: ${Object.keys(kinds).join(", ")}, and ${[...HOURS_KEYS, PARENT_ORIGINS].join(", ")})` });
    } else if (typeof value === "string") {
      attributes[key] = value;
    } else if (typeof value === "number" && Number.isFinite(value)) {
      attributes[key] = String(value);
    } else if (typeof value === "boolean" && SWITCH_KINDS.has(kinds[key])) {
      attributes[key] = String(value);
    } else {
      problems.push({ level: "error", text: `clinic.json: "${key}" must be a string, such as "${key}": "..."; ${JSON.stringify(value)} is left out` });
    }
  }
  const hoursJson = Object.keys(hours).length ? JSON.stringify(hours) : null;
  return { attributes, hoursJson, parentOrigins, problems };
}

/** The "parent-origins" entry: each one an origin such as https://clinic.example; others are reported and left out. */
export function readOrigins(value) {
  const problems = [];
  const list = typeof value === "string" ? [value] : Array.isArray(value) ? value : null;
  if (!list) {
    problems.push({ level: "error", text: `clinic.json: "${PARENT_ORIGINS}" must be a list of origins, such as ["https://clinic.example"]; no page hears the widget's events` });
    return { origins: [], problems };
  }
  const origins = [];
  for (const entry of list) {
    const origin = originOf(entry);
    if (origin && origin === entry) {
      if (!origins.includes(origin)) origins.push(origin);
    } else {
      const hint = origin ? ` (did you mean "${origin}"?)` : "";
      problems.push({
        level: "error",
        text: `clinic.json: "${PARENT_ORIGINS}" entry ${JSON.stringify(entry)} is not an origin: write the scheme, host and port only, such as "https://clinic.example"${hint}; it is left out`,
      });
    }
  }
  return { origins, problems };
}

/** The origin of an http(s) address string, or null. */
function originOf(entry) {
  if (typeof entry !== "string") return null;
  try {
    const url = new URL(entry);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The phone and booking page of a clinic.json that does not parse (a trailing comma, a
 * missing quote elsewhere), read only where the file has exactly one `"phone": "..."` (or
 * `"booking-url": "..."`) string and its value passes the basic checks: a phone of 7 to 15
 * digits written with spaces, ( ) - . and a leading +; an absolute http(s) address with a
 * host and no user name. Anything else gives null: never a guessed contact.
 */
export function recoverContacts(text) {
  const phone = stringEntry(text, "phone");
  const booking = stringEntry(text, "booking-url");
  return {
    phone: phone !== null && plausiblePhone(phone) ? phone.trim() : null,
    bookingUrl: booking !== null ? plausibleBookingUrl(booking) : null,
  };
}

/** The value of the only `"key": "..."` string of `text`, or null (none, several, or a bad escape). */
function stringEntry(text, key) {
  const pattern = new RegExp(`"${key}"\\s*:\\s*("(?:[^"\\\\\\n]|\\\\.)*")`, "g");
  const found = [...String(text).matchAll(pattern)];
  if (found.length !== 1) return null;
  try {
    return JSON.parse(found[0][1]);
  } catch {
    return null;
  }
}

/** A phone number as people write it: 7 to 15 digits, with spaces, ( ) - . and a leading +. */
export function plausiblePhone(value) {
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, "").length;
  return /^\+?[\d\s().-]+$/.test(trimmed) && digits >= 7 && digits <= 15;
}

/** The address as the browser resolves it, when it is an absolute http(s) one with a host and no credentials. */
export function plausibleBookingUrl(value) {
  try {
    const url = new URL(value.trim());
    const web = url.protocol === "https:" || url.protocol === "http:";
    return web && url.hostname && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

/** The tel: address of a phone number as written: its digits, with its leading + if any. */
export const telHref = (phone) => `tel:${phone.trim().startsWith("+") ? "+" : ""}${phone.replace(/\D/g, "")}`;
