import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config/config.js";
import { silentLogger } from "../../src/logger.js";
import { startService, type RunningService } from "../../src/service.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { expectReplies, postActivity } from "../support/activities.js";
import { channelMessage, type ChannelPlace } from "../support/teamsActivities.js";
import { randomTablePrefix } from "../setup/azurite.js";

/** One instance of the real service on a shared table prefix (as several App Service instances share storage). */
async function instance(prefix: string, clock: () => Date): Promise<RunningService> {
  const config = loadConfig(
    { PORT: "0", AZURE_STORAGE_CONNECTION_STRING: inject("azuriteConnectionString"), REMINDER_TICK_SECONDS: "3600" },
    { dataDir: mkdtempSync(join(tmpdir(), "alrek-test-")) },
  );
  return startService(config, { log: silentLogger, clock, tablePrefix: prefix, reminders: false });
}

async function json(url: string, method: string, body: unknown, etag?: string) {
  const res = await fetch(url, {
    method,
    headers: { "content-type": "application/json", ...(etag ? { "if-match": etag } : {}) },
    body: JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
  return res.json();
}

describe("posted reminder cards follow their event (real service, Azurite, fake connector)", () => {
  let connector: FakeConnector;
  let now = new Date("2026-11-22T10:00:00.000Z");
  const clock = () => now;
  const running: RunningService[] = [];
  const start = async (prefix: string) => {
    const s = await instance(prefix, clock);
    running.push(s);
    return s;
  };

  beforeAll(async () => {
    connector = await startFakeConnector();
  });
  afterAll(async () => {
    for (const s of running) await s.stop();
    await connector?.close();
  });

  /** Subscribes a channel, creates a meeting and lets its 1-hour reminder be posted; returns the event. */
  async function posted(service: RunningService, place: ChannelPlace, title: string, cards = 1) {
    now = new Date("2026-11-22T10:00:00.000Z");
    expect((await postActivity(service.url, expectReplies(channelMessage("abonner", place)))).status).toBe(200);
    const event = await json(`${service.url}/api/events`, "POST", {
      kind: "meeting",
      title,
      start: "2026-12-15T10:00",
      end: "2026-12-15T11:00",
      reminderLeadTimes: ["PT1H"],
    });
    connector.reset();
    now = new Date("2026-12-15T08:01:00.000Z");
    expect((await service.tickReminders()).sent).toBe(cards);
    return event as { id: string; etag: string };
  }

  it.each([
    [
      "moved",
      (e: { id: string }) => ({
        path: `/api/events/${e.id}`,
        method: "PATCH",
        body: { start: "2026-12-15T12:00", end: "2026-12-15T13:00" },
      }),
      /12\.00–13\.00/,
      /^Endret: Styremøte er flyttet til tirsdag 15\. desember kl\. 12\.00–13\.00\.$/,
    ],
    [
      "cancelled",
      (e: { id: string }) => ({ path: `/api/events/${e.id}/cancel`, method: "POST", body: {} }),
      /Avlyst/,
      /^Endret: Styremøte er avlyst\.$/,
    ],
  ])(
    "an event %s after its reminder was posted updates the card once and replies once in its thread",
    async (_what, change, cardShows, reply) => {
      const prefix = randomTablePrefix();
      const service = await start(prefix);
      const place: ChannelPlace = { serviceUrl: connector.url, channelId: `19:${prefix}@thread.tacv2` };
      const event = await posted(service, place, "Styremøte");
      const root = connector.recorded()[0];
      const c = change(event);
      now = new Date("2026-12-15T08:05:00.000Z");
      await json(`${service.url}${c.path}`, c.method, c.body, event.etag);

      await service.tickReminders();
      await service.tickReminders();
      expect(connector.updates()).toHaveLength(1);
      expect(connector.updates()[0]).toMatchObject({ activityId: root.id, conversationId: place.channelId });
      const card = (connector.updates()[0].activity.attachments as any[])[0].content;
      expect(JSON.stringify(card)).toMatch(cardShows);
      const replies = connector.recorded().slice(1);
      expect(replies).toHaveLength(1);
      expect(replies[0].conversationId).toBe(`${place.channelId};messageid=${root.id}`);
      expect(replies[0].activity.text).toMatch(reply);
    },
  );

  it("with two instances and a restart between the change and the update, each card is updated once and replied to once", async () => {
    const prefix = randomTablePrefix();
    const a = await start(prefix);
    const b = await start(prefix);
    const place: ChannelPlace = { serviceUrl: connector.url, channelId: `19:${prefix}@thread.tacv2` };
    const second: ChannelPlace = { serviceUrl: connector.url, channelId: `19:${prefix}-2@thread.tacv2` };
    now = new Date("2026-11-22T10:00:00.000Z");
    expect((await postActivity(b.url, expectReplies(channelMessage("abonner", second)))).status).toBe(200);
    const event = await posted(a, place, "Fagdag", 2);
    expect(new Set(connector.recorded().map((r) => r.conversationId))).toEqual(
      new Set([place.channelId, second.channelId]),
    );
    const roots = connector.recorded();

    now = new Date("2026-12-15T08:05:00.000Z");
    await json(
      `${a.url}/api/events/${event.id}`,
      "PATCH",
      { start: "2026-12-15T14:00", end: "2026-12-15T15:00" },
      event.etag,
    );
    await a.stop(); // a restart: the change is stored, no update was posted yet
    const a2 = await start(prefix);
    await Promise.all([a2.tickReminders(), b.tickReminders(), a2.tickReminders(), b.tickReminders()]);
    await Promise.all([a2.tickReminders(), b.tickReminders()]);

    expect(
      connector
        .updates()
        .map((u) => u.activityId)
        .sort(),
    ).toEqual(roots.map((r) => r.id).sort());
    const replies = connector.recorded().slice(roots.length);
    expect(replies.map((r) => r.conversationId).sort()).toEqual(
      roots.map((r) => `${r.conversationId};messageid=${r.id}`).sort(),
    );
    expect(
      replies.every((r) => /flyttet til tirsdag 15\. desember kl\. 14\.00–15\.00/.test(String(r.activity.text))),
    ).toBe(true);
  });
});
