import { Button, Link, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { ApiClient } from "../api.js";
import { saveBlob } from "../download.js";
import { loadStatusData, type FirstLoad } from "../firstLoad.js";
import { useI18n } from "../i18n/index.js";
import { groupByArea, type StatusData } from "../statusData.js";
import { useLoad } from "../useLoad.js";
import { ApiProblem, describeApiError } from "./ApiProblem.js";
import { AreaProgress } from "./AreaProgress.js";
import { PrintReport } from "./PrintReport.js";
import { TiltakCard } from "./TiltakCard.js";

/** Props of {@link StatusView}. */
export interface StatusViewProps {
  api: ApiClient;
  canEdit: boolean;
  stage: boolean;
  /** Data fetched before the first render, used by the first load only. */
  prefetched?: FirstLoad["status"];
}

/** Tiltak of the current plan period grouped by area, with progress per area and for the plan. */
export function StatusView({ api, canEdit, stage, prefetched }: StatusViewProps) {
  const { t, lang } = useI18n();
  const [reportOpen, setReportOpen] = useState(false);
  const [csvError, setCsvError] = useState("");
  const loaded = useLoad<StatusData>(
    () => (prefetched?.lang === lang ? prefetched.data.take() : undefined) ?? loadStatusData(api, lang),
    [api, lang, prefetched],
  );

  if (loaded.error !== undefined) return <ApiProblem error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Spinner label={t("loading")} />;
  const data = loaded.data;
  if (reportOpen) return <PrintReport data={data} onClose={() => setReportOpen(false)} />;

  const areaName = (a: { name: string; nameEn: string }) => (lang === "en" && a.nameEn ? a.nameEn : a.name);
  const total = data.tiltak.length;
  const done = data.tiltak.filter((x) => x.status === "done").length;
  const downloadCsv = async () => {
    setCsvError("");
    try {
      saveBlob(await api.tiltakCsv(data.period.id), `tiltak-${data.period.id}.csv`);
    } catch (e) {
      setCsvError(describeApiError(e, t));
    }
  };

  return (
    <section aria-labelledby="status-heading" className="status-view">
      <h2 id="status-heading">{t("statusHeading", { title: data.period.title })}</h2>
      {!stage && (
        <div className="toolbar no-print">
          <Button onClick={() => setReportOpen(true)} data-testid="print-report">
            {t("printReport")}
          </Button>
          <Link
            href={`/api/periods/${encodeURIComponent(data.period.id)}/tiltak.csv`}
            data-testid="download-csv"
            onClick={(e) => {
              e.preventDefault();
              void downloadCsv();
            }}
          >
            {t("downloadCsv")}
          </Link>
          {csvError && <span role="alert">{csvError}</span>}
        </div>
      )}
      <AreaProgress
        label={t("wholePlan")}
        progress={data.summary.progress}
        done={data.summary.tiltakByStatus.done ?? done}
        total={total}
        testId="progress-plan"
      />
      {groupByArea(data).map(({ area, tiltak, summary }) => (
        <section key={area.id} aria-labelledby={`area-${area.id}`} className="area" data-testid={`area-${area.id}`}>
          <h3 id={`area-${area.id}`}>{areaName(area)}</h3>
          <AreaProgress
            label={areaName(area)}
            progress={summary?.progress}
            done={summary?.byStatus.done ?? tiltak.filter((x) => x.status === "done").length}
            total={summary?.total ?? tiltak.length}
            testId={`progress-${area.id}`}
          />
          {tiltak.length === 0 ? (
            <p>{t("noTiltak")}</p>
          ) : (
            <ul className="tiltak-list">
              {tiltak.map((x) => (
                <TiltakCard
                  key={x.id}
                  tiltak={x}
                  api={api}
                  canEdit={canEdit}
                  stage={stage}
                  onStored={(stored) =>
                    loaded.setData((old) =>
                      old && { ...old, tiltak: old.tiltak.map((y) => (y.id === stored.id ? stored : y)) },
                    )
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
