import { createHash, timingSafeEqual } from "node:crypto";
import type { Request, Response, Server } from "restify";
import type { ApiContext } from "./context.js";
import { param, queryValue } from "./http.js";
import { NotFoundError } from "../domain/errors.js";
import { EVENT_ROWS, reasonOf } from "../domain/badRows.js";
import { isOccurrenceKey } from "../domain/occurrences.js";
import { buildCalendar, eventToVevents, occurrenceToVevent } from "./icalendar.js";

/**
 * True when `given` equals one of the tokens. Both sides are hashed to a fixed length so that
 * neither the comparison time nor an early exit tells how close a guess was.
 */
export function matchesAnyToken(given: string | undefined, tokens: readonly string[]): boolean {
  if (!given) return false;
  const g = createHash("sha256").update(given, "utf8").digest();
  let found = false;
  for (const token of tokens) {
    const t = createHash("sha256").update(token, "utf8").digest();
    if (timingSafeEqual(g, t)) found = true;
  }
  return found;
}

/**
 * 404 for a missing or wrong token, so that the feed's existence is not revealed. The token is
 * read once and then cut out of `req.url`, so no later log line about this request (an error, a
 * request log) can carry it, right or wrong.
 */
function requireFeedToken(ctx: ApiContext, req: Request): void {
  const given = queryValue(req, "token");
  req.url = redactToken(req.url ?? "");
  if (!matchesAnyToken(given, ctx.calendar.feedTokens)) throw new NotFoundError("Not found");
}

/** The URL with the value of every `token` query parameter replaced. */
export function redactToken(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, "$1[redacted]");
}

function sendCalendar(res: Response, body: string, filename: string): void {
  const bytes = Buffer.from(body, "utf8");
  res.writeHead(200, {
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `inline; filename="${filename}"`,
    "Content-Length": bytes.length,
    // The token is in the URL: keep the answer out of shared caches and referrers.
    "Cache-Control": "private, max-age=300",
  });
  res.end(bytes);
}

function uidDomain(ctx: ApiContext): string {
  try {
    return new URL(ctx.calendar.publicBaseUrl).hostname || "alrek.local";
  } catch {
    return "alrek.local";
  }
}

/**
 * GET /api/calendar.ics?token=… — the subscription feed of all dated events.
 * GET /api/events/:id/ics?token=…&occurrence=KEY — one event (or one occurrence) to add to a calendar.
 * Both are opened outside Teams (calendar apps, the browser), so they carry the feed token
 * instead of a bearer token.
 */
export function registerCalendarRoutes(server: Server, ctx: ApiContext): void {
  server.get("/api/calendar.ics", async (req, res) => {
    requireFeedToken(ctx, req);
    const { events } = await ctx.knowledge.snapshot();
    const opts = { uidDomain: uidDomain(ctx), stamp: ctx.clock() };
    const lines = [...events]
      .sort((a, b) => a.id.localeCompare(b.id))
      .flatMap((e) => {
        // One event the feed cannot write is left out (and reported); the calendar keeps the others.
        try {
          return eventToVevents(e, opts);
        } catch (error) {
          ctx.badRows.bad({ table: EVENT_ROWS, id: e.id, reason: reasonOf(error), found: "use" });
          return [];
        }
      });
    sendCalendar(res, buildCalendar(lines, { name: "Alrek helseklynge" }), "alrek.ics");
  });

  server.get("/api/events/:id/ics", async (req, res) => {
    requireFeedToken(ctx, req);
    const id = param(req, "id");
    const { events } = await ctx.knowledge.snapshot();
    const event = events.find((e) => e.id === id);
    if (!event || !event.start) throw new NotFoundError("Not found");
    const opts = { uidDomain: uidDomain(ctx), stamp: ctx.clock() };
    const key = queryValue(req, "occurrence");
    if (key !== undefined && !isOccurrenceKey(event, key)) throw new NotFoundError("No such occurrence");
    const lines = key ? occurrenceToVevent(event, key, opts) : eventToVevents(event, opts);
    sendCalendar(res, buildCalendar(lines, { name: event.title }), `${event.id}.ics`);
  });
}
