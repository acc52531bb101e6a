/** Shared set-up for the reminder integration tests: Azurite tables, fake connector, fixtures. */
import { conversationTargetId, type ConversationTarget } from "../../src/domain/conversations.js";
import type { BadRowReporter } from "../../src/domain/badRows.js";
import type { AlrekEvent } from "../../src/domain/events.js";
import type { EventRepository } from "../../src/domain/repositories.js";
import { silentLogger } from "../../src/logger.js";
import { Leadership } from "../../src/reminders/leadership.js";
import { planners, type PlannerSources } from "../../src/reminders/planners.js";
import { reminderCardRenderer } from "../../src/reminders/reminderCard.js";
import { ReminderRunner, type RunnerOptions } from "../../src/reminders/runner.js";
import { SendBudget } from "../../src/reminders/sendBudget.js";
import { DEFAULT_SENDER_TIMING, OneSender, type SenderTiming } from "../../src/reminders/sender.js";
import type { ReminderSender } from "../../src/domain/reminderSender.js";
import type { TableClientFactory } from "../../src/storage/tableClients.js";
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
function eventSource(events: AlrekEvent[]): Pick<EventRepository, "list"> {
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

/** Storage requests per method name (createEntity, updateEntity, getEntity, listEntities…), when counted. */
export type RequestCounts = Record<string, number>;

/** A factory whose table clients count every request made through them. */
function counting(factory: TableClientFactory, counts: RequestCounts): Pick<TableClientFactory, "client"> {
  return {
    client: (name) =>
      new Proxy(factory.client(name), {
        get(client, method) {
          const value = Reflect.get(client, method, client);
          if (typeof value !== "function") return value;
          return (...args: unknown[]) => {
            counts[String(method)] = (counts[String(method)] ?? 0) + 1;
            return value.apply(client, args);
          };
        },
      }),
  };
}

/**
 * Fresh reminder tables with the given targets, each subscribed to every kind; `counts` collects
 * storage requests, `badRows` hears of rows the tables cannot read.
 */
export async function reminderTables(
  targets: ConversationTarget[],
  counts?: RequestCounts,
  badRows?: BadRowReporter,
): Promise<ReminderRepositories & { cleanup(): Promise<void> }> {
  const tables = testTableFactory();
  await tables.factory.ensureTables(REMINDER_TABLE_NAMES);
  const repos = createReminderRepositories(counts ? counting(tables.factory, counts) : tables.factory, badRows);
  for (const target of targets) {
    await repos.targets.upsert(target);
    await repos.subscriptions.put({
      targetId: target.id,
      kinds: [],
      createdAt: "2026-01-01T00:00:00.000Z",
      createdBy: "test",
    });
  }
  if (counts) for (const key of Object.keys(counts)) delete counts[key];
  return Object.assign(repos, { cleanup: tables.cleanup });
}

/** The secret test cards are signed with. */
const LINK_KEY = "test-calendar-link-key-0123456789";

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

/** What a test may set on a runner; clock and instance are required. */
export type RunnerOverrides = Partial<Omit<RunnerOptions, "leadership" | "sender" | "budget" | "planners">> &
  Partial<Omit<PlannerSources, "events" | "sender">> & {
    clock: () => Date;
    instanceId: string;
    timing?: Partial<SenderTiming>;
  };

/**
 * One reminder instance as compose/reminders.ts builds it (leadership, budget, the one sender,
 * the planners, the runner) on the given tables, with virtual time for every wait by default.
 */
export function runner(
  repos: ReminderRepositories,
  events: AlrekEvent[],
  sender: ReminderSender,
  over: RunnerOverrides,
) {
  const leaseMs = over.leaseMs ?? 60_000;
  const leadership = new Leadership({ repo: repos.lease, clock: over.clock, instanceId: over.instanceId, leaseMs });
  const budget = new SendBudget();
  const time = virtualTime();
  const timing = { ...DEFAULT_SENDER_TIMING, now: time.now, sleep: time.sleep, random: () => 0.5, ...over.timing };
  const one = new OneSender(budget, () => leadership.fence((2 * leaseMs) / 3), timing);
  const renderCard = reminderCardRenderer({ publicBaseUrl: "https://alrek.example", linkKey: LINK_KEY });
  const run = new ReminderRunner({
    ledger: repos.ledger,
    targets: repos.targets,
    log: silentLogger,
    ...over,
    leaseMs,
    leadership,
    sender: one,
    budget,
    planners: planners({
      events: eventSource(events),
      subscriptions: repos.subscriptions,
      rsvp: repos.rsvp,
      renderCard,
      log: silentLogger,
      ...over,
      sender,
    }),
  });
  // Passes of one instance run one after the other, as compose/reminders.ts runs them.
  let chain: Promise<unknown> = Promise.resolve();
  const tick = () => {
    const pass = chain.then(() => run.pass());
    chain = pass.catch(() => undefined);
    return pass;
  };
  return { tick, runner: run, leadership, budget, time };
}

/** A clock fixed at `at` + offset ms. */
export const fixedClock =
  (at: Date, offsetMs = 0) =>
  () =>
    new Date(at.getTime() + offsetMs);
