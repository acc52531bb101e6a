import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversationTargetId, type ReminderDelivery } from "../../src/domain/conversations.js";
import { ConflictError } from "../../src/domain/errors.js";
import {
  createReminderRepositories,
  REMINDER_TABLE_NAMES,
  type ReminderRepositories,
} from "../../src/storage/reminderTables/index.js";
import { testTableFactory } from "../setup/azurite.js";
import { channelTarget } from "./harness.js";

let repos: ReminderRepositories;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const tables = testTableFactory();
  await tables.factory.ensureTables(REMINDER_TABLE_NAMES);
  repos = createReminderRepositories(tables.factory);
  cleanup = tables.cleanup;
});
afterAll(() => cleanup());

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

describe("deliveries", () => {
  const row: ReminderDelivery = {
    id: "ev/1|2026-12-10T13:00|D-1@09:00|abc#?",
    eventId: "ev/1",
    occurrenceKey: "2026-12-10T13:00",
    leadTime: "D-1@09:00",
    targetId: "abc#?",
    dueAt: "2026-12-09T08:00:00.000Z",
    status: "claimed",
    attempts: 1,
    claimedBy: "i1",
    leaseUntil: "2026-12-09T08:01:00.000Z",
  };

  it("create is first-writer-wins; update needs the current etag", async () => {
    const created = await repos.deliveries.create(row);
    expect(created?.value).toEqual(row);
    expect(await repos.deliveries.create({ ...row, claimedBy: "i2" })).toBeUndefined();
    const current = (await repos.deliveries.get(row.eventId, row.id))!;
    expect(current.value).toEqual(row);
    const sent = await repos.deliveries.update(
      { ...row, status: "sent", leaseUntil: undefined, sentAt: "2026-12-09T08:00:05.000Z" },
      current.etag,
    );
    await expect(repos.deliveries.update({ ...row, status: "failed" }, current.etag)).rejects.toBeInstanceOf(
      ConflictError,
    );
    const stored = (await repos.deliveries.get(row.eventId, row.id))!;
    expect(stored.etag).toBe(sent.etag);
    expect(stored.value.status).toBe("sent");
    expect(stored.value.leaseUntil).toBeUndefined();
    expect(await repos.deliveries.list(row.eventId)).toHaveLength(1);
  });

  it("the log lists a delivery's entries in write order", async () => {
    const at = "2026-12-09T08:00:00.000Z";
    for (const action of ["claimed", "failed", "takeover", "sent"] as const)
      await repos.deliveryLog.append({ deliveryId: row.id, at, instanceId: "i", action });
    expect((await repos.deliveryLog.list(row.id)).map((e) => e.action)).toEqual([
      "claimed",
      "failed",
      "takeover",
      "sent",
    ]);
  });
});
