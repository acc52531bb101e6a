import { Button, Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ApiError, type ApiClient, type RsvpAnswers } from "../api.js";
import { describeApiError } from "../apiErrors.js";
import { saveBlob } from "../download.js";
import { useI18n } from "../i18n/index.js";

const ANSWERS = ["yes", "maybe", "no"] as const;

/** Props of {@link AttendancePanel}. */
export interface AttendancePanelProps {
  api: ApiClient;
  eventId: string;
  occurrenceKey: string;
  /** The live data's version: new answers show without a reload. */
  version?: string;
}

/**
 * "Hvem kommer?" for the meeting (editors): counts, who answered what by name, the CSV and the
 * one nudge. Read straight from the answers, so it works before any reminder has gone out.
 */
export function AttendancePanel({ api, eventId, occurrenceKey, version }: AttendancePanelProps) {
  const { t } = useI18n();
  const [data, setData] = useState<RsvpAnswers>();
  const [error, setError] = useState<unknown>();
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    api.rsvp(eventId, occurrenceKey).then(
      (d) => alive && (setData(d), setError(undefined)),
      (e: unknown) => alive && setError(e),
    );
    return () => {
      alive = false;
    };
  }, [api, eventId, occurrenceKey, version]);

  const nudge = async () => {
    setBusy(true);
    setMessage("");
    try {
      const r = await api.nudge(eventId, occurrenceKey);
      setMessage(r.threads === 0 ? t("attendanceNoThreads") : t("attendanceNudged", { ...r }));
    } catch (e) {
      setMessage(e instanceof ApiError && e.status === 409 ? t("attendanceAlready") : describeApiError(e, t));
    } finally {
      setBusy(false);
    }
  };
  const csv = async () => {
    try {
      saveBlob(await api.rsvpCsv(eventId, occurrenceKey), `svar-${eventId}-${occurrenceKey.slice(0, 10)}.csv`);
    } catch (e) {
      setMessage(describeApiError(e, t));
    }
  };

  return (
    <section aria-labelledby="attendance-heading" data-testid="attendance">
      <h3 id="attendance-heading">{t("attendanceHeading")}</h3>
      {error !== undefined && !data && <p role="alert">{describeApiError(error, t)}</p>}
      {error === undefined && !data && <Spinner size="tiny" label={t("loading")} />}
      {data && (
        <>
          <p data-testid="attendance-counts">
            {t("attendanceCounts", { yes: data.counts.yes, maybe: data.counts.maybe, no: data.counts.no })}
          </p>
          {data.answers.length === 0 ? (
            <p>{t("attendanceNone")}</p>
          ) : (
            ANSWERS.map((a) => {
              const names = data.answers.filter((x) => x.answer === a).map((x) => x.name || x.oid);
              return names.length === 0 ? null : (
                <div key={a} data-testid={`attendance-${a}`}>
                  <strong>{t(`answer_${a}`)}</strong>
                  <ul className="attendance-list">
                    {names.map((n, i) => (
                      <li key={`${n}-${i}`}>{n}</li>
                    ))}
                  </ul>
                </div>
              );
            })
          )}
          <div className="agenda-steps">
            <Button size="small" onClick={() => void csv()} data-testid="attendance-csv">
              {t("attendanceCsv")}
            </Button>
            <Button size="small" onClick={() => void nudge()} disabled={busy} data-testid="attendance-nudge">
              {t("attendanceNudge")}
            </Button>
          </div>
        </>
      )}
      <p role="status" aria-live="polite" data-testid="attendance-result">
        {message}
      </p>
    </section>
  );
}
