/**
 * What a conversation was last about, for follow-ups ("og hvem leder den?"). Kept for a short while
 * in storage shared by every instance, so a follow-up that reaches another instance still resolves.
 */
import type { Lang } from "./language.js";

/** A subject a question can be about. */
export interface SubjectRef {
  type: "group" | "person" | "event" | "tiltak";
  id: string;
}

/** The last subject of a conversation (per person in it), the intent it was asked with and when. */
export interface ConversationSubject {
  subject: SubjectRef;
  /** The intent of the question that named it (qa's Intent), for "og …?" with a new subject. */
  intent?: string;
  lang?: Lang;
  /** ISO instant it was kept. */
  at: string;
}

/** How long a subject is kept: a follow-up later than this starts afresh. */
export const CONTEXT_TTL_MS = 10 * 60_000;

/** True while a kept subject is recent enough to refer back to at `now`. */
export function isFresh(kept: ConversationSubject | undefined, now: Date): kept is ConversationSubject {
  if (!kept) return false;
  const at = Date.parse(kept.at);
  return Number.isFinite(at) && at <= now.getTime() + 60_000 && now.getTime() - at < CONTEXT_TTL_MS;
}

/** The key of one person's context in one conversation (a channel thread is one conversation). */
export function contextKey(conversationId: string, userId: string): string {
  return `${conversationId}\u0000${userId}`;
}

/** Stored conversation subjects. Errors reach the caller, which answers without the context. */
export interface ConversationContextRepository {
  get(key: string): Promise<ConversationSubject | undefined>;
  set(key: string, subject: ConversationSubject): Promise<void>;
  /** Deletes subjects kept before `before`; returns how many. */
  prune(before: Date): Promise<number>;
}
