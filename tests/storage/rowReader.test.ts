/**
 * Rows are read through one schema per table at the repository: a bad row is reported and left
 * out of lists, while a get (for someone about to change it) still returns it when it is in shape.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BadRow, BadRowReporter } from "../../src/domain/badRows.js";
import { createRepositories } from "../../src/storage/index.js";
import { createReminderRepositories, REMINDER_TABLE_NAMES } from "../../src/storage/reminderTables/index.js";
import { BOOKING_TABLE_NAMES, TableBookingRepository } from "../../src/storage/tableBookingRepository.js";
import { testTableFactory, type TestTables } from "../setup/azurite.js";
import { event } from "./fixtures.js";

/** A reporter that keeps what it is told. */
function reporter() {
  const bad: BadRow[] = [];
  const fine: string[] = [];
  const r: BadRowReporter = { bad: (row) => bad.push(row), fine: (table, id) => fine.push(`${table}/${id}`) };
  return { r, bad, fine };
}

describe("reading rows through their schemas (Azurite)", () => {
  let tables: TestTables;
  const seen = reporter();
  let repos: ReturnType<typeof createRepositories>;
  let reminders: ReturnType<typeof createReminderRepositories>;
  let bookings: TableBookingRepository;

  beforeAll(async () => {
    tables = testTableFactory();
    repos = createRepositories(tables.factory, seen.r);
    await repos.ensureTables();
    await tables.factory.ensureTables([...REMINDER_TABLE_NAMES, ...BOOKING_TABLE_NAMES]);
    reminders = createReminderRepositories(tables.factory, seen.r);
    bookings = new TableBookingRepository(
      {
        bookings: tables.factory.client("bookings"),
        rules: tables.factory.client("bookingRules"),
        slots: tables.factory.client("bookingSlots"),
      },
      seen.r,
    );
  });
  afterAll(async () => {
    await tables?.cleanup();
  });

  const put = (table: string, row: Record<string, unknown> & { partitionKey: string; rowKey: string }) =>
    tables.factory.client(table).upsertEntity(row, "Replace");

  it("events: a list leaves out the bad ones (reported once per read), a get and a scan still return one in shape", async () => {
    await repos.events.create(event("god"));
    await put("events", {
      partitionKey: "event",
      rowKey: "skrivefeil",
      id: "skrivefeil",
      kind: "meeting",
      title: "Skrivefeil",
      start: "0202-12-10T10:00",
      timeZone: "Europe/Oslo",
      exceptions: "[]",
      cancelled: false,
    });
    await put("events", {
      partitionKey: "event",
      rowKey: "ødelagt",
      id: "ødelagt",
      kind: "meeting",
      title: "Ødelagt",
      timeZone: "Europe/Oslo",
      exceptions: "[{",
      cancelled: false,
    });
    await put("events", {
      partitionKey: "event",
      rowKey: "feil-nokkel",
      id: "en-annen",
      kind: "meeting",
      title: "Flyttet",
      timeZone: "Europe/Oslo",
      exceptions: "[]",
      cancelled: false,
    });

    expect((await repos.events.list()).map((v) => v.value.id)).toEqual(["god"]);
    expect(seen.bad.map((b) => [b.table, b.id, b.reason])).toEqual([
      ["events", "feil-nokkel", "keys: the row's PartitionKey/RowKey are not the ones its values give"],
      ["events", "skrivefeil", "start: 0202-12-10T10:00 is outside the years 1900–2199"],
      ["events", "ødelagt", "exceptions: is not JSON"],
    ]);
    expect(seen.fine).toContain("events/god");

    const typo = await repos.events.get("skrivefeil");
    expect(typo?.value.start).toBe("0202-12-10T10:00");
    expect(await repos.events.get("ødelagt")).toBeUndefined();

    const { events, bad } = await repos.events.scan();
    expect(events.map((v) => v.value.id)).toEqual(["god"]);
    expect(bad.map((b) => [b.id, b.event?.value.title])).toEqual([
      ["feil-nokkel", undefined],
      ["skrivefeil", "Skrivefeil"],
      ["ødelagt", undefined],
    ]);
  });

  it("reminder settings: the tick's list leaves out a row it cannot use, the settings card's get still reads it", async () => {
    const sub = { targetId: "YTpjaGF0LTE", kinds: [], createdAt: "2026-12-01T10:00:00.000Z", createdBy: "o" };
    await reminders.subscriptions.put({ ...sub, leadTimes: { meeting: ["PT2H"] } });
    await reminders.subscriptions.put({ ...sub, targetId: "YTpjaGF0LTI", leadTimes: { meeting: ["P3000000D"] } });
    expect((await reminders.subscriptions.list()).map((s) => s.targetId)).toEqual(["YTpjaGF0LTE"]);
    expect((await reminders.subscriptions.get("YTpjaGF0LTI"))?.leadTimes).toEqual({ meeting: ["P3000000D"] });
    expect(seen.bad.at(-1)).toEqual({
      table: "Subscriptions",
      id: "YTpjaGF0LTI",
      reason: "leadTimes.meeting: P3000000D must be at most 90 days before the start (P90D or D-90@…)",
    });
  });

  it("Borgertun rules that cannot be used: the defaults apply, and the etag is kept so an editor's save replaces them", async () => {
    await put("bookingRules", { partitionKey: "rules", rowKey: "current", openFrom: "08:00", openTo: "24:61" });
    const { rules, etag } = await bookings.getRules();
    expect(rules.openTo).toBe("16:00");
    expect(etag).toMatch(/\S/);
    expect(seen.bad.at(-1)).toMatchObject({ table: "bookingRules", id: "current" });
    await bookings.saveRules({ ...rules, openTo: "24:00" }, etag);
    expect((await bookings.getRules()).rules.openTo).toBe("24:00");
  });

  it("RSVP: an answer that is not one is left out of the counts", async () => {
    const pk = "god|2026-12-15T12:00";
    await reminders.rsvp.put({
      eventId: "god",
      occurrenceKey: "2026-12-15T12:00",
      oid: "o1",
      answer: "yes",
      answeredAt: "2026-12-09T08:00:00.000Z",
    });
    await put("ReminderRsvp", {
      partitionKey: pk,
      rowKey: "a|o2",
      eventId: "god",
      occurrenceKey: "2026-12-15T12:00",
      oid: "o2",
      answer: "__proto__",
      answeredAt: "x",
    });
    expect((await reminders.rsvp.list("god", "2026-12-15T12:00")).map((e) => e.oid)).toEqual(["o1"]);
    expect(seen.bad.at(-1)).toMatchObject({ table: "ReminderRsvp", id: `${pk}/a|o2` });
  });
});
