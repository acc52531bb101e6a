import { TableClient } from "@azure/data-tables";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TEXT } from "../../src/domain/reminderTexts.js";
import { REMINDER_TABLES } from "../../src/storage/reminderTables/tableNames.js";
import { call } from "../api/apiClient.js";
import { postActivity } from "../support/activities.js";
import { cardAction, type TeamsUser } from "../support/teamsActivities.js";
import { startTestService } from "../support/testService.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

const ALICE: TeamsUser = { id: "29:alice", name: "Alice Aas", aadObjectId: "00000000-0000-0000-0000-00000000a11c" };
const ONE_OFF = "2026-12-15T10:00";

describe("RSVP only for occurrences that exist, within the window (real service, Azurite)", () => {
  let service: Service;
  let now = new Date("2026-11-22T10:00:00.000Z");
  let meeting: string;
  let weekly: string;
  let weeklyEtag: string;
  let deadline: string;
  let rows: () => Promise<{ partitionKey: string; rowKey: string }[]>;

  const create = async (body: Record<string, unknown>) => {
    const res = await call(service.url, "POST", "/api/events", { body });
    expect(res.status).toBe(201);
    return res.body as { id: string; etag: string };
  };
  const rsvp = async (eventId: string, occurrenceKey: string, from = ALICE) => {
    const { status, body } = await postActivity(
      service.url,
      cardAction(
        "rsvp",
        { eventId, occurrenceKey, lang: "nb", answer: "yes" },
        { serviceUrl: "http://127.0.0.1:9", from },
      ),
    );
    expect(status).toBe(200);
    return body as { type: string; value: any };
  };

  beforeAll(async () => {
    service = await startTestService({ REMINDER_TICK_SECONDS: "3600" }, { clock: () => now });
    meeting = (await create({ kind: "meeting", title: "Møte", start: ONE_OFF, reminderLeadTimes: ["PT1H"] })).id;
    ({ id: weekly, etag: weeklyEtag } = await create({
      kind: "workshop",
      title: "Verksted",
      start: "2026-11-25T09:00",
      recurrence: "FREQ=WEEKLY",
      reminderLeadTimes: ["PT1H"],
    }));
    deadline = (await create({ kind: "deadline", title: "Frist", start: "2026-12-01T12:00" })).id;
    const table = TableClient.fromConnectionString(
      inject("azuriteConnectionString"),
      `${service.tablePrefix}${REMINDER_TABLES.rsvp}`,
      { allowInsecureConnection: true },
    );
    rows = async () => {
      const all: { partitionKey: string; rowKey: string }[] = [];
      for await (const e of table.listEntities()) all.push({ partitionKey: e.partitionKey!, rowKey: e.rowKey! });
      return all.filter((r) => r.rowKey !== "nudge");
    };
  });
  afterAll(async () => {
    await service?.stop();
  });

  it("30 clicks with made-up keys on a one-off meeting are one answer, under the meeting's own key", async () => {
    for (let i = 0; i < 30; i++) {
      const answer = await rsvp(meeting, `2030-01-${String((i % 28) + 1).padStart(2, "0")}T0${i % 10}:00`);
      expect(answer.type).toBe("application/vnd.microsoft.card.adaptive");
    }
    expect(await rows()).toHaveLength(1);
    const api = await call(service.url, "GET", `/api/rsvp/${meeting}/${encodeURIComponent(ONE_OFF)}`);
    expect(api.body.answers).toEqual([expect.objectContaining({ oid: ALICE.aadObjectId, answer: "yes" })]);
  });

  it.each([
    ["a date that is not one of the series' occurrences", () => weekly, "2026-12-03T10:00", TEXT.nb.gone],
    ["a key that is no date at all", () => weekly, "x".repeat(300), TEXT.nb.gone],
    ["an event that does not exist", () => "finnes-ikke", "2026-12-02T09:00", TEXT.nb.gone],
    ["an event whose cards do not ask (a deadline)", () => deadline, "2026-12-01T12:00", TEXT.nb.gone],
    ["an occurrence two years ahead", () => weekly, "2028-11-22T09:00", TEXT.nb.rsvpClosed],
    ["an occurrence long past", () => weekly, "2026-11-25T09:00", TEXT.nb.rsvpClosed, "2027-01-10T10:00:00.000Z"],
  ])("refuses %s and stores nothing", async (_name, eventId, key, text, at?: string) => {
    const before = await rows();
    if (at) now = new Date(at);
    try {
      const answer = await rsvp(eventId(), key);
      expect(answer).toMatchObject({ type: "application/vnd.microsoft.activity.message", value: text });
    } finally {
      now = new Date("2026-11-22T10:00:00.000Z");
    }
    expect(await rows()).toEqual(before);
  });

  it("takes an answer for the series' next occurrence, and refuses it once that date is cancelled", async () => {
    const before = (await rows()).length;
    expect((await rsvp(weekly, "2026-12-02T09:00")).type).toBe("application/vnd.microsoft.card.adaptive");
    expect(await rows()).toHaveLength(before + 1);
    const cancelled = await call(service.url, "POST", `/api/events/${weekly}/cancel`, {
      etag: weeklyEtag,
      body: { occurrence: "2026-12-09T09:00" },
    });
    expect(cancelled.status).toBe(200);
    const answer = await rsvp(weekly, "2026-12-09T09:00");
    expect(answer).toMatchObject({ value: TEXT.nb.gone });
    expect(await rows()).toHaveLength(before + 1);
  });
});
