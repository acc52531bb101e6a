import { describe, expect, it } from "vitest";
import { renderAnswer } from "../../../src/bot/cards/index.js";
import { answerQuestion } from "../../../src/qa/index.js";
import { parseQuestion } from "../../../src/qa/parse.js";
import { seedDirectory } from "../../../src/seed/directory.js";
import { seedEvents } from "../../../src/seed/events.js";
import { seedPlanPeriod, seedTiltak } from "../../../src/seed/plan.js";

const snapshot = {
  directory: seedDirectory,
  events: seedEvents,
  period: seedPlanPeriod,
  tiltak: seedTiltak,
  now: new Date("2026-11-22T12:00:00Z"),
};
const card = (text: string, extra: Partial<typeof snapshot> = {}) =>
  renderAnswer(answerQuestion(text, { ...snapshot, ...extra })) as Record<string, unknown>;
const json = (o: unknown) => JSON.stringify(o);

type Submit = { title: string; data: { msteams: { type: string; value: string } } };

/** Every Action.Submit anywhere in the card. */
function submits(c: unknown): Submit[] {
  const out: Submit[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") {
      const o = x as Record<string, unknown>;
      if (o.type === "Action.Submit") out.push(o as unknown as Submit);
      Object.values(o).forEach(walk);
    }
  };
  walk(c);
  return out;
}

/** Every TextBlock's text. */
function texts(c: unknown): string[] {
  const out: string[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") {
      const o = x as Record<string, unknown>;
      if (o.type === "TextBlock") out.push(String(o.text));
      Object.values(o).forEach(walk);
    }
  };
  walk(c);
  return out;
}

describe("event and tiltak cards", () => {
  it.each([
    [
      "Hva skjer fremover?",
      [
        "Hva skjer fremover",
        "fredag 4. desember (klokkeslett ikke satt)",
        "Fredagspresentasjoner",
        "Dato ikke satt",
        "Alrek helsedager – årlig, dato ikke satt",
      ],
    ],
    [
      "upcoming events",
      ["What's coming up", "Friday 4 December (time not set)", "Date not set", "yearly, date not set"],
    ],
    ["Hva skjer i desember?", ["Hendelser i desember 2026", "fredag 4. desember (klokkeslett ikke satt)"]],
    [
      "what's on in January",
      [
        "Events in January 2027",
        "Friday 1 January 2027 (time not set)",
        "Falls on New Year's Day; not confirmed to take place",
      ],
    ],
    [
      "Når er neste fredagspresentasjon?",
      ["Neste gang: fredag 4. desember (klokkeslett ikke satt)", "Kantinen, Årstadveien 17", "Husrådet"],
    ],
    ["når er alrek helsedager", ["Alrek helsedager", "Dato ikke satt. Arrangementet er årlig."]],
    [
      "Hvilke tiltak har vi for utdanning for fremtiden?",
      ["Utdanning for fremtiden", "Bruke Alrek legesenter", "Planlagt", "Eksempelvis simulering"],
    ],
    [
      "What are the measures for public-private collaboration?",
      ["Collaboration between the public and private sectors", "Planned · Responsible"],
    ],
    [
      "Vis alle tiltak",
      ["Alle tiltak (16)", "Kommunikasjon og involvering", "Samarbeid mellom offentlig og privat sektor"],
    ],
    [
      "Hva er status på tiltakene?",
      ["Status for handlingsplanen", "16 tiltak · fremdrift 0 %", "Planlagt", "Pågår", "Fullført", "Stoppet"],
    ],
    ["What is the status of measures?", ["Status of the action plan", "In progress", "Done", "Stopped"]],
    [
      "Hvem har ansvar for kommunikasjonsplanen?",
      [
        "Ansvar for tiltaket",
        "Utvikle en kommunikasjonsplan",
        "BEHO (alle medarbeidere og ledere)",
        "Ansvar for planen",
      ],
    ],
    ["Hvem har ansvar for planen?", ["Ansvar og oppfølging", "Kommunaldirektør er overordnet ansvarlig"]],
  ] as const)("%s: version 1.5 card with the content", (text, parts) => {
    const c = card(text);
    expect(c.type).toBe("AdaptiveCard");
    expect(c.version).toBe("1.5");
    const s = json(c);
    for (const p of parts) expect(s).toContain(p);
  });

  it("upcoming card never shows an undated event with a date", () => {
    const blocks = texts(card("Hva skjer fremover?"));
    const undatedIndex = blocks.indexOf("Dato ikke satt");
    expect(undatedIndex).toBeGreaterThan(0);
    for (const e of seedEvents.filter((x) => !x.start)) {
      expect(blocks.slice(0, undatedIndex).join("\n")).not.toContain(e.title);
    }
  });

  it("upcoming card buttons: next month by name and all tiltak, sent as messages that parse back", () => {
    const buttons = submits(card("Hva skjer fremover?"));
    expect(buttons.map((b) => b.title)).toEqual(["Neste måned (desember)", "Vis alle tiltak"]);
    expect(buttons.map((b) => b.data.msteams.value)).toEqual(["Hva skjer i desember?", "Vis alle tiltak"]);
    for (const b of buttons) expect(b.data.msteams.type).toBe("imBack");
    const en = submits(card("What is coming up?"));
    expect(en.map((b) => b.title)).toEqual(["Next month (December)", "Show all measures"]);
  });

  it("status card has a 'Vis alle tiltak' button", () => {
    expect(submits(card("status")).map((b) => b.data.msteams.value)).toContain("Vis alle tiltak");
  });

  it("every button on the new cards sends a question the bot understands", () => {
    const questions = [
      "hva skjer",
      "Hva skjer i desember?",
      "når er neste fredagspresentasjon",
      "tiltak for forskning",
      "alle tiltak",
      "status",
      "hvem har ansvar for koordinatorrollen",
      "upcoming events",
      "show all measures",
    ];
    for (const q of questions) {
      for (const b of submits(card(q))) {
        expect(parseQuestion(b.data.msteams.value, undefined, seedDirectory, snapshot).intent).not.toMatch(
          /^(unknown|ambiguous)$/,
        );
      }
    }
  });

  it("all-tiltak card sums up each area, with the full list a button away", () => {
    const summary = json(card("Vis alle tiltak"));
    for (const t of seedTiltak) expect(summary).not.toContain(t.text.slice(0, 40));
    expect(summary).toContain("Kommunikasjon og involvering");
    expect(summary).toContain("4 tiltak: 4 planlagt");
    expect(summary).toContain("Vis hele lista over tiltak");
  });

  it("the full list keeps each tiltak to one text block plus its status line", () => {
    const blocks = texts(card("Vis hele lista over tiltak"));
    for (const t of seedTiltak)
      expect(blocks.filter((b) => b === t.text.replace(/([\\`*_~[\]<>#|])/g, "\\$1"))).toHaveLength(1);
    expect(blocks.filter((b) => b.startsWith("Planlagt · Ansvar:"))).toHaveLength(16);
  });

  it("an empty month says so on the card", () => {
    const s = json(
      card("Hva skjer i desember?", { events: seedEvents.filter((e) => e.id !== "fredagspresentasjoner") }),
    );
    expect(s).toContain("Ingen hendelser i desember 2026.");
  });

  it("escapes markdown in event text", () => {
    const evil = { ...seedEvents[0], title: "**Fredagspresentasjoner** [klikk](https://evil.example)" };
    const s = json(card("når er neste fredagspresentasjon", { events: [evil] }));
    expect(s).not.toContain("[klikk](");
    expect(s).toContain("\\\\*\\\\*Fredagspresentasjoner");
  });

  it("help card lists examples for representation, events and tiltak, and the commands as buttons", () => {
    const nb = card("hjelp");
    const s = json(nb);
    for (const p of ["Representasjon", "Arrangementer", "Handlingsplanen", "Kommandoer"]) expect(s).toContain(p);
    const values = submits(nb).map((b) => b.data.msteams.value);
    for (const v of [
      "Hvem sitter i Husrådet?",
      "Hva skjer fremover?",
      "Hva er status på tiltakene?",
      "abonner",
      "avslutt abonnement",
      "påminnelser",
      "ny hendelse",
    ]) {
      expect(values).toContain(v);
    }
    const en = submits(card("help")).map((b) => b.data.msteams.value);
    for (const v of ["What is coming up?", "Show all measures", "subscribe", "unsubscribe", "reminders", "new event"])
      expect(en).toContain(v);
  });
});
