import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
} from "@fluentui/react-components";
import { useState } from "react";
import type { PeriodCreateBody, PeriodCreatedResponse, PlanPeriod, Tiltak } from "../apiTypes.js";
import { useI18n } from "../i18n/index.js";
import { statusLabel } from "../labels.js";
import { newPeriodDraft } from "../newPeriod.js";

/** Props of {@link NewPeriodDialog}. */
export interface NewPeriodDialogProps {
  /** The ended period: its areas are copied, its tiltak offered for carry-over. */
  from: PlanPeriod;
  tiltak: readonly Tiltak[];
  /** Posts the body; resolves to the created period or throws (the error text is shown). */
  create: (body: PeriodCreateBody) => Promise<PeriodCreatedResponse>;
  describeError: (e: unknown) => string;
  onCreated: (created: PeriodCreatedResponse) => void;
  onClose: () => void;
}

/**
 * The guided "ny planperiode": years and name prefilled from the ended period, its areas copied,
 * and a checkbox per tiltak (those not done chosen). The Fluent dialog traps focus and gives it
 * back to the opening button on close; the first field gets focus when it opens.
 */
export function NewPeriodDialog({ from, tiltak, create, describeError, onCreated, onClose }: NewPeriodDialogProps) {
  const { t } = useI18n();
  const draft = newPeriodDraft(from, tiltak);
  const [id, setId] = useState(draft.id);
  const [title, setTitle] = useState(draft.title);
  const [startYear, setStartYear] = useState(String(draft.startYear));
  const [endYear, setEndYear] = useState(String(draft.endYear));
  const [chosen, setChosen] = useState<Set<string>>(new Set(draft.carry));
  const [keepStatus, setKeepStatus] = useState(true);
  const [keepNotes, setKeepNotes] = useState(true);
  // New due dates by tiltak id: old ones are not carried (everything would be "Forsinket" at once).
  const [dueDates, setDueDates] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");

  const toggle = (tid: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(tid);
    else next.delete(tid);
    setChosen(next);
  };
  const submit = async () => {
    setBusy(true);
    setProblem("");
    try {
      const created = await create({
        id: id.trim(),
        title: title.trim(),
        startYear: Number(startYear),
        endYear: Number(endYear),
        areas: from.areas.map((a) => ({ id: a.id, name: a.name, nameEn: a.nameEn, goal: a.goal, order: a.order })),
        carryOver: {
          fromPeriod: from.id,
          tiltakIds: tiltak.filter((x) => chosen.has(x.id)).map((x) => x.id),
          keepStatus,
          keepNotes,
          dueDates: Object.fromEntries(
            Object.entries(dueDates).filter(([tid, date]) => chosen.has(tid) && date.trim() !== ""),
          ),
        },
      });
      onCreated(created);
    } catch (e) {
      setProblem(t("createPeriodFailed", { message: describeError(e) }));
      setBusy(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface aria-labelledby="new-period-title" data-testid="new-period-dialog">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle id="new-period-title">{t("newPeriodTitle")}</DialogTitle>
            <DialogContent className="new-period-content">
              <p>{t("newPeriodIntro", { title: from.title })}</p>
              {problem && (
                <MessageBar intent="error" layout="multiline" data-testid="new-period-problem">
                  <MessageBarBody>{problem}</MessageBarBody>
                </MessageBar>
              )}
              <div className="new-period-fields">
                <Field label={t("periodName")} required>
                  <Input
                    value={title}
                    onChange={(_e, d) => setTitle(d.value)}
                    data-testid="new-period-name"
                    autoFocus
                  />
                </Field>
                <Field label={t("periodId")} required>
                  <Input value={id} onChange={(_e, d) => setId(d.value)} data-testid="new-period-id" />
                </Field>
                <Field label={t("periodStartYear")} required>
                  <Input
                    type="number"
                    value={startYear}
                    onChange={(_e, d) => setStartYear(d.value)}
                    data-testid="new-period-start"
                  />
                </Field>
                <Field label={t("periodEndYear")} required>
                  <Input
                    type="number"
                    value={endYear}
                    onChange={(_e, d) => setEndYear(d.value)}
                    data-testid="new-period-end"
                  />
                </Field>
              </div>
              <fieldset className="carry-over" data-testid="carry-over">
                <legend>{t("carryOverLegend", { n: chosen.size })}</legend>
                <div className="carry-tools">
                  <Button size="small" onClick={() => setChosen(new Set(tiltak.map((x) => x.id)))}>
                    {t("carryAll")}
                  </Button>
                  <Button size="small" onClick={() => setChosen(new Set(draft.carry))}>
                    {t("carryNotDone")}
                  </Button>
                  <Button size="small" onClick={() => setChosen(new Set())}>
                    {t("carryNone")}
                  </Button>
                </div>
                <Checkbox
                  checked={keepStatus}
                  onChange={(_e, d) => setKeepStatus(d.checked === true)}
                  label={t("carryKeepStatus")}
                  data-testid="carry-keep-status"
                />
                <Checkbox
                  checked={keepNotes}
                  onChange={(_e, d) => setKeepNotes(d.checked === true)}
                  label={t("carryKeepNotes")}
                  data-testid="carry-keep-notes"
                />
                <ul className="carry-list">
                  {tiltak.map((x) => (
                    <li key={x.id}>
                      <Checkbox
                        checked={chosen.has(x.id)}
                        onChange={(_e, d) => toggle(x.id, d.checked === true)}
                        label={
                          <>
                            <span lang="nb">{x.text}</span> ({statusLabel(x.status, t)})
                          </>
                        }
                        data-testid={`carry-${x.id}`}
                      />
                    </li>
                  ))}
                </ul>
              </fieldset>
              {chosen.size > 0 && (
                <fieldset className="carry-over" data-testid="carry-due">
                  <legend>{t("carryDueLegend")}</legend>
                  <p className="hint">{t("carryDueHint")}</p>
                  {tiltak
                    .filter((x) => chosen.has(x.id))
                    .map((x) => (
                      <Field key={x.id} label={t("carryDueFor", { title: x.text })}>
                        <Input
                          type="date"
                          value={dueDates[x.id] ?? ""}
                          onChange={(_e, d) => setDueDates({ ...dueDates, [x.id]: d.value })}
                          data-testid={`carry-due-${x.id}`}
                        />
                      </Field>
                    ))}
                </fieldset>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={busy} data-testid="new-period-create">
                {busy ? t("creatingPeriod") : t("createPeriod")}
              </Button>
              <Button onClick={onClose} data-testid="new-period-cancel">
                {t("cancel")}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
