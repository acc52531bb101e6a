import { ActivityTypes, CardFactory, type ConversationReference, type TurnContext } from "botbuilder";
import type { ConversationTarget } from "../domain/conversations.js";
import { reminderSummary } from "../domain/reminderSummary.js";
import { DeliveryError, parseRetryAfter, type PostedActivity, type ReminderSender } from "../domain/reminderSender.js";

/** The connector client's HTTP pipeline, as far as the sender touches it (@azure/core-rest-pipeline). */
interface PipelineLike {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: {
    name: string;
    sendRequest(request: { timeout: number }, next: (request: unknown) => Promise<unknown>): Promise<unknown>;
  }): void;
}

/** Default limit on one post; the reminder lease must be at least three times this. */
export const DEFAULT_POST_TIMEOUT_MS = 20_000;

/** The one adapter method the sender uses (CloudAdapter / TeamsAdapter have it). */
export interface ProactiveAdapter {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

/**
 * Posts reminders with botbuilder's proactive messaging: continueConversationAsync with the
 * stored conversation reference, then one message with the Adaptive Card. Exactly one HTTP
 * request per call: the connector client's own retry policy (which waits out any Retry-After,
 * however long, while the reminder's claim runs out) is removed, and the request has a timeout,
 * so the scheduler decides about every retry. Connector failures become DeliveryError with the
 * HTTP status (0 for network errors and timeouts) and Retry-After.
 */
export class BotFrameworkSender implements ReminderSender {
  /** `botAppId` is "" in local mode (no authentication). */
  constructor(
    private readonly adapter: ProactiveAdapter,
    private readonly botAppId: string,
    private readonly opts: { timeoutMs?: number } = {},
  ) {}

  async send(target: ConversationTarget, card: object, text: string): Promise<PostedActivity> {
    const reference: Partial<ConversationReference> = {
      ...target.reference,
      serviceUrl: target.serviceUrl,
      conversation: {
        ...target.reference.conversation,
        id: target.conversationId,
        isGroup: target.conversationType !== "personal",
        conversationType: target.conversationType,
        tenantId: target.tenantId || target.reference.conversation.tenantId,
        name: target.reference.conversation.name ?? "",
      },
      activityId: undefined,
    } as Partial<ConversationReference>;
    // The adapter hands errors thrown inside the turn to onTurnError, which only logs them;
    // the failure is caught here instead so the scheduler sees it.
    let failure: { error: unknown } | undefined;
    let posted = false;
    let activityId: string | undefined;
    try {
      await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        // The continuation activity has a made-up id that botbuilder would turn into replyToId
        // (POST …/activities/{id}); a reminder is a new message, so it must go to …/activities.
        context.onSendActivities(async (_ctx, activities, next) => {
          for (const activity of activities) delete activity.replyToId;
          return next();
        });
        this.singleTry(context);
        try {
          const answer = await context.sendActivity({
            type: ActivityTypes.Message,
            text,
            summary: reminderSummary(text),
            attachments: [CardFactory.adaptiveCard(card)],
          });
          activityId = answer?.id;
          posted = true;
        } catch (error) {
          failure = { error };
        }
      });
    } catch (error) {
      failure ??= { error };
    }
    if (failure) throw toDeliveryError(failure.error);
    if (!posted) throw new DeliveryError("the adapter did not run the proactive turn", 0);
    return { activityId };
  }

  /** The turn's connector client (a fresh one per proactive turn): no retries, bounded time. */
  private singleTry(context: TurnContext): void {
    const key = (context.adapter as { ConnectorClientKey?: symbol }).ConnectorClientKey;
    const client = key
      ? (context.turnState.get(key) as { client?: { pipeline?: PipelineLike } } | undefined)
      : undefined;
    const pipeline = client?.client?.pipeline;
    if (!pipeline) return;
    pipeline.removePolicy({ name: "defaultRetryPolicy" });
    pipeline.removePolicy({ name: "reminderPostTimeout" });
    const timeoutMs = this.opts.timeoutMs ?? DEFAULT_POST_TIMEOUT_MS;
    pipeline.addPolicy({
      name: "reminderPostTimeout",
      sendRequest: (request, next) => {
        request.timeout = timeoutMs;
        return next(request);
      },
    });
  }
}

/** Reads status and Retry-After from botbuilder/azure RestError, axios-style or fetch-style errors. */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const e = (error ?? {}) as {
    message?: string;
    statusCode?: number;
    status?: number;
    response?: { status?: number; headers?: unknown };
  };
  const status = Number(e.statusCode ?? e.response?.status ?? e.status ?? 0) || 0;
  const retryAfter = parseRetryAfter(headerValue(e.response?.headers, "retry-after"));
  const message = status
    ? `connector answered ${status}: ${e.message ?? ""}`.trim()
    : `network error: ${e.message ?? String(error)}`;
  return new DeliveryError(message, status, retryAfter);
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== "object") return undefined;
  const h = headers as { get?: (n: string) => unknown } & Record<string, unknown>;
  if (typeof h.get === "function") {
    const value = h.get(name);
    if (value !== undefined && value !== null) return String(value);
  }
  for (const [key, value] of Object.entries(h))
    if (key.toLowerCase() === name && value !== undefined) return String(value);
  return undefined;
}
