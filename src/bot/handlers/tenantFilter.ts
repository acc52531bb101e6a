import type { Application, TurnState } from "../teamsAi.js";
import type { Logger } from "../../logger.js";
import { tenantOf } from "../tenant.js";

/** Activities from tenants outside ALLOWED_TENANT_IDS get no answer, only a log line. */
export function registerTenantFilter(app: Application<TurnState>, allowed: string[], log: Logger): void {
  if (allowed.length === 0) return;
  const set = new Set(allowed.map((t) => t.toLowerCase()));
  app.turn("beforeTurn", async (context) => {
    const activity = context.activity;
    const tenant = tenantOf(activity).toLowerCase();
    if (set.has(tenant)) return true;
    log.warn("activity from a tenant that is not allowed; ignored", {
      tenantId: tenant || null,
      activityType: activity.type,
      conversationId: activity.conversation?.id,
    });
    return false;
  });
}
