/** Tiltak get time through the real API: due date and milestone patched, validated, carried over. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeJwks, type FakeJwks } from "../fakes/fakeJwks.js";
import { EDITOR_OID, entraEnv, signToken } from "../support/entraTokens.js";
import { startTestService } from "../support/testService.js";
import { client, fixedClock } from "./apiClient.js";

let jwks: FakeJwks;
let service: Awaited<ReturnType<typeof startTestService>>;
let editor: string;

beforeAll(async () => {
  jwks = await startFakeJwks();
  service = await startTestService(entraEnv(jwks.url), { clock: fixedClock });
  editor = await signToken(jwks.privateKey, { oid: EDITOR_OID, name: "Karen Haugvaldstad" });
});
afterAll(async () => {
  await service?.stop();
  await jwks?.close();
});

const T = "/api/periods/2024-2025/tiltak";
const get = async (id: string, periodPath = T) =>
  (await client(service.url, editor).get(periodPath)).body.tiltak.find((t: { id: string }) => t.id === id);
const patch = async (id: string, body: unknown) =>
  client(service.url, editor).patch(`${T}/${id}`, body, { etag: (await get(id)).etag });

describe("a tiltak's time", () => {
  it("saves a due date and a milestone, records both in the history, and clears them", async () => {
    const set = await patch("t05", { dueDate: "2025-09-30", milestone: "Før Alrekdagene" });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ dueDate: "2025-09-30", milestone: "Før Alrekdagene" });
    const history = await client(service.url, editor).get(`${T}/t05/history`);
    expect(history.body.history.map((h: { field: string }) => h.field).sort()).toEqual(["dueDate", "milestone"]);

    const cleared = await patch("t05", { dueDate: null, milestone: "" });
    expect(cleared.status).toBe(200);
    expect(cleared.body.dueDate).toBeUndefined();
    expect(cleared.body.milestone).toBeUndefined();
  });

  it.each([
    [{ dueDate: "2025-02-30" }, "dueDate"],
    [{ dueDate: "30.09.2025" }, "dueDate"],
    [{ dueDate: 20250930 }, "dueDate"],
    [{ milestone: "to\nlinjer" }, "milestone"],
    [{ milestone: "x".repeat(201) }, "milestone"],
  ])("refuses %j with 400 naming %s, and changes nothing", async (body, field) => {
    const before = await get("t06");
    const res = await patch("t06", body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain(field);
    expect(await get("t06")).toEqual(before);
  });

  it("asks for new due dates when carrying over: an old one is not kept, a new one is set", async () => {
    expect((await patch("t07", { dueDate: "2025-11-15", status: "in_progress" })).status).toBe(200);
    const periods = (await client(service.url, editor).get("/api/periods")).body.periods;
    const old = periods.find((p: { id: string }) => p.id === "2024-2025");
    const res = await client(service.url, editor).post("/api/periods", {
      id: "2026-2027",
      title: "Handlingsplan 2026–2027",
      startYear: 2026,
      endYear: 2027,
      areas: old.areas.map((a: { id: string; name: string }) => ({ id: a.id, name: a.name })),
      carryOver: { fromPeriod: "2024-2025", tiltakIds: ["t07", "t06"], dueDates: { t07: "2026-10-01" } },
    });
    expect(res.status).toBe(201);
    const byId = (id: string) => res.body.tiltak.find((t: { id: string }) => t.id === id);
    expect(byId("t06")).toMatchObject({ carriedFrom: "t06", carriedFromPeriod: "2024-2025" });
    expect(byId("t07")).toMatchObject({ status: "in_progress", dueDate: "2026-10-01", carriedFrom: "t07" });
    expect(byId("t06").dueDate).toBeUndefined();
    expect(await get("t07", "/api/periods/2026-2027/tiltak")).toMatchObject({ dueDate: "2026-10-01" });
    // A due date for a tiltak that is not carried is refused, naming it.
    const stray = await client(service.url, editor).post("/api/periods", {
      id: "2028-2029",
      title: "Handlingsplan 2028–2029",
      startYear: 2028,
      endYear: 2029,
      areas: old.areas.map((a: { id: string; name: string }) => ({ id: a.id, name: a.name })),
      carryOver: { fromPeriod: "2024-2025", tiltakIds: ["t07"], dueDates: { t08: "2028-10-01" } },
    });
    expect(stray.status).toBe(400);
    expect(JSON.stringify(stray.body.error.issues)).toContain("carryOver.dueDates.t08");
    // The new period is current now (2026), so the dashboard shows it.
    expect((await client(service.url, editor).get("/api/periods")).body.current).toBe("2026-2027");
  });
});
