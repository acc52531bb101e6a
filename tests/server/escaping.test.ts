import { said } from "../support/activities.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../support/testService.js";
import { ask, expectReplies, postActivity } from "../support/activities.js";
import { cardSubmit } from "../support/teamsActivities.js";
import { call } from "../api/apiClient.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

const LINK = "[Logg inn her](https://evil.example)";
const MARKUP = `**Viktig** ${LINK} <b>fet</b> _x_ # overskrift`;
const NOW = new Date("2026-11-22T09:00:00Z");

/**
 * Markdown a Teams client would render as a link, emphasis or a tag: an unescaped "[…](",
 * "**", "<b>" or "_x_". Escaped text ("\[Logg inn her\](…)") shows the characters instead.
 */
function liveMarkup(text: string): string[] {
  const found: string[] = [];
  for (const pattern of [/(^|[^\\])\[(?:[^\]\\]|\\.)*\]\(/, /(^|[^\\])\*\*/, /(^|[^\\])<b>/, /(^|[^\\\w])_x(?<!\\)_/]) {
    const m = pattern.exec(text);
    if (m) found.push(m[0]);
  }
  return found;
}

/** Every text a Teams client renders as markdown in a card: TextBlock text and FactSet titles and values. */
function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") {
      const o = x as Record<string, unknown>;
      if (o.type === "TextBlock" && typeof o.text === "string") out.push(o.text);
      if (o.type === "FactSet")
        for (const f of o.facts as { title: string; value: string }[]) out.push(f.title, f.value);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** The reply shows `typed` (its words) and nothing of it as live markup, in text and card. */
function expectShownInert(reply: any, words: string): void {
  const texts = [reply.text ?? "", ...(reply.attachments ?? []).flatMap((a: any) => cardTexts(a.content))];
  expect(texts.join("\n")).toContain(words);
  for (const t of texts) expect(liveMarkup(t), t).toEqual([]);
}

describe("what users typed is never rendered as markup", () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService({ REMINDER_TICK_SECONDS: "3600" }, { clock: () => NOW });
  });
  afterAll(async () => {
    await service?.stop();
  });

  it("checks itself: the raw markup counts as live", () => {
    expect(liveMarkup(MARKUP)).toHaveLength(4);
    expect(
      liveMarkup("\\[Logg inn her\\](https://evil.example) \\*\\*Viktig\\*\\* \\<b\\>fet\\</b\\> \\_x\\_"),
    ).toEqual([]);
  });

  it.each([
    ["a question", LINK, "nb-NO"],
    ["a question with more markup", MARKUP, "nb-NO"],
    ["an English question", `who sits in ${LINK}`, "en-US"],
  ])("%s echoed back in 'not found'", async (_name, question, locale) => {
    const replies = await ask(service.url, question, { locale });
    expect(replies).toHaveLength(1);
    expectShownInert(replies[0], "Logg inn her");
  });

  it("an event title and place from the new-event form, in the confirmation and in later answers", async () => {
    const form = {
      verb: "createEvent",
      lang: "nb",
      title: `Sommerfest ${LINK}`,
      kind: "meeting",
      startDate: "2026-12-01",
      startTime: "12:00",
      endTime: "13:00",
      place: MARKUP,
      description: `Les ${LINK}`,
      link: "",
      reminders: "",
    };
    const saved = await postActivity(service.url, expectReplies(cardSubmit(form)));
    expect(saved.status).toBe(200);
    expect(said(saved.body.activities[0])).toMatch(/Lagret/);
    expectShownInert(saved.body.activities[0], "Logg inn her");

    for (const question of ["Hva skjer fremover?", "Hva skjer i desember?", "Når er sommerfest?"]) {
      const replies = await ask(service.url, question);
      expectShownInert(replies[0], "Sommerfest");
      expect(JSON.stringify(replies[0])).toContain("Logg inn her");
      for (const reply of replies) expectShownInert(reply, "Logg inn her");
    }
  });

  it("an organiser entered through the API, in the event answer", async () => {
    const created = await call(service.url, "POST", "/api/events", {
      body: {
        title: "Vinterseminar",
        kind: "conference",
        start: "2026-12-10T09:00",
        timeZone: "Europe/Oslo",
        organiser: LINK,
        place: LINK,
      },
    });
    expect(created.status).toBe(201);
    const replies = await ask(service.url, "Når er vinterseminar?");
    expect(JSON.stringify(replies[0].attachments[0].content)).toContain("Logg inn her");
    expectShownInert(replies[0], "Vinterseminar");
  });
});
