import { ActivityTypes, type TurnContext } from "botbuilder";
import type { Application, TurnState } from "../teamsAi.js";
import type { Clock } from "../../domain/clock.js";
import { DEFAULT_LANG, isLang, type Lang } from "../../domain/language.js";
import type { Occurrence } from "../../domain/events.js";
import { isRsvpAnswer, rsvpCounts, rsvpOccurrence, type RsvpRepository } from "../../domain/rsvp.js";
import type { Logger } from "../../logger.js";
import type { KnowledgeSource } from "../../services/knowledgeSource.js";
import { MAX_REFRESH_USERS, RSVP_REFRESH_VERB, RSVP_VERB, type RsvpView } from "../../domain/cardActions.js";
import { TEXT } from "../../domain/reminderTexts.js";
import { checkInput, RsvpAction } from "../../contract/index.js";

/** What the RSVP buttons need. */
export interface RsvpDependencies {
  rsvp: RsvpRepository;
  knowledge: KnowledgeSource;
  clock: Clock;
  log: Logger;
  /** The reminder card renderer (with the calendar link), given one person's view of the answers. */
  renderCard: (
    occurrence: Occurrence,
    lang: Lang,
    extras?: { rsvp?: RsvpView; personal?: { source: string } },
  ) => object;
}

/**
 * "Kommer / Kommer ikke / Kanskje" on reminder cards (Action.Execute) and the card's refresh.
 * The answer is stored per occurrence and Entra object id; the answer to the invoke is the card
 * as this person should see it. The invoke response is sent here: teams-ai would otherwise
 * replace the card for everyone when the returned card has a refresh.
 */
export function registerRsvpHandlers(app: Application<TurnState>, deps: RsvpDependencies): void {
  app.adaptiveCards.actionExecute(
    [RSVP_VERB, RSVP_REFRESH_VERB],
    async (context, _state, data: Record<string, unknown>) => {
      const lang: Lang = isLang(data.lang) ? data.lang : DEFAULT_LANG;
      const t = TEXT[lang];
      // Ids of the wrong shape name no occurrence: "gone", and nothing is looked up or stored.
      const action = checkInput(RsvpAction, data);
      if (!action.ok) return respondText(context, t.gone);
      const { eventId } = action.value;
      const { events } = await deps.knowledge.snapshot();
      // The card's values can be forged: only a real occurrence, stored under its own key.
      const checked = rsvpOccurrence(
        events.find((e) => e.id === eventId),
        action.value.occurrenceKey,
        deps.clock(),
      );
      if (!checked) return respondText(context, t.gone);
      const found = checked.occurrence;
      const occurrenceKey = found.key;
      const from = context.activity.from ?? {};
      const oid = from.aadObjectId;
      const verb = (context.activity.value as { action?: { verb?: string } } | undefined)?.action?.verb;
      if (verb === RSVP_VERB) {
        if (!checked.open) return respondText(context, t.rsvpClosed);
        if (!oid) return respondText(context, t.noOid);
        if (!isRsvpAnswer(data.answer)) return respondText(context, t.gone);
        await deps.rsvp.put({
          eventId,
          occurrenceKey,
          oid,
          name: from.name,
          userId: from.id,
          answer: data.answer,
          answeredAt: deps.clock().toISOString(),
        });
        deps.log.info("rsvp recorded", { eventId, occurrenceKey, answer: data.answer });
      }
      const entries = await deps.rsvp.list(eventId, occurrenceKey);
      const view: RsvpView = {
        counts: rsvpCounts(entries),
        mine: oid ? entries.find((e) => e.oid === oid)?.answer : undefined,
        userIds: entries.flatMap((e) => (e.userId ? [e.userId] : [])).slice(-MAX_REFRESH_USERS),
      };
      // In personal chat the card keeps its snooze buttons (one snooze per occurrence from a refreshed card).
      const personal =
        context.activity.conversation?.conversationType === "personal"
          ? { source: `rsvp|${eventId}|${occurrenceKey}` }
          : undefined;
      return respondCard(context, deps.renderCard(found, lang, { rsvp: view, personal }));
    },
  );
}

async function respondCard(context: TurnContext, card: object): Promise<string> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: card } },
  });
  return "";
}

async function respondText(context: TurnContext, text: string): Promise<string> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: text } },
  });
  return text;
}
