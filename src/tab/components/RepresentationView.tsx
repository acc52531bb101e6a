import { Button, SearchBox, Spinner } from "@fluentui/react-components";
import { PersonRow } from "./PersonRow.js";
import { useMemo, useState } from "react";
import type { ApiClient } from "../api.js";
import type { Group, Person } from "../apiTypes.js";
import { plural, useI18n } from "../i18n/index.js";
import { filterGroups, filterPeople, groupsOf, pinGroups } from "../representation.js";
import { useLoad } from "../useLoad.js";
import { ApiProblem } from "./ApiProblem.js";

/** Who represents BEHO where (Vedlegg 1), searchable as you type. */
export function RepresentationView({ api }: { api: ApiClient }) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState("");
  const [personId, setPersonId] = useState<string | undefined>();
  const loaded = useLoad(() => api.groups(), [api]);
  const data = loaded.data;
  const groups = useMemo(() => (data ? filterGroups(data.groups, data.people, query) : []), [data, query]);
  const people = useMemo(() => (data ? filterPeople(data.people, query) : []), [data, query]);

  if (loaded.error !== undefined) return <ApiProblem error={loaded.error} onRetry={loaded.reload} />;
  if (!data) return <Spinner label={t("loading")} />;
  const byId = new Map(data.people.map((p) => [p.id, p]));
  const groupName = (g: Group) => (lang === "en" && g.nameEn ? g.nameEn : g.name);
  const person = personId ? byId.get(personId) : undefined;
  const personRow = (p: Person, detail?: string) => <PersonRow person={p} detail={detail} onOpen={setPersonId} />;
  const { pinned, rest } = pinGroups(groups);
  const groupList = (list: Group[]) => (
    <ul className="group-list">
      {list.map((g) => (
        <li key={g.id} className="group" data-testid={`group-${g.id}`}>
          <h4>{groupName(g)}</h4>
          {g.members.length > 0 && (
            <ul aria-label={`${t("membersOf")}: ${groupName(g)}`} className="member-list">
              {g.members.map((m) => {
                const p = byId.get(m.personId);
                const detail = [m.role, m.unit].filter(Boolean).join(", ");
                return <li key={m.personId}>{p ? personRow(p, detail || p.title) : m.personId}</li>;
              })}
            </ul>
          )}
          {g.representation && <p className="group-representation">{g.representation}</p>}
          {!g.behoRepresented && (
            <p className="not-represented" data-testid={`not-represented-${g.id}`}>
              {t("notRepresented")}
              {g.note ? ` ${g.note}` : ""}
            </p>
          )}
          {g.behoRepresented && g.note && <p className="group-note">{g.note}</p>}
        </li>
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="repr-heading" className="representation-view">
      <h2 id="repr-heading">{t("viewRepresentation")}</h2>
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
          <h3 id="person-heading">{t("personGroups", { name: person.name })}</h3>
          {person.title || person.unit ? <p>{[person.title, person.unit].filter(Boolean).join(", ")}</p> : null}
          <ul>
            {groupsOf(data.groups, person.id).map(({ group, unit, role }) => (
              <li key={group.id}>
                {groupName(group)}
                {[role, unit].filter(Boolean).length ? ` – ${[role, unit].filter(Boolean).join(", ")}` : ""}
              </li>
            ))}
          </ul>
          <Button size="small" onClick={() => setPersonId(undefined)}>
            {t("close")}
          </Button>
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
    </section>
  );
}
