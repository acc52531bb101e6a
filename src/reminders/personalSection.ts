import type { Lang } from "../domain/language.js";
import { MUTE_KIND_VERB, SNOOZE_VERB, type PersonalControls } from "../domain/cardActions.js";
import type { Occurrence } from "../domain/events.js";
import { TEXT } from "../domain/reminderTexts.js";

/** "Utsett 1 time", "Utsett til i morgen" and "Ikke send meg slike" on a reminder in personal chat. */
export function withPersonalControls(
  card: { actions: object[] } & Record<string, unknown>,
  occurrence: Occurrence,
  lang: Lang,
  controls: PersonalControls,
): object {
  const t = TEXT[lang];
  const base = { eventId: occurrence.eventId, occurrenceKey: occurrence.key, lang, source: controls.source };
  return {
    ...card,
    actions: [
      ...card.actions,
      { type: "Action.Execute", title: t.snoozeHour, verb: SNOOZE_VERB, data: { ...base, until: "1h" } },
      { type: "Action.Execute", title: t.snoozeTomorrow, verb: SNOOZE_VERB, data: { ...base, until: "tomorrow" } },
      { type: "Action.Execute", title: t.muteKind, verb: MUTE_KIND_VERB, data: { kind: occurrence.event.kind, lang } },
    ],
  };
}
