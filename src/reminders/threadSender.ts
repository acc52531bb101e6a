export { threadConversationId, type ConversationMember, type ThreadSender } from "../domain/threadSender.js";
