import type { Server } from "restify";
import type { ApiContext } from "./context.js";
import { param, queryValue } from "./http.js";
import { ForbiddenError, NotFoundError } from "../domain/errors.js";
import { isOccurrenceKey } from "../domain/occurrences.js";
import { checkOccurrenceLink } from "../services/occurrenceLink.js";
import { buildCalendar, occurrenceToVevent } from "./icalendar.js";

/**
 * GET /api/calendar/occurrence/:eventId/:key.ics?exp=…&sig=… — the "add to calendar" button of a
 * reminder card: one occurrence as an .ics file. The link is signed per occurrence (see
 * src/domain/occurrenceLink.ts), so it needs no feed token and reveals none. An altered link is
 * 404 (as if nothing were there), an expired one 403.
 */
export function registerOccurrenceCalendarRoute(server: Server, ctx: ApiContext): void {
  server.get("/api/calendar/occurrence/:eventId/:file", async (req, res) => {
    const eventId = param(req, "eventId");
    const file = param(req, "file");
    if (!file.endsWith(".ics")) throw new NotFoundError("Not found");
    const occurrenceKey = file.slice(0, -".ics".length);
    const check = checkOccurrenceLink(
      ctx.calendar.feedTokens,
      { eventId, occurrenceKey },
      queryValue(req, "exp"),
      queryValue(req, "sig"),
      ctx.clock(),
    );
    if (check === "invalid") throw new NotFoundError("Not found");
    if (check === "expired") throw new ForbiddenError("This calendar link has expired / Lenken er utløpt");
    const { events } = await ctx.knowledge.snapshot();
    const event = events.find((e) => e.id === eventId);
    if (!event || !event.start || !isOccurrenceKey(event, occurrenceKey)) throw new NotFoundError("Not found");
    const ics = buildCalendar(
      occurrenceToVevent(event, occurrenceKey, {
        uidDomain: uidDomain(ctx.calendar.publicBaseUrl),
        stamp: ctx.clock(),
      }),
      { name: event.title },
    );
    const bytes = Buffer.from(ics, "utf8");
    res.writeHead(200, {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safeFilename(event.id)}.ics"`,
      "Content-Length": bytes.length,
      // The signature is the permission: keep the answer out of shared caches.
      "Cache-Control": "private, max-age=300",
      "Referrer-Policy": "no-referrer",
    });
    res.end(bytes);
  });
}

function uidDomain(publicBaseUrl: string): string {
  try {
    return new URL(publicBaseUrl).hostname || "alrek.local";
  } catch {
    return "alrek.local";
  }
}

/** Event ids are slugs, but a header must never carry a quote or a line break from data. */
function safeFilename(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 100) || "event";
}
