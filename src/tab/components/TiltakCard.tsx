import { Badge, Text } from "@fluentui/react-components";
import type { ApiClient } from "../api.js";
import type { Tiltak, WithEtag } from "../apiTypes.js";
import { formatDateTime } from "../formatDate.js";
import { useI18n } from "../i18n/index.js";
import { statusColor, statusLabel } from "../labels.js";
import { HistoryButton } from "./HistoryDialog.js";
import { TiltakEditor } from "./TiltakEditor.js";

/** Props of {@link TiltakCard}. */
export interface TiltakCardProps {
  tiltak: WithEtag<Tiltak>;
  api: ApiClient;
  canEdit: boolean;
  /** Stage layout: read-only, no history button. */
  stage: boolean;
  onStored: (tiltak: WithEtag<Tiltak>) => void;
}

/** One tiltak: text, status, responsible, notes, last change; edit controls for editors only. */
export function TiltakCard({ tiltak, api, canEdit, stage, onStored }: TiltakCardProps) {
  const { t, lang } = useI18n();
  const changed = tiltak.updatedAt
    ? tiltak.updatedBy
      ? t("lastChanged", { when: formatDateTime(tiltak.updatedAt, lang), who: tiltak.updatedBy })
      : t("lastChangedWhen", { when: formatDateTime(tiltak.updatedAt, lang) })
    : undefined;
  return (
    <li className="tiltak" data-testid={`tiltak-${tiltak.id}`}>
      <div className="tiltak-head">
        <Text as="p" className="tiltak-text">
          {tiltak.text}
        </Text>
        <Badge appearance="filled" color={statusColor(tiltak.status)} data-testid={`status-badge-${tiltak.id}`}>
          {statusLabel(tiltak.status, t)}
        </Badge>
      </div>
      {tiltak.examples && <p className="tiltak-examples">{tiltak.examples}</p>}
      <dl className="tiltak-meta">
        {tiltak.responsible && (
          <>
            <dt>{t("responsible")}</dt>
            <dd>{tiltak.responsible}</dd>
          </>
        )}
        {tiltak.notes && (
          <>
            <dt>{t("notes")}</dt>
            <dd className="tiltak-notes">{tiltak.notes}</dd>
          </>
        )}
      </dl>
      {changed && <p className="tiltak-changed">{changed}</p>}
      {!stage && (
        <div className="tiltak-tools no-print">
          <HistoryButton
            id={tiltak.id}
            title={tiltak.text}
            load={() => api.tiltakHistory(tiltak.periodId, tiltak.id)}
          />
        </div>
      )}
      {canEdit && !stage && <TiltakEditor tiltak={tiltak} api={api} onStored={onStored} />}
    </li>
  );
}
