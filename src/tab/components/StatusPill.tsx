import { lazy, Suspense } from "react";
import type { TiltakStatus } from "../apiTypes.js";
import { useI18n } from "../i18n/index.js";
import { STATUS_GLYPH, statusLabel } from "../labels.js";

// The menu (and its positioning code) is only needed by editors.
const StatusMenu = lazy(() => import("./StatusMenu.js").then((m) => ({ default: m.StatusMenu })));

/** Props of {@link StatusPill}. */
export interface StatusPillProps {
  id: string;
  status: TiltakStatus;
  /** Short text naming the tiltak, for the button's accessible name. */
  subject: string;
  /** Present for editors: choosing a status saves it at once. */
  onChange?: (status: TiltakStatus) => void;
  busy?: boolean;
}

/** The status as a pill with its own colour and shape (see tab.css), the word always written; for editors a menu button that changes it. */
export function StatusPill(props: StatusPillProps) {
  const { t } = useI18n();
  const badge = (
    <span className={`status-pill status-badge status-pill-${props.status}`}>
      <span aria-hidden="true" className="status-glyph">
        {STATUS_GLYPH[props.status]}
      </span>
      <span data-testid={`status-badge-${props.id}`}>{statusLabel(props.status, t)}</span>
    </span>
  );
  if (!props.onChange) return badge;
  return (
    <Suspense fallback={badge}>
      <StatusMenu {...props} onChange={props.onChange} />
    </Suspense>
  );
}
