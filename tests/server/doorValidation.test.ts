/**
 * Issue 19 in chat: values sent with a card's verb or typed in a form are checked by the same
 * contract as the API. Each case here was stored (and then broke every reminder tick or view) or
 * ended in the apology; now the person gets a clear answer in their language and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { conversationTargetId } from "../../src/domain/conversations.js";
import { createTableClientFactory } from "../../src/storage/tableClients.js";
import { createReminderRepositories, type ReminderRepositories } from "../../src/storage/reminderTables/index.js";
import {
  BOOKINGS_TABLE,
  BOOKING_RULES_TABLE,
  BOOKING_SLOTS_TABLE,
  TableBookingRepository,
} from "../../src/storage/tableBookingRepository.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { expectReplies, postActivity, said } from "../support/activities.js";
import { startTestService } from "../support/testService.js";
import { cardSubmit, installationUpdate, personalMessage, TENANT } from "../support/teamsActivities.js";

type Service = Awaited<ReturnType<typeof startTestService>>;
const APOLOGY = /Beklager, noe gikk galt|Orsak, noko gjekk gale|Sorry, something went wrong/;
const BIG = "x".repeat(100_000);
const USER = { id: "29:user-1", name: "Test Bruker", aadObjectId: "00000000-0000-0000-0000-0000000000aa" };

describe("the bot's doors (real service, Azurite, fake connector)", () => {
  let service: Service;
  let connector: FakeConnector;
  let reminders: ReminderRepositories;
  let bookings: TableBookingRepository;
  // Wednesday 25 November 2026, 10:00 in Oslo.
  const now = new Date("2026-11-25T09:00:00.000Z");
  const personalId = conversationTargetId("a:personal-chat-1");

  const send = async (activity: Record<string, unknown>): Promise<any[]> => {
    const { status, body } = await postActivity(service.url, expectReplies(activity));
    expect(status).toBe(200);
    return body?.activities ?? [];
  };
  const texts = (replies: any[]) => replies.map((r) => `${said(r)} ${JSON.stringify(r.attachments ?? [])}`).join("\n");
  /** An Action.Execute from a card in the personal chat; the invoke's answer (a card or a text). */
  const execute = async (verb: string, data: Record<string, unknown>): Promise<string> => {
    const { status, body } = await postActivity(service.url, {
      type: "invoke",
      name: "adaptiveCard/action",
      id: `inv-${Math.random()}`,
      channelId: "msteams",
      serviceUrl: connector.url,
      from: USER,
      recipient: { id: "28:alrek-bot", name: "Alrek" },
      conversation: { id: "a:personal-chat-1", conversationType: "personal", tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
      value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
    });
    expect(status).toBe(200);
    return JSON.stringify(body.value);
  };

  beforeAll(async () => {
    connector = await startFakeConnector();
    service = await startTestService(
      { REMINDER_TICK_SECONDS: "3600", BORGERTUN_HANDLER_AAD_OBJECT_IDS: USER.aadObjectId },
      { clock: () => now },
    );
    const tables = createTableClientFactory(
      { connectionString: inject("azuriteConnectionString") },
      { tablePrefix: service.tablePrefix },
    );
    reminders = createReminderRepositories(tables);
    bookings = new TableBookingRepository({
      bookings: tables.client(BOOKINGS_TABLE),
      rules: tables.client(BOOKING_RULES_TABLE),
      slots: tables.client(BOOKING_SLOTS_TABLE),
    });
    await send(installationUpdate("add", connector.url));
    await send(personalMessage("abonner", connector.url));
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  describe("lead times in the settings card: within 1 minute to 90 days before", () => {
    it.each<[string, string, string]>([
      [
        "nb",
        "P3000000D",
        "«P3000000D» går ikke: en påminnelse kan komme fra ett minutt (PT1M) til 90 dager (P90D) før. Ingenting er endret.",
      ],
      [
        "nn",
        "D-999@09:00",
        "«D-999@09:00» går ikkje: ei påminning kan kome frå eitt minutt (PT1M) til 90 dagar (P90D) før. Ingenting er endra.",
      ],
      [
        "en",
        "PT0M",
        '\\"PT0M\\" is out of range: a reminder can come from one minute (PT1M) to 90 days (P90D) before. Nothing was changed.',
      ],
      [
        "nb",
        `P${"9".repeat(400)}D`,
        `går ikke: en påminnelse kan komme fra ett minutt (PT1M) til 90 dager (P90D) før.`,
      ],
      ["nb", "i morgen", "«i morgen» er ikke et tidspunkt jeg forstår. Ingenting er endret."],
    ])("[%s] %s is refused with a clear answer and nothing is saved", async (lang, lead, answer) => {
      const before = await reminders.subscriptions.get(personalId);
      const card = await execute("saveSettings", { lang, kinds: "meeting", lead_meeting: `PT1H, ${lead}` });
      expect(card).toContain(answer);
      expect(await reminders.subscriptions.get(personalId)).toEqual(before);
    });

    it("the reminder tick still runs, and 90 days is saved", async () => {
      await expect(service.tickReminders()).resolves.toBeDefined();
      expect(await execute("saveSettings", { lang: "nb", kinds: "meeting", lead_meeting: "P90D" })).toContain(
        "Innstillingene er lagret.",
      );
      expect((await reminders.subscriptions.get(personalId))?.leadTimes).toEqual({ meeting: ["P90D"] });
      await expect(service.tickReminders()).resolves.toBeDefined();
    });
  });

  describe('the "ny hendelse" form: dates within 2000–2100', () => {
    const form = { verb: "createEvent", title: "Alrekforum", kind: "meeting", startTime: "10:00" };
    const titles = async () =>
      ((await (await fetch(`${service.url}/api/events/all`)).json()).events as { title: string }[]).map((e) => e.title);

    it.each<[string, string, string]>([
      ["nb", "0202-12-10", "Datoen må være mellom år 2000 og 2100"],
      ["nn", "1000-01-01", "Datoen må vere mellom år 2000 og 2100"],
      ["en", "9999-12-31", "Start must be between 2000-01-01 and 2100-12-31"],
    ])(
      "[%s] a start on %s gets the form back with the reason, and nothing is stored",
      async (lang, startDate, reason) => {
        const before = await titles();
        const replies = await send(cardSubmit({ ...form, lang, startDate }, { serviceUrl: connector.url }));
        expect(texts(replies)).not.toMatch(APOLOGY);
        expect(texts(replies)).toContain(reason);
        expect(await titles()).toEqual(before);
      },
    );

    it("an end in 9999 is refused the same way", async () => {
      const replies = await send(
        cardSubmit(
          { ...form, lang: "nb", startDate: "2026-12-10", endDate: "9999-12-31", endTime: "11:00" },
          { serviceUrl: connector.url },
        ),
      );
      expect(texts(replies)).toContain("Datoen må være mellom år 2000 og 2100");
    });

    it("the form's date inputs offer only the window", async () => {
      const replies = await send(personalMessage("ny hendelse", connector.url));
      const dates = JSON.stringify(replies[0].attachments).match(/"type":"Input.Date"[^}]*/g) ?? [];
      expect(dates).toHaveLength(2);
      for (const d of dates) expect(d).toContain('"min":"2000-01-01","max":"2100-12-31"');
    });
  });

  describe("Borgertun: dates and times at the door", () => {
    it.each<[string, string]>([
      ["Kan jeg låne Borgertun 31.12.9999 kl. 10-12 for møte?", "Borgertun kan lånes høyst 90 dager frem i tid."],
      ["Kan jeg låne Borgertun 1.1.1000 kl. 10-12 for møte?", "Tidspunktet har allerede vært."],
      ["Kan eg låne Borgertun 31.12.9999 kl. 10-12 for møte?", "Borgertun kan lånast høgst 90 dagar fram i tid."],
    ])("%s → %s", async (text, answer) => {
      const replies = await send(personalMessage(text, connector.url));
      expect(said(replies[0])).toBe(answer);
      expect(await bookings.list()).toEqual([]);
    });

    it.each<[string, Record<string, string>, string]>([
      ["a date in 9999", { date: "9999-12-31" }, "Dato: må være en dato mellom år 2000 og 2100"],
      ["a date in 1000", { date: "1000-01-01" }, "Dato: må være en dato mellom år 2000 og 2100"],
      ["an end at 24:00", { from: "22:00", to: "24:00" }, "Til: må være hel eller halv time, fra 00:00 til 23:30"],
    ])("the request form with %s comes back with the reason, nothing stored", async (_label, over, reason) => {
      const replies = await send(
        cardSubmit(
          {
            verb: "borgertunRequest",
            lang: "nb",
            date: "2026-12-10",
            from: "10:00",
            to: "12:00",
            purpose: "Kurs",
            organisation: "HVL",
            ...over,
          },
          { serviceUrl: connector.url },
        ),
      );
      expect(said(replies[0])).toBe("Noe mangler eller må rettes.");
      expect(texts(replies)).toContain(reason);
      expect(await bookings.list()).toEqual([]);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ["cancel with a 100 KB booking id", { verb: "borgertunCancel", bookingId: BIG }, "Fant ikke forespørselen."],
      ["accept with a 100 KB booking id", { verb: "borgertunAccept", bookingId: BIG }, "Fant ikke forespørselen."],
      [
        "approve with a 100 KB booking id",
        { verb: "borgertunDecide", decision: "approve", bookingId: BIG },
        "Fant ikke forespørselen.",
      ],
      [
        "a proposal in 9999",
        {
          verb: "borgertunDecide",
          decision: "propose",
          bookingId: "b-1",
          date: "9999-12-31",
          from: "10:00",
          to: "12:00",
        },
        "Dato eller klokkeslett er ikke gyldig (hele eller halve timer, fra 00.00 til 23.30).",
      ],
    ])("%s is a clear refusal, not an apology", async (_label, value, answer) => {
      const replies = await send(cardSubmit({ lang: "nb", ...value }, { serviceUrl: connector.url }));
      expect(replies.map(said)).toEqual([answer]);
    });
  });

  describe("ids and keys in the reminder cards' buttons", () => {
    const snooze = { lang: "nb", eventId: "fredagspresentasjoner", occurrenceKey: "2026-12-04T00:00", source: "s-1" };

    it.each<[string, Record<string, unknown>]>([
      ["a 100 KB event id", { eventId: BIG }],
      ["a 100 KB occurrence key", { occurrenceKey: BIG }],
      ["a made-up occurrence key", { occurrenceKey: "when pigs fly" }],
      ["a 100 KB source", { source: BIG }],
    ])("a snooze with %s is refused and stores nothing", async (_label, over) => {
      const answer = await execute("snooze", { ...snooze, ...over });
      expect(answer).toContain("Denne hendelsen finnes ikke lenger.");
      expect(answer).not.toMatch(APOLOGY);
      expect(await reminders.ledger.list("snooze")).toEqual([]);
    });

    it.each<[string, Record<string, unknown>]>([
      ["a 100 KB event id", { eventId: BIG, occurrenceKey: "2026-12-04T00:00" }],
      ["a 100 KB occurrence key", { eventId: "fredagspresentasjoner", occurrenceKey: BIG }],
    ])("an RSVP with %s is refused", async (_label, data) => {
      const answer = await execute("rsvp", { lang: "nb", answer: "yes", ...data });
      expect(answer).toBe(JSON.stringify("Denne hendelsen finnes ikke lenger."));
    });

    it("feedback on an answer id of 1,000 characters is 400 and nothing is stored", async () => {
      const feedback = async () => (await (await fetch(`${service.url}/api/feedback`)).json()).items.length;
      const before = await feedback();
      const { status } = await postActivity(service.url, {
        type: "invoke",
        name: "message/submitAction",
        id: "fb-1",
        channelId: "msteams",
        serviceUrl: connector.url,
        replyToId: "1".repeat(1000),
        from: USER,
        recipient: { id: "28:alrek-bot", name: "Alrek" },
        conversation: { id: "a:personal-chat-1", conversationType: "personal", tenantId: TENANT },
        value: { actionName: "feedback", actionValue: { reaction: "like" } },
      });
      expect(status).toBe(400);
      expect(await feedback()).toBe(before);
    });

    it("muting a kind that does not exist changes nothing", async () => {
      const before = await reminders.subscriptions.get(personalId);
      await execute("muteKind", { lang: "nb", kind: BIG });
      expect(await reminders.subscriptions.get(personalId)).toEqual(before);
    });
  });
});
