import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversationTargetId } from "../../src/domain/conversations.js";
import { isOpen, type LedgerEntry } from "../../src/domain/ledger.js";
import { ConflictError } from "../../src/domain/errors.js";
import { silentLogger } from "../../src/logger.js";
import { createBadRowLog } from "../../src/services/badRowLog.js";
import {
  copyOnceSends,
  createReminderRepositories,
  ONCE_SENDS_TABLE,
  REMINDER_TABLE_NAMES,
  REMINDER_TABLES,
  type ReminderRepositories,
} from "../../src/storage/reminderTables/index.js";
import { testTableFactory } from "../setup/azurite.js";
import { channelTarget } from "./harness.js";

let repos: ReminderRepositories;
let cleanup: () => Promise<void>;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const tables = testTableFactory();
  await tables.factory.ensureTables(REMINDER_TABLE_NAMES);
  repos = createReminderRepositories(tables.factory);
  cleanup = tables.cleanup;
});
afterAll(async () => {
  await cleanup();
  await Promise.all(cleanups.map((c) => c()));
});

describe("conversation targets", () => {
  it("stores Teams ids with ':' '@' ';' '/' safely and round-trips the reference", async () => {
    const target = { ...channelTarget("kanal/med?rart#navn", "http://connector"), userAadObjectId: "oid-1" };
    expect(target.id).toBe(conversationTargetId(target.conversationId));
    expect(target.id).toMatch(/^[A-Za-z0-9_-]+$/);
    await repos.targets.upsert(target);
    expect(await repos.targets.get(target.id)).toEqual(target);
    expect((await repos.targets.list()).map((t) => t.id)).toContain(target.id);
    await repos.targets.setStatus(target.id, "removed", "2026-12-01T00:00:00.000Z");
    expect(await repos.targets.get(target.id)).toMatchObject({
      status: "removed",
      removedAt: "2026-12-01T00:00:00.000Z",
      reference: target.reference,
    });
    await expect(repos.targets.setStatus("nope", "removed", "x")).resolves.toBeUndefined();
  });
});

describe("subscriptions", () => {
  it("put, get, list and remove", async () => {
    const sub = {
      targetId: "dGFyZ2V0",
      kinds: ["meeting" as const, "deadline" as const],
      createdAt: "2026-12-01T00:00:00.000Z",
      createdBy: "oid-1",
    };
    await repos.subscriptions.put(sub);
    expect(await repos.subscriptions.get(sub.targetId)).toEqual(sub);
    expect(await repos.subscriptions.list()).toContainEqual(sub);
    await repos.subscriptions.remove(sub.targetId);
    expect(await repos.subscriptions.get(sub.targetId)).toBeUndefined();
  });
});

describe("the delivery ledger", () => {
  const row: LedgerEntry = {
    kind: "reminder",
    group: "ev/1",
    id: "ev/1|2026-12-10T13:00|D-1@09:00|abc#?",
    eventId: "ev/1",
    occurrenceKey: "2026-12-10T13:00",
    leadTime: "D-1@09:00",
    targetId: "abc#?",
    dueAt: "2026-12-09T08:00:00.000Z",
    status: "posting",
    attempts: 1,
    epoch: 3,
    by: "i1",
    claimId: "c1",
  };

  it("create is first-writer-wins; update needs the current etag and clears what it leaves out", async () => {
    const created = await repos.ledger.create(row);
    expect(created?.value).toEqual(row);
    expect(await repos.ledger.create({ ...row, by: "i2" })).toBeUndefined();
    const current = (await repos.ledger.get(row.group, row.id))!;
    expect(current.value).toEqual(row);
    const sent = await repos.ledger.update(
      { ...row, status: "sent", claimId: undefined, sentAt: "2026-12-09T08:00:05.000Z" },
      current.etag,
    );
    await expect(repos.ledger.update({ ...row, status: "failed" }, current.etag)).rejects.toBeInstanceOf(ConflictError);
    const stored = (await repos.ledger.get(row.group, row.id))!;
    expect(stored.etag).toBe(sent.etag);
    expect(stored.value).toMatchObject({ status: "sent", sentAt: "2026-12-09T08:00:05.000Z" });
    expect(stored.value.claimId).toBeUndefined();
    expect((await repos.ledger.list(row.group)).map((r) => r.value.id)).toEqual([row.id]);
  });

  it("reads a claim the delivery table held before the ledger as a reminder 'posting', left alone until its lease lapses", async () => {
    const tables = testTableFactory();
    cleanups.push(tables.cleanup);
    await tables.factory.ensureTables(REMINDER_TABLE_NAMES);
    const old = {
      id: "ev2|2026-12-10T13:00|PT1H|t1",
      eventId: "ev2",
      occurrenceKey: "2026-12-10T13:00",
      leadTime: "PT1H",
      targetId: "t1",
      dueAt: "2026-12-10T11:00:00.000Z",
      status: "claimed",
      attempts: 1,
      claimedBy: "old-host",
      claimId: "x",
      leaseUntil: "2026-12-10T11:02:00.000Z",
    };
    await tables.factory.client(REMINDER_TABLES.ledger).createEntity({ partitionKey: "ev2", rowKey: old.id, ...old });
    const [{ value }] = await createReminderRepositories(tables.factory).ledger.list();
    expect(value).toMatchObject({ kind: "reminder", group: "ev2", status: "posting", by: "old-host" });
    expect(isOpen(value, new Date("2026-12-10T11:01:00.000Z"))).toBe(false);
    expect(isOpen(value, new Date("2026-12-10T11:03:00.000Z"))).toBe(true);
  });

  it("copies the rows of the old once-send table into the ledger once, keeping what the ledger has", async () => {
    const tables = testTableFactory();
    cleanups.push(tables.cleanup);
    await tables.factory.ensureTables([...REMINDER_TABLE_NAMES, ONCE_SENDS_TABLE]);
    const ledger = createReminderRepositories(tables.factory).ledger;
    const old = tables.factory.client(ONCE_SENDS_TABLE);
    const base = { targetId: "t1", dueAt: "2027-01-04T07:00:00.000Z", attempts: 1 };
    await old.createEntity({
      partitionKey: "snooze",
      rowKey: "t1|s",
      group: "snooze",
      id: "t1|s",
      ...base,
      status: "pending",
      eventId: "e",
      occurrenceKey: "k",
    });
    await old.createEntity({
      partitionKey: "digest|2027-01-04",
      rowKey: "t1",
      group: "digest|2027-01-04",
      id: "t1",
      ...base,
      status: "sent",
    });
    await old.createEntity({
      partitionKey: "borgertun",
      rowKey: "b|x",
      group: "borgertun",
      id: "b|x",
      ...base,
      status: "claimed",
      claimedBy: "h",
    });
    await ledger.create({ kind: "snooze", group: "snooze", id: "t1|s", ...base, status: "sent" });

    expect(await copyOnceSends(old, ledger)).toBe(2);
    expect(await copyOnceSends(old, ledger)).toBe(0);
    const rows = new Map((await ledger.list()).map((r) => [r.value.group, r.value]));
    expect(rows.get("snooze")).toMatchObject({ kind: "snooze", status: "sent" });
    expect(rows.get("digest|2027-01-04")).toMatchObject({ kind: "digest", status: "sent" });
    expect(rows.get("borgertun")).toMatchObject({ kind: "booking", status: "posting", by: "h" });
    expect(await copyOnceSends(tables.factory.client("NoSuchTable"), ledger)).toBe(0);
  });

  it("an old row the ledger cannot take is reported and the others are copied (the start goes on)", async () => {
    const tables = testTableFactory();
    cleanups.push(tables.cleanup);
    await tables.factory.ensureTables([...REMINDER_TABLE_NAMES, ONCE_SENDS_TABLE]);
    const badRows = createBadRowLog({ log: silentLogger, clock: () => new Date("2027-01-01T00:00:00.000Z") });
    const ledger = createReminderRepositories(tables.factory, badRows).ledger;
    const old = tables.factory.client(ONCE_SENDS_TABLE);
    const row = { group: "snooze", targetId: "t1", dueAt: "2027-01-04T07:00:00.000Z", attempts: 0, status: "pending" };
    await old.createEntity({ partitionKey: "snooze", rowKey: "a-long-one", ...row, id: "x".repeat(600) });
    await old.createEntity({ partitionKey: "snooze", rowKey: "fine", ...row, id: "fine" });

    expect(await copyOnceSends(old, ledger, badRows)).toBe(1);
    expect((await ledger.list("snooze")).map((r) => r.value.id)).toEqual(["fine"]);
    expect(badRows.list()).toEqual([
      expect.objectContaining({ table: ONCE_SENDS_TABLE, id: "a-long-one", reason: expect.stringMatching(/512/) }),
    ]);
  });
});
