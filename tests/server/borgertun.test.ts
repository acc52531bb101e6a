import { said } from "../support/activities.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createTableClientFactory } from "../../src/storage/tableClients.js";
import {
  BOOKINGS_TABLE,
  BOOKING_RULES_TABLE,
  BOOKING_SLOTS_TABLE,
  TableBookingRepository,
} from "../../src/storage/tableBookingRepository.js";
import type { Booking } from "../../src/domain/booking.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { expectReplies, postActivity } from "../support/activities.js";
import { startTestService } from "../support/testService.js";
import { cardSubmit, installationUpdate, personalMessage, TENANT } from "../support/teamsActivities.js";

type Service = Awaited<ReturnType<typeof startTestService>>;
const HANDLER_OID = "00000000-0000-4000-8000-00000000c00d";
const handlerChat = { id: "a:handler-chat", conversationType: "personal", tenantId: TENANT };
const handlerFrom = { id: "29:handler", name: "Koordinator", aadObjectId: HANDLER_OID };

async function send(service: Service, activity: Record<string, unknown>): Promise<any[]> {
  const { status, body } = await postActivity(service.url, expectReplies(activity));
  expect(status).toBe(200);
  return body?.activities ?? [];
}

describe("Borgertun requests in the running service (Azurite, fake connector)", () => {
  let service: Service;
  let connector: FakeConnector;
  let repo: TableBookingRepository;
  // Wednesday 25 November 2026, 10:00 in Oslo.
  const now = new Date("2026-11-25T09:00:00.000Z");
  const ask = (text: string, overrides: Record<string, unknown> = {}) =>
    send(service, personalMessage(text, connector.url, overrides));
  const decide = (bookingId: string, decision: string, extra: Record<string, unknown> = {}) =>
    send(
      service,
      cardSubmit(
        { verb: "borgertunDecide", decision, bookingId, lang: "nb", ...extra },
        { serviceUrl: connector.url, from: handlerFrom, conversation: handlerChat },
      ),
    );
  const postsTo = (conversationId: string) =>
    connector
      .recorded()
      .filter((r) => r.conversationId === conversationId)
      .map((r) => JSON.stringify(r.activity));

  beforeAll(async () => {
    connector = await startFakeConnector();
    service = await startTestService({ BORGERTUN_HANDLER_AAD_OBJECT_IDS: HANDLER_OID }, { clock: () => now });
    const tables = createTableClientFactory(
      { connectionString: inject("azuriteConnectionString") },
      { tablePrefix: service.tablePrefix },
    );
    repo = new TableBookingRepository({
      bookings: tables.client(BOOKINGS_TABLE),
      rules: tables.client(BOOKING_RULES_TABLE),
      slots: tables.client(BOOKING_SLOTS_TABLE),
    });
    await send(service, installationUpdate("add", connector.url, { from: handlerFrom, conversation: handlerChat }));
    await send(service, installationUpdate("add", connector.url));
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  let bookingId = "";

  it("a request from chat creates a pending booking, and the coordinator gets a card with Godkjenn / Avslå / Foreslå", async () => {
    const replies = await ask("book Borgertun 14.1 9-11 for arbeidsverksted med UiB");
    expect(said(replies[0])).toMatch(
      /^Forespørselen om Borgertun torsdag 14\. januar kl\. 09\.00–11\.00 er sendt til koordinatoren/,
    );
    const stored = (await repo.list()).map((v) => v.value);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      date: "2027-01-14",
      from: "09:00",
      to: "11:00",
      purpose: "arbeidsverksted med UiB",
      organisation: "UiB",
      status: "pending",
      requester: { oid: "00000000-0000-0000-0000-0000000000aa" },
    });
    bookingId = stored[0].id;
    const toHandler = postsTo("a:handler-chat").join("\n");
    expect(toHandler).toContain("Godkjenn");
    expect(toHandler).toContain("Avslå");
    expect(toHandler).toContain("Foreslå annet tidspunkt");
  });

  it("a colliding request is refused with what it collides with and the nearest free times", async () => {
    const replies = await ask("Kan jeg låne Borgertun 14.1 kl. 10–12 for møte?", {
      from: { id: "29:user-2", name: "Annen", aadObjectId: "00000000-0000-0000-0000-0000000000bb" },
    });
    expect(said(replies[0])).toContain("Borgertun er opptatt da.");
    expect(said(replies[0])).toContain("arbeidsverksted");
    expect(said(replies[0])).toContain("11:00–13:00, 11:30–13:30, 12:00–14:00");
    expect(await repo.list()).toHaveLength(1);
  });

  it.each([
    ["Kan jeg låne Borgertun 25.12 kl. 10-12 for julemøte?", "Borgertun er stengt: 1. juledag er en helligdag."],
    ["Kan jeg låne Borgertun 14.1 kl. 15-17 for møte?", "Borgertun kan lånes mellom kl. 08.00 og 16.00."],
    ["Kan eg låne Borgertun 16.1 kl. 10-12 for møte?", "Borgertun kan ikkje lånast den vekedagen."],
    ["Can I borrow Borgertun on 15 January 08:00-14:00 for a seminar?", "A booking can last at most 4 hours."],
  ])("%s is refused: %s", async (text, reason) => {
    const replies = await ask(text);
    expect(said(replies[0])).toBe(reason);
  });

  it("the coordinator's approval is stored, the requester is told in their chat, and the booking is in the events list and the .ics feed", async () => {
    const replies = await decide(bookingId, "approve");
    expect(said(replies[0])).toBe("Godkjent: Borgertun torsdag 14. januar kl. 09.00–11.00.");
    expect((await repo.get(bookingId))?.value).toMatchObject({ status: "approved", decidedBy: { oid: HANDLER_OID } });
    expect(postsTo("a:personal-chat-1").join("\n")).toContain("Borgertun er din torsdag 14. januar kl. 09.00–11.00");

    const events = await (await fetch(`${service.url}/api/events?from=2027-01-14&to=2027-01-15`)).json();
    expect(events.occurrences.map((o: { title: string }) => o.title)).toContain(
      "Borgertun: arbeidsverksted med UiB (UiB)",
    );
    const ics = await (await fetch(`${service.url}/api/calendar.ics?token=local-development-calendar-token`)).text();
    expect(ics).toContain("SUMMARY:Borgertun: arbeidsverksted med UiB (UiB)");
  });

  it('two parallel approvals of overlapping requests give one approval and one "slot taken"', async () => {
    const base = {
      date: "2027-01-15",
      purpose: "kurs",
      organisation: "UiB",
      microphones: false,
      lang: "nb" as const,
      status: "pending" as const,
      createdAt: now.toISOString(),
      requester: { oid: "x", tid: TENANT, name: "X" },
    };
    await repo.create({ ...base, id: "race-a", from: "10:00", to: "12:00" } as Booking);
    await repo.create({ ...base, id: "race-b", from: "11:00", to: "13:00" } as Booking);
    const [a, b] = await Promise.all([decide("race-a", "approve"), decide("race-b", "approve")]);
    const texts = [said(a[0]), said(b[0])].sort();
    expect(texts[0]).toMatch(/^Godkjent: Borgertun fredag 15\. januar/);
    expect(texts[1]).toBe("Tiden er tatt: en annen forespørsel ble godkjent først.");
    const statuses = [(await repo.get("race-a"))!.value.status, (await repo.get("race-b"))!.value.status].sort();
    expect(statuses).toEqual(["approved", "pending"]);
  });

  it("a decline's typed reason reaches the requester as text, never as a link, in the message text and the card", async () => {
    await repo.create({
      id: "declined-1",
      date: "2027-01-18",
      from: "10:00",
      to: "11:00",
      purpose: "møte",
      organisation: "UiB",
      microphones: false,
      lang: "nb",
      status: "pending",
      createdAt: now.toISOString(),
      requester: { oid: "00000000-0000-0000-0000-0000000000aa", tid: TENANT, name: "Test Bruker" },
      replyTargetId: (await repo.list()).map((v) => v.value).find((b) => b.replyTargetId)?.replyTargetId,
    } as Booking);
    const before = postsTo("a:personal-chat-1").length;
    await decide("declined-1", "decline", { reason: "[Logg inn her](https://evil.example) **nå**" });
    const [notice] = connector
      .recorded()
      .filter((r) => r.conversationId === "a:personal-chat-1")
      .slice(before);
    expect(notice.activity.text).toContain("\\[Logg inn her\\](https://evil.example) \\*\\*nå\\*\\*");
    expect(JSON.stringify(notice.activity.attachments)).not.toContain("[Logg inn her](");
  });

  it("the requester cancels; the coordinator is told and the slots are free again", async () => {
    const before = postsTo("a:handler-chat").length;
    const replies = await send(
      service,
      cardSubmit({ verb: "borgertunCancel", bookingId, lang: "nb" }, { serviceUrl: connector.url }),
    );
    expect(said(replies[0])).toMatch(/^Lånet av Borgertun torsdag 14\. januar .* er avlyst\.$/);
    expect(postsTo("a:handler-chat").slice(before).join("\n")).toContain("har avlyst lånet av Borgertun");
    expect(await repo.claimSlots("again", { date: "2027-01-14", from: "09:00", to: "11:00" })).toBe(true);
  });
});
