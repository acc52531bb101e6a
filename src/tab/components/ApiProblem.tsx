import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { describeApiError } from "../apiErrors.js";
import { useI18n } from "../i18n/index.js";

export { describeApiError };

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
