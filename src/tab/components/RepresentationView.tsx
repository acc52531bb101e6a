import { Button, SearchBox, Spinner } from "@fluentui/react-components";
import { PersonRow } from "./PersonRow.js";
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import type { ApiClient } from "../api.js";
import type { GroupsResponse, GroupView, Person, PersonView } from "../apiTypes.js";
import { plural } from "../i18n/index.js";
import { useDirectoryI18n } from "../i18n/directory/index.js";
import { filterGroups, filterPeople, groupsOf, pinGroups } from "../representation.js";
import { useLoad } from "../useLoad.js";
import { ApiProblem, describeApiError } from "./ApiProblem.js";
import { DirectoryTools } from "./DirectoryTools.js";
import { describeDirectoryChange } from "../directoryChangeText.js";
import "../directory.css";

// Dialogs load on first use: most visitors only read.
const GroupDialog = lazy(() => import("./GroupDialog.js").then((m) => ({ default: m.GroupDialog })));
const PersonDialog = lazy(() => import("./PersonDialog.js").then((m) => ({ default: m.PersonDialog })));
const ImportDialog = lazy(() => import("./ImportDialog.js").then((m) => ({ default: m.ImportDialog })));
const HistoryDialog = lazy(() => import("./HistoryDialog.js").then((m) => ({ default: m.HistoryDialog })));

type Dialog =
  | { kind: "group"; group?: GroupView }
  | { kind: "person"; person?: PersonView }
  | { kind: "import" }
  | { kind: "history"; title: string; type: "group" | "person"; id: string };

/** The element id of a group's heading, where focus goes after the group is created, retired or restored. */
const groupHeadingId = (id: string) => `group-heading-${id}`;

/**
 * Who represents BEHO where (Vedlegg 1), searchable as you type. Editors also change it here:
 * groups (seats, names, representation, mandate, note; new; retired and restored), people, and
 * the whole directory as a file; each with its history. Focus goes back to the button that opened
 * a dialog, or to the heading of what the change created or moved.
 */
export function RepresentationView({ api, canEdit = false }: { api: ApiClient; canEdit?: boolean }) {
  const { t, d, lang, docLang } = useDirectoryI18n();
  const [query, setQuery] = useState("");
  const [personId, setPersonId] = useState<string | undefined>();
  const [dialog, setDialog] = useState<Dialog>();
  const [status, setStatus] = useState("");
  const opener = useRef<HTMLElement | null>(null);
  // Where focus goes once a dialog has closed: set on close, applied after the render that shows
  // the result (a new group's heading exists only then), then cleared.
  const [focusNext, setFocusNext] = useState<{ id?: string }>();
  useEffect(() => {
    if (dialog || !focusNext) return;
    (focusNext.id ? document.getElementById(focusNext.id) : opener.current)?.focus();
    setFocusNext(undefined);
  }, [dialog, focusNext]);
  const loaded = useLoad(() => api.groups(), [api]);
  const data = loaded.data;
  const current = useMemo(() => (data ? data.groups.filter((g) => !g.retired) : []), [data]);
  const retired = useMemo(() => (data ? data.groups.filter((g) => g.retired) : []), [data]);
  const groups = useMemo(() => (data ? filterGroups(current, data.people, query) : []), [data, current, query]);
  const people = useMemo(() => (data ? filterPeople(data.people, query) : []), [data, query]);

  if (loaded.error !== undefined) return <ApiProblem error={loaded.error} onRetry={loaded.reload} />;
  if (!data) return <Spinner label={t("loading")} />;
  const byId = new Map(data.people.map((p) => [p.id, p]));
  const groupName = (g: GroupView) => (lang === "en" && g.nameEn ? g.nameEn : g.name);
  // The document's names are bokmål; the English ones are not.
  const nameLang = lang === "en" ? undefined : docLang;
  const person = personId ? byId.get(personId) : undefined;

  const open = (next: Dialog) => {
    opener.current = document.activeElement as HTMLElement | null;
    setDialog(next);
  };
  const close = (focusId?: string) => {
    setDialog(undefined);
    setFocusNext({ id: focusId });
  };
  const replace = (update: (old: GroupsResponse) => GroupsResponse) => loaded.setData((old) => old && update(old));
  const savedGroup = (g: GroupView, how: "created" | "saved" | "retired" | "restored") => {
    replace((old) => ({
      ...old,
      groups: old.groups.some((x) => x.id === g.id)
        ? old.groups.map((x) => (x.id === g.id ? g : x))
        : [...old.groups, g].sort((a, b) => a.order - b.order),
    }));
    setStatus(d(how, { name: g.name }));
    if (how !== "saved") setQuery("");
    close(how === "saved" ? undefined : groupHeadingId(g.id));
  };
  const addPerson = (p: Person) =>
    replace((old) =>
      old.people.some((x) => x.id === p.id)
        ? { ...old, people: old.people.map((x) => (x.id === p.id ? (p as PersonView) : x)) }
        : { ...old, people: [...old.people, p as PersonView].sort((a, b) => a.name.localeCompare(b.name, "nb")) },
    );
  const savedPerson = (p: PersonView, how: "created" | "saved") => {
    addPerson(p);
    setStatus(d(how, { name: p.name }));
    if (how === "created") {
      setPersonId(p.id);
      close("person-heading");
    } else close();
  };
  const restore = async (g: GroupView) => {
    try {
      savedGroup(await api.updateGroup(g.id, g.etag, { retired: false }), "restored");
    } catch (e) {
      // Changed meanwhile, or no room for another current group: say why, and show what is stored now.
      setStatus(describeApiError(e, t));
      loaded.reload();
    }
  };

  const editorButtons = (type: "group" | "person", entity: GroupView | PersonView, name: string) =>
    canEdit && (
      <div className="directory-tools no-print">
        {type === "group" && (entity as GroupView).retired ? (
          <Button
            size="small"
            onClick={() => void restore(entity as GroupView)}
            aria-label={d("restoreFor", { name })}
            data-testid={`restore-group-${entity.id}`}
          >
            {d("restore")}
          </Button>
        ) : (
          <Button
            size="small"
            aria-label={d("editFor", { name })}
            data-testid={`edit-${type}-${entity.id}`}
            onClick={() =>
              open(
                type === "group"
                  ? { kind: "group", group: entity as GroupView }
                  : { kind: "person", person: entity as PersonView },
              )
            }
          >
            {d("edit")}
          </Button>
        )}
        <Button
          size="small"
          aria-label={d("historyFor", { name })}
          data-testid={`history-${type}-${entity.id}`}
          onClick={() => open({ kind: "history", title: name, type, id: entity.id })}
        >
          {t("history")}
        </Button>
      </div>
    );

  const personRow = (p: Person, detail?: string) => (
    <PersonRow person={p} detail={detail} onOpen={setPersonId} detailLang={docLang} />
  );
  const { pinned, rest } = pinGroups(groups);
  const groupList = (list: GroupView[]) => (
    <ul className="group-list">
      {list.map((g) => (
        <li key={g.id} className="group" data-testid={`group-${g.id}`}>
          <h4 id={groupHeadingId(g.id)} tabIndex={-1} lang={nameLang}>
            {groupName(g)}
          </h4>
          {g.members.length > 0 && (
            <ul aria-label={`${t("membersOf")}: ${groupName(g)}`} className="member-list">
              {g.members.map((m) => {
                const p = byId.get(m.personId);
                const detail = [m.role, m.unit].filter(Boolean).join(", ");
                return <li key={m.personId}>{p ? personRow(p, detail || p.title) : m.personId}</li>;
              })}
            </ul>
          )}
          {g.representation && (
            <p className="group-representation" lang={docLang}>
              {g.representation}
            </p>
          )}
          {!g.behoRepresented && (
            <p className="not-represented" data-testid={`not-represented-${g.id}`}>
              {t("notRepresented")}
              {g.note ? <span lang={docLang}>{` ${g.note}`}</span> : ""}
            </p>
          )}
          {g.behoRepresented && g.note && (
            <p className="group-note" lang={docLang}>
              {g.note}
            </p>
          )}
          {editorButtons("group", g, groupName(g))}
        </li>
      ))}
    </ul>
  );

  const history = dialog?.kind === "history" ? dialog : undefined;
  return (
    <section aria-labelledby="repr-heading" className="representation-view">
      <h2 id="repr-heading" tabIndex={-1}>
        {t("viewRepresentation")}
      </h2>
      {canEdit && (
        <DirectoryTools
          api={api}
          onNewGroup={() => open({ kind: "group" })}
          onNewPerson={() => open({ kind: "person" })}
          onImport={() => open({ kind: "import" })}
          onProblem={setStatus}
        />
      )}
      <p role="status" className="visually-hidden" data-testid="directory-status">
        {status}
      </p>
      <label htmlFor="repr-search" className="visually-hidden">
        {t("searchLabel")}
      </label>
      <SearchBox
        id="repr-search"
        data-testid="search-box"
        className="search-box"
        aria-label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
        value={query}
        onChange={(_e, d) => setQuery(d.value)}
        dismiss={{ "aria-label": t("clearSearch"), title: t("clearSearch") }}
      />
      <p aria-live="polite" className="visually-hidden">
        {groups.length === 0 && people.length === 0 ? t("noMatches") : plural(t, "groupsCount", groups.length)}
      </p>
      {person && (
        <section aria-labelledby="person-heading" className="person-panel" data-testid="person-groups">
          <h3 id="person-heading" tabIndex={-1}>
            {t("personGroups", { name: person.name })}
          </h3>
          {person.title || person.unit ? (
            <p lang={docLang}>{[person.title, person.unit].filter(Boolean).join(", ")}</p>
          ) : null}
          <ul>
            {groupsOf(current, person.id).map(({ group, unit, role }) => (
              <li key={group.id}>
                <span lang={nameLang}>{groupName(group as GroupView)}</span>
                {[role, unit].filter(Boolean).length ? (
                  <span lang={docLang}>{` – ${[role, unit].filter(Boolean).join(", ")}`}</span>
                ) : (
                  ""
                )}
              </li>
            ))}
          </ul>
          <div className="directory-tools">
            {editorButtons("person", person, person.name)}
            <Button size="small" onClick={() => setPersonId(undefined)}>
              {t("close")}
            </Button>
          </div>
        </section>
      )}
      {people.length > 0 && (
        <section aria-labelledby="people-heading">
          <h3 id="people-heading">{t("people")}</h3>
          <ul className="people-list">
            {people.map((p) => (
              <li key={p.id}>{personRow(p, [p.title, p.unit].filter(Boolean).join(", "))}</li>
            ))}
          </ul>
        </section>
      )}
      {pinned.length > 0 && (
        <section aria-labelledby="pinned-heading" data-testid="pinned-groups">
          <h3 id="pinned-heading">{t("pinnedGroups")}</h3>
          {groupList(pinned)}
        </section>
      )}
      <section aria-labelledby="groups-heading">
        <h3 id="groups-heading">{pinned.length > 0 ? t("otherGroups") : t("groups")}</h3>
        {groups.length === 0 && <p>{t("noMatches")}</p>}
        {groupList(rest)}
      </section>
      {canEdit && retired.length > 0 && (
        <section aria-labelledby="retired-heading" data-testid="retired-groups" className="no-print">
          <h3 id="retired-heading">{d("retiredHeading")}</h3>
          <p>{d("retiredIntro")}</p>
          {groupList(retired)}
        </section>
      )}
      {canEdit && data.badRows && data.badRows.length > 0 && (
        <section aria-labelledby="directory-bad-rows" data-testid="directory-bad-rows" className="no-print">
          <h3 id="directory-bad-rows">{d("badRowsHeading")}</h3>
          <ul>
            {data.badRows.map((row) => (
              <li key={`${row.table}-${row.id}`}>
                {d("badRowWhat", { table: row.table, id: row.id, reason: row.reason })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Suspense fallback={null}>
        {dialog?.kind === "group" && (
          <GroupDialog
            api={api}
            group={dialog.group}
            people={data.people}
            onSaved={savedGroup}
            onPersonCreated={addPerson}
            announce={setStatus}
            onClose={() => close()}
          />
        )}
        {dialog?.kind === "person" && (
          <PersonDialog api={api} person={dialog.person} onSaved={savedPerson} onClose={() => close()} />
        )}
        {dialog?.kind === "import" && (
          <ImportDialog api={api} onApplied={() => loaded.reload()} onClose={() => close("repr-heading")} />
        )}
        {history && (
          <HistoryDialog
            title={history.title}
            load={() => (history.type === "group" ? api.groupHistory(history.id) : api.personHistory(history.id))}
            describe={(record) => describeDirectoryChange(record, t, d, byId)}
            onClose={() => close()}
          />
        )}
      </Suspense>
    </section>
  );
}
