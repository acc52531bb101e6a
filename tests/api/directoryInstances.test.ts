/**
 * Two service instances on one Azurite, as behind a load balancer: an editor's change through one
 * reaches the other's bot without a restart, and two editors saving at once on different
 * instances lose nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeJwks, type FakeJwks } from "../fakes/fakeJwks.js";
import { EDITOR_OID, entraEnv, signToken } from "../support/entraTokens.js";
import { startTestService } from "../support/testService.js";
import { ask, said } from "../support/activities.js";
import { client } from "./apiClient.js";

const SECOND_EDITOR_OID = "00000000-0000-4000-8000-00000000e018";

let jwks: FakeJwks;
let a: Awaited<ReturnType<typeof startTestService>>;
let b: Awaited<ReturnType<typeof startTestService>>;
let editorOnA: ReturnType<typeof client>;
let editorOnB: ReturnType<typeof client>;
let secondEditorOnB: ReturnType<typeof client>;

beforeAll(async () => {
  jwks = await startFakeJwks();
  const env = entraEnv(jwks.url, [EDITOR_OID, SECOND_EDITOR_OID]);
  a = await startTestService(env);
  b = await startTestService(env, { tablePrefix: a.tablePrefix });
  const karen = await signToken(jwks.privateKey, { oid: EDITOR_OID, name: "Karen Haugvaldstad" });
  const frode = await signToken(jwks.privateKey, { oid: SECOND_EDITOR_OID, name: "Frode Aass Kristiansen" });
  editorOnA = client(a.url, karen);
  editorOnB = client(b.url, karen);
  secondEditorOnB = client(b.url, frode);
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await jwks?.close();
});

/** Asks until the answer satisfies `done`; a change that never arrives is ended by the test's timeout, not by a deadline here. */
async function answerWhen(url: string, question: string, done: (answer: string) => boolean): Promise<string> {
  for (;;) {
    const answer = said((await ask(url, question))[0]);
    if (done(answer)) return answer;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const groupOn = async (api: ReturnType<typeof client>, id: string) =>
  ((await api.get("/api/groups")).body.groups as { id: string; etag: string }[]).find((g) => g.id === id)!;

describe("two instances on one storage", () => {
  it("an editor changes Husrådet's members on A; B's bot answers with the new members, the old ones stay in the history", async () => {
    // B has answered (and cached) the old members before the change.
    expect(said((await ask(b.url, "Hvem sitter i Husrådet?"))[0])).toContain("Karen Haugvaldstad");
    const person = await editorOnA.post("/api/people", {
      name: "Siri Solberg",
      unit: "Etat for hjemmebaserte tjenester",
    });
    expect(person.status).toBe(201);
    const husradet = await groupOn(editorOnA, "husradet");
    const saved = await editorOnA.patch(
      "/api/groups/husradet",
      { members: [{ personId: person.body.id, role: "representant" }, { personId: "alette-stang" }] },
      { etag: husradet.etag },
    );
    expect(saved.status).toBe(200);

    const answer = await answerWhen(b.url, "Hvem sitter i Husrådet?", (text) => text.includes("Siri Solberg"));
    expect(answer).toContain("Alette Stang");
    expect(answer).not.toContain("Karen Haugvaldstad");
    const history = (await editorOnB.get("/api/groups/husradet/history")).body.history;
    expect(history[0]).toMatchObject({ field: "members", by: { name: "Karen Haugvaldstad" } });
    expect(history[0].oldValue).toContain("karen-haugvaldstad");
  });

  it("two editors save the same group at once on A and B: one is told, and saving again keeps both changes", async () => {
    const before = await groupOn(editorOnA, "lederforum");
    const [onA, onB] = await Promise.all([
      editorOnA.patch("/api/groups/lederforum", { note: "Møtes to ganger i året." }, { etag: before.etag }),
      secondEditorOnB.patch("/api/groups/lederforum", { representation: "Etatsdirektørene." }, { etag: before.etag }),
    ]);
    expect([onA.status, onB.status].sort()).toEqual([200, 412]);
    const lost = onA.status === 412 ? onA : onB;
    const retry =
      lost === onA
        ? await editorOnA.patch("/api/groups/lederforum", { note: "Møtes to ganger i året." }, { etag: lost.body.etag })
        : await secondEditorOnB.patch(
            "/api/groups/lederforum",
            { representation: "Etatsdirektørene." },
            { etag: lost.body.etag },
          );
    expect(retry.status).toBe(200);
    expect(await groupOn(editorOnB, "lederforum")).toMatchObject({
      note: "Møtes to ganger i året.",
      representation: "Etatsdirektørene.",
    });
  });

  it("a group retired on B is no longer answered as current on A", async () => {
    const question = "Hvem sitter i faggruppe for migrasjonshelse?";
    const before = await answerWhen(a.url, question, () => true);
    expect(before).toContain("Egil Kaberuka-Nielsen");
    const group = await groupOn(editorOnB, "faggruppe-migrasjonshelse");
    expect((await editorOnB.patch(`/api/groups/${group.id}`, { retired: true }, { etag: group.etag })).status).toBe(
      200,
    );
    const after = await answerWhen(a.url, question, (text) => text !== before);
    expect(after).not.toContain("Egil Kaberuka-Nielsen");
    expect(after).toMatch(/finner ingen slik gruppe/);
  });
});
