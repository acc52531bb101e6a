import { LANGS, type Lang } from "../../src/domain/language.js";
import { describe, expect, it } from "vitest";
import type { AlrekEvent } from "../../src/domain/events.js";
import { expandOccurrences } from "../../src/domain/occurrences.js";
import { checkOccurrenceLink } from "../../src/services/occurrenceLink.js";
import { reminderSummary, reminderText, renderReminderCard } from "../../src/reminders/reminderCard.js";

const KEY = "card-test-link-key-0123456789abcdef";
const event: AlrekEvent = {
  id: "fredagspresentasjon",
  kind: "presentation",
  title: "Fredagspresentasjon",
  titleEn: "Friday presentation",
  start: "2026-12-04T12:00",
  end: "2026-12-04T12:45",
  timeZone: "Europe/Oslo",
  place: "Alrek, auditoriet",
  link: "https://example.org/live",
  exceptions: [],
  cancelled: false,
};
const occurrenceOf = (e: AlrekEvent) =>
  expandOccurrences(e, new Date("2026-12-01T00:00:00Z"), new Date("2026-12-31T00:00:00Z"))[0];
const occurrence = occurrenceOf(event);
const render = (o = occurrence, lang: Lang = "nb") =>
  renderReminderCard(o, lang, { publicBaseUrl: "https://alrek.example/", linkKey: KEY }) as Card;

type Card = {
  version: string;
  body: { type: string; text?: string; facts?: { title: string; value: string }[] }[];
  actions: { title: string; url: string }[];
};

describe("reminder card", () => {
  it.each([
    ["nb", "Fredagspresentasjon", "fredag 4. desember kl. 12.00–12.45", "Legg i kalender", "Åpne lenke"],
    ["en", "Friday presentation", "Friday 4 December, 12:00–12:45", "Add to calendar", "Open link"],
    ["nn", "Fredagspresentasjon", "fredag 4. desember kl. 12.00–12.45", "Legg i kalender", "Opne lenkje"],
  ] as const)("%s: title, local time, place and buttons", (lang, title, when, calendar, link) => {
    const card = render(occurrence, lang);
    expect(card.version).toBe("1.5");
    expect(card.body.some((b) => b.text === title)).toBe(true);
    const facts = card.body.find((b) => b.type === "FactSet")!.facts!;
    expect(facts.map((f) => f.value)).toEqual([when, "Alrek, auditoriet"]);
    expect(card.actions.map((a) => [a.title, a.url.split("?")[0]])).toEqual([
      [link, "https://example.org/live"],
      [calendar, "https://alrek.example/api/calendar/occurrence/fredagspresentasjon/2026-12-04T12%3A00.ics"],
    ]);
  });

  it("signs the calendar link for this occurrence, valid until 30 days after it starts, without the key in it", () => {
    const url = new URL(render().actions.at(-1)!.url);
    const exp = url.searchParams.get("exp")!;
    expect(Number(exp) * 1000).toBe(occurrence.start.getTime() + 30 * 86_400_000);
    const subject = { eventId: "fredagspresentasjon", occurrenceKey: "2026-12-04T12:00" };
    expect(
      checkOccurrenceLink([KEY], subject, exp, url.searchParams.get("sig")!, new Date("2026-12-01T00:00:00Z")),
    ).toBe("ok");
    expect(url.href).not.toContain(KEY);
  });

  it("leaves out the link button when there is no link, or when it is not a web link", () => {
    for (const link of [undefined, "javascript:alert(1)", "data:text/html,x", "not a url"]) {
      expect(render(occurrenceOf({ ...event, link })).actions.map((a) => a.title)).toEqual(["Legg i kalender"]);
    }
  });

  it("has a plain-text fallback", () => {
    expect(reminderText(occurrence, "nb")).toBe(
      "Påminnelse: Fredagspresentasjon, fredag 4. desember kl. 12.00–12.45 (Alrek, auditoriet)",
    );
    expect(reminderText(occurrence, "nn")).toBe(
      "Påminning: Fredagspresentasjon, fredag 4. desember kl. 12.00–12.45 (Alrek, auditoriet)",
    );
  });
});

describe("user-typed text is never markup", () => {
  const evil: AlrekEvent = {
    ...event,
    title: "[Logg inn her](https://evil.example)",
    titleEn: "**Urgent** [login](https://evil.example)",
    place: "![x](https://evil.example/p.png) _Rom_ 1",
    organiser: "<at>Alle</at> # Admin",
  };
  const o = occurrenceOf(evil);

  it.each(LANGS)("%s: title, place and organiser are escaped in the card", (lang) => {
    const card = render(o, lang);
    const texts = [
      ...card.body.map((b) => b.text ?? ""),
      ...card.body.flatMap((b) => (b.facts ?? []).map((f) => f.value)),
    ];
    const all = texts.join("\n");
    // An unescaped "[" followed by "](" would make a link; nothing of the kind survives.
    expect(all).not.toMatch(/(^|[^\\])\[[^\]]*[^\\]\]\(/);
    expect(all).not.toMatch(/(^|[^\\])[*_#<]/);
    expect(all).toContain(
      lang !== "en"
        ? "\\[Logg inn her\\](https://evil.example)"
        : "\\*\\*Urgent\\*\\* \\[login\\](https://evil.example)",
    );
    expect(all).toContain("\\<at\\>Alle\\</at\\> \\# Admin");
  });

  it("escapes the message text and its notification summary", () => {
    const text = reminderText(o, "nb");
    expect(text).toBe(
      "Påminnelse: \\[Logg inn her\\](https://evil.example), fredag 4. desember kl. 12.00–12.45 (!\\[x\\](https://evil.example/p.png) \\_Rom\\_ 1)",
    );
    expect(reminderSummary(text)).toBe(text);
  });

  it.each([
    ["short", "abc", "abc"],
    ["cut at 199", "x".repeat(250), `${"x".repeat(199)}…`],
    ["never ends in half an escape", `${"x".repeat(198)}\\[more text`, `${"x".repeat(198)}…`],
  ])("summary: %s", (_name, text, expected) => {
    expect(reminderSummary(text)).toBe(expected);
  });
});
