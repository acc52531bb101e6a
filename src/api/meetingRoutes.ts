import type { Request, Server } from "restify";
import {
  DecisionBody,
  EntityId,
  MeetingFocusBody,
  OccurrenceKey,
  type DecisionView,
  type MeetingFocusView,
  type MeetingsResponse,
  type MeetingSummary,
  type MeetingView,
} from "../contract/index.js";
import type { MeetingRef } from "../domain/meeting.js";
import type { MeetingService } from "../services/meetingService.js";
import type { ApiContext } from "./context.js";
import { param, parseBody, requireEditor, requireUser, sendJson, withEtag } from "./http.js";

const PATH = "/api/meetings/:eventId/:occurrenceKey";

function meetingRef(req: Request): MeetingRef {
  return { eventId: param(req, "eventId", EntityId), occurrenceKey: param(req, "occurrenceKey", OccurrenceKey) };
}

/** The If-Match header, when sent: required by the service once the row exists (428), not for the first save. */
function ifMatch(req: Request): string | undefined {
  const value = req.headers["if-match"];
  const etag = (Array.isArray(value) ? value[0] : value)?.trim();
  return etag || undefined;
}

/**
 * Meeting mode: everyone reads the meetings, a meeting's agenda and decisions and its summary;
 * editors (the chair) move the focus the stage follows and write the decisions.
 */
export function registerMeetingRoutes(server: Server, ctx: ApiContext, meetings: MeetingService): void {
  server.get("/api/meetings", async (req, res) => {
    await requireUser(ctx.auth, req);
    sendJson(res, 200, (await meetings.list()) satisfies MeetingsResponse);
  });

  server.get(PATH, async (req, res) => {
    await requireUser(ctx.auth, req);
    const found = await meetings.get(meetingRef(req));
    sendJson(res, 200, {
      meeting: found.meeting,
      periodId: found.periodId,
      agenda: found.agenda,
      decisions: found.decisions.map(withEtag),
      ...(found.focus ? { focus: withEtag(found.focus) } : {}),
      ...(found.focusEtag ? { focusEtag: found.focusEtag } : {}),
    } satisfies MeetingView);
  });

  server.get(`${PATH}/summary`, async (req, res) => {
    await requireUser(ctx.auth, req);
    sendJson(res, 200, (await meetings.summary(meetingRef(req))) satisfies MeetingSummary);
  });

  server.put(`${PATH}/focus`, async (req, res) => {
    const actor = await requireEditor(ctx.auth, req);
    const ref = meetingRef(req);
    const body = parseBody(MeetingFocusBody, req);
    const saved = await meetings.setFocus(ref, body, ifMatch(req), actor);
    sendJson(res, 200, withEtag(saved) satisfies MeetingFocusView, saved.etag);
  });

  server.put(`${PATH}/decisions/:itemId`, async (req, res) => {
    const actor = await requireEditor(ctx.auth, req);
    const ref = meetingRef(req);
    const itemId = param(req, "itemId", EntityId);
    const body = parseBody(DecisionBody, req);
    const saved = await meetings.saveDecision(ref, itemId, body, ifMatch(req), actor);
    sendJson(res, 200, withEtag(saved) satisfies DecisionView, saved.etag);
  });
}
