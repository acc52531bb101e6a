import type { Activity } from "botbuilder";

/**
 * The tenant of an activity: the conversation's, else Teams' channelData (some activities, such
 * as installation updates, carry it only there). "" when neither says.
 */
export function tenantOf(activity: Partial<Activity>): string {
  return activity.conversation?.tenantId ?? activity.channelData?.tenant?.id ?? "";
}
