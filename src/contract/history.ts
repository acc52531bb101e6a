/** The audit trail on the wire: GET /api/events/:id/history and /api/periods/:pid/tiltak/:id/history. */
import { z } from "zod";

/** Who made a change: Entra object id, tenant id and display name. */
const Actor = z.object({ oid: z.string(), tid: z.string(), name: z.string() }).strict();

/** One field changed on one entity; values are strings (objects as JSON), null when absent. */
export const ChangeRecord = z
  .object({
    entityType: z.enum(["tiltak", "event"]),
    entityId: z.string(),
    at: z.string(),
    by: Actor,
    field: z.string(),
    oldValue: z.string().nullable(),
    newValue: z.string().nullable(),
    /** For a decision (field "decision"): the meeting it was made in. */
    meeting: z
      .object({ eventId: z.string(), occurrenceKey: z.string(), title: z.string(), start: z.string() })
      .strict()
      .optional(),
  })
  .strict();
export type ChangeRecord = z.infer<typeof ChangeRecord>;

/** Newest first. */
export const HistoryResponse = z.object({ history: z.array(ChangeRecord) }).strict();
export type HistoryResponse = z.infer<typeof HistoryResponse>;
