import type { Booking, BookingRules, BookingSlot } from "./booking.js";
import type { Versioned } from "./repositories.js";

/**
 * Bookings, their rules and the slot claims. `claimSlots` is the conditional write approval
 * rests on: every 30-minute slot of the booking is inserted in one transaction, which fails as
 * a whole when any slot is already claimed.
 */
export interface BookingRepository {
  list(): Promise<Versioned<Booking>[]>;
  get(id: string): Promise<Versioned<Booking> | undefined>;
  create(booking: Booking): Promise<Versioned<Booking>>;
  /** Throws ConflictError when `etag` is stale. */
  update(booking: Booking, etag: string): Promise<Versioned<Booking>>;
  /** True when every slot was free and is now this booking's; false when any was taken (nothing written). */
  claimSlots(bookingId: string, slot: BookingSlot): Promise<boolean>;
  /** Gives back the slots this booking holds (others' claims are left alone). */
  releaseSlots(bookingId: string, slot: BookingSlot): Promise<void>;
  /** The stored rules (defaults when none are stored yet) and their version. */
  getRules(): Promise<{ rules: BookingRules; etag?: string }>;
  /** Writes the rules; ConflictError when `etag` is given and stale. */
  saveRules(rules: BookingRules, etag?: string): Promise<{ rules: BookingRules; etag: string }>;
}
