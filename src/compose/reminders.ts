import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { BookingRepository } from "../domain/bookingRepository.js";
import type { Clock } from "../domain/clock.js";
import type { ConversationTarget, ReminderDelivery } from "../domain/conversations.js";
import type { ReminderSender } from "../domain/reminderSender.js";
import type { EventRepository } from "../domain/repositories.js";
import type { ThreadSender } from "../domain/threadSender.js";
import type { Logger } from "../logger.js";
import { deliveryOverview, recentDeliveries, type DeliveryOverview } from "../reminders/deliveryOverview.js";
import { Leadership } from "../reminders/leadership.js";
import { planners } from "../reminders/planners.js";
import { reminderCardRenderer } from "../reminders/reminderCard.js";
import { createRsvpService, type RsvpService } from "../reminders/rsvpNudge.js";
import { ReminderRunner, type TickReport } from "../reminders/runner.js";
import { SendBudget } from "../reminders/sendBudget.js";
import { DEFAULT_SENDER_TIMING, OneSender, type SenderTiming } from "../reminders/sender.js";
import type { BadRowLog } from "../services/badRowLog.js";
import type { KnowledgeSource } from "../services/knowledgeSource.js";
import type { ReminderRepositories } from "../storage/reminderTables/index.js";

/** What the reminder runtime is built from. */
export interface ReminderRuntimeOptions {
  repos: ReminderRepositories;
  events: Pick<EventRepository, "list">;
  /** The raw sender (BotFrameworkSender): one request per post, no retries of its own. */
  sender: ReminderSender;
  /** Updates posted cards, replies in their threads, lists members; without it cards do not follow. */
  threads?: ThreadSender;
  /** Events and tiltak for the weekly digest; without it no digest is sent. */
  knowledge?: Pick<KnowledgeSource, "snapshot">;
  /** Borgertun bookings, for the requester's reminder the day before; without it none is sent. */
  bookings?: Pick<BookingRepository, "list" | "get">;
  /** Where rows a pass cannot use are reported (each is skipped, the rest go out); the overview lists them. */
  badRows?: BadRowLog;
  clock: Clock;
  log: Logger;
  publicBaseUrl: string;
  /** Secret the "add to calendar" links are signed with (the calendar feed token). */
  calendarLinkKey: string;
  /** Seconds between passes; fractions allowed. */
  tickSeconds: number;
  instanceId?: string;
  /** The leader's lease; 120 s by default. At least 3× the sender's request timeout. */
  leaseMs?: number;
  /** A failed row is tried again after this × its attempts; 60 s by default. */
  failedRetryMs?: number;
  timing?: Partial<SenderTiming>;
}

/** The runner, its timers, and what the API and the bot need from the reminders. */
export interface ReminderRuntime {
  instanceId: string;
  /** Starts the pass timer and the lease keep-alive. */
  start(): void;
  /** Stops the timers, waits for a running pass and gives the lease up. */
  stop(): Promise<void>;
  /** One pass now (after any running one): tests, and an operator's nudge. */
  tick(): Promise<TickReport>;
  /** Posts accepted by Teams whose "sent" is not recorded yet. */
  unrecordedPosts(): number;
  /** For GET /api/reminders/deliveries: the newest reminder rows first. */
  deliveries: { list(opts: { limit: number }): Promise<ReminderDelivery[]> };
  /** A conversation is reachable again (installed again): forget a Retry-After pause kept for it. */
  targetActive(target: ConversationTarget): void;
  overview(): Promise<DeliveryOverview>;
  rsvpApi: RsvpService;
  /** The reminder card as one person sees it (RSVP refresh). */
  renderCard: ReturnType<typeof reminderCardRenderer>;
}

/** `${hostname}-${pid}-${random}`: unique per process, readable in the lease and the ledger. */
function newInstanceId(): string {
  return `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
}

/**
 * Builds the one reminder runner over the reminder tables, with its two timers: a pass every
 * `tickSeconds` (never overlapping; only the leader's passes post), and a look at the lease every
 * sixth of it, so the leader keeps it through long passes and a follower takes a lapsed one.
 */
export function createReminderRuntime(o: ReminderRuntimeOptions): ReminderRuntime {
  const { repos, log, clock } = o;
  const instanceId = o.instanceId ?? newInstanceId();
  const leaseMs = o.leaseMs ?? 120_000;
  const leadership = new Leadership({ repo: repos.lease, clock, instanceId, leaseMs });
  const budget = new SendBudget();
  // A post starts only with two thirds of the lease left (see sendBudget.ts and README "Reminders").
  const sender = new OneSender(budget, () => leadership.fence((2 * leaseMs) / 3), {
    ...DEFAULT_SENDER_TIMING,
    ...o.timing,
  });
  const renderCard = reminderCardRenderer({ publicBaseUrl: o.publicBaseUrl, linkKey: o.calendarLinkKey });
  const runner = new ReminderRunner({
    ledger: repos.ledger,
    leadership,
    targets: repos.targets,
    sender,
    budget,
    planners: planners({ ...o, subscriptions: repos.subscriptions, rsvp: repos.rsvp, renderCard }),
    clock,
    instanceId,
    log,
    badRows: o.badRows,
    leaseMs,
    failedRetryMs: o.failedRetryMs,
  });
  let chain: Promise<unknown> = Promise.resolve();
  const tick = (): Promise<TickReport> => {
    const run = chain.then(() => runner.pass());
    chain = run.catch((error) => log.warn("reminder pass failed", { error: String(error).slice(0, 300) }));
    return run;
  };
  let passTimer: NodeJS.Timeout | undefined;
  let leaseTimer: NodeJS.Timeout | undefined;
  let stopped = true;
  return {
    instanceId,
    start() {
      if (!stopped) return;
      stopped = false;
      const loop = async () => {
        await tick().catch(() => undefined);
        if (!stopped) passTimer = setTimeout(loop, o.tickSeconds * 1000);
      };
      passTimer = setTimeout(loop, 0);
      leaseTimer = setInterval(
        () =>
          void leadership.hold().catch((error) => log.debug("reminder lease not renewed", { error: String(error) })),
        leaseMs / 6,
      );
      leaseTimer.unref();
    },
    async stop() {
      stopped = true;
      runner.stopping = true;
      clearTimeout(passTimer);
      clearInterval(leaseTimer);
      await chain;
      await leadership.release();
    },
    tick,
    unrecordedPosts: () => runner.unrecordedPosts(),
    deliveries: { list: ({ limit }) => recentDeliveries(repos.ledger, limit) },
    targetActive: (target) => budget.resume(target.id),
    overview: () =>
      deliveryOverview({
        ledger: repos.ledger,
        targets: repos.targets,
        rsvp: repos.rsvp,
        events: o.events,
        alsoRead: [repos.subscriptions, ...(o.bookings ? [o.bookings] : [])],
        badRows: o.badRows,
      }),
    rsvpApi: createRsvpService({ ...repos, threads: o.threads, clock }),
    renderCard,
  };
}
