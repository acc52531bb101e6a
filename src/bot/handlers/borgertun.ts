import { ActivityTypes, type TurnContext } from "botbuilder";
import type { Application, TurnState } from "../teamsAi.js";
import type { BookingLang } from "../../domain/booking.js";
import { validateBookingRequest } from "../../domain/bookingInput.js";
import { conversationTargetId, type ConversationTargetRepository } from "../../domain/conversations.js";
import { ValidationError } from "../../domain/errors.js";
import type { Logger } from "../../logger.js";
import { isAvailabilityQuestion, isBookingRequest, parseBookingRequest } from "../../qa/booking/parseBookingRequest.js";
import { availabilityCard, availabilityText, type AvailabilityView } from "../cards/availabilityCard.js";
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
import { actorFromActivity, isBotEditor, type EditorRuleConfig } from "../editorRule.js";
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

/** A coordinator: listed in BORGERTUN_HANDLER_AAD_OBJECT_IDS (else an editor), in the home tenant, like editors. */
export function isBookingHandler(activity: TurnContext["activity"], cfg: BorgertunDependencies["editors"]): boolean {
  if (cfg.borgertunHandlerObjectIds.length === 0) return isBotEditor(activity, cfg);
  return isBotEditor(activity, { ...cfg, editorObjectIds: cfg.borgertunHandlerObjectIds });
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
  const asksAvailability = async (context: TurnContext) =>
    context.activity.type === ActivityTypes.Message &&
    typeof context.activity.text === "string" &&
    !context.activity.value &&
    isAvailabilityQuestion(context.activity.text);
  // "Er Borgertun ledig fredag kl. 10–12?": ledig or opptatt, the free times, then the request as a button.
  app.message(asksAvailability, async (context) => {
    const parsed = parseBookingRequest(context.activity.text, deps.clock(), context.activity.locale);
    if (!parsed.date) {
      await context.sendActivity(botMessage(BOOKING_TEXTS[parsed.lang].askDay));
      return;
    }
    const day = await deps.bookings.availability(parsed.date);
    const slot = parsed.from && parsed.to ? { date: parsed.date, from: parsed.from, to: parsed.to } : undefined;
    const refusal = slot ? await deps.bookings.check(slot) : day.refusal;
    const view: AvailabilityView = {
      lang: parsed.lang,
      date: parsed.date,
      ...(slot ? { slot } : {}),
      ...(refusal ? { refusal } : {}),
      occupied: day.occupied,
      free: day.free,
    };
    await context.sendActivity(botMessage(availabilityText(view), availabilityCard(view)));
  });

  app.message(isRequest, async (context) => {
    const parsed = parseBookingRequest(context.activity.text, deps.clock(), context.activity.locale);
    const values: BookingFormValues = {
      ...(parsed.date ? { date: parsed.date } : {}),
      ...(parsed.from ? { from: parsed.from } : {}),
      ...(parsed.to ? { to: parsed.to } : {}),
      ...(parsed.purpose ? { purpose: parsed.purpose } : {}),
      // Only an organisation the message names: the requester's own name is not one (the form asks).
      organisation: parsed.organisation ?? "",
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
    if (!isBookingHandler(context.activity, deps.editors)) {
      deps.log.warn("borgertun decision by someone who is not a handler; refused", {
        aadObjectId: context.activity.from?.aadObjectId ?? null,
      });
      await context.sendActivity(botMessage(x.onlyHandlers));
      return;
    }
    const id = String(d.bookingId ?? "");
    const actor = actorFromActivity(context.activity);
    let result: DecisionResult;
    if (d.decision === "approve") result = await deps.bookings.approve(id, actor);
    else if (d.decision === "decline")
      result = await deps.bookings.decline(id, actor, typeof d.reason === "string" ? d.reason : "");
    else if (d.decision === "propose")
      result = await deps.bookings.propose(id, actor, {
        date: String(d.date ?? ""),
        from: String(d.from ?? ""),
        to: String(d.to ?? ""),
      });
    else result = { ok: false, problem: "notFound" };
    await context.sendActivity(botMessage(decisionText(result, lang)));
  });

  app.adaptiveCards.actionSubmit(BOOKING_VERBS.cancel, async (context, _state, data) => {
    const d = (data ?? {}) as Record<string, unknown>;
    const lang = langOf(d.lang);
    const asHandler = d.asHandler === true && isBookingHandler(context.activity, deps.editors);
    const result = await deps.bookings.cancel(
      String(d.bookingId ?? ""),
      actorFromActivity(context.activity),
      asHandler,
    );
    await context.sendActivity(
      botMessage(
        result.ok ? BOOKING_TEXTS[lang].cancelled(slotText(result.booking, lang)) : decisionText(result, lang),
      ),
    );
  });

  app.adaptiveCards.actionSubmit(BOOKING_VERBS.accept, async (context, _state, data) => {
    const d = (data ?? {}) as Record<string, unknown>;
    const lang = langOf(d.lang);
    const result = await deps.bookings.acceptProposal(String(d.bookingId ?? ""), actorFromActivity(context.activity));
    await context.sendActivity(
      result.ok
        ? botMessage(BOOKING_TEXTS[lang].pending(slotText(result.booking, lang)), bookingPendingCard(result.booking))
        : botMessage(decisionText(result, lang)),
    );
  });
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
  let request;
  try {
    request = validateBookingRequest({ ...values, expectedPeople: values.expectedPeople || undefined });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const errors: Partial<Record<BookingFormField, string>> = {};
    if (fromForm)
      for (const issue of error.issues)
        errors[issue.field as BookingFormField] ??=
          `${fieldLabel(issue.field, lang)}: ${issue.message === "is required" ? x.required : issue.message}`;
    await context.sendActivity(botMessage(fromForm ? x.fixForm : x.formIntro, bookingFormCard(lang, values, errors)));
    return;
  }
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
