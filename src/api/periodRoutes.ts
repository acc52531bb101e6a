import type { Server } from "restify";
import type { ApiContext } from "./context.js";
import { param, parseBody, requireEditor, requireIfMatch, requireUser, sendJson, withEtag } from "./http.js";
import { tiltakCsv } from "./csv.js";
import {
  EntityId,
  PeriodCreateBody,
  TiltakPatchBody,
  type HistoryResponse,
  type PeriodCreatedResponse,
  type PeriodsResponse,
  type TiltakListResponse,
  type TiltakView,
} from "../contract/index.js";

/** Plan periods and their tiltak: list, create period (with carry-over), update, history, CSV. */
export function registerPeriodRoutes(server: Server, ctx: ApiContext): void {
  server.get("/api/periods", async (req, res) => {
    await requireUser(ctx.auth, req);
    sendJson(res, 200, (await ctx.tiltak.listPeriods()) satisfies PeriodsResponse);
  });

  server.post("/api/periods", async (req, res) => {
    const actor = await requireEditor(ctx.auth, req);
    const created = await ctx.tiltak.createPeriod(parseBody(PeriodCreateBody, req), actor);
    sendJson(res, 201, {
      period: created.period,
      tiltak: created.tiltak.map(withEtag),
    } satisfies PeriodCreatedResponse);
  });

  server.get("/api/periods/:pid/tiltak", async (req, res) => {
    await requireUser(ctx.auth, req);
    const list = await ctx.tiltak.listTiltak(param(req, "pid", EntityId));
    sendJson(res, 200, { tiltak: list.map(withEtag) } satisfies TiltakListResponse);
  });

  server.get("/api/periods/:pid/tiltak.csv", async (req, res) => {
    await requireUser(ctx.auth, req);
    const period = await ctx.tiltak.getPeriod(param(req, "pid", EntityId));
    const pid = period.id;
    const list = await ctx.tiltak.listTiltak(pid);
    const body = Buffer.from(
      tiltakCsv(
        period,
        list.map((v) => v.value),
      ),
      "utf8",
    );
    // Raw write: the CSV must reach the caller byte for byte (BOM included), not via a formatter.
    res.writeHead(200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="tiltak-${pid.replace(/[^A-Za-z0-9_-]/g, "_")}.csv"`,
      "Content-Length": body.length,
      "Cache-Control": "no-store",
    });
    res.end(body);
  });

  server.patch("/api/periods/:pid/tiltak/:id", async (req, res) => {
    const actor = await requireEditor(ctx.auth, req);
    const etag = requireIfMatch(req);
    const updated = await ctx.tiltak.updateTiltak(
      param(req, "pid", EntityId),
      param(req, "id", EntityId),
      parseBody(TiltakPatchBody, req),
      etag,
      actor,
    );
    sendJson(res, 200, withEtag(updated) satisfies TiltakView, updated.etag);
  });

  server.get("/api/periods/:pid/tiltak/:id/history", async (req, res) => {
    await requireUser(ctx.auth, req);
    sendJson(res, 200, {
      history: await ctx.tiltak.history(param(req, "pid", EntityId), param(req, "id", EntityId)),
    } satisfies HistoryResponse);
  });
}
