// The standalone page's script (check.html, bundled into check.js by scripts/finalize-dist.mjs
// with the build's values: RC_VERSION, RC_STANDALONE_KINDS, the attribute table of
// src/clinic/attributes.rs). It reads the clinic's settings from clinic.json beside the page
// and makes the <resistance-check> element from them (the widget checks every value and logs
// each problem), with the clinic's phone and booking link as its fallback content; it keeps
// <html lang> and the title in the widget's language; framed by another site, it reports its
// height and forwards the widget's events (framed.js).
import { languageOf } from "../loader/readings.js";
import { plausibleBookingUrl, plausiblePhone, readClinic, recoverContacts, telHref } from "./clinic-file.js";
import { forwardEvents, linksLeaveFrame, reportHeight } from "./framed.js";
import { followLanguage, requestedLanguage } from "./language.js";
import { WORDING } from "./wording.js";

const PREFIX = `resistance-check ${RC_VERSION}, check.html: `;
const CLINIC_FILE = "clinic.json";

/** Puts the page in `lang`: <html lang>, the title, the description and the heading (the clinic's name, else a plain one). */
function applyLanguage(lang, clinicName) {
  const words = WORDING[lang];
  document.documentElement.lang = lang;
  document.title = clinicName ? `${words.title} | ${clinicName}` : words.title;
  document.querySelector('meta[name="description"]')?.setAttribute("content", words.description);
  const heading = document.getElementById("rc-page-heading");
  if (heading) heading.textContent = clinicName || words.heading;
}

/**
 * The clinic's settings from clinic.json: `{attributes, hoursJson, parentOrigins, contacts}`.
 * A file that cannot be fetched or parsed is reported (the HTTP status, or the parser's
 * message) and gives no settings, only the contacts that can still be read from its text.
 */
async function loadClinic() {
  const nothing = (contacts) => ({ attributes: {}, hoursJson: null, parentOrigins: [], contacts });
  const none = { phone: null, bookingUrl: null };
  let response;
  try {
    response = await fetch(CLINIC_FILE, { cache: "no-cache" });
  } catch (error) {
    console.error(`${PREFIX}${CLINIC_FILE} could not be fetched (${error?.message ?? error}); the widget runs without the clinic's settings.`);
    return nothing(none);
  }
  if (!response.ok) {
    console.error(
      `${PREFIX}${CLINIC_FILE} could not be loaded: HTTP ${response.status} ${response.statusText} for ${response.url}. Put the clinic's ${CLINIC_FILE} beside check.html; the widget runs without the clinic's settings.`,
    );
    return nothing(none);
  }
  const text = await response.text();
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const contacts = recoverContacts(text);
    const kept = [contacts.phone && "phone", contacts.bookingUrl && "booking-url"].filter(Boolean);
    console.error(
      `${PREFIX}${CLINIC_FILE} is not valid JSON (${error.message}), so none of its settings apply; ${kept.length ? `the page still shows the clinic's ${kept.join(" and ")} from it` : "no contact could be read from it"}.`,
    );
    return nothing(contacts);
  }
  const read = readClinic(data, RC_STANDALONE_KINDS);
  for (const problem of read.problems) (problem.level === "error" ? console.error : console.warn)(`${PREFIX}${problem.text}`);
  const { phone = null, "booking-url": booking = null } = read.attributes;
  const contacts = {
    phone: phone !== null && plausiblePhone(phone) ? phone.trim() : null,
    bookingUrl: booking !== null ? plausibleBookingUrl(booking) : null,
  };
  return { ...read, contacts };
}

/** The element's fallback content: the clinic's call and booking links, or a plain sentence without any contact. */
function fallbackContent({ phone, bookingUrl }, lang) {
  const sentence = WORDING[lang].contact[phone && bookingUrl ? "both" : phone ? "phone" : bookingUrl ? "book" : "none"];
  const paragraph = document.createElement("p");
  for (const part of sentence.split(/(\{phone\}|\{book\}.*?\{\/book\})/)) {
    if (part === "{phone}") {
      const call = document.createElement("a");
      call.href = telHref(phone);
      call.textContent = phone;
      paragraph.append(call);
    } else if (part.startsWith("{book}")) {
      const book = document.createElement("a");
      book.href = bookingUrl;
      book.textContent = part.slice("{book}".length, -"{/book}".length);
      paragraph.append(book);
    } else if (part) {
      paragraph.append(part);
    }
  }
  return paragraph;
}

async function start() {
  const framed = window.parent !== window;
  if (framed) {
    document.documentElement.classList.add("rc-framed");
    reportHeight();
    linksLeaveFrame();
  }
  const asked = requestedLanguage(window.location.search);
  if (asked.problem) console.warn(`${PREFIX}${asked.problem}`);
  // The page speaks the visitor's language from its first frame, before clinic.json is in.
  applyLanguage(languageOf(asked.lang, navigator.language), "");

  const clinic = await loadClinic();
  const attributes = { ...clinic.attributes, ...(asked.lang ? { lang: asked.lang } : {}) };
  const lang = languageOf(attributes.lang, navigator.language);
  const clinicName = (attributes["clinic-name"] ?? "").trim().slice(0, 80);
  applyLanguage(lang, clinicName);

  const host = document.createElement("resistance-check");
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  if (clinic.hoursJson) {
    const hours = document.createElement("script");
    hours.type = "application/json";
    hours.textContent = clinic.hoursJson;
    host.append(hours);
  }
  host.append(fallbackContent(clinic.contacts, lang));
  if (framed) forwardEvents(host, clinic.parentOrigins);
  followLanguage(host, (spoken) => applyLanguage(spoken, clinicName));
  // Last, once it has everything: the loader starts a widget as the element joins the page.
  document.getElementById("rc-page").append(host);
}

start();
