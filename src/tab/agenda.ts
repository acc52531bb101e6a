/** The meeting agenda as the side panel and the stage show it (no React here). */
import type { AgendaFilter, Tiltak } from "./apiTypes.js";
import { attentionOf } from "./attention.js";
import type { AreaGroup } from "./statusData.js";

/** The tiltak of one agenda item under the filter: all, or only those that need attention (stopped, late, not followed up). */
export function agendaTiltak<T extends Tiltak>(
  group: Pick<AreaGroup, "area"> & { tiltak: T[] },
  filter: AgendaFilter,
  period: Parameters<typeof attentionOf>[0],
  now: Date,
): T[] {
  if (filter === "all") return group.tiltak;
  const a = attentionOf(period, group.tiltak, now);
  const ids = new Set([...a.stopped, ...a.overdue, ...a.stale].map((x) => x.id));
  return group.tiltak.filter((x) => ids.has(x.id));
}
