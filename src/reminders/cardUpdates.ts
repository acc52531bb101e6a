import { randomUUID } from "node:crypto";
import type { Clock } from "../domain/clock.js";
import { CANCELLED, cardStateNow, cardUpdateId, occurrenceNow, type CardUpdate } from "../domain/cardUpdate.js";
import type {
  ConversationTargetRepository,
  ReminderDelivery,
  ReminderDeliveryRepository,
} from "../domain/conversations.js";
import type { Lang } from "../domain/language.js";
import { ConflictError } from "../domain/errors.js";
import type { AlrekEvent } from "../domain/events.js";
import type { EventRepository, Versioned } from "../domain/repositories.js";
import type { Logger } from "../logger.js";
import type { CardUpdateRepository } from "../domain/cardUpdate.js";
import { escapeMarkdown } from "../domain/markdownText.js";
import { cancelledCard, changeReply, type RenderCard } from "./cardUpdateTexts.js";
import { DeliveryError } from "../domain/reminderSender.js";
import type { SendSlots } from "./sendSlots.js";
import type { ThreadSender } from "../domain/threadSender.js";

/** Tries per change before it is left failed (visible in the outbox). */
const MAX_ATTEMPTS = 5;

/** What {@link CardUpdater} works with. */
export interface CardUpdaterOptions {
  deliveries: ReminderDeliveryRepository;
  outbox: Pick<CardUpdateRepository, "create" | "get" | "update" | "open">;
  targets: Pick<ConversationTargetRepository, "get">;
  events: Pick<EventRepository, "list">;
  sender: ThreadSender;
  slots?: Pick<SendSlots, "acquire">;
  clock: Clock;
  instanceId: string;
  /** Lease of a claimed change: covers one update and one reply (each bounded by the sender's timeout). */
  leaseMs?: number;
  log: Logger;
  renderCard: RenderCard;
}

/** What one pass did. */
export interface CardUpdateReport {
  queued: number;
  updated: number;
  replied: number;
}

/**
 * Posted reminder cards follow their occurrence. Each sent delivery remembers the posted activity
 * and what its card shows (`cardStart`); when that differs from the occurrence now (moved,
 * cancelled, event deleted), a change row `${delivery}|v${n}` is queued insert-if-absent, by the
 * event write (at once) and by every pass (so a change survives a crash between the write and
 * the queueing). A row is claimed with a conditional write and worked in two recorded steps,
 * the card update then the thread reply, so each happens once per change across instances.
 */
export class CardUpdater {
  constructor(private readonly o: CardUpdaterOptions) {}

  /** Queues the changes of one event's posted cards (called after an event write). */
  async noteChange(eventId: string): Promise<number> {
    const [events, deliveries] = await Promise.all([this.o.events.list(), this.o.deliveries.list(eventId)]);
    return this.reconcile(
      events.map((e) => e.value),
      deliveries,
    );
  }

  /** Queues what changed, then works every open change. */
  async tick(): Promise<CardUpdateReport> {
    const [events, deliveries] = await Promise.all([this.o.events.list(), this.o.deliveries.list()]);
    const report: CardUpdateReport = {
      queued: await this.reconcile(
        events.map((e) => e.value),
        deliveries,
      ),
      updated: 0,
      replied: 0,
    };
    const byId = new Map(events.map((e) => [e.value.id, e.value]));
    for (const row of await this.o.outbox.open()) {
      try {
        await this.work(row, byId.get(row.value.eventId), report);
      } catch (error) {
        this.o.log.warn("card update interrupted", { id: row.value.id, error: String(error).slice(0, 300) });
      }
    }
    return report;
  }

  private async reconcile(events: readonly AlrekEvent[], deliveries: readonly ReminderDelivery[]): Promise<number> {
    const byId = new Map(events.map((e) => [e.id, e]));
    let queued = 0;
    for (const d of deliveries) {
      if (d.status !== "sent" || !d.activityId || !d.cardStart) continue;
      const to = cardStateNow(byId.get(d.eventId), d.occurrenceKey);
      if (to === d.cardStart) continue;
      const version = (d.cardVersion ?? 0) + 1;
      const row: CardUpdate = {
        id: cardUpdateId(d.id, version),
        eventId: d.eventId,
        occurrenceKey: d.occurrenceKey,
        deliveryId: d.id,
        targetId: d.targetId,
        activityId: d.activityId,
        version,
        from: d.cardStart,
        to,
        status: "pending",
        attempts: 0,
        createdAt: this.o.clock().toISOString(),
      };
      if (await this.o.outbox.create(row)) {
        queued++;
        continue;
      }
      const existing = await this.o.outbox.get(d.eventId, row.id);
      if (!existing) continue;
      if (existing.value.status === "done") await this.advance(d.eventId, d.id, existing.value);
      else if (existing.value.status === "pending" && existing.value.to !== to) {
        // Changed again before anyone worked it: show the newest state.
        await this.o.outbox.update({ ...existing.value, to }, existing.etag).catch((error) => ignoreConflict(error));
      }
    }
    return queued;
  }

  private claimable(row: CardUpdate, now: Date): boolean {
    if (row.notBefore && new Date(row.notBefore) > now) return false;
    if (row.status === "pending") return true;
    if (row.status === "failed") return row.attempts < MAX_ATTEMPTS;
    return row.status === "claimed" && (!row.leaseUntil || new Date(row.leaseUntil) <= now);
  }

  private async work(
    found: Versioned<CardUpdate>,
    event: AlrekEvent | undefined,
    report: CardUpdateReport,
  ): Promise<void> {
    const now = this.o.clock();
    if (!this.claimable(found.value, now)) return;
    let current: Versioned<CardUpdate>;
    try {
      const lease = {
        status: "claimed" as const,
        claimId: randomUUID(),
        claimedBy: this.o.instanceId,
        leaseUntil: new Date(now.getTime() + (this.o.leaseMs ?? 120_000)).toISOString(),
        attempts: found.value.attempts + 1,
      };
      current = await this.o.outbox.update({ ...found.value, ...lease }, found.etag);
    } catch (error) {
      return ignoreConflict(error);
    }
    const row = current.value;
    const target = await this.o.targets.get(row.targetId);
    const delivery = await this.o.deliveries.get(row.eventId, row.deliveryId);
    const finish = async (lastError?: string) => {
      current = await this.o.outbox.update(
        {
          ...current.value,
          status: "done",
          doneAt: this.o.clock().toISOString(),
          leaseUntil: undefined,
          ...(lastError ? { lastError } : {}),
        },
        current.etag,
      );
      await this.advance(row.eventId, row.deliveryId, current.value);
    };
    if (!target || target.status !== "active") return finish("conversation no longer reachable");
    if (delivery?.value.cardStart === row.to) return finish("card already shows this");
    const lang: Lang = target.lang ?? "nb";
    const now2 = occurrenceNow(event, row.occurrenceKey);
    const title = escapeMarkdown(
      now2
        ? lang === "en"
          ? (now2.occurrence.event.titleEn ?? now2.occurrence.event.title)
          : now2.occurrence.event.title
        : "",
    );
    try {
      if (!row.cardUpdatedAt) {
        const card =
          row.to === CANCELLED || !now2
            ? cancelledCard(now2?.occurrence, lang, this.o.renderCard)
            : this.o.renderCard(now2.occurrence, lang);
        await this.slot(target);
        await this.o.sender.update(target, row.activityId, card, changeReply(row.to, title, now2?.occurrence, lang));
        current = await this.o.outbox.update(
          { ...current.value, cardUpdatedAt: this.o.clock().toISOString() },
          current.etag,
        );
        report.updated++;
      }
      if (!current.value.repliedAt) {
        await this.slot(target);
        await this.o.sender.reply(target, row.activityId, changeReply(row.to, title, now2?.occurrence, lang));
        current = await this.o.outbox.update(
          { ...current.value, repliedAt: this.o.clock().toISOString() },
          current.etag,
        );
        report.replied++;
      }
      await finish();
    } catch (error) {
      if (error instanceof ConflictError) return; // another instance took the lapsed claim: it carries on
      const message = String((error as Error)?.message ?? error).slice(0, 500);
      this.o.log.warn("card update failed", { id: row.id, error: message });
      if (error instanceof DeliveryError && error.targetGone) return finish(message);
      const notBefore = new Date(this.o.clock().getTime() + 60_000 * current.value.attempts).toISOString();
      await this.o.outbox
        .update(
          { ...current.value, status: "failed", leaseUntil: undefined, notBefore, lastError: message },
          current.etag,
        )
        .catch(ignoreConflict);
    }
  }

  /** Waits for a send slot (Teams' limits are shared with reminders); no slot in time fails this try. */
  private async slot(target: Parameters<SendSlots["acquire"]>[0]): Promise<void> {
    if (!this.o.slots) return;
    const grant = await this.o.slots.acquire(target, 20_000);
    if (!grant.ok) throw new DeliveryError(`send slots ${grant.reason}`, 429);
  }

  /** Records on the delivery what its card shows now, so the change is not queued again. */
  private async advance(eventId: string, deliveryId: string, done: CardUpdate): Promise<void> {
    for (let tries = 0; tries < 5; tries++) {
      const d = await this.o.deliveries.get(eventId, deliveryId);
      if (!d || (d.value.cardVersion ?? 0) >= done.version) return;
      try {
        await this.o.deliveries.update({ ...d.value, cardStart: done.to, cardVersion: done.version }, d.etag);
        return;
      } catch (error) {
        ignoreConflict(error);
      }
    }
  }
}

function ignoreConflict(error: unknown): void {
  if (!(error instanceof ConflictError)) throw error;
}
