import { Button } from "@fluentui/react-components";
import { useEffect } from "react";
import { formatDay } from "../formatDate.js";
import { useI18n } from "../i18n/index.js";
import { statusLabel } from "../labels.js";
import { clampProgress, groupByArea, isOverdue, periodYears, type StatusData } from "../statusData.js";

/** Props of {@link PrintReport}. */
export interface PrintReportProps {
  data: StatusData;
  onClose: () => void;
  /** Opens the browser's print dialog; injectable so tests need no real printing. */
  print?: () => void;
}

/** The status report for the management group: plain, print-friendly, every tiltak with status. */
export function PrintReport({ data, onClose, print = () => window.print() }: PrintReportProps) {
  const { t, lang } = useI18n();
  useEffect(() => {
    // Let the report paint before the print dialog takes over.
    const timer = setTimeout(() => {
      try {
        print();
      } catch {
        /* printing unavailable (embedded webview): the report stays on screen */
      }
    }, 100);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const pct = (v: number | undefined) => `${Math.round(clampProgress(v) * 100)} %`;
  const areaName = (a: { name: string; nameEn: string }) => (lang === "en" && a.nameEn ? a.nameEn : a.name);
  // The report's date is the summary's "now", so the "forsinket" column matches the date printed.
  const at = new Date(data.summary.now || Date.now());
  return (
    <article className="print-report" data-testid="print-report-view" aria-labelledby="report-heading">
      <div className="toolbar no-print">
        <Button appearance="primary" onClick={() => print()}>
          {t("printReport")}
        </Button>
        <Button onClick={onClose}>{t("closeReport")}</Button>
      </div>
      <h2 id="report-heading">{t("reportHeading", { years: periodYears(data.period) })}</h2>
      <p>{t("reportDate", { date: formatDay(data.summary.now || new Date().toISOString(), lang) })}</p>
      <p>
        {t("wholePlan")}: {pct(data.summary.progress)}
      </p>
      {groupByArea(data).map(({ area, tiltak, summary }) => (
        <section key={area.id} className="report-area">
          <h3>
            {areaName(area)} – {pct(summary?.progress)}
          </h3>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t("measure")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("responsible")}</th>
                <th scope="col">{t("dueDate")}</th>
                <th scope="col">{t("reportOverdue")}</th>
                <th scope="col">{t("notes")}</th>
              </tr>
            </thead>
            <tbody>
              {tiltak.map((x) => (
                <tr key={x.id}>
                  <td lang="nb">{x.text}</td>
                  <td>{statusLabel(x.status, t)}</td>
                  <td>{x.responsible}</td>
                  <td data-testid={`report-due-${x.id}`}>
                    {x.dueDate ? formatDay(`${x.dueDate}T12:00:00Z`, lang) : (x.milestone ?? "")}
                  </td>
                  <td data-testid={`report-overdue-${x.id}`}>{isOverdue(x, at) ? t("reportOverdueYes") : ""}</td>
                  <td>{x.notes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}
