import { Button, Select, Spinner } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { ApiError, type ApiClient } from "../api.js";
import { describeApiError } from "../apiErrors.js";
import type { AgendaFilter, DecisionView, MeetingFocusView, MeetingInfo, MeetingView } from "../apiTypes.js";
import { formatDay } from "../formatDate.js";
import { useI18n } from "../i18n/index.js";
import type { AreaGroup } from "../statusData.js";
import type { LiveDashboard } from "../useLiveDashboard.js";
import { AttendancePanel } from "./AttendancePanel.js";
import { DecisionEditor } from "./DecisionEditor.js";

/** Where the agenda is: the item (an area id) or the overview, and which tiltak to show. */
export interface AgendaState {
  itemId: string | null;
  filter: AgendaFilter;
}

/** Props of {@link MeetingPanel}. */
export interface MeetingPanelProps {
  api: ApiClient;
  live: LiveDashboard;
  canEdit: boolean;
  groups: readonly AreaGroup[];
  agenda: AgendaState;
  onAgenda: (next: AgendaState) => void;
}

const key = (m: { eventId: string; occurrenceKey: string }) => `${m.eventId}|${m.occurrenceKey}`;

/**
 * Meeting mode in the side panel: the agenda steps through the plan's areas ("Neste punkt",
 * "Forrige"), a filter to what needs attention, the decisions per item, who is coming, and the
 * decisions so far. The chair's moves are stored as the meeting's focus, which the stage follows
 * through the dashboard it polls; everyone else's panel follows the same focus.
 */
export function MeetingPanel({ api, live, canEdit, groups, agenda, onAgenda }: MeetingPanelProps) {
  const { t, lang } = useI18n();
  const selectId = useId();
  const [meetings, setMeetings] = useState<MeetingInfo[]>();
  const [chosen, setChosen] = useState<string>();
  const [view, setView] = useState<MeetingView>();
  const [focusEtag, setFocusEtag] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [announce, setAnnounce] = useState("");
  const [busy, setBusy] = useState(false);
  const version = live.data?.version;

  useEffect(() => {
    api.meetings().then((r) => {
      setMeetings(r.meetings);
      setChosen(r.current ? key(r.current) : r.meetings.at(-1) && key(r.meetings.at(-1)!));
    }, setError);
  }, [api]);

  const current = meetings?.find((m) => key(m) === chosen);
  useEffect(() => {
    if (!current) return;
    let alive = true;
    api.meeting(current.eventId, current.occurrenceKey).then(
      (v) => {
        if (!alive) return;
        setView(v);
        setFocusEtag(v.focusEtag);
      },
      (e: unknown) => alive && setError(e),
    );
    return () => {
      alive = false;
    };
  }, [api, current, version]);

  // Those who do not chair follow the chair's focus (it comes with the live data).
  const followed = live.data?.meeting;
  useEffect(() => {
    if (canEdit || !followed || !current || key(followed) !== key(current)) return;
    if (followed.itemId !== agenda.itemId || followed.filter !== agenda.filter)
      onAgenda({ itemId: followed.itemId, filter: followed.filter });
  }, [canEdit, followed, current, agenda, onAgenda]);

  if (error !== undefined && !meetings) return <p role="alert">{describeApiError(error, t)}</p>;
  if (!meetings) return <Spinner size="tiny" label={t("loading")} />;

  const items = view?.agenda ?? [];
  const index = agenda.itemId === null ? -1 : items.findIndex((a) => a.id === agenda.itemId);
  const itemName = (a: { name: string; nameEn: string }) => (lang === "en" && a.nameEn ? a.nameEn : a.name);
  const item = index >= 0 ? items[index] : undefined;
  const label = (i: number) =>
    i < 0 ? t("agendaOverview") : t("agendaItemOf", { n: i + 1, of: items.length, name: itemName(items[i]) });

  /** Stores the focus (the stage follows), then shows it here; a stale etag is taken over once. */
  const move = async (next: AgendaState, ended = false) => {
    if (!current) return;
    setBusy(true);
    const send = (etag: string | undefined): Promise<MeetingFocusView> =>
      api.setFocus(current.eventId, current.occurrenceKey, etag, { ...next, ended });
    try {
      let saved: MeetingFocusView;
      try {
        saved = await send(focusEtag);
      } catch (e) {
        // The chair is the one who moves: another panel's older move is overwritten, not merged.
        if (!(e instanceof ApiError && (e.status === 412 || e.status === 428) && e.body)) throw e;
        const fresh = await api.meeting(current.eventId, current.occurrenceKey);
        saved = await send(fresh.focusEtag);
      }
      setFocusEtag(saved.etag);
      onAgenda(next);
      const i = next.itemId === null ? -1 : items.findIndex((a) => a.id === next.itemId);
      setAnnounce(ended ? t("agendaEnded") : t("agendaStageFollows", { item: label(i) }));
      live.refresh();
    } catch (e) {
      setAnnounce(t("saveFailed", { message: describeApiError(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  const stored = (itemId: string) => view?.decisions.find((d) => d.itemId === itemId);
  const onSaved = (saved: DecisionView) =>
    setView((v) => v && { ...v, decisions: [...v.decisions.filter((d) => d.itemId !== saved.itemId), saved] });
  const decided = items
    .map((a) => ({ a, d: stored(a.id) }))
    .filter((x): x is { a: (typeof items)[number]; d: DecisionView } => Boolean(x.d?.text));

  return (
    <section className="meeting-panel no-print" aria-labelledby="meeting-heading" data-testid="meeting-panel">
      <h2 id="meeting-heading" tabIndex={-1}>
        {t("meetingMode")}
      </h2>
      {meetings.length === 0 ? (
        <p>{t("meetingNone")}</p>
      ) : (
        <>
          <label htmlFor={selectId}>{t("meetingChoose")}</label>
          <Select id={selectId} value={chosen} onChange={(_e, d) => setChosen(d.value)} data-testid="meeting-choice">
            {meetings.map((m) => (
              <option key={key(m)} value={key(m)}>
                {(lang === "en" && m.titleEn) || m.title} – {formatDay(m.start, lang)}
              </option>
            ))}
          </Select>
          {!canEdit && <p className="hint">{t("meetingReadOnly")}</p>}
          <h3 id="agenda-heading">{t("agendaHeading")}</h3>
          <ol className="agenda-list" aria-labelledby="agenda-heading" data-testid="agenda">
            {items.map((a, i) => (
              <li key={a.id} aria-current={i === index ? "step" : undefined}>
                {itemName(a)}
              </li>
            ))}
          </ol>
          <p data-testid="agenda-now">{label(index)}</p>
          {canEdit && (
            <div className="agenda-steps">
              <Button
                onClick={() => void move({ ...agenda, itemId: index - 1 >= 0 ? items[index - 1].id : null })}
                disabled={busy || index < 0}
                data-testid="agenda-prev"
              >
                {t("agendaPrev")}
              </Button>
              <Button
                appearance="primary"
                onClick={() => void move({ ...agenda, itemId: items[index + 1].id })}
                disabled={busy || index >= items.length - 1}
                data-testid="agenda-next"
              >
                {t("agendaNext")}
              </Button>
            </div>
          )}
          <label htmlFor={`${selectId}-filter`}>{t("agendaFilterLabel")}</label>
          <Select
            id={`${selectId}-filter`}
            value={agenda.filter}
            onChange={(_e, d) => {
              const next = { ...agenda, filter: d.value as AgendaFilter };
              if (canEdit) void move(next);
              else onAgenda(next);
            }}
            data-testid="agenda-filter"
          >
            <option value="all">{t("agendaFilterAll")}</option>
            <option value="attention">{t("agendaFilterAttention")}</option>
          </Select>
          <p role="status" aria-live="polite" data-testid="agenda-result">
            {announce}
          </p>
          {item && current && canEdit && (
            <DecisionEditor
              key={`${key(current)}|${item.id}`}
              api={api}
              eventId={current.eventId}
              occurrenceKey={current.occurrenceKey}
              itemId={item.id}
              itemName={itemName(item)}
              tiltak={groups.find((g) => g.area.id === item.id)?.tiltak ?? []}
              stored={stored(item.id)}
              onSaved={onSaved}
            />
          )}
          {canEdit && current && (
            <AttendancePanel
              api={api}
              eventId={current.eventId}
              occurrenceKey={current.occurrenceKey}
              version={version}
            />
          )}
          <section aria-labelledby="summary-heading" data-testid="meeting-summary" className="meeting-summary">
            <h3 id="summary-heading">{t("summaryHeading")}</h3>
            {decided.length === 0 ? (
              <p>{t("summaryEmpty")}</p>
            ) : (
              <ul>
                {decided.map(({ a, d }) => (
                  <li key={a.id}>
                    <strong>{itemName(a)}:</strong> {d.text}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {canEdit && current && (
            <Button
              onClick={() => void move({ itemId: null, filter: "all" }, true)}
              disabled={busy}
              data-testid="agenda-end"
            >
              {t("agendaEnd")}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
