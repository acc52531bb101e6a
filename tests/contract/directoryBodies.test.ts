import { describe, expect, it } from "vitest";
import {
  DIRECTORY_FILE_FORMAT,
  DirectoryFile,
  DirectoryImportBody,
  GroupCreateBody,
  GroupPatchBody,
  parseInput,
  PersonCreateBody,
  PersonPatchBody,
} from "../../src/contract/index.js";
import { DIRECTORY_LIMITS as L } from "../../src/domain/directoryLimits.js";
import { GROUP_EDITABLE_FIELDS, PERSON_EDITABLE_FIELDS } from "../../src/domain/directoryRules.js";
import { seedDirectory } from "../../src/seed/directory.js";
import { issuesFor } from "./issues.js";

describe("the directory's bodies", () => {
  it("list exactly the editable fields", () => {
    expect(Object.keys(GroupPatchBody.shape)).toEqual([...GROUP_EDITABLE_FIELDS]);
    expect(Object.keys(PersonPatchBody.shape)).toEqual([...PERSON_EDITABLE_FIELDS]);
    expect(Object.keys(GroupCreateBody.shape)).not.toContain("retired");
  });

  it("take every seeded group and person, so the seed can be exported and imported again", () => {
    const file = {
      format: DIRECTORY_FILE_FORMAT,
      version: 1,
      groups: seedDirectory.groups,
      people: seedDirectory.people,
    };
    expect(issuesFor(DirectoryFile, file)).toEqual([]);
    for (const { id: _id, order: _order, ...g } of seedDirectory.groups)
      expect(issuesFor(GroupCreateBody, g)).toEqual([]);
    for (const { id: _id, ...p } of seedDirectory.people) expect(issuesFor(PersonCreateBody, p)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>]>([
    ["the longest name", { name: "n".repeat(L.nameChars) }],
    [
      "the most aliases, each as long as allowed",
      { aliases: Array.from({ length: L.aliasesPerGroup }, (_, i) => `${i}`.padEnd(L.aliasChars, "a")) },
    ],
    [
      "the most seats, each with the longest unit and role",
      {
        members: Array.from({ length: L.membersPerGroup }, (_, i) => ({
          personId: `p${i}`,
          unit: "u".repeat(L.unitChars),
          role: "r".repeat(L.roleChars),
        })),
      },
    ],
    ["a mandate over several lines", { mandate: `Linje 1\nLinje 2\t– med tab\n${"m".repeat(L.mandateChars - 30)}` }],
    ["cleared texts", { mandate: null, note: "", representation: null, nameEn: null }],
  ])("a group patch takes %s", (_what, body) => {
    expect(issuesFor(GroupPatchBody, body)).toEqual([]);
  });

  it.each<[unknown, [string, string][]]>([
    [{ name: "n".repeat(L.nameChars + 1) }, [["name", `must be at most ${L.nameChars} characters`]]],
    [{ aliases: ["a", "A "] }, [["aliases[1]", "is listed twice"]]],
    [{ aliases: ["linje\nto"] }, [["aliases[0]", "must be one line"]]],
    [
      { members: [{ personId: "a|b" }] },
      [["members[0].personId", expect.stringMatching(/must be an id/) as unknown as string]],
    ],
    [
      { members: [{ personId: "x", unit: "u".repeat(L.unitChars + 1) }] },
      [["members[0].unit", `must be at most ${L.unitChars} characters`]],
    ],
    [{ behoRepresented: "nei" }, [["behoRepresented", "must be true or false"]]],
    [{ order: -1 }, [["order", `must be a whole number from 0 to ${L.maxOrder}`]]],
    [{ etag: 'W/"1"' }, [["etag", expect.stringMatching(/^cannot be changed/) as unknown as string]]],
  ])("a group patch refuses %j", (body, issues) => {
    expect(issuesFor(GroupPatchBody, body)).toEqual(issues);
  });

  it.each<[unknown, string]>([
    [{}, "name"],
    [{ name: "Ola", email: "ola@" }, "email"],
    [{ name: "Ola", email: "ola nordmann@bergen.kommune.no" }, "email"],
    [{ name: "Ola", altNames: ["Ola", "ola"] }, "altNames[1]"],
    [{ name: "Ola", id: "ola" }, "id"],
  ])("a new person refuses %j", (body, field) => {
    expect(issuesFor(PersonCreateBody, body).map(([f]) => f)).toContain(field);
  });

  it("a new person takes an e-mail address and clears with null", () => {
    expect(parseInput(PersonCreateBody, { name: "Ola", email: "Ola.Nordmann@bergen.kommune.no" })).toEqual({
      name: "Ola",
      email: "Ola.Nordmann@bergen.kommune.no",
    });
    expect(issuesFor(PersonPatchBody, { email: null, unit: null, title: "" })).toEqual([]);
  });

  it("an import takes the file as CSV text or JSON, never both or neither", () => {
    const json = { format: DIRECTORY_FILE_FORMAT, version: 1, groups: [], people: [] };
    expect(issuesFor(DirectoryImportBody, { json })).toEqual([]);
    expect(issuesFor(DirectoryImportBody, { csv: "Type;Id;Navn", dryRun: false })).toEqual([]);
    expect(issuesFor(DirectoryImportBody, {})).toEqual([["csv", "give the file as either csv or json"]]);
    expect(issuesFor(DirectoryImportBody, { csv: "", json })).toEqual([["csv", "give the file as either csv or json"]]);
    expect(
      issuesFor(DirectoryImportBody, {
        json: { ...json, groups: Array(L.groups + 1).fill({ id: "g", name: "G" }) },
      })[0],
    ).toEqual(["json.groups", `must list at most ${L.groups}`]);
  });
});
