import type { TableClient } from "@azure/data-tables";
import type { Subscription, SubscriptionRepository } from "../../domain/conversations.js";
import type { BadRowReporter } from "../../domain/badRows.js";
import { encodeEntity, keyFor } from "../entityCodec.js";
import { isNotFound } from "../errors.js";
import { RowReader } from "../rowReader.js";
import { SUBSCRIPTION_ROW } from "./rowSchemas.js";

const ROW = "sub";
const JSON_FIELDS = ["kinds", "leadTimes"] as const satisfies readonly (keyof Subscription)[];

/**
 * Subscriptions table: PK = target id, RK "sub" (one subscription per conversation). The list the
 * reminder ticks use leaves out (and reports) a row with settings they cannot use; `get` returns
 * it in shape, so the settings card can show and replace it.
 */
export class SubscriptionTable implements SubscriptionRepository {
  private readonly reader: RowReader<Subscription>;

  constructor(
    private readonly table: TableClient,
    badRows?: BadRowReporter,
  ) {
    this.reader = new RowReader({ ...SUBSCRIPTION_ROW, keys: (s) => [keyFor(s.targetId), ROW] }, badRows);
  }

  async put(subscription: Subscription): Promise<void> {
    await this.table.upsertEntity(
      encodeEntity(keyFor(subscription.targetId), ROW, subscription, JSON_FIELDS),
      "Replace",
    );
  }

  async get(targetId: string): Promise<Subscription | undefined> {
    try {
      return this.reader.shaped(await this.table.getEntity(keyFor(targetId), ROW));
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
    for await (const row of this.table.listEntities()) {
      const subscription = this.reader.usable(row);
      if (subscription) result.push(subscription);
    }
    return result;
  }
}
