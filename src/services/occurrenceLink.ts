import { createHmac, timingSafeEqual } from "node:crypto";
import type { Occurrence } from "../domain/events.js";

/**
 * Signed "add to calendar" links for one occurrence, for reminder cards:
 * GET /api/calendar/occurrence/{event id}/{occurrence key}.ics?exp={unix s}&sig={base64url}
 *
 * sig = HMAC-SHA256(k, "v1\n" + event id + "\n" + occurrence key + "\n" + exp), where k is
 * derived from the calendar feed token (k = HMAC-SHA256(token, "alrek occurrence link v1")), so
 * no new secret is needed, the link never contains the token, and knowing links tells nothing
 * about the token. Rotating the feed token (several tokens at once) keeps old links working until
 * the old token is removed. A link lives until 30 days after the occurrence starts.
 */
export const OCCURRENCE_LINK_TTL_MS = 30 * 86_400_000;

/** What a link is about. */
export interface OccurrenceLinkSubject {
  eventId: string;
  occurrenceKey: string;
}

/** Why a link was refused: "invalid" (altered, or not ours) or "expired". */
export type LinkCheck = "ok" | "invalid" | "expired";

function derivedKey(secret: string): Buffer {
  return createHmac("sha256", secret).update("alrek occurrence link v1", "utf8").digest();
}

function signature(secret: string, subject: OccurrenceLinkSubject, exp: number): Buffer {
  return createHmac("sha256", derivedKey(secret))
    .update(`v1\n${subject.eventId}\n${subject.occurrenceKey}\n${exp}`, "utf8")
    .digest();
}

/** The expiry (unix seconds) of an occurrence's link: deterministic, so a re-rendered card is identical. */
export function linkExpiry(occurrence: Pick<Occurrence, "start">): number {
  return Math.floor((occurrence.start.getTime() + OCCURRENCE_LINK_TTL_MS) / 1000);
}

/** The signed link of one occurrence. */
export function occurrenceLinkUrl(
  publicBaseUrl: string,
  secret: string,
  occurrence: Pick<Occurrence, "eventId" | "key" | "start">,
): string {
  const subject = { eventId: occurrence.eventId, occurrenceKey: occurrence.key };
  const exp = linkExpiry(occurrence);
  const sig = signature(secret, subject, exp).toString("base64url");
  const base = publicBaseUrl.replace(/\/+$/, "");
  return `${base}/api/calendar/occurrence/${encodeURIComponent(subject.eventId)}/${encodeURIComponent(subject.occurrenceKey)}.ics?exp=${exp}&sig=${sig}`;
}

/** Checks `exp` and `sig` against every secret (rotation); the signature is checked before the expiry. */
export function checkOccurrenceLink(
  secrets: readonly string[],
  subject: OccurrenceLinkSubject,
  exp: string | undefined,
  sig: string | undefined,
  now: Date,
): LinkCheck {
  if (!exp || !/^\d{1,12}$/.test(exp) || !sig || !/^[A-Za-z0-9_-]{43}$/.test(sig)) return "invalid";
  const given = Buffer.from(sig, "base64url");
  let valid = false;
  for (const secret of secrets) {
    if (timingSafeEqual(given, signature(secret, subject, Number(exp)))) valid = true;
  }
  if (!valid) return "invalid";
  return Number(exp) * 1000 <= now.getTime() ? "expired" : "ok";
}
