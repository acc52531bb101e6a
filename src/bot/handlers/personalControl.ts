import { ActivityTypes, type TurnContext } from "botbuilder";
import type { Application, TurnState } from "../teamsAi.js";
import { conversationTargetId, type SubscriptionRepository } from "../../domain/conversations.js";
import { formatDateTime } from "../../domain/dateFormat.js";
import { DEFAULT_LANG, isLang, type Lang } from "../../domain/language.js";
import { withoutKind } from "../../domain/reminderSettings.js";
import { MAX_LEAD_DAYS, parseLeadTime } from "../../domain/leadTime.js";
import { addDaysToDate, instantToZoned, OSLO, zonedToInstant } from "../../domain/time.js";
import type { LedgerRepository } from "../../domain/ledger.js";
import { upcomingOccurrence } from "../../domain/cardUpdate.js";
import type { KnowledgeSource } from "../../services/knowledgeSource.js";
import { MUTE_KIND_VERB, SNOOZE_VERB } from "../../domain/cardActions.js";
import { snoozeReminder } from "../../services/snooze.js";
import { TEXT, type TextLang } from "../../domain/reminderTexts.js";
import { tokenize } from "../../qa/normalize.js";
import {
  checkInput,
  MAX_PERSONAL_LEAD_TIMES,
  MuteKindAction,
  ReminderSettingsAction,
  SnoozeAction,
  splitLeadTimes,
} from "../../contract/index.js";
import { noticeCard } from "../cards/subscriptionCards.js";
import { SAVE_SETTINGS_VERB, settingsCard } from "../cards/settingsCard.js";
import { botMessage } from "../replies.js";
import type { EditorRuleConfig } from "../editorRule.js";
import { logRefusal, reminderRefusalFor, type ReminderChangeKind } from "../reminderRights.js";
import { channelConversationId, rememberConversation, type InstallationDependencies } from "./installation.js";

/** What snooze, "don't send me these", settings and the digest command need. */
export interface PersonalControlDependencies extends InstallationDependencies {
  subscriptions: SubscriptionRepository;
  /** Snoozes are rows of the reminders' delivery ledger. */
  ledger: Pick<LedgerRepository, "create" | "get" | "update">;
  /** The events, to snooze only occurrences that exist and have not begun. */
  knowledge: Pick<KnowledgeSource, "snapshot">;
  /** Who is an editor: a channel's or group chat's reminders are theirs to change. */
  editors: EditorRuleConfig;
}

/** Typed commands of this feature (whole message, folded), and their language. */
const COMMANDS: Record<string, { command: "settings" | "digest"; lang: TextLang }> = {
  innstillinger: { command: "settings", lang: "nb" },
  innstillingar: { command: "settings", lang: "nn" },
  settings: { command: "settings", lang: "en" },
  ukesoppsummering: { command: "digest", lang: "nb" },
  vekeoppsummering: { command: "digest", lang: "nn" },
  "weekly digest": { command: "digest", lang: "en" },
};

export function parseControlCommand(
  text: string | undefined,
): { command: "settings" | "digest"; lang: TextLang } | undefined {
  if (!text || text.length > 60) return undefined;
  return COMMANDS[tokenize(text).join(" ")];
}

const langOf = (value: unknown): Lang => (isLang(value) ? value : DEFAULT_LANG);

function targetIdOf(context: TurnContext): string {
  return conversationTargetId(channelConversationId(context.activity.conversation.id));
}

/**
 * Personal control: "Utsett 1 time / til i morgen" and "Ikke send meg slike" on personal reminder
 * cards (Action.Execute), "innstillinger" / "innstillingar" / "settings" (kinds, lead times and
 * digest in one card) and "ukesoppsummering" / "vekeoppsummering" / "weekly digest".
 */
export function registerPersonalControl(app: Application<TurnState>, deps: PersonalControlDependencies): void {
  /** The refusal (its text and card) when the sender may not make this change here, else undefined. */
  const refused = async (context: TurnContext, kind: ReminderChangeKind, lang: TextLang) => {
    const refusal = await reminderRefusalFor(kind, context.activity, deps);
    if (!refusal) return undefined;
    logRefusal(deps.log, context.activity, kind, refusal);
    const text = TEXT[lang][refusal];
    return { text, card: noticeCard(TEXT[lang].notChangedTitle, text) };
  };

  app.adaptiveCards.actionExecute(SNOOZE_VERB, async (context, _state, data: Record<string, unknown>) => {
    const lang = langOf(data.lang);
    const refusal = await refused(context, "ownReminder", lang);
    if (refusal) return respond(context, refusal.card);
    const action = checkInput(SnoozeAction, data);
    if (!action.ok) {
      // Ids of the wrong shape name no occurrence: nothing is looked up or stored.
      deps.log.warn("snooze refused at the door", { fields: action.issues.map((i) => i.field) });
      return respond(context, noticeCard(TEXT[lang].settingsTitle, TEXT[lang].gone));
    }
    const { eventId, occurrenceKey } = action.value;
    const now = deps.clock();
    const until =
      action.value.until === "tomorrow"
        ? zonedToInstant(`${addDaysToDate(instantToZoned(now, OSLO).local.slice(0, 10), 1)}T08:00`, OSLO)
        : new Date(now.getTime() + 3_600_000);
    // Only an occurrence that exists and has not begun: the card's values can be forged.
    const { events } = await deps.knowledge.snapshot();
    const occurrence = upcomingOccurrence(
      events.find((e) => e.id === eventId),
      occurrenceKey,
      now,
    );
    if (!occurrence) return respond(context, noticeCard(TEXT[lang].notChangedTitle, TEXT[lang].snoozeTooLate));
    const due = await snoozeReminder(deps.ledger, {
      targetId: targetIdOf(context),
      eventId,
      occurrenceKey: occurrence.key,
      dueAt: until,
      by: context.activity.from?.aadObjectId ?? context.activity.from?.id ?? "unknown",
    });
    deps.log.info("reminder snoozed", { eventId, occurrenceKey: occurrence.key, until: due.toISOString() });
    const text = TEXT[lang].snoozedUntil(formatDateTime(due, lang));
    return respond(context, noticeCard(TEXT[lang].snoozedTitle, text));
  });

  app.adaptiveCards.actionExecute(MUTE_KIND_VERB, async (context, _state, data: Record<string, unknown>) => {
    const lang = langOf(data.lang);
    const t = TEXT[lang];
    const refusal = await refused(context, "ownReminder", lang);
    if (refusal) return respond(context, refusal.card);
    const action = checkInput(MuteKindAction, data);
    if (!action.ok) return respond(context, noticeCard(t.settingsTitle, t.noSubscription));
    const kind = action.value.kind;
    const targetId = targetIdOf(context);
    const existing = await deps.subscriptions.get(targetId);
    if (!existing) return respond(context, noticeCard(t.settingsTitle, t.noSubscription));
    const kinds = withoutKind(existing.kinds, kind);
    if (kinds.length === 0) {
      await deps.subscriptions.remove(targetId);
      return respond(context, noticeCard(t.settingsTitle, t.mutedAll));
    }
    await deps.subscriptions.put({ ...existing, kinds });
    return respond(context, noticeCard(t.settingsTitle, t.muted(t.kindsPlural[kind])));
  });

  app.adaptiveCards.actionExecute(SAVE_SETTINGS_VERB, async (context, _state, data: Record<string, unknown>) => {
    const lang = langOf(data.lang);
    const refusal = await refused(context, "subscription", lang);
    if (refusal) return respond(context, refusal.card);
    const existing = await deps.subscriptions.get(targetIdOf(context));
    if (!existing) return respond(context, noticeCard(TEXT[lang].settingsTitle, TEXT[lang].noSubscription));
    const read = checkInput(ReminderSettingsAction, data);
    if (!read.ok)
      return respond(context, settingsCard(existing, lang, settingsProblem(read.issues[0].field, data, lang)));
    const next = { ...existing, ...read.value };
    await deps.subscriptions.put(next);
    deps.log.info("reminder settings saved", {
      targetId: existing.targetId,
      kinds: next.kinds,
      digest: next.digest ?? "off",
    });
    return respond(context, settingsCard(next, lang, TEXT[lang].saved));
  });

  app.message(
    async (context) =>
      context.activity.type === ActivityTypes.Message && parseControlCommand(context.activity.text) !== undefined,
    async (context) => {
      const { command, lang } = parseControlCommand(context.activity.text)!;
      const t = TEXT[lang];
      const refusal = await refused(context, "subscription", lang);
      if (refusal) {
        await context.sendActivity(botMessage(refusal.text, refusal.card));
        return;
      }
      const targetId = targetIdOf(context);
      const existing = await deps.subscriptions.get(targetId);
      if (command === "settings") {
        if (!existing)
          await context.sendActivity(botMessage(t.noSubscription, noticeCard(t.settingsTitle, t.noSubscription)));
        else await context.sendActivity(botMessage(t.settingsTitle, settingsCard(existing, lang)));
        return;
      }
      // The digest beside existing reminders, or on its own for a conversation that had none.
      const target = await rememberConversation(context.activity, deps, lang);
      const createdBy = context.activity.from?.aadObjectId ?? context.activity.from?.name ?? "unknown";
      await deps.subscriptions.put(
        existing
          ? { ...existing, digest: existing.digest ?? "also" }
          : { targetId: target.id, kinds: [], createdAt: deps.clock().toISOString(), createdBy, digest: "only" },
      );
      await context.sendActivity(botMessage(t.digestOn, noticeCard(t.digestTitle, t.digestOn)));
    },
  );
}

/**
 * Why the settings were not saved, in the card's language: the refused lead time quoted (cut at
 * 60 characters), whether it is no lead time at all or one outside the range, or too many of them.
 */
function settingsProblem(field: string, data: Record<string, unknown>, lang: TextLang): string {
  const t = TEXT[lang];
  const [, name = field, index] = /^(lead_[a-z]+)(?:\[(\d+)\])?/.exec(field) ?? [];
  if (index === undefined) return t.tooManyLeadTimes(MAX_PERSONAL_LEAD_TIMES);
  const item = splitLeadTimes(data[name])[Number(index)] ?? "";
  const quoted = item.slice(0, 60);
  return parseLeadTime(item) ? t.leadTimeOutOfRange(quoted, MAX_LEAD_DAYS) : t.badLeadTime(quoted);
}

async function respond(context: TurnContext, card: object): Promise<string> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: card } },
  });
  return "";
}
