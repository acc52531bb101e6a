import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ChangeRecord } from "../apiTypes.js";
import { describeChange, type ChangeText } from "../changeText.js";
import { formatShortDay, formatClock } from "../formatDate.js";
import { useI18n } from "../i18n/index.js";
import { ApiProblem } from "./ApiProblem.js";

/** Props of {@link HistoryDialog}. */
export interface HistoryDialogProps {
  title: string;
  load: () => Promise<{ history: ChangeRecord[] }>;
  onClose: () => void;
  /** Words for one change; a tiltak's by default (groups and people bring their own). */
  describe?: (record: ChangeRecord) => ChangeText;
}

/**
 * The history of one tiltak (or group, or person) as a timeline in plain words ("Karen Haugvaldstad: Planlagt → Fullført,
 * 12. nov."), newest first. The list is a focusable, labelled region so the keyboard can scroll it.
 */
export function HistoryDialog({ title, load, onClose, describe }: HistoryDialogProps) {
  const { t, lang } = useI18n();
  const [history, setHistory] = useState<ChangeRecord[] | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    load().then((r) => setHistory(r.history), setError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const heading = t("historyTitle", { title });
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface aria-label={heading} data-testid="history-dialog">
        <DialogBody>
          <DialogTitle className="clamp-2">{heading}</DialogTitle>
          <DialogContent>
            {error !== undefined && <ApiProblem error={error} />}
            {error === undefined && !history && <Spinner label={t("loading")} />}
            {history && history.length === 0 && <p>{t("historyEmpty")}</p>}
            {history && history.length > 0 && (
              <div className="timeline-scroll" tabIndex={0} role="region" aria-label={t("historyRegion")}>
                <ol className="timeline" data-testid="history-timeline">
                  {history.map((h, i) => {
                    const d = describe ? describe(h) : describeChange(h, t);
                    return (
                      <li key={`${h.at}-${h.field}-${i}`}>
                        <span className="timeline-what">
                          {d.who}: {d.what}
                        </span>
                        <span className="timeline-when">
                          {formatShortDay(h.at, lang)} {t("clockPrefix")} {formatClock(h.at, lang)}
                        </span>
                        {(h.field === "notes" || h.field === "decision") && h.newValue && (
                          <span className="timeline-note">{h.newValue}</span>
                        )}
                      </li>
                    );
                  })}
                </ol>
              </div>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t("close")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
