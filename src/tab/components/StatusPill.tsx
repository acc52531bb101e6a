import {
  Badge,
  Button,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type MenuProps,
} from "@fluentui/react-components";
import type { TiltakStatus } from "../apiTypes.js";
import { useI18n } from "../i18n/index.js";
import { STATUSES, statusColor, statusLabel } from "../labels.js";

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

/**
 * The status as a coloured pill; for editors the pill is a menu button, so changing status is
 * one choice and focus comes back to the pill (the menu returns it to its trigger).
 */
export function StatusPill({ id, status, subject, onChange, busy }: StatusPillProps) {
  const { t } = useI18n();
  const label = statusLabel(status, t);
  if (!onChange) {
    return (
      <Badge appearance="filled" color={statusColor(status)} size="large" className="status-pill" data-testid={`status-badge-${id}`}>
        {label}
      </Badge>
    );
  }
  const onCheckedValueChange: MenuProps["onCheckedValueChange"] = (_e, d) => {
    const next = d.checkedItems[0] as TiltakStatus | undefined;
    if (next && next !== status && !busy) onChange(next);
  };
  return (
    <Menu checkedValues={{ status: [status] }} onCheckedValueChange={onCheckedValueChange} positioning="below-start">
      <MenuTrigger disableButtonEnhancement>
        <Button
          shape="circular"
          size="small"
          appearance="outline"
          className={`status-pill status-pill-${status}`}
          data-testid={`status-${id}`}
          aria-label={t("changeStatusFor", { status: label, subject })}
          // Not `disabled` while saving: a disabled button drops keyboard focus.
          aria-busy={busy || undefined}
        >
          <span data-testid={`status-badge-${id}`}>{label}</span>
          <span aria-hidden="true"> ▾</span>
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {STATUSES.map((s) => (
            <MenuItemRadio key={s} name="status" value={s} data-testid={`status-option-${s}`}>
              {statusLabel(s, t)}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
