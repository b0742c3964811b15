// The clinic.json of the standalone page's end-to-end tests (standalone.test.mjs, frame.test.mjs).

export const CLINIC = {
  "clinic-name": "Sunset Skin Clinic",
  doctor: "Dr. Rivera",
  phone: "(818) 555-0142",
  "booking-url": "https://sunsetskin.example/book",
  address: "Encino, CA",
  "time-zone": "America/Los_Angeles",
  "utm-params": "utm_source utm_campaign",
  openingHoursSpecification: [
    { dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday"], opens: "10:00", closes: "17:00" },
    { dayOfWeek: "Friday", opens: "10:00", closes: "16:00" },
  ],
};

/** A clinic.json response: `value` as JSON, or a string as it is (a broken file). */
export const clinicFile = (value) => ({ body: typeof value === "string" ? value : JSON.stringify(value, null, 2), type: "application/json; charset=utf-8" });
