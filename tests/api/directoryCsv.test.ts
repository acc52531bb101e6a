import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/api/csvParse.js";
import { csvIssue, directoryCsv, readDirectoryCsv } from "../../src/api/directoryCsv.js";
import { DIRECTORY_FILE_FORMAT, DirectoryFile, parseInput, type DirectoryExport } from "../../src/contract/index.js";
import { ValidationError } from "../../src/domain/errors.js";
import { seedDirectory } from "../../src/seed/directory.js";

describe("parseCsv", () => {
  it.each<[string, string, string[][]]>([
    [
      "the export's own form",
      '\uFEFF"a";"b"\r\n"1";"2"\r\n',
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "a spreadsheet's save with commas and bare cells",
      "a,b\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "separators, quotes and line breaks inside quotes",
      '"x;y";"si ""hei""";"to\nlinjer"',
      [["x;y", 'si "hei"', "to\nlinjer"]],
    ],
    ["empty cells", ";;\n", [["", "", ""]]],
    ["no line end at the end", "a;b", [["a", "b"]]],
  ])("reads %s", (_what, text, cells) => {
    expect(parseCsv(text).map((r) => r.cells)).toEqual(cells);
  });

  it("numbers rows as a spreadsheet does: a cell over two lines is one row, a blank row counts", () => {
    expect(parseCsv('"h"\n"to\nlinjer"\n\n"fire"').map((r) => r.row)).toEqual([1, 2, 4]);
  });
});

const exported: DirectoryExport = {
  format: DIRECTORY_FILE_FORMAT,
  version: 1,
  exportedAt: "2026-11-22T09:00:00.000Z",
  groups: seedDirectory.groups.map((g, i) => ({
    ...g,
    ...(i === 0 ? { mandate: '=HYPERLINK("x") og -punkt', retired: true } : {}),
    etag: `W/"datetime'2026-11-22T09%3A00%3A0${i % 10}Z'"`,
  })),
  people: seedDirectory.people.map((p) => ({ ...p, etag: 'W/"p"' })),
};

describe("the directory as CSV", () => {
  it("reads back exactly what it wrote, formulas guarded on the way out and unguarded on the way in", () => {
    const csv = directoryCsv(exported);
    expect(csv).toContain(`"'=HYPERLINK(""x"") og -punkt"`);
    const { file } = readDirectoryCsv(csv);
    const read = parseInput(DirectoryFile, file);
    const { exportedAt: _at, ...rest } = exported;
    expect(read).toEqual(rest);
  });

  it("refuses a file without the columns that say what a row is", () => {
    expect(() => readDirectoryCsv("Navn;Enhet\nOla;X")).toThrow(ValidationError);
    try {
      readDirectoryCsv("Navn;Enhet\nOla;X");
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.field)).toEqual(["csv row 1 (Type)", "csv row 1 (Id)"]);
    }
  });

  it("points a seat's problem at the seat's row", () => {
    const csv = '"Type";"Id";"Navn";"Person"\n"gruppe";"g";"G";""\n"medlem";"g";"";"a b"\n';
    const { rowsOf } = readDirectoryCsv(csv);
    expect(csvIssue({ field: "groups[0].members[0].personId", message: "m" }, rowsOf)).toEqual({
      field: "csv row 3 (Person)",
      message: "m",
    });
    expect(csvIssue({ field: "groups[0].name", message: "m" }, rowsOf).field).toBe("csv row 2 (Navn)");
    expect(csvIssue({ field: "groups", message: "m" }, rowsOf).field).toBe("groups");
  });
});
