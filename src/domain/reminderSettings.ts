/** The "innstillinger" card's rules (pure); its inputs are read by src/contract/reminderActions.ts. */
import { EVENT_KINDS, type EventKind } from "./events.js";

/** The subscription's kinds without `kind`; empty when nothing is left (the caller ends the subscription). */
export function withoutKind(kinds: readonly EventKind[], kind: EventKind): EventKind[] {
  return (kinds.length ? kinds : EVENT_KINDS).filter((k) => k !== kind);
}
