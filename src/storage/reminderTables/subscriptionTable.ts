import type { TableClient } from "@azure/data-tables";
import type { Subscription, SubscriptionRepository } from "../../domain/conversations.js";
import { decodeEntity, encodeEntity, keyFor } from "../entityCodec.js";
import { isNotFound } from "../errors.js";

const ROW = "sub";
const JSON_FIELDS = ["kinds", "leadTimes"] as const satisfies readonly (keyof Subscription)[];

/** Subscriptions table: PK = target id, RK "sub" (one subscription per conversation). */
export class SubscriptionTable implements SubscriptionRepository {
  constructor(private readonly table: TableClient) {}

  async put(subscription: Subscription): Promise<void> {
    await this.table.upsertEntity(
      encodeEntity(keyFor(subscription.targetId), ROW, subscription, JSON_FIELDS),
      "Replace",
    );
  }

  async get(targetId: string): Promise<Subscription | undefined> {
    try {
      return decodeEntity<Subscription>(await this.table.getEntity(keyFor(targetId), ROW), JSON_FIELDS);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async remove(targetId: string): Promise<void> {
    try {
      await this.table.deleteEntity(keyFor(targetId), ROW);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  async list(): Promise<Subscription[]> {
    const result: Subscription[] = [];
    for await (const row of this.table.listEntities()) result.push(decodeEntity<Subscription>(row, JSON_FIELDS));
    return result;
  }
}
