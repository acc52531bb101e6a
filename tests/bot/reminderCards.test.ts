import { describe, expect, it } from "vitest";
import { kindsInWords, leadTimeInWords, subscribedCard } from "../../src/bot/cards/subscriptionCards.js";
import { eventFormCard } from "../../src/bot/cards/eventFormCard.js";
import { formToEventInput } from "../../src/bot/handlers/newEvent.js";

describe("leadTimeInWords", () => {
  it.each([
    ["D-1@09:00", "nb", "dagen før kl. 09.00"],
    ["D-1@09:00", "en", "the day before at 09:00"],
    ["D0@08:30", "nb", "samme dag kl. 08.30"],
    ["D-3@07:00", "en", "3 days before at 07:00"],
    ["PT1H", "nb", "1 time før"],
    ["PT2H", "en", "2 hours before"],
    ["P7D", "nb", "7 dager før"],
    ["P1D", "en", "1 day before"],
    ["P1DT2H30M", "nb", "1 dag 2 timer 30 minutter før"],
    ["D-1@09:00", "nn", "dagen før kl. 09.00"],
    ["D0@08:30", "nn", "same dag kl. 08.30"],
    ["P7D", "nn", "7 dagar før"],
    ["P1DT2H30M", "nn", "1 dag 2 timar 30 minutt før"],
  ] as const)("%s (%s) → %s", (lead, lang, words) => {
    expect(leadTimeInWords(lead, lang)).toBe(words);
  });
});

describe("kindsInWords", () => {
  it.each([
    [[], "nb", "alle hendelser"],
    [["meeting"], "nb", "møter"],
    [["meeting", "deadline"], "nb", "møter og frister"],
    [["meeting", "conference", "deadline"], "en", "meetings, conferences and deadlines"],
    [[], "nn", "alle hendingar"],
    [["meeting", "deadline"], "nn", "møte og fristar"],
  ] as const)("%j (%s) → %s", (kinds, lang, words) => {
    expect(kindsInWords(kinds, lang)).toBe(words);
  });
});

describe("subscribedCard", () => {
  it("names only the kinds subscribed to and the next reminders", () => {
    const card = JSON.stringify(
      subscribedCard(
        ["deadline"],
        [
          {
            title: "Søknadsfrist",
            dueAt: new Date("2026-12-01T06:30:00Z"),
            occurrenceStart: new Date("2026-12-08T11:00:00Z"),
          },
        ],
        "nb",
      ),
    );
    expect(card).toContain("Frister");
    expect(card).not.toContain("Møter");
    expect(card).toContain("tirsdag 1. desember kl. 07.30");
    expect(card).toContain("Søknadsfrist (tirsdag 8. desember kl. 12.00)");
  });
});

describe("formToEventInput", () => {
  it.each([
    [
      { title: "A", startDate: "2026-12-18", startTime: "12:00", endTime: "13:00" },
      { start: "2026-12-18T12:00", end: "2026-12-18T13:00" },
    ],
    [
      { title: "A", startDate: "2026-12-18", startTime: "12:00", endDate: "2026-12-19", endTime: "09:00" },
      { start: "2026-12-18T12:00", end: "2026-12-19T09:00" },
    ],
    [
      { title: "A", reminders: "p7d, PT1H" },
      { reminderLeadTimes: ["P7D", "PT1H"], kind: "meeting" },
    ],
  ])("%j → %j", (values, expected) => {
    const { input, errors } = formToEventInput(values, "nb");
    expect(errors).toEqual({});
    expect(input).toMatchObject(expected);
  });

  it("leaves the kind's default reminders when the field is empty", () => {
    expect(formToEventInput({ title: "A", reminders: " " }, "nb").input).not.toHaveProperty("reminderLeadTimes");
  });

  it.each([
    [{ startDate: "2026-12-18" }, "startDate", "Choose a time for the date"],
    [{ startTime: "12:00" }, "startDate", "Choose a date for the time"],
  ])("reports %j at %s", (values, field, message) => {
    expect(formToEventInput(values, "en").errors).toEqual({ [field]: message });
  });
});

describe("eventFormCard", () => {
  it("puts each error in red above its field", () => {
    const card = eventFormCard("en", { title: "" }, { title: "Title is required" }) as {
      body: Record<string, unknown>[];
    };
    const index = card.body.findIndex((b) => b.id === "title");
    expect(card.body[index - 1]).toMatchObject({ type: "TextBlock", text: "Title is required", color: "Attention" });
  });
});
