import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Textarea,
} from "@fluentui/react-components";
import { useState } from "react";
import { ApiError, type ApiClient } from "../api.js";
import type { Tiltak, TiltakStatus, WithEtag } from "../apiTypes.js";
import { useI18n } from "../i18n/index.js";
import { STATUSES, statusLabel } from "../labels.js";
import { describeApiError } from "./ApiProblem.js";

/** Props of {@link TiltakEditor}. */
export interface TiltakEditorProps {
  tiltak: WithEtag<Tiltak>;
  api: ApiClient;
  /** Called with the stored value after a save, or with the newer value after a 412. */
  onStored: (tiltak: WithEtag<Tiltak>) => void;
}

/**
 * Status and notes of one tiltak, saved with If-Match. On 412 the user's draft stays in the
 * fields, the newer stored value is shown, and the next save goes on top of the newer etag.
 */
export function TiltakEditor({ tiltak, api, onStored }: TiltakEditorProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<TiltakStatus>(tiltak.status);
  const [notes, setNotes] = useState(tiltak.notes ?? "");
  const [etag, setEtag] = useState(tiltak.etag);
  const [conflict, setConflict] = useState<Tiltak | undefined>();
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState("");
  const [failed, setFailed] = useState("");

  const save = async () => {
    setSaving(true);
    setResult("");
    setFailed("");
    try {
      const stored = await api.updateTiltak(tiltak.periodId, tiltak.id, etag, { status, notes });
      setEtag(stored.etag);
      setConflict(undefined);
      setResult(t("saved"));
      onStored(stored);
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        const current = e.body?.current as Tiltak | undefined;
        const newEtag = e.body?.etag ?? (current as WithEtag<Tiltak> | undefined)?.etag;
        if (newEtag) setEtag(newEtag);
        setConflict(current ?? { ...tiltak });
        if (current && newEtag) onStored({ ...current, etag: newEtag });
      } else {
        setFailed(t("saveFailed", { message: describeApiError(e, t) }));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="tiltak-editor no-print"
      aria-label={`${t("save")}: ${tiltak.text.slice(0, 60)}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {conflict && (
        <MessageBar intent="warning" data-testid="conflict-message" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("conflictTitle")}</MessageBarTitle>
            {t("conflictBody", { status: statusLabel(conflict.status, t), notes: conflict.notes || t("empty") })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={t("status")}>
        {/* A native select: sixteen render at once, and it is the lightest control and the one touch screens and screen readers know best. */}
        <Select data-testid={`status-${tiltak.id}`} value={status} onChange={(_e, d) => setStatus(d.value as TiltakStatus)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s, t)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("notes")}>
        <Textarea
          data-testid={`notes-${tiltak.id}`}
          value={notes}
          onChange={(_e, d) => setNotes(d.value)}
          resize="vertical"
        />
      </Field>
      <div className="editor-actions">
        <Button appearance="primary" type="submit" disabled={saving} data-testid={`save-${tiltak.id}`}>
          {saving ? t("saving") : t("save")}
        </Button>
        <span aria-live="polite" role="status" data-testid={`save-result-${tiltak.id}`}>
          {result}
        </span>
        {failed && (
          <span role="alert" className="error-text">
            {failed}
          </span>
        )}
      </div>
    </form>
  );
}
