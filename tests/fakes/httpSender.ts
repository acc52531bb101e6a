import type { ConversationTarget } from "../../src/domain/conversations.js";
import { DeliveryError, parseRetryAfter, type ReminderSender } from "../../src/domain/reminderSender.js";

/**
 * A ReminderSender that posts the way the Bot Connector client does:
 * POST {serviceUrl}/v3/conversations/{conversationId}/activities with a message activity
 * carrying the Adaptive Card. Non-2xx answers become DeliveryError with status and Retry-After.
 */
export class HttpSender implements ReminderSender {
  async send(target: ConversationTarget, card: object, text: string): Promise<{ activityId?: string }> {
    const base = target.serviceUrl.replace(/\/+$/, "");
    const url = `${base}/v3/conversations/${encodeURIComponent(target.conversationId)}/activities`;
    const activity = {
      type: "message",
      text,
      conversation: { id: target.conversationId },
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }],
    };
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(activity),
      });
    } catch (error) {
      throw new DeliveryError(`network error: ${String(error)}`, 0);
    }
    const body = await response.text();
    if (!response.ok) {
      throw new DeliveryError(
        `connector answered ${response.status}`,
        response.status,
        parseRetryAfter(response.headers.get("retry-after")),
      );
    }
    try {
      return { activityId: (JSON.parse(body) as { id?: string }).id };
    } catch {
      return {};
    }
  }
}
