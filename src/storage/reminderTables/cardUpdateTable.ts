import type { TableClient } from "@azure/data-tables";
import type { CardUpdate } from "../../domain/cardUpdate.js";
import { ConflictError } from "../../domain/errors.js";
import type { Versioned } from "../../domain/repositories.js";
import { decodeEntity, encodeEntity, keyFor } from "../entityCodec.js";
import { isAlreadyExists, isNotFound, isPreconditionFailed } from "../errors.js";

/**
 * Card update outbox: PK = event id, RK = `${deliveryId}|v${n}` (escaped). `create` is
 * insert-if-absent (so a change is queued once however many writers see it); `update` is
 * conditional on the etag (so one instance works a row at a time).
 */
export class CardUpdateTable {
  constructor(private readonly table: TableClient) {}

  async create(row: CardUpdate): Promise<Versioned<CardUpdate> | undefined> {
    try {
      const response = await this.table.createEntity(encode(row));
      return { value: row, etag: response.etag! };
    } catch (error) {
      if (isAlreadyExists(error)) return undefined;
      throw error;
    }
  }

  async get(eventId: string, id: string): Promise<Versioned<CardUpdate> | undefined> {
    try {
      const row = await this.table.getEntity(keyFor(eventId), keyFor(id));
      return { value: decodeEntity<CardUpdate>(row, []), etag: row.etag };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async update(row: CardUpdate, etag: string): Promise<Versioned<CardUpdate>> {
    try {
      const response = await this.table.updateEntity(encode(row), "Replace", { etag });
      return { value: row, etag: response.etag! };
    } catch (error) {
      if (isPreconditionFailed(error)) throw new ConflictError(`card update ${row.id} changed meanwhile`);
      throw error;
    }
  }

  /** Rows not done yet (the outbox is small: one row per change per posted card). */
  async open(): Promise<Versioned<CardUpdate>[]> {
    const result: Versioned<CardUpdate>[] = [];
    for await (const row of this.table.listEntities({ queryOptions: { filter: "status ne 'done'" } })) {
      result.push({ value: decodeEntity<CardUpdate>(row, []), etag: row.etag });
    }
    return result;
  }
}

function encode(row: CardUpdate) {
  return encodeEntity(keyFor(row.eventId, "eventId"), keyFor(row.id), row, []);
}
