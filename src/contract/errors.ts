/** The error body of every failing /api call (docs/api-contract.md, "Errors"). */
import { z } from "zod";

/** One problem with one field, from a validation_failed error. */
export const FieldIssue = z.object({ field: z.string(), message: z.string() }).strict();
export type FieldIssue = z.infer<typeof FieldIssue>;

/** `{ error: { code, message, issues? } }`; on 412 also the newer stored entity and its etag. */
export const ApiErrorBody = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), issues: z.array(FieldIssue).optional() }).strict(),
    current: z.unknown(),
    etag: z.string().optional(),
  })
  .strict();
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
