import type { EventKind } from "./events.js";
import type { Lang } from "./language.js";

/** Where a conversation lives in Teams. */
export type ConversationType = "personal" | "groupChat" | "channel";

/** Whether the bot may still post there: 403/404 from the connector mark a target removed or blocked (see goneStatusOf). */
export type TargetStatus = "active" | "removed" | "blocked";

/**
 * What a conversation becomes when the connector refuses a post with this HTTP status: 403 means
 * the bot was blocked there (a user blocked it, or it may no longer post), 404 that the
 * conversation or the bot's membership is gone. Any other status leaves it active (undefined).
 */
export function goneStatusOf(httpStatus: number): Exclude<TargetStatus, "active"> | undefined {
  if (httpStatus === 403) return "blocked";
  if (httpStatus === 404) return "removed";
  return undefined;
}

/**
 * The parts of a Bot Framework ConversationReference needed to post proactively, as plain
 * JSON (no botbuilder import, so the domain stays SDK-free). The bot layer converts it.
 */
export interface ConversationReferenceData {
  activityId?: string;
  user?: { id: string; name?: string; aadObjectId?: string };
  bot: { id: string; name?: string };
  conversation: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean; name?: string };
  channelId: string;
  locale?: string;
  serviceUrl: string;
}

/** A conversation (personal chat, group chat or channel) the bot was installed in. */
export interface ConversationTarget {
  /** Stable key: `conversationTargetId(conversationId)`, safe as a Table Storage key. */
  id: string;
  conversationId: string;
  serviceUrl: string;
  tenantId: string;
  botId: string;
  channelId?: string;
  teamId?: string;
  conversationType: ConversationType;
  name?: string;
  /** Entra object id of the user, for personal chats. */
  userAadObjectId?: string;
  /** Preferred language of reminders; Norwegian bokmål when absent. */
  lang?: Lang;
  reference: ConversationReferenceData;
  /** ISO instants. */
  installedAt: string;
  removedAt?: string;
  status: TargetStatus;
}

/** A conversation's wish to get reminders; `kinds` empty means every kind. */
export interface Subscription {
  targetId: string;
  kinds: EventKind[];
  createdAt: string;
  /** Entra object id (or display name for local mode) of who subscribed. */
  createdBy: string;
  /** The conversation's own lead times per kind (the "innstillinger" card); events with their own still win. */
  leadTimes?: Partial<Record<EventKind, string[]>>;
  /** Weekly digest "Uka i Alrek": beside the separate reminders ("also") or instead of them ("only"). */
  digest?: "also" | "only";
}

/** A reminder's state as the API shows it: the ledger's statuses, with "posting" shown as "claimed". */
type DeliveryStatus = "pending" | "claimed" | "sent" | "failed" | "missed" | "skipped";

/** One reminder (occurrence × lead time × conversation) as GET /api/reminders/deliveries shows its ledger row. */
export interface ReminderDelivery {
  /** `reminderDeliveryId(eventId, occurrenceKey, leadTime, targetId)`. */
  id: string;
  eventId: string;
  occurrenceKey: string;
  leadTime: string;
  targetId: string;
  /** ISO instants from here on. */
  dueAt: string;
  status: DeliveryStatus;
  attempts: number;
  lastError?: string;
  leaseUntil?: string;
  claimedBy?: string;
  /** Random per claim: tells this claim's own earlier writes from another instance's takeover. */
  claimId?: string;
  /** Not to be claimed before this instant (a released claim after a long Retry-After, or backoff after a failure). */
  notBefore?: string;
  sentAt?: string;
  /** The id Teams gave the posted message: the card is updated in place when the occurrence changes. */
  activityId?: string;
  /** The occurrence start the posted card shows (ISO), or "cancelled" once it shows "Avlyst". */
  cardStart?: string;
  /** How many in-place updates the card has had (the key of the next one). */
  cardVersion?: number;
}

/** Installed conversations. */
export interface ConversationTargetRepository {
  upsert(target: ConversationTarget): Promise<void>;
  get(id: string): Promise<ConversationTarget | undefined>;
  list(): Promise<ConversationTarget[]>;
  /** Marks a target removed/blocked (or active again) without touching anything else. */
  setStatus(id: string, status: TargetStatus, at: string): Promise<void>;
}

/** One subscription per target. */
export interface SubscriptionRepository {
  put(subscription: Subscription): Promise<void>;
  get(targetId: string): Promise<Subscription | undefined>;
  remove(targetId: string): Promise<void>;
  list(): Promise<Subscription[]>;
}

/** The stable, key-safe id of a conversation: base64url of its id (ids contain ':' '@' ';'). */
export function conversationTargetId(conversationId: string): string {
  return Buffer.from(conversationId, "utf8").toString("base64url");
}

/** Deterministic delivery id; two instances planning the same reminder get the same id. */
export function reminderDeliveryId(eventId: string, occurrenceKey: string, leadTime: string, targetId: string): string {
  return `${eventId}|${occurrenceKey}|${leadTime}|${targetId}`;
}
