import { describe, expect, it } from "vitest";
import type { AlrekEvent } from "../../src/domain/events.js";
import { expandOccurrences } from "../../src/domain/occurrences.js";
import { icsUrl, reminderText, renderReminderCard } from "../../src/reminders/reminderCard.js";

const event: AlrekEvent = {
  id: "fredagspresentasjon", kind: "presentation", title: "Fredagspresentasjon", titleEn: "Friday presentation",
  start: "2026-12-04T12:00", end: "2026-12-04T12:45", timeZone: "Europe/Oslo", place: "Alrek, auditoriet",
  link: "https://example.org/live", exceptions: [], cancelled: false,
};
const [occurrence] = expandOccurrences(event, new Date("2026-12-01T00:00:00Z"), new Date("2026-12-31T00:00:00Z"));

type Card = { version: string; body: { type: string; text?: string; facts?: { title: string; value: string }[] }[]; actions: { title: string; url: string }[] };

describe("reminder card", () => {
  it.each([
    ["nb", "Fredagspresentasjon", "fredag 4. desember kl. 12.00–12.45", "Legg i kalender", "Åpne lenke"],
    ["en", "Friday presentation", "Friday 4 December, 12:00–12:45", "Add to calendar", "Open link"],
  ] as const)("%s: title, local time, place and buttons", (lang, title, when, calendar, link) => {
    const card = renderReminderCard(occurrence, lang, { publicBaseUrl: "https://alrek.example/" }) as Card;
    expect(card.version).toBe("1.5");
    expect(card.body.some((b) => b.text === title)).toBe(true);
    const facts = card.body.find((b) => b.type === "FactSet")!.facts!;
    expect(facts.map((f) => f.value)).toEqual([when, "Alrek, auditoriet"]);
    expect(card.actions).toEqual([
      { type: "Action.OpenUrl", title: link, url: "https://example.org/live" },
      { type: "Action.OpenUrl", title: calendar, url: "https://alrek.example/api/events/fredagspresentasjon/ics?occurrence=2026-12-04T12%3A00" },
    ]);
  });

  it("leaves out the link button when there is no link", () => {
    const [o] = expandOccurrences({ ...event, link: undefined }, new Date("2026-12-01T00:00:00Z"), new Date("2026-12-31T00:00:00Z"));
    expect((renderReminderCard(o, "nb", { publicBaseUrl: "https://a" }) as Card).actions.map((a) => a.title)).toEqual(["Legg i kalender"]);
  });

  it("has a plain-text fallback", () => {
    expect(reminderText(occurrence, "nb")).toBe("Påminnelse: Fredagspresentasjon, fredag 4. desember kl. 12.00–12.45 (Alrek, auditoriet)");
    expect(icsUrl("http://localhost:3978", occurrence)).toBe("http://localhost:3978/api/events/fredagspresentasjon/ics?occurrence=2026-12-04T12%3A00");
  });
});
