import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { expectReplies, postActivity } from "../support/activities.js";
import { startTestService } from "../support/testService.js";
import { channelMessage, TENANT, type ChannelPlace } from "../support/teamsActivities.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

const ALICE = { id: "29:alice", name: "Alice Aas", aadObjectId: "00000000-0000-0000-0000-00000000a11c" };
const BOB = { id: "29:bob", name: "Bob Berg", aadObjectId: "00000000-0000-0000-0000-000000000b0b" };

/** An Action.Execute invoke from a card, as Teams sends it. */
function rsvpInvoke(
  place: ChannelPlace,
  from: Record<string, unknown>,
  data: Record<string, unknown>,
  verb = "rsvp",
): Record<string, unknown> {
  return {
    type: "invoke",
    name: "adaptiveCard/action",
    id: `inv-${Math.random()}`,
    channelId: "msteams",
    serviceUrl: place.serviceUrl,
    from,
    recipient: { id: "28:alrek-bot", name: "Alrek" },
    conversation: {
      id: `${place.channelId};messageid=act-1`,
      conversationType: "channel",
      isGroup: true,
      tenantId: TENANT,
    },
    channelData: { tenant: { id: TENANT }, channel: { id: place.channelId } },
    replyToId: "act-1",
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
  };
}

describe("RSVP on reminder cards (real service, Azurite, fake connector)", () => {
  let service: Service;
  let connector: FakeConnector;
  let now = new Date("2026-11-22T10:00:00.000Z");
  let forum: ChannelPlace;
  let eventId: string;
  const key = "2026-12-15T10:00";

  beforeAll(async () => {
    connector = await startFakeConnector();
    service = await startTestService({ REMINDER_TICK_SECONDS: "3600" }, { clock: () => now });
    forum = { serviceUrl: connector.url, channelId: "19:alrekforum-beho@thread.tacv2", channelName: "Alrekforum BEHO" };
    const { status } = await postActivity(service.url, expectReplies(channelMessage("abonner", forum)));
    expect(status).toBe(200);
    const res = await fetch(`${service.url}/api/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        kind: "meeting",
        title: "Alrekforum BEHO desember",
        start: key,
        end: "2026-12-15T11:00",
        reminderLeadTimes: ["PT1H"],
      }),
    });
    eventId = (await res.json()).id;
    connector.reset();
    now = new Date("2026-12-15T08:01:00.000Z");
    expect((await service.tickReminders()).sent).toBe(1);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  async function click(from: typeof ALICE, answer?: string, verb = "rsvp", lang = "nb") {
    const { status, body } = await postActivity(
      service.url,
      rsvpInvoke(forum, from, { eventId, occurrenceKey: key, lang, ...(answer ? { answer } : {}) }, verb),
    );
    expect(status).toBe(200);
    return body as { statusCode: number; type: string; value: any };
  }

  it("posts the meeting reminder with Kommer / Kommer ikke / Kanskje as Action.Execute and a refresh", () => {
    const card = (connector.recorded()[0].activity.attachments as any[])[0].content;
    const set = card.body.find((b: any) => b.type === "ActionSet");
    expect(set.actions.map((a: any) => [a.type, a.title, a.verb, a.data.answer])).toEqual([
      ["Action.Execute", "Kommer", "rsvp", "yes"],
      ["Action.Execute", "Kommer ikke", "rsvp", "no"],
      ["Action.Execute", "Kanskje", "rsvp", "maybe"],
    ]);
    expect(card.refresh.action).toMatchObject({
      type: "Action.Execute",
      verb: "rsvpRefresh",
      data: { eventId, occurrenceKey: key },
    });
  });

  it.each([
    ["yes", "Ditt svar: Kommer", "Kommer: 1 · Kommer ikke: 0 · Kanskje: 0"],
    ["maybe", "Ditt svar: Kanskje", "Kommer: 0 · Kommer ikke: 0 · Kanskje: 1"],
    ["no", "Ditt svar: Kommer ikke", "Kommer: 0 · Kommer ikke: 1 · Kanskje: 0"],
  ])("a click on %s stores the answer and returns the card as that person sees it", async (answer, mine, counts) => {
    const response = await click(ALICE, answer);
    expect(response).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    const texts = response.value.body.map((b: any) => b.text);
    expect(texts).toContain(mine);
    expect(texts).toContain(counts);
    expect(response.value.refresh.userIds).toEqual([ALICE.id]);
    const api = await fetch(`${service.url}/api/rsvp/${eventId}/${encodeURIComponent(key)}`).then((r) => r.json());
    expect(api.answers).toEqual([expect.objectContaining({ oid: ALICE.aadObjectId, name: ALICE.name, answer })]);
  });

  it("a refresh shows another person the counts without an answer of their own, and changes nothing", async () => {
    const response = await click(BOB, undefined, "rsvpRefresh");
    const texts = response.value.body.map((b: any) => b.text);
    expect(texts).toContain("Kommer: 0 · Kommer ikke: 1 · Kanskje: 0");
    expect(texts.some((t: string) => t?.startsWith("Ditt svar"))).toBe(false);
    expect(connector.updates()).toEqual([]);
  });

  it.each([
    ["nn", "Kjem", "Kjem: 0 · Kjem ikkje: 1 · Kanskje: 0"],
    ["en", "Coming", "Coming: 0 · Not coming: 1 · Maybe: 0"],
    ["se", "Kommer", "Kommer: 0 · Kommer ikke: 1 · Kanskje: 0"],
  ])("a card posted in %s is refreshed in its own language (an unknown one in bokmål)", async (lang, yes, counts) => {
    const response = await click(BOB, undefined, "rsvpRefresh", lang);
    const texts = response.value.body.map((b: any) => b.text);
    expect(texts).toContain(counts);
    const set = response.value.body.find((b: any) => b.type === "ActionSet");
    expect(set.actions[0].title).toBe(yes);
  });

  it.each([
    ["an unknown answer", { answer: "definitely" }],
    ["an unknown event", { eventId: "nope" }],
  ])("%s is answered with a message and stores nothing", async (_name, over) => {
    const { status, body } = await postActivity(
      service.url,
      rsvpInvoke(forum, BOB, { eventId, occurrenceKey: key, lang: "nb", answer: "yes", ...over }),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.activity.message" });
    const api = await fetch(`${service.url}/api/rsvp/${eventId}/${encodeURIComponent(key)}`).then((r) => r.json());
    expect(api.answers.map((a: any) => a.oid)).toEqual([ALICE.aadObjectId]);
  });

  it("exports the answers as CSV", async () => {
    const res = await fetch(`${service.url}/api/rsvp/${eventId}/${encodeURIComponent(key)}/answers.csv`);
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8").split("\r\n").slice(0, 2)).toEqual([
      '"Navn";"Svar";"Svart"',
      '"Alice Aas";"Kommer ikke";"15.12.2026 09:01"',
    ]);
  });

  it('sends one "Husk å svare" in the reminder\'s thread mentioning those who have not answered, and only once', async () => {
    connector.setMembers(forum.channelId, [ALICE, BOB]);
    const first = await fetch(`${service.url}/api/rsvp/${eventId}/${encodeURIComponent(key)}/nudge`, {
      method: "POST",
    });
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ threads: 1, mentioned: 1 });
    // Queued for the one sender: the next pass posts it.
    expect((await service.tickReminders()).sent).toBe(1);
    const posted = connector.recorded().at(-1)!;
    expect(posted.conversationId).toBe(`${forum.channelId};messageid=${connector.recorded()[0].id}`);
    expect(posted.activity.text).toMatch(
      /^Husk å svare på om du kommer til Alrekforum BEHO desember: <at>Bob Berg<\/at>$/,
    );
    expect(posted.activity.entities).toEqual([
      expect.objectContaining({ type: "mention", mentioned: { id: BOB.id, name: BOB.name } }),
    ]);
    const again = await fetch(`${service.url}/api/rsvp/${eventId}/${encodeURIComponent(key)}/nudge`, {
      method: "POST",
    });
    expect(again.status).toBe(409);
  });

  it("shows editors, per occurrence, where each reminder went, its state and the RSVP counts, and the conversations that blocked the bot", async () => {
    const blocked: ChannelPlace = { serviceUrl: connector.url, channelId: "19:blocked@thread.tacv2" };
    now = new Date("2026-11-22T10:00:00.000Z");
    await postActivity(service.url, expectReplies(channelMessage("abonner", blocked)));
    const res = await fetch(`${service.url}/api/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        kind: "workshop",
        title: "Workshop",
        start: "2026-12-16T10:00",
        reminderLeadTimes: ["PT1H"],
      }),
    });
    const workshop = (await res.json()).id;
    connector.failConversation(blocked.channelId, 403);
    now = new Date("2026-12-16T08:01:00.000Z");
    await service.tickReminders();

    const overview = await fetch(`${service.url}/api/reminders/overview`).then((r) => r.json());
    const meeting = overview.occurrences.find((o: any) => o.eventId === eventId);
    expect(meeting).toMatchObject({
      occurrenceKey: key,
      title: "Alrekforum BEHO desember",
      rsvp: { yes: 0, no: 1, maybe: 0 },
    });
    expect(meeting.deliveries).toEqual([
      expect.objectContaining({
        state: "sent",
        conversationType: "channel",
        leadTime: "PT1H",
        sentAt: "2026-12-15T08:01:00.000Z",
      }),
    ]);
    const states = overview.occurrences
      .find((o: any) => o.eventId === workshop)
      .deliveries.map((d: any) => d.state)
      .sort();
    expect(states).toEqual(["gone", "sent"]);
    expect(overview.unreachable).toEqual([
      expect.objectContaining({ status: "blocked", since: "2026-12-16T08:01:00.000Z" }),
    ]);
  });
});
