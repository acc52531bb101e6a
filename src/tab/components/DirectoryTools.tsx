import { Button } from "@fluentui/react-components";
import type { ApiClient } from "../api.js";
import { describeApiError } from "../apiErrors.js";
import { saveBlob } from "../download.js";
import { useDirectoryI18n } from "../i18n/directory/index.js";

/** Props of {@link DirectoryTools}. */
export interface DirectoryToolsProps {
  api: ApiClient;
  onNewGroup: () => void;
  onNewPerson: () => void;
  onImport: () => void;
  /** A download that failed, in words. */
  onProblem: (text: string) => void;
}

/** The editors' tools above the directory: a new group or person, the whole directory as a file, an import. */
export function DirectoryTools({ api, onNewGroup, onNewPerson, onImport, onProblem }: DirectoryToolsProps) {
  const { t, d } = useDirectoryI18n();
  const download = async (format: "csv" | "json") => {
    try {
      saveBlob(await api.directoryExport(format), `alrek-katalog.${format}`);
    } catch (e) {
      onProblem(d("exportFailed", { message: describeApiError(e, t) }));
    }
  };
  return (
    <div role="group" aria-label={d("editorTools")} className="toolbar no-print" data-testid="directory-tools">
      <Button appearance="primary" onClick={onNewGroup} data-testid="new-group">
        {d("newGroup")}
      </Button>
      <Button onClick={onNewPerson} data-testid="new-person">
        {d("newPerson")}
      </Button>
      <Button onClick={() => void download("csv")} data-testid="export-csv">
        {d("exportCsv")}
      </Button>
      <Button onClick={() => void download("json")} data-testid="export-json">
        {d("exportJson")}
      </Button>
      <Button onClick={onImport} data-testid="import-directory">
        {d("importFile")}
      </Button>
    </div>
  );
}
