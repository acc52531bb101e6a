import { Button, DialogActions, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, type ReactNode } from "react";
import { useDirectoryI18n } from "../i18n/directory/index.js";

/** What the group and person dialogs know after a 412: who saved meanwhile and which fields. */
export interface Conflict {
  who: string;
  fields: string[];
}

/** The other editor's save, in words, with a way back to what is stored; the form keeps this editor's text. */
export function ConflictNote({ conflict, onUseStored }: { conflict: Conflict; onUseStored: () => void }) {
  const { d } = useDirectoryI18n();
  return (
    <MessageBar intent="warning" layout="multiline" role="alert" data-testid="directory-conflict">
      <MessageBarBody>
        <MessageBarTitle>{d("conflictTitle")}</MessageBarTitle>
        {d("conflictBody", { who: conflict.who, fields: conflict.fields.join(", ") })}
        <div>
          <Button size="small" onClick={onUseStored} data-testid="conflict-use-stored">
            {d("conflictUseStored")}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Problems that belong to no one field (or a summary of those that do). */
export function ProblemsNote({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="directory-problems">
      <MessageBarBody>
        {problems.map((p) => (
          <div key={p}>{p}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * The dialog's buttons: save and cancel, or, when closing with unsaved changes, the question
 * whether to discard them; `extra` (such as "retire") sits between.
 */
export function DialogButtons(props: {
  saving: boolean;
  confirmingClose: boolean;
  onCancel: () => void;
  onDiscard: () => void;
  onKeepEditing: () => void;
  extra?: ReactNode;
  testId: string;
}) {
  const { t, d } = useDirectoryI18n();
  if (props.confirmingClose)
    return (
      <DialogActions fluid>
        <MessageBar intent="warning" layout="multiline" data-testid="unsaved-warning">
          <MessageBarBody>{d("unsavedQuestion")}</MessageBarBody>
        </MessageBar>
        <Button appearance="primary" onClick={props.onDiscard} data-testid={`${props.testId}-discard`}>
          {d("discard")}
        </Button>
        <Button onClick={props.onKeepEditing}>{d("keepEditing")}</Button>
      </DialogActions>
    );
  return (
    <DialogActions fluid className="directory-dialog-actions">
      <Button appearance="primary" type="submit" disabled={props.saving} data-testid={`${props.testId}-save`}>
        {props.saving ? t("saving") : t("save")}
      </Button>
      {props.extra}
      <Button onClick={props.onCancel} data-testid={`${props.testId}-cancel`}>
        {t("cancel")}
      </Button>
    </DialogActions>
  );
}

/** Asks the browser to confirm leaving the page while a form has unsaved changes. */
export function useLeaveWarning(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
}
