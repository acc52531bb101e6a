import type { ConversationTarget } from "./conversations.js";

/** A member of a conversation as the connector lists it. */
export interface ConversationMember {
  /** Teams user id ("29:…"). */
  id: string;
  name?: string;
  aadObjectId?: string;
}

/**
 * What card updates and nudges need from Teams besides a new post: update a posted message in
 * place, reply in its thread (channels; a plain message in chats), and list the members.
 * Failures are thrown as DeliveryError, as the reminder sender does.
 */
export interface ThreadSender {
  update(target: ConversationTarget, activityId: string, card: object, text: string): Promise<void>;
  reply(
    target: ConversationTarget,
    activityId: string,
    text: string,
    mentions?: readonly ConversationMember[],
  ): Promise<void>;
  members(target: ConversationTarget): Promise<ConversationMember[]>;
}

/** The conversation id of a channel thread: Teams addresses replies to "<channel>;messageid=<root>". */
export function threadConversationId(target: ConversationTarget, activityId: string): string {
  if (target.conversationType !== "channel") return target.conversationId;
  return `${target.conversationId.split(";messageid=")[0]};messageid=${activityId}`;
}
