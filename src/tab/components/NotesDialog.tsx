import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Textarea,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { FIRST_DATE, LAST_DATE } from "../../contract/limits.js";
import type { TiltakPatchBody } from "../apiTypes.js";
import { useI18n } from "../i18n/index.js";

/** Props of {@link NotesDialog}. */
export interface NotesDialogProps {
  title: string;
  notes: string;
  dueDate?: string;
  milestone?: string;
  /** Saves the fields that changed; resolves to an error text to show, or undefined when saved. */
  onSave: (patch: TiltakPatchBody) => Promise<string | undefined>;
  onClose: () => void;
}

/**
 * Notes and time (due date, milestone) of one tiltak in a dialog; only changed fields are sent. Closing with unsaved text asks first; leaving the page
 * while typing asks the browser's own question.
 */
export function NotesDialog({ title, notes, dueDate = "", milestone = "", onSave, onClose }: NotesDialogProps) {
  const { t } = useI18n();
  const [text, setText] = useState(notes);
  const [due, setDue] = useState(dueDate);
  const [mile, setMile] = useState(milestone);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState("");
  const [confirming, setConfirming] = useState(false);
  const patch: TiltakPatchBody = {
    ...(text !== notes ? { notes: text } : {}),
    ...(due !== dueDate ? { dueDate: due === "" ? null : due } : {}),
    ...(mile !== milestone ? { milestone: mile } : {}),
  };
  const dirty = Object.keys(patch).length > 0;

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
    if (!dirty) return onClose();
    const failed = await onSave(patch);
    setSaving(false);
    if (failed) setProblem(failed);
    else onClose();
  };

  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && tryClose()}>
      <DialogSurface aria-label={t("detailsTitle", { title })} data-testid="notes-dialog">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <DialogBody>
            <DialogTitle>{t("detailsTitle", { title })}</DialogTitle>
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
              <Field label={t("dueDate")}>
                <Input
                  type="date"
                  value={due}
                  min={FIRST_DATE}
                  max={LAST_DATE}
                  onChange={(_e, d) => setDue(d.value)}
                  data-testid="due-date"
                />
              </Field>
              <Field label={t("milestone")} hint={t("milestoneHint")}>
                <Input value={mile} maxLength={200} onChange={(_e, d) => setMile(d.value)} data-testid="milestone" />
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
