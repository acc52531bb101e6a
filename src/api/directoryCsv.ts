/**
 * The directory as one CSV file for Norwegian Excel, and that file read back for an import.
 * One row per group ("gruppe"), followed by one row per seat in it ("medlem", in seat order: the
 * group's id, the person's id and name, the seat's unit and role), then one row per person
 * ("person"). Other names are one per line inside their cell. Each group and person row carries
 * the ETag it was exported with, so an import can tell a row changed in the app since.
 */
import type { DirectoryExport } from "../contract/index.js";
import { ValidationError } from "../domain/errors.js";
import { csvCell, UTF8_BOM } from "./csv.js";
import { parseCsv, type CsvRecord } from "./csvParse.js";

/** Column headings of the directory export, in order. */
export const DIRECTORY_CSV_COLUMNS = [
  "Type",
  "Id",
  "Navn",
  "Engelsk navn",
  "Andre navn",
  "Art",
  "Mandat",
  "Representasjon",
  "BEHO representert",
  "Merknad",
  "Nedlagt",
  "Rekkefølge",
  "Person",
  "Enhet",
  "Rolle",
  "Tittel",
  "E-post",
  "ETag",
] as const;

type Column = (typeof DIRECTORY_CSV_COLUMNS)[number];
type Cells = Partial<Record<Column, string>>;

const ROW_TYPES = { group: "gruppe", member: "medlem", person: "person" } as const;
const YES = "ja";
const NO = "nei";

function csvRow(cells: Cells): string {
  return DIRECTORY_CSV_COLUMNS.map((c) => csvCell(cells[c] ?? "")).join(";");
}

/** The export as CSV text: BOM, header, groups each followed by their seats, then people; CRLF. */
export function directoryCsv(file: DirectoryExport): string {
  const names = new Map(file.people.map((p) => [p.id, p.name]));
  const lines = [DIRECTORY_CSV_COLUMNS.map(csvCell).join(";")];
  for (const g of file.groups) {
    lines.push(
      csvRow({
        Type: ROW_TYPES.group,
        Id: g.id,
        Navn: g.name,
        "Engelsk navn": g.nameEn,
        "Andre navn": g.aliases.join("\n"),
        Art: g.kind,
        Mandat: g.mandate,
        Representasjon: g.representation,
        "BEHO representert": g.behoRepresented ? YES : NO,
        Merknad: g.note,
        Nedlagt: g.retired ? YES : "",
        Rekkefølge: String(g.order),
        ETag: g.etag,
      }),
    );
    for (const m of g.members)
      lines.push(
        csvRow({
          Type: ROW_TYPES.member,
          Id: g.id,
          Navn: names.get(m.personId) ?? "",
          Person: m.personId,
          Enhet: m.unit,
          Rolle: m.role,
        }),
      );
  }
  for (const p of file.people)
    lines.push(
      csvRow({
        Type: ROW_TYPES.person,
        Id: p.id,
        Navn: p.name,
        "Andre navn": p.altNames.join("\n"),
        Enhet: p.unit,
        Tittel: p.title,
        "E-post": p.email,
        ETag: p.etag,
      }),
    );
  return UTF8_BOM + lines.join("\r\n") + "\r\n";
}

/** Undoes the export's guard against formulas: "'=x" was "=x". */
function unguard(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** Where each entry of the file came from, to say which row a problem is on. */
interface Rows {
  groups: number[];
  members: Map<number, number[]>;
  people: number[];
}

/** Names of the file's fields as the CSV's columns call them. */
const COLUMN_OF: Record<string, Column> = {
  id: "Id",
  name: "Navn",
  nameEn: "Engelsk navn",
  aliases: "Andre navn",
  altNames: "Andre navn",
  kind: "Art",
  mandate: "Mandat",
  representation: "Representasjon",
  behoRepresented: "BEHO representert",
  note: "Merknad",
  retired: "Nedlagt",
  order: "Rekkefølge",
  personId: "Person",
  unit: "Enhet",
  role: "Rolle",
  title: "Tittel",
  email: "E-post",
  etag: "ETag",
};

type Issue = { field: string; message: string };

function yesNo(text: string | undefined, column: Column, row: number, issues: Issue[]): boolean | undefined {
  if (text === undefined) return undefined;
  const t = text.toLowerCase();
  if (t === YES || t === "true") return true;
  if (t === NO || t === "false") return false;
  issues.push({ field: `csv row ${row} (${column})`, message: `must be ${YES} or ${NO}` });
  return undefined;
}

function number(text: string | undefined, row: number, issues: Issue[]): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (Number.isFinite(n)) return n;
  issues.push({ field: `csv row ${row} (Rekkefølge)`, message: "must be a number" });
  return undefined;
}

const list = (text: string | undefined) => (text === undefined ? [] : text.split(/\r?\n/));

/** Reads the header: which column each heading is in; unknown headings are refused by name. */
function headerOf(record: CsvRecord | undefined): Map<Column, number> {
  if (!record) throw new ValidationError([{ field: "csv", message: "is empty" }]);
  const known = new Map(DIRECTORY_CSV_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const index = new Map<Column, number>();
  const issues: Issue[] = [];
  record.cells.forEach((heading, i) => {
    const column = known.get(heading.trim().toLowerCase());
    if (column) index.set(column, i);
    else if (heading.trim() !== "")
      issues.push({ field: `csv row 1 (${heading.slice(0, 40)})`, message: "is not a column of the directory file" });
  });
  for (const required of ["Type", "Id", "Navn"] as const)
    if (!index.has(required)) issues.push({ field: `csv row 1 (${required})`, message: "is a required column" });
  if (issues.length > 0) throw new ValidationError(issues);
  return index;
}

/**
 * The CSV export's text as a directory file (not yet checked: the contract does that), and the
 * row of each row. Throws ValidationError for what the contract cannot see: an unknown row type,
 * a seat of a group the file does not have, a yes/no or number that is neither.
 */
export function readDirectoryCsv(text: string): { file: unknown; rowsOf: Rows } {
  const [header, ...records] = parseCsv(text);
  const index = headerOf(header);
  const issues: Issue[] = [];
  const groups: Record<string, unknown>[] = [];
  const people: Record<string, unknown>[] = [];
  const members: { row: number; groupId: string; seat: Record<string, unknown> }[] = [];
  const rowsOf: Rows = { groups: [], members: new Map(), people: [] };
  for (const { row, cells: raw } of records) {
    const cells: Cells = {};
    for (const [column, i] of index) {
      const value = unguard(raw[i] ?? "");
      if (value.trim() !== "") cells[column] = value;
    }
    const type = cells.Type?.trim().toLowerCase();
    const base = { id: cells.Id?.trim() ?? "", name: cells.Navn ?? "" };
    if (type === ROW_TYPES.group || type === "group") {
      rowsOf.groups.push(row);
      groups.push({
        ...base,
        nameEn: cells["Engelsk navn"],
        aliases: list(cells["Andre navn"]),
        kind: cells.Art?.trim(),
        mandate: cells.Mandat,
        representation: cells.Representasjon,
        behoRepresented: yesNo(cells["BEHO representert"], "BEHO representert", row, issues),
        note: cells.Merknad,
        retired: yesNo(cells.Nedlagt, "Nedlagt", row, issues),
        order: number(cells.Rekkefølge, row, issues),
        members: [],
        etag: cells.ETag,
      });
    } else if (type === ROW_TYPES.member || type === "member") {
      members.push({
        row,
        groupId: base.id,
        seat: { personId: cells.Person?.trim() ?? "", unit: cells.Enhet, role: cells.Rolle },
      });
    } else if (type === ROW_TYPES.person) {
      rowsOf.people.push(row);
      people.push({
        ...base,
        altNames: list(cells["Andre navn"]),
        unit: cells.Enhet,
        title: cells.Tittel,
        email: cells["E-post"],
        etag: cells.ETag,
      });
    } else issues.push({ field: `csv row ${row} (Type)`, message: `must be ${Object.values(ROW_TYPES).join(", ")}` });
  }
  for (const m of members) {
    const gi = groups.findIndex((g) => g.id === m.groupId);
    if (gi < 0) {
      issues.push({ field: `csv row ${m.row} (Id)`, message: `no group ${m.groupId.slice(0, 100)} in the file` });
      continue;
    }
    (groups[gi].members as unknown[]).push(m.seat);
    rowsOf.members.set(gi, [...(rowsOf.members.get(gi) ?? []), m.row]);
  }
  if (issues.length > 0) throw new ValidationError(issues);
  // Absent cells are absent fields, not empty ones: the contract then sees what the file says.
  const clean = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return {
    file: { format: "alrek-directory", version: 1, groups: groups.map(clean), people: people.map(clean) },
    rowsOf,
  };
}

/**
 * A problem the contract found in the file read from CSV, said with the row and the column:
 * "groups[3].aliases[1]" becomes "csv row 12 (Andre navn)", a seat's field the row of its seat.
 */
export function csvIssue(issue: Issue, rowsOf: Rows): Issue {
  const m = /^(groups|people)\[(\d+)\](?:\.(\w+)(?:\[(\d+)\](?:\.(\w+))?)?)?/.exec(issue.field);
  if (!m) return issue;
  const [, kind, index, field, sub, subField] = m;
  const i = Number(index);
  let row = (kind === "groups" ? rowsOf.groups : rowsOf.people)[i];
  let column: string | undefined = field ? COLUMN_OF[field] : undefined;
  if (kind === "groups" && field === "members" && sub !== undefined) {
    row = rowsOf.members.get(i)?.[Number(sub)] ?? row;
    column = subField ? COLUMN_OF[subField] : "Person";
  }
  if (row === undefined) return issue;
  return { field: `csv row ${row}${column ? ` (${column})` : ""}`, message: issue.message };
}
