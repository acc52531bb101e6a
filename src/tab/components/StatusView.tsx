import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useRef, useState } from "react";
import { ApiError, type ApiClient } from "../api.js";
import type { Tiltak, TiltakPatchBody, WithEtag } from "../apiTypes.js";
import { saveBlob } from "../download.js";
import { useI18n } from "../i18n/index.js";
import { statusLabel } from "../labels.js";
import { countStatuses, groupByArea, periodEnded, periodYears, type StatusData } from "../statusData.js";
import type { LiveDashboard } from "../useLiveDashboard.js";
import { describeApiError } from "../apiErrors.js";

const ApiProblem = lazy(() => import("./ApiProblem.js").then((m) => ({ default: m.ApiProblem })));
import { AreaProgress } from "./AreaProgress.js";
import { TiltakRow } from "./TiltakRow.js";
import { agendaTiltak } from "../agenda.js";
import type { AgendaState } from "./MeetingPanel.js";

// Meeting mode is for the side panel only: its code loads there, not with every status view.
const MeetingPanel = lazy(() => import("./MeetingPanel.js").then((m) => ({ default: m.MeetingPanel })));

const NewPeriodDialog = lazy(() => import("./NewPeriodDialog.js").then((m) => ({ default: m.NewPeriodDialog })));
const PrintReport = lazy(() => import("./PrintReport.js").then((m) => ({ default: m.PrintReport })));

/** Props of {@link StatusView}. */
export interface StatusViewProps {
  api: ApiClient;
  live: LiveDashboard;
  canEdit: boolean;
  /** Meeting mode (the side panel): the agenda panel, and only the agenda item's tiltak below it. */
  meetingMode?: boolean;
  /** "Now" for the ended-period notice and late tiltak; injectable for tests. */
  now?: () => Date;
}

/** Tiltak of the current plan period by area: read first, status and notes editable on demand. */
export function StatusView({ api, live, canEdit, meetingMode = false, now = () => new Date() }: StatusViewProps) {
  const { t, lang } = useI18n();
  const [reportOpen, setReportOpen] = useState(false);
  const [newPeriodOpen, setNewPeriodOpen] = useState(false);
  const newPeriodButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [csvError, setCsvError] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const [agenda, setAgenda] = useState<AgendaState>({ itemId: null, filter: "all" });
  // In meeting mode areas start folded (the side panel is 320 px wide); one opened stays open.
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());

  if (!live.data) {
    return live.error !== undefined ? (
      <Suspense fallback={null}>
        <ApiProblem error={live.error} onRetry={live.refresh} />
      </Suspense>
    ) : (
      <Spinner label={t("loading")} />
    );
  }
  const data: StatusData = { period: live.data.summary.period, summary: live.data.summary, tiltak: live.data.tiltak };
  if (reportOpen) {
    return (
      <Suspense fallback={<Spinner label={t("loading")} />}>
        <PrintReport data={data} onClose={() => setReportOpen(false)} />
      </Suspense>
    );
  }

  const areaName = (a: { name: string; nameEn: string }) => (lang === "en" && a.nameEn ? a.nameEn : a.name);
  const plan = countStatuses(data.tiltak);
  const downloadCsv = async () => {
    setCsvError("");
    try {
      saveBlob(await api.tiltakCsv(data.period.id), `tiltak-${data.period.id}.csv`);
    } catch (e) {
      setCsvError(describeApiError(e, t));
    }
  };

  /** Saves a patch; the row shows the stored value at once and the figures follow. */
  const save = async (x: WithEtag<Tiltak>, patch: TiltakPatchBody): Promise<string | undefined> => {
    setAnnouncement("");
    try {
      const stored = await api.updateTiltak(x.periodId, x.id, x.etag, patch);
      live.replaceTiltak(stored);
      const after = countStatuses(data.tiltak.map((y) => (y.id === stored.id ? stored : y)));
      setAnnouncement(
        t(
          patch.status ? "savedStatus" : Object.keys(patch).every((k) => k === "notes") ? "savedNotes" : "savedDetails",
          {
            status: statusLabel(stored.status, t),
            pct: Math.round(after.progress * 100),
          },
        ),
      );
      live.refresh();
      return undefined;
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        const current = e.body?.current as Tiltak | undefined;
        if (current && e.body?.etag) live.replaceTiltak({ ...current, etag: e.body.etag });
        const body = t("conflictBody", {
          status: current ? statusLabel(current.status, t) : "",
          notes: current?.notes || t("empty"),
        });
        return `${t("conflictTitle")}. ${body}`;
      }
      return t("saveFailed", { message: describeApiError(e, t) });
    }
  };

  const at = now();
  const ended = periodEnded(data.period, at);
  const groups = groupByArea(data);
  const shownGroups =
    meetingMode && agenda.itemId !== null
      ? groups
          .filter((g) => g.area.id === agenda.itemId)
          .map((g) => ({ ...g, tiltak: agendaTiltak(g, agenda.filter, data.period, at) }))
      : groups;
  const folded = (areaId: string) => meetingMode && agenda.itemId === null && !opened.has(areaId);
  const closeNewPeriod = () => {
    setNewPeriodOpen(false);
    // Back to the button that opened it.
    setTimeout(() => newPeriodButton.current?.focus(), 0);
  };

  return (
    <section aria-labelledby="status-heading" className="status-view">
      <h2 id="status-heading" ref={heading} tabIndex={-1}>
        {t("statusHeading", { title: data.period.title })}
      </h2>
      {meetingMode && (
        <Suspense fallback={<Spinner size="tiny" label={t("loading")} />}>
          <MeetingPanel api={api} live={live} canEdit={canEdit} groups={groups} agenda={agenda} onAgenda={setAgenda} />
        </Suspense>
      )}
      {ended && (
        <MessageBar intent="warning" layout="multiline" className="period-ended" data-testid="period-ended">
          <MessageBarBody>
            <MessageBarTitle>
              {t("periodEndedShort", { years: periodYears(data.period) })}; {t("periodEndedNoNew")}
            </MessageBarTitle>{" "}
            {canEdit ? t("periodEndedEditors") : t("periodEndedReaders")}
            {canEdit && (
              <div className="period-ended-action">
                <Button
                  appearance="primary"
                  ref={newPeriodButton}
                  onClick={() => setNewPeriodOpen(true)}
                  data-testid="new-period"
                >
                  {t("newPeriod")}
                </Button>
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {newPeriodOpen && (
        <Suspense fallback={null}>
          <NewPeriodDialog
            from={data.period}
            tiltak={data.tiltak}
            create={(body) => api.createPeriod(body)}
            describeError={(e) => describeApiError(e, t)}
            onClose={closeNewPeriod}
            onCreated={(created) => {
              setNewPeriodOpen(false);
              setAnnouncement(t("periodCreated", { title: created.period.title, n: created.tiltak.length }));
              live.refresh();
              // The view now shows the new period: its heading takes focus, so no one is left on a removed button.
              setTimeout(() => heading.current?.focus(), 0);
            }}
          />
        </Suspense>
      )}
      <div className="toolbar no-print">
        <Button onClick={() => setReportOpen(true)} data-testid="print-report">
          {t("printReport")}
        </Button>
        <a
          className="plain-link"
          href={`/api/periods/${encodeURIComponent(data.period.id)}/tiltak.csv`}
          data-testid="download-csv"
          onClick={(e) => {
            e.preventDefault();
            void downloadCsv();
          }}
        >
          {t("downloadCsv")}
        </a>
        {csvError && <span role="alert">{csvError}</span>}
      </div>
      <AreaProgress
        label={t("wholePlan")}
        progress={plan.progress}
        done={plan.byStatus.done}
        total={plan.total}
        stopped={plan.byStatus.stopped}
        testId="progress-plan"
      />
      <p className="progress-explain">{t("progressRule")}</p>
      <p role="status" aria-live="polite" className="save-announcement" data-testid="save-result">
        {announcement}
      </p>
      {shownGroups.map(({ area, tiltak, summary }) => (
        <section key={area.id} aria-labelledby={`area-${area.id}`} className="area" data-testid={`area-${area.id}`}>
          <h3 id={`area-${area.id}`}>{areaName(area)}</h3>
          <AreaProgress
            label={areaName(area)}
            progress={summary?.progress}
            done={summary?.byStatus.done ?? 0}
            total={summary?.total ?? tiltak.length}
            stopped={summary?.byStatus.stopped ?? 0}
            testId={`progress-${area.id}`}
          />
          {folded(area.id) ? (
            <Button
              size="small"
              aria-expanded={false}
              onClick={() => setOpened(new Set([...opened, area.id]))}
              data-testid={`open-area-${area.id}`}
            >
              {t("areaShowTiltak", { n: tiltak.length })}
            </Button>
          ) : tiltak.length === 0 ? (
            <p>{meetingMode && agenda.itemId !== null ? t("agendaNothing") : t("noTiltak")}</p>
          ) : (
            <ul className="tiltak-list">
              {tiltak.map((x) => (
                <TiltakRow
                  key={x.id}
                  tiltak={x}
                  justChanged={live.changed.has(x.id)}
                  now={at}
                  loadHistory={() => api.tiltakHistory(x.periodId, x.id)}
                  loadCarriedHistory={
                    x.carriedFrom && x.carriedFromPeriod
                      ? () => api.tiltakHistory(x.carriedFromPeriod!, x.carriedFrom!)
                      : undefined
                  }
                  edit={
                    canEdit
                      ? { status: (status) => save(x, { status }), details: (patch) => save(x, patch) }
                      : undefined
                  }
                />
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
