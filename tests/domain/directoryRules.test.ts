import { describe, expect, it } from "vitest";
import type { Group, Person } from "../../src/domain/directory.js";
import {
  applyGroupEdit,
  applyPersonEdit,
  canonicalGroup,
  currentDirectory,
  memberIssues,
  newGroup,
  newPerson,
} from "../../src/domain/directoryRules.js";
import { planImport } from "../../src/domain/directoryImport.js";
import { groupProblem, personProblem } from "../../src/domain/storedValues.js";
import { seedDirectory } from "../../src/seed/directory.js";

const husradet: Group = {
  id: "husradet",
  name: "Husrådet",
  nameEn: "House council",
  aliases: ["husråd"],
  kind: "committee",
  mandate: "Foreslå fellesløsninger.",
  behoRepresented: true,
  members: [{ role: "koordinator", personId: "karen" }],
  order: 10,
};
const karen: Person = { id: "karen", name: "Karen Haugvaldstad", altNames: [], title: "koordinator" };

describe("editing a group", () => {
  it("records only the fields that changed, trimmed, however the stored row ordered its seat fields", () => {
    const { group, changes } = applyGroupEdit(husradet, {
      name: "  Husrådet ",
      members: [
        { personId: "karen", role: "koordinator" },
        { personId: "ola", unit: " Etat for sykehjem " },
      ],
    });
    expect(changes.map((c) => c.field)).toEqual(["members"]);
    expect(group.members).toEqual([
      { personId: "karen", role: "koordinator" },
      { personId: "ola", unit: "Etat for sykehjem" },
    ]);
    expect(JSON.parse(changes[0].oldValue!)).toEqual([{ personId: "karen", role: "koordinator" }]);
  });

  it("returns the stored group unchanged when nothing differs", () => {
    const { group, changes } = applyGroupEdit(husradet, { name: "Husrådet", aliases: ["husråd"] });
    expect(changes).toEqual([]);
    expect(group).toBe(husradet);
  });

  it.each<[string, Partial<Record<"mandate" | "note" | "nameEn", string | null>>, Partial<Group>]>([
    ["null clears the mandate", { mandate: null }, { mandate: undefined }],
    ["an empty string clears it too", { mandate: "   " }, { mandate: undefined }],
    ["an empty English name falls back to the name", { nameEn: "" }, { nameEn: "Husrådet" }],
  ])("%s", (_what, edit, expected) => {
    const { group } = applyGroupEdit(husradet, edit);
    for (const [k, v] of Object.entries(expected)) expect(group[k as keyof Group]).toEqual(v);
    if ("mandate" in expected) expect("mandate" in group).toBe(false);
  });

  it("retires and restores; a current group stores no retired field", () => {
    const retired = applyGroupEdit(husradet, { retired: true });
    expect(retired.group.retired).toBe(true);
    expect(retired.changes).toEqual([{ field: "retired", oldValue: null, newValue: "true" }]);
    const restored = applyGroupEdit(retired.group, { retired: false });
    expect("retired" in restored.group).toBe(false);
  });

  it("makes a new group current, represented, a faggruppe unless told otherwise, with the English name from the name", () => {
    expect(newGroup("ny-1", { name: "Ny gruppe" }, 19)).toEqual({
      id: "ny-1",
      name: "Ny gruppe",
      nameEn: "Ny gruppe",
      aliases: [],
      kind: "professional",
      behoRepresented: true,
      members: [],
      order: 19,
    });
  });

  it("names each seat that names no stored person", () => {
    expect(memberIssues([{ personId: "karen" }, { personId: "ingen" }], new Set(["karen"]))).toEqual([
      { field: "members[1].personId", message: "no person ingen" },
    ]);
  });

  it("keeps retired groups out of the directory the bot answers from", () => {
    const d = { ...seedDirectory, groups: [husradet, { ...husradet, id: "gammel", retired: true }] };
    expect(currentDirectory(d).groups.map((g) => g.id)).toEqual(["husradet"]);
    expect(currentDirectory(seedDirectory)).toBe(seedDirectory);
  });
});

describe("editing a person", () => {
  it("trims, clears and records", () => {
    const { person, changes } = applyPersonEdit(karen, { title: null, altNames: [" Karen H. "], email: "k@b.no" });
    expect(person).toEqual({ id: "karen", name: "Karen Haugvaldstad", altNames: ["Karen H."], email: "k@b.no" });
    expect(changes.map((c) => c.field).sort()).toEqual(["altNames", "email", "title"]);
    expect(newPerson("p-1", { name: "Ola", unit: "" })).toEqual({ id: "p-1", name: "Ola", altNames: [] });
  });
});

describe("planning an import", () => {
  const current = {
    groups: [{ value: husradet, etag: "g1" }],
    people: [{ value: karen, etag: "p1" }],
  };

  it("sorts rows into added, changed, retired, unchanged and not in the file; people are written before groups", () => {
    const plan = planImport(current, {
      people: [
        { ...karen, etag: "p1" },
        { id: "ola", name: "Ola Nordmann" },
      ],
      groups: [
        { ...husradet, members: [{ personId: "ola" }], etag: "g1" },
        { id: "gammel", name: "Gammel gruppe", retired: true },
      ],
    });
    expect(plan.issues).toEqual([]);
    expect(plan.added.map((i) => i.id)).toEqual(["ola", "gammel"]);
    expect(plan.changed).toEqual([{ type: "group", id: "husradet", name: "Husrådet", fields: ["members"] }]);
    expect(plan.unchanged).toBe(1);
    expect(plan.steps.map((s) => `${s.op}:${s.type}:${s.value.id}`)).toEqual([
      "create:person:ola",
      "update:group:husradet",
      "create:group:gammel",
    ]);
    expect(plan.steps[1]).toMatchObject({ etag: "g1" });
  });

  it("lists a retiring group as retired, and a stored group missing from the file as left alone", () => {
    const plan = planImport(current, { people: [], groups: [{ ...husradet, retired: true }] });
    expect(plan.retired.map((i) => i.id)).toEqual(["husradet"]);
    expect(planImport(current, { people: [], groups: [] }).notInFile.map((i) => i.id)).toEqual(["karen", "husradet"]);
  });

  it("makes a row changed in the app since the export a conflict, and writes nothing for it", () => {
    const plan = planImport(current, { people: [], groups: [{ ...husradet, mandate: "Gammel tekst", etag: "g0" }] });
    expect(plan.conflicts).toEqual([{ type: "group", id: "husradet", name: "Husrådet", fields: ["mandate"] }]);
    expect(plan.steps).toEqual([]);
    // The same old ETag with equal values is simply unchanged.
    expect(planImport(current, { people: [], groups: [{ ...husradet, etag: "g0" }] }).unchanged).toBe(1);
  });

  it("refuses seats of people neither stored nor in the file, and more current groups than allowed", () => {
    const plan = planImport(current, { people: [], groups: [{ ...husradet, members: [{ personId: "ingen" }] }] });
    expect(plan.issues).toEqual([{ field: "groups[0].members[0].personId", message: "no person ingen" }]);
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `g${i}`, name: `Gruppe ${i}` }));
    expect(planImport(current, { people: [], groups: many }).issues).toEqual([
      { field: "groups", message: "at most 40 groups can be current; the file would make 41 current" },
    ]);
  });
});

describe("stored directory values", () => {
  it("reads every seeded group and person", () => {
    for (const g of seedDirectory.groups) expect(groupProblem(g), g.id).toBeUndefined();
    for (const p of seedDirectory.people) expect(personProblem(p), p.id).toBeUndefined();
  });

  it.each<[string, Partial<Group>, RegExp]>([
    ["a huge alias list", { aliases: Array.from({ length: 61 }, (_, i) => `a${i}`) }, /aliases: more than 60/],
    ["a huge alias", { aliases: ["x".repeat(201)] }, /aliases\[0\]: longer than 200/],
    ["a huge mandate", { mandate: "m".repeat(8001) }, /mandate: longer than 8000/],
    ["too many seats", { members: Array.from({ length: 61 }, (_, i) => ({ personId: `p${i}` })) }, /members/],
    ["an empty name", { name: " " }, /name: is empty/],
  ])("skips a stored group with %s", (_what, change, reason) => {
    expect(groupProblem({ ...husradet, ...change })).toMatch(reason);
  });

  it("tells a canonical group from one stored another way only by its values", () => {
    expect(canonicalGroup({ ...husradet, retired: false })).toEqual(canonicalGroup(husradet));
  });
});
