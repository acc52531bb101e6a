import { useI18n } from "../i18n/index.js";
import { clampProgress } from "../statusData.js";
import { ProgressTrack } from "./ProgressTrack.js";

/** Props of {@link AreaProgress}. */
export interface AreaProgressProps {
  label: string;
  progress: number | undefined;
  done: number;
  total: number;
  /** Stopped tiltak: named beside the share ("3 av 16 fullført, 2 stoppet"), never left out of it. */
  stopped?: number;
  testId: string;
}

/** "Utdanning for fremtiden: 50 %", a bar, and "3 av 5 tiltak fullført" under it. */
export function AreaProgress({ label, progress, done, total, stopped = 0, testId }: AreaProgressProps) {
  const { t } = useI18n();
  const value = clampProgress(progress);
  return (
    <div className="area-progress" data-testid={testId}>
      <div className="area-progress-label">
        {label}: {Math.round(value * 100)} %
      </div>
      <ProgressTrack value={value} label={label} />
      <div className="area-progress-hint">
        {stopped > 0 ? t("progressCounts", { done, total, stopped }) : t("progressOf", { done, total })}
      </div>
    </div>
  );
}
