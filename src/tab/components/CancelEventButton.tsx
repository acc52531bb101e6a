import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../i18n/index.js";

/** Props of {@link CancelEventButton}. */
export interface CancelEventButtonProps {
  /** The button's text, e.g. "Avlys hele serien". */
  label: string;
  /** The question in the dialog. */
  title: string;
  body: string;
  testId: string;
  onConfirm: () => Promise<void>;
}

/** A cancellation that touches many dates, behind a confirmation so a slip of the mouse cancels nothing. */
export function CancelEventButton({ label, title, body, testId, onConfirm }: CancelEventButtonProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid={testId}>
        {label}
      </Button>
      <Dialog open={open} onOpenChange={(_e, d) => setOpen(d.open)} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent>{body}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                disabled={busy}
                data-testid="cancel-confirm"
                onClick={async () => {
                  setBusy(true);
                  try {
                    await onConfirm();
                  } finally {
                    setBusy(false);
                    setOpen(false);
                  }
                }}
              >
                {t("cancelConfirm")}
              </Button>
              <Button onClick={() => setOpen(false)}>{t("cancelKeep")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
