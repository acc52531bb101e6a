/** Export and import of the whole directory through the real service on Azurite: CSV and JSON, dry run, apply, conflicts. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeJwks, type FakeJwks } from "../fakes/fakeJwks.js";
import { EDITOR_OID, READER_OID, entraEnv, signToken } from "../support/entraTokens.js";
import { startTestService } from "../support/testService.js";
import { ask, said } from "../support/activities.js";
import { call, client, fixedClock } from "./apiClient.js";
import { csvCell, UTF8_BOM } from "../../src/api/csv.js";
import { parseCsv } from "../../src/api/csvParse.js";
import { DIRECTORY_CSV_COLUMNS } from "../../src/api/directoryCsv.js";
import { DirectoryExport } from "../../src/contract/index.js";

let jwks: FakeJwks;
let service: Awaited<ReturnType<typeof startTestService>>;
let editorToken: string;
let editor: ReturnType<typeof client>;
let reader: ReturnType<typeof client>;

beforeAll(async () => {
  jwks = await startFakeJwks();
  service = await startTestService(entraEnv(jwks.url), { clock: fixedClock });
  editorToken = await signToken(jwks.privateKey, { oid: EDITOR_OID, name: "Karen Haugvaldstad" });
  editor = client(service.url, editorToken);
  reader = client(service.url, await signToken(jwks.privateKey, { oid: READER_OID, name: "Lesende Leser" }));
});
afterAll(async () => {
  await service?.stop();
  await jwks?.close();
});

type Column = (typeof DIRECTORY_CSV_COLUMNS)[number];
type CsvRow = Record<Column, string>;

/** The CSV export read into rows by column name, to change cells as a coordinator would in Excel. */
async function exportedRows(): Promise<CsvRow[]> {
  const res = await editor.get("/api/directory/export.csv");
  expect(res.status).toBe(200);
  const [header, ...records] = parseCsv(res.text);
  return records.map((r) => Object.fromEntries(header.cells.map((h, i) => [h, r.cells[i] ?? ""])) as CsvRow);
}

/** Rows back to the export's format (the spreadsheet's "save as CSV"). */
function csvText(rows: CsvRow[]): string {
  const line = (cells: string[]) => cells.map(csvCell).join(";");
  return (
    UTF8_BOM +
    [line([...DIRECTORY_CSV_COLUMNS]), ...rows.map((r) => line(DIRECTORY_CSV_COLUMNS.map((c) => r[c])))].join("\r\n")
  );
}

const rowOf = (rows: CsvRow[], type: string, id: string) => rows.find((r) => r.Type === type && r.Id === id)!;
const blank = (): CsvRow => Object.fromEntries(DIRECTORY_CSV_COLUMNS.map((c) => [c, ""])) as CsvRow;
const importDry = (body: unknown, as = editor) => as.post("/api/directory/import", body);
const importApply = (body: object, planVersion?: string) =>
  call(service.url, "POST", "/api/directory/import", {
    token: editorToken,
    body: { ...body, dryRun: false },
    ...(planVersion ? { etag: planVersion } : {}),
  });
const groupById = async (id: string) =>
  ((await editor.get("/api/groups")).body.groups as Record<string, any>[]).find((g) => g.id === id)!;
const ids = (items: { type: string; id: string }[]) => items.map((i) => `${i.type}:${i.id}`).sort();

describe("export", () => {
  it("gives the whole directory as JSON, with ETags, as an attachment", async () => {
    const res = await reader.get("/api/directory/export.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="alrek-katalog-2026-11-22.json"');
    const file = DirectoryExport.parse(JSON.parse(res.text));
    expect(file.groups.map((g) => g.id)).toContain("husradet");
    expect(file.people.find((p) => p.id === "karen-haugvaldstad")?.email).toBe("Karen.Haugvaldstad@bergen.kommune.no");
  });

  it("gives the same as CSV for Norwegian Excel: BOM, ';', a row per group, then its seats, then the people", async () => {
    const res = await fetch(`${service.url}/api/directory/export.csv`, {
      headers: { authorization: `Bearer ${editorToken}` },
    });
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    // The BOM, for Excel (fetch's text() would drop it).
    expect([...new Uint8Array(await res.arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = await exportedRows();
    const husradet = rows.findIndex((r) => r.Type === "gruppe" && r.Id === "husradet");
    expect(rows[husradet]).toMatchObject({ Navn: "Husrådet", "BEHO representert": "ja", Art: "committee" });
    expect(rows[husradet]["Andre navn"].split("\n")).toContain("house council");
    expect(rows[husradet + 1]).toMatchObject({
      Type: "medlem",
      Id: "husradet",
      Person: "karen-haugvaldstad",
      Navn: "Karen Haugvaldstad",
      Rolle: "intern Alrek-koordinator",
    });
    expect(rowOf(rows, "person", "ingelin-soraas")["Andre navn"]).toBe("Ingelin Søraas");
  });

  it("importing the file just exported changes nothing", async () => {
    const exported = JSON.parse((await editor.get("/api/directory/export.json")).text);
    const plan = (await importDry({ json: exported })).body;
    expect(plan).toMatchObject({ dryRun: true, added: [], changed: [], retired: [], conflicts: [], notInFile: [] });
    expect(plan.unchanged).toBe(exported.groups.length + exported.people.length);
    const fromCsv = (await importDry({ csv: csvText(await exportedRows()) })).body;
    expect(fromCsv.unchanged).toBe(plan.unchanged);
    expect(fromCsv.planVersion).toBe(plan.planVersion);
  });
});

describe("import: a dry run first, then the plan applied with its version", () => {
  it("shows what would be added, changed and retired, and applies exactly that", async () => {
    const rows = await exportedRows();
    rowOf(rows, "gruppe", "husradet").Mandat = "Husrådet foreslår fellesløsninger for hele huset.";
    rowOf(rows, "gruppe", "studentpanel").Nedlagt = "ja";
    rows.push({ ...blank(), Type: "person", Id: "kari-nordmann", Navn: "Kari Nordmann", Enhet: "Etat for sykehjem" });
    rows.push({
      ...blank(),
      Type: "gruppe",
      Id: "faggruppe-rus",
      Navn: "Faggruppe for rus og psykisk helse",
      Art: "professional",
      "BEHO representert": "ja",
    });
    rows.push({ ...blank(), Type: "medlem", Id: "faggruppe-rus", Person: "kari-nordmann", Rolle: "representant" });
    const body = { csv: csvText(rows) };

    const dry = await importDry(body);
    expect(dry.status).toBe(200);
    expect(ids(dry.body.added)).toEqual(["group:faggruppe-rus", "person:kari-nordmann"]);
    expect(dry.body.changed).toEqual([{ type: "group", id: "husradet", name: "Husrådet", fields: ["mandate"] }]);
    expect(ids(dry.body.retired)).toEqual(["group:studentpanel"]);
    // The dry run wrote nothing.
    expect((await groupById("husradet")).mandate).not.toMatch(/fellesløsninger for hele huset/);
    expect(await groupById("faggruppe-rus")).toBeUndefined();

    expect((await importApply(body)).status).toBe(428);
    const wrong = await importApply(body, '"import-0"');
    expect(wrong.status).toBe(412);
    expect(wrong.body.current.planVersion).toBe(dry.body.planVersion);
    expect(await groupById("faggruppe-rus")).toBeUndefined();

    const applied = await importApply(body, dry.body.planVersion);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ dryRun: false, failed: [] });
    expect((await groupById("husradet")).mandate).toBe("Husrådet foreslår fellesløsninger for hele huset.");
    expect(await groupById("studentpanel")).toMatchObject({ retired: true });
    expect(await groupById("faggruppe-rus")).toMatchObject({
      members: [{ personId: "kari-nordmann", role: "representant" }],
    });
    const history = (await reader.get("/api/groups/husradet/history")).body.history;
    expect(history[0]).toMatchObject({ field: "mandate", by: { oid: EDITOR_OID } });
    expect(said((await ask(service.url, "Hvem sitter i faggruppe for rus og psykisk helse?"))[0])).toContain(
      "Kari Nordmann",
    );
  });

  it("leaves a row changed in the app since the export alone, as a conflict, however old the file", async () => {
    const file = JSON.parse((await editor.get("/api/directory/export.json")).text);
    const lederforum = await groupById("lederforum");
    const edited = await editor.patch(
      "/api/groups/lederforum",
      { note: "Endret i appen etter eksporten." },
      { etag: lederforum.etag },
    );
    expect(edited.status).toBe(200);
    // The file still has the old note; importing it must not undo the edit.
    const dry = (await importDry({ json: file })).body;
    expect(dry.conflicts).toEqual([{ type: "group", id: "lederforum", name: lederforum.name, fields: ["note"] }]);
    expect(dry.changed).toEqual([]);
    expect((await importApply({ json: file }, dry.planVersion)).status).toBe(200);
    expect((await groupById("lederforum")).note).toBe("Endret i appen etter eksporten.");
  });

  it("refuses to apply a plan whose rows changed after the dry run (412, nothing written)", async () => {
    const file = JSON.parse((await editor.get("/api/directory/export.json")).text);
    const target = file.groups.find((g: { id: string }) => g.id === "lederforum");
    target.representation = "Ny representasjonstekst fra filen.";
    const dry = (await importDry({ json: file })).body;
    expect(ids(dry.changed)).toEqual(["group:lederforum"]);
    const current = await groupById("lederforum");
    expect((await editor.patch("/api/groups/lederforum", { order: 99 }, { etag: current.etag })).status).toBe(200);
    const res = await importApply({ json: file }, dry.planVersion);
    expect(res.status).toBe(412);
    expect(res.body.current.conflicts.map((c: { id: string }) => c.id)).toEqual(["lederforum"]);
    expect((await groupById("lederforum")).representation).not.toBe("Ny representasjonstekst fra filen.");
  });

  it("says where a CSV is wrong by row (as the spreadsheet numbers them) and column, and changes nothing", async () => {
    const rows = await exportedRows();
    rowOf(rows, "gruppe", "husradet")["Andre navn"] = ["ok", "x".repeat(101)].join("\n");
    const i = rows.findIndex((r) => r.Type === "gruppe" && r.Id === "husradet");
    const res = await importDry({ csv: csvText(rows) });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toContainEqual({
      field: `csv row ${i + 2} (Andre navn)`,
      message: "must be at most 100 characters",
    });
  });

  it.each<[string, (rows: CsvRow[]) => string, string, RegExp]>([
    [
      "an unknown row type",
      (rows) => csvText([...rows, { ...blank(), Type: "klubb", Id: "x", Navn: "X" }]),
      "(Type)",
      /must be gruppe/,
    ],
    [
      "a seat in a group the file lacks",
      (rows) => csvText([...rows, { ...blank(), Type: "medlem", Id: "finnes-ikke", Person: "kjell-wolff" }]),
      "(Id)",
      /no group/,
    ],
    [
      "a seat of a person nobody has",
      (rows) =>
        csvText([
          ...rows.filter((r) => r.Type !== "medlem" || r.Id !== "partnermotet"),
          { ...blank(), Type: "medlem", Id: "partnermotet", Person: "ingen-person" },
        ]),
      "(Person)",
      /no person|must be/,
    ],
    ["an unknown column", (rows) => csvText(rows).replace('"ETag"', '"Hemmelig"'), "row 1 (Hemmelig)", /not a column/],
    [
      "a yes/no that is neither",
      (rows) =>
        csvText(rows.map((r) => (r.Id === "husradet" && r.Type === "gruppe" ? { ...r, Nedlagt: "kanskje" } : r))),
      "(Nedlagt)",
      /ja or nei/,
    ],
  ])("refuses %s with 400", async (_what, make, field, message) => {
    const res = await importDry({ csv: make(await exportedRows()) });
    expect(res.status).toBe(400);
    const issue = res.body.error.issues.find((x: { field: string }) => x.field.includes(field));
    expect(issue?.message).toMatch(message);
  });

  it.each<[string, unknown, string]>([
    ["another kind of file", { json: { format: "noe-annet", version: 1, groups: [], people: [] } }, "json.format"],
    ["both csv and json", { csv: "", json: { format: "alrek-directory", version: 1, groups: [], people: [] } }, "csv"],
    [
      "a group id twice",
      {
        json: {
          format: "alrek-directory",
          version: 1,
          groups: [
            { id: "a", name: "A" },
            { id: "a", name: "B" },
          ],
          people: [],
        },
      },
      "json.groups[1].id",
    ],
    [
      "an id that cannot be one",
      { json: { format: "alrek-directory", version: 1, groups: [{ id: "a b", name: "A" }], people: [] } },
      "json.groups[0].id",
    ],
  ])("refuses %s with 400", async (_what, body, field) => {
    const res = await importDry(body);
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { field: string }) => i.field)).toContain(field);
  });

  it("lets only editors import", async () => {
    const file = JSON.parse((await editor.get("/api/directory/export.json")).text);
    expect((await importDry({ json: file }, reader)).status).toBe(403);
  });
});
