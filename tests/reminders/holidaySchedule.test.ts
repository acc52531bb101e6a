/** Reminders for dates without a time and for dates on public holidays, against Azurite and a fake connector. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { confirmOccurrence } from "../../src/domain/eventRules.js";
import type { AlrekEvent } from "../../src/domain/events.js";
import { seedEvents } from "../../src/seed/events.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { HttpSender } from "../fakes/httpSender.js";
import { channelTarget, fixedClock, reminderTables, runner } from "./harness.js";

const friday = seedEvents.find((e) => e.id === "fredagspresentasjoner")!;
let connector: FakeConnector;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterEach(() => connector.reset());
afterAll(async () => {
  await connector.close();
  await Promise.all(cleanups.map((c) => c()));
});

async function tickAt(events: AlrekEvent[], at: string) {
  const repos = await reminderTables([channelTarget(`t${cleanups.length}`, connector.url)]);
  cleanups.push(repos.cleanup);
  const report = await runner(repos, events, new HttpSender(), {
    clock: fixedClock(new Date(at)),
    instanceId: "i1",
  }).tick();
  return {
    report,
    texts: connector.recorded().map((r) => String(r.activity.text)),
    rows: (await repos.ledger.list()).map((r) => r.value),
  };
}

describe("reminders of the Fredagspresentasjoner (a date, no time)", () => {
  it.each([
    ["the morning before, 09:00", "2026-12-03T08:00:30Z", "D-1@09:00"],
    ["the same morning, 08:00 (not missed: the day has not ended)", "2026-12-04T07:00:30Z", "D0@08:00"],
  ])("sends %s, without an invented time", async (_label, at, lead) => {
    const { report, texts, rows } = await tickAt([friday], at);
    expect(report.sent).toBe(1);
    expect(rows.map((r) => r.leadTime)).toContain(lead);
    expect(texts[0]).toMatch(/4\. desember \(klokkeslett ikke satt\)|4 December \(time not set\)/);
    expect(texts[0]).not.toMatch(/12[.:]00/);
  });
});

describe("a date on a public holiday", () => {
  it.each([
    ["not confirmed: nothing is sent", [friday], 0],
    ["confirmed by an editor: sent", [confirmOccurrence(friday, "2027-01-01T00:00")], 1],
  ])("1 January 2027, %s", async (_label, events, sent) => {
    const { report, texts } = await tickAt(events, "2026-12-31T08:00:30Z");
    expect(report.sent).toBe(sent);
    expect(texts).toHaveLength(sent);
  });

  it.each([
    ["langfredag 3 April 2026", "2026-04-02T07:00:30Z", "2026-04-03T00:00"],
    ["1 May 2026", "2026-04-30T07:00:30Z", "2026-05-01T00:00"],
  ])("%s sends only once confirmed", async (_label, at, key) => {
    expect((await tickAt([friday], at)).report.planned).toBe(0);
    connector.reset();
    expect((await tickAt([confirmOccurrence(friday, key)], at)).report.sent).toBe(1);
  });
});
