import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BOOKING_TEXTS } from "../../src/bot/cards/bookingTexts.js";
import { createTableClientFactory } from "../../src/storage/tableClients.js";
import { createReminderRepositories } from "../../src/storage/reminderTables/index.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { startFakeJwks, type FakeJwks } from "../fakes/fakeJwks.js";
import { expectReplies, postActivity, said } from "../support/activities.js";
import { signToken, TEST_CLIENT_ID } from "../support/entraTokens.js";
import { cardSubmit, TENANT, type TeamsUser } from "../support/teamsActivities.js";
import { startTestService } from "../support/testService.js";
import { call } from "./apiClient.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

const EDITOR: TeamsUser = {
  id: "29:editor",
  name: "Erle Redaktør",
  aadObjectId: "22222222-2222-4222-8222-222222222222",
};
const HANDLER: TeamsUser = {
  id: "29:handler",
  name: "Karen Koordinator",
  aadObjectId: "44444444-4444-4444-8444-444444444444",
};
const READER: TeamsUser = { id: "29:reader", name: "Lars Leser", aadObjectId: "55555555-5555-4555-8555-555555555555" };

describe("who may read deliveries and handle Borgertun: the same rules in the API and the bot (Entra mode)", () => {
  let service: Service;
  let jwks: FakeJwks;
  let connector: FakeConnector;
  const tokens: Record<"editor" | "handler" | "reader", string> = { editor: "", handler: "", reader: "" };
  const now = new Date("2026-11-25T09:00:00.000Z"); // Wednesday 10:00 in Oslo

  beforeAll(async () => {
    connector = await startFakeConnector();
    jwks = await startFakeJwks();
    service = await startTestService(
      {
        ENTRA_CLIENT_ID: TEST_CLIENT_ID,
        ENTRA_TENANT_ID: TENANT,
        ENTRA_JWKS_URL: jwks.url,
        EDITOR_AAD_OBJECT_IDS: EDITOR.aadObjectId!,
        BORGERTUN_HANDLER_AAD_OBJECT_IDS: HANDLER.aadObjectId!,
        REMINDER_TICK_SECONDS: "3600",
      },
      { clock: () => now },
    );
    for (const [role, user] of [
      ["editor", EDITOR],
      ["handler", HANDLER],
      ["reader", READER],
    ] as const)
      tokens[role] = await signToken(jwks.privateKey, { tid: TENANT, oid: user.aadObjectId, name: user.name });
  });
  afterAll(async () => {
    await service?.stop();
    await jwks?.close();
    await connector?.close();
  });

  describe("GET /api/reminders/deliveries", () => {
    beforeAll(async () => {
      const { ledger } = createReminderRepositories(
        createTableClientFactory(
          { connectionString: inject("azuriteConnectionString") },
          { tablePrefix: service.tablePrefix },
        ),
      );
      await ledger.create({
        kind: "reminder",
        group: "alrekforum-beho-desember",
        id: "d1",
        eventId: "alrekforum-beho-desember",
        occurrenceKey: "2026-12-10T10:00",
        leadTime: "PT1H",
        targetId: "19:secret-channel@thread.tacv2",
        dueAt: "2026-12-10T08:00:00.000Z",
        status: "failed",
        attempts: 2,
        lastError: "HTTP 403 from https://smba.example/conversations/19:secret-channel",
      });
    });

    it.each([
      ["a reader", "reader", 403],
      ["a Borgertun handler who is no editor", "handler", 403],
    ] as const)("%s (%s) gets %i and no conversation ids or error texts", async (_who, role, status) => {
      const res = await call(service.url, "GET", "/api/reminders/deliveries", { token: tokens[role] });
      expect(res.status).toBe(status);
      expect(res.text).not.toContain("secret-channel");
    });

    it("answers 401 without a token and 200 with the list for an editor", async () => {
      expect((await call(service.url, "GET", "/api/reminders/deliveries")).status).toBe(401);
      const res = await call(service.url, "GET", "/api/reminders/deliveries", { token: tokens.editor });
      expect(res.status).toBe(200);
      expect(res.body.deliveries).toEqual([
        expect.objectContaining({ id: "d1", targetId: "19:secret-channel@thread.tacv2" }),
      ]);
    });
  });

  describe("Borgertun bookings", () => {
    const request = async (token: string, date: string) => {
      const res = await call(service.url, "POST", "/api/borgertun/bookings", {
        token,
        body: { date, from: "10:00", to: "11:00", purpose: "Arbeidsmøte", organisation: "BEHO", lang: "nb" },
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const ids = (list: { id: string }[]) => list.map((b) => b.id).sort();

    it("the handler sees every booking; an editor who is no handler and a reader see their own", async () => {
      const readers = await request(tokens.reader, "2026-12-01");
      const editors = await request(tokens.editor, "2026-12-02");
      const seen = async (role: keyof typeof tokens) =>
        ids((await call(service.url, "GET", "/api/borgertun/bookings", { token: tokens[role] })).body.bookings);
      expect(await seen("handler")).toEqual([readers, editors].sort());
      expect(await seen("editor")).toEqual([editors]);
      expect(await seen("reader")).toEqual([readers]);
    });

    it("the handler cancels someone else's booking in the API as in the bot; an editor who is no handler may not", async () => {
      const first = await request(tokens.reader, "2026-12-03");
      const second = await request(tokens.reader, "2026-12-04");
      const cancel = (role: keyof typeof tokens, id: string) =>
        call(service.url, "POST", `/api/borgertun/bookings/${id}/cancel`, { token: tokens[role] });

      expect((await cancel("editor", first)).status).toBe(403);
      expect((await cancel("reader", first)).status).toBe(200); // the requester's own
      expect((await cancel("handler", second)).status).toBe(200);

      // The same two people through the bot's cancel button (the handler's card carries asHandler).
      const third = await request(tokens.reader, "2026-12-07");
      const inChat = async (who: TeamsUser, id: string) => {
        const submit = cardSubmit(
          { verb: "borgertunCancel", bookingId: id, lang: "nb", asHandler: true },
          {
            serviceUrl: connector.url,
            from: who,
            conversation: { id: `a:personal-${who.id}`, conversationType: "personal", tenantId: TENANT },
          },
        );
        const { status, body } = await postActivity(service.url, expectReplies(submit));
        expect(status).toBe(200);
        return said(body.activities[0]);
      };
      expect(await inChat(EDITOR, third)).toBe(BOOKING_TEXTS.nb.notAllowed);
      const afterEditor = await call(service.url, "GET", "/api/borgertun/bookings", { token: tokens.handler });
      expect(afterEditor.body.bookings.find((b: { id: string }) => b.id === third).status).toBe("pending");
      await inChat(HANDLER, third);
      const afterHandler = await call(service.url, "GET", "/api/borgertun/bookings", { token: tokens.handler });
      expect(afterHandler.body.bookings.find((b: { id: string }) => b.id === third).status).toBe("cancelled");
    });
  });
});
