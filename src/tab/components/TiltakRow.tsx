import { Button } from "@fluentui/react-components";
import { lazy, Suspense, useRef, useState } from "react";
import type { ChangeRecord, Tiltak, TiltakPatchBody, TiltakStatus, WithEtag } from "../apiTypes.js";
import { formatDay, formatShortDay } from "../formatDate.js";
import { isOverdue } from "../statusData.js";
import { useI18n } from "../i18n/index.js";
import { StatusPill } from "./StatusPill.js";

// Dialogs load on first use: most visitors only read.
const NotesDialog = lazy(() => import("./NotesDialog.js").then((m) => ({ default: m.NotesDialog })));
const HistoryDialog = lazy(() => import("./HistoryDialog.js").then((m) => ({ default: m.HistoryDialog })));

/** Props of {@link TiltakRow}. */
export interface TiltakRowProps {
  tiltak: WithEtag<Tiltak>;
  /** Present for editors. Each resolves to an error text, or undefined when saved. */
  edit?: {
    status: (status: TiltakStatus) => Promise<string | undefined>;
    /** Notes, due date and milestone. */
    details: (patch: TiltakPatchBody) => Promise<string | undefined>;
  };
  /** For "forsinket". */
  now: Date;
  loadHistory: () => Promise<{ history: ChangeRecord[] }>;
  /** For a tiltak carried over: its history in the period it came from. */
  loadCarriedHistory?: () => Promise<{ history: ChangeRecord[] }>;
  /** Changed elsewhere a moment ago: highlighted for a few seconds. */
  justChanged: boolean;
}

/** One tiltak as a compact row: status pill, text, who is responsible, the note, and tools. */
export function TiltakRow({ tiltak, edit, loadHistory, loadCarriedHistory, justChanged, now }: TiltakRowProps) {
  const { t, lang } = useI18n();
  const [dialog, setDialog] = useState<"notes" | "history" | "carried" | undefined>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");
  const notesButton = useRef<HTMLButtonElement>(null);
  const historyButton = useRef<HTMLButtonElement>(null);
  const carriedButton = useRef<HTMLButtonElement>(null);
  const oldPeriod = tiltak.carriedFromPeriod?.replace("-", "–") ?? "";
  const subject = tiltak.text.length > 60 ? `${tiltak.text.slice(0, 57)}…` : tiltak.text;

  const close = (which: "notes" | "history" | "carried") => {
    setDialog(undefined);
    // Back to the button that opened it, so the next Tab continues from this row.
    const button = { notes: notesButton, history: historyButton, carried: carriedButton }[which];
    setTimeout(() => button.current?.focus(), 0);
  };
  const changeStatus = async (status: TiltakStatus) => {
    if (!edit) return;
    setBusy(true);
    setProblem((await edit.status(status)) ?? "");
    setBusy(false);
  };

  return (
    <li className={`tiltak-row${justChanged ? " just-changed" : ""}`} data-testid={`tiltak-${tiltak.id}`}>
      <div className="tiltak-status">
        <StatusPill
          id={tiltak.id}
          status={tiltak.status}
          subject={subject}
          onChange={edit ? changeStatus : undefined}
          busy={busy}
        />
      </div>
      <div className="tiltak-body">
        <p className="tiltak-text">
          {isOverdue(tiltak, now) && (
            <>
              <span className="overdue-badge" data-testid={`overdue-${tiltak.id}`}>
                {t("overdue")}
              </span>
              {/* Read as "Forsinket: <tiltak>", not run together with the text. */}
              <span className="visually-hidden">: </span>
            </>
          )}
          <span lang="nb">{tiltak.text}</span>
        </p>
        <p className="tiltak-meta-line">
          {tiltak.responsible && (
            <span>
              {t("responsible")}: {tiltak.responsible}
            </span>
          )}
          {tiltak.dueDate && (
            <span data-testid={`due-${tiltak.id}`}>
              {t("dueOn", { date: formatDay(`${tiltak.dueDate}T12:00:00Z`, lang) })}
            </span>
          )}
          {tiltak.milestone && (
            <span>
              {t("milestone")}: {tiltak.milestone}
            </span>
          )}
          {tiltak.updatedAt && (
            <span className="tiltak-changed">
              {tiltak.updatedBy
                ? t("changedShortBy", { when: formatShortDay(tiltak.updatedAt, lang), who: tiltak.updatedBy })
                : t("changedShort", { when: formatShortDay(tiltak.updatedAt, lang) })}
            </span>
          )}
        </p>
        {tiltak.notes && (
          <p className="tiltak-notes" data-testid={`notes-view-${tiltak.id}`}>
            {tiltak.notes}
          </p>
        )}
        {problem && (
          <p role="alert" className="error-text" data-testid={`row-problem-${tiltak.id}`}>
            {problem}
          </p>
        )}
      </div>
      <div className="tiltak-tools no-print">
        {edit && (
          <Button
            size="small"
            ref={notesButton}
            onClick={() => setDialog("notes")}
            data-testid={`notes-button-${tiltak.id}`}
            aria-label={t("editNotesFor", { subject })}
          >
            {t("editNotes")}
          </Button>
        )}
        <Button
          size="small"
          ref={historyButton}
          onClick={() => setDialog("history")}
          data-testid={`history-${tiltak.id}`}
          aria-label={t("historyFor", { subject })}
        >
          {t("history")}
        </Button>
        {loadCarriedHistory && (
          <Button
            size="small"
            ref={carriedButton}
            onClick={() => setDialog("carried")}
            data-testid={`carried-history-${tiltak.id}`}
          >
            {t("carriedHistory", { period: oldPeriod })}
          </Button>
        )}
      </div>
      <Suspense fallback={null}>
        {dialog === "notes" && edit && (
          <NotesDialog
            title={subject}
            notes={tiltak.notes ?? ""}
            dueDate={tiltak.dueDate}
            milestone={tiltak.milestone}
            onSave={edit.details}
            onClose={() => close("notes")}
          />
        )}
        {dialog === "history" && <HistoryDialog title={subject} load={loadHistory} onClose={() => close("history")} />}
        {dialog === "carried" && loadCarriedHistory && (
          <HistoryDialog
            title={`${subject} (${oldPeriod})`}
            load={loadCarriedHistory}
            onClose={() => close("carried")}
          />
        )}
      </Suspense>
    </li>
  );
}
