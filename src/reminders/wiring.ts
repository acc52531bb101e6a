import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Clock } from "../domain/clock.js";
import type {
  ConversationTarget,
  ConversationTargetRepository,
  DeliveryLogRepository,
  ReminderDelivery,
  ReminderDeliveryRepository,
  SubscriptionRepository,
} from "../domain/conversations.js";
import type { EventRepository } from "../domain/repositories.js";
import type { RsvpRepository } from "../domain/rsvp.js";
import type { CardUpdateRepository } from "../domain/cardUpdate.js";
import type { OnceSendRepository } from "../domain/onceSend.js";
import type { Logger } from "../logger.js";
import { reminderCardRenderer } from "./reminderCard.js";
import type { PosterTiming } from "./reminderPoster.js";
import { ReminderScheduler, type TickReport } from "./scheduler.js";
import type { ReminderSender } from "../domain/reminderSender.js";
import { SendSlots, type SendSlotStore } from "./sendSlots.js";
import { CardUpdater } from "./cardUpdates.js";
import type { ThreadSender } from "../domain/threadSender.js";
import { createRsvpService, type RsvpService } from "./rsvpNudge.js";
import { OnceSender } from "./onceSender.js";
import { SnoozeRunner } from "./snoozes.js";
import { DigestRunner } from "./digest.js";
import { BookingReminderRunner } from "./bookingReminders.js";
import type { BookingRepository } from "../domain/bookingRepository.js";
import { deliveryOverview, type DeliveryOverview } from "./deliveryOverview.js";
import type { KnowledgeSource } from "../services/knowledgeSource.js";
import type { BadRowLog } from "../services/badRowLog.js";

/** Old send slots are deleted this often (they matter for an hour). */
const PRUNE_EVERY_MS = 15 * 60_000;

/** The reminder tables, built (and created) by the composition root. */
interface ReminderRepositories {
  targets: ConversationTargetRepository;
  subscriptions: SubscriptionRepository;
  deliveries: ReminderDeliveryRepository;
  deliveryLog: DeliveryLogRepository;
  sendSlots: SendSlotStore;
  rsvp: RsvpRepository;
  cardUpdates: CardUpdateRepository;
  onceSends: OnceSendRepository;
}

/** What the reminder runtime is built from. */
export interface ReminderRuntimeOptions {
  repos: ReminderRepositories;
  events: Pick<EventRepository, "list">;
  /** The raw sender (BotFrameworkSender): one post, no retries of its own. */
  sender: ReminderSender;
  /** Updates posted cards and replies in their threads; without it cards do not follow changes. */
  threads?: ThreadSender;
  /** Events and tiltak for the weekly digest; without it no digest is sent. */
  knowledge?: Pick<KnowledgeSource, "snapshot">;
  /** Borgertun bookings, for the requester's reminder the day before; without it none is sent. */
  bookings?: Pick<BookingRepository, "list" | "get">;
  /** Where rows a tick cannot use are reported (each is skipped, the rest go out); the overview lists them. */
  badRows?: BadRowLog;
  clock: Clock;
  log: Logger;
  publicBaseUrl: string;
  /** Secret the "add to calendar" links are signed with (the calendar feed token). */
  calendarLinkKey: string;
  /** Seconds between ticks; fractions allowed. */
  tickSeconds: number;
  instanceId?: string;
  /** Claim lease; 120 s by default. Must be at least 3× the sender's request timeout. */
  leaseMs?: number;
  concurrency?: number;
  timing?: Partial<PosterTiming>;
}

/** The scheduler and what the API and the bot need from the reminder tables. */
export interface ReminderRuntime {
  instanceId: string;
  /** Starts ticking every `tickSeconds`. */
  start(): void;
  /** Stops ticking and waits for a running tick. */
  stop(): Promise<void>;
  /** One scheduler pass now (tests, and an operator's nudge). */
  tick(): Promise<TickReport>;
  /** Posts accepted by Teams whose "sent" is not recorded yet. */
  unmarkedPosts(): number;
  /** For GET /api/reminders/deliveries: the newest deliveries first. */
  deliveries: { list(opts: { limit: number }): Promise<ReminderDelivery[]> };
  /** A conversation is reachable again (re-installed): forget any pause this instance keeps for it. */
  targetActive(target: ConversationTarget): void;
  /** An event was written: queue updates of its posted cards now (the next tick posts them). Never throws. */
  eventChanged(eventId: string): Promise<void>;
  /** The editors' delivery overview (GET /api/reminders/overview). */
  overview(): Promise<DeliveryOverview>;
  /** RSVP answers and the nudge, for the API. */
  rsvpApi: RsvpService;
  /** The reminder card as one person sees it (RSVP refresh). */
  renderCard: ReturnType<typeof reminderCardRenderer>;
}

/** `${hostname}-${pid}-${random}`: unique per process, readable in the delivery log. */
export function newInstanceId(): string {
  return `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
}

/** Wires sender, send slots and scheduler over the given reminder tables. */
export function createReminderRuntime(opts: ReminderRuntimeOptions): ReminderRuntime {
  const { repos } = opts;
  const instanceId = opts.instanceId ?? newInstanceId();
  const slots = new SendSlots({ store: repos.sendSlots });
  const renderCard = reminderCardRenderer({ publicBaseUrl: opts.publicBaseUrl, linkKey: opts.calendarLinkKey });
  const cards = opts.threads
    ? new CardUpdater({
        deliveries: repos.deliveries,
        outbox: repos.cardUpdates,
        targets: repos.targets,
        events: opts.events,
        sender: opts.threads,
        slots,
        clock: opts.clock,
        instanceId,
        log: opts.log,
        renderCard,
      })
    : undefined;
  const scheduler = new ReminderScheduler({
    events: opts.events,
    subscriptions: repos.subscriptions,
    targets: repos.targets,
    deliveries: repos.deliveries,
    deliveryLog: repos.deliveryLog,
    sender: opts.sender,
    slots,
    clock: opts.clock,
    instanceId,
    tickMs: opts.tickSeconds * 1000,
    leaseMs: opts.leaseMs,
    concurrency: opts.concurrency,
    timing: opts.timing,
    log: opts.log,
    badRows: opts.badRows,
    renderCard,
  });
  const once = new OnceSender({
    repo: repos.onceSends,
    targets: repos.targets,
    sender: opts.sender,
    slots,
    clock: opts.clock,
    instanceId,
    log: opts.log,
  });
  const snoozes = new SnoozeRunner({
    repo: repos.onceSends,
    once,
    events: opts.events,
    clock: opts.clock,
    badRows: opts.badRows,
    renderCard,
  });
  const digest = opts.knowledge
    ? new DigestRunner({
        subscriptions: repos.subscriptions,
        knowledge: opts.knowledge,
        once,
        clock: opts.clock,
        log: opts.log,
      })
    : undefined;
  const bookingReminders = opts.bookings
    ? new BookingReminderRunner({
        bookings: opts.bookings,
        once,
        clock: opts.clock,
        log: opts.log,
        badRows: opts.badRows,
      })
    : undefined;
  // Card updates, snoozes, the digest and Borgertun reminders run after each reminder pass, on their own timer so the scheduler stays unchanged.
  const step = (name: string, run: (() => Promise<unknown>) | undefined) =>
    run
      ? run().catch((error) => opts.log.warn(`${name} pass failed`, { error: String(error).slice(0, 300) }))
      : undefined;
  let cardTimer: NodeJS.Timeout | undefined;
  let cardPass: Promise<unknown> | undefined;
  const cardTick = () =>
    (cardPass ??= (async () => {
      await step("card update", cards && (() => cards.tick()));
      await step("snooze", () => snoozes.tick());
      await step("digest", digest && (() => digest.tick()));
      await step("borgertun reminder", bookingReminders && (() => bookingReminders.tick()));
    })().finally(() => (cardPass = undefined)));
  let pruner: NodeJS.Timeout | undefined;
  const prune = () =>
    void slots.prune().catch((error) => opts.log.warn("old send slots not pruned", { error: String(error) }));
  return {
    instanceId,
    start() {
      scheduler.start();
      pruner ??= setInterval(prune, PRUNE_EVERY_MS);
      pruner.unref?.();
      cardTimer ??= setInterval(() => void cardTick(), opts.tickSeconds * 1000);
      cardTimer.unref?.();
    },
    async stop() {
      if (pruner) clearInterval(pruner);
      pruner = undefined;
      if (cardTimer) clearInterval(cardTimer);
      cardTimer = undefined;
      await scheduler.stop();
      await cardPass;
    },
    async tick() {
      const report = await scheduler.tick();
      await cardTick();
      return report;
    },
    unmarkedPosts: () => scheduler.unmarkedPosts(),
    deliveries: {
      async list({ limit }) {
        const rows = await repos.deliveries.list();
        return rows.sort((a, b) => b.dueAt.localeCompare(a.dueAt)).slice(0, limit);
      },
    },
    targetActive(target) {
      scheduler.resume(target.id);
    },
    async eventChanged(eventId) {
      // Best effort: every pass reconciles too, so a failure here only delays the update.
      await cards
        ?.noteChange(eventId)
        .catch((error) => opts.log.warn("card changes not queued", { eventId, error: String(error).slice(0, 300) }));
    },
    renderCard,
    overview: () =>
      deliveryOverview({
        deliveries: repos.deliveries,
        targets: repos.targets,
        rsvp: repos.rsvp,
        events: opts.events,
        badRows: opts.badRows,
      }),
    rsvpApi: createRsvpService({
      rsvp: repos.rsvp,
      deliveries: repos.deliveries,
      targets: repos.targets,
      events: opts.events,
      threads: opts.threads,
      slots,
      clock: opts.clock,
      log: opts.log,
    }),
  };
}
