/**
 * Borgertun in three tables:
 * - "bookings": PartitionKey "booking", RowKey = booking id; `requester`, `decidedBy`, `proposal` as JSON.
 * - "bookingRules": one row (PartitionKey "rules", RowKey "current"), `weekdays`/`closedDates` as JSON.
 * - "bookingSlots": one row per claimed 30-minute slot, PartitionKey = date, RowKey = "HH:mm",
 *   property bookingId. All slots of a booking share the date, so one entity-group transaction
 *   inserts them all or none: two overlapping approvals racing cannot both succeed.
 */
import type { TableClient, TransactionAction } from "@azure/data-tables";
import { DEFAULT_BOOKING_RULES, type Booking, type BookingRules, type BookingSlot } from "../domain/booking.js";
import type { BookingRepository } from "../domain/bookingRepository.js";
import { slotStarts } from "../domain/bookingSlots.js";
import { ConflictError } from "../domain/errors.js";
import type { Versioned } from "../domain/repositories.js";
import type { BadRowReporter } from "../domain/badRows.js";
import { encodeEntity, keyFor } from "./entityCodec.js";
import { RowReader } from "./rowReader.js";
import { BOOKING_ROW, BOOKING_RULES_ROW } from "./rowSchemas.js";
import { isAlreadyExists, isNotFound, isPreconditionFailed, storageStatus } from "./errors.js";
import { VersionedTable, type RowMapping } from "./versionedTable.js";

export const BOOKINGS_TABLE = BOOKING_ROW.table;
export const BOOKING_RULES_TABLE = BOOKING_RULES_ROW.table;
export const BOOKING_SLOTS_TABLE = "bookingSlots";
export const BOOKING_TABLE_NAMES = [BOOKINGS_TABLE, BOOKING_RULES_TABLE, BOOKING_SLOTS_TABLE] as const;

const PARTITION = "booking";
const RULES_KEYS = { partitionKey: "rules", rowKey: "current" } as const;
const RULES_JSON = ["weekdays", "closedDates"] as const;

const bookingMapping: RowMapping<Booking> = {
  kind: "booking",
  partitionKey: () => PARTITION,
  rowKey: (b) => keyFor(b.id),
  jsonFields: ["requester", "decidedBy", "proposal"],
};

/** The tables a TableBookingRepository needs. */
export interface BookingTables {
  bookings: TableClient;
  rules: TableClient;
  slots: TableClient;
}

/**
 * BookingRepository on Azure Table Storage. Rows are read through their schemas (rowSchemas.ts):
 * a bad booking is reported and left out of the list; bad rules are reported and the defaults apply.
 */
export class TableBookingRepository implements BookingRepository {
  private readonly rows: VersionedTable<Booking>;
  private readonly rulesReader: RowReader<BookingRules>;

  constructor(
    private readonly tables: BookingTables,
    badRows?: BadRowReporter,
  ) {
    this.rows = new VersionedTable(tables.bookings, bookingMapping, { spec: BOOKING_ROW, badRows });
    this.rulesReader = new RowReader(BOOKING_RULES_ROW, badRows);
  }

  list(): Promise<Versioned<Booking>[]> {
    return this.rows.list(PARTITION);
  }

  get(id: string): Promise<Versioned<Booking> | undefined> {
    return this.rows.get(PARTITION, id);
  }

  create(booking: Booking): Promise<Versioned<Booking>> {
    return this.rows.create(booking);
  }

  update(booking: Booking, etag: string): Promise<Versioned<Booking>> {
    return this.rows.update(booking, etag);
  }

  async claimSlots(bookingId: string, slot: BookingSlot): Promise<boolean> {
    const actions: TransactionAction[] = slotStarts(slot).map((start) => [
      "create",
      { partitionKey: slot.date, rowKey: start, bookingId },
    ]);
    try {
      await this.tables.slots.submitTransaction(actions);
      return true;
    } catch (error) {
      // A taken slot fails the whole batch with 409 (EntityAlreadyExists); nothing was written.
      if (isAlreadyExists(error) || isTakenInBatch(error)) return false;
      throw error;
    }
  }

  async releaseSlots(bookingId: string, slot: BookingSlot): Promise<void> {
    for (const start of slotStarts(slot)) {
      try {
        const row = await this.tables.slots.getEntity<{ bookingId: string }>(slot.date, start);
        if (row.bookingId !== bookingId) continue;
        await this.tables.slots.deleteEntity(slot.date, start, { etag: row.etag });
      } catch (error) {
        if (!isNotFound(error) && !isPreconditionFailed(error)) throw error;
      }
    }
  }

  async getRules(): Promise<{ rules: BookingRules; etag?: string }> {
    try {
      const row = await this.tables.rules.getEntity(RULES_KEYS.partitionKey, RULES_KEYS.rowKey);
      // The etag is kept with the defaults too, so an editor's next save replaces the bad row.
      const rules = this.rulesReader.usable(row) ?? { ...DEFAULT_BOOKING_RULES };
      return { rules, etag: row.etag };
    } catch (error) {
      if (isNotFound(error)) return { rules: { ...DEFAULT_BOOKING_RULES } };
      throw error;
    }
  }

  async saveRules(rules: BookingRules, etag?: string): Promise<{ rules: BookingRules; etag: string }> {
    const row = encodeEntity(RULES_KEYS.partitionKey, RULES_KEYS.rowKey, rules, RULES_JSON);
    try {
      const response = etag
        ? await this.tables.rules.updateEntity(row, "Replace", { etag })
        : await this.tables.rules.upsertEntity(row, "Replace");
      return { rules, etag: response.etag! };
    } catch (error) {
      if (isPreconditionFailed(error) || (etag && isNotFound(error)))
        throw new ConflictError("The booking rules were changed by someone else");
      throw error;
    }
  }
}

/** Azurite and Azure report a failed batch item with the status of the item (409) or 400 naming EntityAlreadyExists. */
function isTakenInBatch(error: unknown): boolean {
  const status = storageStatus(error);
  const code = (error as { code?: unknown } | null)?.code;
  return (
    (status === 400 || status === 409) &&
    /EntityAlreadyExists/i.test(String(code ?? "") + String((error as Error)?.message ?? ""))
  );
}
