import type { Response, Server } from "restify";
import type { BookingService, DecisionResult } from "../services/bookingService.js";
import type { ApiContext } from "./context.js";
import { BookingRequestBody, BookingRulesBody, EntityId } from "../contract/index.js";
import { param, parseBody, requireEditor, requireUser, sendJson } from "./http.js";

const PROBLEM_STATUS = { notFound: 404, notPending: 409, slotTaken: 409, notAllowed: 403, refused: 422 } as const;

function sendDecision(res: Response, result: DecisionResult): void {
  if (result.ok) return sendJson(res, 200, result.booking);
  sendJson(res, PROBLEM_STATUS[result.problem], {
    error: result.problem,
    ...(result.problem === "refused" ? { refusal: result.refusal } : {}),
  });
}

/**
 * Borgertun over HTTP (the tab's form, and editors' rules):
 * GET /api/borgertun/rules (anyone signed in), PUT /api/borgertun/rules (editors; If-Match optional),
 * GET /api/borgertun/bookings (handlers: all; others: their own), POST /api/borgertun/bookings (a request;
 * 201 pending, 422 with the refusal and free slots), POST /api/borgertun/bookings/:id/cancel (the requester
 * or a handler). Handlers are who the bot lets decide (domain/editors.ts bookingHandlerRule).
 */
export function registerBookingRoutes(server: Server, ctx: ApiContext, bookings: BookingService): void {
  server.get("/api/borgertun/rules", async (req, res) => {
    await requireUser(ctx.auth, req);
    const { rules, etag } = await bookings.rules();
    sendJson(res, 200, rules, etag);
  });

  server.put("/api/borgertun/rules", async (req, res) => {
    await requireEditor(ctx.auth, req);
    const ifMatch = req.headers["if-match"];
    const saved = await bookings.updateRules(
      parseBody(BookingRulesBody, req),
      typeof ifMatch === "string" && ifMatch.trim() ? ifMatch.trim() : undefined,
    );
    sendJson(res, 200, saved.rules, saved.etag);
  });

  server.get("/api/borgertun/bookings", async (req, res) => {
    const me = await requireUser(ctx.auth, req);
    const all = await bookings.list();
    sendJson(res, 200, {
      bookings: me.isBookingHandler ? all : all.filter((b) => b.requester.oid === me.oid && b.requester.tid === me.tid),
    });
  });

  server.post("/api/borgertun/bookings", async (req, res) => {
    const me = await requireUser(ctx.auth, req);
    const { lang = "nb", ...request } = parseBody(BookingRequestBody, req);
    const result = await bookings.request(request, me, { lang });
    if (result.ok) sendJson(res, 201, result.booking);
    else
      sendJson(res, 422, {
        error: "booking_refused",
        message: `Borgertun cannot be booked then: ${result.refusal.reason}`,
        refusal: result.refusal,
      });
  });

  server.post("/api/borgertun/bookings/:id/cancel", async (req, res) => {
    const me = await requireUser(ctx.auth, req);
    sendDecision(res, await bookings.cancel(param(req, "id", EntityId), me, me.isBookingHandler));
  });
}
