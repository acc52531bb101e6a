import type { Server } from "restify";
import type { ApiContext } from "./context.js";
import { param, parseBody, requireEditor, requireIfMatch, requireUser, sendJson, withEtag } from "./http.js";
import { badRowsFor } from "./badRows.js";
import { GROUP_ROWS, PERSON_ROWS } from "../domain/badRows.js";
import {
  EntityId,
  GroupCreateBody,
  GroupPatchBody,
  PersonCreateBody,
  PersonPatchBody,
  type ClusterFacts,
  type GroupsResponse,
  type GroupView,
  type HistoryResponse,
  type PersonView,
} from "../contract/index.js";

/**
 * The directory: GET /api/groups (every group and person with its ETag, straight from storage) and
 * /api/facts; creating and changing groups and people (editors, If-Match), and their history.
 */
export function registerGroupRoutes(server: Server, ctx: ApiContext): void {
  server.get("/api/groups", async (req, res) => {
    const user = await requireUser(ctx.auth, req);
    const { groups, people } = await ctx.directory.list();
    sendJson(res, 200, {
      groups: groups.map(withEtag),
      people: people.map(withEtag),
      ...badRowsFor(user, [...ctx.badRows.list(GROUP_ROWS), ...ctx.badRows.list(PERSON_ROWS)]),
    } satisfies GroupsResponse);
  });

  server.get("/api/facts", async (req, res) => {
    await requireUser(ctx.auth, req);
    const { directory } = await ctx.knowledge.snapshot();
    sendJson(res, 200, directory.facts satisfies ClusterFacts);
  });

  server.post("/api/groups", async (req, res) => {
    const actor = await requireEditor(ctx.auth, req);
    const created = await ctx.directory.createGroup(parseBody(GroupCreateBody, req), actor);
    sendJson(res, 201, withEtag(created) satisfies GroupView, created.etag);
  });

  server.patch("/api/groups/:id", async (req, res) => {
    const actor = await requireEditor(ctx.auth, req);
    const etag = requireIfMatch(req);
    const id = param(req, "id", EntityId);
    const updated = await ctx.directory.updateGroup(id, parseBody(GroupPatchBody, req), etag, actor);
    sendJson(res, 200, withEtag(updated) satisfies GroupView, updated.etag);
  });

  server.get("/api/groups/:id/history", async (req, res) => {
    await requireUser(ctx.auth, req);
    const history = await ctx.directory.groupHistory(param(req, "id", EntityId));
    sendJson(res, 200, { history } satisfies HistoryResponse);
  });

  server.post("/api/people", async (req, res) => {
    const actor = await requireEditor(ctx.auth, req);
    const created = await ctx.directory.createPerson(parseBody(PersonCreateBody, req), actor);
    sendJson(res, 201, withEtag(created) satisfies PersonView, created.etag);
  });

  server.patch("/api/people/:id", async (req, res) => {
    const actor = await requireEditor(ctx.auth, req);
    const etag = requireIfMatch(req);
    const id = param(req, "id", EntityId);
    const updated = await ctx.directory.updatePerson(id, parseBody(PersonPatchBody, req), etag, actor);
    sendJson(res, 200, withEtag(updated) satisfies PersonView, updated.etag);
  });

  server.get("/api/people/:id/history", async (req, res) => {
    await requireUser(ctx.auth, req);
    const history = await ctx.directory.personHistory(param(req, "id", EntityId));
    sendJson(res, 200, { history } satisfies HistoryResponse);
  });
}
