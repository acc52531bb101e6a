/**
 * Conversations this instance must leave alone for a while: Teams answered 429 with a
 * Retry-After, or the hourly budget is used up. In-process only: another instance learns the
 * same from its own first 429, and the released claim's `notBefore` keeps everyone off that reminder.
 */
export class ConversationPauses {
  private readonly until = new Map<string, number>();

  /** Pauses `targetId` until `untilMs` (scheduler-clock milliseconds); a longer pause wins. */
  pause(targetId: string, untilMs: number): void {
    if ((this.until.get(targetId) ?? 0) < untilMs) this.until.set(targetId, untilMs);
  }

  /** The end of the pause, or undefined when the conversation may be posted to at `nowMs`. */
  pausedUntil(targetId: string, nowMs: number): number | undefined {
    const until = this.until.get(targetId);
    if (until === undefined) return undefined;
    if (until <= nowMs) {
      this.until.delete(targetId);
      return undefined;
    }
    return until;
  }

  /** Forgets a pause (the conversation was re-installed). */
  clear(targetId: string): void {
    this.until.delete(targetId);
  }
}
