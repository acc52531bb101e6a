/**
 * Borgertun reminders through the reminder runner on real tables (Azurite) and the real sender against the fake
 * connector: what is checked right before the post, and the rendered texts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAdapter } from "../../src/bot/adapter.js";
import { BotFrameworkSender } from "../../src/bot/botFrameworkSender.js";
import type { Booking, BookingLang } from "../../src/domain/booking.js";
import type { BookingRepository } from "../../src/domain/bookingRepository.js";
import { bookingReminderId } from "../../src/domain/bookingReminder.js";
import { conversationTargetId, type ConversationTarget } from "../../src/domain/conversations.js";
import { createLogger, silentLogger } from "../../src/logger.js";
import { renderBookingReminder } from "../../src/reminders/bookingCard.js";
import type { ReminderRepositories } from "../../src/storage/reminderTables/index.js";
import {
  BOOKING_TABLE_NAMES,
  BOOKINGS_TABLE,
  BOOKING_RULES_TABLE,
  BOOKING_SLOTS_TABLE,
  TableBookingRepository,
} from "../../src/storage/tableBookingRepository.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { testTableFactory, type TestTables } from "../setup/azurite.js";
import { channelTarget, reminderTables, runner } from "./harness.js";

// Thursday 3 December 2026, 10:00–12:00 Oslo; 09:00 the day before has just passed.
const NOW = new Date("2026-12-02T08:00:30.000Z");

function personalTarget(serviceUrl: string): ConversationTarget {
  const conversationId = "a:personal-requester";
  return {
    ...channelTarget("unused", serviceUrl),
    id: conversationTargetId(conversationId),
    conversationId,
    conversationType: "personal",
    userAadObjectId: "00000000-0000-0000-0000-0000000000aa",
    reference: {
      bot: { id: "28:bot" },
      conversation: { id: conversationId, conversationType: "personal", tenantId: "tenant-1" },
      channelId: "msteams",
      serviceUrl,
    },
  };
}

function booking(id: string, replyTargetId: string | undefined, over: Partial<Booking> = {}): Booking {
  return {
    id,
    date: "2026-12-03",
    from: "10:00",
    to: "12:00",
    purpose: "styremøte",
    organisation: "BEHO",
    microphones: false,
    requester: { oid: "00000000-0000-0000-0000-0000000000aa", tid: "tenant-1", name: "Test Bruker" },
    ...(replyTargetId ? { replyTargetId } : {}),
    lang: "nb",
    status: "approved",
    createdAt: "2026-11-25T09:00:00.000Z",
    ...over,
  };
}

describe("the requester's Borgertun reminder (runner, Azurite, real sender, fake connector)", () => {
  let connector: FakeConnector;
  let repos: ReminderRepositories & { cleanup(): Promise<void> };
  let bookingTables: TestTables;
  let bookings: TableBookingRepository;
  let personal: ConversationTarget;
  let channel: ConversationTarget;
  let logs: string[] = [];

  beforeAll(async () => {
    connector = await startFakeConnector();
    personal = personalTarget(connector.url);
    channel = channelTarget("styret", connector.url);
    repos = await reminderTables([]);
    await repos.targets.upsert(personal);
    await repos.targets.upsert(channel);
    bookingTables = testTableFactory();
    await bookingTables.factory.ensureTables(BOOKING_TABLE_NAMES);
    bookings = new TableBookingRepository({
      bookings: bookingTables.factory.client(BOOKINGS_TABLE),
      rules: bookingTables.factory.client(BOOKING_RULES_TABLE),
      slots: bookingTables.factory.client(BOOKING_SLOTS_TABLE),
    });
  });
  afterAll(async () => {
    await repos?.cleanup();
    await bookingTables?.cleanup();
    await connector?.close();
  });
  beforeEach(() => {
    connector.reset();
    logs = [];
  });

  /** A runner whose booking list was read before `change` was made (the race the send-time check is for). */
  async function runnerAfter(stored: Booking, change: Partial<Booking>) {
    const listed = await bookings.create(stored);
    if (Object.keys(change).length > 0) await bookings.update({ ...stored, ...change }, listed.etag);
    const log = createLogger("debug", (line) => logs.push(line));
    const stale: Pick<BookingRepository, "list" | "get"> = {
      list: async () => [listed],
      get: (id) => bookings.get(id),
    };
    const sender = new BotFrameworkSender(createAdapter({ mode: "local" }, silentLogger), "");
    return runner(repos, [], sender, { bookings: stale, clock: () => NOW, instanceId: "test-instance", log });
  }

  it.each<[string, "personal" | "channel", Partial<Booking>, { sent: number; skipped: number }]>([
    ["still approved at that time: sent", "personal", {}, { sent: 1, skipped: 0 }],
    ["cancelled since the list was read: skipped", "personal", { status: "cancelled" }, { sent: 0, skipped: 1 }],
    ["moved since the list was read: skipped", "personal", { from: "13:00", to: "14:00" }, { sent: 0, skipped: 1 }],
    ["asked in a channel, no personal chat: skipped", "channel", {}, { sent: 0, skipped: 1 }],
  ])("%s", async (name, where, change, expected) => {
    const id = `20261203-${name.slice(0, 6).replace(/\W/g, "")}${Math.random().toString(36).slice(2, 8)}`;
    const target = where === "personal" ? personal : channel;
    const stored = booking(id, target.id);
    const reminders = await runnerAfter(stored, change);
    expect(await reminders.tick()).toMatchObject(expected);
    const row = await repos.ledger.get("borgertun", bookingReminderId(stored));
    expect(row?.value).toMatchObject({
      status: expected.sent ? "sent" : "skipped",
      bookingId: id,
      targetId: target.id,
    });
    expect(connector.recorded().map((r) => r.conversationId)).toEqual(expected.sent ? [personal.conversationId] : []);
    if (where === "channel") expect(logs.join("\n")).toContain("outside a personal chat");
    // Settled: a later pass posts nothing more.
    expect(await reminders.tick()).toMatchObject({ sent: 0 });
    expect(connector.recorded()).toHaveLength(expected.sent);
  });

  it("a booking asked through the API (no conversation) is skipped with one debug line, and no row", async () => {
    const stored = booking("20261203-api", undefined);
    const reminders = await runnerAfter(stored, {});
    expect(await reminders.tick()).toMatchObject({ planned: 0, sent: 0, skipped: 0 });
    expect(await reminders.tick()).toMatchObject({ planned: 0, sent: 0, skipped: 0 });
    expect(logs.filter((l) => l.includes("no conversation with the requester"))).toHaveLength(1);
    expect(await repos.ledger.get("borgertun", bookingReminderId(stored))).toBeUndefined();
  });
});

describe("the reminder's texts", () => {
  const typed = booking("20261203-x", "t", {
    purpose: "**Fest** <b>[lenke](javascript:alert(1))</b>",
    organisation: "# Lag_A",
  });

  it.each<[BookingLang, string, string]>([
    ["nb", "Påminnelse: Borgertun", "Du har lånt Borgertun torsdag 3. desember kl. 10.00–12.00 til «{P}» ({O})."],
    ["nn", "Påminning: Borgertun", "Du har lånt Borgertun torsdag 3. desember kl. 10.00–12.00 til «{P}» ({O})."],
    ["en", "Reminder: Borgertun", 'You have booked Borgertun Thursday 3 December, 10:00–12:00 for "{P}" ({O}).'],
  ])("%s: heading %s, Norwegian-style date, typed text escaped", (lang, heading, sentence) => {
    const content = renderBookingReminder({ ...typed, lang });
    const escaped = sentence
      .replace("{P}", "\\*\\*Fest\\*\\* \\<b\\>\\[lenke\\](javascript:alert(1))\\</b\\>")
      .replace("{O}", "\\# Lag\\_A");
    expect(content.text).toBe(escaped);
    const card = content.card as { body: { text: string }[]; actions: { data: unknown }[] };
    expect(card.body.map((b) => b.text).slice(0, 2)).toEqual([heading, escaped]);
    expect(card.actions[0].data).toEqual({ verb: "borgertunCancel", bookingId: typed.id, lang });
  });
});
