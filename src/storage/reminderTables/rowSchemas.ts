/** The stored shape of the reminder tables' rows (see ../rowSchemas.ts for the rule). */
import { z } from "zod";
import { ONCE_SEND_ROWS, SUBSCRIPTION_ROWS } from "../../domain/badRows.js";
import type {
  ConversationReferenceData,
  ConversationTarget,
  ReminderDelivery,
  Subscription,
} from "../../domain/conversations.js";
import { LANGS, type Lang } from "../../domain/language.js";
import type { OnceSend } from "../../domain/onceSend.js";
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

const onceFields = {
  group: text,
  id: text.min(1),
  targetId: text,
  dueAt: instant,
  status: z.enum(["pending", "claimed", "sent", "skipped", "failed"]),
  attempts: z.number().int().nonnegative(),
  claimId: text.optional(),
  claimedBy: text.optional(),
  leaseUntil: instant.optional(),
  notBefore: instant.optional(),
  sentAt: instant.optional(),
  lastError: text.optional(),
  eventId: text.optional(),
  occurrenceKey: text.optional(),
  bookingId: text.optional(),
  createdBy: text.optional(),
} satisfies FieldsOf<OnceSend>;

/** Table "ReminderOnceSends": snoozes, weekly digests, Borgertun reminders. */
export const ONCE_SEND_ROW: RowSpec<OnceSend> = {
  table: ONCE_SEND_ROWS,
  jsonFields: [],
  shape: z.object(onceFields) satisfies z.ZodType<OnceSend, z.ZodTypeDef, unknown>,
  problem: scheduledRowProblem,
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

const deliveryFields = {
  id: text.min(1),
  eventId: text,
  occurrenceKey: text,
  leadTime: text,
  targetId: text,
  dueAt: instant,
  status: z.enum(["pending", "claimed", "sent", "failed", "missed", "skipped"]),
  attempts: z.number().int().nonnegative(),
  lastError: text.optional(),
  leaseUntil: instant.optional(),
  claimedBy: text.optional(),
  claimId: text.optional(),
  notBefore: instant.optional(),
  sentAt: instant.optional(),
  activityId: text.optional(),
  cardStart: text.optional(),
  cardVersion: z.number().int().nonnegative().optional(),
} satisfies FieldsOf<ReminderDelivery>;

/** Table "ReminderDeliveries" (read whole by the overview and the card updates; a claim reads its own row as it is). */
export const DELIVERY_ROW: RowSpec<ReminderDelivery> = {
  table: REMINDER_TABLES.deliveries,
  jsonFields: [],
  shape: z.object(deliveryFields) satisfies z.ZodType<ReminderDelivery, z.ZodTypeDef, unknown>,
  problem: scheduledRowProblem,
};
