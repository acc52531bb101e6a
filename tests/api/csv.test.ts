import { describe, expect, it } from "vitest";
import { csvCell, formatOsloDateTime, tiltakCsv, UTF8_BOM } from "../../src/api/csv.js";
import type { PlanPeriod, Tiltak } from "../../src/domain/tiltak.js";

describe("csvCell", () => {
  it.each([
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+47 55 00", '"\'+47 55 00"'],
    ["-1+2", '"\'-1+2"'],
    ["@SUM(A1)", '"\'@SUM(A1)"'],
    ["\tTAB", '"\'\tTAB"'],
    ["Vanlig tekst; med semikolon", '"Vanlig tekst; med semikolon"'],
    ["linje 1\nlinje 2", '"linje 1\nlinje 2"'],
    ["", '""'],
  ])("quotes and neutralises %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe("tiltakCsv", () => {
  const period: PlanPeriod = {
    id: "p",
    title: "P",
    startYear: 2024,
    endYear: 2025,
    areas: [
      { id: "b", name: "Forskning", nameEn: "Research", goal: "", order: 2 },
      { id: "a", name: "Utdanning for fremtiden", nameEn: "Education", goal: "", order: 1 },
    ],
  };
  const t = (over: Partial<Tiltak>): Tiltak => ({
    periodId: "p",
    id: "x",
    areaId: "a",
    order: 1,
    text: "Tekst",
    status: "planned",
    responsible: "Alle",
    notes: "",
    ...over,
  });

  it("writes BOM, header, rows in area order, Norwegian status names and Oslo times, CRLF", () => {
    const csv = tiltakCsv(period, [
      t({
        id: "2",
        areaId: "b",
        text: "Forske",
        status: "done",
        updatedAt: "2026-07-01T10:00:00.000Z",
        updatedBy: "Karen",
      }),
      t({
        id: "1",
        areaId: "a",
        text: "Lære",
        status: "in_progress",
        notes: "=cmd()",
        dueDate: "2026-06-30",
        milestone: "Før sommeren",
      }),
    ]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      '"Område";"Tiltak";"Status";"Ansvarlig";"Frist";"Milepæl";"Notater";"Sist endret";"Endret av"',
    );
    expect(lines[1]).toBe(
      '"Utdanning for fremtiden";"Lære";"Pågår";"Alle";"2026-06-30";"Før sommeren";"\'=cmd()";"";""',
    );
    expect(lines[2]).toBe('"Forskning";"Forske";"Fullført";"Alle";"";"";"";"01.07.2026 12:00";"Karen"');
    expect(lines[3]).toBe("");
  });

  it("formats winter time with +01:00 and tolerates bad instants", () => {
    expect(formatOsloDateTime("2026-11-22T09:05:00Z")).toBe("22.11.2026 10:05");
    expect(formatOsloDateTime("not a date")).toBe("");
    expect(formatOsloDateTime(undefined)).toBe("");
  });
});
