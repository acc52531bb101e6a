import { randomUUID } from "node:crypto";
import pRetry, { AbortError } from "p-retry";
import type { Clock } from "../domain/clock.js";
import { goneStatusOf, type ConversationTarget, type ConversationTargetRepository } from "../domain/conversations.js";
import { IGNORE_BAD_ROWS, LEDGER_ROWS, reasonOf, type BadRowReporter } from "../domain/badRows.js";
import { ConflictError, NotFoundError, ValidationError } from "../domain/errors.js";
import { isOpen, isSettled, MAX_ATTEMPTS, type LedgerEntry, type LedgerRepository } from "../domain/ledger.js";
import { DeliveryError } from "../domain/reminderSender.js";
import type { Versioned } from "../domain/repositories.js";
import type { Logger } from "../logger.js";
import { NotLeaderError, type Leadership } from "./leadership.js";
import type { SendBudget } from "./sendBudget.js";
import { RetryLaterError, type OneSender, type TeamsRequest } from "./sender.js";

/** Something to post once: its ledger row (keys and what it records), and how to post it. */
export interface Item {
  row: Omit<LedgerEntry, "status" | "attempts">;
  /** Found too late: recorded missed, not posted. */
  missed?: boolean;
  /** The stored row it is made from, reported as bad when building or posting it fails for its values; the ledger row by default. */
  source?: { table: string; id: string };
  /** The requests, built right before posting; undefined when there is nothing to send (recorded skipped). */
  build(target: ConversationTarget): Promise<TeamsRequest[] | undefined>;
}

/** What planners see of one pass: the instant, the ledger and the conversations. */
export interface PassContext {
  now: Date;
  ledger: ReadonlyMap<string, Versioned<LedgerEntry>>;
  targets: ReadonlyMap<string, ConversationTarget>;
  /** Where a stored row that cannot be used is reported (logged once, shown to editors); the pass carries on. */
  badRows: BadRowReporter;
  /** Reports row `id` of `table` (events, bookings, the ledger…) that a computation failed on. */
  problem(table: string, id: string, error: unknown): void;
}

/** Turns stored state into items; one failing planner costs only its own items. */
export type Planner = (ctx: PassContext) => Promise<Item[]>;

/** Counts of one pass. `skipped` = done already, or put back; `leader` false = this instance stood by. */
export interface TickReport {
  leader: boolean;
  planned: number;
  sent: number;
  failed: number;
  missed: number;
  skipped: number;
  /** Put back for later (a long Retry-After). */
  released: number;
}

/** What the runner works with; timing comes from the sender. */
export interface RunnerOptions {
  ledger: LedgerRepository;
  leadership: Leadership;
  targets: Pick<ConversationTargetRepository, "list" | "setStatus">;
  sender: OneSender;
  budget: SendBudget;
  planners: readonly Planner[];
  clock: Clock;
  instanceId: string;
  log: Logger;
  /** Where stored rows a pass cannot use are reported (the service's BadRowLog); nowhere by default. */
  badRows?: BadRowReporter;
  /** Lease of the leader; a post starts only with two thirds of it left. */
  leaseMs: number;
  /** A failed row is tried again after this × its attempts. */
  failedRetryMs?: number;
  /** How long recording "sent" is retried through a storage outage. */
  markPatienceMs?: number;
  /** Conversations served in parallel (each conversation's items in order). */
  concurrency?: number;
}

const ledgerKey = (row: Pick<LedgerEntry, "group" | "id">): string => `${row.group}\u0000${row.id}`;

/**
 * One pass of the leader: plan everything due from stored state, and post each item once.
 * Per item: an open ledger row is claimed as "posting" (insert-if-absent, or an ETag-conditional
 * replace) before the post and settled after it; two writes per post. A pass never fails as a
 * whole: each planner, stored row and item is isolated.
 */
export class ReminderRunner {
  /** Items this process is posting, or posted and has not recorded yet: never posted again by it. */
  private readonly busy = new Set<string>();
  private readonly logged = new Set<string>();
  private seededEpoch: number | undefined;
  /** Posts Teams accepted whose "sent" storage did not take: written again at the next pass. */
  private readonly unrecorded = new Map<string, { mine: Versioned<LedgerEntry>; next: LedgerEntry }>();
  private posting = 0;
  stopping = false;

  constructor(private readonly o: RunnerOptions) {}

  /** Posts Teams accepted whose "sent" is not stored yet (0: a crash now repeats nothing). */
  unrecordedPosts(): number {
    return this.posting + this.unrecorded.size;
  }

  async pass(): Promise<TickReport> {
    const report: TickReport = { leader: false, planned: 0, sent: 0, failed: 0, missed: 0, skipped: 0, released: 0 };
    if (this.stopping || !(await this.o.leadership.hold())) return report;
    report.leader = true;
    for (const [key, { mine, next }] of this.unrecorded) {
      if (!(await this.settle(mine, next))) continue;
      this.unrecorded.delete(key);
      this.busy.delete(key);
    }
    const now = this.o.clock();
    const [rows, targets] = await Promise.all([this.o.ledger.list(), this.o.targets.list()]);
    const badRows = this.o.badRows ?? IGNORE_BAD_ROWS;
    const ctx: PassContext = {
      now,
      // The repository has left out (and reported) rows that are not ledger rows.
      ledger: new Map(rows.map((row) => [ledgerKey(row.value), row])),
      targets: new Map(targets.map((t) => [t.id, t])),
      badRows,
      problem: (table, id, error) => badRows.bad({ table, id, reason: reasonOf(error), found: "use" }),
    };
    this.remember(ctx);
    const planned = await Promise.all(
      this.o.planners.map((plan) => plan(ctx).catch((error) => (this.trouble(`planner ${plan.name}`, error), []))),
    );
    const byTarget = new Map<string, Item[]>();
    for (const item of planned.flat())
      byTarget.set(item.row.targetId, [...(byTarget.get(item.row.targetId) ?? []), item]);
    report.planned = planned.flat().length;
    const groups = [...byTarget.values()];
    let lost: NotLeaderError | undefined;
    const worker = async () => {
      for (let group = groups.shift(); group && !lost; group = groups.shift()) {
        for (const item of group) {
          if (lost || this.stopping) return;
          try {
            await this.deliver(item, ctx, report);
          } catch (error) {
            if (error instanceof NotLeaderError) lost = error;
            else if (error instanceof ItemError || error instanceof ValidationError) {
              const { table, id } = item.source ?? { table: LEDGER_ROWS, id: item.row.id };
              ctx.problem(table, id, error instanceof ItemError ? error.cause : error);
            } else this.trouble(`${item.row.kind} ${item.row.id}`, error); // storage trouble: next pass
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.o.concurrency ?? 8, groups.length) }, worker));
    if (lost) this.o.log.warn("reminder lease lost mid-pass; the new leader carries on", { error: lost.message });
    return report;
  }

  /** What every pass learns from the ledger: Retry-After pauses, and (once per epoch) the last hour's posts. */
  private remember(ctx: PassContext): void {
    const senderNow = this.o.sender.t.now();
    const asSenderTime = (iso: string) => senderNow - (ctx.now.getTime() - Date.parse(iso));
    const seed = this.seededEpoch !== this.o.leadership.epoch;
    this.seededEpoch = this.o.leadership.epoch;
    for (const { value: row } of ctx.ledger.values()) {
      if (row.status === "pending" && row.notBefore) this.o.budget.pause(row.targetId, asSenderTime(row.notBefore));
      const target = ctx.targets.get(row.targetId);
      if (!seed || !target || !row.sentAt || ctx.now.getTime() - Date.parse(row.sentAt) > 3_600_000) continue;
      for (let i = 0; i < (row.posts ?? 1); i++) this.o.budget.take(target, asSenderTime(row.sentAt));
    }
  }

  private async deliver(item: Item, ctx: PassContext, report: TickReport): Promise<void> {
    const key = ledgerKey(item.row);
    const existing = ctx.ledger.get(key);
    const target = ctx.targets.get(item.row.targetId);
    if (this.busy.has(key) || (existing && !isOpen(existing.value, this.o.clock()))) {
      report.skipped++;
      return;
    }
    if (!target || target.status !== "active") {
      report.skipped++;
      return;
    }
    if (item.missed) {
      report.missed++;
      return this.record(item, existing, "missed", "found more than 6 h late or after the start");
    }
    if (this.o.budget.waitMs(target, this.o.sender.t.now()) > this.o.sender.t.maxInlineWaitMs) return;
    const requests = await item.build(target).catch((error: unknown) => {
      throw new ItemError(error);
    });
    if (!requests) {
      report.skipped++;
      return this.record(item, existing, "skipped", "nothing to send");
    }
    this.busy.add(key);
    let recorded = true;
    try {
      const mine = await this.claim(item, existing);
      if (!mine) report.skipped++;
      else recorded = await this.post(mine, target, requests, ctx, report);
    } finally {
      // Kept while a "sent" waits to be recorded: this process never posts it again.
      if (recorded) this.busy.delete(key);
    }
  }

  /** Posts under our claim and records the outcome; false when storage kept the record from being written. */
  private async post(
    mine: Versioned<LedgerEntry>,
    target: ConversationTarget,
    requests: TeamsRequest[],
    ctx: PassContext,
    report: TickReport,
  ): Promise<boolean> {
    let outcome: Partial<LedgerEntry>;
    try {
      const { answers, posts } = await this.o.sender.post(target, requests);
      this.posting++;
      const activityId = answers[0]?.activityId ?? mine.value.activityId;
      outcome = { status: "sent", sentAt: this.o.clock().toISOString(), posts, activityId, lastError: undefined };
      report.sent++;
    } catch (error) {
      if (error instanceof NotLeaderError) throw error; // the row stays "posting": the next leader posts it
      outcome = await this.failure(target, mine.value, error, ctx);
      report[outcome.status === "pending" ? "released" : "failed"]++;
    }
    const next = { ...mine.value, ...outcome, notBefore: outcome.notBefore };
    const recorded = await this.settle(mine, next);
    if (outcome.status !== "sent") return true; // nothing posted (or only what may be repeated): free to try again
    this.posting--;
    if (!recorded) this.unrecorded.set(ledgerKey(next), { mine, next });
    return recorded;
  }

  /** The row after a failed post: put back (long Retry-After), or failed and tried again later. */
  private async failure(
    target: ConversationTarget,
    row: LedgerEntry,
    error: unknown,
    ctx: PassContext,
  ): Promise<Partial<LedgerEntry>> {
    const lastError = String((error as Error)?.message ?? error).slice(0, 500);
    this.o.log.warn("reminder not delivered", { id: row.id, kind: row.kind, error: lastError });
    const now = this.o.clock().getTime();
    if (error instanceof RetryLaterError) {
      const notBefore = new Date(now + Math.max(0, error.untilMs - this.o.sender.t.now())).toISOString();
      return { status: "pending", attempts: row.attempts - 1, notBefore, lastError };
    }
    const gone = error instanceof DeliveryError ? goneStatusOf(error.status) : undefined;
    if (gone) {
      this.o.log.warn("conversation no longer reachable; stopped", { targetId: target.id, status: gone });
      (ctx.targets as Map<string, ConversationTarget>).set(target.id, { ...target, status: gone });
      await this.o.targets
        .setStatus(target.id, gone, new Date(now).toISOString())
        .catch((e) => this.o.log.warn("conversation status not stored", { targetId: target.id, error: String(e) }));
      return { status: "failed", attempts: Math.max(row.attempts, MAX_ATTEMPTS), lastError };
    }
    const notBefore = new Date(now + (this.o.failedRetryMs ?? 60_000) * row.attempts).toISOString();
    return { status: "failed", notBefore, lastError };
  }

  /** The "posting" row: inserted, or written over an open row with its ETag. Undefined when another writer won. */
  private async claim(item: Item, existing?: Versioned<LedgerEntry>): Promise<Versioned<LedgerEntry> | undefined> {
    const next: LedgerEntry = {
      ...existing?.value,
      ...item.row,
      status: "posting",
      attempts: (existing?.value.attempts ?? 0) + 1,
      epoch: this.o.leadership.epoch,
      by: this.o.instanceId,
      claimId: randomUUID(),
      notBefore: undefined,
      leaseUntil: undefined,
    };
    try {
      const written = await this.storage(
        () => (existing ? this.o.ledger.update(next, existing.etag) : this.o.ledger.create(next)),
        this.o.leaseMs / 3,
      );
      if (written) return written;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
    // 409/412: another writer, or our own write whose answer was lost (then it carries our claim id).
    const found = await this.o.ledger.get(next.group, next.id);
    return found?.value.claimId === next.claimId ? found : undefined;
  }

  /**
   * Writes the outcome of our claim; false when storage stayed down past the patience. A "sent"
   * is then written again at the next pass; if this instance stops leading first, the next
   * leader posts it again (README "What remains").
   */
  private async settle(mine: Versioned<LedgerEntry>, next: LedgerEntry): Promise<boolean> {
    const patience = next.status === "sent" ? (this.o.markPatienceMs ?? 300_000) : this.o.leaseMs / 3;
    try {
      await this.storage(() => this.o.ledger.update(next, mine.etag), patience);
      return true;
    } catch (error) {
      if (!(error instanceof ConflictError)) return false;
    }
    // 412: our own write whose answer was lost, or another leader took the row meanwhile.
    const found = await this.o.ledger.get(next.group, next.id).catch(() => undefined);
    if (!found || found.value.claimId !== next.claimId || found.value.status !== next.status)
      this.o.log.error("reminder row taken by another leader before its outcome was recorded", {
        id: next.id,
        outcome: next.status,
        mayBePostedTwice: next.status === "sent",
      });
    return true;
  }

  /** Records an item that is not posted (missed, skipped): one write, and another writer's row wins. */
  private async record(
    item: Item,
    existing: Versioned<LedgerEntry> | undefined,
    status: LedgerEntry["status"],
    why: string,
  ) {
    const next: LedgerEntry = { ...existing?.value, ...item.row, status, attempts: existing?.value.attempts ?? 0 };
    const row = { ...next, lastError: existing?.value.lastError ?? why, notBefore: undefined, leaseUntil: undefined };
    if (existing && isSettled(existing.value)) return;
    await (existing ? this.o.ledger.update(row, existing.etag) : this.o.ledger.create(row)).catch((error) => {
      if (!(error instanceof ConflictError)) throw error;
    });
  }

  /** Retries a storage call through an outage (the SDK's requests fail fast here) until `patienceMs` is spent. */
  private storage<T>(call: () => Promise<T>, patienceMs: number): Promise<T> {
    const t = this.o.sender.t;
    const deadline = t.now() + patienceMs;
    return pRetry(
      () =>
        call().catch((error: Error) => {
          // 409/412 are answers; a value storage refuses or a row gone stays so: retrying would only hold the pass up.
          const final =
            error instanceof ConflictError || error instanceof ValidationError || error instanceof NotFoundError;
          throw final ? new AbortError(error) : error;
        }),
      {
        retries: Infinity,
        minTimeout: 0,
        onFailedAttempt: async ({ error, attemptNumber }) => {
          const delay = Math.min(2_000, 250 * 2 ** (attemptNumber - 1));
          if (t.now() + delay > deadline) throw error;
          this.o.log.warn("reminder storage call failed; retrying", {
            attemptNumber,
            error: error.message.slice(0, 200),
          });
          await t.sleep(delay);
        },
      },
    );
  }

  /** Trouble that is no stored row's fault (storage down, a planner's read failed): logged once per subject and message. */
  private trouble(subject: string, error: unknown): void {
    const message = String((error as Error)?.message ?? error).slice(0, 300);
    if (this.logged.has(`${subject}|${message}`)) return;
    if (this.logged.size > 10_000) this.logged.clear();
    this.logged.add(`${subject}|${message}`);
    this.o.log.warn("reminder work not done; tried again next pass", { subject, error: message });
  }
}

/** Building an item's requests failed: a computation on the stored row it is made from. */
class ItemError extends Error {
  override name = "ItemError";
  constructor(override readonly cause: unknown) {
    super(String((cause as Error)?.message ?? cause));
  }
}
