/**
 * Who may change data (tiltak, events), the one rule for the API and the bot: in local mode
 * everyone; otherwise the caller's Entra object id must be listed as an editor AND the caller
 * must belong to the configured tenant. Ids are compared case-insensitively; display names and
 * e-mail addresses never decide.
 */

/** The settings the rule reads. */
export type EditorSettings =
  { mode: "local" } | { mode: "entra"; tenantId: string; editorObjectIds: readonly string[] };

/** The caller as far as the rule looks: Entra object id and tenant id, either possibly unknown. */
export interface EditorCandidate {
  oid?: string;
  tid?: string;
}

/** The rule for these settings, built once (the editor list becomes a set). */
export function editorRule(settings: EditorSettings): (who: EditorCandidate) => boolean {
  if (settings.mode === "local") return () => true;
  const tenant = settings.tenantId.toLowerCase();
  const editors = new Set(settings.editorObjectIds.map((id) => id.toLowerCase()));
  return (who) => {
    const oid = who.oid?.toLowerCase();
    if (!oid) return false;
    return (who.tid ?? "").toLowerCase() === tenant && editors.has(oid);
  };
}

/**
 * Who handles Borgertun requests (decides, sees every booking, cancels any): the object ids in
 * BORGERTUN_HANDLER_AAD_OBJECT_IDS, or the editors when none are listed. One list for the bot, the
 * API and the notices to handlers.
 */
export function bookingHandlerIds(
  editorObjectIds: readonly string[],
  handlerObjectIds: readonly string[],
): readonly string[] {
  return handlerObjectIds.length > 0 ? handlerObjectIds : editorObjectIds;
}

/** The handlers' rule: the editor rule (tenant, object id; everyone in local mode) over the handlers' list. */
export function bookingHandlerRule(
  settings: EditorSettings,
  handlerObjectIds: readonly string[],
): (who: EditorCandidate) => boolean {
  if (settings.mode === "local") return editorRule(settings);
  return editorRule({ ...settings, editorObjectIds: bookingHandlerIds(settings.editorObjectIds, handlerObjectIds) });
}
