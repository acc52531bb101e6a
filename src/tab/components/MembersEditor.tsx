import { Button, Field, Input, Select } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Person } from "../apiTypes.js";
import type { SeatValues } from "../directoryForm.js";
import { DIRECTORY_LIMITS as L } from "../../contract/limits.js";
import { useDirectoryI18n } from "../i18n/directory/index.js";

/** Props of {@link MembersEditor}. */
export interface MembersEditorProps {
  members: SeatValues[];
  people: readonly Person[];
  onChange: (members: SeatValues[]) => void;
  /** Creates a person (POST /api/people) and resolves to them, or to an error text. */
  createPerson: (name: string) => Promise<Person | string>;
  /** Says something to screen readers (a seat added or removed). */
  announce: (text: string) => void;
  error?: string;
}

/**
 * A group's seats in order: each with its unit and role, moved up or down, removed; a person who
 * is in the directory is added from a list, a new one by name. Focus stays where the keyboard is:
 * on the new seat's first field after adding, on the next seat's remove button after removing.
 */
export function MembersEditor({ members, people, onChange, createPerson, announce, error }: MembersEditorProps) {
  const { d, docLang } = useDirectoryI18n();
  const [choice, setChoice] = useState("");
  const [newName, setNewName] = useState("");
  const [creating, setCreating] = useState(false);
  const [createProblem, setCreateProblem] = useState("");
  const list = useRef<HTMLOListElement>(null);
  const byId = new Map(people.map((p) => [p.id, p]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const seated = new Set(members.map((m) => m.personId));
  const free = people.filter((p) => !seated.has(p.id));
  const full = members.length >= L.membersPerGroup;

  const focusLater = (selector: string) =>
    setTimeout(() => list.current?.parentElement?.querySelector<HTMLElement>(selector)?.focus(), 0);
  const set = (i: number, change: Partial<SeatValues>) =>
    onChange(members.map((m, j) => (j === i ? { ...m, ...change } : m)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...members];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
    // The same button again, unless the seat reached an end and that button is now disabled.
    const to = i + by;
    const atEnd = (by < 0 && to === 0) || (by > 0 && to === next.length - 1);
    const button = by < 0 !== atEnd ? "up" : "down";
    focusLater(`[data-testid="seat-${button}-${next[to].personId}"]`);
  };
  const remove = (i: number) => {
    const gone = members[i];
    onChange(members.filter((_, j) => j !== i));
    announce(d("memberRemoved", { name: nameOf(gone.personId) }));
    const next = members[i + 1] ?? members[i - 1];
    focusLater(next ? `[data-testid="seat-remove-${next.personId}"]` : '[data-testid="seat-choose"]');
  };
  const add = (person: Person) => {
    onChange([...members, { personId: person.id, unit: "", role: "" }]);
    announce(d("memberAdded", { name: person.name }));
    focusLater(`[data-testid="seat-unit-${person.id}"]`);
  };
  const addNew = async () => {
    if (!newName.trim()) return;
    setCreating(true);
    setCreateProblem("");
    const made = await createPerson(newName.trim());
    setCreating(false);
    if (typeof made === "string") setCreateProblem(made);
    else {
      setNewName("");
      add(made);
    }
  };

  return (
    <fieldset className="members-editor" data-testid="members-editor">
      <legend>{d("members")}</legend>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {members.length === 0 && <p>{d("noMembers")}</p>}
      <ol className="seat-list" ref={list}>
        {members.map((m, i) => {
          const name = nameOf(m.personId);
          return (
            <li key={m.personId} className="seat" data-testid={`seat-${m.personId}`}>
              <div role="group" aria-label={d("memberFields", { name })} className="seat-fields">
                <span className="seat-name">{name}</span>
                <Field label={d("memberUnit")}>
                  <Input
                    value={m.unit}
                    maxLength={L.unitChars}
                    onChange={(_e, v) => set(i, { unit: v.value })}
                    data-testid={`seat-unit-${m.personId}`}
                    lang={docLang}
                  />
                </Field>
                <Field label={d("memberRole")}>
                  <Input
                    value={m.role}
                    maxLength={L.roleChars}
                    onChange={(_e, v) => set(i, { role: v.value })}
                    data-testid={`seat-role-${m.personId}`}
                    lang={docLang}
                  />
                </Field>
              </div>
              <div className="seat-tools">
                <Button
                  size="small"
                  disabled={i === 0}
                  aria-label={d("moveUp", { name })}
                  onClick={() => move(i, -1)}
                  data-testid={`seat-up-${m.personId}`}
                >
                  ↑
                </Button>
                <Button
                  size="small"
                  disabled={i === members.length - 1}
                  aria-label={d("moveDown", { name })}
                  onClick={() => move(i, 1)}
                  data-testid={`seat-down-${m.personId}`}
                >
                  ↓
                </Button>
                <Button
                  size="small"
                  aria-label={d("removeMember", { name })}
                  onClick={() => remove(i)}
                  data-testid={`seat-remove-${m.personId}`}
                >
                  ✕
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="seat-add">
        <Field label={d("addExisting")}>
          <Select value={choice} disabled={full} onChange={(_e, v) => setChoice(v.value)} data-testid="seat-choose">
            <option value="">{d("choosePerson")}</option>
            {free.map((p) => (
              <option key={p.id} value={p.id}>
                {p.unit ? `${p.name} – ${p.unit}` : p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={full || !choice}
          onClick={() => {
            const person = byId.get(choice);
            if (person) add(person);
            setChoice("");
          }}
          data-testid="seat-add"
        >
          {d("addMember")}
        </Button>
      </div>
      <div className="seat-add">
        <Field label={d("addNewPerson")} validationMessage={createProblem || undefined}>
          <Input
            value={newName}
            maxLength={L.nameChars}
            disabled={full}
            onChange={(_e, v) => setNewName(v.value)}
            onKeyDown={(e) => {
              // Enter here creates the person, not the whole form.
              if (e.key === "Enter") {
                e.preventDefault();
                void addNew();
              }
            }}
            data-testid="seat-new-name"
          />
        </Field>
        <Button disabled={full || creating || !newName.trim()} onClick={() => void addNew()} data-testid="seat-create">
          {d("createAndAdd")}
        </Button>
      </div>
    </fieldset>
  );
}
