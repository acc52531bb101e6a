import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useI18n } from "../i18n/index.js";

/** Props of {@link NotesDialog}. */
export interface NotesDialogProps {
  title: string;
  notes: string;
  /** Saves; resolves to an error text to show, or undefined when saved. */
  onSave: (notes: string) => Promise<string | undefined>;
  onClose: () => void;
}

/**
 * Notes of one tiltak in a dialog. Closing with unsaved text asks first; leaving the page
 * while typing asks the browser's own question.
 */
export function NotesDialog({ title, notes, onSave, onClose }: NotesDialogProps) {
  const { t } = useI18n();
  const [text, setText] = useState(notes);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState("");
  const [confirming, setConfirming] = useState(false);
  const dirty = text !== notes;

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const tryClose = () => (dirty ? setConfirming(true) : onClose());
  const save = async () => {
    setSaving(true);
    setProblem("");
    const failed = await onSave(text);
    setSaving(false);
    if (failed) setProblem(failed);
    else onClose();
  };

  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && tryClose()}>
      <DialogSurface aria-label={t("notesTitle", { title })} data-testid="notes-dialog">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <DialogBody>
            <DialogTitle>{t("notesTitle", { title })}</DialogTitle>
            <DialogContent className="notes-dialog-content">
              {problem && (
                <MessageBar intent="warning" layout="multiline" data-testid="notes-problem">
                  <MessageBarBody>{problem}</MessageBarBody>
                </MessageBar>
              )}
              {confirming ? (
                <MessageBar intent="warning" layout="multiline" data-testid="unsaved-warning">
                  <MessageBarBody>{t("unsavedQuestion")}</MessageBarBody>
                </MessageBar>
              ) : null}
              <Field label={t("notes")}>
                <Textarea
                  data-testid="notes-text"
                  value={text}
                  onChange={(_e, d) => {
                    setText(d.value);
                    setConfirming(false);
                  }}
                  resize="vertical"
                  rows={6}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              {confirming ? (
                <>
                  <Button appearance="primary" onClick={onClose} data-testid="discard-notes">
                    {t("discard")}
                  </Button>
                  <Button onClick={() => setConfirming(false)}>{t("keepWriting")}</Button>
                </>
              ) : (
                <>
                  <Button appearance="primary" type="submit" disabled={saving} data-testid="notes-save">
                    {saving ? t("saving") : t("save")}
                  </Button>
                  <Button onClick={tryClose} data-testid="notes-cancel">
                    {t("cancel")}
                  </Button>
                </>
              )}
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
