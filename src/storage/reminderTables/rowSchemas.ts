/** The stored shape of the reminder tables' rows (see ../rowSchemas.ts for the rule). */
import { z } from "zod";
import { LEDGER_ROWS, SUBSCRIPTION_ROWS } from "../../domain/badRows.js";
import type { ConversationReferenceData, ConversationTarget, Subscription } from "../../domain/conversations.js";
import { LANGS, type Lang } from "../../domain/language.js";
import { LEDGER_KINDS, LEDGER_STATUSES, type LeaderLease, type LedgerEntry } from "../../domain/ledger.js";
import { RSVP_ANSWERS, type RsvpAnswer, type RsvpEntry } from "../../domain/rsvp.js";
import { scheduledRowProblem, subscriptionProblem, targetProblem } from "../../domain/storedValues.js";
import type { RowSpec, StoredRow } from "../rowReader.js";
import { eventKind, type FieldsOf } from "../rowSchemas.js";
import { REMINDER_TABLES } from "./tableNames.js";

const text = z.string();
const instant = text;
const keys = (row: StoredRow) => `${String(row.partitionKey)}/${String(row.rowKey)}`;

const subscriptionFields = {
  targetId: text.min(1),
  kinds: z.array(eventKind).default([]),
  createdAt: text.default(""),
  createdBy: text.default(""),
  leadTimes: z.record(eventKind, z.array(text)).optional(),
  digest: z.enum(["also", "only"]).optional(),
} satisfies FieldsOf<Subscription>;

/** Table "Subscriptions": a conversation's kinds, lead times and digest choice (its reminder settings). */
export const SUBSCRIPTION_ROW: RowSpec<Subscription> = {
  table: SUBSCRIPTION_ROWS,
  jsonFields: ["kinds", "leadTimes"],
  shape: z.object(subscriptionFields) satisfies z.ZodType<Subscription, z.ZodTypeDef, unknown>,
  problem: subscriptionProblem,
  idOf: (row) => String(row.partitionKey),
};

// The reference goes to the Bot Framework as it is: what it needs is checked, the rest kept.
const referenceFields = {
  activityId: text.optional(),
  user: z.object({ id: text, name: text.optional(), aadObjectId: text.optional() }).passthrough().optional(),
  bot: z.object({ id: text, name: text.optional() }).passthrough(),
  conversation: z.object({ id: text }).passthrough(),
  channelId: text,
  locale: text.optional(),
  serviceUrl: text,
} satisfies FieldsOf<ConversationReferenceData>;

const targetFields = {
  id: text.min(1),
  conversationId: text,
  serviceUrl: text,
  tenantId: text.default(""),
  botId: text.default(""),
  channelId: text.optional(),
  teamId: text.optional(),
  conversationType: z.enum(["personal", "groupChat", "channel"]),
  name: text.optional(),
  userAadObjectId: text.optional(),
  lang: z.enum(LANGS as unknown as [Lang, ...Lang[]]).optional(),
  reference: z.object(referenceFields).passthrough(),
  installedAt: text.default(""),
  removedAt: text.optional(),
  status: z.enum(["active", "removed", "blocked"]),
} satisfies FieldsOf<ConversationTarget>;

/** Table "Conversations". */
export const TARGET_ROW: RowSpec<ConversationTarget> = {
  table: REMINDER_TABLES.conversations,
  jsonFields: ["reference"],
  shape: z.object(targetFields) satisfies z.ZodType<ConversationTarget, z.ZodTypeDef, unknown>,
  problem: targetProblem,
};

const rsvpFields = {
  eventId: text,
  occurrenceKey: text,
  oid: text.min(1),
  name: text.optional(),
  userId: text.optional(),
  answer: z.enum(RSVP_ANSWERS as [RsvpAnswer, ...RsvpAnswer[]]),
  answeredAt: instant,
} satisfies FieldsOf<RsvpEntry>;

/** Table "ReminderRsvp" (answer rows; the nudge row is not an answer). */
export const RSVP_ROW: RowSpec<RsvpEntry> = {
  table: REMINDER_TABLES.rsvp,
  jsonFields: [],
  shape: z.object(rsvpFields) satisfies z.ZodType<RsvpEntry, z.ZodTypeDef, unknown>,
  idOf: keys,
};

/** Ledger rows written before the ledger (the delivery table's claims) lack kind and group, and say "claimed". */
function fromBeforeTheLedger(row: unknown): unknown {
  if (typeof row !== "object" || row === null) return row;
  const { claimedBy, ...rest } = row as Record<string, unknown>;
  return {
    ...rest,
    kind: rest.kind ?? "reminder",
    group: rest.group ?? rest.eventId,
    status: rest.status === "claimed" ? "posting" : rest.status,
    ...(claimedBy !== undefined && rest.by === undefined ? { by: claimedBy } : {}),
  };
}

const count = z.number().int().nonnegative();
const ledgerFields = {
  kind: z.enum(LEDGER_KINDS),
  group: text.min(1),
  id: text.min(1),
  targetId: text,
  dueAt: instant,
  status: z.enum(LEDGER_STATUSES),
  attempts: count,
  epoch: count.optional(),
  by: text.optional(),
  claimId: text.optional(),
  notBefore: instant.optional(),
  sentAt: instant.optional(),
  posts: count.optional(),
  lastError: text.optional(),
  eventId: text.optional(),
  occurrenceKey: text.optional(),
  leadTime: text.optional(),
  bookingId: text.optional(),
  createdBy: text.optional(),
  activityId: text.optional(),
  cardStart: text.optional(),
  deliveryId: text.optional(),
  cardVersion: count.optional(),
  leaseUntil: instant.optional(),
} satisfies FieldsOf<LedgerEntry>;

/**
 * Table "ReminderDeliveries", the delivery ledger: every kind the runner posts (read whole by each
 * pass and the overview; a claim reads its own row in shape). Rows from before the ledger are read
 * as reminder rows.
 */
export const LEDGER_ROW: RowSpec<LedgerEntry> = {
  table: LEDGER_ROWS,
  jsonFields: [],
  shape: z.preprocess(fromBeforeTheLedger, z.object(ledgerFields)) satisfies z.ZodType<
    LedgerEntry,
    z.ZodTypeDef,
    unknown
  >,
  problem: scheduledRowProblem,
};

const leaseFields = {
  holder: text.min(1),
  epoch: count,
  until: instant,
} satisfies FieldsOf<LeaderLease>;

/** Table "ReminderLeader": the one lease row the runners compete for. */
export const LEASE_ROW: RowSpec<LeaderLease> = {
  table: REMINDER_TABLES.leader,
  jsonFields: [],
  shape: z.object(leaseFields) satisfies z.ZodType<LeaderLease, z.ZodTypeDef, unknown>,
  problem: (lease) => (Number.isNaN(Date.parse(lease.until)) ? `until: ${lease.until} is not an instant` : undefined),
};
