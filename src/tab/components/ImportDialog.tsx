import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { ApiError, type ApiClient } from "../api.js";
import type { DirectoryImportBody, DirectoryImportResponse, ImportItem } from "../apiTypes.js";
import { describeApiError } from "../apiErrors.js";
import { fieldLabel } from "../directoryChangeText.js";
import { useDirectoryI18n, type DirectoryTextKey } from "../i18n/directory/index.js";

/** Props of {@link ImportDialog}. */
export interface ImportDialogProps {
  api: ApiClient;
  /** The plan was applied: the view reloads the directory. */
  onApplied: (result: DirectoryImportResponse) => void;
  onClose: () => void;
}

type FileBody = Omit<DirectoryImportBody, "dryRun">;

/** The chosen file as the import's body: JSON parsed, anything else sent as CSV text. */
async function bodyOf(file: File): Promise<FileBody | "unreadable"> {
  const text = await file.text();
  if (!/\.json$/i.test(file.name) && file.type !== "application/json") return { csv: text };
  try {
    return { json: JSON.parse(text) as DirectoryImportBody["json"] };
  } catch {
    return "unreadable";
  }
}

const SECTIONS: [
  keyof DirectoryImportResponse & ("added" | "changed" | "retired" | "conflicts" | "notInFile"),
  DirectoryTextKey,
][] = [
  ["added", "planAdded"],
  ["changed", "planChanged"],
  ["retired", "planRetired"],
  ["conflicts", "planConflicts"],
  ["notInFile", "planNotInFile"],
];

/**
 * Import of a directory file in two steps: the dry run shows what would be added, changed and
 * retired (and what is left alone, and why); only "apply" writes, and only that plan (its version
 * goes in If-Match, so a directory changed meanwhile is checked again first). Focus moves to each
 * step's heading as it appears.
 */
export function ImportDialog({ api, onApplied, onClose }: ImportDialogProps) {
  const { t, d, docLang } = useDirectoryI18n();
  const [body, setBody] = useState<FileBody>();
  const [plan, setPlan] = useState<DirectoryImportResponse>();
  const [result, setResult] = useState<DirectoryImportResponse>();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const focusStep = () => setTimeout(() => stepHeading.current?.focus(), 0);

  const explain = (e: unknown): string[] => {
    if (e instanceof ApiError && e.status === 413) return [d("fileTooLarge")];
    if (e instanceof ApiError && e.body?.error?.issues?.length)
      return [d("fileProblems"), ...e.body.error.issues.map((i) => `${i.field}: ${i.message}`)];
    return [describeApiError(e, t)];
  };

  const check = async (file: File | undefined) => {
    setPlan(undefined);
    setResult(undefined);
    setProblems([]);
    setNote("");
    if (!file) return;
    setBusy(true);
    const read = await bodyOf(file);
    if (read === "unreadable") {
      setProblems([d("fileUnreadable")]);
      setBusy(false);
      return;
    }
    setBody(read);
    try {
      setPlan(await api.importDirectory(read));
      focusStep();
    } catch (e) {
      setProblems(explain(e));
    }
    setBusy(false);
  };

  const apply = async () => {
    if (!body || !plan) return;
    setBusy(true);
    try {
      const done = await api.importDirectory(body, plan.planVersion);
      setResult(done);
      setPlan(undefined);
      onApplied(done);
      focusStep();
    } catch (e) {
      if (e instanceof ApiError && e.status === 412 && e.body?.current) {
        setPlan(e.body.current as DirectoryImportResponse);
        setNote(d("planStale"));
        focusStep();
      } else setProblems(explain(e));
    }
    setBusy(false);
  };

  /** "Husrådet (gruppe): mandat" with the name, document text, marked as bokmål. */
  const itemText = (item: ImportItem) => {
    const type = d(item.type === "group" ? "typeGroup" : "typePerson");
    const fields = item.fields?.map((f) => fieldLabel(f, d)).join(", ") ?? "";
    const [before, after] = (fields ? d("planItemFields", { type, fields }) : d("planItem", { type })).split("{name}");
    return (
      <>
        {before}
        <span lang={docLang}>{item.name}</span>
        {after}
      </>
    );
  };
  const changes = plan ? plan.added.length + plan.changed.length + plan.retired.length : 0;

  return (
    <Dialog open modalType="modal" onOpenChange={(_e, v) => !v.open && onClose()}>
      <DialogSurface aria-labelledby="import-title" data-testid="import-dialog" className="directory-dialog">
        <DialogBody>
          <DialogTitle id="import-title">{d("importTitle")}</DialogTitle>
          <DialogContent className="directory-dialog-content">
            <p>{d("importIntro")}</p>
            <div className="import-file">
              <label htmlFor="import-file-input">{d("chooseFile")}</label>
              <input
                id="import-file-input"
                type="file"
                accept=".csv,.json,text/csv,application/json"
                onChange={(e) => void check(e.target.files?.[0])}
                data-testid="import-file"
                autoFocus
              />
            </div>
            {busy && <p role="status">{plan ? d("applying") : d("checking")}</p>}
            {problems.length > 0 && (
              <MessageBar intent="error" layout="multiline" role="alert" data-testid="import-problems">
                <MessageBarBody>
                  <ul className="import-problems">
                    {problems.map((p, i) => (
                      <li key={`${i}-${p}`}>{p}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            {plan && (
              <section aria-labelledby="import-plan-heading" data-testid="import-plan" className="import-plan">
                <h3 id="import-plan-heading" ref={stepHeading} tabIndex={-1}>
                  {d("planHeading")}
                </h3>
                {note && (
                  <p role="alert" className="error-text">
                    {note}
                  </p>
                )}
                {changes === 0 && plan.conflicts.length === 0 && <p>{d("planNothing")}</p>}
                {SECTIONS.filter(([key]) => plan[key].length > 0).map(([key, label]) => (
                  <div key={key} data-testid={`import-${key}`}>
                    <h4>{d(label, { n: plan[key].length })}</h4>
                    <ul>
                      {plan[key].map((item) => (
                        <li key={`${item.type}-${item.id}`}>{itemText(item)}</li>
                      ))}
                    </ul>
                  </div>
                ))}
                <p>{d("planUnchanged", { n: plan.unchanged })}</p>
              </section>
            )}
            {result && (
              <section aria-labelledby="import-result-heading" data-testid="import-result">
                <h3 id="import-result-heading" ref={stepHeading} tabIndex={-1}>
                  {d("appliedHeading")}
                </h3>
                <p role="status">
                  {d("applied", {
                    added: result.added.length,
                    changed: result.changed.length,
                    retired: result.retired.length,
                  })}
                </p>
                {result.failed && result.failed.length > 0 && (
                  <p className="error-text">
                    {d("appliedFailed", { names: result.failed.map((f) => f.name).join(", ") })}
                  </p>
                )}
              </section>
            )}
          </DialogContent>
          <DialogActions fluid className="directory-dialog-actions">
            {plan && changes > 0 && (
              <Button appearance="primary" onClick={() => void apply()} disabled={busy} data-testid="import-apply">
                {busy ? d("applying") : d("apply")}
              </Button>
            )}
            <Button onClick={onClose} data-testid="import-close">
              {result ? t("close") : t("cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
