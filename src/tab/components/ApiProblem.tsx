import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ApiError } from "../api.js";
import { useI18n, type Translate } from "../i18n/index.js";

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

/** A visible error message for a failed load, with a retry button. */
export function ApiProblem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" role="alert" data-testid="api-problem">
      <MessageBarBody>{describeApiError(error, t)}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t("retry")}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Shown when Teams would not give a sign-in token: why it happened and what to do. */
export function SignInProblem({ reason }: { reason: string }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="warning" role="alert" data-testid="auth-problem" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("authFailedTitle")}</MessageBarTitle>
        <p>{t("authFailedWhy", { reason })}</p>
        <p>{t("authFailedWhat")}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
