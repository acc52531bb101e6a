/**
 * The directory as a file on the wire: the JSON export (GET /api/directory/export.json), the body
 * of an import (POST /api/directory/import, the JSON file or the CSV export's text) and what an
 * import would do or did. A file row takes the same values as POST/PATCH (src/contract/directoryEdits.ts)
 * plus its id and the ETag it was exported with.
 */
import { z } from "zod";
import { DIRECTORY_LIMITS as L } from "../domain/directoryLimits.js";
import { GroupView, PersonView } from "./directory.js";
import { groupFields, personFields } from "./directoryEdits.js";
import { EntityId, OpaqueKey } from "./values.js";

/** Names the file's kind, so that another JSON file is refused by its first field. */
export const DIRECTORY_FILE_FORMAT = "alrek-directory";

/** The largest CSV text an import takes: the body limit (256 KB) leaves room for little more. */
const MAX_IMPORT_CSV_CHARS = 250_000;

const format = z.literal(DIRECTORY_FILE_FORMAT, {
  errorMap: () => ({ message: `must be "${DIRECTORY_FILE_FORMAT}"` }),
});
const version = z.literal(1, { errorMap: () => ({ message: "must be 1" }) });

/** GET /api/directory/export.json: every group (retired ones too) and person, with their ETags. */
export const DirectoryExport = z
  .object({
    format,
    version,
    exportedAt: z.string(),
    groups: z.array(GroupView),
    people: z.array(PersonView),
  })
  .strict();
export type DirectoryExport = z.infer<typeof DirectoryExport>;

const FileGroup = z
  .object({ ...groupFields, id: EntityId, etag: OpaqueKey })
  .partial()
  .required({ id: true, name: true })
  .strict("is not a known group field");

const FilePerson = z
  .object({ ...personFields, id: EntityId, etag: OpaqueKey })
  .partial()
  .required({ id: true, name: true })
  .strict("is not a known person field");

/** Each id at most once per list. */
function uniqueIds(list: { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  list.forEach((row, i) => {
    if (seen.has(row.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, "id"], message: "is listed twice" });
    seen.add(row.id);
  });
}

/** A directory file to import: the JSON export, or the CSV export read into the same shape. */
export const DirectoryFile = z
  .object({
    format,
    version,
    exportedAt: z.string().max(40).optional(),
    groups: z.array(FileGroup).max(L.groups).superRefine(uniqueIds),
    people: z.array(FilePerson).max(L.people).superRefine(uniqueIds),
  })
  .strict("is not a known field of a directory file");
export type DirectoryFile = z.infer<typeof DirectoryFile>;

/**
 * POST /api/directory/import: the file as `json` or as the CSV export's text in `csv` (one of the
 * two). A dry run (the default) changes nothing; `dryRun: false` applies the plan named by If-Match.
 */
export const DirectoryImportBody = z
  .object({
    csv: z.string().max(MAX_IMPORT_CSV_CHARS).optional(),
    json: DirectoryFile.optional(),
    dryRun: z.boolean().optional(),
  })
  .strict("is not a known field (csv, json and dryRun)")
  .superRefine((body, ctx) => {
    if ((body.csv === undefined) === (body.json === undefined))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["csv"], message: "give the file as either csv or json" });
  });
export type DirectoryImportBody = z.infer<typeof DirectoryImportBody>;

/** One group or person in an import's plan, with the fields that differ. */
export const ImportItem = z
  .object({
    type: z.enum(["group", "person"]),
    id: z.string(),
    name: z.string(),
    fields: z.array(z.string()).optional(),
  })
  .strict();
export type ImportItem = z.infer<typeof ImportItem>;

/**
 * What an import would do (dry run) or did: rows added, changed, retired, left alone because they
 * changed in the app after the export (`conflicts`), stored but not in the file (`notInFile`, left
 * alone), how many were equal, and after applying, any row that changed meanwhile (`failed`).
 * `planVersion` goes in If-Match to apply exactly this plan.
 */
export const DirectoryImportResponse = z
  .object({
    dryRun: z.boolean(),
    planVersion: z.string(),
    added: z.array(ImportItem),
    changed: z.array(ImportItem),
    retired: z.array(ImportItem),
    conflicts: z.array(ImportItem),
    notInFile: z.array(ImportItem),
    unchanged: z.number(),
    failed: z.array(ImportItem).optional(),
  })
  .strict();
export type DirectoryImportResponse = z.infer<typeof DirectoryImportResponse>;
