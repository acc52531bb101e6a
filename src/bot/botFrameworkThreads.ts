import { ActivityTypes, CardFactory, type Activity, type ConversationReference, type TurnContext } from "botbuilder";
import type { ConversationTarget } from "../domain/conversations.js";
import { DeliveryError } from "../domain/reminderSender.js";
import { threadConversationId, type ConversationMember, type ThreadSender } from "../domain/threadSender.js";
import { DEFAULT_POST_TIMEOUT_MS, toDeliveryError, type ProactiveAdapter } from "./botFrameworkSender.js";

interface PipelineLike {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: {
    name: string;
    sendRequest(request: { timeout: number }, next: (request: unknown) => Promise<unknown>): Promise<unknown>;
  }): void;
}

interface ConnectorLike {
  client?: { pipeline?: PipelineLike };
  conversations: {
    getConversationPagedMembers(
      id: string,
      pageSize?: number,
      token?: string,
    ): Promise<{ members?: { id: string; name?: string; aadObjectId?: string }[]; continuationToken?: string }>;
  };
}

/**
 * Updates posted reminder cards in place, replies in their threads and lists conversation
 * members, proactively like BotFrameworkSender: one HTTP request per call, bounded in time,
 * failures as DeliveryError so the card updater decides about retries.
 */
export class BotFrameworkThreads implements ThreadSender {
  constructor(
    private readonly adapter: ProactiveAdapter,
    private readonly botAppId: string,
    private readonly opts: { timeoutMs?: number } = {},
  ) {}

  update(target: ConversationTarget, activityId: string, card: object, text: string): Promise<void> {
    return this.turn(target, target.conversationId, async (context) => {
      const activity: Partial<Activity> = {
        type: ActivityTypes.Message,
        id: activityId,
        text,
        attachments: [CardFactory.adaptiveCard(card)],
      };
      await context.updateActivity(activity);
    });
  }

  reply(
    target: ConversationTarget,
    activityId: string,
    text: string,
    mentions: readonly ConversationMember[] = [],
  ): Promise<void> {
    return this.turn(target, threadConversationId(target, activityId), async (context) => {
      context.onSendActivities(async (_ctx, activities, next) => {
        for (const activity of activities) delete activity.replyToId;
        return next();
      });
      const entities = mentions.map((m) => ({
        type: "mention",
        text: `<at>${escapeXml(m.name ?? m.id)}</at>`,
        mentioned: { id: m.id, name: m.name ?? m.id },
      }));
      const withMentions = mentions.length ? `${text} ${entities.map((e) => e.text).join(", ")}` : text;
      await context.sendActivity({ type: ActivityTypes.Message, text: withMentions, entities });
    });
  }

  async members(target: ConversationTarget): Promise<ConversationMember[]> {
    const result: ConversationMember[] = [];
    await this.turn(target, target.conversationId, async (context) => {
      const client = this.connector(context);
      if (!client) throw new DeliveryError("no connector client in the proactive turn", 0);
      let token: string | undefined;
      do {
        const page = await client.conversations.getConversationPagedMembers(target.conversationId, 500, token);
        for (const m of page.members ?? []) result.push({ id: m.id, name: m.name, aadObjectId: m.aadObjectId });
        token = page.continuationToken;
      } while (token);
    });
    return result;
  }

  private async turn(
    target: ConversationTarget,
    conversationId: string,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const reference = {
      ...target.reference,
      serviceUrl: target.serviceUrl,
      conversation: {
        ...target.reference.conversation,
        id: conversationId,
        isGroup: target.conversationType !== "personal",
        conversationType: target.conversationType,
        tenantId: target.tenantId || target.reference.conversation.tenantId,
        name: target.reference.conversation.name ?? "",
      },
      activityId: undefined,
    } as Partial<ConversationReference>;
    let failure: { error: unknown } | undefined;
    let ran = false;
    try {
      await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        this.singleTry(context);
        try {
          await logic(context);
          ran = true;
        } catch (error) {
          failure = { error };
        }
      });
    } catch (error) {
      failure ??= { error };
    }
    if (failure) throw toDeliveryError(failure.error);
    if (!ran) throw new DeliveryError("the adapter did not run the proactive turn", 0);
  }

  private connector(context: TurnContext): ConnectorLike | undefined {
    const key = (context.adapter as { ConnectorClientKey?: symbol }).ConnectorClientKey;
    return key ? (context.turnState.get(key) as ConnectorLike | undefined) : undefined;
  }

  private singleTry(context: TurnContext): void {
    const pipeline = this.connector(context)?.client?.pipeline;
    if (!pipeline) return;
    pipeline.removePolicy({ name: "defaultRetryPolicy" });
    pipeline.removePolicy({ name: "reminderPostTimeout" });
    const timeoutMs = this.opts.timeoutMs ?? DEFAULT_POST_TIMEOUT_MS;
    pipeline.addPolicy({
      name: "reminderPostTimeout",
      sendRequest: (request, next) => ((request.timeout = timeoutMs), next(request)),
    });
  }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);
}
