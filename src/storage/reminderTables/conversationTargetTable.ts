import type { TableClient, TableEntity } from "@azure/data-tables";
import type { ConversationTarget, ConversationTargetRepository, TargetStatus } from "../../domain/conversations.js";
import type { BadRowReporter } from "../../domain/badRows.js";
import { encodeEntity, keyFor, partitionFilter } from "../entityCodec.js";
import { isNotFound } from "../errors.js";
import { RowReader } from "../rowReader.js";
import { TARGET_ROW } from "./rowSchemas.js";

/** All targets share one small partition: the list is read whole on every scheduler tick. */
const PARTITION = "conv";
const JSON_FIELDS = ["reference"] as const satisfies readonly (keyof ConversationTarget)[];

/**
 * Conversations table: PK "conv", RK = the target id, which is base64url of the conversation id
 * (see `conversationTargetId`), so ':' '@' ';' in Teams ids never reach the key.
 */
export class ConversationTargetTable implements ConversationTargetRepository {
  private readonly reader: RowReader<ConversationTarget>;

  constructor(
    private readonly table: TableClient,
    badRows?: BadRowReporter,
  ) {
    this.reader = new RowReader({ ...TARGET_ROW, keys: (t) => [PARTITION, keyFor(t.id)] }, badRows);
  }

  async upsert(target: ConversationTarget): Promise<void> {
    await this.table.upsertEntity(encodeEntity(PARTITION, keyFor(target.id), target, JSON_FIELDS), "Replace");
  }

  async get(id: string): Promise<ConversationTarget | undefined> {
    try {
      return this.reader.usable(await this.table.getEntity(PARTITION, keyFor(id)));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async list(): Promise<ConversationTarget[]> {
    const result: ConversationTarget[] = [];
    for await (const row of this.table.listEntities({ queryOptions: { filter: partitionFilter(PARTITION) } })) {
      const target = this.reader.usable(row);
      if (target) result.push(target);
    }
    return result;
  }

  async setStatus(id: string, status: TargetStatus, at: string): Promise<void> {
    // A merge touches only these fields, so a concurrent re-install's reference is not lost.
    const patch: TableEntity<Record<string, unknown>> = { partitionKey: PARTITION, rowKey: keyFor(id), status };
    if (status !== "active") patch.removedAt = at;
    try {
      await this.table.updateEntity(patch, "Merge");
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}
