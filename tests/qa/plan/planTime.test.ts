/** The plan and time in the bot: the ended period is said, and "forsinket" is a question of its own. */
import { describe, expect, it } from "vitest";
import type { Tiltak } from "../../../src/domain/tiltak.js";
import { overdueTiltakCard, tiltakStatusCard } from "../../../src/bot/cards/index.js";
import { answerQuestion, parseQuestion, type Answer, type AnswerKind, type AnswerOf } from "../../../src/qa/index.js";
import { seedDirectory } from "../../../src/seed/directory.js";
import { seedEvents } from "../../../src/seed/events.js";
import { seedPlanPeriod, seedTiltak } from "../../../src/seed/plan.js";

const LATE_2026 = new Date("2026-11-22T12:00:00Z");
const IN_2025 = new Date("2025-05-01T12:00:00Z");
const knowledge = { events: seedEvents, period: seedPlanPeriod, tiltak: seedTiltak };
const snapshot = { directory: seedDirectory, ...knowledge, now: LATE_2026 };

function as<K extends AnswerKind>(a: Answer, kind: K): AnswerOf<K> {
  if (a.kind !== kind) throw new Error(`expected ${kind}, got ${a.kind}: ${a.text}`);
  return a as AnswerOf<K>;
}

describe("overdue questions", () => {
  it.each([
    ["Hvilke tiltak er forsinket?", "nb"],
    ["hvilke tiltak er forsinka", "nb"],
    ["Er noen tiltak forsinket?", "nb"],
    ["forsinkede tiltak", "nb"],
    ["Er noe forsinket?", "nb"],
    ["Hvilke tiltak har passert fristen?", "nb"],
    ["tiltak med frist som er passert", "nb"],
    ["Hvilke tiltak i handlingsplanen er forsinket", "nb"],
    ["Which measures are overdue?", "en"],
    ["which measures are late", "en"],
    ["Are any measures behind?", "en"],
    ["overdue measures", "en"],
    ["What is overdue?", "en"],
    ["Which actions are delayed?", "en"],
    ["measures past their deadline", "en"],
  ])("%s → overdueTiltak (%s)", (text, lang) => {
    const q = parseQuestion(text, undefined, seedDirectory, knowledge);
    expect(q.intent).toBe("overdueTiltak");
    expect(q.lang).toBe(lang);
  });

  it.each([
    ["Når er fristen for å melde seg på Alrek helsedager?", "overdueTiltak"],
    ["Hva er status på tiltakene?", "tiltakStatus"],
    ["Vis alle tiltak", "allTiltak"],
  ])("%s is not asked as late tiltak", (text, not) => {
    const q = parseQuestion(text, undefined, seedDirectory, knowledge);
    if (not === "overdueTiltak") expect(q.intent).not.toBe("overdueTiltak");
    else expect(q.intent).toBe(not);
  });
});

describe("overdue answers", () => {
  const dated: Tiltak[] = seedTiltak.map((t, i) =>
    i === 0
      ? { ...t, dueDate: "2026-06-30", status: "in_progress" }
      : i === 1
        ? { ...t, dueDate: "2025-12-01" }
        : i === 2
          ? { ...t, dueDate: "2025-01-01", status: "done" }
          : i === 3
            ? { ...t, dueDate: "2027-01-01", milestone: "Før Alrekdagene" }
            : t,
  );

  it("lists the late ones, oldest due date first, with the date in words", () => {
    const a = as(answerQuestion("Hvilke tiltak er forsinket?", { ...snapshot, tiltak: dated }), "overdueTiltak");
    expect(a.tiltak.map((t) => t.id)).toEqual([dated[1].id, dated[0].id]);
    expect(a.tiltak.map((t) => t.dueLabel)).toEqual(["1. desember 2025", "30. juni 2026"]);
    expect(a.withDueDate).toBe(4);
    expect(a.text).toContain("2 tiltak er forsinket");
    const en = as(answerQuestion("Which measures are overdue?", { ...snapshot, tiltak: dated }), "overdueTiltak");
    expect(en.tiltak[0].dueLabel).toBe("1 December 2025");
    const card = JSON.stringify(overdueTiltakCard(a));
    expect(card).toContain("Forsinkede tiltak");
    expect(card).toContain("desember 2025");
  });

  it.each([
    [seedTiltak, "ingen tiltak har fått frist ennå"],
    [seedTiltak.map((t) => ({ ...t, dueDate: "2030-01-01" })), "Ingen tiltak er forsinket (16 har frist)"],
  ])("says none is late, and why", (tiltak, expected) => {
    const a = as(answerQuestion("Hvilke tiltak er forsinket?", { ...snapshot, tiltak, now: IN_2025 }), "overdueTiltak");
    expect(a.tiltak).toEqual([]);
    expect(a.text).toContain(expected);
  });
});

describe("the ended plan period", () => {
  const ENDED_NB = "Planperioden 2024–2025 er avsluttet; ny plan er ikke lagt inn.";
  const ENDED_EN = "The plan period 2024–2025 has ended; no new plan has been entered.";

  const SHORT_NB = "Planperioden 2024–2025 er avsluttet.";
  const SHORT_EN = "The plan period 2024–2025 has ended.";

  it.each([
    ["Hva er status på tiltakene?", "tiltakStatus", ENDED_NB, SHORT_NB],
    ["Vis alle tiltak", "allTiltak", ENDED_NB, SHORT_NB],
    ["Hvilke tiltak har vi for utdanning for fremtiden?", "tiltakByArea", ENDED_NB, SHORT_NB],
    ["Hvem har ansvar for kommunikasjonsplanen?", "tiltakResponsible", ENDED_NB, SHORT_NB],
    ["Hvilke tiltak er forsinket?", "overdueTiltak", ENDED_NB, SHORT_NB],
    ["Hva er tiltak nummer 2?", "tiltakDetail", ENDED_NB, SHORT_NB],
    ["What is the status of the measures?", "tiltakStatus", ENDED_EN, SHORT_EN],
    ["Show all measures", "allTiltak", ENDED_EN, SHORT_EN],
    ["Which measures are overdue?", "overdueTiltak", ENDED_EN, SHORT_EN],
  ])("%s (%s): the answer first; the editors' note only for editors, after it", (text, kind, editorsNote, short) => {
    const forEditor = answerQuestion(text, { ...snapshot, editor: true });
    expect(forEditor.kind).toBe(kind);
    expect(forEditor.text.startsWith(editorsNote)).toBe(false);
    expect(forEditor.text).toContain(editorsNote);
    expect((forEditor as { periodNotice?: string }).periodNotice).toContain(editorsNote);
    const forOthers = answerQuestion(text, snapshot);
    expect(forOthers.text).not.toContain(editorsNote);
    expect(forOthers.text).not.toMatch(/Redaktører|Editors/);
    expect(forOthers.text.startsWith(short)).toBe(false);
    expect(forOthers.text.endsWith(short)).toBe(true);
  });

  it.each([IN_2025, new Date("2025-12-31T22:59:00Z"), undefined])("says nothing while the period runs (%s)", (now) => {
    const a = as(answerQuestion("Hva er status på tiltakene?", { ...snapshot, now }), "tiltakStatus");
    expect(a.periodNotice).toBeUndefined();
    expect(a.text).not.toContain("avsluttet");
  });

  it("the status card shows the notice after the answer, and points editors (only) to a new period", () => {
    const a = as(answerQuestion("Hva er status på tiltakene?", { ...snapshot, editor: true }), "tiltakStatus");
    const card = JSON.stringify(tiltakStatusCard(a));
    expect(card).toContain("er avsluttet");
    expect(card).toContain("opprette neste planperiode");
    expect(card.indexOf("er avsluttet")).toBeGreaterThan(card.indexOf("Per satsingsområde"));
    const others = JSON.stringify(
      tiltakStatusCard(as(answerQuestion("Hva er status på tiltakene?", snapshot), "tiltakStatus")),
    );
    expect(others).toContain("er avsluttet");
    expect(others).not.toContain("opprette neste planperiode");
  });
});
