import { describe, expect, it } from "vitest";
import type { ZodTypeAny } from "zod";
import { Me, OccurrenceDto, TiltakView } from "../../src/contract/index.js";

const me = { oid: "o", tid: "t", name: "Karen", isEditor: true, mode: "entra" };
const occurrence = {
  eventId: "e",
  key: "2026-12-10T10:00",
  start: "2026-12-10T09:00:00.000Z",
  moved: false,
  title: "Møte",
  kind: "meeting",
  reminders: [],
};
const tiltak = {
  periodId: "p",
  id: "t01",
  areaId: "a",
  order: 1,
  text: "T",
  status: "planned",
  responsible: "",
  notes: "",
  etag: 'W/"1"',
};

describe("response schemas are exact, so drift between the API and the tab shows", () => {
  it.each<[string, ZodTypeAny, Record<string, unknown>]>([
    ["Me", Me, me],
    ["OccurrenceDto", OccurrenceDto, occurrence],
    ["TiltakView", TiltakView, tiltak],
  ])("%s: accepts a sample, refuses an extra field and a missing field", (_name, schema, sample) => {
    expect(schema.safeParse(sample).success).toBe(true);
    expect(schema.safeParse({ ...sample, extra: 1 }).success).toBe(false);
    const [first] = Object.keys(sample);
    expect(schema.safeParse({ ...sample, [first]: undefined }).success).toBe(false);
  });

  it.each<[ZodTypeAny, Record<string, unknown>]>([
    [Me, { ...me, mode: "guest" }],
    [OccurrenceDto, { ...occurrence, kind: "party" }],
    [TiltakView, { ...tiltak, status: "finished" }],
  ])("refuses a value outside the enum (%#)", (schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});
