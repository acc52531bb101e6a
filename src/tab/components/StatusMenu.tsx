import {
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type MenuProps,
} from "@fluentui/react-components";
import type { TiltakStatus } from "../apiTypes.js";
import { useI18n } from "../i18n/index.js";
import { STATUS_GLYPH, STATUSES, statusLabel } from "../labels.js";
import type { StatusPillProps } from "./StatusPill.js";

/**
 * The editor's status pill: a menu button, so changing status is one choice and focus comes
 * back to the pill (the menu returns it to its trigger). Loaded only for editors.
 */
export function StatusMenu({
  id,
  status,
  subject,
  onChange,
  busy,
}: StatusPillProps & { onChange: (s: TiltakStatus) => void }) {
  const { t } = useI18n();
  const label = statusLabel(status, t);
  const onCheckedValueChange: MenuProps["onCheckedValueChange"] = (_e, d) => {
    const next = d.checkedItems[0] as TiltakStatus | undefined;
    if (next && next !== status && !busy) onChange(next);
  };
  return (
    <Menu checkedValues={{ status: [status] }} onCheckedValueChange={onCheckedValueChange} positioning="below-start">
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          shape="circular"
          size="small"
          appearance="outline"
          className={`status-pill status-pill-${status}`}
          data-testid={`status-${id}`}
          aria-label={t("changeStatusFor", { status: label, subject })}
          // Not `disabled` while saving: a disabled button drops keyboard focus.
          aria-busy={busy || undefined}
        >
          <span aria-hidden="true" className="status-glyph">
            {STATUS_GLYPH[status]}
          </span>
          <span data-testid={`status-badge-${id}`}>{label}</span>
        </MenuButton>
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
