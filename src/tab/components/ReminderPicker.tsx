import { Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useI18n } from "../i18n/index.js";
import {
  CUSTOM_UNITS,
  REMINDER_PRESETS,
  customLeadTime,
  describeLeadTime,
  type CustomUnit,
} from "../reminderChoices.js";

/** Props of {@link ReminderPicker}. */
export interface ReminderPickerProps {
  /** Chosen lead times in the API's notation. */
  value: readonly string[];
  /** True when these are the kind's defaults, not chosen for this event. */
  defaults: boolean;
  onToggle: (lead: string, on: boolean) => void;
  /** A server message about the reminders, if any. */
  error?: string;
}

const PRESET_VALUES = new Set<string>(REMINDER_PRESETS.map((p) => p.value));

/**
 * Reminders as checkboxes ("1 uke før", "1 dag før", "samme morgen", "1 time før") plus any
 * other amount: people choose words, the API gets its notation.
 */
export function ReminderPicker({ value, defaults, onToggle, error }: ReminderPickerProps) {
  const { t } = useI18n();
  const [amount, setAmount] = useState("");
  const [unit, setUnit] = useState<CustomUnit>("days");
  const [invalid, setInvalid] = useState(false);
  const legendId = useId();
  const others = value.filter((v) => !PRESET_VALUES.has(v));
  const add = () => {
    const lead = customLeadTime(amount, unit);
    setInvalid(!lead);
    if (!lead) return;
    onToggle(lead, true);
    setAmount("");
  };
  return (
    <fieldset className="reminder-picker" aria-labelledby={legendId} data-testid="reminder-picker">
      <legend id={legendId}>
        {t("formReminders")} {defaults && <span className="hint">{t("kindDefaults")}</span>}
      </legend>
      <div className="reminder-presets">
        {REMINDER_PRESETS.map((p) => (
          <Checkbox
            key={p.value}
            label={t(p.label)}
            checked={value.includes(p.value)}
            onChange={(_e, d) => onToggle(p.value, d.checked === true)}
            data-testid={`reminder-${p.value}`}
          />
        ))}
      </div>
      {others.length > 0 && (
        <>
          <p className="reminder-others-label">{t("reminderOther")}</p>
          <ul className="reminder-others">
            {others.map((lead) => (
              <li key={lead}>
                <span>{describeLeadTime(lead, t)}</span>
                <Button
                  size="small"
                  onClick={() => onToggle(lead, false)}
                  aria-label={t("removeReminder", { what: describeLeadTime(lead, t) })}
                >
                  {t("removeShort")}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {value.length === 0 && <p className="hint">{t("reminderNone")}</p>}
      <div className="reminder-custom" role="group" aria-label={t("reminderCustom")}>
        <Field
          label={t("customAmount")}
          validationMessage={invalid ? t("customInvalid") : undefined}
          validationState={invalid ? "error" : "none"}
        >
          <Input
            inputMode="numeric"
            value={amount}
            onChange={(_e, d) => setAmount(d.value)}
            onKeyDown={(e) => {
              // Enter adds the reminder instead of submitting the whole form.
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
            data-testid="reminder-amount"
            className="reminder-amount"
          />
        </Field>
        <Field label={t("customUnit")}>
          <Select value={unit} onChange={(_e, d) => setUnit(d.value as CustomUnit)} data-testid="reminder-unit">
            {CUSTOM_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`unitBefore_${u}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={add} data-testid="reminder-add">
          {t("addReminder")}
        </Button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
