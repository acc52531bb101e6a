import type { Request, Server } from "restify";
import type { ApiContext } from "./context.js";
import {
  param,
  parseBody,
  queryValue,
  requireEditor,
  requireIfMatch,
  requireUser,
  sendJson,
  withEtag,
} from "./http.js";
import { DATE_WINDOW_MESSAGE, isInDateWindow } from "../domain/dateWindow.js";
import { ValidationError } from "../domain/errors.js";
import { EVENT_ROWS } from "../domain/badRows.js";
import { badRowsFor } from "./badRows.js";
import {
  EntityId,
  EventCancelBody,
  EventCreateBody,
  EventPatchBody,
  type EventListResponse,
  type EventView,
  type HistoryResponse,
  type OccurrencesResponse,
} from "../contract/index.js";

const DAY_MS = 86_400_000;
/** Widest window one request may expand; keeps a careless `to` from costing seconds of CPU. */
const MAX_RANGE_DAYS = 3 * 366;

function instantParam(req: Request, name: string, fallback: Date, issues: { field: string; message: string }[]): Date {
  const raw = queryValue(req, name);
  if (raw === undefined) return fallback;
  const d = /^\d{4}-\d{2}-\d{2}/.test(raw) ? new Date(raw) : new Date(NaN);
  if (Number.isNaN(d.getTime())) issues.push({ field: name, message: "must be an ISO 8601 date or instant" });
  // The dates' one window (src/domain/dateWindow.ts): year 1 or 9999 is no view anyone needs.
  else if (!isInDateWindow(raw)) issues.push({ field: name, message: DATE_WINDOW_MESSAGE });
  return d;
}

/** The [from, to) window of GET /api/events; default: from now, 90 days ahead. */
export function eventWindow(req: Request, now: Date): { from: Date; to: Date } {
  const issues: { field: string; message: string }[] = [];
  const from = instantParam(req, "from", now, issues);
  const to = instantParam(req, "to", new Date(from.getTime() + 90 * DAY_MS), issues);
  if (issues.length === 0 && to <= from) issues.push({ field: "to", message: "must be after from" });
  if (issues.length === 0 && to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    issues.push({ field: "to", message: `range must be at most ${MAX_RANGE_DAYS} days` });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { from, to };
}

/** The event as a reader may see it: the note for editors is left out for everyone else. */
function forReader<T extends { editorNote?: string }>(event: T, isEditor: boolean): T {
  if (isEditor || event.editorNote === undefined) return event;
  const { editorNote: _note, ...rest } = event;
  return rest as T;
}

/** Events: occurrences in a window, all events, create/update/cancel (editors), history. */
export function registerEventRoutes(server: Server, ctx: ApiContext): void {
  server.get("/api/events", async (req, res) => {
    const user = await requireUser(ctx.auth, req);
    const { from, to } = eventWindow(req, ctx.clock());
    const { occurrences, undated } = await ctx.events.occurrences(from, to);
    sendJson(res, 200, {
      occurrences,
      undated: undated.map((e) => forReader(e, user.isEditor)),
      ...badRowsFor(user, ctx.badRows.list(EVENT_ROWS)),
    } satisfies OccurrencesResponse);
  });

  server.get("/api/events/all", async (req, res) => {
    const user = await requireUser(ctx.auth, req);
    const { events, bad } = await ctx.events.listAll();
    const badRows = bad.map(({ id, reason, event }) => ({
      table: EVENT_ROWS,
      id,
      reason,
      // Only an editor gets this far with it (badRowsFor), so the note for editors stays in.
      ...(event ? { event: withEtag(event) } : {}),
    }));
    sendJson(res, 200, {
      events: events.map(withEtag).map((e) => forReader(e, user.isEditor)),
      ...badRowsFor(user, badRows),
    } satisfies EventListResponse);
  });

  server.post("/api/events", async (req, res) => {
    const actor = await requireEditor(ctx.auth, req);
    const created = await ctx.events.create(parseBody(EventCreateBody, req), actor);
    sendJson(res, 201, withEtag(created) satisfies EventView, created.etag);
  });

  server.patch("/api/events/:id", async (req, res) => {
    const actor = await requireEditor(ctx.auth, req);
    const etag = requireIfMatch(req);
    const updated = await ctx.events.update(param(req, "id", EntityId), parseBody(EventPatchBody, req), etag, actor);
    sendJson(res, 200, withEtag(updated) satisfies EventView, updated.etag);
  });

  server.post("/api/events/:id/cancel", async (req, res) => {
    const actor = await requireEditor(ctx.auth, req);
    const etag = requireIfMatch(req);
    const { occurrence } = parseBody(EventCancelBody, req);
    const updated = await ctx.events.cancel(param(req, "id", EntityId), occurrence, etag, actor);
    sendJson(res, 200, withEtag(updated) satisfies EventView, updated.etag);
  });

  server.get("/api/events/:id/history", async (req, res) => {
    await requireUser(ctx.auth, req);
    sendJson(res, 200, { history: await ctx.events.history(param(req, "id", EntityId)) } satisfies HistoryResponse);
  });
}
