import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../i18n/index.js";

/** The dashboard's address as shared to the meeting stage. */
export function dashboardUrl(origin: string, lang: string): string {
  return `${origin}/tab/index.html?view=dashboard&stage=1&lang=${encodeURIComponent(lang)}`;
}

/** "Vis på scenen": the presenter puts the dashboard on everyone's meeting stage. */
export function ShareToStage({ share }: { share: (url: string) => Promise<void> }) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<"idle" | "busy" | "done" | "failed">("idle");
  const [message, setMessage] = useState("");
  return (
    <div className="share-stage no-print">
      <Button
        appearance="primary"
        disabled={state === "busy"}
        data-testid="share-to-stage"
        onClick={async () => {
          setState("busy");
          setMessage("");
          try {
            await share(dashboardUrl(location.origin, lang));
            setState("done");
            setMessage(t("sharedToStage"));
            // The dashboard is on the stage now: the chair goes on with the meeting panel (the
            // agenda), so focus moves to its heading rather than staying on a spent button.
            (document.getElementById("meeting-heading") ?? document.getElementById("status-heading"))?.focus();
          } catch (e) {
            setState("failed");
            setMessage(t("shareFailed", { message: e instanceof Error ? e.message : String(e) }));
          }
        }}
      >
        {t("shareToStage")}
      </Button>
      <span
        role="status"
        aria-live="polite"
        data-testid="share-result"
        className={state === "failed" ? "error-text" : undefined}
      >
        {message}
      </span>
    </div>
  );
}
