import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { conversationTargetId } from "../../src/domain/conversations.js";
import { TEXT } from "../../src/domain/reminderTexts.js";
import { createTableClientFactory } from "../../src/storage/tableClients.js";
import { createReminderRepositories, type ReminderRepositories } from "../../src/storage/reminderTables/index.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { startFakeJwks, type FakeJwks } from "../fakes/fakeJwks.js";
import { call } from "../api/apiClient.js";
import { expectReplies, messageActivity, postActivity, said } from "../support/activities.js";
import { signToken, TEST_CLIENT_ID } from "../support/entraTokens.js";
import {
  cardAction,
  channelMessage,
  personalMessage,
  TENANT,
  type ChannelPlace,
  type TeamsUser,
} from "../support/teamsActivities.js";
import { startTestService } from "../support/testService.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

const EDITOR: TeamsUser = {
  id: "29:editor",
  name: "Karen Koordinator",
  aadObjectId: "22222222-2222-4222-8222-222222222222",
};
const MEMBER: TeamsUser = { id: "29:member", name: "Mona Medlem", aadObjectId: "33333333-3333-4333-8333-333333333333" };
const EVENT_START = "2026-12-15T12:00";

/** Every `text` in an invoke's answer (the card's text blocks), so texts compare unescaped. */
function textsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => (k === "text" && typeof v === "string" ? [v] : textsOf(v)));
}

describe("who may change reminders: a channel's by editors, snooze and mute only one's own (real service, Azurite)", () => {
  let service: Service;
  let connector: FakeConnector;
  let jwks: FakeJwks;
  let repos: ReminderRepositories;
  let forum: ChannelPlace;
  let eventId: string;
  let now = new Date("2026-11-22T10:00:00.000Z");
  const forumId = () => conversationTargetId(forum.channelId);

  const say = async (activity: Record<string, unknown>) => {
    const { status, body } = await postActivity(service.url, expectReplies(activity));
    expect(status).toBe(200);
    return (body?.activities ?? []) as any[];
  };
  const invoke = async (verb: string, data: Record<string, unknown>, from: TeamsUser, inChannel: boolean) => {
    const activity = cardAction(verb, data, {
      serviceUrl: connector.url,
      from,
      ...(inChannel ? { place: forum } : {}),
    });
    const { status, body } = await postActivity(service.url, activity);
    expect(status).toBe(200);
    return textsOf(body).join("\n");
  };
  const snoozeData = (extra: Record<string, unknown> = {}) => ({
    eventId,
    occurrenceKey: EVENT_START,
    until: "1h",
    lang: "nb",
    source: `forged-${Math.random()}`,
    ...extra,
  });

  beforeAll(async () => {
    connector = await startFakeConnector();
    jwks = await startFakeJwks();
    service = await startTestService(
      {
        ENTRA_CLIENT_ID: TEST_CLIENT_ID,
        ENTRA_TENANT_ID: TENANT,
        ENTRA_JWKS_URL: jwks.url,
        EDITOR_AAD_OBJECT_IDS: EDITOR.aadObjectId!,
        REMINDER_TICK_SECONDS: "3600",
      },
      { clock: () => now },
    );
    repos = createReminderRepositories(
      createTableClientFactory(
        { connectionString: inject("azuriteConnectionString") },
        { tablePrefix: service.tablePrefix },
      ),
    );
    forum = { serviceUrl: connector.url, channelId: `19:${service.tablePrefix}-forum@thread.tacv2` };
    const token = await signToken(jwks.privateKey, { tid: TENANT, oid: EDITOR.aadObjectId });
    const created = await call(service.url, "POST", "/api/events", {
      token,
      body: { kind: "meeting", title: "Veiledningsmøte", start: EVENT_START, reminderLeadTimes: ["PT3H"] },
    });
    expect(created.status).toBe(201);
    eventId = created.body.id;
    expect(said((await say(channelMessage("abonner", forum, { from: EDITOR })))[0])).toMatch(
      /^Påminnelser er slått på/,
    );
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
    await jwks?.close();
  });

  it("50 forged snoozes from a member in a channel store nothing and post nothing; the card says why", async () => {
    for (let i = 0; i < 50; i++) {
      const answer = await invoke("snooze", snoozeData(), MEMBER, true);
      expect(answer).toContain(TEXT.nb.personalOnly);
    }
    expect(await repos.ledger.list("snooze")).toEqual([]);
    connector.reset();
    now = new Date("2026-12-15T10:30:00.000Z"); // past every snooze, before the event
    await service.tickReminders();
    expect(connector.recorded().filter((r) => r.conversationId === forum.channelId)).toHaveLength(1); // the 3 h reminder
    now = new Date("2026-11-22T10:00:00.000Z");
  });

  it.each([
    ["nb", MEMBER],
    ["nn", MEMBER],
    ["en", MEMBER],
    ["nb", EDITOR], // an editor changes a channel's kinds in its settings, not with "don't send me these"
  ] as const)(
    '"Ikke send meg slike" in a channel (%s, %s) is refused and the channel keeps every kind',
    async (lang, who) => {
      const answer = await invoke("muteKind", { kind: "meeting", lang }, who, true);
      expect(answer).toContain(TEXT[lang].personalOnly);
      expect((await repos.subscriptions.get(forumId()))?.kinds).toEqual([]);
    },
  );

  it.each([
    ["abonner frister", "nb"],
    ["avslutt abonnement", "nb"],
    ["innstillingar", "nn"],
    ["settings", "en"],
    ["ukesoppsummering", "nb"],
    ["weekly digest", "en"],
  ] as const)('"%s" from a member in a channel is refused in %s and changes nothing', async (text, lang) => {
    const replies = await say(channelMessage(text, forum, { from: MEMBER }));
    expect(said(replies[0])).toBe(TEXT[lang].editorsOnly);
    expect(await repos.subscriptions.get(forumId())).toMatchObject({ kinds: [] });
    expect((await repos.subscriptions.get(forumId()))?.digest).toBeUndefined();
  });

  it("a member may still list a channel's reminders", async () => {
    const replies = await say(channelMessage("påminnelser", forum, { from: MEMBER }));
    expect(said(replies[0])).toMatch(/^Abonnement på alle hendelser/);
  });

  it("saving a channel's settings: refused for a member, saved for an editor", async () => {
    const settings = { lang: "en", kinds: "deadline", digest: "also" };
    expect(await invoke("saveSettings", settings, MEMBER, true)).toContain(TEXT.en.editorsOnly);
    expect(await repos.subscriptions.get(forumId())).toMatchObject({ kinds: [] });
    expect(await invoke("saveSettings", settings, EDITOR, true)).toContain(TEXT.en.saved);
    expect(await repos.subscriptions.get(forumId())).toMatchObject({ kinds: ["deadline"], digest: "also" });
  });

  it("an editor may end and renew a channel's subscription", async () => {
    await say(channelMessage("avslutt abonnement", forum, { from: EDITOR }));
    expect(await repos.subscriptions.get(forumId())).toBeUndefined();
    await say(channelMessage("abonner", forum, { from: EDITOR }));
    expect(await repos.subscriptions.get(forumId())).toMatchObject({ kinds: [] });
  });

  it("a group chat is shared too: a member's subscribe is refused there", async () => {
    const group = messageActivity("abonner", {
      serviceUrl: connector.url,
      from: MEMBER,
      conversation: {
        id: `19:${service.tablePrefix}-group@thread.v2`,
        conversationType: "groupChat",
        isGroup: true,
        tenantId: TENANT,
      },
    });
    expect(said((await say(group))[0])).toBe(TEXT.nb.editorsOnly);
    expect(
      await repos.subscriptions.get(conversationTargetId(`19:${service.tablePrefix}-group@thread.v2`)),
    ).toBeUndefined();
  });

  describe("in the member's own personal chat", () => {
    const chat = () => conversationTargetId(`a:personal-${MEMBER.id}`);
    beforeAll(async () => {
      const replies = await say(
        personalMessage("abonner", connector.url, {
          from: MEMBER,
          conversation: { id: `a:personal-${MEMBER.id}`, conversationType: "personal", tenantId: TENANT },
        }),
      );
      expect(said(replies[0])).toMatch(/^Påminnelser er slått på/);
    });

    it("snoozes: 50 clicks with forged card ids are one snooze of the one occurrence", async () => {
      for (let i = 0; i < 50; i++) expect(await invoke("snooze", snoozeData(), MEMBER, false)).toContain("Utsatt.");
      // A one-off event has one occurrence: a made-up key is that occurrence, not a new row.
      expect(await invoke("snooze", snoozeData({ occurrenceKey: "2031-01-01T00:00" }), MEMBER, false)).toContain(
        "Utsatt.",
      );
      const rows = (await repos.ledger.list("snooze")).map((r) => r.value);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ targetId: chat(), eventId, occurrenceKey: EVENT_START, status: "pending" });
    });

    it.each([
      ["an event that does not exist", { eventId: "finnes-ikke" }],
      ["a recurring event's made-up date", { eventId: "fredagspresentasjoner", occurrenceKey: "2026-12-16T09:13" }],
    ])("refuses a snooze of %s and stores nothing", async (_name, extra) => {
      expect(await invoke("snooze", snoozeData(extra), MEMBER, false)).toContain(TEXT.nb.snoozeTooLate);
      expect(await repos.ledger.list("snooze")).toHaveLength(1);
    });

    it("refuses a snooze once the event has begun", async () => {
      now = new Date("2026-12-15T11:30:00.000Z"); // 12:30 Oslo
      try {
        expect(await invoke("snooze", snoozeData(), MEMBER, false)).toContain(TEXT.nb.snoozeTooLate);
      } finally {
        now = new Date("2026-11-22T10:00:00.000Z");
      }
    });

    it("\"Ikke send meg slike\" changes the member's own subscription, not the channel's", async () => {
      expect(await invoke("muteKind", { kind: "meeting", lang: "nb" }, MEMBER, false)).toContain(
        "Du får ikke lenger påminnelser om møter her.",
      );
      expect((await repos.subscriptions.get(chat()))?.kinds).not.toContain("meeting");
      expect((await repos.subscriptions.get(forumId()))?.kinds).toEqual([]);
    });
  });
});
