import {
  Button,
  Checkbox,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
} from "@fluentui/react-components";
import { useState } from "react";
import { ApiError, type ApiClient } from "../api.js";
import type { GroupPatchBody, GroupView, Person } from "../apiTypes.js";
import { describeApiError } from "../apiErrors.js";
import {
  changedFields,
  checkGroupValues,
  groupCreateBody,
  groupFormValues,
  groupPatch,
  placeIssues,
  type GroupField,
  type GroupFormValues,
} from "../directoryForm.js";
import { fieldLabel } from "../directoryChangeText.js";
import { DIRECTORY_LIMITS as L, GROUP_KINDS } from "../../contract/limits.js";
import { useDirectoryI18n, type DirectoryTextKey } from "../i18n/directory/index.js";
import { ConflictNote, DialogButtons, ProblemsNote, useLeaveWarning, type Conflict } from "./DirectoryDialogParts.js";
import { MembersEditor } from "./MembersEditor.js";

const FIELDS: readonly GroupField[] = [
  "name",
  "nameEn",
  "kind",
  "aliases",
  "notRepresented",
  "representation",
  "mandate",
  "note",
  "members",
];

/** Props of {@link GroupDialog}. */
export interface GroupDialogProps {
  api: ApiClient;
  /** The group to edit; absent for a new one. */
  group?: GroupView;
  people: readonly Person[];
  /** A saved group (created, changed, retired); `how` says which, for the message and where focus goes. */
  onSaved: (group: GroupView, how: "created" | "saved" | "retired") => void;
  onPersonCreated: (person: Person) => void;
  announce: (text: string) => void;
  onClose: () => void;
}

/**
 * A group's form: names, kind, other names, representation, "BEHO er ikke representert", mandate,
 * note and the seats. Only what changed is sent, with the ETag it was opened with; when another
 * editor saved meanwhile the form keeps this editor's text and says what the other changed.
 */
export function GroupDialog({ api, group, people, onSaved, onPersonCreated, announce, onClose }: GroupDialogProps) {
  const { t, d, docLang } = useDirectoryI18n();
  const [initial, setInitial] = useState<GroupFormValues>(() => groupFormValues(group));
  const [values, setValues] = useState<GroupFormValues>(initial);
  const [stored, setStored] = useState(group);
  const [problems, setProblems] = useState<Partial<Record<GroupField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState<Conflict>();
  const [saving, setSaving] = useState(false);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const [confirmingRetire, setConfirmingRetire] = useState(false);
  const patch = groupPatch(initial, values);
  const dirty = group ? Object.keys(patch).length > 0 : JSON.stringify(values) !== JSON.stringify(initial);
  useLeaveWarning(dirty);

  const set = <K extends GroupField>(key: K, value: GroupFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setConfirmingClose(false);
  };
  const text = (key: "name" | "nameEn" | "aliases" | "representation" | "mandate" | "note") => ({
    value: values[key],
    onChange: (_e: unknown, v: { value: string }) => set(key, v.value),
  });
  const field = (key: GroupField) => ({
    validationMessage: problems[key],
    validationState: problems[key] ? ("error" as const) : ("none" as const),
  });

  const failed = async (e: unknown) => {
    if (e instanceof ApiError && e.status === 412 && group && e.body?.current) {
      const current = e.body.current as GroupView;
      const history = await api.groupHistory(group.id).catch(() => undefined);
      setConflict({
        who: history?.history[0]?.by.name || t("someone"),
        fields: changedFields(stored ?? group, current).map((f) => fieldLabel(f, d)),
      });
      setStored(current);
    } else if (e instanceof ApiError && e.body?.error?.issues?.length) {
      const placed = placeIssues(e.body.error.issues, FIELDS);
      setProblems(placed.byField);
      setGeneral(placed.general.length ? placed.general : [d("fixFields")]);
    } else setGeneral([describeApiError(e, t)]);
  };

  const save = async (extra: GroupPatchBody = {}) => {
    const local = checkGroupValues(values, d);
    setProblems(local);
    setGeneral(Object.keys(local).length ? [d("fixFields")] : []);
    if (Object.keys(local).length) return;
    const body = { ...patch, ...extra };
    if (group && Object.keys(body).length === 0) return onClose();
    setSaving(true);
    try {
      const saved =
        group && stored
          ? await api.updateGroup(group.id, stored.etag, body)
          : await api.createGroup(groupCreateBody(values));
      onSaved(saved, !group ? "created" : extra.retired ? "retired" : "saved");
    } catch (e) {
      await failed(e);
      setSaving(false);
      setConfirmingRetire(false);
    }
  };
  const useStored = () => {
    if (!stored) return;
    const fresh = groupFormValues(stored);
    setInitial(fresh);
    setValues(fresh);
    setConflict(undefined);
  };

  const heading = group ? d("editGroupTitle", { name: group.name }) : d("newGroupTitle");
  const retire = group && !group.retired && (
    <Button onClick={() => setConfirmingRetire(true)} disabled={saving} data-testid="group-retire">
      {d("retireGroup")}
    </Button>
  );
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, v) => !v.open && (dirty ? setConfirmingClose(true) : onClose())}>
      <DialogSurface aria-labelledby="group-dialog-title" data-testid="group-dialog" className="directory-dialog">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <DialogBody>
            <DialogTitle id="group-dialog-title" className="clamp-2">
              {heading}
            </DialogTitle>
            <DialogContent className="directory-dialog-content">
              {conflict && <ConflictNote conflict={conflict} onUseStored={useStored} />}
              <ProblemsNote problems={general} />
              <Field label={d("groupName")} required {...field("name")}>
                <Input {...text("name")} maxLength={L.nameChars} data-testid="group-name" lang={docLang} autoFocus />
              </Field>
              <Field label={d("groupNameEn")} hint={d("groupNameEnHint")} {...field("nameEn")}>
                <Input {...text("nameEn")} maxLength={L.nameChars} lang="en" data-testid="group-name-en" />
              </Field>
              <Field label={d("groupKind")} {...field("kind")}>
                <Select
                  value={values.kind}
                  onChange={(_e, v) => set("kind", v.value as GroupFormValues["kind"])}
                  data-testid="group-kind"
                >
                  {GROUP_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {d(`kind_${k}` as DirectoryTextKey)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={d("aliases")} hint={d("aliasesHint")} {...field("aliases")}>
                <Textarea {...text("aliases")} rows={4} resize="vertical" data-testid="group-aliases" />
              </Field>
              <Checkbox
                checked={values.notRepresented}
                onChange={(_e, v) => set("notRepresented", v.checked === true)}
                label={d("notRepresented")}
                data-testid="group-not-represented"
              />
              <Field label={d("representation")} {...field("representation")}>
                <Textarea {...text("representation")} rows={2} resize="vertical" lang={docLang} />
              </Field>
              <Field label={d("mandate")} {...field("mandate")}>
                <Textarea {...text("mandate")} rows={4} resize="vertical" lang={docLang} data-testid="group-mandate" />
              </Field>
              <Field label={d("note")} {...field("note")}>
                <Textarea {...text("note")} rows={2} resize="vertical" lang={docLang} data-testid="group-note" />
              </Field>
              <MembersEditor
                members={values.members}
                people={people}
                onChange={(members) => set("members", members)}
                announce={announce}
                error={problems.members}
                createPerson={async (name) => {
                  try {
                    const person = await api.createPerson({ name });
                    onPersonCreated(person);
                    return person;
                  } catch (e) {
                    return describeApiError(e, t);
                  }
                }}
              />
              {confirmingRetire && group && (
                <MessageBar intent="warning" layout="multiline" data-testid="retire-confirm">
                  <MessageBarBody>
                    {d("retireConfirm", { name: group.name })}
                    <div className="directory-confirm-actions">
                      <Button
                        appearance="primary"
                        onClick={() => void save({ retired: true })}
                        disabled={saving}
                        data-testid="retire-yes"
                      >
                        {d("retireYes")}
                      </Button>
                      <Button onClick={() => setConfirmingRetire(false)}>{t("cancel")}</Button>
                    </div>
                  </MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogButtons
              saving={saving}
              confirmingClose={confirmingClose}
              onCancel={() => (dirty ? setConfirmingClose(true) : onClose())}
              onDiscard={onClose}
              onKeepEditing={() => setConfirmingClose(false)}
              extra={retire}
              testId="group"
            />
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
