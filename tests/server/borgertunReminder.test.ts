import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config/config.js";
import type { Booking } from "../../src/domain/booking.js";
import { conversationTargetId } from "../../src/domain/conversations.js";
import { silentLogger } from "../../src/logger.js";
import { startService, type RunningService } from "../../src/service.js";
import { createTableClientFactory } from "../../src/storage/tableClients.js";
import {
  BOOKINGS_TABLE,
  BOOKING_RULES_TABLE,
  BOOKING_SLOTS_TABLE,
  TableBookingRepository,
} from "../../src/storage/tableBookingRepository.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { expectReplies, postActivity, said } from "../support/activities.js";
import { cardSubmit, installationUpdate, personalMessage, TENANT } from "../support/teamsActivities.js";
import { randomTablePrefix } from "../setup/azurite.js";

const HANDLER_OID = "00000000-0000-4000-8000-00000000c00d";
const handlerChat = { id: "a:handler-chat", conversationType: "personal", tenantId: TENANT };
const handlerFrom = { id: "29:handler", name: "Koordinator", aadObjectId: HANDLER_OID };
// The default requester of tests/support/activities.ts, in "a:personal-chat-1".
const NB_OID = "00000000-0000-0000-0000-0000000000aa";
const NN_OID = "00000000-0000-0000-0000-0000000000cc";
const nnChat = { id: "a:personal-chat-nn", conversationType: "personal", tenantId: TENANT };
const nnFrom = { id: "29:user-nn", name: "Nynorsk Brukar", aadObjectId: NN_OID };

async function instance(prefix: string, clock: () => Date): Promise<RunningService> {
  const config = loadConfig(
    {
      PORT: "0",
      AZURE_STORAGE_CONNECTION_STRING: inject("azuriteConnectionString"),
      REMINDER_TICK_SECONDS: "3600",
      BORGERTUN_HANDLER_AAD_OBJECT_IDS: HANDLER_OID,
    },
    { dataDir: mkdtempSync(join(tmpdir(), "alrek-test-")) },
  );
  return startService(config, { log: silentLogger, clock, tablePrefix: prefix, reminders: false });
}

describe("the requester's Borgertun reminder the day before (two instances, Azurite, fake connector)", () => {
  let connector: FakeConnector;
  // Wednesday 25 November 2026, 10:00 in Oslo.
  let now = new Date("2026-11-25T09:00:00.000Z");
  const clock = () => now;
  const prefix = randomTablePrefix();
  let a: RunningService;
  let b: RunningService;
  let repo: TableBookingRepository;

  const send = async (activity: Record<string, unknown>) => {
    const { status, body } = await postActivity(a.url, expectReplies(activity));
    expect(status).toBe(200);
    return (body?.activities ?? []) as any[];
  };
  const approve = (bookingId: string) =>
    send(
      cardSubmit(
        { verb: "borgertunDecide", decision: "approve", bookingId, lang: "nb" },
        { serviceUrl: connector.url, from: handlerFrom, conversation: handlerChat },
      ),
    );
  /** The reminder cards posted to a conversation (the approval notices have another heading). */
  const remindersIn = (conversationId: string) =>
    connector
      .recorded()
      .filter((r) => r.conversationId === conversationId)
      .map((r) => ({ text: r.activity.text as string, card: (r.activity.attachments as any[])?.[0]?.content }))
      .filter((r) => /^Påmin/.test(r.card?.body?.[0]?.text ?? ""));
  /** Several passes of both instances, some at the same time. */
  const tickBoth = async () => {
    await Promise.all([a.tickReminders(), b.tickReminders(), a.tickReminders(), b.tickReminders()]);
    await Promise.all([b.tickReminders(), a.tickReminders()]);
  };

  beforeAll(async () => {
    connector = await startFakeConnector();
    a = await instance(prefix, clock);
    b = await instance(prefix, clock);
    const tables = createTableClientFactory(
      { connectionString: inject("azuriteConnectionString") },
      { tablePrefix: prefix },
    );
    repo = new TableBookingRepository({
      bookings: tables.client(BOOKINGS_TABLE),
      rules: tables.client(BOOKING_RULES_TABLE),
      slots: tables.client(BOOKING_SLOTS_TABLE),
    });
    await send(installationUpdate("add", connector.url, { from: handlerFrom, conversation: handlerChat }));
    await send(installationUpdate("add", connector.url));
    await send(installationUpdate("add", connector.url, { from: nnFrom, conversation: nnChat }));
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await connector?.close();
  });

  it("an approved booking is reminded exactly once, at 09:00 the day before, with the card's cancel button", async () => {
    const asked = await send(personalMessage("book Borgertun 3.12 10-12 for styremøte i HVL", connector.url));
    expect(said(asked[0])).toMatch(/^Forespørselen om Borgertun torsdag 3\. desember/);
    const [booking] = (await repo.list()).map((v) => v.value);
    expect(said((await approve(booking.id))[0])).toMatch(/^Godkjent: Borgertun torsdag 3\. desember/);

    now = new Date("2026-12-02T07:59:00.000Z"); // 08:59 the day before
    await tickBoth();
    expect(remindersIn("a:personal-chat-1")).toEqual([]);

    now = new Date("2026-12-02T08:00:30.000Z"); // 09:00 the day before
    await tickBoth();
    await tickBoth();
    const reminders = remindersIn("a:personal-chat-1");
    expect(reminders).toHaveLength(1);
    expect(reminders[0].text).toBe(
      "Du har lånt Borgertun torsdag 3. desember kl. 10.00–12.00 til «styremøte i HVL» (HVL).",
    );
    expect(reminders[0].card.body.map((x: any) => x.text)).toEqual([
      "Påminnelse: Borgertun",
      reminders[0].text,
      "Får du ikke brukt rommet likevel? Trykk «Avlys», så blir tiden ledig for andre.",
    ]);

    // The button is the booking cards' own cancel action: pressing it cancels the booking.
    const cancel = reminders[0].card.actions[0];
    expect(cancel).toMatchObject({ type: "Action.Submit", title: "Avlys" });
    const replies = await send(cardSubmit(cancel.data, { serviceUrl: connector.url }));
    expect(said(replies[0])).toBe("Lånet av Borgertun torsdag 3. desember kl. 10.00–12.00 er avlyst.");
    expect((await repo.get(booking.id))?.value.status).toBe("cancelled");
  });

  it("a cancelled booking gets none; a nynorsk requester gets nynorsk, with what they typed escaped", async () => {
    const base = {
      date: "2026-12-04",
      microphones: false,
      status: "pending" as const,
      createdAt: now.toISOString(),
    };
    const nn: Booking = {
      ...base,
      id: "20261204-nn",
      from: "10:00",
      to: "11:00",
      purpose: "Årsmøte *viktig* [klikk](https://evil.example)",
      organisation: "Lag_og_foreining",
      lang: "nn",
      requester: { oid: NN_OID, tid: TENANT, name: nnFrom.name },
      replyTargetId: conversationTargetId(nnChat.id),
    };
    const cancelled: Booking = {
      ...base,
      id: "20261204-nb",
      from: "13:00",
      to: "14:00",
      purpose: "kurs",
      organisation: "UiB",
      lang: "nb",
      requester: { oid: NB_OID, tid: TENANT, name: "Test Bruker" },
      replyTargetId: conversationTargetId("a:personal-chat-1"),
    };
    for (const booking of [nn, cancelled]) {
      await repo.create(booking);
      expect(said((await approve(booking.id))[0])).toMatch(/^Godkjent:/);
    }
    const cancelledReply = await send(
      cardSubmit({ verb: "borgertunCancel", bookingId: cancelled.id, lang: "nb" }, { serviceUrl: connector.url }),
    );
    expect(said(cancelledReply[0])).toMatch(/er avlyst\.$/);
    const nbBefore = remindersIn("a:personal-chat-1").length;

    now = new Date("2026-12-03T08:00:30.000Z"); // 09:00 the day before both
    await tickBoth();
    const reminders = remindersIn(nnChat.id);
    expect(reminders).toHaveLength(1);
    const escaped = "Årsmøte \\*viktig\\* \\[klikk\\](https://evil.example)";
    expect(reminders[0].text).toBe(
      `Du har lånt Borgertun fredag 4. desember kl. 10.00–11.00 til «${escaped}» (Lag\\_og\\_foreining).`,
    );
    expect(reminders[0].card.lang).toBe("nn");
    expect(reminders[0].card.body.map((x: any) => x.text)).toEqual([
      "Påminning: Borgertun",
      reminders[0].text,
      "Får du ikkje brukt rommet likevel? Trykk «Avlys», så blir tida ledig for andre.",
    ]);
    expect(reminders[0].card.actions[0].data).toEqual({ verb: "borgertunCancel", bookingId: nn.id, lang: "nn" });
    // The nynorsk reminder came in the same passes: the cancelled booking was looked at and left alone.
    expect(remindersIn("a:personal-chat-1")).toHaveLength(nbBefore);
  });
});
