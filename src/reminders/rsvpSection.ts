import type { Lang } from "../domain/language.js";
import { MAX_REFRESH_USERS, RSVP_REFRESH_VERB, RSVP_VERB, type RsvpView } from "../domain/cardActions.js";
import type { Occurrence } from "../domain/events.js";
import { RSVP_ANSWERS } from "../domain/rsvp.js";
import { TEXT } from "../domain/reminderTexts.js";

/**
 * Adds "Kommer / Kommer ikke / Kanskje" (Action.Execute) to a reminder card, and a refresh so
 * each person sees their own answer and the current counts. Without `view` (the card as posted)
 * the refresh names no users: Teams then refreshes it for everyone in conversations of up to 60.
 */
export function withRsvp(
  card: { body: object[]; actions: object[] } & Record<string, unknown>,
  occurrence: Occurrence,
  lang: Lang,
  view?: RsvpView,
): object {
  const t = TEXT[lang];
  const base = { eventId: occurrence.eventId, occurrenceKey: occurrence.key, lang };
  const body = [...card.body];
  if (view) {
    body.push({
      type: "TextBlock",
      text: t.counts(view.counts.yes, view.counts.no, view.counts.maybe),
      wrap: true,
      spacing: "Medium",
    });
    if (view.mine)
      body.push({
        type: "TextBlock",
        text: t.yourAnswer(t.answers[view.mine]),
        weight: "Bolder",
        wrap: true,
        spacing: "None",
      });
  }
  const buttons = RSVP_ANSWERS.map((answer) => ({
    type: "Action.Execute",
    title: t.answers[answer],
    verb: RSVP_VERB,
    data: { ...base, answer },
    ...(view?.mine === answer ? { style: "positive" } : {}),
  }));
  body.push({ type: "ActionSet", actions: buttons });
  const refresh: Record<string, unknown> = { action: { type: "Action.Execute", verb: RSVP_REFRESH_VERB, data: base } };
  if (view?.userIds?.length) refresh.userIds = view.userIds.slice(-MAX_REFRESH_USERS);
  return { ...card, body, refresh };
}
