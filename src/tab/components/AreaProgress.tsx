import { Field, ProgressBar } from "@fluentui/react-components";
import { clampProgress } from "../statusData.js";
import { useI18n } from "../i18n/index.js";

/** Props of {@link AreaProgress}. */
export interface AreaProgressProps {
  label: string;
  progress: number | undefined;
  done: number;
  total: number;
  testId: string;
}

/** A labelled progress bar with "3 av 5 tiltak fullført" under it. */
export function AreaProgress({ label, progress, done, total, testId }: AreaProgressProps) {
  const { t } = useI18n();
  const value = clampProgress(progress);
  return (
    <Field
      label={`${label}: ${Math.round(value * 100)} %`}
      hint={t("progressOf", { done, total })}
      data-testid={testId}
      className="area-progress"
    >
      <ProgressBar value={value} max={1} thickness="large" aria-label={label} />
    </Field>
  );
}
