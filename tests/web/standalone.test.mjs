// The standalone page's reading of clinic.json (web/standalone/clinic-file.js) and of
// ?lang= (web/standalone/language.js), with the widget's real attribute table: which keys
// become attributes, what is reported, which origins are kept, and which contacts a broken
// file still gives (only ones that pass the basic checks, never a guess).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { readClinic, readOrigins, recoverContacts, telHref } from "../../web/standalone/clinic-file.js";
import { requestedLanguage } from "../../web/standalone/language.js";

const table = JSON.parse(await readFile(new URL("../../integrations/wordpress/attributes.json", import.meta.url), "utf8"));
const kinds = Object.fromEntries(table.attributes.map(({ name, kind }) => [name, kind]));

test("every attribute of the table is a key of clinic.json; strings, numbers and the switches' true/false become attribute values", () => {
  const data = Object.fromEntries(Object.keys(kinds).map((name) => [name, "x"]));
  assert.deepEqual(readClinic(data, kinds).attributes, data);
  const read = readClinic({ "corner-radius": 12, "analytics-verdict": true, "share-verdict": false, directions: false }, kinds);
  assert.deepEqual(read.attributes, { "corner-radius": "12", "analytics-verdict": "true", "share-verdict": "false", directions: "false" });
  assert.deepEqual(read.problems, []);
});

test("unknown keys are a warning naming the key; a value that cannot be an attribute is an error naming it, and is left out", () => {
  const read = readClinic({ phone: "(818) 555-0142", phoen: "(818) 555-0142", "clinic-name": true, address: ["a"] }, kinds);
  assert.deepEqual(read.attributes, { phone: "(818) 555-0142" });
  assert.equal(read.problems.length, 3);
  assert.deepEqual(read.problems.map((problem) => problem.level), ["warning", "error", "error"]);
  assert.match(read.problems[0].text, /"phoen" is not a setting/);
  assert.match(read.problems[1].text, /"clinic-name" must be a string/);
  assert.match(read.problems[2].text, /"address" must be a string/);
  for (const bad of [[], "text", null, 3]) assert.equal(readClinic(bad, kinds).problems[0].level, "error", JSON.stringify(bad));
});

test("the hours go to the hours script as they are, and only the keys given", () => {
  const week = [{ dayOfWeek: "Monday", opens: "10:00", closes: "17:00" }];
  assert.equal(readClinic({ openingHoursSpecification: week }, kinds).hoursJson, JSON.stringify({ openingHoursSpecification: week }));
  const special = [{ validFrom: "2026-12-24", name: "Holidays" }];
  assert.deepEqual(JSON.parse(readClinic({ specialOpeningHoursSpecification: special, openingHoursSpecification: week }, kinds).hoursJson), {
    specialOpeningHoursSpecification: special,
    openingHoursSpecification: week,
  });
  assert.equal(readClinic({ phone: "1" }, kinds).hoursJson, null);
});

test("parent-origins keeps each origin once and names every entry that is not one", () => {
  const { origins, problems } = readOrigins(["https://clinic.example", "https://clinic.example", "http://127.0.0.1:8080", "https://clinic.example/", "clinic.example", "ftp://x.example", 7]);
  assert.deepEqual(origins, ["https://clinic.example", "http://127.0.0.1:8080"]);
  assert.equal(problems.length, 4);
  assert.match(problems[0].text, /"https:\/\/clinic\.example\/" is not an origin.*did you mean "https:\/\/clinic\.example"/);
  assert.match(problems[1].text, /"clinic\.example" is not an origin/);
  assert.deepEqual(readOrigins("https://a.example").origins, ["https://a.example"]);
  assert.equal(readOrigins({}).problems[0].level, "error");
  assert.deepEqual(readClinic({ "parent-origins": ["https://a.example"] }, kinds).parentOrigins, ["https://a.example"]);
});

test("a file with a trailing comma still gives its phone and booking page", () => {
  const text = '{\n  "clinic-name": "Sunset Skin",\n  "phone": "(818) 555-0142",\n  "booking-url": "https://sunsetskin.example/book",\n}\n';
  assert.throws(() => JSON.parse(text));
  assert.deepEqual(recoverContacts(text), { phone: "(818) 555-0142", bookingUrl: "https://sunsetskin.example/book" });
  assert.equal(telHref("(818) 555-0142"), "tel:8185550142");
  assert.equal(telHref("+34 912 345 678"), "tel:+34912345678");
});

test("nothing is guessed: a contact that fails the checks, appears twice or cannot be read is left out", () => {
  assert.deepEqual(recoverContacts('{"phone": "call us", "booking-url": "sunsetskin.example/book",'), { phone: null, bookingUrl: null });
  assert.deepEqual(recoverContacts('{"phone": "(818) 555-0142", "phone": "(818) 555-0199",'), { phone: null, bookingUrl: null });
  assert.deepEqual(recoverContacts('{"booking-url": "https://user:pw@sunsetskin.example/",'), { phone: null, bookingUrl: null });
  assert.deepEqual(recoverContacts('{"booking-url": "javascript:alert(1)", "phone": "12",'), { phone: null, bookingUrl: null });
  assert.deepEqual(recoverContacts('{"phone": "(818) 555-0142'), { phone: null, bookingUrl: null }, "an unterminated string");
  assert.deepEqual(recoverContacts(""), { phone: null, bookingUrl: null });
});

test("?lang= asks for en or es; another value is a problem and asks for nothing", () => {
  assert.deepEqual(requestedLanguage("?lang=es"), { lang: "es", problem: null });
  assert.deepEqual(requestedLanguage("?utm_source=x&lang=en-GB"), { lang: "en", problem: null });
  assert.deepEqual(requestedLanguage("?utm_source=x"), { lang: null, problem: null });
  const french = requestedLanguage("?lang=fr");
  assert.equal(french.lang, null);
  assert.match(french.problem, /lang=fr/);
});

test("the demo's examples/clinic.json (served by scripts/serve.mjs, never shipped) reads without a problem", async () => {
  const demo = JSON.parse(await readFile(new URL("../../examples/clinic.json", import.meta.url), "utf8"));
  const read = readClinic(demo, kinds);
  assert.deepEqual(read.problems, []);
  assert.equal(read.attributes.phone, "(555) 010-0199");
  assert.ok(read.hoursJson && read.parentOrigins.length === 1);
});
