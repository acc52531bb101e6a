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
import { useState } from "react";
import type { ChangeRecord } from "../apiTypes.js";
import { formatDateTime } from "../formatDate.js";
import { useI18n } from "../i18n/index.js";
import { ApiProblem } from "./ApiProblem.js";

/** Props of {@link HistoryButton}. */
export interface HistoryButtonProps {
  /** Used in the stable test id history-<id>. */
  id: string;
  title: string;
  load: () => Promise<{ history: ChangeRecord[] }>;
}

/** A "Historikk" button opening a dialog that lists who changed what, when (newest first). */
export function HistoryButton({ id, title, load }: HistoryButtonProps) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [history, setHistory] = useState<ChangeRecord[] | undefined>();
  const [error, setError] = useState<unknown>();

  const show = () => {
    setOpen(true);
    setHistory(undefined);
    setError(undefined);
    load().then((r) => setHistory(r.history), setError);
  };
  const value = (v: string | null) => (v === null || v === "" ? t("empty") : v);

  return (
    <>
      <Button size="small" onClick={show} data-testid={`history-${id}`} className="no-print">
        {t("history")}
      </Button>
      {/* Mounted only while open: a status view has a button per tiltak, and closed dialogs still cost a render each. */}
      {open && (
        <Dialog open onOpenChange={(_e, d) => setOpen(d.open)}>
          <DialogSurface aria-label={t("historyTitle", { title })}>
            <DialogBody>
              <DialogTitle>{t("historyTitle", { title })}</DialogTitle>
              <DialogContent>
                {error !== undefined && <ApiProblem error={error} />}
                {error === undefined && !history && <Spinner label={t("loading")} />}
                {history && history.length === 0 && <p>{t("historyEmpty")}</p>}
                {history && history.length > 0 && (
                  <table className="history-table" data-testid="history-table">
                    <thead>
                      <tr>
                        <th scope="col">{t("historyWho")}</th>
                        <th scope="col">{t("historyWhen")}</th>
                        <th scope="col">{t("historyField")}</th>
                        <th scope="col">{t("historyChange")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {history.map((h, i) => (
                        <tr key={`${h.at}-${h.field}-${i}`}>
                          <td>{h.by.name}</td>
                          <td>{formatDateTime(h.at, lang)}</td>
                          <td>{h.field}</td>
                          <td>
                            {value(h.oldValue)} → {value(h.newValue)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => setOpen(false)}>
                  {t("close")}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}
