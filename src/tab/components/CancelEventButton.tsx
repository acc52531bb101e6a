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
  title: string;
  testId: string;
  onConfirm: () => Promise<void>;
}

/** "Avlys" with a confirmation dialog, so a slip of the mouse cancels nothing. */
export function CancelEventButton({ title, testId, onConfirm }: CancelEventButtonProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid={testId}>
        {t("cancelEvent")}
      </Button>
      <Dialog open={open} onOpenChange={(_e, d) => setOpen(d.open)} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("cancelConfirmTitle", { title })}</DialogTitle>
            <DialogContent>{t("cancelConfirmBody")}</DialogContent>
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
