import type { Request, Response, Server } from "restify";
import type { ApiContext } from "./context.js";
import { parseBody, requireEditor, requireIfMatch, requireUser, sendJson, withEtag } from "./http.js";
import { csvIssue, directoryCsv, readDirectoryCsv } from "./directoryCsv.js";
import { ValidationError } from "../domain/errors.js";
import {
  checkInput,
  DIRECTORY_FILE_FORMAT,
  DirectoryFile,
  DirectoryImportBody,
  type DirectoryExport,
  type DirectoryImportResponse,
} from "../contract/index.js";

/** "alrek-katalog-2026-11-22" for a file exported on that (UTC) day. */
function fileName(exportedAt: string, ext: string): string {
  return `alrek-katalog-${exportedAt.slice(0, 10)}.${ext}`;
}

/** An attachment written byte for byte (a CSV's BOM must reach the spreadsheet as sent). */
function sendFile(res: Response, body: string, type: string, name: string): void {
  const bytes = Buffer.from(body, "utf8");
  res.writeHead(200, {
    "Content-Type": `${type}; charset=utf-8`,
    "Content-Disposition": `attachment; filename="${name}"`,
    "Content-Length": bytes.length,
    "Cache-Control": "no-store",
  });
  res.end(bytes);
}

type Issue = { field: string; message: string };

/**
 * The import body's file, checked by the contract, and how to name a field of it in a message:
 * `json.groups[3].name` for JSON, "csv row 12 (Navn)" for a CSV (the row a spreadsheet shows).
 */
function fileOf(body: DirectoryImportBody): { file: DirectoryFile; field: (issue: Issue) => Issue } {
  if (body.json) return { file: body.json, field: (i) => ({ ...i, field: `json.${i.field}` }) };
  const { file, rowsOf } = readDirectoryCsv(body.csv ?? "");
  const field = (i: Issue) => csvIssue(i, rowsOf);
  const checked = checkInput(DirectoryFile, file);
  if (!checked.ok) throw new ValidationError(checked.issues.map(field));
  return { file: checked.value, field };
}

/**
 * The whole directory as a file, for the yearly review with the groups: export as CSV or JSON,
 * and import of the same file, first as a dry run (what would change), then applied with the dry
 * run's plan in If-Match.
 */
export function registerDirectoryFileRoutes(server: Server, ctx: ApiContext): void {
  const exported = async (req: Request): Promise<DirectoryExport> => {
    await requireUser(ctx.auth, req);
    const { groups, people } = await ctx.directory.list();
    return {
      format: DIRECTORY_FILE_FORMAT,
      version: 1,
      exportedAt: ctx.clock().toISOString(),
      groups: groups.map(withEtag),
      people: people.map(withEtag),
    };
  };

  server.get("/api/directory/export.json", async (req, res) => {
    const file = await exported(req);
    sendFile(res, JSON.stringify(file, null, 2), "application/json", fileName(file.exportedAt, "json"));
  });

  server.get("/api/directory/export.csv", async (req, res) => {
    const file = await exported(req);
    sendFile(res, directoryCsv(file), "text/csv", fileName(file.exportedAt, "csv"));
  });

  server.post("/api/directory/import", async (req, res) => {
    const actor = await requireEditor(ctx.auth, req);
    const body = parseBody(DirectoryImportBody, req);
    const apply = body.dryRun === false ? { planVersion: requireIfMatch(req) } : undefined;
    const { file, field } = fileOf(body);
    const outcome = await ctx.directory.importFile(file, actor, apply).catch((error: unknown) => {
      // The rules that need the stored rows (a seat names a person) speak of the file as the contract does.
      throw error instanceof ValidationError ? new ValidationError(error.issues.map(field)) : error;
    });
    sendJson(res, 200, outcome satisfies DirectoryImportResponse, outcome.planVersion);
  });
}
