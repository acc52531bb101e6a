import { BOOKING_ROWS, EVENT_ROWS } from "../domain/badRows.js";
import type { Booking } from "../domain/booking.js";
import { bookingReminderId, bookingReminderPlan } from "../domain/bookingReminder.js";
import type { BookingRepository } from "../domain/bookingRepository.js";
import { CANCELLED, cardStateNow, occurrenceNow } from "../domain/cardUpdate.js";
import type { ConversationTarget, SubscriptionRepository } from "../domain/conversations.js";
import { digestContent, digestDueNow, digestWeek } from "../domain/digest.js";
import type { AlrekEvent, Occurrence } from "../domain/events.js";
import type { Lang } from "../domain/language.js";
import { isSettled, type LedgerEntry } from "../domain/ledger.js";
import { escapeMarkdown } from "../domain/markdownText.js";
import { dueReminders, isMissed, occurrenceCutoff } from "../domain/reminderSchedule.js";
import type { ReminderSender } from "../domain/reminderSender.js";
import { TEXT } from "../domain/reminderTexts.js";
import type { EventRepository } from "../domain/repositories.js";
import { notAnswered, type RsvpRepository } from "../domain/rsvp.js";
import type { ThreadSender } from "../domain/threadSender.js";
import type { Logger } from "../logger.js";
import type { KnowledgeSource } from "../services/knowledgeSource.js";
import { renderBookingReminder } from "./bookingCard.js";
import { cancelledCard, changeReply } from "./cardUpdateTexts.js";
import { renderDigest } from "./digestCard.js";
import { reminderText, type CardExtras } from "./reminderCard.js";
import type { Item, PassContext, Planner } from "./runner.js";

/** Where the planners read what is due, and the clients their items post with. */
export interface PlannerSources {
  events: Pick<EventRepository, "list">;
  subscriptions: Pick<SubscriptionRepository, "list">;
  sender: ReminderSender;
  /** Card updates, thread replies and members; without it cards do not follow and nudges are not sent. */
  threads?: ThreadSender;
  rsvp: Pick<RsvpRepository, "list">;
  /** Events and tiltak for the weekly digest; without it no digest is sent. */
  knowledge?: Pick<KnowledgeSource, "snapshot">;
  /** Borgertun bookings; without it no booking reminder is sent. */
  bookings?: Pick<BookingRepository, "list" | "get">;
  renderCard: (occurrence: Occurrence, lang: Lang, extras?: CardExtras) => object;
  /** How far back reminders are looked for (to send or to record missed); 24 h by default. */
  lookbackMs?: number;
  log: Logger;
}

/** Loads once per pass, however many planners ask. */
function perPass<T>(load: () => Promise<T>): (ctx: PassContext) => Promise<T> {
  const cache = new WeakMap<PassContext, Promise<T>>();
  return (ctx) => cache.get(ctx) ?? cache.set(ctx, load()).get(ctx)!;
}

const post = (s: PlannerSources, target: ConversationTarget, content: { card: object; text: string }) => [
  () => s.sender.send(target, content.card, content.text),
];
const rowsOf = (ctx: PassContext, kind: LedgerEntry["kind"]) =>
  [...ctx.ledger.values()].map((v) => v.value).filter((r) => r.kind === kind);
const reopened = ({ status: _s, attempts: _a, ...row }: LedgerEntry): Item["row"] => row;
const titleIn = (event: AlrekEvent | undefined, lang: Lang) =>
  escapeMarkdown((lang === "en" ? event?.titleEn : undefined) ?? event?.title ?? "");

/** Every kind of the ledger: reminders, card updates, snoozes, digests, Borgertun reminders, nudges. */
export function planners(s: PlannerSources): Planner[] {
  const events = perPass(async () => new Map((await s.events.list()).map((e) => [e.value.id, e.value])));
  const subscriptions = perPass(() => s.subscriptions.list());
  const noTargetLogged = new Set<string>();

  const reminders: Planner = async (ctx) => {
    const window = { from: new Date(ctx.now.getTime() - (s.lookbackMs ?? 86_400_000)), to: ctx.now };
    const [all, subs] = await Promise.all([events(ctx), subscriptions(ctx)]);
    // Each event, occurrence and conversation's settings on its own: one that cannot be computed is reported.
    const planned = dueReminders([...all.values()], subs, [...ctx.targets.values()], window, {
      badRows: ctx.badRows,
    });
    return planned.map((p) => ({
      row: {
        ...{ kind: "reminder", group: p.eventId, id: p.id, targetId: p.target.id, dueAt: p.dueAt.toISOString() },
        ...{ eventId: p.eventId, occurrenceKey: p.occurrenceKey, leadTime: p.leadTime },
        cardStart: p.occurrence.start.toISOString(),
      },
      missed: isMissed(p.dueAt, occurrenceCutoff(p.occurrence), ctx.now),
      source: { table: EVENT_ROWS, id: p.eventId },
      build: async (target) => {
        const lang = target.lang ?? "nb";
        const personal = target.conversationType === "personal" ? { personal: { source: p.id } } : undefined;
        return post(s, target, {
          card: s.renderCard(p.occurrence, lang, personal),
          text: reminderText(p.occurrence, lang),
        });
      },
    }));
  };

  /** A posted card whose occurrence changed (moved, cancelled, gone): its next update, `${delivery}|v${n}`. */
  const cards: Planner = async (ctx) => {
    const threads = s.threads;
    if (!threads) return [];
    const all = await events(ctx);
    const updates = new Map<string, LedgerEntry[]>();
    for (const c of rowsOf(ctx, "card"))
      updates.set(c.deliveryId ?? "", [...(updates.get(c.deliveryId ?? "") ?? []), c]);
    const items: Item[] = [];
    for (const d of rowsOf(ctx, "reminder")) {
      const { activityId, eventId = "", occurrenceKey = "" } = d;
      if (d.status !== "sent" || !activityId || !d.cardStart) continue;
      const mine = updates.get(d.id) ?? [];
      const byVersion = (a: LedgerEntry, b: LedgerEntry) => (a.cardVersion ?? 0) - (b.cardVersion ?? 0);
      const shown =
        mine
          .filter((c) => c.status === "sent")
          .sort(byVersion)
          .at(-1)?.cardStart ?? d.cardStart;
      const version = Math.max(d.cardVersion ?? 0, ...mine.filter(isSettled).map((c) => c.cardVersion ?? 0));
      const event = all.get(eventId);
      let to: string;
      try {
        to = cardStateNow(event, occurrenceKey);
      } catch (error) {
        ctx.problem(EVENT_ROWS, eventId, error); // this card stays as it is; the others follow their events
        continue;
      }
      if (to === shown) continue;
      items.push({
        row: {
          ...{ kind: "card", group: d.group, id: `${d.id}|v${version + 1}`, targetId: d.targetId },
          ...{ dueAt: ctx.now.toISOString(), eventId, occurrenceKey, deliveryId: d.id, activityId },
          ...{ cardStart: to, cardVersion: version + 1 },
        },
        source: { table: EVENT_ROWS, id: eventId },
        build: async (target) => {
          const lang = target.lang ?? "nb";
          const now = occurrenceNow(event, occurrenceKey);
          const text = changeReply(to, titleIn(now && event, lang), now?.occurrence, lang);
          const card =
            to === CANCELLED || !now
              ? cancelledCard(now?.occurrence, lang, s.renderCard)
              : s.renderCard(now.occurrence, lang);
          return [() => threads.update(target, activityId, card, text), () => threads.reply(target, activityId, text)];
        },
      });
    }
    return items;
  };

  /** A snoozed reminder comes back once, unless the occurrence was cancelled or has begun. */
  const snoozes: Planner = async (ctx) => {
    const due = rowsOf(ctx, "snooze").filter((r) => !isSettled(r) && Date.parse(r.dueAt) <= ctx.now.getTime());
    const all = due.length ? await events(ctx) : new Map<string, AlrekEvent>();
    return due.map((r) => ({
      row: reopened(r),
      build: async (target) => {
        const found = occurrenceNow(all.get(r.eventId ?? ""), r.occurrenceKey ?? "");
        if (!found || found.cancelled || found.occurrence.start <= ctx.now) return undefined;
        const lang = target.lang ?? "nb";
        const card = s.renderCard(found.occurrence, lang, { personal: { source: r.id } });
        return post(s, target, { card, text: reminderText(found.occurrence, lang) });
      },
    }));
  };

  /** "Uka i Alrek": Monday from 08:00 (Oslo), once per conversation that chose it; nothing to say, nothing sent. */
  const digests: Planner = async (ctx) => {
    const knowledge = s.knowledge;
    if (!knowledge || !digestDueNow(ctx.now)) return [];
    const week = digestWeek(ctx.now);
    const subs = (await subscriptions(ctx)).filter((sub) => sub.digest);
    const snapshot = subs.length ? await knowledge.snapshot() : undefined;
    return subs.map((sub) => ({
      row: {
        kind: "digest",
        group: `digest|${week.monday}`,
        id: sub.targetId,
        targetId: sub.targetId,
        dueAt: week.dueAt.toISOString(),
      },
      build: async (target) => {
        const content = snapshot && digestContent(snapshot.events, snapshot.tiltak, sub, ctx.now);
        return content ? post(s, target, renderDigest(content, target.lang ?? "nb")) : undefined;
      },
    }));
  };

  /**
   * The requester's Borgertun reminder (rule: domain/bookingReminder.ts), in the personal chat the
   * approval notice went to; the booking is read again right before the post, so one cancelled or
   * moved since is skipped.
   */
  const bookings: Planner = async (ctx) => {
    const repo = s.bookings;
    if (!repo) return [];
    const items: Item[] = [];
    for (const { value: booking } of await repo.list()) {
      let dueAt: Date;
      try {
        const plan = bookingReminderPlan(booking, ctx.now);
        if (plan.send !== "now") continue;
        dueAt = plan.dueAt;
      } catch (error) {
        ctx.problem(BOOKING_ROWS, booking.id, error);
        continue;
      }
      if (!booking.replyTargetId) {
        // Asked through the API: the approval notice had nowhere to go either.
        if (!noTargetLogged.has(booking.id))
          s.log.debug("borgertun reminder skipped: no conversation with the requester", { bookingId: booking.id });
        noTargetLogged.add(booking.id);
        continue;
      }
      const id = bookingReminderId(booking);
      items.push({
        row: {
          kind: "booking",
          group: "borgertun",
          id,
          targetId: booking.replyTargetId,
          dueAt: dueAt.toISOString(),
          bookingId: booking.id,
        },
        source: { table: BOOKING_ROWS, id: booking.id },
        build: async (target) => {
          if (target.conversationType !== "personal") {
            s.log.debug("borgertun reminder skipped: the requester asked outside a personal chat", {
              bookingId: booking.id,
            });
            return undefined;
          }
          const fresh: Booking | undefined = (await repo.get(booking.id))?.value;
          if (!fresh || bookingReminderId(fresh) !== id || bookingReminderPlan(fresh, ctx.now).send !== "now")
            return undefined;
          return post(s, target, renderBookingReminder(fresh));
        },
      });
    }
    return items;
  };

  /** "Husk å svare" (queued by the API): one reply in the reminder's thread mentioning who has not answered by then. */
  const nudges: Planner = async (ctx) => {
    const threads = s.threads;
    const open = rowsOf(ctx, "nudge").filter((r) => !isSettled(r));
    if (!threads || open.length === 0) return [];
    const all = await events(ctx);
    return open.map((r) => ({
      row: reopened(r),
      build: async (target) => {
        const [members, answers] = await Promise.all([
          threads.members(target),
          s.rsvp.list(r.eventId ?? "", r.occurrenceKey ?? ""),
        ]);
        const missing = notAnswered(members, answers);
        if (missing.length === 0 || !r.activityId) return undefined;
        const text = TEXT[target.lang ?? "nb"].nudge(titleIn(all.get(r.eventId ?? ""), target.lang ?? "nb"));
        return [() => threads.reply(target, r.activityId!, text, missing)];
      },
    }));
  };

  return [reminders, cards, snoozes, digests, bookings, nudges];
}
