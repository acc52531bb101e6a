/**
 * The largest directory the door lets in, through the real service: every text at its longest,
 * in letters that take three bytes and markdown that escaping doubles, every list at its longest,
 * one person seated in every current group. The bot still answers each question with one card well
 * under the 80 KB Teams takes, and every read route answers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../support/testService.js";
import { ask } from "../support/activities.js";
import { client } from "../api/apiClient.js";
import { DIRECTORY_LIMITS as L } from "../../src/domain/directoryLimits.js";

/** Reply bytes Teams takes without trouble (its hard limit is about 100 KB). */
const TEAMS_COMFORTABLE_BYTES = 80 * 1024;

let service: Awaited<ReturnType<typeof startTestService>>;
let api: ReturnType<typeof client>;

/** `n` characters of three-byte letters and markdown that the cards escape. */
const heavy = (n: number, tag = "") => (tag + "€*_[".repeat(n)).slice(0, n);

const BIG_GROUP = "Storgruppen";
const SEATED_EVERYWHERE = "Allestedsnærværende Person";
let everywhereId = "";

beforeAll(async () => {
  service = await startTestService();
  api = client(service.url);
  const people: string[] = [];
  for (let i = 0; i < L.membersPerGroup; i++) {
    const name = i === 0 ? SEATED_EVERYWHERE : `Person ${i} ${heavy(L.nameChars - 12)}`;
    const res = await api.post("/api/people", {
      name,
      altNames: Array.from({ length: L.altNamesPerPerson }, (_, j) => heavy(L.aliasChars, `${j}`)),
      unit: heavy(L.unitChars),
      title: heavy(L.roleChars),
      email: `person.${i}@bergen.kommune.no`,
    });
    expect(res.status).toBe(201);
    people.push(res.body.id);
  }
  everywhereId = people[0];
  const seats = (ids: string[]) =>
    ids.map((personId) => ({ personId, unit: heavy(L.unitChars), role: heavy(L.roleChars) }));
  const full = (name: string) => ({
    name,
    nameEn: heavy(L.nameChars),
    aliases: Array.from({ length: L.aliasesPerGroup }, (_, j) => heavy(L.aliasChars, `${name.slice(0, 8)} ${j} `)),
    mandate: heavy(L.mandateChars),
    representation: heavy(L.representationChars),
    note: heavy(L.noteChars),
  });
  const current = ((await api.get("/api/groups")).body.groups as { retired?: boolean }[]).filter((g) => !g.retired);
  const res = await api.post("/api/groups", { ...full(BIG_GROUP), members: seats(people) });
  expect(res.status).toBe(201);
  for (let i = current.length + 1; i < L.currentGroups; i++) {
    const made = await api.post("/api/groups", { ...full(`Gruppe ${i} ${heavy(40)}`), members: seats([everywhereId]) });
    expect(made.status).toBe(201);
  }
  // The 41st current group is refused.
  const over = await api.post("/api/groups", { name: "En for mye" });
  expect(over.status).toBe(400);
  expect(over.body.error.issues[0].message).toMatch(/at most 40 groups can be current/);
  // And the everywhere person takes every seeded group's first seat too.
  for (const g of (await api.get("/api/groups")).body.groups as { id: string; etag: string; members: unknown[] }[]) {
    if (g.members.some((m) => (m as { personId: string }).personId === everywhereId)) continue;
    const members = [
      { personId: everywhereId, role: heavy(L.roleChars), unit: heavy(L.unitChars) },
      ...g.members,
    ].slice(0, L.membersPerGroup);
    expect((await api.patch(`/api/groups/${g.id}`, { members }, { etag: g.etag })).status).toBe(200);
  }
}, 120_000);
afterAll(async () => {
  await service?.stop();
});

describe("the largest directory the door lets in", () => {
  it.each([
    ["nb-NO", `Hvem sitter i ${BIG_GROUP}?`],
    ["en-US", `Who sits in ${BIG_GROUP}?`],
    ["nb-NO", `Hva er mandatet til ${BIG_GROUP}?`],
    ["nb-NO", `Hvilke grupper sitter ${SEATED_EVERYWHERE} i?`],
    ["en-US", `Which groups is ${SEATED_EVERYWHERE} in?`],
    ["nb-NO", "hjelp"],
  ])("(%s) %s: one card, under 80 KB", async (locale, question) => {
    const replies = await ask(service.url, question, { locale });
    expect(replies).toHaveLength(1);
    expect(replies[0].attachments?.[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(Buffer.byteLength(JSON.stringify(replies[0]), "utf8")).toBeLessThan(TEAMS_COMFORTABLE_BYTES);
  });

  it("answers the person's groups with every current group, and the group with every seat", async () => {
    const person = (await ask(service.url, `Hvilke grupper sitter ${SEATED_EVERYWHERE} i?`))[0];
    const facts = person.attachments[0].content.body.find((b: { type: string }) => b.type === "FactSet").facts;
    expect(facts).toHaveLength(L.currentGroups);
    const group = (await ask(service.url, `Hvem sitter i ${BIG_GROUP}?`))[0];
    const seats = group.attachments[0].content.body.find((b: { type: string }) => b.type === "FactSet").facts;
    expect(seats).toHaveLength(L.membersPerGroup);
  });

  it.each(["/api/groups", "/api/summary", "/api/dashboard", "/api/directory/export.csv", "/api/directory/export.json"])(
    "%s answers 200",
    async (path) => {
      expect((await api.get(path)).status).toBe(200);
    },
  );

  it("takes its export back in parts when the whole is over the body limit: rows not in a file are left alone", async () => {
    const file = JSON.parse((await api.get("/api/directory/export.json")).text);
    expect((await api.post("/api/directory/import", { json: file })).status).toBe(413);
    // Parts of at most 200 KB each, as a coordinator would split the file.
    const parts: unknown[][] = [[]];
    for (const group of file.groups) {
      const last = parts[parts.length - 1];
      if (Buffer.byteLength(JSON.stringify([...last, group])) > 200 * 1024) parts.push([group]);
      else last.push(group);
    }
    expect(parts.length).toBeGreaterThan(1);
    for (const groups of parts) {
      const plan = await api.post("/api/directory/import", { json: { ...file, people: [], groups } });
      expect(plan.status).toBe(200);
      expect(plan.body).toMatchObject({ added: [], changed: [], retired: [], conflicts: [] });
      expect(plan.body.unchanged).toBe(groups.length);
    }
  });
});
