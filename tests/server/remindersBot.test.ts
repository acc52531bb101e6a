import { said } from "../support/activities.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { conversationTargetId } from "../../src/domain/conversations.js";
import { createTableClientFactory } from "../../src/storage/tableClients.js";
import { createReminderRepositories, type ReminderRepositories } from "../../src/storage/reminderTables/index.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { expectReplies, postActivity } from "../support/activities.js";
import { startTestService } from "../support/testService.js";
import { botMembership, channelMessage, installationUpdate, type ChannelPlace } from "../support/teamsActivities.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

/** The replies of one activity posted with expectReplies. */
async function send(service: Service, activity: Record<string, unknown>): Promise<any[]> {
  const { status, body } = await postActivity(service.url, expectReplies(activity));
  expect(status).toBe(200);
  return body?.activities ?? [];
}

describe("reminders in the running service (bot commands, scheduler, fake connector)", () => {
  let service: Service;
  let connector: FakeConnector;
  let repos: ReminderRepositories;
  let now = new Date("2026-11-22T10:00:00.000Z");
  let forum: ChannelPlace;
  let other: ChannelPlace;
  const idOf = (place: ChannelPlace) => conversationTargetId(place.channelId);

  beforeAll(async () => {
    connector = await startFakeConnector();
    service = await startTestService({ REMINDER_TICK_SECONDS: "3600" }, { clock: () => now });
    repos = createReminderRepositories(
      createTableClientFactory(
        { connectionString: inject("azuriteConnectionString") },
        { tablePrefix: service.tablePrefix },
      ),
    );
    forum = { serviceUrl: connector.url, channelId: "19:alrekforum-beho@thread.tacv2", channelName: "Alrekforum BEHO" };
    other = { serviceUrl: connector.url, channelId: "19:other-channel@thread.tacv2", channelName: "Annet" };
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  it("records a personal installation on installationUpdate add and marks it removed on remove", async () => {
    const id = conversationTargetId("a:personal-chat-1");
    await send(service, installationUpdate("add", connector.url));
    const added = await repos.targets.get(id);
    expect(added).toMatchObject({
      conversationId: "a:personal-chat-1",
      conversationType: "personal",
      status: "active",
      serviceUrl: connector.url,
      userAadObjectId: "00000000-0000-0000-0000-0000000000aa",
      lang: "nb",
    });
    expect(added?.reference.conversation.id).toBe("a:personal-chat-1");

    await send(service, installationUpdate("remove", connector.url));
    expect(await repos.targets.get(id)).toMatchObject({ status: "removed" });
    await send(service, installationUpdate("add-upgrade", connector.url));
    expect(await repos.targets.get(id)).toMatchObject({ status: "active", installedAt: added!.installedAt });
    await send(service, installationUpdate("remove", connector.url));
  });

  it("records the team when the bot is added and marks it removed when the bot leaves", async () => {
    const team: ChannelPlace = { serviceUrl: connector.url, channelId: "19:some-team@thread.tacv2" };
    await send(service, botMembership("membersAdded", team));
    expect(await repos.targets.get(idOf(team))).toMatchObject({
      conversationType: "channel",
      teamId: team.channelId,
      status: "active",
    });
    await send(service, botMembership("membersRemoved", team));
    expect(await repos.targets.get(idOf(team))).toMatchObject({ status: "removed" });
  });

  it('subscribes the channel where "abonner" is typed, confirms with a card, and stores the subscription', async () => {
    const replies = await send(service, channelMessage("abonner", forum));
    expect(replies).toHaveLength(1);
    expect(said(replies[0])).toBe("Påminnelser er slått på for alle hendelser.");
    const card = replies[0].attachments[0].content;
    expect(card.version).toBe("1.5");
    expect(JSON.stringify(card)).toContain("dagen før kl. 09.00");
    expect(await repos.subscriptions.get(idOf(forum))).toMatchObject({ targetId: idOf(forum), kinds: [] });
    expect(await repos.targets.get(idOf(forum))).toMatchObject({
      conversationId: forum.channelId,
      conversationType: "channel",
      channelId: forum.channelId,
      status: "active",
    });
  });

  it.each([
    ["abonner møter og frister", ["meeting", "deadline"], /^Påminnelser er slått på for møter og frister/],
    ["subscribe meetings deadlines", ["meeting", "deadline"], /^Reminders are on for meetings and deadlines/],
    ["abonnér fredagspresentasjoner", ["presentation"], /presentasjoner/],
    ["abonner", [], /alle hendelser/],
  ])('"%s" subscribes to %j', async (text, kinds, reply) => {
    const replies = await send(service, channelMessage(text, forum));
    expect(said(replies[0])).toMatch(reply);
    expect((await repos.subscriptions.get(idOf(forum)))?.kinds).toEqual(kinds);
  });

  it('lists the subscription with "påminnelser", ends it with "avslutt abonnement", and then says there is none', async () => {
    const listed = await send(service, channelMessage("påminnelser", forum));
    expect(said(listed[0])).toMatch(/^Abonnement på alle hendelser; \d+ påminnelser de neste 60 dagene\.$/);

    const ended = await send(service, channelMessage("avslutt abonnement", forum));
    expect(said(ended[0])).toMatch(/Påminnelsene er slått av/);
    expect(await repos.subscriptions.get(idOf(forum))).toBeUndefined();

    const none = await send(service, channelMessage("reminders", forum));
    expect(said(none[0])).toMatch(/This conversation has no reminders\. Type "subscribe"/);
  });

  it("delivers a due reminder exactly once to the subscribed channel, and a second tick sends nothing", async () => {
    await send(service, channelMessage("abonner", forum));
    const res = await fetch(`${service.url}/api/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        kind: "meeting",
        title: "Alrekforum BEHO desember",
        start: "2026-12-15T10:00",
        end: "2026-12-15T11:00",
        place: "Alrek, bygg 1",
        reminderLeadTimes: ["PT1H"],
      }),
    });
    expect(res.status).toBe(201);
    connector.reset();

    now = new Date("2026-12-15T07:59:00.000Z"); // 08:59 in Oslo: not due yet
    expect((await service.tickReminders()).sent).toBe(0);
    now = new Date("2026-12-15T08:01:00.000Z"); // 09:01 in Oslo: the 1-hour reminder is due
    const first = await service.tickReminders();
    expect(first.sent).toBe(1);
    const posts = connector.recorded();
    expect(posts).toHaveLength(1);
    expect(posts[0].conversationId).toBe(forum.channelId);
    expect(JSON.stringify(posts[0].activity)).toContain("Alrekforum BEHO desember");
    expect(posts[0].activity.text).toBe(
      "Påminnelse: Alrekforum BEHO desember, tirsdag 15. desember kl. 10.00–11.00 (Alrek, bygg 1)",
    );
    // "Legg i kalender" works: a signed link to this occurrence, served by the service.
    const actions = (posts[0].activity.attachments as any[])[0].content.actions as { title: string; url: string }[];
    const calendar = new URL(actions.find((a) => a.title === "Legg i kalender")!.url);
    const ics = await fetch(`${service.url}${calendar.pathname}${calendar.search}`);
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain("SUMMARY:Alrekforum BEHO desember");

    now = new Date("2026-12-15T08:02:00.000Z");
    const second = await service.tickReminders();
    expect(second.sent).toBe(0);
    expect(connector.recorded()).toHaveLength(1);

    const deliveries = await fetch(`${service.url}/api/reminders/deliveries`).then((r) => r.json());
    expect(deliveries.deliveries).toEqual(
      expect.arrayContaining([expect.objectContaining({ targetId: idOf(forum), status: "sent" })]),
    );
  });

  it("marks a conversation that answers 403 and skips it on later ticks", async () => {
    await send(service, channelMessage("abonner", other));
    const res = await fetch(`${service.url}/api/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        kind: "workshop",
        title: "Workshop om registre",
        start: "2026-12-16T10:00",
        reminderLeadTimes: ["PT1H"],
      }),
    });
    expect(res.status).toBe(201);
    connector.reset();
    connector.failConversation(other.channelId, 403);

    now = new Date("2026-12-16T08:01:00.000Z");
    const report = await service.tickReminders();
    expect(report).toMatchObject({ sent: 1, failed: 1 });
    expect(connector.recorded().map((p) => p.conversationId)).toEqual([forum.channelId]);
    expect(await repos.targets.get(idOf(other))).toMatchObject({ status: "blocked" });
    const postsAfterFirst = connector.postCount();

    now = new Date("2026-12-16T08:03:00.000Z");
    const later = await service.tickReminders();
    expect(later).toMatchObject({ planned: 1, sent: 0, failed: 0 });
    expect(connector.postCount()).toBe(postsAfterFirst);
  });
});
