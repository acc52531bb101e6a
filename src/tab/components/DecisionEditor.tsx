import { Button, Checkbox, Field, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { ApiError, type ApiClient } from "../api.js";
import { describeApiError } from "../apiErrors.js";
import type { DecisionView, Tiltak } from "../apiTypes.js";
import { useI18n } from "../i18n/index.js";

/** Props of {@link DecisionEditor}. */
export interface DecisionEditorProps {
  api: ApiClient;
  eventId: string;
  occurrenceKey: string;
  itemId: string;
  itemName: string;
  /** The item's tiltak, to tick those the decision concerns. */
  tiltak: readonly Tiltak[];
  stored?: DecisionView;
  onSaved: (saved: DecisionView) => void;
}

/**
 * The decisions field of one agenda item (editors): a text and the tiltak it concerns, saved with
 * If-Match; someone else's save meanwhile is shown, and the typed text kept. Keyed by item, so
 * stepping to another item starts from that item's stored decision.
 */
export function DecisionEditor(props: DecisionEditorProps) {
  const { api, eventId, occurrenceKey, itemId, itemName, tiltak, stored, onSaved } = props;
  const { t } = useI18n();
  const [text, setText] = useState(stored?.text ?? "");
  const [chosen, setChosen] = useState<Set<string>>(new Set(stored?.tiltakIds ?? []));
  const [etag, setEtag] = useState(stored?.etag);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const fieldId = `decision-${itemId}`;

  const save = async () => {
    setBusy(true);
    setMessage("");
    try {
      const ids = tiltak.filter((x) => chosen.has(x.id)).map((x) => x.id);
      const saved = await api.saveDecision(eventId, occurrenceKey, itemId, etag, { text, tiltakIds: ids });
      setEtag(saved.etag);
      setMessage(t("decisionsSaved", { item: itemName }));
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        const current = e.body?.current as DecisionView | undefined;
        setEtag(e.body?.etag);
        setMessage(t("decisionsConflict", { text: current?.text || t("empty") }));
      } else setMessage(t("saveFailed", { message: describeApiError(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="decision-editor"
      data-testid="decision-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label={t("decisionsLabel", { item: itemName })} hint={t("decisionsHint")}>
        <Textarea
          id={fieldId}
          value={text}
          onChange={(_e, d) => setText(d.value)}
          resize="vertical"
          maxLength={4000}
          data-testid="decision-text"
        />
      </Field>
      {tiltak.length > 0 && (
        <fieldset className="carry-over">
          <legend>{t("decisionsTiltak")}</legend>
          <ul className="decision-tiltak">
            {tiltak.map((x) => (
              <li key={x.id}>
                <Checkbox
                  checked={chosen.has(x.id)}
                  onChange={(_e, d) => {
                    const next = new Set(chosen);
                    if (d.checked === true) next.add(x.id);
                    else next.delete(x.id);
                    setChosen(next);
                  }}
                  label={<span lang="nb">{x.text}</span>}
                  data-testid={`decision-tiltak-${x.id}`}
                />
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <Button type="submit" appearance="primary" disabled={busy} data-testid="decision-save">
        {t("decisionsSave")}
      </Button>
      <p role="status" aria-live="polite" data-testid="decision-result">
        {message}
      </p>
    </form>
  );
}
