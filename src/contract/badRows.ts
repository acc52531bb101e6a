/** Bad rows on the wire: stored rows that views and reminder ticks skip, as editors see them. */
import { z } from "zod";

/**
 * One stored row that is left out, and why: the table (its logical name), the row's id and what
 * is wrong. Sent to editors only; `firstSeen`/`lastSeen` when the service has met it more than once.
 */
export const BadRow = z
  .object({
    table: z.string(),
    id: z.string(),
    reason: z.string(),
    firstSeen: z.string().optional(),
    lastSeen: z.string().optional(),
  })
  .strict();
export type BadRow = z.infer<typeof BadRow>;

/** The field a response carries them in: absent for everyone but editors, and when there are none. */
export const BadRows = z.array(BadRow).optional();
