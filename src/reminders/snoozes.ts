import { ONCE_SEND_ROWS, reasonOf, type BadRowReporter } from "../domain/badRows.js";
import type { Clock } from "../domain/clock.js";
import type { AlrekEvent } from "../domain/events.js";
import { occurrenceNow } from "../domain/cardUpdate.js";
import type { Lang } from "../domain/language.js";
import type { Occurrence } from "../domain/events.js";
import type { EventRepository } from "../domain/repositories.js";
import type { OnceSend, OnceSendRepository } from "../domain/onceSend.js";
import type { OnceOutcome, OnceSender } from "./onceSender.js";
import { UnavailableError } from "../domain/errors.js";
import type { Versioned } from "../domain/repositories.js";
import { reminderText } from "./reminderCard.js";

import { SNOOZE_GROUP } from "../services/snooze.js";

/** Sends snoozed reminders that are due, each once across instances (see OnceSender). */
export class SnoozeRunner {
  constructor(
    private readonly o: {
      repo: Pick<OnceSendRepository, "open">;
      once: OnceSender;
      events: Pick<EventRepository, "list">;
      clock: Clock;
      badRows?: BadRowReporter;
      renderCard: (occurrence: Occurrence, lang: Lang, extras?: { personal?: { source: string } }) => object;
    },
  ) {}

  async tick(): Promise<{ sent: number; skipped: number }> {
    const report = { sent: 0, skipped: 0 };
    const open = await this.o.repo.open(SNOOZE_GROUP);
    if (open.length === 0) return report;
    const events = (await this.o.events.list()).map((e) => e.value);
    for (const row of open) {
      let outcome: OnceOutcome | undefined;
      try {
        outcome = await this.send(row, events);
      } catch (error) {
        // Storage down: the whole pass waits for the next tick. Anything else is this row's: skip it.
        if (error instanceof UnavailableError) throw error;
        this.o.badRows?.bad({ table: ONCE_SEND_ROWS, id: row.value.id, reason: reasonOf(error), found: "use" });
      }
      if (outcome === "sent") report.sent++;
      if (outcome === "skipped") report.skipped++;
    }
    return report;
  }

  private async send(row: Versioned<OnceSend>, events: readonly AlrekEvent[]): Promise<OnceOutcome | undefined> {
    const claimed = await this.o.once.claim(row);
    if (!claimed) return undefined;
    return this.o.once.deliver(claimed, async (target) => {
      const found = this.occurrence(row.value, events);
      // Cancelled, gone, or already begun: nothing to come back to.
      if (!found || found.cancelled || found.occurrence.start <= this.o.clock()) return undefined;
      const lang = target.lang ?? "nb";
      return {
        card: this.o.renderCard(found.occurrence, lang, { personal: { source: row.value.id } }),
        text: reminderText(found.occurrence, lang),
      };
    });
  }

  /** The snoozed occurrence as it is now; undefined (and the row reported) when it cannot be worked out. */
  private occurrence(row: OnceSend, events: readonly AlrekEvent[]): ReturnType<typeof occurrenceNow> {
    try {
      return occurrenceNow(
        events.find((e) => e.id === row.eventId),
        row.occurrenceKey ?? "",
      );
    } catch (error) {
      this.o.badRows?.bad({ table: ONCE_SEND_ROWS, id: row.id, reason: reasonOf(error), found: "use" });
      return undefined;
    }
  }
}
