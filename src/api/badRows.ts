import type { BadRowView } from "../services/badRowLog.js";

/**
 * The `badRows` field of a response: the stored rows a view left out, for editors only (they can
 * fix them; nobody else needs to know), and left out when there are none.
 */
export function badRowsFor<T extends BadRowView>(user: { isEditor: boolean }, rows: readonly T[]): { badRows?: T[] } {
  return user.isEditor && rows.length > 0 ? { badRows: [...rows] } : {};
}
