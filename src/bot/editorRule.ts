import type { Activity } from "botbuilder";
import type { ApiAuthConfig } from "../config/config.js";
import { bookingHandlerRule, editorRule, type EditorCandidate, type EditorSettings } from "../domain/editors.js";
import type { Actor } from "../domain/repositories.js";
import { tenantOf } from "./tenant.js";

/** The settings the editor rule reads (a slice of Config). */
export interface EditorRuleConfig {
  api: ApiAuthConfig;
  editorObjectIds: readonly string[];
}

/** The domain rule's settings from the bot's configuration slice. */
function editorSettings(config: EditorRuleConfig): EditorSettings {
  return config.api.mode === "local"
    ? { mode: "local" }
    : { mode: "entra", tenantId: config.api.tenantId, editorObjectIds: config.editorObjectIds };
}

/**
 * The sender as the rules see them: the Entra object id and the conversation's tenant, or no one
 * when the activity names several tenants. In a channel shared with another organisation the
 * conversation is the host's; the person's own tenant may show elsewhere in the activity, and
 * every tenant it names must be the home tenant. Display names and e-mail addresses never decide.
 */
function candidateOf(activity: Partial<Activity>): EditorCandidate | undefined {
  const named = [
    tenantOf(activity),
    activity.channelData?.tenant?.id,
    (activity.from as { tenantId?: string } | undefined)?.tenantId,
  ];
  const tid = tenantOf(activity);
  const mixed = named.some((t) => t && String(t).toLowerCase() !== tid.toLowerCase());
  return mixed ? undefined : { oid: activity.from?.aadObjectId, tid };
}

/** The API's editor rule (domain/editors.ts) applied to a chat message. */
export function isBotEditor(activity: Partial<Activity>, config: EditorRuleConfig): boolean {
  const who = candidateOf(activity);
  return who !== undefined && editorRule(editorSettings(config))(who);
}

/** The API's Borgertun handler rule (domain/editors.ts) applied to a chat message. */
export function isBotBookingHandler(
  activity: Partial<Activity>,
  config: EditorRuleConfig & { borgertunHandlerObjectIds: readonly string[] },
): boolean {
  const who = candidateOf(activity);
  return who !== undefined && bookingHandlerRule(editorSettings(config), config.borgertunHandlerObjectIds)(who);
}

/** Who made a change from chat, for the history trail (oid + tid; the name only for display). */
export function actorFromActivity(activity: Partial<Activity>): Actor {
  const oid = activity.from?.aadObjectId ?? activity.from?.id ?? "unknown";
  return { oid, tid: tenantOf(activity) || "local", name: activity.from?.name?.trim() || oid };
}
