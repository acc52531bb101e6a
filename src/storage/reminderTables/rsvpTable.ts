import type { TableClient } from "@azure/data-tables";
import type { RsvpEntry, RsvpRepository } from "../../domain/rsvp.js";
import type { BadRowReporter } from "../../domain/badRows.js";
import { encodeEntity, keyFor, partitionFilter } from "../entityCodec.js";
import { isAlreadyExists } from "../errors.js";
import { RowReader } from "../rowReader.js";
import { RSVP_ROW } from "./rowSchemas.js";

/** Row key of the one nudge row per occurrence; answer rows start with "a|". */
const NUDGE_ROW = "nudge";

/**
 * RSVP table: PK = `${eventId}|${occurrenceKey}` (escaped), RK = "a|" + Entra object id for an
 * answer (an upsert, so a changed answer replaces the old one) or "nudge" for the one reminder
 * to answer (an insert, so it is sent at most once per occurrence across instances).
 */
export class RsvpTable implements RsvpRepository {
  private readonly reader: RowReader<RsvpEntry>;

  constructor(
    private readonly table: TableClient,
    badRows?: BadRowReporter,
  ) {
    this.reader = new RowReader(
      { ...RSVP_ROW, keys: (e) => [pk(e.eventId, e.occurrenceKey), keyFor(`a|${e.oid}`)] },
      badRows,
    );
  }

  async put(entry: RsvpEntry): Promise<void> {
    await this.table.upsertEntity(
      encodeEntity(pk(entry.eventId, entry.occurrenceKey), keyFor(`a|${entry.oid}`), entry, []),
      "Replace",
    );
  }

  async list(eventId: string, occurrenceKey: string): Promise<RsvpEntry[]> {
    const result: RsvpEntry[] = [];
    for await (const row of this.table.listEntities({
      queryOptions: { filter: partitionFilter(pk(eventId, occurrenceKey)) },
    })) {
      if (row.rowKey === NUDGE_ROW) continue;
      const entry = this.reader.usable(row);
      if (entry) result.push(entry);
    }
    return result.sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
  }

  async claimNudge(eventId: string, occurrenceKey: string, at: string, by: string): Promise<boolean> {
    try {
      await this.table.createEntity({ partitionKey: pk(eventId, occurrenceKey), rowKey: NUDGE_ROW, at, by });
      return true;
    } catch (error) {
      if (isAlreadyExists(error)) return false;
      throw error;
    }
  }
}

function pk(eventId: string, occurrenceKey: string): string {
  return keyFor(`${eventId}|${occurrenceKey}`);
}
