import { randomBytes } from "node:crypto";
import type { Clock } from "../domain/clock.js";
import {
  bookingEventId,
  bookingEventTitle,
  type Booking,
  type BookingLang,
  type BookingConflict,
  type BookingRefusal,
  type BookingRequest,
  type BookingRules,
  type BookingSlot,
} from "../domain/booking.js";
import { mergeBookingRules } from "../domain/bookingInput.js";
import type { BookingRepository } from "../domain/bookingRepository.js";
import { checkBooking, dayRefusal, freeIntervals, occupiedOn } from "../domain/bookingRules.js";
import { ConflictError } from "../domain/errors.js";
import type { AlrekEvent } from "../domain/events.js";
import type { Actor, EventRepository, Versioned } from "../domain/repositories.js";
import { OSLO } from "../domain/time.js";
import type { Logger } from "../logger.js";
import type { KnowledgeSource } from "./knowledgeSource.js";

/** What happened to a booking, for the person who should hear about it. */
export type BookingNews =
  "requested" | "approved" | "declined" | "proposed" | "cancelledByRequester" | "cancelledByHandler";

/** Tells people about bookings (the bot posts cards); failures are logged by the caller, never undo a decision. */
export interface BookingNotifier {
  /** To every handler: a new request (with the decision buttons) or a cancellation. */
  toHandlers(booking: Booking, news: BookingNews): Promise<void>;
  /** To the requester, in their chat with the bot. */
  toRequester(booking: Booking, news: BookingNews): Promise<void>;
}

/** The outcome of a decision; `slotTaken` when another approval claimed the time first. */
export type DecisionResult =
  | { ok: true; booking: Booking }
  | { ok: false; problem: "notFound" | "notPending" | "slotTaken" | "notAllowed" }
  | { ok: false; problem: "refused"; refusal: BookingRefusal };

/** Borgertun requests: check, store, decide, cancel, and show approved ones as events. */
export interface BookingService {
  rules(): Promise<{ rules: BookingRules; etag?: string }>;
  /** Changes the given rules (each already in shape: src/contract/borgertun.ts), keeping the others. */
  updateRules(patch: Partial<BookingRules>, etag?: string): Promise<{ rules: BookingRules; etag: string }>;
  /**
   * What a date looks like: why nothing can be had that day (`refusal`), or what occupies the room
   * and the free stretches of the open hours. Stores nothing.
   */
  availability(date: string): Promise<BookingAvailability>;
  /** Every rule and collision for a slot, without storing anything. */
  check(slot: BookingSlot, excludeBookingId?: string): Promise<BookingRefusal | undefined>;
  request(
    request: BookingRequest,
    requester: Actor,
    opts: { lang: BookingLang; replyTargetId?: string },
  ): Promise<{ ok: true; booking: Booking } | { ok: false; refusal: BookingRefusal }>;
  approve(id: string, handler: Actor): Promise<DecisionResult>;
  decline(id: string, handler: Actor, reason: string): Promise<DecisionResult>;
  propose(id: string, handler: Actor, slot: BookingSlot): Promise<DecisionResult>;
  /** The requester takes the proposed time: the request is pending again at that time. */
  acceptProposal(id: string, requester: Actor): Promise<DecisionResult>;
  /** By the requester or a handler; the other party is told. */
  cancel(id: string, actor: Actor, asHandler: boolean, reason?: string): Promise<DecisionResult>;
  list(): Promise<Booking[]>;
  get(id: string): Promise<Booking | undefined>;
}

/** A date's availability (see BookingService.availability). */
export interface BookingAvailability {
  date: string;
  refusal?: BookingRefusal;
  occupied: BookingConflict[];
  free: BookingSlot[];
}

/** Dependencies of the booking service. */
export interface BookingServiceDependencies {
  bookings: BookingRepository;
  events: EventRepository;
  knowledge: KnowledgeSource;
  clock: Clock;
  log: Logger;
  notifier?: BookingNotifier;
}

const sameActor = (a: { oid: string; tid: string }, b: { oid: string; tid: string }) =>
  a.oid.toLowerCase() === b.oid.toLowerCase() && a.tid.toLowerCase() === b.tid.toLowerCase();

/** Builds the service. */
export function createBookingService(deps: BookingServiceDependencies): BookingService {
  const { bookings, events, knowledge, clock, log } = deps;
  const notifier = deps.notifier;

  async function tell(kind: "toHandlers" | "toRequester", booking: Booking, news: BookingNews): Promise<void> {
    try {
      await notifier?.[kind](booking, news);
    } catch (error) {
      log.warn("booking notification not delivered", { bookingId: booking.id, news, error: String(error) });
    }
  }

  async function check(
    slot: BookingSlot,
    excludeBookingId?: string,
    onlyApproved = false,
  ): Promise<BookingRefusal | undefined> {
    const [{ rules }, { events: all, now }, stored] = await Promise.all([
      bookings.getRules(),
      knowledge.snapshot(),
      bookings.list(),
    ]);
    const others = stored.map((v) => v.value).filter((b) => !onlyApproved || b.status === "approved");
    return checkBooking(slot, { rules, now: clock() ?? now, events: all, bookings: others, excludeBookingId });
  }

  async function transition(
    id: string,
    allowed: Booking["status"][],
    change: (b: Booking) => Booking,
  ): Promise<DecisionResult & { etag?: string; before?: Booking }> {
    const found = await bookings.get(id);
    if (!found) return { ok: false, problem: "notFound" };
    if (!allowed.includes(found.value.status)) return { ok: false, problem: "notPending" };
    try {
      const saved = await bookings.update(change(found.value), found.etag);
      return { ok: true, booking: saved.value, etag: saved.etag, before: found.value };
    } catch (error) {
      if (error instanceof ConflictError) return { ok: false, problem: "notPending" };
      throw error;
    }
  }

  async function showAsEvent(b: Booking): Promise<void> {
    const event: AlrekEvent = {
      id: bookingEventId(b.id),
      kind: "meeting",
      title: bookingEventTitle(b),
      start: `${b.date}T${b.from}`,
      end: `${b.date}T${b.to}`,
      timeZone: OSLO,
      place: "Borgertun",
      organiser: b.organisation,
      exceptions: [],
      cancelled: false,
      updatedAt: clock().toISOString(),
      updatedBy: b.decidedBy?.name ?? "Borgertun",
    };
    const existing = await events.get(event.id);
    if (existing) await events.update(event, existing.etag);
    else await events.create(event);
    await knowledge.invalidate();
  }

  async function hideEvent(b: Booking): Promise<void> {
    const existing = await events.get(bookingEventId(b.id));
    if (existing && !existing.value.cancelled)
      await events.update({ ...existing.value, cancelled: true, updatedAt: clock().toISOString() }, existing.etag);
    await knowledge.invalidate();
  }

  const decided = (handler: Actor) => ({
    decidedAt: clock().toISOString(),
    decidedBy: { oid: handler.oid, tid: handler.tid, name: handler.name },
  });

  return {
    rules: () => bookings.getRules(),
    async updateRules(patch, etag) {
      const current = await bookings.getRules();
      return bookings.saveRules(mergeBookingRules(patch, current.rules), etag);
    },
    check: (slot, excludeBookingId) => check(slot, excludeBookingId),
    async availability(date) {
      const [{ rules }, { events: all }, stored] = await Promise.all([
        bookings.getRules(),
        knowledge.snapshot(),
        bookings.list(),
      ]);
      const now = clock();
      const refusal = dayRefusal(date, rules, now);
      if (refusal) return { date, refusal, occupied: [], free: [] };
      const occupied = occupiedOn(
        date,
        all,
        stored.map((v) => v.value),
      );
      return { date, occupied, free: freeIntervals(date, rules, occupied, now) };
    },
    async request(request, requester, opts) {
      const refusal = await check(request);
      if (refusal) return { ok: false, refusal };
      const booking: Booking = {
        ...request,
        id: `${request.date.replace(/-/g, "")}-${randomBytes(4).toString("hex")}`,
        requester: { oid: requester.oid, tid: requester.tid, name: requester.name },
        ...(opts.replyTargetId ? { replyTargetId: opts.replyTargetId } : {}),
        lang: opts.lang,
        status: "pending",
        createdAt: clock().toISOString(),
      };
      const created = await bookings.create(booking);
      log.info("borgertun requested", { bookingId: booking.id, date: booking.date });
      await tell("toHandlers", created.value, "requested");
      return { ok: true, booking: created.value };
    },
    async approve(id, handler) {
      const found = await bookings.get(id);
      if (!found) return { ok: false, problem: "notFound" };
      if (found.value.status !== "pending") return { ok: false, problem: "notPending" };
      const b = found.value;
      // Alrek events and approved bookings may have arrived since the request; pending ones do not block.
      const refusal = await check(b, b.id, true);
      if (refusal && refusal.reason === "conflict") return { ok: false, problem: "slotTaken" };
      if (refusal && refusal.reason !== "past") return { ok: false, problem: "refused", refusal };
      if (!(await bookings.claimSlots(b.id, b))) return { ok: false, problem: "slotTaken" };
      let saved: Versioned<Booking>;
      try {
        saved = await bookings.update({ ...b, status: "approved", ...decided(handler) }, found.etag);
      } catch (error) {
        await bookings.releaseSlots(b.id, b);
        if (error instanceof ConflictError) return { ok: false, problem: "notPending" };
        throw error;
      }
      await showAsEvent(saved.value);
      log.info("borgertun approved", { bookingId: id });
      await tell("toRequester", saved.value, "approved");
      return { ok: true, booking: saved.value };
    },
    async decline(id, handler, reason) {
      const result = await transition(id, ["pending", "proposed"], (b) => ({
        ...b,
        status: "declined",
        reason: reason.trim().slice(0, 500),
        ...decided(handler),
      }));
      if (result.ok) await tell("toRequester", result.booking, "declined");
      return result;
    },
    async propose(id, handler, slot) {
      const refusal = await check(slot, id);
      if (refusal) return { ok: false, problem: "refused", refusal };
      const result = await transition(id, ["pending"], (b) => ({
        ...b,
        status: "proposed",
        proposal: { date: slot.date, from: slot.from, to: slot.to },
        ...decided(handler),
      }));
      if (result.ok) await tell("toRequester", result.booking, "proposed");
      return result;
    },
    async acceptProposal(id, requester) {
      const found = await bookings.get(id);
      if (!found) return { ok: false, problem: "notFound" };
      if (!sameActor(found.value.requester, requester)) return { ok: false, problem: "notAllowed" };
      const proposal = found.value.proposal;
      if (found.value.status !== "proposed" || !proposal) return { ok: false, problem: "notPending" };
      const refusal = await check(proposal, id);
      if (refusal) return { ok: false, problem: "refused", refusal };
      const result = await transition(id, ["proposed"], (b) => ({
        ...b,
        ...proposal,
        status: "pending",
        proposal: undefined,
      }));
      if (result.ok) await tell("toHandlers", result.booking, "requested");
      return result;
    },
    async cancel(id, actor, asHandler, reason) {
      const found = await bookings.get(id);
      if (!found) return { ok: false, problem: "notFound" };
      if (!asHandler && !sameActor(found.value.requester, actor)) return { ok: false, problem: "notAllowed" };
      const result = await transition(id, ["pending", "approved", "proposed"], (b) => ({
        ...b,
        status: "cancelled",
        ...(reason ? { reason: reason.slice(0, 500) } : {}),
        decidedAt: clock().toISOString(),
        decidedBy: { oid: actor.oid, tid: actor.tid, name: actor.name },
      }));
      if (!result.ok) return result;
      if (result.before?.status === "approved") {
        await bookings.releaseSlots(id, result.before);
        await hideEvent(result.before);
      }
      log.info("borgertun cancelled", { bookingId: id, asHandler });
      if (asHandler) await tell("toRequester", result.booking, "cancelledByHandler");
      else await tell("toHandlers", result.booking, "cancelledByRequester");
      return { ok: true, booking: result.booking };
    },
    async list() {
      return (await bookings.list())
        .map((v) => v.value)
        .sort((a, b) => `${a.date}${a.from}`.localeCompare(`${b.date}${b.from}`));
    },
    async get(id) {
      return (await bookings.get(id))?.value;
    },
  };
}
