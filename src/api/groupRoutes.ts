import type { Server } from "restify";
import type { ApiContext } from "./context.js";
import { requireUser, sendJson } from "./http.js";
import type { ClusterFacts, GroupsResponse } from "../contract/index.js";

/** GET /api/groups and GET /api/facts: the directory (Vedlegg 1) from the cached read model. */
export function registerGroupRoutes(server: Server, ctx: ApiContext): void {
  server.get("/api/groups", async (req, res) => {
    await requireUser(ctx.auth, req);
    const { directory } = await ctx.knowledge.snapshot();
    const groups = [...directory.groups].sort((a, b) => a.order - b.order);
    sendJson(res, 200, { groups, people: directory.people } satisfies GroupsResponse);
  });
  server.get("/api/facts", async (req, res) => {
    await requireUser(ctx.auth, req);
    const { directory } = await ctx.knowledge.snapshot();
    sendJson(res, 200, directory.facts satisfies ClusterFacts);
  });
}
