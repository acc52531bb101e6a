import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
} from "@fluentui/react-components";
import { useState } from "react";
import { ApiError, type ApiClient } from "../api.js";
import type { AlrekEvent, EventKind, WithEtag } from "../apiTypes.js";
import {
  checkValues,
  initialValues,
  placeIssues,
  toEventInput,
  withKind,
  withReminder,
  type EventFormField,
  type EventFormValues,
} from "../eventForm.js";
import { FIRST_DATE, LAST_DATE } from "../../contract/limits.js";
import { useI18n } from "../i18n/index.js";
import { KINDS, kindLabel } from "../labels.js";
import { describeApiError } from "./ApiProblem.js";
import { ReminderPicker } from "./ReminderPicker.js";

/** The date picker offers only the years the server accepts (2000–2100). */
function dateBounds(dateOnly: boolean): { min: string; max: string } {
  return dateOnly ? { min: FIRST_DATE, max: LAST_DATE } : { min: `${FIRST_DATE}T00:00`, max: `${LAST_DATE}T23:59` };
}

/** Props of {@link EventForm}. */
export interface EventFormProps {
  api: ApiClient;
  /** The event to edit; absent for a new one. */
  event?: WithEtag<AlrekEvent>;
  onSaved: (event: WithEtag<AlrekEvent>) => void;
  onClose: () => void;
}

/** Add or edit an event; the server's validation messages appear next to the fields they concern. */
export function EventForm({ api, event, onSaved, onClose }: EventFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<EventFormValues>(() => initialValues(event));
  const [etag, setEtag] = useState(event?.etag);
  const [issues, setIssues] = useState<Partial<Record<EventFormField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (field: Exclude<EventFormField, "reminders" | "kind">) => (_e: unknown, d: { value: string }) =>
    setValues((v) => ({ ...v, [field]: d.value }));

  const submit = async () => {
    const local = checkValues(values, t);
    setIssues(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    setSaving(true);
    try {
      const body = toEventInput(values, event);
      const saved = event && etag ? await api.updateEvent(event.id, etag, body) : await api.createEvent(body);
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        if (e.body?.etag) setEtag(e.body.etag);
        setGeneral([t("conflictTitle")]);
      } else if (e instanceof ApiError && e.body?.error?.issues?.length) {
        const placed = placeIssues(e.body.error.issues);
        setIssues(placed.byField);
        setGeneral(placed.general.length ? placed.general : [t("formInvalid")]);
      } else {
        setGeneral([describeApiError(e, t)]);
      }
    } finally {
      setSaving(false);
    }
  };

  const field = (name: EventFormField) => ({
    validationMessage: issues[name],
    validationState: issues[name] ? ("error" as const) : ("none" as const),
  });
  const series = Boolean(event?.recurrence);
  const heading = event
    ? series
      ? t("editSeriesHeading", { title: event.title })
      : `${t("editEvent")}: ${event.title}`
    : t("addEvent");
  return (
    <form
      className="event-form no-print"
      aria-label={heading}
      data-testid="event-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{heading}</h3>
      {series && (
        <p className="series-note" data-testid="series-note">
          {t("editSeriesNote")}
        </p>
      )}
      {general.length > 0 && (
        <MessageBar intent="error" role="alert" data-testid="event-form-errors">
          <MessageBarBody>
            {general.map((g) => (
              <div key={g}>{g}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={t("formTitle")} required {...field("title")}>
        <Input value={values.title} onChange={set("title")} name="title" />
      </Field>
      <Field label={t("formKind")} {...field("kind")}>
        <Select
          value={values.kind}
          onChange={(_e, d) => setValues((v) => withKind(v, d.value as EventKind))}
          name="kind"
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k, t)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("formStart")} {...field("start")}>
        <Input
          type={values.noTime ? "date" : "datetime-local"}
          value={values.start}
          onChange={set("start")}
          name="start"
          {...dateBounds(values.noTime)}
        />
      </Field>
      <Checkbox
        label={t("formNoTime")}
        checked={values.noTime}
        name="noTime"
        onChange={(_e, d) =>
          setValues((v) => ({
            ...v,
            noTime: d.checked === true,
            start: d.checked === true ? v.start.slice(0, 10) : v.start,
            end: d.checked === true ? "" : v.end,
          }))
        }
      />
      {!values.noTime && (
        <Field label={t("formEnd")} {...field("end")}>
          <Input type="datetime-local" value={values.end} onChange={set("end")} name="end" {...dateBounds(false)} />
        </Field>
      )}
      <Field label={t("formPlace")} {...field("place")}>
        <Input value={values.place} onChange={set("place")} name="place" />
      </Field>
      <Field label={t("formDescription")} {...field("description")}>
        <Textarea value={values.description} onChange={set("description")} name="description" />
      </Field>
      <Field label={t("formEditorNote")} {...field("editorNote")}>
        <Textarea value={values.editorNote} onChange={set("editorNote")} name="editorNote" />
      </Field>
      <Field label={t("formLink")} {...field("link")}>
        <Input type="url" value={values.link} onChange={set("link")} name="link" />
      </Field>
      <ReminderPicker
        value={values.reminders}
        defaults={!values.ownReminders}
        onToggle={(lead, on) => setValues((v) => withReminder(v, lead, on))}
        error={issues.reminders}
      />
      <div className="editor-actions">
        <Button appearance="primary" type="submit" disabled={saving} data-testid="event-save">
          {saving ? t("saving") : t("save")}
        </Button>
        <Button onClick={onClose}>{t("close")}</Button>
      </div>
    </form>
  );
}
