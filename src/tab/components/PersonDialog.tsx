import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Textarea,
} from "@fluentui/react-components";
import { useState } from "react";
import { ApiError, type ApiClient } from "../api.js";
import type { PersonView } from "../apiTypes.js";
import { describeApiError } from "../apiErrors.js";
import {
  changedFields,
  checkPersonValues,
  personCreateBody,
  personFormValues,
  personPatch,
  placeIssues,
  type PersonField,
  type PersonFormValues,
} from "../directoryForm.js";
import { fieldLabel } from "../directoryChangeText.js";
import { DIRECTORY_LIMITS as L } from "../../contract/limits.js";
import { useDirectoryI18n } from "../i18n/directory/index.js";
import { ConflictNote, DialogButtons, ProblemsNote, useLeaveWarning, type Conflict } from "./DirectoryDialogParts.js";

const FIELDS: readonly PersonField[] = ["name", "altNames", "unit", "title", "email"];

/** Props of {@link PersonDialog}. */
export interface PersonDialogProps {
  api: ApiClient;
  /** The person to edit; absent for a new one. */
  person?: PersonView;
  onSaved: (person: PersonView, how: "created" | "saved") => void;
  onClose: () => void;
}

/** A person's form: name, other spellings, unit, title, e-mail; conflicts handled as for groups. */
export function PersonDialog({ api, person, onSaved, onClose }: PersonDialogProps) {
  const { t, d, docLang } = useDirectoryI18n();
  const [initial, setInitial] = useState<PersonFormValues>(() => personFormValues(person));
  const [values, setValues] = useState<PersonFormValues>(initial);
  const [stored, setStored] = useState(person);
  const [problems, setProblems] = useState<Partial<Record<PersonField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState<Conflict>();
  const [saving, setSaving] = useState(false);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const patch = personPatch(initial, values);
  const dirty = Object.keys(patch).length > 0;
  useLeaveWarning(dirty);

  const input = (key: PersonField) => ({
    value: values[key],
    onChange: (_e: unknown, v: { value: string }) => {
      setValues((old) => ({ ...old, [key]: v.value }));
      setConfirmingClose(false);
    },
  });
  const field = (key: PersonField) => ({
    validationMessage: problems[key],
    validationState: problems[key] ? ("error" as const) : ("none" as const),
  });

  const save = async () => {
    const local = checkPersonValues(values, d);
    setProblems(local);
    setGeneral(Object.keys(local).length ? [d("fixFields")] : []);
    if (Object.keys(local).length) return;
    if (person && !dirty) return onClose();
    setSaving(true);
    try {
      const saved =
        person && stored
          ? await api.updatePerson(person.id, stored.etag, patch)
          : await api.createPerson(personCreateBody(values));
      onSaved(saved, person ? "saved" : "created");
    } catch (e) {
      if (e instanceof ApiError && e.status === 412 && person && e.body?.current) {
        const current = e.body.current as PersonView;
        const history = await api.personHistory(person.id).catch(() => undefined);
        setConflict({
          who: history?.history[0]?.by.name || t("someone"),
          fields: changedFields(stored ?? person, current).map((f) => fieldLabel(f, d)),
        });
        setStored(current);
      } else if (e instanceof ApiError && e.body?.error?.issues?.length) {
        const placed = placeIssues(e.body.error.issues, FIELDS);
        setProblems(placed.byField);
        setGeneral(placed.general.length ? placed.general : [d("fixFields")]);
      } else setGeneral([describeApiError(e, t)]);
      setSaving(false);
    }
  };
  const useStored = () => {
    if (!stored) return;
    const fresh = personFormValues(stored);
    setInitial(fresh);
    setValues(fresh);
    setConflict(undefined);
  };

  const heading = person ? d("editPersonTitle", { name: person.name }) : d("newPersonTitle");
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, v) => !v.open && (dirty ? setConfirmingClose(true) : onClose())}>
      <DialogSurface aria-labelledby="person-dialog-title" data-testid="person-dialog" className="directory-dialog">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <DialogBody>
            <DialogTitle id="person-dialog-title" className="clamp-2">
              {heading}
            </DialogTitle>
            <DialogContent className="directory-dialog-content">
              {conflict && <ConflictNote conflict={conflict} onUseStored={useStored} />}
              <ProblemsNote problems={general} />
              <Field label={d("personName")} required {...field("name")}>
                <Input {...input("name")} maxLength={L.nameChars} data-testid="person-name" autoFocus />
              </Field>
              <Field label={d("altNames")} hint={d("altNamesHint")} {...field("altNames")}>
                <Textarea {...input("altNames")} rows={2} resize="vertical" data-testid="person-alt-names" />
              </Field>
              <Field label={d("unit")} {...field("unit")}>
                <Input {...input("unit")} maxLength={L.unitChars} lang={docLang} data-testid="person-unit" />
              </Field>
              <Field label={d("title")} {...field("title")}>
                <Input {...input("title")} maxLength={L.roleChars} lang={docLang} data-testid="person-title" />
              </Field>
              <Field label={d("email")} {...field("email")}>
                <Input
                  {...input("email")}
                  type="email"
                  autoComplete="off"
                  maxLength={L.emailChars}
                  data-testid="person-email"
                />
              </Field>
            </DialogContent>
            <DialogButtons
              saving={saving}
              confirmingClose={confirmingClose}
              onCancel={() => (dirty ? setConfirmingClose(true) : onClose())}
              onDiscard={onClose}
              onKeepEditing={() => setConfirmingClose(false)}
              testId="person"
            />
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
