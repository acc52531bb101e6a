import type { Server } from "restify";
import type { ApiContext } from "./context.js";
import { param, requireEditor, sendJson } from "./http.js";
import { csvCell, formatOsloDateTime, UTF8_BOM } from "./csv.js";
import { AlreadyExistsError } from "../domain/errors.js";
import { rsvpCounts, type RsvpEntry } from "../domain/rsvp.js";
import { EntityId, OccurrenceKey } from "../contract/index.js";

/** What the routes need from the reminder runtime (see src/reminders/rsvpNudge.ts). */
export interface RsvpApi {
  list(eventId: string, occurrenceKey: string): Promise<RsvpEntry[]>;
  nudge(
    eventId: string,
    occurrenceKey: string,
    by: string,
  ): Promise<{ threads: number; mentioned: number } | "already">;
}

const ANSWER_NB = { yes: "Kommer", no: "Kommer ikke", maybe: "Kanskje" } as const;

/**
 * Editors only: GET /api/rsvp/:eventId/:occurrenceKey (answers and counts),
 * GET …/answers.csv (the same as CSV for Excel), POST …/nudge (the one "Husk å svare"; 409 after).
 */
export function registerRsvpRoutes(server: Server, ctx: ApiContext, rsvp: RsvpApi): void {
  server.get("/api/rsvp/:eventId/:occurrenceKey", async (req, res) => {
    await requireEditor(ctx.auth, req);
    const answers = await rsvp.list(param(req, "eventId", EntityId), param(req, "occurrenceKey", OccurrenceKey));
    sendJson(res, 200, {
      counts: rsvpCounts(answers),
      answers: answers.map(({ oid, name, answer, answeredAt }) => ({ oid, name, answer, answeredAt })),
    });
  });
  server.get("/api/rsvp/:eventId/:occurrenceKey/answers.csv", async (req, res) => {
    await requireEditor(ctx.auth, req);
    const answers = await rsvp.list(param(req, "eventId", EntityId), param(req, "occurrenceKey", OccurrenceKey));
    const lines = [
      ["Navn", "Svar", "Svart"].map(csvCell).join(";"),
      ...answers.map((a) =>
        [a.name ?? a.oid, ANSWER_NB[a.answer], formatOsloDateTime(a.answeredAt)].map(csvCell).join(";"),
      ),
    ];
    const bytes = Buffer.from(UTF8_BOM + lines.join("\r\n") + "\r\n", "utf8");
    res.writeHead(200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="svar.csv"',
      "Content-Length": bytes.length,
      "Cache-Control": "no-store",
    });
    res.end(bytes);
  });
  server.post("/api/rsvp/:eventId/:occurrenceKey/nudge", async (req, res) => {
    const editor = await requireEditor(ctx.auth, req);
    const result = await rsvp.nudge(
      param(req, "eventId", EntityId),
      param(req, "occurrenceKey", OccurrenceKey),
      editor.name || editor.oid,
    );
    if (result === "already")
      throw new AlreadyExistsError(
        "The reminder to answer was already sent for this date / Påminnelsen om å svare er allerede sendt",
      );
    sendJson(res, 202, result);
  });
}
