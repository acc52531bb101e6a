import type { Activity } from "botbuilder";
import type { ApiAuthConfig } from "../config/config.js";
import type { Actor } from "../domain/repositories.js";

/** The settings the editor rule reads (a slice of Config). */
export interface EditorRuleConfig {
  api: ApiAuthConfig;
  editorObjectIds: string[];
}

function tenantOf(activity: Partial<Activity>): string {
  return activity.conversation?.tenantId ?? activity.channelData?.tenant?.id ?? "";
}

/**
 * The same rule as the API: in local API mode everyone edits; otherwise the sender's Entra
 * object id must be listed in EDITOR_AAD_OBJECT_IDS and the conversation must belong to the
 * configured tenant. Display names and e-mail addresses never decide.
 */
export function isBotEditor(activity: Partial<Activity>, config: EditorRuleConfig): boolean {
  if (config.api.mode === "local") return true;
  const oid = activity.from?.aadObjectId?.toLowerCase();
  if (!oid) return false;
  // In a channel shared with another organisation the conversation is the host's; the person's own
  // tenant may show elsewhere in the activity, and every tenant it names must be the home tenant.
  const home = config.api.tenantId.toLowerCase();
  const named = [tenantOf(activity), activity.channelData?.tenant?.id, (activity.from as { tenantId?: string } | undefined)?.tenantId];
  const tenantMatches = tenantOf(activity).toLowerCase() === home && named.every((t) => !t || String(t).toLowerCase() === home);
  return tenantMatches && config.editorObjectIds.some((id) => id.toLowerCase() === oid);
}

/** Who made a change from chat, for the history trail (oid + tid; the name only for display). */
export function actorFromActivity(activity: Partial<Activity>): Actor {
  const oid = activity.from?.aadObjectId ?? activity.from?.id ?? "unknown";
  return { oid, tid: tenantOf(activity) || "local", name: activity.from?.name?.trim() || oid };
}
