import { ActivityTypes, type TurnContext } from "botbuilder";
import type { Application, TurnState } from "../teamsAi.js";
import type { BookingLang } from "../../domain/booking.js";
import { conversationTargetId, type ConversationTargetRepository } from "../../domain/conversations.js";
import type { Logger } from "../../logger.js";
import { BookingDecisionAction, BookingIdAction, BookingRequestBody, checkInput } from "../../contract/index.js";
import { isBookingRequest, parseBookingRequest } from "../../qa/booking/parseBookingRequest.js";
import type { BookingService, DecisionResult } from "../../services/bookingService.js";
import {
  BOOKING_FORM_FIELDS,
  BOOKING_VERBS,
  bookingFormCard,
  bookingPendingCard,
  bookingRefusedCard,
  refusalText,
  type BookingFormField,
  type BookingFormValues,
} from "../cards/bookingCards.js";
import { BOOKING_TEXTS, slotText } from "../cards/bookingTexts.js";
import { actorFromActivity, isBotBookingHandler, type EditorRuleConfig } from "../editorRule.js";
import { botMessage } from "../replies.js";
import { channelConversationId } from "./installation.js";

/** What the Borgertun handlers need. */
export interface BorgertunDependencies {
  bookings: BookingService;
  targets: ConversationTargetRepository;
  /** Editors' rule plus who handles Borgertun requests (Entra object ids; empty: the editors). */
  editors: EditorRuleConfig & { borgertunHandlerObjectIds: string[] };
  clock: () => Date;
  log: Logger;
}

const langOf = (value: unknown): BookingLang => (value === "nn" || value === "en" ? value : "nb");

/**
 * Borgertun in chat: a message asking to borrow the room (matched here, before general question
 * answering) is checked at once and becomes a pending request, a refusal with the reason, or the
 * form for what is missing. The coordinator's card buttons approve, decline or propose; either
 * side can cancel.
 */
export function registerBorgertunHandlers(app: Application<TurnState>, deps: BorgertunDependencies): void {
  const isRequest = async (context: TurnContext) =>
    context.activity.type === ActivityTypes.Message &&
    typeof context.activity.text === "string" &&
    !context.activity.value &&
    isBookingRequest(context.activity.text);
  app.message(isRequest, async (context) => {
    const parsed = parseBookingRequest(context.activity.text, deps.clock(), context.activity.locale);
    const values: BookingFormValues = {
      ...(parsed.date ? { date: parsed.date } : {}),
      ...(parsed.from ? { from: parsed.from } : {}),
      ...(parsed.to ? { to: parsed.to } : {}),
      ...(parsed.purpose ? { purpose: parsed.purpose } : {}),
      organisation: parsed.organisation ?? context.activity.from?.name ?? "",
      ...(parsed.expectedPeople ? { expectedPeople: String(parsed.expectedPeople) } : {}),
      microphones: parsed.microphones ? "true" : "false",
    };
    if (parsed.date && parsed.from && parsed.to) {
      const refusal = await deps.bookings.check({ date: parsed.date, from: parsed.from, to: parsed.to });
      if (refusal) {
        await context.sendActivity(
          botMessage(refusalText(parsed.lang, refusal), bookingRefusedCard(parsed.lang, refusal)),
        );
        return;
      }
    }
    await submitRequest(context, values, parsed.lang, deps, false);
  });

  app.adaptiveCards.actionSubmit(BOOKING_VERBS.request, async (context, _state, data) => {
    const d = (data ?? {}) as Record<string, unknown>;
    const values: BookingFormValues = {};
    for (const f of BOOKING_FORM_FIELDS) if (typeof d[f] === "string") values[f] = d[f] as string;
    await submitRequest(context, values, langOf(d.lang), deps, true);
  });

  app.adaptiveCards.actionSubmit(BOOKING_VERBS.decide, async (context, _state, data) => {
    const d = (data ?? {}) as Record<string, unknown>;
    const lang = langOf(d.lang);
    const x = BOOKING_TEXTS[lang];
    if (!isBotBookingHandler(context.activity, deps.editors)) {
      deps.log.warn("borgertun decision by someone who is not a handler; refused", {
        aadObjectId: context.activity.from?.aadObjectId ?? null,
      });
      await context.sendActivity(botMessage(x.onlyHandlers));
      return;
    }
    const action = checkInput(BookingDecisionAction, d);
    if (!action.ok) {
      deps.log.warn("borgertun decision refused at the door", { fields: action.issues.map((i) => i.field) });
      const badSlot = action.issues.some((i) => ["date", "from", "to"].includes(i.field));
      await context.sendActivity(
        botMessage(badSlot ? refusalText(lang, { reason: "invalid", field: "date" }) : x.notFound),
      );
      return;
    }
    const a = action.value;
    const actor = actorFromActivity(context.activity);
    const result: DecisionResult =
      a.decision === "approve"
        ? await deps.bookings.approve(a.bookingId, actor)
        : a.decision === "decline"
          ? await deps.bookings.decline(a.bookingId, actor, a.reason ?? "")
          : await deps.bookings.propose(a.bookingId, actor, { date: a.date, from: a.from, to: a.to });
    await context.sendActivity(botMessage(decisionText(result, lang)));
  });

  app.adaptiveCards.actionSubmit(BOOKING_VERBS.cancel, async (context, _state, data) => {
    const d = (data ?? {}) as Record<string, unknown>;
    const lang = langOf(d.lang);
    const action = checkInput(BookingIdAction, d);
    if (!action.ok) return refuseBookingId(context, lang, deps.log);
    const asHandler = action.value.asHandler === true && isBotBookingHandler(context.activity, deps.editors);
    const result = await deps.bookings.cancel(action.value.bookingId, actorFromActivity(context.activity), asHandler);
    await context.sendActivity(
      botMessage(
        result.ok ? BOOKING_TEXTS[lang].cancelled(slotText(result.booking, lang)) : decisionText(result, lang),
      ),
    );
  });

  app.adaptiveCards.actionSubmit(BOOKING_VERBS.accept, async (context, _state, data) => {
    const d = (data ?? {}) as Record<string, unknown>;
    const lang = langOf(d.lang);
    const action = checkInput(BookingIdAction, d);
    if (!action.ok) return refuseBookingId(context, lang, deps.log);
    const result = await deps.bookings.acceptProposal(action.value.bookingId, actorFromActivity(context.activity));
    await context.sendActivity(
      result.ok
        ? botMessage(BOOKING_TEXTS[lang].pending(slotText(result.booking, lang)), bookingPendingCard(result.booking))
        : botMessage(decisionText(result, lang)),
    );
  });
}

/** A card action whose booking id cannot name a booking (too long, odd characters): "not found", nothing looked up. */
async function refuseBookingId(context: TurnContext, lang: BookingLang, log: Logger): Promise<void> {
  log.warn("borgertun action with a malformed booking id; refused");
  await context.sendActivity(botMessage(BOOKING_TEXTS[lang].notFound));
}

/** The answer to the person who pressed a decision button. */
function decisionText(result: DecisionResult, lang: BookingLang): string {
  const x = BOOKING_TEXTS[lang];
  if (result.ok) {
    const when = slotText(result.booking.proposal ?? result.booking, lang);
    return result.booking.status === "approved"
      ? x.decidedApproved(when)
      : result.booking.status === "proposed"
        ? x.decidedProposed(when)
        : x.decidedDeclined(when);
  }
  if (result.problem === "refused") return refusalText(lang, result.refusal);
  return x[result.problem];
}

/** Validates what is known; a complete request is stored (pending), otherwise the form asks for the rest. */
async function submitRequest(
  context: TurnContext,
  values: BookingFormValues,
  lang: BookingLang,
  deps: BorgertunDependencies,
  fromForm: boolean,
): Promise<void> {
  const x = BOOKING_TEXTS[lang];
  const checked = checkInput(BookingRequestBody, { ...values, expectedPeople: values.expectedPeople || undefined });
  if (!checked.ok) {
    const errors: Partial<Record<BookingFormField, string>> = {};
    if (fromForm)
      for (const issue of checked.issues)
        errors[issue.field as BookingFormField] ??= `${fieldLabel(issue.field, lang)}: ${fieldProblem(issue, lang)}`;
    await context.sendActivity(botMessage(fromForm ? x.fixForm : x.formIntro, bookingFormCard(lang, values, errors)));
    return;
  }
  const request = checked.value;
  const requester = actorFromActivity(context.activity);
  const result = await deps.bookings.request(request, requester, {
    lang,
    replyTargetId: await replyTargetFor(context, deps.targets),
  });
  if (!result.ok) {
    await context.sendActivity(botMessage(refusalText(lang, result.refusal), bookingRefusedCard(lang, result.refusal)));
    return;
  }
  await context.sendActivity(botMessage(x.pending(slotText(result.booking, lang)), bookingPendingCard(result.booking)));
}

/** The requester's personal chat with the bot when it is known, else the conversation they asked in. */
async function replyTargetFor(context: TurnContext, targets: ConversationTargetRepository): Promise<string> {
  const here = conversationTargetId(channelConversationId(context.activity.conversation.id));
  const oid = context.activity.from?.aadObjectId?.toLowerCase();
  if (!oid || context.activity.conversation.conversationType === "personal") return here;
  const personal = (await targets.list()).find(
    (t) => t.status === "active" && t.conversationType === "personal" && t.userAadObjectId?.toLowerCase() === oid,
  );
  return personal?.id ?? here;
}

/** What the refused field needs, in the requester's language (the contract's issues are English). */
function fieldProblem(issue: { field: string; message: string }, lang: BookingLang): string {
  const bad = BOOKING_TEXTS[lang].badField;
  if (issue.message === "is required") return BOOKING_TEXTS[lang].required;
  if (issue.field === "date") return bad.date;
  if (issue.field === "from" || issue.field === "to") return bad.time;
  if (issue.field === "expectedPeople") return bad.people;
  if (issue.field === "purpose" || issue.field === "organisation") return bad.text;
  return bad.other;
}

function fieldLabel(field: string, lang: BookingLang): string {
  const x = BOOKING_TEXTS[lang];
  const labels: Record<string, string> = {
    date: x.date,
    from: x.from,
    to: x.to,
    purpose: x.purpose,
    organisation: x.organisation,
    expectedPeople: x.people,
    microphones: x.microphones,
  };
  return labels[field] ?? field;
}
