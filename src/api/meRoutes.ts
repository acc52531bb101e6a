import type { Server } from "restify";
import type { ApiContext } from "./context.js";
import { requireUser, sendJson } from "./http.js";
import type { Me } from "../contract/index.js";

/** GET /api/me: who the API thinks the caller is and whether they may edit. */
export function registerMeRoutes(server: Server, ctx: ApiContext): void {
  server.get("/api/me", async (req, res) => {
    const p = await requireUser(ctx.auth, req);
    sendJson(res, 200, { oid: p.oid, tid: p.tid, name: p.name, isEditor: p.isEditor, mode: p.mode } satisfies Me);
  });
}
