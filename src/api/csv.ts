import type { PlanPeriod, Tiltak, TiltakStatus } from "../domain/tiltak.js";
import { instantToZoned, OSLO } from "../domain/time.js";

/** Status names as Norwegian readers of the spreadsheet know them. */
export const STATUS_LABELS_NB: Record<TiltakStatus, string> = {
  planned: "Planlagt",
  in_progress: "Pågår",
  done: "Fullført",
  stopped: "Stoppet",
};

/** Column headings of the tiltak export, in order. */
export const TILTAK_CSV_COLUMNS = [
  "Område",
  "Tiltak",
  "Status",
  "Ansvarlig",
  "Frist",
  "Milepæl",
  "Notater",
  "Sist endret",
  "Endret av",
] as const;

/** Byte order mark so that Excel opens the file as UTF-8. */
export const UTF8_BOM = "\uFEFF";

/**
 * One CSV cell, always quoted. A cell that a spreadsheet would read as a formula (starting with
 * = + - @, or a tab/carriage return that some readers strip first) gets a leading apostrophe.
 */
export function csvCell(value: string | undefined | null): string {
  let text = value ?? "";
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** "dd.mm.yyyy HH:mm" in Oslo time, or "" for a missing/invalid instant. */
export function formatOsloDateTime(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const p = instantToZoned(date, OSLO);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(p.day)}.${pad(p.month)}.${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The tiltak of one period as a `;`-separated CSV for Norwegian Excel: BOM, header row, one row
 * per tiltak in area then document order, CRLF line ends.
 */
export function tiltakCsv(period: PlanPeriod, tiltak: Tiltak[]): string {
  const areaById = new Map(period.areas.map((a) => [a.id, a]));
  const sorted = [...tiltak].sort(
    (a, b) => (areaById.get(a.areaId)?.order ?? 999) - (areaById.get(b.areaId)?.order ?? 999) || a.order - b.order,
  );
  const rows = sorted.map((t) =>
    [
      areaById.get(t.areaId)?.name ?? t.areaId,
      t.text,
      STATUS_LABELS_NB[t.status] ?? t.status,
      t.responsible,
      t.dueDate ?? "",
      t.milestone ?? "",
      t.notes,
      formatOsloDateTime(t.updatedAt),
      t.updatedBy ?? "",
    ]
      .map(csvCell)
      .join(";"),
  );
  return UTF8_BOM + [TILTAK_CSV_COLUMNS.map(csvCell).join(";"), ...rows].join("\r\n") + "\r\n";
}
