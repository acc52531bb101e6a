import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeJwks, type FakeJwks } from "../fakes/fakeJwks.js";
import { EDITOR_OID, READER_OID, TEST_TENANT_ID, entraEnv, signToken } from "../support/entraTokens.js";
import { startTestService } from "../support/testService.js";
import { call, client, fixedClock } from "./apiClient.js";

let jwks: FakeJwks;
let service: Awaited<ReturnType<typeof startTestService>>;
let editor: string;
let reader: string;

beforeAll(async () => {
  jwks = await startFakeJwks();
  service = await startTestService(entraEnv(jwks.url), { clock: fixedClock });
  editor = await signToken(jwks.privateKey, { oid: EDITOR_OID, name: "Karen Haugvaldstad" });
  reader = await signToken(jwks.privateKey, { oid: READER_OID, name: "Lesende Leser" });
});
afterAll(async () => {
  await service?.stop();
  await jwks?.close();
});

const T = "/api/periods/2024-2025/tiltak";

async function tiltak(id: string, token = editor) {
  const res = await client(service.url, token).get(T);
  expect(res.status).toBe(200);
  return res.body.tiltak.find((t: { id: string }) => t.id === id);
}

describe("writes through the API", () => {
  it("lets a non-editor read but answers 403 to a write, and changes nothing", async () => {
    const before = await tiltak("t02", reader);
    const res = await client(service.url, reader).patch(`${T}/t02`, { status: "done" }, { etag: before.etag });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
    expect(await tiltak("t02")).toEqual(before);
    const history = await client(service.url, reader).get(`${T}/t02/history`);
    expect(history.body.history).toEqual([]);
  });

  it("answers 403 to a non-editor creating an event", async () => {
    const res = await client(service.url, reader).post("/api/events", { kind: "meeting", title: "Ikke lov" });
    expect(res.status).toBe(403);
    const all = await client(service.url, reader).get("/api/events/all");
    expect(all.body.events.some((e: { title: string }) => e.title === "Ikke lov")).toBe(false);
  });

  it("saves an editor's change and records who changed what in the history", async () => {
    const before = await tiltak("t01");
    const res = await client(service.url, editor).patch(
      `${T}/t01`,
      { status: "in_progress", notes: "Startet i november" },
      { etag: before.etag },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: "t01",
      status: "in_progress",
      notes: "Startet i november",
      updatedBy: "Karen Haugvaldstad",
    });
    expect(res.body.etag).not.toBe(before.etag);
    expect(res.headers.get("etag")).toBe(res.body.etag);

    const history = await client(service.url, reader).get(`${T}/t01/history`);
    expect(history.status).toBe(200);
    const fields = history.body.history.map((h: { field: string }) => h.field).sort();
    expect(fields).toEqual(["notes", "status"]);
    const status = history.body.history.find((h: { field: string }) => h.field === "status");
    expect(status).toMatchObject({
      entityType: "tiltak",
      field: "status",
      oldValue: "planned",
      newValue: "in_progress",
      by: { oid: EDITOR_OID, tid: TEST_TENANT_ID, name: "Karen Haugvaldstad" },
      at: "2026-11-22T09:00:00.000Z",
    });
  });

  it("answers 412 with the current value to a stale If-Match, and changes nothing (no history row)", async () => {
    const first = await tiltak("t03");
    const ok = await client(service.url, editor).patch(`${T}/t03`, { notes: "Første" }, { etag: first.etag });
    expect(ok.status).toBe(200);
    const stale = await client(service.url, editor).patch(`${T}/t03`, { notes: "Andre" }, { etag: first.etag });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("precondition_failed");
    expect(stale.body.current).toMatchObject({ id: "t03", notes: "Første", etag: ok.body.etag });
    expect(stale.body.etag).toBe(ok.body.etag);
    expect((await tiltak("t03")).notes).toBe("Første");
    const history = await client(service.url, editor).get(`${T}/t03/history`);
    expect(history.body.history).toHaveLength(1);
  });

  it("answers 428 when If-Match is missing", async () => {
    const res = await client(service.url, editor).patch(`${T}/t04`, { status: "done" });
    expect(res.status).toBe(428);
    expect(res.body.error.code).toBe("precondition_required");
    expect((await tiltak("t04")).status).toBe("planned");
  });

  it("returns user text with <script> verbatim as a JSON string, never as HTML", async () => {
    const text = `<script>alert("x")</script> & <b>fet</b>`;
    const before = await tiltak("t05");
    const res = await client(service.url, editor).patch(`${T}/t05`, { notes: text }, { etag: before.etag });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.body.notes).toBe(text);
    const list = await client(service.url, reader).get(T);
    expect(list.headers.get("content-type")).toMatch(/^application\/json/);
    expect(list.body.tiltak.find((t: { id: string }) => t.id === "t05").notes).toBe(text);
  });

  it("answers 404 for an unknown tiltak", async () => {
    const res = await client(service.url, editor).patch(`${T}/t99`, { status: "done" }, { etag: 'W/"x"' });
    expect(res.status).toBe(404);
  });

  it("keeps answering after malformed and oversized requests", async () => {
    const bad = await call(service.url, "PATCH", `${T}/t06`, { token: editor, etag: "x", rawBody: "{not json" });
    expect(bad.status).toBe(400);
    const huge = await call(service.url, "POST", "/api/events", {
      token: editor,
      body: { title: "x".repeat(300_000), kind: "meeting" },
    });
    expect(huge.status).toBe(413);
    const arr = await call(service.url, "POST", "/api/events", { token: editor, body: [1, 2] });
    expect(arr.status).toBe(400);
    const me = await call(service.url, "GET", "/api/me", { token: editor });
    expect(me.status).toBe(200);
  });
});
