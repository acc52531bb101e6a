/** Shared set-up for the reminder integration tests: Azurite tables, fake connector, fixtures. */
import { conversationTargetId, type ConversationTarget } from "../../src/domain/conversations.js";
import type { AlrekEvent } from "../../src/domain/events.js";
import type { EventRepository } from "../../src/domain/repositories.js";
import { silentLogger } from "../../src/logger.js";
import { reminderCardRenderer } from "../../src/reminders/reminderCard.js";
import { ReminderScheduler, type ReminderSchedulerOptions } from "../../src/reminders/scheduler.js";
import type { ReminderSender } from "../../src/domain/reminderSender.js";
import {
  createReminderRepositories,
  REMINDER_TABLE_NAMES,
  type ReminderRepositories,
} from "../../src/storage/reminderTables/index.js";
import { testTableFactory } from "../setup/azurite.js";

/** 09:00 in Oslo on Wednesday 9 December 2026: when "the day before at 09:00" fires for 10 December. */
export const DUE = new Date("2026-12-09T08:00:00.000Z");

/** A meeting on Thursday 10 December 2026 at 13:00 (reminders: 9 Dec 09:00 and 10 Dec 12:00). */
export function meeting(id: string, title = `Møte ${id}`): AlrekEvent {
  return {
    id,
    kind: "meeting",
    title,
    start: "2026-12-10T13:00",
    end: "2026-12-10T14:00",
    timeZone: "Europe/Oslo",
    exceptions: [],
    cancelled: false,
    place: "Alrek, bygg 1",
  };
}

/** An in-memory event source (the scheduler only lists). */
export function eventSource(events: AlrekEvent[]): Pick<EventRepository, "list"> {
  return { list: async () => events.map((value) => ({ value, etag: "e" })) };
}

/** A channel target pointing at `serviceUrl` (the fake connector). */
export function channelTarget(name: string, serviceUrl: string): ConversationTarget {
  const conversationId = `19:${name}@thread.tacv2;messageid=1700000000000`;
  return {
    id: conversationTargetId(conversationId),
    conversationId,
    serviceUrl,
    tenantId: "tenant-1",
    botId: "28:bot",
    channelId: "msteams",
    conversationType: "channel",
    name,
    reference: {
      bot: { id: "28:bot" },
      conversation: { id: conversationId, conversationType: "channel", tenantId: "tenant-1" },
      channelId: "msteams",
      serviceUrl,
    },
    installedAt: "2026-01-01T00:00:00.000Z",
    status: "active",
  };
}

/** Fresh reminder tables with the given targets, each subscribed to every kind. */
export async function reminderTables(
  targets: ConversationTarget[],
): Promise<ReminderRepositories & { cleanup(): Promise<void> }> {
  const tables = testTableFactory();
  await tables.factory.ensureTables(REMINDER_TABLE_NAMES);
  const repos = createReminderRepositories(tables.factory);
  for (const target of targets) {
    await repos.targets.upsert(target);
    await repos.subscriptions.put({
      targetId: target.id,
      kinds: [],
      createdAt: "2026-01-01T00:00:00.000Z",
      createdBy: "test",
    });
  }
  return Object.assign(repos, { cleanup: tables.cleanup });
}

/** The secret test cards are signed with. */
export const LINK_KEY = "test-calendar-link-key-0123456789";

/** Virtual time for waits: `sleep` advances `now` at once, so retries and throttling cost no wall-clock time. */
export function virtualTime(startMs = DUE.getTime() + 1_000) {
  let now = startMs;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += Math.max(0, ms);
    },
    clock: () => new Date(now),
    sleeps,
  };
}

/** Waits with no wall-clock cost (for tests about claims, not timing). */
export const noWaiting = { sleep: async () => {}, random: () => 0.5 };

/** A scheduler on the given tables; override anything. */
export function scheduler(
  repos: ReminderRepositories,
  events: AlrekEvent[],
  sender: ReminderSender,
  over: Partial<ReminderSchedulerOptions> & { clock: () => Date; instanceId: string },
): ReminderScheduler {
  return new ReminderScheduler({
    events: eventSource(events),
    subscriptions: repos.subscriptions,
    targets: repos.targets,
    deliveries: repos.deliveries,
    deliveryLog: repos.deliveryLog,
    sender,
    log: silentLogger,
    renderCard: reminderCardRenderer({ publicBaseUrl: "https://alrek.example", linkKey: LINK_KEY }),
    leaseMs: 60_000,
    ...over,
    timing: { ...noWaiting, ...over.timing },
  });
}

/** A clock fixed at `at` + offset ms. */
export const fixedClock =
  (at: Date, offsetMs = 0) =>
  () =>
    new Date(at.getTime() + offsetMs);
