/** Failed API calls in the tab's own words (no raw codes, no English server texts). */
import { ApiError } from "./api.js";
import type { Translate } from "./i18n/index.js";

/** Words for a failed call: 401 and 403 get an explanation of why and what to do. */
export function describeApiError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return t("apiUnauthorized");
    if (error.status === 403) return t("apiForbidden");
    // 5xx texts are the server's own words, and in English: say it in the tab's language.
    if (error.status >= 500) return t("loadFailed", { message: t("serverError", { status: error.status }) });
    if (error.body?.error?.message) return t("loadFailed", { message: error.body.error.message });
  }
  // fetch() rejects with a TypeError ("Failed to fetch") when the network or service is down.
  if (error instanceof TypeError) return t("loadFailed", { message: t("networkError") });
  const message = error instanceof Error ? error.message : String(error);
  return t("loadFailed", { message });
}
