import { Badge } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { TiltakStatus } from "../apiTypes.js";
import { useI18n } from "../i18n/index.js";
import { statusColor, statusLabel } from "../labels.js";

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

/** The status as a coloured pill; for editors a menu button that changes it. */
export function StatusPill(props: StatusPillProps) {
  const { t } = useI18n();
  const badge = (
    <Badge appearance="filled" color={statusColor(props.status)} size="large" className="status-pill" data-testid={`status-badge-${props.id}`}>
      {statusLabel(props.status, t)}
    </Badge>
  );
  if (!props.onChange) return badge;
  return (
    <Suspense fallback={badge}>
      <StatusMenu {...props} onChange={props.onChange} />
    </Suspense>
  );
}
