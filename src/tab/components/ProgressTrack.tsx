/**
 * A progress bar whose track and fill both meet 3:1 non-text contrast in every theme: the track
 * is outlined with Fluent's "accessible" stroke and the fill uses the brand foreground colour,
 * which the light, dark and high-contrast themes all define against their own background.
 */
export interface ProgressTrackProps {
  /** 0..1 */
  value: number;
  label: string;
  testId?: string;
  size?: "medium" | "large";
}

export function ProgressTrack({ value, label, testId, size = "medium" }: ProgressTrackProps) {
  const pct = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      className={`progress-track progress-${size}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
      aria-valuetext={`${pct} %`}
      data-testid={testId}
    >
      <div className="progress-fill" style={{ width: `${pct}%` }} />
    </div>
  );
}
